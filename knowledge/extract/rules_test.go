package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// stageOfPair returns the stage of club for player in text, or "" when the
// pair is not reported.
func stageOfPair(x *Extractor, text, player, club string) (facts.Stage, facts.Player) {
	a := x.Extract(text, Hints{})
	for _, p := range a.Players {
		if p.Name != player {
			continue
		}
		for _, s := range p.Suitors {
			if s.Club == club {
				return s.Stage, p
			}
		}
		return "", p
	}
	return "", facts.Player{}
}

// TestStageRules covers conditionals, clause-scoped past markers, goals
// ("agreeing personal terms"), continuing talks after a rebuff, and a
// signing after a pursuit ended.
func TestStageRules(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en if clause", " date 2023-06-23 Manchester United have agreed personal terms with Mason Mount. The club would walk away if the offer was refused.", "Mason Mount", "Manchester United", facts.StageAdvanced},
		{"fr si clause", " date 2023-06 Le PSG a trouvé un accord verbal avec Marcus Thuram. Si l'offre est refusée, le club partira.", "Marcus Thuram", "Paris Saint-Germain", facts.StageAdvanced},
		{"de wenn clause", " date 2023-06 Der FC Bayern hat eine Einigung mit Harry Kane erzielt, wenn das Angebot abgelehnt wird, ist alles vorbei.", "Harry Kane", "Bayern Munich", facts.StageAdvanced},
		{"en goal not advanced", " date 2024-06 Chelsea are in talks for Michael Olise and their focus is now on agreeing personal terms.", "Michael Olise", "Chelsea", facts.StageTalks},
		{"es goal not advanced", " date 2024-06 El Barcelona quiere llegar a un acuerdo con Nico Williams.", "Nico Williams", "Barcelona", facts.StageTalks},
		{"en not over", " date 2023-06 Manchester United's bid for Mason Mount has been rebuffed, but negotiations are not over.", "Mason Mount", "Manchester United", facts.StageTalks},
		{"it proseguono", " date 2023-02 L'offerta del Galatasaray per Nicolò Zaniolo è stata respinta, ma i contatti proseguono.", "Nicolò Zaniolo", "Galatasaray", facts.StageTalks},
		{"en even though", " date 2023-08 West Ham remain keen on Scott McTominay, even though their offer was turned down.", "Scott McTominay", "West Ham United", facts.StageInterest},
		{"es aunque", " date 2023-08 El Barcelona sigue a Nico Williams, aunque su oferta fue rechazada.", "Nico Williams", "Barcelona", facts.StageInterest},
		{"en past clause only", " date 2023-06 Liverpool were linked with Mason Mount in the spring, but the Reds moved on and completed the signing of Alexis Mac Allister.", "Alexis Mac Allister", "Liverpool", facts.StageDone},
		{"en past year", " date 2024-06 Michael Olise joined Crystal Palace from Reading in 2021.", "Michael Olise", "Crystal Palace", ""},
		{"en failing", " date 2023-02 Arsenal failed in their pursuit of Brighton's Moisés Caicedo.", "Moisés Caicedo", "Arsenal", facts.StageEnded},
	})
}

// TestDoneIsCurrentClub: a completed signing makes the buyer his club.
func TestDoneIsCurrentClub(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2023-06 Liverpool have completed the signing of Alexis Mac Allister from Brighton.", "Alexis Mac Allister", "Liverpool"},
		{" date 2023-06 Alexis Mac Allister ha firmato con il Liverpool.", "Alexis Mac Allister", "Liverpool"},
		{" date 2023-06 Le Real Madrid a officialisé l'arrivée de Jude Bellingham.", "Jude Bellingham", "Real Madrid"},
	})
}

