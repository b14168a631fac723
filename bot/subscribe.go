package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
)

// subKinds maps the words for a subscription kind to it.
var subKinds = map[string]knowledge.SubKind{
	"digest": knowledge.SubDigest, "digests": knowledge.SubDigest, "résumé": knowledge.SubDigest,
	"reminders": knowledge.SubReminders, "reminder": knowledge.SubReminders, "rappels": knowledge.SubReminders,
	"follow": knowledge.SubFollow, "follows": knowledge.SubFollow, "suivi": knowledge.SubFollow,
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

// subWish is a /subscribe, /follow or /unsubscribe read: the kind, the
// time of day and language asked for, and what it is about.
type subWish struct {
	kind     knowledge.SubKind // "" when no kind word was given
	at, lang string
	about    string
}

// readSubWish reads "[kind] [HH:MM] [language] [player or club]", the
// first three in any order; bad is a word meant as a time of day that is
// none ("25:00").
func readSubWish(arg string) (w subWish, bad string) {
	rest := strings.TrimSpace(arg)
	for rest != "" {
		word, after, _ := strings.Cut(rest, " ")
		lower := strings.ToLower(word)
		if k, ok := subKinds[lower]; ok && w.kind == "" {
			w.kind = k
		} else if at, ok := clock(word); ok && w.at == "" {
			w.at = at
		} else if looksLikeClock(word) {
			return w, word
		} else if slices.Contains(i18n.Languages(), lower) && w.lang == "" {
			w.lang = lower
		} else {
			break
		}
		rest = strings.TrimSpace(after)
	}
	w.about = rest
	return w, ""
}

// clock reads a time of day, "8:30", "08:30" or "8h30", as "08:30".
func clock(word string) (string, bool) {
	h, m, ok := strings.Cut(strings.ToLower(word), ":")
	if !ok {
		h, m, ok = strings.Cut(strings.ToLower(word), "h")
	}
	if !ok || len(h) == 0 || len(h) > 2 || len(m) != 2 {
		return "", false
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh < 0 || mm < 0 || hh > 23 || mm > 59 {
		return "", false
	}
	return fmt.Sprintf("%02d:%02d", hh, mm), true
}

// looksLikeClock reports whether word was meant as a time of day: digits
// around a colon.
func looksLikeClock(word string) bool {
	h, m, ok := strings.Cut(word, ":")
	return ok && h != "" && m != "" && isDigits(h) && isDigits(m)
}

// subscribe answers /subscribe [digest|reminders] [HH:MM] [language]
// [player or club].
func (rt *Router) subscribe(ctx context.Context, c *call) Reply {
	if alt := rt.canManage(ctx, c); alt != nil {
		return *alt
	}
	w, bad := readSubWish(c.arg)
	if bad != "" {
		return errReply(c.lang, "err.clock", bad)
	}
	if w.kind == "" {
		w.kind = knowledge.SubDigest
	}
	if w.at != "" && w.kind != knowledge.SubDigest {
		return errReply(c.lang, "err.subtime")
	}
	return rt.addSubscription(ctx, c, w)
}

// follow answers /follow <player or club>.
func (rt *Router) follow(ctx context.Context, c *call) Reply {
	if alt := rt.canManage(ctx, c); alt != nil {
		return *alt
	}
	return rt.addSubscription(ctx, c, subWish{kind: knowledge.SubFollow, about: c.arg})
}

// addSubscription stores the subscription w asks for, or says the chat
// has it already.
func (rt *Router) addSubscription(ctx context.Context, c *call, w subWish) Reply {
	sub := knowledge.Subscription{Platform: c.req.Platform, Chat: c.req.Chat, Kind: w.kind,
		Filter: knowledge.FilterAll, Lang: c.lang, At: w.at}
	if w.lang != "" {
		sub.Lang = w.lang
	}
	if w.about != "" {
		p, cl, alt := rt.resolveEither(ctx, c, w.about, func(name string) string {
			if w.kind == knowledge.SubFollow {
				return "/follow " + name
			}
			return "/subscribe " + string(w.kind) + " " + name
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
	have, err := rt.k.Subscriptions(ctx, c.req.Platform, c.req.Chat)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	for _, h := range have {
		if sameSubject(h, sub) && (sub.At == "" || sub.At == h.At) && (w.lang == "" || w.lang == h.Lang) {
			return Reply{Title: i18n.T(c.lang, "sub.already", subText(c.lang, h)), Lang: c.lang,
				Data: map[string]any{"subscription": h, "already": true}}
		}
	}
	saved, err := rt.k.Subscribe(ctx, sub)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	return Reply{Title: i18n.T(c.lang, "sub.done", subText(c.lang, saved)), Lang: c.lang, Data: map[string]any{"subscription": saved}}
}

// sameSubject reports whether a and b are the same subscription of one
// chat: one kind about one thing.
func sameSubject(a, b knowledge.Subscription) bool {
	return a.Kind == b.Kind && a.Filter == b.Filter && a.FilterID == b.FilterID
}

// subText is "daily digest at 08:30: Boubacar Kamara".
func subText(lang string, s knowledge.Subscription) string {
	var kind string
	switch s.Kind {
	case knowledge.SubReminders:
		kind = i18n.T(lang, "sub.remind")
	case knowledge.SubFollow:
		kind = i18n.T(lang, "sub.follow")
	default:
		kind = i18n.T(lang, "sub.digest")
	}
	if s.At != "" {
		kind = i18n.T(lang, "sub.at", kind, s.At)
	}
	about := s.FilterName
	if s.Filter == knowledge.FilterAll || about == "" {
		about = i18n.T(lang, "sub.all")
	}
	return kind + ": " + about
}

// unsubscribe answers /unsubscribe [digest|reminders|follow] [player or
// club], or /unsubscribe <player or club> for every kind about it.
func (rt *Router) unsubscribe(ctx context.Context, c *call) Reply {
	if alt := rt.canManage(ctx, c); alt != nil {
		return *alt
	}
	kind, about := knowledge.SubKind(""), ""
	if c.arg != "" {
		first, rest, _ := strings.Cut(c.arg, " ")
		k, ok := subKinds[strings.ToLower(first)]
		switch {
		case ok:
			kind, about = k, strings.TrimSpace(rest)
		case rt.namesSomething(ctx, c.arg): // "/unsubscribe Atlético": every kind about it
			about = c.arg
		default:
			return errReply(c.lang, "err.subkind")
		}
	}
	return rt.removeSubscriptions(ctx, c, kind, about)
}

// namesSomething reports whether q names a player or a club.
func (rt *Router) namesSomething(ctx context.Context, q string) bool {
	if _, err := rt.findPlayers(ctx, q); err == nil {
		return true
	}
	_, err := rt.findClubs(ctx, q)
	return err == nil
}

// unfollow answers /unfollow [player or club].
func (rt *Router) unfollow(ctx context.Context, c *call) Reply {
	if alt := rt.canManage(ctx, c); alt != nil {
		return *alt
	}
	return rt.removeSubscriptions(ctx, c, knowledge.SubFollow, c.arg)
}

// removeSubscriptions removes the chat's subscriptions of kind (empty:
// every kind), only those about about when it is not empty.
func (rt *Router) removeSubscriptions(ctx context.Context, c *call, kind knowledge.SubKind, about string) Reply {
	if about == "" {
		n, err := rt.k.Unsubscribe(ctx, c.req.Platform, c.req.Chat, kind)
		if err != nil {
			return rt.internalError(ctx, c, err)
		}
		return Reply{Title: i18n.T(c.lang, "sub.removed", n), Lang: c.lang, Data: map[string]any{"removed": n}}
	}
	p, cl, alt := rt.resolveEither(ctx, c, about, func(name string) string {
		if kind == knowledge.SubFollow {
			return "/unfollow " + name
		}
		return "/unsubscribe " + string(kind) + " " + name
	})
	if alt != nil {
		return *alt
	}
	want := knowledge.Subscription{Kind: kind, Filter: knowledge.FilterPlayer, FilterID: p.ID}
	name := p.Name
	if p.ID == 0 {
		want.Filter, want.FilterID, name = knowledge.FilterClub, cl.ID, cl.Name
	}
	have, err := rt.k.Subscriptions(ctx, c.req.Platform, c.req.Chat)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	n := 0
	for _, h := range have {
		if kind == "" {
			want.Kind = h.Kind // any kind
		}
		if !sameSubject(h, want) {
			continue
		}
		if err := rt.k.DeleteSubscription(ctx, h.ID); err != nil && !errors.Is(err, knowledge.ErrNotFound) {
			return rt.internalError(ctx, c, err)
		}
		n++
	}
	if n == 0 {
		return Reply{Title: i18n.T(c.lang, "sub.nomatch", name), Lang: c.lang, Data: map[string]any{"removed": 0}}
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
