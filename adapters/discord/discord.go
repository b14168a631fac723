// Package discord is the bot on Discord: slash commands with autocomplete,
// embeds and admin ingest.
package discord

// Config is the discord section of the configuration.
type Config struct {
	Token      string   `yaml:"token"` // or DISCORD_TOKEN
	Guilds     []string `yaml:"guilds"`
	Admins     []string `yaml:"admins"`
	AdminRoles []string `yaml:"admin_roles"`
	ShardID    int      `yaml:"shard_id"`
	ShardCount int      `yaml:"shard_count"`
}
