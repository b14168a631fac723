package extract

import (
	"strings"
	"unicode"
)

// openUnit starts a new unit of the article when the sentence is a line
// of its own heading a section ("Lukebakio, une vieille connaissance du
// LOSC", "GALLAGHER", "Sarabia, la Lazio bloque"): the player it names is
// who the section's sentences are about until the next heading. A heading
// that names no player (a live blog's time, "In breve") ends the section
// before it: its sentences are about nobody until a player is named. It
// reports whether the sentence is such a heading.
func (d *doc) openUnit(s *sent) bool {
	if d.unitEnd > 0 && s.a >= d.unitEnd {
		d.unit, d.unitEnd = -1, 0 // a lead's unit ends with its paragraph
	}
	if p, colon, end := d.paragraphLead(s); p >= 0 {
		d.unit, d.unitEnd = p, end
		d.focus = p
		// the lead is the unit's heading: the words after its colon are
		// about him unless they name someone else
		kept := s.players[:0]
		for _, m := range s.players {
			if m.w >= colon {
				kept = append(kept, m)
			}
		}
		s.players = kept
		return false
	}
	if p, end := d.stopLead(s); p >= 0 {
		// "ISCO. El malagueño ...": the paragraph is his section
		d.unit, d.unitEnd, d.focus = p, end, p
		return true
	}
	if q := d.questionAt(s.a); q >= 0 {
		// a reader's question line opens a unit about the player it names
		d.unit = -1
		for _, m := range s.players {
			if m.w < d.qlines[q].q {
				d.unit = m.p
				break
			}
		}
		if p := d.askedPlayer(s.a); p >= 0 {
			d.unit = p
		}
		d.focus = d.unit
		return true
	}
	if p := d.interviewLine(s); p >= 0 {
		// an interview's question told as a statement ("On parle aussi
		// d'Ismaïla Sarr.", "Zirkzee, invece, è già andato."): the answer
		// under it is about the player it names
		d.unit, d.focus = p, p
		return true
	}
	if d.questionLead(s) {
		// a mailbag: the reader's question and the answer under it are one
		// unit, about the player the question names (the one its
		// interrogative sentence names: "Q: Chelsea have already signed
		// X and Y. Are they really going to get Z too?" is about Z)
		d.unit = d.askedPlayer(s.a)
		for _, m := range s.players {
			if d.unit < 0 {
				d.unit = m.p
			}
			break
		}
		d.focus = d.unit
		return true
	}
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
	// (a roundup's name heading heads its section even when the section
	// names him only by description)
	if _, named := d.nameHeadAt(s.a); d.unit >= 0 && !named && (d.persons[d.unit].evidence == 0 || d.persons[d.unit].total < 2) {
		d.unit = -1
	}
	d.focus = d.unit
	return true
}

// paragraphLead returns the player a paragraph opens on as its subject,
// his name closed by a colon, with his club in brackets before it or not
// ("Dan Ndoye (Bologna): il Nottingham Forest ...", "LOÏS OPENDA (Lens) :
// c'est fait", "Frattesi: l'Inter chiede 35 milioni"), and the end of the
// paragraph, which ends his unit; or -1. colon is the first word after
// the colon.
func (d *doc) paragraphLead(s *sent) (p, colon, end int) {
	words := d.words
	if s.a == 0 || words[s.a].prev&sepPara == 0 {
		return -1, 0, 0
	}
	pa := d.personAt[s.a]
	if pa == 0 {
		return -1, 0, 0
	}
	m := d.pms[pa-1]
	if per := d.persons[m.p]; m.w != s.a || per.nonplayer || per.evidence == 0 {
		return -1, 0, 0
	}
	k := m.end
	if k < s.b && words[k].prev&sepParen != 0 {
		for k++; k < s.b && k < m.end+6 && words[k].prev&sepParen == 0; k++ {
		}
	}
	if k >= s.b || words[k].prev&sepColon == 0 {
		return -1, 0, 0
	}
	end = k
	for end < len(words) && words[end].prev&sepPara == 0 {
		end++
	}
	return m.p, k, end
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
	return !d.stopAtEnd(s) || d.namedLead(s)
}

