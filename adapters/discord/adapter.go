package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/bot/i18n"
)

// api is the part of discordgo the adapter calls; *discordgo.Session has
// it. Tests run the real Session against a fake Discord.
type api interface {
	Open() error
	Close() error
	AddHandler(handler any) func()
	Application(appID string) (*discordgo.Application, error)
	ApplicationCommandBulkOverwrite(appID, guildID string, cmds []*discordgo.ApplicationCommand, options ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
	InteractionRespond(i *discordgo.Interaction, r *discordgo.InteractionResponse, options ...discordgo.RequestOption) error
	InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error)
	InteractionResponseDelete(i *discordgo.Interaction, options ...discordgo.RequestOption) error
	FollowupMessageCreate(i *discordgo.Interaction, wait bool, p *discordgo.WebhookParams, options ...discordgo.RequestOption) (*discordgo.Message, error)
	ChannelMessageSendComplex(channelID string, m *discordgo.MessageSend, options ...discordgo.RequestOption) (*discordgo.Message, error)
}

// Router is what the adapter needs of the bot; *bot.Router has it.
type Router interface {
	bot.Handler
	Commands() []bot.Command
	Complete(ctx context.Context, kind bot.ArgKind, prefix string, n int) []string
}

// intents are the gateway events the bot needs: guilds (to know which ones
// it is in) and direct messages (questions in plain words). Neither is
// privileged: Discord delivers the content of direct messages to a bot
// without the Message Content intent.
const intents = discordgo.IntentsGuilds | discordgo.IntentsDirectMessages

// Timings.
const (
	// deferAfter is how long an answer may take before the interaction is
	// deferred: Discord drops interactions not answered within 3 s.
	deferAfter = 2 * time.Second
	// completeTimeout bounds a lookup for autocompletion.
	completeTimeout = 1500 * time.Millisecond
	// drainTimeout is how long a shutdown waits for the answers in flight
	// before cancelling them; with the gateway closing alongside, Run
	// returns within 5 s.
	drainTimeout = 4 * time.Second
	// pickTTL is how long the choices of a select menu are kept.
	pickTTL = 30 * time.Minute
	// maxPicks bounds the select menus remembered at once.
	maxPicks = 10000
	// maxWork bounds the work for one event: an interaction's token is
	// good for 15 minutes.
	maxWork = 14 * time.Minute
)

// Adapter is the bot on Discord. It is a service for `mercato run` and a
// bot.Sender for the jobs.
type Adapter struct {
	cfg        Config
	router     Router
	log        *slog.Logger
	s          api
	client     *http.Client // downloads /ingest attachments
	cmds       map[string]bot.Command
	now        func() time.Time
	deferAfter time.Duration
	picks      *picks
	guilds     *guildSet
	metrics    Metrics
	htmlText   func(string) string   // WithHTMLText; nil: HTML as it is
	registered bool                  // the commands were registered for it (a shard of Sharded)
	health     atomic.Pointer[error] // Health

	mu       sync.Mutex
	closing  bool
	inflight sync.WaitGroup
	work     context.Context // handlers' context: outlives Run's ctx by the drain
	stopWork context.CancelFunc
}

// New returns the adapter for cfg, in front of router. The token must be
// set (with or without its "Bot " prefix).
func New(cfg Config, router Router, log *slog.Logger, opts ...Option) (*Adapter, error) {
	token := strings.TrimSpace(cfg.Token)
	if token == "" {
		return nil, errors.New("discord: no token")
	}
	if cfg.ShardCount == 0 {
		cfg.ShardCount = 1
	}
	if cfg.ShardCount == ShardsAuto {
		return nil, errors.New("discord: shard_count auto: the shards are leased (NewSharded), not given")
	}
	if cfg.ShardCount < 0 || cfg.ShardID < 0 || cfg.ShardID >= int(cfg.ShardCount) {
		return nil, fmt.Errorf("discord: shard_id %d does not fit shard_count %d", cfg.ShardID, cfg.ShardCount)
	}
	if !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord: %w", err)
	}
	s.Identify.Intents = intents
	s.ShardID, s.ShardCount = cfg.ShardID, int(cfg.ShardCount)
	// Handlers run in order on the gateway's goroutine; each interaction
	// then gets its own goroutine, counted for the shutdown.
	s.SyncEvents = true
	a := newAdapter(cfg, router, log, s, s.Client)
	for _, o := range opts {
		o(a)
	}
	return a, nil
}

// newAdapter wires an adapter over any implementation of api.
func newAdapter(cfg Config, router Router, log *slog.Logger, s api, client *http.Client) *Adapter {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a := &Adapter{
		cfg: cfg, router: router, log: log, s: s, client: client,
		cmds:       map[string]bot.Command{},
		now:        time.Now,
		deferAfter: deferAfter,
		picks:      newPicks(pickTTL, maxPicks),
		guilds:     newGuildSet(),
		metrics:    noMetrics{},
	}
	a.setHealth(errNotReady)
	for _, c := range router.Commands() {
		a.cmds[strings.ToLower(c.Name)] = c
	}
	a.work, a.stopWork = context.WithCancel(context.Background())
	return a
}

