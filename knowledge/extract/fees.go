package extract

import (
	"strconv"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// fees reads the money figures of a sentence.
func (d *doc) fees(s *sent, hits []hit) {
	words := d.words
	spans := d.amountSpans(s)
	lastEnd, lastCur := -1, ""
	for i := s.a; i < s.b; i++ {
		w := words[i]
		if !w.num && d.numberWordValue(i) == 0 {
			continue
		}
		amount, cur, end := d.amount(i, s.b)
		if amount <= 0 || cur == "" {
			amount, cur, end = d.bareAmount(s, i)
		}
		if amount <= 0 || cur == "" {
			continue
		}
		if d.addOnPart(end, s.b) {
			lastEnd, lastCur = end, cur
			i = end - 1
			continue // "£50m plus £5m in add-ons": the add-ons are no fee of their own
		}
		conv := d.conversion(lastEnd, lastCur, i, cur)
		lastEnd, lastCur = end, cur
		if conv {
			i = end - 1
			continue // "€5 million (£4m/$5m)": the same fee converted
		}
		p := d.playerFor(s, i)
		if s.feeP >= 0 {
			p = s.feeP
		}
		if p < 0 {
			i = end - 1
			continue
		}
		kindOf, status := facts.FeeBid, facts.FeeReported
		// how near an offer word, a price word and a valuation word are
		bidGap, askGap, valGap := 1<<30, 1<<30, 1<<30
		priceW := -1  // the price or value word nearest the figure
		cost := false // priceW tells what he would cost, asked by no one
		for _, h := range hits {
			if h.w > i+8 || h.end < i-8 || nearerAmount(spans, h, i, end) {
				continue
			}
			switch h.kind {
			case kClause:
				kindOf = facts.FeeReleaseClause
			case kWage:
				// "£200,000 a week", "€8m in wages": after the figure, a
				// wage word is right behind it ("who has a year left")
				if h.w >= end+4 || pastCovers(hits, h) {
					continue
				}
				if kindOf != facts.FeeReleaseClause {
					kindOf = facts.FeeWage
				}
			case kAsking, kValuation, kCost:
				if g := hitGap(h, i, end); g < min(askGap, valGap) {
					priceW, cost = h.w, h.kind == kCost
				}
				if h.kind != kValuation {
					askGap = min(askGap, hitGap(h, i, end))
				} else {
					valGap = min(valGap, hitGap(h, i, end))
				}
			case kBid:
				bidGap = min(bidGap, hitGap(h, i, end))
			}
		}
		// of a price and a value, the word next to the figure tells
		// ("want to sell him and value him at £50m")
		priceGap := min(askGap, valGap)
		if kindOf == facts.FeeBid && priceGap < 1<<30 {
			kindOf = facts.FeeAsking
			if valGap < askGap {
				kindOf = facts.FeeValuation
			}
		}
		// "a first offer of €35m, far from Chelsea's valuation": the
		// offer word next to the figure tells its kind, but not one
		// farther than the price word ("have not made an offer, and
		// Bayern would want about €30m")
		if kindOf == facts.FeeAsking && bidGap <= askGap || kindOf == facts.FeeValuation && bidGap < priceGap {
			kindOf = facts.FeeBid
		}
		for _, h := range hits {
			switch h.kind {
			case kReject:
				status = facts.FeeRejected
			case kAccept:
				if status != facts.FeeRejected {
					status = facts.FeeAccepted
				}
			}
		}
		if kindOf != facts.FeeBid && kindOf != facts.FeeWage {
			status = ""
		}
		// the club its clause tells paying or offering it pays it, even
		// the club the article gave him before ("Le Real a versé 48
		// millions d'euros à Lyon" under "Ferland Mendy (Real Madrid) :")
		payer, strong := -1, false
		// "los 50 millones del Chelsea": the club after the figure owns it
		ofClub := -1
		if kindOf == facts.FeeBid {
			ofClub = d.clubAfterAmount(s, end)
		}
		if kindOf == facts.FeeBid {
			payer, strong = d.payerClub(s, i)
			if ofClub >= 0 {
				payer, strong = ofClub, true
			}
			if payer < 0 {
				payer, strong = d.soldClub(s, i)
			}
		}
		club, newDeal := payer, false
		if payer < 0 {
			club, newDeal = d.feeClub(s, i, kindOf, p)
		}
		// "who arrived from Coventry City for £20m": the club he came to paid it
		came, cameOwn := -1, -1
		if kindOf == facts.FeeBid {
			if f, to := d.arrivalFrom(s, i, end); f >= 0 && (club < 0 || club == f || !strong) {
				came, cameOwn, newDeal = f, to, false
				if to < 0 {
					cameOwn = d.ownClubIn(s, f)
				}
				if club == f {
					club = -1
				}
			}
		}
		// a clause a club pays ("Paris Saint-Germain paid the €60m
		// release clause to prise him away from Sporting") is in his
		// contract with another club: never the payer's
		notClub := -1
		if kindOf == facts.FeeReleaseClause {
			if c, strong := d.payerClub(s, i); strong {
				notClub = c
				club = d.otherClub(s, i, c)
			}
		}
		asker := -1
		if (kindOf == facts.FeeAsking || kindOf == facts.FeeValuation) && priceW >= 0 {
			asker = d.askerBefore(s, priceW)
		}
		earned := kindOf == facts.FeeWage && d.earnedAt(s, i, end)
		// "the defender's £25m price tag", "sa valeur de 25 millions", "he
		// would cost £25m": the price of the player, his club's
		his := (kindOf == facts.FeeAsking || kindOf == facts.FeeValuation) && ofClub < 0 &&
			(d.playerPossAt(s, i) || priceW >= 0 && (cost || d.playerPossAt(s, priceW)))
		per := d.persons[p]
		dup := false
		for k, f := range per.fees {
			if f.Amount == amount && f.Currency == cur && f.Kind == kindOf {
				dup = true
				// a figure told again with its club ("a £40m bid" in the
				// heading, "Arsenal's £40m bid" below) takes that club
				if per.feeSpots[k].club < 0 && club >= 0 && !newDeal {
					per.feeSpots[k] = feeSpot{a: s.a, b: s.b, w: i, club: club, owned: d.ownerBefore(i) == club, payer: strong, party: payer >= 0 && !strong, asker: asker, notClub: notClub, earned: earned, his: his, of: ofClub >= 0 && club == ofClub, came: came, cameOwn: cameOwn}
				}
			}
		}
		if !dup && len(per.fees) < 20 {
			if newDeal {
				per.newClauses = append(per.newClauses, len(per.fees))
			}
			per.fees = append(per.fees, facts.Fee{Amount: amount, Currency: cur, Kind: kindOf, Status: status, Sentence: d.sentenceText(s)})
			per.feeSpots = append(per.feeSpots, feeSpot{a: s.a, b: s.b, w: i, club: club, owned: club >= 0 && d.ownerBefore(i) == club, payer: strong, party: payer >= 0 && !strong, asker: asker, notClub: notClub, earned: earned, his: his, of: ofClub >= 0 && club == ofClub, came: came, cameOwn: cameOwn})
		}
		i = end - 1
	}
}

// pastCovers reports a phrase telling how long ago (concept ago) or the
// past starting where h starts and running past its end: "a week ago",
// "a year ago" are no wage "a week", "a year".
func pastCovers(hits []hit, h hit) bool {
	for _, o := range hits {
		if (o.kind == kAgo || o.kind == kPast) && o.w == h.w && o.end > h.end {
			return true
		}
	}
	return false
}

// bareAmount reads a number written without its unit as an amount in the
// unit of the amount next to it: the first bound of a range ("entre 45 y
// 50 millones", "between 40 and 50 million", "zwischen 45 und 50
// Millionen"), or a figure a price, offer or valuation word gives after
// an amount in millions of the same paragraph ("an offer of 17 million,
// while they want 25"; "il Bologna ne chiede 50", "qui en attend au moins
// 35"). It returns the amount, its currency and the end of its words.
func (d *doc) bareAmount(s *sent, i int) (int64, string, int) {
	v, ok := bareNumber(d.words[i].key)
	if !ok || d.words[i].cur != 0 {
		return 0, "", i + 1
	}
	// "the 23-year-old", "der 23-Jährige": a number joined to a word
	if i+1 < s.b && d.words[i+1].prev&sepHyph != 0 && !d.words[i+1].num {
		return 0, "", i + 1
	}
	// a range: the unit of the bound after it
	if j := i + 2; j < s.b && (d.is(wRangeAnd, d.words[i+1].key) || d.words[i+1].prev&sepHyph != 0 && d.words[i+1].num) {
		if j = i + 1 + btoi(!d.words[i+1].num); j < s.b && d.words[j].num {
			if amt, cur, _ := d.amount(j, s.b); amt > 0 && cur != "" {
				if mult := amountUnit(amt, d.words[j].key); mult >= 1e6 {
					return int64(v * float64(mult)), cur, i + 1
				}
			}
		}
	}
	if !d.priceWordBefore(s, i) {
		return 0, "", i + 1
	}
	// the unit of the amount before it in the paragraph
	for k := i - 1; k >= 0 && k >= i-80; k-- {
		if d.words[k].num {
			if amt, cur, end := d.amount(k, min(len(d.words), k+6)); amt > 0 && cur != "" && end <= i {
				if mult := amountUnit(amt, d.words[k].key); mult >= 1e6 {
					return int64(v * float64(mult)), cur, i + 1
				}
				return 0, "", i + 1
			}
		}
		if d.words[k].prev&sepPara != 0 {
			break
		}
	}
	return 0, "", i + 1
}

// priceWordBefore reports a price, offer, valuation or wage word among the
// four words before word i of the sentence.
func (d *doc) priceWordBefore(s *sent, i int) bool {
	for _, h := range d.hitsIn(max(s.a, i-4), i) {
		switch h.kind {
		case kAsking, kValuation, kCost, kBid, kWage, kClause:
			return true
		}
	}
	return false
}

// bareNumber reads a number below 1,000 written alone: "50", "6,5".
func bareNumber(key string) (float64, bool) {
	for k := 0; k < len(key); k++ {
		if (key[k] < '0' || key[k] > '9') && key[k] != '.' && key[k] != ',' {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(strings.Replace(key, ",", ".", 1), 64)
	if err != nil || v <= 0 || v >= 1000 {
		return 0, false
	}
	return v, true
}

// amountUnit returns the multiplier of an amount read from the number
// word key: 1e6 for "50 millions" (amount 5e7).
func amountUnit(amount int64, key string) int64 {
	v, ok := bareNumber(key)
	if !ok {
		for k := 0; k < len(key); k++ {
			if (key[k] < '0' || key[k] > '9') && key[k] != '.' && key[k] != ',' {
				v, ok = bareNumber(key[:k])
				break
			}
		}
	}
	if !ok {
		return 0
	}
	return int64(float64(amount)/v + 0.5)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// addOnPart reports an amount whose words end at end told as the
// variable part of a fee: an add-on word right after it ("£5m in
// add-ons", "3 millions de bonus", "10 en variables", "5 di bonus",
// "5 Millionen an Boni"), unless the add-ons are counted in ("45 milioni
// bonus compresi").
func (d *doc) addOnPart(end, b int) bool {
	k := end
	if k < b && d.is(wAddOnLink, d.words[k].key) && d.words[k].prev&^sepSpaceLike == 0 {
		k++
	}
	if k >= b || !d.is(wAddOn, d.words[k].key) || d.words[k].prev&^sepSpaceLike != 0 {
		return false
	}
	for j := k + 1; j < b && j <= k+2; j++ {
		if d.is(wIncluded, d.words[j].key) {
			return false
		}
	}
	return true
}

// amountSpans returns the words [start, end) of each amount of the
// sentence, a figure without its unit too (see bareAmount).
func (d *doc) amountSpans(s *sent) [][2]int {
	var spans [][2]int
	for i := s.a; i < s.b; i++ {
		if !d.words[i].num && d.numberWordValue(i) == 0 {
			continue
		}
		amount, cur, end := d.amount(i, s.b)
		if amount <= 0 || cur == "" {
			amount, cur, end = d.bareAmount(s, i)
		}
		if amount > 0 && cur != "" {
			spans = append(spans, [2]int{i, end})
			i = end - 1
		}
	}
	return spans
}

// nearerAmount reports whether another amount of the sentence lies nearer
// to hit h than the amount at words [a, end): a kind word tells of the
// figure next to it ("an offer of €65m, while the club asked €100m").
func nearerAmount(spans [][2]int, h hit, a, end int) bool {
	mine := hitGap(h, a, end)
	for _, sp := range spans {
		if sp[0] != a && hitGap(h, sp[0], sp[1]) < mine {
			return true
		}
	}
	return false
}

// hitGap is how many words lie between hit h and the words [a, end).
func hitGap(h hit, a, end int) int {
	switch {
	case h.end <= a:
		return a - h.end
	case h.w >= end:
		return h.w - end + 1
	}
	return 0
}

// feeClub is the club a figure at word i about player p belongs to: for a
// bid, the nearest club that is not the player's own or the seller ("West Ham
// accepted an offer" bids nothing); for a price, a clause or a wage, the
// nearest club that is his, else the nearest club at all.
func (d *doc) feeClub(s *sent, i int, k facts.FeeKind, p int) (int, bool) {
	per := d.persons[p]
	club, best := -1, 1<<30
	pref, prefBest := -1, 1<<30
	for _, c := range d.mentionsIn(s.a, s.b) {
		m := d.cms[c]
		dist := m.w - i
		if dist < 0 {
			dist = -dist
		}
		if dist < best {
			best, club = dist, m.club
		}
		// his own club: attached here, or his by what the text said so far
		// ("Napoli e club francese hanno raggiunto un'intesa" after
		// "legato agli azzurri")
		own := m.attached && !m.excluded || per.cur[m.club] >= 2
		if (k == facts.FeeBid) != own && !m.excluded && dist < prefBest {
			prefBest, pref = dist, m.club
		}
	}
	if pref >= 0 {
		club = pref
	} else if k == facts.FeeReleaseClause {
		// a clause is in his own contract: not a buyer's ("Dortmund paid
		// the €17.5m clause"); with no other club named, players fills in
		// the club he plays for, or, in a contract he signs now ("ha
		// firmado por cinco temporadas con una cláusula de 800 millones"),
		// the club he signs for
		if d.signedBefore(s, i) {
			return -1, true
		}
		club = -1
		best = 1 << 30
		for _, c := range d.mentionsIn(s.a, s.b) {
			m := d.cms[c]
			if dist := abs(m.w - i); dist < best && !per.buying(m.club) && !m.excluded {
				best, club = dist, m.club
			}
		}
	} else if k == facts.FeeBid && club < 0 {
		// a sentence naming no club: "Der Rekordmeister hatte um ihn
		// geworben. Ein erstes Angebot über 55 Millionen wurde abgelehnt"
		// tells the bid of the club the passage is about, when it bid
		// for him or agreed with him
		if t := d.topicClub(); t >= 0 && per.buying(t) {
			club = t
		}
	} else if k == facts.FeeBid && club >= 0 {
		// "Aston Villa have rejected a third bid", "pagaron 126 millones al
		// Benfica": every club named sells; the bidder is the club the
		// passage is about, or unknown
		club = -1
		if t := d.topicClub(); t >= 0 && !d.namedOwn(s, t) {
			club = t
		}
	}
	return club, false
}

// signedBefore reports a signing told in the present before word i of the
// sentence: what follows is in the contract he signs.
func (d *doc) signedBefore(s *sent, i int) bool {
	for _, h := range d.hitsIn(s.a, i) {
		if (h.kind == kSigns || h.kind == kSigned) && !s.pastAt(h.w) {
			return true
		}
	}
	return false
}

// namedOwn reports whether club c is named in the sentence as the
// player's own (a seller, his club).
func (d *doc) namedOwn(s *sent, c int) bool {
	for _, k := range d.mentionsIn(s.a, s.b) {
		if m := d.cms[k]; m.club == c && m.attached && !m.excluded {
			return true
		}
	}
	return false
}

// conversion reports whether the amount at word i in currency cur
// restates the amount ending at prevEnd in currency prevCur: another
// currency, in brackets or after a conversion word, with nothing else
// between ("€5 million (£4m/$5m)", "£40m or about €46m", "40 Millionen
// Euro (rund 34 Millionen Pfund)").
func (d *doc) conversion(prevEnd int, prevCur string, i int, cur string) bool {
	if prevEnd < 0 || cur == prevCur || i-prevEnd > 4 {
		return false
	}
	paren := false
	for k := prevEnd; k <= i; k++ {
		if d.words[k].prev&sepParen != 0 {
			paren = true
		}
		if k < i && !d.is(wConversion, d.words[k].key) {
			return false
		}
	}
	return paren || i > prevEnd || d.words[i].prev&sepOther != 0
}

// multiplierSymbols are the multipliers written alike in every language:
// "£75m", "$1bn", "€500k", "1.000" read as a group of digits.
var multiplierSymbols = map[string]int64{"m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3, "000": 1}

// multiplier is what the word key after a figure multiplies it by, 0 when
// it is none: a symbol, or a word of the article's language ("million",
// "Millionen", "mille").
func (d *doc) multiplier(key string) int64 {
	switch {
	case multiplierSymbols[key] != 0:
		return multiplierSymbols[key]
	case d.is(wMillion, key):
		return 1e6
	case d.is(wBillion, key):
		return 1e9
	case d.is(wThousand, key):
		return 1e3
	}
	return 0
}

// amount reads "€5 million", "£75m", "30 millions d'euros", "27,5 Millionen Euro".
func (d *doc) amount(i, b int) (int64, string, int) {
	w := d.words[i]
	if nv := d.numberWordValue(i); nv > 0 {
		return d.wordAmount(nv, i, b)
	}
	key := w.key
	numPart := key
	suffix := ""
	for k := 0; k < len(key); k++ {
		if (key[k] < '0' || key[k] > '9') && key[k] != '.' && key[k] != ',' {
			numPart, suffix = key[:k], key[k:]
			break
		}
	}
	// "200,000" is a thousands separator, "27,5" and "2.5" decimals
	norm := numPart
	if strings.Count(norm, ",") == 1 && len(norm)-strings.Index(norm, ",") == 4 {
		norm = strings.ReplaceAll(norm, ",", "")
	}
	norm = strings.ReplaceAll(norm, ",", ".")
	// "500.000 Euro": one dot before three digits and no unit after
	// separates thousands too
	thousands := strings.Count(norm, ".") == 1 && len(norm)-strings.Index(norm, ".") == 4 && suffix == "" &&
		(i+1 >= b || d.multiplier(d.words[i+1].key) <= 1)
	if strings.Count(norm, ".") > 1 || thousands {
		norm = strings.ReplaceAll(norm, ".", "")
	}
	v, err := strconv.ParseFloat(norm, 64)
	if err != nil || v <= 0 || v > 1e12 {
		return 0, "", i + 1
	}
	end := i + 1
	mult := int64(1)
	if suffix != "" {
		mult = d.multiplier(suffix)
		if mult == 0 {
			return 0, "", i + 1
		}
	} else if end < b {
		if m := d.multiplier(d.words[end].key); m > 1 {
			mult = m
			end++
		}
	}
	cur, end := d.currencyAfter(w.cur, end, b, mult)
	if mult == 1 && v < 1000 {
		return 0, "", end
	}
	return int64(v * float64(mult)), cur, end
}

// currencyAfter returns the currency of an amount in units of mult whose
// number is written with the symbol r (0 for none) and whose words end at
// end, and where its words end once the currency is read: "€5m", "30
// millions d'euros", "27,5 Millionen Euro"; a figure in millions in a
// French, Spanish, Italian or German article is in euros.
func (d *doc) currencyAfter(r rune, end, b int, mult int64) (string, int) {
	cur := currencyOf(r)
	for k := end; k < b && k < end+3 && cur == ""; k++ {
		if cur = currencyWord(d.words[k].key); cur != "" {
			end = k + 1
		}
	}
	if cur == "" && mult >= 1e6 && (d.lang == "fr" || d.lang == "es" || d.lang == "it" || d.lang == "de") {
		cur = "EUR"
	}
	return cur, end
}

// wordAmount reads an amount in millions whose number v is the word at i:
// "cinco millones", "un milione di euro", "une quinzaine de millions
// d'euros", "zwei Millionen Euro".
func (d *doc) wordAmount(v float64, i, b int) (int64, string, int) {
	end := i + 1
	if end+1 < b && (d.words[end].key == "de" || d.words[end].key == "di" || d.words[end].key == "d") {
		end++
	}
	if end >= b || d.multiplier(d.words[end].key) < 1e6 {
		return 0, "", i + 1
	}
	mult := d.multiplier(d.words[end].key)
	cur, end := d.currencyAfter(0, end+1, b, mult)
	return int64(v * float64(mult)), cur, end
}

// currencyWord returns the currency a word names, "" for none: "euros",
// "Pfund", "dólares"; "pound" as an adjective too ("a 90 million pound
// bid").
func currencyWord(key string) string {
	switch key {
	case "euro", "euros", "eur":
		return "EUR"
	case "pounds", "pound", "sterling", "livres", "sterline", "libras", "pfund", "gbp":
		return "GBP"
	case "dollars", "dollar", "dolares", "dollari", "usd":
		return "USD"
	}
	return ""
}

func currencyOf(r rune) string {
	switch r {
	case '€':
		return "EUR"
	case '£':
		return "GBP"
	case '$':
		return "USD"
	}
	return ""
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// buying reports whether the person has a pair with club c that tells
// more than interest: an offer, an agreement, a signing.
func (p *person) buying(c int) bool { return p.buys(c, true) }

// buys reports whether the person has a pair with club c that tells an
// offer, an agreement or a signing, told as past too when pastToo.
func (p *person) buys(c int, pastToo bool) bool {
	for _, pr := range p.pairs {
		if pr.club != c {
			continue
		}
		for _, e := range pr.events {
			if !e.neg && (pastToo || !e.past) && (e.k == kBid || e.k == kAdvanced || e.k == kDone) {
				return true
			}
		}
	}
	return false
}
