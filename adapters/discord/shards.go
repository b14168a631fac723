package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
)

// Leases hands a bot's shards out among the replicas sharing a database:
// each shard to one replica at a time, for a while renewed by its holder.
// The PostgreSQL store has them; on one machine every shard is this
// process's (AllShards).
type Leases interface {
	// Hold renews this replica's leases and takes free or expired shards;
	// it returns the shard count in use (recommended when none is yet)
	// and the shards this replica holds now.
	Hold(ctx context.Context, recommended int) (count int, held []int, err error)
	// Release frees this replica's shards for the others.
	Release(ctx context.Context) error
}

// AllShards is the Leases of a process alone: it holds every shard of the
// recommended count.
type AllShards struct{}

// Hold returns every shard of recommended.
func (AllShards) Hold(_ context.Context, recommended int) (int, []int, error) {
	held := make([]int, recommended)
	for i := range held {
		held[i] = i
	}
	return recommended, held, nil
}

// Release does nothing.
func (AllShards) Release(context.Context) error { return nil }

// DefaultLeaseTTL is how long a shard's lease lasts unless renewed; the
// holder renews it every third of that.
const DefaultLeaseTTL = 30 * time.Second

// Sharded is the bot on Discord with shard_count auto: it asks the
// gateway how many shards the bot should have, leases shards through
// Leases and runs one gateway session (an Adapter) per shard it holds, so
// that every guild is served by the one replica holding its shard. A
// shard whose lease could not be renewed is stopped before the lease
// ends, so that the replica taking it over never runs it beside this one.
// It is a service for `mercato run` and a bot.Sender for the jobs.
type Sharded struct {
	cfg    Config
	router Router
	log    *slog.Logger
	leases Leases
	ttl    time.Duration
	opts   []Option
	rest   *Adapter // no gateway: asks for the shard count, sends the jobs' messages

	mu      sync.Mutex
	running map[int]*shard
	count   int
}

// shard is one shard's adapter running.
type shard struct {
	a    *Adapter
	stop context.CancelFunc
	done chan struct{}
}

// NewSharded returns the sharded bot for cfg (its shard count and id are
// leased), in front of router; ttl is the leases' (0: DefaultLeaseTTL),
// opts tune every shard's adapter.
func NewSharded(cfg Config, router Router, log *slog.Logger, leases Leases, ttl time.Duration, opts ...Option) (*Sharded, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if ttl <= 0 {
		ttl = DefaultLeaseTTL
	}
	cfg.ShardID, cfg.ShardCount = 0, 1
	rest, err := New(cfg, router, log, opts...)
	if err != nil {
		return nil, err
	}
	return &Sharded{cfg: cfg, router: router, log: log, leases: leases, ttl: ttl, opts: opts, rest: rest,
		running: map[int]*shard{}}, nil
}

// Send posts r to a channel through the REST API, whichever shards this
// replica runs.
func (s *Sharded) Send(ctx context.Context, channel string, r bot.Reply) error {
	return s.rest.Send(ctx, channel, r)
}

// Health is nil while every shard this replica runs is connected.
func (s *Sharded) Health() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for id, sh := range s.running {
		if err := sh.a.Health(); err != nil {
			return fmt.Errorf("discord: shard %d: %w", id, err)
		}
	}
	return nil
}

// Held returns the shards this replica runs and the shard count.
func (s *Sharded) Held() (count int, held []int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for id := range s.running {
		held = append(held, id)
	}
	slices.Sort(held)
	return s.count, held
}

// Run leases shards and runs them until ctx is done, renewing the leases
// every third of their life; then it stops its shards and frees them.
func (s *Sharded) Run(ctx context.Context) error {
	recommended, err := s.recommended(ctx)
	if err != nil {
		return err
	}
	// The commands are the application's: registered once here, not by
	// every shard.
	app, err := s.rest.s.Application("@me")
	if err != nil {
		return fmt.Errorf("discord: application: %w", err)
	}
	if err := s.rest.register(ctx, app.ID); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	s.log.Info("discord: shards leased through the database", "recommended", recommended, "max_here", s.cfg.MaxShards)
	every := s.ttl / 3
	tick := time.NewTicker(every)
	defer tick.Stop()
	var renewed time.Time // when the last successful Hold began
	for {
		begin := time.Now()
		count, held, err := s.leases.Hold(ctx, recommended)
		switch {
		case err != nil && ctx.Err() == nil:
			s.log.Warn("discord: cannot renew the shard leases", "err", err)
			if time.Since(renewed) > s.ttl-every { // the leases may end before the next try
				s.apply(0, nil)
			}
		case err == nil:
			renewed = begin
			s.apply(count, held)
		}
		select {
		case <-ctx.Done():
			s.apply(0, nil)
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			defer cancel()
			if err := s.leases.Release(rctx); err != nil {
				s.log.Warn("discord: shard leases not released; they expire", "err", err)
			}
			return nil
		case <-tick.C:
		}
	}
}

// recommended asks the gateway how many shards the bot should have.
func (s *Sharded) recommended(ctx context.Context) (int, error) {
	gb, ok := s.rest.s.(interface {
		GatewayBot(options ...discordgo.RequestOption) (*discordgo.GatewayBotResponse, error)
	})
	if !ok {
		return 0, errors.New("discord: no gateway to ask for the shard count")
	}
	r, err := gb.GatewayBot(discordgo.WithContext(ctx))
	if err != nil {
		return 0, fmt.Errorf("discord: shard count: %w", err)
	}
	return max(r.Shards, 1), nil
}

// apply runs the shards held, of count, and stops the others; a shard
// whose session ended (a gateway that failed) starts again.
func (s *Sharded) apply(count int, held []int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var stopped []int
	for id, sh := range s.running {
		select {
		case <-sh.done:
			delete(s.running, id)
			continue
		default:
		}
		if count != s.count || !slices.Contains(held, id) {
			sh.stop() // all at once: each takes a moment to close
			stopped = append(stopped, id)
		}
	}
	for _, id := range stopped {
		<-s.running[id].done
		delete(s.running, id)
		s.log.Info("discord: shard stopped", "shard", id, "shards", s.count)
	}
	s.count = count
	for _, id := range held {
		if s.running[id] != nil {
			continue
		}
		cfg := s.cfg
		cfg.ShardID, cfg.ShardCount = id, Shards(count)
		a, err := New(cfg, s.router, s.log.With("shard", id), s.opts...)
		if err != nil {
			s.log.Error("discord: shard", "shard", id, "err", err)
			continue
		}
		a.registered = true
		ctx, stop := context.WithCancel(context.Background())
		sh := &shard{a: a, stop: stop, done: make(chan struct{})}
		s.running[id] = sh
		go func() {
			defer close(sh.done)
			if err := a.Run(ctx); err != nil {
				s.log.Error("discord: shard ended", "shard", id, "err", err)
			}
		}()
		s.log.Info("discord: shard started", "shard", id, "shards", count)
	}
}
