package heat

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/sources"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// DefaultHalfLife is the half-life of a link's heat when the
// configuration (answers.heat_half_life) sets none.
const DefaultHalfLife = 14 * 24 * time.Hour

// Config is how heat is computed.
type Config struct {
	HalfLife time.Duration  // 0: DefaultHalfLife
	Sources  *sources.Table // nil: sources.Default()
}

// Link is what the reports of one (player, club) link add up to.
type Link struct {
	Heat    int         // 0 to 100
	Stage   facts.Stage // of the newest report
	Newest  time.Time   // when the newest report counts from (When)
	Source  string      // the source of the newest report, as stored
	Sources []Origin    // the independent sources since the last ended report, first reported first
}

// Origin is one independent source of a link.
type Origin struct {
	Name    string // canonical (package sources); "" for the reports naming none
	Tier    int
	Reports int
}

// stageWeight is the heat of a stage reported today by well-known sources.
var stageWeight = map[facts.Stage]float64{
	facts.StageInterest: 40, facts.StageTalks: 55, facts.StageBid: 70,
	facts.StageAdvanced: 85, facts.StageDone: 100, facts.StageEnded: 0,
}

// tierWeight is how much one independent source of a tier adds.
var tierWeight = [...]float64{sources.TierFirstHand: 1, sources.DefaultTier: 0.6, sources.TierSpeculative: 0.3}

// AsOf is the time heat is computed as of in a knowledge base whose newest
// dated report is newest; now when no report is dated.
func AsOf(newest facts.Date, now time.Time) time.Time {
	if newest.IsZero() {
		return now.UTC()
	}
	return newest.Start()
}

// When is the time a report counts from: its date (the first day of a
// month or a year known alone), or when undated the time it was
// ingested, capped at its Bound (knowledge.CountsFrom: the one rule every
// answer orders by) and at asOf.
func When(r knowledge.Report, asOf time.Time) time.Time {
	t := knowledge.CountsFrom(r, r.Bound)
	if r.Published.IsZero() && (t.IsZero() || t.After(asOf)) {
		return asOf
	}
	return t.UTC()
}

// halfLife is c's half-life.
func (c Config) halfLife() time.Duration {
	if c.HalfLife <= 0 {
		return DefaultHalfLife
	}
	return c.HalfLife
}

// table is c's source table.
func (c Config) table() *sources.Table {
	if c.Sources == nil {
		return sources.Default()
	}
	return c.Sources
}

// Order returns the reports of one link sorted by the day each counts
// from (knowledge.CountsKey): oldest first, an undated report before a
// dated one counting from the same day (the dated one says more of when
// it happened), then in the order of their LinkID: the order in which
// the stores' suitors aggregate keeps a link's newest report. rs is not
// changed.
func Order(rs []knowledge.Report) []knowledge.Report {
	out := make([]knowledge.Report, len(rs))
	for i, j := range order(rs) {
		out[i] = rs[j]
	}
	return out
}

// order is the indexes of rs in the order of Order: sorting them rather
// than copies of the reports moves a word each, not a report.
func order(rs []knowledge.Report) []int {
	idx := make([]int, len(rs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		a, b := &rs[i], &rs[j]
		return cmp.Or(cmp.Compare(knowledge.CountsKey(*a), knowledge.CountsKey(*b)),
			cmp.Compare(boolInt(b.Published.IsZero()), boolInt(a.Published.IsZero())),
			cmp.Compare(a.LinkID, b.LinkID))
	})
	return idx
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Link computes what the reports of one (player, club) link add up to as
// of asOf. No report is the zero Link.
func (c Config) Link(rs []knowledge.Report, asOf time.Time) Link {
	if len(rs) == 0 {
		return Link{}
	}
	idx := order(rs)
	newest := rs[idx[len(idx)-1]]
	l := Link{Stage: newest.Stage, Newest: When(newest, asOf), Source: newest.Source}
	start := 0
	for i := len(idx) - 2; i >= 0; i-- {
		if rs[idx[i]].Stage == facts.StageEnded {
			start = i + 1
			break
		}
	}
	l.Sources = c.origins(rs, idx[start:])
	l.Heat = c.heat(l, asOf)
	return l
}

// LinkOf computes what a link read as a knowledge.HeatLink adds up to as
// of asOf: from every report when it holds them, else from its newest
// report and the sources its reports name (each counted as one report),
// as Link does from all of them.
func (c Config) LinkOf(h knowledge.HeatLink, asOf time.Time) Link {
	if h.Reports != nil {
		return c.Link(h.Reports, asOf)
	}
	l := Link{Stage: h.Newest.Stage, Newest: When(h.Newest, asOf), Source: h.Newest.Source}
	l.Sources = c.sourceOrigins(h.Sources)
	l.Heat = c.heat(l, asOf)
	return l
}

// origins counts the independent sources of the reports of rs at idx, in
// that order, each under its canonical name with its best tier.
func (c Config) origins(rs []knowledge.Report, idx []int) []Origin {
	var out []Origin
	at := map[string]int{}
	for _, i := range idx {
		name, tier := c.table().Origin(rs[i].Source)
		k := text.Fold(name)
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, Origin{Name: name, Tier: tier})
		}
		out[i].Reports++
		out[i].Tier = min(out[i].Tier, tier)
	}
	return out
}

