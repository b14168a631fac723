package bot

import "context"

// ask answers /ask <question> and any text that is not a command.
func (rt *Router) ask(ctx context.Context, c *call) Reply {
	return errReply(c.lang, "q.unknown", T(c.lang, "q.ex1"), T(c.lang, "q.ex2"))
}
