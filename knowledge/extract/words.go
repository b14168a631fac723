package extract

import (
	"strings"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// stopLang maps each folded stopword of knowledge/text (frequent function
// words, which tell the language and a capitalised sentence opener from a
// name) to a bitmask of its languages, in the order of langs.
var stopLang = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, lang := range langs {
		for _, w := range text.Stopwords(lang) {
			m[w] |= 1 << i
		}
	}
	return m
}()

// langs are the languages knowledge/text tells apart; a lexicon file and
// text's data are all a language needs.
var langs = text.Languages()

// detectLang counts, for each language, the stopwords and the one-word
// lexicon phrases of that language among the first words (cues maps a
// folded word to a bitmask of the languages of langs).
func detectLang(words []word, cues map[string]uint8) string {
	var t text.Tally
	for i := range words {
		if i > 3000 {
			break
		}
		t.Stopword(words[i].key)
		if c := cues[words[i].key]; c != 0 {
			for j, lang := range langs {
				if c&(1<<j) != 0 {
					t.Add(lang, 1)
				}
			}
		}
	}
	return t.Best("")
}

// nonName are capitalised words that are never part of a person's name.
var nonName = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`premier league champions europa conference cup liga laliga serie bundesliga ligue copa coppa pokal
	eurocopa euro world fa uefa fifa ballon or stadium arena park road transfer transfers report reports mercato calciomercato journal gossip
	sky sports sport bbc mail mirror sun times athletic bild gazzetta marca equipe parisien rmc foot goal espn tv daily relevo cope cadena record spiegel
	kicker corriere tuttosport sportitalia todo fichajes tiktok instagram twitter saudi pro mr sir monday tuesday wednesday thursday friday saturday sunday
	lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miercoles jueves viernes sabado domingo lunedi martedi mercoledi giovedi venerdi sabato domenica
	montag dienstag mittwoch donnerstag freitag samstag sonntag england france spain italy germany portugal brazil senegal uruguay turkey ukraine belgium
	denmark scotland nigeria ecuador netherlands argentina arabia europe london manchester munich madrid paris milan rome turin naples lisbon istanbul
	frankreich spanien italien deutschland england europa espagne italie allemagne angleterre espana italia alemania inglaterra francia germania spagna inghilterra
	update live news breaking exclusive official transfer-update bundesliga premier-league north south east west central capital saint st club fc ac
	financial fair play mercato foot frenchman french english spanish italian portuguese dutch brazilian argentine belgian german lig super ciudad condal capitale francais anglais espagnol italien allemand bresilien espanol ingles italiano aleman tedesco inglese spagnolo francese deutsch englisch spanisch franzosisch show get spaniard african ivory coast gulf celeste nike vision masia international pre nachdem obwohl wahrend weil bevor seitdem sobald mundial`) {
		m[w] = true
	}
	for _, k := range text.MonthKeys() {
		m[k] = true
	}
	return m
}()

// particles may sit inside a name: Rodrigo De Paul, Virgil van Dijk.
var particles = map[string]bool{"de": true, "van": true, "von": true, "der": true, "den": true, "da": true, "di": true,
	"dos": true, "del": true, "du": true, "ten": true, "ter": true, "mac": true, "mc": true, "la": true, "le": true, "bin": true, "ben": true}

// outletNames are media the press cites; their words are not names.
var outletNames = []string{"Sky Sports", "Sky Sport", "Sky Sports News", "Sky Italia", "Sky Deutschland", "BBC Sport", "BBC", "The Athletic", "L'Équipe",
	"Foot Mercato", "Le Parisien", "RMC Sport", "RMC", "La Gazzetta dello Sport", "Gazzetta dello Sport", "Gazzetta", "Corriere dello Sport",
	"Tuttosport", "Marca", "AS", "Mundo Deportivo", "Sport", "Relevo", "Cadena COPE", "COPE", "Bild", "Sport Bild", "Kicker", "Spiegel", "Daily Mail",
	"Mail", "Daily Mirror", "Mirror", "The Sun", "Sun", "The Times", "Times", "The Telegraph", "Telegraph", "The Guardian", "Guardian", "The Independent",
	"Calciomercato", "Calciomercato.com", "Sportitalia", "SportItalia", "Todo Fichajes", "La Marseillaise", "GiveMeSport", "Record", "A Bola", "O Jogo",
	"ESPN", "GOAL", "Goal", "Football Insider", "talkSPORT", "TEAMtalk", "90min", "Tutto Mercato Web", "TMW", "Le 10 Sport", "France Football",
	"Ouest-France", "El País", "Diario AS", "Estadio Deportivo", "Sport1", "Transfermarkt", "Fichajes.net", "The Mirror", "Evening Standard",
	"Manchester Evening News", "Liverpool Echo", "TV Dello Sport", "La Repubblica", "Il Messaggero", "Il Corriere della Sera", "L'Equipe", "Téléfoot",
	"The Daily Mail", "El Chiringuito", "Onda Cero", "Abendzeitung", "tz", "Süddeutsche Zeitung", "Westdeutsche Allgemeine Zeitung", "WAZ", "Express",
	"Ruhr Nachrichten",
	"Sky", "Sky Sport Italia", "Sky Sport News", "Daily Star", "Daily Express", "The Daily Telegraph", "Football London", "ESPN FC", "CBS Sports", "The i",
	"RMC", "France Bleu", "La Provence", "Le Phocéen", "Canal+", "beIN Sports", "Le Figaro", "La Voix du Nord", "Sud Ouest", "Nice-Matin", "So Foot", "RTL",
	"Cadena SER", "El Larguero", "Radio Marca", "El Mundo", "Superdeporte", "El Desmarque", "Diario Sport", "Movistar", "Jugones", "Tiempo de Juego",
	"Il Corriere dello Sport", "Corriere della Sera", "Tuttomercatoweb", "Il Mattino", "La Stampa", "Rai Sport", "DAZN", "Sportmediaset", "Mediaset",
	"Il Secolo XIX", "La Nazione", "Il Resto del Carlino", "Radio Kiss Kiss", "Il Tempo", "Il Giornale", "Calciomercato.it",
	"SPOX", "Der Spiegel", "FAZ", "Frankfurter Allgemeine", "Münchner Merkur", "Kölner Stadt-Anzeiger", "Hamburger Abendblatt", "RevierSport",
	"Stuttgarter Zeitung", "Stuttgarter Nachrichten", "Leipziger Volkszeitung", "Deichstube", "dpa", "SID", "t-online", "kicker",
	"Reuters", "AFP", "Associated Press", "Europa Press", "EFE", "ANSA"}

