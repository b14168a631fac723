package telegram

import (
	"context"
	"sync"
	"time"
)

// The Bot API's limits on outgoing messages.
const (
	// GlobalInterval spaces all messages: 30 per second, rounded up so that
	// no window of one second ever holds 31.
	GlobalInterval = (time.Second + 29) / 30
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
// group in any GroupWindow. It is safe for concurrent use.
type pacer struct {
	clock  clock
	waited func() // called for every message that has to wait

	mu     sync.Mutex
	global time.Time             // earliest time of the next message
	until  time.Time             // the end of the last hold
	chats  map[int64]time.Time   // per chat: earliest time of its next message
	groups map[int64][]time.Time // per group: the times of its last GroupMax messages
}

func newPacer(c clock, waited func()) *pacer {
	return &pacer{clock: c, waited: waited, chats: map[int64]time.Time{}, groups: map[int64][]time.Time{}}
}

// wait blocks until a message to chat may be sent.
// A hold that came while it waited (a 429 to another message: it does
// not say whether it limits one chat or the whole bot) sends it back to
// wait for a slot after the hold.
func (p *pacer) wait(ctx context.Context, chat int64) error {
	now := p.clock.Now()
	at := p.reserve(now, chat)
	if at.After(now) {
		p.waited()
	}
	for {
		if err := p.clock.Sleep(ctx, at.Sub(now)); err != nil {
			return err
		}
		now = p.clock.Now()
		if !p.heldAt(now) {
			return nil
		}
		at = p.reserve(now, chat)
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
