package jobs

import (
	"context"
	"strings"
	"sync"
	"time"
)

// Limit allows N messages in any window of length Per.
type Limit struct {
	N   int
	Per time.Duration
}

// Pace is a platform's sending limits: one for all its chats together,
// spread evenly over the window, and one per chat.
type Pace struct {
	Overall Limit
	Chat    func(chat string) Limit // nil: no per-chat limit
}

// TelegramPace is the Bot API's limits: 30 messages per second overall,
// 20 per minute in a group (negative chat id), one per second in a
// private chat.
func TelegramPace() Pace {
	return Pace{
		Overall: Limit{N: 30, Per: time.Second},
		Chat: func(chat string) Limit {
			if strings.HasPrefix(chat, "-") {
				return Limit{N: 20, Per: time.Minute}
			}
			return Limit{N: 1, Per: time.Second}
		},
	}
}

// DiscordPace is Discord's limits: 50 requests per second overall, 5 per
// 5 seconds in a channel.
func DiscordPace() Pace {
	return Pace{
		Overall: Limit{N: 50, Per: time.Second},
		Chat:    func(string) Limit { return Limit{N: 5, Per: 5 * time.Second} },
	}
}

// DefaultPaces returns the limits of the platforms mercato knows; other
// platforms (the console) are not paced.
func DefaultPaces() map[string]Pace {
	return map[string]Pace{"telegram": TelegramPace(), "discord": DiscordPace()}
}

// pacer hands out send times under every platform's limits. It is shared
// by the jobs so that two jobs running at once stay under one limit.
type pacer struct {
	paces map[string]Pace

	mu      sync.Mutex
	overall map[string]*window // by platform
	chats   map[string]*window // by platform + "\x00" + chat
}

func newPacer(paces map[string]Pace) *pacer {
	return &pacer{paces: paces, overall: map[string]*window{}, chats: map[string]*window{}}
}

// wait blocks until a message to chat on platform may go out, or ctx is
// done, calling waited(platform) when the message has to wait.
func (p *pacer) wait(ctx context.Context, platform, chat string, waited func(platform string)) error {
	at := p.reserve(platform, chat, time.Now())
	d := time.Until(at)
	if d <= 0 {
		return ctx.Err()
	}
	waited(platform)
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// reserve books the earliest time at or after now that keeps platform and
// chat under their limits.
func (p *pacer) reserve(platform, chat string, now time.Time) time.Time {
	pace, ok := p.paces[platform]
	if !ok {
		return now
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	all := p.overall[platform]
	if all == nil {
		all = newWindow(pace.Overall, true)
		p.overall[platform] = all
	}
	var one *window
	if pace.Chat != nil {
		key := platform + "\x00" + chat
		if one = p.chats[key]; one == nil {
			p.prune(now)
			one = newWindow(pace.Chat(chat), false)
			p.chats[key] = one
		}
	}
	at := all.next(now)
	if one != nil {
		at = one.next(at)
		// The chat's turn may fall after the overall window moved on.
		at = all.next(at)
	}
	all.add(at)
	if one != nil {
		one.add(at)
	}
	return at
}

// prune forgets the chats whose window has passed, when there are many.
func (p *pacer) prune(now time.Time) {
	if len(p.chats) < 4096 {
		return
	}
	for k, w := range p.chats {
		if w.idle(now) {
			delete(p.chats, k)
		}
	}
}

// window remembers the last N send times of a Limit.
type window struct {
	lim   Limit
	even  bool        // also space sends by Per/N
	times []time.Time // ring of the last N send times, oldest at head
	head  int
}

func newWindow(lim Limit, even bool) *window {
	return &window{lim: lim, even: even}
}

// next returns the earliest time at or after t when one more send keeps
// at most N sends in any window of length Per.
func (w *window) next(t time.Time) time.Time {
	if w.lim.N <= 0 || w.lim.Per <= 0 {
		return t
	}
	if len(w.times) == w.lim.N {
		if oldest := w.times[w.head].Add(w.lim.Per); oldest.After(t) {
			t = oldest
		}
	}
	if w.even && len(w.times) > 0 {
		last := w.times[(w.head+len(w.times)-1)%len(w.times)]
		if gap := last.Add(w.lim.Per / time.Duration(w.lim.N)); gap.After(t) {
			t = gap
		}
	}
	return t
}

// add records a send at t (t is never before the last send recorded).
func (w *window) add(t time.Time) {
	if w.lim.N <= 0 || w.lim.Per <= 0 {
		return
	}
	if len(w.times) < w.lim.N {
		w.times = append(w.times, t)
		return
	}
	w.times[w.head] = t
	w.head = (w.head + 1) % w.lim.N
}

// idle reports whether no send of the last window is within Per of now.
func (w *window) idle(now time.Time) bool {
	if len(w.times) == 0 {
		return true
	}
	last := w.times[(w.head+len(w.times)-1)%len(w.times)]
	return now.Sub(last) >= w.lim.Per
}
