package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY returns the two ends of a new pseudo-terminal: the side a user
// types into and reads from, and the terminal mercato is given.
func openPTY(t *testing.T) (user, term *os.File) {
	t.Helper()
	user, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	fd := int(user.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	term, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { term.Close(); user.Close() })
	return user, term
}

// On a terminal, mercato run's console edits lines (the up arrow recalls
// the last one) and the log shows only warnings (-v: info too); the end
// of the input says why mercato stops.
func TestRunOnTerminal(t *testing.T) {
	for _, verbose := range []bool{false, true} {
		t.Run(fmt.Sprint("verbose=", verbose), func(t *testing.T) {
			user, term := openPTY(t)
			args := []string{"run", "-config", consoleConfig(t)}
			if verbose {
				args = append(args, "-v")
			}
			var shown lockedBuffer
			go func() { _, _ = io.Copy(&shown, user) }()
			var logs lockedBuffer
			done := make(chan int, 1)
			go func() { done <- cli(context.Background(), args, term, term, &logs) }()
			shows := func(want string, n int) {
				t.Helper()
				waitFor(t, fmt.Sprintf("the terminal to show %q %d times", want, n), func() bool {
					return strings.Count(shown.String(), want) >= n
				})
			}
			shows("> ", 1)
			user.WriteString("/suitors Kamara\r")
			shows("Atlético Madrid", 1)
			user.WriteString("\x1b[A\r") // the up arrow: the same question again
			shows("Atlético Madrid", 2)
			user.WriteString("\x04") // Ctrl-D: the input ends
			select {
			case code := <-done:
				if code != 0 {
					t.Fatalf("exit %d; log:\n%s", code, logs.String())
				}
			case <-time.After(20 * time.Second):
				t.Fatal("mercato run did not stop at the end of its input")
			}
			log := logs.String()
			if !strings.Contains(log, "level=WARN") || !strings.Contains(log, "telegram.token (or TELEGRAM_TOKEN)") {
				t.Errorf("the log does not say why mercato stops:\n%s", log)
			}
			if info := strings.Contains(log, "level=INFO"); info != verbose {
				t.Errorf("verbose %v, info lines %v:\n%s", verbose, info, log)
			}
		})
	}
}
