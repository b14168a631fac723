package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/adapters/discord"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/metrics"
	"github.com/mercato-bot/mercato/knowledge/postgres"
)

// discordService returns the Discord adapter and its sender for the jobs,
// or nils when no token is configured (discord.token, which loadConfig
// fills from the DISCORD_TOKEN environment variable), for a process alone
// on its knowledge base.
func discordService(ctx context.Context, cfg *config, router *bot.Router, log *slog.Logger, m *metrics.Metrics) (service, bot.Sender, error) {
	return discordReplica(ctx, cfg, router, log, m, nil)
}

// discordReplica is discordService for one of the replicas sharing
// shared (nil: a single process). With shard_count auto it runs the
// shards the gateway recommends: every one in a single process, those it
// leases in the shared base otherwise.
func discordReplica(_ context.Context, cfg *config, router *bot.Router, log *slog.Logger, m *metrics.Metrics, shared sharedStore) (service, bot.Sender, error) {
	dc := cfg.Discord
	if strings.TrimSpace(dc.Token) == "" {
		return nil, nil, nil
	}
	opts := []discord.Option{discord.WithMetrics(m), discord.WithHTMLText(htmlText)}
	if dc.ShardCount == discord.ShardsAuto {
		var leases discord.Leases = discord.AllShards{}
		if shared != nil {
			holder, ok := shared.(shardHolder)
			if !ok {
				return nil, nil, errors.New("discord: shard_count auto: this knowledge base cannot lease shards")
			}
			leases = shardLeases{shared: holder, holder: replicaName(), max: dc.MaxShards}
		}
		s, err := discord.NewSharded(dc, router, log, leases, discord.DefaultLeaseTTL, opts...)
		if err != nil {
			return nil, nil, err
		}
		return s, s, nil
	}
	a, err := discord.New(dc, router, log, opts...)
	if err != nil {
		return nil, nil, err
	}
	return a, a, nil
}

// shardHolder is a shared base that leases Discord shards (PostgreSQL's).
type shardHolder interface {
	// HoldShards renews and takes a replica's Discord shard leases.
	HoldShards(ctx context.Context, holder string, recommended, max int, ttl time.Duration) (count int, held []int, err error)
	// ReleaseShards frees a replica's Discord shards.
	ReleaseShards(ctx context.Context, holder string) error
}

var _ shardHolder = (*postgres.Store)(nil)

// shardLeases are one replica's Discord shard leases in the shared base.
type shardLeases struct {
	shared shardHolder
	holder string
	max    int
}

// Hold renews and takes this replica's shards.
func (l shardLeases) Hold(ctx context.Context, recommended int) (int, []int, error) {
	return l.shared.HoldShards(ctx, l.holder, recommended, l.max, discord.DefaultLeaseTTL)
}

// Release frees this replica's shards.
func (l shardLeases) Release(ctx context.Context) error {
	return l.shared.ReleaseShards(ctx, l.holder)
}

// replicaName names this process among the replicas: host, process id
// and a random part (a restarted process is another replica).
func replicaName() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), rand.Text()[:8])
}
