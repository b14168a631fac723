package extract

import "strings"

// possessedApposition returns the player named in apposition after a
// club's possessive and a short noun phrase: "Leicester's other prized
// asset, Harvey Barnes", "Leverkusens größtes Juwel, Florian Wirtz"; or
// -1. The phrase holds no deal, stage or role word ("Arsenal's bid for
// X", "Chelsea's manager, X"), and the name closes the apposition.
func (d *doc) possessedApposition(s *sent, m *clubMention) int {
	w := d.words
	j := m.end
	if j < s.b && w[j].key == "s" && w[j].prev&sepApos != 0 {
		j++
	} else if !(m.poss && d.lang == "de") {
		return -1
	}
	n := 0
	for ; j < s.b && n < 4 && w[j].prev&(sepComma|clauseBreak) == 0 && d.personAt[j] == 0; j++ {
		if w[j].cap && d.lang != "de" || d.clubAt[j] != 0 || len(d.hitsIn(j, j+1)) > 0 && !d.hasKindAt(j, kPos) {
			return -1
		}
		n++
	}
	if n == 0 || n == 4 || j >= s.b || w[j].prev&sepComma == 0 || w[j].prev&clauseBreak != 0 {
		return -1
	}
	pa := d.personAt[j]
	if pa == 0 {
		return -1
	}
	pm := d.pms[pa-1]
	if d.persons[pm.p].nonplayer || pm.end < s.b && w[pm.end].prev&(sepComma|sepStop|clauseBreak) == 0 {
		return -1
	}
	return pm.p
}

// This file holds the rules that find a player's own club from the way a
// deal is told: the club a buyer negotiates or agrees WITH, the club named
// in an apposition after his name, the club that turns an offer down.

// dealKinds are the stages of a deal one club makes with another.
var dealKinds = map[kind]bool{kTalks: true, kAdvanced: true, kBid: true, kDone: true, kAccept: true, kObj: true}

// subjectPronouns stand for the player as the subject of a deal: "he has
// agreed terms with Chelsea" makes Chelsea a suitor, not his club.
var subjectPronouns = map[string]string{"he": "en", "il": "fr", "el": "", "er": "de", "lui": "fr it"}

