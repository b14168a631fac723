package extract

// goesOn links a sentence that says a pursuit goes on but names no club
// ("Les discussions se poursuivent entre les deux clubs", "talks are
// continuing", "le trattative proseguono", "die Gespräche gehen weiter")
// to the pursuit last told of its player: the rejection told before is
// then followed up, not the end of it.
func (d *doc) goesOn(s *sent, stage []hit, linked map[int]bool) {
	for _, h := range stage {
		// not a new offer a rejection takes as its object ("a repoussé
		// une nouvelle offre"): that one ends nothing new
		if h.kind != kRenew || s.hyp[h.w-s.a] || d.kindBefore(h.w, 3, kReject) {
			continue
		}
		// its player is named in it or is the one the sentence before named
		p := d.playerFor(s, h.w)
		if len(s.players) == 0 {
			p = s.prevOne
		}
		if p < 0 || linked[p] {
			continue
		}
		last := d.persons[p].last
		if last == nil {
			continue
		}
		focus := d.focus
		d.focus = p // the stage words of a sentence naming nobody are his
		d.link(s, p, clubMention{w: h.w, end: h.end, club: last.club}, stage, "pursuit-that-goes-on")
		d.focus = focus
		linked[p] = true
	}
}

// afterWord reports whether word i is an "after" of the article's language
// opening a clause ("after Brentford turned down", "après avoir vu"), not
// the English "after" of a pursuit ("Arsenal are after Rice").
func (d *doc) afterWord(i int) bool {
	if !d.is(wAfter, d.words[i].key) {
		return false
	}
	return !(i+1 < len(d.words) && d.personAt[i+1] != 0)
}

// afterBefore reports whether the clause of word i opens with an "after".
func (d *doc) afterBefore(s *sent, i int) bool {
	for k := i; k >= s.a && s.when[k-s.a]; k-- {
		if d.afterWord(k) {
			return true
		}
	}
	return false
}

// background reports a stage word of a "when" or "after" clause that tells
// what came before the news: a signing in a "when" clause, a rejection in
// an "after" clause and the offer it turned down ("after the Portuguese
// club rejected an opening offer") or its first offer.
func (d *doc) background(s *sent, h hit) bool {
	after := d.afterBefore(s, h.w)
	switch h.kind {
	case kDone:
		return !after
	case kReject:
		return after
	case kBid:
		if !after {
			return false
		}
		for k := h.w; k >= s.a && s.when[k-s.a]; k-- {
			if d.hasKindAt(k, kReject) || h.w-k <= 3 && d.is(wFirst, d.words[k].key) {
				return true // "après avoir dit non à une première proposition"
			}
		}
		for k := h.end; k < s.b && s.when[k-s.a]; k++ {
			if d.hasKindAt(k, kReject) {
				return true
			}
		}
	}
	return false
}

// goesOnNow reports a stage word right after a word that says the pursuit
// goes on ("are still monitoring him", "reste attentif", "sigue atento",
// "continua a seguirlo", "beobachtet ihn weiterhin"): it tells the present
// even in a clause a past marker dates, unless a past marker comes after
// it ("were still keen on him last summer").
func (d *doc) goesOnNow(s *sent, h hit) bool {
	if !d.kindBefore(h.w, 2, kStill) {
		return false
	}
	c := s.clauses[h.w-s.a]
	for _, o := range d.hitsIn(h.w, s.b) {
		if o.kind == kPast && s.clauses[o.w-s.a] == c {
			return false
		}
	}
	return true
}

// dropRenewedInterest drops a renewal word that an interest word follows
// right after, its preposition between: "continuano a seguire",
// "continuent de suivre", "continúan siguiendo" tell interest going on, no
// new approach.
func dropRenewedInterest(hits []hit) []hit {
	out := hits[:0]
	for i, h := range hits {
		if h.kind == kRenew && interestAfter(hits[i+1:], h.end) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// interestAfter reports an interest hit among hits starting at word end
// or the one after it.
func interestAfter(hits []hit, end int) bool {
	for _, n := range hits {
		if n.w > end+1 {
			break
		}
		if n.kind == kInterest && n.w >= end {
			return true
		}
	}
	return false
}
