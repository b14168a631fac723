package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestRoleAsSubject: a role noun after a comma that a verb follows is the
// subject of the next clause ("Asked about X, the manager said"), no
// apposition calling X a coach, in the five languages.
func TestRoleAsSubject(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-07-01 The window is heating up. Asked about Tom Ashworth, the manager said Fulham have made an offer for the winger.", "Tom Ashworth", "Fulham", facts.StageBid},
		{"fr", " date 2024-07-01 Le mercato s'accélère. Interrogé sur Hugo Marchetti, l'entraîneur a confirmé que le FC Nantes a formulé une offre pour l'ailier.", "Hugo Marchetti", "Nantes", facts.StageBid},
		{"es", " date 2024-07-01 El mercado se acelera. Preguntado por Tomás Herrera, el entrenador ha confirmado que el Betis ha presentado una oferta por el extremo.", "Tomás Herrera", "Real Betis", facts.StageBid},
		{"it", " date 2024-07-01 Il mercato entra nel vivo. Interpellato su Tommaso Ferlini, l'allenatore ha confermato che il Genoa ha presentato un'offerta per l'esterno.", "Tommaso Ferlini", "Genoa", facts.StageBid},
		{"de", " date 2024-07-01 Der Transfermarkt nimmt Fahrt auf. Auf Jonas Albrecht angesprochen, sagte der Trainer, dass der SC Freiburg ein Angebot für den Flügelspieler abgegeben hat.", "Jonas Albrecht", "SC Freiburg", facts.StageBid},
	})
	// an apposition still calls him what he is
	for _, text := range []string{
		" date 2024-07-01 Tom Ashworth, the manager of Burnley, said Fulham have made an offer for Luca Bianchi.",
		" date 2024-07-01 Hugo Marchetti, l'entraîneur du FC Lorient, a confirmé une offre du FC Nantes pour Luca Bianchi.",
	} {
		for _, p := range x.Extract(text, Hints{}).Players {
			if p.Name == "Tom Ashworth" || p.Name == "Hugo Marchetti" {
				t.Errorf("%q: the coach %s read as a player", text, p.Name)
			}
		}
	}
}

// TestFreeAgentNoRole: "free agent" ("agent libre", "agente libre") is
// a player out of contract, no agent, in the five languages.
func TestFreeAgentNoRole(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-07-01 The window is heating up. Everton are keen on the free agent Tom Ashworth.", "Tom Ashworth", "Everton", facts.StageInterest},
		{"fr", " date 2024-07-01 Le mercato s'accélère. Le FC Nantes s'intéresse à l'agent libre Hugo Marchetti.", "Hugo Marchetti", "Nantes", facts.StageInterest},
		{"es", " date 2024-07-01 El mercado se acelera. El Betis sigue al agente libre Tomás Herrera.", "Tomás Herrera", "Real Betis", facts.StageInterest},
		{"it", " date 2024-07-01 Il mercato entra nel vivo. Il Genoa segue l'agente libero Tommaso Ferlini.", "Tommaso Ferlini", "Genoa", facts.StageInterest},
		{"de", " date 2024-07-01 Der Transfermarkt nimmt Fahrt auf. Der SC Freiburg interessiert sich für den vereinslosen Jonas Albrecht.", "Jonas Albrecht", "SC Freiburg", facts.StageInterest},
	})
}

// TestNameAsCaseFile: a full name between "the" and a case-file noun
// ("the Tom Ashworth saga", "the Tom Ashworth to Fulham story") is a
// player's, no place's; the other languages name the case before him
// ("le feuilleton", "el culebrón", "il tormentone", "die Causa").
func TestNameAsCaseFile(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en saga", " date 2024-07-01 The window is heating up. Fulham are keen, and the Tom Ashworth saga could be settled this week.", "Tom Ashworth", "Fulham", facts.StageInterest},
		{"en to club story", " date 2024-07-01 The window is heating up. Is there any truth in the Tom Ashworth to Fulham story? Fulham are keen on the winger.", "Tom Ashworth", "Fulham", facts.StageInterest},
		{"en sale", " date 2024-07-01 The window is heating up. Fans will remember how the Tom Ashworth sale unfolded: Fulham signed the winger from Burnley in January.", "Tom Ashworth", "Fulham", facts.StageDone},
		{"fr", " date 2024-07-01 Le mercato s'accélère. Le FC Nantes s'intéresse à l'ailier et le feuilleton Hugo Marchetti pourrait se conclure cette semaine.", "Hugo Marchetti", "Nantes", facts.StageInterest},
		{"es", " date 2024-07-01 El mercado se acelera. El Betis sigue al extremo y el culebrón Tomás Herrera podría cerrarse esta semana.", "Tomás Herrera", "Real Betis", facts.StageInterest},
		{"it", " date 2024-07-01 Il mercato entra nel vivo. Il Genoa segue l'esterno e il caso Tommaso Ferlini potrebbe chiudersi questa settimana.", "Tommaso Ferlini", "Genoa", facts.StageInterest},
		{"de", " date 2024-07-01 Der Transfermarkt nimmt Fahrt auf. Der SC Freiburg interessiert sich für den Flügelspieler, die Causa Jonas Albrecht könnte diese Woche enden.", "Jonas Albrecht", "SC Freiburg", facts.StageInterest},
	})
}

