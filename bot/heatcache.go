package bot

import (
	"context"
	"errors"
	"slices"
	"sync"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/heat"
)

// maxCachedPlayers bounds how many players' links and stories the heat
// cache keeps; past it, it starts afresh.
const maxCachedPlayers = 4096

// generationer is what a knowledge base may offer besides (as
// knowledge.Store does): a number that changes with every write of facts.
// Without it, heat answers are computed anew each time.
type generationer interface {
	Generation(ctx context.Context) (int64, error)
}

// heatCache keeps what heat answers computed from the knowledge base at
// one generation and as of one time: the hottest links, each player's
// links by club and the story of them. Any write of facts, or a new time
// heat is computed as of, empties it.
type heatCache struct {
	mu      sync.Mutex
	gen     int64
	asOf    time.Time
	hot     []hotLink                    // nil: not computed
	links   map[int64]map[string]hotLink // by player, then club
	stories map[int64]story              // by player
}

// story is a player's timeline as /timeline tells it.
type story struct {
	steps   []heat.Step
	dropped int
}

// at empties c unless it holds what was computed at gen and, for what
// heat depends on (timed), as of asOf; the caller holds c.mu.
func (c *heatCache) at(gen int64, asOf time.Time, timed bool) {
	if c.links == nil || c.gen != gen || len(c.links)+len(c.stories) >= maxCachedPlayers {
		c.gen, c.asOf, c.hot = gen, asOf, nil
		c.links, c.stories = map[int64]map[string]hotLink{}, map[int64]story{}
	}
	if timed && !c.asOf.Equal(asOf) {
		c.asOf, c.hot, c.links = asOf, nil, map[int64]map[string]hotLink{}
	}
}

// holds reports whether c holds what was computed at gen (as of asOf, when
// timed); the caller holds c.mu.
func (c *heatCache) holds(gen int64, asOf time.Time, timed bool) bool {
	return c.links != nil && c.gen == gen && (!timed || c.asOf.Equal(asOf))
}

// generation returns the knowledge base's generation; ok is false when it
// tells none.
func (rt *Router) generation(ctx context.Context) (gen int64, ok bool, err error) {
	g, has := rt.k.(generationer)
	if !has {
		return 0, false, nil
	}
	gen, err = g.Generation(ctx)
	return gen, err == nil, err
}

// cached returns the value get finds in the heat cache at the knowledge
// base's generation (and as of asOf, when timed), else computes it and
// keeps it there. The generation is read before compute reads the
// knowledge base, so that a write in between leaves a value that the next
// call computes again.
func cached[V any](ctx context.Context, rt *Router, asOf time.Time, timed bool,
	get func(*heatCache) (V, bool), put func(*heatCache, V), compute func() (V, error)) (V, error) {
	gen, ok, err := rt.generation(ctx)
	if err != nil {
		var zero V
		return zero, err
	}
	if !ok {
		return compute()
	}
	c := &rt.heat
	c.mu.Lock()
	c.at(gen, asOf, timed)
	v, hit := get(c)
	c.mu.Unlock()
	if hit {
		return v, nil
	}
	if v, err = compute(); err != nil {
		return v, err
	}
	c.mu.Lock()
	if c.holds(gen, asOf, timed) { // not moved on meanwhile
		put(c, v)
	}
	c.mu.Unlock()
	return v, nil
}

// hottest returns the links of the last six months, hottest first, as of
// asOf: at most maxHot.
func (rt *Router) hottest(ctx context.Context, asOf time.Time) ([]hotLink, error) {
	return cached(ctx, rt, asOf, true,
		func(c *heatCache) ([]hotLink, bool) { return c.hot, c.hot != nil },
		func(c *heatCache, v []hotLink) { c.hot = v },
		func() ([]hotLink, error) {
			if hr, ok := rt.k.(hotReader); ok {
				ls, err := rt.prunedHot(ctx, hr, asOf)
				if err != nil && !errors.Is(err, errors.ErrUnsupported) {
					return nil, err
				}
				if err == nil {
					return ls, rt.linkFees(ctx, ls)
				}
			}
			rs, err := rt.k.Recent(ctx, asOf.AddDate(0, -heat.OlderThan, 0), heat.From(asOf))
			if err != nil {
				return nil, err
			}
			ls := rt.hotLinks(rs, asOf)
			ls = ls[:min(len(ls), maxHot):min(len(ls), maxHot)]
			for i := range ls { // the cache keeps these, not all of rs
				ls[i].reports = slices.Clone(ls[i].reports)
			}
			return ls, rt.linkFees(ctx, ls)
		})
}

