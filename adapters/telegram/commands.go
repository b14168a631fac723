package telegram

import (
	"context"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mercato-bot/mercato/bot"
)

// commandLangs are the languages of the command menus; "" is the menu of
// every other language (English).
var commandLangs = []string{"", "en", "fr", "es", "it", "de"}

// maxCommandDescription is the Bot API's limit on a command's description.
const maxCommandDescription = 256

// setCommands registers the command menus: for everyone, in each language,
// without the admin commands; for each admin's private chat, with them.
// A failure is logged: the bot answers commands without menus too.
func (b *Bot) setCommands(ctx context.Context) {
	cmds := b.router.Commands()
	for _, lang := range commandLangs {
		b.setMyCommands(ctx, tgbotapi.SetMyCommandsConfig{
			Commands:     botCommands(cmds, lang, false),
			LanguageCode: lang,
		})
	}
	for _, admin := range b.cfg.Admins {
		for _, lang := range commandLangs {
			b.setMyCommands(ctx, tgbotapi.SetMyCommandsConfig{
				Commands:     botCommands(cmds, lang, true),
				Scope:        &tgbotapi.BotCommandScope{Type: "chat", ChatID: admin},
				LanguageCode: lang,
			})
		}
	}
}

// setMyCommands calls setMyCommands, logging a failure.
func (b *Bot) setMyCommands(ctx context.Context, cfg tgbotapi.SetMyCommandsConfig) {
	if len(cfg.Commands) == 0 || ctx.Err() != nil {
		return
	}
	call, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	if _, err := b.api(call).Request(cfg); err != nil {
		level := b.log.Warn
		if cfg.Scope != nil { // an admin who never opened a chat with the bot
			level = b.log.Debug
		}
		level("telegram: setMyCommands", "lang", cfg.LanguageCode, "err", redact(err, b.cfg.Token))
	}
}

// botCommands lists cmds for a menu in lang ("" = English), the admin
// commands only when admin is set. Names Telegram would refuse are left
// out; descriptions are cut to the Bot API's limit.
func botCommands(cmds []bot.Command, lang string, admin bool) []tgbotapi.BotCommand {
	var out []tgbotapi.BotCommand
	for _, c := range cmds {
		if c.Admin && !admin || !validCommandName(c.Name) {
			continue
		}
		desc := c.Description[lang]
		if desc == "" {
			desc = c.Description["en"]
		}
		desc = strings.TrimSpace(strings.ReplaceAll(desc, "\n", " "))
		if desc == "" {
			desc = c.Name
		}
		out = append(out, tgbotapi.BotCommand{Command: c.Name, Description: truncateRunes(desc, maxCommandDescription)})
		if len(out) == 100 { // the Bot API's limit
			break
		}
	}
	return out
}

// validCommandName reports whether Telegram accepts name as a command:
// 1 to 32 lower-case letters, digits or underscores.
func validCommandName(name string) bool {
	if name == "" || len(name) > 32 {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c != '_' && (c < '0' || c > '9') && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}