// TestDescriptors: descriptions point back at the most recent club they fit,
// in the five languages.
func TestDescriptors(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en east London club", " date 2023-08 West Ham want Harry Maguire. The east London club are closing in on James Ward-Prowse.", "James Ward-Prowse", "West Ham United", facts.StageAdvanced},
		{"en Premier League side", " date 2023-08 Arsenal and Napoli were named. The Premier League side have made a bid for Victor Osimhen.", "Victor Osimhen", "Arsenal", facts.StageBid},
		{"en Catalan giants", " date 2023-08 Barcelona lost. The Catalan giants are monitoring Nico Williams.", "Nico Williams", "Barcelona", facts.StageInterest},
		{"fr club de la capitale", " date 2022-09 Le PSG veut Milan Skriniar. D'après la Gazzetta, le club de la capitale prépare une nouvelle offre pour Milan Skriniar.", "Milan Skriniar", "Paris Saint-Germain", facts.StageBid},
		{"fr club anglais", " date 2019-07 Wolverhampton a essuyé un refus. Le club anglais avait proposé 40 millions d'euros pour Boubakary Soumaré.", "Boubakary Soumaré", "Wolverhampton Wanderers", facts.StageEnded}, // "avait proposé" after a refusal: a past offer
		{"es club inglés", " date 2022-06 Darwin Núñez jugará en el Liverpool. El club inglés y el Benfica han cerrado un acuerdo por Darwin Núñez.", "Darwin Núñez", "Liverpool", facts.StageAdvanced},
		{"it club saudita", " date 2023-07 Il colpo porta la firma dell'Al-Hilal. Il club saudita ha messo sul tavolo 40 milioni per Sergej Milinkovic-Savic.", "Sergej Milinkovic-Savic", "Al-Hilal", facts.StageBid},
		{"de englische Klub", " date 2021-01 Der FC Chelsea spielt. Der englische Klub will Dayot Upamecano beobachten.", "Dayot Upamecano", "Chelsea", facts.StageInterest},
		{"en generic plural", " date 2023-08 Arsenal lost. Several English clubs are monitoring Nico Williams.", "Nico Williams", "Arsenal", ""},
		{"fr indefinite", " date 2023-08 Arsenal a perdu. Un club anglais suit Nico Williams.", "Nico Williams", "Arsenal", ""},
	})
	// a club adjective after a player description names his club
	club := []struct{ text, player, want string }{
		{" date 2021-11 L'AC Milan suit Boubacar Kamara, le minot marseillais.", "Boubacar Kamara", "Marseille"},
		{" date 2023-07 La Juventus segue Sergej Milinkovic, il centrocampista biancoceleste.", "Sergej Milinkovic", "Lazio"},
		{" date 2025-01 El Arsenal quiere a Martín Zubimendi, el centrocampista donostiarra.", "Martín Zubimendi", "Real Sociedad"},
	}
	for _, tt := range club {
		_, p := stageOfPair(x, tt.text, tt.player, "")
		if p.CurrentClub != tt.want {
			t.Errorf("%q: current club %q, want %q", tt.text, p.CurrentClub, tt.want)
		}
	}
}

// TestOwnClub: who owns a player, from what the selling club does, in the
// five languages; and what is no sign of it.
func TestOwnClub(t *testing.T) {
	x := New()
	tests := []struct{ text, player, want string }{
		{" date 2022-09 Le PSG veut Milan Skriniar. Si l'Inter dit non, Paris attendra.", "Milan Skriniar", "Inter Milan"},
		{" date 2022-09 Le PSG veut Milan Skriniar, mais l'Inter dit non.", "Milan Skriniar", "Inter Milan"},
		{" date 2022-06 El Bayern ofrece 30 millones por Sadio Mané, pero lo que pide el Liverpool son 50 millones.", "Sadio Mané", "Liverpool"},
		{" date 2024-06 Chelsea want Michael Olise but Crystal Palace blocked the move.", "Michael Olise", "Crystal Palace"},
		{" date 2019-07 Arsenal veut Victor Osimhen. Charleroi a donné son feu vert.", "Victor Osimhen", "Charleroi"},
		{" date 2023-07 La Juventus segue Sergej Milinkovic. La Lazio chiede 40 milioni.", "Sergej Milinkovic", "Lazio"},
		{" date 2022-06 Der FC Bayern will Sadio Mané, aber der FC Liverpool blockiert.", "Sadio Mané", "Liverpool"},
	}
	for _, tt := range tests {
		_, p := stageOfPair(x, tt.text, tt.player, "")
		if p.CurrentClub != tt.want {
			t.Errorf("%q: current club %q, want %q", tt.text, p.CurrentClub, tt.want)
		}
	}
	// "le PSG veut X": wanting a player is no asking price
	if st, p := stageOfPair(x, " date 2022-09 Le PSG veut Milan Skriniar.", "Milan Skriniar", "Paris Saint-Germain"); st != facts.StageInterest || p.CurrentClub != "" {
		t.Errorf("le PSG veut: stage %q, current club %q", st, p.CurrentClub)
	}
}

