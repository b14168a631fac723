package telegram

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strconv"
	"sync"
)

// maxJournalLines is how long the journal grows before it is rewritten
// with only the ids Telegram may still hand back.
const maxJournalLines = 1024

// ledger keeps the updates received by long polling and not yet handled,
// so that getUpdates confirms an update only once it was handled: the
// offset asked for stays at the oldest update still pending. Telegram
// then hands back the updates above it that were already handled; the
// ledger remembers those, in memory and in its journal file, so that
// each is handled once, across a restart too (even after kill -9). It is
// safe for concurrent use.
type ledger struct {
	mu      sync.Mutex
	pending map[int]bool  // received, not handled (or cut short by a shutdown)
	done    map[int]bool  // handled, at or above the oldest pending
	last    int           // highest id received in this run
	sent    int           // the offset of the last getUpdates Telegram answered
	changed chan struct{} // closed and replaced when an update is handled

	path    string   // the journal; "" for none
	journal *os.File // appended to, one handled id a line
	lines   int
}

// openLedger returns a ledger over the journal at path (created if
// missing; "" for none), with the ids it holds handled.
func openLedger(path string) (*ledger, error) {
	l := &ledger{pending: map[int]bool{}, done: map[int]bool{}, changed: make(chan struct{}), path: path}
	if path == "" {
		return l, nil
	}
	f, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("telegram: journal: %w", err)
	default:
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if id, err := strconv.Atoi(sc.Text()); err == nil && id > 0 {
				l.done[id] = true
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("telegram: journal: %w", err)
		}
	}
	if err := l.rewrite(); err != nil {
		return nil, err
	}
	return l, nil
}

// receive records an update received and reports whether it is new: not
// pending, nor handled already.
func (l *ledger) receive(id int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.last = max(l.last, id)
	if l.pending[id] || l.done[id] {
		return false
	}
	l.pending[id] = true
	return true
}

// handled records that an update was handled, in the journal first. A
// journal that cannot be written is reported: the update may then be
// handled again after a crash.
func (l *ledger) handled(id int) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.pending, id)
	l.done[id] = true
	close(l.changed)
	l.changed = make(chan struct{})
	if l.journal == nil {
		return nil
	}
	if _, err := fmt.Fprintln(l.journal, id); err != nil {
		return fmt.Errorf("telegram: journal: %w", err)
	}
	l.lines++
	if l.lines >= maxJournalLines {
		return l.rewrite()
	}
	return nil
}

// confirmed records that Telegram answered a getUpdates with offset off:
// the updates below it are gone for good.
func (l *ledger) confirmed(off int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sent = max(l.sent, off)
}

// offset is the getUpdates offset that confirms every update handled
// below the oldest pending one; 0 before any update (Telegram then hands
// back every update not confirmed).
func (l *ledger) offset() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.offsetLocked()
}

func (l *ledger) offsetLocked() int {
	if len(l.pending) > 0 {
		return slices.Min(slices.Collect(maps.Keys(l.pending)))
	}
	if l.last == 0 {
		return 0
	}
	return l.last + 1
}

// waiting returns whether updates are pending and a channel closed when
// the next one is handled.
func (l *ledger) waiting() (bool, <-chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.pending) > 0, l.changed
}

// rewrite forgets the handled ids Telegram confirmed (below the last
// offset it answered: it never hands them back) and rewrites the journal
// with the others. The caller holds l.mu, or l is not shared yet.
func (l *ledger) rewrite() error {
	for id := range l.done {
		if id < l.sent {
			delete(l.done, id)
		}
	}
	if l.path == "" {
		return nil
	}
	if l.journal != nil {
		l.journal.Close()
	}
	ids := slices.Sorted(maps.Keys(l.done))
	var buf []byte
	for _, id := range ids {
		buf = strconv.AppendInt(buf, int64(id), 10)
		buf = append(buf, '\n')
	}
	tmp := l.path + ".tmp"
	if err := os.WriteFile(tmp, buf, 0o600); err != nil {
		return fmt.Errorf("telegram: journal: %w", err)
	}
	if err := os.Rename(tmp, l.path); err != nil {
		return fmt.Errorf("telegram: journal: %w", err)
	}
	f, err := os.OpenFile(l.path, os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("telegram: journal: %w", err)
	}
	l.journal, l.lines = f, len(ids)
	return nil
}

// close closes the journal.
func (l *ledger) close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.journal == nil {
		return nil
	}
	err := l.journal.Close()
	l.journal = nil
	return err
}
