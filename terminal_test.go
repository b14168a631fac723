package main

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/chzyer/readline"
)

// The console's line editor recalls the lines typed before with the up
// arrow and finds them with Ctrl-R; Ctrl-C drops the line being typed and
// ends the session on an empty line.
func TestTerminalEditor(t *testing.T) {
	keys := strings.Join([]string{
		"/suitors Kamara\r",
		"/hot\r",
		"\x1b[A\x1b[A\r",     // up twice: /suitors Kamara
		"\x12Kam\r",          // Ctrl-R Kam: /suitors Kamara
		"/latest 3\x1b[D1\r", // left arrow, 1: /latest 13
		"/nonsense\x03",      // Ctrl-C drops the line
		"\x03",               // Ctrl-C on an empty line ends
	}, "")
	pr, pw := io.Pipe()
	go func() {
		// One key at a time, as a terminal sends them.
		for _, r := range keys {
			if _, err := pw.Write([]byte(string(r))); err != nil {
				return
			}
		}
	}()
	var screen bytes.Buffer
	ed, err := newTerminalEditor(pr, &screen, "> ", func(c *readline.Config) {
		c.FuncIsTerminal = func() bool { return true }
		c.FuncMakeRaw = func() error { return nil }
		c.FuncExitRaw = func() error { return nil }
		c.FuncGetWidth = func() int { return 80 }
	})
	if err != nil {
		t.Fatal(err)
	}
	defer ed.Close()
	var got []string
	for {
		line, err := ed.ReadLine()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, line)
	}
	want := []string{"/suitors Kamara", "/hot", "/suitors Kamara", "/suitors Kamara", "/latest 13"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines %q, want %q", got, want)
	}
}
