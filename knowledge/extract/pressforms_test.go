package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPressStageForms: stage phrases of the press, each in the languages
// where the form exists: a player in a club's sights or on its list, a
// club turning or going after him, a club statement announcing a signing,
// a signing just made, "poised to", an accepted offer, pulling back or out,
// a lead dropped, a pursuit no longer considered.
func TestPressStageForms(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		// interest: in the sights, on the list, turning to, going after, high regard
		{"en in their sights", " date 2024-08 Brentford have Jonas Keller in their sights ahead of the window.", p, "Brentford", facts.StageInterest},
		{"fr se tourne vers", " date 2024-08 Faute de mieux, le FC Nantes se tourne vers Jonas Keller.", p, "Nantes", facts.StageInterest},
		{"es en su lista", " date 2024-08 El Villarreal tiene a Jonas Keller en su lista para el lateral.", p, "Villarreal", facts.StageInterest},
		{"es irá a por", " date 2024-08 El Villarreal irá a por Jonas Keller en las próximas semanas.", p, "Villarreal", facts.StageInterest},
		{"de hoch im Kurs", " date 2024-08 Jonas Keller steht beim SC Freiburg hoch im Kurs.", p, "SC Freiburg", facts.StageInterest},
		// advanced: poised to, an accepted offer
		{"en poised to", " date 2024-08 Brentford are poised to wrap up a deal for Jonas Keller.", p, "Brentford", facts.StageAdvanced},
		{"fr accepté", " date 2024-08 Le Stade de Reims a accepté l'offre du FC Nantes pour Jonas Keller.", p, "Nantes", facts.StageAdvanced},
		{"es acepta", " date 2024-08 El Getafe acepta la oferta del Villarreal por Jonas Keller.", p, "Villarreal", facts.StageAdvanced},
		{"it accettato", " date 2024-08 Il Lecce ha accettato l'offerta del Genoa per Jonas Keller.", p, "Genoa", facts.StageAdvanced},
		// done: a club statement, a signing just made, a player landed at a club
		{"en delighted to confirm", " date 2024-08 Brentford are delighted to confirm the arrival of Jonas Keller from Hoffenheim.", p, "Brentford", facts.StageDone},
		{"fr heureux d'annoncer", " date 2024-08 Le FC Nantes est heureux d'annoncer la venue de Jonas Keller.", p, "Nantes", facts.StageDone},
		{"es acaba de fichar", " date 2024-08 Jonas Keller acaba de fichar por el Villarreal tras dos temporadas en Alemania.", p, "Villarreal", facts.StageDone},
		{"it comunica di aver acquisito", " date 2024-08 Il Genoa comunica di aver acquisito a titolo definitivo Jonas Keller.", p, "Genoa", facts.StageDone},
		{"it è approdato", " date 2024-08 Jonas Keller è approdato al Genoa dopo una lunga trattativa.", p, "Genoa", facts.StageDone},
		// ended: turning one's back, no longer considered, pulling back or out, a lead dropped
		{"fr tournant le dos", " date 2024-08 Jonas Keller a choisi l'Allemagne, tournant le dos au FC Nantes.", p, "Nantes", facts.StageEnded},
		{"es ya no contempla", " date 2024-08 El Villarreal ya no contempla la llegada de Jonas Keller.", p, "Villarreal", facts.StageEnded},
		{"it si tira indietro", " date 2024-08 Il Genoa si tira indietro per Jonas Keller: costa troppo.", p, "Genoa", facts.StageEnded},
		{"it abbandonato la pista", " date 2024-08 Il Genoa ha abbandonato la pista Jonas Keller.", p, "Genoa", facts.StageEnded},
		{"de zieht sich zurück", " date 2024-08 Der SC Freiburg zieht sich aus dem Poker um Jonas Keller zurück.", p, "SC Freiburg", facts.StageEnded},
	})
}

// TestArticleAfterPreposition: a word that can be an object pronoun (le,
// la, lo) right after a preposition or a copula is an article, so the
// player before it is no one who wants another player ("Jonas Keller est
// dans le viseur du FC Nantes" lost him).
func TestArticleAfterPreposition(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"fr dans le viseur", " date 2024-08 Jonas Keller est dans le viseur du FC Nantes.", p, "Nantes", facts.StageInterest},
		{"fr est le favori", " date 2024-08 Jonas Keller est le grand favori du FC Nantes pour le poste.", p, "Nantes", facts.StageAdvanced},
		{"fr clitic", " date 2024-08 Antoine Kombouaré le veut : le FC Nantes a fait une offre pour Jonas Keller.", "Antoine Kombouaré", "Nantes", ""},
		{"es clitic", " date 2024-08 Marcelino lo quiere y el Villarreal prepara una oferta por Jonas Keller.", "Marcelino", "Villarreal", ""},
	})
}

