package extract

import "strings"

// This file holds the two parties of a deal between clubs: "l'OM et West
// Ham se sont entendus", "El Valencia y el Manchester City han alcanzado un
// acuerdo", "Napoli e PSG hanno raggiunto un'intesa", "Brighton und
// Chelsea haben sich geeinigt". One of them sells the player, the other
// buys him; the sentence alone does not say which. The one the article
// tells pursuing him in another sentence buys; the other is his club.

// coordinatedPartner returns the club named with the club mention k as the
// joint subject of the sentence's deal, "A and B" (an article may stand
// before the second), or -1.
func (d *doc) coordinatedPartner(s *sent, k int) int {
	m := d.cms[k]
	// the club right after "and", or right before it
	for _, o := range []int{m.end + 1, m.end + 2, m.w - 2, m.w - 3} {
		if o < s.a || o >= s.b || d.clubAt[o] == 0 {
			continue
		}
		n := d.cms[d.clubAt[o]-1]
		if n.club == m.club || n.attached || n.excluded {
			continue
		}
		a, b := m, n
		if n.w < m.w {
			a, b = n, m
		}
		if d.joinedByAnd(a.end, b.w) && !d.listBefore(s, a.w) && d.agreeAfter(s, b.end) {
			return n.club
		}
	}
	return -1
}

// agreeAfter reports a word of talks or agreement among the eight words
// after word i in its clause, the verb of the two clubs: "linked with
// Manchester City and Chelsea" is no deal between them.
func (d *doc) agreeAfter(s *sent, i int) bool {
	for _, h := range d.hitsIn(i, min(s.b, i+8)) {
		if s.clauses[h.w-s.a] != s.clauses[i-1-s.a] {
			return false
		}
		if h.kind == kTalks || h.kind == kAdvanced {
			return true
		}
	}
	return false
}

// listBefore reports a comma right before word i after another club: the
// last two of a list ("Lazio, Fenerbahçe and Al-Nassr").
func (d *doc) listBefore(s *sent, i int) bool {
	return i > s.a && d.words[i].prev&sepComma != 0 && d.clubAt[i-1] != 0
}

// joinedByAnd reports that the words [a, b) are a coordinating "and",
// maybe followed by an article: "l'OM et West Ham", "el Valencia y el
// Manchester City".
func (d *doc) joinedByAnd(a, b int) bool {
	if b-a < 1 || b-a > 2 || !d.andAt(a) || d.words[a].prev&^sepSpaceLike != 0 {
		return false
	}
	return b-a == 1 || d.is(wDefinite, d.words[a+1].key) && !d.words[a+1].cap
}

// sellerParty returns the pair of p that is the selling party of a deal
// between two clubs, or nil: a pair told only as one of the two parties,
// whose partner the article tells pursuing him elsewhere.
func (p *person) sellerParty() *pair {
	for _, pr := range p.pairs {
		if pr.party == 0 || pr.solo {
			continue
		}
		for _, q := range p.pairs {
			if q.club == pr.party-1 && q.solo {
				return pr
			}
		}
	}
	return nil
}

// andAt reports a coordinating "and" at word i, as written: the Italian
// "e", not "è" (is), which folds to the same key.
func (d *doc) andAt(i int) bool {
	return d.is(wAnd, d.words[i].key) && d.writtenAsKey(i)
}

// writtenAsKey reports a word written as its folded key, accents
// included: "e", not "è", which folds to the same key.
func (d *doc) writtenAsKey(i int) bool {
	w := d.words[i]
	return strings.EqualFold(d.text[w.start:w.end], w.key)
}
