package knowledge

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/text"
)

// NameIndex is a snapshot of the player and club names the knowledge base
// knows, held in memory, for spotting names in free text without a query
// per word. Its answers are those of the Store's queries at the time of
// the snapshot. It is safe for concurrent use (it never changes).
type NameIndex struct {
	clubLookup ClubLookupFunc
	playerKeys map[string]struct{} // every player's folded names
	clubKeys   map[string]struct{} // every club's folded names and aliases
	clubRuns   map[string]struct{} // every run of whole words of a club's folded name
	players    []namedPlayer       // by id
	keys       []nameKey           // the distinct names of players, for ClosestPlayers
	clubNames  []clubName          // by folded name, then club id
	clubs      map[int64]namedClub
}

// namedPlayer is a player as ClosestPlayers compares him: his folded full
// name and its word suffixes, as indexes in NameIndex.keys (many players
// share a surname).
type namedPlayer struct {
	name string
	keys []int32
}

// nameKey is a folded name ready for edit distances.
type nameKey struct {
	fold  string
	runes []rune
	set   uint64    // which runes it holds, hashed to 64 bits
	bag   runeCount // how many of each
}

func newNameKey(fold string) nameKey {
	r := []rune(fold)
	return nameKey{fold: fold, runes: r, set: runeSet(r), bag: countRunes(r)}
}

// runeCount counts runes hashed to 32 buckets.
type runeCount [32]uint8

func countRunes(r []rune) runeCount {
	var c runeCount
	for _, x := range r {
		if n := &c[uint32(x)%32]; *n < 255 {
			*n++
		}
	}
	return c
}

// bagDistance is a lower bound of the edit distance between the names
// counted: each rune one side has more of than the other takes an edit
// (a swap changes no count).
func bagDistance(a, b *runeCount) int {
	more, less := 0, 0
	for i := range a {
		d := int(a[i]) - int(b[i])
		if d > 0 {
			more += d
		} else {
			less -= d
		}
	}
	return max(more, less)
}

// runeSet hashes the runes of r into a 64-bit set.
func runeSet(r []rune) uint64 {
	var set uint64
	for _, c := range r {
		set |= 1 << (uint32(c) % 64)
	}
	return set
}

type clubName struct {
	fold string
	id   int64
}

type namedClub struct {
	name  string
	links int
}

// NameIndexBuilder fills a NameIndex from a store's rows. Its Add methods
// may be called in any order, except AddClubName, in the order of its
// folded names and then club ids.
type NameIndexBuilder struct {
	x      *NameIndex
	keyIDs map[string]int32
}

// NewNameIndexBuilder starts an empty index; lookup is the club table the
// store finds clubs by.
func NewNameIndexBuilder(lookup ClubLookupFunc) *NameIndexBuilder {
	return &NameIndexBuilder{keyIDs: map[string]int32{}, x: &NameIndex{clubLookup: lookup,
		playerKeys: map[string]struct{}{}, clubKeys: map[string]struct{}{},
		clubRuns: map[string]struct{}{}, clubs: map[int64]namedClub{}}}
}

// AddPlayerName records a folded name some player is found by (full
// name, alias or surname).
func (b *NameIndexBuilder) AddPlayerName(fold string) {
	b.x.playerKeys[fold] = struct{}{}
}

// AddPlayer records a player by his name and folded full name, in the
// order ClosestPlayers breaks no ties by (store order: by id).
func (b *NameIndexBuilder) AddPlayer(name, fold string) {
	p := namedPlayer{name: name, keys: []int32{b.keyID(fold)}}
	for _, suffix := range NameSuffixes(fold) {
		p.keys = append(p.keys, b.keyID(suffix))
	}
	b.x.players = append(b.x.players, p)
}

func (b *NameIndexBuilder) keyID(fold string) int32 {
	id, ok := b.keyIDs[fold]
	if !ok {
		id = int32(len(b.x.keys))
		b.keyIDs[fold] = id
		b.x.keys = append(b.x.keys, newNameKey(fold))
	}
	return id
}

// AddClub records a club: its id, name, folded name and the number of
// links stored with it.
func (b *NameIndexBuilder) AddClub(id int64, name, fold string, links int) {
	b.x.clubs[id] = namedClub{name: name, links: links}
	words := strings.Split(asciiLower(fold), " ")
	for i := range words {
		for j := i + 1; j <= len(words); j++ {
			b.x.clubRuns[strings.Join(words[i:j], " ")] = struct{}{}
		}
	}
}

// AddClubName records a folded name or alias the club id is found by.
func (b *NameIndexBuilder) AddClubName(fold string, id int64) {
	b.x.clubKeys[fold] = struct{}{}
	b.x.clubNames = append(b.x.clubNames, clubName{fold: fold, id: id})
}

// Index returns the index built; the builder is not used again.
func (b *NameIndexBuilder) Index() *NameIndex {
	x := b.x
	b.x = nil
	return x
}

// Size says how many players and clubs the index holds.
func (x *NameIndex) Size() (players, clubs int) {
	return len(x.players), len(x.clubs)
}

