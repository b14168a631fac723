package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
	srctab "github.com/mercato-bot/mercato/knowledge/sources"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// TestDescriptionBeforeOtherNames: a sentence opening on a description of
// the passage's player ("the Colombian", "le Colombien", "el colombiano",
// "il colombiano", "der Kolumbianer") is about him even when it names
// another player after it, in the five languages.
func TestDescriptionBeforeOtherNames(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Gossip\n\nLiverpool are keen on Luca Bianchi. The Colombian is also monitored by Everton, who hope to replace Marco Verdi.", "Luca Bianchi", "Everton", facts.StageInterest},
		{"fr", " date 2024-01 Mercato\n\nLe LOSC suit Luca Bianchi. Le Colombien intéresse aussi le Stade Rennais, qui cherche un remplaçant à Marco Verdi.", "Luca Bianchi", "Rennes", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nEl Betis sigue a Luca Bianchi. El colombiano también interesa al Sevilla, que busca un sustituto para Marco Verdi.", "Luca Bianchi", "Sevilla", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nIl Genoa segue Luca Bianchi. Il colombiano piace anche al Torino, che cerca un sostituto di Marco Verdi.", "Luca Bianchi", "Torino", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News\n\nMainz 05 beobachtet Luca Bianchi. Auch für den Kolumbianer interessiert sich der VfL Wolfsburg, der einen Nachfolger für Marco Verdi sucht.", "Luca Bianchi", "VfL Wolfsburg", facts.StageInterest},
	})
}

// TestDescriptionAfterAsideNames: a description after the names of
// players the sentence sets aside (a swap with, a replacement for) is the
// passage's player, in the five languages.
func TestDescriptionAfterAsideNames(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Gossip\n\nLuca Bianchi is wanted by Everton. Fulham offered an exchange for Marco Verdi: the Colombian is also monitored by Brentford.", "Luca Bianchi", "Brentford", facts.StageInterest},
		{"fr", " date 2024-01 Mercato\n\nLe LOSC suit Luca Bianchi. Le RC Lens propose un échange avec Marco Verdi : le Colombien intéresse aussi le Stade Rennais.", "Luca Bianchi", "Rennes", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nEl Betis sigue a Luca Bianchi. El Getafe propone un intercambio con Marco Verdi: el colombiano también interesa al Sevilla.", "Luca Bianchi", "Sevilla", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nIl Genoa segue Luca Bianchi. L'Empoli propone uno scambio con Marco Verdi: il colombiano piace anche al Torino.", "Luca Bianchi", "Torino", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News\n\nMainz 05 beobachtet Luca Bianchi. Der FC Augsburg schlägt einen Tausch mit Marco Verdi vor: für den Kolumbianer interessiert sich auch der VfL Wolfsburg.", "Luca Bianchi", "VfL Wolfsburg", facts.StageInterest},
	})
}

