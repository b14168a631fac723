package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/clubs"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestScoreMatching: the scorer's names match as score.py's do.
func TestScoreMatching(t *testing.T) {
	players := []struct {
		a, b string
		want bool
	}{
		{"Kamara", "Boubacar Kamara", true},
		{"Boubacar Kamara", "boubacar kamará", true},
		{"Boubacar", "Boubacar Kamara", false},
		{"", "Kamara", false},
	}
	for _, tt := range players {
		if got := samePlayer(tt.a, tt.b); got != tt.want {
			t.Errorf("samePlayer(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
	table := clubs.Default()
	same := [][2]string{{"Atleti", "Atlético Madrid"}, {"FC Bayern München", "Bayern Munich"}, {"l'OM", "Marseille"}}
	for _, p := range same {
		if clubID(table, p[0]) != clubID(table, p[1]) {
			t.Errorf("%q and %q are different clubs", p[0], p[1])
		}
	}
	if clubID(table, "Chelsea") == clubID(table, "Arsenal") {
		t.Error("Chelsea and Arsenal are one club")
	}
}

// TestScoreArticle: a done suitor told as his club counts; a wrong club,
// a missed one and a wrong stage are counted as score.py counts them.
func TestScoreArticle(t *testing.T) {
	club := func(s string) *string { return &s }
	g := goldArticle{File: "a.txt", Lang: "en", Players: []goldPlayer{{
		Name:        "Declan Rice",
		CurrentClub: club("West Ham United"),
		Suitors:     []goldSuitor{{"Arsenal", "done"}, {"Manchester City", "bid"}, {"Chelsea", "interest"}},
	}}}
	a := facts.Article{Players: []facts.Player{{
		Name:        "Rice",
		CurrentClub: "Arsenal",
		Suitors:     []facts.Suitor{{Club: "Man City", Stage: facts.StageInterest}, {Club: "Bayern Munich", Stage: facts.StageBid}},
	}}}
	s := &score{errors: map[string]int{}}
	s.scoreArticle(clubs.Default(), g, a)
	if s.tp != 2 || s.fp != 1 || s.fn != 1 || s.stageOK != 1 || s.stageN != 2 || s.curOK != 1 || s.curN != 1 {
		t.Errorf("got %s", s.line())
	}
	if s.errors["suitor en"] != 2 || s.errors["stage bid as interest"] != 1 {
		t.Errorf("errors %v", s.errors)
	}
}
