package extract

// acceptedBy marks the club after a participle of accepting and an agent
// word as the one that sells: "a bid for X accepted by Brighton", "une
// offre acceptée par le Torino", "una oferta aceptada por el Sevilla",
// "un'offerta accettata dal Torino". The club that accepts an offer is his
// club, not a suitor. A participle the lexicon already reads as an
// acceptance has credited the club as his in sellers.
func (d *doc) acceptedBy(s *sent) {
	for i := s.a; i+2 < s.b; i++ {
		if !d.is(wAcceptedBy, d.words[i].key) || !d.hasKindAt(i+1, kAgent) || d.words[i+1].prev&^sepSpaceLike != 0 {
			continue
		}
		for j := i + 2; j < s.b && j < i+4 && d.words[j].prev&^sepSpaceLike == 0; j++ {
			c := d.clubAt[j]
			if c == 0 {
				continue
			}
			m := &d.cms[c-1]
			m.attached = true
			if p := d.playerFor(s, j); p >= 0 && !d.hasKindAt(i, kAccept) {
				d.addCurAt(p, m, 1.5, "club-that-accepted")
			}
			break
		}
	}
}
