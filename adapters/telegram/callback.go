package telegram

import (
	"context"
	"strconv"
	"strings"
	"sync"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mercato-bot/mercato/bot/i18n"
)

// maxCallbackData is the Bot API's limit on a button's callback data, in bytes.
const maxCallbackData = 64

// maxChoices is how many long commands the choices table remembers.
const maxChoices = 4096

// choices maps the callback data of the choice buttons to the commands
// they run. A command that fits in the callback data is the data itself
// (so buttons outlive a restart); a longer one gets a short key, kept in
// memory for the last maxChoices of them.
type choices struct {
	mu    sync.Mutex
	seq   uint64
	cmds  map[string]string
	order []string // keys, oldest first
}

func newChoices() *choices { return &choices{cmds: map[string]string{}} }

// data returns the callback data for a button that runs cmd.
func (c *choices) data(cmd string) string {
	if strings.HasPrefix(cmd, "/") && len(cmd) <= maxCallbackData {
		return cmd
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	key := "k:" + strconv.FormatUint(c.seq, 36)
	c.cmds[key] = cmd
	c.order = append(c.order, key)
	if len(c.order) > maxChoices {
		delete(c.cmds, c.order[0])
		c.order = c.order[1:]
	}
	return key
}

// command returns the command a button's data runs; false when unknown
// (forgotten, or from before a restart).
func (c *choices) command(data string) (string, bool) {
	if strings.HasPrefix(data, "/") {
		return data, true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	cmd, ok := c.cmds[data]
	return cmd, ok
}

// onCallback answers the press of a choice button: answerCallbackQuery,
// then the chosen answer sent to the chat, as if the user had typed it.
func (b *Bot) onCallback(ctx context.Context, q *tgbotapi.CallbackQuery) {
	lang := ""
	if q.From != nil {
		lang = q.From.LanguageCode
	}
	cmd, ok := b.picks.command(q.Data)
	answer := tgbotapi.NewCallback(q.ID, "")
	if !ok {
		answer.Text = i18n.T(lang, "choice.expired")
	}
	call, cancel := context.WithTimeout(ctx, callTimeout)
	_, err := b.api(call).Request(answer)
	cancel()
	if err != nil {
		b.log.Warn("telegram: answerCallbackQuery", "err", redact(err, b.cfg.Token))
	}
	if !ok || q.From == nil || q.Message == nil || q.Message.Chat == nil {
		b.stats.ignored.Add(1)
		return
	}
	if name, _, _, isCmd := parseCommand(cmd); isCmd && name == "ingest" {
		b.stats.ignored.Add(1) // never from a button
		return
	}
	b.answer(ctx, q.Message.Chat, q.From, false, cmd, 0)
}
