package telegram

import (
	"context"
	"sync"
	"time"
)

// The Bot API's limits on outgoing messages.
const (
	// GlobalInterval spaces all messages: 30 per second, rounded up so that
	// no window of one second ever holds 31 slots.
	GlobalInterval = (time.Second + GlobalMax - 1) / GlobalMax
	// GlobalWindow and GlobalMax bound the messages Telegram receives: at
	// most 30 in any second, however late each one leaves or arrives.
	GlobalWindow = time.Second
	GlobalMax    = 30
	// ChatInterval spaces the messages to one chat.
	ChatInterval = time.Second
	// GroupWindow and GroupMax bound the messages to one group: at most 20
	// in any minute.
	GroupWindow = time.Minute
	GroupMax    = 20
)

// clock is the time the pacer and the retries wait on; tests inject theirs.
type clock interface {
	Now() time.Time
	// Sleep waits d or until ctx is done, whichever is first.
	Sleep(ctx context.Context, d time.Duration) error
}

// realClock is the wall clock.
type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// pacer spaces outgoing messages under the Bot API's limits: one slot per
// message, reserved in order of arrival: all messages GlobalInterval
// apart, those to one chat ChatInterval apart, and at most GroupMax to a
// group in any GroupWindow.
//
// Slots alone would let 31 messages reach Telegram in one second: a
// message that wakes late for its slot, or whose request is slow, lands
// beside the next ones. So a message also waits until fewer than
// GlobalMax messages are in flight or were answered within the last
// GlobalWindow: Telegram receives each message between its start and its
// answer, so no window of GlobalWindow there holds more than GlobalMax.
// It is safe for concurrent use.
type pacer struct {
	clock  clock
	waited func() // called for every message that has to wait

	mu       sync.Mutex
	global   time.Time             // earliest time of the next message
	until    time.Time             // the end of the last hold
	chats    map[int64]time.Time   // per chat: earliest time of its next message
	groups   map[int64][]time.Time // per group: the times of its last GroupMax messages
	inFlight int                   // messages started and not answered
	answered []time.Time           // when the last messages were answered, oldest first
}

func newPacer(c clock, waited func()) *pacer {
	return &pacer{clock: c, waited: waited, chats: map[int64]time.Time{}, groups: map[int64][]time.Time{}}
}

// wait blocks until a message to chat may be sent; the caller calls done
// once Telegram answered it (or the request failed). A hold that came
// while it waited (a 429 to another message: it does not say whether it
// limits one chat or the whole bot) sends it back to wait for a slot
// after the hold.
func (p *pacer) wait(ctx context.Context, chat int64) (done func(), err error) {
	now := p.clock.Now()
	at := p.reserve(now, chat)
	if at.After(now) {
		p.waited()
	}
	for {
		if err := p.clock.Sleep(ctx, at.Sub(now)); err != nil {
			return nil, err
		}
		now = p.clock.Now()
		switch {
		case p.heldAt(now):
			at = p.reserve(now, chat)
		case !p.admit(now):
			at = p.windowFree(now)
		default:
			return sync.OnceFunc(p.answer), nil
		}
	}
}

// admit counts a message in flight when fewer than GlobalMax are in
// flight or were answered within the GlobalWindow before now.
func (p *pacer) admit(now time.Time) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	old := 0
	for old < len(p.answered) && !p.answered[old].After(now.Add(-GlobalWindow)) {
		old++
	}
	p.answered = p.answered[old:]
	if p.inFlight+len(p.answered) >= GlobalMax {
		return false
	}
	p.inFlight++
	return true
}

// windowFree is when the window may have room again: when the oldest
// answer counted leaves it, or after one interval when only messages in
// flight fill it.
func (p *pacer) windowFree(now time.Time) time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.answered) > 0 && p.inFlight < GlobalMax {
		return p.answered[0].Add(GlobalWindow)
	}
	return now.Add(GlobalInterval)
}

// answer records that a message in flight was answered now.
func (p *pacer) answer() {
	now := p.clock.Now()
	p.mu.Lock()
	defer p.mu.Unlock()
	p.inFlight--
	p.answered = append(p.answered, now)
	if len(p.answered) > GlobalMax {
		p.answered = p.answered[len(p.answered)-GlobalMax:]
	}
}

// heldAt reports whether a hold covers now.
func (p *pacer) heldAt(now time.Time) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return now.Before(p.until)
}

// reserve books the next slot for chat at or after now and returns it.
func (p *pacer) reserve(now time.Time, chat int64) time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.forget(now)
	at := latest(now, p.global, p.chats[chat])
	if chat < 0 { // groups, supergroups and channels
		last := p.groups[chat]
		if len(last) == GroupMax {
			at = latest(at, last[0].Add(GroupWindow))
			last = last[1:]
		}
		p.groups[chat] = append(last, at)
	}
	p.global = at.Add(GlobalInterval)
	p.chats[chat] = at.Add(ChatInterval)
	return at
}

// hold makes every message wait until t: Telegram's flood control asked
// for it.
func (p *pacer) hold(t time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.global = latest(p.global, t)
	p.until = latest(p.until, t)
}

// forget drops the chats whose limits have expired, so that the maps stay
// as small as the chats of the last minute.
func (p *pacer) forget(now time.Time) {
	if len(p.chats) < 1024 {
		return
	}
	for id, t := range p.chats {
		if t.Before(now) {
			delete(p.chats, id)
		}
	}
	for id, ts := range p.groups {
		if ts[len(ts)-1].Add(GroupWindow).Before(now) {
			delete(p.groups, id)
		}
	}
}

// latest returns the latest of ts.
func latest(ts ...time.Time) time.Time {
	var m time.Time
	for _, t := range ts {
		if t.After(m) {
			m = t
		}
	}
	return m
}
