package bot

import (
	"context"

	"github.com/mercato-bot/mercato/bot/i18n"
)

// help answers /help: the commands in the reply's language.
func (rt *Router) help(_ context.Context, c *call) Reply {
	r := Reply{Title: i18n.T(c.lang, "help.title"), Lang: c.lang}
	var cmds []map[string]any
	for _, cmd := range rt.cmds {
		if cmd.Admin && !c.req.Admin {
			continue
		}
		desc := cmd.Description[c.lang]
		r.Items = append(r.Items, Item{Label: cmd.usage(), Detail: desc})
		cmds = append(cmds, map[string]any{"usage": cmd.usage(), "description": desc})
	}
	r.Footer = i18n.T(c.lang, "help.ask", i18n.T(c.lang, "q.ex1"))
	r.Data = map[string]any{"commands": cmds}
	return r
}
