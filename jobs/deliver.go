package jobs

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/knowledge"
)

// Stats counts what one run of a job did.
type Stats struct {
	Sent    int // messages the platform accepted
	Skipped int // subscriptions with nothing new
	Failed  int // messages not delivered: retried on the next run
	// Uncertain counts the messages the platform may have shown though it
	// did not say so (the connection broke after the message went out):
	// kept as delivered, not sent again.
	Uncertain int
	Gone      int // chats deleted or that blocked the bot: unsubscribed
	Waiting   int // subscriptions of a platform with no adapter running here: kept for later
	Deferred  int // messages held back by the per-chat limit: sent by a later run
}

// message is one reply a job delivers to a subscription. claim records it
// as delivered before it is sent; release gives the claim back when the
// platform cannot have shown it, so that the next run sends it again.
type message struct {
	reply   bot.Reply
	claim   func(ctx context.Context) error
	release func(ctx context.Context) error
}

// composer composes the message of one subscription in one run; ok is
// false when there is nothing to send.
type composer func(ctx context.Context, sub knowledge.Subscription) (m message, ok bool, err error)

// job is a kind of message sent to the subscriptions of one kind.
type job interface {
	// start prepares one run as of now.
	start(ctx context.Context, now time.Time) (composer, error)
}

// The delivery defaults.
const (
	sendTimeout     = time.Minute     // one Send, retries of a 429 included
	writeTries      = 5               // attempts at one claim or release, 1+2+4+8 s apart
	shutdownGrace   = 3 * time.Second // to finish the message in flight after SIGTERM
	outageThreshold = 3               // consecutive failures before a platform is left for this run
)

// runOptions say how to run a job once.
type runOptions struct {
	now time.Time
	// dry: nothing is recorded, and with no subscription of the kind the
	// message of a subscription to everything is sent (to the "console"
	// platform's sender).
	dry bool
	// due, when set, says which subscriptions the run is for.
	due func(knowledge.Subscription) bool
	// onePerChat sends a chat at most one message per run: the others
	// wait for the next run.
	onePerChat bool
}

// deliverer fans a job's messages out to the subscriptions.
type deliverer struct {
	store   Store
	senders map[string]bot.Sender
	log     *slog.Logger
	grace   time.Duration
	metrics Metrics
}

// run runs one job for the subscriptions of kind. It stops between two
// messages when ctx is done; the message in flight is finished.
func (d *deliverer) run(ctx context.Context, name string, kind knowledge.SubKind, j job, o runOptions) (Stats, error) {
	var st Stats
	subs, err := d.subscriptions(ctx, kind, o.dry)
	if err != nil {
		return st, err
	}
	if o.due != nil {
		subs = slices.DeleteFunc(subs, func(s knowledge.Subscription) bool { return !o.due(s) })
	}
	if len(subs) == 0 { // a turn with nobody due (the digests' each minute) prepares nothing
		return st, nil
	}
	compose, err := j.start(ctx, o.now)
	if err != nil {
		return st, err
	}
	log := d.log.With("job", name)
	gone := map[string]bool{}    // platform + chat
	failures := map[string]int{} // consecutive, by platform
	waiting := map[string]bool{} // platforms without a sender, logged once
	told := map[string]bool{}    // platform + chat: had a message this run
	for _, sub := range subs {
		if ctx.Err() != nil {
			break
		}
		chatKey := sub.Platform + "\x00" + sub.Chat
		if gone[chatKey] {
			continue
		}
		sender := d.senders[sub.Platform]
		if sender == nil {
			st.Waiting++
			if !waiting[sub.Platform] {
				waiting[sub.Platform] = true
				log.Info("jobs: no adapter runs for this platform; its subscriptions wait", "platform", sub.Platform)
			}
			continue
		}
		if failures[sub.Platform] >= outageThreshold {
			st.Failed++
			continue
		}
		m, ok, err := compose(ctx, sub)
		switch {
		case err != nil && ctx.Err() != nil:
			return st, nil
		case err != nil:
			log.Error("jobs: compose", "sub", sub.ID, "err", err)
			st.Failed++
			continue
		case !ok:
			st.Skipped++
			d.claimSilently(ctx, log, sub, m, o.dry)
			continue
		case o.onePerChat && told[chatKey]:
			st.Deferred++
			continue
		}
		err = d.deliver(ctx, sender, sub, m, o.dry)
		if err == nil || errors.Is(err, bot.ErrUncertain) {
			told[chatKey] = true
		}
		d.count(ctx, log, &st, sub, err, failures)
		if errors.Is(err, bot.ErrChatGone) {
			gone[chatKey] = true
		}
	}
	return st, nil
}

