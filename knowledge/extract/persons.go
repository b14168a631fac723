package extract

import "strings"

// nameable reports whether word i can be part of a person's name.
func (d *doc) nameable(i int, lower map[string]bool) bool {
	w := d.words[i]
	if !w.cap || w.num || d.clubAt[i] != 0 || d.clubGenitive(i) || (nonName[w.key] && !d.firstNameAt(i)) || (w.upper && len(w.key) > 2 && !d.capsHeadName(i)) {
		return false
	}
	if stopLang[w.key] != 0 && !particles[w.key] {
		return false
	}
	if w.sent && (lower[w.key] || d.x.lex.all.exact[w.key] != nil) {
		return false
	}
	// "le demi-finaliste du Mondial", "l'international Espoirs": a
	// competition or a team's level of the language
	if d.is(wNotName, w.key) && !d.firstNameAt(i) {
		return false
	}
	if d.amountWord(i) {
		return false
	}
	if d.hasKindAt(i, kPos) || d.hasKindAt(i, kRole) || d.hasKindAt(i, kInterest) || d.placeAdjective(i) || d.datelineAt(i, i+1) {
		return false
	}
	// "Drei Millionen Pfund", "Millones de euros": a figure's unit
	if d.is(wMillion, w.key) {
		return false
	}
	return !d.lexiconWord(w.key)
}

// amountWord reports a word of an amount after its number: "15
// Millionen US-Dollar", "drei Millionen Pfund" (but "Raheem Sterling").
func (d *doc) amountWord(i int) bool {
	k := i
	for k > 0 && k > i-3 && (currencyWord(d.words[k].key) != "" || d.multiplier(d.words[k].key) > 1 || d.words[k].key == "us") {
		k--
	}
	return k < i && (d.words[k].num || d.numberWordValue(k) > 0)
}

// clubGenitive reports a German genitive of a club's name, the club's
// possessive: "Leverkusens Wirtz", "Freiburgs Bachmann".
func (d *doc) clubGenitive(i int) bool {
	w := d.words[i]
	if d.lang != "de" || !w.cap || len(w.key) <= 3 || !strings.HasSuffix(w.key, "s") {
		return false
	}
	_, ok := d.x.gaz[w.key[:len(w.key)-1]]
	return ok
}

// lexiconWord reports a word that is a phrase of its own in a lexicon
// (not a negation or "of"): no name. A word that only opens a longer
// phrase of some language ("under" of "under contract") may be a name
// ("CENGIZ ÜNDER").
func (d *doc) lexiconWord(key string) bool {
	for _, p := range d.x.lex.all.exact[key] {
		if len(p.words) == 1 && p.kind != kNeg && p.kind != kOf {
			return true
		}
	}
	return false
}

// deArticles are German determiners: the capitalised word after one is a
// noun ("der Torhüter Alexander Nübel", "des Vaters Alf-Inge").
var deArticles = map[string]bool{"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true,
	"ein": true, "eine": true, "einen": true, "einem": true, "einer": true, "eines": true, "im": true, "am": true,
	"zum": true, "zur": true, "vom": true, "beim": true}

// particleLead reports a capitalised particle opening a name: "De Rossi",
// "Van Dijk", "Le Normand".
func (d *doc) particleLead(i int, lower map[string]bool) bool {
	w := d.words
	// "Der VfB-Umbruch": a German article, no particle
	if !particles[w[i].key] || !w[i].cap || w[i].upper || d.lang == "de" && deArticles[w[i].key] {
		return false
	}
	n := 1 + d.doubleParticle(i) // "Van de Ven"
	return i+n < len(w) && tight(w[i+n].prev) && !w[i+n].sent && d.nameable(i+n, lower)
}

// hyphenParticle reports a capitalised function word of two or three
// letters that a hyphen joins to a name word after it: the Arabic article
// opening a surname, "En-Nesyri", "Es-Sahli".
func (d *doc) hyphenParticle(i int, lower map[string]bool) bool {
	w := d.words
	if i+1 >= len(w) || !w[i].cap || w[i].upper || len(w[i].key) > 3 || w[i+1].prev != sepHyph || d.hasKindAt(i, kExcl) {
		return false // "Ex-Nationalspieler": an exclusion word, no article
	}
	return (stopLang[w[i].key] != 0 || d.lexiconWord(w[i].key)) && d.nameable(i+1, lower)
}

// doubleParticles are the pairs of particles that open a surname: "van
// de Ven", "van der Sar", "von der Heyde", "de la Peña", "de los Santos".
var doubleParticles = map[[2]string]bool{{"van", "de"}: true, {"van", "der"}: true, {"van", "den"}: true, {"von", "der"}: true,
	{"de", "la"}: true, {"de", "las"}: true, {"de", "los"}: true}

// doubleParticle reports 1 when words i and i+1 are a pair of particles
// opening a surname, written tight, else 0.
func (d *doc) doubleParticle(i int) int {
	w := d.words
	// "KONRAD DE LA FUENTE": in capitals, the second particle too
	if i+1 < len(w) && tight(w[i+1].prev) && (!w[i+1].cap || w[i].upper && w[i+1].upper) && doubleParticles[[2]string{w[i].key, w[i+1].key}] {
		return 1
	}
	return 0
}

// nameRun is a run of capitalised words that may name a person.
type nameRun struct{ a, b int }

// nameRuns finds the runs of name words: capitalised words on one line,
// particles allowed inside ("Rodrigo De Paul").
func (d *doc) nameRuns(lower map[string]bool) []nameRun {
	words := d.words
	var runs []nameRun
	for i := 0; i < len(words); {
		if !d.nameable(i, lower) && !d.particleLead(i, lower) && !d.hyphenParticle(i, lower) {
			i++
			continue
		}
		j := i + 1
		for j < len(words) && tight(words[j].prev) {
			// "Sancho-Wechsel", "Kane-Transfer", "Koné-Abschied": a noun of the
			// lexicon, a departure or move noun, or a noun the text puts after
			// a German article, after a hyphen ends the name
			if words[j].prev&sepHyph != 0 && (d.x.lex.all.exact[words[j].key] != nil || d.is(wDeparture, words[j].key) || d.is(wMoveNoun, words[j].key) || d.germanNoun(j)) {
				break
			}
			// "Micky van de Ven", "KONRAD DE LA FUENTE": two particles before
			// the surname (read first: a particle in capitals is nameable)
			if d.doubleParticle(j) == 1 && j+2 < len(words) && tight(words[j+2].prev) && d.nameable(j+2, lower) {
				j += 3
				continue
			}
			if (d.nameable(j, lower) || d.hyphenParticle(j, lower)) && !words[j].sent {
				j++
				continue
			}
			// "Kim Min-jae", "Son Heung-min": a short lowercase part after a hyphen
			if words[j].prev&sepHyph != 0 && !words[j].cap && !words[j].num && len(words[j].key) <= 4 && stopLang[words[j].key] == 0 {
				j++
				continue
			}
			// "Neil El Aynaoui", "Stephan El Shaarawy": a capitalised "El" inside a name
			inside := particles[words[j].key] || words[j].key == "el" && words[j].cap && !words[j].upper
			if inside && !(d.lang == "de" && (words[j].key == "von" || words[j].key == "der" || words[j].key == "den")) && j+1 < len(words) && tight(words[j+1].prev) && d.nameable(j+1, lower) {
				j += 2
				continue
			}
			break
		}
		a := i
		// "Herr Krösche, ...", "Signor Bellandi": the title is no part of
		// the name, alone it names nobody
		if d.is(wHonorific, words[a].key) {
			if j-a == 1 {
				i = j
				continue
			}
			a++
		}
		// "le natif de Rio de Janeiro": where he was born is no person
		if d.kindBefore(a, 0, kBirthplace) {
			i = j
			continue
		}
		// "73 Millionen Pfund", "der Torhüter Alexander Nübel": the first
		// word is a noun
		// (not a live blog's time: "18:30 Pedro Porro is a Tottenham player")
		clock := a > 1 && words[a-1].num && words[a-1].prev&sepColon != 0 && words[a-2].num
		if a > 0 && tight(words[a].prev) && !firstNames[words[a].key] && !clock && (d.figureBefore(a) || d.lang == "de" && deArticles[words[a-1].key]) {
			if j-a == 1 && d.figureBefore(a) {
				i = j
				continue
			}
			if j-a >= 2 {
				a++
			}
		}
		// "Liverpool-Flitzer Luis Díaz", "der Zwei-Meter-Mann", "15
		// Millionen US-Dollar": a German compound the word before opens
		// with a hyphen
		if d.lang == "de" && a > 0 && words[a].prev&sepHyph != 0 && !words[a].sent && !firstNames[words[a].key] {
			if j-a <= 2 {
				i = j
				continue
			}
			a++
		}
		a = d.describedFrom(a, j)
		runs = append(runs, nameRun{a, j})
		i = j
	}
	return runs
}

