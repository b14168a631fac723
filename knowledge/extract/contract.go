package extract

import (
	"strconv"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// contract reads the contract expiry a sentence states.
func (d *doc) contract(s *sent, hits []hit) {
	anchor, expire, signs, expiring := -1, false, -1, -1
	var marks []int     // where expiry words start: the date after them is the expiry
	var contracts []int // where contract words start
	for _, h := range hits {
		switch h.kind {
		case kSigns:
			// "s'est engagé jusqu'en juin 2028", "ha firmado hasta junio de 2029"
			if signs < 0 {
				signs = h.w
			}
		case kContract:
			if anchor < 0 {
				anchor = h.w
			}
			contracts = append(contracts, h.w)
			if d.kindBefore(h.w, 2, kFormer) {
				return
			}
		case kExpire:
			expire = true
			marks = append(marks, h.w)
		case kExpiring:
			// "in scadenza", "en fin de contrat": a date may follow
			if expiring < 0 && !s.pastAt(h.w) {
				expiring = h.w
				expire = true
				marks = append(marks, h.w)
			}
		}
	}
	if anchor < 0 {
		anchor = signs
	}
	if anchor < 0 {
		anchor = expiring
	}
	if anchor < 0 || !expire {
		d.heldWith(s, anchor, signs)
		return
	}
	// "joined last August and has a contract running until 2026": the
	// date right after an expiry word first, then any in the sentence
	var date facts.Date
	pos, mark := -1, -1
	for _, w := range marks {
		if date, pos = d.expiry(s, w, d.segmentEnd(s, w, 8)); !date.IsZero() {
			mark = w
			break
		}
		// "dessen Vertrag 2025 ausläuft": the date before a verb at the end
		if anchor < w && !d.commaIn(anchor, w) {
			if date, pos = d.expiry(s, anchor, w); !date.IsZero() {
				mark = w
				break
			}
		}
	}
	if date.IsZero() {
		date, pos = d.expiry(s, s.a, s.b)
	}
	// "anche lui in scadenza con i rossoneri", "in the last six months of
	// his deal": running out with no date told ends with the season
	if date.IsZero() && expiring >= 0 && !d.pub.IsZero() && d.pub.Month > 0 {
		date, pos = seasonEnd(d.pub), expiring
	}
	if date.IsZero() {
		d.heldWith(s, anchor, signs)
		return
	}
	// "has signed a contract with Al-Ittihad and will join when his deal
	// expires at the end of the month": the contract word nearest before
	// the date is the one it ends
	for _, c := range contracts {
		if c < pos && c > anchor {
			anchor = c
		}
	}
	// "talks over an extension until 2027", "il rinnovo fino al 2027": the
	// deal offered, not the one he holds
	fresh := d.newDeal(s, anchor, signs) || mark >= 0 && d.extensionBefore(s, mark)
	// a renewal he signs is the contract he holds from now on: "ha
	// firmado su renovación hasta 2035", "a prolongé jusqu'en 2028"
	// (not the date of the deal it replaces: "seinen zum 30. Juni
	// auslaufenden Vertrag vorzeitig verlängert")
	renewal := fresh && d.renewalIn(s, pos) && !d.expiringNear(s, pos)
	// the player: named nearest before the contract word, else the subject
	p, at := -1, -1
	for _, m := range s.players {
		// "his deal at Turf Moor": a name right after the contract word and
		// a preposition is where he plays, not who holds it
		if m.w > anchor && m.w <= anchor+3 && d.is(wGroundPrep, d.words[m.w-1].key) {
			continue
		}
		// the mentions are not in text order: the nearest before wins
		if m.w < anchor && m.w > at || at < 0 && p < 0 {
			p = m.p
			if m.w < anchor {
				at = m.w
			}
		}
	}
	if p < 0 {
		p = d.focus
	}
	if p < 0 {
		return
	}
	words := d.span(min(anchor, pos), max(anchor, pos)+2)
	if renewal {
		d.setExpiry(p, date, false, "contract:renewed-until", words)
		return
	}
	d.setExpiry(p, date, fresh, "", words)
	// "tabled a contract until 2027 to replace his current deal, which
	// ends in 2025": a second contract word after the new deal's date,
	// with an expiry of its own, is the one he holds
	if fresh {
		d.heldAfter(s, p, pos, contracts, marks)
	} else {
		// "X, whose contract ran out in June, has signed a new deal until
		// 2027": the renewal told after the deal he held replaces it
		d.renewedAfter(s, p, pos, marks, d.heldPastBefore(s, min(anchor, pos), pos))
	}
	// "Die Verträge von Davies und Kimmich laufen 2025 aus", "les contrats
	// de X et de Y expirent en juin": a plural contract noun ends the deal
	// of every player the sentence names
	if d.is(wContracts, d.words[anchor].key) {
		for _, m := range s.players {
			if m.p != p {
				d.setExpiry(m.p, date, fresh, "contract:plural-until", words)
			}
		}
	}
	if fresh {
		return // the club of a new deal is no club he is under contract with
	}
	// the club he is under contract with: "contract at Marseille", "Vertrag bei den Reds"
	for i := anchor + 1; i < s.b && i <= anchor+4+d.describedHolder(s, anchor); i++ {
		if d.words[i].prev&clauseBreak != 0 || d.words[i].prev&sepComma != 0 && (andWords[d.words[i].key] || conjunctions[d.words[i].key]) {
			break // "once his deal runs out, and Newcastle are nearing"
		}
		if c := d.clubAt[i]; c != 0 {
			m := &d.cms[c-1]
			if m.excluded {
				return // "ablösefrei vom VfL Wolfsburg gekommen": the club he came from
			}
			m.attached = true
			d.addCurAt(p, m, 2, "contract-with-club")
			return
		}
	}
	// or before it, after a preposition: "hat beim FC Augsburg einen
	// Vertrag", "besitzt beim VfB einen Vertrag bis 2028"
	for i := anchor - 1; i > s.a && i >= anchor-4; i-- {
		if d.words[i+1].prev&(sepComma|clauseBreak) != 0 {
			break
		}
		if c := d.clubAt[i]; c != 0 {
			m := &d.cms[c-1]
			if d.prepBefore(m.w) && !m.excluded {
				m.attached = true
				d.addCurAt(p, m, 2, "contract-with-club")
			}
			return
		}
	}
}

// heldAfter reads the contract he holds from a contract word after the
// date of a new deal (at pos) that is no new deal itself, and the first
// expiry word after it.
func (d *doc) heldAfter(s *sent, p, pos int, contracts, marks []int) {
	for _, c := range contracts {
		if c <= pos || d.newDeal(s, c, -1) {
			continue
		}
		for _, w := range marks {
			if w < c-1 || w == c-1 && !d.hasKindStarting(w, kExpiring) {
				continue // "in scadenza a giugno" holds its contract word
			}
			date, at := d.expiry(s, w, min(s.b, w+8))
			if date.IsZero() {
				date, at = d.expiry(s, c, w) // "der 2025 ausläuft": the date before the verb
			}
			if !date.IsZero() {
				d.setExpiry(p, date, false, "contract:held-until", d.span(c, at+2))
			}
			return
		}
	}
}

// setExpiry records date as the end of player p's contract: the one he
// holds, or a new one (fresh). A renewal (rule "contract:renewed-until")
// replaces the one he holds; otherwise the first date read stays, only
// refined by a month ("fino al 2026", then "fino al 30 giugno 2026").
func (d *doc) setExpiry(p int, date facts.Date, fresh bool, rule, words string) {
	per := d.persons[p]
	cur, why := &per.expires, &per.expWhy
	if fresh {
		// a new deal ending the year the one he holds ends, which told no
		// month, is that deal told again: "prolonge jusqu'en 2025", then
		// "un nouveau contrat ... jusqu'en juin 2025"
		if per.expires.Year == date.Year && per.expires.Month == 0 && date.Month > 0 {
			per.expires = date
		}
		cur, why = &per.newExpires, &per.newExpWhy
	}
	switch {
	case rule == "contract:renewed-until":
	case cur.Year == date.Year && cur.Month == 0 && date.Month > 0:
		*cur = date
		return
	case !cur.IsZero():
		return
	case rule != "":
	case fresh:
		rule = "contract:new-deal-until"
	default:
		rule = "contract:held-until"
	}
	*cur = date
	if d.explain {
		*why = append(*why, facts.Reason{Rule: rule, Words: words})
	}
}

// dropOtherSignings drops a signing word whose object is other players:
// "après avoir bouclé d'autres recrues", "having completed other
// signings", "dopo aver chiuso altri acquisti" tell nothing of him.
func (d *doc) dropOtherSignings(hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if h.kind == kDone && h.end < len(d.words) && d.words[h.end].prev&^sepSpaceLike == 0 {
			k := h.end
			if k+1 < len(d.words) && (d.words[k].key == "d" || d.words[k].key == "de") {
				k++ // "d'autres recrues"
			}
			if d.is(wOther, d.words[k].key) {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// dropAgeOld drops a "former" word that ends an age: "the 21-year-old's
// contract" is the one he holds, "the 25-year-old Chelsea midfielder"
// plays for Chelsea.
func (d *doc) dropAgeOld(hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if h.kind == kFormer && h.w > 0 && d.words[h.w].prev&sepHyph != 0 && d.is(wYearUnit, d.words[h.w-1].key) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// newDeal reports whether the contract word at anchor is a new deal being
// made, not the one he is under: a signing, an agreement or talks just
// before it ("a signé un contrat jusqu'en 2028", "apalabrado con el club
// catalán un contrato hasta 2027", "Camavinga firma por el Real Madrid
// hasta 2027"), unless told in the past ("firmó el pasado verano un
// contrato hasta 2027" is the one he has).
func (d *doc) newDeal(s *sent, anchor, signs int) bool {
	if s.pastAt(anchor) || signs >= 0 && s.pastAt(signs) {
		return false
	}
	if signs >= 0 && signs <= anchor && anchor-signs <= 6 {
		return true
	}
	// "apalabrado con el club catalán un contrato hasta 2027": the club
	// the deal is made with stands between the verb and the contract
	at := d.beforeWithClub(s, anchor)
	// "have met Mario Rossi, whose contract expires in 2026": a verb
	// before a relative clause is not what the clause's contract does
	n := 4
	if d.inRelative(s, anchor) {
		k := anchor
		for k > s.a && d.words[k].prev&(sepComma|clauseBreak) == 0 {
			k--
		}
		n = min(n, anchor-k)
	}
	for _, k := range []kind{kSigned, kAdvanced, kDone, kTalks} {
		if d.kindBefore(anchor, n, k) || at < anchor && d.kindBefore(at, 2, k) {
			return true
		}
	}
	// a verb at the end of its clause: "hat bei Manchester City einen
	// Vertrag bis 2027 unterschrieben", "auf einen Vertrag bis 2027 geeinigt"
	for _, h := range d.hitsIn(anchor+1, min(s.b, anchor+7)) {
		// not past a comma: "cuyo contrato terminaba en junio, ha renovado"
		if d.commaIn(anchor, h.w) {
			break
		}
		if (h.kind == kSigns || h.kind == kSigned || h.kind == kDone || h.kind == kAdvanced || h.kind == kBid && d.lang == "de") && s.clauses[h.w-s.a] == s.clauses[anchor-s.a] && !s.pastAt(h.w) && !d.kindBefore(h.w, 1, kNeg) {
			return true
		}
	}
	// "ready to offer him a five-year deal until 2028" (not "an offer for
	// Rice, whose deal at West Ham runs until 2024")
	return d.offeredDeal(anchor)
}

// beforeWithClub returns where a with-phrase naming a club, ending right
// before the contract word at anchor, starts ("con el club catalán un
// contrato", "un accord avec le Barça pour un contrat"), or anchor when
// there is none.
func (d *doc) beforeWithClub(s *sent, anchor int) int {
	i := anchor - 1
	if i > s.a && d.is(wIndefinite, d.words[i].key) {
		i--
	}
	if i > s.a && d.is(wDealFor, d.words[i].key) {
		i-- // "un accord avec le Barça pour un contrat"
	}
	c := d.clubAt[i]
	if i <= s.a || c == 0 {
		return anchor
	}
	j := d.cms[c-1].w - 1
	if j > s.a && d.is(wWithArticle, d.words[j].key) && !d.words[j].cap {
		j--
	}
	if j <= s.a || !d.is(wWith, d.words[j].key) {
		return anchor
	}
	for k := j + 1; k < anchor; k++ {
		if d.words[k].prev&(sepComma|clauseBreak) != 0 {
			return anchor
		}
	}
	return j
}

// offeredDeal reports an offer word ending in the four words before the
// contract word at anchor, with no comma, break or name between.
func (d *doc) offeredDeal(anchor int) bool {
	for _, h := range d.hitsIn(max(0, anchor-8), anchor) {
		if h.kind != kBid || h.end > anchor || h.end < anchor-4 {
			continue
		}
		clean := true
		for k := h.end; k <= anchor; k++ {
			if d.words[k].prev&(sepComma|clauseBreak) != 0 || k < anchor && d.personAt[k] != 0 {
				clean = false
				break
			}
		}
		if clean {
			return true
		}
	}
	return false
}

// renewalIn reports a renewal word in the sentence (extension,
// prolongation, renovación, rinnovo, Verlängerung) told as signed or done,
// or a renewal told made ("has extended his", "a prolongé", "ha
// rinnovato", "verlängert": concept renewed) with the date at pos.
func (d *doc) renewalIn(s *sent, pos int) bool {
	ext, signed := false, false
	for _, h := range d.hitsIn(s.a, s.b) {
		switch h.kind {
		case kExtension:
			ext = true
		case kSigns, kDone, kSigned:
			signed = true
		case kRenewed:
			// in the clause of the date, no comma between: "X, who renewed
			// in May, has a deal until 2026" renews no deal of its date
			if !s.hyp[h.w-s.a] && !d.kindBefore(h.w, 2, kNeg) && s.clauses[h.w-s.a] == s.clauses[pos-s.a] && !d.commaIn(min(h.w, pos), max(h.w, pos)) {
				return true
			}
		}
	}
	return ext && signed
}

// extensionBefore reports a renewal noun or verb (concept extension)
// ending in the four words before the expiry word at w, in its clause:
// "an extension until 2027", "une prolongation jusqu'en 2026", "il
// rinnovo fino al 2027".
func (d *doc) extensionBefore(s *sent, w int) bool {
	for _, h := range d.hitsIn(max(s.a, w-6), w) {
		if h.kind == kExtension && h.end <= w && w-h.end <= 3 && s.clauses[h.w-s.a] == s.clauses[w-s.a] {
			return true
		}
	}
	return false
}

// expiringNear reports a contract told running out (concept expiring)
// within four words of the date at pos: the deal he holds.
func (d *doc) expiringNear(s *sent, pos int) bool {
	for _, h := range d.hitsIn(max(s.a, pos-4), min(s.b, pos+5)) {
		if h.kind == kExpiring {
			return true
		}
	}
	return false
}

// renewedAfter reads, after a held contract's date at pos, a renewal told
// made later in the sentence (or a contract told held in the past, past:
// "dont le bail courait jusqu'en 2027, est désormais sous contrat jusqu'en
// 2029") and the date of the first expiry word after that date: the
// contract he holds from now on.
func (d *doc) renewedAfter(s *sent, p, pos int, marks []int, past bool) {
	made := past
	for _, h := range d.hitsIn(pos+1, s.b) {
		if h.kind == kRenewed && !s.hyp[h.w-s.a] && !d.kindBefore(h.w, 2, kNeg) {
			made = true
		}
	}
	if !made {
		return
	}
	for _, w := range marks {
		if w <= pos {
			continue
		}
		if date, at := d.expiry(s, w, min(s.b, w+8)); !date.IsZero() {
			d.setExpiry(p, date, false, "contract:renewed-until", d.span(w, at+1))
			return
		}
	}
}

// heldPastBefore reports a verb telling a contract held in the past (word
// set heldpast: "ran", "courait", "tenía", "scadeva", "lief") in words
// [a, pos) of the sentence: the deal he held before the one told next.
func (d *doc) heldPastBefore(s *sent, a, pos int) bool {
	for i := max(s.a, a-3); i < pos; i++ {
		if d.is(wHeldPast, d.words[i].key) {
			return true
		}
	}
	return false
}

// expiry finds the end date in words [a, b) of a contract sentence.
func (d *doc) expiry(s *sent, a, b int) (facts.Date, int) {
	words := d.words
	pub := d.pub
	season := 0
	for i := s.a; i < s.b; i++ {
		if y := yearOf(words[i].key); y > 0 && i+1 < s.b && words[i+1].prev&sepHyph != 0 && len(words[i+1].key) == 2 {
			season = y + 1
		}
	}
	for i := a; i < b; i++ {
		w := words[i]
		if date, ok := d.endOf(s, i); ok {
			return date, i
		}
		if y := yearOf(w.key); y > 0 {
			if i+1 < s.b && words[i+1].prev&sepHyph != 0 {
				continue // a season: 2022-23
			}
			if i > s.a && d.is(wNotExpiry, words[i-1].key) && !(i > s.a+1 && monthOf(words[i-1].key) > 0) {
				continue
			}
			if !pub.IsZero() && y < pub.Year {
				continue
			}
			for k := i - 1; k >= s.a && k >= i-3; k-- {
				if d.is(wUntil, words[k].key) {
					break // "renovó el pasado mes de enero hasta 2022"
				}
				if m := monthOf(words[k].key); m > 0 && d.monthWord(k) {
					return facts.Date{Year: y, Month: m}, i
				}
				if d.is(wSummer, words[k].key) {
					return facts.Date{Year: y, Month: 6}, i
				}
			}
			if i > s.a && d.is(wNotExpiry, words[i-1].key) {
				continue
			}
			return facts.Date{Year: y}, i
		}
		if m := monthOf(w.key); m > 0 && d.monthWord(i) && !w.num {
			if d.lastBefore(s.a, i) {
				continue // "joined Brighton last August"
			}
			if i+1 < s.b && yearOf(words[i+1].key) > 0 {
				continue
			}
			if i+2 < s.b && yearOf(words[i+2].key) > 0 {
				continue
			}
			if y := d.resolveMonth(s, i, m, season); y > 0 {
				return facts.Date{Year: y, Month: m}, i
			}
		}
		// "summer 2025", "the summer of 2025", "l'été 2025": the year told
		if d.is(wSummer, w.key) && i+2 < s.b && d.hasKindAt(i+1, kOf) && yearOf(words[i+2].key) > 0 {
			return facts.Date{Year: yearOf(words[i+2].key), Month: 6}, i
		}
		if d.is(wSummer, w.key) && !(i+1 < s.b && yearOf(words[i+1].key) > 0) {
			if pub.IsZero() {
				continue
			}
			y := pub.Year
			if pub.Month > 6 {
				y++
			}
			if i > s.a && d.is(wNext, words[i-1].key) && pub.Month > 3 {
				y = pub.Year + 1
			}
			if i > s.a && d.is(wLast, words[i-1].key) {
				continue
			}
			return facts.Date{Year: y, Month: 6}, i
		}
		// "12 months left", "one year left on his deal", "un an de contrat"
		n := d.numberWord(w.key)
		if v := d.numberOf(w.key); n == 0 && v == float64(int(v)) {
			n = int(v) // "six months left", "dieciocho meses"
		}
		if w.num {
			n, _ = strconv.Atoi(w.key)
		}
		if n > 0 && n < 60 && i+1 < s.b && !pub.IsZero() {
			u := words[i+1].key
			months := 0
			if d.is(wMonthUnit, u) {
				months = n
			} else if d.is(wYearUnit, u) && n <= 5 {
				months = 12 * n
			}
			if months > 0 && d.leftNear(s, i) {
				t := pub.Start().AddDate(0, months, 0)
				y := t.Year()
				if t.Month() > 9 {
					y++
				}
				return facts.Date{Year: y, Month: 6}, i
			}
		}
	}
	return facts.Date{}, -1
}

// leftNear reports a "left/remaining/reste" near a duration, or a word
// right before it that puts it ahead of the article's date: "expires in
// 18 months", "dans 18 mois", "dentro de 18 meses", "tra 18 mesi", "in 18
// Monaten".
func (d *doc) leftNear(s *sent, i int) bool {
	if i > s.a && d.is(wDurationIn, d.words[i-1].key) || i > s.a+1 && d.hasKindAt(i-1, kOf) && d.is(wDurationIn, d.words[i-2].key) {
		return true
	}
	for k := max(s.a, i-4); k < min(s.b, i+5); k++ {
		if d.is(wLeft, d.words[k].key) {
			return true
		}
		// "n'avait plus qu'un an de contrat"
		if d.words[k].key == "plus" && k+1 < s.b && d.words[k+1].key == "qu" {
			return true
		}
	}
	return false
}

// monthWord tells "May" the month from "may" the verb.
func (d *doc) monthWord(i int) bool {
	w := d.words[i]
	switch w.key {
	case "may", "mar", "jun", "jan", "sep", "dec", "nov", "oct", "aug", "apr", "feb", "jul", "mai", "dez", "okt",
		"ago", "set", "gen", "mag", "giu", "lug", "ott", "dic", "ene", "abr", "avr":
		return w.cap || d.lang == "fr" && w.key == "mai"
	}
	return true
}

// resolveMonth gives the year of a month named without one.
func (d *doc) resolveMonth(s *sent, i, m, season int) int {
	pub := d.pub
	next := false
	for k := i + 1; k < s.b && k <= i+4; k++ {
		key := d.words[k].key
		if d.is(wNext, key) {
			next = true
		}
		if d.is(wLast, key) {
			return 0
		}
	}
	if i > s.a && d.is(wNext, d.words[i-1].key) {
		next = true
	}
	if pub.IsZero() {
		return season
	}
	nextYear := false
	for k := i + 1; k < s.b && k <= i+5; k++ {
		if d.is(wNext, d.words[k].key) && k+1 < s.b && d.is(wYearUnit, d.words[k+1].key) {
			nextYear = true
		}
		if d.is(wYearUnit, d.words[k].key) {
			if k > 0 && d.is(wNext, d.words[k-1].key) {
				nextYear = true
			}
		}
	}
	if nextYear {
		return pub.Year + 1
	}
	if pub.Month == 0 {
		return 0
	}
	if next {
		if m > pub.Month {
			return pub.Year
		}
		return pub.Year + 1
	}
	if m >= pub.Month {
		return pub.Year
	}
	return pub.Year + 1
}

// lastBefore reports a last-word ("last August", "el pasado mes de enero",
// "im vergangenen Juni") in the three words before word i: the month is
// past.
func (d *doc) lastBefore(a, i int) bool {
	for k := i - 1; k >= a && k >= i-3; k-- {
		if d.is(wLast, d.words[k].key) {
			return true
		}
	}
	return false
}

// seasonEnd is the end of the season running at a (known month's) date:
// June of its year, or of the next from July.
func seasonEnd(pub facts.Date) facts.Date {
	if pub.Month > 6 {
		return facts.Date{Year: pub.Year + 1, Month: 6}
	}
	return facts.Date{Year: pub.Year, Month: 6}
}

// endOf reads "the end of the season" (June of the season running at
// publication) or "the end of the month" (the month of publication) at
// word i.
func (d *doc) endOf(s *sent, i int) (facts.Date, bool) {
	pub, k := d.pub, d.words[i].key
	if date, ok := d.endOfYear(s, i); ok {
		return date, true
	}
	if pub.IsZero() || pub.Month == 0 {
		return facts.Date{}, false
	}
	season := func() facts.Date { return seasonEnd(pub) }
	// "zum Saisonende", "bis Monatsende": one word for the end
	switch {
	case d.is(wSeasonEnd, k):
		return season(), true
	case d.is(wMonthEnd, k):
		return facts.Date{Year: pub.Year, Month: pub.Month}, true
	}
	// "at the end of the season", "en fin de saison", "a final de
	// temporada", "a fine stagione", "at the end of the month", "fin du mois"
	if !d.is(wEnd, k) {
		return facts.Date{}, false
	}
	for j := i + 1; j < s.b && j <= i+4; j++ {
		switch {
		case d.is(wSeason, d.words[j].key):
			// "the end of next season", "fin de la saison prochaine"
			for k := i + 1; k < s.b && k <= j+1; k++ {
				if d.is(wNext, d.words[k].key) {
					e := season()
					e.Year++
					return e, true
				}
			}
			return season(), true
		case d.is(wMonthNoun, d.words[j].key):
			// "à la fin du mois de juin", "at the end of the month of
			// June": the month named after it, read next
			for k := j + 1; k < s.b && k <= j+2; k++ {
				if monthOf(d.words[k].key) > 0 {
					return facts.Date{}, false
				}
			}
			return facts.Date{Year: pub.Year, Month: pub.Month}, true
		}
	}
	return facts.Date{}, false
}

// endOfYear reads the end of a year told after an end word at i ("until
// the end of 2026", "expire fin 2026", "hasta finales de 2026", "fino alla
// fine del 2026", "bis Ende 2026"): December of that year. Not the end of a
// season named by its year ("the end of the 2026 season", "2026-27"), nor
// of a month, nor a year before the article's.
func (d *doc) endOfYear(s *sent, i int) (facts.Date, bool) {
	if !d.is(wEnd, d.words[i].key) {
		return facts.Date{}, false
	}
	for j := i + 1; j < s.b && j <= i+4; j++ {
		w := d.words[j]
		if w.prev&(sepComma|clauseBreak) != 0 || d.is(wSeason, w.key) || d.is(wMonthNoun, w.key) || monthOf(w.key) > 0 {
			return facts.Date{}, false
		}
		y := yearOf(w.key)
		if y == 0 {
			continue
		}
		if j+1 < s.b && (d.is(wSeason, d.words[j+1].key) || d.words[j+1].prev&(sepHyph|sepOther) != 0) {
			return facts.Date{}, false
		}
		if !d.pub.IsZero() && y < d.pub.Year {
			return facts.Date{}, false
		}
		return facts.Date{Year: y, Month: 12}, true
	}
	return facts.Date{}, false
}

// describedHolder returns the words a description of the holder takes
// right after a contract word ("il contratto del giocatore con i granata",
// "le contrat du milieu avec Lyon"), 0 when there is none.
func (d *doc) describedHolder(s *sent, anchor int) int {
	for i := anchor + 1; i < s.b && i <= anchor+2; i++ {
		if d.hasKindStarting(i, kPos) {
			return 2
		}
	}
	return 0
}

// heldWith gives the player the club a contract word names after a
// with-word when the sentence tells no end date (not the club a signing
// verb names: "firma con la Fiorentina" is a new deal): "in scadenza con i
// rossoneri", "his contract with Chelsea", "sous contrat avec Lorient".
func (d *doc) heldWith(s *sent, anchor, signs int) {
	if anchor < 0 || d.newDeal(s, anchor, signs) {
		return
	}
	words := d.words
	for i := anchor + 1; i < s.b && i <= anchor+3+d.describedHolder(s, anchor); i++ {
		if words[i].prev&(sepComma|clauseBreak) != 0 {
			return
		}
		c := d.clubAt[i]
		if c == 0 {
			continue
		}
		m := &d.cms[c-1]
		j := m.w - 1
		if j > anchor && d.is(wWithArticle, words[j].key) && !words[j].cap {
			j--
		}
		if j <= anchor-1 || !(d.is(wWith, words[j].key) || words[j].key == "bei" || words[j].key == "beim") || m.excluded {
			return
		}
		p, at := -1, -1
		for _, pm := range s.players {
			if pm.w < anchor && pm.w > at {
				p, at = pm.p, pm.w
			}
		}
		if p < 0 {
			p = d.focus
		}
		if p >= 0 {
			m.attached = true
			d.addCurAt(p, m, 2, "contract-with-club")
		}
		return
	}
}

// segmentEnd returns the end of the n words from w, at the first comma or
// clause break after w: "dessen Vertrag 2025 ausläuft, soll bis 2029
// unterschreiben" ends no deal in 2029.
func (d *doc) segmentEnd(s *sent, w, n int) int {
	e := min(s.b, w+n)
	for k := w + 1; k < e; k++ {
		if d.words[k].prev&(sepComma|clauseBreak) != 0 {
			return k
		}
	}
	return e
}
