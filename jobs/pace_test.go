package jobs

import (
	"slices"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
)

// checkWindow fails when more than lim.N of times fall in a window of lim.Per.
func checkWindow(t *testing.T, what string, times []time.Time, lim Limit) {
	t.Helper()
	for i := lim.N; i < len(times); i++ {
		if d := times[i].Sub(times[i-lim.N]); d < lim.Per {
			t.Fatalf("%s: sends %d and %d only %v apart: more than %d per %v", what, i-lim.N, i, d, lim.N, lim.Per)
		}
	}
}

func TestPacerTelegram(t *testing.T) {
	base := time.Date(2022, 6, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		chats func(i int) string
		n     int
		lim   Limit
		last  time.Duration // when the last send goes out
	}{
		{"many private chats: 30/s evenly", func(i int) string { return string(rune('a'+i%26)) + "x" + string(rune('0'+i/26)) }, 90, Limit{30, time.Second}, 2*time.Second + 29*time.Second/30},
		{"one private chat: 1/s", func(int) string { return "42" }, 5, Limit{1, time.Second}, 4 * time.Second},
		{"one group: 20/min", func(int) string { return "-100123" }, 41, Limit{20, time.Minute}, 2 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPacer(DefaultPaces())
			var times []time.Time
			for i := range tt.n {
				times = append(times, p.reserve("telegram", tt.chats(i), base))
			}
			checkWindow(t, "reserve", times, tt.lim)
			checkWindow(t, "overall", times, Limit{30, time.Second})
			if got := times[len(times)-1].Sub(base); got > tt.last+time.Millisecond {
				t.Errorf("last send after %v, want by %v", got, tt.last)
			}
		})
	}
}

func TestPacerUnknownPlatform(t *testing.T) {
	p := newPacer(DefaultPaces())
	now := time.Now()
	for range 100 {
		if at := p.reserve("console", "x", now); !at.Equal(now) {
			t.Fatalf("console paced: %v", at.Sub(now))
		}
	}
}

func TestInterleave(t *testing.T) {
	var subs []knowledge.Subscription
	for i, chat := range []string{"-1", "-1", "-1", "2", "3", "3"} {
		subs = append(subs, knowledge.Subscription{ID: int64(i + 1), Platform: "telegram", Chat: chat})
	}
	interleave(subs)
	var got []int64
	for _, s := range subs {
		got = append(got, s.ID)
	}
	if want := []int64{1, 4, 5, 2, 6, 3}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}