// linkFees sets the fee of each of the links ls, the newest its club
// offered or was asked as /suitors shows it: the suitors of each of
// their players read once (the reports heat reads carry no fee).
func (rt *Router) linkFees(ctx context.Context, ls []hotLink) error {
	fees := map[string]map[string]*knowledge.FeeReport{} // by player, then club
	for i, l := range ls {
		byClub, ok := fees[l.player]
		if !ok {
			var err error
			if byClub, err = rt.playerFees(ctx, l.player); err != nil {
				return err
			}
			fees[l.player] = byClub
		}
		ls[i].fee = byClub[l.club]
	}
	return nil
}

// playerFees returns the fee of each club linked with the player of
// that stored name, by club (none when he is not found).
func (rt *Router) playerFees(ctx context.Context, name string) (map[string]*knowledge.FeeReport, error) {
	ps, err := rt.k.FindPlayers(ctx, name)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		return nil, err
	}
	i := slices.IndexFunc(ps, func(p knowledge.PlayerRef) bool { return p.Name == name })
	if i < 0 {
		return nil, nil
	}
	ss, err := rt.k.Suitors(ctx, ps[i].ID)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		return nil, err
	}
	out := make(map[string]*knowledge.FeeReport, len(ss))
	for _, s := range ss {
		out[s.Club] = s.Fee
	}
	return out, nil
}

// playerLinks returns a player's links by club with their heat as of
// asOf, computed from the reports of the year before it; without their
// reports.
func (rt *Router) playerLinks(ctx context.Context, playerID int64, asOf time.Time) (map[string]hotLink, error) {
	return cached(ctx, rt, asOf, true,
		func(c *heatCache) (map[string]hotLink, bool) { v, ok := c.links[playerID]; return v, ok },
		func(c *heatCache, v map[string]hotLink) { c.links[playerID] = v },
		func() (map[string]hotLink, error) {
			if hl, ok := rt.k.(heatLinker); ok {
				hs, err := hl.HeatLinks(ctx, playerID, heat.From(asOf))
				if err != nil {
					return nil, err
				}
				links := make(map[string]hotLink, len(hs))
				for _, h := range hs {
					player, club := h.Names()
					links[club] = hotLink{player: player, club: club, Link: rt.opts.Heat.LinkOf(h, asOf)}
				}
				return links, nil
			}
			tl, err := rt.k.Timeline(ctx, playerID, heat.From(asOf))
			if err != nil {
				return nil, err
			}
			ls := rt.hotLinks(tl, asOf)
			links := make(map[string]hotLink, len(ls))
			for _, l := range ls {
				l.reports = nil
				links[l.club] = l
			}
			return links, nil
		})
}

// storyReader is what a knowledge base may offer besides (as both SQL
// stores do) for /timeline to read the months in which a player's links
// changed rather than every report.
type storyReader interface {
	// StoryChanges returns the changes of a player's links in the newest
	// months (at most months) in which one changed, and how many months
	// had a change in all (knowledge.Store's StoryChanges);
	// errors.ErrUnsupported when it cannot.
	StoryChanges(ctx context.Context, playerID int64, months int) ([]knowledge.LinkChange, int, error)
}

// heatLinker is what a knowledge base may offer besides (as both SQL
// stores do) for /suitors to read each link's newest report and the
// sources its reports name rather than its reports.
type heatLinker interface {
	// HeatLinks returns what heat computes each of a player's links
	// from, from from (knowledge.Store's HeatLinks).
	HeatLinks(ctx context.Context, playerID int64, from time.Time) ([]knowledge.HeatLink, error)
}

// playerStory returns the story of a player's links, at most maxTimeline
// steps. It does not depend on the time heat is computed as of.
func (rt *Router) playerStory(ctx context.Context, playerID int64) (story, error) {
	return cached(ctx, rt, time.Time{}, false,
		func(c *heatCache) (story, bool) { v, ok := c.stories[playerID]; return v, ok },
		func(c *heatCache, v story) { c.stories[playerID] = v },
		func() (story, error) {
			if sr, ok := rt.k.(storyReader); ok {
				cs, months, err := sr.StoryChanges(ctx, playerID, maxTimeline)
				if !errors.Is(err, errors.ErrUnsupported) {
					steps, dropped := heat.Story(cs, months, maxTimeline)
					return story{steps, dropped}, err
				}
			}
			tl, err := rt.k.Timeline(ctx, playerID, time.Time{})
			if err != nil {
				return story{}, err
			}
			steps, dropped := heat.Timeline(tl, maxTimeline)
			return story{steps, dropped}, nil
		})
}
