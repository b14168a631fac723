package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestFeeOfThePlayerItsClubIsAbout: a figure in a sentence naming no
// player, whose clubs the passage's player has nothing to do with, is
// about the player named last with one of those clubs ("... in talks with
// Burnley over Luca Bianchi. Burnley want £12m."), not about the player
// the article is about; in the five languages.
func TestFeeOfThePlayerItsClubIsAbout(t *testing.T) {
	cases := []feeCase{
		{"en", " date 2024-07-10 News\n\nBrentford have completed the signing of Mario Rossi from Fulham. Mario Rossi has signed a contract until 2029, and Mario Rossi will wear the number 9.\n\nBrentford have been busy this summer. They are also in talks with Burnley over the Welsh midfielder Luca Bianchi, a source said. Burnley want £12m.", "Luca Bianchi", facts.FeeAsking, 12e6, "Burnley"},
		{"fr", " date 2024-07-10 Mercato\n\nLe Stade Brestois a officialisé l'arrivée de Mario Rossi en provenance du FC Lorient. Mario Rossi a signé jusqu'en 2029 et Mario Rossi portera le numéro 9.\n\nBrest est très actif cet été. Le Stade Brestois discute aussi avec le FC Nantes pour le milieu Luca Bianchi, selon nos informations. Le FC Nantes réclame 12 millions d'euros.", "Luca Bianchi", facts.FeeAsking, 12e6, "Nantes"},
		{"es", " date 2024-07-10 Mercado\n\nEl Betis ha cerrado el fichaje de Mario Rossi procedente del Getafe. Mario Rossi ha firmado hasta 2029 y Mario Rossi llevará el dorsal 9.\n\nEl Betis está muy activo este verano. El Betis negocia también con el Celta por el centrocampista Luca Bianchi, según ha podido saber este diario. El Celta pide 12 millones de euros.", "Luca Bianchi", facts.FeeAsking, 12e6, "Celta Vigo"},
		{"it", " date 2024-07-10 Calciomercato\n\nIl Bologna ha ufficializzato l'acquisto di Mario Rossi dal Genoa. Mario Rossi ha firmato fino al 2029 e Mario Rossi indosserà la maglia numero 9.\n\nIl Bologna è molto attivo. Il Bologna tratta anche con il Torino per il centrocampista Luca Bianchi, secondo le nostre informazioni. Il Torino chiede 12 milioni di euro.", "Luca Bianchi", facts.FeeAsking, 12e6, "Torino"},
		{"de", " date 2024-07-10 Transfer-News\n\nDer SC Freiburg hat Mario Rossi vom FC Augsburg verpflichtet. Mario Rossi unterschrieb bis 2029, und Mario Rossi trägt die Nummer 9.\n\nDer SC Freiburg ist sehr aktiv. Der SC Freiburg verhandelt auch mit dem VfL Bochum über den walisischen Mittelfeldspieler Luca Bianchi, wie zu hören ist. Bochum verlangt zwölf Millionen Euro.", "Luca Bianchi", facts.FeeAsking, 12e6, "Bochum"},
	}
	checkFees(t, cases)
	x := New()
	for _, tt := range cases {
		for _, f := range player(t, x.Extract(tt.text, Hints{}), "Mario Rossi").Fees {
			if f.Amount == tt.amount {
				t.Errorf("%s: Mario Rossi has the %s of %d", tt.name, f.Kind, f.Amount)
			}
		}
	}
}

// TestFeeStaysWithThePassagesPlayer: a figure in a sentence naming no
// player stays with the passage's player when one of its clubs is his,
// though another player was named in the paragraph since; in the five
// languages.
func TestFeeStaysWithThePassagesPlayer(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07-10 News\n\nBrentford want Fulham's Mario Rossi. Mario Rossi is their first choice. Brentford signed Luca Bianchi from Burnley last year. Fulham want £30m.", "Mario Rossi", facts.FeeAsking, 30e6, "Fulham"},
		{"fr", " date 2024-07-10 Mercato\n\nLe Stade Brestois veut Mario Rossi, le milieu du FC Lorient. Mario Rossi est sa priorité. Le Stade Brestois avait recruté Luca Bianchi au FC Nantes l'an dernier. Le FC Lorient réclame 30 millions d'euros.", "Mario Rossi", facts.FeeAsking, 30e6, "Lorient"},
		{"es", " date 2024-07-10 Mercado\n\nEl Betis quiere a Mario Rossi, centrocampista del Getafe. Mario Rossi es su prioridad. El Betis fichó a Luca Bianchi del Celta el año pasado. El Getafe pide 30 millones de euros.", "Mario Rossi", facts.FeeAsking, 30e6, "Getafe"},
		{"it", " date 2024-07-10 Calciomercato\n\nIl Bologna vuole Mario Rossi, centrocampista del Genoa. Mario Rossi è la prima scelta. Il Bologna ha preso Luca Bianchi dal Torino l'anno scorso. Il Genoa chiede 30 milioni di euro.", "Mario Rossi", facts.FeeAsking, 30e6, "Genoa"},
		{"de", " date 2024-07-10 Transfer-News\n\nDer SC Freiburg will Mario Rossi vom FC Augsburg. Mario Rossi ist der Wunschkandidat. Der SC Freiburg hatte Luca Bianchi im vergangenen Jahr vom VfL Bochum geholt. Der FC Augsburg verlangt 30 Millionen Euro.", "Mario Rossi", facts.FeeAsking, 30e6, "Augsburg"},
	})
}
