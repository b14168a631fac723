package telegramtest

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Private returns a private chat with user.
func Private(user tgbotapi.User) *tgbotapi.Chat {
	return &tgbotapi.Chat{ID: user.ID, Type: "private", FirstName: user.FirstName, UserName: user.UserName}
}

// Group returns a supergroup with a (negative) id.
func Group(id int64, title string) *tgbotapi.Chat {
	return &tgbotapi.Chat{ID: id, Type: "supergroup", Title: title}
}

// Message returns an update with a text message from user in chat, with
// the entities Telegram would mark: a bot_command at the start, mentions.
func (s *Server) Message(chat *tgbotapi.Chat, from tgbotapi.User, text string) tgbotapi.Update {
	s.mu.Lock()
	s.nextMsg++
	id := s.nextMsg
	s.mu.Unlock()
	return tgbotapi.Update{Message: &tgbotapi.Message{
		MessageID: id,
		From:      &from,
		Date:      int(time.Now().Unix()),
		Chat:      chat,
		Text:      text,
		Entities:  entities(text),
	}}
}

// Press returns an update with the press of a button with data under the
// message msg sent by the bot, by user from.
func (s *Server) Press(msg Sent, from tgbotapi.User, data string) tgbotapi.Update {
	s.mu.Lock()
	s.nextID++
	id := s.nextID
	s.mu.Unlock()
	chatType := "private"
	if msg.ChatID < 0 {
		chatType = "supergroup"
	}
	return tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{
		ID:           "cq" + strconv.Itoa(id),
		From:         &from,
		ChatInstance: "ci" + strconv.FormatInt(msg.ChatID, 10),
		Data:         data,
		Message: &tgbotapi.Message{
			MessageID: msg.MessageID,
			From:      &s.Bot,
			Chat:      &tgbotapi.Chat{ID: msg.ChatID, Type: chatType},
			Text:      msg.Shown,
		},
	}}
}

// entities marks a leading /command and the @mentions, offsets and lengths
// in UTF-16 code units as Telegram counts them.
func entities(text string) []tgbotapi.MessageEntity {
	var out []tgbotapi.MessageEntity
	units := func(s string) int { return len(utf16.Encode([]rune(s))) }
	if strings.HasPrefix(text, "/") {
		end := strings.IndexAny(text, " \n\t")
		if end < 0 {
			end = len(text)
		}
		out = append(out, tgbotapi.MessageEntity{Type: "bot_command", Offset: 0, Length: units(text[:end])})
	}
	for i := 0; i < len(text); i++ {
		if text[i] != '@' || (i > 0 && text[i-1] != ' ' && text[i-1] != '\n') {
			continue
		}
		end := i + 1
		for end < len(text) && (text[end] == '_' || text[end] >= '0' && text[end] <= '9' ||
			text[end] >= 'a' && text[end] <= 'z' || text[end] >= 'A' && text[end] <= 'Z') {
			end++
		}
		if end > i+1 {
			out = append(out, tgbotapi.MessageEntity{Type: "mention", Offset: units(text[:i]), Length: units(text[i:end])})
		}
	}
	return out
}
