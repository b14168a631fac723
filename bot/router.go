package bot

import (
	"context"
	"log/slog"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/clubs"
	"github.com/mercato-bot/mercato/knowledge/heat"
)

// Handler answers a request.
type Handler interface {
	Serve(ctx context.Context, req *Request) Reply
}

// HandlerFunc adapts a function to a Handler.
type HandlerFunc func(ctx context.Context, req *Request) Reply

// Serve calls f.
func (f HandlerFunc) Serve(ctx context.Context, req *Request) Reply { return f(ctx, req) }

// Middleware wraps a Handler.
type Middleware func(Handler) Handler

// Command describes one command for the platforms' command menus.
type Command struct {
	Name        string            // "suitors"
	Description map[string]string // by language: "en", "fr", "es", "it", "de"
	Args        []Arg
	Admin       bool // only for admins (/ingest)
}

// Arg describes one argument of a command.
type Arg struct {
	Name        string            // "player"
	Kind        ArgKind           // what it holds, for autocompletion and validation
	Description map[string]string // by language
	Required    bool
}

// ArgKind is what an argument holds.
type ArgKind string

// The argument kinds.
const (
	ArgPlayer ArgKind = "player"
	ArgClub   ArgKind = "club"
	ArgInt    ArgKind = "int"
	ArgMonth  ArgKind = "month" // YYYY-MM, or a month's name with an optional year
	ArgText   ArgKind = "text"
)

// Fetcher turns a URL into an article to ingest (/ingest https://...).
type Fetcher interface {
	Fetch(ctx context.Context, url string) (knowledge.Input, error)
}

// Options configure a Router.
type Options struct {
	Fetcher Fetcher          // nil: /ingest of a URL is refused
	Logger  *slog.Logger     // nil: slog.Default()
	Now     func() time.Time // nil: time.Now; the day /expiring counts from
	// MaxItems caps the items of one answer; the rest is "and N more".
	// 0 means 25.
	MaxItems int
	// Middleware wraps the router's own, outermost first.
	Middleware []Middleware
	// KnownClub resolves a club name the knowledge base may have no
	// report of yet to the club's name; nil: the built-in club table
	// (knowledge/clubs).
	KnownClub func(name string) (string, bool)
	// Metrics counts the requests answered and the questions asked; nil
	// records nothing.
	Metrics Metrics
	// Heat is how the heat of links is computed (half-life, source
	// tiers); the zero Config is the defaults.
	Heat heat.Config
	// Extractor is the version of the extractor articles are read with,
	// which /stats shows with the articles awaiting re-extraction; ""
	// leaves both out.
	Extractor string
}

// tableClub looks name up in the built-in club table.
func tableClub(name string) (string, bool) {
	c, ok := clubs.Default().Lookup(name)
	return c.Name, ok
}

// Limits on what a request may hold.
const (
	maxName     = 100  // characters of a player or club name
	maxQuestion = 500  // characters of a question
	maxLatest   = 25   // /latest N
	defLatest   = 10   // /latest
	maxChoices  = 10   // players offered when a name is ambiguous
	maxClosest  = 3    // names offered when a name fits none
	maxItemsDef = 25   // Options.MaxItems default
	maxText     = 1e6  // bytes of an /ingest text
	defaultLang = "en" // replies to commands when the platform says nothing
)

// Router answers requests with the commands over a knowledge base. It is
// safe for concurrent use.
type Router struct {
	k       Knowledge
	opts    Options
	log     *slog.Logger
	cmds    []*command
	byName  map[string]*command
	handler Handler
	metrics Metrics
	heat    heatCache // heat answers at the knowledge base's generation
}

