package knowledge

import "github.com/mercato-bot/mercato/knowledge/clubs"

// DefaultClubs is the built-in club table (package clubs), which gives
// the clubs the knowledge base stores their aliases and nicknames.
func DefaultClubs() ClubLookupFunc {
	t := clubs.Default()
	return func(name string) (string, string, []string, bool) {
		c, ok := t.Lookup(name)
		return c.Name, c.Country, c.Aliases, ok
	}
}
