package jobs

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/heat"
)

// digestFetch is how many new reports a digest reads, before grouping and
// cutting to max_items: the watermark moves past every one of them.
const digestFetch = 10000

// digest sends each digest subscription the links learned since its
// watermark.
type digest struct {
	store    Store
	maxItems int
	heat     heat.Config // how links are ranked
}

// digestKey is what a digest's reports depend on: its filter and its
// watermark. Subscribers sharing one share the reports of a run.
type digestKey struct {
	filter    knowledge.FilterKind
	filterID  int64
	watermark int64
}

// replyKey is what a digest's reply depends on besides its reports.
type replyKey struct {
	digestKey
	lang, filterName string
}

// digestItems are the reports of one digestKey and the newest's LinkID.
type digestItems struct {
	reports []knowledge.Report
	top     int64
}

// start returns the composer of one run: the reports of a filter and a
// watermark are read once and the reply laid out once per language, then
// shared by every subscription with that filter and watermark.
func (d *digest) start(ctx context.Context, now time.Time) (composer, error) {
	items := map[digestKey]digestItems{}
	replies := map[replyKey]bot.Reply{}
	hs, err := newHeats(ctx, d.store, d.heat, now)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, sub knowledge.Subscription) (message, bool, error) {
		k := digestKey{sub.Filter, sub.FilterID, sub.Watermark}
		it, ok := items[k]
		if !ok {
			reports, err := d.store.DigestReports(ctx, sub, digestFetch)
			if err != nil {
				return message{}, false, fmt.Errorf("jobs: digest: %w", err)
			}
			it.reports = reports
			for _, r := range reports {
				it.top = max(it.top, r.LinkID)
			}
			items[k] = it
		}
		if len(it.reports) == 0 {
			return message{}, false, nil
		}
		rk := replyKey{k, sub.Lang, sub.FilterName}
		reply, ok := replies[rk]
		if !ok {
			var rate func([]link) error // the heat depends on the watermark, part of the key
			if hs != nil {
				rate = func(links []link) error { return hs.rate(ctx, sub, links) }
			}
			var err error
			if reply, err = digestReply(sub, it.reports, d.maxItems, rate); err != nil {
				return message{}, false, err
			}
			replies[rk] = reply
		}
		reply.Lines, reply.Items = slices.Clone(reply.Lines), slices.Clone(reply.Items)
		return message{
			reply: reply,
			// The watermark moves from the one this run read: a run that
			// read the same one (a replica leading a moment too long, a
			// leader just taking over) claims nothing and sends nothing.
			claim: func(ctx context.Context) error {
				return d.store.ClaimWatermark(ctx, sub.ID, sub.Watermark, it.top)
			},
			release: func(ctx context.Context) error {
				return d.store.RewindWatermark(ctx, sub.ID, it.top, sub.Watermark)
			},
		}, true, nil
	}, nil
}

// link is every report of one (player, club) pair in a digest.
type link struct {
	player, club string
	latest       knowledge.Report // by published date, then by LinkID
	reports      int
	sources      []string // distinct, most recent first
	heat         int      // when rated
	rated        bool     // heat is known
	heated       bool     // it heated up since the last digest
}

// digestReply lays the reports out: one item per link, grouped by player,
// the player with the hottest link first; within a player the hottest
// first, then the strongest stage, then the most recent. rate, when not
// nil, sets the heat of the links.
func digestReply(sub knowledge.Subscription, reports []knowledge.Report, maxItems int, rate func([]link) error) (bot.Reply, error) {
	links := groupLinks(reports)
	if rate != nil {
		if err := rate(links); err != nil {
			return bot.Reply{}, err
		}
	}
	players := map[string]link{} // each player's best link, to order the players
	for _, l := range links {
		if b, ok := players[l.player]; !ok || compareLinks(l, b) < 0 {
			players[l.player] = l
		}
	}
	slices.SortFunc(links, func(a, b link) int {
		if a.player != b.player {
			if c := compareLinks(players[a.player], players[b.player]); c != 0 {
				return c
			}
			return strings.Compare(a.player, b.player)
		}
		return compareLinks(a, b)
	})
	lang := sub.Lang
	r := bot.Reply{Title: i18n.T(lang, "digest.title"), Lang: lang}
	if sub.Filter != knowledge.FilterAll && sub.FilterName != "" {
		r.Title += ": " + sub.FilterName
	}
	what := i18n.T(lang, "digest.new")
	if sub.Watermark == 0 {
		what = i18n.T(lang, "digest.sofar")
	}
	r.Lines = []string{i18n.T(lang, "digest.counts", what, i18n.Count(lang, "report", len(reports)), i18n.Count(lang, "player", len(players)))}
	for i, l := range links {
		if maxItems > 0 && i == maxItems {
			r.More = len(links) - i
			break
		}
		r.Items = append(r.Items, bot.Item{Label: l.player + " → " + l.club, Detail: l.detail(lang)})
	}
	r.Footer = i18n.T(lang, "digest.footer")
	return r, nil
}

