package discord

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
)

// onMessage answers direct messages: questions in plain words (or command
// text) from people, never from bots, never in guild channels.
func (a *Adapter) onMessage(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	m := mc.Message
	if m == nil || m.Author == nil || m.Author.Bot || m.GuildID != "" || strings.TrimSpace(m.Content) == "" {
		return
	}
	a.spawn("direct message", func(ctx context.Context) { a.direct(ctx, m) })
}

// direct answers one direct message with a reply to it.
func (a *Adapter) direct(ctx context.Context, m *discordgo.Message) {
	req := &bot.Request{
		Platform: "discord",
		Chat:     m.ChannelID,
		User:     m.Author.ID,
		Text:     strings.TrimSpace(m.Content),
		Admin:    a.isAdmin(m.Author.ID, nil),
	}
	out := a.renderFor(a.serve(ctx, req), m.ID, m.Author.ID)
	_, err := a.s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
		Content:         out.Content,
		Embeds:          out.Embeds,
		Components:      out.Components,
		AllowedMentions: noMentions(),
		Reference:       &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID},
	}, discordgo.WithContext(ctx))
	a.delivered(err)
	if err != nil {
		a.log.Warn("discord: direct answer failed", "channel", m.ChannelID, "err", err)
	}
}
