package jobs

import (
	"context"
	"fmt"
	"io"
	"sync"

	"github.com/mercato-bot/mercato/bot"
)

// PrintSender prints messages instead of posting them: what `mercato jobs
// run` delivers through when no chat adapter runs in the command.
type PrintSender struct {
	Platform string // printed with the chat
	W        io.Writer

	mu sync.Mutex
}

// Send prints the message as plain text under a "── platform chat ──" line.
func (p *PrintSender) Send(ctx context.Context, chat string, r bot.Reply) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, err := fmt.Fprintf(p.W, "── %s %s ──\n%s\n\n", p.Platform, chat, r.Text(0)); err != nil {
		return fmt.Errorf("jobs: print: %w", err)
	}
	return nil
}