// dealWith reports a club the sentence's deal is made with, by someone
// other than the player: the club that sells him. "City are negotiating
// with Leipzig over Gvardiol", "Accordo raggiunto con il Real Madrid", "el
// Villarreal negocia con el Wolverhampton la cesión de". When the player
// himself (his name, "he", "the midfielder") is the one dealing, the club
// is his suitor.
func (d *doc) dealWith(s *sent, m *clubMention) bool {
	words := d.words
	j := m.w - 1
	if j > s.a && d.is(wWithArticle, words[j].key) && !words[j].cap {
		j--
	}
	j = d.clubNounBack(s, j, m.club)
	// "Gespräche mit dem Innenverteidiger und dem BVB": the player and his club
	both := false
	if w := d.withPlayerAnd(s, j); w >= 0 {
		j, both = w, true
	}
	// "talks with Villarreal over Pervis Estupiñán": the player is what
	// the deal is about, so he is not the one who deals
	obj := d.objectAfter(s, m.end)
	// "could leave Arsenal, with Newcastle ahead of the pack": no deal
	// "Con il Real Madrid si tratta per Brahim Díaz": the with-word may open the sentence
	if j < s.a || !d.is(wWith, words[j].key) || words[m.w].prev&(sepComma|clauseBreak) != 0 || words[j].prev&(sepComma|clauseBreak) != 0 && !both && !obj && j > s.a {
		return false
	}
	// "va s'engager avec l'Inter", "signed with", "firmó con": he signs
	if d.kindBefore(j, 2, kSigns) || d.kindBefore(j, 2, kSigned) || d.kindBefore(j, 1, kAdvanced) && d.is(wSign, words[j-1].key) {
		return false
	}
	if !d.dealAround(s, j, m.end, obj) {
		return false
	}
	// "L'OGC Nice dément tout accord avec West Ham pour Todibo", "la Lazio
	// smentisce qualsiasi contatto con il Manchester United": the club that
	// denies dealing is his; the one it denies dealing with would buy
	for _, h := range d.hitsIn(max(s.a, j-8), j) {
		if h.kind == kDeny && s.clauses[h.w-s.a] == s.clauses[j-s.a] {
			return false
		}
	}
	// "c'è l'accordo con il Chelsea per 16 milioni": a fee is agreed with
	// the club that sells
	if d.feeAfter(s, m.end) {
		return true
	}
	// who deals: the nearest club or player before the with-word
	across := false
	for k := j - 1; k >= s.a && (k >= j-14 || across); k-- {
		// "Il Napoli è in vantaggio: c'è l'intesa con il giocatore e si
		// tratta con l'Udinese": who is named in the clause before "and"
		// does not deal here; a club before it still may
		if d.andAt(k) {
			across = true
		}
		// "Wir sind mit Olympique Marseille im Gespräch", "on discute avec
		// Tottenham": the people of a club speak for it, the player says
		// "I"; the club they talk with sells, unless the text told it
		// pursuing him before ("City will Marmoush ... wir sind mit City im
		// Austausch": then they sell)
		if d.is(wWe, words[k].key) && d.writtenAsKey(k) {
			return !d.pursuedBefore(s, m)
		}
		if across && (d.clubAt[k] == 0 || d.cms[d.clubAt[k]-1].attached) {
			continue
		}
		// "Aaron Ramsey, whose Arsenal contract expires next summer, is in
		// talks with Juventus": a relative clause between is not who deals
		if d.inRelative(s, k) && !d.inRelative(s, j) {
			continue
		}
		if c := d.clubAt[k]; c != 0 {
			// "l'attaquant du Borussia ... avec l'Inter": the player deals;
			// "Il Sassuolo ha un'intesa con l'Inter": his club sells to it
			sub := d.cms[c-1]
			if p := d.playerFor(s, m.w); p >= 0 && d.persons[p].cur[sub.club] > 0 {
				return false
			}
			return sub.club != m.club && !sub.attached
		}
		if pa := d.personAt[k]; pa != 0 {
			if !d.persons[d.pms[pa-1].p].nonplayer && !obj {
				return false
			}
			continue
		}
		if d.hasKindAt(k, kPos) && !d.hasKindAt(k, kOf) && !d.withObject(k) {
			return false // "the midfielder has agreed terms with"
		}
		// the Spanish "él", not the article "el" ("El club blanco ha cerrado
		// con el Rennes"), which writes no accent
		if l, ok := subjectPronouns[words[k].key]; ok && (l == "" && d.lang == "es" && d.text[words[k].start:words[k].end] != "el" && d.text[words[k].start:words[k].end] != "El" || contains(l, d.lang)) {
			return false
		}
	}
	// nobody named deals: the club the passage is about buys ("Accordo
	// raggiunto con il Real Madrid"); with no such club, "un accord avait été
	// trouvé avec le Real Betis" is the player's
	t := d.topicClub()
	return obj || t >= 0 && t != m.club
}

// clubNounBack returns the with-word before a club noun and its country
// adjective that end at word j, before the club of the given number ("with Danish side Midtjylland", "con el
// club danés Midtjylland", "mit dem dänischen Klub FC Midtjylland"), or j
// when none stands there.
func (d *doc) clubNounBack(s *sent, j, club int) int {
	noun := false
	for k := j; k > s.a && k >= j-3; k-- {
		w := d.words[k]
		if d.is(wWith, w.key) {
			if noun {
				return k
			}
			return j
		}
		// "el club danés" may itself be read as the club it describes
		if l, ok := clubHeads[w.key]; ok && strings.Contains(" "+l+" ", " "+d.lang+" ") || d.clubAt[k] != 0 && d.cms[d.clubAt[k]-1].club == club {
			noun = true
			continue
		}
		// its adjective: "dänischen", "danés", "Danish"
		if desc, ok := d.clubDescription(w.key); ok && len(desc.Countries) > 0 || (!w.cap || noun) && d.clubAt[k] == 0 && d.personAt[k] == 0 {
			continue
		}
		return j
	}
	return j
}

