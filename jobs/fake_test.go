package jobs

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// fakeStore is an in-memory Store.
type fakeStore struct {
	mu        sync.Mutex
	subs      []knowledge.Subscription
	reports   []knowledge.Report // LinkID set by addReport
	expiring  []knowledge.Expiring
	reminders map[string]bool
	nextLink  int64
	digests   int // DigestReports calls
	// busy, when set, is called before every write: an error fails it,
	// as a database locked by another process does.
	busy func() error
}

var errLocked = errors.New("fake: database is locked (SQLITE_BUSY)")

// writable returns the error of busy, if any.
func (f *fakeStore) writable() error {
	if f.busy == nil {
		return nil
	}
	return f.busy()
}

func newFakeStore() *fakeStore { return &fakeStore{reminders: map[string]bool{}} }

func (f *fakeStore) subscribe(sub knowledge.Subscription) knowledge.Subscription {
	f.mu.Lock()
	defer f.mu.Unlock()
	sub.ID = int64(len(f.subs) + 1)
	if sub.Filter == "" {
		sub.Filter = knowledge.FilterAll
	}
	f.subs = append(f.subs, sub)
	return sub
}

func (f *fakeStore) addReport(r knowledge.Report) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextLink++
	r.LinkID = f.nextLink
	f.reports = append(f.reports, r)
}

func (f *fakeStore) Subscriptions(ctx context.Context, platform, chat string) ([]knowledge.Subscription, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []knowledge.Subscription
	for _, s := range f.subs {
		if (platform == "" || s.Platform == platform) && (chat == "" || s.Chat == chat) {
			out = append(out, s)
		}
	}
	return out, nil
}

func (f *fakeStore) Unsubscribe(ctx context.Context, platform, chat string, kind knowledge.SubKind) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := len(f.subs)
	f.subs = slices.DeleteFunc(f.subs, func(s knowledge.Subscription) bool {
		return s.Platform == platform && s.Chat == chat && (kind == "" || s.Kind == kind)
	})
	return n - len(f.subs), nil
}

func (f *fakeStore) DigestReports(ctx context.Context, sub knowledge.Subscription, n int) ([]knowledge.Report, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.digests++
	var out []knowledge.Report
	for _, r := range f.reports {
		if r.LinkID <= sub.Watermark {
			continue
		}
		switch sub.Filter {
		case knowledge.FilterPlayer:
			if r.Player != sub.FilterName {
				continue
			}
		case knowledge.FilterClub:
			if r.Club != sub.FilterName {
				continue
			}
		}
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(a, b knowledge.Report) int { return b.Stage.Strength() - a.Stage.Strength() })
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// FollowReports matches a follow to the reports by its FilterName.
func (f *fakeStore) FollowReports(ctx context.Context, sub knowledge.Subscription, n int) ([]knowledge.Report, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	about := func(r knowledge.Report) bool { return r.Player == sub.FilterName || r.Club == sub.FilterName }
	fresh := map[[2]string]bool{}
	var upto int64
	for _, r := range f.reports {
		if r.LinkID > sub.Watermark && about(r) && len(fresh) < n {
			fresh[[2]string{r.Player, r.Club}] = true
			upto = r.LinkID
		}
	}
	out := []knowledge.Report{}
	for _, r := range f.reports {
		if r.LinkID <= upto && fresh[[2]string{r.Player, r.Club}] {
			out = append(out, r)
		}
	}
	return out, nil
}

func (f *fakeStore) SetWatermark(ctx context.Context, subID, linkID int64) error {
	return f.moveWatermark(subID, func(int64) int64 { return linkID })
}

func (f *fakeStore) RewindWatermark(ctx context.Context, subID, claimed, back int64) error {
	return f.moveWatermark(subID, func(w int64) int64 {
		if w == claimed {
			return back
		}
		return w
	})
}

func (f *fakeStore) ClaimWatermark(ctx context.Context, subID, from, to int64) error {
	var claimed bool
	err := f.moveWatermark(subID, func(w int64) int64 {
		if claimed = w == from; claimed {
			return to
		}
		return w
	})
	if err == nil && !claimed {
		err = knowledge.ErrClaimed
	}
	return err
}

// moveWatermark sets a subscription's watermark to to(the current one).
func (f *fakeStore) moveWatermark(subID int64, to func(int64) int64) error {
	if err := f.writable(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range f.subs {
		if f.subs[i].ID == subID {
			f.subs[i].Watermark = to(f.subs[i].Watermark)
			return nil
		}
	}
	return knowledge.ErrNotFound
}

func reminderKey(subID int64, player string, days int) string {
	return fmt.Sprintf("%d/%s/%d", subID, player, days)
}

func (f *fakeStore) UnmarkReminder(ctx context.Context, subID int64, player string, days int) error {
	if err := f.writable(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.reminders, reminderKey(subID, player, days))
	return nil
}

func (f *fakeStore) ReminderSent(ctx context.Context, subID int64, player string, days int) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.reminders[reminderKey(subID, player, days)], nil
}

func (f *fakeStore) MarkReminder(ctx context.Context, subID int64, player string, days int) error {
	if err := f.writable(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reminders[reminderKey(subID, player, days)] = true
	return nil
}

func (f *fakeStore) ClaimReminder(ctx context.Context, subID int64, player string, days int) error {
	if err := f.writable(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	k := reminderKey(subID, player, days)
	if f.reminders[k] {
		return knowledge.ErrClaimed
	}
	f.reminders[k] = true
	return nil
}

func (f *fakeStore) Expiring(ctx context.Context, from, to facts.Date) ([]knowledge.Expiring, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []knowledge.Expiring
	for _, e := range f.expiring {
		if e.Expires.Compare(from) >= 0 && e.Expires.Compare(to) <= 0 {
			out = append(out, e)
		}
	}
	return out, nil
}

// sent is one message a fakeSender accepted.
type sent struct {
	chat  string
	reply bot.Reply
}

// fakeSender records what it accepts; fail, when set, decides the fate of
// each call before it is accepted.
type fakeSender struct {
	mu   sync.Mutex
	got  []sent
	fail func(chat string, call int) error
	call int
}

var errDown = errors.New("fake: platform down")

func (s *fakeSender) Send(ctx context.Context, chat string, r bot.Reply) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.call++
	if s.fail != nil {
		if err := s.fail(chat, s.call); err != nil {
			return err
		}
	}
	s.got = append(s.got, sent{chat, r})
	return nil
}

func (s *fakeSender) messages() []sent {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.got)
}

// perChat counts the messages each chat got.
func (s *fakeSender) perChat() map[string]int {
	n := map[string]int{}
	for _, m := range s.messages() {
		n[m.chat]++
	}
	return n
}

// flat is a reply's words on one line each, whatever the renderer does.
func flat(r bot.Reply) string {
	lines := append([]string{r.Title}, r.Lines...)
	for _, it := range r.Items {
		lines = append(lines, it.Label+" — "+it.Detail)
	}
	if r.More > 0 {
		lines = append(lines, fmt.Sprintf("and %d more", r.More))
	}
	return strings.Join(append(lines, r.Footer), "\n")
}

// calls is how many times Send was called.
func (s *fakeSender) calls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.call
}