// TestHyphenParticleNames: a surname a short function word opens with a
// hyphen ("En-Nasri", "El-Haddadi") is one name, in the five languages.
func TestHyphenParticleNames(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-07-01 The window is heating up. Fulham have made an offer for Youssef En-Nasri, the Sevilla striker.", "Youssef En-Nasri", "Fulham", facts.StageBid},
		{"fr", " date 2024-07-01 Le mercato s'accélère. Le FC Nantes a formulé une offre pour Youssef En-Nasri, l'attaquant de Séville.", "Youssef En-Nasri", "Nantes", facts.StageBid},
		{"es", " date 2024-07-01 El mercado se acelera. El Betis ha presentado una oferta por Bilal El-Haddadi, delantero del Getafe.", "Bilal El-Haddadi", "Real Betis", facts.StageBid},
		{"es headline", " date 2024-07-01 El-Haddadi da otro portazo al Betis\n\nEl Betis ha presentado una oferta por Bilal El-Haddadi, delantero del Getafe.", "Bilal El-Haddadi", "Real Betis", facts.StageBid},
		{"it", " date 2024-07-01 Il mercato entra nel vivo. Il Genoa ha presentato un'offerta per Youssef En-Nasri, attaccante del Siviglia.", "Youssef En-Nasri", "Genoa", facts.StageBid},
		{"de", " date 2024-07-01 Der Transfermarkt nimmt Fahrt auf. Der SC Freiburg hat ein Angebot für Bilal El-Haddadi vom FC Augsburg abgegeben.", "Bilal El-Haddadi", "SC Freiburg", facts.StageBid},
	})
}

// TestListedSingleName: a single name listed among players named in full
// ("Mario Hermoso, Memphis Depay, Vitolo y Gabriel Paulista") is a player,
// in the five languages; one listed among officials is not.
func TestListedSingleName(t *testing.T) {
	x := New()
	for _, tt := range []struct {
		text, name string
		want       bool
	}{
		{" date 2024-07-01 The window is heating up. Burnley have confirmed the departures of Tom Ashworth, Rafinhos and Luca Bianchi.", "Rafinhos", true},
		{" date 2024-07-01 The window is heating up. Burnley have confirmed the departures of Tom Ashworth, Luca Bianchi and Rafinhos.", "Rafinhos", true},
		{" date 2024-07-01 Le mercato s'accélère. Le FC Lorient a officialisé les départs de Hugo Marchetti, Rafinhos et Luca Bianchi.", "Rafinhos", true},
		{" date 2024-07-01 El mercado se acelera. El Getafe ha comunicado las salidas de Tomás Herrera, Rafinhos y Luca Bianchi.", "Rafinhos", true},
		{" date 2024-07-01 Il mercato entra nel vivo. Il Sassuolo ha ufficializzato le cessioni di Tommaso Ferlini, Rafinhos e Luca Bianchi.", "Rafinhos", true},
		{" date 2024-07-01 Der Transfermarkt nimmt Fahrt auf. Der FC Augsburg hat die Abgänge von Jonas Albrecht, Rafinhos und Luca Bianchi bestätigt.", "Rafinhos", true},
		{" date 2024-07-01 The window is heating up. Burnley's coach Marco Silva, Benitez and the sporting director Tony Khan met the board.", "Benitez", false},
		{" date 2024-07-01 The window is heating up. Burnley have confirmed the departures of Tom Ashworth and Rafinhos.", "Rafinhos", false},
	} {
		if got := recognised(x, tt.text, tt.name); got != tt.want {
			t.Errorf("%q: %s read as a player %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// recognised reports whether the extractor reads name as a player of text,
// whether or not it tells anything of him.
func recognised(x *Extractor, text, name string) bool {
	_, body := ParseHeader(text)
	d := newDoc(x, body)
	d.run()
	for _, p := range d.persons {
		if p.name == name {
			return !p.nonplayer
		}
	}
	return false
}
