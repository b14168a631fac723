package extract

import "strings"

// dateline reports a club mention that is the place of a wire story's
// dateline: a paragraph opening on a city, a comma and a date ("TORINO, 20
// luglio 2022 –", "MONACO, 11 juin 2022 (AFP) -", "(ANSA) - TORINO, 18 LUG").
func (d *doc) dateline(m clubMention) bool { return d.datelineAt(m.w, m.end) }

// datelineAt reports words [a, end) that are the place of a dateline: a
// city named by no club ("Wolfsburg, 28. Juli 2023") is no person either.
func (d *doc) datelineAt(a, end int) bool {
	if d.agencyAfter(a, end) {
		return true
	}
	if end+2 >= len(d.words) || d.words[end].prev&sepComma == 0 || !d.paraLead(a) && !d.agencyLead(a) {
		return false
	}
	day := false // "18 luglio", "5 de agosto", "12. August", "June 3"; a wire's "18 LUG"
	for k := end; k < end+3; k++ {
		w := d.words[k]
		if (monthOf(w.key) > 0 || day && w.upper && len(w.key) == 3) && (day || k+1 < len(d.words) && d.words[k+1].num) {
			return true
		}
		day = day || w.num
	}
	return false
}

// agencyAfter reports words [a, end) opening a paragraph and followed by
// a news agency's name in brackets and a dash, with no date: "Stuttgart
// (dpa) – Sasa Kalajdzic verlässt ...", "LEIPZIG (Reuters) - ...".
func (d *doc) agencyAfter(a, end int) bool {
	if a > 0 && d.words[a].prev&(sepPara|sepNL) == 0 || end+1 >= len(d.words) || d.words[end].prev&sepParen == 0 {
		return false
	}
	o, e := d.outletAt(end, min(len(d.words), end+4))
	return o != "" && e < len(d.words) && d.words[e].prev&sepParen != 0 && d.words[e].prev&sepDash != 0
}

// agencyLead reports a word right after a news agency's name in brackets
// that opens a paragraph: "(ANSA) - TORINO", "(AFP) - PARIS".
func (d *doc) agencyLead(i int) bool {
	if i < 1 || d.words[i].prev&sepDash == 0 || !d.words[i-1].cap {
		return false
	}
	return d.paraLead(i-1) && d.words[i-1].prev&sepParen != 0 || i >= 2 && d.paraLead(i-2) && d.words[i-2].cap && d.words[i-2].prev&sepParen != 0
}

// placeAdjectives are the endings of the adjectives a language makes from
// countries and cities, which it writes with a capital before a noun:
// "Englische Quellen", "Leipziger Tagen" are no names.
var placeAdjectives = map[string][]string{"de": {"ische", "ischen", "ischer", "isches"}}

// cityAdjectiveEnding makes a German adjective from a city or club name:
// "Leipziger", "Dortmunder", "Kölner".
const cityAdjectiveEnding = "er"

// placeAdjective reports a capitalised adjective of a place at word i in a
// language that capitalises them: a country adjective ("Englische") or a
// club's city with the adjective ending ("Leipziger Gebot").
func (d *doc) placeAdjective(i int) bool {
	ends, ok := placeAdjectives[d.lang]
	if !ok {
		return false
	}
	k := d.words[i].key
	for _, e := range ends {
		if len(k) > len(e)+2 && strings.HasSuffix(k, e) {
			return true
		}
	}
	if stem, ok := strings.CutSuffix(k, cityAdjectiveEnding); ok && len(stem) > 3 {
		if e, ok := d.x.gaz[stem]; ok && e.city {
			return true
		}
	}
	return false
}

// exclVerbLast reports a German clause that ends on a verb setting its
// club aside, right after the club: "der am Samstag den VfB Stuttgart
// empfängt", "das den BVB besiegt hat". A leave verb after a modal tells
// a departure to come, from his club: "soll den FC Liverpool verlassen".
func (d *doc) exclVerbLast(s *sent, m *clubMention) bool {
	if d.lang != "de" || m.end >= s.b {
		return false
	}
	for _, h := range d.hitsIn(m.end, m.end+1) {
		if h.kind == kExcl || h.kind == kBirthplace {
			if d.is(wQuit, d.words[h.w].key) && d.modalBefore(s, m.w) {
				return false
			}
			return h.end >= s.b || d.words[h.end].prev&(sepComma|clauseBreak) != 0 || d.words[h.end].key == "hat" || d.words[h.end].key == "hatte"
		}
	}
	return false
}

// modalBefore reports a modal verb in the clause of word i, before it.
func (d *doc) modalBefore(s *sent, i int) bool {
	c := s.clauses[i-s.a]
	for k := i - 1; k >= s.a && s.clauses[k-s.a] == c; k-- {
		if d.is(wModal, d.words[k].key) {
			return true
		}
		if d.words[k].prev&(sepComma|clauseBreak) != 0 {
			break
		}
	}
	return false
}

// contractPlace reports a city right after a locative that a contract
// word touches: a contract is held with a club, not a town ("Burkardts
// Vertrag in Mainz", "besitzt in Wolfsburg einen Vertrag", "son contrat à
// Lyon", "il suo contratto a Torino"); or that a staying phrase ends on
// ("seguirá en París").
func (d *doc) contractPlace(m clubMention) bool {
	loc := m.w - 1
	if loc > 0 && d.words[loc].prev&^sepSpaceLike == 0 && (d.kindBefore(loc, 0, kContract) || d.kindBefore(loc, 0, kTenure)) {
		return true
	}
	// "El brasileño seguirá en París", "bleibt in München": where he stays
	// is where he plays
	if d.kindBefore(m.w, 0, kLeave) && d.words[m.w].prev&^sepSpaceLike == 0 {
		return true
	}
	for k := m.end; k < len(d.words) && k <= m.end+2; k++ {
		if d.words[k].prev&^sepSpaceLike != 0 {
			return false
		}
		if d.hasKindAt(k, kContract) {
			return true
		}
	}
	return false
}
