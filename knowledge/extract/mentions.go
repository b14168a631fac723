package extract

import (
	"slices"
	"strings"
)

// description is a player named by what he is rather than by his name:
// "the Colombian", "le milieu", "il centrocampista serbo", "der
// Niederländer", "their left-back".
type description struct {
	a, b    int      // its words, the article left out
	classes []string // what it says of him: "pos.mid", "nat.co" (see descriptionClasses)
	owner   int      // the person its place ties it to, or -1
}

// describedRef is the player a description of a sentence stands for, and
// its words: what -explain shows of a link made through it.
type describedRef struct{ sent, p, a, b int }

// descriptionsIn finds the descriptions of players in the sentence: a run
// of description words after a definite determiner ("the Brazilian
// forward", "l'attaquant argentin"), or right before a name ("Colombian
// winger Luis Díaz", "le milieu Adrien Rabiot"). Its owner is the person it
// stands before, or the one whose name it follows after a comma ("Lamine
// Camara, le milieu sénégalais"). An English nationality before a noun is
// an adjective ("the German side", "the Italian press"); a German one is a
// noun only when capitalised ("der Niederländer", not "der
// niederländische"); "au milieu de" is a place.
func (d *doc) descriptionsIn(s *sent) []description {
	words := d.words
	var out []description
	hits := d.hitsIn(s.a, s.b)
	for k := 0; k < len(hits); k++ {
		h := hits[k]
		if h.kind != kPos || len(out) > 0 && h.w < out[len(out)-1].b {
			continue
		}
		art := h.w - 1
		lead := art >= s.a && (d.is(wDefinite, words[art].key) || d.is(wDescArticle, words[art].key) || d.clubPossessive(art)) && words[h.w].prev&^sepSpaceLike&^sepApos == 0 &&
			!(d.lang == "de" && words[art].key == "die") // "die Engländer": a team
		e, classes := d.descriptionRun(h, s.b)
		n := d.clubOfDescription(e, s.b)
		premod := n < len(words) && d.personAt[n] != 0 && words[n].prev&^sepSpaceLike == 0
		if !lead && !premod {
			continue
		}
		if !premod && d.adjectival(h.w, e, classes) {
			continue
		}
		if lead && words[art].key == "au" && e < s.b && d.hasKindAt(e, kOf) {
			continue // "au milieu de la saison"
		}
		desc := description{a: h.w, b: e, classes: classes, owner: -1}
		switch {
		case premod:
			desc.owner = d.pms[d.personAt[n]-1].p
		case lead && art > s.a && words[art].prev&sepComma != 0 && d.personAt[art-1] != 0 && d.pms[d.personAt[art-1]-1].end == art:
			desc.owner = d.pms[d.personAt[art-1]-1].p
		}
		out = append(out, desc)
	}
	return out
}

// clubPossessive reports a club's possessive ending at word i, before a
// description: "Liverpool's captain", "Leverkusens Kapitän".
func (d *doc) clubPossessive(i int) bool {
	w := d.words
	if w[i].key == "s" && i > 0 && tight(w[i].prev) && d.clubAt[i-1] != 0 {
		return true
	}
	return d.clubAt[i] != 0 && d.cms[d.clubAt[i]-1].poss && d.cms[d.clubAt[i]-1].end == i+1
}

// clubOfDescription skips the club a description names after it
// ("l'attaquant du LOSC", "il centrocampista del Napoli"): the word after
// the club, or e when none.
func (d *doc) clubOfDescription(e, b int) int {
	j := e
	if j < b && d.hasKindAt(j, kOf) && d.words[j].prev&^sepSpaceLike == 0 {
		j++
		if j < b && d.is(wDefinite, d.words[j].key) {
			j++
		}
		if j < b && d.clubAt[j] != 0 {
			return d.cms[d.clubAt[j]-1].end
		}
		if j < b && d.words[j].upper && d.personAt[j] == 0 {
			return j + 1 // a club's initials the table lacks: "du LOSC"
		}
	}
	return e
}

// descriptionRun reads the run of description words from hit h ("the
// Brazilian forward", "l'attaquant argentin de 22 ans" up to "ans"): the
// end of the run and the classes its words carry.
func (d *doc) descriptionRun(h hit, b int) (int, []string) {
	words := d.words
	table := d.x.lex.classes[d.lang]
	var out []string
	e := h.w
	for e < b {
		next := -1
		for _, o := range d.hitsIn(e, e+1) {
			if o.kind == kPos && o.end > next {
				next = o.end
			}
		}
		if next < 0 || e > h.w && words[e].prev&^sepSpaceLike != 0 {
			break
		}
		key := words[e].key
		if next > e+1 {
			key = d.joinKeys(e, next)
		}
		c := table[key]
		if strings.HasPrefix(c, "nat.") && d.lang == "de" && !words[e].cap {
			break // "der niederländische": an adjective
		}
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
		e = next
	}
	return e, out
}

// adjectival reports an English nationality that qualifies the noun after
// it rather than naming a player: "the German side", "the Italian press".
func (d *doc) adjectival(a, e int, classes []string) bool {
	if d.lang != "en" || e >= len(d.words) {
		return false
	}
	for _, c := range classes {
		if !strings.HasPrefix(c, "nat.") {
			return false
		}
	}
	n := d.words[e]
	return n.prev&^sepSpaceLike == 0 && !n.cap && !n.num && stopLang[n.key] == 0
}