// pursuedBefore reports a club the sentences before told pursuing the
// player of club mention m on its own.
func (d *doc) pursuedBefore(s *sent, m *clubMention) bool {
	p := d.playerFor(s, m.w)
	if p < 0 {
		return false
	}
	for _, pr := range d.persons[p].pairs {
		if pr.club == m.club && pr.solo {
			return true
		}
	}
	return false
}

// dealAround reports a word of a deal between clubs around the with-word
// at j and the club ending at word end: in its clause, or anywhere near
// when obj says the deal is about a named player. A German verb may close
// its clause further on: "hat sich mit Chelsea auf eine Leihe von Nicolas
// Jackson geeinigt".
func (d *doc) dealAround(s *sent, j, end int, obj bool) bool {
	far := end + 6
	if d.lang == "de" {
		far = end + 12
	}
	c := s.clauses[j-s.a]
	for _, h := range d.hitsIn(max(s.a, j-10), min(s.b, far)) {
		same := s.clauses[h.w-s.a] == c
		if dealKinds[h.kind] && (same || obj && h.w < end+6) {
			return true
		}
	}
	return false
}

// feeAfter reports an amount right after the over-word that follows the
// club ending at word i: "con il Chelsea per 16 milioni", "with West Ham
// for £105m", not a wage ("€10m a year").
func (d *doc) feeAfter(s *sent, i int) bool {
	if i >= s.b || !d.hasKindAt(i, kOver) || d.words[i].prev&(clauseBreak|sepComma) != 0 {
		return false
	}
	for k := i + 1; k < s.b && k <= i+3; k++ {
		if d.words[k].num {
			a, cur, e := d.amount(k, s.b)
			return a > 0 && cur != "" && !(e < s.b && d.hasKindAt(e, kWage))
		}
	}
	return false
}

// withObject reports a player description at word k that a with-word
// governs: "l'intesa con il giocatore", "un acuerdo verbal con el
// centrocampista": who is agreed with, not who deals.
func (d *doc) withObject(k int) bool {
	i := k - 1
	if i >= 0 && d.is(wDefinite, d.words[i].key) {
		i--
	}
	return i >= 0 && d.is(wWith, d.words[i].key)
}

// objectAfter reports a player named as what a deal is about right after
// word i: "with Barcelona for Frenkie de Jong", "con el Bayern por Tanguy
// Nianzou", "mit Leverkusen über Jonathan Tah" (a position or a number may
// stand between: "over Ecuador international Pervis Estupiñán").
func (d *doc) objectAfter(s *sent, i int) bool {
	if i >= s.b || !d.hasKindAt(i, kOver) || d.words[i].prev&clauseBreak != 0 {
		return false
	}
	for k := i + 1; k < s.b && k <= i+5; k++ {
		if d.words[k].prev&(sepComma|clauseBreak) != 0 {
			return false
		}
		if pa := d.personAt[k]; pa != 0 {
			return !d.persons[d.pms[pa-1].p].nonplayer
		}
		if d.clubAt[k] != 0 {
			return false
		}
	}
	return false
}

func contains(list, lang string) bool {
	for i := 0; i+len(lang) <= len(list); i++ {
		if list[i:i+len(lang)] == lang && (i == 0 || list[i-1] == ' ') {
			return true
		}
	}
	return false
}

// appositionOwner returns the player an apposition before the "of" at word
// of belongs to: "Orkun Kökçü, capitán del Feyenoord", "Lamine Camara, le
// milieu sénégalais de 20 ans du FC Metz", "Folarin Balogun, l'attaquant
// d'Arsenal", "Nick Woltemade, Stürmer des VfB". The words between the
// comma and "of" describe a player (a position or role noun among them)
// and name nobody else; -1 if there is no such apposition. An apposition
// the club closes with a comma needs no
// role noun when it is short: "Nicolas Pépé, principal atout offensif des
// Dogues, devrait quitter".
func (d *doc) appositionOwner(s *sent, of int, closed bool) int {
	words := d.words
	pos := false
	for k := of - 1; k > s.a && k >= of-9; k-- {
		if d.clubAt[k] != 0 || d.personAt[k] != 0 || words[k].prev&clauseBreak != 0 {
			return -1
		}
		for _, h := range d.hitsIn(k, k+1) {
			if stageKind(h.kind) {
				return -1
			}
		}
		if d.hasKindAt(k, kPos) {
			pos = true
		} else if words[k].cap && !words[k].num {
			return -1
		}
		if words[k].prev&sepComma != 0 {
			if !pos && !(closed && of-k <= 4) {
				return -1
			}
			if pa := d.personAt[k-1]; pa != 0 {
				if p := d.pms[pa-1].p; !d.persons[p].nonplayer {
					return p
				}
			}
			return -1
		}
	}
	return -1
}