// TestPassageClub: the club a passage is about pursues the players it names
// without a club of their own; a roundup's heading club owns its players.
func TestPassageClub(t *testing.T) {
	x := New()
	stages := []struct {
		name, text, player, club string
		want                     facts.Stage
	}{
		{"en topic", " date 2023-02 The Gunners have tracked Youri Tielemans for a year. In January they weighed up an offer after failing in their pursuit of Brighton's Moisés Caicedo.", "Moisés Caicedo", "Arsenal", facts.StageEnded},
		{"it topic", " date 2022-01 Intanto la Fiorentina si cautela. Sul taccuino ci sono Arkadiusz Milik del Marsiglia e Divock Origi del Liverpool.", "Arkadiusz Milik", "Fiorentina", facts.StageInterest},
		{"de topic", " date 2025-05 Bayer Leverkusen plant bereits mit den Millionen. Zwischen den Pfosten ist Espanyols Joan García ein Kandidat.", "Joan García", "Bayer Leverkusen", facts.StageInterest},
		{"it anche", " date 2023-07 I bianconeri cercano un centrocampista. Il primo nome è quello di Teun Koopmeiners dell'Atalanta, nel mirino anche del Napoli.", "Teun Koopmeiners", "Juventus", facts.StageInterest},
		{"en out of window", " date 2023-02 Arsenal lost. It rained. The match was late. Fans sang. Brighton's Moisés Caicedo is a target.", "Moisés Caicedo", "Arsenal", ""},
	}
	for _, tt := range stages {
		got, _ := stageOfPair(x, tt.text, tt.player, tt.club)
		if got != tt.want {
			t.Errorf("%s: %s/%s stage %q, want %q", tt.name, tt.player, tt.club, got, tt.want)
		}
	}
	clubs := []struct{ text, player, want string }{
		{" date 2019-07 Journal du mercato : Lille, la grande braderie\n\nLe cas Adama Soumaoro est curieux. Il semblait tout proche de l'AS Monaco.", "Adama Soumaoro", "Lille"},
		{" date 2025-05 Transfer-Update: so plant Leverkusen\n\nDer FC Bayern verhandelt mit Jonathan Tah.", "Jonathan Tah", "Bayer Leverkusen"},
		{" date 2025-05 Der Spanier Mario Hermoso ist derzeit von der AS Rom ausgeliehen, und er ist nach einer Verletzung in der Reha.", "Mario Hermoso", "Roma"},
		{" date 2022-01 La Fiorentina ha definito l'arrivo in prestito di Krzysztof Piatek dall'Hertha Berlino.", "Krzysztof Piatek", "Hertha Berlin"},
		{" date 2025-05 Zwischen den Pfosten ist Espanyols Joan García ein Kandidat, und er ist auch bei der Nationalmannschaft.", "Joan García", "Espanyol"},
	}
	for _, tt := range clubs {
		_, p := stageOfPair(x, tt.text, tt.player, "")
		if p.CurrentClub != tt.want {
			t.Errorf("%q: current club %q, want %q", tt.text, p.CurrentClub, tt.want)
		}
	}
}

// TestWatchingIdioms: keeping an eye on a player is interest, in the five
// languages.
func TestWatchingIdioms(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 News\n\nBrentford continue to keep an eye on Mario Rossi.", "Mario Rossi", "Brentford", facts.StageInterest},
		{"fr", " date 2024-01 Mercato\n\nLe Stade Brestois garde un œil sur Mario Rossi.", "Mario Rossi", "Brest", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nEl Betis sigue muy atento a Mario Rossi.", "Mario Rossi", "Real Betis", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nIl Bologna tiene d'occhio Mario Rossi, che piace anche alla dirigenza.", "Mario Rossi", "Bologna", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News\n\nDer SC Freiburg hat Mario Rossi weiterhin im Blick.", "Mario Rossi", "SC Freiburg", facts.StageInterest},
		{"de Zettel", " date 2024-01 Transfer-News\n\nBei Hertha BSC steht Mario Rossi vom FC Augsburg auf dem Zettel.", "Mario Rossi", "Hertha Berlin", facts.StageInterest},
	})
}