// asciiLower lowers the ASCII letters of s only, as SQLite's LIKE
// compares them.
func asciiLower(s string) string {
	return strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// HasPlayer reports whether FindPlayers(q) finds any player.
func (x *NameIndex) HasPlayer(q string) bool {
	f := text.Fold(q)
	if f == "" || len(f) > MaxQueryRunes*2 {
		return false
	}
	_, ok := x.playerKeys[f]
	return ok
}

// HasClub reports whether FindClubs(q) finds any club.
func (x *NameIndex) HasClub(q string) bool {
	f := text.Fold(q)
	if f == "" || len(f) > MaxQueryRunes*2 {
		return false
	}
	if _, ok := x.clubKeys[f]; ok {
		return true
	}
	if canonical, _, _, ok := x.clubLookup(q); ok {
		if _, ok := x.clubKeys[text.Fold(canonical)]; ok {
			return true
		}
	}
	_, ok := x.clubRuns[asciiLower(f)]
	return ok
}

// ClosestPlayers is Store.ClosestPlayers over the snapshot.
func (x *NameIndex) ClosestPlayers(q string, n int) []string {
	f := text.Fold(q)
	qr := []rune(f)
	if f == "" || n <= 0 || len(qr) > MaxQueryRunes {
		return []string{}
	}
	type scored struct {
		name  string
		score int
	}
	var found []scored
	limit := TypoLimit(len(qr))
	qset, qbag := runeSet(qr), countRunes(qr)
	// The score of each distinct name, worked out once: 0 not yet, -1 too
	// far whatever the letters, else the score plus one.
	scores := make([]int16, len(x.keys))
	var dist text.Distancer
	for _, p := range x.players {
		best := -1
		for _, id := range p.keys {
			if scores[id] == 0 {
				scores[id] = int16(x.keys[id].score(f, qr, qset, &qbag, limit, &dist) + 1)
			}
			if d := int(scores[id]) - 1; d >= 0 && (best < 0 || d < best) {
				best = d
			}
		}
		if best >= 0 && best <= 2*limit {
			found = append(found, scored{p.name, best})
		}
	}
	slices.SortStableFunc(found, func(a, b scored) int {
		return cmp.Or(a.score-b.score, strings.Compare(a.name, b.name))
	})
	return firstNames(found, n, func(c scored) string { return c.name })
}

// TypoLimit is the most edits a query of n letters may be from a name for
// that name to be offered as what the asker meant: one up to six letters,
// then one more every three ("Kamra" finds Kamara, but "Messi" does not
// find Kessié, two edits away).
func TypoLimit(n int) int { return max(1, (n-1)/3) }

// score is how far the name k is from the folded query f (runes qr, rune
// set qset) for ClosestPlayers: 1 when k starts with f, else twice the
// edit distance (limit+1 when more than limit); -2 when k is too far
// whatever its letters.
func (k *nameKey) score(f string, qr []rune, qset uint64, qbag *runeCount, limit int, dist *text.Distancer) int {
	switch {
	case strings.HasPrefix(k.fold, f):
		return 1 // "kama" for "kamara"
	case abs(len(k.runes)-len(qr)) > limit:
		return -2 // the lengths alone are too far apart
	case bits.OnesCount64(k.set&^qset) > limit || bits.OnesCount64(qset&^k.set) > limit:
		return -2 // each rune one side lacks takes an edit
	case bagDistance(&k.bag, qbag) > limit:
		return -2 // so does each rune one side has more of
	}
	return 2 * dist.Bounded(qr, k.runes, limit)
}

// CompleteClubs is Store.Complete(ctx, "club", prefix, n) over the
// snapshot, for a prefix of at least one letter.
func (x *NameIndex) CompleteClubs(prefix string, n int) []string {
	f := text.Fold(prefix)
	if n <= 0 || f == "" || len(f) > MaxQueryRunes*2 {
		return []string{}
	}
	i, _ := slices.BinarySearchFunc(x.clubNames, f, func(c clubName, f string) int { return strings.Compare(c.fold, f) })
	var ids []int64
	seen := map[int64]bool{}
	for ; i < len(x.clubNames) && strings.HasPrefix(x.clubNames[i].fold, f) && len(ids) < 2000; i++ {
		if id := x.clubNames[i].id; !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	cs := make([]namedClub, 0, len(ids))
	for _, id := range ids {
		cs = append(cs, x.clubs[id])
	}
	slices.SortFunc(cs, func(a, b namedClub) int {
		return cmp.Or(b.links-a.links, strings.Compare(a.name, b.name))
	})
	return firstNames(cs, n, func(c namedClub) string { return c.name })
}

func abs(n int) int { return max(n, -n) }

// firstNames returns the names of the first n of xs.
func firstNames[T any](xs []T, n int, name func(T) string) []string {
	out := make([]string, 0, min(n, len(xs)))
	for _, x := range xs[:min(n, len(xs))] {
		out = append(out, name(x))
	}
	return out
}
