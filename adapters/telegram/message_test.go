package telegram

import (
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// FuzzAddressed feeds arbitrary messages to the addressing rules and the
// command parser: no panic, and a command is always normalized.
func FuzzAddressed(f *testing.F) {
	for _, s := range []string{"/suitors@mercato_bot Kamara", "@mercato_bot who?", "/@", "@", "/start", "hey @MERCATO_BOT, x"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	b := &Bot{self: tgbotapi.User{ID: 1, UserName: "mercato_bot"}}
	f.Fuzz(func(t *testing.T, text string, private bool) {
		chat := &tgbotapi.Chat{ID: -5, Type: "supergroup"}
		if private {
			chat = &tgbotapi.Chat{ID: 5, Type: "private"}
		}
		m := &tgbotapi.Message{Chat: chat, From: &tgbotapi.User{ID: 5}, Text: text}
		got, ok := b.addressed(m)
		if !ok {
			return
		}
		if got == "" {
			t.Fatalf("addressed(%q) = empty text", text)
		}
		if name, at, _, isCmd := parseCommand(got); isCmd && (at != "" || name == "") {
			t.Fatalf("addressed(%q) = %q, not normalized", text, got)
		}
	})
}
