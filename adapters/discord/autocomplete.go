package discord

import (
	"context"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
)

// autocomplete answers the option being typed: player and club names from
// the knowledge base, months from the calendar. It answers within
// completeTimeout whatever the lookup does; an empty or overlong partial
// just gets what fits (possibly nothing).
func (a *Adapter) autocomplete(ctx context.Context, i *discordgo.Interaction) {
	data := i.ApplicationCommandData()
	var names []string
	if o := focused(data.Options); o != nil {
		partial, _ := o.Value.(string)
		if strings.EqualFold(o.Name, aboutOption) {
			names = a.suggestEither(ctx, partial)
		} else {
			names = a.suggest(ctx, argKind(a.cmds[data.Name], o.Name), partial)
		}
	}
	a.respond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices(names)},
	})
}

// focused returns the option the user is typing, if any.
func focused(opts []*optionValue) *optionValue {
	for _, o := range opts {
		if o != nil && o.Focused {
			return o
		}
	}
	return nil
}

// argKind is the kind of cmd's argument called name ("" if none).
func argKind(cmd bot.Command, name string) bot.ArgKind {
	for _, arg := range cmd.Args {
		if strings.EqualFold(arg.Name, name) {
			return arg.Kind
		}
	}
	return ""
}

// suggest returns up to 25 completions of partial for an argument of kind.
func (a *Adapter) suggest(ctx context.Context, kind bot.ArgKind, partial string) []string {
	partial = cut(oneLine(partial), maxLabel)
	switch kind {
	case bot.ArgMonth:
		return months(a.now(), partial)
	case bot.ArgPlayer, bot.ArgClub:
	default:
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, completeTimeout)
	defer cancel()
	found := make(chan []string, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("discord: completion panic", "panic", p)
				found <- nil
			}
		}()
		found <- a.router.Complete(ctx, kind, partial, maxOptions)
	}()
	select {
	case names := <-found:
		return names
	case <-ctx.Done():
		a.log.Warn("discord: completion too slow", "kind", kind, "partial", partial)
		return nil
	}
}

// suggestEither completes a player or a club name: players first, clubs
// in the room left.
func (a *Adapter) suggestEither(ctx context.Context, partial string) []string {
	players := a.suggest(ctx, bot.ArgPlayer, partial)
	if len(players) >= maxOptions {
		return players
	}
	return append(players, a.suggest(ctx, bot.ArgClub, partial)...)
}

// choices turns names into autocomplete choices: at most 25, each name
// once, leaving out names too long to be a choice's value.
func choices(names []string) []*discordgo.ApplicationCommandOptionChoice {
	var out []*discordgo.ApplicationCommandOptionChoice
	seen := map[string]bool{}
	for _, n := range names {
		if n == "" || length(n) > maxLabel || seen[n] || len(out) == maxOptions {
			continue
		}
		seen[n] = true
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: n, Value: n})
	}
	return out
}

// months suggests this month and the next eleven as YYYY-MM, those that
// start with partial.
func months(now time.Time, partial string) []string {
	var out []string
	first := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
	for k := range 12 {
		m := first.AddDate(0, k, 0).Format("2006-01")
		if strings.HasPrefix(m, partial) {
			out = append(out, m)
		}
	}
	return out
}