// count adds the outcome of one send to st and failures, unsubscribing a
// chat that is gone.
func (d *deliverer) count(ctx context.Context, log *slog.Logger, st *Stats, sub knowledge.Subscription, err error, failures map[string]int) {
	switch {
	case err == nil:
		st.Sent++
		failures[sub.Platform] = 0
		d.metrics.Delivered(sub.Platform, "sent")
	case errors.Is(err, errUnsubscribed):
		st.Skipped++
	case errors.Is(err, errClaimed):
		st.Skipped++
		log.Info("jobs: claimed by another run; not sent here", "platform", sub.Platform, "chat", sub.Chat, "sub", sub.ID)
	case errors.Is(err, bot.ErrUncertain):
		st.Uncertain++
		failures[sub.Platform] = 0
		d.metrics.Delivered(sub.Platform, "uncertain")
		log.Warn("jobs: the platform may have shown the message; kept as delivered, not sent again",
			"platform", sub.Platform, "chat", sub.Chat, "sub", sub.ID, "err", err)
	case errors.Is(err, bot.ErrChatGone):
		st.Gone++
		d.metrics.Delivered(sub.Platform, "gone")
		d.unsubscribe(ctx, log, sub, err)
	default:
		st.Failed++
		d.metrics.Delivered(sub.Platform, "retried")
		failures[sub.Platform]++
		log.Warn("jobs: send failed; retried next run", "platform", sub.Platform, "chat", sub.Chat, "sub", sub.ID, "err", err)
		if failures[sub.Platform] == outageThreshold {
			log.Warn("jobs: platform failing; its other messages wait for the next run", "platform", sub.Platform)
		}
	}
}

// subscriptions lists the subscriptions of kind in a stable order; a dry
// run with none stands in a console subscription to everything.
func (d *deliverer) subscriptions(ctx context.Context, kind knowledge.SubKind, dry bool) ([]knowledge.Subscription, error) {
	all, err := d.store.Subscriptions(ctx, "", "")
	if err != nil {
		return nil, err
	}
	subs := slices.DeleteFunc(all, func(s knowledge.Subscription) bool { return s.Kind != kind })
	slices.SortFunc(subs, func(a, b knowledge.Subscription) int { return cmp.Compare(a.ID, b.ID) })
	interleave(subs)
	if dry && len(subs) == 0 {
		subs = append(subs, knowledge.Subscription{Platform: "console", Chat: "dry-run", Kind: kind, Filter: knowledge.FilterAll})
	}
	return subs, nil
}

// interleave orders the subscriptions in rounds, each chat's first one
// first, then each chat's second one..., so that a chat with many
// subscriptions (and its per-chat limit) does not hold up the others.
func interleave(subs []knowledge.Subscription) {
	rank := make(map[int64]int, len(subs)) // by subscription id
	seen := map[string]int{}               // by platform and chat
	for _, s := range subs {
		k := s.Platform + "\x00" + s.Chat
		rank[s.ID] = seen[k]
		seen[k]++
	}
	slices.SortStableFunc(subs, func(a, b knowledge.Subscription) int { return cmp.Compare(rank[a.ID], rank[b.ID]) })
}

// errUnsubscribed: the subscription was removed while its message was
// being composed; there is nothing to send.
var errUnsubscribed = errors.New("jobs: unsubscribed meanwhile")

// errClaimed: another run (a replica that led a moment ago, or leads
// meanwhile) claimed the message first; it sends it, this run does not.
var errClaimed = errors.New("jobs: claimed by another run")

