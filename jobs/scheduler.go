package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/heat"
)

// The job names, for RunOnce and the logs.
const (
	JobDigest    = "digest"
	JobReminders = "reminders"
	JobFeeds     = "feeds"
	JobFollow    = "follow"
	JobBackup    = "backup"
	// jobDigestAt delivers, each minute, the digests asked for at that
	// time of day (Subscription.At); JobDigest the others.
	jobDigestAt = "digest-at"
)

// FeedRunner polls the news feeds once (*FeedPoller).
type FeedRunner interface {
	Run(ctx context.Context) (FeedStats, error)
}

// Options are what the scheduler works with.
type Options struct {
	Store   Store
	Senders map[string]bot.Sender // by platform: "telegram", "discord", "console"
	// Feeds polls the news feeds; nil: no feeds job.
	Feeds FeedRunner
	Log   *slog.Logger // nil: discard
	// Now is the jobs' clock: the day reminders count from. Nil: time.Now.
	// The schedules follow the real clock.
	Now func() time.Time
	// LockFile, when set (the database's path), makes a run hold an
	// exclusive lock on LockFile + ".<job>.lock", so that two processes
	// over one database (`mercato run` and `mercato jobs run`) never run
	// the same job at once.
	LockFile string
	// Metrics counts the runs, feed polls and deliveries; nil records
	// nothing.
	Metrics Metrics
	// Leader says when this replica runs the scheduled jobs (Run): only
	// while it leads. Nil: Solo, always.
	Leader Leader
	// Takeover is how long a replica that takes the lead from a Leader
	// waits before its jobs run: the previous leader's message in flight
	// ends within its shutdown grace, and its last messages leave the
	// platforms' rate windows (a second: Telegram's 30 messages a second
	// count the whole bot, whichever replica sends), which this replica's
	// own pacing knows nothing of. 0: DefaultTakeover; negative: none.
	// Solo (no Leader) never waits.
	Takeover time.Duration
	// Heat is how digests rank links by heat; the zero Config is the
	// defaults.
	Heat heat.Config
	// Backup copies the knowledge base for the backup job
	// (jobs.backup.dir); nil with a directory configured is an error.
	Backup Backuper
}

// DefaultTakeover is Options.Takeover's default: the shutdown grace and
// one second of rate window.
const DefaultTakeover = shutdownGrace + time.Second

// ErrBusy is returned by RunOnce when the job is already running, here or
// in another process.
var ErrBusy = errors.New("jobs: job already running")

// Scheduler runs the jobs on their schedules.
type Scheduler struct {
	set     settings
	opts    Options
	log     *slog.Logger
	deliver *deliverer
	running map[string]*sync.Mutex // by job name: a job never runs twice at once
	metrics Metrics
	last    lastRuns
}

