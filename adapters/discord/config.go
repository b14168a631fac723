package discord

// Config is the discord section of the configuration.
type Config struct {
	Token      string   `yaml:"token"`       // or the DISCORD_TOKEN environment variable
	Guilds     []string `yaml:"guilds"`      // register commands in these guilds at once; empty = global commands
	Admins     []string `yaml:"admins"`      // user ids allowed to /ingest and to manage subscriptions anywhere
	AdminRoles []string `yaml:"admin_roles"` // role ids with the same rights
	ShardID    int      `yaml:"shard_id"`    // for bots in many guilds
	ShardCount int      `yaml:"shard_count"` // 0 means 1
}
