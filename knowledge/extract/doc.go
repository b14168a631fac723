package extract

import (
	"sort"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// maxSentence bounds the words of one sentence, so that the work per
// sentence stays bounded on text without punctuation.
const maxSentence = 120

// clubMention is one club named in the text.
type clubMention struct {
	w, end   int
	club     int
	weak     bool
	city     bool
	nick     bool
	poss     bool // followed by 's or a German genitive s
	attached bool // someone's own club: not a suitor
	excluded bool // an opponent, a former club: not a suitor
	ofPlayer bool // a club adjective after a player description: his club
	dest     bool // where a departure told in the sentence goes (see departures)
	named    bool // right before the name of its player: "le Lyonnais Rayan Cherki", "the Gunners' Eddie Nketiah" (see namedDemonyms)
}

// personMention is one place a person is named.
type personMention struct {
	w, end int
	p      int
}

// event is one stage signal for a (player, club) pair.
type event struct {
	k     kind
	pos   int
	past  bool
	first bool // about a first or earlier offer
	neg   bool
	never bool // a step told never taken: "never made an offer"
}

type pair struct {
	club     int
	events   []event
	sentence string
	at       int // the first word of the sentence that told it last
	source   string
	deny     bool
	loan     bool           // told in a sentence about a loan
	later    bool           // told in a sentence about a move still to come
	conf     float64        // how firmly the text supports the link (see linkConfidence)
	told     int            // how many sentences told it (see settledConfidence)
	party    int            // the other club + 1 of a deal between two clubs that told it, 0 for none (see parties.go)
	solo     bool           // told as a pursuit of its own, not only as a party to a deal between clubs
	why      []facts.Reason // the rules that made the link, when explaining
}

// person is one person the article names.
type person struct {
	name       string
	key        string
	nonplayer  bool
	mentions   int // mentions in the sentences read so far
	total      int // mentions in the whole article
	evidence   int // mentions in a player's context (see playerCue)
	cur        map[int]float64
	near       map[int]float64 // clubs named in sentences about him (see noteNear)
	about      int             // sentences about him read so far
	loaned     bool            // a sentence about him tells of a loan
	expires    facts.Date      // end of the contract he is under
	newExpires facts.Date      // end of a new contract he signs or agrees
	curWhy     []clubReason    // the rules that weighed clubs as his, when explaining
	expWhy     []facts.Reason  // the rules that read his contract's end, when explaining
	newExpWhy  []facts.Reason  // the rules that read a new contract's end, when explaining
	pairs      []*pair
	last       *pair // the pair a sentence told of last (see goesOn)
	fees       []facts.Fee
	feeSpots   []feeSpot // where each fee was read and the club its sentence gave it (see settleFees)
	newClauses []int     // fees that are clauses of a contract he signs (see feeClub)
	classes    []string  // what descriptions of him said: "pos.mid", "nat.co" (see describe)
	cameTo     int       // the club of the passage he is told coming to, plus one (see arrivedAt)
	cameWhy    facts.Reason
}

// doc is the working state of one extraction.
type doc struct {
	x          *Extractor
	ws         wordSets // the word sets of the article's language (see is)
	text       string
	words      []word
	lang       string
	pub        facts.Date
	cms        []clubMention
	clubAt     []int32 // word -> club mention index + 1
	persons    []*person
	pms        []personMention
	personAt   []int32 // word -> person mention index + 1
	hits       []hit
	outletList []string
	focus      int
	heading    int          // the one club of the heading, or -1
	section    int          // the club heading the paragraph read, or -1 (see sections.go)
	speaker    int          // the club whose people an interview quotes, or -1 (see speaker.go)
	speakerTag bool         // the speaker's club is only the one in brackets after his name in the title
	topic      int          // the club the passage is about (see setTopic)
	topicAt    int          // the sentence number it was set at, 0 for none
	sentN      int          // sentences read so far
	lastOne    int          // the one player the sentence before named, or -1
	prevSent   [2]int       // the words of the sentence before (see describe)
	described  describedRef // the player a description of the current sentence stands for (see describe)
	unit       int          // the player the section under a heading line is about, or -1 (see units.go)
	unitEnd    int          // the word a unit opened by a paragraph's lead ends at, or 0 (see paragraphLead)
	sharer     int          // a player listed after sharee, who shares his verb while linking, or -1 (see listedAfter)
	sharee     int
	live       []liveEntry               // the timed entries of a live blog told newest first (see units.go)
	qlines     []questionLine            // a mailbag's readers' questions, each a line of its own (see units.go)
	nameHeads  []nameRun                 // a roundup's headings naming its sections' players in capitals (see findNameHeadings)
	explain    bool                      // record the rules that fire (see Explain)
	why        []facts.PlayerExplanation // the reasons of the players read, when explaining
}

func newDoc(x *Extractor, text string) *doc {
	d := &doc{x: x, text: text, focus: -1, lastOne: -1, unit: -1, sharer: -1, sharee: -1, section: -1, speaker: -1}
	d.words = tokenize(text, make([]byte, 0, 64))
	d.lang = detectLang(d.words, x.lex.cues)
	return d
}

func (d *doc) run() {
	if len(d.words) == 0 {
		return
	}
	d.findHits() // words only: the club rules below may read them
	d.findQuestionLines()
	d.findClubs()
	d.arrivals()
	d.findDescriptors()
	d.findNameHeadings()
	d.findPersons()
	d.renewalTalks() // after the persons: a name may stand between an offer and the renewal it offers
	d.findHeading()
	d.findSpeaker()
	d.findLiveEntries()
	for a := 0; a < len(d.words); {
		b := a + 1
		for b < len(d.words) && !d.words[b].sent && b-a < maxSentence {
			b++
		}
		d.sentence(a, b)
		a = b
	}
}

// hitsIn returns the hits starting in words [a, b).
func (d *doc) hitsIn(a, b int) []hit {
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].w >= a })
	j := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].w >= b })
	return d.hits[i:j]
}