// NewRouter returns a Router over the knowledge base k (a knowledge.Base).
func NewRouter(k Knowledge, opts Options) *Router {
	rt := &Router{k: k, opts: opts, log: opts.Logger}
	if rt.log == nil {
		rt.log = slog.Default()
	}
	if rt.opts.Now == nil {
		rt.opts.Now = time.Now
	}
	if rt.opts.KnownClub == nil {
		rt.opts.KnownClub = tableClub
	}
	rt.metrics = opts.Metrics
	if rt.metrics == nil {
		rt.metrics = noMetrics{}
	}
	if rt.opts.MaxItems <= 0 {
		rt.opts.MaxItems = maxItemsDef
	}
	rt.cmds = rt.commandTable()
	rt.byName = indexCommands(rt.cmds)
	var h Handler = HandlerFunc(rt.dispatch)
	h = AdminOnly(rt.adminCommands()...)(h)
	h = Recover(rt.log)(h)
	for i := len(opts.Middleware) - 1; i >= 0; i-- {
		h = opts.Middleware[i](h)
	}
	rt.handler = rt.measure(h)
	return rt
}

func (rt *Router) adminCommands() []string {
	var names []string
	for _, c := range rt.cmds {
		if c.Admin {
			names = append(names, c.Name)
		}
	}
	return names
}

// Serve answers one request.
func (rt *Router) Serve(ctx context.Context, req *Request) Reply {
	return rt.handler.Serve(ctx, req)
}

// ParseCommand splits "/Suitors@mercato_bot Kamara" into "suitors" and
// "Kamara". ok is false when text is not a command.
func ParseCommand(text string) (name, arg string, ok bool) {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, "/") {
		return "", "", false
	}
	word, rest, _ := strings.Cut(text[1:], " ")
	if i := strings.IndexAny(word, "\n\t\r"); i >= 0 {
		word, rest = word[:i], word[i+1:]+" "+rest
	}
	if i := strings.IndexByte(word, '@'); i >= 0 {
		word = word[:i]
	}
	return strings.ToLower(word), strings.TrimSpace(rest), true
}

// dispatch runs the command of req, or the question it asks.
func (rt *Router) dispatch(ctx context.Context, req *Request) Reply {
	lang := defaultLang
	if req.Lang != "" {
		lang = i18n.Lang(req.Lang)
	}
	text := strings.TrimSpace(req.Text)
	if text == "" {
		return errReply(lang, "err.empty")
	}
	name, arg, ok := ParseCommand(text)
	if !ok {
		return rt.ask(ctx, &call{req: req, name: "ask", arg: text, lang: lang})
	}
	c, found := rt.byName[name]
	if !found {
		return errReply(lang, "err.unknown", clip(name, 32))
	}
	if len(c.Args) > 0 && c.Args[0].Required && arg == "" {
		return errReply(lang, "err.needarg", c.usage())
	}
	if c.Name != "ingest" && utf8.RuneCountInString(arg) > maxQuestion {
		return errReply(lang, "err.toolong", maxQuestion)
	}
	return c.run(ctx, &call{req: req, name: c.Name, arg: arg, lang: lang})
}

// errReply is a one-line answer to bad input.
func errReply(lang, key string, args ...any) Reply {
	msg := i18n.T(lang, key, args...)
	return Reply{Lines: []string{msg}, Lang: lang, Error: true, Data: map[string]any{"error": msg}}
}

// internalError logs err and answers with an apology.
func (rt *Router) internalError(ctx context.Context, c *call, err error) Reply {
	rt.log.ErrorContext(ctx, "bot: knowledge base", "command", c.name, "err", err)
	r := errReply(c.lang, "err.internal")
	r.Outcome = OutcomeError
	return r
}

// clip shortens s to n runes for quoting it back to the user.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// Complete returns up to n player or club names (kind ArgPlayer or ArgClub)
// starting with prefix, for autocompletion.
func (rt *Router) Complete(ctx context.Context, kind ArgKind, prefix string, n int) []string {
	if rt.k == nil || kind != ArgPlayer && kind != ArgClub || n <= 0 || utf8.RuneCountInString(prefix) > maxName {
		return nil
	}
	names, err := rt.k.Complete(ctx, string(kind), strings.TrimSpace(prefix), n)
	if err != nil {
		rt.log.WarnContext(ctx, "bot: complete", "kind", kind, "err", err)
		return nil
	}
	return names
}