func (d *doc) findPersons() {
	words := d.words
	d.personAt = make([]int32, len(words))
	lower := map[string]bool{}
	for _, w := range words {
		if !w.cap && !w.num {
			lower[w.key] = true
		}
	}
	byKey := map[string]int{}
	runs := d.nameRuns(lower)
	// full names first
	for _, r := range runs {
		// "the Kalvin Phillips to Newcastle story": a known first name after
		// "the" is a person's, not a place's
		if n := d.nameWords(r); n < 2 || n > 4 || d.articleBefore(r.a) && !firstNames[d.words[r.a].key] && !d.caseNounAfter(r.b) {
			continue
		}
		key := d.joinKeys(r.a, r.b)
		if _, ok := d.x.outlets[key]; ok && !d.x.journo[key] {
			continue
		}
		p, ok := byKey[key]
		if !ok {
			p, ok = d.longerName(key)
		}
		if !ok {
			p, ok = d.shorterName(key)
		}
		if !ok {
			p, ok = d.nickname(r.a, r.b)
		}
		if !ok {
			// "O'Riley ... Matt O'Riley", "Kolo Muani ... Randal Kolo
			// Muani": a surname of two words met first is the fuller name's
			if p, ok = d.surnameBefore(key); ok {
				d.persons[p].name, d.persons[p].key = d.nameText(r.a, r.b), key
				byKey[key] = p
			}
		}
		if !ok {
			p = d.newPerson(r.a, r.b, key)
			byKey[key] = p
			d.persons[p].nonplayer = d.x.journo[key]
		}
		d.addPersonMention(r.a, r.b, p)
	}
	known, knownFirst := d.nameRefs()
	// a single name a deal is about: "the signing of Antony", "Antony has
	// signed", "forward Raphinha", "el fichaje de Güler"
	for _, r := range runs {
		if d.personAt[r.a] != 0 || d.nameWords(r) != 1 {
			continue
		}
		key := d.joinKeys(r.a, r.b) // "Le Normand", "Van Dijk": one name with its particle
		if _, ok := known[key]; ok {
			continue
		}
		if _, ok := knownFirst[key]; ok {
			continue
		}
		// "le Bondynois prolonge": a name takes no article (but "the Kane
		// saga" is a player's case)
		if (d.articleBefore(r.a) || d.germanAttributive(r.a)) && !d.caseNounAfter(r.b) {
			continue
		}
		if (d.playerCue(r.a, r.b) || d.clubsOwn(r.a, r.b) || d.answerName(r.a, r.b) || d.askedAbout(r.a) || d.dealFor(r.a) || d.pursuedBy(r.b) || d.leavesClub(r.b) || d.clubVerbObject(r.a, lower)) && !d.describesName(r.b) {
			p, ok := byKey[key]
			if !ok {
				p = d.newPerson(r.a, r.b, key)
				byKey[key] = p
			}
			d.addPersonMention(r.a, r.b, p)
		}
	}
	last, first := d.nameRefs()
	for _, r := range runs {
		if d.personAt[r.a] != 0 {
			continue
		}
		key := d.joinKeys(r.a, r.b)
		p, ok := last[key]
		if !ok && strings.HasSuffix(key, "s") && d.lang == "de" {
			p, ok = last[key[:len(key)-1]]
		}
		if !ok && r.b-r.a == 1 {
			p, ok = first[key]
		}
		if ok && p >= 0 {
			d.addPersonMention(r.a, r.b, p)
		}
	}
	// a person is no player when most of his mentions say so; the place a
	// paragraph opens on him is no sign of a player once a title calls him
	// an official ("El presidente de la Real Sociedad, Jokin Aperribay")
	np := make([]int, len(d.persons))
	titled := make([]bool, len(d.persons))
	for _, m := range d.pms {
		titled[m.p] = titled[m.p] || d.titled(m)
	}
	for _, m := range d.pms {
		per := d.persons[m.p]
		per.total++

		// "Herr Krösche, ...": who is addressed by his title tells no player
		if m.w > 0 && d.is(wHonorific, d.words[m.w-1].key) && d.words[m.w].prev&^sepSpaceLike == 0 {
			continue
		}
		// "Haller: Wir hatten ...": who answers an interview's questions
		// is no player for the line his name labels
		if !d.speakerLabel(m) && (d.playerCue(m.w, m.end) || d.playerContext(m)) && !(titled[m.p] && d.onlyLeadsParagraph(m)) {
			per.evidence++
		}
		switch {
		case d.passiveAgent(m) || d.dealsForAnother(m) || d.titled(m) || d.answersFee(m) || d.answersFeeBefore(m) || d.wishOf(m) || d.speaksOfAnother(m) || d.saysThatOfAnother(m) || d.leadsTalks(m) || d.sellsHim(m) || d.callsOrCoaches(m) || d.strengthensSquad(m) || d.roleTakesUp(m) || d.plansOf(m):
			// what he does in the deal, or the title his name carries,
			// outweighs a word of a player beside him
			np[m.p] += 2
		case d.isNonPlayerAt(m):
			np[m.p]++
		}
	}
	for i, per := range d.persons {
		if np[i] > per.evidence {
			per.nonplayer = true
		}
	}
	// "a Villa Stuart", "nach Sinsheim": a name met once after a locative
	// with nothing of a player around it is a place (not the Spanish
	// personal "a": "sigue a Nico Williams"; not the English "bring in")
	for _, m := range d.pms {
		if per := d.persons[m.p]; per.total == 1 && per.evidence == 0 && m.w > 0 && d.words[m.w].prev&^sepSpaceLike == 0 && !d.words[m.w-1].cap && d.placeBefore(m.w-1) {
			per.nonplayer = true
		}
	}
	d.listedNames(runs)
}

