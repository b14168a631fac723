package telegram

import (
	"context"
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"unicode"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mercato-bot/mercato/bot"
)

// handle answers one update and reports whether it was handled: not when
// the shutdown came before it ended. A panic answering it is logged, never
// fatal, and the update counts as handled.
func (b *Bot) handle(ctx context.Context, u tgbotapi.Update) (handled bool) {
	defer func() {
		if p := recover(); p != nil {
			b.stats.undelivered.Add(1)
			b.log.Error("telegram: panic answering an update", "update", u.UpdateID, "panic", p, "stack", string(debug.Stack()))
			handled = true // handling it again would panic again
		}
	}()
	if ctx.Err() != nil {
		b.stats.undelivered.Add(1)
		b.log.Warn("telegram: shutting down; update left unanswered", "update", u.UpdateID)
		return false
	}
	switch {
	case u.Message != nil:
		b.onMessage(ctx, u.Message)
	case u.CallbackQuery != nil:
		b.onCallback(ctx, u.CallbackQuery)
	}
	if ctx.Err() != nil {
		b.log.Warn("telegram: shutting down; update cut short, handled again after a restart", "update", u.UpdateID)
		return false
	}
	return true
}

// onMessage answers a message addressed to the bot: anything in a private
// chat; in a group, a command (for this bot), a message that mentions the
// bot, or a reply to one of the bot's messages.
func (b *Bot) onMessage(ctx context.Context, m *tgbotapi.Message) {
	text, ok := b.addressed(m)
	if !ok {
		b.stats.ignored.Add(1)
		return
	}
	from := m.From
	if from == nil { // sent on behalf of a chat (anonymous group admin)
		from = &tgbotapi.User{ID: m.Chat.ID}
	}
	replyTo := 0
	if !m.Chat.IsPrivate() {
		replyTo = m.MessageID
	}
	if name, _, args, ok := parseCommand(text); ok && name == "ingest" {
		b.ingest(ctx, m, from, args, replyTo)
		return
	}
	b.answer(ctx, m.Chat, from, anonymousAdmin(m), text, replyTo)
}

// addressed returns the text of m to answer, a command normalized to
// "/name args", and whether the bot should answer at all.
func (b *Bot) addressed(m *tgbotapi.Message) (string, bool) {
	if m.Chat == nil || m.Chat.IsChannel() || (m.From != nil && m.From.IsBot) {
		return "", false
	}
	text := m.Text
	if text == "" {
		text = m.Caption
	}
	text = strings.TrimSpace(clean(text))
	private := m.Chat.IsPrivate()
	if name, at, args, ok := parseCommand(text); ok {
		if at != "" && !strings.EqualFold(at, b.self.UserName) {
			return "", false // for another bot
		}
		if name == "start" {
			name = "help"
		}
		if args == "" {
			return "/" + name, true
		}
		return "/" + name + " " + args, true
	}
	if text == "" {
		// A document alone, in private: an admin feeding articles.
		return "/ingest", private && m.Document != nil
	}
	rest, mentioned := b.stripMention(text)
	switch {
	case mentioned && rest == "":
		return "/help", true
	case private || mentioned:
		return rest, rest != ""
	case m.ReplyToMessage != nil && m.ReplyToMessage.From != nil && m.ReplyToMessage.From.ID == b.self.ID:
		return text, true
	}
	return "", false
}

// stripMention removes the mentions of the bot (@username, any case) from
// text and reports whether there was one.
func (b *Bot) stripMention(text string) (string, bool) {
	if b.self.UserName == "" {
		return text, false
	}
	mention := "@" + strings.ToLower(b.self.UserName)
	lower := strings.ToLower(text)
	var out strings.Builder
	found := false
	for {
		i := strings.Index(lower, mention)
		if i < 0 {
			break
		}
		end := i + len(mention)
		if end < len(lower) && isNameByte(lower[end]) { // @mercatobot2 is someone else
			out.WriteString(text[:end])
			text, lower = text[end:], lower[end:]
			continue
		}
		found = true
		out.WriteString(text[:i])
		for end < len(lower) && strings.IndexByte(",:;", lower[end]) >= 0 {
			end++
		}
		text, lower = text[end:], lower[end:]
	}
	out.WriteString(text)
	return strings.Join(strings.Fields(out.String()), " "), found
}

// isNameByte reports whether c may be part of a Telegram username.
func isNameByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// parseCommand splits "/name@bot args" into its lower-cased name, the
// bot's username after @ if any, and the arguments (trimmed; newlines
// kept). Names are 1 to 32 letters, digits or underscores.
func parseCommand(text string) (name, at, args string, ok bool) {
	if !strings.HasPrefix(text, "/") {
		return "", "", "", false
	}
	head, rest := text[1:], ""
	if i := strings.IndexFunc(head, unicode.IsSpace); i >= 0 {
		head, rest = head[:i], head[i:]
	}
	if i := strings.IndexByte(head, '@'); i >= 0 {
		head, at = head[:i], head[i+1:]
		if at == "" {
			return "", "", "", false
		}
	}
	if head == "" || len(head) > 32 {
		return "", "", "", false
	}
	for i := 0; i < len(head); i++ {
		if !isNameByte(head[i]) {
			return "", "", "", false
		}
	}
	return strings.ToLower(head), at, strings.TrimSpace(rest), true
}

// anonymousAdmin reports whether m was sent by an anonymous administrator
// of its group (on behalf of the group itself).
func anonymousAdmin(m *tgbotapi.Message) bool {
	return m.SenderChat != nil && m.Chat != nil && m.SenderChat.ID == m.Chat.ID
}

// answer serves text from user in chat and sends the reply.
func (b *Bot) answer(ctx context.Context, chat *tgbotapi.Chat, from *tgbotapi.User, anonAdmin bool, text string, replyTo int) {
	req := b.request(chat, from, anonAdmin, text)
	r := b.router.Serve(ctx, req)
	b.deliver(ctx, chat.ID, replyTo, r)
}

// request builds the router's request for text from user in chat.
func (b *Bot) request(chat *tgbotapi.Chat, from *tgbotapi.User, anonAdmin bool, text string) *bot.Request {
	req := &bot.Request{
		Platform: "telegram",
		Chat:     strconv.FormatInt(chat.ID, 10),
		User:     strconv.FormatInt(from.ID, 10),
		Text:     text,
		Lang:     from.LanguageCode,
		Admin:    b.admins[from.ID],
	}
	if !chat.IsPrivate() {
		chatID, userID := chat.ID, from.ID
		req.CanManage = func(ctx context.Context) (bool, error) {
			if anonAdmin {
				return true, nil
			}
			return b.isChatAdmin(ctx, chatID, userID)
		}
	}
	return req
}

// isChatAdmin reports whether user is the creator or an administrator of
// chat (getChatMember).
func (b *Bot) isChatAdmin(ctx context.Context, chat, user int64) (bool, error) {
	call, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	m, err := b.api(call).GetChatMember(tgbotapi.GetChatMemberConfig{
		ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: chat, UserID: user},
	})
	if err != nil {
		return false, fmt.Errorf("telegram: getChatMember: %w", redact(err, b.cfg.Token))
	}
	return m.IsCreator() || m.IsAdministrator(), nil
}
