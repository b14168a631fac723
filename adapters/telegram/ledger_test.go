package telegram

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestLedgerAcrossCrash: the offset stays at the oldest update pending;
// after a crash (the ledger reopened from its journal) the updates handled
// above it are not handled again, the pending one is.
func TestLedgerAcrossCrash(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal")
	l, err := openLedger(path)
	if err != nil {
		t.Fatal(err)
	}
	if off := l.offset(); off != 0 {
		t.Errorf("offset before any update %d, want 0", off)
	}
	for _, id := range []int{10, 11, 12} {
		if !l.receive(id) {
			t.Errorf("update %d not new", id)
		}
	}
	for _, id := range []int{11, 12} {
		if err := l.handled(id); err != nil {
			t.Fatal(err)
		}
	}
	if l.receive(11) || l.receive(10) {
		t.Error("an update handled or pending is new again")
	}
	if off := l.offset(); off != 10 {
		t.Errorf("offset %d, want 10 (the oldest pending)", off)
	}
	// kill -9: no close; the journal holds 11 and 12.
	l, err = openLedger(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.close()
	got := []bool{l.receive(10), l.receive(11), l.receive(12), l.receive(13)}
	if want := []bool{true, false, false, true}; !slices.Equal(got, want) {
		t.Errorf("after the restart new = %v, want %v", got, want)
	}
	l.handled(10)
	l.handled(13)
	if off := l.offset(); off != 14 {
		t.Errorf("offset %d, want 14", off)
	}
	// Once Telegram confirmed them, the journal forgets them.
	l.confirmed(14)
	l.mu.Lock()
	err = l.rewrite()
	l.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); strings.TrimSpace(string(b)) != "" {
		t.Errorf("journal %q after every update was confirmed, want empty", b)
	}
}

func TestLedgerJournalBounded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal")
	l, err := openLedger(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.close()
	for id := 1; id <= 3*maxJournalLines; id++ {
		l.receive(id)
		if err := l.handled(id); err != nil {
			t.Fatal(err)
		}
		l.confirmed(id + 1)
	}
	b, _ := os.ReadFile(path)
	if n := strings.Count(string(b), "\n"); n >= maxJournalLines {
		t.Errorf("journal of %d lines, want fewer than %d", n, maxJournalLines)
	}
}
