package sources

import (
	"strings"
	"testing"
)

// TestDefault checks that the built-in table parses, states its criterion
// and knows sources by any of their names.
func TestDefault(t *testing.T) {
	if !strings.Contains(builtin, "Criterion. Tier 1") {
		t.Error("sources.txt does not open with the criterion")
	}
	tb := Default()
	tests := []struct {
		name, want string
		tier       int
	}{
		{"Fabrizio Romano", "Fabrizio Romano", 1},
		{"romano", "Fabrizio Romano", 1},
		{"@FabrizioRomano", "Fabrizio Romano", 1},
		{"@DiMarzio", "Gianluca Di Marzio", 1},
		{"L'Equipe", "L'Équipe", 1},
		{"L’ÉQUIPE", "L'Équipe", 1},
		{"Goal", "GOAL", 2},
		{"Calciomercato.com", "Calciomercato", 3},
		{"The Sun", "The Sun", 3},
		{"Alfredo Pedullà", "Alfredo Pedullà", 2},
		{"Some Blog", "Some Blog", DefaultTier},
		{"@someone", "someone", DefaultTier},
		{"", "", TierSpeculative},
		{"  ", "", TierSpeculative},
	}
	for _, tt := range tests {
		name, tier := tb.Origin(tt.name)
		if name != tt.want || tier != tt.tier {
			t.Errorf("Origin(%q) = %q, %d; want %q, %d", tt.name, name, tier, tt.want, tt.tier)
		}
	}
}

// TestParseErrors checks that a malformed table is refused with the line.
func TestParseErrors(t *testing.T) {
	tests := []struct{ text, want string }{
		{"A | | 1", "line 1: want name"},
		{"# x\nA | | 4 | en", "line 2: tier \"4\""},
		{"A | | one | en", "tier \"one\""},
		{" | B | 1 | en", "no name"},
		{"A | B | 1 | en\nC | b | 2 | en", "\"b\" of C is already A"},
		{"A | B, , C | 1 | en\nD | | 1 |", ""},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.text))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%q: %v", tt.text, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%q: error %v, want %q", tt.text, err, tt.want)
		}
	}
}

// TestWith checks that configured tiers override the table's by any name
// of a source, add unknown sources, refuse bad tiers and leave the table
// they came from unchanged.
func TestWith(t *testing.T) {
	base := Default()
	c, err := base.With(map[string]int{"romano": 2, "My Local Paper": 1, "@NewGuy": 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		tb         *Table
		name, want string
		tier       int
	}{
		{c, "@FabrizioRomano", "Fabrizio Romano", 2},
		{base, "@FabrizioRomano", "Fabrizio Romano", 1},
		{c, "my local paper", "My Local Paper", 1},
		{base, "My Local Paper", "My Local Paper", DefaultTier},
		{c, "newguy", "NewGuy", 3},
	} {
		if name, tier := tt.tb.Origin(tt.name); name != tt.want || tier != tt.tier {
			t.Errorf("Origin(%q) = %q, %d; want %q, %d", tt.name, name, tier, tt.want, tt.tier)
		}
	}
	for _, bad := range []map[string]int{{"Romano": 0}, {"X": 4}, {" ": 1}} {
		if _, err := base.With(bad); err == nil {
			t.Errorf("With(%v): no error", bad)
		}
	}
}