// TestDescriptionFitsItsPlayer: a description that contradicts what the
// text said of the player just named (a midfielder after a striker was
// named) is the player the text described so, in the five languages.
func TestDescriptionFitsItsPlayer(t *testing.T) {
	x := New()
	cases := []stageCase{
		{"en", " date 2024-01 Gossip\n\nNewcastle are in talks with Fulham over Luca Bianchi, the Colombian midfielder. Fulham also want Marco Verdi, the Brazilian striker of Brentford. Verdi scored ten goals this season. The midfielder is monitored by Everton too.", "Luca Bianchi", "Everton", facts.StageInterest},
		{"fr", " date 2024-01 Mercato\n\nLe Stade Rennais discute avec le LOSC pour Luca Bianchi, le milieu colombien. Le LOSC suit aussi Marco Verdi, l'attaquant brésilien du RC Lens. Verdi a marqué dix buts cette saison. Le milieu intéresse aussi le Stade Brestois.", "Luca Bianchi", "Brest", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nEl Sevilla negocia con el Betis por Luca Bianchi, el centrocampista colombiano. El Betis sigue también a Marco Verdi, el delantero brasileño del Getafe. Verdi ha marcado diez goles esta temporada. El centrocampista también interesa al Villarreal.", "Luca Bianchi", "Villarreal", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nIl Torino tratta con il Genoa per Luca Bianchi, il centrocampista colombiano. Il Genoa segue anche Marco Verdi, l'attaccante brasiliano dell'Empoli. Verdi ha segnato dieci gol in questa stagione. Il centrocampista piace anche al Bologna.", "Luca Bianchi", "Bologna", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News\n\nDer VfL Wolfsburg verhandelt mit Mainz 05 über Luca Bianchi, den Mittelfeldspieler aus Kolumbien. Mainz 05 beobachtet auch Marco Verdi, den Stürmer des FC Augsburg. Verdi hat in dieser Saison zehn Tore erzielt. Für den Mittelfeldspieler interessiert sich auch der SC Freiburg.", "Luca Bianchi", "SC Freiburg", facts.StageInterest},
	}
	checkStages(t, x, cases)
	checkNoLink(t, x, cases, "Marco Verdi", "")
}

// TestDescriptionOfTheNewName: a description that contradicts the
// passage's player and fits no one the text described so is the player
// the sentence before named, in the five languages.
func TestDescriptionOfTheNewName(t *testing.T) {
	x := New()
	cases := []stageCase{
		{"en", " date 2024-01 Gossip\n\nEverton have signed Luca Bianchi, the Colombian midfielder. After losing Bianchi, Fulham turned to Marco Verdi. Fulham have made an offer for the Brazilian striker.", "Marco Verdi", "Fulham", facts.StageBid},
		{"fr", " date 2024-01 Mercato\n\nLe Stade Rennais a recruté Luca Bianchi, le milieu colombien. Après avoir perdu Bianchi, le LOSC s'est tourné vers Marco Verdi. Le LOSC a fait une offre pour l'attaquant brésilien.", "Marco Verdi", "Lille", facts.StageBid},
		{"es", " date 2024-01 Mercado\n\nEl Sevilla ha fichado a Luca Bianchi, el centrocampista colombiano. Tras perder a Bianchi, el Betis quiere a Marco Verdi. El Betis ha presentado una oferta por el delantero brasileño.", "Marco Verdi", "Real Betis", facts.StageBid},
		{"it", " date 2024-01 Calciomercato\n\nIl Torino ha preso Luca Bianchi, il centrocampista colombiano. Dopo aver perso Bianchi, il Genoa vuole Marco Verdi. Il Genoa ha presentato un'offerta per l'attaccante brasiliano.", "Marco Verdi", "Genoa", facts.StageBid},
		{"de", " date 2024-01 Transfer-News\n\nDer VfL Wolfsburg hat Luca Bianchi verpflichtet, den Mittelfeldspieler aus Kolumbien. Nach dem Verlust von Bianchi konzentriert sich Mainz 05 auf Marco Verdi. Mainz 05 hat ein Angebot für den Stürmer aus Brasilien abgegeben.", "Marco Verdi", "FSV Mainz 05", facts.StageBid},
	}
	checkStages(t, x, cases)
	for _, tt := range cases {
		if got, _ := stageOfPair(x, tt.text, "Luca Bianchi", tt.club); got == facts.StageBid {
			t.Errorf("%s: Luca Bianchi/%s stage %q, want no bid", tt.name, tt.club, got)
		}
	}
}

// TestSingleNameOfAClub: a single name after a club's possessive
// ("Manchester City's Savinho", "Leverkusens Wirtz") or before his club in
// brackets ("Savinho (Manchester City)") is a player, in the five
// languages.
func TestSingleNameOfAClub(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en possessive", " date 2025-08 Gossip\n\nTottenham are also interested in Manchester City's Savinho.", "Savinho", "Tottenham Hotspur", facts.StageInterest},
		{"en brackets", " date 2025-08 Gossip\n\nTottenham are also interested in Savinho (Manchester City).", "Savinho", "Tottenham Hotspur", facts.StageInterest},
		{"fr", " date 2025-08 Mercato\n\nLe LOSC s'intéresse à Savinho (Manchester City).", "Savinho", "Lille", facts.StageInterest},
		{"es", " date 2025-08 Mercado\n\nEl Betis sigue a Savinho (Manchester City).", "Savinho", "Real Betis", facts.StageInterest},
		{"it", " date 2025-08 Calciomercato\n\nIl Napoli segue Savinho (Manchester City).", "Savinho", "Napoli", facts.StageInterest},
		{"de genitive", " date 2025-08 Transfer-News\n\nDer FC Bayern beobachtet Leverkusens Wirtz.", "Wirtz", "Bayern Munich", facts.StageInterest},
		{"de brackets", " date 2025-08 Transfer-News\n\nDer FC Bayern beobachtet Savinho (Manchester City).", "Savinho", "Bayern Munich", facts.StageInterest},
	})
}

