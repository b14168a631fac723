package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestCompletedSignings: a completed deal told after a pursuit in the past,
// and a deal that only waits for its announcement.
func TestCompletedSignings(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en moved on from seller", " date 2023-08 Manchester United had considered Harry Kane in the spring, but they have since moved on and completed the signing of Rasmus Højlund from Atalanta.", "Rasmus Højlund", "Manchester United", facts.StageDone},
		{"fr manque l'officialisation", " date 2023-08 Reims est sur le point de boucler le prêt de Folarin Balogun, et il ne manque plus que l'officialisation.", "Folarin Balogun", "Stade de Reims", facts.StageAdvanced},
		{"it manca l'ufficialità", " date 2023-08 L'Inter ha trovato l'accordo per Davide Frattesi, manca solo l'ufficialità.", "Davide Frattesi", "Inter Milan", facts.StageAdvanced},
		{"en awaiting announcement", " date 2023-08 Arsenal have agreed a deal for Declan Rice and are awaiting the official announcement.", "Declan Rice", "Arsenal", facts.StageAdvanced},
	})
}

// TestSignedMoveToCome: a player who has signed but joins later is still
// his club's player.
func TestSignedMoveToCome(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2023-06 N'Golo Kanté has signed a three-year contract with Al-Ittihad and will join them on a free transfer when his deal at Chelsea expires.", "Golo Kanté", "Chelsea"},
		{" date 2023-06 N'Golo Kanté, le milieu de Chelsea, a signé avec Al-Ittihad et rejoindra le club saoudien en juillet.", "Golo Kanté", "Chelsea"},
		{" date 2023-06 Liverpool have completed the signing of Alexis Mac Allister from Brighton.", "Alexis Mac Allister", "Liverpool"},
	})
}

// TestPassedOver: the clubs a player chose his buyer over are pursuits that
// ended.
func TestPassedOver(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en over", " date 2022-07 Gabriel Jesus completed his move from City to Arsenal on Monday, with the Brazil striker choosing the Emirates over Chelsea and Tottenham, who had both held talks with him.", "Gabriel Jesus", "Chelsea", facts.StageEnded},
		{"en buyer", " date 2022-07 Gabriel Jesus completed his move from City to Arsenal on Monday, with the Brazil striker choosing the Emirates over Chelsea and Tottenham, who had both held talks with him.", "Gabriel Jesus", "Arsenal", facts.StageDone},
		{"fr plutôt que", " date 2022-07 Marcus Thuram a signé à l'Inter plutôt qu'au PSG.", "Marcus Thuram", "Paris Saint-Germain", facts.StageEnded},
	})
}

// TestBareInsteadIsNoChoice: "opted for him instead, paying Chelsea" does
// not pass anyone over: Arsenal signs him and Chelsea, paid, sells.
func TestBareInsteadIsNoChoice(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en bare instead", " date 2023-02 Arsenal opted for Jorginho instead, paying Chelsea around £12m for the Italy international, who signed an 18-month contract.", "Jorginho", "Arsenal", facts.StageDone},
		{"en bare instead seller", " date 2023-02 Arsenal opted for Jorginho instead, paying Chelsea around £12m for the Italy international, who signed an 18-month contract.", "Jorginho", "Chelsea", ""},
		{"en instead of", " date 2023-02 Jorginho signed for Arsenal instead of Napoli.", "Jorginho", "Napoli", facts.StageEnded},
	})
}

// TestCompletedFromClub: a completed signing says which club he left; a
// pursuit or a signing to come names none.
func TestCompletedFromClub(t *testing.T) {
	x := New()
	for _, tt := range []struct{ text, player, want string }{
		{" date 2023-06 Liverpool have completed the signing of Alexis Mac Allister from Brighton.", "Alexis Mac Allister", "Brighton & Hove Albion"},
		{" date 2023-09 Le PSG a officialisé l'arrivée de Randal Kolo Muani en provenance de l'Eintracht Francfort.", "Randal Kolo Muani", "Eintracht Frankfurt"},
		{" date 2023-07 L'Inter ha ufficializzato l'acquisto di Davide Frattesi dal Sassuolo.", "Davide Frattesi", "Sassuolo"},
		{" date 2023-08 Der FC Bayern hat die Verpflichtung von Harry Kane von Tottenham Hotspur offiziell bestätigt.", "Harry Kane", "Tottenham Hotspur"},
		{" date 2023-06 Arsenal are keen on Declan Rice of West Ham.", "Declan Rice", ""},
		{" date 2023-06 N'Golo Kanté has signed a three-year contract with Al-Ittihad and will join them on a free transfer when his deal at Chelsea expires.", "Golo Kanté", ""},
	} {
		_, p := stageOfPair(x, tt.text, tt.player, "")
		if p.FromClub != tt.want {
			t.Errorf("%q: from club %q, want %q", tt.text, p.FromClub, tt.want)
		}
	}
}