// deliver claims one message (records it as delivered), then sends it: a
// record cannot fail after the message went out, so a message is never
// sent twice. A claim that cannot be written is retried, then the message
// is left for the next run, unsent; a message the platform cannot have
// shown gives its claim back (retried likewise) for the next run; one it
// may have shown (bot.ErrUncertain) keeps it. Neither the claim nor the
// send is cut short by ctx ending, for up to the shutdown grace.
func (d *deliverer) deliver(ctx context.Context, sender bot.Sender, sub knowledge.Subscription, m message, dry bool) error {
	ctx, cancel := withGrace(ctx, d.grace)
	defer cancel()
	record := !dry && m.claim != nil
	if record {
		switch err := d.retryWrite(ctx, sub, "claim", m.claim); {
		case errors.Is(err, knowledge.ErrNotFound):
			return errUnsubscribed
		case errors.Is(err, knowledge.ErrClaimed):
			return errClaimed
		case err != nil:
			d.giveBack(ctx, sub, m)
			return fmt.Errorf("jobs: not sent: the delivery could not be recorded: %w", err)
		}
	}
	sendCtx, cancelSend := context.WithTimeout(ctx, sendTimeout)
	err := sender.Send(sendCtx, sub.Chat, m.reply)
	cancelSend()
	if err != nil && record && !errors.Is(err, bot.ErrUncertain) && !errors.Is(err, bot.ErrChatGone) {
		d.giveBack(ctx, sub, m)
	}
	return err
}

// claimSilently records what a run had for a subscription with nothing
// to send it (m.claim set, ok false), so that the next run does not read
// it again.
func (d *deliverer) claimSilently(ctx context.Context, log *slog.Logger, sub knowledge.Subscription, m message, dry bool) {
	if dry || m.claim == nil {
		return
	}
	ctx, cancel := withGrace(ctx, d.grace)
	defer cancel()
	err := d.retryWrite(ctx, sub, "claim", m.claim)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) && !errors.Is(err, knowledge.ErrClaimed) {
		log.Warn("jobs: cannot record what was read; read again next run", "sub", sub.ID, "err", err)
	}
}

// giveBack releases the claim of a message that was not delivered, so
// that the next run sends it.
func (d *deliverer) giveBack(ctx context.Context, sub knowledge.Subscription, m message) {
	if m.release == nil {
		return
	}
	err := d.retryWrite(ctx, sub, "release", m.release)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		d.log.Error("jobs: message not delivered and its claim not given back: it will not be sent", "sub", sub.ID, "err", err)
	}
}

// retryWrite runs write (a claim or a release) until it succeeds, up to
// writeTries times, waiting 1, 2, 4, then 8 s between tries: longer than
// another process holds the database's write lock in practice. An unknown
// subscription is final.
func (d *deliverer) retryWrite(ctx context.Context, sub knowledge.Subscription, what string, write func(context.Context) error) error {
	wait := time.Second
	for try := 1; ; try++ {
		err := write(ctx)
		if err == nil || errors.Is(err, knowledge.ErrNotFound) || errors.Is(err, knowledge.ErrClaimed) || try == writeTries {
			return err
		}
		d.log.Warn("jobs: cannot record the delivery yet; retrying", "what", what, "sub", sub.ID, "err", err, "in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return errors.Join(err, ctx.Err())
		case <-t.C:
		}
		wait *= 2
	}
}

func (d *deliverer) unsubscribe(ctx context.Context, log *slog.Logger, sub knowledge.Subscription, cause error) {
	ctx, cancel := withGrace(ctx, d.grace)
	defer cancel()
	n, err := d.store.Unsubscribe(ctx, sub.Platform, sub.Chat, "")
	if err != nil {
		log.Error("jobs: chat gone but unsubscribe failed", "platform", sub.Platform, "chat", sub.Chat, "err", err)
		return
	}
	log.Warn("jobs: chat gone; delivery given up and unsubscribed", "platform", sub.Platform, "chat", sub.Chat, "removed", n, "cause", cause)
}

// withGrace returns a context that ends grace after parent ends (or when
// cancelled), so the work in flight at shutdown can finish.
func withGrace(parent context.Context, grace time.Duration) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(parent))
	var mu sync.Mutex
	var timer *time.Timer
	stop := context.AfterFunc(parent, func() {
		mu.Lock()
		defer mu.Unlock()
		timer = time.AfterFunc(grace, cancel)
	})
	return ctx, func() {
		stop()
		mu.Lock()
		if timer != nil {
			timer.Stop()
		}
		mu.Unlock()
		cancel()
	}
}
