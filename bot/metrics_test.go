package bot

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/internal/metrics/metricstest"
	"github.com/mercato-bot/mercato/knowledge"
)

// failingKnowledge fails every lookup of a player.
type failingKnowledge struct{ *fakeKnowledge }

func (failingKnowledge) FindPlayers(context.Context, string) ([]knowledge.PlayerRef, error) {
	return nil, errors.New("disk on fire")
}

func TestMetricsOutcomes(t *testing.T) {
	tests := []struct {
		text  string
		k     Knowledge
		admin bool
		want  string // "command outcome"
		asked string // "lang intent", or none
	}{
		{text: "/suitors Kamara", want: "suitors ok"},
		{text: "/suitors Kamra", want: "suitors not_found"},
		{text: "/club Arsenol", want: "club not_found"},
		{text: "/suitors", want: "suitors refused"},
		{text: "/ingest some text", want: "ingest refused"},
		{text: "/transfer Kamara", want: "unknown refused"},
		{text: "/Kamara_is_a_player_name_not_a_label", want: "unknown refused"},
		{text: "/suitors Kamara", k: failingKnowledge{newFake()}, want: "suitors error"},
		{text: "who wants Kamara?", want: "ask ok", asked: "en suitors"},
		{text: "qui veut Kamara ?", want: "ask ok", asked: "fr suitors"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			rec := &metricstest.Recorder{}
			k := tt.k
			if k == nil {
				k = newFake()
			}
			rt := testRouter(t, k, Options{Metrics: rec})
			rt.Serve(context.Background(), &Request{Platform: "telegram", Chat: "-100123", Text: tt.text, Admin: tt.admin})
			if got := rec.Count("Answered telegram " + tt.want); got != 1 {
				t.Errorf("Answered telegram %s: %d, want 1 (all %v)", tt.want, got, rec)
			}
			if tt.asked != "" && rec.Count("Asked "+tt.asked) != 1 {
				t.Errorf("Asked %s not recorded (all %v)", tt.asked, rec)
			}
			if tt.asked == "" && strings.Contains(rec.String(), "Asked") {
				t.Errorf("a question recorded (all %v)", rec)
			}
		})
	}
}

// A router with no Metrics answers as usual.
func TestNoMetrics(t *testing.T) {
	rt := testRouter(t, newFake(), Options{})
	if r := serve(t, rt, "/suitors Kamara"); r.Error || outcome(r) != OutcomeOK {
		t.Fatalf("reply %+v", r)
	}
}

// The debug line of an answer names the platform, command and latency,
// never the text asked.
func TestAnswerLog(t *testing.T) {
	var b strings.Builder
	rt := NewRouter(newFake(), Options{Logger: slog.New(slog.NewTextHandler(&b, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	rt.Serve(context.Background(), &Request{Platform: "console", Text: "/suitors Kamara"})
	line := b.String()
	for _, want := range []string{"level=DEBUG", "platform=console", "command=suitors", "outcome=ok", "latency="} {
		if !strings.Contains(line, want) {
			t.Errorf("log %q lacks %q", line, want)
		}
	}
	if strings.Contains(line, "Kamara") {
		t.Errorf("log %q holds the text asked", line)
	}
	b.Reset()
	rt = NewRouter(newFake(), Options{Logger: slog.New(slog.NewTextHandler(&b, &slog.HandlerOptions{Level: slog.LevelInfo}))})
	rt.Serve(context.Background(), &Request{Platform: "console", Text: "/suitors Kamara"})
	if b.Len() > 0 {
		t.Errorf("at info level an answer logs %q", b.String())
	}
}
