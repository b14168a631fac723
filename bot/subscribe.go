package bot

import (
	"context"
	"strings"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
)

// subKinds maps the words for a subscription kind to it.
var subKinds = map[string]knowledge.SubKind{
	"digest": knowledge.SubDigest, "digests": knowledge.SubDigest, "résumé": knowledge.SubDigest,
	"reminders": knowledge.SubReminders, "reminder": knowledge.SubReminders, "rappels": knowledge.SubReminders,
}

// canManage reports whether the user may change the chat's subscriptions;
// when not, it returns the reply to give.
func (rt *Router) canManage(ctx context.Context, c *call) *Reply {
	if c.req.CanManage == nil {
		return nil
	}
	ok, err := c.req.CanManage(ctx)
	if err != nil {
		r := rt.internalError(ctx, c, err)
		return &r
	}
	if !ok {
		r := errReply(c.lang, "err.manage")
		r.Private = true
		return &r
	}
	return nil
}

// subscribe answers /subscribe [digest|reminders] [player or club].
func (rt *Router) subscribe(ctx context.Context, c *call) Reply {
	if alt := rt.canManage(ctx, c); alt != nil {
		return *alt
	}
	kind, about := knowledge.SubDigest, c.arg
	first, rest, _ := strings.Cut(c.arg, " ")
	if k, ok := subKinds[strings.ToLower(first)]; ok {
		kind, about = k, strings.TrimSpace(rest)
	}
	sub := knowledge.Subscription{Platform: c.req.Platform, Chat: c.req.Chat, Kind: kind, Filter: knowledge.FilterAll, Lang: c.lang}
	if about != "" {
		p, cl, alt := rt.resolveEither(ctx, c, about, func(name string) string {
			return "/subscribe " + string(kind) + " " + name
		})
		if alt != nil {
			return *alt
		}
		if p.ID != 0 {
			sub.Filter, sub.FilterID, sub.FilterName = knowledge.FilterPlayer, p.ID, p.Name
		} else {
			sub.Filter, sub.FilterID, sub.FilterName = knowledge.FilterClub, cl.ID, cl.Name
		}
	}
	saved, err := rt.k.Subscribe(ctx, sub)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	r := Reply{Title: i18n.T(c.lang, "sub.done", subText(c.lang, saved)), Lang: c.lang, Data: map[string]any{"subscription": saved}}
	return r
}

// subText is "daily digest: Boubacar Kamara".
func subText(lang string, s knowledge.Subscription) string {
	kind := i18n.T(lang, "sub.digest")
	if s.Kind == knowledge.SubReminders {
		kind = i18n.T(lang, "sub.remind")
	}
	about := s.FilterName
	if s.Filter == knowledge.FilterAll || about == "" {
		about = i18n.T(lang, "sub.all")
	}
	return kind + ": " + about
}

// unsubscribe answers /unsubscribe [digest|reminders].
func (rt *Router) unsubscribe(ctx context.Context, c *call) Reply {
	if alt := rt.canManage(ctx, c); alt != nil {
		return *alt
	}
	var kind knowledge.SubKind
	if c.arg != "" {
		k, ok := subKinds[strings.ToLower(c.arg)]
		if !ok {
			return errReply(c.lang, "err.subkind")
		}
		kind = k
	}
	n, err := rt.k.Unsubscribe(ctx, c.req.Platform, c.req.Chat, kind)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	return Reply{Title: i18n.T(c.lang, "sub.removed", n), Lang: c.lang, Data: map[string]any{"removed": n}}
}

// subscriptions answers /subscriptions: the chat's subscriptions.
func (rt *Router) subscriptions(ctx context.Context, c *call) Reply {
	subs, err := rt.k.Subscriptions(ctx, c.req.Platform, c.req.Chat)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	r := Reply{Title: i18n.T(c.lang, "sub.title"), Lang: c.lang}
	if len(subs) == 0 {
		r.Lines = []string{i18n.T(c.lang, "sub.none")}
	}
	for _, s := range subs {
		r.Items = append(r.Items, Item{Label: subText(c.lang, s)})
	}
	capItems(&r, rt.opts.MaxItems)
	r.Data = map[string]any{"subscriptions": nonNil(subs)}
	return r
}
