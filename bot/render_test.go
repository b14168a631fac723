package bot

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/bot/i18n"
)

func TestText(t *testing.T) {
	items := func(n int) []Item {
		out := make([]Item, n)
		for i := range out {
			out[i] = Item{Label: fmt.Sprintf("Club %02d", i+1), Detail: "interest"}
		}
		return out
	}
	tests := []struct {
		name  string
		r     Reply
		limit int
		want  string
	}{
		{"all", Reply{Title: "T", Lines: []string{"L"}, Items: items(2), Footer: "F"}, 0,
			"T\nL\n• Club 01 — interest\n• Club 02 — interest\nF"},
		{"more from handler", Reply{Title: "T", Items: items(1), More: 4}, 0,
			"T\n• Club 01 — interest\nand 4 more"},
		{"more in French", Reply{Title: "T", Items: items(1), More: 4, Lang: "fr"}, 0,
			"T\n• Club 01 — interest\net 4 de plus"},
		{"cut to fit", Reply{Title: "T", Items: items(5)}, 62,
			"T\n• Club 01 — interest\n• Club 02 — interest\nand 3 more"},
		{"cut adds to More", Reply{Title: "T", Items: items(5), More: 10, Lang: "de"}, 66,
			"T\n• Club 01 — interest\n• Club 02 — interest\nund 13 weitere"},
		{"choices numbered", Reply{Title: "Which?", Choices: []Choice{{Label: "A"}, {Label: "B"}}}, 0,
			"Which?\n1. A\n2. B"},
		{"label only", Reply{Items: []Item{{Label: "x"}, {Detail: "y"}}}, 0, "• x\n• y"},
		{"head too long", Reply{Title: strings.Repeat("é", 20)}, 11, "ééééé…"[:10] + "…"[:0]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.r.Text(tt.limit)
			if tt.name == "head too long" {
				if len(got) > tt.limit || !utf8.ValidString(got) || !strings.HasSuffix(got, "…") {
					t.Errorf("got %q (%d bytes)", got, len(got))
				}
				return
			}
			if got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
			if tt.limit > 0 && len(got) > tt.limit {
				t.Errorf("%d bytes, limit %d", len(got), tt.limit)
			}
		})
	}
}

// FuzzText checks that a rendering never exceeds its limit, stays valid
// UTF-8 when its parts are, and says when items were left out.
func FuzzText(f *testing.F) {
	f.Add("Boubacar Kamara", "Atlético Madrid", "advanced · 2 reports", 3, 0, 40, "fr")
	f.Add("", "", "", 0, 0, 0, "")
	f.Add(strings.Repeat("é", 50), "ü", "x", 30, 5, 7, "de")
	f.Fuzz(func(t *testing.T, title, label, detail string, n, more, limit int, lang string) {
		if n < 0 || n > 200 || more < 0 || limit < 0 || limit > 1<<16 {
			return
		}
		r := Reply{Title: title, Lang: lang, More: more}
		for i := 0; i < n; i++ {
			r.Items = append(r.Items, Item{Label: label, Detail: detail})
		}
		got := r.Text(limit)
		if limit > 0 && len(got) > limit {
			t.Fatalf("%d bytes > limit %d", len(got), limit)
		}
		if utf8.ValidString(title) && utf8.ValidString(label) && utf8.ValidString(detail) && utf8.ValidString(lang) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8: %q", got)
		}
		full := r.Text(0)
		if limit > 0 && limit < len("…") {
			return // no room to say anything
		}
		if got != full && !strings.HasSuffix(got, "…") && !strings.Contains(got, i18n.T(lang, "more", 1)[:3]) {
			t.Fatalf("cut silently: %q", got)
		}
	})
}

// TestTextPrintable: control characters and invalid UTF-8, from a
// question or a stored article, never reach a terminal raw: each shows as
// U+FFFD; new lines and tabs stay.
func TestTextPrintable(t *testing.T) {
	r := Reply{
		Title:   "No player called \x1b]0;pwned\x07Kamara\xff",
		Lines:   []string{"a\tb", "c\x00d\x7f\u0085"},
		Items:   []Item{{Label: "Atl\xc3tico", Detail: "\x1b[2Jadvanced"}},
		Footer:  "\u202eevil",
		Choices: []Choice{{Label: "x\x08y", Command: "/suitors x"}},
	}
	for _, limit := range []int{0, 60} {
		got := r.Text(limit)
		if !utf8.ValidString(got) {
			t.Errorf("Text(%d) = %q: invalid UTF-8", limit, got)
		}
		for _, c := range got {
			if c != '\n' && c != '\t' && (unicode.IsControl(c) || c == '\u202e') {
				t.Errorf("Text(%d) = %q: holds %U", limit, got, c)
			}
		}
		if limit > 0 && len(got) > limit {
			t.Errorf("Text(%d) is %d bytes", limit, len(got))
		}
	}
	if got := r.Text(0); !strings.Contains(got, "a\tb") || !strings.Contains(got, "\uFFFD]0;pwned\uFFFDKamara\uFFFD") {
		t.Errorf("Text = %q", got)
	}
}
