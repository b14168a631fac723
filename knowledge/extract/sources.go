package extract

import (
	"strings"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// sourceCues are the words that cite an outlet or a journalist, in the
// five languages. "source" cues come before the name ("according to X",
// "selon X", "informa X", "berichtet X"); "sourceafter" cues come after it
// ("X reports", "X rapporte", "wie X berichtet", "X zufolge"). A verb can
// be both ("reports The Athletic", "The Athletic reports").
const sourceCues = `
source: according to | reported by | as reported by | revealed by | via | per reports from | selon | d'après | à en croire | informations de | révélé par | rapporte | révèle | según | como informa | informa | informan | publica | revela | desvela | secondo | riporta | riportano | scrive | rivela | svela | come riportato da | laut | nach Informationen von | nach Informationen der | nach Informationen des | nach Informationen | Informationen von | Informationen der | berichtet | berichten | meldet | schreibt | told | tells | telling | reports | reported | revealed | writes
sourceafter: reports | reported | revealed | reveals | writes | wrote | understands | has learned | has learnt | report | rapporte | révèle | indique | annonce | affirme | assure | explique | informa | informan | publica | revela | desvela | asegura | afirma | riporta | riportano | scrive | rivela | svela | sostiene | berichtet | berichten | meldet | schreibt | zufolge | erfuhr | says | said | claims | claimed | adds | added
`

// sourceLex indexes sourceCues.
var sourceLex = buildLex(sourceCues)

// sourceDescriptors are the words between a cue and the name that describe
// the outlet or the journalist: "Italian news outlet", "le quotidien
// sportif", "el diario catalán", "das Boulevardblatt", "Sky Sports reporter".
var sourceDescriptors = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an le la les l un une il lo i gli uno una el los las der die das den dem des ein eine einem einer einen
	de di du del della dello dei degli von vom our their his
	news outlet outlets newspaper newspapers paper daily tabloid tabloids broadcaster website site magazine radio station tv channel
	publication portal media journalist journalists reporter reporters correspondent columnist pundit insider insiders expert experts
	guru respected reliable trusted renowned well known famous usually normally transfer football sports chief senior editor
	presenter host podcast show respected specialist
	quotidien quotidiens journal journaux journaliste journalistes média medias sportif sportive sportifs hebdomadaire chaine
	specialiste specialistes confrere confreres collegue collegues notre nos regional regionale national nationale bien informe
	informe mercato
	quotidiano quotidiani giornale giornali giornalista giornalisti sito emittente esperto esperti collega colleghi testata
	sportivo sportiva noto nota autorevole esperto
	diario diarios periodico periodicos periodista periodistas medio medios emisora programa prestigioso conocido experto
	zeitung zeitungen boulevardblatt blatt boulevardzeitung boulevardmedien journalisten fachmagazin magazin sender medien
	experte experten transferexperte sportzeitung tageszeitung sportmagazin fachblatt
	italian italians spanish french german english british catalan portuguese dutch brazilian argentine belgian american
	turkish scottish irish welsh local national
	italien italienne espagnol espagnole allemand allemande anglais anglaise britannique catalan catalane portugais
	portugaise transalpin transalpine iberique neerlandais belge
	italiano italiana spagnolo spagnola francese tedesco tedesca inglese britannico britannica catalano catalana portoghese
	espanol espanola frances francesa aleman alemana ingles inglesa britanico britanica catalan catalana portugues madrileno
	madrilena
	italienische italienischen spanische spanischen franzosische franzosischen englische englischen britische britischen
	deutsche deutschen katalanische katalanischen portugiesische portugiesischen`) {
		m[text.Key(w)] = true
	}
	return m
}()

// staffSet holds the coaches and officials: people who talk, never sources.
var staffSet = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range staffNames {
		m[text.Key(s)] = true
	}
	return m
}()

// journoBySurname maps the surname of a known journalist to his full name:
// "D'après Romano" is Fabrizio Romano.
var journoBySurname = func() map[string]string {
	m := map[string]string{}
	for _, j := range journalistNames {
		ws := strings.Fields(text.Key(j))
		if last := ws[len(ws)-1]; len(last) >= 6 {
			m[last] = j // "Romano", not "Law" or "Cross"
		}
	}
	return m
}()

// sourceOf finds the outlet or journalist a sentence cites, and records it
// among the article's outlets.
func (d *doc) sourceOf(a, b int, hits []hit) string {
	var cues []hit
	for i := a; i < b; i++ {
		cues = sourceLex.match(d.text, d.words, i, cues)
	}
	for _, c := range cues {
		var name string
		switch c.kind {
		case kSource:
			name = d.sourceAfterCue(c, b, hits)
		case kSourceAfter:
			name = d.sourceBeforeCue(c, a, hits)
		}
		if name != "" {
			d.addOutlet(name)
			return name
		}
	}
	return ""
}

// sourceAfterCue reads the name after a cue: "according to Italian news
// outlet Calciomercato", "selon le quotidien sportif L'Équipe".
func (d *doc) sourceAfterCue(c hit, b int, hits []hit) string {
	verb := sourceLex.isVerb(d.text, d.words, c.w)
	if d.words[c.w].key == "via" && d.lang != "en" && d.lang != "" {
		return "" // "via Aldo Rossi" is a street
	}
	i := c.end
	described := false
	for n := 0; i < b && n < 6; n++ {
		if _, e := d.outletAt(i, b); e > i || !sourceDescriptors[d.words[i].key] || d.titleArticle(i, b) {
			break
		}
		if d.words[i].cap || d.is(wSourceRole, d.words[i].key) {
			described = true
		}
		i++
	}
	name, end, known := d.sourceName(i, b, hits)
	if name == "" {
		return ""
	}
	// an unknown name after a verb closes the clause: "..., reports The Athletic."
	if verb && !known && !described && end < b && d.words[end].prev&(clauseBreak|sepComma) == 0 {
		return ""
	}
	return name
}

// sourceBeforeCue reads the name ending right before a cue: "The Athletic
// reports", "Journalist Duncan Castles has claimed", "wie die Bild berichtet".
func (d *doc) sourceBeforeCue(c hit, a int, hits []hit) string {
	e := c.w
	for e > a && d.is(wSourceAux, d.words[e-1].key) && !d.words[e-1].cap {
		e--
	}
	if e <= a || d.words[e].prev&^(sepSpaceLike|sepQuote) != 0 {
		return "" // "..., berichten englische Medien": nothing right before
	}
	weak := d.is(wWeakCue, d.words[c.w].key)
	for j := max(a, e-8); j < e; j++ {
		if j > a && d.words[j].prev&^(sepSpaceLike|sepQuote) == 0 {
			if _, pe := d.outletAt(j-1, e); pe > j {
				continue // inside a longer outlet name
			}
		}
		name, end, known := d.sourceName(j, e, hits)
		if name == "" || end != e {
			continue
		}
		described := j > a && sourceDescriptors[d.words[j-1].key] && (d.words[j-1].cap || d.is(wSourceRole, d.words[j-1].key) ||
			d.words[j-1].key == "journalist" || d.words[j-1].key == "journaliste")
		if weak && !known && !described {
			return ""
		}
		return name
	}
	return ""
}

// sourceName reads the outlet or journalist starting at word i, before
// word b: a known outlet or journalist, a person who is no player, or an
// unknown capitalised name. An outlet followed by its reporter gives the
// reporter ("Sky Sports reporter Dharmesh Sheth", "BBC Sport's Simon
// Stone"). known tells that the name comes from the table.
func (d *doc) sourceName(i, b int, hits []hit) (name string, end int, known bool) {
	if i >= b {
		return "", i, false
	}
	if d.words[i].prev&sepHandle != 0 {
		return d.handleName(i, b)
	}
	if o, e := d.outletAt(i, b); e > i {
		k := e
		if k < b && d.words[k].key == "s" && d.words[k].prev&sepApos != 0 {
			k++
		}
		r := k
		for r < b && r < k+3 && (d.is(wSourceRole, d.words[r].key) || d.words[r].key == "transfer") {
			r++
		}
		if r < b && (r > k || k > e) && d.words[r].cap {
			if n, ne, _ := d.sourceName(r, b, hits); n != "" {
				return n, ne, true
			}
		}
		return o, e, true
	}
	w := d.words[i]
	if d.titleArticle(i, b) {
		if n, ne, k := d.sourceName(i+1, b, hits); n != "" && !k {
			return d.text[w.start:d.words[ne-1].end], ne, false
		}
	}
	if !w.cap || w.num || d.clubAt[i] != 0 || stopLang[w.key] != 0 || nonName[w.key] || sourceDescriptors[w.key] {
		return "", i, false
	}
	for _, h := range hits {
		if h.w <= i && i < h.end {
			return "", i, false // a word of the lexicon: "Absage", "Favorit"
		}
	}
	if pa := d.personAt[i]; pa != 0 {
		m := d.pms[pa-1]
		key := d.joinKeys(m.w, m.end)
		if staffSet[key] || !d.persons[m.p].nonplayer && !d.x.journo[key] {
			return "", i, false // a coach or a player talks, he does not report
		}
		if j, ok := journoBySurname[key]; ok && m.end-m.w == 1 {
			return j, m.end, true
		}
		return d.text[d.words[m.w].start:d.words[m.end-1].end], m.end, d.x.journo[key]
	}
	if j, ok := journoBySurname[w.key]; ok {
		return j, i + 1, true
	}
	e := i + 1
	for e < b && e < i+4 && d.words[e].cap && !d.words[e].num && tight(d.words[e].prev) && d.clubAt[e] == 0 {
		e++
	}
	// German capitalises every noun: one unknown word is a name only in
	// quotes or capitals ("laut "Sky"", "laut SID")
	if d.lang == "de" && e == i+1 && !w.upper && w.prev&sepQuote == 0 {
		return "", i, false
	}
	return d.text[w.start:d.words[e-1].end], e, false
}

// journoByHandle maps the folded social media handle of a known
// journalist to his name: his name run together (@FabrizioRomano) or the
// handle he is known by (@Plettigoal).
var journoByHandle = func() map[string]string {
	m := map[string]string{"dimarzio": "Gianluca Di Marzio", "plettigoal": "Florian Plettenberg",
		"nicoschira": "Nicolò Schira", "mattemoretto": "Matteo Moretto", "jacobsben": "Ben Jacobs",
		"skysportskaveh": "Kaveh Solhekol", "cfbayern": "Christian Falk"}
	for _, j := range journalistNames {
		m[strings.Map(func(r rune) rune {
			if r == ' ' || r == '\'' || r == '-' {
				return -1
			}
			return r
		}, text.Key(j))] = j
	}
	return m
}()

// handleName reads the social media handle at word i: a handle is never
// a source itself ("via @MManteghetti"), only the known journalist it
// belongs to is (@FabrizioRomano is Fabrizio Romano).
func (d *doc) handleName(i, b int) (name string, end int, known bool) {
	w := d.words[i]
	if w.start == 0 || d.text[w.start-1] != '@' {
		return "", i, false // inside a handle: @David_Ornstein
	}
	key := w.key
	e := i + 1
	for e < b && d.words[e].prev&sepHandle != 0 && d.words[e].start == d.words[e-1].end+1 {
		key += d.words[e].key
		e++
	}
	if j, ok := journoByHandle[key]; ok {
		return j, e, true
	}
	return "", i, false
}

// titleArticle reports a capitalised article inside a sentence that opens
// the name after it: "d'après La Provence", "según El Larguero".
func (d *doc) titleArticle(i, b int) bool {
	w := d.words[i]
	if !w.cap || w.sent || i+1 >= b || !d.words[i+1].cap || sourceDescriptors[d.words[i+1].key] || !tight(d.words[i+1].prev) {
		return false
	}
	switch w.key {
	case "the", "le", "la", "les", "il", "lo", "el", "los", "las", "der", "die", "das":
		return true
	}
	return false
}

// outletAt returns the known outlet or journalist starting at word i and
// its end, or i. Lower-case words match only outlets written in lower case
// ("kicker", "tz").
func (d *doc) outletAt(i, b int) (string, int) {
	w := d.words[i]
	n := d.x.outLen[w.key]
	for k := min(n, b-i); k >= 1; k-- {
		o, ok := d.x.outlets[d.joinKeys(i, i+k)]
		if !ok {
			continue
		}
		if !w.cap && !w.num && o != "" && strings.ToLower(o[:1]) != o[:1] {
			return "", i
		}
		if len(o) <= 3 && strings.ToUpper(o) == o && !w.upper {
			return "", i // "AS", "TMW" only in capitals
		}
		return d.text[w.start:d.words[i+k-1].end], i + k
	}
	return "", i
}

// isVerb reports whether the cue at word i is also a cue after a name:
// a reporting verb, not a preposition.
func (l *lex) isVerb(text string, words []word, i int) bool {
	for _, h := range l.match(text, words, i, nil) {
		if h.kind == kSourceAfter {
			return true
		}
	}
	return false
}

// addOutlet records an outlet cited in the article.
func (d *doc) addOutlet(name string) {
	for _, o := range d.outletList {
		if o == name {
			return
		}
	}
	if len(d.outletList) < 20 {
		d.outletList = append(d.outletList, name)
	}
}
