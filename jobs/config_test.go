package jobs

import (
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name    string
		tz      string
		edit    func(*Config)
		wantKey string // "" = valid
	}{
		{"defaults", "", func(*Config) {}, ""},
		{"issue example", "Europe/Paris", func(c *Config) {
			c.Digest.Schedule, c.Digest.MaxItems = "0 18 * * *", 15
			c.Reminders.Schedule, c.Reminders.BeforeDays = "0 9 * * *", []int{30, 7, 0}
		}, ""},
		{"descriptor", "UTC", func(c *Config) { c.Digest.Schedule = "@every 6h" }, ""},
		{"off", "UTC", func(c *Config) { c.Reminders.Schedule = "off" }, ""},
		{"bad digest schedule", "", func(c *Config) { c.Digest.Schedule = "0 18 *" }, "jobs.digest.schedule"},
		{"bad reminders schedule", "", func(c *Config) { c.Reminders.Schedule = "every day" }, "jobs.reminders.schedule"},
		{"bad feeds schedule", "", func(c *Config) { c.Feeds.Schedule = "61 * * * *" }, "jobs.feeds.schedule"},
		{"unknown time zone", "Europe/Pariss", func(*Config) {}, "timezone"},
		{"negative before_days", "", func(c *Config) { c.Reminders.BeforeDays = []int{30, -7} }, "jobs.reminders.before_days"},
		{"negative max_items", "", func(c *Config) { c.Digest.MaxItems = -1 }, "jobs.digest.max_items"},
		{"backup", "", func(c *Config) { c.Backup.Dir, c.Backup.Keep = "/var/backups/mercato", 14 }, ""},
		{"backup off", "", func(c *Config) { c.Backup.Schedule = "off" }, ""},
		{"backup without dir", "", func(c *Config) { c.Backup.Keep, c.Backup.Schedule = 3, "@daily" }, ""},
		{"bad backup schedule", "", func(c *Config) { c.Backup.Schedule = "daily" }, "jobs.backup.schedule"},
		{"negative backup keep", "", func(c *Config) { c.Backup.Dir, c.Backup.Keep = "b", -1 }, "jobs.backup.keep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Config
			tt.edit(&c)
			err := c.Validate(tt.tz)
			if tt.wantKey == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.wantKey+":") {
				t.Fatalf("Validate = %v, want an error naming %s", err, tt.wantKey)
			}
			if _, nerr := New(c, tt.tz, Options{Store: newFakeStore()}); nerr == nil {
				t.Fatalf("New accepted what Validate refused")
			}
		})
	}
}

func TestSettingsDefaults(t *testing.T) {
	var c Config
	c.Reminders.BeforeDays = []int{0, 7, 30, 7}
	s, err := c.settings("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	if s.maxItems != DefaultMaxItems || s.loc.String() != "Europe/Paris" {
		t.Errorf("maxItems %d, loc %s", s.maxItems, s.loc)
	}
	if got := s.beforeDays; len(got) != 3 || got[0] != 30 || got[1] != 7 || got[2] != 0 {
		t.Errorf("beforeDays = %v, want [30 7 0]", got)
	}
	if s.digest == nil || s.reminders == nil || s.feeds == nil {
		t.Errorf("an empty schedule should take its default")
	}
	c.Digest.Schedule = "OFF"
	if s, _ := c.settings(""); s.digest != nil {
		t.Errorf("off should disable the digest")
	}
}