// placeBefore reports a locative at word i that makes a name after it a
// place: "a Villa Stuart", "nach Sinsheim", "ad Appiano", and the English
// "at" of a ground ("scouts at Vila Belmiro"; not "in", which "bring in"
// takes, nor an "at" a look verb before it takes: "looked at", word set
// notloc). Not the Spanish personal "a": "sigue a Nico Williams".
func (d *doc) placeBefore(i int) bool {
	w := d.words[i]
	switch {
	case d.lang == "en":
		return w.key == "at" && !(i > 0 && d.is(wNotLoc, d.words[i-1].key))
	case d.lang == "es" && w.key == "a":
		return false
	case d.lang == "it" && w.key == "ad":
		return true
	}
	return d.isLoc(i)
}

// describedFrom returns where the name of run [a, j) starts: after the
// article and the word it opens when a full name follows them in French,
// where a name takes no article ("Le Monégasque Youssouf Fofana", "le
// Lyonnais Rayan Cherki": a demonym or a nationality describes him).
func (d *doc) describedFrom(a, j int) int {
	w := d.words
	if d.lang != "fr" {
		return a
	}
	k := a // the describing word
	switch {
	case w[a].cap && (w[a].key == "le" || w[a].key == "la") && a+1 < j:
		k = a + 1
	case !d.articleBefore(a):
		return a
	}
	if d.nameWords(nameRun{k + 1, j}) < 2 {
		return a
	}
	return k + 1
}

// nameWords counts the words of a run that are no particle; a first name
// opening the run counts ("Ben White", not "De Rossi").
func (d *doc) nameWords(r nameRun) int {
	n := 0
	for k := r.a; k < r.b; k++ {
		if !particles[d.words[k].key] || k == r.a && r.b-r.a > 1 && firstNames[d.words[k].key] {
			n++
		}
	}
	return n
}

// nameRefs maps the surnames and the first names of the people named so
// far to their index, or to -1 when two people share one.
func (d *doc) nameRefs() (last, first map[string]int) {
	last, first = map[string]int{}, map[string]int{}
	for i, p := range d.persons {
		ws := strings.Fields(p.key)
		addRef(last, ws[len(ws)-1], i)
		if len(ws) > 2 {
			addRef(last, strings.Join(ws[len(ws)-2:], " "), i)
		}
		if len(ws) > 3 && particles[ws[len(ws)-3]] {
			addRef(last, strings.Join(ws[len(ws)-3:], " "), i) // "van de ven"
		}
		if len(ws) > 1 {
			addRef(first, ws[0], i)
		}
	}
	return last, first
}

// nickname returns the one person named before whose first name or
// surname begins with a word of [a, b) of three letters or more: "Big Rom"
// is Romelu Lukaku, "Auba" Pierre-Emerick Aubameyang.
func (d *doc) nickname(a, b int) (int, bool) {
	found := -1
	for k := a; k < b; k++ {
		w := d.words[k].key
		if len(w) < 3 {
			continue
		}
		for i, p := range d.persons {
			for _, part := range strings.Fields(p.key) {
				if len(part) > len(w) && strings.HasPrefix(part, w) && !p.nonplayer {
					if found >= 0 && found != i {
						return -1, false
					}
					found = i
				}
			}
		}
	}
	return found, found >= 0
}

// newPerson adds the person named by words [a, b).
func (d *doc) newPerson(a, b int, key string) int {
	d.persons = append(d.persons, &person{name: d.nameText(a, b), key: key, cur: map[int]float64{}})
	return len(d.persons) - 1
}

// nameText returns the name words [a, b) spell.
func (d *doc) nameText(a, b int) string {
	name := d.text[d.words[a].start:d.words[b-1].end]
	if d.words[a].upper {
		name = titleCase(name) // a name in a heading of capitals
	}
	return name
}

// playerCue reports words around [a, b) that make the name a player a deal
// is about: "the signing of", "offer for", "fichaje de", "Verpflichtung
// von" before it, a player description before it ("forward Raphinha",
// "le milieu X"), or "has signed", "a signé", "unterschreibt" or a
// renewal ("renueva con", "a prolongé", "verlängert") after it.
func (d *doc) playerCue(a, b int) bool {
	if a > 0 && d.words[a].prev&^sepSpaceLike == 0 {
		if d.kindBefore(a, 0, kObj) || (!d.words[a].sent && d.kindBefore(a, 0, kPos)) {
			return true
		}
		// "dans le dossier Malcom", "la vía Neymar", "die Causa Kimmich";
		// "the Malcom saga"
		if !d.words[a-1].cap && d.is(wCaseFile, d.words[a-1].key) || d.lang == "de" && d.is(wCaseFile, d.words[a-1].key) {
			return true
		}
		if b < len(d.words) && d.words[b].prev&^sepSpaceLike == 0 && !d.words[b].cap && d.is(wCaseFile, d.words[b].key) && d.is(wDefinite, d.words[a-1].key) {
			return true
		}
	}
	if h, ok := d.nameHeadAt(a); d.headsLine(a, b) || ok && h.a == a && h.b == b {
		return true
	}
	if b >= len(d.words) || d.words[b].prev&^sepSpaceLike != 0 {
		return false
	}
	// "Gavi renueva con el Barcelona", "Vitinha a prolongé": a renewal
	// told of him; a German name opens its clause ("Kimmich verlängert",
	// not "der Verein verlängert", "im vergangenen Sommer verlängerte")
	renewed := d.hasKindStarting(b, kRenewed) && (d.lang != "de" || a == 0 || d.words[a].sent || d.words[a].prev&(clauseBreak|sepComma) != 0)
	return d.hasKindStarting(b, kSigned) || renewed
}

// dealFor reports a name after "for" ("por", "pour", "per", "für") that
// an offer, talks or an agreement of its sentence told just before are for
// ("agreed a deal with Sevilla for Isco"): "una
// oferta de 50 millones al Leeds por Raphinha", "a £40m bid to Sporting
// for Porro".
func (d *doc) dealFor(a int) bool {
	w := d.words
	if a < 2 || w[a].prev&^sepSpaceLike != 0 || !d.is(wFor, w[a-1].key) {
		return false
	}
	for k := a - 2; k >= 0 && k >= a-12; k-- {
		if w[k+1].sent || w[k+1].prev&(sepStop|sepPara|sepColon) != 0 {
			return false
		}
		for _, h := range d.hitsIn(k, k+1) {
			if h.kind == kBid || h.kind == kTalks || h.kind == kObj || h.kind == kAdvanced {
				return true
			}
		}
	}
	return false
}

// pursuedBy reports a single name that is the subject of a passive
// pursuit whose agent is a club: "Willian, out of contract at Stamford
// Bridge, has been approached by Arsenal", "X est suivi par le RC Lens",
// "X wird vom VfL Wolfsburg beobachtet". A passive auxiliary, then a
// stage phrase and the agent word with a club after it within six words,
// in the name's sentence and at most sixteen words on.
func (d *doc) pursuedBy(b int) bool {
	w := d.words
	for k := b; k < len(w) && k < b+16; k++ {
		if k > b && (w[k].sent || w[k].prev&(sepStop|sepPara|sepColon) != 0) || d.personAt[k] != 0 {
			return false
		}
		if !d.hasKindStarting(k, kPassive) {
			continue
		}
		// "wird vom VfL Wolfsburg beobachtet": the agent may come first
		stage, agent := false, false
		for j := k; j < len(w) && j <= k+6; j++ {
			if j > k && w[j].prev&(sepStop|sepColon|sepComma) != 0 {
				break
			}
			for _, h := range d.hitsIn(j, j+1) {
				stage = stage || h.kind == kInterest || h.kind == kTalks || h.kind == kBid
			}
			if d.hasKindAt(j, kAgent) && (j+1 < len(w) && d.clubAt[j+1] != 0 || j+2 < len(w) && d.is(wDefinite, w[j+1].key) && d.clubAt[j+2] != 0) {
				agent = true
			}
			if stage && agent {
				return true
			}
		}
	}
	return false
}

