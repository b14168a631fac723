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
	version string // of the extractor: stored with every article
}

// New returns the pipeline that reads articles with x (not nil) and writes
// them to store.
func New(store knowledge.Writer, x ExtractFunc) *Pipeline {
	return &Pipeline{store: store, extract: x}
}

// NewVersioned is New for an extractor of the given version
// (extract.Version for mercato's): every article it stores records the
// version, and Reextract reads again those read by another.
func NewVersioned(store knowledge.Writer, x ExtractFunc, version string) *Pipeline {
	return &Pipeline{store: versioned{store, version}, extract: x, version: version}
}

// Ingest extracts the facts of one article and stores them in one
// transaction. Input that cannot be learned from returns a
// *knowledge.RejectError and writes nothing; the same content or URL
// again returns Duplicate (without extracting it again).
func (p *Pipeline) Ingest(ctx context.Context, in knowledge.Input) (knowledge.IngestResult, error) {
	out, err := p.IngestAll(ctx, []knowledge.Input{in})
	if err != nil {
		return knowledge.IngestResult{}, err
	}
	return out[0].Result, out[0].Err
}

// Outcome is what IngestAll did with one input: its result, or the
// *knowledge.RejectError that refused it.
type Outcome struct {
	Result knowledge.IngestResult
	Err    error
}

// IngestAll learns many articles with one write: each input is checked
// and extracted as Ingest does, and those worth storing are handed to the
// store together, to be written in one transaction (a repeat of an
// article stored before, or earlier in ins, is a duplicate). An input
// refused does not stop the others: its Outcome holds the rejection. An
// error of the store is returned and then none of ins is written.
func (p *Pipeline) IngestAll(ctx context.Context, ins []knowledge.Input) ([]Outcome, error) {
	out := make([]Outcome, len(ins))
	arts := make([]knowledge.Article, 0, len(ins))
	at := make([]int, 0, len(ins))  // the input of each of arts
	known := make([]bool, len(ins)) // the store told the facts of the input
	for i, in := range ins {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("ingest: %w", err)
		}
		if out[i].Err = validate(in); out[i].Err != nil {
			continue
		}
		id, err := p.store.ArticleID(ctx, in.Text, in.URL)
		switch {
		case err == nil:
			out[i].Result = knowledge.IngestResult{ArticleID: id, Duplicate: true}
			continue
		case !errors.Is(err, knowledge.ErrNotFound):
			return nil, fmt.Errorf("ingest: %w", err)
		}
		art, err := finish(p.extract, in)
		if err != nil {
			out[i].Err = err
			continue
		}
		arts = append(arts, art)
		at = append(at, i)
	}
	if len(arts) > 0 {
		stored, err := p.store.Write(ctx, arts)
		if err != nil {
			return nil, fmt.Errorf("ingest: %w", err)
		}
		for k, st := range stored {
			out[at[k]].Result = knowledge.IngestResult{ArticleID: st.ArticleID, Duplicate: st.Duplicate}
			if st.Facts != nil {
				out[at[k]].Result.Facts = *st.Facts
				known[at[k]] = true
			}
		}
	}
	// What was learned, under the names it was stored with ("Kamara" in
	// the text is "Boubacar Kamara" when he is known); for a duplicate,
	// what the stored copy holds. The store may have said it with the write.
	for i := range out {
		if out[i].Err != nil || known[i] {
			continue
		}
		art, err := p.store.ArticleFacts(ctx, out[i].Result.ArticleID)
		if err != nil {
			return nil, fmt.Errorf("ingest: %w", err)
		}
		out[i].Result.Facts = art
	}
	return out, nil
}
