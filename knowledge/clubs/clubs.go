package clubs

import (
	_ "embed"
	"sort"
	"strings"
	"sync"

	"github.com/mercato-bot/mercato/knowledge/text"
)

//go:embed openfootball.txt
var openfootball string

// Club is one football club.
type Club struct {
	Name    string   // usual English name: "Atlético Madrid", "AC Milan", "Bayern Munich"
	Country string   // openfootball country code: eng, es, it, de, fr, pt, ...
	City    string   // home city as openfootball writes it ("München", "Milano"), may be empty
	Aliases []string // other names, nicknames and press names
}

// Name is one name a club goes by, as the extractor's gazetteer needs it.
type Name struct {
	Key  string // folded (see text.Key)
	Club int    // index in Clubs()
	Weak bool   // also a common word or a city: the club only in context
	City bool   // the name of the club's city ("Liverpool", "Marseille")
	Nick bool   // a nickname or press name ("Gunners"), also written lowercase
}

// Table resolves club names. It is immutable and safe for concurrent use.
type Table struct {
	clubs []Club
	names []Name
	byKey map[string]int // folded name -> index in names
}

// Default returns the built-in table, built once.
var Default = sync.OnceValue(func() *Table { return build(openfootball, pressTable) })

// Clubs returns every club; the slice must not be modified.
func (t *Table) Clubs() []Club { return t.clubs }

// Names returns every name of every club; the slice must not be modified.
func (t *Table) Names() []Name { return t.names }

// Club returns the club at index i of Clubs.
func (t *Table) Club(i int) Club { return t.clubs[i] }

// Lookup resolves a full name, short name, alias or nickname, in any case
// and with or without accents or a leading article ("the Gunners",
// "les Colchoneros"), to its club.
func (t *Table) Lookup(name string) (Club, bool) {
	i, ok := t.Find(name)
	if !ok {
		return Club{}, false
	}
	return t.clubs[i], true
}

// Find is Lookup returning the club's index in Clubs.
func (t *Table) Find(name string) (int, bool) {
	k := text.Key(name)
	for k != "" {
		if n, ok := t.byKey[k]; ok {
			return t.names[n].Club, true
		}
		if s := stripAffixes(k); s != k {
			if n, ok := t.byKey[s]; ok {
				return t.names[n].Club, true
			}
		}
		first, rest, ok := strings.Cut(k, " ")
		if !ok || !articles[first] {
			break
		}
		k = rest
	}
	return 0, false
}

// articles are the leading words dropped by Lookup.
var articles = map[string]bool{"the": true, "le": true, "la": true, "les": true, "l": true, "el": true,
	"los": true, "las": true, "il": true, "lo": true, "i": true, "gli": true, "der": true, "die": true,
	"das": true, "den": true, "dem": true}

// affixes are the club-type abbreviations stripped to find a short name.
var affixes = map[string]bool{"fc": true, "afc": true, "cf": true, "sc": true, "ac": true, "as": true,
	"ss": true, "ssc": true, "acf": true, "rcd": true, "ud": true, "cd": true, "sd": true, "rc": true,
	"ogc": true, "cfc": true, "fk": true, "sk": true, "bk": true, "kv": true, "us": true, "1": true,
	"sv": true, "vfl": true, "tsg": true, "calcio": true, "club": true, "football": true}

