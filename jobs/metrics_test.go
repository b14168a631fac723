package jobs

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"testing/synctest"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/metrics/metricstest"
)

// fakeFeeds is a FeedRunner with fixed stats.
type fakeFeeds FeedStats

func (f fakeFeeds) Run(context.Context) (FeedStats, error) { return FeedStats(f), nil }

func TestRunMetrics(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		sender := &fakeSender{fail: func(chat string, _ int) error {
			switch chat {
			case "2":
				return fmt.Errorf("fake: blocked: %w", bot.ErrChatGone)
			case "3":
				return errDown
			}
			return nil
		}}
		rec := &metricstest.Recorder{}
		s, err := New(Config{}, "UTC", Options{
			Store: digestStore(4), Senders: map[string]bot.Sender{"telegram": sender},
			Feeds: fakeFeeds{Feeds: 3, Failed: 1}, Metrics: rec,
		})
		if err != nil {
			t.Fatal(err)
		}
		if runs := s.LastRuns(); len(runs) != 0 {
			t.Errorf("last runs before any: %+v", runs)
		}
		s.scheduled(t.Context(), JobDigest)
		s.scheduled(t.Context(), JobFeeds)
		for key, want := range map[string]int{
			"Delivered telegram sent":    2,
			"Delivered telegram gone":    1,
			"Delivered telegram retried": 1,
			"JobRan digest partial":      1,
			"JobRan feeds partial":       1,
			"FeedPolled ok":              2,
			"FeedPolled failed":          1,
		} {
			if got := rec.Count(key); got != want {
				t.Errorf("%s: %d, want %d (all: %v)", key, got, want, rec)
			}
		}
		runs := s.LastRuns()
		jobs := make([]string, 0, len(runs))
		for _, r := range runs {
			jobs = append(jobs, r.Job+" "+r.Outcome)
		}
		if want := []string{"digest partial", "feeds partial"}; !slices.Equal(jobs, want) {
			t.Errorf("last runs %q, want %q", jobs, want)
		}
	})
}

// A scheduler without Metrics runs as before.
func TestRunNoMetrics(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		sender := &fakeSender{}
		s := newScheduler(t, Config{}, digestStore(2), map[string]bot.Sender{"telegram": sender}, nil)
		s.scheduled(t.Context(), JobDigest)
		if len(sender.messages()) != 2 {
			t.Fatalf("sent %d, want 2", len(sender.messages()))
		}
		if runs := s.LastRuns(); len(runs) != 1 || runs[0].Outcome != RunOK {
			t.Errorf("last runs %+v", runs)
		}
	})
}
