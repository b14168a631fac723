package main

import (
	"os"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/adapters/discord"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/pgtest"
	"github.com/mercato-bot/mercato/knowledge/postgres"
)

func TestDiscordService(t *testing.T) {
	router := bot.NewRouter(nil, bot.Options{})
	t.Setenv("DISCORD_TOKEN", "")
	svc, sender, err := discordService(t.Context(), &config{}, router, nil, nil)
	if svc != nil || sender != nil || err != nil {
		t.Errorf("no token: %v %v %v, want nils", svc, sender, err)
	}

	// The environment is loadConfig's to read, once.
	t.Setenv("DISCORD_TOKEN", "from-env")
	if svc, sender, err = discordService(t.Context(), &config{}, router, nil, nil); svc != nil || sender != nil || err != nil {
		t.Errorf("token read from the environment again: %v %v %v", svc, sender, err)
	}
	cfg, err := loadConfig("", os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	svc, sender, err = discordService(t.Context(), cfg, router, nil, nil)
	if _, ok := svc.(*discord.Adapter); !ok || sender == nil || err != nil {
		t.Errorf("token from the environment: %v %v %v", svc, sender, err)
	}

	cfg = &config{}
	cfg.Discord = discord.Config{Token: "t", ShardID: 3, ShardCount: 2}
	if _, _, err := discordService(t.Context(), cfg, router, nil, nil); err == nil {
		t.Error("a shard id beyond the shard count was accepted")
	}
}

// shard_count auto: a process alone runs every shard the gateway
// recommends; on a shared PostgreSQL base the shards are leased.
func TestDiscordShardsAuto(t *testing.T) {
	router := bot.NewRouter(nil, bot.Options{})
	path := writeFile(t, t.TempDir(), "mercato.yaml", []byte("discord:\n  token: t\n  shard_count: auto\n  max_shards: 2\n"))
	cfg, err := loadConfig(path, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Discord.ShardCount != discord.ShardsAuto || cfg.Discord.MaxShards != 2 {
		t.Fatalf("discord config %+v, want shard_count auto, max_shards 2", cfg.Discord)
	}
	svc, sender, err := discordReplica(t.Context(), cfg, router, nil, nil, nil)
	if _, ok := svc.(*discord.Sharded); !ok || sender == nil || err != nil {
		t.Errorf("alone: %T %v %v, want a *discord.Sharded", svc, sender, err)
	}
	st, err := postgres.Open(t.Context(), pgtest.New(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc, _, err = discordReplica(t.Context(), cfg, router, nil, nil, st)
	if _, ok := svc.(*discord.Sharded); !ok || err != nil {
		t.Errorf("shared: %T %v, want a *discord.Sharded", svc, err)
	}
	if _, _, err := discordReplica(t.Context(), cfg, router, nil, nil, &fakeShared{}); err == nil {
		t.Error("a shared base that cannot lease shards was accepted")
	}
	bad := writeFile(t, t.TempDir(), "bad.yaml", []byte("discord:\n  token: t\n  shard_count: many\n"))
	if _, err := loadConfig(bad, func(string) string { return "" }); err == nil || !strings.Contains(err.Error(), "auto") {
		t.Errorf("shard_count many: %v, want an error naming auto", err)
	}
}
