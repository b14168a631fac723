// Package sample is mercato's built-in sample corpus: the five seed
// articles about Boubacar Kamara, so that a fresh knowledge base answers
// "/suitors Kamara" with nothing else set up.
package sample

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/ingest"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

//go:embed seeds/*.txt
var seeds embed.FS

// Article is one article of the corpus.
type Article struct {
	Name string // file name: "000_f5b31e10ac1ea957.txt"
	Text string
}

// Articles returns the articles of the corpus in file-name order.
func Articles() []Article {
	names, err := fs.Glob(seeds, "seeds/*.txt")
	if err != nil {
		panic(err) // the pattern is constant and valid
	}
	out := make([]Article, 0, len(names))
	for _, name := range names {
		b, err := seeds.ReadFile(name)
		if err != nil {
			panic(err) // embedded files are always readable
		}
		out = append(out, Article{Name: path.Base(name), Text: string(b)})
	}
	return out
}

// Base is what Fill needs of a knowledge base.
type Base interface {
	Empty(ctx context.Context) (bool, error)
	knowledge.Ingester
}

// Fill ingests the corpus into a knowledge base that holds no article yet
// and returns how many articles it stored; a knowledge base with articles
// is left alone. An article the extractor cannot learn from is skipped.
func Fill(ctx context.Context, s Base) (int, error) {
	empty, err := s.Empty(ctx)
	if err != nil || !empty {
		return 0, err
	}
	n := 0
	for _, a := range Articles() {
		res, err := s.Ingest(ctx, knowledge.Input{Text: a.Text})
		var rej *knowledge.RejectError
		switch {
		case errors.As(err, &rej):
			continue
		case err != nil:
			return n, fmt.Errorf("sample: %s: %w", a.Name, err)
		case !res.Duplicate:
			n++
		}
	}
	return n, nil
}

// Open opens the SQLite knowledge base at path, learning through an
// ingest pipeline that reads articles with x, and fills it with the corpus
// if it holds no article yet: the knowledge base of a fresh machine.
func Open(ctx context.Context, path string, x ingest.ExtractFunc) (knowledge.Base, error) {
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		return knowledge.Base{}, err
	}
	kb := knowledge.Base{Store: store, Ingester: ingest.New(store, x)}
	if _, err := Fill(ctx, kb); err != nil {
		store.Close()
		return knowledge.Base{}, err
	}
	return kb, nil
}
