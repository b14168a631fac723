package main

import (
	"fmt"
	"time"

	"github.com/mercato-bot/mercato/knowledge/heat"
	"github.com/mercato-bot/mercato/knowledge/sources"
)

// answersConfig is the answers section: how answers rank links.
type answersConfig struct {
	// HeatHalfLife is how long a link's heat takes to halve without news
	// (a Go duration: "336h" is 14 days). 0: heat.DefaultHalfLife.
	HeatHalfLife time.Duration `yaml:"heat_half_life"`
}

// sourcesConfig is the sources section: the reliability of the press.
type sourcesConfig struct {
	// Tiers sets the tier (1 to 3) of outlets and journalists by name,
	// overriding the built-in table or adding to it.
	Tiers map[string]int `yaml:"tiers"`
}

// heatConfig is how answers compute heat: answers.heat_half_life and the
// built-in source table with sources.tiers applied.
func (c *config) heatConfig() (heat.Config, error) {
	if c.Answers.HeatHalfLife < 0 {
		return heat.Config{}, fmt.Errorf("answers.heat_half_life: want a positive duration like 336h, got %v", c.Answers.HeatHalfLife)
	}
	t, err := sources.Default().With(c.Sources.Tiers)
	if err != nil {
		return heat.Config{}, fmt.Errorf("sources.tiers: %w", err)
	}
	return heat.Config{HalfLife: c.Answers.HeatHalfLife, Sources: t}, nil
}