// TestDescriptionsFound: what a description says is read from the
// lexicon's classes, an English nationality before a noun is an adjective
// and a German one is a noun only when capitalised.
func TestDescriptionsFound(t *testing.T) {
	x := New()
	cases := []struct {
		lang, text string
		want       []string // the classes of each description found, joined
	}{
		{"en", "The Brazilian forward joined. The Italian press agrees.", []string{"nat.br pos.fwd"}},
		{"en", "Colombian winger Luis Díaz is wanted.", []string{"nat.co pos.fwd"}},
		{"fr", "L'attaquant argentin a signé. Le Belge aussi.", []string{"pos.fwd nat.ar", "nat.be"}},
		{"fr", "Au milieu de la saison, rien.", nil},
		{"es", "El extremo brasileño y el portero.", []string{"pos.fwd nat.br", "pos.gk"}},
		{"it", "Il centrocampista serbo e il belga.", []string{"pos.mid nat.rs", "nat.be"}},
		{"de", "Der Niederländer und der niederländische Verband.", []string{"nat.nl"}},
		{"de", "Die Engländer sind raus. Der Innenverteidiger bleibt.", []string{"pos.def"}},
	}
	for _, tt := range cases {
		d := newDoc(x, tt.text)
		d.lang = tt.lang
		d.findHits()
		d.findClubs()
		d.findPersons()
		var got []string
		for a := 0; a < len(d.words); {
			b := a + 1
			for b < len(d.words) && !d.words[b].sent {
				b++
			}
			s := &sent{a: a, b: b}
			for _, desc := range d.descriptionsIn(s) {
				got = append(got, joinClasses(desc.classes))
			}
			a = b
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s %q: descriptions %q, want %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

func joinClasses(cs []string) string {
	out := ""
	for i, c := range cs {
		if i > 0 {
			out += " "
		}
		out += c
	}
	return out
}

// TestTableOutletsAreNoPlayers: every outlet and journalist of the
// source-reliability table is a source to the extractor, and an outlet
// named where a player could stand is none, in the five languages.
func TestTableOutletsAreNoPlayers(t *testing.T) {
	x := New()
	for _, src := range srctab.Default().Sources() {
		if _, ok := x.outlets[text.Key(src.Name)]; !ok {
			t.Errorf("source %q of the table is no outlet of the extractor", src.Name)
		}
	}
	checkNoPlayer(t, x, []struct{ name, text, official string }{
		{"en", " date 2024-01 Gossip\n\nCaughtOffside says Everton are keen on Luca Bianchi.\n\nSky Sports News reports Fulham want him too.", "Sky Sports News"},
		{"fr", " date 2024-01 Mercato\n\nFoot Mercato affirme que le LOSC suit Luca Bianchi.", "Foot Mercato"},
		{"es", " date 2024-01 Mercado\n\nMundo Deportivo asegura que el Betis sigue a Luca Bianchi.", "Mundo Deportivo"},
		{"it", " date 2024-01 Calciomercato\n\nLa Gazzetta dello Sport scrive che il Genoa segue Luca Bianchi.", "La Gazzetta dello Sport"},
		{"de", " date 2024-01 Transfer-News\n\nSport Bild berichtet, dass Mainz 05 Luca Bianchi beobachtet.", "Sport Bild"},
	})
}

// TestWireAgencies: the news agencies are outlets, in the five languages.
func TestWireAgencies(t *testing.T) {
	x := New()
	cases := []struct{ text, outlet string }{
		{" date 2023-08 Gossip\n\nArsenal want Luca Bianchi, according to Reuters.", "Reuters"},
		{" date 2023-08 Mercato\n\nLe LOSC suit Luca Bianchi, selon l'AFP.", "AFP"},
		{" date 2023-08 Mercado\n\nEl Betis sigue a Luca Bianchi, según Europa Press.", "Europa Press"},
		{" date 2023-08 Calciomercato\n\nIl Genoa segue Luca Bianchi, secondo l'ANSA.", "ANSA"},
		{" date 2023-08 Transfer-News\n\nMainz 05 beobachtet Luca Bianchi, berichtet die Associated Press.", "Associated Press"},
	}
	for _, tt := range cases {
		a := x.Extract(tt.text, Hints{})
		if !slices.Contains(a.Outlets, tt.outlet) {
			t.Errorf("%q: outlets %q, want %q among them", tt.text, a.Outlets, tt.outlet)
		}
	}
}

// TestCompetitionIsNoClub: the Europa League, however written, is no
// suitor, in the five languages.
func TestCompetitionIsNoClub(t *testing.T) {
	x := New()
	texts := []string{
		" date 2024-08 Gossip\n\nLuca Bianchi wants to play in the Europa League and Brentford are keen.",
		" date 2024-08 Mercato\n\nLuca Bianchi veut jouer la Ligue Europa, le LOSC le suit.",
		" date 2024-08 Mercado\n\nLuca Bianchi quiere jugar la Europa League y el Betis le sigue.",
		" date 2024-08 Calciomercato\n\nLuca Bianchi vuole giocare l'Europa League, il Genoa lo segue.",
		" date 2024-08 Transfer-News\n\nLuca Bianchi will Europa League spielen, Mainz 05 beobachtet ihn.",
	}
	for _, text := range texts {
		for _, p := range x.Extract(text, Hints{}).Players {
			for _, s := range p.Suitors {
				if strings.Contains(s.Club, "Europa") {
					t.Errorf("%q: suitor %q", text, s.Club)
				}
			}
		}
	}
}

// TestOutletHoldsNoClub: the name of an outlet holds no club ("the
// Liverpool Echo", "Nice-Matin", "Estadio Deportivo"), in the five
// languages.
func TestOutletHoldsNoClub(t *testing.T) {
	x := New()
	cases := []struct{ text, club string }{
		{" date 2024-08 Gossip\n\nLuca Bianchi is wanted by Everton, the Liverpool Echo reports.", "Liverpool"},
		{" date 2024-08 Mercato\n\nSelon Nice-Matin, le Stade Rennais suit Luca Bianchi.", "Nice"},
		{" date 2024-08 Mercado\n\nSegún Estadio Deportivo, el Betis sigue a Luca Bianchi.", "Deportivo La Coruña"},
		{" date 2024-08 Calciomercato\n\nSecondo Mundo Deportivo, il Genoa segue Luca Bianchi.", "Deportivo La Coruña"},
		{" date 2024-08 Transfer-News\n\nLaut dem Hamburger Abendblatt beobachtet der FSV Mainz 05 den Verteidiger Luca Bianchi schon lange.", "Hamburger SV"},
	}
	for _, tt := range cases {
		if got, _ := stageOfPair(x, tt.text, "Luca Bianchi", tt.club); got != "" {
			t.Errorf("%q: %s stage %q, want none", tt.text, tt.club, got)
		}
	}
}

// TestYoungPlayerDescriptions: "the teenager", "le jeune", "el canterano",
// "il ragazzo", "der 19-Jährige" opening a sentence describe the one
// player the sentence before named, in the five languages.
func TestYoungPlayerDescriptions(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Gossip\n\nEverton want Marco Verdi. Verdi scored ten goals this season. Brentford are keen on Luca Bianchi. The teenager is also monitored by Fulham.", "Luca Bianchi", "Fulham", facts.StageInterest},
		{"fr", " date 2024-01 Mercato\n\nLe RC Lens veut Marco Verdi. Verdi a marqué dix buts cette saison. Le Stade Brestois suit Luca Bianchi. Le jeune intéresse aussi le LOSC.", "Luca Bianchi", "Lille", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nEl Getafe quiere a Marco Verdi. Verdi ha marcado diez goles esta temporada. El Betis sigue a Luca Bianchi. El canterano también interesa al Villarreal.", "Luca Bianchi", "Villarreal", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nL'Empoli vuole Marco Verdi. Verdi ha segnato dieci gol in questa stagione. Il Genoa segue Luca Bianchi. Il ragazzo interessa anche al Bologna.", "Luca Bianchi", "Bologna", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News\n\nDer FC Augsburg will Marco Verdi. Verdi hat in dieser Saison zehn Tore erzielt. Mainz 05 beobachtet Luca Bianchi. Der 19-Jährige wird auch vom SC Freiburg beobachtet.", "Luca Bianchi", "SC Freiburg", facts.StageInterest},
	})
}

// TestPassiveAgentIsNoOrigin: the club a passive names as its agent
// pursues the player and is not the club he comes from, the verb first or
// last, in the five languages; a club right after his name is his.
func TestPassiveAgentIsNoOrigin(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Gossip\n\nLuca Bianchi is being monitored by Fulham.", "Luca Bianchi", "Fulham", facts.StageInterest},
		{"fr", " date 2024-01 Mercato\n\nLuca Bianchi est suivi par le LOSC.", "Luca Bianchi", "Lille", facts.StageInterest},
		{"es", " date 2024-01 Mercado\n\nLuca Bianchi es seguido por el Betis.", "Luca Bianchi", "Real Betis", facts.StageInterest},
		{"it", " date 2024-01 Calciomercato\n\nLuca Bianchi viene seguito dal Genoa.", "Luca Bianchi", "Genoa", facts.StageInterest},
		{"de", " date 2024-01 Transfer-News\n\nLuca Bianchi wird seit Wochen vom SC Freiburg beobachtet.", "Luca Bianchi", "SC Freiburg", facts.StageInterest},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2024-01 Transfer-News\n\nAls Nachfolger wird Luca Bianchi von Leicester City gehandelt.", "Luca Bianchi", "Leicester City"},
	})
}