// New checks the configuration (see Config.Validate) and returns a
// scheduler; timezone is the top-level timezone key.
func New(cfg Config, timezone string, opts Options) (*Scheduler, error) {
	set, err := cfg.settings(timezone)
	if err != nil {
		return nil, err
	}
	if opts.Store == nil {
		return nil, errors.New("jobs: no store")
	}
	if set.backup != nil && opts.Backup == nil {
		return nil, errors.New("jobs.backup.dir: this database cannot be copied by mercato: use the server's own backups")
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	switch {
	case opts.Leader == nil || opts.Takeover < 0:
		opts.Takeover = 0
	case opts.Takeover == 0:
		opts.Takeover = DefaultTakeover
	}
	m := opts.Metrics
	if m == nil {
		m = noMetrics{}
	}
	s := &Scheduler{
		set:  set,
		opts: opts,
		log:  log,
		deliver: &deliverer{
			store: opts.Store, senders: opts.Senders,
			log: log, grace: shutdownGrace, metrics: m,
		},
		metrics: m,
		running: map[string]*sync.Mutex{JobDigest: {}, jobDigestAt: {}, JobReminders: {}, JobFeeds: {}, JobFollow: {}, JobBackup: {}},
	}
	return s, nil
}

// RunOptions say how RunOnce runs a job.
type RunOptions struct {
	// At is the time the job runs as of (reminders count days from its
	// day); zero: Options.Now.
	At time.Time
	// DryRun records nothing, and with no subscription of the job's kind
	// sends what a subscription to everything would get to the "console"
	// sender.
	DryRun bool
}

// RunOnce runs the digest (every digest subscription, whatever its time
// of day), the reminders or the follow job once, now.
func (s *Scheduler) RunOnce(ctx context.Context, name string, o RunOptions) (Stats, error) {
	mu := s.running[name]
	if mu == nil || name == JobFeeds || name == jobDigestAt || name == JobBackup {
		return Stats{}, fmt.Errorf("jobs: unknown job %q (digest, reminders or follow)", name)
	}
	if !mu.TryLock() {
		return Stats{}, ErrBusy
	}
	defer mu.Unlock()
	if !o.DryRun {
		unlock, err := s.lock(name)
		if err != nil {
			return Stats{}, err
		}
		defer unlock()
	}
	at := o.At
	if at.IsZero() {
		at = s.opts.Now()
	}
	j, kind := s.job(name)
	return s.deliver.run(ctx, name, kind, j, runOptions{now: at, dry: o.DryRun, onePerChat: name == JobFollow})
}

// job returns the job of a name and the kind of subscription it serves.
func (s *Scheduler) job(name string) (job, knowledge.SubKind) {
	switch name {
	case JobDigest, jobDigestAt:
		return &digest{store: s.opts.Store, maxItems: s.set.maxItems, heat: s.opts.Heat}, knowledge.SubDigest
	case JobFollow:
		return &follow{store: s.opts.Store, maxItems: s.set.maxItems}, knowledge.SubFollow
	}
	return &reminders{store: s.opts.Store, loc: s.set.loc, beforeDays: s.set.beforeDays}, knowledge.SubReminders
}

// scheduledRun is how a scheduled turn of a job runs as of now: the
// digest on its schedule sends the digests with no time of day, the
// minute's turn those asked for that minute; a follow sends a chat one
// message per turn.
func (s *Scheduler) scheduledRun(name string, now time.Time) runOptions {
	o := runOptions{now: now}
	switch name {
	case JobDigest:
		o.due = func(sub knowledge.Subscription) bool { return sub.At == "" }
	case jobDigestAt:
		minute := now.In(s.set.loc).Format("15:04")
		o.due = func(sub knowledge.Subscription) bool { return sub.At == minute }
	case JobFollow:
		o.onePerChat = true
	}
	return o
}

// Run runs the jobs on their schedules until ctx is done, then lets the
// running job finish the message in flight and returns. With several
// replicas, the schedules run only while Options.Leader says this one
// leads: a replica that loses the lead stops its jobs (the message in
// flight is finished) and waits to lead again.
func (s *Scheduler) Run(ctx context.Context) error {
	leader := s.opts.Leader
	if leader == nil {
		leader = Solo{}
	}
	for {
		leading, release, err := leader.Lead(ctx)
		if err != nil {
			if ctx.Err() != nil {
				s.log.Info("jobs: stopped")
				return nil
			}
			return fmt.Errorf("jobs: leader: %w", err)
		}
		if s.settle(leading) {
			s.runSchedules(leading)
		}
		release()
		if ctx.Err() != nil {
			s.log.Info("jobs: stopped")
			return nil
		}
		s.log.Warn("jobs: lead lost; the jobs wait until this replica leads again")
	}
}

// settle waits Options.Takeover after taking the lead; false when the
// lead ended meanwhile.
func (s *Scheduler) settle(leading context.Context) bool {
	if s.opts.Takeover <= 0 {
		return true
	}
	s.log.Info("jobs: leading; the jobs start after the takeover pause", "pause", s.opts.Takeover)
	t := time.NewTimer(s.opts.Takeover)
	defer t.Stop()
	select {
	case <-leading.Done():
		return false
	case <-t.C:
		return true
	}
}

// runSchedules runs the jobs on their schedules until ctx is done.
func (s *Scheduler) runSchedules(ctx context.Context) {
	c := cron.New(
		cron.WithLocation(s.set.loc),
		cron.WithLogger(cronLogger{s.log}),
		cron.WithChain(cron.Recover(cronLogger{s.log})),
	)
	if s.set.digest != nil {
		c.Schedule(s.set.digest, cron.FuncJob(func() { s.scheduled(ctx, JobDigest) }))
		// The digests asked for at a time of day: a turn at each minute's start.
		minutes, _ := cron.ParseStandard(DefaultFollowSchedule) // a constant spec
		c.Schedule(minutes, cron.FuncJob(func() { s.scheduled(ctx, jobDigestAt) }))
	}
	if s.set.follow != nil {
		c.Schedule(s.set.follow, cron.FuncJob(func() { s.scheduled(ctx, JobFollow) }))
	}
	if s.set.reminders != nil {
		c.Schedule(s.set.reminders, cron.FuncJob(func() { s.scheduled(ctx, JobReminders) }))
	}
	if s.set.feeds != nil && s.opts.Feeds != nil {
		c.Schedule(s.set.feeds, cron.FuncJob(func() { s.scheduled(ctx, JobFeeds) }))
	}
	if s.set.backup != nil {
		c.Schedule(s.set.backup, cron.FuncJob(func() { s.scheduled(ctx, JobBackup) }))
	}
	s.log.Info("jobs: started", "timezone", s.set.loc.String(), "jobs", len(c.Entries()))
	c.Start()
	<-ctx.Done()
	<-c.Stop().Done()
}

// scheduled is one turn of a job on its schedule; a turn that comes while
// the previous one still runs is skipped.
func (s *Scheduler) scheduled(ctx context.Context, name string) {
	mu := s.running[name]
	if !mu.TryLock() {
		s.log.Warn("jobs: previous run still going; turn skipped", "job", name)
		return
	}
	defer mu.Unlock()
	if ctx.Err() != nil {
		return
	}
	unlock, err := s.lock(name)
	if err != nil {
		s.log.Warn("jobs: turn skipped", "job", name, "err", err)
		return
	}
	defer unlock()
	begin := time.Now()
	if name == JobBackup {
		s.backup(ctx, begin)
		return
	}
	if name == JobFeeds {
		fs, err := s.opts.Feeds.Run(ctx)
		if err != nil {
			s.log.Error("jobs: feeds", "err", err)
		}
		s.log.Info("jobs: run", "job", name, "feeds", fs.Feeds, "failed", fs.Failed,
			"new", fs.New, "seen", fs.Seen, "refused", fs.Refused, "left", fs.Left, "took", time.Since(begin))
		s.metrics.FeedPolled(RunOK, fs.Feeds-fs.Failed)
		s.metrics.FeedPolled(RunFailed, fs.Failed)
		s.ran(name, begin, runOutcome(err, fs.Failed))
		return
	}
	j, kind := s.job(name)
	st, err := s.deliver.run(ctx, name, kind, j, s.scheduledRun(name, s.opts.Now()))
	if err != nil {
		s.log.Error("jobs: run failed", "job", name, "err", err)
	}
	level := slog.LevelInfo
	if (name == JobFollow || name == jobDigestAt) && st.Sent+st.Failed+st.Uncertain+st.Gone == 0 {
		level = slog.LevelDebug // the jobs of every minute log only the minutes that did something
	}
	s.log.Log(ctx, level, "jobs: run", "job", name, "sent", st.Sent, "skipped", st.Skipped, "failed", st.Failed,
		"uncertain", st.Uncertain, "gone", st.Gone, "waiting", st.Waiting, "deferred", st.Deferred, "took", time.Since(begin))
	s.ran(name, begin, runOutcome(err, st.Failed))
}

// backup is one turn of the backup job.
func (s *Scheduler) backup(ctx context.Context, begin time.Time) {
	st, err := backup(ctx, s.opts.Backup, s.set.backupDir, s.set.backupKeep, s.opts.Now())
	if err != nil {
		s.log.Error("jobs: backup", "err", err)
	} else {
		s.log.Info("jobs: run", "job", JobBackup, "written", st.Path, "removed", len(st.Removed), "took", time.Since(begin))
	}
	s.ran(JobBackup, begin, runOutcome(err, 0))
}

// lock takes the job's lock file, if any: ErrBusy when another process
// holds it.
func (s *Scheduler) lock(name string) (unlock func(), err error) {
	if s.opts.LockFile == "" {
		return func() {}, nil
	}
	unlock, ok, err := lockFile(s.opts.LockFile + "." + name + ".lock")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w in another process", ErrBusy)
	}
	return unlock, nil
}

// cronLogger sends cron's log to slog: its chatter at debug level.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, kv ...any) { l.log.Debug("cron: "+msg, kv...) }

func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("cron: "+msg, append(kv, "err", err)...)
}
