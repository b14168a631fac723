package bot

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// isURL reports whether s is one address ("scheme://...") and nothing
// else. Any scheme counts, so that the fetcher answers "only http and
// https" for ftp: and file: instead of the text being read as an article.
func isURL(s string) bool {
	scheme, rest, ok := strings.Cut(s, "://")
	if !ok || scheme == "" || rest == "" || strings.ContainsAny(s, " \t\n") {
		return false
	}
	for _, r := range scheme {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// ingest answers /ingest <text or URL>: admins only.
func (rt *Router) ingest(ctx context.Context, c *call) Reply {
	if !c.req.Admin { // AdminOnly refuses first; this guards a router built without it
		r := errReply(c.lang, "err.admin", c.name)
		r.Private = true
		return r
	}
	if len(c.arg) > maxText {
		return errReply(c.lang, "ingest.rejected", i18n.T(c.lang, "err.toolong", int(maxText)))
	}
	in := knowledge.Input{Text: c.arg}
	if isURL(c.arg) {
		if rt.opts.Fetcher == nil {
			return errReply(c.lang, "err.nofetch")
		}
		var err error
		in, err = rt.opts.Fetcher.Fetch(ctx, c.arg)
		if err != nil {
			rt.log.WarnContext(ctx, "bot: fetch", "url", c.arg, "err", err)
			return errReply(c.lang, "err.fetch", clip(c.arg, 80), clip(err.Error(), 120))
		}
		if in.URL == "" {
			in.URL = c.arg
		}
	}
	res, err := rt.k.Ingest(ctx, in)
	var rej *knowledge.RejectError
	if errors.As(err, &rej) {
		r := errReply(c.lang, "ingest.rejected", rej.Reason)
		r.Data = map[string]any{"status": "rejected", "reason": rej.Reason}
		return r
	}
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	return ingestReply(c.lang, res, rt.opts.MaxItems)
}

// ingestReply says what one article taught: new or duplicate, then each
// player with his club, contract and suitors.
func ingestReply(lang string, res knowledge.IngestResult, max int) Reply {
	status, key := "new", "ingest.new"
	if res.Duplicate {
		status, key = "duplicate", "ingest.duplicate"
	}
	r := Reply{Title: i18n.T(lang, key), Lang: lang, Private: true}
	meta := []string{dateText(lang, res.Facts.Published)}
	if res.Facts.Lang != "" {
		meta = append(meta, res.Facts.Lang)
	}
	if res.Facts.Title != "" {
		meta = append([]string{res.Facts.Title}, meta...)
	}
	r.Lines = []string{strings.Join(meta, sep)}
	if len(res.Facts.Players) == 0 {
		r.Lines = append(r.Lines, i18n.T(lang, "ingest.noplayer"))
	}
	for _, p := range res.Facts.Players {
		head := playerHeading(lang, knowledge.Profile{
			PlayerRef:       knowledge.PlayerRef{Name: p.Name, CurrentClub: p.CurrentClub},
			ContractExpires: p.ContractExpires,
		}, time.Time{})
		r.Items = append(r.Items, Item{Label: head, Detail: suitorList(lang, p.Suitors)})
	}
	capItems(&r, max)
	r.Data = map[string]any{"status": status, "article_id": res.ArticleID, "facts": res.Facts}
	return r
}

// suitorList is "Atlético Madrid (advanced), AC Milan (talks)".
func suitorList(lang string, ss []facts.Suitor) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = s.Club + " (" + stageName(lang, s.Stage) + ")"
	}
	return strings.Join(parts, ", ")
}