// leavesClub reports a single name a leave or stay phrase and a club
// follow in its clause: "Rodrygo podría salir del Real Madrid",
// "«Koopmeiners resta all'Atalanta»". German, which capitalises every
// noun, is left out ("Im Sommer verlässt ..." names no one), and so is a
// text whose language is not known.
func (d *doc) leavesClub(b int) bool {
	if d.lang == "de" || d.lang == "" {
		return false
	}
	leave := false
	for k := b; k < len(d.words) && k < b+5; k++ {
		if k > b && (d.words[k].sent || d.words[k].prev&(clauseBreak|sepComma) != 0) || d.personAt[k] != 0 {
			return false
		}
		if d.clubAt[k] != 0 {
			return leave
		}
		leave = leave || d.hasKindAt(k, kLeave)
	}
	return false
}

// answerName reports a name that is a mailbag's whole answer: "A:
// Jorginho.", "Réponse : Jorginho.", "Antwort: Jorginho." — the marker
// (a word of the answer concept or its capital initial) opens the
// paragraph, a colon follows it, and the name ends the sentence.
func (d *doc) answerName(a, b int) bool {
	w := d.words
	m := a - 1
	if m < 0 || w[m].prev&sepPara == 0 && m > 0 || w[a].prev&sepColon == 0 {
		return false
	}
	if !d.hasKindAt(m, kAnswer) && !(len(w[m].key) == 1 && w[m].cap) {
		return false
	}
	return b == len(w) || w[b].sent
}

// clubsOwn reports a name [a, b) a club owns by the words around it: after
// the club's possessive, the form English and German have ("Manchester
// City's Savinho", "Leverkusens Wirtz"), or with the club opening a
// bracket right after it ("Savinho (Manchester City)").
func (d *doc) clubsOwn(a, b int) bool {
	w := d.words
	if b < len(w) && w[b].prev&sepParen != 0 && d.clubAt[b] != 0 && d.cms[d.clubAt[b]-1].w == b && strings.Contains(d.text[w[b-1].end:w[b].start], "(") {
		return true
	}
	if a < 2 || w[a].prev&^sepSpaceLike != 0 {
		return false
	}
	if c := d.clubAt[a-1]; c != 0 && d.cms[c-1].poss && d.cms[c-1].end == a {
		return true // "Leverkusens Wirtz"
	}
	c := d.clubAt[a-2]
	return c != 0 && w[a-1].key == "s" && w[a-1].prev&sepApos != 0 && d.cms[c-1].end == a-1
}

// headsLine reports a name opening a short line of its own after the
// article's first line, with a comma or colon right after it: the heading
// of a roundup's section ("Merino, sin renovar.", "Lewandowski: 40
// Millionen auf dem Tisch").
func (d *doc) headsLine(a, b int) bool {
	words := d.words
	if a > 1 && particles[words[a-1].key] && words[a-1].cap && tight(words[a].prev) {
		a-- // "Le Normand, ...": the particle opens the line
	}
	if a == 0 || words[a].prev&(sepNL|sepPara) == 0 || b >= len(words) || words[b].prev&(sepComma|sepColon) == 0 {
		return false
	}
	n := b
	for n < len(words) && words[n].prev&(sepNL|sepPara) == 0 {
		n++
	}
	return n-a <= 12
}

// playerContext reports weaker signs that a mention is of a player: a club
// right before it ("Brighton's Moisés Caicedo", "Espanyols Joan García"),
// a club after "of" ("Malick Thiaw vom AC Mailand", "Todibo del Nizza"),
// his future, contract or agent ("Rashford's future"), or the opening
// words of a paragraph when nothing calls him an official.
func (d *doc) playerContext(m personMention) bool {
	return d.playerNearby(m) || d.leadsParagraph(m)
}

// playerNearby reports the signs of playerContext in the words around a
// mention, not its place in the paragraph.
func (d *doc) playerNearby(m personMention) bool {
	words := d.words
	if m.w > 0 && d.clubAt[m.w-1] != 0 && tight(words[m.w].prev) {
		return true
	}
	// "la venue de l'avant-centre nigérian Victor Osimhen"
	for k := m.w; k > 0 && k > m.w-4 && words[k].prev&(clauseBreak|sepComma) == 0; k-- {
		if d.kindBefore(k, 0, kPos) || d.kindBefore(k, 0, kObj) {
			return true
		}
	}
	e := m.end
	if e+1 < len(words) && tight(words[e].prev) && tight(words[e+1].prev) {
		if d.hasKindAt(e, kOf) && (d.clubAt[e+1] != 0 || d.is(wDefinite, words[e+1].key) && e+2 < len(words) && d.clubAt[e+2] != 0) {
			return true
		}
		if words[e].key == "s" && (d.hasKindAt(e+1, kTenure) || d.hasKindAt(e+1, kContract) || words[e+1].key == "agent") {
			return true
		}
	}
	// "the future of Benjamin Pavard", "l'avenir de Kamara"
	if k := m.w - 1; k > 0 && tight(words[m.w].prev) && d.hasKindAt(k, kOf) && (d.kindBefore(k, 0, kTenure) || d.kindBefore(k, 0, kObj)) {
		return true
	}
	return false
}

// leadsParagraph reports a paragraph's opening name, a player's unless the
// words around it call him what he is in the club ("Bayern chief
// executive X", "their president X", "X, l'homme fort du mercato") or the
// next sentences take him up by his role ("X spegne le voci. Il
// presidente granata").
func (d *doc) leadsParagraph(m personMention) bool {
	return d.paraLead(m.w) && !d.oblique(m) && !d.isNonPlayerAt(m) && !d.roleTakesUp(m)
}

// onlyLeadsParagraph reports a mention whose one sign of a player is the
// place it opens a paragraph at (see playerContext).
func (d *doc) onlyLeadsParagraph(m personMention) bool {
	if d.playerCue(m.w, m.end) {
		return false
	}
	return d.leadsParagraph(m) && !d.playerNearby(m)
}

// paraLead reports whether word i lies in the first twelve words of a
// paragraph's first sentence: where a roundup or live blog opens a story.
func (d *doc) paraLead(i int) bool {
	for k := i; k >= 0 && k > i-12; k-- {
		if k == 0 || d.words[k].prev&sepPara != 0 {
			return true
		}
		if d.words[k].sent {
			return false
		}
	}
	return false
}

// hasKindStarting reports a hit of kind k starting at word i.
func (d *doc) hasKindStarting(i int, k kind) bool {
	for _, h := range d.hitsIn(i, i+1) {
		if h.kind == k {
			return true
		}
	}
	return false
}

