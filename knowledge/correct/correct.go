// Package correct applies admins' corrections to a knowledge base's
// answers. A correction is a fact with an author, stored beside the facts
// read from articles (knowledge.Corrector); Store reads the corrections in
// force with every answer and lets them win: a retracted link is in no
// answer (Sources keeps its reports, marked with the correction), a
// player's current club and contract are the corrected ones. Article facts
// are never rewritten, so corrections survive re-extraction and new
// articles until undone.
package correct

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// Store is a knowledge.Store whose answers apply the corrections in force.
type Store struct {
	knowledge.Store
}

// New returns s answering with its corrections applied.
func New(s knowledge.Store) *Store { return &Store{Store: s} }

var _ knowledge.Store = (*Store)(nil)

// pair is a (player, club) link by folded names.
type pair struct{ player, club string }

// set is the corrections in force, by what they correct.
type set struct {
	retracted map[pair]int64                  // correction id by link
	club      map[string]knowledge.Correction // SetClub by folded player name
	contract  map[string]knowledge.Correction // SetContract by folded player name
	names     map[int64]string                // the corrected players stored, by id
}

// empty reports whether no correction is in force.
func (c set) empty() bool {
	return len(c.retracted) == 0 && len(c.club) == 0 && len(c.contract) == 0
}

// active reads the corrections in force, of one player when playerID is
// not 0. Of two corrections of the same thing the newest wins.
func (s *Store) active(ctx context.Context, playerID int64) (set, error) {
	cs, err := s.Store.Corrections(ctx, playerID, true)
	if err != nil {
		return set{}, fmt.Errorf("correct: %w", err)
	}
	c := set{retracted: map[pair]int64{}, club: map[string]knowledge.Correction{},
		contract: map[string]knowledge.Correction{}, names: map[int64]string{}}
	for _, k := range slices.Backward(cs) { // oldest first: the newest is written last
		p := text.Fold(k.Player)
		if k.PlayerID != 0 {
			c.names[k.PlayerID] = k.Player
		}
		switch k.Kind {
		case knowledge.Retract:
			c.retracted[pair{p, text.Fold(k.Club)}] = k.ID
		case knowledge.SetClub:
			c.club[p] = k
		case knowledge.SetContract:
			c.contract[p] = k
		}
	}
	return c, nil
}

// hides reports whether a link of player with club at stage is in no
// answer: it is retracted, or the club is his corrected current club and
// the link is not the completed signing that made it his.
func (c set) hides(player, club string, stage facts.Stage) bool {
	return c.hider(player, club, stage) != 0
}

// hider returns the id of the correction that hides a link of player
// with club at stage (as hides says), 0 when none does.
func (c set) hider(player, club string, stage facts.Stage) int64 {
	p, cl := text.Fold(player), text.Fold(club)
	if id, ok := c.retracted[pair{p, cl}]; ok {
		return id
	}
	if k, ok := c.club[p]; ok && text.Fold(k.Club) == cl && stage != facts.StageDone {
		return k.ID
	}
	return 0
}

// currentClub returns the player's corrected current club, else club.
func (c set) currentClub(player, club string) string {
	if k, ok := c.club[text.Fold(player)]; ok {
		return k.Club
	}
	return club
}

// visible returns the reports no correction hides.
func (c set) visible(rs []knowledge.Report) []knowledge.Report {
	if c.empty() {
		return rs
	}
	out := rs[:0:0]
	for _, r := range rs {
		if !c.hides(r.Player, r.Club, r.Stage) {
			out = append(out, r)
		}
	}
	return out
}

// FindPlayers returns the players q names with their corrected clubs.
func (s *Store) FindPlayers(ctx context.Context, q string) ([]knowledge.PlayerRef, error) {
	ps, err := s.Store.FindPlayers(ctx, q)
	if err != nil || len(ps) == 0 {
		return ps, err
	}
	c, err := s.active(ctx, 0)
	if err != nil {
		return nil, err
	}
	for i := range ps {
		ps[i].CurrentClub = c.currentClub(ps[i].Name, ps[i].CurrentClub)
	}
	return ps, nil
}

// Profile returns what is known of a player, his club and contract as
// corrected, without the fees of a club retracted from him.
func (s *Store) Profile(ctx context.Context, playerID int64) (knowledge.Profile, error) {
	p, err := s.Store.Profile(ctx, playerID)
	if err != nil {
		return p, err
	}
	c, err := s.active(ctx, playerID)
	if err != nil {
		return knowledge.Profile{}, err
	}
	p.CurrentClub = c.currentClub(p.Name, p.CurrentClub)
	if k, ok := c.contract[text.Fold(p.Name)]; ok {
		p.ContractExpires = k.Contract
	}
	if len(c.retracted) > 0 { // a retracted club bid for him in no answer either
		p.Fees = slices.DeleteFunc(p.Fees, func(f knowledge.FeeReport) bool {
			_, ok := c.retracted[pair{text.Fold(p.Name), text.Fold(f.Club)}]
			return ok && f.Club != ""
		})
	}
	return p, nil
}