// TestMailbagAnswerName: a name that is a mailbag's whole answer ("A:
// Bianchi.") is a player, and the answer goes on about him, in the five
// languages.
func TestMailbagAnswerName(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01 Mailbag\n\nQ: Who is the striker Fulham want? — Tom, Leeds\n\nA: Bianchi. Fulham have made an offer for the Colombia international.", "Bianchi", "Fulham", facts.StageBid},
		{"fr", " date 2024-01 Courrier des lecteurs\n\nQuestion : Qui est l'attaquant que veut le LOSC ? — Paul, Lens\n\nRéponse : Bianchi. Le LOSC a fait une offre pour l'international colombien.", "Bianchi", "Lille", facts.StageBid},
		{"es", " date 2024-01 El buzón\n\nPregunta: ¿Quién es el delantero que quiere el Betis? — Juan, Sevilla\n\nRespuesta: Bianchi. El Betis ha presentado una oferta por el internacional colombiano.", "Bianchi", "Real Betis", facts.StageBid},
		{"it", " date 2024-01 La posta\n\nDomanda: Chi è l'attaccante che vuole il Genoa? — Marco, Genova\n\nRisposta: Bianchi. Il Genoa ha presentato un'offerta per il colombiano.", "Bianchi", "Genoa", facts.StageBid},
		{"de", " date 2024-01 Leserfragen\n\nFrage: Welchen Stürmer will Mainz 05 holen? — Jan, Köln\n\nAntwort: Bianchi. Mainz 05 hat ein Angebot für den Kolumbianer abgegeben.", "Bianchi", "FSV Mainz 05", facts.StageBid},
	})
}

