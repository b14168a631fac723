package extract

// This file holds the last resort for a player's own club: when no rule
// of the way a deal is told names it, the club most associated with him
// in the article is his. "Borussia Dortmund bestätigte, dass der Kapitän
// ...", "El belga, que no se presentó a los entrenamientos del Chelsea",
// "Il Napoli non ha intenzione di fare sconti per Osimhen": a club named
// in the sentences about him that neither pursues him nor is set aside
// (an opponent, a former club, a loan club) is most likely the one he
// plays for, and the sooner it is named after his first mention the
// likelier.

// noteNear weighs the clubs of a sentence as the own club of the player
// each is nearest to: 1 for a sentence naming him, 0.5 for one that goes
// on about him, divided by the number of sentences about him read before.
func (d *doc) noteNear(s *sent) {
	ks := d.mentionsIn(s.a, s.b)
	for _, k := range ks {
		m := &d.cms[k]
		if m.excluded || s.hyp[m.w-s.a] || m.dest || d.towards(s, m.w) {
			continue
		}
		p := d.playerFor(s, m.w)
		if p < 0 {
			continue
		}
		per := d.persons[p]
		w := 0.5
		for _, pm := range s.players {
			if pm.p == p {
				w = 1
				break
			}
		}
		if per.near == nil {
			per.near = map[int]float64{}
		}
		per.near[m.club] += w / float64(1+per.about)
	}
	seen := false
	for i, pm := range s.players {
		if !d.namedBefore(s, i, pm.p) {
			d.persons[pm.p].about++
			seen = true
		}
	}
	if !seen && len(s.players) == 0 && d.focus >= 0 {
		d.persons[d.focus].about++
	}
}

// namedBefore reports whether player p is named earlier in the sentence
// than its i-th player mention.
func (d *doc) namedBefore(s *sent, i, p int) bool {
	for _, pm := range s.players[:i] {
		if pm.p == p {
			return true
		}
	}
	return false
}

// nearClub returns the club most associated with the person that is none
// of his suitors, or -1. Evidence too weak is none: a club named only far
// from his mentions (weight under minNear) among three clubs or more about
// him is as likely a suitor the text does not tell as his own.
func (p *person) nearClub() int {
	best, bestW := -1, 0.0
	for c, w := range p.near {
		if p.pursuedBy(c) {
			continue
		}
		if w > bestW || w == bestW && c < best {
			best, bestW = c, w
		}
	}
	if bestW < minNear && len(p.near) >= 3 {
		return -1
	}
	return best
}

// minNear is the weight a club named near a player needs to be his, when
// the sentences about him name three clubs or more: 1 is a club in a
// sentence naming him first, 0.2 one in about the fifth sentence about him.
const minNear = 0.2

// towardWords put the club after them as where a player goes: "zum FC
// Barcelona wechseln", "a move to Chelsea", "direction Milan", "rumbo al
// Real Madrid", "verso il Chelsea", "in Richtung FC Bayern".
var towardWords = map[string]bool{"zum": true, "zur": true, "to": true, "towards": true, "vers": true,
	"direction": true, "rumbo": true, "verso": true, "richtung": true, "destination": true}

// towards reports a toward-word in the two words before word i.
func (d *doc) towards(s *sent, i int) bool {
	for k := i - 1; k >= s.a && k >= i-2; k-- {
		if towardWords[d.words[k].key] {
			return true
		}
	}
	return false
}