// Suitors returns the clubs linked with a player but the retracted ones
// and his corrected current club.
func (s *Store) Suitors(ctx context.Context, playerID int64) ([]knowledge.Suitor, error) {
	ss, err := s.Store.Suitors(ctx, playerID)
	if err != nil || len(ss) == 0 {
		return ss, err
	}
	c, err := s.active(ctx, playerID)
	if err != nil || c.empty() {
		return ss, err
	}
	name := c.names[playerID] // his corrections name him: c is not empty
	return slices.DeleteFunc(ss, func(x knowledge.Suitor) bool { return c.hides(name, x.Club, x.Stage) }), nil
}

// Club returns a club's links as corrected: no retracted link, no target
// the club has by correction, its own players as corrected; the first n
// of each (all when n <= 0) and how many in all. With corrections it
// reads all of them and corrects them before taking the first n.
func (s *Store) Club(ctx context.Context, clubID int64, n int, since time.Time) (knowledge.ClubLinks, error) {
	c, err := s.active(ctx, 0)
	if err != nil {
		return knowledge.ClubLinks{}, err
	}
	if c.empty() {
		return s.Store.Club(ctx, clubID, n, since)
	}
	cl, err := s.Store.Club(ctx, clubID, 0, since)
	if err != nil {
		return cl, err
	}
	if cl, err = s.correctClub(ctx, c, cl, since); err != nil {
		return knowledge.ClubLinks{}, err
	}
	cl.TargetCount, cl.OutgoingCount = len(cl.Targets), len(cl.Outgoing)
	if n > 0 {
		cl.Targets, cl.Outgoing = cl.Targets[:min(n, len(cl.Targets))], cl.Outgoing[:min(n, len(cl.Outgoing))]
	}
	return cl, nil
}

// correctClub applies the corrections c to all of a club's links cl
// since a day (zero: all).
func (s *Store) correctClub(ctx context.Context, c set, cl knowledge.ClubLinks, since time.Time) (knowledge.ClubLinks, error) {
	name := text.Fold(cl.Club.Name)
	cl.Targets = slices.DeleteFunc(cl.Targets, func(ps knowledge.PlayerSuitor) bool {
		return c.hides(ps.Player, ps.Club, ps.Stage) || text.Fold(c.currentClub(ps.Player, "")) == name
	})
	cl.Outgoing = slices.DeleteFunc(cl.Outgoing, func(ps knowledge.PlayerSuitor) bool {
		now := c.currentClub(ps.Player, cl.Club.Name)
		return c.hides(ps.Player, ps.Club, ps.Stage) || text.Fold(now) != name
	})
	moved := false
	for _, k := range c.club {
		if k.PlayerID == 0 || text.Fold(k.Club) != name || slices.ContainsFunc(cl.Outgoing,
			func(ps knowledge.PlayerSuitor) bool { return ps.Player == k.Player }) {
			continue
		}
		ss, err := s.Suitors(ctx, k.PlayerID)
		if err != nil {
			return knowledge.ClubLinks{}, err
		}
		for _, x := range ss {
			if !since.IsZero() && !x.LastReported.IsZero() && x.LastReported.Start().Before(facts.DateOf(since.UTC()).Start()) {
				continue // older than the links asked for (an undated one may be recent: kept)
			}
			cl.Outgoing, moved = append(cl.Outgoing, knowledge.PlayerSuitor{Player: k.Player, Suitor: x}), true
		}
	}
	if moved {
		knowledge.SortSuitors(cl.Outgoing)
	}
	return cl, nil
}

// Latest returns the n most recent reports no correction hides.
func (s *Store) Latest(ctx context.Context, n int, playerID, clubID int64) ([]knowledge.Report, error) {
	c, err := s.active(ctx, playerID)
	if err != nil || c.empty() || n <= 0 {
		return s.Store.Latest(ctx, n, playerID, clubID)
	}
	for m := n; ; m *= 4 { // read more until n are left or there are no more
		rs, err := s.Store.Latest(ctx, m, playerID, clubID)
		if err != nil {
			return nil, err
		}
		kept := c.visible(rs)
		if len(kept) >= n || len(rs) < m {
			return kept[:min(n, len(kept))], nil
		}
	}
}