func addRef(m map[string]int, k string, p int) {
	if old, ok := m[k]; ok && old != p {
		m[k] = -1
		return
	}
	m[k] = p
}

func (d *doc) addPersonMention(a, b, p int) {
	d.pms = append(d.pms, personMention{w: a, end: b, p: p})
	for k := a; k < b; k++ {
		d.personAt[k] = int32(len(d.pms))
	}
}

func (d *doc) joinKeys(a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(d.words[k].key)
	}
	return sb.String()
}

// titled reports a role word right before a name, as its title: "Bayern
// chief executive Jan-Christian Dreesen", "Sportvorstand Markus Krösche",
// "their president Enrique Cerezo" (not "the agent of X": "of" parts them).
func (d *doc) titled(m personMention) bool {
	return m.w > 0 && d.words[m.w].prev&^sepSpaceLike == 0 && d.kindBefore(m.w, 0, kRole) || d.titledOfClub(m)
}

// titledOfClub reports a role and the club it serves before a name, as
// its title: "El presidente de la Real Sociedad, Jokin Aperribay", "Il ds
// del Parma, Stefano Corradi", "le directeur sportif du Stade Rennais,
// Florian Maurice", "der Sportdirektor von Werder Bremen, Frank
// Baumann", "the chairman of Burnley, Alan Pace". The club's name ends
// right before the name or its comma, an of-word and an article at most
// between it and the role.
func (d *doc) titledOfClub(m personMention) bool {
	w := d.words
	if m.w < 3 || w[m.w].prev&^(sepSpaceLike|sepComma) != 0 || w[m.w].sent {
		return false
	}
	c := d.clubAt[m.w-1]
	if c == 0 {
		return false
	}
	k := d.cms[c-1].w - 1 // the word before the club
	if k >= 0 && (d.is(wDefinite, w[k].key) || d.is(wOfArticle, w[k].key)) && !d.hasKindAt(k, kOf) {
		k--
	}
	if k < 1 || !d.hasKindAt(k, kOf) || w[k+1].prev&^sepSpaceLike != 0 {
		return false
	}
	return w[k].prev&^sepSpaceLike == 0 && d.kindBefore(k, 0, kRole)
}

// isNonPlayerAt reports whether the words around a mention make the person
// a coach, an official, an agent or a journalist.
func (d *doc) isNonPlayerAt(m personMention) bool {
	if d.kindBefore(m.w, 3, kRole) || (d.kindBefore(m.w, 1, kSource) && d.words[m.w].prev&sepComma == 0) {
		return true
	}
	if m.w > 0 {
		switch d.words[m.w-1].key {
		case "under", "sous", "unter", "sotto", "bajo", "di":
			if d.words[m.w-1].key != "di" || m.w > 1 && (d.words[m.w-2].key == "tavolo" || d.kindBefore(m.w-1, 1, kTeam)) {
				return true
			}
		}
	}
	n := len(d.words)
	e := m.end
	// "Arteta's side", "Tuchels Mannschaft": the team he leads
	if e < n && d.words[e].key == "s" && e+1 < n && (d.hasKindStarting(e+1, kTeam) || d.words[e+1].key == "first") {
		return true
	}
	// "el equipo de Imanol Alguacil", "la squadra di Conte": the same
	if m.w >= 2 && d.hasKindAt(m.w-1, kOf) && d.words[m.w].prev&^sepSpaceLike == 0 && d.kindBefore(m.w-1, 1, kTeam) {
		return true
	}
	if d.roleApposition(e) {
		return true
	}
	if e < n && d.words[e].prev&^sepSpaceLike == 0 && (d.hasKindAt(e, kSourceAfter) || (d.hasKindAt(e, kSource) && d.words[e].key != "according" && d.words[e].key != "via")) {
		return true
	}
	if e+1 < n && d.words[e].key == "has" && d.hasKindAt(e+1, kSource) {
		return true
	}
	// "el Barcelona de Xavi Hernández": a coach's team
	if m.w >= 2 && d.hasKindAt(m.w-1, kOf) && d.clubAt[m.w-2] != 0 && d.lang != "en" && d.lang != "de" {
		return true
	}
	return false
}

