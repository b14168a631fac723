package extract

// This file holds the rule for the club a deal pays: the club money goes
// to sells the player (or sold him), and is no suitor of his.

// paidClub reports a club the sentence tells money going to, an amount
// named in its clause: "paying Chelsea around £12m", "who paid Benfica
// €127m for him", "a versé 50 millions d'euros aux Eagles", "pagará 60
// millones al Villarreal", "al Torino andranno 41 milioni", "die Fohlen
// kassieren 18 Millionen Euro". Wages are no price: "at Chelsea he will
// receive £200,000 a week" pays him.
func (d *doc) paidClub(s *sent, m *clubMention) bool {
	c := s.clauses[m.w-s.a]
	j := m.w - 1
	if j > s.a && d.is(wWithArticle, d.words[j].key) && !d.words[j].cap {
		j-- // "paying the Blues", "versé aux", "al Torino"
	}
	paid := j >= s.a && d.kindBefore(m.w, m.w-j, kPay)
	if !paid && j > s.a && d.hasKindAt(j, kTo) {
		// a pay verb before the to-word in the clause: "a versé 50 millions aux Eagles"
		for _, h := range d.hitsIn(max(s.a, j-12), j) {
			if h.kind == kPay && s.clauses[h.w-s.a] == c {
				paid = true
				break
			}
		}
	}
	if !paid {
		// a receiving verb right after: "die Fohlen kassieren", "al Torino andranno"
		for _, h := range d.hitsIn(m.end, min(s.b, m.end+3)) {
			if h.kind == kCash && s.clauses[h.w-s.a] == c {
				paid = true
				break
			}
		}
	}
	if !paid {
		return false
	}
	lo, hi := max(s.a, m.w-14), min(s.b, m.end+14)
	for _, h := range d.hitsIn(lo, hi) {
		if h.kind == kWage && s.clauses[h.w-s.a] == c {
			return false
		}
	}
	return d.moneyAfter(lo, hi, hi-lo)
}

// answeringClub credits the club an offer must win over, or whose answer
// the sentence names, right after phrase h: "to convince West Ham", "il
// no dell'Atalanta alla prima offerta", "le oui du LOSC", "convencería a
// los hispalenses", "das Nein des BVB". It sells the player.
func (d *doc) answeringClub(s *sent, h hit) {
	for k := h.end; k < s.b && k < h.end+3; k++ {
		if d.words[k].prev&(sepComma|clauseBreak) != 0 {
			return
		}
		if c := d.clubAt[k]; c != 0 {
			m := &d.cms[c-1]
			if m.excluded {
				return
			}
			m.attached = true
			if p := d.playerFor(s, k); p >= 0 {
				d.addCurAt(p, m, 1.5, "club-that-answers-an-offer")
			}
			return
		}
		if !d.is(wWithArticle, d.words[k].key) && !d.is(wOfArticle, d.words[k].key) {
			return
		}
	}
}

// payerClub returns the club its clause tells paying or offering the
// amount at word i, or -1: the first club of the clause, standing before
// the nearest pay or offer word before the amount as its subject ("Le
// Real a versé 48 millions d'euros à Lyon", "El Oporto ha presentado una
// oferta de 15 millones", "Der VfL hat dem FC Schalke 04 ein Angebot über
// 30 Millionen unterbreitet", "l'Al-Hilal aveva messo sul tavolo del
// Chelsea un'offerta"). A club after a preposition is no subject ("sur la
// table du LOSC"), nor is a German club after a noun ("der italienische
// Klub Borussia Mönchengladbach": the dative); a club the money goes to or
// that turns the offer down is passed over; a person first is the subject,
// and no club pays; a clause telling a refusal, an acceptance or a
// receipt tells the seller ("Aston Villa have rejected a third bid ...
// worth £25m", "lehnte Ajax ein erstes Angebot über 25 Millionen ab").
//
// An agreement made with a club ("I bianconeri hanno chiuso con il Torino
// sulla base di 41 milioni", "Los blues habían pactado con el Sevilla un
// traspaso de 65 millones") or by two clubs ("el club blanco y el Borussia
// Dortmund han cerrado un acuerdo de 103 millones") names its subject too,
// but either party may be the seller ("Il presidente azzurro aveva trovato
// un accordo con l'Al-Ahli"): strong is false, and the club he plays for
// is passed over later (see bidder).
func (d *doc) payerClub(s *sent, i int) (club int, strong bool) {
	c := s.clauses[i-s.a]
	lo, hi := i, i
	for lo > s.a && s.clauses[lo-1-s.a] == c {
		lo--
	}
	for hi < s.b && s.clauses[hi-s.a] == c {
		hi++
	}
	verb, deal := -1, -1
	for _, h := range d.hitsIn(lo, hi) {
		switch h.kind {
		case kReject, kAccept, kCash:
			// after the amount, only a German verb at the clause's end or
			// one before the next comma answers it: not "una cifra che
			// il presidente granata ha accettato"
			if h.w < i || d.lang == "de" || !d.commaIn(i, h.w) {
				return -1, false
			}
		case kPay, kBid:
			if h.end <= i && h.w >= i-12 {
				verb = h.w
			} else if d.lang == "de" && h.w > i && verb < 0 {
				verb = i // "hat dem FC Augsburg 30 Millionen Euro gezahlt": the verb last
			}
		case kAdvanced, kDone, kTalks:
			if h.end <= i && h.w >= i-12 && deal < 0 {
				deal = h.w
			}
		}
	}
	strong = verb >= 0
	if !strong {
		verb = deal
		// "hanno chiuso con il Torino sulla base di 41 milioni": a deal
		// told by its with-word alone
		if w := d.withAt(lo, i); w >= 0 && (verb < 0 || w < verb) {
			verb = w
		}
	}
	if verb < 0 {
		return -1, false
	}
	for k := lo; k < verb; k++ {
		if d.personAt[k] != 0 {
			return -1, false
		}
		cm := d.clubAt[k]
		if cm == 0 {
			continue
		}
		m := d.cms[cm-1]
		k = m.end - 1
		if m.attached || m.excluded || !d.subjectSpot(lo, m.w) {
			continue
		}
		if !strong && !d.withAfter(m.end, i) {
			return -1, false
		}
		return m.club, strong
	}
	return -1, false
}

