package extract

// approachedClub reports a club that a talks verb takes as its object while
// another club is the sentence's subject: the club a buyer approaches,
// phones or contacts about a player sells him ("they have approached
// Tottenham to ask about Yves Bissouma", "le PSG a contacté l'OL pour",
// "la Juve ha contattato il Napoli per"); so does the club it comes back
// to with a new offer ("Tottenham a relancé l'OL", "came back to Lyon").
// The verb's subject is the club before it in the clause, or the club the
// passage is about for a pronoun.
func (d *doc) approachedClub(s *sent, m *clubMention) bool {
	j := m.w
	if j-1 > s.a && d.is(wObjectArticle, d.words[j-1].key) && !d.words[j-1].cap {
		j--
	}
	// "ha preguntado al City", "chiesto informazioni al Chelsea", "renseigné
	// auprès de Lille": a talks phrase that ends on its preposition
	asked := d.kindBefore(m.w, 0, kTalks) && d.words[m.w].prev&^sepSpaceLike == 0
	if !contains(objectLangs, d.lang) || j <= s.a || d.words[j].prev&^sepSpaceLike != 0 || !asked && !d.kindBefore(j, 0, kTalks) && !d.kindBefore(j, 0, kRenew) {
		return false
	}
	c := s.clauses[m.w-s.a]
	pronoun := false
	for k := j - 2; k >= s.a && (s.clauses[k-s.a] == c || pronoun); k-- {
		if cm := d.clubAt[k]; cm != 0 {
			sub := d.cms[cm-1]
			return sub.club != m.club && !sub.attached && !sub.excluded
		}
		if d.personAt[k] != 0 {
			return false // a player or his agent phones the club: it is wanted
		}
		// "Chelsea's spree goes on, with reports that they have approached
		// Tottenham": the pronoun's club is named before it
		pronoun = pronoun || d.is(wClubPronoun, d.words[k].key)
	}
	if pronoun {
		t := d.topicClub()
		return t >= 0 && t != m.club
	}
	return false
}

// objectLangs are the languages whose verb comes before its object: a
// German "verhandelt Manchester City mit" has the club as its subject. An
// Italian or Spanish subject may follow its verb too ("tratta il Milan"),
// which is why a subject club must stand before the verb.
const objectLangs = "en fr es it"

// ownAgreements reads an agreement word a player possesses, before "with",
// as his contract, the tenure that ties him to the club after it, not a deal in
// the making: "vedrà scadere il suo accordo con il Lille", "su acuerdo con
// el Villarreal", "son accord avec Lille", "his agreement with Forest".
func (d *doc) ownAgreements() {
	for i, h := range d.hits {
		// "sa visite médicale à Marseille" stays a step of his move
		if h.kind == kAdvanced && h.w > 0 && d.is(wPlayerPoss, d.words[h.w-1].key) && h.end < len(d.words) && d.is(wWith, d.words[h.end].key) {
			d.hits[i].kind = kTenure
		}
	}
}