// sourceOrigins counts the independent sources of sources (as stored),
// each as one report.
func (c Config) sourceOrigins(sources []string) []Origin {
	rs := make([]knowledge.Report, len(sources))
	idx := make([]int, len(rs))
	for i, s := range sources {
		rs[i].Source, idx[i] = s, i
	}
	return c.origins(rs, idx)
}

// heat is stage × recency × sourcing, rounded, from 0 to 100.
func (c Config) heat(l Link, asOf time.Time) int {
	return c.score(l.Stage, l.Newest, weight(l.Sources), asOf)
}

// weight is what independent sources weigh together in a link's heat.
func weight(os []Origin) float64 {
	w := 0.0
	for _, o := range os {
		w += tierWeight[o.Tier]
	}
	return w
}

// Weight is the most the sources a link's reports name (as stored) can
// weigh in its heat: each independent source once, at its best tier.
func (c Config) Weight(sources []string) float64 {
	return weight(c.sourceOrigins(sources))
}

// score is the heat of a link at stage whose newest report counts from
// newest, with sources weighing w: it grows with newest and w.
func (c Config) score(stage facts.Stage, newest time.Time, w float64, asOf time.Time) int {
	recency := 1.0
	if age := asOf.Sub(newest); stage != facts.StageDone && age > 0 {
		recency = math.Exp2(-float64(age) / float64(c.halfLife()))
	}
	sourcing := 0.6 + 0.4*(1-math.Exp2(-w))
	return min(100, max(0, int(math.Round(stageWeight[stage]*recency*sourcing))))
}

// Bound is the most heat a link can have as of asOf whose newest report
// is at stage and counts from some time of day (a date key,
// knowledge.CountsKey), with sources weighing at most w (Weight; +Inf
// when they are not known). /hot ranks links by it before reading their
// reports.
func (c Config) Bound(stage facts.Stage, day int64, w float64, asOf time.Time) int {
	end := knowledge.KeyDate(day).Start().AddDate(0, 0, 1)
	return c.score(stage, end, w, asOf)
}

// Independent is how many independent sources l has.
func (l Link) Independent() int { return len(l.Sources) }

// From is the earliest time the reports heat is computed from as of
// asOf count from: a year before. Older reports are not read: a link
// whose newest report is older is an older link, its heat that of its
// newest report.
func From(asOf time.Time) time.Time { return asOf.AddDate(-1, 0, 0) }

// OlderThan is how long ago a link's newest report must be for answers to
// list it among the older links.
const OlderThan = 6 // months

// Old reports whether l's newest report is more than OlderThan months
// before asOf.
func (l Link) Old(asOf time.Time) bool {
	return l.Newest.Before(asOf.AddDate(0, -OlderThan, 0))
}

// Heated reports whether l has heated up since before: its stage rose, or
// an independent source reported it that before did not have. A link new
// since before has heated up.
func (l Link) Heated(before Link) bool {
	if before.Stage == "" {
		return len(l.Sources) > 0 || l.Stage != ""
	}
	if l.Stage.Strength() > before.Stage.Strength() {
		return true
	}
	if l.Stage == facts.StageEnded {
		return false
	}
	had := map[string]bool{}
	for _, o := range before.Sources {
		had[text.Fold(o.Name)] = true
	}
	for _, o := range l.Sources {
		if !had[text.Fold(o.Name)] {
			return true
		}
	}
	return false
}

// Origin returns the canonical name and the tier of the source a report
// names, by c's source table.
func (c Config) Origin(source string) (string, int) {
	return c.table().Origin(source)
}