// TestOutOfPlans: the club whose plans a player is out of is his, not a
// suitor, in the five languages.
func TestOutOfPlans(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-01 Gossip\n\nLuca Bianchi is out of favour at Fulham and Brentford are keen on him.", "Luca Bianchi", "Fulham"},
		{" date 2024-01 Mercato\n\nLuca Bianchi n'est plus dans les plans du Stade Rennais et le LOSC le suit.", "Luca Bianchi", "Rennes"},
		{" date 2024-01 Mercado\n\nLuca Bianchi está fuera de los planes del Sevilla y el Betis le sigue.", "Luca Bianchi", "Sevilla"},
		{" date 2024-01 Calciomercato\n\nLuca Bianchi è fuori dai piani del Torino e il Genoa lo segue.", "Luca Bianchi", "Torino"},
		{" date 2024-01 Transfer-News\n\nLuca Bianchi spielt keine Rolle mehr beim SC Freiburg, Mainz 05 beobachtet ihn.", "Luca Bianchi", "SC Freiburg"},
	})
}

// TestForeignSide: a plural nationality of another country than the
// article's is the club of that country its paragraph named last, in the
// languages whose press says so (die Engländer, les Anglais, los
// ingleses, gli inglesi); the home nationality is the national team, and
// a club of another paragraph is too far.
func TestForeignSide(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"de", " date 2024-01 Transfer-News\n\nLuca Bianchi wird beim FC Everton gehandelt. Die Engländer haben ein Angebot abgegeben.", "Luca Bianchi", "Everton", facts.StageBid},
		{"fr", " date 2024-01 Mercato\n\nLuca Bianchi intéresse Everton. Les Anglais ont fait une offre.", "Luca Bianchi", "Everton", facts.StageBid},
		{"es", " date 2024-01 Mercado\n\nLuca Bianchi interesa al Everton. Los ingleses han presentado una oferta.", "Luca Bianchi", "Everton", facts.StageBid},
		{"it", " date 2024-01 Calciomercato\n\nLuca Bianchi piace all'Everton. Gli inglesi hanno presentato un'offerta.", "Luca Bianchi", "Everton", facts.StageBid},
		{"it home", " date 2024-01 Calciomercato\n\nLuca Bianchi piace al Genoa. Gli italiani hanno giocato bene.", "Luca Bianchi", "Genoa", facts.StageInterest},
		{"de far", " date 2024-01 Transfer-News\n\nLuca Bianchi wird beim FC Everton gehandelt.\n\nDie Engländer haben ein Angebot abgegeben.", "Luca Bianchi", "Everton", facts.StageInterest},
	})
}

