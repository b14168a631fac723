package bot

import (
	"context"
	"log/slog"
	"runtime/debug"

	"github.com/mercato-bot/mercato/bot/i18n"
)

// commandName is the command of a request for logs and gates: "suitors",
// or "ask" for a question.
func commandName(req *Request) string {
	if name, _, ok := ParseCommand(req.Text); ok {
		return name
	}
	return "ask"
}

// Recover turns a panic in a handler into an apology, logged with its stack.
func Recover(log *slog.Logger) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(ctx context.Context, req *Request) (r Reply) {
			defer func() {
				if p := recover(); p != nil {
					log.ErrorContext(ctx, "bot: panic", "command", commandName(req),
						"platform", req.Platform, "panic", p, "stack", string(debug.Stack()))
					r = errReply(i18n.Lang(req.Lang), "err.internal")
					r.Outcome = OutcomeError
				}
			}()
			return next.Serve(ctx, req)
		})
	}
}

// AdminOnly refuses the named commands to requests without Admin set.
func AdminOnly(commands ...string) Middleware {
	set := make(map[string]bool, len(commands))
	for _, c := range commands {
		set[c] = true
	}
	return func(next Handler) Handler {
		return HandlerFunc(func(ctx context.Context, req *Request) Reply {
			if name := commandName(req); set[name] && !req.Admin {
				r := errReply(i18n.Lang(req.Lang), "err.admin", name)
				r.Private = true
				return r
			}
			return next.Serve(ctx, req)
		})
	}
}
