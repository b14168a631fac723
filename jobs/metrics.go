package jobs

import (
	"sync"
	"time"
)

// Metrics receives the jobs' measurements (internal/metrics implements
// it). Label values are job names, platforms and fixed outcomes.
type Metrics interface {
	// JobRan counts one scheduled run of job: "ok", "partial" (some
	// messages or feeds failed) or "failed".
	JobRan(job, outcome string, took time.Duration)
	// FeedPolled counts n feeds polled with outcome "ok" or "failed".
	FeedPolled(outcome string, n int)
	// Delivered counts one message: "sent", "retried" (on the next run),
	// "uncertain" (the platform may have shown it: not sent again) or
	// "gone" (the chat is gone: unsubscribed).
	Delivered(platform, outcome string)
}

// noMetrics records nothing: a scheduler given no Metrics.
type noMetrics struct{}

func (noMetrics) JobRan(string, string, time.Duration) {}
func (noMetrics) FeedPolled(string, int)               {}
func (noMetrics) Delivered(string, string)             {}

// The outcomes of a run.
const (
	RunOK      = "ok"
	RunPartial = "partial"
	RunFailed  = "failed"
)

// LastRun is the last scheduled run of a job, for the health endpoint.
type LastRun struct {
	Job     string
	At      time.Time // when it started
	Took    time.Duration
	Outcome string // RunOK, RunPartial or RunFailed
}

// lastRuns remembers each job's last scheduled run.
type lastRuns struct {
	mu sync.Mutex
	m  map[string]LastRun
}

func (l *lastRuns) set(r LastRun) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.m == nil {
		l.m = map[string]LastRun{}
	}
	l.m[r.Job] = r
}

// LastRuns returns the last scheduled run of each job that ran since the
// scheduler started, by job name.
func (s *Scheduler) LastRuns() []LastRun {
	s.last.mu.Lock()
	defer s.last.mu.Unlock()
	out := make([]LastRun, 0, len(s.last.m))
	for _, name := range []string{JobDigest, JobReminders, JobFeeds} {
		if r, ok := s.last.m[name]; ok {
			out = append(out, r)
		}
	}
	return out
}

// ran records one scheduled run of job.
func (s *Scheduler) ran(job string, begin time.Time, outcome string) {
	took := time.Since(begin)
	s.metrics.JobRan(job, outcome, took)
	s.last.set(LastRun{Job: job, At: begin, Took: took, Outcome: outcome})
}

// runOutcome is the outcome of a run that failed count of its parts, or
// ended with err.
func runOutcome(err error, failed int) string {
	switch {
	case err != nil:
		return RunFailed
	case failed > 0:
		return RunPartial
	}
	return RunOK
}
