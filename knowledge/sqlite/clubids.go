package sqlite

import "sync"

// clubIDCache keeps the id of each club found or created by its stored
// name (clubs.name, never changed nor deleted once written), so that a
// Write looks up a club the store has seen once per process rather than
// once per Write. Only committed clubs enter it. It is safe for
// concurrent use; its zero value is empty.
type clubIDCache struct {
	mu  sync.RWMutex
	ids map[string]int64 // by stored name
}

// get returns the id of the club stored as name, if known.
func (c *clubIDCache) get(name string) (int64, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	id, ok := c.ids[name]
	return id, ok
}

// add records the clubs of a committed Write, by stored name.
func (c *clubIDCache) add(ids map[string]int64) {
	if len(ids) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ids == nil {
		c.ids = map[string]int64{}
	}
	for name, id := range ids {
		c.ids[name] = id
	}
}

// reset forgets every club (rows copied in under ids of another base).
func (c *clubIDCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.ids)
}
