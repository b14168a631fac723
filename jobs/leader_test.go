package jobs

import (
	"context"
	"errors"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/mercato-bot/mercato/bot"
)

// fakeLeader leads when the test grants it and loses the lead when the
// test takes it back.
type fakeLeader struct {
	grants chan struct{}
	mu     sync.Mutex
	lose   context.CancelFunc
	leads  int
}

func (l *fakeLeader) Lead(ctx context.Context) (context.Context, func(), error) {
	select {
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	case <-l.grants:
	}
	leading, cancel := context.WithCancel(ctx)
	l.mu.Lock()
	l.lose = cancel
	l.leads++
	l.mu.Unlock()
	return leading, cancel, nil
}

func (l *fakeLeader) takeBack() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lose()
}

// runLed runs a scheduler of the digest on schedule to two chats under a
// fakeLeader; stop stops it.
func runLed(t *testing.T, schedule string) (*fakeSender, *fakeLeader, func()) {
	st := digestStore(2)
	sender := &fakeSender{}
	var cfg Config
	cfg.Digest.Schedule = schedule
	cfg.Reminders.Schedule = Off
	leader := &fakeLeader{grants: make(chan struct{}, 1)}
	s, err := New(cfg, "UTC", Options{Store: st, Senders: map[string]bot.Sender{"telegram": sender}, Leader: leader})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	return sender, leader, func() {
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

// The jobs run only while the replica leads: a turn that falls while it
// follows is not run, and it runs again once it leads again.
func TestRunOnlyWhileLeading(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		sender, leader, stop := runLed(t, "0 18 * * *")

		time.Sleep(time.Hour) // follows: 01:00
		synctest.Wait()
		leader.grants <- struct{}{}
		time.Sleep(time.Hour) // leads from 01:00 to 02:00, then follows
		synctest.Wait()
		leader.takeBack()
		time.Sleep(24 * time.Hour) // 18:00 passes while following
		synctest.Wait()
		if got := len(sender.messages()); got != 0 {
			t.Fatalf("%d messages sent while following", got)
		}
		leader.grants <- struct{}{} // leads again on day 2 at 02:00
		time.Sleep(17 * time.Hour)  // 19:00
		synctest.Wait()
		wantOnceEach(t, 2, sender)
		if leader.leads != 2 {
			t.Errorf("led %d times, want 2", leader.leads)
		}
		stop()
	})
}

// errLeader fails to tell whether the replica leads.
type errLeader struct{}

func (errLeader) Lead(context.Context) (context.Context, func(), error) {
	return nil, nil, errors.New("no database")
}

func TestRunLeaderError(t *testing.T) {
	s, err := New(Config{}, "UTC", Options{Store: newFakeStore(), Leader: errLeader{}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Run(t.Context()); err == nil {
		t.Error("Run succeeded without a leader")
	}
}

func TestSolo(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	leading, release, err := Solo{}.Lead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if leading.Err() != nil {
		t.Fatal("Solo does not lead")
	}
	cancel()
	<-leading.Done()
	if _, _, err := (Solo{}).Lead(ctx); err == nil {
		t.Error("Solo leads after its context ended")
	}
}

// A replica that takes the lead waits the takeover pause before its jobs
// run (the previous leader's last messages leave the platforms' rate
// windows); a lead lost during the pause runs nothing.
func TestTakeoverPause(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		sender, leader, stop := runLed(t, "@every 1s")

		leader.grants <- struct{}{}
		time.Sleep(DefaultTakeover - time.Second/2) // lost within the pause
		synctest.Wait()
		leader.takeBack()
		leader.grants <- struct{}{}
		time.Sleep(DefaultTakeover - time.Second/2)
		synctest.Wait()
		if got := len(sender.messages()); got != 0 {
			t.Fatalf("%d messages sent within the takeover pause", got)
		}
		time.Sleep(2 * time.Second) // the pause ends, then a turn of the digest
		synctest.Wait()
		wantOnceEach(t, 2, sender)
		stop()
	})
}
