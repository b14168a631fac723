package extract

import (
	"sort"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/clubs"
)

// clubHeads are the nouns a description of a club is built on: "the
// Catalan giants", "le club lombard", "il club gigliato", "der englische
// Klub". Plurals are left out: "English clubs" names no club.
var clubHeads = map[string]string{"club": "en fr es it de", "side": "en", "outfit": "en", "giants": "en",
	"team": "en de", "champions": "en", "holders": "en", "capital": "en es", "formation": "fr", "equipe": "fr",
	"ecurie": "fr", "pensionnaire": "fr", "capitale": "fr it", "conjunto": "es", "equipo": "es", "entidad": "es",
	"cuadro": "es", "societa": "it", "squadra": "it", "formazione": "it", "compagine": "it", "klub": "de",
	"verein": "de", "mannschaft": "de", "hauptstadt": "de", "hauptstadtklub": "de",
	// a club named by its league in one German word: "mit Zweitligist Hertha BSC"
	"bundesligist": "de", "bundesligisten": "de", "zweitligist": "de", "zweitligisten": "de",
	"drittligist": "de", "drittligisten": "de", "regionalligist": "de", "regionalligisten": "de"}

// findDescriptors adds the clubs named by a description: resolved to the
// most recently named club it fits, or to the one club it can only mean.
func (d *doc) findDescriptors() {
	words := d.words
	var add []clubMention
	for i := 1; i < len(words); i++ {
		w := words[i]
		if d.clubAt[i] != 0 {
			continue
		}
		if l, ok := clubHeads[w.key]; ok && strings.Contains(" "+l+" ", " "+d.lang+" ") {
			if m, ok := d.describedBefore(i); ok {
				add = append(add, m)
				continue
			}
			if m, ok := d.describedAfter(i); ok {
				add = append(add, m)
				continue
			}
		}
	}
	// "die Leipziger", "der Stuttgarter Woltemade", "les Lyonnais", "los
	// béticos", "i bergamaschi": a plural or German demonym alone is the club
	for i := 1; i < len(words); i++ {
		if d.clubAt[i] != 0 || !d.is(wDemonymArticle, words[i-1].key) || !tight(words[i].prev) && words[i].prev&^sepSpaceLike != 0 {
			continue
		}
		if m, ok := d.demonym(i); ok {
			add = append(add, m)
		} else if m, ok := d.foreignSide(i); ok {
			add = append(add, m)
		}
	}
	add = append(add, d.namedDemonyms()...)
	// "le minot marseillais", "il centrocampista biancoceleste": his club
	if d.lang == "fr" || d.lang == "es" || d.lang == "it" {
		for _, h := range d.hits {
			e := h.end
			if h.kind != kPos || e >= len(words) || d.clubAt[e] != 0 || !tight(words[e].prev) || words[e].cap {
				continue
			}
			if c, ok := d.playersClub(words[e].key, h.w); ok {
				add = append(add, clubMention{w: e, end: e + 1, club: c, ofPlayer: true})
			}
		}
	}
	if len(add) == 0 {
		return
	}
	d.cms = append(d.cms, add...)
	sort.SliceStable(d.cms, func(a, b int) bool { return d.cms[a].w < d.cms[b].w })
	for i := range d.clubAt {
		d.clubAt[i] = 0
	}
	for k, m := range d.cms {
		for j := m.w; j < m.end; j++ {
			d.clubAt[j] = int32(k + 1)
		}
	}
}

// describedBefore reads "the [Catalan|east London|Premier League] head".
func (d *doc) describedBefore(i int) (clubMention, bool) {
	words := d.words
	for n := 2; n >= 1; n-- {
		a := i - n
		if a < 1 || !d.is(wDefinite, words[a-1].key) || words[i].prev&^sepSpaceLike != 0 {
			continue
		}
		k := words[a].key
		if n == 2 {
			if words[a+1].prev&^sepSpaceLike != 0 {
				continue
			}
			k += " " + words[a+1].key
		}
		desc, ok := d.clubDescription(k)
		if !ok {
			continue
		}
		if words[i].key == "capital" || words[i].key == "capitale" || words[i].key == "hauptstadt" {
			desc.Capital = true
		}
		if c, ok := d.resolve(desc, a); ok {
			return clubMention{w: a, end: i + 1, club: c}, true
		}
	}
	return clubMention{}, false
}

// describedAfter reads "le club [lombard|de la capitale|di Istanbul]".
func (d *doc) describedAfter(i int) (clubMention, bool) {
	words := d.words
	if !d.is(wDefinite, words[i-1].key) || i+1 >= len(words) || words[i+1].prev&^sepSpaceLike != 0 {
		return clubMention{}, false
	}
	j := i + 1
	if d.is(wCityOf, words[j].key) && j+1 < len(words) {
		j++
		if (words[j].key == "la" || words[j].key == "l" || words[j].key == "the") && j+1 < len(words) {
			j++
		}
	}
	for n := 2; n >= 1; n-- {
		if j+n > len(words) {
			continue
		}
		k := words[j].key
		if n == 2 {
			if words[j+1].prev&^sepSpaceLike != 0 {
				continue
			}
			k += " " + words[j+1].key
		}
		desc, ok := d.clubDescription(k)
		if !ok {
			continue
		}
		if words[i].key == "capital" || words[i].key == "capitale" || words[i].key == "hauptstadt" {
			desc.Capital = true
		}
		if c, ok := d.resolve(desc, i); ok {
			return clubMention{w: i, end: j + n, club: c}, true
		}
	}
	return clubMention{}, false
}

