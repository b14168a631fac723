package extract

// receivedOffer reports club mention k as the club that received an offer,
// or has not: the club nearest before a receiving word that an offer word
// stands next to, in its clause ("West Ham have not received an offer",
// "el City, de momento, no ha recibido ninguna oferta", "Lyon n'avait reçu
// aucune offre", "non abbiamo mai ricevuto offerte", "der VfB hat ein
// Angebot erhalten"). An offer goes to the club that sells.
func (d *doc) receivedOffer(s *sent, k int) bool {
	m := d.cms[k]
	c := s.clauses[m.w-s.a]
	for r := m.end; r < s.b && r <= m.end+10 && s.clauses[r-s.a] == c; r++ {
		if r > m.end && d.clubAt[r] != 0 {
			return false // another club stands nearer
		}
		if !d.is(wReceived, d.words[r].key) {
			continue
		}
		for _, h := range d.hitsIn(max(m.end, r-4), min(s.b, r+5)) {
			if h.kind == kBid && s.clauses[h.w-s.a] == c && (h.w > r || d.clubAt[r-1] == 0) {
				return true
			}
		}
	}
	return false
}
