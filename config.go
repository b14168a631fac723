package main

import (
	"errors"
	"fmt"
	"os"
	"reflect"
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
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
		if len(b) > maxConfigBytes {
			return nil, fmt.Errorf("config: %s: larger than %d bytes", path, maxConfigBytes)
		}
		if err := parseConfig(b, cfg); err != nil {
			return nil, fmt.Errorf("config: %s: %w", path, err)
		}
	}
	if cfg.Telegram.Token == "" {
		cfg.Telegram.Token = strings.TrimSpace(getenv("TELEGRAM_TOKEN"))
	}
	if cfg.Discord.Token == "" {
		cfg.Discord.Token = strings.TrimSpace(getenv("DISCORD_TOKEN"))
	}
	h, err := cfg.heatConfig()
	if err != nil {
		return nil, err
	}
	cfg.heat = h
	return cfg, nil
}

// parseConfig decodes YAML into cfg, refusing keys that cfg has no field for.
func parseConfig(b []byte, cfg *config) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return err
	}
	if len(doc.Content) == 0 { // an empty file
		return nil
	}
	if unknown := unknownKeys(doc.Content[0], reflect.TypeOf(cfg).Elem(), ""); len(unknown) > 0 {
		return fmt.Errorf("unknown key%s %s", plural(len(unknown)), strings.Join(unknown, ", "))
	}
	if err := doc.Content[0].Decode(cfg); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return errors.New(strings.Join(te.Errors, "; "))
		}
		return err
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// unknownKeys lists the keys of node, a YAML value decoded into type t,
// that t has no field for, as "line N: section.key".
func unknownKeys(node *yaml.Node, t reflect.Type, prefix string) []string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var out []string
	switch {
	case node.Kind == yaml.MappingNode && t.Kind() == reflect.Struct:
		fields := yamlFields(t)
		for i := 0; i+1 < len(node.Content); i += 2 {
			key, val := node.Content[i], node.Content[i+1]
			ft, ok := fields[key.Value]
			if !ok {
				out = append(out, fmt.Sprintf("%q (line %d)", prefix+key.Value, key.Line))
				continue
			}
			out = append(out, unknownKeys(val, ft, prefix+key.Value+".")...)
		}
	case node.Kind == yaml.SequenceNode && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array):
		for i, item := range node.Content {
			out = append(out, unknownKeys(item, t.Elem(), fmt.Sprintf("%s%d.", prefix, i))...)
		}
	}
	return out
}

// yamlFields maps the YAML keys of struct type t to their field types,
// following inlined structs.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	fields := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if strings.Contains(opts, "inline") {
			for k, v := range yamlFields(f.Type) {
				fields[k] = v
			}
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		fields[name] = f.Type
	}
	return fields
}
