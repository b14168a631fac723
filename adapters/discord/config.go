package discord

import (
	"fmt"
	"strings"
)

// Config is the discord section of the configuration.
type Config struct {
	Token      string   `yaml:"token"`       // or the DISCORD_TOKEN environment variable
	Guilds     []string `yaml:"guilds"`      // register commands in these guilds at once; empty = global commands
	Admins     []string `yaml:"admins"`      // user ids allowed to /ingest and to manage subscriptions anywhere
	AdminRoles []string `yaml:"admin_roles"` // role ids with the same rights
	ShardID    int      `yaml:"shard_id"`    // for bots in many guilds
	ShardCount Shards   `yaml:"shard_count"` // 0 means 1; auto: leased, see Sharded
	// MaxShards bounds the shards one replica runs with shard_count auto;
	// 0: as many as are free.
	MaxShards int `yaml:"max_shards"`
}

// Shards is a shard count: a number, or ShardsAuto.
type Shards int

// ShardsAuto is the shard count `auto`: the gateway's recommendation, the
// shards leased among the replicas (Sharded).
const ShardsAuto Shards = -1

// UnmarshalYAML reads a number or "auto".
func (n *Shards) UnmarshalYAML(unmarshal func(any) error) error {
	var s string
	if err := unmarshal(&s); err == nil && strings.EqualFold(strings.TrimSpace(s), "auto") {
		*n = ShardsAuto
		return nil
	}
	var i int
	if err := unmarshal(&i); err != nil || i < 0 {
		return fmt.Errorf("discord: shard_count: a number of shards or auto")
	}
	*n = Shards(i)
	return nil
}
