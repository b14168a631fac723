package jobs

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	_ "time/tzdata" // time zones work on hosts without a zoneinfo database

	"github.com/robfig/cron/v3"
)

// Config is the jobs section of the configuration. An empty schedule takes
// its default; "off" disables the job.
type Config struct {
	Digest struct {
		Schedule string `yaml:"schedule"`  // cron spec; default "0 18 * * *"
		MaxItems int    `yaml:"max_items"` // links per digest; default 15
	} `yaml:"digest"`
	Reminders struct {
		Schedule   string `yaml:"schedule"`    // cron spec; default "0 9 * * *"
		BeforeDays []int  `yaml:"before_days"` // default [30, 7, 0]
	} `yaml:"reminders"`
	Feeds struct {
		Schedule string `yaml:"schedule"` // cron spec; default "*/30 * * * *"
	} `yaml:"feeds"`
	Follow struct {
		Schedule string `yaml:"schedule"` // cron spec; default "* * * * *"
	} `yaml:"follow"`
	Backup struct {
		Schedule string `yaml:"schedule"` // cron spec; default "0 3 * * *"
		Dir      string `yaml:"dir"`      // where the copies go; empty: no backup job
		Keep     int    `yaml:"keep"`     // copies kept, the newest; default 7
	} `yaml:"backup"`
}

// The defaults of an empty Config.
const (
	DefaultDigestSchedule    = "0 18 * * *"
	DefaultMaxItems          = 15
	DefaultRemindersSchedule = "0 9 * * *"
	DefaultFeedsSchedule     = "*/30 * * * *"
	DefaultFollowSchedule    = "* * * * *" // within a minute of the news
	DefaultBackupSchedule    = "0 3 * * *"
	DefaultBackupKeep        = 7
)

// DefaultBeforeDays is the default of reminders.before_days.
func DefaultBeforeDays() []int { return []int{30, 7, 0} }

// Off is the schedule that disables a job.
const Off = "off"

// settings is a Config checked and completed with its defaults.
type settings struct {
	loc        *time.Location
	digest     cron.Schedule // nil: off
	reminders  cron.Schedule
	feeds      cron.Schedule
	follow     cron.Schedule
	backup     cron.Schedule // nil: off, or no jobs.backup.dir
	backupDir  string
	backupKeep int
	maxItems   int
	beforeDays []int // distinct, largest first
}

// Validate checks the configuration as `mercato run` would use it, with
// timezone the top-level timezone key (empty: the host's local time). Each
// error names the key at fault: "jobs.digest.schedule: ...".
func (c Config) Validate(timezone string) error {
	_, err := c.settings(timezone)
	return err
}

// settings checks c and completes it with the defaults; the error joins
// every mistake found (errors.Join), each naming its key.
func (c Config) settings(timezone string) (settings, error) {
	var s settings
	var errs []error
	check := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	var err error
	s.loc, err = LoadLocation(timezone)
	check(err)
	s.digest, err = parseSchedule("jobs.digest.schedule", c.Digest.Schedule, DefaultDigestSchedule)
	check(err)
	s.reminders, err = parseSchedule("jobs.reminders.schedule", c.Reminders.Schedule, DefaultRemindersSchedule)
	check(err)
	s.feeds, err = parseSchedule("jobs.feeds.schedule", c.Feeds.Schedule, DefaultFeedsSchedule)
	check(err)
	s.follow, err = parseSchedule("jobs.follow.schedule", c.Follow.Schedule, DefaultFollowSchedule)
	check(err)
	check(c.backupSettings(&s))
	switch {
	case c.Digest.MaxItems < 0:
		check(fmt.Errorf("jobs.digest.max_items: want a positive number, got %d", c.Digest.MaxItems))
	case c.Digest.MaxItems == 0:
		s.maxItems = DefaultMaxItems
	default:
		s.maxItems = c.Digest.MaxItems
	}
	s.beforeDays = slices.Clone(c.Reminders.BeforeDays)
	if len(s.beforeDays) == 0 {
		s.beforeDays = DefaultBeforeDays()
	}
	for _, d := range s.beforeDays {
		if d < 0 {
			check(fmt.Errorf("jobs.reminders.before_days: want days before a contract ends (0 or more), got %d", d))
		}
	}
	slices.Sort(s.beforeDays)
	slices.Reverse(s.beforeDays)
	s.beforeDays = slices.Compact(s.beforeDays)
	return s, errors.Join(errs...)
}

// LoadLocation returns the time zone of the timezone key: the host's local
// time when empty, an error naming the key when unknown.
func LoadLocation(name string) (*time.Location, error) {
	if strings.TrimSpace(name) == "" {
		return time.Local, nil
	}
	loc, err := time.LoadLocation(strings.TrimSpace(name))
	if err != nil {
		return nil, fmt.Errorf("timezone: unknown time zone %q", name)
	}
	return loc, nil
}

// parseSchedule parses a standard cron spec (five fields, or a descriptor
// such as @daily or @every 1h); "off" gives a nil schedule.
func parseSchedule(key, spec, def string) (cron.Schedule, error) {
	spec = strings.TrimSpace(spec)
	switch {
	case spec == "":
		spec = def
	case strings.EqualFold(spec, Off):
		return nil, nil
	}
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return nil, fmt.Errorf("%s: %q: %w", key, spec, err)
	}
	return sched, nil
}

// backupSettings checks the backup job's keys; without a directory to
// write the copies to there is no backup job.
func (c Config) backupSettings(s *settings) error {
	b := c.Backup
	sched, err := parseSchedule("jobs.backup.schedule", b.Schedule, DefaultBackupSchedule)
	if err != nil {
		return err
	}
	switch {
	case b.Keep < 0:
		return fmt.Errorf("jobs.backup.keep: %d is negative", b.Keep)
	case b.Keep == 0:
		s.backupKeep = DefaultBackupKeep
	default:
		s.backupKeep = b.Keep
	}
	if s.backupDir = strings.TrimSpace(b.Dir); s.backupDir != "" {
		s.backup = sched
	}
	return nil
}