// TestOnTheVerge: a club about to complete a signing is advanced, in the
// five languages.
func TestOnTheVerge(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 News\n\nBrentford are on the verge of signing Mario Rossi from Fulham.", "Mario Rossi", "Brentford", facts.StageAdvanced},
		{"en close in", " date 2024-01 News\n\nBrentford close in on Mario Rossi.", "Mario Rossi", "Brentford", facts.StageAdvanced},
		{"fr", " date 2024-01 Mercato\n\nLe Stade Brestois est sur le point de recruter Mario Rossi.", "Mario Rossi", "Brest", facts.StageAdvanced},
		{"es", " date 2024-01 Mercado\n\nEl Betis está a punto de cerrar el fichaje de Mario Rossi.", "Mario Rossi", "Real Betis", facts.StageAdvanced},
		{"it", " date 2024-01 Calciomercato\n\nIl Bologna è a un passo da Mario Rossi.", "Mario Rossi", "Bologna", facts.StageAdvanced},
		{"de", " date 2024-01 Transfer-News\n\nDer SC Freiburg steht kurz vor der Verpflichtung von Mario Rossi.", "Mario Rossi", "SC Freiburg", facts.StageAdvanced},
	})
}

// TestPluralDone: a completed signing told with a plural subject is done,
// in the five languages.
func TestPluralDone(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-07 News\n\nBrentford have completed the signing of Mario Rossi for £20m.", "Mario Rossi", "Brentford", facts.StageDone},
		{"fr", " date 2024-07 Mercato\n\nLes dirigeants du FC Lorient ont bouclé le transfert de Mario Rossi pour 20 millions d'euros.", "Mario Rossi", "Lorient", facts.StageDone},
		{"es", " date 2024-07 Mercado\n\nLos béticos han cerrado el fichaje de Mario Rossi por 20 millones de euros.", "Mario Rossi", "Real Betis", facts.StageDone},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi passa al Genoa: i dirigenti del Genoa hanno chiuso per 20 milioni di euro.", "Mario Rossi", "Genoa", facts.StageDone},
		{"de", " date 2024-07 Transfer-News\n\nDie Freiburger haben Mario Rossi für 20 Millionen Euro verpflichtet.", "Mario Rossi", "SC Freiburg", facts.StageDone},
	})
}

// TestLookedElsewhere: a club that has turned to other targets ended its
// pursuit, in the five languages.
func TestLookedElsewhere(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 News\n\nBrentford asked about Mario Rossi. Brentford have since turned their attention elsewhere.", "Mario Rossi", "Brentford", facts.StageEnded},
		{"fr", " date 2024-01 Mercato\n\nLe Stade Brestois s'est renseigné sur Mario Rossi, mais le club s'est tourné vers d'autres pistes.", "Mario Rossi", "Brest", facts.StageEnded},
		{"es", " date 2024-01 Mercado\n\nEl Betis preguntó por Mario Rossi, pero ahora buscan otras opciones.", "Mario Rossi", "Real Betis", facts.StageEnded},
		{"it", " date 2024-01 Calciomercato\n\nIl Bologna aveva chiesto Mario Rossi, ma poi ha virato su altri obiettivi.", "Mario Rossi", "Bologna", facts.StageEnded},
		{"de", " date 2024-01 Transfer-News\n\nDer SC Freiburg war an Mario Rossi interessiert, hat sich aber anderweitig orientiert.", "Mario Rossi", "SC Freiburg", facts.StageEnded},
	})
}

// TestInTheRunning: being in the running for a player, or thinking of
// him, is interest; still talking is talks, in the five languages.
func TestInTheRunning(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 News\n\nBrentford are in the running for Mario Rossi.", "Mario Rossi", "Brentford", facts.StageInterest},
		{"en talking", " date 2024-01 News\n\nBrentford are still talking to Fulham about Mario Rossi.", "Mario Rossi", "Brentford", facts.StageTalks},
		{"fr", " date 2024-01 Mercato\n\nLe Stade Brestois est dans la course pour Mario Rossi.", "Mario Rossi", "Brest", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nEl Betis está en la carrera por Mario Rossi.", "Mario Rossi", "Real Betis", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nIl Bologna è in corsa per Mario Rossi.", "Mario Rossi", "Bologna", facts.StageInterest},
		{"it tratta", " date 2024-01 Calciomercato\n\nIl Bologna tratta con il Genoa per Mario Rossi.", "Mario Rossi", "Bologna", facts.StageTalks},
		{"de", " date 2024-01 Transfer-News\n\nDer SC Freiburg ist im Rennen um Mario Rossi.", "Mario Rossi", "SC Freiburg", facts.StageInterest},
		{"de denkt", " date 2024-01 Transfer-News\n\nDer SC Freiburg denkt an Mario Rossi.", "Mario Rossi", "SC Freiburg", facts.StageInterest},
	})
}

