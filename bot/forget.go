package bot

import (
	"context"
	"errors"
	"strconv"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
)

// forget answers /forget <article id or URL>: the article and every fact
// only it reported are removed.
func (rt *Router) forget(ctx context.Context, c *call) Reply {
	if r := adminOnly(c); r != nil {
		return *r
	}
	kp, alt := rt.keeper(c)
	if alt != nil {
		return *alt
	}
	arg := c.arg
	if len(arg) > 1 && arg[0] == '#' {
		arg = arg[1:]
	}
	id, err := kp.FindArticle(ctx, arg)
	if err == nil {
		var got knowledge.Forgotten
		if got, err = kp.Forget(ctx, id); err == nil {
			rt.log.InfoContext(ctx, "bot: article forgotten", "article", id, "links", got.Links,
				"players", got.Players, "user", c.req.User, "platform", c.req.Platform)
			return Reply{Lines: []string{i18n.T(c.lang, "forget.done", id, i18n.Count(c.lang, "report", got.Links),
				i18n.Count(c.lang, "player", got.Players))}, Lang: c.lang, Private: true,
				Data: map[string]any{"article_id": id, "links": got.Links, "players": got.Players}}
		}
	}
	if errors.Is(err, knowledge.ErrNotFound) {
		return errReply(c.lang, "forget.notfound", clip(c.arg, 80))
	}
	return rt.internalError(ctx, c, err)
}

// stats answers /stats: what the knowledge base holds.
func (rt *Router) stats(ctx context.Context, c *call) Reply {
	kp, alt := rt.keeper(c)
	if alt != nil {
		return *alt
	}
	st, err := kp.Stats(ctx)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	r := Reply{Title: i18n.T(c.lang, "stats.title"), Lang: c.lang}
	data := map[string]any{"articles": st.Articles, "players": st.Players, "clubs": st.Clubs, "links": st.Links,
		"fees": st.Fees, "subscriptions": st.Subscriptions, "corrections": st.Corrections, "forgotten": st.Forgotten}
	for _, line := range []struct {
		key string
		n   int
	}{
		{"stats.articles", st.Articles}, {"stats.players", st.Players}, {"stats.clubs", st.Clubs},
		{"stats.links", st.Links}, {"stats.fees", st.Fees}, {"stats.subscriptions", st.Subscriptions},
		{"stats.corrections", st.Corrections}, {"stats.forgotten", st.Forgotten},
	} {
		r.Items = append(r.Items, Item{Label: i18n.T(c.lang, line.key), Detail: strconv.Itoa(line.n)})
	}
	if st.NewestArticle != 0 {
		r.Items = append(r.Items, Item{Label: i18n.T(c.lang, "stats.newest"),
			Detail: "#" + strconv.FormatInt(st.NewestArticle, 10) + sep + when(st.NewestIngested)})
		data["newest_article"] = st.NewestArticle
	}
	if v := rt.opts.Extractor; v != "" {
		r.Items = append(r.Items, Item{Label: i18n.T(c.lang, "stats.extractor"), Detail: v})
		data["extractor"] = v
		if stale, ok := rt.k.(interface {
			CountStale(ctx context.Context, version string) (int, error)
		}); ok {
			n, err := stale.CountStale(ctx, v)
			if err != nil {
				return rt.internalError(ctx, c, err)
			}
			r.Items = append(r.Items, Item{Label: i18n.T(c.lang, "stats.stale"), Detail: strconv.Itoa(n)})
			data["awaiting_reextraction"] = n
		}
	}
	r.Data = data
	return r
}
