package telegram

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mercato-bot/mercato/bot"
)

// sdk is the part of the Bot API SDK the adapter calls;
// *tgbotapi.BotAPI implements it.
type sdk interface {
	// Request calls the Bot API method of c.
	Request(c tgbotapi.Chattable) (*tgbotapi.APIResponse, error)
	// MakeRequest calls a method the SDK has no config for (setWebhook
	// with a secret token).
	MakeRequest(endpoint string, params tgbotapi.Params) (*tgbotapi.APIResponse, error)
	// Send calls sendMessage and returns the message sent.
	Send(c tgbotapi.Chattable) (tgbotapi.Message, error)
	GetUpdates(c tgbotapi.UpdateConfig) ([]tgbotapi.Update, error)
	GetFile(c tgbotapi.FileConfig) (tgbotapi.File, error)
	GetChatMember(c tgbotapi.GetChatMemberConfig) (tgbotapi.ChatMember, error)
}

// The SDK's calls take no context: the adapter gives each call a copy of
// the BotAPI whose HTTP client carries the call's context.
var _ sdk = (*tgbotapi.BotAPI)(nil)

// ctxClient is an HTTP client that sends every request with its context.
type ctxClient struct {
	ctx    context.Context
	client *http.Client
}

// Do sends req with c's context, recording the exchange when the context
// asks for it.
func (c ctxClient) Do(req *http.Request) (*http.Response, error) {
	req, x := observe(req.WithContext(c.ctx))
	resp, err := c.client.Do(req)
	if x != nil && resp != nil {
		x.answered(resp.StatusCode)
	}
	return resp, err
}

// newSDK connects to the Bot API at endpoint ("" = Telegram's): the SDK
// calls getMe to check the token. It returns the SDK for one context.
func newSDK(ctx context.Context, token, endpoint string, client *http.Client) (func(context.Context) sdk, tgbotapi.User, error) {
	base, err := tgbotapi.NewBotAPIWithClient(token, methodURL(endpoint), ctxClient{ctx, client})
	if err != nil {
		return nil, tgbotapi.User{}, fmt.Errorf("telegram: getMe: %w", redact(err, token))
	}
	return func(ctx context.Context) sdk {
		cp := *base
		cp.Client = ctxClient{ctx, client}
		return &cp
	}, base.Self, nil
}

// methodURL is the SDK's format of a method URL on endpoint: the base URL
// followed by /bot<token>/<method>.
func methodURL(endpoint string) string {
	if endpoint == "" {
		return tgbotapi.APIEndpoint
	}
	return strings.TrimRight(endpoint, "/") + "/bot%s/%s"
}

// fileURL is where a file with path p is downloaded from.
func fileURL(endpoint, token, p string) string {
	if endpoint == "" {
		return fmt.Sprintf(tgbotapi.FileEndpoint, token, p)
	}
	return strings.TrimRight(endpoint, "/") + "/file/bot" + token + "/" + strings.TrimLeft(p, "/")
}

// redact removes the token from err's text: the SDK's and net/http's
// errors quote the URL, and the URL holds the token.
func redact(err error, token string) error {
	if err == nil || token == "" || !strings.Contains(err.Error(), token) {
		return err
	}
	return redactedError{err, token}
}

// redactedError is an error whose text hides the bot token.
type redactedError struct {
	err   error
	token string
}

func (e redactedError) Error() string { return strings.ReplaceAll(e.err.Error(), e.token, "<token>") }
func (e redactedError) Unwrap() error { return e.err }

// apiError returns the Bot API's error envelope in err, if any.
func apiError(err error) (*tgbotapi.Error, bool) {
	var e *tgbotapi.Error
	if errors.As(err, &e) {
		return e, true
	}
	var v tgbotapi.Error
	if errors.As(err, &v) {
		return &v, true
	}
	return nil, false
}

// chatGone reports whether err says the chat cannot be written to any
// more: the bot was blocked, kicked or the chat deleted.
func chatGone(err error) bool {
	e, ok := apiError(err)
	if !ok {
		return false
	}
	if e.Code == http.StatusForbidden {
		return true
	}
	msg := strings.ToLower(e.Message)
	return e.Code == http.StatusBadRequest &&
		(strings.Contains(msg, "chat not found") || strings.Contains(msg, "group chat was deactivated") ||
			strings.Contains(msg, "user is deactivated") || strings.Contains(msg, "peer_id_invalid"))
}

// retryable reports whether a failed call may succeed if tried again:
// flood control, server errors and transport errors (for sendMessage,
// only those before the request went out: see exchange).
func retryable(err error) bool {
	e, ok := apiError(err)
	if !ok {
		return true // transport error or a malformed answer
	}
	return e.Code == http.StatusTooManyRequests || e.Code >= 500
}

// wrapSendErr wraps err for the jobs: bot.ErrChatGone when the chat is gone.
func wrapSendErr(chat string, err error) error {
	if chatGone(err) {
		return fmt.Errorf("telegram: send to chat %s: %w (%w)", chat, bot.ErrChatGone, err)
	}
	return fmt.Errorf("telegram: send to chat %s: %w", chat, err)
}
