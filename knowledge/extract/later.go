package extract

// moveToCome reports a sentence telling a move that has not happened yet:
// "has signed a contract with Al-Ittihad and will join them when his deal
// expires", "a signé et rejoindra l'Inter en juillet". A signing it tells
// is done, but he is still his old club's player. Its words are the word
// sets futuremove ("rejoindra"), and futureaux then futureverb ("will
// join").
func (d *doc) moveToCome(s *sent) bool {
	aux := false
	for i := s.a; i < s.b; i++ {
		k := d.words[i].key
		if d.is(wFutureMove, k) || aux && d.is(wFutureVerb, k) {
			return true
		}
		if d.is(wFutureAux, k) {
			aux = true
		}
	}
	return false
}

// insteadWords stand before a club passed over: "plutôt que", "en lugar
// de", "anziché", "statt"; some only with the word after them (see
// insteadPhrase).
var insteadWords = map[string]string{"plutot": "", "anziche": "", "invece": "di", "statt": "", "anstatt": "",
	"lugar": "de", "vez": "de", "instead": "of", "rather": "than"}

// insteadPhrase reports whether the instead-word at i is whole: "instead
// of", not a bare "instead".
func (d *doc) insteadPhrase(i int) bool {
	next := insteadWords[d.words[i].key]
	return next == "" || i+1 < len(d.words) && d.words[i+1].key == next
}

// passedOver reports a club the player turned down for the buyer of a
// signing the sentence tells as done: "completed his move to Arsenal,
// choosing the Emirates over Chelsea and Tottenham", "a rejoint le PSG
// plutôt que le Barça".
func (d *doc) passedOver(s *sent, m clubMention) bool {
	if !d.sentenceHas(s, kDone) || d.moveToCome(s) {
		return false
	}
	c := s.clauses[m.w-s.a]
	for i := m.w - 1; i >= s.a && i >= m.w-8 && s.clauses[i-s.a] == c; i-- {
		k := d.words[i].key
		if _, ok := insteadWords[k]; ok && d.insteadPhrase(i) {
			return true
		}
		if k != "over" {
			continue
		}
		for j := i - 1; j >= s.a && j >= i-8 && s.clauses[j-s.a] == c; j-- {
			if d.is(wChoose, d.words[j].key) {
				return true
			}
		}
		return false
	}
	return false
}

// futureBeBefore returns a future of "be" among the four words before word
// i, or -1: "sarà un nuovo giocatore della", "sera un joueur du", "será
// jugador del", "wird ein Spieler des", "will be a Brentford player". The
// club after it is one he will join, not his club yet.
func (d *doc) futureBeBefore(s *sent, i int) int {
	for k := i - 1; k >= s.a && k >= i-4; k-- {
		if d.is(wFutureBe, d.words[k].key) {
			if d.hasKindAt(k+1, kNeg) || k > s.a && d.hasKindAt(k-1, kNeg) {
				return -1 // "will not be a Bayern Munich player after all"
			}
			return k
		}
	}
	return -1
}
