package extract

import "github.com/mercato-bot/mercato/knowledge/facts"

// offerNegated reports a negation governing the offer word at i from
// further back than the three words every stage word looks at: within its
// clause and with no comma between, up to eight words ("never followed
// them up with an offer", "has not yet been the subject of a formal
// offer", "n'a pas l'intention de formuler une offre", "sans passer à
// l'offre", "ohne substanziell verbesserte Offerte").
func (d *doc) offerNegated(s *sent, i int) bool {
	c := s.clauses[i-s.a]
	if d.negatedAfter(s, i) {
		return true
	}
	for k := i - 1; k >= s.a && k >= i-8 && s.clauses[k-s.a] == c; k-- {
		if d.hasKindAt(k, kNeg) {
			return true
		}
		if d.words[k].prev&sepComma != 0 || d.clubAt[k] != 0 || d.personAt[k] != 0 {
			return false
		}
	}
	return false
}

// dropOfferAdjectives drops a "done" word right after an offer word: the
// adjective that qualifies the offer ("un'offerta ufficiale", "une offre
// officielle", "una oferta oficial") tells nothing is done.
func dropOfferAdjectives(hits []hit) []hit {
	out := hits[:0]
	lastBidEnd := -1
	for _, h := range hits {
		if h.kind == kBid {
			lastBidEnd = h.end
		}
		if h.kind == kDone && h.w == lastBidEnd {
			continue
		}
		out = append(out, h)
	}
	return out
}

// indefiniteOffer reports an offer word at i told as a condition: an
// indefinite article (and an adjective) after a price word.
func (d *doc) indefiniteOffer(s *sent, i int) bool {
	for k := i - 1; k > s.a && k >= i-3; k-- {
		if d.words[k+1].prev&^sepSpaceLike != 0 {
			return false
		}
		if d.is(wIndefinite, d.words[k].key) || d.words[k].key == "einem" {
			return d.is(wPrice, d.words[k-1].key) && d.words[k].prev&^sepSpaceLike == 0
		}
	}
	return false
}

// renewalTalks reads the talks, offer or agreement words whose object is a
// new contract at his club as what that club does to keep him, not as a
// stage of a move: "talks over an extension have been ongoing",
// "trattative per il rinnovo", "négociations pour une prolongation",
// "negociaciones para la renovación", "Gespräche über eine Verlängerung";
// his name may stand between ("offered Bukayo Saka a new contract"), and
// a German verb may close the clause after it ("hat ihm ein verbessertes
// Vertragsangebot vorgelegt"). The renewal turned down ("a refusé la
// prolongation", "ha detto no al rinnovo", "eine Verlängerung abgelehnt")
// ends no pursuit either. A renewal made official is no signing: "ha reso
// ufficiale il rinnovo di", "a officialisé la prolongation de", "die
// Verlängerung ist perfekt", "è ufficiale: Lautaro rinnova fino al 2029".
func (d *doc) renewalTalks() {
	for i, h := range d.hits {
		switch h.kind {
		case kTalks, kBid, kAdvanced, kDone, kReject, kEnded:
		default:
			continue
		}
		if d.renewalObject(i) {
			d.hits[i].kind = kSeller
			continue
		}
		if h.kind != kDone {
			continue
		}
		// "signed a new four-year contract": a renewal, no signing
		if d.inRenewed(h.w) || d.renewalMadeAfter(i) {
			d.hits[i].kind = kSeller
			continue
		}
		for j := i - 1; j >= 0 && d.hits[j].w >= h.w-4; j-- {
			if d.hits[j].kind == kExtension && d.hits[j].end >= h.w-2 && !d.sentenceStartIn(d.hits[j].end, h.w) {
				d.hits[i].kind = kSeller
				break
			}
		}
	}
}

