package extract

import (
	"strings"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// clubReason is a rule that weighed a club as a player's own.
type clubReason struct {
	club int
	facts.Reason
}

// span returns the words [a, b) as written, on one line.
func (d *doc) span(a, b int) string {
	a, b = max(a, 0), min(b, len(d.words))
	if a >= b {
		return ""
	}
	return strings.Join(strings.Fields(d.text[d.words[a].start:d.words[b-1].end]), " ")
}

// addCur weighs club as player p's own club by rule, which fired on the
// words [a, b).
func (d *doc) addCur(p, club int, v float64, rule string, a, b int) {
	per := d.persons[p]
	per.cur[club] += v
	if d.explain {
		per.curWhy = append(per.curWhy, clubReason{club, facts.Reason{Rule: rule, Words: d.span(a, b), Weight: v}})
	}
}

// addCurAt is addCur for a rule that fired on a club mention: the words are
// the mention and the few before it that made the rule fire.
func (d *doc) addCurAt(p int, m *clubMention, v float64, rule string) {
	d.addCur(p, m.club, v, rule, m.w-4, m.end)
}

// because records a rule behind a link, when explaining.
func (d *doc) because(pr *pair, rule string, a, b int) {
	if d.explain {
		pr.why = append(pr.why, facts.Reason{Rule: rule, Words: d.span(a, b)})
	}
}

// explainPlayer records the reasons behind a player's facts, when explaining.
func (d *doc) explainPlayer(p *person, fp facts.Player, cur int, curRule string, links []facts.SuitorReasoning) {
	if !d.explain {
		return
	}
	e := facts.PlayerExplanation{Name: fp.Name, Suitors: links}
	if cur >= 0 {
		for _, r := range p.curWhy {
			if r.club == cur {
				e.CurrentClub = append(e.CurrentClub, r.Reason)
			}
		}
		e.CurrentClub = append(e.CurrentClub, facts.Reason{Rule: curRule})
	}
	switch {
	case fp.ContractExpires.IsZero():
	case fp.ContractExpires == p.newExpires && p.newExpires != p.expires:
		e.Contract = append(e.Contract, p.newExpWhy...)
	default:
		e.Contract = append(e.Contract, p.expWhy...)
	}
	d.why = append(d.why, e)
}

// kindName is the lexicon concept of kind k.
func kindName(k kind) string {
	for n, v := range kindNames {
		if v == k {
			return n
		}
	}
	return "?"
}