func (d *doc) findHits() {
	l := d.x.lex.of(d.lang)
	for i := range d.words {
		d.hits = l.match(d.text, d.words, i, d.hits)
	}
	d.hits = d.dropOtherSignings(d.dropAgeOld(dropOfferAdjectives(dropRenewedInterest(dropCoveredRoles(dropCovered(d.hits))))))
	d.ownAgreements()
}

// dropCovered drops a stage hit lying inside a longer stage hit of another
// kind: "agreeing personal terms" (a goal) is no "personal terms" (done);
// and one inside a longer hit of its kind that starts before it, so that
// "n'est plus dans la course" reads whole, its negation included. A seller
// word inside a stage phrase goes too: "keep an eye on" keeps nobody; and a
// stage word inside a seller phrase: "listening to offers for" makes none;
// so does a stage word inside a source's closeness to a club: "a source
// close to the club" tells no deal close to done.
func dropCovered(hits []hit) []hit {
	var drop []int
	for i, h := range hits {
		if !stageKind(h.kind) && h.kind != kSeller {
			continue
		}
		for j := max(0, i-6); j < min(len(hits), i+6); j++ {
			o := hits[j]
			if j != i && ((stageKind(o.kind) || o.kind == kCloseTo) && (o.kind != kRenew && o.kind != h.kind || o.kind == h.kind && o.w < h.w) || o.kind == kSeller && stageKind(h.kind)) && o.w <= h.w && h.end <= o.end && o.end-o.w > h.end-h.w {
				drop = append(drop, i)
				break
			}
		}
	}
	if len(drop) == 0 {
		return hits
	}
	out := hits[:0]
	for i, h := range hits {
		if len(drop) > 0 && drop[0] == i {
			drop = drop[1:]
			continue
		}
		out = append(out, h)
	}
	return out
}

// hasKindAt reports whether a hit of kind k covers word i.
func (d *doc) hasKindAt(i int, k kind) bool {
	lo := sort.Search(len(d.hits), func(j int) bool { return d.hits[j].w >= i-4 })
	for _, h := range d.hits[lo:] {
		if h.w > i {
			break
		}
		if h.kind == k && h.w <= i && i < h.end {
			return true
		}
	}
	return false
}

// kindEndingAt reports whether a hit of kind k ends within the n words before i.
func (d *doc) kindBefore(i, n int, k kind) bool {
	lo := sort.Search(len(d.hits), func(j int) bool { return d.hits[j].w >= i-n-4 })
	for _, h := range d.hits[lo:] {
		if h.w >= i {
			break
		}
		if h.kind == k && h.end <= i && h.end >= i-n && !d.sentenceStartIn(h.end, i) {
			return true
		}
	}
	return false
}

// sentenceStartIn reports whether a sentence starts at a word in [a, b]:
// "Schick kann Leverkusen verlassen. Borussia Dortmund ist…" leaves no
// club after the full stop.
func (d *doc) sentenceStartIn(a, b int) bool {
	for j := a; j <= b && j < len(d.words); j++ {
		if d.words[j].sent {
			return true
		}
	}
	return false
}

