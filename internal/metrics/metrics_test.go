package metrics

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/common/expfmt"

	"github.com/mercato-bot/mercato/internal/metrics/metricstest"
)

// gather writes reg's metrics in the text format and parses them back.
func gather(t *testing.T, reg prometheus.Gatherer) metricstest.Families {
	t.Helper()
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	enc := expfmt.NewEncoder(&b, expfmt.NewFormat(expfmt.TypeTextPlain))
	for _, f := range fams {
		if err := enc.Encode(f); err != nil {
			t.Fatal(err)
		}
	}
	return metricstest.Parse(t, &b)
}

func TestRecord(t *testing.T) {
	reg := NewRegistry()
	m := New(reg)
	m.Answered("telegram", "suitors", "ok", 3*time.Millisecond)
	m.Answered("telegram", "suitors", "ok", time.Millisecond)
	m.Answered("irc", "ask", "refused", time.Millisecond)
	m.Asked("fr", "suitors")
	m.Asked("xx", "club")
	m.Ingested(SourceFeed, ResultNew, 3)
	m.Ingested(SourceURL, ResultDuplicate, 0)
	m.Extracted(20 * time.Millisecond)
	m.Delivered("discord", DeliveryGone)
	m.Waited("telegram")
	m.Throttled("telegram")
	m.JobRan("digest", "ok", time.Second)
	m.FeedPolled("failed", 2)
	got := gather(t, reg)
	tests := []struct {
		name   string
		labels []string
		want   float64
	}{
		{"mercato_commands_total", []string{"platform", "telegram", "command", "suitors", "outcome", "ok"}, 2},
		{"mercato_commands_total", []string{"platform", "other", "command", "ask", "outcome", "refused"}, 1},
		{"mercato_answer_duration_seconds", []string{"command", "suitors"}, 2},
		{"mercato_questions_total", []string{"lang", "fr", "intent", "suitors"}, 1},
		{"mercato_questions_total", []string{"lang", "other", "intent", "club"}, 1},
		{"mercato_articles_ingested_total", []string{"source", "feed", "result", "new"}, 1},
		{"mercato_articles_ingested_total", []string{"source", "url", "result", "duplicate"}, 1},
		{"mercato_links_stored_total", nil, 3},
		{"mercato_extraction_duration_seconds", nil, 1},
		{"mercato_deliveries_total", []string{"platform", "discord", "outcome", "gone"}, 1},
		{"mercato_rate_limit_waits_total", []string{"platform", "telegram"}, 1},
		{"mercato_rate_limited_total", []string{"platform", "telegram"}, 1},
		{"mercato_job_runs_total", []string{"job", "digest", "outcome", "ok"}, 1},
		{"mercato_job_duration_seconds", []string{"job", "digest"}, 1},
		{"mercato_feed_polls_total", []string{"outcome", "failed"}, 2},
	}
	for _, tt := range tests {
		if v := got.Value(tt.name, tt.labels...); v != tt.want {
			t.Errorf("%s%v = %v, want %v", tt.name, tt.labels, v, tt.want)
		}
	}
	// The runtime and process collectors are there.
	for _, name := range []string{"go_goroutines", "process_start_time_seconds"} {
		if got[name] == nil {
			t.Errorf("no %s", name)
		}
	}
}

// A nil *Metrics records nothing and does not panic.
func TestNil(t *testing.T) {
	var m *Metrics
	m.Answered("console", "suitors", "ok", time.Millisecond)
	m.Asked("en", "suitors")
	m.Ingested(SourceFile, ResultNew, 1)
	m.Extracted(time.Millisecond)
	m.Delivered("telegram", DeliverySent)
	m.Waited("telegram")
	m.Throttled("telegram")
	m.JobRan("feeds", "ok", time.Second)
	m.FeedPolled("ok", 1)
}

func TestKnowledgeGauges(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	calls := 0
	fail := false
	count := func(context.Context) (Counts, error) {
		calls++
		if fail {
			return Counts{}, errors.New("database is closed")
		}
		return Counts{Articles: 10 * calls, Players: 5, Links: 7, Subscriptions: 2}, nil
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(newKBCollector(count, time.Minute, func() time.Time { return now }))
	steps := []struct {
		advance  time.Duration
		fail     bool
		calls    int
		articles float64
	}{
		{0, false, 1, 10},                // the first scrape counts
		{30 * time.Second, false, 1, 10}, // within the minute: the same counts
		{31 * time.Second, false, 2, 20}, // past it: counted again
		{time.Minute, true, 3, 20},       // a failed count keeps the last values
	}
	for i, s := range steps {
		now = now.Add(s.advance)
		fail = s.fail
		got := gather(t, reg)
		if calls != s.calls {
			t.Errorf("step %d: %d counts, want %d", i, calls, s.calls)
		}
		if v := got.Value("mercato_knowledge_articles"); v != s.articles {
			t.Errorf("step %d: articles %v, want %v", i, v, s.articles)
		}
		if v := got.Value("mercato_knowledge_subscriptions"); v != 2 {
			t.Errorf("step %d: subscriptions %v, want 2", i, v)
		}
	}
}

// BenchmarkAnswered is the cost of recording one answer: a counter and a
// histogram observation.
func BenchmarkAnswered(b *testing.B) {
	m := New(NewRegistry())
	for b.Loop() {
		m.Answered("telegram", "suitors", "ok", 150*time.Microsecond)
	}
}
