package extract

import "sort"

// requestBy reports a club named after a request or an offer noun and an
// of-word: "die Anfrage der Münchner", "a request from Chelsea", "la
// demande du Stade Rennais", "la petición del Sevilla", "la richiesta del
// Napoli", "das Angebot des BVB". That club asks for the player: a bidder,
// never the club that turns the request down nor the one that values him.
// A request noun an amount follows is a price ("la richiesta del Torino è
// di 40 milioni"), which valuedBy reads.
func (d *doc) requestBy(m *clubMention) bool {
	j := m.w - 1
	if j > 0 && d.is(wDefinite, d.words[j].key) && !d.words[j].cap && !d.is(wRequestOf, d.words[j].key) {
		j-- // "de l'OL", "von der"
	}
	if j < 1 || !d.is(wRequestOf, d.words[j].key) || d.words[m.w].prev&(sepComma|clauseBreak) != 0 {
		return false
	}
	if d.words[j].prev&(sepComma|clauseBreak) != 0 {
		return false
	}
	n := j - 1
	return d.is(wRequest, d.words[n].key) || d.kindBefore(j, 0, kBid)
}

// requestNoPrice reports a request noun at word i turned down in its
// sentence, with no amount after it: "a repoussé la demande du Stade
// Rennais" is who asks for the player; "la richiesta del Torino è di 40
// milioni", "hanno accettato la richiesta del Torino" price him.
func (d *doc) requestNoPrice(i int) bool {
	if !d.is(wRequest, d.words[i].key) || d.moneyAfter(i, min(len(d.words), i+8), 8) {
		return false
	}
	lo := sort.Search(len(d.hits), func(j int) bool { return d.hits[j].w >= i-6 })
	for _, h := range d.hits[lo:] {
		if h.w > i+12 {
			break
		}
		if h.kind == kReject && !d.sentenceStartIn(min(h.w, i)+1, max(h.w, i)) {
			return true
		}
	}
	return false
}
