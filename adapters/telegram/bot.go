package telegram

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mercato-bot/mercato/bot"
)

// Router answers requests and lists the commands; *bot.Router implements it.
type Router interface {
	Serve(ctx context.Context, req *bot.Request) bot.Reply
	Commands() []bot.Command
}

// The defaults of Options.
const (
	DefaultPollTimeout   = 30 * time.Second
	DefaultShutdownGrace = 3 * time.Second
	connectTimeout       = 30 * time.Second // getMe at start
	callTimeout          = 30 * time.Second // any call but getUpdates
)

// Options tune a Bot; the zero value is right for production.
type Options struct {
	Log        *slog.Logger // nil: slog.Default()
	HTTPClient *http.Client // nil: a new client; every call has its own deadline
	// PollTimeout is the long polling timeout of getUpdates. Zero:
	// DefaultPollTimeout.
	PollTimeout time.Duration
	// ShutdownGrace is how long the replies in flight may still take once
	// Run's context is done. Zero: DefaultShutdownGrace.
	ShutdownGrace time.Duration
	// HTMLText, if set, turns an HTML document given to /ingest into the
	// article's text; nil: the HTML goes to the router as it is.
	HTMLText func(src string) string
	// Journal is the file that remembers, across restarts, which of the
	// updates Telegram may hand back were handled (long polling only).
	// Empty: none, and a restart after a crash may answer again an
	// update handled while an earlier one was still being handled.
	Journal string
	// Claim, if set, is asked before a webhook update is handled: false
	// means another replica sharing the knowledge base took it, and it is
	// not answered here. Several replicas may then serve one webhook.
	// An error is logged and the update handled.
	Claim func(ctx context.Context, updateID int) (bool, error)
	// Listener, if set, serves the webhook instead of listening on
	// Config.Webhook.Listen (tests).
	Listener net.Listener
	// Metrics counts the replies delivered, the waits under the Bot API's
	// limits and its 429s; nil records nothing.
	Metrics Metrics

	clock clock // nil: the wall clock
}

// Bot is the Telegram adapter: Run answers the updates; Send delivers the
// jobs' messages. It is safe for concurrent use.
type Bot struct {
	cfg    Config
	router Router
	opts   Options
	log    *slog.Logger
	api    func(context.Context) sdk // the SDK with each call's context
	self   tgbotapi.User
	http   *http.Client
	clock  clock
	pacer  *pacer
	admins map[int64]bool
	picks  *choices
	seen   *recent
	health atomic.Pointer[error] // Health

	stats struct {
		updates, ignored, answered, undelivered, uncertain, rejected atomic.Int64
	}
}

// Stats counts what a Bot did since it started.
type Stats struct {
	Updates     int64 // updates received
	Ignored     int64 // updates of a kind or in a chat the bot does not answer
	Answered    int64 // replies delivered
	Undelivered int64 // replies Telegram did not accept, logged
	// Uncertain counts the messages (replies and the jobs' messages) that
	// Telegram may have shown although no answer said so: the connection
	// broke after the request was written. They are not sent again.
	Uncertain int64
	Rejected  int64 // webhook requests refused: bad secret or malformed
}