// TestExplainDescription: a link made through a description shows it
// (player-by-description and its words) in -explain, in the five
// languages.
func TestExplainDescription(t *testing.T) {
	x := New()
	cases := []struct{ text, club, words string }{
		{" date 2024-01 Gossip\n\nLiverpool are keen on Luca Bianchi. The Colombian is also monitored by Everton, who hope to replace Marco Verdi.", "Everton", "Colombian"},
		{" date 2024-01 Mercato\n\nLe LOSC suit Luca Bianchi. Le Colombien intéresse aussi le Stade Rennais, qui cherche un remplaçant à Marco Verdi.", "Rennes", "Colombien"},
		{" date 2024-01 Mercado\n\nEl Betis sigue a Luca Bianchi. El colombiano también interesa al Sevilla.", "Sevilla", "colombiano"},
		{" date 2024-01 Calciomercato\n\nIl Genoa segue Luca Bianchi. Il colombiano piace anche al Torino.", "Torino", "colombiano"},
		{" date 2024-01 Transfer-News\n\nMainz 05 beobachtet Luca Bianchi. Auch für den Kolumbianer interessiert sich der VfL Wolfsburg.", "VfL Wolfsburg", "Kolumbianer"},
	}
	for _, tt := range cases {
		a, e := x.Explain(tt.text, Hints{})
		found := false
		for i, p := range a.Players {
			if p.Name != "Luca Bianchi" {
				continue
			}
			for _, s := range e.Players[i].Suitors {
				if s.Club != tt.club {
					continue
				}
				for _, r := range s.Reasons {
					found = found || r.Rule == "player-by-description" && strings.Contains(r.Words, tt.words)
				}
			}
		}
		if !found {
			t.Errorf("%q: no player-by-description reason on %q for %s: %+v", tt.text, tt.words, tt.club, e.Players)
		}
	}
}
