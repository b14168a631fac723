package knowledge

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// DateKey orders dates as every store keys them: YYYYMMDD of the date's
// first day, 0 for unknown, so that sorting by key descending puts
// undated reports after dated ones. The stores share the keys, so that a
// base copied from one to the other keeps its order.
func DateKey(d facts.Date) int64 {
	if d.IsZero() {
		return 0
	}
	t := d.Start()
	return int64(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

// EndKey is the YYYYMMDD of the date's last day; 0 for unknown.
func EndKey(d facts.Date) int64 {
	if d.IsZero() {
		return 0
	}
	t := d.End()
	return int64(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

// ParseStoredDate reads a date a store wrote; a bad one is unknown.
func ParseStoredDate(s string) facts.Date {
	d, err := facts.ParseDate(s)
	if err != nil {
		return facts.Date{}
	}
	return d
}

// SortSuitors puts the strongest stage first, then the most recent
// (undated last), then the most reported; then by name, so that answers
// do not depend on storage order.
func SortSuitors(ps []PlayerSuitor) {
	slices.SortFunc(ps, func(a, b PlayerSuitor) int {
		return cmp.Or(compareSuitors(a.Suitor, b.Suitor), strings.Compare(a.Player, b.Player))
	})
}

// SortPlayerSuitors sorts one player's suitors as SortSuitors does.
func SortPlayerSuitors(ss []Suitor) {
	slices.SortFunc(ss, compareSuitors)
}

// compareSuitors orders suitors as SortSuitors does, but for the player.
func compareSuitors(a, b Suitor) int {
	return cmp.Or(
		cmp.Compare(b.Stage.Strength(), a.Stage.Strength()),
		cmp.Compare(DateKey(b.LastReported), DateKey(a.LastReported)),
		cmp.Compare(b.Reports, a.Reports),
		strings.Compare(a.Club, b.Club))
}

// CheckSubscription returns sub as a store keeps it (an empty Filter is
// FilterAll, which has no player or club), or an error saying what is
// missing or unknown.
func CheckSubscription(sub Subscription) (Subscription, error) {
	if sub.Filter == "" {
		sub.Filter = FilterAll
	}
	if sub.Filter == FilterAll {
		sub.FilterID, sub.FilterName = 0, ""
	}
	switch {
	case sub.Platform == "" || sub.Chat == "":
		return Subscription{}, errors.New("no platform or chat")
	case sub.Kind != SubDigest && sub.Kind != SubReminders && sub.Kind != SubFollow:
		return Subscription{}, fmt.Errorf("unknown kind %q", sub.Kind)
	case sub.Filter != FilterAll && sub.Filter != FilterPlayer && sub.Filter != FilterClub:
		return Subscription{}, fmt.Errorf("unknown filter %q", sub.Filter)
	case sub.Filter != FilterAll && sub.FilterID == 0:
		return Subscription{}, errors.New("no player or club id")
	case sub.Kind == SubFollow && sub.Filter == FilterAll:
		return Subscription{}, errors.New("a follow names a player or a club")
	case sub.At != "" && !validClock(sub.At):
		return Subscription{}, fmt.Errorf("time of day %q is not HH:MM", sub.At)
	}
	return sub, nil
}

// validClock reports whether s is a time of day written "15:04".
func validClock(s string) bool {
	t, err := time.Parse("15:04", s)
	return err == nil && t.Format("15:04") == s
}

// CountsFrom is the time a report counts from in orderings by recency:
// its date's first day, or when undated the time its article was
// ingested, capped at newest (the newest dated report known when it was
// ingested; no cap when zero), so that an archive stays in its own time
// and a text pasted into a live base is fresh.
func CountsFrom(r Report, newest facts.Date) time.Time {
	if !r.Published.IsZero() {
		return r.Published.Start()
	}
	if !newest.IsZero() && (r.Ingested.IsZero() || r.Ingested.After(newest.Start())) {
		return newest.Start()
	}
	return r.Ingested
}

// CountsKey is the day r counts from (CountsFrom, an undated report
// bound by its Bound) as a date key (DateKey); 0 when unknown. Orderings
// by recency compare it, then a dated report after an undated one of the
// same day (the dated one says more of when it happened): the order heat
// takes a link's newest report in and the stores' suitors aggregate
// keeps it in.
func CountsKey(r Report) int64 {
	t := CountsFrom(r, r.Bound)
	if t.IsZero() {
		return 0
	}
	return DateKey(facts.DateOf(t.UTC()))
}

// KeyDate is the day of a date key (DateKey); the zero Date for 0.
func KeyDate(k int64) facts.Date {
	if k <= 0 {
		return facts.Date{}
	}
	return facts.Date{Year: int(k / 10000), Month: int(k / 100 % 100), Day: int(k % 100)}
}

// ReadLatest answers a store's Latest from its two reads of the n newest
// reports, all of them and the undated ones (read), each undated one with
// its Bound, merged by MergeLatest.
func ReadLatest(ctx context.Context, n int, read func(ctx context.Context, undated bool) ([]Report, error)) ([]Report, error) {
	if n <= 0 {
		return []Report{}, nil
	}
	dated, err := read(ctx, false)
	if err != nil {
		return nil, err
	}
	undated, err := read(ctx, true)
	if err != nil || len(undated) == 0 {
		return dated, err
	}
	return MergeLatest(dated, undated, n), nil
}

// MergeLatest merges the newest dated reports and the newest undated
// ones a store read for Latest into the n newest, by the day each counts
// from (CountsFrom, an undated report capped at its Bound), the dated
// ones first on the same day (an undated one capped at a day is known to
// be no newer), then the newest article, then the strongest stage.
func MergeLatest(dated, undated []Report, n int) []Report {
	out := slices.Clone(dated)
	seen := map[int64]bool{}
	for _, r := range dated {
		seen[r.LinkID] = true
	}
	for _, r := range undated {
		if !seen[r.LinkID] {
			out = append(out, r)
		}
	}
	day := func(r Report) int64 { return DateKey(facts.DateOf(CountsFrom(r, r.Bound))) }
	slices.SortStableFunc(out, func(a, b Report) int {
		return cmp.Or(cmp.Compare(day(b), day(a)), cmp.Compare(min(DateKey(b.Published), 1), min(DateKey(a.Published), 1)),
			cmp.Compare(b.ArticleID, a.ArticleID),
			cmp.Compare(b.Stage.Strength(), a.Stage.Strength()), cmp.Compare(b.LinkID, a.LinkID))
	})
	return out[:min(n, len(out))]
}
