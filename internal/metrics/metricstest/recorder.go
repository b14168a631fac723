package metricstest

import (
	"fmt"
	"sync"
	"time"
)

// Recorder implements the recording interfaces of bot, jobs and the
// adapters by counting each call under a key: the method's name and its
// labels, space-separated ("Delivered telegram sent"); durations are left
// out. It is safe for concurrent use.
type Recorder struct {
	mu  sync.Mutex
	got map[string]int
}

func (r *Recorder) add(n int, name string, labels ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.got == nil {
		r.got = map[string]int{}
	}
	key := name
	for _, l := range labels {
		key += " " + l
	}
	r.got[key] += n
}

// Count is how many times the call under key was made (summed over n for
// FeedPolled).
func (r *Recorder) Count(key string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.got[key]
}

// String lists every key and its count, for failure messages.
func (r *Recorder) String() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return fmt.Sprint(r.got)
}

// Answered records a request answered (bot.Metrics).
func (r *Recorder) Answered(platform, command, outcome string, _ time.Duration) {
	r.add(1, "Answered", platform, command, outcome)
}

// Asked records a question (bot.Metrics).
func (r *Recorder) Asked(lang, intent string) { r.add(1, "Asked", lang, intent) }

// Delivered records a delivery.
func (r *Recorder) Delivered(platform, outcome string) { r.add(1, "Delivered", platform, outcome) }

// Waited records a wait under a platform's limits.
func (r *Recorder) Waited(platform string) { r.add(1, "Waited", platform) }

// Throttled records a 429.
func (r *Recorder) Throttled(platform string) { r.add(1, "Throttled", platform) }

// JobRan records a job's run (jobs.Metrics).
func (r *Recorder) JobRan(job, outcome string, _ time.Duration) { r.add(1, "JobRan", job, outcome) }

// FeedPolled records n feeds polled (jobs.Metrics).
func (r *Recorder) FeedPolled(outcome string, n int) { r.add(n, "FeedPolled", outcome) }
