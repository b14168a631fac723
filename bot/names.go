package bot

import (
	"context"
	"errors"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// splitHint separates "Boubacar Kamara (Aston Villa)" into the name and the
// club in brackets, which choices use to tell namesakes apart.
func splitHint(s string) (name, club string) {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return s, ""
	}
	i := strings.LastIndexByte(s, '(')
	if i <= 0 {
		return s, ""
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1 : len(s)-1])
}

// findPlayers returns the players q fits, the bracketed club hint narrowing
// namesakes down, or knowledge.ErrNotFound when it fits none.
func (rt *Router) findPlayers(ctx context.Context, q string) ([]knowledge.PlayerRef, error) {
	name, hint := splitHint(q)
	ps, err := rt.k.FindPlayers(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return nil, knowledge.ErrNotFound
	}
	ps = dedupePlayers(ps)
	if hint != "" && len(ps) > 1 {
		var keep []knowledge.PlayerRef
		for _, p := range ps {
			if text.Fold(p.CurrentClub) == text.Fold(hint) {
				keep = append(keep, p)
			}
		}
		if len(keep) > 0 {
			ps = keep
		}
	}
	return ps, nil
}

func dedupePlayers(ps []knowledge.PlayerRef) []knowledge.PlayerRef {
	seen := make(map[int64]bool, len(ps))
	out := ps[:0:0]
	for _, p := range ps {
		if !seen[p.ID] {
			seen[p.ID] = true
			out = append(out, p)
		}
	}
	return out
}

// resolvePlayer finds the one player q names. When none or several fit, it
// returns the reply to give instead: the closest names, or the choice
// between the players, each answered by the command cmdFor builds.
func (rt *Router) resolvePlayer(ctx context.Context, c *call, q string, cmdFor func(name string) string) (knowledge.PlayerRef, *Reply) {
	if utf8.RuneCountInString(q) > maxName {
		r := errReply(c.lang, "err.toolong", maxName)
		return knowledge.PlayerRef{}, &r
	}
	ps, err := rt.findPlayers(ctx, q)
	if errors.Is(err, knowledge.ErrNotFound) {
		r := rt.noPlayer(ctx, c, q, cmdFor)
		return knowledge.PlayerRef{}, &r
	}
	if err != nil {
		r := rt.internalError(ctx, c, err)
		return knowledge.PlayerRef{}, &r
	}
	if len(ps) == 1 {
		return ps[0], nil
	}
	r := playerChoices(c.lang, q, ps, cmdFor)
	return knowledge.PlayerRef{}, &r
}

// noPlayer answers a name that fits no player with the closest known names.
func (rt *Router) noPlayer(ctx context.Context, c *call, q string, cmdFor func(string) string) Reply {
	q = strings.TrimSpace(q)
	closest, err := rt.k.ClosestPlayers(ctx, q, maxClosest)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		rt.log.WarnContext(ctx, "bot: closest players", "err", err)
		closest = nil
	}
	return notFound(c.lang, "err.noplayer", q, closest, cmdFor)
}

// notFound is the answer to a name that fits nothing: one line with the
// closest names, offered as choices.
func notFound(lang, key, q string, closest []string, cmdFor func(string) string) Reply {
	r := errReply(lang, key, clip(q, 40))
	r.Outcome = OutcomeNotFound
	if len(closest) > 0 {
		r.Lines[0] += " " + i18n.T(lang, "closest", strings.Join(closest, ", "))
		for _, n := range closest {
			r.Choices = append(r.Choices, Choice{Label: n, Command: cmdFor(n)})
		}
	}
	r.Data = map[string]any{"error": r.Lines[0], "closest": nonNil(closest)}
	return r
}

// candidate is one player of an ambiguous name, for -json.
type candidate struct {
	Name        string `json:"name"`
	CurrentClub string `json:"current_club"`
	Command     string `json:"command"`
}

