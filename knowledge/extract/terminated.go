package extract

// terminatedBy reports club mention k as the club of a contract the
// sentence tells ended early: the club nearest before the word of
// termination in its clause ("Arsenal have terminated the winger's
// contract", "after his Chelsea contract was terminated", "s'entendre avec
// le club lombard pour résilier son bail"), or after it behind a with-word
// ("la rescissione con il club nerazzurro", "rescindió con el Sevilla",
// "terminate his contract with Chelsea"). That club is a former one, no
// suitor.
func (d *doc) terminatedBy(s *sent, k int) bool {
	m := d.cms[k]
	c := s.clauses[m.w-s.a]
	far := 5
	if d.lang == "de" {
		far = 8 // "hat den Vertrag mit dem Flügelspieler aufgelöst": the verb closes its clause
	}
	for _, h := range d.hitsIn(max(s.a, m.w-8), min(s.b, m.end+far+1)) {
		if h.kind != kTerminate || s.clauses[h.w-s.a] != c {
			continue
		}
		if h.w >= m.end && h.w-m.end <= far && !(k+1 < len(d.cms) && d.cms[k+1].w < h.w) {
			return true
		}
		if m.w >= h.end && m.w-h.end <= 5 {
			j := m.w - 1
			if j > s.a && d.is(wWithArticle, d.words[j].key) && !d.words[j].cap {
				j--
			}
			if d.is(wWith, d.words[j].key) {
				return true
			}
		}
	}
	return false
}