// withAfter reports a with-word before a club in the words [a, b): the
// deal is made with that club.
func (d *doc) withAfter(a, b int) bool { return d.withAt(a, b) >= 0 }

// withAt returns the first with-word right before a club in the words
// [a, b), or -1.
func (d *doc) withAt(a, b int) int {
	for k := a; k < b-1; k++ {
		if d.is(wWith, d.words[k].key) && (d.clubAt[k+1] != 0 || k+2 < b && d.clubAt[k+2] != 0 && d.is(wWithArticle, d.words[k+1].key)) {
			return k
		}
	}
	return -1
}

// subjectSpot reports whether a club at word w of a clause starting at lo
// can be its subject: no preposition before it (an article may stand
// between), and in German no noun right before it.
func (d *doc) subjectSpot(lo, w int) bool {
	j := w - 1
	if j >= lo && (d.is(wDefinite, d.words[j].key) || d.is(wOfArticle, d.words[j].key) || d.is(wWithArticle, d.words[j].key)) {
		j--
	}
	if j < lo {
		return true
	}
	k := d.words[j].key
	for _, set := range []wordSet{wCityOf, wDoorOf, wDestination, wWith, wFor, wLoanHost, wSoldPrep, wObliqueOf, wDealFor, wDepartureOf} {
		if d.is(set, k) {
			return false
		}
	}
	return d.lang != "de" || !d.words[j].cap || d.words[j].sent
}

// commaIn reports a comma before a word in (a, b].
func (d *doc) commaIn(a, b int) bool {
	for k := a + 1; k <= b && k < len(d.words); k++ {
		if d.words[k].prev&sepComma != 0 {
			return true
		}
	}
	return false
}

// askerBefore returns the person named as the subject of the price or
// value word at word w, or -1: the first name among the eight words before
// it, where no club stands nearer ("il presidente Maurizio Setti chiede
// almeno 25 milioni", "John Textor, qui en attend au moins 35", "Jean-Michel
// Aulas, qui réclamait plus de 50 millions").
func (d *doc) askerBefore(s *sent, w int) int {
	for k := w - 1; k >= s.a && k >= w-8; k-- {
		if d.clubAt[k] != 0 {
			return -1
		}
		if pm := d.personAt[k]; pm != 0 {
			return d.pms[pm-1].p
		}
	}
	return -1
}

// otherClub returns the club of the sentence nearest word i other than c,
// or -1: the club whose clause a buyer pays ("to prise the Uruguayan away
// from Sporting").
func (d *doc) otherClub(s *sent, i, c int) int {
	best, bestD := -1, 1<<30
	for _, k := range d.mentionsIn(s.a, s.b) {
		if m := d.cms[k]; m.club != c && abs(m.w-i) < bestD {
			best, bestD = m.club, abs(m.w-i)
		}
	}
	return best
}

// soldClub returns the club a sale told done in the clause of the amount
// at word i takes him to, which pays the amount ("sold to Brentford for
// £18m", "vendu au Stade Brestois pour", "traspasado al Betis por",
// "ceduto al Bologna per"), or -1; strong is true when one is found.
func (d *doc) soldClub(s *sent, i int) (int, bool) {
	c := s.clauses[i-s.a]
	for _, k := range d.mentionsIn(s.a, s.b) {
		if m := &d.cms[k]; s.clauses[m.w-s.a] == c && !m.excluded && d.soldTo(s, m) {
			return m.club, true
		}
	}
	return -1, false
}