// namedLead reports a short line of its own closed by a full stop that
// opens on a name and a comma or colon, with its section right under it:
// "Le Normand, rumbo al Metropolitano.", "Rossi: no al rinnovo."
func (d *doc) namedLead(s *sent) bool {
	if s.b-s.a > 8 || s.b >= len(d.words) || d.words[s.b].prev&sepPara != 0 {
		return false
	}
	a := s.a
	if particles[d.words[a].key] && a+1 < s.b {
		a++ // "De Rossi, ..."
	}
	pa := d.personAt[a]
	if pa == 0 {
		return false
	}
	e := d.pms[pa-1].end
	return e < s.b && d.words[e].prev&(sepComma|sepColon) != 0
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

// findNameHeadings finds the headings of a roundup whose sections are
// headed by a player's name in capitals, one word or up to four, on a line
// of its own ("GERARD MORENO", "GERSON", "KONRAD DE LA FUENTE"): lines
// after the article's first, of capitalised words none of which is a club,
// a function word, a word of the lexicon or written in lowercase elsewhere
// in the text, with no sentence mark, and with text under them. Two such
// lines or more make the article a roundup; one is a shouted line that
// tells news, no name.
func (d *doc) findNameHeadings() {
	words := d.words
	var hs []nameRun
	for a := 1; a < len(words); {
		if words[a].prev&(sepNL|sepPara) == 0 {
			a++
			continue
		}
		e := d.lineEnd(a)
		if e-a <= 4 && e < len(words) && d.nameHeading(a, e) {
			hs = append(hs, nameRun{a, e})
		} else if r, ok := d.leadNameHeading(a, e); ok {
			hs = append(hs, r)
		} else if r, ok := d.stopLeadName(a, e); ok {
			hs = append(hs, r)
		}
		a = e
	}
	if len(hs) >= 2 {
		d.nameHeads = hs
	}
}

// lineEnd returns the first word after the line word a is on.
func (d *doc) lineEnd(a int) int {
	e := a + 1
	for e < len(d.words) && d.words[e].prev&(sepNL|sepPara) == 0 {
		e++
	}
	return e
}

// stopLeadName returns the name in capitals opening a paragraph's line
// [a, e), closed by a full stop, its section going on on the same line:
// "ISCO. El malagueño ...", "JOÃO CANCELO. Giro inesperado. ...". The
// name is one to four words, the line's first words.
func (d *doc) stopLeadName(a, e int) (nameRun, bool) {
	words := d.words
	if words[a].prev&sepPara == 0 {
		return nameRun{}, false
	}
	j := a
	for j < e && j-a < 4 && (j == a || tight(words[j].prev)) && d.capsNameWord(j, a) {
		j++
	}
	if j == a || j >= e || words[j].prev&sepStop == 0 || strings.TrimSpace(d.text[words[j-1].end:words[j].start]) != "." {
		return nameRun{}, false
	}
	return nameRun{a, j}, true
}

// stopLead returns the player a roundup's paragraph opens on, his name in
// capitals closed by a full stop filling the sentence (see stopLeadName),
// and the end of the paragraph, which ends his unit; or -1.
func (d *doc) stopLead(s *sent) (p, end int) {
	h, ok := d.nameHeadAt(s.a)
	if !ok || h.a != s.a || h.b != s.b || s.b >= len(d.words) || d.words[s.b].prev&(sepNL|sepPara) != 0 {
		return -1, 0
	}
	p = -1
	for _, m := range s.players {
		p = m.p
		break
	}
	if p < 0 {
		p = d.personByName(s)
	}
	if p < 0 || d.persons[p].nonplayer {
		return -1, 0
	}
	end = s.b
	for end < len(d.words) && d.words[end].prev&sepPara == 0 {
		end++
	}
	return p, end
}

// nameHeading reports a line [a, e) that can be a name in capitals.
func (d *doc) nameHeading(a, e int) bool {
	words := d.words
	for k := a; k < e; k++ {
		if k > a && !tight(words[k].prev) || !d.capsNameWord(k, a) {
			return false
		}
	}
	end := len(d.text)
	if e < len(words) {
		end = words[e].start
	}
	return !strings.ContainsAny(d.text[words[e-1].end:end], ".!?…:;,(")
}

// leadNameHeading returns the name in capitals opening a heading line
// [a, e) before a tag: closed by a comma ("PAU TORRES, AL ASTON VILLA
// (HECHO)"), or by his club in brackets even when it is one word
// ("EVANILSON (FC Porto)"), or after a short label and its colon ("THE
// WILDCARD: TAIWO AWONIYI (Nottingham Forest)", then closed by brackets
// or the line's end). The line is short, with text under it and no
// sentence mark at its end.
func (d *doc) leadNameHeading(a, e int) (nameRun, bool) {
	words := d.words
	if e-a > 12 || e >= len(words) || strings.ContainsAny(d.text[words[e-1].end:words[e].start], ".!?…:;,") {
		return nameRun{}, false
	}
	start, label := a, false
	for k := a + 1; k < e && k <= a+3; k++ {
		if !words[k-1].cap || words[k-1].num {
			break
		}
		if words[k].prev&sepColon != 0 {
			start, label = k, true
			break
		}
	}
	j := start
	for j < e && j-start < 4 && (j == start || tight(words[j].prev)) && d.capsNameWord(j, start) {
		j++
	}
	n := j - start
	if n == 0 || j < e && tight(words[j].prev) {
		return nameRun{}, false // the capitals go on past the name: news, no name
	}
	bracket := j < e && words[j].prev&sepParen != 0 && strings.Contains(d.text[words[j-1].end:words[j].start], "(")
	switch {
	case n == 1 && !(bracket && d.clubAt[j] != 0):
		return nameRun{}, false
	case label && !bracket && j < e:
		return nameRun{}, false
	case !label && !bracket && (j == e || words[j].prev&sepComma == 0):
		return nameRun{}, false
	}
	return nameRun{start, j}, true
}

// capsNameWord reports word k, in a run of capitals opening at a, that can
// be part of a name: in capitals, no number, no club, no function or
// lexicon word, not written in lowercase elsewhere; or a particle ("DE
// LOS", a lowercase one inside the name).
func (d *doc) capsNameWord(k, a int) bool {
	w := d.words[k]
	particle := particles[w.key] || k > a && doubleParticles[[2]string{d.words[k-1].key, w.key}]
	if w.num || !w.cap || !w.upper && !(particle && k > a) || d.clubAt[k] != 0 {
		return false
	}
	return particle || stopLang[w.key] == 0 && !d.lexiconWord(w.key) && !d.writtenLower(w.key)
}

// nameHeadAt returns the roundup heading holding word i, or false.
func (d *doc) nameHeadAt(i int) (nameRun, bool) {
	for _, h := range d.nameHeads {
		if h.a <= i && i < h.b {
			return h, true
		}
	}
	return nameRun{}, false
}

// capsHeadName reports whether word i belongs to a name written in
// capitals that opens a section's heading line: "JADON SANCHO (Manchester
// United)", "DÉSIRÉ DOUÉ (Rennes)", "SERHOU GUIRASSY: ...". The name is two
// to four capitalised words at the start of a short line, closed by a
// bracket, a colon or a dash, or filling the line when it opens on a first
// name; a line of capitals that tells news ("MADUEKE DEAL STRUCK") is none.
func (d *doc) capsHeadName(i int) bool {
	if _, ok := d.nameHeadAt(i); ok {
		return true
	}
	words := d.words
	k := i
	for k > 0 && words[k].prev&(sepNL|sepPara) == 0 && i-k < 4 {
		k--
	}
	if k == 0 || words[k].prev&(sepNL|sepPara) == 0 {
		return false
	}
	j := k
	for j < len(words) && j-k < 5 && words[j].upper && !words[j].num && (j == k || tight(words[j].prev)) {
		j++
	}
	if i >= j || j-k < 2 || j-k > 4 {
		return false
	}
	lineEnd := j == len(words) || words[j].prev&(sepNL|sepPara) != 0
	if !lineEnd && words[j].prev&(sepParen|sepColon|sepDash) == 0 && !(words[j].prev&sepComma != 0 && d.clubAt[j] != 0) {
		return false
	}
	if lineEnd && !firstNames[words[k].key] {
		return false
	}
	n := j
	for n < len(words) && words[n].prev&(sepNL|sepPara) == 0 {
		n++
	}
	// a long line is a section told on the heading's line when the name
	// is closed by its club in brackets: "EBERECHI EZE (Crystal Palace):
	// Arsenal are ..."
	if n-k > 12 && !(words[j].prev&sepParen != 0 && d.clubAt[j] != 0) {
		return false
	}
	for m := k; m < j; m++ {
		particle := particles[words[m].key] || m > k && doubleParticles[[2]string{words[m-1].key, words[m].key}]
		if (stopLang[words[m].key] != 0 || d.lexiconWord(words[m].key)) && !particle {
			return false
		}
	}
	return true
}

// titleCase writes a name given in capitals as names are written:
// "DÉSIRÉ DOUÉ" is "Désiré Doué", "KOLO-MUANI" "Kolo-Muani", "KONRAD DE LA
// FUENTE" "Konrad de la Fuente" (a particle inside a name stays lowercase).
func titleCase(s string) string {
	ws := strings.Split(strings.ToLower(s), " ")
	for i, w := range ws {
		if i > 0 && i < len(ws)-1 && (particles[w] || doubleParticles[[2]string{ws[i-1], w}]) {
			continue
		}
		rs := []rune(w)
		up := true
		for k, r := range rs {
			if up {
				rs[k] = unicode.ToUpper(r)
			}
			up = !unicode.IsLetter(r) && r != '\''
		}
		ws[i] = string(rs)
	}
	return strings.Join(ws, " ")
}

// askedPlayer returns the player named first in the last sentence of the
// paragraph opening at word a that ends on a question mark and names one,
// or -1.
func (d *doc) askedPlayer(a int) int {
	asked := -1
	for i := a; i < len(d.words) && (i == a || d.words[i].prev&sepPara == 0); {
		e := i + 1
		for e < len(d.words) && !d.words[e].sent {
			e++
		}
		if d.questionAfter(i) {
			for _, m := range d.pms {
				if m.w >= i && m.w < e && !d.persons[m.p].nonplayer {
					asked = m.p
					break
				}
			}
		}
		i = e
	}
	return asked
}

// questionLead reports a paragraph opening on a question marker and a
// colon: "Q: Is … going to …?", "Question : …", "Frage: …".
func (d *doc) questionLead(s *sent) bool {
	a := s.a
	if a+1 >= s.b || d.words[a].prev&sepPara == 0 || d.words[a+1].prev&sepColon == 0 {
		if a+2 >= s.b || d.words[a].prev&sepPara == 0 || d.words[a+2].prev&sepColon == 0 {
			return false
		}
	}
	for _, h := range d.hitsIn(a, a+1) {
		if h.kind == kQuestion && (d.words[h.end].prev&sepColon != 0) {
			return true
		}
	}
	return false
}

// liveEntry is one timed entry of a live blog: its first word and its time
// in minutes.
type liveEntry struct{ w, min int }

// findLiveEntries finds the timed entries of a live blog ("22:48", "23:32 –
// Demiral …", "+++ 23:10 Uhr: …", "17:00 | …"): lines that open on a time.
// When the times run backwards down the page (newest first), the entries
// are read in the order they happened (see chron).
func (d *doc) findLiveEntries() {
	words := d.words
	var es []liveEntry
	for k := 1; k+1 < len(words); k++ {
		w := words[k]
		if w.prev&(sepNL|sepPara) == 0 || !w.num || len(w.key) > 2 || words[k+1].prev&sepColon == 0 || !words[k+1].num || len(words[k+1].key) != 2 {
			continue
		}
		h, m := atoi2(w.key), atoi2(words[k+1].key)
		if h < 0 || h > 23 || m < 0 || m > 59 {
			continue
		}
		es = append(es, liveEntry{k, h*60 + m})
	}
	if len(es) < 2 {
		return
	}
	down := false
	for i := 1; i < len(es); i++ {
		if es[i].min > es[i-1].min {
			return // times that go up: read in text order
		}
		down = down || es[i].min < es[i-1].min
	}
	if down {
		d.live = es
	}
}

// chron maps word i to its place in time: the word itself, or, in a live
// blog told newest first, the entries bottom to top, the lines before the
// first entry last (they sum up the newest).
func (d *doc) chron(i int) int {
	if len(d.live) == 0 {
		return i
	}
	n := len(d.words)
	e := -1
	for k, le := range d.live {
		if le.w <= i {
			e = k
		}
	}
	if e < 0 {
		return len(d.live)*n + i
	}
	return (len(d.live)-1-e)*n + i - d.live[e].w
}

// atoi2 reads a number of one or two digits, or -1.
func atoi2(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// questionLine is one reader's question of a mailbag, a line of its own:
// its first word, the first word after its question mark (the reader's
// signature follows: "— Dan, Nottingham", "(Marco, Roma)") and its end.
type questionLine struct{ a, q, e int }

// maxQuestionWords bounds the words of a reader's question line.
const maxQuestionWords = 25

// findQuestionLines finds the readers' questions of a mailbag: short lines
// after the first that hold a question mark, when the article has two of
// them or more (one is a heading that asks).
func (d *doc) findQuestionLines() {
	words := d.words
	var qs []questionLine
	for a := 1; a < len(words); {
		if words[a].prev&(sepNL|sepPara) == 0 {
			a++
			continue
		}
		e := d.lineEnd(a)
		end := len(d.text)
		if e < len(words) {
			end = words[e].start
		}
		if e-a <= maxQuestionWords {
			if at := strings.LastIndexByte(d.text[words[a].start:end], '?'); at >= 0 {
				q := a
				for q < e && words[q].start < words[a].start+at {
					q++
				}
				// a question of three words or more, then at most a short
				// signature, then the answer on a line of its own
				if q-a >= 3 && e-q <= 6 && e < len(words) {
					qs = append(qs, questionLine{a, q, e})
				}
			}
		}
		a = e
	}
	// two questions or more, none right under another (each has its answer)
	for k := 1; k < len(qs); k++ {
		if qs[k].a == qs[k-1].e {
			return
		}
	}
	if len(qs) >= 2 {
		d.qlines = qs
	}
}

// questionAt returns the reader's question line that starts at word i, or -1.
func (d *doc) questionAt(i int) int {
	for k, q := range d.qlines {
		if q.a == i {
			return k
		}
	}
	return -1
}

// askedAbout reports a name in a reader's question, before its question
// mark: "Frattesi lascia l'Inter a gennaio?", "What happens with Lookman?":
// the player the answer under it is about. The word opening the question
// ("So who is next?") is a name only when it stands capitalised elsewhere
// too, and nowhere in lowercase; a club's name is none.
func (d *doc) askedAbout(i int) bool {
	if _, club := d.x.gaz[d.words[i].key]; club {
		return false // "leaving Forest for Spurs": a club's name, even where it stands for no club
	}
	for _, q := range d.qlines {
		if q.a <= i && i < q.q {
			first := i == q.a || i == q.a+1 && d.words[i].prev&sepColon != 0 // "Q: So who ..."
			return !(d.words[i].sent || first) || d.capitalisedElsewhere(i)
		}
	}
	return false
}

// signature reports a word after a reader's question mark on its line:
// who asks and from where ("— Priya, Liverpool") names no club.
func (d *doc) signature(i int) bool {
	for _, q := range d.qlines {
		if q.q <= i && i < q.e {
			return true
		}
	}
	return false
}

// writtenLower reports a word written in lowercase somewhere in the text.
// It reads the words again on each call: it serves the rare lines that may
// be a roundup's name heading, and a set of every lowercase word built for
// each article cost 12 KB an article.
func (d *doc) writtenLower(key string) bool {
	for _, w := range d.words {
		if w.key == key && !w.cap && !w.num {
			return true
		}
	}
	return false
}

// capitalisedElsewhere reports the word at i written capitalised at
// another place of the text, and never in lowercase.
func (d *doc) capitalisedElsewhere(i int) bool {
	found := false
	for k, w := range d.words {
		if k != i && w.key == d.words[i].key {
			if !w.cap {
				return false
			}
			found = true
		}
	}
	return found && stopLang[d.words[i].key] == 0
}

// interviewLine returns the player a short paragraph of one line names
// last, in an interview (an article of question lines, see
// findQuestionLines) whose next paragraph answers it, or -1.
func (d *doc) interviewLine(s *sent) int {
	if d.qlines == nil || len(s.players) == 0 || s.a == 0 || d.words[s.a].prev&sepPara == 0 {
		return -1
	}
	e := d.lineEnd(s.a)
	if e-s.a > maxQuestionWords || e >= len(d.words) || d.words[e].prev&sepPara == 0 || d.lineEnd(e)-e <= e-s.a {
		return -1
	}
	// the player named last: "Sollte Marmoush gehen, ruhen die
	// Hoffnungen auf Hugo Ekitiké" is about Ekitiké
	p := -1
	for _, m := range d.pms {
		if m.w >= s.a && m.w < e && !d.persons[m.p].nonplayer {
			p = m.p
		}
	}
	return p
}
