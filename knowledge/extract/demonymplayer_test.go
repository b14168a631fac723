package extract

import "testing"

// TestDemonymBeforeName: a club's demonym or adjective used as a noun
// right before a name ("le Lyonnais Rayan Cherki", "il rossonero Rafael
// Leão", "el azulgrana Frenkie de Jong", "der Stuttgarter Nick
// Woltemade") and a plural club name's possessive ("the Gunners' Eddie
// Nketiah") make that club his, never a suitor.
func TestDemonymBeforeName(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-09 Newcastle are tracking the Gunners' Eddie Nketiah.", "Eddie Nketiah", "Arsenal"},
		{" date 2024-09 Le Lyonnais Rayan Cherki intéresse Manchester City.", "Rayan Cherki", "Lyon"},
		{" date 2024-09 El azulgrana Frenkie de Jong interesa al Manchester United.", "Frenkie de Jong", "Barcelona"},
		{" date 2024-09 El colchonero João Félix interesa al Chelsea.", "João Félix", "Atlético Madrid"},
	})
	// Italian club colours, German demonyms and compounds
	checkCurrent(t, x, []clubCase{
		{" date 2024-09 Il rossonero Rafael Leão piace al Chelsea.", "Rafael Leão", "AC Milan"},
		{" date 2024-09 Il bianconero Dušan Vlahović piace all'Arsenal.", "Dušan Vlahović", "Juventus"},
		{" date 2024-09 Der Stuttgarter Nick Woltemade steht bei Bayern hoch im Kurs.", "Nick Woltemade", "VfB Stuttgart"},
		// a German compound of the club and a role noun: "Chelsea-Profi"
		{" date 2024-09 Der FC Barcelona beobachtet Chelsea-Profi Nicolas Jackson.", "Nicolas Jackson", "Chelsea"},
	})
	// his own club is no suitor
	for _, c := range []clubCase{
		{" date 2024-09 Newcastle are tracking the Gunners' Eddie Nketiah.", "Eddie Nketiah", "Arsenal"},
		{" date 2024-09 El azulgrana Frenkie de Jong interesa al Manchester United.", "Frenkie de Jong", "Barcelona"},
	} {
		if st, _ := stageOfPair(x, c.text, c.player, c.want); st != "" {
			t.Errorf("%q: his club %s is a suitor at %s", c.text, c.want, st)
		}
	}
}