// journalistNames are reporters the press cites: people, never players.
var journalistNames = []string{"Fabrizio Romano", "Gianluca Di Marzio", "David Ornstein", "Florian Plettenberg", "Matteo Moretto", "Alfredo Pedullà",
	"Nicolò Schira", "Sami Mokbel", "Simon Stone", "Dharmesh Sheth", "Duncan Castles", "Dean Jones", "Christian Falk", "Julien Maynard",
	"Fabrice Hawkins", "Santi Aouna", "Ben Jacobs", "Rudy Galetti", "Ekrem Konur",
	"Kaveh Solhekol", "Paul Joyce", "Matt Law", "John Cross", "Pete O'Rourke", "Alan Nixon", "Mike McGrath", "Jacob Steinberg", "Loïc Tanzi",
	"Hugo Guillemet", "Mohamed Toubache-Ter", "Daniel Riolo", "Romain Molina", "Gerard Romero", "Toni Juanmartí", "José Félix Díaz",
	"Miguel Ángel Díaz", "Guillem Balagué", "Josep Pedrerol", "Daniele Longo", "Luca Marchetti", "Fabrizio Biasin", "Carlo Laudisa",
	"Tancredi Palmeri", "Tobi Altschäffl", "Kerry Hau", "Patrick Berger", "Raphael Honigstein"}

// staffNames are well-known coaches, directors and club owners: people the
// transfer press names often, never as players.
var staffNames = []string{"Mikel Arteta", "Jürgen Klopp", "Pep Guardiola", "Erik ten Hag", "Thomas Tuchel", "Carlo Ancelotti",
	"Diego Simeone", "Xavi Hernández", "Hansi Flick", "Arne Slot", "Enzo Maresca", "Mauricio Pochettino", "Ange Postecoglou",
	"Unai Emery", "Eddie Howe", "David Moyes", "Brendan Rodgers", "Marco Silva", "Roberto De Zerbi", "Luis Enrique", "Jorge Sampaoli",
	"Simone Inzaghi", "Stefano Pioli", "Massimiliano Allegri", "Luciano Spalletti", "Antonio Conte", "José Mourinho", "Julian Nagelsmann",
	"Xabi Alonso", "Vincent Kompany", "Edin Terzić", "Marco Rose", "Zinedine Zidane", "Didier Deschamps", "Gareth Southgate",
	"Luis Campos", "Leonardo", "Nasser Al-Khelaïfi", "Pablo Longoria", "Florentino Pérez", "Joan Laporta", "Deco", "Txiki Begiristain",
	"Hasan Salihamidžić", "Max Eberl", "Christoph Freund", "Oliver Kahn", "Uli Hoeneß", "Karl-Heinz Rummenigge", "Aurelio De Laurentiis",
	"Claudio Lotito", "Rocco Commisso", "Cristiano Giuntoli", "Paolo Maldini", "Beppe Marotta", "Giuseppe Marotta", "Piero Ausilio",
	"Todd Boehly", "Daniel Levy", "David Sullivan", "Gérard Lopez", "Jorge Mendes", "Mino Raiola", "Pini Zahavi", "Julian Ward",
	"Roland Virkus", "Andrea Berta", "Monchi", "Tiago Pinto", "Dan Friedkin", "Behdad Eghbali", "Paul Winstanley", "Rinat Akhmetov",
	"Turki Al-Sheikh", "Andre Villas-Boas", "Gianluca Di Marzio", "Mauricio Pellegrino", "Sergio Conceição", "Roberto Martínez"}