// Moves returns the completed moves but those of a retracted link.
func (s *Store) Moves(ctx context.Context, n int, playerID, clubID int64) ([]knowledge.Move, error) {
	c, err := s.active(ctx, playerID)
	if err != nil || len(c.retracted) == 0 || n <= 0 {
		return s.Store.Moves(ctx, n, playerID, clubID)
	}
	ms, err := s.Store.Moves(ctx, n+len(c.retracted), playerID, clubID)
	if err != nil {
		return nil, err
	}
	ms = slices.DeleteFunc(ms, func(m knowledge.Move) bool { return c.hides(m.Player, m.Club, facts.StageDone) })
	return ms[:min(n, len(ms))], nil
}

// Sources returns every report of a player's links; those of a retracted
// link are kept, marked with the correction that retracted it.
func (s *Store) Sources(ctx context.Context, playerID, clubID int64) ([]knowledge.Report, error) {
	return s.marked(ctx, playerID)(s.Store.Sources(ctx, playerID, clubID))
}

// SourcePage returns a page of the reports of a player's links by source,
// those of a retracted link marked with its correction, as Sources.
func (s *Store) SourcePage(ctx context.Context, playerID, clubID int64, sources []string, offset, n int) ([]knowledge.Report, error) {
	return s.marked(ctx, playerID)(s.Store.SourcePage(ctx, playerID, clubID, sources, offset, n))
}

// marked marks the reports of a player's retracted links with the
// correction that retracted them.
func (s *Store) marked(ctx context.Context, playerID int64) func([]knowledge.Report, error) ([]knowledge.Report, error) {
	return func(rs []knowledge.Report, err error) ([]knowledge.Report, error) {
		if err != nil || len(rs) == 0 {
			return rs, err
		}
		c, err := s.active(ctx, playerID)
		if err != nil {
			return nil, err
		}
		for i, r := range rs {
			rs[i].Retracted = c.retracted[pair{text.Fold(r.Player), text.Fold(r.Club)}]
		}
		return rs, nil
	}
}

// Timeline returns the reports of a player's links no correction hides.
func (s *Store) Timeline(ctx context.Context, playerID int64, from time.Time) ([]knowledge.Report, error) {
	rs, err := s.Store.Timeline(ctx, playerID, from)
	if err != nil || len(rs) == 0 {
		return rs, err
	}
	c, err := s.active(ctx, playerID)
	if err != nil {
		return nil, err
	}
	return c.visible(rs), nil
}

// Recent returns the recent reports no correction hides.
func (s *Store) Recent(ctx context.Context, since, from time.Time) ([]knowledge.Report, error) {
	return s.filtered(ctx)(s.Store.Recent(ctx, since, from))
}

// DigestReports returns the reports above a subscription's watermark no
// correction hides.
func (s *Store) DigestReports(ctx context.Context, sub knowledge.Subscription, n int) ([]knowledge.Report, error) {
	return s.filtered(ctx)(s.Store.DigestReports(ctx, sub, n))
}

// FollowReports returns the reports above a follow's watermark, those a
// correction hides kept but marked with it (Report.Retracted): the follow
// job moves its watermark past them without telling them.
func (s *Store) FollowReports(ctx context.Context, sub knowledge.Subscription, n int) ([]knowledge.Report, error) {
	rs, err := s.Store.FollowReports(ctx, sub, n)
	if err != nil || len(rs) == 0 {
		return rs, err
	}
	c, err := s.active(ctx, 0)
	if err != nil {
		return nil, err
	}
	for i, r := range rs {
		rs[i].Retracted = c.hider(r.Player, r.Club, r.Stage)
	}
	return rs, nil
}

// filtered returns a filter of reports through the corrections in force.
func (s *Store) filtered(ctx context.Context) func([]knowledge.Report, error) ([]knowledge.Report, error) {
	return func(rs []knowledge.Report, err error) ([]knowledge.Report, error) {
		if err != nil || len(rs) == 0 {
			return rs, err
		}
		c, err := s.active(ctx, 0)
		if err != nil {
			return nil, err
		}
		return c.visible(rs), nil
	}
}

