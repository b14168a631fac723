package telegram

import (
	"context"
	"errors"
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mercato-bot/mercato/bot"
)

// maxAttempts bounds the tries of one message: flood control, server and
// network errors are retried, other errors are final.
const maxAttempts = 5

// deliver sends a reply to a user's message, counting and logging it when
// Telegram does not accept it. (The jobs count the messages they Send.)
func (b *Bot) deliver(ctx context.Context, chat int64, replyTo int, r bot.Reply) {
	err := b.sendReply(ctx, chat, replyTo, r)
	switch {
	case errors.Is(err, errUncertainSend):
		b.opts.Metrics.Delivered(platform, "uncertain")
		b.log.Warn("telegram: reply may have been delivered; not sent again", "chat", chat, "err", err)
	case err != nil:
		b.stats.undelivered.Add(1)
		b.opts.Metrics.Delivered(platform, "failed")
		b.log.Error("telegram: reply not delivered", "chat", chat, "err", err)
	default:
		b.stats.answered.Add(1)
		b.opts.Metrics.Delivered(platform, "sent")
	}
}

// Send delivers r to chat (a chat id) for the jobs, paced under the Bot
// API's limits, and returns nil once Telegram accepted every part of it. A
// chat that blocked or removed the bot, or no longer exists, gives an
// error wrapping bot.ErrChatGone; a message Telegram may have shown (the
// connection broke after it went out, or only its first parts were
// accepted), one wrapping bot.ErrUncertain.
func (b *Bot) Send(ctx context.Context, chat string, r bot.Reply) error {
	id, err := strconv.ParseInt(chat, 10, 64)
	if err != nil {
		return fmt.Errorf("telegram: send: chat %q is not a Telegram chat id: %w", chat, bot.ErrChatGone)
	}
	if err := b.sendReply(ctx, id, 0, r); err != nil {
		return wrapSendErr(chat, err)
	}
	return nil
}

var _ bot.Sender = (*Bot)(nil)

// sendReply renders r and sends its messages in order, the first one as
// a reply to message replyTo (0: none), the choices as an inline keyboard
// under the last one.
func (b *Bot) sendReply(ctx context.Context, chat int64, replyTo int, r bot.Reply) error {
	msgs := renderHTML(r, MaxMessageLen)
	keyboard := b.keyboard(r.Choices)
	for i, text := range msgs {
		cfg := tgbotapi.NewMessage(chat, text)
		cfg.ParseMode = tgbotapi.ModeHTML
		cfg.DisableWebPagePreview = true
		if i == 0 && replyTo != 0 {
			cfg.ReplyToMessageID = replyTo
			cfg.AllowSendingWithoutReply = true
		}
		if i == len(msgs)-1 && keyboard != nil {
			cfg.ReplyMarkup = *keyboard
		}
		err := b.send(ctx, cfg)
		switch {
		case err != nil && i > 0 && !errors.Is(err, bot.ErrUncertain):
			return fmt.Errorf("telegram: delivered in part (%d of %d messages): %w: %w", i, len(msgs), bot.ErrUncertain, err)
		case err != nil:
			return err
		}
	}
	return nil
}

// errUncertainSend marks the error of a message whose request went out
// and whose fate no answer told.
var errUncertainSend = errors.New("telegram: no answer after the message went out")

// send sends one message: paced, retried on flood control (after the
// retry_after Telegram asks for), server errors and connections that
// failed before the request went out, re-sent as plain text if Telegram
// cannot parse its HTML, and to the new chat id of a group that became a
// supergroup. A 2xx answer is success even if its body is unreadable; a
// request that went out with no answer telling its fate is never sent
// again: it is counted and its error wraps bot.ErrUncertain.
func (b *Bot) send(ctx context.Context, cfg tgbotapi.MessageConfig) error {
	for attempt := 1; ; attempt++ {
		answered, err := b.pacer.wait(ctx, cfg.ChatID)
		if err != nil {
			return fmt.Errorf("telegram: sendMessage: %w", err)
		}
		call, cancel := context.WithTimeout(ctx, callTimeout)
		call, x := withExchange(call)
		_, err = b.api(call).Send(cfg)
		cancel()
		answered()
		err = redact(err, b.cfg.Token)
		switch x.outcome(err) {
		case accepted:
			if err != nil {
				b.log.Warn("telegram: sendMessage accepted; its answer was unreadable", "chat", cfg.ChatID, "err", err)
			}
			return nil
		case uncertain:
			b.stats.uncertain.Add(1)
			b.log.Warn("telegram: sendMessage went out with no answer; not sent again", "chat", cfg.ChatID, "err", err)
			return fmt.Errorf("telegram: sendMessage: %w: %w: %w", bot.ErrUncertain, errUncertainSend, err)
		}
		if ctx.Err() != nil || attempt >= maxAttempts {
			return fmt.Errorf("telegram: sendMessage: %w", err)
		}
		e, isAPI := apiError(err)
		switch {
		case isAPI && e.MigrateToChatID != 0:
			b.log.Info("telegram: group migrated to a supergroup", "from", cfg.ChatID, "to", e.MigrateToChatID)
			cfg.ChatID = e.MigrateToChatID
			continue
		case isAPI && e.Code == http.StatusBadRequest && strings.Contains(e.Message, "parse entities") && cfg.ParseMode != "":
			b.log.Error("telegram: HTML rejected; sending as plain text", "err", err)
			cfg.Text, cfg.ParseMode = plainText(cfg.Text), ""
			continue
		case !retryable(err):
			return fmt.Errorf("telegram: sendMessage: %w", err)
		}
		b.opts.Metrics.Delivered(platform, "retried")
		if isAPI && e.Code == http.StatusTooManyRequests {
			b.opts.Metrics.Throttled(platform)
		}
		wait := time.Duration(attempt) * time.Second
		if isAPI && e.RetryAfter > 0 {
			wait = time.Duration(e.RetryAfter) * time.Second
			b.pacer.hold(b.clock.Now().Add(wait))
		}
		b.log.Warn("telegram: sendMessage failed; retrying", "chat", cfg.ChatID, "err", err, "in", wait)
		if serr := b.clock.Sleep(ctx, wait); serr != nil {
			return fmt.Errorf("telegram: sendMessage: %w", errors.Join(serr, err))
		}
	}
}

// plainText turns the renderer's HTML back into the text it shows.
func plainText(h string) string {
	return html.UnescapeString(markup.Replace(h))
}

// markup removes the only tags the renderer writes.
var markup = strings.NewReplacer("<b>", "", "</b>", "", "<i>", "", "</i>", "")

// keyboard returns the inline keyboard offering choices, one per row, or
// nil when there are none.
func (b *Bot) keyboard(choices []bot.Choice) *tgbotapi.InlineKeyboardMarkup {
	if len(choices) == 0 {
		return nil
	}
	rows := make([][]tgbotapi.InlineKeyboardButton, 0, len(choices))
	for _, c := range choices {
		label := truncateRunes(strings.ReplaceAll(clean(c.Label), "\n", " "), 64)
		rows = append(rows, tgbotapi.NewInlineKeyboardRow(
			tgbotapi.NewInlineKeyboardButtonData(label, b.picks.data(c.Command))))
	}
	kb := tgbotapi.NewInlineKeyboardMarkup(rows...)
	return &kb
}

// truncateRunes cuts s to at most n runes, ending with "…" when cut.
func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
