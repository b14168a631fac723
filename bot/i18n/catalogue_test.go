package i18n

import (
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// Every message exists in every language, and no file holds a message
// English does not.
func TestEveryMessageInEveryLanguage(t *testing.T) {
	if len(cat) < 100 {
		t.Fatalf("catalogue has %d messages, want the bot's, the adapters' and the jobs'", len(cat))
	}
	for id, m := range cat {
		for _, l := range order {
			if m[l] == "" {
				t.Errorf("%s: no %s text", id, l)
			}
		}
		if len(m) != len(order) {
			t.Errorf("%s: %d languages, want %d", id, len(m), len(order))
		}
	}
}

// verbRE finds the fmt verbs of a message, with an explicit argument index
// when it has one.
var verbRE = regexp.MustCompile(`%(?:\[(\d+)\])?([a-zA-Z%])`)

// verbs returns a message's verbs by argument: "%d %s" -> ["d", "s"].
func verbs(s string) []string {
	var out []string
	next := 1
	args := map[int]string{}
	for _, m := range verbRE.FindAllStringSubmatch(s, -1) {
		if m[2] == "%" {
			continue
		}
		n := next
		if m[1] != "" {
			fmt.Sscan(m[1], &n)
		}
		args[n] = m[2]
		next = n + 1
	}
	for n := 1; n <= len(args); n++ {
		out = append(out, args[n])
	}
	return out
}

// The placeholders of every translation are English's: the same verbs for
// the same arguments.
func TestPlaceholdersAgree(t *testing.T) {
	for id, m := range cat {
		want := verbs(m["en"])
		for _, l := range order[1:] {
			if got := verbs(m[l]); !slices.Equal(got, want) {
				t.Errorf("%s: %s has verbs %v, English %v: %q", id, l, got, want, m[l])
			}
		}
	}
	if got := verbs("%[2]s a %[1]d"); !slices.Equal(got, []string{"d", "s"}) {
		t.Errorf("verbs with indexes = %v", got)
	}
}

// Each language of the list has its file, and each file its language.
func TestFilesAreLanguages(t *testing.T) {
	names, err := fs.Glob(files, "messages/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		lang := strings.TrimSuffix(strings.TrimPrefix(n, "messages/"), ".txt")
		if !slices.Contains(order[:], lang) {
			t.Errorf("%s: %s is not in the list of languages", n, lang)
		}
	}
	if len(names) != len(order) {
		t.Errorf("%d files for %d languages", len(names), len(order))
	}
}

// A malformed file is refused with its line named.
func TestLoadRefuses(t *testing.T) {
	for name, text := range map[string]string{
		"no separator": "a = b\nc=d\n",
		"empty text":   "a = \n",
		"duplicate":    "a = b\na = c\n",
		"spaced id":    "a b = c\n",
	} {
		fsys := fstest.MapFS{"messages/en.txt": {Data: []byte(text)}}
		if _, err := load(fsys, []string{"en"}); err == nil || !strings.Contains(err.Error(), "en.txt:") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	if _, err := load(fstest.MapFS{}, []string{"en"}); err == nil {
		t.Error("missing file: no error")
	}
	c, err := load(fstest.MapFS{"messages/en.txt": {Data: []byte("# note\n\n a = b = c \n")}}, []string{"en"})
	if err != nil || c["a"]["en"] != "b = c" {
		t.Errorf("load = %v, %v", c, err)
	}
}

// The languages are the five the messages are written in, and a caller
// changing the slice it got changes nothing here.
func TestLanguages(t *testing.T) {
	got := Languages()
	if want := []string{"en", "fr", "es", "it", "de"}; !slices.Equal(got, want) {
		t.Fatalf("Languages() = %v, want %v", got, want)
	}
	for i := range got {
		got[i] = "xx"
	}
	for _, tt := range []struct{ code, want string }{
		{"fr-FR", "fr"}, {"de", "de"}, {"es_ES", "es"}, {"IT", "it"}, {"en-GB", "en"}, {"xx", "en"}, {"", "en"},
	} {
		if n := Lang(tt.code); n != tt.want {
			t.Errorf("Lang(%q) = %q, want %q", tt.code, n, tt.want)
		}
	}
	if again := Languages(); again[0] != "en" {
		t.Errorf("Languages() after a caller's change = %v", again)
	}
	for _, tt := range []struct {
		code, want string
		ok         bool
	}{{"es-419", "es", true}, {"ja", "", false}, {"", "", false}, {"pt-BR", "", false}} {
		if l, ok := Match(tt.code); l != tt.want || ok != tt.ok {
			t.Errorf("Match(%q) = %q, %v", tt.code, l, ok)
		}
	}
}

func TestMessages(t *testing.T) {
	day := time.Date(2022, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ got, want string }{
		{T("fr-FR", "more", 3), "et 3 de plus"},
		{T("pt", "more", 3), "and 3 more"},
		{T("de", "no.such.id"), "no.such.id"},
		{T("it", "choose"), "Quale?"},
		{Count("es", "report", 1), "1 noticia"},
		{Count("es", "report", 4), "4 noticias"},
		{LongDate("en", day), "30 June 2022"},
		{LongDate("fr", day), "30 juin 2022"},
		{LongDate("es", day), "30 de junio de 2022"},
		{LongDate("it", day), "30 giugno 2022"},
		{LongDate("de", day), "30. Juni 2022"},
		{LongDate("", day), "30 June 2022"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	all := All("cmd.help")
	if len(all) != len(order) || all["fr"] != "Ce que sait faire mercato" {
		t.Errorf("All(cmd.help) = %v", all)
	}
	all["fr"] = "changed"
	if T("fr", "cmd.help") == "changed" {
		t.Error("All shares the catalogue's map")
	}
	if All("no.such.id") != nil {
		t.Error("All(unknown) not nil")
	}
}

func TestMonth(t *testing.T) {
	for _, tt := range []struct {
		lang string
		m    time.Month
		want string
	}{{"en", time.July, "July"}, {"fr-FR", time.August, "août"}, {"pt", time.May, "May"}, {"de", time.March, "März"}} {
		if got := Month(tt.lang, tt.m); got != tt.want {
			t.Errorf("Month(%s, %d) = %q, want %q", tt.lang, tt.m, got, tt.want)
		}
	}
}
