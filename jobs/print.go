package jobs

import (
	"context"
	"fmt"
	"io"
	"sync"

	"github.com/mercato-bot/mercato/bot"
)

// PrintSender prints messages: what `mercato jobs run` delivers through
// for a platform whose adapter is not configured. With Next, it sends
// through Next and prints what Next accepted.
type PrintSender struct {
	Platform string // printed with the chat
	W        io.Writer
	Next     bot.Sender // nil: print only

	mu sync.Mutex
}

// Send prints the message as plain text under a "── platform chat ──" line.
func (p *PrintSender) Send(ctx context.Context, chat string, r bot.Reply) error {
	if p.Next != nil {
		if err := p.Next.Send(ctx, chat, r); err != nil {
			return err
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, err := fmt.Fprintf(p.W, "── %s %s ──\n%s\n\n", p.Platform, chat, r.Text(0)); err != nil {
		return fmt.Errorf("jobs: print: %w", err)
	}
	return nil
}
