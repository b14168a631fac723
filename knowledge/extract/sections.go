package extract

// clubSection returns the club a paragraph opening at word a is headed
// by, its name closed by a full stop or a colon ("Olympique de
// Marseille. L'OM a été...", "ANDERLECHT. Le grand événement...",
// "Borussia Dortmund: Der BVB reagierte..."), or -1: a roundup's section
// of one club's window.
func (d *doc) clubSection(a int) int {
	c := d.clubAt[a]
	if c == 0 {
		return -1
	}
	m := d.cms[c-1]
	if m.w != a || m.end >= len(d.words) || d.words[m.end].prev&(sepStop|sepColon) == 0 || d.words[m.end].prev&(sepPara|sepNL) != 0 {
		return -1
	}
	return m.club
}

// sectionArrivals makes the club of a roundup's section the club of a
// player its sentence tells arriving, from another club or from nowhere
// named: "Pierre-Emerick Aubameyang est arrivé de Chelsea", "Ludovic
// Blas, venu du FC Nantes", "Carney Chukwuemeka kommt per Leihe vom FC
// Chelsea", "X llegó del Betis", "X è arrivato dal Torino". Not one told
// going to a club the sentence names ("est arrivé à Tottenham").
func (d *doc) sectionArrivals(s *sent) {
	if d.section < 0 {
		return
	}
	for _, pm := range s.players {
		if d.arrivesAfter(s, pm) && !d.persons[pm.p].pursuedBy(d.section) {
			d.addCurAt(pm.p, &clubMention{w: pm.w, end: pm.end, club: d.section}, 3, "arrival-in-club-section")
		}
	}
}

// arrivesAfter reports a past arrival told right after mention m, in his
// clause or his apposition, whose clause names no club but the ones he
// comes from.
func (d *doc) arrivesAfter(s *sent, m personMention) bool {
	cue := -1
	for k := m.end; k < s.b && k <= m.end+4; k++ {
		if k > m.end && d.words[k].prev&clauseBreak != 0 || d.personAt[k] != 0 {
			break
		}
		if d.hasKindAt(k, kCame) || d.fromPhraseAt(k, m) || d.is(wArrive, d.words[k].key) {
			cue = k
			break
		}
	}
	if cue < 0 {
		return false
	}
	// "kommt", "llega", "passe" tell an arrival only with the club he
	// comes from: "Chukwuemeka kommt per Leihe vom FC Chelsea"
	from := d.hasKindAt(cue, kCame) || d.fromPhraseAt(cue, m)
	to := false // a destination word after the cue: "arrivé à Tottenham"
	for k := cue; k < s.b; k++ {
		if k > cue && d.words[k].prev&(sepComma|clauseBreak) != 0 {
			break
		}
		to = to || d.is(wArrivePrep, d.words[k].key)
		if c := d.clubAt[k]; c != 0 {
			cm := d.cms[c-1]
			origin := cm.excluded || cm.attached || !to && cm.w-cue <= 3 || d.fromBefore(cm.w)
			if cm.club == d.section || !origin {
				return false // where he goes, or the section's club he left
			}
			from = true
		}
	}
	return from
}

// fromPhraseAt reports a from phrase of two words or more at word k after
// mention m, or after his name and a comma: "X, en provenance de
// Lorient", "X, procedente del Betis"; not "Thiaw vom AC Mailand", the
// club he plays for.
func (d *doc) fromPhraseAt(k int, m personMention) bool {
	for _, h := range d.hitsIn(k, k+1) {
		if h.kind == kFrom && h.end-h.w >= 2 && (k > m.end || d.words[k].prev&sepComma != 0) {
			return true
		}
	}
	return false
}
