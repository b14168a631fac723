package extract

// cameFrom reports a club after "from" that the player came from: a past
// arrival verb stands before the club in its clause ("who arrived from
// Napoli last summer", "llegó al Liverpool procedente del Inter") or, in
// German, after it ("der ablösefrei von Schalke 04 kam"). That club is his
// former one. A past clause alone says nothing: "im vergangenen Sommer
// wollten die Sachsen ihn vom FC Everton holen" is still his club.
func (d *doc) cameFrom(s *sent, m *clubMention) bool {
	c := s.clauses[m.w-s.a]
	for i := m.w - 1; i >= s.a && i >= m.w-8 && s.clauses[i-s.a] == c; i-- {
		if d.hasKindAt(i, kCame) {
			return true
		}
	}
	for i := m.end; d.lang == "de" && i < s.b && i <= m.end+3 && s.clauses[i-s.a] == c && d.words[i].prev&sepComma == 0; i++ {
		if d.hasKindAt(i, kCame) {
			return true
		}
	}
	return false
}
