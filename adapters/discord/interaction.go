package discord

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/bot/i18n"
)

// interaction answers one interaction: a command, an autocompletion or a
// choice from a select menu.
func (a *Adapter) interaction(ctx context.Context, i *discordgo.Interaction) {
	lang := langOf(i.Locale)
	if i.GuildID != "" && !a.guilds.has(i.GuildID) {
		a.log.Info("discord: interaction from a guild the bot is not in", "guild", i.GuildID)
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			a.respond(ctx, i, &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{}})
			return
		}
		a.reply(ctx, i, errorMessage(i18n.T(lang, "err.noguild")))
		return
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		a.command(ctx, i, lang)
	case discordgo.InteractionApplicationCommandAutocomplete:
		a.autocomplete(ctx, i)
	case discordgo.InteractionMessageComponent:
		a.component(ctx, i, lang)
	}
}

// command answers a slash command.
func (a *Adapter) command(ctx context.Context, i *discordgo.Interaction, lang string) {
	data := i.ApplicationCommandData()
	cmd, ok := a.cmds[data.Name]
	if !ok {
		a.reply(ctx, i, errorMessage(i18n.T(lang, "err.gone")))
		return
	}
	req := a.request(i, lang)
	if cmd.Admin && !req.Admin {
		a.log.Info("discord: admin command refused", "command", cmd.Name, "user", req.User)
		msg := i18n.T(lang, "err.admin", cmd.Name)
		if cmd.Name == ingestCommand {
			msg = i18n.T(lang, "err.ingestadmin")
		}
		a.reply(ctx, i, errorMessage(msg))
		return
	}
	opts := options(data.Options)
	if cmd.Name == ingestCommand {
		a.ingest(ctx, i, req, opts, data.Resolved)
		return
	}
	for _, arg := range cmd.Args {
		if arg.Required && value(opts[strings.ToLower(arg.Name)]) == "" {
			a.reply(ctx, i, errorMessage(i18n.T(lang, "err.option", arg.Name)))
			return
		}
	}
	req.Text = commandText(cmd, opts)
	a.answer(ctx, i, req, answerNew)
}

// request is the router request for an interaction, without its text.
func (a *Adapter) request(i *discordgo.Interaction, lang string) *bot.Request {
	var roles []string
	var perms int64
	user := ""
	if i.Member != nil {
		roles, perms = i.Member.Roles, i.Member.Permissions
		if i.Member.User != nil {
			user = i.Member.User.ID
		}
	}
	if i.User != nil {
		user = i.User.ID
	}
	req := &bot.Request{Platform: "discord", Chat: i.ChannelID, User: user, Lang: lang, Admin: a.isAdmin(user, roles)}
	if i.GuildID != "" {
		can := req.Admin || perms&(discordgo.PermissionManageChannels|discordgo.PermissionAdministrator) != 0
		req.CanManage = func(context.Context) (bool, error) { return can, nil }
	}
	return req
}

// optionValue is one option of a command as the user filled it in.
type optionValue = discordgo.ApplicationCommandInteractionDataOption

// options indexes a command's options by lowercase name.
func options(opts []*optionValue) map[string]*optionValue {
	m := make(map[string]*optionValue, len(opts))
	for _, o := range opts {
		if o != nil {
			m[strings.ToLower(o.Name)] = o
		}
	}
	return m
}

