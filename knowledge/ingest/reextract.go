package ingest

import (
	"context"
	"fmt"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
)

// versioned is a store whose new articles record the extractor's version.
type versioned struct {
	knowledge.Writer
	version string
}

// Write stores arts, each stamped with the version unless it has one.
func (v versioned) Write(ctx context.Context, arts []knowledge.Article) ([]knowledge.Stored, error) {
	for i := range arts {
		if arts[i].Extractor == "" {
			arts[i].Extractor = v.version
		}
	}
	return v.Writer.Write(ctx, arts)
}

// DefaultBatch is how many articles Reextract writes per transaction.
const DefaultBatch = 200

// ReextractOptions configure Reextract.
type ReextractOptions struct {
	All   bool // every article, not only those read by another extractor
	Batch int  // articles per transaction; 0 means DefaultBatch
	// Progress, if not nil, is called after every batch.
	Progress func(Progress)
}

// Progress is how far a re-extraction has come.
type Progress struct {
	Done, Total int // articles read again, and to read in all
	Changes     knowledge.Changes
}

// Reextract reads again, with the pipeline's extractor, the stored text of
// every article of src (the pipeline's store) that another extractor
// read (all of them with opts.All), and writes the new facts through the
// store's Write, one transaction per batch: answers show each article's
// old facts or its new ones, never a half. It can be stopped at any
// moment (ctx) and run again to finish: what was written is current,
// what was not is still stale. It returns what changed.
func (p *Pipeline) Reextract(ctx context.Context, src knowledge.Rereader, opts ReextractOptions) (knowledge.Changes, error) {
	var total knowledge.Changes
	if opts.Batch <= 0 {
		opts.Batch = DefaultBatch
	}
	if opts.All {
		if err := src.MarkAllStale(ctx); err != nil {
			return total, fmt.Errorf("ingest: reextract: %w", err)
		}
	}
	todo, err := src.CountStale(ctx, p.version)
	if err != nil {
		return total, fmt.Errorf("ingest: reextract: %w", err)
	}
	var after int64
	for {
		if err := ctx.Err(); err != nil {
			return total, fmt.Errorf("ingest: reextract: %w", err)
		}
		ch, last, err := p.reextractBatch(ctx, src, after, opts.Batch)
		if err != nil {
			return total, fmt.Errorf("ingest: reextract: %w", err)
		}
		if last == 0 {
			return total, nil
		}
		total.Add(ch)
		after = last
		if opts.Progress != nil {
			opts.Progress(Progress{Done: total.Articles, Total: max(todo, total.Articles), Changes: total})
		}
	}
}

// reextractBatch reads again up to n stale articles after id after, and
// writes them in one transaction. last is the id of the last one, 0 when
// none was left.
func (p *Pipeline) reextractBatch(ctx context.Context, src knowledge.Rereader, after int64, n int) (ch knowledge.Changes, last int64, err error) {
	stale, err := src.StaleArticles(ctx, p.version, after, n)
	if err != nil || len(stale) == 0 {
		return ch, 0, err
	}
	arts := make([]knowledge.Article, len(stale))
	for i, a := range stale {
		arts[i] = p.reread(a)
	}
	stored, err := src.Write(ctx, arts)
	if err != nil {
		return ch, 0, err
	}
	for _, st := range stored {
		ch.Add(st.Changes)
	}
	return ch, stale[len(stale)-1].ID, nil
}

// reread reads a stored article again as Ingest would have read it: the
// date and language stored are kept when the text tells none (they may
// have come from the page it was fetched from).
func (p *Pipeline) reread(a knowledge.StoredArticle) knowledge.Article {
	in := knowledge.Input{Text: a.Text, URL: a.URL, Title: a.Title, Site: a.Site, Author: a.Author}
	art := tidy(p.extract(in.Text, extract.Hints{Title: in.Title}), in)
	if art.Published.IsZero() {
		art.Published = a.Published
	}
	if art.Lang == "" {
		art.Lang = a.Lang
	}
	return knowledge.Article{
		ID:        a.ID,
		Text:      a.Text,
		URL:       a.URL,
		Site:      a.Site,
		Author:    a.Author,
		Source:    articleSource(in, art),
		Facts:     art,
		Extractor: p.version,
	}
}
