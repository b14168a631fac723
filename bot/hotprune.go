package bot

import (
	"cmp"
	"context"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/heat"
)

// hotReader is what a knowledge base may offer besides (as both SQL
// stores do) for /hot to read the links that may be hottest first and
// stop where no other can be, rather than every recent report.
type hotReader interface {
	// HotHeads returns up to n links (after the head after, in its order; the zero LinkHead: from the first) whose
	// newest report has the stage of strength and counts from the day
	// fromKey or later, newest first.
	HotHeads(ctx context.Context, strength int, fromKey int64, n int, after knowledge.LinkHead) ([]knowledge.LinkHead, error)
	// DoneUndatedSince returns the links with a completed move reported
	// by an undated article ingested since then.
	DoneUndatedSince(ctx context.Context, since time.Time) ([]knowledge.LinkKey, error)
	heatReporter
}

// heatReporter is what a knowledge base may offer besides (as both SQL
// stores do) for /hot to read a few reports of each link rather than
// every one.
type heatReporter interface {
	// HeatReports returns, of the reports Recent has of links (playerID
	// 0), a few from which heat computes each link as from all
	// (knowledge.Store's HeatReports).
	HeatReports(ctx context.Context, playerID int64, links []knowledge.LinkKey, from time.Time) ([]knowledge.Report, error)
}

// hotStages are the stages a hot link's newest report can have, by the
// most heat they can give: a completed move does not cool, an ended
// pursuit is cold.
var hotStages = []facts.Stage{facts.StageDone, facts.StageAdvanced, facts.StageBid, facts.StageTalks, facts.StageInterest}

// hotFirstBatch and hotBatch are how many links /hot reads the heads of
// at once: first (to find a few hot links, whose heat then bounds which
// days are read), then each time after. A batch holds only heads of days
// that may still reach the hottest kept (pruner.reachable), so a large
// one reads no more heads than a small one, and reads the reports of
// fewer links: its heads are ranked together.
const (
	hotFirstBatch = 16
	hotBatch      = 4096
)

// prunedHot computes what hottest does (the maxHot hottest links that
// Recent's reports since asOf's six months make, ranked by compareHot)
// from the links that may be among them only: each stage's links newest
// first, a link's reports read only when the most heat its head allows
// (heat.Config.Bound) reaches the hottest kept so far; a stage stops at
// the first link whose day cannot. Links of no heat are left out (/hot
// never shows them).
func (rt *Router) prunedHot(ctx context.Context, hr hotReader, asOf time.Time) ([]hotLink, error) {
	since, from := asOf.AddDate(0, -heat.OlderThan, 0), heat.From(asOf)
	p := &pruner{rt: rt, hr: hr, asOf: asOf, since: since, from: from, seen: map[knowledge.LinkKey]bool{},
		weights: map[string]float64{}}
	done, err := hr.DoneUndatedSince(ctx, since)
	if err != nil {
		return nil, err
	}
	if err := p.add(ctx, done); err != nil {
		return nil, err
	}
	for _, st := range hotStages {
		dayFrom := knowledge.DateKey(facts.DateOf(since))
		if st == facts.StageDone { // not cooling: its newest report may be older than since
			dayFrom = knowledge.DateKey(facts.DateOf(from))
		}
		batch := hotFirstBatch
		for after := (knowledge.LinkHead{}); ; {
			heads, err := hr.HotHeads(ctx, st.Strength(), p.reachable(st, dayFrom), batch, after)
			if err != nil {
				return nil, err
			}
			stop := len(heads) < batch
			for i, h := range heads {
				after = h
				if rt.opts.Heat.Bound(st, h.CountsKey, math.Inf(1), asOf) < p.threshold() {
					stop = true // no later head of the stage can reach it
					heads = heads[:i]
					break
				}
			}
			if err := p.addBest(ctx, st, heads); err != nil {
				return nil, err
			}
			if stop {
				break
			}
			batch = hotBatch
		}
	}
	return p.top, nil
}

// pruner keeps the hottest links read so far.
type pruner struct {
	rt          *Router
	hr          hotReader
	asOf        time.Time
	since, from time.Time
	seen        map[knowledge.LinkKey]bool
	top         []hotLink          // by compareHot, at most maxHot
	weights     map[string]float64 // of the sources of heads read, joined
}

// reachable is the first day (a date key), from dayFrom on, whose links
// at stage st may have heat reaching the hottest kept, whatever their
// sources (heat.Config.Bound grows with the day); the day after asOf's
// when none may.
func (p *pruner) reachable(st facts.Stage, dayFrom int64) int64 {
	first, last := knowledge.KeyDate(dayFrom).Start(), facts.DateOf(p.asOf.UTC()).Start()
	days := int(last.Sub(first).Hours()/24) + 1
	t := p.threshold()
	n := sort.Search(max(days, 0), func(i int) bool {
		return p.rt.opts.Heat.Bound(st, knowledge.DateKey(facts.DateOf(first.AddDate(0, 0, i))), math.Inf(1), p.asOf) >= t
	})
	if n == 0 {
		return dayFrom
	}
	return knowledge.DateKey(facts.DateOf(first.AddDate(0, 0, n)))
}