// resolve returns the most recent club named before word i that fits the
// description, else the one club the description can only mean.
func (d *doc) resolve(desc clubs.Descriptor, i int) (int, bool) {
	t := d.x.table
	for k := len(d.cms) - 1; k >= 0; k-- {
		m := d.cms[k]
		if m.w >= i {
			continue
		}
		if t.Fits(desc, m.club) {
			return m.club, true
		}
	}
	if c, ok := t.Single(desc); ok {
		return c, true
	}
	return 0, false
}

// demonym reads the club a demonym at word i stands for ("die Leipziger",
// "les Lyonnais"): a city or club adjective, not a country ("les
// Français" are the national team or the French).
func (d *doc) demonym(i int) (clubMention, bool) {
	w := d.words[i]
	if d.lang == "de" && !w.cap || d.lang == "en" && !w.cap {
		return clubMention{}, false
	}
	desc, ok := d.clubDescription(w.key)
	if !ok || len(desc.Countries) > 0 || desc.Capital {
		return clubMention{}, false
	}
	// a city name is a place, not a demonym ("der Mailänder" is, "die
	// Mailand" is not)
	if _, city := clubs.CityOf(w.key); city {
		return clubMention{}, false
	}
	c, ok := d.resolve(desc, i)
	if !ok {
		return clubMention{}, false
	}
	// a German demonym before a name is adjectival: "der Stuttgarter Woltemade"
	return clubMention{w: i, end: i + 1, club: c, nick: true, poss: d.lang == "de"}, true
}

// pluralArticles open a plural noun: "die Engländer", "les Anglais", "los
// ingleses", "gli inglesi", "i tedeschi".
var pluralArticles = map[string]string{"die": "de", "les": "fr", "los": "es", "gli": "it", "i": "it"}

// homeCountry is the country whose people the press of a language does not
// call a club by their nationality ("les Français" are the national team).
var homeCountry = map[string]string{"en": "eng", "fr": "fr", "es": "es", "it": "it", "de": "de"}

// foreignSide reads a plural nationality of another country than the
// article's as the club of that country named last in its paragraph ("Lange galt
// Manchester United als Favorit, doch die Engländer sind aus dem
// Rennen", "gli inglesi"): a nationality noun of the lexicon (nat.CODE)
// after a plural article of the article's language.
func (d *doc) foreignSide(i int) (clubMention, bool) {
	if pluralArticles[d.words[i-1].key] != d.lang {
		return clubMention{}, false
	}
	e := i
	for _, h := range d.hitsIn(i, i+1) {
		if h.kind == kPos && h.end > e {
			e = h.end
		}
	}
	if e == i {
		return clubMention{}, false
	}
	key := d.words[i].key
	if e > i+1 {
		key = d.joinKeys(i, e)
	}
	c, ok := d.x.lex.classes[d.lang][key]
	code, isNat := strings.CutPrefix(c, "nat.")
	if !ok || !isNat || code == homeCountry[d.lang] || d.lang == "de" && !d.words[i].cap {
		return clubMention{}, false
	}
	desc := clubs.Descriptor{Countries: []string{code}}
	for k := len(d.cms) - 1; k >= 0; k-- {
		m := d.cms[k]
		if m.w >= i {
			continue
		}
		if d.paraBetween(m.w, i) {
			break // only a club of its own paragraph
		}
		if d.x.table.Fits(desc, m.club) {
			return clubMention{w: i, end: e, club: m.club, nick: true}, true
		}
	}
	return clubMention{}, false
}

// paraBetween reports a paragraph break between words a and b.
func (d *doc) paraBetween(a, b int) bool {
	for k := a + 1; k <= b && k < len(d.words); k++ {
		if d.words[k].prev&sepPara != 0 {
			return true
		}
	}
	return false
}

// clubDescription returns what a describing word says of a club, unless
// the article's language uses it as a common word ("che", the Valencia of
// the Spanish press, is the Italian "that": "il club che ha lasciato").
func (d *doc) clubDescription(key string) (clubs.Descriptor, bool) {
	if d.is(wNotDesc, key) {
		return clubs.Descriptor{}, false
	}
	return clubs.Describe(key)
}

// playersClub returns the club a club adjective or demonym said of a
// player at word i stands for: no country nor capital, and no city of
// several clubs ("el delantero madrileño", "il centrocampista romano"
// tell where he was born, not whom he plays for).
func (d *doc) playersClub(key string, i int) (int, bool) {
	desc, ok := d.clubDescription(key)
	if !ok || len(desc.Countries) > 0 || desc.Capital {
		return 0, false
	}
	if _, one := d.x.table.Single(desc); len(desc.Cities) > 0 && !one {
		return 0, false
	}
	return d.resolve(desc, i)
}
