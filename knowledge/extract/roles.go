package extract

// dropCoveredRoles drops a role word lying inside a longer phrase of
// another concept: "free agent", "agent libre", "agente libre" call a
// player out of contract, no agent.
func dropCoveredRoles(hits []hit) []hit {
	out := hits[:0]
	for i, h := range hits {
		if h.kind == kRole && coveredByOther(hits, i) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// coveredByOther reports a longer contract phrase that holds hits[i].
func coveredByOther(hits []hit, i int) bool {
	h := hits[i]
	for j := max(0, i-6); j < min(len(hits), i+6); j++ {
		o := hits[j]
		if j != i && (o.kind == kContract || o.kind == kExpire) && o.w <= h.w && h.end <= o.end && o.end-o.w > h.end-h.w {
			return true
		}
	}
	return false
}

// roleApposition reports a role noun among the first three words after a
// comma at word e, as an apposition to the name before it ("X, the Everton
// manager", "X, le coach de l'OM"): not when a verb follows the role
// right away, which makes it the subject of the next clause ("Asked about
// X, the manager said", "Interrogé sur X, le coach a été").
func (d *doc) roleApposition(e int) bool {
	n := len(d.words)
	if e >= n || d.words[e].prev&sepComma == 0 {
		return false
	}
	for _, h := range d.hitsIn(max(0, e-4), min(n, e+3)) {
		if h.kind != kRole || h.end <= e {
			continue
		}
		if h.end < n && d.words[h.end].prev&^sepSpaceLike == 0 && d.is(wRoleVerb, d.words[h.end].key) {
			continue
		}
		return true
	}
	return false
}

// caseNounAfter reports a case-file noun right after a name the article
// "the" opens, the case of a player's move ("the Adam Wharton sale", "the
// Thiago Alcantara saga"), after the club he goes to or not ("the Thiago
// Alcantara to Liverpool rumours").
func (d *doc) caseNounAfter(b int) bool {
	w := d.words
	if b+1 < len(w) && d.is(wDestination, w[b].key) && d.clubAt[b+1] != 0 {
		b = d.cms[d.clubAt[b+1]-1].end
	}
	if b >= len(w) || w[b].cap || w[b].prev&^sepSpaceLike != 0 {
		return false
	}
	k := w[b].key
	return d.is(wCaseFile, k) || d.is(wDeparture, k) || d.is(wMoveNoun, k)
}
