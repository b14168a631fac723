package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/metrics"
	"github.com/mercato-bot/mercato/jobs"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/postgres"
)

// jobNames returns the jobs `mercato jobs run` runs.
func jobNames() []string {
	return []string{jobs.JobDigest, jobs.JobReminders, jobs.JobFeeds, jobs.JobFollow}
}

const jobsUsage = "usage: mercato jobs run digest|reminders|feeds|follow [-at TIME] [-dry-run] [-config FILE] [-db PATH]"

// jobsCmd runs `mercato jobs run digest|reminders|feeds|follow`: one run of a job,
// now or as if at -at, printing every message it sends. Messages go to
// the chats of the platforms whose adapter is configured; those of the
// other platforms are left for `mercato run` to deliver; with -dry-run nothing
// is sent or recorded, and with no subscription the job shows what a
// subscription to everything would get.
func jobsCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && isHelp(args[0]) {
		fmt.Fprintln(stdout, jobsUsage)
		return 0
	}
	if len(args) == 0 || args[0] != "run" {
		fmt.Fprintln(stderr, jobsUsage)
		return 2
	}
	fs, c := newFlags("jobs run", stderr, true)
	atFlag := fs.String("at", "", "run as if at `TIME` (YYYY-MM-DD or RFC 3339)")
	dry := fs.Bool("dry-run", false, "send and record nothing: print the messages")
	rest, err := parseFlags(fs, args[1:])
	if err != nil {
		return flagError(fs, err, stdout)
	}
	if len(rest) != 1 {
		fmt.Fprintln(stderr, jobsUsage)
		return 2
	}
	if !slices.Contains(jobNames(), rest[0]) {
		fmt.Fprintf(stderr, "mercato jobs: unknown job '%s' (%s)\n", rest[0], strings.Join(jobNames(), ", "))
		return 2
	}
	name := rest[0]
	cfg, log, err := c.setup(stderr, slog.LevelWarn)
	if err != nil {
		return fail(stderr, "jobs", err)
	}
	if err := cfg.Jobs.Validate(cfg.Timezone); err != nil {
		return fail(stderr, "jobs", err)
	}
	loc, _ := jobs.LoadLocation(cfg.Timezone)
	at, err := parseAt(*atFlag, loc)
	if err != nil {
		return fail(stderr, "jobs", err)
	}
	if name == jobs.JobFeeds && (*dry || !at.IsZero()) {
		fmt.Fprintln(stderr, "mercato jobs: -at and -dry-run apply to digest, reminders and follow only")
		return 2
	}
	store, err := openStore(ctx, cfg, c.db, os.Getenv, newExtractor(log).Extract)
	if err != nil {
		return fail(stderr, "jobs", err)
	}
	defer store.Close()
	if name == jobs.JobFeeds {
		return runFeeds(ctx, cfg, store, stdout, stderr, log)
	}
	senders, err := cliSenders(ctx, cfg, store, *dry, stdout, stderr, log)
	if err != nil {
		return fail(stderr, "jobs", err)
	}
	lockFile, _, err := jobsCoordination(cfg, c.db, os.Getenv, log)
	if err != nil {
		return fail(stderr, "jobs", err)
	}
	// On a base replicas share, a run by hand takes the leader's lock: it
	// never runs beside the replica running the schedules.
	if shared, ok := unwrap(store.Store).(sharedStore); ok && !*dry {
		release, ok, err := shared.Exclusive(ctx, postgres.JobsLockKey)
		if err != nil {
			return fail(stderr, "jobs", err)
		}
		if !ok {
			return fail(stderr, "jobs", errors.New("a replica of mercato run leads the jobs on this database: "+
				"they run there (stop the replicas to run one by hand)"))
		}
		defer release()
	}
	opts := jobs.Options{Store: store, Senders: senders, Log: log.With("component", "jobs"), LockFile: lockFile, Heat: cfg.heat}
	opts.Backup, _ = unwrap(store.Store).(jobs.Backuper)
	sched, err := jobs.New(cfg.Jobs, cfg.Timezone, opts)
	if err != nil {
		return fail(stderr, "jobs", err)
	}
	st, err := sched.RunOnce(ctx, name, jobs.RunOptions{At: at, DryRun: *dry})
	if err != nil {
		return fail(stderr, "jobs", err)
	}
	if st.Sent == 0 {
		fmt.Fprintln(stdout, "(nothing to send)")
	}
	sent := "sent"
	if *dry {
		sent = "printed (dry run: nothing posted or recorded)"
	}
	fmt.Fprintf(stderr, "mercato jobs: %s: %d %s, %d with nothing new, %d failed, %d unsubscribed (chat gone)\n",
		name, st.Sent, sent, st.Skipped, st.Failed, st.Gone)
	if st.Uncertain > 0 {
		fmt.Fprintf(stderr, "mercato jobs: %d messages went out without the platform confirming them: kept as delivered, not sent again\n", st.Uncertain)
	}
	if st.Deferred > 0 {
		fmt.Fprintf(stderr, "mercato jobs: %d messages held back (one message per chat and run): the next run sends them\n", st.Deferred)
	}
	if st.Waiting > 0 {
		fmt.Fprintf(stderr, "mercato jobs: %d subscriptions are on platforms not configured here: left for `mercato run` to deliver\n", st.Waiting)
	}
	if st.Failed > 0 {
		return 1
	}
	return 0
}