// value is an option's value as command text: one line, trimmed; "" when
// the option is absent.
func value(o *optionValue) string {
	if o == nil {
		return ""
	}
	switch v := o.Value.(type) {
	case string:
		return oneLine(v)
	case float64:
		return strconv.FormatInt(int64(v), 10)
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

// commandText turns a command's options back into the text the router
// reads: "/suitors Kamara", the arguments in the command's order. Two names
// in a row are separated by " | " ("/sources Kamara | Atlético Madrid"),
// since either may hold spaces.
func commandText(cmd bot.Command, opts map[string]*optionValue) string {
	var b strings.Builder
	b.WriteString("/" + cmd.Name)
	prevName := false
	for _, arg := range cmd.Args {
		v := value(opts[strings.ToLower(arg.Name)])
		if v == "" {
			continue
		}
		isName := arg.Kind == bot.ArgPlayer || arg.Kind == bot.ArgClub
		if prevName && isName {
			b.WriteString(" |")
		}
		b.WriteString(" " + v)
		prevName = isName
	}
	return b.String()
}

// answerMode says how an answer is shown.
type answerMode int

const (
	answerNew     answerMode = iota // a new message, ephemeral if the reply asks
	answerPrivate                   // a new ephemeral message
	answerUpdate                    // replaces the message the component is on
)

// answer serves req and responds to i. An answer that takes longer than
// deferAfter is deferred, then completed when ready.
func (a *Adapter) answer(ctx context.Context, i *discordgo.Interaction, req *bot.Request, mode answerMode) {
	served := make(chan bot.Reply, 1)
	go func() { served <- a.serve(ctx, req) }()
	timer := time.NewTimer(a.deferAfter)
	defer timer.Stop()
	var r bot.Reply
	select {
	case r = <-served:
		m := a.renderFor(r, i.ID, req.User)
		switch {
		case mode == answerUpdate && !m.Ephemeral:
			a.respondMessage(ctx, i, discordgo.InteractionResponseUpdateMessage, m)
		default:
			if mode != answerNew {
				m.Ephemeral = true
			}
			a.reply(ctx, i, m)
		}
		return
	case <-timer.C:
	}
	deferral := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: &discordgo.InteractionResponseData{}}
	switch mode {
	case answerUpdate:
		deferral.Type = discordgo.InteractionResponseDeferredMessageUpdate
	case answerPrivate:
		deferral.Data.Flags = discordgo.MessageFlagsEphemeral
	}
	if !a.respond(ctx, i, deferral) {
		return
	}
	r = <-served
	m := a.renderFor(r, i.ID, req.User)
	switch {
	case mode != answerPrivate && m.Ephemeral:
		// The deferral is public or on the menu: a private answer goes to
		// the user alone.
		if mode == answerNew {
			a.check(i, "delete deferral", a.s.InteractionResponseDelete(i, discordgo.WithContext(ctx)))
		}
		a.followup(ctx, i, m)
	default:
		a.edit(ctx, i, m)
	}
}

// renderFor renders r, remembering its choices under key for the select
// menu.
func (a *Adapter) renderFor(r bot.Reply, key, user string) message {
	if len(r.Choices) == 0 {
		return render(r, "")
	}
	a.picks.put(key, r.Choices, user, a.now())
	return render(r, key)
}

// component answers a choice from a select menu: the chosen command is
// answered in place of the menu for the user who asked, and privately for
// anyone else.
func (a *Adapter) component(ctx context.Context, i *discordgo.Interaction, lang string) {
	data := i.MessageComponentData()
	key, ok := strings.CutPrefix(data.CustomID, pickPrefix)
	p, found := a.picks.get(key, a.now())
	idx := -1
	if len(data.Values) == 1 {
		if n, err := strconv.Atoi(data.Values[0]); err == nil && n >= 0 && n < len(p.choices) {
			idx = n
		}
	}
	if !ok || !found || idx < 0 {
		a.reply(ctx, i, errorMessage(i18n.T(lang, "choice.expired")))
		return
	}
	req := a.request(i, lang)
	req.Text = p.choices[idx].Command
	mode := answerPrivate
	if req.User == p.user {
		mode = answerUpdate
	}
	a.answer(ctx, i, req, mode)
}

// reply responds to i with a new message.
func (a *Adapter) reply(ctx context.Context, i *discordgo.Interaction, m message) {
	a.respondMessage(ctx, i, discordgo.InteractionResponseChannelMessageWithSource, m)
}

// respondMessage responds to i with m as a response of type t.
func (a *Adapter) respondMessage(ctx context.Context, i *discordgo.Interaction, t discordgo.InteractionResponseType, m message) {
	d := &discordgo.InteractionResponseData{
		Content: m.Content, Embeds: m.Embeds, Components: m.Components,
		AllowedMentions: noMentions(),
	}
	if t == discordgo.InteractionResponseUpdateMessage {
		// Empty lists, not null: the menu and any old embed go away.
		d.Embeds = nonNil(d.Embeds)
		d.Components = nonNil(d.Components)
	}
	if m.Ephemeral {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	err := a.s.InteractionRespond(i, &discordgo.InteractionResponse{Type: t, Data: d}, discordgo.WithContext(ctx))
	a.delivered(err)
	a.check(i, "respond", err)
}

// respond sends one interaction callback and reports whether Discord took
// it.
func (a *Adapter) respond(ctx context.Context, i *discordgo.Interaction, r *discordgo.InteractionResponse) bool {
	return a.check(i, "respond", a.s.InteractionRespond(i, r, discordgo.WithContext(ctx)))
}

// edit replaces the deferred response of i with m.
func (a *Adapter) edit(ctx context.Context, i *discordgo.Interaction, m message) {
	embeds, components := nonNil(m.Embeds), nonNil(m.Components)
	_, err := a.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{
		Content: &m.Content, Embeds: &embeds, Components: &components,
		AllowedMentions: noMentions(),
	}, discordgo.WithContext(ctx))
	a.delivered(err)
	a.check(i, "edit response", err)
}

// followup sends m as a follow-up message to i.
func (a *Adapter) followup(ctx context.Context, i *discordgo.Interaction, m message) {
	p := &discordgo.WebhookParams{
		Content: m.Content, Embeds: m.Embeds, Components: m.Components,
		AllowedMentions: noMentions(),
	}
	if m.Ephemeral {
		p.Flags = discordgo.MessageFlagsEphemeral
	}
	_, err := a.s.FollowupMessageCreate(i, true, p, discordgo.WithContext(ctx))
	a.delivered(err)
	a.check(i, "follow-up", err)
}

// check logs a failed call about i and reports whether err is nil.
func (a *Adapter) check(i *discordgo.Interaction, what string, err error) bool {
	if err != nil {
		a.log.Warn("discord: "+what+" failed", "interaction", i.ID, "err", err)
		return false
	}
	return true
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