// TestPressClubNicknames: clubs named only by a nickname or an acronym of
// the press (data of knowledge/clubs), in the languages that use them; a
// weak one ("die Adler") only where the club is named in full too.
func TestPressClubNicknames(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"fr Merlus", " date 2024-08 Les Merlus ont formulé une offre pour Jonas Keller.", p, "Lorient", facts.StageBid},
		{"fr AJA", " date 2024-08 L'AJA a bouclé l'arrivée de Jonas Keller.", p, "AJ Auxerre", facts.StageDone},
		{"fr HAC", " date 2024-08 Le HAC suit Jonas Keller de près.", p, "Le Havre", facts.StageInterest},
		{"fr TFC", " date 2024-08 Le TFC négocie avec l'entourage de Jonas Keller.", p, "Toulouse", facts.StageTalks},
		{"es azulones", " date 2024-08 Los azulones han presentado una oferta por Jonas Keller.", p, "Getafe", facts.StageBid},
		{"es rojillos", " date 2024-08 Los rojillos siguen a Jonas Keller.", p, "CA Osasuna", facts.StageInterest},
		{"es bermellones", " date 2024-08 Los bermellones negocian el fichaje de Jonas Keller.", p, "Mallorca", facts.StageTalks},
		{"es franjirrojos", " date 2024-08 Los franjirrojos negocian el fichaje de Jonas Keller.", p, "Rayo Vallecano", facts.StageTalks},
		{"it zebrette", " date 2024-08 Le zebrette trattano Jonas Keller.", p, "Udinese", facts.StageTalks},
		{"de Nullfünfer", " date 2024-08 Die Nullfünfer haben Jonas Keller verpflichtet.", p, "FSV Mainz 05", facts.StageDone},
		{"de Geißböcke", " date 2024-08 Die Geißböcke bieten zehn Millionen Euro für Jonas Keller.", p, "Köln", facts.StageBid},
		{"de Rothosen", " date 2024-08 Die Rothosen sind an Jonas Keller interessiert.", p, "Hamburger SV", facts.StageInterest},
		{"de Alte Dame", " date 2024-08 Die Alte Dame verhandelt mit Jonas Keller.", p, "Hertha Berlin", facts.StageTalks},
		{"de Fuggerstädter", " date 2024-08 Die Fuggerstädter haben ein Angebot für Jonas Keller abgegeben.", p, "Augsburg", facts.StageBid},
		{"de Adler", " date 2024-08 Eintracht Frankfurt sucht einen Stürmer. Der SC Freiburg und die Adler haben Jonas Keller im Blick.", p, "Eintracht Frankfurt", facts.StageInterest},
		{"de Adler weak", " date 2024-08 Die Adler sind an Jonas Keller interessiert.", p, "Eintracht Frankfurt", ""},
	})
}

// TestMorePressStageForms: more stage phrases of the press, in the
// languages where each form exists: a pursuit ended, out of the running,
// given up ("jeté l'éponge", "tirado la toalla", "bandiera bianca"), talks
// broken off, a move falling through, talks far along, closing in,
// discussing, presented, a contract lodged, on the radar, feelers out.
func TestMorePressStageForms(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en ended their pursuit", " date 2024-08 Brentford have ended their pursuit of Jonas Keller.", p, "Brentford", facts.StageEnded},
		{"en out of the running", " date 2024-08 Brentford are out of the running for Jonas Keller.", p, "Brentford", facts.StageEnded},
		{"en advanced talks", " date 2024-08 Brentford are in advanced talks to sign Jonas Keller.", p, "Brentford", facts.StageAdvanced},
		{"en switched attention", " date 2024-08 Brentford have switched their attention to Jonas Keller.", p, "Brentford", facts.StageInterest},
		{"fr discute", " date 2024-08 Le FC Nantes discute avec le Stade Brestois pour Jonas Keller.", p, "Nantes", facts.StageTalks},
		{"fr présenté", " date 2024-08 Jonas Keller a été présenté par le FC Nantes ce lundi.", p, "Nantes", facts.StageDone},
		{"fr jeté l'éponge", " date 2024-08 Le FC Nantes a jeté l'éponge pour Jonas Keller.", p, "Nantes", facts.StageEnded},
		{"fr passer à autre chose", " date 2024-08 Le FC Nantes a décidé de passer à autre chose pour Jonas Keller.", p, "Nantes", facts.StageEnded},
		{"es se rompen las negociaciones", " date 2024-08 Se rompen las negociaciones del Villarreal por Jonas Keller.", p, "Villarreal", facts.StageEnded},
		{"es tirado la toalla", " date 2024-08 El Villarreal ha tirado la toalla con Jonas Keller.", p, "Villarreal", facts.StageEnded},
		{"it salta il trasferimento", " date 2024-08 Salta il trasferimento di Jonas Keller al Genoa.", p, "Genoa", facts.StageEnded},
		{"it bandiera bianca", " date 2024-08 Il Genoa ha alzato bandiera bianca per Jonas Keller.", p, "Genoa", facts.StageEnded},
		{"it stringe per", " date 2024-08 Il Genoa stringe per Jonas Keller.", p, "Genoa", facts.StageAdvanced},
		{"it depositato il contratto", " date 2024-08 Il Genoa ha depositato il contratto di Jonas Keller in Lega.", p, "Genoa", facts.StageDone},
		{"de auf dem Radar", " date 2024-08 Der SC Freiburg hat Jonas Keller auf dem Radar.", p, "SC Freiburg", facts.StageInterest},
		{"de Fühler", " date 2024-08 Der SC Freiburg streckt die Fühler nach Jonas Keller aus.", p, "SC Freiburg", facts.StageInterest},
		{"de dran", " date 2024-08 Der SC Freiburg ist an Jonas Keller dran.", p, "SC Freiburg", facts.StageInterest},
		{"de vergeblich", " date 2024-08 Der SC Freiburg hat sich vergeblich um Jonas Keller bemüht.", p, "SC Freiburg", facts.StageEnded},
		{"de abgebrochen", " date 2024-08 Der SC Freiburg hat die Verhandlungen um Jonas Keller abgebrochen.", p, "SC Freiburg", facts.StageEnded},
	})
}