func groupLinks(reports []knowledge.Report) []link {
	byKey := map[[2]string]int{}
	var links []link
	for _, r := range reports {
		k := [2]string{r.Player, r.Club}
		i, ok := byKey[k]
		if !ok {
			i = len(links)
			byKey[k] = i
			links = append(links, link{player: r.Player, club: r.Club, latest: r})
		}
		l := &links[i]
		l.reports++
		if newer(r, l.latest) {
			l.latest = r
		}
	}
	// Sources, most recent report first.
	sorted := slices.Clone(reports)
	slices.SortStableFunc(sorted, func(a, b knowledge.Report) int {
		if newer(a, b) {
			return -1
		}
		if newer(b, a) {
			return 1
		}
		return 0
	})
	for _, r := range sorted {
		l := &links[byKey[[2]string{r.Player, r.Club}]]
		if s := strings.TrimSpace(r.Source); s != "" && !slices.Contains(l.sources, s) {
			l.sources = append(l.sources, s)
		}
	}
	return links
}

// newer reports whether a was published after b (by LinkID when the same
// day or unknown).
func newer(a, b knowledge.Report) bool {
	if c := a.Published.Compare(b.Published); c != 0 {
		return c > 0
	}
	return a.LinkID > b.LinkID
}

// compareLinks orders the completed moves first, then the hottest, then
// the strongest stage, then the most recent.
func compareLinks(a, b link) int {
	if c := cmp.Compare(notDone(a.latest.Stage), notDone(b.latest.Stage)); c != 0 {
		return c
	}
	if c := cmp.Compare(b.heat, a.heat); c != 0 {
		return c
	}
	if c := cmp.Compare(b.latest.Stage.Strength(), a.latest.Stage.Strength()); c != 0 {
		return c
	}
	if c := b.latest.Published.Compare(a.latest.Published); c != 0 {
		return c
	}
	return strings.Compare(a.club, b.club)
}

// notDone is 0 for a completed move, 1 for any other stage.
func notDone(s facts.Stage) int {
	if s == facts.StageDone {
		return 0
	}
	return 1
}

// detail is "advanced · bid €30M · 2 reports · GOAL, L'Équipe · 24 March
// 2022 · URL", in lang; the fee is the link's newest, when one is known.
func (l link) detail(lang string) string {
	parts := i18n.StageFee(lang, l.latest.Stage, linkFee(l.latest))
	if l.rated {
		parts = append([]string{fmt.Sprintf("%d°", l.heat)}, parts...)
	}
	if l.heated {
		parts = append(parts, i18n.T(lang, "digest.heated"))
	}
	if l.reports > 1 {
		parts = append(parts, i18n.Count(lang, "report", l.reports))
	}
	return whereTold(lang, parts, l.sources, l.latest)
}

// linkFee is the newest fee (not a wage) r's club offered or was asked
// for r's player, nil when none was reported.
func linkFee(r knowledge.Report) *facts.Fee {
	if r.Fee == nil {
		return nil
	}
	return &r.Fee.Fee
}

// whereTold is parts followed by the sources, the date (in words in lang)
// and the URL of a link's latest report, joined by " · ".
func whereTold(lang string, parts, sources []string, latest knowledge.Report) string {
	if len(sources) > 0 {
		parts = append(parts, strings.Join(sources, ", "))
	}
	if d := latest.Published; !d.IsZero() {
		parts = append(parts, i18n.Date(lang, d))
	}
	if u := latest.URL; u != "" {
		parts = append(parts, u)
	}
	return strings.Join(parts, " · ")
}
