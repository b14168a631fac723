// Package console is the bot on standard input and output: the default
// when no platform token is set, and the end-to-end test harness.
//
// Each line read is one request from the console user, who is an admin;
// each reply is printed as plain text. When a reply offers numbered
// choices, answering with the number picks one.
package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/bot/i18n"
)

// Server answers requests; *bot.Router implements it.
type Server interface {
	Serve(ctx context.Context, req *bot.Request) bot.Reply
}

// MaxLine is the longest line read, in bytes; longer lines are refused.
const MaxLine = 1 << 20

// Option configures a Console.
type Option func(*Console)

// WithPrompt prints prompt before reading each line ("> " for a terminal).
func WithPrompt(prompt string) Option { return func(c *Console) { c.prompt = prompt } }

// WithLang sets the language of the console user ("fr", ...), as a chat
// platform would report it.
func WithLang(lang string) Option { return func(c *Console) { c.lang = lang } }

// Editor reads the lines typed at a terminal with line editing and
// history, showing its own prompt.
type Editor interface {
	// ReadLine returns the next line typed, io.EOF when the input ends.
	ReadLine() (string, error)
	// Close ends a ReadLine in progress and gives the terminal back.
	Close() error
}

// WithEditor reads the lines through e instead of the input: a terminal's
// line editor. The prompt is e's.
func WithEditor(e Editor) Option { return func(c *Console) { c.editor = e } }

// Console reads requests line by line and prints the replies.
type Console struct {
	router Server
	in     io.Reader
	out    io.Writer
	prompt string
	lang   string
	editor Editor // nil: lines are read from in
}

// New returns a console reading in and writing out, answered by router.
func New(router Server, in io.Reader, out io.Writer, opts ...Option) *Console {
	c := &Console{router: router, in: in, out: out}
	for _, o := range opts {
		o(c)
	}
	return c
}

// line is one line read, or the error that ended reading.
type line struct {
	text    string
	tooLong bool
	err     error
}

// Run answers the lines of the input until it ends (nil) or ctx is done
// (nil: a normal stop). It returns an error only when reading or writing
// fails.
func (c *Console) Run(ctx context.Context) error {
	lines := make(chan line)
	stop := make(chan struct{})
	defer close(stop)
	if c.editor != nil {
		defer c.editor.Close()
		go editLines(c.editor, lines, stop)
	} else {
		go readLines(c.in, lines, stop)
	}

	var choices []bot.Choice
	lang := c.lang
	for {
		if c.prompt != "" && c.editor == nil {
			if _, err := io.WriteString(c.out, c.prompt); err != nil {
				return fmt.Errorf("console: write: %w", err)
			}
		}
		var l line
		select {
		case <-ctx.Done():
			return nil
		case l = <-lines:
		}
		if l.err != nil {
			if errors.Is(l.err, io.EOF) {
				return nil
			}
			return fmt.Errorf("console: read: %w", l.err)
		}
		text := strings.TrimSpace(l.text)
		if text == "" && !l.tooLong {
			continue
		}
		var reply bot.Reply
		switch n, err := strconv.Atoi(text); {
		case l.tooLong:
			reply = bot.Reply{Error: true, Lang: lang, Lines: []string{i18n.T(lang, "err.toolong", MaxLine)}}
		case err == nil && len(choices) > 0 && n >= 1 && n <= len(choices):
			reply = c.ask(ctx, choices[n-1].Command, lang)
		case err == nil && len(choices) > 0:
			reply = bot.Reply{Error: true, Lang: lang, Lines: []string{i18n.T(lang, "err.number", text, len(choices))}}
		default:
			reply = c.ask(ctx, text, c.lang)
		}
		if !reply.Error || len(reply.Choices) > 0 {
			choices = reply.Choices
			lang = reply.Lang
		}
		if _, err := fmt.Fprintln(c.out, reply.Text(0)); err != nil {
			return fmt.Errorf("console: write: %w", err)
		}
	}
}

// ask serves one request of the console user.
func (c *Console) ask(ctx context.Context, text, lang string) bot.Reply {
	return c.router.Serve(ctx, &bot.Request{
		Platform: "console", Chat: "console", User: "console",
		Text: text, Lang: lang, Admin: true,
	})
}

// readLines sends the lines of in to lines until in ends or stop is closed.
// A line longer than MaxLine is skipped and reported as tooLong.
func readLines(in io.Reader, lines chan<- line, stop <-chan struct{}) {
	br := bufio.NewReaderSize(in, 64<<10)
	for {
		var buf []byte
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if !tooLong {
				if len(buf)+len(chunk) > MaxLine {
					tooLong, buf = true, nil
				} else {
					buf = append(buf, chunk...)
				}
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if len(buf) > 0 || tooLong {
			select {
			case lines <- line{text: string(buf), tooLong: tooLong}:
			case <-stop:
				return
			}
		}
		if err != nil {
			select {
			case lines <- line{err: err}:
			case <-stop:
			}
			return
		}
	}
}

// editLines sends the lines e reads to lines until its input ends or stop
// is closed. A line longer than MaxLine is reported as tooLong.
func editLines(e Editor, lines chan<- line, stop <-chan struct{}) {
	for {
		text, err := e.ReadLine()
		l := line{text: text, err: err}
		if err == nil && len(text) > MaxLine {
			l = line{tooLong: true}
		}
		select {
		case lines <- l:
		case <-stop:
			return
		}
		if err != nil {
			return
		}
	}
}
