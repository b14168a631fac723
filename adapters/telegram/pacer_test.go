package telegram

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// maxInWindow is the largest number of times in any window [t, t+w).
func maxInWindow(ts []time.Time, w time.Duration) int {
	best := 0
	for i := range ts {
		n := 0
		for j := i; j < len(ts) && ts[j].Sub(ts[i]) < w; j++ {
			n++
		}
		best = max(best, n)
	}
	return best
}

func TestPacerLimits(t *testing.T) {
	base := time.Date(2022, 3, 24, 18, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		chats   func(i int) int64
		n       int
		window  time.Duration
		max     int // at most this many in any window
		minRate int // and at least this many over the whole run per window
	}{
		{"fan-out to private chats", func(i int) int64 { return int64(1000 + i) }, 1000, time.Second, 30, 29},
		{"one private chat", func(int) int64 { return 42 }, 20, time.Second, 1, 1},
		{"one group", func(int) int64 { return -100 }, 60, time.Minute, 20, 19},
		{"many groups", func(i int) int64 { return -int64(1 + i%100) }, 1500, time.Second, 30, 29},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newPacer(realClock{}, func() {})
			var at []time.Time
			for i := range c.n {
				at = append(at, p.reserve(base, c.chats(i)))
			}
			for i := 1; i < len(at); i++ {
				if at[i].Before(at[i-1]) {
					t.Fatalf("slot %d at %v before slot %d at %v", i, at[i], i-1, at[i-1])
				}
			}
			if got := maxInWindow(at, c.window); got > c.max {
				t.Errorf("%d messages in one %v, want at most %d", got, c.window, c.max)
			}
			span := at[len(at)-1].Sub(at[0])
			if rate := float64(len(at)-1) / span.Seconds() * c.window.Seconds(); rate < float64(c.minRate) {
				t.Errorf("%.1f messages per %v, want at least %d", rate, c.window, c.minRate)
			}
		})
	}
}

func TestPacerHold(t *testing.T) {
	base := time.Date(2022, 3, 24, 18, 0, 0, 0, time.UTC)
	p := newPacer(realClock{}, func() {})
	p.hold(base.Add(5 * time.Second))
	if got := p.reserve(base, 1); !got.Equal(base.Add(5 * time.Second)) {
		t.Errorf("slot after a hold = %v, want 5 s later", got.Sub(base))
	}
}

// TestPacerHoldStopsSlotsTaken: a 429's retry_after holds every message,
// also those that had their slot before it came: a 429 does not say
// whether it limits one chat or the whole bot.
func TestPacerHoldStopsSlotsTaken(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		p := newPacer(realClock{}, func() {})
		start := time.Now()
		hold := start.Add(3 * time.Second)
		var mu sync.Mutex
		var early []string
		var wg sync.WaitGroup
		answered := make(chan struct{})
		for chat := int64(1); chat <= 5; chat++ {
			wg.Go(func() {
				done, err := p.wait(t.Context(), chat)
				if err != nil {
					t.Error(err)
					return
				}
				defer done()
				if chat == 1 { // its message gets a 429 (retry after 3 s) once the others took their slots
					<-answered
					p.hold(hold)
					return
				}
				if now := time.Now(); now.Before(hold) {
					mu.Lock()
					early = append(early, fmt.Sprintf("chat %d at +%v", chat, now.Sub(start)))
					mu.Unlock()
				}
			})
			synctest.Wait() // the slots are taken in this order
		}
		close(answered)
		wg.Wait()
		if len(early) > 0 {
			t.Errorf("sent inside the 429's window: %v", early)
		}
	})
}

// TestPacerWindowAtTelegram: messages reach Telegram some time between
// their start and their answer, unevenly (a slow request, a sender that
// wakes late): however they spread, Telegram never receives more than
// GlobalMax in one GlobalWindow, and the pace stays close to the limit.
func TestPacerWindowAtTelegram(t *testing.T) {
	for _, senders := range []int{1, 4} {
		t.Run(fmt.Sprint(senders, " senders"), func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				const n = 600
				p := newPacer(realClock{}, func() {})
				rnd := rand.New(rand.NewPCG(1, uint64(senders)))
				var mu sync.Mutex
				var arrived []time.Time
				var wg sync.WaitGroup
				for s := range senders {
					wg.Go(func() {
						for i := range n / senders {
							mu.Lock()
							late := time.Duration(rnd.IntN(15)) * time.Millisecond
							took := time.Duration(1+rnd.IntN(30)) * time.Millisecond
							at := time.Duration(rnd.Int64N(int64(took)))
							mu.Unlock()
							done, err := p.wait(t.Context(), int64(1000*s+i))
							if err != nil {
								t.Error(err)
								return
							}
							time.Sleep(at)
							mu.Lock()
							arrived = append(arrived, time.Now())
							mu.Unlock()
							time.Sleep(took - at)
							done()
							time.Sleep(late) // the next message is composed, or the sender wakes late
						}
					})
				}
				wg.Wait()
				slices.SortFunc(arrived, time.Time.Compare)
				if got := maxInWindow(arrived, GlobalWindow); got > GlobalMax {
					t.Errorf("%d messages reached Telegram in one %v, want at most %d", got, GlobalWindow, GlobalMax)
				}
				span := arrived[len(arrived)-1].Sub(arrived[0])
				if rate := float64(len(arrived)-1) / span.Seconds(); rate < 25 {
					t.Errorf("%.1f messages a second, want at least 25", rate)
				}
			})
		})
	}
}
