package extract

import "strings"

// openUnit starts a new unit of the article when the sentence is a line
// of its own heading a section ("Lukebakio, une vieille connaissance du
// LOSC", "GALLAGHER", "Sarabia, la Lazio bloque"): the player it names is
// who the section's sentences are about until the next heading. It reports
// whether the sentence is such a heading.
func (d *doc) openUnit(s *sent) bool {
	if !d.headingLine(s) {
		return false
	}
	d.unit = -1
	for _, m := range s.players {
		d.unit = m.p
		break
	}
	if d.unit < 0 {
		d.unit = d.personByName(s)
	}
	// a byline ("Par Corentin Facy"), a fragment ("Sancho-Wechsel"): a
	// name met once, or that nothing in the article says is a player's,
	// heads no section
	if d.unit >= 0 && (d.persons[d.unit].evidence == 0 || d.persons[d.unit].total < 2) {
		d.unit = -1
	}
	if d.unit >= 0 {
		d.focus = d.unit
	}
	return true
}

// headingLine reports whether the sentence is a short line of its own,
// after the article's first line, with no full stop at its end.
func (d *doc) headingLine(s *sent) bool {
	if s.a == 0 || d.words[s.a].prev&(sepNL|sepPara) == 0 || s.b-s.a > 12 {
		return false
	}
	if s.b < len(d.words) && d.words[s.b].prev&(sepNL|sepPara) == 0 {
		return false
	}
	end := len(d.text)
	if s.b < len(d.words) {
		end = d.words[s.b].start
	}
	tail := d.text[d.words[s.b-1].end:end]
	if nl := strings.IndexByte(tail, '\n'); nl >= 0 {
		tail = tail[:nl]
	}
	return !strings.ContainsAny(tail, ".!?…")
}

// personByName finds the person a heading names in capitals or by his last
// name only ("GALLAGHER", "Blas"): the words of the heading, joined, are the
// last name of one person the article names.
func (d *doc) personByName(s *sent) int {
	if s.b-s.a > 3 {
		return -1
	}
	key := d.joinKeys(s.a, s.b)
	last, _ := d.nameRefs()
	if p, ok := last[key]; ok && p >= 0 && !d.persons[p].nonplayer {
		return p
	}
	return -1
}