func stripAffixes(k string) string {
	w := strings.Fields(k)
	for len(w) > 1 && affixes[w[0]] {
		w = w[1:]
	}
	for len(w) > 1 && affixes[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	return strings.Join(w, " ")
}

// commonWords are openfootball short names that are also ordinary words or
// too generic to mean one club: kept only as weak names.
var commonWords = map[string]bool{"europa": true, "turin": true, "antalya": true, "eindhoven": true, "albion": true, "athletic": true, "sociedad": true, "sporting": true,
	"olympique": true, "racing": true, "union": true, "rapid": true, "dynamo": true, "sport": true,
	"united": true, "city": true, "town": true, "rovers": true, "castilla": true, "gama": true,
	"real": true, "national": true, "olympic": true, "royal": true, "star": true, "academy": true,
	"university": true, "nice": true, "reading": true, "bury": true, "ac": true, "fc": true,
	"palace": true, "villa": true, "forest": true, "wanderers": true, "rangers": false, "county": true,
	"arsenal": false, "saints": true, "bees": true, "royals": true, "hornets": true, "canaries": true,
	"blades": true, "foxes": true, "leones": true, "fohlen": true, "wolfe": true, "bayer": true,
	"eintracht": true, "werder": true, "viola": true, "verts": true, "granata": true, "grifone": true,
	"knappen": true, "irons": true, "eagles": true, "hatters": true, "clarets": true, "hoops": true,
	"dogues": true, "canaris": true, "gones": true, "friulani": true, "samp": true, "fener": true,
	"cherries": true, "toon": true, "reds": true, "blues": true, "inter": false, "juve": false,
	"stade": true, "sportif": true, "deportivo": true, "atletico": false, "celta": false,
	"liberty": true, "victoria": true, "independiente": true, "universidad": true, "america": true,
	"international": true, "internacional": true, "esperance": true, "wydad": true, "barcelona": false,
	"emirates": true, "etihad": false, "bernabeu": false, "metropolitano": true, "anoeta": false,
	"dea": true, "toro": true, "schwaben": true, "munich": true, "bremen": true, "frankfurt": true,
	"stuttgart": true, "freiburg": true, "nottingham": true, "leverkusen": false,
	"sevilla": false, "valencia": false, "diavolo": true, "ol": true, "om": false, "asm": true,
	// countries, words of the five languages and sponsors that are the
	// short names of clubs beyond the big leagues
	"austria": true, "andorra": true, "luxembourg": true, "grecia": true, "standard": true, "atlas": true,
	"concordia": true, "cosmos": true, "dinamo": true, "torpedo": true, "municipal": true, "progreso": true,
	"universitario": true, "juventud": true, "libertad": true, "olimpia": true, "estrela": true, "vorwarts": true,
	"tigre": true, "future": true, "start": true, "hard": true, "laufen": true, "avenir": true, "signal": true,
	"ferro": true, "defensor": true, "cerro": true, "vasco": true, "santander": true, "sturm": true,
	"estudiantes": true, "aguilas": true}

// cityNames are exonyms of club cities, so that "in München" or "à Milan"
// can be told from the club.
var cityNames = map[string]bool{"munich": true, "munchen": true, "monaco": true, "milan": true, "milano": true,
	"madrid": true, "roma": true, "rome": true, "naples": true, "napoli": true, "turin": true, "torino": true,
	"firenze": true, "florenz": true, "lisbon": true, "lisboa": true, "london": true, "paris": true,
	"manchester": true, "liverpool": true, "leipzig": true, "dortmund": true, "marseille": true,
	"lille": true, "barcelona": true, "barcelone": true, "sevilla": true, "seville": true, "valencia": true,
	"bilbao": true, "newcastle": true, "leicester": true, "bergamo": true, "bologna": true, "genoa": true,
	"genova": true, "porto": true, "amsterdam": true, "eindhoven": true, "istanbul": true, "glasgow": true,
	"lyon": true, "bordeaux": true, "nantes": true, "rennes": true, "lens": true, "nice": true,
	"brest": true, "angers": true, "bremen": true, "frankfurt": true, "stuttgart": true, "wolfsburg": true,
	"freiburg": true, "leverkusen": true, "monchengladbach": true, "salzburg": true, "southampton": true,
	"brighton": true, "everton": false, "leeds": true, "burnley": true, "luton": true, "ipswich": true,
	"bournemouth": true, "wolverhampton": true, "nottingham": true, "girona": true, "almeria": true,
	"las palmas": true, "vigo": true, "udine": true, "empoli": true, "lecce": true, "cagliari": true,
	"verona": true, "parma": true, "sassuolo": true, "monza": true, "salerno": true, "cremona": true,
	"mayence": true, "magonza": true, "maguncia": true, "cologne": true, "colonia": true, "breme": true, "brema": true,
	"fribourg": true, "friburgo": true, "stoccarda": true, "augsbourg": true, "salzbourg": true, "salisburgo": true,
	"copenhague": true, "copenaghen": true, "bergame": true, "parigi": true, "lipsia": true,
	"salzburgo": true, "gand": true, "gante": true, "bale": true, "basilea": true, "oporto": true,
	"monaco di baviera": true, "miami": true, "atlanta": true, "bruges": true, "brujas": true, "anvers": true,
	"amberes": true, "anversa": true, "hamburg": true, "hamburgo": true, "amburgo": true, "hambourg": true}

// raw is one club of the openfootball lists.
type raw struct {
	cc, city, name string
	aliases        []string
}

// sharedCities are the names of cities that several clubs of the lists
// call home, when a club listed after the city's first one goes by it
// ("Berlin" is BFC Dynamo's, "Brussels" RWD Molenbeek's, "Amsterdam" FC
// Amsterdam's), and the names in the five languages of such cities that
// the lists write otherwise (sharedCityNames). Such a name names none of
// the city's clubs for sure: the table keeps it only as a weak name.
func sharedCities(raws []raw) map[string]bool {
	first := map[string]int{} // folded city -> its first club's index in raws
	for i, r := range raws {
		if _, ok := first[text.Key(r.city)]; !ok && r.city != "" {
			first[text.Key(r.city)] = i
		}
	}
	out := map[string]bool{}
	for k := range sharedCityNames {
		out[k] = true
	}
	for i, r := range raws {
		f, ok := first[text.Key(r.city)]
		if !ok || f == i {
			continue
		}
		for _, n := range append([]string{r.name}, r.aliases...) {
			if k := text.Key(n); k == text.Key(r.city) && !bears(raws[f], k) {
				out[k] = true
			}
		}
	}
	return out
}

// bears reports a club of the lists going by the folded name k.
func bears(r raw, k string) bool {
	for _, n := range append([]string{r.name}, r.aliases...) {
		if text.Key(n) == k || stripAffixes(text.Key(n)) == k {
			return true
		}
	}
	return false
}

// sharedCityNames are the names, in the five languages, of cities where
// several clubs play that the lists write otherwise or not at all.
var sharedCityNames = map[string]bool{"vienna": true, "vienne": true, "viena": true, "wien": true,
	"london": true, "londres": true, "londra": true, "lisbon": true, "lisbonne": true, "lisboa": true,
	"lissabon": true, "lisbona": true, "istanbul": true, "estambul": true, "glasgow": true,
	"athens": true, "athenes": true, "atene": true, "atenas": true, "athen": true,
	"prague": true, "praga": true, "prag": true, "praha": true, "buenos aires": true,
	"rome": true, "rom": true, "manchester": true, "mailand": true, "milano": true,
	"brussels": true, "bruxelles": true, "brussel": true, "bruselas": true, "bruxelas": true,
	"rotterdam": true, "belgrade": true, "belgrado": true, "belgrad": true, "beograd": true,
	"moscow": true, "moscou": true, "moscu": true, "mosca": true, "moskau": true}

func build(data string, press []press) *Table {
	var raws []raw
	for _, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) < 3 {
			continue
		}
		raws = append(raws, raw{cc: f[0], city: f[1], name: f[2], aliases: f[3:]})
	}
	// Big leagues first: when two clubs share a short name, theirs wins.
	rank := map[string]int{"eng": 1, "es": 2, "it": 3, "de": 4, "fr": 5, "mc": 5, "pt": 6, "nl": 7, "tr": 8,
		"sco": 9, "be": 10, "at": 11, "ua": 12, "sa": 13, "br": 14, "ar": 15, "us": 16, "mx": 17, "gr": 18, "dk": 19, "rs": 20}
	sort.SliceStable(raws, func(i, j int) bool {
		ri, rj := rank[raws[i].cc], rank[raws[j].cc]
		if ri == 0 {
			ri = 100
		}
		if rj == 0 {
			rj = 100
		}
		return ri < rj
	})
	t := &Table{byKey: map[string]int{}}
	rawOf := map[string]int{} // folded name -> raws index, first wins
	for i, r := range raws {
		for _, n := range append([]string{r.name}, r.aliases...) {
			k := text.Key(n)
			if _, ok := rawOf[k]; !ok && k != "" {
				rawOf[k] = i
			}
		}
	}
	used := make([]bool, len(raws))
	shared := sharedCities(raws)
	add := func(club int, name string, weak, nick bool) {
		k := text.Key(name)
		if k == "" {
			return
		}
		if _, ok := t.byKey[k]; ok {
			return
		}
		c := &t.clubs[club]
		w := weak || commonWords[k]
		city := cityNames[k] || shared[k] || (c.City != "" && text.Key(c.City) == k)
		t.byKey[k] = len(t.names)
		t.names = append(t.names, Name{Key: k, Club: club, Weak: w, City: city, Nick: nick})
		if name != c.Name && name != k {
			c.Aliases = append(c.Aliases, name)
		}
	}
	for _, p := range press {
		c := Club{Name: p.name, Country: p.country, City: p.city}
		var names []string
		if i, ok := rawOf[text.Key(p.find)]; ok && !used[i] {
			used[i] = true
			r := raws[i]
			c.Country, c.City = r.cc, r.city
			names = append([]string{r.name}, r.aliases...)
		}
		t.clubs = append(t.clubs, c)
		ci := len(t.clubs) - 1
		add(ci, p.name, false, false)
		for _, a := range p.aliases {
			add(ci, a, false, true)
		}
		for _, a := range p.weak {
			add(ci, a, true, true)
		}
		for _, n := range names {
			add(ci, n, shared[text.Key(n)], false)
			add(ci, stripAffixes(text.Key(n)), shared[stripAffixes(text.Key(n))], false)
		}
	}
	for i, r := range raws {
		if used[i] {
			continue
		}
		t.clubs = append(t.clubs, Club{Name: englishName(r.name), Country: r.cc, City: r.city})
		ci := len(t.clubs) - 1
		for _, n := range append([]string{r.name}, r.aliases...) {
			add(ci, n, shared[text.Key(n)], false)
			add(ci, stripAffixes(text.Key(n)), shared[stripAffixes(text.Key(n))], false)
		}
	}
	return t
}

// englishName drops club-type abbreviations ("Arsenal FC" -> "Arsenal").
func englishName(name string) string {
	w := strings.Fields(name)
	for len(w) > 1 && affixes[text.Key(w[0])] {
		w = w[1:]
	}
	for len(w) > 1 && affixes[text.Key(w[len(w)-1])] {
		w = w[:len(w)-1]
	}
	return strings.Join(w, " ")
}