// classType is the kind of thing a class says: "pos" or "nat".
func classType(c string) string {
	t, _, _ := strings.Cut(c, ".")
	return t
}

// fitsClasses reports whether nothing the text said of person p
// contradicts the classes: no other nationality, no other position.
func (d *doc) fitsClasses(p int, classes []string) bool {
	have := d.persons[p].classes
	for _, c := range classes {
		if slices.Contains(have, c) {
			continue
		}
		for _, h := range have {
			if classType(h) == classType(c) {
				return false
			}
		}
	}
	return true
}

// hasClasses reports whether the text said all the classes of person p.
func (d *doc) hasClasses(p int, classes []string) bool {
	for _, c := range classes {
		if !slices.Contains(d.persons[p].classes, c) {
			return false
		}
	}
	return true
}

// describedOther returns the one player other than p the text gave all the
// classes, -1 when none, -2 when several.
func (d *doc) describedOther(p int, classes []string) int {
	found := -1
	for q, per := range d.persons {
		if q == p || per.nonplayer || !d.hasClasses(q, classes) {
			continue
		}
		if found >= 0 {
			return -2
		}
		found = q
	}
	return found
}

// resolveDescription returns the player a description with these classes
// is about, when the passage is about player cand: cand when nothing the
// text said of him contradicts it ("le milieu" of a player it called
// nothing yet, or a midfielder); else the one other player the text gave
// what it says; else the one player the sentence before named whom nothing
// contradicts ("el Barça ha centrado sus esfuerzos en Vitor Roque. … el
// delantero brasileño" after a midfielder's story); else -1: unsure,
// about nobody. A description that says nothing particular ("the player")
// is cand's.
func (d *doc) resolveDescription(cand int, classes []string) int {
	if len(classes) == 0 || cand >= 0 && d.fitsClasses(cand, classes) {
		return cand
	}
	if other := d.describedOther(cand, classes); other >= 0 {
		return other
	}
	found := -1
	for _, m := range d.pms {
		if m.w < d.prevSent[0] || m.w >= d.prevSent[1] || m.p == cand || m.p == found || d.persons[m.p].nonplayer || !d.fitsClasses(m.p, classes) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = m.p
	}
	return found
}

// describe reads the descriptions of players in the sentence. In a
// sentence that names nobody, a description tells who it is about: the
// player of the passage when it fits him, the one other player the text
// described so when it contradicts him ("Le milieu de 30 ans" after an
// "attaquant" was named is the midfielder met before). In a sentence that
// names only others, a description before their names is the player of
// the passage: "Il brasiliano prende il posto di Matthijs de Ligt". What
// a description says is then recorded of the player it is about.
func (d *doc) describe(s *sent) {
	defer func() { d.prevSent = [2]int{s.a, s.b} }()
	descs := d.descriptionsIn(s)
	if len(descs) == 0 {
		return
	}
	for _, desc := range descs {
		// a description that says nothing particular ("the captain")
		// stands for the player of a section before the names of others
		plain := len(desc.classes) == 0 && !(d.unit >= 0 && d.focus == d.unit && len(s.players) > 0 && desc.b <= s.players[0].w)
		if desc.owner >= 0 || plain {
			continue
		}
		if len(s.players) == 0 {
			if r := d.resolveDescription(d.focus, desc.classes); r != d.focus {
				d.focus = r
			}
			d.described = describedRef{sent: s.a, p: d.focus, a: desc.a, b: desc.b}
			break
		}
		if d.focus < 0 || desc.a > s.players[0].w && !d.allOblique(s) || d.namesPlayer(s, d.focus) {
			break
		}
		if r := d.resolveDescription(d.focus, desc.classes); r >= 0 && !d.namesPlayer(s, r) {
			s.players = append([]personMention{{w: desc.a, end: desc.b, p: r}}, s.players...)
			d.described = describedRef{sent: s.a, p: r, a: desc.a, b: desc.b}
		}
		break
	}
	for _, desc := range descs {
		p := desc.owner
		if p < 0 {
			p = d.describedIn(s, desc)
		}
		if p >= 0 && !d.persons[p].nonplayer {
			for _, c := range desc.classes {
				if !slices.Contains(d.persons[p].classes, c) {
					d.persons[p].classes = append(d.persons[p].classes, c)
				}
			}
		}
	}
}

// allOblique reports whether every player the sentence names is set aside
// by the words before him: "uno scambio con Romelu Lukaku: le richieste
// dell'argentino" is no description of Lukaku.
func (d *doc) allOblique(s *sent) bool {
	for _, m := range s.players {
		if !d.oblique(m) {
			return false
		}
	}
	return true
}

// namesPlayer reports whether the sentence names player p.
func (d *doc) namesPlayer(s *sent, p int) bool {
	for _, m := range s.players {
		if m.p == p {
			return true
		}
	}
	return false
}

// describedIn returns the player a description its place ties to no one
// is about: the player of the passage when the sentence names nobody, the
// one player it names in the description's clause when he is its subject
// (not "uno scambio con Lukaku: le richieste dell'argentino"), else -1.
func (d *doc) describedIn(s *sent, desc description) int {
	if len(s.players) == 0 {
		return d.focus
	}
	p := -1
	for _, m := range s.players {
		if p >= 0 && m.p != p || s.clauses[m.w-s.a] != s.clauses[desc.a-s.a] || d.oblique(m) {
			return -1
		}
		p = m.p
	}
	return p
}
