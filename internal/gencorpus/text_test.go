package gencorpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWriterText writes 2,000 articles and checks that each is numbered
// and names a club, and that the most written-about player is named in
// 15-30% of them while a player of the tail is named in almost none.
func TestWriterText(t *testing.T) {
	const articles = 2000
	clubs := []string{"Alpha FC", "Beta United", "Gamma City", "Delta Rovers", "Epsilon Town"}
	w := NewWriter(rand.New(rand.NewPCG(1, 2)), 20_000, clubs)
	top, tail := PlayerName(0), PlayerName(1234)
	var inTop, inTail int
	for i := range articles {
		text := w.Text(i)
		if !strings.Contains(text, fmt.Sprintf("Transfer news %d. ", i)) {
			t.Fatalf("article %d lacks its number: %q", i, text)
		}
		named := false
		for _, c := range clubs {
			named = named || strings.Contains(text, c)
		}
		if !named {
			t.Fatalf("article %d names no club: %q", i, text)
		}
		if strings.Contains(text, top) {
			inTop++
		}
		if strings.Contains(text, tail) {
			inTail++
		}
	}
	if share := float64(inTop) / articles; share < 0.15 || share > 0.30 {
		t.Errorf("%s named in %.1f%% of articles, want 15-30%%", top, 100*share)
	}
	if inTail > articles/100 {
		t.Errorf("%s (tail) named in %d of %d articles, want at most 1%%", tail, inTail, articles)
	}
}

// TestPlayerNameDistinct checks that the players of the benchmarks'
// bases (20,000) have distinct names: otherwise the ingest path merges
// them and the tail of rare players is lost.
func TestPlayerNameDistinct(t *testing.T) {
	seen := map[string]int{}
	for p := range 20_000 {
		name := PlayerName(p)
		if q, ok := seen[name]; ok {
			t.Fatalf("players %d and %d are both %q", q, p, name)
		}
		seen[name] = p
	}
}

// TestTextIn checks that an article dated in a month is the article Text
// writes with the same draws, its date moved into that month, and that
// the writer's later articles are the same either way.
func TestTextIn(t *testing.T) {
	a := NewWriter(rand.New(rand.NewPCG(7, 8)), 20_000, []string{"Alpha FC", "Beta United"})
	b := NewWriter(rand.New(rand.NewPCG(7, 8)), 20_000, []string{"Alpha FC", "Beta United"})
	dated := 0
	for i := range 200 {
		text, in := a.Text(i), b.TextIn(i, LastYear, LastMonth)
		k := strings.Index(text, " date ")
		if k < 0 {
			if in != text {
				t.Fatalf("undated article %d: %q, want %q", i, in, text)
			}
			continue
		}
		dated++
		want := text[:k] + fmt.Sprintf(" date %d-%02d-", LastYear, LastMonth) + text[k+len(" date 2015-01-"):]
		if in != want {
			t.Fatalf("article %d: %q, want %q", i, in, want)
		}
	}
	if dated < 150 {
		t.Errorf("%d of 200 articles dated, want about nine in ten", dated)
	}
}
