package discord

import (
	"sync"
	"time"

	"github.com/mercato-bot/mercato/bot"
)

// pickPrefix starts the custom id of a select menu of choices.
const pickPrefix = "pick:"

// pick is the choices offered by one select menu.
type pick struct {
	choices []bot.Choice
	user    string // who asked: choosing answers in place for them
	expires time.Time
}

// picks remembers the select menus' choices for a while, keyed by the id of
// the interaction or message that asked; a menu older than that, or from
// before a restart, is answered "expired".
type picks struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	m     map[string]pick
	order []string // keys, oldest first
}

func newPicks(ttl time.Duration, max int) *picks {
	return &picks{ttl: ttl, max: max, m: map[string]pick{}}
}

// put remembers choices under key, forgetting the expired menus and, past
// max, the oldest.
func (p *picks) put(key string, choices []bot.Choice, user string, now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.order) > 0 {
		oldest, ok := p.m[p.order[0]]
		if ok && len(p.m) < p.max && now.Before(oldest.expires) {
			break
		}
		delete(p.m, p.order[0])
		p.order = p.order[1:]
	}
	if _, dup := p.m[key]; !dup {
		p.order = append(p.order, key)
	}
	p.m[key] = pick{choices: choices, user: user, expires: now.Add(p.ttl)}
}

// get returns the menu under key if it has not expired.
func (p *picks) get(key string, now time.Time) (pick, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	c, ok := p.m[key]
	if !ok || !now.Before(c.expires) {
		return pick{}, false
	}
	return c, true
}