// runFeeds polls the configured feeds once.
func runFeeds(ctx context.Context, cfg *config, store knowledge.Base, stdout, stderr io.Writer, log *slog.Logger) int {
	if len(cfg.Feeds) == 0 {
		fmt.Fprintln(stderr, "mercato jobs: no feeds configured (the feeds: list of the config)")
		return 1
	}
	st, err := newFeedPoller(cfg, store, log).Run(ctx)
	fmt.Fprintln(stdout, st)
	if err != nil {
		return fail(stderr, "jobs", err)
	}
	if st.Failed > 0 {
		return 1
	}
	return 0
}

// cliSenders returns the senders of `mercato jobs run`: each configured
// adapter's, printing what it accepted, and a printer for every platform on
// a dry run. A platform with no adapter configured gets no sender: its
// subscriptions wait for `mercato run`, so nothing is recorded as
// delivered that no subscriber saw.
func cliSenders(ctx context.Context, cfg *config, store knowledge.Base, dry bool, stdout, stderr io.Writer, log *slog.Logger) (map[string]bot.Sender, error) {
	senders := map[string]bot.Sender{"console": &jobs.PrintSender{Platform: "console", W: stdout}}
	router := bot.NewRouter(store, bot.Options{Logger: log.With("component", "bot"), Heat: cfg.heat})
	for _, pl := range platforms(nil) { // sending only: no webhook, no polling
		p := &jobs.PrintSender{Platform: pl.name, W: stdout}
		senders[pl.name] = p
		if dry {
			continue
		}
		_, s, err := pl.start(ctx, cfg, router, log.With("component", pl.name), nil)
		if err != nil {
			return nil, err
		}
		if s == nil {
			delete(senders, pl.name)
			continue
		}
		p.Next = s
	}
	return senders, nil
}

// parseAt reads -at: YYYY-MM-DD (midnight in loc) or RFC 3339; empty is
// the zero time (now).
func parseAt(s string, loc *time.Location) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, loc); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, errors.New("-at: want YYYY-MM-DD or an RFC 3339 time (2022-06-01T09:00:00+02:00), got " + fmt.Sprintf("%q", s))
}

// jobsService returns the scheduler of `mercato run`, delivering through
// senders (by platform). A bad jobs section or timezone is an error naming
// the key.
func jobsService(cfg *config, store knowledge.Base, senders map[string]bot.Sender, log *slog.Logger, m *metrics.Metrics) (service, error) {
	lockFile, leader, err := jobsCoordination(cfg, "", os.Getenv, log)
	if err != nil {
		return nil, err
	}
	opts := jobs.Options{Store: store, Senders: senders, Log: log.With("component", "jobs"),
		LockFile: lockFile, Leader: leader, Metrics: m, Heat: cfg.heat}
	if b, ok := unwrap(store.Store).(jobs.Backuper); ok {
		opts.Backup = b
	}
	if len(cfg.Feeds) > 0 {
		opts.Feeds = newFeedPoller(cfg, store, log)
	}
	s, err := jobs.New(cfg.Jobs, cfg.Timezone, opts)
	if err != nil {
		return nil, err
	}
	return s, nil
}