// New connects to the Bot API with cfg's token (getMe, bounded by ctx and
// connectTimeout) and returns the bot, ready to Run and to Send.
func New(ctx context.Context, cfg Config, router Router, opts Options) (*Bot, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.HTTPClient == nil {
		opts.HTTPClient = &http.Client{}
	}
	if opts.PollTimeout <= 0 {
		opts.PollTimeout = DefaultPollTimeout
	}
	if opts.ShutdownGrace <= 0 {
		opts.ShutdownGrace = DefaultShutdownGrace
	}
	if opts.clock == nil {
		opts.clock = realClock{}
	}
	if opts.Metrics == nil {
		opts.Metrics = noMetrics{}
	}
	if cfg.MaxDocumentBytes <= 0 {
		cfg.MaxDocumentBytes = DefaultMaxDocumentBytes
	}
	ctx, cancel := context.WithTimeout(ctx, connectTimeout)
	defer cancel()
	api, self, err := newSDK(ctx, cfg.Token, cfg.APIEndpoint, opts.HTTPClient)
	if err != nil {
		return nil, err
	}
	b := &Bot{
		cfg:    cfg,
		router: router,
		opts:   opts,
		log:    opts.Log.With("platform", "telegram"),
		api:    api,
		self:   self,
		http:   opts.HTTPClient,
		clock:  opts.clock,
		pacer:  newPacer(opts.clock, func() { opts.Metrics.Waited(platform) }),
		admins: map[int64]bool{},
		picks:  newChoices(),
		seen:   newRecent(4096),
	}
	for _, id := range cfg.Admins {
		b.admins[id] = true
	}
	if cfg.Webhook != nil {
		b.setHealth(errNoWebhook)
	}
	return b, nil
}

// finish lets the updates in flight be handled for up to the shutdown
// grace, then cancels them (stop) and waits for them.
func (b *Bot) finish(d *dispatcher, stop context.CancelFunc) {
	grace := time.NewTimer(b.opts.ShutdownGrace)
	defer grace.Stop()
	select {
	case <-d.idle():
	case <-grace.C:
		b.log.Warn("telegram: replies still in flight at the end of the shutdown grace; cancelling them")
		stop()
		<-d.idle()
	}
}

// UserName is the bot's username, as getMe reported it.
func (b *Bot) UserName() string { return b.self.UserName }

// Stats returns the counts so far.
func (b *Bot) Stats() Stats {
	return Stats{
		Updates:     b.stats.updates.Load(),
		Ignored:     b.stats.ignored.Load(),
		Answered:    b.stats.answered.Load(),
		Undelivered: b.stats.undelivered.Load(),
		Uncertain:   b.stats.uncertain.Load(),
		Rejected:    b.stats.rejected.Load(),
	}
}

// Run registers the commands, then answers updates by long polling or
// webhook until ctx is done; it then stops receiving, lets the replies in
// flight finish for up to the shutdown grace and returns. It returns an
// error only when updates cannot be received at all (token revoked,
// webhook address taken).
func (b *Bot) Run(ctx context.Context) error {
	b.log.Info("telegram: connected", "bot", b.self.UserName)
	b.setCommands(ctx)

	work, stop := context.WithCancel(context.WithoutCancel(ctx))
	defer stop()
	var err error
	if b.cfg.Webhook != nil {
		d := newDispatcher(work, func(ctx context.Context, u tgbotapi.Update) {
			if b.claim(ctx, u.UpdateID) {
				b.handle(ctx, u)
			}
		})
		err = b.serveWebhook(ctx, d)
		b.finish(d, stop)
	} else {
		l, lerr := openLedger(b.opts.Journal)
		if lerr != nil {
			return lerr
		}
		defer l.close()
		d := newDispatcher(work, func(ctx context.Context, u tgbotapi.Update) {
			if b.handle(ctx, u) {
				b.markHandled(l, u.UpdateID)
			}
		})
		err = b.poll(ctx, d, l)
		b.finish(d, stop)
		if off := l.offset(); off > 0 {
			b.confirm(ctx, off)
		}
	}
	b.setHealth(errStopped)
	s := b.Stats()
	b.log.Info("telegram: stopped", "updates", s.Updates, "answered", s.Answered,
		"undelivered", s.Undelivered, "ignored", s.Ignored, "rejected", s.Rejected)
	return err
}

// claim reports whether this replica answers a webhook update
// (Options.Claim).
func (b *Bot) claim(ctx context.Context, id int) bool {
	if b.opts.Claim == nil {
		return true
	}
	ok, err := b.opts.Claim(ctx, id)
	if err != nil {
		b.log.Warn("telegram: cannot claim the update; answered here", "update", id, "err", err)
		return true
	}
	if !ok {
		b.stats.ignored.Add(1)
		b.log.Debug("telegram: update taken by another replica", "update", id)
	}
	return ok
}
