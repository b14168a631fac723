package jobs

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// followFetch is how many new reports one alert reads at most; the
// watermark moves past them, the rest waits for the next run.
const followFetch = 500

// alsoWindow is how long after a piece of news its further sources are
// told ("also reported by ..."); later ones are not news.
const alsoWindow = time.Hour

// follow alerts each follow subscription to what is new about its player
// or club since its watermark: a new link, a stage change, a completed
// move; the same news from several articles is one alert.
type follow struct {
	store    Store
	maxItems int
}

// newsKind is what a piece of news is.
type newsKind int

// The kinds of news.
const (
	newsLink  newsKind = iota // a club linked for the first time
	newsStage                 // a link's stage changed
	newsDone                  // a completed move
	newsAlso                  // more sources of news told within alsoWindow
)

// news is one item of an alert: one link's news in this run.
type news struct {
	kind    newsKind
	from    facts.Stage // newsStage: the stage before
	latest  knowledge.Report
	sources []string // distinct, in the order they came
}

// start returns the composer of one run as of now.
func (f *follow) start(ctx context.Context, now time.Time) (composer, error) {
	return func(ctx context.Context, sub knowledge.Subscription) (message, bool, error) {
		reports, err := f.store.FollowReports(ctx, sub, followFetch)
		if err != nil {
			return message{}, false, fmt.Errorf("jobs: follow: %w", err)
		}
		items, top := followNews(sub.Watermark, reports, now)
		if top == 0 {
			return message{}, false, nil
		}
		m := message{
			// Claimed from the watermark this run read, as a digest's is:
			// of two runs reading the same one, one sends.
			claim: func(ctx context.Context) error { return f.store.ClaimWatermark(ctx, sub.ID, sub.Watermark, top) },
			release: func(ctx context.Context) error {
				return f.store.RewindWatermark(ctx, sub.ID, top, sub.Watermark)
			},
		}
		if len(items) == 0 { // only news told already: the watermark moves on, silently
			return m, false, nil
		}
		m.reply = followReply(sub, items, f.maxItems)
		return m, true, nil
	}, nil
}

// linkState is what a follow's chat knows of one link as the reports are
// read in LinkID order.
type linkState struct {
	stage facts.Stage // last told; "" none
	since time.Time   // when the news of stage was learned
	told  []string    // its sources told so far
	item  int         // index of this run's news of the link; -1 none
}

// followNews reads a follow's reports (FollowReports: in LinkID order,
// those up to watermark already had) into the news to tell as of now, and
// returns the highest LinkID read (0 when none is new).
func followNews(watermark int64, reports []knowledge.Report, now time.Time) ([]news, int64) {
	var out []news
	var top int64
	links := map[[2]string]*linkState{}
	for _, r := range reports {
		k := [2]string{r.Player, r.Club}
		l := links[k]
		if l == nil {
			l = &linkState{item: -1}
			links[k] = l
		}
		src := strings.TrimSpace(r.Source)
		if r.Retracted != 0 { // a correction hides the link: read, never told
			if r.LinkID > watermark {
				top = max(top, r.LinkID)
			}
			continue
		}
		if r.LinkID <= watermark {
			if changes(l.stage, r.Stage) {
				l.stage, l.since, l.told = r.Stage, r.Ingested, nil
			}
			l.told = addSource(l.told, src)
			continue
		}
		top = max(top, r.LinkID)
		switch {
		case changes(l.stage, r.Stage):
			n := news{kind: newsStage, from: l.stage, latest: r}
			switch {
			case r.Stage == facts.StageDone:
				n.kind = newsDone
			case l.stage == "":
				n.kind = newsLink
			}
			out = append(out, n)
			l.item, l.stage, l.since, l.told = len(out)-1, r.Stage, r.Ingested, nil
		case l.item >= 0: // the same news again in this run: one item
		case src != "" && !slices.Contains(l.told, src) && now.Sub(l.since) <= alsoWindow:
			out = append(out, news{kind: newsAlso, latest: r})
			l.item = len(out) - 1
		default:
			continue
		}
		n := &out[l.item]
		if src != "" && !slices.Contains(l.told, src) {
			n.sources = append(n.sources, src)
		}
		l.told = addSource(l.told, src)
	}
	return out, top
}

// changes reports whether a report at stage next is news for a link whose
// chat was last told cur: a first report, a stronger stage, an end, or a
// link revived after its end. A weaker stage is an older story.
func changes(cur, next facts.Stage) bool {
	switch {
	case cur == "":
		return true
	case next == cur:
		return false
	case next == facts.StageEnded || cur == facts.StageEnded:
		return true
	}
	return next.Strength() > cur.Strength()
}

func addSource(sources []string, src string) []string {
	if src == "" || slices.Contains(sources, src) {
		return sources
	}
	return append(sources, src)
}

// followReply lays an alert out: one item per link's news, in the order
// it came, at most maxItems.
func followReply(sub knowledge.Subscription, items []news, maxItems int) bot.Reply {
	lang := sub.Lang
	r := bot.Reply{Title: i18n.T(lang, "follow.title", sub.FilterName), Lang: lang}
	for i, n := range items {
		if maxItems > 0 && i == maxItems {
			r.More = len(items) - i
			break
		}
		r.Items = append(r.Items, bot.Item{Label: n.latest.Player + " → " + n.latest.Club, Detail: n.detail(lang)})
	}
	r.Footer = i18n.T(lang, "follow.footer", sub.FilterName)
	return r
}

// detail is "talks → advanced · bid €30M · GOAL, Marca · 2022-03-24 ·
// URL", in lang; the fee is the link's newest, when one is known.
func (n news) detail(lang string) string {
	var parts []string
	fee := linkFee(n.latest)
	switch n.kind {
	case newsAlso:
		return i18n.T(lang, "follow.also", strings.Join(n.sources, ", "))
	case newsLink:
		parts = append([]string{i18n.T(lang, "follow.new")}, i18n.StageFee(lang, n.latest.Stage, fee)...)
	case newsDone:
		parts = []string{i18n.T(lang, "follow.done")}
		if fee != nil {
			parts = append(parts, i18n.Fee(lang, *fee))
		}
	default:
		parts = []string{i18n.T(lang, "follow.stage", i18n.Stage(lang, n.from), i18n.Stage(lang, n.latest.Stage))}
		if fee != nil {
			parts = append(parts, i18n.Fee(lang, *fee))
		}
	}
	return whereTold(lang, parts, n.sources, n.latest)
}