// weight is what the sources of a head can weigh (heat.Config.Weight),
// computed once for each list of sources.
func (p *pruner) weight(sources []string) float64 {
	k := strings.Join(sources, "\x00")
	w, ok := p.weights[k]
	if !ok {
		w = p.rt.opts.Heat.Weight(sources)
		p.weights[k] = w
	}
	return w
}

// threshold is the least heat a link must have to be among the hottest
// kept: that of the last when maxHot are kept, else 1.
func (p *pruner) threshold() int {
	if len(p.top) < maxHot {
		return 1
	}
	return max(p.top[len(p.top)-1].Heat, 1)
}

// best is the best the link of head h, its newest report at stage st,
// can be: the most heat its sources allow, counting from the end of its
// day, capped at asOf as heat caps it.
func (p *pruner) best(st facts.Stage, h knowledge.LinkHead) hotLink {
	bound := p.rt.opts.Heat.Bound(st, h.CountsKey, p.weight(h.Sources), p.asOf)
	day := knowledge.KeyDate(h.CountsKey).Start()
	newest := day.AddDate(0, 0, 1) // an undated report counts from at most asOf, a dated one from its day
	if cap := maxTime(p.asOf, day); newest.After(cap) {
		newest = cap
	}
	return hotLink{player: h.Player, club: h.Club, Link: heat.Link{Heat: bound, Stage: st, Newest: newest}}
}

// mayRank reports whether a link whose best is best may rank among the
// hottest kept: whether it comes before the last kept in the order of
// compareHot.
func (p *pruner) mayRank(best hotLink) bool {
	if len(p.top) < maxHot {
		return best.Heat > 0
	}
	return best.Heat > 0 && compareHot(best, p.top[len(p.top)-1]) < 0
}

// addBest reads, of the links of heads (their newest reports at stage
// st), those that may rank among the hottest kept: the best first, at
// most maxHot at a time, the others checked again against the hottest
// kept after each read, until the next best cannot rank.
func (p *pruner) addBest(ctx context.Context, st facts.Stage, heads []knowledge.LinkHead) error {
	type candidate struct {
		best hotLink
		key  knowledge.LinkKey
	}
	order := make([]candidate, len(heads))
	for i, h := range heads {
		order[i] = candidate{p.best(st, h), h.LinkKey}
	}
	slices.SortFunc(order, func(a, b candidate) int { // as they come (player, club descending) when equal
		return cmp.Or(compareHot(a.best, b.best), cmp.Compare(b.key.PlayerID, a.key.PlayerID), cmp.Compare(b.key.ClubID, a.key.ClubID))
	})
	for len(order) > 0 {
		var read []knowledge.LinkKey
		for len(order) > 0 && len(read) < maxHot && p.mayRank(order[0].best) {
			read = append(read, order[0].key)
			order = order[1:]
		}
		if len(read) == 0 {
			return nil // in order: no later one can rank either
		}
		if err := p.add(ctx, read); err != nil {
			return err
		}
	}
	return nil
}

// add reads the reports of links not read before and keeps the hottest.
func (p *pruner) add(ctx context.Context, links []knowledge.LinkKey) error {
	links = slices.DeleteFunc(links, func(k knowledge.LinkKey) bool { return p.seen[k] })
	if len(links) == 0 {
		return nil
	}
	for _, k := range links {
		p.seen[k] = true
	}
	rs, err := p.hr.HeatReports(ctx, 0, links, p.from)
	if err != nil {
		return err
	}
	for _, l := range p.rt.hotLinks(rs, p.asOf) {
		if l.Heat == 0 || !recentLink(l.reports, p.since) {
			continue
		}
		l.reports = slices.Clone(l.reports) // the cache keeps these, not all of rs
		p.top = append(p.top, l)
	}
	slices.SortFunc(p.top, compareHot)
	p.top = p.top[:min(len(p.top), maxHot):min(len(p.top), maxHot)]
	return nil
}

// recentLink reports whether a link's reports hold one that makes Recent
// return it: dated on or after since's day, or undated and ingested since
// then.
func recentLink(rs []knowledge.Report, since time.Time) bool {
	day := knowledge.DateKey(facts.DateOf(since.UTC()))
	for _, r := range rs {
		if r.Published.IsZero() && !r.Ingested.Before(since) || knowledge.DateKey(r.Published) >= day {
			return true
		}
	}
	return false
}

// maxTime is the later of a and b.
func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