// playerChoices asks which of several players q meant.
func playerChoices(lang, q string, ps []knowledge.PlayerRef, cmdFor func(string) string) Reply {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Name < ps[j].Name })
	count := map[string]int{}
	for _, p := range ps {
		count[text.Fold(p.Name)]++
	}
	r := Reply{Title: i18n.T(lang, "ambiguous", clip(q, 40)), Lang: lang}
	cands := make([]candidate, 0, len(ps))
	for i, p := range ps {
		if i == maxChoices {
			r.More = len(ps) - i
			break
		}
		arg := p.Name
		if count[text.Fold(p.Name)] > 1 && p.CurrentClub != "" {
			arg += " (" + p.CurrentClub + ")"
		}
		label := p.Name
		if p.CurrentClub != "" {
			label += " (" + p.CurrentClub + ")"
		}
		cmd := cmdFor(arg)
		r.Choices = append(r.Choices, Choice{Label: label, Command: cmd})
		cands = append(cands, candidate{Name: p.Name, CurrentClub: p.CurrentClub, Command: cmd})
	}
	r.Data = map[string]any{"candidates": cands}
	return r
}

// resolveClub finds the one club q names, or returns the reply to give instead.
func (rt *Router) resolveClub(ctx context.Context, c *call, q string, cmdFor func(string) string) (knowledge.ClubRef, *Reply) {
	q = strings.TrimSpace(q)
	if utf8.RuneCountInString(q) > maxName {
		r := errReply(c.lang, "err.toolong", maxName)
		return knowledge.ClubRef{}, &r
	}
	cs, err := rt.findClubs(ctx, q)
	if errors.Is(err, knowledge.ErrNotFound) {
		r := notFound(c.lang, "err.noclub", q, rt.closestClubs(ctx, q, maxClosest), cmdFor)
		return knowledge.ClubRef{}, &r
	}
	if err != nil {
		r := rt.internalError(ctx, c, err)
		return knowledge.ClubRef{}, &r
	}
	if len(cs) == 1 {
		return cs[0], nil
	}
	r := Reply{Title: i18n.T(c.lang, "ambiguousclub", clip(q, 40)), Lang: c.lang}
	var names []string
	for i, cl := range cs {
		if i == maxChoices {
			r.More = len(cs) - i
			break
		}
		r.Choices = append(r.Choices, Choice{Label: cl.Name, Command: cmdFor(cl.Name)})
		names = append(names, cl.Name)
	}
	r.Data = map[string]any{"candidates": names}
	return knowledge.ClubRef{}, &r
}

// findClubs returns the clubs q fits, or knowledge.ErrNotFound when it
// fits none.
func (rt *Router) findClubs(ctx context.Context, q string) ([]knowledge.ClubRef, error) {
	cs, err := rt.k.FindClubs(ctx, q)
	if err != nil {
		return nil, err
	}
	if len(cs) == 0 {
		return nil, knowledge.ErrNotFound
	}
	seen := map[int64]bool{}
	out := cs[:0:0]
	for _, c := range cs {
		if !seen[c.ID] {
			seen[c.ID] = true
			out = append(out, c)
		}
	}
	return out, nil
}

// closestClubs returns up to n known club names within a few typos of q.
func (rt *Router) closestClubs(ctx context.Context, q string, n int) []string {
	f := text.Fold(q)
	if f == "" {
		return nil
	}
	first, _ := utf8.DecodeRuneInString(f)
	names, err := rt.clubsStarting(ctx, string(first), 500)
	if err != nil {
		return nil
	}
	type scored struct {
		name string
		d    int
	}
	var best []scored
	for _, name := range names {
		d := nameDistance(f, text.Fold(name))
		if d <= maxTypos(f)+1 {
			best = append(best, scored{name, d})
		}
	}
	sort.SliceStable(best, func(i, j int) bool { return best[i].d < best[j].d })
	var out []string
	for i := 0; i < len(best) && i < n; i++ {
		out = append(out, best[i].name)
	}
	return out
}

// clubsStarting returns up to n club names starting with prefix, the most
// reported first: from the name index when the knowledge base offers one.
func (rt *Router) clubsStarting(ctx context.Context, prefix string, n int) ([]string, error) {
	idx, err := rt.names(ctx)
	if err != nil || idx == nil {
		return rt.k.Complete(ctx, string(ArgClub), prefix, n)
	}
	return idx.CompleteClubs(prefix, n), nil
}

// nameDistance is the smallest edit distance between q and name or any of
// its words.
func nameDistance(q, name string) int {
	d := text.Distance(q, name)
	for _, w := range strings.Fields(name) {
		d = min(d, text.Distance(q, w))
	}
	return d
}

// maxTypos is how many typos a folded name of that length may carry: none
// under five letters, one up to seven, two beyond.
func maxTypos(s string) int {
	switch n := utf8.RuneCountInString(s); {
	case n < 5:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