// sepSpaceLike are separators that keep words of one phrase together.
const sepSpaceLike = sepHyph | sepApos | sepOther

func tight(s sep) bool { return s&^(sepHyph|sepApos|sepOther) == 0 }

func (d *doc) findClubs() {
	words := d.words
	d.clubAt = make([]int32, len(words))
	buf := make([]byte, 0, 64)
	var raw []clubMention
	for i := 0; i < len(words); {
		w := words[i]
		// "(EUROPA PRESS)", "the Liverpool Echo": an outlet's name holds no club
		if e := d.outletEnd(i, buf); e >= i+2 {
			i = e
			continue
		}
		n := d.x.gazLen[w.key]
		found := false
		for k := min(n, len(words)-i); k >= 1 && !found; k-- {
			buf = append(buf[:0], w.key...)
			ok := true
			for j := i + 1; j < i+k; j++ {
				if !tight(words[j].prev) {
					ok = false
					break
				}
				buf = append(buf, ' ')
				buf = append(buf, words[j].key...)
			}
			if !ok {
				continue
			}
			e, hit := d.x.gaz[string(buf)]
			if !hit {
				continue
			}
			if !w.cap && !(e.nick && !e.weak && len(buf) >= 5) {
				continue
			}
			// "inter-club", "inter-saison": a lowercase nickname joined by a
			// hyphen to the word after it is a prefix
			if !w.cap && i+k < len(words) && words[i+k].prev&sepHyph != 0 {
				continue
			}
			if w.num {
				continue
			}
			m := clubMention{w: i, end: i + k, club: int(e.club), weak: e.weak, city: e.city, nick: e.nick}
			if d.ordinalBefore(i) {
				m.w = i - 1 // "vom 1. FC Köln": the ordinal is part of the name
			}
			if i+k < len(words) && words[i+k].key == "s" && words[i+k].prev&sepApos != 0 {
				m.poss = true
			}
			raw = append(raw, m)
			i += k
			found = true
		}
		if found {
			continue
		}
		if d.clubGenitive(i) {
			// "Freiburgs Bachmann": an ambiguous short name too, kept when
			// the article names the club in full
			e := d.x.gaz[w.key[:len(w.key)-1]]
			raw = append(raw, clubMention{w: i, end: i + 1, club: int(e.club), city: e.city, poss: true, weak: e.weak})
		}
		i++
	}
	raw = d.dropNameClubs(raw)
	d.shortAfterFull(raw)
	strong := map[int]bool{}
	for _, m := range raw {
		if !m.weak {
			strong[m.club] = true
		}
	}
	for _, m := range raw {
		if m.weak && !strong[m.club] && !d.clubArticle(m.w, m.end) && !d.possessesDeal(m) && !d.acronym(m) && !d.dealSubject(m) {
			continue
		}
		// "Milan Skriniar": a first name; not after a club article ("il
		// centrocampista del Torino Mario Rossi": no first name takes one)
		if m.weak && !m.poss && m.end < len(words) && words[m.end].cap && tight(words[m.end].prev) && d.clubAtRaw(raw, m.end) < 0 && !nonName[words[m.end].key] && !d.clubArticle(m.w, m.end) {
			continue
		}
		// "im Sturm", "am Ende": a one-word club after a German article is a noun
		if (m.weak || m.city || d.lang == "de" && m.end-m.w == 1 && !m.nick && m.w > 0 && deArticles[words[m.w-1].key]) && m.w > 0 && d.isLoc(m.w-1) && !d.contractPlace(m) {
			continue
		}
		if d.dateline(m) {
			continue // "TORINO, 18 luglio 2022 –": the place of the story (see places.go)
		}
		if d.signature(m.w) {
			continue // "— Priya, Liverpool": where the reader who asks lives
		}
		d.cms = append(d.cms, m)
		for j := m.w; j < m.end; j++ {
			d.clubAt[j] = int32(len(d.cms))
		}
	}
}

// ordinalBefore reports a German ordinal in the sentence right before
// word i: a number of one or two digits and its full stop ("1. FC Köln",
// "1. FSV Mainz 05"; see markSentences).
func (d *doc) ordinalBefore(i int) bool {
	if i < 1 || d.words[i].sent || d.words[i].prev&^sepSpaceLike != sepStop {
		return false
	}
	p := d.words[i-1]
	return p.num && len(p.key) <= 2
}

