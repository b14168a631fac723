package bot

import (
	"context"
	"errors"
)

// Request is one message to the bot.
type Request struct {
	Platform string // "console", "telegram", "discord"
	Chat     string // the platform's chat or channel id
	User     string // the platform's user id
	Text     string // "/suitors Kamara", or a question in plain words
	Lang     string // the user's language as the platform reports it, if any

	// Admin is set by the adapter for users allowed to /ingest (from the
	// config's per-platform admin lists; the console user is an admin).
	Admin bool
	// CanManage reports whether the user may change the chat's
	// subscriptions (Telegram: a group administrator; Discord: Manage
	// Channels). Nil means yes (private chats, the console).
	CanManage func(ctx context.Context) (bool, error)
}

// ErrChatGone is returned by a Sender when the chat no longer exists or the
// bot was blocked or removed from it: its subscriptions should be dropped.
var ErrChatGone = errors.New("bot: chat gone")

// ErrUncertain is wrapped by a Sender's error when the platform may have
// shown the message, or part of it, although the send did not succeed:
// the connection broke after the request went out, or a later part of a
// long reply failed. Sending it again could post it twice, so it is not
// resent.
var ErrUncertain = errors.New("bot: delivery uncertain")

// Sender delivers a reply to a chat without a request: the jobs' digests
// and reminders. Send returns nil only once the platform accepted the
// message; an error wrapping ErrUncertain when it may have been shown; any
// other error when the platform cannot have shown it (it may be sent
// again).
type Sender interface {
	Send(ctx context.Context, chat string, r Reply) error
}
