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

// roleTakesUp reports a person a sentence after his takes up by his role
// alone: it opens on a definite article and a role noun that no name
// follows ("The chairman said", "Le président lyonnais a", "Il presidente
// granata, intercettato", "El director deportivo del Betis", "Der
// Sportdirektor bestätigte"), the last person named before it being him,
// in one of the three sentences before, which he opens. A person the deal
// around one of his mentions calls a player ("une offre pour X") is taken
// up by nobody.
func (d *doc) roleTakesUp(m personMention) bool {
	w := d.words
	a := m.w
	for a > 0 && !w[a].sent {
		a--
	}
	// he opens his sentence (a word before him at most), out of a quote
	if m.w-a > 1 || d.quoted(a) {
		return false
	}
	next := m.end
	for s := 0; s < 3; s++ {
		for next < len(w) && !w[next].sent {
			// another named after him, but in the sentence he opens
			if pa := d.personAt[next]; pa != 0 && d.pms[pa-1].p != m.p && s > 0 {
				return false
			}
			next++
		}
		if next >= len(w) {
			return false
		}
		if d.roleOpens(next) {
			return !d.cued(m.p)
		}
		next++
	}
	return false
}

// roleOpens reports a sentence opening at word a on a definite article,
// at most two words that are no player's (an adjective, a club), and a
// role noun that no name, no player's description and no "'s" of a player
// follow or precede: the role stands for someone named before.
func (d *doc) roleOpens(a int) bool {
	w := d.words
	if !d.is(wDefinite, w[a].key) {
		return false
	}
	for k := a + 1; k < len(w) && k <= a+3; k++ {
		if w[k].sent || w[k].prev&^(sepSpaceLike|sepApos|sepHyph) != 0 || d.personAt[k] != 0 || d.hasKindStarting(k, kPos) || w[k].key == "s" {
			return false
		}
		for _, h := range d.hitsAtWord(k) {
			if h.kind == kRole {
				return d.namelessRole(h.end)
			}
		}
	}
	return false
}

// namelessRole reports that no name nor a player's description follows a
// role ending at word e within its next six words ("Le président, Olivier
// Létang", "l'agent du joueur", "The manager Tom Ashworth").
func (d *doc) namelessRole(e int) bool {
	w := d.words
	for k := e; k < len(w) && k < e+6 && !w[k].sent; k++ {
		if d.personAt[k] != 0 || d.hasKindStarting(k, kPos) || k == e && d.nameWord(k) && d.clubAt[k] == 0 {
			return false
		}
	}
	return true
}

// quoted reports an open quote before word i on its line: "Di Vaio:
// «Calafiori ... Zirkzee? Nessun rimpianto»" quotes Zirkzee's name.
func (d *doc) quoted(i int) bool {
	open := false
	for k := i; k >= 0; k-- {
		if d.words[k].prev&sepQuote != 0 && k < i {
			open = !open
		}
		if k == 0 || d.words[k].prev&(sepNL|sepPara) != 0 {
			break
		}
	}
	return open
}

// cued reports a mention of person p that the deal around it calls a
// player's (see playerCue).
func (d *doc) cued(p int) bool {
	for _, m := range d.pms {
		if m.p == p && d.playerCue(m.w, m.end) {
			return true
		}
	}
	return false
}
