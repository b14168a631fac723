package extract

import "sort"

// arrivals adds a done hit for a player told arriving at a club: an
// arrival verb (word set arrive), a destination word (arriveprep) and the
// club right after it, its article skipped: "Oskar Lindqvist is arriving
// at Fulham", "est arrivé au Stade Rennais", "llega al Betis", "è arrivato
// all'Inter", "kommt zum VfB". A club before the verb in its clause is its
// subject ("Chelsea arrived at the Etihad"): no arrival of a player. An
// arrival in an apposition ("Le Belge, arrivé au Hertha en 2019") or
// dated before the publication's year tells how he came to his club: no
// news of a move.
func (d *doc) arrivals() {
	words := d.words
	n := len(d.hits)
	for i := 1; i+2 < len(words); i++ {
		if !d.is(wArrive, words[i].key) {
			continue
		}
		j := d.pastFromClub(i + 1) // "passa dal Milan al Bologna"
		if j+1 >= len(words) || !d.is(wArrivePrep, words[j].key) || !tight(words[j].prev) {
			continue
		}
		k := j + 1
		if k+1 < len(words) && d.is(wObjectArticle, words[k].key) && d.clubAt[k] == 0 {
			k++
		}
		if d.clubAt[k] == 0 || !tight(words[k].prev) || d.clubBefore(i) || d.hasKindAt(i, kDone) || words[i].prev&sepComma != 0 && d.hasKindAt(i, kCame) || d.yearBeforeAfter(d.cms[d.clubAt[k]-1].end) {
			continue
		}
		d.hits = append(d.hits, hit{w: i, end: i + 1, kind: kDone})
	}
	d.leavesFor()
	d.paidFor()
	if len(d.hits) > n {
		sort.SliceStable(d.hits, func(a, b int) bool { return d.hits[a].w < d.hits[b].w })
	}
}

// clubBefore reports a club named before word i in its clause.
func (d *doc) clubBefore(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if d.clubAt[k] != 0 {
			return true
		}
		if d.words[k+1].sent || d.words[k+1].prev&(sepComma|clauseBreak) != 0 {
			return false
		}
	}
	return false
}

// yearBeforeAfter reports a year before the publication's within the
// four words from word i, in its clause: "arrivé au Hertha Berlin en 2019".
func (d *doc) yearBeforeAfter(i int) bool {
	for k := i; k < len(d.words) && k < i+4; k++ {
		if k > i && (d.words[k].sent || d.words[k].prev&(sepComma|clauseBreak) != 0) {
			return false
		}
		if y := yearOf(d.words[k].key); y > 0 && d.pub.Year > 0 && y < d.pub.Year {
			return true
		}
	}
	return false
}

// pastFromClub returns the word after the club a from-word at word j names
// ("dal Milan", "from Chelsea", "von Schalke"), or j when there is none.
func (d *doc) pastFromClub(j int) int {
	for k := j + 1; k < len(d.words) && k <= j+3; k++ {
		if !tight(d.words[k].prev) {
			return j
		}
		if c := d.clubAt[k]; c != 0 {
			if d.fromBefore(k) {
				return d.cms[c-1].end
			}
			return j
		}
	}
	return j
}

// leavesFor adds an advanced hit (a done one when the verb tells it
// made) for the club a player leaves his own
// for: a leaving verb (word set quit), his club, a for-word and the club
// right after it: "will leave Brentford for Fulham", "quitte le RC
// Strasbourg pour le FC Lorient", "dejará el Getafe por el Betis",
// "lascerà la Lazio per il Monaco".
func (d *doc) leavesFor() {
	words := d.words
	for i := 1; i+3 < len(words); i++ {
		if !d.is(wQuit, words[i].key) {
			continue
		}
		k := i + 1
		if d.is(wObjectArticle, words[k].key) && d.clubAt[k] == 0 || d.is(wDefinite, words[k].key) {
			k++
		}
		c := d.clubAt[k]
		if c == 0 || !tight(words[k].prev) {
			continue
		}
		f := d.cms[c-1].end
		if f+1 >= len(words) || !d.is(wFor, words[f].key) || !tight(words[f].prev) {
			continue
		}
		k = f + 1
		if k+1 < len(words) && (d.is(wObjectArticle, words[k].key) || d.is(wDefinite, words[k].key)) && d.clubAt[k] == 0 {
			k++
		}
		if d.clubAt[k] == 0 || !tight(words[k].prev) || d.hasKindAt(f, kDone) {
			continue
		}
		st := kAdvanced // "will leave X for Y": his move is near
		if d.is(wQuitDone, words[i].key) {
			st = kDone // "ha lasciato la Juventus per la Lazio": made
		}
		d.hits = append(d.hits, hit{w: f, end: f + 1, kind: st})
	}
}

// buyerLeftFor reports a club right after the for-word of a leaving
// verb that leavesFor read (an article between them at most): the club he
// leaves for is his buyer, not a club set aside by the leaving verb two
// words before it ("has left Brentford for Fulham").
func (d *doc) buyerLeftFor(w int) bool {
	f := w - 1
	if f > 0 && (d.is(wObjectArticle, d.words[f].key) || d.is(wDefinite, d.words[f].key)) {
		f--
	}
	if f <= 0 || !d.is(wFor, d.words[f].key) {
		return false
	}
	return d.hasKindAt(f, kDone) || d.hasKindAt(f, kAdvanced)
}

// paidFor adds a done hit for a club told paying for a player, its pay
// verb telling the payment made (word set paidpast) right after it, an
// auxiliary between them at most, and a for-word after it in its clause:
// "Spurs have paid Swansea £15m for the striker", "Der FC Bayern überwies
// Galatasaray 30 Millionen Euro für den Rechtsverteidiger", "il Napoli ha
// pagato 20 milioni per l'esterno". Not in a relative clause ("Chelsea,
// who paid Benfica") nor dated before the publication's year.
func (d *doc) paidFor() {
	words := d.words
	for i := 1; i+2 < len(words); i++ {
		if !d.is(wPaidPast, words[i].key) || d.hasKindAt(i, kDone) {
			continue
		}
		subject := false
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if d.clubAt[k] != 0 {
				subject = true
				break
			}
			if words[k+1].sent || words[k+1].prev&(sepComma|clauseBreak) != 0 || d.is(wRelative, words[k].key) {
				break
			}
		}
		if !subject {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+12; k++ {
			if words[k].sent || words[k].prev&clauseBreak != 0 {
				break
			}
			if y := yearOf(words[k].key); y > 0 && d.pub.Year > 0 && y < d.pub.Year {
				break
			}
			if d.is(wFor, words[k].key) {
				d.hits = append(d.hits, hit{w: i, end: i + 1, kind: kDone})
				break
			}
		}
	}
}
