package knowledge

// WrittenOnce records what a store wrote of the article it is writing:
// the mentions ({player id, 0}) and the links ({player id, club id}), so
// that each is written once. An article may name a player, or a club,
// twice by two of its names ("Kamara" and "Boubacar Kamara", "Atleti"
// and "Atlético Madrid"); its first mention and link stand. The zero
// value is ready for use.
type WrittenOnce struct {
	article int64
	written map[[2]int64]bool
}

// First reports whether key is new to article, and records it.
func (w *WrittenOnce) First(article int64, key [2]int64) bool {
	if w.written == nil || w.article != article {
		w.article, w.written = article, map[[2]int64]bool{}
	}
	if w.written[key] {
		return false
	}
	w.written[key] = true
	return true
}

// Merge records that player from became player to while the article was
// being written (a player first named by his surname alone, then by his
// full name): what was written of from counts as written of to, so the
// article's later names of him add nothing twice.
func (w *WrittenOnce) Merge(from, to int64) {
	for k := range w.written {
		if k[0] == from {
			w.written[[2]int64{to, k[1]}] = true
		}
	}
}
