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

// listedNames makes a player of a single name listed between players
// named before it and after it ("Mario Hermoso, Memphis Depay, Vitolo y
// Gabriel Paulista"), or last after two of them ("X, Y and Vitolo"), with
// its other mentions. Read once the officials are known: a name listed
// among them is none.
func (d *doc) listedNames(runs []nameRun) {
	byKey := map[string]int{}
	for _, r := range runs {
		if d.personAt[r.a] != 0 || d.nameWords(r) != 1 {
			continue
		}
		key := d.joinKeys(r.a, r.b)
		p, ok := byKey[key]
		if !ok {
			before, and := d.listedPlayerBefore(r.a)
			if before < 0 || !d.listedPlayerAfter(r.b) && !(and && d.listedPlayerBefore2(before)) {
				continue
			}
			p = d.newPerson(r.a, r.b, key)
			byKey[key] = p
		}
		d.addPersonMention(r.a, r.b, p)
	}
}

// listedPlayerBefore returns the first word of the player named right
// before word a in a list, a comma or an and-word between, and whether it
// was an and-word; or -1.
func (d *doc) listedPlayerBefore(a int) (int, bool) {
	w := d.words
	and := a > 1 && w[a].prev == 0 && d.is(wAnd, w[a-1].key) && !w[a-1].cap
	k := a - 1
	if and {
		if w[a-1].prev != 0 {
			return -1, false
		}
		k = a - 2
	} else if a == 0 || w[a].prev != sepComma {
		return -1, false
	}
	if k < 0 || d.personAt[k] == 0 {
		return -1, false
	}
	m := d.pms[d.personAt[k]-1]
	if m.end != k+1 || d.persons[m.p].nonplayer {
		return -1, false
	}
	return m.w, and
}

// listedPlayerBefore2 reports another player listed before the one at a.
func (d *doc) listedPlayerBefore2(a int) bool {
	p, and := d.listedPlayerBefore(a)
	return p >= 0 && !and
}

// listedPlayerAfter reports a player named right after word b in a list,
// a comma or an and-word between.
func (d *doc) listedPlayerAfter(b int) bool {
	w := d.words
	if b >= len(w) || w[b].sent {
		return false
	}
	k := b
	switch {
	case w[b].prev == sepComma:
	case w[b].prev == 0 && d.is(wAnd, w[b].key) && !w[b].cap && b+1 < len(w) && w[b+1].prev == 0:
		k = b + 1
	default:
		return false
	}
	pa := d.personAt[k]
	return pa != 0 && d.pms[pa-1].w == k && !d.persons[d.pms[pa-1].p].nonplayer
}
