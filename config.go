package main

import (
	"github.com/mercato-bot/mercato/adapters/discord"
	"github.com/mercato-bot/mercato/adapters/telegram"
	"github.com/mercato-bot/mercato/jobs"
	"github.com/mercato-bot/mercato/knowledge/web"
)

// config is the whole configuration file (config.example.yaml documents it).
type config struct {
	Database struct {
		Path string `yaml:"path"`
	} `yaml:"database"`
	Timezone string          `yaml:"timezone"`
	Telegram telegram.Config `yaml:"telegram"`
	Discord  discord.Config  `yaml:"discord"`
	Jobs     jobs.Config     `yaml:"jobs"`
	Feeds    []jobs.Feed     `yaml:"feeds"`
	Ingest   web.Config      `yaml:"ingest"`
	Console  struct {
		Admin bool `yaml:"admin"`
	} `yaml:"console"`
}
