package telegram

import (
	"context"
	"sync"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// The dispatcher's bounds.
const (
	maxHandlers = 16 // updates handled at once
	maxQueued   = 32 // updates waiting per chat; more are dropped
)

// dispatcher handles updates concurrently across chats and in order
// within a chat: one worker per chat with updates waiting, at most
// maxHandlers handling at once.
type dispatcher struct {
	ctx    context.Context
	handle func(context.Context, tgbotapi.Update)
	sem    chan struct{}

	mu     sync.Mutex
	queues map[int64][]tgbotapi.Update // a chat is present while its worker runs
	wg     sync.WaitGroup
}

func newDispatcher(ctx context.Context, handle func(context.Context, tgbotapi.Update)) *dispatcher {
	return &dispatcher{
		ctx:    ctx,
		handle: handle,
		sem:    make(chan struct{}, maxHandlers),
		queues: map[int64][]tgbotapi.Update{},
	}
}

// push queues u for chat; false when the chat has too many waiting.
func (d *dispatcher) push(chat int64, u tgbotapi.Update) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	q, running := d.queues[chat]
	if len(q) >= maxQueued {
		return false
	}
	d.queues[chat] = append(q, u)
	if !running {
		d.wg.Add(1)
		go d.work(chat)
	}
	return true
}

// work handles chat's updates until none is waiting.
func (d *dispatcher) work(chat int64) {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		q := d.queues[chat]
		if len(q) == 0 {
			delete(d.queues, chat)
			d.mu.Unlock()
			return
		}
		u := q[0]
		d.queues[chat] = q[1:]
		d.mu.Unlock()

		d.sem <- struct{}{}
		d.handle(d.ctx, u)
		<-d.sem
	}
}

// idle returns a channel closed once every queued update was handled.
// Call it only after the last push.
func (d *dispatcher) idle() <-chan struct{} {
	done := make(chan struct{})
	go func() {
		d.wg.Wait()
		close(done)
	}()
	return done
}

// recent remembers the last n update ids, to drop the updates Telegram
// delivers twice (a webhook answered too late, a restart).
type recent struct {
	mu   sync.Mutex
	ids  map[int]bool
	ring []int
	next int
}

func newRecent(n int) *recent {
	return &recent{ids: make(map[int]bool, n), ring: make([]int, n)}
}

// add records id and reports whether it is new.
func (r *recent) add(id int) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ids[id] {
		return false
	}
	delete(r.ids, r.ring[r.next])
	r.ring[r.next] = id
	r.ids[id] = true
	r.next = (r.next + 1) % len(r.ring)
	return true
}
