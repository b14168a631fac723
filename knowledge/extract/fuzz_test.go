package extract

import (
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/internal/soak"
)

func FuzzExtract(f *testing.F) {
	for _, a := range []string{
		" date 2022-03-24 Atletico Madrid are leading the race for Boubacar Kamara.",
		"Publié le 26 août 2021\n\nLe Real Madrid a fait une offre de 160 millions d'euros pour Kylian Mbappé.",
		"\x00\xff\xfe binary",
		"«Le PSG» \"unbalanced 'quotes",
		"مرحبا Arsenal עברית Declan Rice 🙂 Bayern 漢字",
		" date 9999-99-99 ",
		"Paris Saint-Germain-Germain-Germain l'l'l'OM 12,5,5 millions €€€ £",
	} {
		f.Add(a)
	}
	x := New()
	f.Fuzz(func(t *testing.T, text string) {
		a := x.Extract(text, Hints{})
		for _, p := range a.Players {
			if p.Name == "" {
				t.Fatalf("player without a name: %+v", p)
			}
			for _, s := range p.Suitors {
				if !s.Stage.Valid() || s.Club == "" || s.Club == p.CurrentClub {
					t.Fatalf("bad suitor %+v of %+v", s, p)
				}
			}
		}
	})
}

func FuzzParseHeader(f *testing.F) {
	for _, s := range []string{" date 2022-03-24 x", " date 2021-11 y", "date ", " date 2021-02-30 z", "nothing"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, body := ParseHeader(s)
		if d.IsZero() && body != s {
			t.Fatalf("no date but body changed: %q -> %q", s, body)
		}
		if !d.IsZero() && !strings.HasSuffix(s, body) {
			t.Fatalf("body %q is not the end of %q", body, s)
		}
	})
}

// TestHugeInput checks that 10 MB on one line is extracted in bounded
// work. A soak test: it runs with MERCATO_SOAK=1.
func TestHugeInput(t *testing.T) {
	soak.Require(t)
	x := New()
	line := strings.Repeat("Arsenal are keen on Declan Rice 🙂 ", 10<<20/35)
	a := x.Extract(line, Hints{})
	if len(a.Players) > 10 {
		t.Errorf("%d players", len(a.Players))
	}
}
