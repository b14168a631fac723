package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestEnquiryForms: a club that enquired about the player of the passage
// or weighed him up ("Bayern also looked at him", "a pris la température",
// "el PSG preguntó", "aveva valutato il profilo", "haben Erkundigungen
// eingezogen") in a sentence after his is a suitor, not his club, in the
// five languages; told in the past, or dropped, its pursuit is over.
func TestEnquiryForms(t *testing.T) {
	x := New()
	in, ended := facts.StageInterest, facts.StageEnded
	checkStages(t, x, []stageCase{
		{"en looked at", " date 2024-07-10 Chelsea want Marco Verdi. Bayern also looked at him but ruled it out because of the cost.", "Marco Verdi", "Bayern Munich", ended},
		{"en have looked at", " date 2024-07-10 Arsenal are keen on Marco Verdi. Newcastle have looked at the midfielder too.", "Marco Verdi", "Newcastle United", in},
		{"fr température", " date 2024-07-10 Le Stade Rennais veut Marco Verdi. Le RC Lens a aussi pris la température.", "Marco Verdi", "Lens", in},
		{"es preguntó", " date 2024-07-10 El Real Madrid ficha a Marco Verdi. El París Saint-Germain preguntó en invierno sin mayor recorrido.", "Marco Verdi", "Paris Saint-Germain", ended},
		{"es ha preguntado", " date 2024-07-10 El Betis quiere a Marco Verdi. El Sevilla también ha preguntado por las condiciones del central.", "Marco Verdi", "Sevilla", in},
		{"it valutato il profilo", " date 2024-07-10 Marco Verdi va al Napoli. Il Milan, dal canto suo, aveva valutato il profilo a gennaio prima di virare su altri obiettivi.", "Marco Verdi", "AC Milan", ended},
		{"it tentativo", " date 2024-07-10 La Juventus rilancia per Marco Verdi. Il Napoli, che a inizio estate aveva fatto un tentativo, si è ritirato dalla corsa.", "Marco Verdi", "Napoli", ended},
		{"de Erkundigungen", " date 2024-07-10 Weniger klar ist die Lage bei Marco Verdi. Der FC Chelsea und der FC Liverpool haben Erkundigungen eingezogen.", "Marco Verdi", "Liverpool", in},
		{"de Thema gewesen", " date 2024-07-10 Marco Verdi kam aus Heidenheim. Der 28-Jährige war auch beim VfB Stuttgart ein Thema gewesen, doch die Schwaben entschieden sich anders.", "Marco Verdi", "VfB Stuttgart", ended},
	})
}

// TestMailbagAskedPlayer: a reader's question that tells of other players
// before asking about one ("Chelsea have already signed X. Are they going
// to get Y too?") is about the player its interrogative sentence names:
// the answer's suitors are his, in the five languages.
func TestMailbagAskedPlayer(t *testing.T) {
	x := New()
	bid := facts.StageBid
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Mailbag\n\nQ: Fulham have already signed Marco Verdi. Are they going to get Luca Bianchi too? - Tom, Leeds\n\nA: Probably. Brentford have made an offer for the midfielder, though.", "Luca Bianchi", "Brentford", bid},
		{"fr", " date 2024-01 Courrier des lecteurs\n\nQuestion : Le LOSC a déjà recruté Marco Verdi. Va-t-il aussi prendre Luca Bianchi ? - Paul, Lens\n\nRéponse : Peut-être. Le RC Lens a fait une offre pour le milieu.", "Luca Bianchi", "Lens", bid},
		{"es", " date 2024-01 El buzón\n\nPregunta: El Betis ya ha fichado a Marco Verdi. ¿Va a llegar también Luca Bianchi? - Juan, Sevilla\n\nRespuesta: Quizá. El Sevilla ha presentado una oferta por el centrocampista.", "Luca Bianchi", "Sevilla", bid},
		{"it", " date 2024-01 La posta\n\nDomanda: Il Genoa ha già preso Marco Verdi. Arriverà anche Luca Bianchi? - Marco, Genova\n\nRisposta: Forse. Il Torino ha presentato un'offerta per il centrocampista.", "Luca Bianchi", "Torino", bid},
		{"de", " date 2024-01 Leserfragen\n\nFrage: Mainz 05 hat schon Marco Verdi geholt. Kommt auch noch Luca Bianchi? - Jan, Köln\n\nAntwort: Vielleicht. Der SC Freiburg hat ein Angebot für den Mittelfeldspieler abgegeben.", "Luca Bianchi", "SC Freiburg", bid},
	})
}
