package knowledge

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// PlayerMatch is a player one of whose names is a query's folded name;
// Kind says which (0 his full name, more a surname or an alias).
type PlayerMatch struct {
	PlayerRef
	Kind int
}

// FindPlayers answers a store's FindPlayers: it folds q and reads with
// match the players one of whose names it is (best kind first, then the
// most reported). When q is the full name of several words of some of
// them, only those fit: a full name ("Glen Kamara") hides mere surname
// matches. No match, or a q no name can be, is an empty slice.
func FindPlayers(ctx context.Context, q string, match func(ctx context.Context, fold string) ([]PlayerMatch, error)) ([]PlayerRef, error) {
	f := text.Fold(q)
	if f == "" || len(f) > MaxQueryRunes*2 {
		return []PlayerRef{}, nil
	}
	found, err := match(ctx, f)
	if err != nil {
		return nil, err
	}
	out := []PlayerRef{}
	for _, m := range found {
		if len(out) > 0 && found[0].Kind == 0 && m.Kind > 0 && strings.Contains(f, " ") {
			break
		}
		out = append(out, m.PlayerRef)
	}
	return out, nil
}

// ClosestPlayers answers a store's ClosestPlayers from its NameIndex
// (names), which it reads only for a q some name may be close to.
func ClosestPlayers(ctx context.Context, q string, n int, names func(context.Context) (*NameIndex, error)) ([]string, error) {
	f := text.Fold(q)
	if f == "" || n <= 0 || utf8.RuneCountInString(f) > MaxQueryRunes {
		return []string{}, nil
	}
	x, err := names(ctx)
	if err != nil {
		return nil, err
	}
	return x.ClosestPlayers(q, n), nil
}
