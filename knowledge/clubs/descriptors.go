package clubs

import (
	"strings"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// Descriptor is what a describing word says of a club: "lombard" (a club of
// Milan), "English" (a club of England), "rossonero" (AC Milan). The press
// uses them to point back at a club already named: "le club lombard", "the
// Catalan giants", "the Premier League side", "il club gigliato".
type Descriptor struct {
	Countries []string // openfootball country codes: "eng", "es"
	Cities    []string // folded home cities as openfootball writes them: "milano"
	Clubs     []string // usual names of the clubs it fits
	Capital   bool     // "la capitale", "the capital": a club of a capital city
}

// descriptorTable maps words and phrases (separated by |), in the five languages and their usual
// inflections, to what they describe. General football knowledge.
var descriptorTable = []struct {
	words string
	d     Descriptor
}{
	// countries and their leagues
	{"english|inglese|inglesi|ingles|inglesa|anglais|anglaise|englisch|englische|englischen|englischer|premier league|british|britannique", Descriptor{Countries: []string{"eng"}}},
	{"spanish|espagnol|espagnole|espanol|espanola|spagnolo|spagnola|spanisch|spanische|spanischen|laliga|liga", Descriptor{Countries: []string{"es"}}},
	{"italian|italien|italienne|italiano|italiana|italienisch|italienische|italienischen|serie a", Descriptor{Countries: []string{"it"}}},
	{"german|allemand|allemande|aleman|alemana|tedesco|tedesca|deutsch|deutsche|deutschen|bundesliga", Descriptor{Countries: []string{"de"}}},
	{"french|francais|francaise|frances|francesa|francese|franzosisch|franzosische|franzosischen|ligue 1", Descriptor{Countries: []string{"fr", "mc"}}},
	{"portuguese|portugais|portugaise|portugues|portuguesa|portoghese|portugiesisch|portugiesische|portugiesischen|liga portugal", Descriptor{Countries: []string{"pt"}}},
	{"saudi|saoudien|saoudienne|saudita|saudische|saudischen|saudi pro league", Descriptor{Countries: []string{"sa"}}},
	{"turkish|turc|turque|turco|turca|turkisch|turkische|turkischen", Descriptor{Countries: []string{"tr"}}},
	{"dutch|neerlandais|neerlandaise|holandes|holandesa|olandese|niederlandisch|niederlandische|niederlandischen|eredivisie", Descriptor{Countries: []string{"nl"}}},
	{"scottish|ecossais|ecossaise|escoces|escocesa|scozzese|schottisch|schottische|schottischen", Descriptor{Countries: []string{"sco"}}},
	// cities and regions
	{"london|londonien|londonienne|londoniens|londinense|londinese|londoner", Descriptor{Cities: []string{"london"}}},
	{"north london", Descriptor{Clubs: []string{"Arsenal", "Tottenham Hotspur"}}},
	{"west london", Descriptor{Clubs: []string{"Chelsea", "Fulham", "Brentford", "Queens Park Rangers"}}},
	{"east london", Descriptor{Clubs: []string{"West Ham United"}}},
	{"south london", Descriptor{Clubs: []string{"Crystal Palace"}}},
	{"merseyside", Descriptor{Cities: []string{"liverpool"}}},
	{"mancunian", Descriptor{Cities: []string{"manchester"}}},
	{"lombard|lombarde|lombardo|lombarda|milanais|milanaise|milanese|mailander", Descriptor{Cities: []string{"milano"}}},
	{"bavarois|bavaroise|bavaro|bavara|bavarese|bavarian|bayerisch|bayerische|bayerischen|munchner|munchener", Descriptor{Cities: []string{"munchen"}}},
	{"catalan|catalane|catalana|catalano|katalanisch|katalanische|katalanischen", Descriptor{Cities: []string{"barcelona", "girona", "cornella de llobregat"}}},
	{"basque|vasco|vasca|baskisch|baskische|baskischen", Descriptor{Cities: []string{"san sebastian", "bilbao", "vitoria gasteiz", "eibar", "pamplona"}}},
	{"madrilene|madrileno|madrilena|madrilegno", Descriptor{Cities: []string{"madrid"}}},
	{"andalou|andalouse|andaluz|andaluza|andaluso|andalusa|andalusisch", Descriptor{Cities: []string{"sevilla", "malaga", "almeria", "cadiz", "granada", "huelva"}}},
	{"lisboeta|lisbonnais|lisbonense|lissabonner", Descriptor{Cities: []string{"lisboa"}}},
	{"romain|romaine|romano|romana|capitolino|capitolina|romisch|romische", Descriptor{Cities: []string{"roma"}}},
	{"turinois|piemontais|piemontese|torinese|turiner", Descriptor{Cities: []string{"torino"}}},
	{"napolitain|napolitaine|napoletano|napoletana|partenopeo|partenopea|neapolitanisch", Descriptor{Cities: []string{"napoli"}}},
	{"florentin|florentine|gigliato|gigliata|florentiner", Descriptor{Cities: []string{"firenze"}}},
	{"phoceen|phoceenne|marseillais|marseillaise|marselles", Descriptor{Clubs: []string{"Marseille"}}},
	{"nordiste|lillois|lilloise", Descriptor{Cities: []string{"lille"}}},
	{"parisien|parisienne|parigino|parigina|parisino|pariser|francilien|francilienne", Descriptor{Cities: []string{"paris"}}},
	{"lyonnais|lyonnaise|lionese", Descriptor{Clubs: []string{"Lyon"}}},
	{"monegasque|monegasco|monegasca|principaute", Descriptor{Clubs: []string{"Monaco"}}},
	{"stambouliote|istanbuler", Descriptor{Cities: []string{"istanbul"}}},
	{"donostiarra|realista|txuri urdin", Descriptor{Clubs: []string{"Real Sociedad"}}},
	{"bilbaino", Descriptor{Clubs: []string{"Athletic Club"}}},
	{"dortmunder|schwarzgelb|schwarz gelb", Descriptor{Clubs: []string{"Borussia Dortmund"}}},
	{"leipziger", Descriptor{Clubs: []string{"RB Leipzig"}}},
	{"leverkusener", Descriptor{Clubs: []string{"Bayer Leverkusen"}}},
	{"stuttgarter|schwaben|schwabisch|schwabische|schwabischen", Descriptor{Clubs: []string{"VfB Stuttgart"}}},
	{"bremer|hanseaten|hanseatisch|hanseatische", Descriptor{Clubs: []string{"Werder Bremen"}}},
	{"frankfurter|hessen|hessische|hessischen", Descriptor{Clubs: []string{"Eintracht Frankfurt"}}},
	{"wolfsburger", Descriptor{Clubs: []string{"VfL Wolfsburg"}}},
	{"gladbacher|monchengladbacher", Descriptor{Clubs: []string{"Borussia Mönchengladbach"}}},
	{"schalker|konigsblau|konigsblaue|konigsblauen", Descriptor{Clubs: []string{"Schalke 04"}}},
	{"freiburger|breisgauer", Descriptor{Clubs: []string{"SC Freiburg"}}},
	{"hoffenheimer|kraichgauer", Descriptor{Clubs: []string{"Hoffenheim"}}},
	{"munchner|bavaros|bavaresi|bavarians|bayerischen", Descriptor{Cities: []string{"munchen"}}},
	{"bergamasco|bergamasca|bergamaschi|orobico|orobica|orobici|bergamasque|bergamasques|bergamasker", Descriptor{Clubs: []string{"Atalanta"}}},
	{"monegasques|monegaschi|monegascos", Descriptor{Clubs: []string{"Monaco"}}},
	{"phoceens|marseillais|olympiens", Descriptor{Clubs: []string{"Marseille"}}},
	{"parisiens|parigini|parisinos", Descriptor{Cities: []string{"paris"}}},
	{"lillois|nordistes", Descriptor{Cities: []string{"lille"}}},
	{"lensois|artesiens", Descriptor{Clubs: []string{"Lens"}}},
	{"nantais", Descriptor{Clubs: []string{"Nantes"}}},
	{"nicois|azureens", Descriptor{Clubs: []string{"Nice"}}},
	{"remois", Descriptor{Clubs: []string{"Stade de Reims"}}},
	{"messins|grenats", Descriptor{Clubs: []string{"Metz"}}},
	{"strasbourgeois", Descriptor{Clubs: []string{"Strasbourg"}}},
	{"toulousains|violets", Descriptor{Clubs: []string{"Toulouse"}}},
	{"montpellierains|pailladins", Descriptor{Clubs: []string{"Montpellier HSC"}}},
	{"brestois", Descriptor{Clubs: []string{"Brest"}}},
	{"auxerrois", Descriptor{Clubs: []string{"AJ Auxerre"}}},
	{"havrais", Descriptor{Clubs: []string{"Le Havre"}}},
	{"angevins", Descriptor{Clubs: []string{"Angers"}}},
	{"stephanois", Descriptor{Clubs: []string{"Saint-Étienne"}}},
	{"sevillista|sevillistas|hispalense|hispalenses|nervionenses", Descriptor{Clubs: []string{"Sevilla"}}},
	{"betico|beticos|verdiblanco|verdiblancos|verdiblanca", Descriptor{Clubs: []string{"Real Betis"}}},
	{"valencianista|valencianistas|che", Descriptor{Clubs: []string{"Valencia"}}},
	{"celtista|celtistas|celeste|celestes", Descriptor{Clubs: []string{"Celta Vigo"}}},
	{"periquito|periquitos|perico|pericos|blanquiazul|blanquiazules", Descriptor{Clubs: []string{"Espanyol"}}},
	{"amarillo|amarillos|groguet|groguets", Descriptor{Clubs: []string{"Villarreal"}}},
	{"txuri urdin|realistas", Descriptor{Clubs: []string{"Real Sociedad"}}},
	{"leones|rojiblancos bilbainos", Descriptor{Clubs: []string{"Athletic Club"}}},
	{"merengues|madridistas|blancos", Descriptor{Clubs: []string{"Real Madrid"}}},
	{"cules|azulgranas|blaugranas", Descriptor{Clubs: []string{"Barcelona"}}},
	{"colchoneros|rojiblancos", Descriptor{Clubs: []string{"Atlético Madrid"}}},
	{"granata", Descriptor{Clubs: []string{"Torino"}}},
	{"blucerchiati|blucerchiato", Descriptor{Clubs: []string{"Sampdoria"}}},
	{"neroverdi|neroverde", Descriptor{Clubs: []string{"Sassuolo"}}},
	{"salentini|salentino", Descriptor{Clubs: []string{"Lecce"}}},
	{"sardi|isolani", Descriptor{Clubs: []string{"Cagliari"}}},
	{"friulani|friulano", Descriptor{Clubs: []string{"Udinese"}}},
	{"scaligeri|scaligero|gialloblu", Descriptor{Clubs: []string{"Hellas Verona"}}},
	{"brianzoli|brianzolo", Descriptor{Clubs: []string{"Monza"}}},
	{"felsinei|felsineo", Descriptor{Clubs: []string{"Bologna"}}},
	{"ducali|crociati", Descriptor{Clubs: []string{"Parma"}}},
	{"lariani", Descriptor{Clubs: []string{"Como 1907"}}},
	{"bianconeri|juventini", Descriptor{Clubs: []string{"Juventus"}}},
	{"nerazzurri|interisti", Descriptor{Clubs: []string{"Inter Milan"}}},
	{"rossoneri|milanisti", Descriptor{Clubs: []string{"AC Milan"}}},
	{"giallorossi|romanisti", Descriptor{Clubs: []string{"Roma"}}},
	{"biancocelesti|laziali", Descriptor{Clubs: []string{"Lazio"}}},
	{"partenopei|azzurri napoletani", Descriptor{Clubs: []string{"Napoli"}}},
	{"azzurri", Descriptor{Clubs: []string{"Napoli", "Empoli"}}}, // and the national team: only a club named before
	{"saints", Descriptor{Clubs: []string{"Southampton"}}},
	{"magpies|toon", Descriptor{Clubs: []string{"Newcastle United"}}},
	{"villans", Descriptor{Clubs: []string{"Aston Villa"}}},
	{"potters", Descriptor{Clubs: []string{"Stoke City"}}},
	{"owls", Descriptor{Clubs: []string{"Sheffield Wednesday"}}},
	{"black cats", Descriptor{Clubs: []string{"Sunderland"}}},
	{"bhoys", Descriptor{Clubs: []string{"Celtic"}}},
	{"gers", Descriptor{Clubs: []string{"Rangers"}}},
	{"terriers", Descriptor{Clubs: []string{"Huddersfield Town"}}},
	{"rams", Descriptor{Clubs: []string{"Derby County"}}},
	{"tigers", Descriptor{Clubs: []string{"Hull City"}}},
	{"addicks", Descriptor{Clubs: []string{"Charlton Athletic"}}},
	{"baggies|throstles", Descriptor{Clubs: []string{"West Bromwich Albion"}}},
	// colours and club adjectives
	{"rojiblanco|rojiblanca", Descriptor{Clubs: []string{"Atlético Madrid", "Athletic Club"}}},
	{"merengue|madridista", Descriptor{Clubs: []string{"Real Madrid"}}},
	{"cule|culer|blaugrana|azulgrana", Descriptor{Clubs: []string{"Barcelona"}}},
	{"colchonero|colchonera", Descriptor{Clubs: []string{"Atlético Madrid"}}},
	{"bianconero|bianconera|juventino|juventina", Descriptor{Clubs: []string{"Juventus"}}},
	{"nerazzurro|nerazzurra|interista|interiste", Descriptor{Clubs: []string{"Inter Milan"}}},
	{"rossonero|rossonera|milanista", Descriptor{Clubs: []string{"AC Milan"}}},
	{"giallorosso|giallorossa|romanista", Descriptor{Clubs: []string{"Roma"}}},
	{"biancoceleste|laziale", Descriptor{Clubs: []string{"Lazio"}}},
	{"viola", Descriptor{Clubs: []string{"Fiorentina"}}},
	{"stephanois|stephanoise", Descriptor{Clubs: []string{"Saint-Étienne"}}},
	{"girondin", Descriptor{Clubs: []string{"Bordeaux"}}},
	{"rennais", Descriptor{Clubs: []string{"Rennes"}}},
	// capitals
	{"capitale|capital|hauptstadt|hauptstadtklub", Descriptor{Capital: true}},
}

// capitals are the folded home cities that are a country's capital.
var capitals = map[string]bool{"london": true, "paris": true, "madrid": true, "roma": true, "berlin": true,
	"lisboa": true, "amsterdam": true, "bruxelles": true, "wien": true, "riyadh": true, "ankara": true}

// descriptorsByKey is descriptorTable by folded word or phrase.
var descriptorsByKey = func() map[string]Descriptor {
	m := map[string]Descriptor{}
	for _, e := range descriptorTable {
		for _, w := range strings.Split(e.words, "|") {
			m[w] = e.d
		}
	}
	return m
}()

// Describe returns what the folded word or phrase k says of a club. A
// city's own name, in English or as the press of the five languages writes
// it ("Londres", "Mailand"), describes the clubs of that city.
func Describe(k string) (Descriptor, bool) {
	if d, ok := descriptorsByKey[k]; ok {
		return d, true
	}
	if c, ok := cityExonyms[k]; ok {
		return Descriptor{Cities: []string{c}}, true
	}
	return Descriptor{}, false
}

// cityExonyms map a city's name in the five languages to its folded name
// in the openfootball lists.
var cityExonyms = map[string]string{"london": "london", "londres": "london", "londra": "london",
	"milan": "milano", "milano": "milano", "mailand": "milano", "munich": "munchen", "munchen": "munchen",
	"monaco di baviera": "munchen", "lisbonne": "lisboa", "lisbon": "lisboa", "lisboa": "lisboa",
	"lissabon": "lisboa", "lisbona": "lisboa", "rome": "roma", "roma": "roma", "rom": "roma", "turin": "torino",
	"torino": "torino", "naples": "napoli", "napoli": "napoli", "neapel": "napoli", "napoles": "napoli",
	"florence": "firenze", "firenze": "firenze", "florenz": "firenze", "florencia": "firenze",
	"seville": "sevilla", "sevilla": "sevilla", "siviglia": "sevilla", "istanbul": "istanbul",
	"madrid": "madrid", "barcelona": "barcelona", "barcelone": "barcelona", "barcellona": "barcelona",
	"paris": "paris", "parigi": "paris", "manchester": "manchester", "liverpool": "liverpool",
	"bilbao": "bilbao", "valence": "valencia", "valencia": "valencia", "marseille": "marseille",
	"marsella": "marseille", "marsiglia": "marseille", "lyon": "lyon", "lione": "lyon", "dortmund": "dortmund",
	"leipzig": "leipzig", "berlin": "berlin", "berlino": "berlin", "riyad": "riyadh", "riyadh": "riyadh",
	"riad": "riyadh", "djeddah": "jeddah", "jeddah": "jeddah", "porto": "porto", "amsterdam": "amsterdam",
	"san sebastian": "san sebastian", "saint sebastien": "san sebastian"}

// Fits reports whether club i of the table fits the description.
func (t *Table) Fits(d Descriptor, i int) bool {
	c := t.clubs[i]
	city := text.Key(c.City)
	if d.Capital {
		if !capitals[city] {
			return false
		}
		if len(d.Countries) == 0 {
			return true
		}
	}
	for _, cc := range d.Countries {
		if c.Country == cc {
			return true
		}
	}
	for _, ct := range d.Cities {
		if city == ct {
			return true
		}
	}
	for _, n := range d.Clubs {
		if c.Name == n {
			return true
		}
	}
	return false
}

// Single returns the one club the description names ("rossonero": AC
// Milan), or false when it fits several.
func (t *Table) Single(d Descriptor) (int, bool) {
	if len(d.Clubs) != 1 || len(d.Countries) > 0 || len(d.Cities) > 0 || d.Capital {
		return 0, false
	}
	return t.Find(d.Clubs[0])
}

// CityOf returns the folded home city a folded city name stands for, in
// any of the five languages ("mailand": "milano"), and whether it is one.
func CityOf(k string) (string, bool) {
	c, ok := cityExonyms[k]
	return c, ok
}
