package extract

// dateline reports a club mention that is the place of a wire story's
// dateline: a paragraph opening on a city, a comma and a date ("TORINO, 20
// luglio 2022 –", "MONACO, 11 juin 2022 (AFP) -", "(ANSA) - TORINO, 18 LUG").
func (d *doc) dateline(m clubMention) bool {
	if m.end+2 >= len(d.words) || d.words[m.end].prev&sepComma == 0 || !d.paraLead(m.w) {
		return false
	}
	day := false // "18 luglio", "5 de agosto", "12. August", "June 3"
	for k := m.end; k < m.end+3; k++ {
		if monthOf(d.words[k].key) > 0 && (day || k+1 < len(d.words) && d.words[k+1].num) {
			return true
		}
		day = day || d.words[k].num
	}
	return false
}