// Expiring returns the players whose contract, as corrected, ends between
// from and to, with their clubs as corrected, soonest first.
func (s *Store) Expiring(ctx context.Context, from, to facts.Date) ([]knowledge.Expiring, error) {
	es, err := s.Store.Expiring(ctx, from, to)
	if err != nil {
		return nil, err
	}
	c, err := s.active(ctx, 0)
	if err != nil || c.empty() {
		return es, err
	}
	es = slices.DeleteFunc(es, func(e knowledge.Expiring) bool {
		_, ok := c.contract[text.Fold(e.Player)]
		return ok
	})
	for i := range es {
		es[i].Club = c.currentClub(es[i].Player, es[i].Club)
	}
	lo, hi := knowledge.DateKey(from), knowledge.EndKey(to)
	ks := slices.SortedFunc(maps.Values(c.contract), func(a, b knowledge.Correction) int { return cmp.Compare(a.ID, b.ID) })
	for _, k := range ks {
		end := knowledge.EndKey(k.Contract)
		if k.PlayerID == 0 || end == 0 || end < lo || hi != 0 && end > hi {
			continue
		}
		p, err := s.Store.Profile(ctx, k.PlayerID)
		if err != nil {
			return nil, err
		}
		es = append(es, knowledge.Expiring{Player: k.Player, Club: c.currentClub(k.Player, p.CurrentClub), Expires: k.Contract})
	}
	slices.SortStableFunc(es, func(a, b knowledge.Expiring) int {
		return cmp.Compare(knowledge.EndKey(a.Expires), knowledge.EndKey(b.Expires))
	})
	return es, nil
}

// Unwrap returns the store whose answers s corrects, for what only it
// offers (backups, locks shared by replicas).
func (s *Store) Unwrap() knowledge.Store { return s.Store }

// HotHeads returns the links /hot reads first, or errors.ErrUnsupported
// while a correction is in force (one may hide a link's newest report:
// /hot then reads Recent).
func (s *Store) HotHeads(ctx context.Context, strength int, fromKey int64, n int, after knowledge.LinkHead) ([]knowledge.LinkHead, error) {
	if err := s.uncorrected(ctx); err != nil {
		return nil, err
	}
	return s.Store.HotHeads(ctx, strength, fromKey, n, after)
}

// DoneUndatedSince returns the store's, or errors.ErrUnsupported while a
// correction is in force (as HotHeads).
func (s *Store) DoneUndatedSince(ctx context.Context, since time.Time) ([]knowledge.LinkKey, error) {
	if err := s.uncorrected(ctx); err != nil {
		return nil, err
	}
	return s.Store.DoneUndatedSince(ctx, since)
}

// LinkReports returns the reports of links no correction hides.
func (s *Store) LinkReports(ctx context.Context, links []knowledge.LinkKey, from time.Time) ([]knowledge.Report, error) {
	return s.filtered(ctx)(s.Store.LinkReports(ctx, links, from))
}

// HeatReports returns the store's few reports heat computes links from
// when no correction is in force for them (of the player, or any for
// links); else every report no correction hides (Timeline, LinkReports),
// as a correction may hide a link's reports one by one.
func (s *Store) HeatReports(ctx context.Context, playerID int64, links []knowledge.LinkKey, from time.Time) ([]knowledge.Report, error) {
	c, err := s.active(ctx, playerID)
	if err != nil {
		return nil, err
	}
	switch {
	case c.empty():
		return s.Store.HeatReports(ctx, playerID, links, from)
	case playerID != 0:
		rs, err := s.Store.Timeline(ctx, playerID, from)
		if err != nil {
			return nil, err
		}
		return c.visible(rs), nil
	}
	return s.filtered(ctx)(s.Store.LinkReports(ctx, links, from))
}

// HeatLinks returns the store's heat links of a player while no
// correction of him is in force; else every report of each of his links
// no correction hides, as a correction may hide a link's reports one by
// one.
func (s *Store) HeatLinks(ctx context.Context, playerID int64, from time.Time) ([]knowledge.HeatLink, error) {
	c, err := s.active(ctx, playerID)
	if err != nil {
		return nil, err
	}
	if c.empty() {
		return s.Store.HeatLinks(ctx, playerID, from)
	}
	rs, err := s.Store.Timeline(ctx, playerID, from)
	if err != nil {
		return nil, err
	}
	return knowledge.HeatLinksOf(c.visible(rs)), nil
}

// StoryChanges returns the store's changes of a player's links, or
// errors.ErrUnsupported while a correction of him is in force (one may
// hide his links' reports one by one: /timeline then reads Timeline).
func (s *Store) StoryChanges(ctx context.Context, playerID int64, months int) ([]knowledge.LinkChange, int, error) {
	c, err := s.active(ctx, playerID)
	if err != nil {
		return nil, 0, err
	}
	if !c.empty() {
		return nil, 0, fmt.Errorf("correct: corrections in force: %w", errors.ErrUnsupported)
	}
	return s.Store.StoryChanges(ctx, playerID, months)
}

// uncorrected is errors.ErrUnsupported while a correction is in force.
func (s *Store) uncorrected(ctx context.Context) error {
	c, err := s.active(ctx, 0)
	if err != nil {
		return err
	}
	if !c.empty() {
		return fmt.Errorf("correct: corrections in force: %w", errors.ErrUnsupported)
	}
	return nil
}
