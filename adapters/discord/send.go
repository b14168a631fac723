package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
)

// goneCodes are Discord's JSON error codes that mean the channel is no use
// any more: Unknown Channel, Unknown Guild, Missing Access, Cannot send
// messages to this user.
var goneCodes = map[int]bool{10003: true, 10004: true, 50001: true, 50007: true}

// Send posts r to a channel (the jobs' digests and reminders) and returns
// once Discord accepted it. A channel that is gone or that the bot can no
// longer see gives an error wrapping bot.ErrChatGone.
func (a *Adapter) Send(ctx context.Context, channel string, r bot.Reply) error {
	m := render(r, "")
	_, err := a.s.ChannelMessageSendComplex(channel, &discordgo.MessageSend{
		Content:         m.Content,
		Embeds:          m.Embeds,
		AllowedMentions: noMentions(),
	}, discordgo.WithContext(ctx))
	if err == nil {
		return nil
	}
	var rest *discordgo.RESTError
	if errors.As(err, &rest) {
		gone := rest.Message != nil && goneCodes[rest.Message.Code]
		if rest.Message == nil || rest.Message.Code == 0 {
			gone = rest.Response != nil && rest.Response.StatusCode == http.StatusNotFound
		}
		if gone {
			return fmt.Errorf("discord: send to %s: %w (%v)", channel, bot.ErrChatGone, err)
		}
	}
	return fmt.Errorf("discord: send to %s: %w", channel, err)
}
