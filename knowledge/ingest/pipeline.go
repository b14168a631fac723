package ingest

import (
	"context"
	"errors"
	"fmt"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// ExtractFunc reads the facts of one article; (*extract.Extractor).Extract
// is the one mercato uses.
type ExtractFunc func(text string, h extract.Hints) facts.Article

// Pipeline learns articles into a store. It is safe for concurrent use
// when its store and extractor are.
type Pipeline struct {
	store   knowledge.Writer
	extract ExtractFunc
}

// New returns the pipeline that reads articles with x (not nil) and writes
// them to store.
func New(store knowledge.Writer, x ExtractFunc) *Pipeline {
	return &Pipeline{store: store, extract: x}
}

// Ingest extracts the facts of one article and stores them in one
// transaction. Input that cannot be learned from returns a
// *knowledge.RejectError and writes nothing; the same content or URL
// again returns Duplicate (without extracting it again).
func (p *Pipeline) Ingest(ctx context.Context, in knowledge.Input) (knowledge.IngestResult, error) {
	if err := validate(in); err != nil {
		return knowledge.IngestResult{}, err
	}
	id, err := p.store.ArticleID(ctx, in.Text, in.URL)
	switch {
	case err == nil:
		return p.result(ctx, knowledge.Stored{ArticleID: id, Duplicate: true})
	case !errors.Is(err, knowledge.ErrNotFound):
		return knowledge.IngestResult{}, fmt.Errorf("ingest: %w", err)
	}
	art, err := finish(p.extract, in)
	if err != nil {
		return knowledge.IngestResult{}, err
	}
	stored, err := p.store.Write(ctx, []knowledge.Article{art})
	if err != nil {
		return knowledge.IngestResult{}, fmt.Errorf("ingest: %w", err)
	}
	return p.result(ctx, stored[0])
}

// result is what Ingest returns for an article stored: what was learned,
// under the names it was stored with ("Kamara" in the text is "Boubacar
// Kamara" when he is known); for a duplicate, what the stored copy holds.
func (p *Pipeline) result(ctx context.Context, st knowledge.Stored) (knowledge.IngestResult, error) {
	art, err := p.store.ArticleFacts(ctx, st.ArticleID)
	if err != nil {
		return knowledge.IngestResult{}, fmt.Errorf("ingest: %w", err)
	}
	return knowledge.IngestResult{ArticleID: st.ArticleID, Duplicate: st.Duplicate, Facts: art}, nil
}
