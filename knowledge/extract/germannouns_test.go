package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestGermanNounsNoNames: German writes every noun with a capital, and
// the nouns around a deal are no players: one after a demonstrative or
// an article and an inflected word ("für diesen Sommer", "vor einem
// wichtigen Sommer"), after a figure or its unit ("drei Millionen Pfund",
// "15 Millionen US-Dollar"), a compound the word before opens with a
// hyphen ("der Zwei-Meter-Mann", "Freiburg-Flitzer Jonas Albrecht": the
// name after it stays), a capitalised determiner or the polite pronoun
// ("Kein Abschied", "Verhandeln Sie"). The other languages write these
// nouns in lower case.
func TestGermanNounsNoNames(t *testing.T) {
	x := New()
	checkNoPlayer(t, x, []struct{ name, text, official string }{
		{"adjective", " date 2024-07-01 Der SC Freiburg steht vor einem wichtigen Sommer. Jonas Albrecht wird vom FC Augsburg beobachtet.", "Sommer"},
		{"number word", " date 2024-07-01 Der FC Augsburg überwies für Jonas Albrecht drei Millionen Pfund an den FC Fulham.", "Millionen Pfund"},
		{"unit", " date 2024-07-01 Der FC Augsburg hat ein Angebot über 15 Millionen US-Dollar für Jonas Albrecht abgegeben.", "Us-Dollar"},
		{"compound", " date 2024-07-01 Jonas Albrecht bleibt ein Thema. Beim FC Augsburg soll der Zwei-Meter-Mann die Lücke im Sturm füllen.", "Meter-Mann"},
		{"determiner", " date 2024-07-01 Jonas Albrecht bleibt beim SC Freiburg.\n\nKein Abschied: Der FC Augsburg hat sein Interesse aufgegeben.", "Kein Abschied"},
		{"polite pronoun", " date 2024-07-01 Der Sportdirektor spricht über Jonas Albrecht.\n\nVerhandeln Sie mit dem FC Augsburg über einen Wechsel?", "Verhandeln Sie"},
	})
	checkStages(t, x, []stageCase{
		{"compound before a name", " date 2024-07-01 Der FC Augsburg hat ein Angebot für BVB-Flitzer Jonas Albrecht abgegeben.", "Jonas Albrecht", "Augsburg", facts.StageBid},
		{"unit", " date 2024-07-01 Der FC Augsburg hat ein Angebot über 15 Millionen US-Dollar für Jonas Albrecht abgegeben.", "Jonas Albrecht", "Augsburg", facts.StageBid},
	})
}