// rejecter reports whether the club ending at word end is the subject of
// the refusal at word v: no offer named between them ("Liverpool have
// rejected two bids", "il Cagliari ha respinto", "die Leipziger
// ablehnten"); "Arsenal saw their offers rejected" is the bidder's.
func (d *doc) rejecter(end, v int) bool {
	for _, h := range d.hitsIn(end, v) {
		if h.kind == kBid {
			return d.lang == "de" // German puts the object before the verb
		}
	}
	for k := end; k < v; k++ {
		switch d.words[k].key {
		case "saw", "vu", "visto", "gesehen", "seen":
			return false
		}
	}
	return true
}

// loanedAt reports a club the player is on loan at, not moving to: no
// step of a deal in its clause. It is neither his club (on loan he stays
// the parent club's) nor a suitor.
func (d *doc) loanedAt(s *sent, m *clubMention) bool {
	j := m.w - 1
	if j > s.a && d.is(wWithArticle, d.words[j].key) && !d.words[j].cap {
		j--
	}
	if j <= s.a || !d.is(wLoanAtPrep, d.words[j].key) {
		return false
	}
	if !d.is(wLoan, d.words[j-1].key) {
		// "Prêté par Chelsea au RC Strasbourg", "cedido por el Chelsea al
		// Girona": loaned by his club to the club he plays at
		return d.loanedByTo(s, j)
	}
	// "on loan at Sunderland", "cedido en el Girona", "leihweise beim VfB":
	// where he plays on loan, whatever else the clause tells
	if d.is(wLoanHost, d.words[j].key) {
		return true
	}
	// a deal of its clause makes it a loan still to be made ("agreed a
	// loan with Atalanta"), unless a comma sets the loan apart ("per il
	// talento svedese, attualmente in prestito al Parma")
	c := s.clauses[m.w-s.a]
	for _, h := range d.hitsIn(s.a, s.b) {
		if s.clauses[h.w-s.a] == c && (h.kind == kTalks || h.kind == kBid || h.kind == kAdvanced || h.kind == kDone) && !d.commaBetween(personMention{w: h.w, end: h.end}, j) {
			return false
		}
	}
	return true
}

// loanedByTo reports a loan word, an agent word ("par", "por", "by",
// "da") and his club right before the preposition at word j: the club
// after j is where he plays on loan.
func (d *doc) loanedByTo(s *sent, j int) bool {
	c := d.clubAt[j-1]
	if c == 0 {
		return false
	}
	k := d.cms[c-1].w - 1
	if k > s.a && d.is(wWithArticle, d.words[k].key) && !d.words[k].cap {
		k--
	}
	return k > s.a && (d.hasKindAt(k, kAgent) || d.hasKindAt(k, kFrom)) && d.is(wLoan, d.words[k-1].key)
}

// loanedTo reports a player a loan verb stands before, and the club after
// him where he goes: "Le PSG a prêté Mario Rossi au FC Nantes", "ha cedido
// a X al Getafe", "ha ceduto in prestito X al Torino" are no "X of Nantes".
func (d *doc) loanedTo(s *sent, pm personMention, of int) bool {
	if !d.is(wDestination, d.words[of].key) {
		return false
	}
	for k := pm.w - 1; k >= s.a && k >= pm.w-4; k-- {
		if d.words[k+1].prev&(sepComma|clauseBreak) != 0 {
			return false
		}
		if d.is(wLoan, d.words[k].key) {
			return true
		}
	}
	return false
}