// dropNameClubs drops the club mentions that are part of a person's name:
// a one-word club name next to a capitalised name word ("Arda Güler",
// "Gleison Bremer"), when the article names that club in no other way. Its
// other mentions under the same word go too ("Bremer sembrava destinato").
func (d *doc) dropNameClubs(raw []clubMention) []clubMention {
	words := d.words
	isRaw := func(i int) bool {
		for _, m := range raw {
			if m.w <= i && i < m.end {
				return true
			}
		}
		return false
	}
	var names map[string]bool
	for _, m := range raw {
		if m.end-m.w != 1 || m.poss && d.lang == "de" {
			continue
		}
		next := m.end < len(words) && tight(words[m.end].prev) && !words[m.end].sent && d.nameWord(m.end) && !isRaw(m.end)
		prev := m.w > 0 && tight(words[m.w].prev) && !words[m.w].sent && d.nameWord(m.w-1) && !isRaw(m.w-1)
		if !next && !prev {
			continue
		}
		// "il centrocampista del Torino Mario Rossi": no name takes a club
		// article, the club ends before the name
		if next && !prev && d.clubArticle(m.w, m.end) {
			continue
		}
		// "Chiesa-Liverpool, c'è l'accordo": a headline's player and club,
		// not a double name, when the word beside the club stands elsewhere
		// without it ("Federico Chiesa giocherà in Premier League")
		if next && words[m.end].prev&sepHyph != 0 && d.standsAlone(m.end, m.w) || prev && words[m.w].prev&sepHyph != 0 && d.standsAlone(m.w-1, m.w) {
			continue
		}
		other := false
		for _, o := range raw {
			if o.club == m.club && d.joinKeys(o.w, o.end) != words[m.w].key {
				other = true
				break
			}
		}
		if !other {
			if names == nil {
				names = map[string]bool{}
			}
			names[words[m.w].key] = true
		}
	}
	if names == nil {
		return raw
	}
	out := raw[:0]
	for _, m := range raw {
		// "Il Milan ha avviato i contatti" beside "Milan Škriniar": a club
		// article with no name beside it names the club
		if m.end-m.w == 1 && names[words[m.w].key] && !(d.clubArticle(m.w, m.end) && !d.nameBeside(m, isRaw)) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// nameBeside reports a name word right before or after the one-word club
// mention m, which may then be a first name or a surname: "Milan
// Škriniar", "Pedro Porto".
func (d *doc) nameBeside(m clubMention, isRaw func(int) bool) bool {
	w := d.words
	next := m.end < len(w) && tight(w[m.end].prev) && !w[m.end].sent && d.nameWord(m.end) && !isRaw(m.end)
	prev := m.w > 0 && tight(w[m.w].prev) && !w[m.w].sent && d.nameWord(m.w-1) && !isRaw(m.w-1)
	return next || prev
}

// nameWord reports a capitalised word that can stand in a name: no number,
// no lexicon word, no function word, no known non-name.
// namelessArticles are the definite articles a personal name never takes
// in a language: "stay at the Nou Camp", "au Parc des Princes", "in der
// Allianz Arena" name places. (Spanish and Italian put one before a
// nickname: "el Cholo Simeone".)
var namelessArticles = map[string]string{"the": "en", "le": "fr", "la": "fr", "les": "fr", "l": "fr",
	"au": "fr", "du": "fr", "der": "de", "die": "de", "das": "de", "dem": "de", "den": "de", "im": "de",
	"zum": "de", "beim": "de"}

// articleBefore reports a lowercase definite article right before word i
// that no personal name takes in the article's language.
func (d *doc) articleBefore(i int) bool {
	if i == 0 || d.words[i].prev&^sepSpaceLike != 0 || d.words[i-1].cap {
		return false
	}
	l, ok := namelessArticles[d.words[i-1].key]
	return ok && contains(l, d.lang)
}

// figureBefore reports a figure right before word a, in digits, as a
// number word above one or as its unit: "73 Millionen Pfund", "drei
// Millionen Pfund", "15 Millionen US-Dollar" (the noun after it is no name).
func (d *doc) figureBefore(a int) bool {
	p := d.words[a-1]
	return p.num || d.numberWord(p.key) > 1 || d.is(wMillion, p.key)
}

// germanAttributive reports a German word after an article and an
// inflected word, or after a demonstrative or an indefinite article: a
// noun ("vor einem wichtigen Sommer", "für diesen Sommer"), no single
// name a deal is about.
func (d *doc) germanAttributive(i int) bool {
	w := d.words
	if d.lang != "de" || i < 2 || w[i].prev&^sepSpaceLike != 0 || w[i-1].cap || w[i-1].num {
		return false
	}
	if germanDeterminers[w[i-1].key] {
		return true
	}
	return w[i-1].prev&^sepSpaceLike == 0 && (deArticles[w[i-2].key] || germanDeterminers[w[i-2].key]) && !w[i-2].cap && strings.HasSuffix(w[i-1].key, "en")
}

// germanDeterminers are the German demonstratives and possessives a noun
// takes, no personal name: "diesen Sommer", "seinem Verein".
var germanDeterminers = map[string]bool{"diese": true, "dieser": true, "diesen": true, "diesem": true, "dieses": true,
	"jeder": true, "jeden": true, "jedem": true, "seinen": true, "seinem": true, "seiner": true, "ihren": true, "ihrem": true, "unseren": true, "unserem": true}

// describesName reports a player description starting at word i and
// followed by a name: the single name before it is his country or club
// ("the signing of Croatia defender Josko Gvardiol"), no person.
func (d *doc) describesName(i int) bool {
	j := i
	for j < len(d.words) && j < i+3 && d.hasKindAt(j, kPos) && d.words[j].prev&^sepSpaceLike == 0 {
		j++
	}
	return j > i && j < len(d.words) && d.words[j].prev&^sepSpaceLike == 0 && d.nameWord(j)
}

// standsAlone reports whether the word at i occurs elsewhere in the text
// with another word than the one at beside next to it.
func (d *doc) standsAlone(i, beside int) bool {
	key, with := d.words[i].key, d.words[beside].key
	for k, w := range d.words {
		if k == i || w.key != key {
			continue
		}
		if (k == 0 || d.words[k-1].key != with) && (k+1 == len(d.words) || d.words[k+1].key != with) {
			return true
		}
	}
	return false
}

func (d *doc) nameWord(i int) bool {
	w := d.words[i]
	if !w.cap || w.num || w.upper || nonName[w.key] || stopLang[w.key] != 0 || len(w.key) < 2 {
		return false
	}
	return d.x.lex.all.exact[w.key] == nil
}

// longerName returns the one person named before whose full name ends with
// the words of key: "Kolo Muani" after "Randal Kolo Muani".
func (d *doc) longerName(key string) (int, bool) {
	return d.nameWithin(key, func(p *person) bool { return strings.HasSuffix(p.key, " "+key) })
}

// shorterName returns the one person named before by the first two words
// or more of a fuller name: "Keita Baldé" met before "Keita Baldé Diao",
// "Lucas Hernández" before "Lucas Hernández Pi".
func (d *doc) shorterName(key string) (int, bool) {
	return d.nameWithin(key, func(p *person) bool {
		return strings.Contains(p.key, " ") && strings.HasPrefix(key, p.key+" ")
	})
}

// surnameBefore returns the one person named before by a surname of two
// words or more that ends a fuller name: "O'Riley" met before "Matt
// O'Riley", "Calvert-Lewin" before "Dominic Calvert-Lewin".
func (d *doc) surnameBefore(key string) (int, bool) {
	return d.nameWithin(key, func(p *person) bool {
		return strings.Contains(p.key, " ") && strings.HasSuffix(key, " "+p.key) && !p.nonplayer
	})
}

// nameWithin returns the one person of another length whose key fits,
// or false when none or several do.
func (d *doc) nameWithin(key string, fits func(*person) bool) (int, bool) {
	found := -1
	for i, p := range d.persons {
		if len(p.key) != len(key) && fits(p) {
			if found >= 0 {
				return -1, false
			}
			found = i
		}
	}
	return found, found >= 0
}

// onePlayer returns the one player the sentence names, or -1 when it
// names none or several, or describes someone after his name ("Roger
// Schmidt … cuenta con el mediocentro": the description is another's;
// not his apposition, "Tajon Buchanan, esterno canadese del Club Brugge").
func (d *doc) onePlayer(s *sent) int {
	p, end := -1, 0
	for _, m := range s.players {
		if p >= 0 && m.p != p {
			return -1
		}
		p, end = m.p, m.end
	}
	if p >= 0 {
		for _, h := range d.hitsIn(end, s.b) {
			if h.kind == kPos && !(end < s.b && d.words[end].prev&sepComma != 0 && h.w-end <= 2) {
				return -1
			}
		}
	}
	return p
}

// opensOnDescription reports a sentence that opens on a description of a
// player, an article and a position or nationality noun: "Der Spanier
// ist", "The Belgium midfielder", "Le défenseur", "El belga".
func (d *doc) opensOnDescription(s *sent) bool {
	i := s.a
	if i < s.b && d.is(wDefinite, d.words[i].key) {
		i++
	}
	if i == s.a || i >= s.b {
		return false
	}
	for k := i; k < s.b && k < i+3; k++ {
		if d.clubAt[k] != 0 {
			return false
		}
		if d.hasKindStarting(k, kPos) {
			return true
		}
	}
	return false
}

// agentVerbs are the concepts of a deal a passive verb can tell, whose
// agent ("by X") acts for the selling club: "offres repoussées par
// Jean-Michel Aulas", "i 50 milioni chiesti da Urbano Cairo".
var agentVerbs = []kind{kReject, kAsking, kSeller, kAccept}

// passiveAgent reports whether the person is the agent of a passive deal
// verb: the one who turned an offer down, asked a price, wanted a player.
func (d *doc) passiveAgent(m personMention) bool {
	if m.w < 2 || !d.hasKindAt(m.w-1, kAgent) || d.words[m.w].prev&^sepSpaceLike != 0 {
		return false
	}
	// right before the agent word: "ofertas por Coutinho" is for him;
	// an adverb of two words may part them ("rechazada de inmediato por")
	for gap := 0; gap <= 2; gap++ {
		if v := m.w - 1 - gap; gap > 0 && !d.adverbWord(v) {
			return false
		}
		for _, k := range agentVerbs {
			// (a price asked "for" him: "pide mucho por X")
			if (gap == 0 || k == kReject || k == kAccept) && d.kindBefore(m.w-1-gap, 0, k) {
				return true
			}
		}
	}
	return false
}

// adverbWord reports a word that may stand in an adverb between a verb
// and its agent ("de inmediato"): lowercase, no number nor the unit of
// one, no name, no club, no phrase of a lexicon but an of-word ("dos
// ofertas por X", "40 millones de euros por X" are what is for him).
func (d *doc) adverbWord(v int) bool {
	w := d.words
	if v < 1 || w[v].cap || w[v].num || w[v-1].num || w[v].prev&^sepSpaceLike != 0 || d.personAt[v] != 0 || d.clubAt[v] != 0 || d.numberWordValue(v) > 0 || d.numberWordValue(v-1) > 0 {
		return false
	}
	for _, h := range d.hitsIn(max(0, v-4), v+1) {
		if h.end > v && h.kind != kOf {
			return false
		}
	}
	return true
}

// answersFeeBefore reports a person who turns down, accepts or asks a fee
// a relative pronoun right before him takes up: "une offre de 30 millions
// d'euros, que X a repoussée", "i 40 milioni che X chiedeva", "40
// Millionen Euro, die X forderte", "que X y Y rechazaron". An amount
// that is no wage lies among the eight words before the pronoun, in its
// sentence; the verb follows him (or the second of two) within four
// words, in his clause.
func (d *doc) answersFeeBefore(m personMention) bool {
	w := d.words
	r := m.w - 1
	// "que Jokin Aperribay y Erik Bretos rechazaron": the second of two
	if r > 1 && d.andAt(r) && d.personAt[r-1] != 0 {
		r = d.pms[d.personAt[r-1]-1].w - 1
	}
	if r < 1 || !d.is(wRelative, w[r].key) || w[r+1].prev&^sepSpaceLike != 0 || w[r].sent {
		return false
	}
	found := false
	for k := r - 1; k >= 0 && k >= r-8 && !found; k-- {
		if w[k].num {
			a, cur, e := d.amount(k, r)
			found = a > 0 && cur != "" && !(e < len(w) && d.hasKindAt(e, kWage))
		}
		if w[k].sent || d.hasKindAt(k, kWage) || d.hasKindAt(k, kContract) {
			break
		}
	}
	if !found {
		return false
	}
	e := m.end
	// the first of two: the verb after the second
	if e+1 < len(w) && d.andAt(e) && d.personAt[e+1] != 0 && d.pms[d.personAt[e+1]-1].w == e+1 {
		e = d.pms[d.personAt[e+1]-1].end
	}
	for k := e; k < len(w) && k < e+4; k++ {
		if w[k].sent || k > e && w[k].prev&(clauseBreak|sepComma) != 0 || d.personAt[k] != 0 {
			return false
		}
		for _, h := range d.hitsAtWord(k) {
			if h.kind == kReject || h.kind == kAccept || h.kind == kAsking {
				return true
			}
		}
	}
	return false
}

// dealsForAnother reports whether the person acts in a deal about someone
// else: he is the subject of a deal verb whose object is another player or
// a player's description ("Fabio Paratici ha trovato l'accordo con
// l'Atalanta per il talento svedese", "Arteta phoned Declan Rice").
func (d *doc) dealsForAnother(m personMention) bool {
	n := len(d.words)
	verb, clitic := -1, false
	for k := m.end; k < n && k < m.end+4; k++ {
		// "Celta's Maxi Gómez, Barcelona monitor Rashford": the verb of
		// another subject
		// "X and are still monitoring him": another clause's verb
		if d.words[k].sent || d.words[k].prev&(clauseBreak|sepComma) != 0 || d.clubAt[k] != 0 || conjunctions[d.words[k].key] || d.andAt(k) {
			return false
		}
		for _, h := range d.hitsAtWord(k) {
			if h.kind == kTalks || h.kind == kBid || h.kind == kAdvanced || h.kind == kInterest {
				verb = h.end
			}
		}
		if verb >= 0 {
			break
		}
		// "Koeman ya lo quiso", "Conte lo vuole", "Galtier le veut": a
		// person as the object, before the verb
		// (not the article of a noun: "suscite l'intérêt du RC Lens")
		clitic = clitic || d.lang != "en" && d.lang != "de" && d.is(wObjPronoun, d.words[k].key) && !d.articleAfter(k) && !(k+1 < n && d.is(wInterestNoun, d.words[k+1].key))
	}
	if verb < 0 {
		return false
	}
	// "a coché le nom de": the longest deal phrase the verb opens
	for _, h := range d.hitsIn(m.end, verb) {
		if h.end > verb && (h.kind == kTalks || h.kind == kBid || h.kind == kAdvanced || h.kind == kInterest) {
			verb = h.end
		}
	}
	// "a bid for Marco Verdi accepted by Torino, only for the Italian to
	// ...", "Marco Verdi voluto dal Torino": a passive verb has no object
	if !clitic && verb < n && d.hasKindAt(verb, kAgent) {
		return false
	}
	if clitic || d.directObject(verb, m.p) {
		return true
	}
	for k := verb; k < n && k < verb+10; k++ {
		if d.words[k].sent || d.words[k].prev&(sepStop|sepPara) != 0 {
			return false
		}
		if pa := d.personAt[k]; pa != 0 && d.pms[pa-1].p != m.p {
			return k == verb || d.hasKindAt(k-1, kObj) || d.is(wDealFor, d.words[k-1].key)
		}
		if d.hasKindStarting(k, kPos) && k > 0 && (d.is(wDealFor, d.words[k-1].key) || d.is(wDefinite, d.words[k-1].key) && k > 1 && d.is(wDealFor, d.words[k-2].key)) {
			return true
		}
	}
	return false
}

// articleAfter reports that the pronoun-like word k follows a preposition
// or a copula, so it is an article, not a person as an object: "est dans
// le viseur du PSG", "è il pupillo", "está en la agenda".
func (d *doc) articleAfter(k int) bool {
	if k == 0 {
		return false
	}
	for _, kd := range [...]kind{kLoc, kOf, kTo, kOver, kAgent, kPassive} {
		if d.hasKindAt(k-1, kd) {
			return true
		}
	}
	return false
}

// directObject reports a person or a player's description right after a
// deal verb ending at word v, its object, with nothing but articles, "of"
// words and an age between: "wants the 22-year-old", "considera
// l'olandese", "a coché le nom de Ludovic Blas", "wants him", "will ihn".
// Person p, the verb's subject, is not his own object.
func (d *doc) directObject(v, p int) bool {
	for k := v; k < len(d.words) && k < v+4; k++ {
		w := d.words[k]
		if w.sent || w.prev&^sepSpaceLike != 0 {
			return false
		}
		if pa := d.personAt[k]; pa != 0 {
			return d.pms[pa-1].p != p
		}
		if d.hasKindStarting(k, kPos) || (d.lang == "en" || d.lang == "de") && d.is(wObjPronoun, w.key) {
			return true
		}
		if !d.is(wDefinite, w.key) && !d.is(wDescArticle, w.key) && !d.hasKindAt(k, kOf) && !w.num {
			return false
		}
	}
	return false
}

// wishOf reports a person whose wish, list or priority the text tells:
// "la prioridad de Diego Pablo Simeone", "sulla lista di Giovanni Manna",
// "la priorité de Luis Enrique", "Arteta's top target". He wants a player:
// he buys for a club.
func (d *doc) wishOf(m personMention) bool {
	w := d.words
	if k := m.w - 1; k > 0 && w[m.w].prev&^sepSpaceLike == 0 && (d.hasKindAt(k, kOf) || w[k].key == "di") && d.is(wWish, w[k-1].key) {
		return true
	}
	e := m.end
	if e+1 >= len(w) || w[e].key != "s" || w[e].prev&sepApos == 0 {
		return false
	}
	return d.is(wWish, w[e+1].key) || e+2 < len(w) && d.is(wWish, w[e+2].key) && w[e+2].prev&^sepSpaceLike == 0
}

// speaksOfAnother reports a person whose words about another player the
// text quotes after a colon: "Olivier Létang l'a répété : Jonathan David
// ne partira pas", "Imanol Alguacil lo tiene claro: «Mikel Merino se
// queda»". A verb stands between his name and the colon (a heading "Kane:
// …" has none); who speaks for a player's future is his club's man.
func (d *doc) speaksOfAnother(m personMention) bool {
	n := len(d.words)
	colon := -1
	for k := m.end; k < n && k < m.end+5; k++ {
		w := d.words[k]
		if w.prev&sepColon != 0 {
			colon = k
			break
		}
		if w.sent || w.prev&(clauseBreak|sepComma) != 0 || d.clubAt[k] != 0 || d.personAt[k] != 0 {
			return false
		}
	}
	if colon <= m.end {
		return false
	}
	for k := colon; k < n && k < colon+4; k++ {
		if d.words[k].sent && k > colon || d.clubAt[k] != 0 {
			return false
		}
		if pa := d.personAt[k]; pa != 0 {
			return d.pms[pa-1].p != m.p
		}
	}
	return false
}

// saysThatOfAnother reports a person who says that a player's description
// did or will do something: a joiner ("that", "que", "che", "dass") among
// the six words after his name (not "and"), with no club, person or clause break
// between, and a description among the three words after it ("Thomas
// Frank has all but admitted that the 28-year-old", "X a reconnu que
// l'attaquant", "X hat zugegeben, dass der Stürmer"). A player does not
// speak of himself so.
func (d *doc) saysThatOfAnother(m personMention) bool {
	n := len(d.words)
	for k := m.end; k < n && k < m.end+6; k++ {
		w := d.words[k]
		if w.sent || w.prev&clauseBreak != 0 || d.clubAt[k] != 0 || d.personAt[k] != 0 || k > m.end && w.prev&sepComma != 0 && !(d.lang == "de" && d.is(wJoiner, w.key)) {
			return false
		}
		if k == m.end || !d.is(wJoiner, w.key) || d.is(wAnd, w.key) {
			continue
		}
		for j := k + 1; j < n && j < k+4 && !d.words[j].sent && d.words[j].prev&(clauseBreak|sepComma) == 0; j++ {
			if d.personAt[j] != 0 || d.clubAt[j] != 0 {
				return false
			}
			if d.hasKindStarting(j, kPos) {
				return true
			}
		}
		return false
	}
	return false
}

// answersFee reports a person who turns down, accepts or asks a fee: the
// subject of a refusal, an acceptance or an asking word followed by an
// amount that is no wage or contract ("Jean-Michel Aulas avait repoussé une
// première offre de 35 millions d'euros", "Levy wants £100m", "Cairo
// chiede 50 milioni"). A player turns down a contract, not a fee: he acts
// for the selling club.
func (d *doc) answersFee(m personMention) bool {
	n := len(d.words)
	verb := -1
	// the verb right after him, an auxiliary or an adverb between: not
	// "ne laissera pas Mario Rossi quitter le club à moins de 40 millions",
	// nor "Mario Rossi is available for £5m", which tells his price
	for k := m.end; k < n && k < m.end+3 && verb < 0; k++ {
		if d.words[k].sent || d.words[k].prev&(clauseBreak|sepComma) != 0 || d.clubAt[k] != 0 || d.andAt(k) || d.hasKindAt(k, kPassive) {
			return false
		}
		for _, h := range d.hitsAtWord(k) {
			// "will not sell X for less than £40m": a floor opening on
			// "for" tells his club's price, not his verb
			if (h.kind == kReject || h.kind == kAccept || h.kind == kAsking) && !d.is(wFor, d.words[h.w].key) {
				verb = h.end
			}
		}
	}
	if verb < 0 {
		return false
	}
	for k := verb; k < n && k < verb+8; k++ {
		w := d.words[k]
		if w.sent || w.prev&(clauseBreak|sepComma) != 0 && k > verb || d.personAt[k] != 0 || d.hasKindAt(k, kContract) || d.hasKindAt(k, kWage) {
			return false
		}
		if w.num {
			a, cur, e := d.amount(k, n)
			return a > 0 && cur != "" && !(e < n && d.hasKindAt(e, kWage))
		}
	}
	return false
}

// hitsAtWord returns the hits starting at word i.
func (d *doc) hitsAtWord(i int) []hit { return d.hitsIn(i, i+1) }

// clubVerbObject reports a single name that is the object of a deal verb
// whose subject is a club opening the clause: "Manchester City want Gavi",
// "Chelsea are ready to sell Jorginho", "il Napoli vuole Danilo", "el
// Sevilla quiere a Isco". The name is never written in lowercase in the
// text. German, which capitalises every noun, is left out ("der BVB will
// Ersatz verpflichten" names no one): there a description or the club's
// possessive must tell the player.
func (d *doc) clubVerbObject(a int, lower map[string]bool) bool {
	w := d.words
	if d.lang == "de" || d.lang == "" || a < 2 || w[a].sent || lower[w[a].key] || w[a].prev&^sepSpaceLike != 0 {
		return false
	}
	v := a // the word after the deal verb
	if d.lang == "es" && w[a-1].key == "a" {
		v = a - 1 // the personal "a"
	}
	if !(d.kindBefore(v, 0, kInterest) || d.kindBefore(v, 0, kSeller) || d.kindBefore(v, 0, kDone)) {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-8; k-- {
		if c := d.clubAt[k]; c != 0 {
			return d.opensClause(d.cms[c-1])
		}
		if w[k].cap && !w[k].sent || w[k].sent || w[k].prev&(clauseBreak|sepComma) != 0 {
			return false // another name between, or no club opening the clause
		}
	}
	return false
}

// opensClause reports a club mention that opens its sentence or clause,
// its article allowed before it ("il Napoli"), and is no possessive: the
// subject of the clause.
func (d *doc) opensClause(m clubMention) bool {
	w := d.words
	s := m.w
	if s > 0 && d.is(wDefinite, w[s-1].key) && w[s].prev&^sepSpaceLike == 0 {
		s--
	}
	return !m.poss && (s == 0 || w[s].sent || w[s].prev&(clauseBreak|sepComma) != 0)
}

// germanNoun reports a German word that the text uses elsewhere as a noun,
// right after an article: the head of a compound with a name ("Koné-Abschied
// rückt näher ... Der Abschied von Manu Koné"), no part of the name.
func (d *doc) germanNoun(i int) bool {
	if d.lang != "de" {
		return false
	}
	key := d.words[i].key
	for k := 1; k < len(d.words); k++ {
		if k != i && d.words[k].key == key && d.words[k].prev&^sepSpaceLike == 0 && deArticles[d.words[k-1].key] {
			return true
		}
	}
	return false
}
