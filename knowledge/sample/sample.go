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
	"github.com/mercato-bot/mercato/knowledge/correct"
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

// Store is what Fill reads of a knowledge base to decide whether to fill
// it.
type Store interface {
	Stats(ctx context.Context) (knowledge.Stats, error)
	ArticleID(ctx context.Context, text, url string) (int64, error)
}

// Fill learns the corpus through p, in one write (one transaction), into
// a knowledge base that holds nothing else: an empty one, or one a fill
// was cut short in by an older mercato (it holds only some of the
// corpus), which it completes. A knowledge base holding other articles,
// or the whole corpus, is left alone, without a write. It returns how
// many articles it stored; an article the extractor cannot learn from is
// skipped. A knowledge base an admin forgot articles from, even every
// one, is left alone: what was forgotten stays forgotten.
func Fill(ctx context.Context, s Store, p *ingest.Pipeline) (int, error) {
	arts := Articles()
	st, err := s.Stats(ctx)
	if err != nil {
		return 0, fmt.Errorf("sample: %w", err)
	}
	if st.Articles >= len(arts) || st.Forgotten > 0 { // all there, or an admin forgot some
		return 0, nil
	}
	if st.Articles > 0 {
		stored, err := storedOf(ctx, s, arts)
		if err != nil || stored < st.Articles {
			return 0, err // articles of its own: not a fresh knowledge base
		}
	}
	ins := make([]knowledge.Input, len(arts))
	for i, a := range arts {
		ins[i] = knowledge.Input{Text: a.Text}
	}
	out, err := p.IngestAll(ctx, ins)
	if err != nil {
		return 0, fmt.Errorf("sample: %w", err)
	}
	n := 0
	for _, o := range out {
		if o.Err == nil && !o.Result.Duplicate {
			n++
		}
	}
	return n, nil
}

// storedOf counts the articles of arts s holds.
func storedOf(ctx context.Context, s Store, arts []Article) (int, error) {
	n := 0
	for _, a := range arts {
		_, err := s.ArticleID(ctx, a.Text, "")
		switch {
		case err == nil:
			n++
		case !errors.Is(err, knowledge.ErrNotFound):
			return 0, fmt.Errorf("sample: %w", err)
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
	p := ingest.New(store, x)
	kb := knowledge.Base{Store: correct.New(store), Ingester: p}
	if _, err := Fill(ctx, store, p); err != nil {
		store.Close()
		return knowledge.Base{}, err
	}
	return kb, nil
}