// TestLandedFrom: who landed from a club came from it, so it is his former
// club and takes no stage of his new move ("Débarqué de Naples, X a signé
// au PSG"), in French, where "débarqué" was only a word of arrival.
func TestLandedFrom(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"fr débarqué de", " date 2024-08 Débarqué de Brest, Jonas Keller a signé au FC Nantes.", p, "Brest", ""},
	})
}

// TestTemptedNoOfferConceded: a player tempted by a move to a club tells
// its interest (English, Spanish), and a denial that his club received an
// offer, told in a concession ("although", "aunque"), is no pursuit of
// either club: neither ends.
func TestTemptedNoOfferConceded(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	en := " date 2024-08 Jonas Keller could be tempted by a move to Brentford, although Hoffenheim have not received an offer."
	es := " date 2024-08 Jonas Keller estaría tentado por el Villarreal, aunque el Getafe no ha recibido ninguna oferta."
	checkStages(t, x, []stageCase{
		{"en tempted", en, p, "Brentford", facts.StageInterest},
		{"en his club", en, p, "Hoffenheim", ""},
		{"es tentado", es, p, "Villarreal", facts.StageInterest},
		{"es his club", es, p, "Getafe", ""},
	})
}

// TestPriceFloor: the floor under which his club will not sell ("for less
// than", "pour moins de", "por menos de", "per meno di", "für weniger
// als") is its asking price, and the player it follows is not who asks
// it; a demand told in the conditional ("en réclamerait", "pediría") is
// an asking price too.
func TestPriceFloor(t *testing.T) {
	const p = "Jonas Keller"
	checkFees(t, []feeCase{
		{"en for less than", " date 2024-08 Hoffenheim will not sell Jonas Keller for less than £40m. Brentford want him.", p, facts.FeeAsking, 40e6, "Hoffenheim"},
		{"fr pour moins de", " date 2024-08 Brest ne laissera pas partir Jonas Keller pour moins de 40 millions d'euros. Le FC Nantes le veut.", p, facts.FeeAsking, 40e6, "Brest"},
		{"es por menos de", " date 2024-08 El Getafe no dejará salir a Jonas Keller por menos de 40 millones. El Villarreal lo quiere.", p, facts.FeeAsking, 40e6, "Getafe"},
		{"it per meno di", " date 2024-08 Il Lecce non cederà Jonas Keller per meno di 40 milioni. Il Genoa lo vuole.", p, facts.FeeAsking, 40e6, "Lecce"},
		{"de für weniger als", " date 2024-08 Hoffenheim gibt Jonas Keller nicht für weniger als 40 Millionen Euro ab. Der SC Freiburg will ihn.", p, facts.FeeAsking, 40e6, "Hoffenheim"},
		{"fr réclamerait", " date 2024-08 Le FC Nantes veut Jonas Keller. Brest en réclamerait 40 millions d'euros.", p, facts.FeeAsking, 40e6, "Brest"},
		{"es pediría", " date 2024-08 El Villarreal quiere a Jonas Keller. El Getafe pediría 40 millones por él.", p, facts.FeeAsking, 40e6, "Getafe"},
	})
}

// TestOfferThrownOut: an offer thrown out, sent back, failed or rebuffed
// is rejected ("thrown out", "retoquée", "bocciata", "abgeblitzt"): with
// nothing after it the pursuit ends.
func TestOfferThrownOut(t *testing.T) {
	x := New()
	const p = "Jonas Keller"
	checkStages(t, x, []stageCase{
		{"en thrown out", " date 2024-08 Brentford saw a £35m offer for Jonas Keller thrown out last week.", p, "Brentford", facts.StageEnded},
		{"fr retoquée", " date 2024-08 L'offre du FC Nantes pour Jonas Keller a été retoquée par Brest.", p, "Nantes", facts.StageEnded},
		{"it bocciata", " date 2024-08 L'offerta del Genoa per Jonas Keller è stata bocciata dal Lecce.", p, "Genoa", facts.StageEnded},
		{"de abgeblitzt", " date 2024-08 Der SC Freiburg ist mit einem Angebot für Jonas Keller bei Hoffenheim abgeblitzt.", p, "SC Freiburg", facts.StageEnded},
	})
}
