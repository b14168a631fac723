package extract

// plansOf reports a person whose plans a player is in or out of: the
// name after a plans noun and "of" ("not in the plans of X", "fuera de
// los planes de X", "fuori dai piani di X", "hors des plans de X", "in
// den Plänen von X"), or before "'s" and the plans noun ("in X's
// plans"), an in-word (word set plansin) before the plans or its
// article. Who picks the squad is its coach; a player's own plans ("the
// plans of X", "los planes de X" with no in-word) tell nothing.
func (d *doc) plansOf(m personMention) bool {
	w := d.words
	a, e := m.w, m.end
	if a >= 3 && w[a].prev&^sepSpaceLike == 0 && (d.hasKindAt(a-1, kOf) || w[a-1].key == "di") && d.is(wPlans, w[a-2].key) {
		return d.inPlans(a - 2)
	}
	if e+1 < len(w) && w[e].key == "s" && w[e].prev&sepApos != 0 && d.is(wPlans, w[e+1].key) {
		return a > 0 && d.is(wPlansIn, w[a-1].key)
	}
	return false
}

// inPlans reports an in-word right before the plans noun at word p or
// before its article (a function word): "in the plans", "nei piani", "de los planes".
func (d *doc) inPlans(p int) bool {
	w := d.words
	for k := p - 1; k >= 0 && k >= p-2; k-- {
		if w[k+1].prev&^sepSpaceLike != 0 {
			return false
		}
		if d.is(wPlansIn, w[k].key) {
			return true
		}
		// an article between: "de los planes", "in den Plänen"
		if w[k].cap || !d.is(wDefinite, w[k].key) && stopLang[w[k].key] == 0 {
			return false
		}
	}
	return false
}