// Run registers the commands, connects to the gateway and answers until
// ctx is done; then it closes the gateway, finishes the answers in flight
// and returns within 5 seconds.
func (a *Adapter) Run(ctx context.Context) error {
	app, err := a.s.Application("@me")
	if err != nil {
		return fmt.Errorf("discord: application: %w", err)
	}
	if err := a.registerOnce(ctx, app.ID); err != nil {
		if ctx.Err() != nil {
			return nil // stopped while starting
		}
		return err
	}
	for _, h := range []any{a.onReady, a.onResumed, a.onDisconnect, a.onRateLimit,
		a.onGuildCreate, a.onGuildDelete, a.onInteraction, a.onMessage} {
		defer a.s.AddHandler(h)()
	}
	if err := a.s.Open(); err != nil {
		return fmt.Errorf("discord: gateway: %w", err)
	}
	a.log.Info("discord: connected", "application", app.ID, "shard", a.cfg.ShardID, "shards", a.cfg.ShardCount)
	<-ctx.Done()
	return a.shutdown()
}

// registerOnce registers the commands unless they were for this adapter.
func (a *Adapter) registerOnce(ctx context.Context, appID string) error {
	if a.registered {
		return nil
	}
	return a.register(ctx, appID)
}

// register overwrites the application commands in one call per configured
// guild, or once globally.
func (a *Adapter) register(ctx context.Context, appID string) error {
	cmds := applicationCommands(a.router.Commands())
	guilds := a.cfg.Guilds
	if len(guilds) == 0 {
		guilds = []string{""}
	}
	for _, g := range guilds {
		if _, err := a.s.ApplicationCommandBulkOverwrite(appID, g, cmds, discordgo.WithContext(ctx)); err != nil {
			return fmt.Errorf("discord: register commands (guild %q): %w", g, err)
		}
	}
	a.log.Info("discord: commands registered", "commands", len(cmds), "guilds", a.cfg.Guilds)
	return nil
}

// shutdown stops taking events, closes the gateway and waits for the
// answers in flight, cancelling them after drainTimeout.
func (a *Adapter) shutdown() error {
	a.mu.Lock()
	a.closing = true
	a.mu.Unlock()
	closed := make(chan error, 1)
	go func() { closed <- a.s.Close() }()
	drained := make(chan struct{})
	go func() { a.inflight.Wait(); close(drained) }()
	timer := time.NewTimer(drainTimeout)
	defer timer.Stop()
	select {
	case <-drained:
	case <-timer.C:
		a.log.Warn("discord: answers still running at shutdown; cancelling them")
		a.stopWork()
		timer.Reset(500 * time.Millisecond)
		select {
		case <-drained:
		case <-timer.C:
		}
	}
	a.stopWork()
	if err := <-closed; err != nil {
		return fmt.Errorf("discord: close: %w", err)
	}
	a.log.Info("discord: disconnected")
	return nil
}

// begin counts one more event in flight, or reports false once the
// adapter is shutting down.
func (a *Adapter) begin() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closing {
		return false
	}
	a.inflight.Add(1)
	return true
}

// spawn runs f on its own goroutine as an event in flight, recovering from
// a panic so that one bad event never stops the bot.
func (a *Adapter) spawn(what string, f func(ctx context.Context)) {
	if !a.begin() {
		return
	}
	go func() {
		defer a.inflight.Done()
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("discord: panic", "in", what, "panic", p)
			}
		}()
		ctx, cancel := context.WithTimeout(a.work, maxWork)
		defer cancel()
		f(ctx)
	}()
}

func (a *Adapter) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	a.setHealth(nil)
	for _, g := range r.Guilds {
		a.guilds.add(g.ID)
	}
}

func (a *Adapter) onGuildCreate(_ *discordgo.Session, g *discordgo.GuildCreate) {
	if g.Guild != nil {
		a.guilds.add(g.ID)
	}
}

func (a *Adapter) onGuildDelete(_ *discordgo.Session, g *discordgo.GuildDelete) {
	// Unavailable means an outage, not that the bot left.
	if g.Guild != nil && !g.Unavailable {
		a.guilds.remove(g.ID)
	}
}

func (a *Adapter) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic.Interaction == nil {
		return
	}
	a.spawn("interaction", func(ctx context.Context) { a.interaction(ctx, ic.Interaction) })
}

// isAdmin reports whether a user, or one of their roles, is a configured
// admin.
func (a *Adapter) isAdmin(user string, roles []string) bool {
	if user != "" && slices.Contains(a.cfg.Admins, user) {
		return true
	}
	for _, r := range roles {
		if slices.Contains(a.cfg.AdminRoles, r) {
			return true
		}
	}
	return false
}

// serve asks the router, turning a panic into a short error reply.
func (a *Adapter) serve(ctx context.Context, req *bot.Request) (r bot.Reply) {
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("discord: router panic", "text", req.Text, "panic", p)
			r = bot.Reply{Error: true, Lang: req.Lang, Lines: []string{i18n.T(req.Lang, "err.failed")}}
		}
	}()
	return a.router.Serve(ctx, req)
}

// guildSet is the guilds the bot is in, from READY and guild events.
type guildSet struct {
	mu sync.Mutex
	m  map[string]bool
}

func newGuildSet() *guildSet { return &guildSet{m: map[string]bool{}} }

func (g *guildSet) add(id string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.m[id] = true
}

func (g *guildSet) remove(id string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	delete(g.m, id)
}

func (g *guildSet) has(id string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.m[id]
}
