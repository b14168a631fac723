package bot

import (
	"context"
	"time"

	"github.com/mercato-bot/mercato/bot/i18n"
)

// command is one command of the router: its description and its handler.
type command struct {
	Command
	run func(ctx context.Context, c *call) Reply
}

// call is one command invocation.
type call struct {
	req  *Request
	name string // the command, lowercase, without "/" or "@bot"
	arg  string // the text after it, trimmed
	lang string // language of the reply's fixed words
	// asOf is the knowledge base's now (heat.AsOf) once rt.clock has read
	// it, and now the same when it is recent enough to count days from
	// (zero otherwise).
	asOf, now time.Time
}

// usage is "/name <arg> [arg]".
func (c *command) usage() string {
	s := "/" + c.Name
	for _, a := range c.Args {
		if a.Required {
			s += " <" + a.Name + ">"
		} else {
			s += " [" + a.Name + "]"
		}
	}
	return s
}

// newCommand describes command name, its description being message "cmd.<name>"
// of the catalogue in every language.
func newCommand(name string, args ...Arg) Command {
	return Command{Name: name, Args: args, Description: i18n.All("cmd." + name)}
}

// newArg describes an argument of a command, its description being message
// id of the catalogue in every language.
func newArg(name string, kind ArgKind, required bool, id string) Arg {
	return Arg{Name: name, Kind: kind, Required: required, Description: i18n.All(id)}
}

// admin marks a command as one for admins only.
func admin(c Command) Command {
	c.Admin = true
	return c
}

// commandTable lists the router's commands in the order of /help.
func (rt *Router) commandTable() []*command {
	player := newArg("player", ArgPlayer, true, "arg.player")
	club := newArg("club", ArgClub, true, "arg.club")
	optClub := newArg("club", ArgClub, false, "arg.club")
	ingest := admin(newCommand("ingest", newArg("text", ArgText, true, "arg.ingest.text")))
	contract := newArg("contract", ArgText, true, "arg.setcontract.contract")
	optPlayer := newArg("player", ArgPlayer, false, "arg.player")
	return []*command{
		{newCommand("suitors", player), rt.suitors},
		{newCommand("timeline", player), rt.timeline},
		{newCommand("player", player), rt.player},
		{newCommand("contract", player), rt.player},
		{newCommand("club", club), rt.club},
		{newCommand("latest", newArg("count", ArgInt, false, "arg.latest.count")), rt.latest},
		{newCommand("done", newArg("club", ArgClub, false, "arg.done.club")), rt.done},
		{newCommand("hot", newArg("count", ArgInt, false, "arg.hot.count")), rt.hot},
		{newCommand("sources", player, optClub, newArg("page", ArgInt, false, "arg.sources.page")), rt.sources},
		{newCommand("expiring", newArg("month", ArgMonth, false, "arg.expiring.month")), rt.expiring},
		{newCommand("ask", newArg("question", ArgText, true, "arg.ask.question")), rt.ask},
		{newCommand("subscribe", newArg("kind", ArgText, false, "arg.subscribe.kind"), newArg("about", ArgText, false, "arg.subscribe.about")), rt.subscribe},
		{newCommand("unsubscribe", newArg("kind", ArgText, false, "arg.unsubscribe.kind"), newArg("about", ArgText, false, "arg.subscribe.about")), rt.unsubscribe},
		{newCommand("follow", newArg("about", ArgText, true, "arg.follow.about")), rt.follow},
		{newCommand("unfollow", newArg("about", ArgText, false, "arg.unfollow.about")), rt.unfollow},
		{newCommand("subscriptions"), rt.subscriptions},
		{ingest, rt.ingest},
		{admin(newCommand("retract", player, club)), rt.retract},
		{admin(newCommand("setclub", player, club)), rt.setClub},
		{admin(newCommand("setcontract", player, contract)), rt.setContract},
		{admin(newCommand("corrections", optPlayer)), rt.corrections},
		{admin(newCommand("undo", newArg("id", ArgInt, true, "arg.undo.id"))), rt.undo},
		{admin(newCommand("forget", newArg("article", ArgText, true, "arg.forget.article"))), rt.forget},
		{newCommand("stats"), rt.stats},
		{newCommand("help"), rt.help},
	}
}

// indexCommands maps the commands by name. Two commands of one name are a
// mistake in the table, refused as net/http's ServeMux refuses a pattern
// registered twice: it panics, so that no router is built with one of
// the two unreachable.
func indexCommands(cmds []*command) map[string]*command {
	byName := make(map[string]*command, len(cmds))
	for _, c := range cmds {
		if _, dup := byName[c.Name]; dup {
			panic("bot: command /" + c.Name + " defined twice")
		}
		byName[c.Name] = c
	}
	return byName
}

// Commands lists the commands in the order of /help, for setMyCommands
// and Discord registration. The description maps are shared: read them,
// do not modify them.
func (rt *Router) Commands() []Command {
	out := make([]Command, len(rt.cmds))
	for i, c := range rt.cmds {
		out[i] = c.Command
	}
	return out
}
