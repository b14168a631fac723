package text

import (
	"strings"
	"testing"
)

// trickyNames are names that fold wrongly in one way or another when the
// fold is not the one: apostrophes, accents, ß, hyphens, Ø, İ, ligatures,
// decomposed accents, typographic apostrophes.
var trickyNames = []struct {
	name, fold, key string
}{
	{"N'Golo Kanté", "ngolo kante", "n golo kante"},
	{"N’Golo KANTÉ", "ngolo kante", "n golo kante"},
	{"NGOLO KANTE", "ngolo kante", "ngolo kante"},
	{"Samuel Eto'o", "samuel etoo", "samuel eto o"},
	{"Dele Alli", "dele alli", "dele alli"},
	{"Martin Ødegaard", "martin odegaard", "martin odegaard"},
	{"Pierre-Emile Højbjerg", "pierre emile hojbjerg", "pierre emile hojbjerg"},
	{"Allan Saint-Maximin", "allan saint maximin", "allan saint maximin"},
	{"Leroy Sané", "leroy sane", "leroy sane"},
	{"Leroy Sane\u0301", "leroy sane", "leroy sane"}, // decomposed accent
	{"Mesut Özil", "mesut ozil", "mesut ozil"},
	{"Gündoğan", "gundogan", "gundogan"},
	{"İlkay Gündoğan", "ilkay gundogan", "ilkay gundogan"},
	{"Kerem Aktürkoğlu", "kerem akturkoglu", "kerem akturkoglu"},
	{"Jérôme Boateng", "jerome boateng", "jerome boateng"},
	{"Straße", "strasse", "strasse"},
	{"STRAẞE", "strasse", "strasse"},
	{"Łukasz Piszczek", "lukasz piszczek", "lukasz piszczek"},
	{"Dušan Vlahović", "dusan vlahovic", "dusan vlahovic"},
	{"Æ Œ Þ Ð", "ae oe th d", "ae oe th d"},
	{"Borussia M'gladbach", "borussia mgladbach", "borussia m gladbach"},
	{"  Atlético--de  Madrid!! ", "atletico de madrid", "atletico de madrid"},
	{"L’OM", "lom", "l om"},
	{"Son Heung-min", "son heung min", "son heung min"},
	{"", "", ""},
	{"'", "", ""},
}

// A name folds the same whoever folds it: Fold for names (the store, the
// bot), Key for phrases matched against words (the club table, the
// extractor), Key being Fold with apostrophes as separators, and the
// words of Words being Key's.
func TestTrickyNames(t *testing.T) {
	for _, tt := range trickyNames {
		if got := Fold(tt.name); got != tt.fold {
			t.Errorf("Fold(%q) = %q, want %q", tt.name, got, tt.fold)
		}
		if got := Key(tt.name); got != tt.key {
			t.Errorf("Key(%q) = %q, want %q", tt.name, got, tt.key)
		}
		spaced := strings.Map(func(r rune) rune {
			if IsApostrophe(r) {
				return ' '
			}
			return r
		}, tt.name)
		if Key(tt.name) != Fold(spaced) {
			t.Errorf("Key(%q) = %q, Fold with apostrophes spaced = %q", tt.name, Key(tt.name), Fold(spaced))
		}
		var keys []string
		for _, w := range Words(tt.name) {
			keys = append(keys, w.Key)
		}
		if got := strings.Join(keys, " "); got != tt.key {
			t.Errorf("Words(%q) = %q, want %q", tt.name, got, tt.key)
		}
	}
}

func TestFoldRune(t *testing.T) {
	for _, tt := range []struct {
		r    rune
		want string
		ok   bool
	}{
		{'a', "a", true}, {'Z', "z", true}, {'7', "7", true}, {'É', "e", true}, {'ß', "ss", true},
		{'Ø', "o", true}, {'İ', "i", true}, {'ı', "i", true}, {'Ǿ', "o", true}, {'ệ', "e", true},
		{'й', "и", true}, {'Ω', "ω", true}, {'\u0301', "", true},
		{' ', "", false}, {'\'', "", false}, {'-', "", false}, {'€', "", false}, {'\uFFFD', "", false},
	} {
		if got, ok := FoldRune(tt.r); got != tt.want || ok != tt.ok {
			t.Errorf("FoldRune(%q) = %q, %v, want %q, %v", tt.r, got, ok, tt.want, tt.ok)
		}
	}
}

func TestWords(t *testing.T) {
	s := "@mercato_bot Who's after KAMARÁ, l'OM's Saint-Germain? mail@x.com"
	var got []string
	for _, w := range Words(s) {
		if s[w.Start:w.End] == "" {
			t.Errorf("empty word at %d", w.Start)
		}
		k := w.Key
		if w.Handle {
			k = "@" + k
		}
		got = append(got, k)
	}
	want := "@mercato @bot who s after kamara l om s saint germain mail @x com"
	if strings.Join(got, " ") != want {
		t.Errorf("Words = %q, want %q", strings.Join(got, " "), want)
	}
	if ws := Words("Kanté"); len(ws) != 1 || ws[0].Start != 0 || ws[0].End != len("Kanté") {
		t.Errorf("Words(Kanté) = %+v", ws)
	}
}
