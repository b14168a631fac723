package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/mercato-bot/mercato/adapters/discord"
	"github.com/mercato-bot/mercato/adapters/telegram"
	"github.com/mercato-bot/mercato/jobs"
	"github.com/mercato-bot/mercato/knowledge/heat"
	"github.com/mercato-bot/mercato/knowledge/web"

	"go.yaml.in/yaml/v3"
)

// config is the whole configuration file (config.example.yaml documents it).
type config struct {
	Database databaseConfig  `yaml:"database"`
	Timezone string          `yaml:"timezone"`
	Telegram telegram.Config `yaml:"telegram"`
	Discord  discord.Config  `yaml:"discord"`
	Jobs     jobs.Config     `yaml:"jobs"`
	Feeds    []jobs.Feed     `yaml:"feeds"`
	Ingest   web.Config      `yaml:"ingest"`
	HTTP     httpConfig      `yaml:"http"`
	Log      logConfig       `yaml:"log"`
	Answers  answersConfig   `yaml:"answers"`
	Sources  sourcesConfig   `yaml:"sources"`

	heat heat.Config // from Answers and Sources, checked by loadConfig
}

// maxConfigBytes bounds the configuration file.
const maxConfigBytes = 1 << 20

// loadConfig reads the configuration file at path; an empty path is the
// empty configuration. Unknown keys are errors that name them. Tokens
// left empty are taken from the TELEGRAM_TOKEN and DISCORD_TOKEN
// environment variables (getenv).
func loadConfig(path string, getenv func(string) string) (*config, error) {
	cfg := &config{}
	where := "config"
	var parsed configErrors
	if path != "" {
		where += ": " + path
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
		if len(b) > maxConfigBytes {
			return nil, fmt.Errorf("%s: larger than %d bytes", where, maxConfigBytes)
		}
		if err := parseConfig(b, cfg); err != nil && !errors.As(err, &parsed) {
			return nil, fmt.Errorf("%s: %w", where, err) // not YAML: nothing more to check
		}
	}
	if cfg.Telegram.Token == "" {
		cfg.Telegram.Token = strings.TrimSpace(getenv("TELEGRAM_TOKEN"))
	}
	if cfg.Discord.Token == "" {
		cfg.Discord.Token = strings.TrimSpace(getenv("DISCORD_TOKEN"))
	}
	if err := cfg.check(parsed); err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	return cfg, nil
}

// parseConfig decodes YAML into cfg, refusing keys that cfg has no field
// for and values of the wrong kind, each named with its section and line
// (`unknown key "telegram.webhok" (line 2)`, "jobs.reminders.before_days:
// want a list of numbers like [30, 7, 0], got 30 (line 5)"): all of them,
// as configErrors.
func parseConfig(b []byte, cfg *config) error {
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	err := dec.Decode(cfg)
	var te *yaml.TypeError
	switch {
	case errors.Is(err, io.EOF): // an empty file
		return nil
	case errors.As(err, &te):
		var doc yaml.Node
		if yaml.Unmarshal(b, &doc) != nil {
			return err
		}
		errs := make(configErrors, len(te.Errors))
		for i, e := range te.Errors {
			msg, ok := wrongValue(e, &doc)
			if !ok {
				msg = unknownKey(e, &doc)
			}
			errs[i] = errors.New(msg)
		}
		return errs
	}
	return err
}

// unknownFieldRE matches the decoder's message for a key the configuration
// has no field for.
var unknownFieldRE = regexp.MustCompile(`^line (\d+): field (.+) not found in type .+$`)

// unknownKey rewrites the decoder's "line 2: field webhok not found in type
// telegram.Config" as `unknown key "telegram.webhok" (line 2)`, the key's
// path found in doc; any other message is returned as it is.
func unknownKey(msg string, doc *yaml.Node) string {
	m := unknownFieldRE.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	line, _ := strconv.Atoi(m[1])
	path, ok := keyPath(doc, line, m[2])
	if !ok {
		path = m[2]
	}
	return fmt.Sprintf("unknown key %q (line %d)", path, line)
}

// keyPath returns the dotted path of the mapping key named key on line in
// the YAML tree n ("feeds.0.name"), and whether there is one.
func keyPath(n *yaml.Node, line int, key string) (string, bool) {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			if p, ok := keyPath(c, line, key); ok {
				return p, true
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Line == line && k.Value == key {
				return key, true
			}
			if p, ok := keyPath(v, line, key); ok {
				return k.Value + "." + p, true
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			if p, ok := keyPath(c, line, key); ok {
				return strconv.Itoa(i) + "." + p, true
			}
		}
	}
	return "", false
}