// acronym reports a one-word club name of the club table written in
// capitals amid ordinary words: "OL", "ASM" are the clubs the words "ol",
// "asm" are not. A line all in capitals proves nothing.
func (d *doc) acronym(m clubMention) bool {
	w := d.words
	if m.end-m.w != 1 || !w[m.w].upper || len(w[m.w].key) > 4 || w[m.w].key == "ac" || w[m.w].key == "fc" {
		return false
	}
	return !(m.w > 0 && w[m.w-1].upper) && !(m.end < len(w) && w[m.end].upper)
}

// possessesDeal reports a club name that is also a city or a first name
// in the possessive before a deal word: "Milan's €12m bid", "Milan's
// interest in", "Torino's offer": only a club bids.
func (d *doc) possessesDeal(m clubMention) bool {
	if !m.poss || m.end+1 >= len(d.words) {
		return false
	}
	for k := m.end + 1; k < len(d.words) && k <= m.end+4; k++ {
		if d.words[k].prev&^(sepSpaceLike|sepMoney) != 0 {
			return false
		}
		for _, h := range d.hitsIn(k, k+1) {
			if h.kind == kBid || h.kind == kInterest || h.kind == kTalks || h.kind == kObj {
				return true
			}
		}
	}
	return false
}

// dealSubject reports a club name that is also a city opening its
// sentence or clause as the subject of a deal verb right after it:
// "Frankfurt want north of €80m", "Lyon refuse", "Monaco have offered":
// only a club asks, refuses or bids.
func (d *doc) dealSubject(m clubMention) bool {
	if m.w > 0 && d.words[m.w].prev&(sepComma|clauseBreak|sepStop|sepNL|sepPara) == 0 && !d.words[m.w].sent {
		if !(m.w > 1 && conjunctions[d.words[m.w-1].key]) {
			return false
		}
	}
	for k := m.end; k < len(d.words) && k <= m.end+2; k++ {
		if d.words[k].prev&^sepSpaceLike != 0 {
			return false
		}
		for _, h := range d.hitsIn(k, k+1) {
			switch h.kind {
			case kSeller, kAsking, kReject, kAccept, kValuation, kBid:
				return true
			}
		}
	}
	return false
}

func (d *doc) clubAtRaw(raw []clubMention, i int) int {
	for k, m := range raw {
		if m.w <= i && i < m.end {
			return k
		}
	}
	return -1
}

// isLoc reports whether word i is a locative preposition ("in", "à").
func (d *doc) isLoc(i int) bool {
	switch d.words[i].key {
	case "in", "im", "nach", "nella", "nel":
		return d.lang != "fr"
	case "a":
		return d.lang == "it" || d.lang == "es"
	case "en":
		return d.lang == "fr" || d.lang == "es"
	case "au", "dans":
		return d.lang == "fr"
	}
	if d.words[i].key == "a" || d.words[i].key == "à" {
		return d.lang == "fr"
	}
	return false
}

// clubArticle reports a club article right before the name in words
// [i, end) in French, Spanish or Italian, when the name is no outlet ("el
// Sport" is the newspaper).
// outletEnd returns the end of the outlet of two words or more starting at
// word i, or i; buf is scratch space (the lookup allocates nothing).
func (d *doc) outletEnd(i int, buf []byte) int {
	words := d.words
	n := d.x.outLen[words[i].key]
	if n < 2 || !words[i].cap && !words[i].upper {
		return i
	}
	buf = append(buf[:0], words[i].key...)
	end := i
	for j := i + 1; j < len(words) && j < i+n && tight(words[j].prev); j++ {
		buf = append(buf, ' ')
		buf = append(buf, words[j].key...)
		if _, ok := d.x.outlets[string(buf)]; ok {
			end = j + 1
		}
	}
	return end
}

func (d *doc) clubArticle(i, end int) bool {
	if i == 0 || d.lang != "fr" && d.lang != "es" && d.lang != "it" || d.words[i].prev&^sepSpaceLike != 0 {
		return false
	}
	if _, ok := d.x.outlets[d.joinKeys(i, end)]; ok {
		return false
	}
	return d.is(wClubArticle, d.words[i-1].key)
}

// shortAfterFull makes a one-word club name that ends a longer club name
// the article uses that club ("Queens Park Rangers ... the club informed
// Rangers"): the short name of the club named in full, not another
// club's.
func (d *doc) shortAfterFull(raw []clubMention) {
	last := map[string]int{}
	for _, m := range raw {
		if m.end-m.w > 1 {
			last[d.words[m.end-1].key] = m.club
		}
	}
	for i, m := range raw {
		if c, ok := last[d.words[m.w].key]; ok && m.end-m.w == 1 && c != m.club && !m.weak && !m.city && !m.nick {
			raw[i].club = c
		}
	}
}
