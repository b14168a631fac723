package telegram

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// allowedUpdates are the update kinds the bot asks for; any other kind
// that still arrives is ignored.
var allowedUpdates = []string{"message", "callback_query"}

// maxBackoff bounds the wait between failed getUpdates calls.
const maxBackoff = 30 * time.Second

// pollPause is how long poll waits before asking again while updates are
// still being handled and Telegram has nothing new (it hands back those
// updates at once, unconfirmed), unless one is handled sooner.
const pollPause = time.Second

// poll receives updates by long polling until ctx is done. Each call
// confirms only the updates handled below the oldest still being handled
// (the ledger's offset). It fails only when the Bot API refuses the token.
func (b *Bot) poll(ctx context.Context, d *dispatcher, l *ledger) error {
	cfg := tgbotapi.UpdateConfig{
		Timeout:        int((b.opts.PollTimeout + time.Second - 1) / time.Second),
		AllowedUpdates: allowedUpdates,
	}
	var backoff time.Duration
	webhookDeleted := false
	for ctx.Err() == nil {
		call, cancel := context.WithTimeout(ctx, b.opts.PollTimeout+callTimeout)
		uc := cfg
		uc.Offset = l.offset()
		if backoff > 0 {
			// After a failure, a call that does not wait for updates shows
			// at once that Telegram answers again (Health).
			uc.Timeout = 0
		}
		updates, err := b.api(call).GetUpdates(uc)
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			err = redact(err, b.cfg.Token)
			wait := nextBackoff(backoff)
			if e, ok := apiError(err); ok {
				switch {
				case e.Code == http.StatusUnauthorized || e.Code == http.StatusNotFound:
					return fmt.Errorf("telegram: getUpdates: %w", err)
				case e.Code == http.StatusConflict && !webhookDeleted && strings.Contains(strings.ToLower(e.Message), "webhook"):
					// A webhook left by an earlier configuration: polling wins.
					webhookDeleted = true
					b.deleteWebhook(ctx)
					continue
				case e.RetryAfter > 0:
					wait = time.Duration(e.RetryAfter) * time.Second
				}
			}
			backoff = wait
			b.setHealth(err)
			b.log.Warn("telegram: getUpdates failed; retrying", "err", err, "in", wait)
			if b.clock.Sleep(ctx, wait) != nil {
				break
			}
			continue
		}
		backoff = 0
		l.confirmed(uc.Offset)
		b.setHealth(nil)
		fresh := false
		for _, u := range updates {
			if !l.receive(u.UpdateID) {
				continue // being handled, or handled already
			}
			fresh = true
			if !b.accept(d, u) {
				b.markHandled(l, u.UpdateID) // ignored: nothing to do
			}
		}
		if busy, next := l.waiting(); busy && !fresh {
			b.pause(ctx, next)
		}
	}
	return nil
}

// pause waits until next is closed (an update was handled), pollPause
// passed or ctx is done.
func (b *Bot) pause(ctx context.Context, next <-chan struct{}) {
	t := time.NewTimer(pollPause)
	defer t.Stop()
	select {
	case <-next:
	case <-t.C:
	case <-ctx.Done():
	}
}

// markHandled records in the ledger that an update was handled.
func (b *Bot) markHandled(l *ledger, id int) {
	if err := l.handled(id); err != nil {
		b.log.Error("telegram: cannot write the journal of updates handled; after a crash some may be answered twice", "err", err)
	}
}

// nextBackoff doubles the wait after a failure, from one second up to
// maxBackoff.
func nextBackoff(d time.Duration) time.Duration {
	if d <= 0 {
		return time.Second
	}
	return min(2*d, maxBackoff)
}

// confirm tells the Bot API that every update before offset was handled,
// so that a restart does not receive them again.
func (b *Bot) confirm(ctx context.Context, offset int) {
	call, cancel := context.WithTimeout(context.WithoutCancel(ctx), 500*time.Millisecond)
	defer cancel()
	_, err := b.api(call).GetUpdates(tgbotapi.UpdateConfig{Offset: offset, Limit: 1, AllowedUpdates: allowedUpdates})
	if err != nil {
		b.log.Warn("telegram: could not confirm the last updates; they may be answered again", "err", redact(err, b.cfg.Token))
	}
}

// deleteWebhook removes a webhook so that getUpdates works.
func (b *Bot) deleteWebhook(ctx context.Context) {
	b.log.Warn("telegram: a webhook is set; deleting it to poll for updates")
	call, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	if _, err := b.api(call).Request(tgbotapi.DeleteWebhookConfig{}); err != nil {
		b.log.Error("telegram: deleteWebhook", "err", redact(err, b.cfg.Token))
	}
}

// accept queues an update for its chat and reports true, or counts it as
// ignored: a kind the bot does not answer, one seen already, or too many
// waiting in its chat.
func (b *Bot) accept(d *dispatcher, u tgbotapi.Update) bool {
	b.stats.updates.Add(1)
	var chat int64
	switch {
	case u.Message != nil && u.Message.Chat != nil:
		chat = u.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.Message != nil && u.CallbackQuery.Message.Chat != nil:
		chat = u.CallbackQuery.Message.Chat.ID
	case u.CallbackQuery != nil:
		chat = 0 // an inline message: answered, nothing sent
	default:
		b.stats.ignored.Add(1)
		return false
	}
	if !b.seen.add(u.UpdateID) {
		b.stats.ignored.Add(1)
		return false
	}
	if !d.push(chat, u) {
		b.stats.ignored.Add(1)
		b.log.Warn("telegram: too many updates waiting in a chat; dropping one", "chat", chat)
		return false
	}
	return true
}
