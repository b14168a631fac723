package bot

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/heat"
)

// maxTimeline is how many lines /timeline tells at most.
const maxTimeline = 15

// stepJSON is one line of /timeline in -json answers.
type stepJSON struct {
	Date    facts.Date    `json:"date"` // the month; null for the undated reports
	Changes []heat.Change `json:"changes"`
}

// timeline answers /timeline <player>: the story of his links, one line
// a month in which some club's stage changed, the newest last.
func (rt *Router) timeline(ctx context.Context, c *call) Reply {
	p, alt := rt.resolvePlayer(ctx, c, c.arg, commandFor("timeline"))
	if alt != nil {
		return *alt
	}
	return rt.timelineOf(ctx, c, p)
}

// timelineOf tells the story of p's links.
func (rt *Router) timelineOf(ctx context.Context, c *call, p knowledge.PlayerRef) Reply {
	st, err := rt.playerStory(ctx, p.ID)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	steps, dropped := st.steps, st.dropped
	r := Reply{Title: i18n.T(c.lang, "timeline.title", p.Name), Lang: c.lang}
	switch {
	case len(steps) == 0:
		r.Lines = []string{i18n.T(c.lang, "suitors.none", p.Name)}
	case dropped > 0:
		r.Lines = []string{i18n.T(c.lang, "timeline.earlier", dropped)}
	}
	data := []stepJSON{}
	for _, s := range steps {
		var cs []string
		for _, ch := range s.Changes {
			x := ch.Club + " " + stageName(c.lang, ch.Stage)
			if ch.Source != "" {
				x += " (" + ch.Source + ")"
			}
			cs = append(cs, x)
		}
		r.Items = append(r.Items, Item{Label: monthText(c.lang, s.Date), Detail: strings.Join(cs, ", ")})
		data = append(data, stepJSON{Date: s.Date, Changes: s.Changes})
	}
	r.Data = map[string]any{"player": p.Name, "timeline": data}
	return r
}

// monthText is "July 2021" in lang; the year alone when the month is not
// known, "undated" for the zero date.
func monthText(lang string, d facts.Date) string {
	switch {
	case d.IsZero():
		return i18n.T(lang, "undated")
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	}
	return i18n.T(lang, "date.month", i18n.Month(lang, time.Month(d.Month)), d.Year)
}
