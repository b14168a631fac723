package bot

import (
	"context"

	"github.com/mercato-bot/mercato/knowledge"
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
	ArgMonth  ArgKind = "month" // YYYY-MM
	ArgText   ArgKind = "text"
)

// Fetcher turns a URL into an article to ingest (/ingest https://...).
type Fetcher interface {
	Fetch(ctx context.Context, url string) (knowledge.Input, error)
}

// Options configure a Router.
type Options struct {
	Fetcher Fetcher // nil: /ingest of a URL is refused
}

// Router answers requests with the commands over a knowledge base.
type Router struct {
	store *knowledge.Store
	opts  Options
}

// NewRouter returns a Router over store.
func NewRouter(store *knowledge.Store, opts Options) *Router {
	return &Router{store: store, opts: opts}
}

// Serve answers one request.
func (r *Router) Serve(ctx context.Context, req *Request) Reply {
	return Reply{Error: true, Lines: []string{"not implemented"}}
}

// Commands lists the commands, for setMyCommands and Discord registration.
func (r *Router) Commands() []Command { return nil }

// Complete returns up to n player or club names (kind ArgPlayer or ArgClub)
// starting with prefix, for autocompletion.
func (r *Router) Complete(ctx context.Context, kind ArgKind, prefix string, n int) []string {
	return nil
}
