package extract

import "testing"

// TestWordSetsAreData: every word set has a name in the lexicon files, and
// a word of one language's set is active only in that language (and in an
// article whose language is not known).
func TestWordSetsAreData(t *testing.T) {
	names := map[wordSet]bool{}
	for name, set := range wordSetNames {
		names[set] = true
		if conceptKind(name) != 0 {
			t.Errorf("%q names both a word set and a phrase concept", name)
		}
	}
	for set := wordSet(1); set < nWordSets; set++ {
		if !names[set] {
			t.Errorf("word set %d has no name in wordSetNames", set)
		}
	}
	if nWordSets > 128 {
		t.Fatalf("%d word sets: a wordSets mask holds 127", nWordSets-1)
	}
	ls := New().lex
	for _, tt := range []struct {
		lang string
		set  wordSet
		word string
		want bool
	}{
		{"it", wIf, "se", true},
		{"fr", wIf, "se", false}, // "il se renseigne"
		{"fr", wIfOpens, "si", true},
		{"en", wIf, "si", false},
		{"it", wUntil, "al", true},
		{"es", wUntil, "al", false}, // "se marcha al Chelsea"
		{"de", wSeasonEnd, "saisonende", true},
		{"de", wWhenPronoun, "als", true},
		{"fr", wWhen, "quand", true},
		{"en", wWhen, "quand", false},
		{"fr", wYearUnit, "an", true},
		{"en", wYearUnit, "an", false},
		{"fr", wFutureMove, "rejoindra", true},
		{"it", wFutureMove, "trasferira", true},
		{"en", wFutureAux, "will", true},
		{"de", wFutureAux, "will", false}, // "er will wechseln": he wants to
		{"de", wFutureVerb, "wechseln", true},
		{"es", wAlso, "tambien", true},
		{"fr", wWhere, "ou", true},
		{"en", wWhere, "ou", false},
		{"de", wNo, "nein", true},
		{"fr", wNo, "no", false},
		{"fr", wNotFormer, "quitter", true},
		{"en", wChoose, "opted", true},
		{"de", wDoor, "tur", true},
		{"es", wSign, "firmar", true},
		{"en", wSign, "firmar", false},
		{"fr", wClubPronoun, "ils", true},
		{"it", wClubPronoun, "they", false},
		{"it", wPlay, "milita", true},
		{"es", wDeparture, "salida", true},
		{"it", wDeparture, "sale", false}, // "sale": goes up
		{"de", wMoveNoun, "leihe", true},
		{"fr", wSold, "transfere", true},
		{"fr", wTied, "lie", true},
		{"en", wTied, "lie", false},
		{"it", wConcessive, "nonostante", true},
		{"fr", wGeneric, "clubs", true},
		{"fr", wWeakCue, "affirme", true},
		{"de", wSourceRole, "journalistin", true},
		{"it", wSourceAux, "e", true},
		{"es", wAside, "companero", true},
		{"fr", wAside, "coequipier", true},
		{"de", wPrice, "bei", true},
		{"en", wPrice, "bei", false},
		{"it", wWith, "coi", true},
		{"de", wFor, "fur", true},
		{"es", wFirst, "primer", true},
		{"de", wTenurePronoun, "dessen", true},
		{"fr", wAfter, "apres", true},
		{"en", wAfter, "dopo", false},
		{"it", wPlayerPoss, "suoi", true},
		{"de", wPossessive, "ihrem", true},
		{"es", wRelative, "que", true},
		{"it", wRelative, "que", false},
		{"en", wRelative, "die", false},
		{"en", wDestination, "an", false}, // the article
		{"de", wDestination, "an", true},
		{"it", wLoanHost, "presso", true},
		{"", wLoanHost, "beim", true},
		{"en", wParticiple, "sought", true},
		{"fr", wDepartureOf, "du", true},
		{"it", wDoorOf, "dello", true},
		{"en", wDoorOf, "dello", false},
		{"fr", wObliqueOf, "pour", true},
		{"de", wSoldPrep, "zum", true},
		{"it", wTiedPrep, "agli", true},
		{"de", wJoiner, "dass", true},
		{"en", wJoiner, "che", false},
		{"de", wIndefinite, "einen", true},
		{"fr", wIndefinite, "an", false},
		{"it", wCityOf, "della", true},
		{"en", wCityOf, "aus", false},
		{"fr", wGroundPrep, "a", true},
		{"it", wLoanAtPrep, "presso", true},
		{"de", wDealFor, "fur", true},
		{"de", wAccusative, "das", true},
		{"fr", wAccusative, "die", false},
		{"es", wObjectArticle, "al", true},
		{"it", wWithArticle, "gli", true},
		{"en", wWithArticle, "gli", false},
		{"it", wClubArticle, "dello", true},
		{"en", wClubArticle, "il", false},
		{"it", wDescArticle, "dell", true},
		{"de", wOfArticle, "dem", true},
		{"de", wDemonymArticle, "des", true},
		{"fr", wDemonymArticle, "des", false},
		{"de", wDefinite, "diesem", true},
		{"en", wDefinite, "der", false},
		{"de", wMillion, "mio", true},
		{"it", wMillion, "mio", false}, // "il mio"
		{"fr", wThousand, "mille", true},
		{"de", wConversion, "umgerechnet", true},
		{"fr", wConversion, "fast", false},
		{"", wLoan, "prestito", true}, // language unknown: every language's words
	} {
		if got := ls.wordsOf(tt.lang).has(tt.set, tt.word); got != tt.want {
			t.Errorf("%s: %q in set %d = %v, want %v", tt.lang, tt.word, tt.set, got, tt.want)
		}
	}
}