// atDoorOf reports a club whose door a buyer knocks on, the one that
// sells him: "ha bussato alla porta di Trigoria", "a frappé à la porte du
// LOSC", "llamó a la puerta del Betis", "knocked on the door of Leipzig",
// "klopfte an die Tür von Leverkusen"; "knocked on Arsenal's door".
func (d *doc) atDoorOf(s *sent, m *clubMention) bool {
	words := d.words
	if m.poss && m.end+1 < s.b && d.is(wDoor, words[m.end+1].key) {
		return true
	}
	j := m.w - 1
	if j > s.a && d.is(wWithArticle, words[j].key) && !words[j].cap {
		j--
	}
	return j > s.a && d.is(wDoorOf, words[j].key) && d.is(wDoor, words[j-1].key)
}

// ownedHere reports whether the sentence names player p right after
// another club of his own: "Leicester's £30m asking price ... Brighton's
// Moisés Caicedo" prices someone else, not Caicedo.
func (d *doc) ownedHere(s *sent, p, club int) bool {
	for _, pm := range s.players {
		if pm.p != p {
			continue
		}
		for k := pm.w - 1; k >= s.a && k >= pm.w-6; k-- {
			if c := d.clubAt[k]; c != 0 {
				m := d.cms[c-1]
				if m.attached && m.club != club {
					return true
				}
				break
			}
		}
	}
	return false
}

// soldTo reports a club a sale told as done went to: "Matthijs de Ligt,
// ceduto al Bayern Monaco per 67 milioni", "sold to Chelsea last summer",
// "vendu au PSG", "vendido al Atlético", "an den FC Bayern verkauft" is
// left to the verb-last rules. Not a sale to come: "could be sold to",
// "potrebbe essere ceduto al".
func (d *doc) soldTo(s *sent, m *clubMention) bool {
	words := d.words
	j := m.w - 1
	for j > s.a && m.w-j <= 2 && d.is(wSoldPrep, words[j].key) {
		j--
	}
	if j <= s.a || j == m.w-1 || !d.is(wSold, words[j].key) || s.hyp[j-s.a] {
		return false
	}
	switch words[j-1].key {
	case "be", "being", "essere", "être", "etre", "ser", "werden", "will", "would", "could":
		return false
	}
	return !d.stageBefore(j, 3)
}

// tiedTo reports a club a tied word binds the player to.
func (d *doc) tiedTo(s *sent, m *clubMention) bool {
	words := d.words
	j := m.w - 1
	for j > s.a && m.w-j <= 2 && d.is(wTiedPrep, words[j].key) {
		j--
	}
	return j >= s.a && j < m.w-1 && d.is(wTied, words[j].key)
}

// renewsWith reports a club named after a renewal of his contract and a
// with-word: "vicino al prolungamento con la Juventus", "talks over an
// extension with Arsenal", "sa prolongation avec l'OM", "su renovación con
// el Athletic", "die Verlängerung beim BVB"; or the club of a renewal told
// made, after a with-word or a ground word ("signed a new four-year
// contract with Leicester", "a prolongé son contrat au FC Nantes",
// "renueva con el Betis") or before the German verb at the end of its
// clause ("hat seinen Vertrag beim VfL Bochum verlängert"): the club he is
// under contract with, not a buyer.
func (d *doc) renewsWith(s *sent, m *clubMention) bool {
	words := d.words
	j := m.w - 1
	if j > s.a && d.is(wWithArticle, words[j].key) && !words[j].cap {
		j--
	}
	if j <= s.a || words[m.w].prev&(sepComma|clauseBreak) != 0 {
		return false
	}
	with := d.is(wWith, words[j].key) || words[j].key == "bei" || words[j].key == "beim"
	if !with && !d.is(wGroundPrep, words[j].key) {
		return false
	}
	c := s.clauses[j-s.a]
	for _, h := range d.hitsIn(max(s.a, j-7), j) {
		if h.end > j+1 || s.clauses[h.w-s.a] != c {
			continue
		}
		if h.kind == kExtension && with && h.w >= j-5 || h.kind == kRenewed {
			return true
		}
	}
	for _, h := range d.hitsIn(m.end, min(s.b, m.end+6)) {
		if h.kind == kRenewed && s.clauses[h.w-s.a] == c {
			return true
		}
	}
	return false
}
