package i18n

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// order lists the catalogue's languages, English (the reference and the
// fallback) first; each has its file messages/<lang>.txt.
var order = [...]string{"en", "fr", "es", "it", "de"}

//go:embed messages/*.txt
var files embed.FS

// catalogue holds every message by id, then by language.
type catalogue map[string]map[string]string

// cat is loaded once from the embedded files; it is never modified.
var cat = mustLoad(files, order[:])

// mustLoad is load for the embedded files, which the tests check: a
// malformed file is a build mistake, not a run-time condition.
func mustLoad(fsys fs.FS, langs []string) catalogue {
	c, err := load(fsys, langs)
	if err != nil {
		panic(err)
	}
	return c
}

// load reads messages/<lang>.txt of each language.
func load(fsys fs.FS, langs []string) (catalogue, error) {
	c := catalogue{}
	for _, lang := range langs {
		f, err := fsys.Open("messages/" + lang + ".txt")
		if err != nil {
			return nil, fmt.Errorf("i18n: %w", err)
		}
		err = c.read(f, lang)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

// read adds the "id = text" lines of one language's file.
func (c catalogue) read(f fs.File, lang string) error {
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, text, ok := strings.Cut(line, " = ")
		if !ok || id == "" || text == "" || strings.ContainsAny(id, " \t") {
			return fmt.Errorf("i18n: %s.txt:%d: not \"id = text\": %q", lang, n, line)
		}
		if _, dup := c[id][lang]; dup {
			return fmt.Errorf("i18n: %s.txt:%d: %s given twice", lang, n, id)
		}
		if c[id] == nil {
			c[id] = map[string]string{}
		}
		c[id][lang] = text
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("i18n: %s.txt: %w", lang, err)
	}
	return nil
}

// Languages returns the catalogue's languages ("en", "fr", "es", "it",
// "de"), English first, in a slice the caller may change.
func Languages() []string {
	return slices.Clone(order[:])
}

// Match returns the catalogue's language of a platform's language code
// ("fr-FR" -> "fr", "es_419" -> "es", "DE" -> "de") and true, or "" and
// false when the catalogue does not have it.
func Match(code string) (string, bool) {
	code = text.LangCode(code)
	for _, l := range order {
		if code == l {
			return l, true
		}
	}
	return "", false
}

// Lang returns the catalogue's language of a platform's language code, or
// English when the catalogue does not have it.
func Lang(code string) string {
	if l, ok := Match(code); ok {
		return l
	}
	return order[0]
}
