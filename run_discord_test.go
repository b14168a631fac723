package main

import (
	"os"
	"testing"

	"github.com/mercato-bot/mercato/adapters/discord"
	"github.com/mercato-bot/mercato/bot"
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
