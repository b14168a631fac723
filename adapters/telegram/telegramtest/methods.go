package telegramtest

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// maxMessageLen is Telegram's limit on a message's text, after parsing.
const maxMessageLen = 4096

func badRequest(desc string) *Fault { return &Fault{Code: 400, Description: "Bad Request: " + desc} }

// call runs one Bot API method.
func (s *Server) call(ctx context.Context, method string, p map[string]string) (any, *Fault) {
	switch method {
	case "getMe":
		return s.Bot, nil
	case "getUpdates":
		return s.getUpdates(ctx, p)
	case "sendMessage":
		return s.sendMessage(p)
	case "answerCallbackQuery":
		if p["callback_query_id"] == "" {
			return nil, badRequest("query is too old and response timeout expired or query ID is invalid")
		}
		s.mu.Lock()
		s.callbacks = append(s.callbacks, tgbotapi.CallbackConfig{CallbackQueryID: p["callback_query_id"], Text: p["text"]})
		s.notify()
		s.mu.Unlock()
		return true, nil
	case "setMyCommands":
		var cmds []tgbotapi.BotCommand
		if err := json.Unmarshal([]byte(p["commands"]), &cmds); err != nil {
			return nil, badRequest("can't parse commands JSON object")
		}
		var scope tgbotapi.BotCommandScope
		if p["scope"] != "" {
			if err := json.Unmarshal([]byte(p["scope"]), &scope); err != nil {
				return nil, badRequest("can't parse BotCommandScope JSON object")
			}
		}
		for _, c := range cmds {
			if c.Command == "" || len(c.Command) > 32 || strings.ToLower(c.Command) != c.Command ||
				c.Description == "" || len([]rune(c.Description)) > 256 {
				return nil, badRequest("BOT_COMMAND_INVALID")
			}
		}
		s.mu.Lock()
		s.commands[commandKey(p["language_code"], scope.ChatID)] = cmds
		s.notify()
		s.mu.Unlock()
		return true, nil
	case "getChatMember":
		chat, _ := strconv.ParseInt(p["chat_id"], 10, 64)
		user, _ := strconv.ParseInt(p["user_id"], 10, 64)
		if chat == 0 || user == 0 {
			return nil, badRequest("chat not found")
		}
		s.mu.Lock()
		status := s.members[[2]int64{chat, user}]
		s.mu.Unlock()
		if status == "" {
			status = "member"
		}
		return tgbotapi.ChatMember{User: &tgbotapi.User{ID: user}, Status: status}, nil
	case "getFile":
		s.mu.Lock()
		defer s.mu.Unlock()
		data, ok := s.files[p["file_id"]]
		if !ok {
			return nil, badRequest("invalid file_id")
		}
		for path, id := range s.paths {
			if id == p["file_id"] {
				return tgbotapi.File{FileID: id, FileUniqueID: "u" + id, FileSize: len(data), FilePath: path}, nil
			}
		}
		return nil, badRequest("invalid file_id")
	case "setWebhook":
		s.mu.Lock()
		s.webhook, s.secret = p["url"], p["secret_token"]
		s.notify()
		s.mu.Unlock()
		return true, nil
	case "deleteWebhook":
		s.mu.Lock()
		s.webhook, s.secret = "", ""
		s.notify()
		s.mu.Unlock()
		return true, nil
	}
	return nil, &Fault{Code: 404, Description: "Not Found"}
}

// getUpdates confirms the updates before offset, then returns the pending
// ones, waiting up to timeout seconds for one to arrive.
func (s *Server) getUpdates(ctx context.Context, p map[string]string) (any, *Fault) {
	offset, _ := strconv.Atoi(p["offset"])
	limit, _ := strconv.Atoi(p["limit"])
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	timeout, _ := strconv.Atoi(p["timeout"])
	deadline := time.NewTimer(time.Duration(timeout) * time.Second)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		if s.webhook != "" {
			s.mu.Unlock()
			return nil, &Fault{Code: 409, Description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"}
		}
		for len(s.ids) > 0 && s.ids[0] < offset {
			s.ids, s.updates = s.ids[1:], s.updates[1:]
		}
		n := min(limit, len(s.updates))
		out := append([]json.RawMessage{}, s.updates[:n]...)
		ch := s.changed
		s.mu.Unlock()
		if n > 0 || timeout <= 0 {
			return out, nil
		}
		select {
		case <-ch:
		case <-deadline.C:
			return []json.RawMessage{}, nil
		case <-ctx.Done():
			return []json.RawMessage{}, nil
		case <-s.closing:
			return []json.RawMessage{}, nil
		}
	}
}

// sendMessage validates and records a message.
func (s *Server) sendMessage(p map[string]string) (any, *Fault) {
	chat, err := strconv.ParseInt(p["chat_id"], 10, 64)
	if err != nil || chat == 0 {
		return nil, badRequest("chat_id is empty")
	}
	text := p["text"]
	shown := text
	mode := p["parse_mode"]
	if strings.EqualFold(mode, "HTML") {
		if shown, err = ParseHTML(text); err != nil {
			return nil, badRequest(err.Error())
		}
	}
	if strings.TrimSpace(shown) == "" {
		return nil, badRequest("message text is empty")
	}
	if utf16Len(shown) > maxMessageLen {
		return nil, badRequest("message is too long")
	}
	var buttons []Button
	if m := p["reply_markup"]; m != "" {
		var kb tgbotapi.InlineKeyboardMarkup
		if err := json.Unmarshal([]byte(m), &kb); err != nil {
			return nil, badRequest("can't parse reply keyboard markup JSON object")
		}
		for _, row := range kb.InlineKeyboard {
			for _, b := range row {
				if b.CallbackData == nil || *b.CallbackData == "" || len(*b.CallbackData) > 64 {
					return nil, badRequest("BUTTON_DATA_INVALID")
				}
				if b.Text == "" {
					return nil, badRequest("text buttons are unallowed in the inline keyboard")
				}
				buttons = append(buttons, Button{Text: b.Text, Data: *b.CallbackData})
			}
		}
	}
	replyTo, _ := strconv.Atoi(p["reply_to_message_id"])

	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.chatFault[chat]; ok {
		return nil, &f
	}
	s.nextMsg++
	s.sent = append(s.sent, Sent{
		MessageID: s.nextMsg, ChatID: chat, Text: text, Shown: shown,
		ParseMode: mode, ReplyTo: replyTo, Buttons: buttons,
	})
	s.notify()
	chatType := "private"
	if chat < 0 {
		chatType = "supergroup"
	}
	return tgbotapi.Message{
		MessageID: s.nextMsg,
		From:      &s.Bot,
		Date:      int(time.Now().Unix()),
		Chat:      &tgbotapi.Chat{ID: chat, Type: chatType},
		Text:      shown,
	}, nil
}
