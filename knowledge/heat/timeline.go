package heat

import (
	"cmp"
	"slices"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// Step is one line of a player's story: the month (or the year, for
// reports dated to the year only) and the clubs whose stage changed then.
// The zero Date is the undated reports, told last.
type Step struct {
	Date    facts.Date
	Changes []Change
}

// Change is a club's pursuit reaching a stage, with the source that said
// so.
type Change struct {
	Club   string `json:"club"`
	Stage  facts.Stage
	Source string
}

// Timeline tells the story of a player's links from their reports (of
// every club, in any order): in date order, one Step per month in which
// some club's stage changed (the first report of a club is a change),
// the reports dated to a year alone before its January, the undated
// reports last; within a month a club appears once, at the
// stage it ended the month at, unless that is where it began it. At most
// max steps are kept, the newest; dropped counts the older ones left out.
func Timeline(rs []knowledge.Report, max int) (steps []Step, dropped int) {
	rs = slices.Clone(rs)
	slices.SortStableFunc(rs, func(a, b knowledge.Report) int {
		return cmp.Or(cmp.Compare(knowledge.MonthKey(a.Published), knowledge.MonthKey(b.Published)),
			a.Published.Compare(b.Published), cmp.Compare(a.LinkID, b.LinkID))
	})
	stage := map[string]facts.Stage{} // each club's stage before the step
	for i := 0; i < len(rs); {
		month := monthOf(rs[i].Published)
		j := i
		var order []string
		last := map[string]knowledge.Report{}
		for ; j < len(rs) && monthOf(rs[j].Published) == month; j++ {
			if _, seen := last[rs[j].Club]; !seen {
				order = append(order, rs[j].Club)
			}
			last[rs[j].Club] = rs[j]
		}
		step := Step{Date: month}
		for _, club := range order {
			r := last[club]
			if prev, ok := stage[club]; ok && prev == r.Stage {
				continue
			}
			stage[club] = r.Stage
			step.Changes = append(step.Changes, Change{Club: club, Stage: r.Stage, Source: r.Source})
		}
		if len(step.Changes) > 0 {
			steps = append(steps, step)
		}
		i = j
	}
	if max > 0 && len(steps) > max {
		dropped = len(steps) - max
		steps = steps[dropped:]
	}
	return steps, dropped
}

// monthOf is d to the month: the day dropped.
func monthOf(d facts.Date) facts.Date {
	return facts.Date{Year: d.Year, Month: d.Month}
}

// Story tells what Timeline tells from the changes of a player's links
// that a store kept (knowledge.Store's StoryChanges: those of the newest
// months with a change, and how many months had one in all), at most max
// steps.
func Story(changes []knowledge.LinkChange, months, max int) (steps []Step, dropped int) {
	changes = slices.Clone(changes)
	slices.SortFunc(changes, func(a, b knowledge.LinkChange) int {
		return cmp.Or(cmp.Compare(knowledge.MonthKey(a.Month), knowledge.MonthKey(b.Month)),
			cmp.Compare(a.FirstKey, b.FirstKey), cmp.Compare(a.FirstID, b.FirstID))
	})
	for i, c := range changes {
		if i == 0 || c.Month != changes[i-1].Month {
			steps = append(steps, Step{Date: c.Month})
		}
		s := &steps[len(steps)-1]
		s.Changes = append(s.Changes, Change{Club: c.Club, Stage: c.Stage, Source: c.Source})
	}
	dropped = months - len(steps)
	if max > 0 && len(steps) > max {
		dropped += len(steps) - max
		steps = steps[len(steps)-max:]
	}
	return steps, dropped
}
