package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge/heat"
)

// TestHeatConfig checks answers.heat_half_life and sources.tiers: read
// into the heat configuration the answers use, bad values named.
func TestHeatConfig(t *testing.T) {
	dir := t.TempDir()
	load := func(yaml string) (*config, error) {
		p := filepath.Join(dir, "cfg.yaml")
		if err := os.WriteFile(p, []byte(yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		return loadConfig(p, func(string) string { return "" })
	}
	cfg, err := load("answers:\n  heat_half_life: 168h\nsources:\n  tiers:\n    Romano: 3\n    My Local Paper: 1\n")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.heat.HalfLife != 7*24*time.Hour {
		t.Errorf("half-life %v, want 168h", cfg.heat.HalfLife)
	}
	for name, want := range map[string]int{"@FabrizioRomano": 3, "my local paper": 1, "The Athletic": 1, "Unknown": 2} {
		if _, tier := cfg.heat.Origin(name); tier != want {
			t.Errorf("tier of %s: %d, want %d", name, tier, want)
		}
	}
	cfg, err = load("")
	if err != nil || cfg.heat.HalfLife != 0 {
		t.Errorf("no answers section: %+v, %v; want the default half-life", cfg, err)
	}
	if l := cfg.heat.Link(nil, time.Now()); l.Heat != 0 || heat.DefaultHalfLife != 14*24*time.Hour {
		t.Errorf("default heat config: %+v", l)
	}
	for _, tc := range []struct{ yaml, want string }{
		{"answers:\n  heat_half_life: -1h\n", "answers.heat_half_life"},
		{"answers:\n  heat_half_life: soon\n", "soon"},
		{"sources:\n  tiers:\n    Romano: 4\n", "sources.tiers"},
		{"sources:\n  tier:\n    Romano: 1\n", `"sources.tier"`},
	} {
		if _, err := load(tc.yaml); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want one naming %s", tc.yaml, err, tc.want)
		}
	}
}
