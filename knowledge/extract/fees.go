package extract

import (
	"strconv"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// fees reads the money figures of a sentence.
func (d *doc) fees(s *sent, hits []hit) {
	words := d.words
	for i := s.a; i < s.b; i++ {
		w := words[i]
		if !w.num {
			continue
		}
		amount, cur, end := d.amount(i, s.b)
		if amount <= 0 || cur == "" {
			continue
		}
		p := d.playerFor(s, i)
		if p < 0 {
			i = end - 1
			continue
		}
		kindOf, status := facts.FeeBid, facts.FeeReported
		bidWord := false
		for _, h := range hits {
			if h.w > i+8 || h.end < i-8 {
				continue
			}
			switch h.kind {
			case kClause:
				kindOf = facts.FeeReleaseClause
			case kWage:
				if kindOf != facts.FeeReleaseClause {
					kindOf = facts.FeeWage
				}
			case kAsking:
				if kindOf == facts.FeeBid {
					kindOf = facts.FeeAsking
				}
			case kValuation:
				if kindOf == facts.FeeBid {
					kindOf = facts.FeeValuation
				}
			case kBid:
				bidWord = true
			}
		}
		if kindOf == facts.FeeAsking && bidWord {
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
		club := ""
		best := 1 << 30
		for _, k := range d.mentionsIn(s.a, s.b) {
			m := d.cms[k]
			dist := m.w - i
			if dist < 0 {
				dist = -dist
			}
			if dist < best {
				best, club = dist, d.x.table.Club(m.club).Name
			}
		}
		per := d.persons[p]
		dup := false
		for _, f := range per.fees {
			if f.Amount == amount && f.Currency == cur && f.Kind == kindOf {
				dup = true
			}
		}
		if !dup && len(per.fees) < 20 {
			per.fees = append(per.fees, facts.Fee{Club: club, Amount: amount, Currency: cur, Kind: kindOf, Status: status, Sentence: d.sentenceText(s)})
		}
		i = end - 1
	}
}

var millionWords = map[string]int64{"m": 1e6, "million": 1e6, "millions": 1e6, "millon": 1e6, "millones": 1e6, "milioni": 1e6,
	"milione": 1e6, "millionen": 1e6, "mio": 1e6, "mln": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9, "k": 1e3, "mille": 1e3, "000": 1}

// amount reads "€5 million", "£75m", "30 millions d'euros", "27,5 Millionen Euro".
func (d *doc) amount(i, b int) (int64, string, int) {
	w := d.words[i]
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
	if strings.Count(norm, ".") > 1 {
		norm = strings.ReplaceAll(norm, ".", "")
	}
	v, err := strconv.ParseFloat(norm, 64)
	if err != nil || v <= 0 || v > 1e12 {
		return 0, "", i + 1
	}
	end := i + 1
	mult := int64(1)
	if suffix != "" {
		mult = millionWords[suffix]
		if mult == 0 {
			return 0, "", i + 1
		}
	} else if end < b {
		if m, ok := millionWords[d.words[end].key]; ok && m > 1 {
			mult = m
			end++
		}
	}
	cur := currencyOf(w.cur)
	for k := end; k < b && k < end+3 && cur == ""; k++ {
		switch d.words[k].key {
		case "euro", "euros", "eur":
			cur = "EUR"
		case "pounds", "livres", "sterline", "libras", "pfund", "gbp":
			cur = "GBP"
		case "dollars", "dolares", "dollari", "usd":
			cur = "USD"
		}
		if cur != "" {
			end = k + 1
		}
	}
	if cur == "" && mult >= 1e6 && (d.lang == "fr" || d.lang == "es" || d.lang == "it" || d.lang == "de") {
		cur = "EUR"
	}
	if mult == 1 && v < 1000 {
		return 0, "", end
	}
	return int64(v * float64(mult)), cur, end
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