// TestHuntingFor: a club hunting for a player is interested, a club that
// "closes for" him has signed him, a move that "collapses" ended, in the
// five languages.
func TestHuntingFor(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 News\n\nBrentford are on the hunt for a striker and like Mario Rossi.", "Mario Rossi", "Brentford", facts.StageInterest},
		{"en collapses", " date 2024-01 News\n\nMario Rossi's move to Brentford collapses.", "Mario Rossi", "Brentford", facts.StageEnded},
		{"fr", " date 2024-01 Mercato\n\nLe Stade Brestois est en quête de Mario Rossi.", "Mario Rossi", "Brest", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nEl Betis anda a la caza de Mario Rossi.", "Mario Rossi", "Real Betis", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nIl Bologna è a caccia di Mario Rossi.", "Mario Rossi", "Bologna", facts.StageInterest},
		{"it chiude", " date 2024-01 Calciomercato\n\nIntanto il Bologna chiude per Mario Rossi.", "Mario Rossi", "Bologna", facts.StageDone},
		{"de", " date 2024-01 Transfer-News\n\nDer SC Freiburg ist auf der Suche nach Mario Rossi.", "Mario Rossi", "SC Freiburg", facts.StageInterest},
	})
}

// TestDealAndLoanForms: agreeing a deal is advanced; leaving or arriving
// on loan is a completed move whose parent club stays his, in the five
// languages.
func TestDealAndLoanForms(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 News\n\nBrentford are agreeing a deal with Fulham for Mario Rossi.", "Mario Rossi", "Brentford", facts.StageAdvanced},
		{"fr", " date 2024-01 Mercato\n\nMario Rossi part en prêt au Stade Brestois.", "Mario Rossi", "Brest", facts.StageDone},
		{"es", " date 2024-01 Mercado\n\nMario Rossi llega cedido al Betis desde el Getafe.", "Mario Rossi", "Real Betis", facts.StageDone},
		{"it", " date 2024-01 Calciomercato\n\nMario Rossi va in prestito al Bologna fino al termine della stagione, con il diritto di riscatto.", "Mario Rossi", "Bologna", facts.StageDone},
		{"de", " date 2024-01 Transfer-News\n\nMario Rossi wechselt auf Leihbasis zum SC Freiburg.", "Mario Rossi", "SC Freiburg", facts.StageDone},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2024-01 Mercado\n\nMario Rossi llega cedido al Betis desde el Getafe.", "Mario Rossi", "Getafe"},
	})
}

// TestEyesOn: setting eyes on a player is interest, and a contract named
// with its club but no date still makes that club his, in the five
// languages.
func TestEyesOn(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 News\n\nBrentford have run the rule over Mario Rossi.", "Mario Rossi", "Brentford", facts.StageInterest},
		{"fr", " date 2024-01 Mercato\n\nLe Stade Brestois a coché le nom de Mario Rossi.", "Mario Rossi", "Brest", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nEl Betis ha puesto los ojos en Mario Rossi.", "Mario Rossi", "Real Betis", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nIl Bologna ha messo gli occhi su Mario Rossi, anche lui in scadenza con il Genoa.", "Mario Rossi", "Bologna", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News\n\nDer SC Freiburg hat ein Auge auf Mario Rossi geworfen.", "Mario Rossi", "SC Freiburg", facts.StageInterest},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2024-01 Calciomercato\n\nIl Bologna ha messo gli occhi su Mario Rossi, anche lui in scadenza con il Genoa.", "Mario Rossi", "Genoa"},
		{" date 2024-01 News\n\nBrentford like Mario Rossi, who is in the last year of his contract with Fulham.", "Mario Rossi", "Fulham"},
	})
}

// TestCaughtTheEye: a player who caught a club's eye interests it, in the
// five languages.
func TestCaughtTheEye(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 News\n\nMario Rossi has caught the eye of Brentford.", "Mario Rossi", "Brentford", facts.StageInterest},
		{"fr", " date 2024-01 Mercato\n\nMario Rossi a tapé dans l'œil du Stade Brestois.", "Mario Rossi", "Brest", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nMario Rossi ha llamado la atención del Betis.", "Mario Rossi", "Real Betis", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nMario Rossi ha attirato l'attenzione del Bologna nelle ultime settimane di campionato con gli ultimi gol.", "Mario Rossi", "Bologna", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News\n\nMario Rossi hat die Aufmerksamkeit des SC Freiburg geweckt.", "Mario Rossi", "SC Freiburg", facts.StageInterest},
	})
}
