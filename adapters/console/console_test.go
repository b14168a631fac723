package console

import (
	"bytes"
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/bot"
)

// echo answers "/pick" with two choices and anything else with its text;
// it records the requests.
type echo struct {
	mu   sync.Mutex
	reqs []bot.Request
}

func (e *echo) Serve(ctx context.Context, req *bot.Request) bot.Reply {
	e.mu.Lock()
	e.reqs = append(e.reqs, *req)
	e.mu.Unlock()
	if req.Text == "/pick" {
		return bot.Reply{Title: "Which one?", Lang: "fr", Choices: []bot.Choice{
			{Label: "Boubacar Kamara (Marseille)", Command: "/suitors Boubacar Kamara (Marseille)"},
			{Label: "Boubacar Kamara (Aston Villa)", Command: "/suitors Boubacar Kamara (Aston Villa)"},
		}}
	}
	return bot.Reply{Title: "got " + req.Text + " lang=" + req.Lang}
}

func TestRun(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"one line", "/suitors Kamara\n", "got /suitors Kamara lang=\n"},
		{"no final newline", "/help", "got /help lang=\n"},
		{"blank lines skipped", "\n  \n/help\n", "got /help lang=\n"},
		{"choice by number", "/pick\n2\n", "Which one?\n1. Boubacar Kamara (Marseille)\n2. Boubacar Kamara (Aston Villa)\ngot /suitors Boubacar Kamara (Aston Villa) lang=fr\n"},
		{"number out of range", "/pick\n3\n1\n", "Which one?\n1. Boubacar Kamara (Marseille)\n2. Boubacar Kamara (Aston Villa)\n« 3 » n'est pas un nombre de 1 à 2.\ngot /suitors Boubacar Kamara (Marseille) lang=fr\n"},
		{"number without choices", "7\n", "got 7 lang=\n"},
		{"choices forgotten", "/pick\n/help\n1\n", "Which one?\n1. Boubacar Kamara (Marseille)\n2. Boubacar Kamara (Aston Villa)\ngot /help lang=\ngot 1 lang=\n"},
		{"too long", strings.Repeat("x", MaxLine+10) + "\n/help\n", "That is too long (1048576 characters at most).\ngot /help lang=\n"},
		{"crlf", "/help\r\n", "got /help lang=\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			e := &echo{}
			if err := New(e, strings.NewReader(tt.in), &out).Run(context.Background()); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("got\n%q\nwant\n%q", out.String(), tt.want)
			}
			for _, r := range e.reqs {
				if r.Platform != "console" || r.Chat != "console" || r.User != "console" || !r.Admin {
					t.Errorf("request %+v", r)
				}
			}
		})
	}
}

func TestPromptAndLang(t *testing.T) {
	var out bytes.Buffer
	err := New(&echo{}, strings.NewReader("hi\n"), &out, WithPrompt("> "), WithLang("de")).Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want := "> got hi lang=de\n> "; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

// Run returns when the context is done even while the input blocks.
func TestRunStops(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- New(&echo{}, pr, io.Discard).Run(ctx) }()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, io.ErrUnexpectedEOF }

func TestReadError(t *testing.T) {
	if err := New(&echo{}, failing{}, io.Discard).Run(context.Background()); err == nil {
		t.Fatal("no error")
	}
}

// lineEditor is an Editor over a list of lines.
type lineEditor struct {
	lines  []string
	closed bool
}

func (e *lineEditor) ReadLine() (string, error) {
	if len(e.lines) == 0 {
		return "", io.EOF
	}
	l := e.lines[0]
	e.lines = e.lines[1:]
	return l, nil
}

func (e *lineEditor) Close() error { e.closed = true; return nil }

// With a line editor the lines come from it, the input is not read, no
// prompt is printed (the editor shows its own), and the editor is closed
// at the end.
func TestEditor(t *testing.T) {
	var out bytes.Buffer
	ed := &lineEditor{lines: []string{"/pick", "2", strings.Repeat("x", MaxLine+1), "/help"}}
	err := New(&echo{}, strings.NewReader("/never read\n"), &out, WithPrompt("> "), WithEditor(ed)).Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := "Which one?\n1. Boubacar Kamara (Marseille)\n2. Boubacar Kamara (Aston Villa)\n" +
		"got /suitors Boubacar Kamara (Aston Villa) lang=fr\nThat is too long (1048576 characters at most).\ngot /help lang=\n"
	if out.String() != want || !ed.closed {
		t.Errorf("got\n%q\nwant\n%q (closed %v)", out.String(), want, ed.closed)
	}
}
