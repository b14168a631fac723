package text

import (
	"slices"
	"strings"
	"testing"
)

func keys(s string) []string {
	var out []string
	for _, w := range Words(s) {
		out = append(out, w.Key)
	}
	return out
}

func TestDetect(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Arsenal are interested in the player and have made an offer.", "en"},
		{"L'OM a fait une offre pour le joueur, selon la presse.", "fr"},
		{"El Atlético ha presentado una oferta por el jugador según la prensa.", "es"},
		{"Il Milan ha fatto un'offerta per il giocatore della Juventus.", "it"},
		{"Der FC Bayern hat ein Angebot für den Spieler abgegeben, und er ist offen.", "de"},
		{"Kamara Arsenal 2022", ""},
		{"", ""},
	} {
		if got := Detect(keys(tt.text)); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTally(t *testing.T) {
	var tl Tally
	if got := tl.Best("fr"); got != "fr" {
		t.Errorf("empty Best(fr) = %q", got)
	}
	tl.Add("it", 2)
	tl.Add("es", 2)
	tl.Add("xx", 9)
	if got := tl.Best(""); got != "es" {
		t.Errorf("tie: Best = %q, want es (first in Languages)", got)
	}
	if got := tl.Best("it"); got != "it" {
		t.Errorf("tie with def: Best(it) = %q", got)
	}
	tl.Marks("¿Quién?")
	if got := tl.Best("it"); got != "es" {
		t.Errorf("after ¿: Best = %q", got)
	}
	tl.Marks("Straße Straße")
	tl.Add("de", 3)
	if got := tl.Best("es"); got != "de" {
		t.Errorf("after ß: Best = %q", got)
	}
}

func TestLanguages(t *testing.T) {
	got := Languages()
	if want := []string{"en", "fr", "es", "it", "de"}; !slices.Equal(got, want) {
		t.Fatalf("Languages() = %v", got)
	}
	got[0] = "xx"
	if Languages()[0] != "en" {
		t.Error("Languages shares its array")
	}
	for _, l := range Languages() {
		sw := Stopwords(l)
		if len(sw) < 30 {
			t.Errorf("%s: %d stopwords", l, len(sw))
		}
		for _, w := range sw {
			if w != Key(w) || strings.Contains(w, " ") {
				t.Errorf("%s stopword %q not folded", l, w)
			}
		}
	}
	if Stopwords("pt") != nil {
		t.Error("Stopwords(pt) not nil")
	}
}

func TestLangCode(t *testing.T) {
	for in, want := range map[string]string{"fr-FR": "fr", "en_GB": "en", " DE ": "de", "es-419": "es", "pt": "pt",
		"": "", "english": "", "f1": "", "-fr": "", "zh-Hant-TW": "zh"} {
		if got := LangCode(in); got != want {
			t.Errorf("LangCode(%q) = %q, want %q", in, got, want)
		}
	}
}
