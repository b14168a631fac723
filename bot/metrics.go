package bot

import (
	"context"
	"time"
)

// Metrics receives the router's measurements; internal/metrics records
// them for Prometheus. The label values it is given are bounded: a
// platform name, a known command's name ("ask" for a question, "unknown"
// for any other word after a slash), an outcome, a language code and an
// intent; never a player's name or a chat.
type Metrics interface {
	// Answered counts one request answered, with how long it took.
	Answered(platform, command, outcome string, took time.Duration)
	// Asked counts one question in plain words by its detected language
	// and intent.
	Asked(lang, intent string)
}

// The outcomes of a request (Reply.Outcome).
const (
	OutcomeOK       = "ok"        // answered
	OutcomeNotFound = "not_found" // the player, club or name fits nothing known
	OutcomeRefused  = "refused"   // bad input or not allowed: a short answer, nothing changed
	OutcomeError    = "error"     // the knowledge base failed, or a handler panicked
)

// outcome is how the request that r answers went.
func outcome(r Reply) string {
	switch {
	case r.Outcome != "":
		return r.Outcome
	case r.Error:
		return OutcomeRefused
	}
	return OutcomeOK
}

// noMetrics records nothing: a router given no Metrics.
type noMetrics struct{}

func (noMetrics) Answered(string, string, string, time.Duration) {}
func (noMetrics) Asked(string, string)                           {}

// measure is the router's outermost middleware: it counts every request
// by platform, command and outcome with its latency (Options.Metrics),
// and logs one line per answer at debug level, without the text.
func (rt *Router) measure(next Handler) Handler {
	return HandlerFunc(func(ctx context.Context, req *Request) Reply {
		start := time.Now()
		r := next.Serve(ctx, req)
		took := time.Since(start)
		name := rt.commandLabel(req)
		out := outcome(r)
		rt.metrics.Answered(req.Platform, name, out, took)
		rt.log.DebugContext(ctx, "bot: answered", "platform", req.Platform,
			"command", name, "outcome", out, "latency", took)
		return r
	})
}

// commandLabel names the command of req among a bounded set: a known
// command, "ask" for a question, "unknown" for anything else.
func (rt *Router) commandLabel(req *Request) string {
	name, _, ok := ParseCommand(req.Text)
	switch {
	case !ok:
		return "ask"
	case rt.byName[name] != nil:
		return name
	}
	return "unknown"
}
