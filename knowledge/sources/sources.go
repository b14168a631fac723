package sources

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// The tiers. DefaultTier is the tier of a source absent from the table.
const (
	TierFirstHand   = 1
	DefaultTier     = 2
	TierSpeculative = 3
)

// Source is one outlet or journalist of the table.
type Source struct {
	Name    string   // canonical name: "Fabrizio Romano"
	Aliases []string // other names and handles: "Romano", "@FabrizioRomano"
	Tier    int      // 1 to 3
	Lang    string   // the language it mostly writes in; "" several
}

// Table finds sources by any of their names. A Table is never modified
// once built: With returns a new one.
type Table struct {
	list  []Source
	byKey map[string]int // folded name or alias -> index in list
}

//go:embed sources.txt
var builtin string

// defaultTable is the parsed built-in table; it is never modified.
var defaultTable = mustParse(builtin)

// mustParse is Parse for the embedded table, which the tests check: a
// malformed file is a build mistake, not a run-time condition.
func mustParse(s string) *Table {
	t, err := Parse(strings.NewReader(s))
	if err != nil {
		panic(err)
	}
	return t
}

// Default returns the built-in table.
func Default() *Table { return defaultTable }

// Parse reads a table: one source a line, "name | aliases | tier |
// language", aliases comma-separated, empty lines and lines starting with
// # ignored. A name or alias given twice is an error.
func Parse(r io.Reader) (*Table, error) {
	t := &Table{byKey: map[string]int{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, err := parseLine(line)
		if err != nil {
			return nil, fmt.Errorf("sources: line %d: %w", n, err)
		}
		if err := t.add(s); err != nil {
			return nil, fmt.Errorf("sources: line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	return t, nil
}

// parseLine reads "name | aliases | tier | language".
func parseLine(line string) (Source, error) {
	f := strings.Split(line, "|")
	if len(f) != 4 {
		return Source{}, fmt.Errorf("want name | aliases | tier | language, got %q", line)
	}
	s := Source{Name: strings.TrimSpace(f[0]), Lang: strings.TrimSpace(f[3])}
	if text.Fold(s.Name) == "" {
		return Source{}, fmt.Errorf("no name in %q", line)
	}
	for _, a := range strings.Split(f[1], ",") {
		if a = strings.TrimSpace(a); a != "" {
			s.Aliases = append(s.Aliases, a)
		}
	}
	tier, err := strconv.Atoi(strings.TrimSpace(f[2]))
	if err != nil || !ValidTier(tier) {
		return Source{}, fmt.Errorf("tier %q of %s: want 1, 2 or 3", strings.TrimSpace(f[2]), s.Name)
	}
	s.Tier = tier
	return s, nil
}

// ValidTier reports whether tier is 1, 2 or 3.
func ValidTier(tier int) bool { return tier >= TierFirstHand && tier <= TierSpeculative }

// add appends s; a name or alias already in the table is an error.
func (t *Table) add(s Source) error {
	i := len(t.list)
	for _, name := range append([]string{s.Name}, s.Aliases...) {
		k := key(name)
		if k == "" {
			return fmt.Errorf("empty alias of %s", s.Name)
		}
		if j, dup := t.byKey[k]; dup && j != i {
			return fmt.Errorf("%q of %s is already %s", name, s.Name, t.list[j].Name)
		}
		t.byKey[k] = i
	}
	t.list = append(t.list, s)
	return nil
}

// key is the form names are matched in: folded, handles without their @,
// and the spaces of a handle's run-together words ignored.
func key(name string) string {
	return strings.ReplaceAll(text.Fold(strings.TrimPrefix(strings.TrimSpace(name), "@")), " ", "")
}

// With returns a copy of t in which tiers (source name -> tier, the
// configuration's sources.tiers) set the tier of the sources they name by
// any of their names, and add the names t does not know. A tier other
// than 1, 2 or 3, or an empty name, is an error naming it.
func (t *Table) With(tiers map[string]int) (*Table, error) {
	c := &Table{list: slices.Clone(t.list), byKey: maps.Clone(t.byKey)}
	names := slices.Sorted(maps.Keys(tiers))
	for _, name := range names {
		tier := tiers[name]
		if !ValidTier(tier) {
			return nil, fmt.Errorf("sources: tier of %q: want 1, 2 or 3, got %d", name, tier)
		}
		if key(name) == "" {
			return nil, fmt.Errorf("sources: tier %d: empty source name", tier)
		}
		if i, ok := c.byKey[key(name)]; ok {
			c.list[i].Tier = tier
			continue
		}
		if err := c.add(Source{Name: strings.TrimPrefix(strings.TrimSpace(name), "@"), Tier: tier}); err != nil {
			return nil, fmt.Errorf("sources: %w", err)
		}
	}
	return c, nil
}

// Lookup returns the source name stands for, by its name, an alias or a
// handle, without case or accents.
func (t *Table) Lookup(name string) (Source, bool) {
	i, ok := t.byKey[key(name)]
	if !ok {
		return Source{}, false
	}
	return t.list[i], true
}

// Origin returns the canonical name and the tier of the source name
// stands for: the table's entry, else name itself (trimmed, without a
// handle's @) at DefaultTier. An empty name is "" at TierSpeculative: a
// report that names no source is worth the least.
func (t *Table) Origin(name string) (string, int) {
	if s, ok := t.Lookup(name); ok {
		return s.Name, s.Tier
	}
	name = strings.TrimPrefix(strings.TrimSpace(name), "@")
	if key(name) == "" {
		return "", TierSpeculative
	}
	return name, DefaultTier
}

// Sources returns the table's sources in the table's order.
func (t *Table) Sources() []Source {
	return slices.Clone(t.list)
}
