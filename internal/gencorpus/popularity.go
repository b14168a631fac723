// Package gencorpus holds what the benchmarks' generated knowledge bases
// share: how often each generated player is written about.
package gencorpus

import "math/rand/v2"

// Skew is the Zipf exponent of Popularity: with it, the most written-about
// of 20,000 players is in about a fifth of the articles (one or two
// players an article), as the few stars of the transfer window are in
// real news.
const Skew = 1.1

// Popularity returns a draw of players 0 to n-1 as the press writes about
// them: player 0 most often (about 15% of draws for n = 20,000), player k
// about (k+1)^-Skew as often, most of them rarely. Callers that want the
// stars elsewhere than the first ids permute the result. It panics if n
// is less than 1.
func Popularity(r *rand.Rand, n int) func() int {
	z := rand.NewZipf(r, Skew, 1, uint64(n-1))
	return func() int { return int(z.Uint64()) }
}
