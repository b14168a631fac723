package telegram

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// SecretHeader is the header in which Telegram sends the webhook's secret token.
const SecretHeader = "X-Telegram-Bot-Api-Secret-Token"

// maxUpdateBytes bounds the body of one webhook request.
const maxUpdateBytes = 1 << 20

// serveWebhook receives updates on the webhook until ctx is done: it
// listens, registers the URL and the secret token with setWebhook, then
// shuts the server down, letting the requests being read finish.
func (b *Bot) serveWebhook(ctx context.Context, d *dispatcher) error {
	wh := b.cfg.Webhook
	u, err := url.Parse(wh.URL) // checked by New
	if err != nil {
		return fmt.Errorf("telegram: telegram.webhook.url: %w", err)
	}
	secret := wh.SecretToken
	if secret == "" {
		secret = randomSecret()
	}
	ln := b.opts.Listener
	if ln == nil {
		if ln, err = net.Listen("tcp", wh.Listen); err != nil {
			return fmt.Errorf("telegram: telegram.webhook.listen: %w", err)
		}
	}
	p := u.Path
	if p == "" {
		p = "/"
	}
	mux := http.NewServeMux()
	mux.Handle(p, b.webhookHandler(secret, func(up tgbotapi.Update) { b.accept(d, up) }))
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	if err := b.setWebhook(ctx, wh.URL, secret); err != nil {
		_ = srv.Close()
		<-served
		if ctx.Err() != nil { // stopped while starting (the server may have taken the call)
			return nil
		}
		return err
	}
	b.setHealth(nil)
	b.log.Info("telegram: receiving updates by webhook", "url", wh.URL)

	select {
	case <-ctx.Done():
	case err := <-served:
		return fmt.Errorf("telegram: webhook server: %w", err)
	}
	stop, cancel := context.WithTimeout(context.WithoutCancel(ctx), 500*time.Millisecond)
	defer cancel()
	if err := srv.Shutdown(stop); err != nil {
		_ = srv.Close()
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("telegram: webhook server: %w", err)
	}
	return nil
}

// setWebhook registers the webhook's URL and secret token.
func (b *Bot) setWebhook(ctx context.Context, u, secret string) error {
	allowed, _ := json.Marshal(allowedUpdates)
	call, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	_, err := b.api(call).MakeRequest("setWebhook", tgbotapi.Params{
		"url":             u,
		"secret_token":    secret,
		"allowed_updates": string(allowed),
	})
	if err != nil {
		return fmt.Errorf("telegram: setWebhook: %w", redact(err, b.cfg.Token))
	}
	return nil
}

// randomSecret returns a fresh secret token: 32 hexadecimal digits.
func randomSecret() string {
	var buf [16]byte
	_, _ = rand.Read(buf[:])
	return hex.EncodeToString(buf[:])
}

// webhookHandler accepts the POSTed updates that carry the secret token,
// passing each to accept; it refuses anything else: another method (405),
// a missing or wrong secret (401), a body that is not one update (400).
func (b *Bot) webhookHandler(secret string, accept func(tgbotapi.Update)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			b.stats.rejected.Add(1)
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get(SecretHeader)
		if subtle.ConstantTimeCompare([]byte(got), []byte(secret)) != 1 {
			b.stats.rejected.Add(1)
			b.log.Warn("telegram: webhook request without the secret token refused", "remote", r.RemoteAddr)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		var u tgbotapi.Update
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxUpdateBytes))
		if err := dec.Decode(&u); err != nil || u.UpdateID <= 0 {
			b.stats.rejected.Add(1)
			b.log.Warn("telegram: malformed webhook request refused", "remote", r.RemoteAddr)
			http.Error(w, "malformed update", http.StatusBadRequest)
			return
		}
		accept(u)
		w.WriteHeader(http.StatusOK)
	})
}
