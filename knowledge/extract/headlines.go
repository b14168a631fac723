package extract

import "strings"

// This file holds the parts of a headline told as a list of deals, each
// of its own club: "Transfer gossip: Villa open talks over X, Juventus
// rebuffed for Y, Brentford close in on a winger", "Calciomercato: Inter
// su X, la Roma tratta un difensore", "Gerüchteküche: Bayern hat X im
// Visier – BVB verhandelt in Istanbul". A headline has no sentence before
// it to go on from: a part naming no player pursues someone it does not
// name, and a club of one part is no suitor of the player of another.

// headline reports a sentence that is the article's first line with no
// full stop at its end, or a short line of its own (headingLine).
func (d *doc) headline(s *sent) bool {
	if s.a == 0 {
		return (s.b >= len(d.words) || d.words[s.b].prev&(sepNL|sepPara) != 0) && !d.stopAtEnd(s)
	}
	return d.headingLine(s)
}

// stopAtEnd reports a full stop, question or exclamation mark between the
// last word of sentence s and the end of its line.
func (d *doc) stopAtEnd(s *sent) bool {
	end := len(d.text)
	if s.b < len(d.words) {
		end = d.words[s.b].start
	}
	tail := d.text[d.words[s.b-1].end:end]
	if nl := strings.IndexByte(tail, '\n'); nl >= 0 {
		tail = tail[:nl]
	}
	return strings.ContainsAny(tail, ".!?…")
}

// segment returns the part of sentence s around word i that commas and
// clause breaks bound.
func (d *doc) segment(s *sent, i int) (lo, hi int) {
	lo, hi = i, i+1
	for lo > s.a && d.words[lo].prev&(sepComma|clauseBreak) == 0 {
		lo--
	}
	for hi < s.b && d.words[hi].prev&(sepComma|clauseBreak) == 0 {
		hi++
	}
	return lo, hi
}

// namesPlayerIn reports a player of sentence s named in the words [lo, hi).
func (s *sent) namesPlayerIn(lo, hi int) bool {
	for _, m := range s.players {
		if m.w >= lo && m.w < hi {
			return true
		}
	}
	return false
}

// clubOfOtherPart reports that the club at word w stands in a part of a
// headline of deals that names no player nor takes one up by a pronoun,
// while another part names a player together with a club of its own
// pursuing him: the club pursues someone the headline does not name.
func (d *doc) clubOfOtherPart(s *sent, w int) bool {
	if len(s.players) == 0 || !d.headline(s) {
		return false
	}
	lo, hi := d.segment(s, w)
	if s.namesPlayerIn(lo, hi) || !d.stageIn(lo, hi) {
		return false
	}
	for i := lo; i < hi; i++ {
		if d.is(wObjPronoun, d.words[i].key) && !d.words[i].cap {
			return false
		}
	}
	for _, m := range s.players {
		if a, b := d.segment(s, m.w); a != lo && d.clubIn(a, b, true) {
			return true
		}
	}
	return false
}

// otherPartOfHeadline reports that the club at word w and the player
// mention pm stand in different parts of a headline of deals, each part
// holding a club of its own: "Villa open talks over X, Juventus rebuffed
// for Y" gives Villa nothing of Y.
func (d *doc) otherPartOfHeadline(s *sent, w int, pm personMention) bool {
	if !d.headline(s) {
		return false
	}
	lo, _ := d.segment(s, w)
	a, b := d.segment(s, pm.w)
	return a != lo && d.clubIn(a, b, false)
}

// stageIn reports a word of a pursuit among the words [lo, hi).
func (d *doc) stageIn(lo, hi int) bool {
	for _, h := range d.hitsIn(lo, hi) {
		if stageKind(h.kind) {
			return true
		}
	}
	return false
}

// clubIn reports a club named among the words [lo, hi); with free, only
// one that is neither a player's own nor set aside, a part's own pursuer
// ("Napoli want €120m for X" names the seller, and the part before it may
// still be his).
func (d *doc) clubIn(lo, hi int, free bool) bool {
	for i := lo; i < hi; i++ {
		c := d.clubAt[i]
		if c == 0 {
			continue
		}
		if m := d.cms[c-1]; !free || !m.attached && !m.excluded && !m.poss {
			return true
		}
	}
	return false
}
