package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/chzyer/readline"
)

// terminalEditor is the console's line editor on a terminal: the arrow
// keys move in the line and through the lines typed before, Ctrl-R
// searches them, Ctrl-D on an empty line or Ctrl-C ends the session.
type terminalEditor struct {
	rl *readline.Instance
}

// newTerminalEditor returns the line editor of a terminal read from in
// and shown on out with prompt; cfg, when not nil, adjusts the editor's
// configuration (the tests stand in a terminal).
func newTerminalEditor(in io.Reader, out io.Writer, prompt string, cfg func(*readline.Config)) (*terminalEditor, error) {
	c := &readline.Config{
		Prompt:          prompt,
		Stdin:           io.NopCloser(in),
		Stdout:          out,
		Stderr:          out,
		HistoryLimit:    1000,
		InterruptPrompt: "^C",
	}
	// The terminal is in's and out's, not necessarily the process's
	// standard ones, which the editor would otherwise look at.
	if f, ok := in.(*os.File); ok {
		fd := int(f.Fd())
		var state *readline.State
		c.FuncIsTerminal = func() bool { return readline.IsTerminal(fd) }
		c.FuncMakeRaw = func() (err error) {
			state, err = readline.MakeRaw(fd)
			return err
		}
		c.FuncExitRaw = func() error {
			if state == nil {
				return nil
			}
			return readline.Restore(fd, state)
		}
	}
	if f, ok := out.(*os.File); ok {
		c.FuncGetWidth = func() int {
			w, _, err := readline.GetSize(int(f.Fd()))
			if err != nil {
				return -1
			}
			return w
		}
	}
	if cfg != nil {
		cfg(c)
	}
	rl, err := readline.NewEx(c)
	if err != nil {
		return nil, fmt.Errorf("console: line editor: %w", err)
	}
	return &terminalEditor{rl: rl}, nil
}

// ReadLine returns the next line typed; Ctrl-C on a line being typed
// drops it, on an empty line ends the input as Ctrl-D does (io.EOF).
func (e *terminalEditor) ReadLine() (string, error) {
	for {
		line, err := e.rl.Readline()
		if errors.Is(err, readline.ErrInterrupt) {
			if line == "" {
				return "", io.EOF
			}
			continue
		}
		return line, err
	}
}

// Writer writes to the terminal above the line being typed, which it
// then shows again.
func (e *terminalEditor) Writer() io.Writer { return e.rl.Stdout() }

// Close gives the terminal back.
func (e *terminalEditor) Close() error { return e.rl.Close() }