// renewalObject reports a renewal word (concept extension) that is the
// object of the stage word of hit i: within three words after it, not
// counting the words of a name between, in its sentence; or right before
// it with nothing but a space between, as a German verb closes its clause
// ("ein verbessertes Vertragsangebot vorgelegt").
func (d *doc) renewalObject(i int) bool {
	h := d.hits[i]
	for j := i - 1; j >= 0 && d.hits[j].w >= h.w-4; j-- {
		e := d.hits[j]
		if e.kind == kExtension && e.end <= h.w && e.end >= h.w-2 && d.tightBetween(e.end, h.w) {
			return true
		}
	}
	limit := h.end + 3 + d.nameWordsIn(h.end, h.end+6)
	for j := i + 1; j < len(d.hits) && d.hits[j].w <= limit; j++ {
		if d.hits[j].kind == kExtension && !d.sentenceStartIn(h.end, d.hits[j].w) {
			return true
		}
	}
	return false
}

// renewalMadeAfter reports a renewal told made (concept renewed) within three
// words after the done word of hit i, not counting a name, with no comma
// between (a colon may stand there): "è ufficiale: Lautaro rinnova fino al
// 2029", "c'est officiel : X prolonge jusqu'en 2029".
func (d *doc) renewalMadeAfter(i int) bool {
	h := d.hits[i]
	limit := h.end + 3 + d.nameWordsIn(h.end, h.end+6)
	for j := i + 1; j < len(d.hits) && d.hits[j].w <= limit; j++ {
		e := d.hits[j]
		if e.kind != kRenewed || d.sentenceStartIn(h.end, e.w) {
			continue
		}
		for k := h.end; k <= e.w; k++ {
			if d.words[k].prev&^(sepSpaceLike|sepColon) != 0 {
				return false
			}
		}
		return true
	}
	return false
}

// nameWordsIn counts the words of person names in [a, b).
func (d *doc) nameWordsIn(a, b int) int {
	n := 0
	for k := a; k < b && k < len(d.words); k++ {
		if d.personAt[k] != 0 {
			n++
		}
	}
	return n
}

// tightBetween reports nothing but spaces before the words (a, b].
func (d *doc) tightBetween(a, b int) bool {
	for k := a; k <= b && k < len(d.words); k++ {
		if k > a && d.words[k].prev&^sepSpaceLike != 0 {
			return false
		}
	}
	return true
}

// offerDenied returns the position of the last denial that an offer exists
// ("there is no offer", "il n'y a pas d'offre", "kein Angebot"), or -1, and
// whether a step past interest (talks, a bid, an agreement) came before it:
// that step is what the denial takes back.
func offerDenied(evs []event) (int, bool) {
	pos := -1
	for _, e := range evs {
		if e.k == kNoOffer && !e.past { // the phrase holds its own negation
			pos = max(pos, e.pos)
		}
	}
	for _, e := range evs {
		if st, ok := stageOf[e.k]; ok && e.pos < pos && st != facts.StageInterest {
			return pos, true
		}
	}
	return pos, false
}

// inRenewed reports word i inside a renewal told made: "signed a new
// contract", "ha rinnovato".
func (d *doc) inRenewed(i int) bool {
	for _, h := range d.hitsIn(max(0, i-3), i+1) {
		if h.kind == kRenewed && h.w <= i && i < h.end {
			return true
		}
	}
	return false
}

// negatedAfter reports an offer with an indefinite article, the subject of
// a negated verb after it in its clause ("an offer has not been made",
// "une offre n'est pas encore arrivée", "una oferta todavía no ha
// llegado", "un'offerta non è arrivata", "ein Angebot liegt aber nicht
// vor", "eine konkrete Offerte gibt es nicht"): no offer was made. A
// stage word of another kind after it ("an offer was not accepted") tells
// what became of an offer made.
func (d *doc) negatedAfter(s *sent, i int) bool {
	indef := false
	for k := i - 1; k >= s.a && k >= i-2; k-- {
		indef = indef || d.is(wIndefinite, d.words[k].key)
	}
	if !indef {
		return false
	}
	c := s.clauses[i-s.a]
	neg := false
	for k := i + 1; k < s.b && k <= i+6 && s.clauses[k-s.a] == c; k++ {
		if d.words[k].prev&sepComma != 0 || d.personAt[k] != 0 {
			break
		}
		for _, h := range d.hitsIn(k, k+1) {
			if stageKind(h.kind) && h.kind != kBid {
				return false
			}
		}
		neg = neg || d.hasKindAt(k, kNeg)
	}
	return neg
}
