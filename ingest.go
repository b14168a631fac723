package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/ingest"
)

// articleExts are the files `mercato ingest` reads in a folder.
var articleExts = []string{".txt", ".md", ".html", ".htm"}

// ingestCmd runs `mercato ingest [-config FILE] [-db PATH] PATH...`: each
// PATH is an article file, a folder of them, - for standard input, or an
// http(s) URL. It prints one line per article ("new", "duplicate",
// "rejected: <reason>" or "failed: <error>") with what was learned, and
// exits non-zero if any was rejected or failed.
func ingestCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset, c := newFlags("ingest", stderr, true)
	paths, err := parseFlags(fset, args)
	if err != nil {
		return flagError(fset, err, stdout)
	}
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "mercato ingest: nothing to ingest: give article files, folders, URLs or - for standard input")
		return 2
	}
	cfg, log, err := c.setup(stderr, slog.LevelWarn)
	if err != nil {
		return fail(stderr, "ingest", err)
	}
	if _, err := databasePath(cfg, c.db, os.Getenv); err != nil {
		return fail(stderr, "ingest", err)
	}
	in := &ingester{stdin: stdin, out: stdout, fetcher: newFetcher(cfg, log), log: log.With("component", "ingest"),
		check: newExtractor(log).Extract}
	in.open = func(ctx context.Context) (base, error) {
		return openBase(ctx, cfg, c.db, os.Getenv, in.check)
	}
	defer in.close()
	for _, p := range paths {
		if ctx.Err() != nil || in.openErr != nil {
			break
		}
		in.path(ctx, p)
	}
	in.flush(ctx)
	if in.openErr != nil {
		return fail(stderr, "ingest", in.openErr)
	}
	if in.failed > 0 || ctx.Err() != nil {
		return 1
	}
	return 0
}

// bulkBatch is how many articles `mercato ingest` writes a transaction.
// In a big base each of a player's indexes and aggregates has a page
// written a transaction for nearly every player a batch names: into the
// 100k generated base, 5,000 articles written 200 a transaction wrote
// 11.9 pages to the WAL an article, 1,000 a transaction 6.8.
const bulkBatch = 1000

// ingester ingests the arguments of one `mercato ingest`, in batches of
// bulkBatch articles, each written in one transaction. It opens
// the knowledge base only when an article has passed the checks that need
// none, so that bad input alone creates or changes no database.
type ingester struct {
	open    func(context.Context) (base, error)
	store   base // its Store is nil until the first article worth storing
	openErr error
	pending []pendingInput     // read, not yet ingested
	check   ingest.ExtractFunc // extraction, also before the store is open
	stdin   io.Reader
	out     io.Writer
	fetcher bot.Fetcher
	log     *slog.Logger
	failed  int
}

// close closes the knowledge base if it was opened.
func (g *ingester) close() {
	if g.store.Store != nil {
		g.store.Close()
	}
}

// pendingInput is an argument read and waiting for its batch: its name,
// its input, and the error reading it, if any.
type pendingInput struct {
	name string
	in   knowledge.Input
	err  error
}

// report queues in (or readErr, when reading it failed) for ingestion;
// a full batch is ingested and its outcomes printed.
func (g *ingester) report(ctx context.Context, name string, in knowledge.Input, readErr error) {
	g.pending = append(g.pending, pendingInput{name, in, readErr})
	if len(g.pending) >= bulkBatch {
		g.flush(ctx)
	}
}

// flush ingests the queued inputs in one write and prints one line for
// each, in order. Until the knowledge base is open, each input is first
// checked (empty, binary, too large, no football) without it.
func (g *ingester) flush(ctx context.Context) {
	batch := g.pending
	g.pending = nil
	var todo []int // of batch, to ingest
	for i, p := range batch {
		switch {
		case g.openErr != nil:
			return // told once by ingestCmd; nothing more is printed
		case p.err != nil:
			g.print(p.name, knowledge.IngestResult{}, p.err)
			continue
		case g.store.Store == nil:
			if err := ingest.Check(p.in, g.check); err != nil {
				g.print(p.name, knowledge.IngestResult{}, err)
				continue
			}
			if g.store, g.openErr = g.open(ctx); g.openErr != nil {
				return // told once by ingestCmd
			}
		}
		todo = append(todo, i)
	}
	if len(todo) == 0 {
		return
	}
	ins := make([]knowledge.Input, len(todo))
	for k, i := range todo {
		ins[k] = batch[i].in
	}
	out, err := g.store.pipeline.IngestAll(ctx, ins)
	for k, i := range todo {
		if err != nil {
			g.print(batch[i].name, knowledge.IngestResult{}, err)
			continue
		}
		g.print(batch[i].name, out[k].Result, out[k].Err)
	}
}

// path ingests one argument.
func (g *ingester) path(ctx context.Context, p string) {
	switch {
	case p == "-":
		text, err := readLimited(g.stdin)
		g.report(ctx, "-", knowledge.Input{Text: text}, err)
	case strings.Contains(p, "://"): // any scheme: the fetcher refuses all but http(s) with a clear line
		if g.fetcher == nil {
			g.report(ctx, p, knowledge.Input{}, &knowledge.RejectError{Reason: "URL ingestion is not available"})
			return
		}
		in, err := g.fetcher.Fetch(ctx, p)
		if err != nil && ctx.Err() == nil { // the page's fault: a short line that says why
			err = &knowledge.RejectError{Reason: oneLine(err)}
		}
		g.report(ctx, p, in, err)
	default:
		info, err := os.Stat(p)
		if err == nil && info.IsDir() {
			g.dir(ctx, p)
			return
		}
		in, err := readArticle(p)
		g.report(ctx, p, in, err)
	}
}

// dir ingests the article files below a folder, in name order.
func (g *ingester) dir(ctx context.Context, root string) {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case p != root && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return filepath.SkipDir
			}
		case d.Type().IsRegular() && slices.Contains(articleExts, strings.ToLower(filepath.Ext(p))):
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		g.report(ctx, root, knowledge.Input{}, err)
	}
	if len(files) == 0 && err == nil {
		g.report(ctx, root, knowledge.Input{}, &knowledge.RejectError{Reason: "no .txt, .md or .html file in this folder"})
	}
	for _, f := range files {
		if ctx.Err() != nil {
			return
		}
		in, err := readArticle(f)
		g.report(ctx, f, in, err)
	}
}

// print prints the outcome of ingesting an input as one line.
func (g *ingester) print(name string, res knowledge.IngestResult, err error) {
	var rej *knowledge.RejectError
	switch {
	case errors.As(err, &rej):
		g.failed++
		fmt.Fprintf(g.out, "%s: rejected: %s\n", name, rej.Reason)
	case err != nil:
		g.failed++
		fmt.Fprintf(g.out, "%s: failed: %s\n", name, oneLine(err))
	case res.Duplicate:
		fmt.Fprintf(g.out, "%s: duplicate%s\n", name, learned(res.Facts))
	default:
		fmt.Fprintf(g.out, "%s: new%s\n", name, learned(res.Facts))
	}
}

// oneLine is an error message on one line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// learned sums up an article's facts: each player with his club, contract
// and suitors.
func learned(art facts.Article) string {
	var b strings.Builder
	if !art.Published.IsZero() {
		fmt.Fprintf(&b, " (%s)", art.Published)
	}
	for i, p := range art.Players {
		sep := " — "
		if i > 0 {
			sep = "; "
		}
		b.WriteString(sep + p.Name)
		var about []string
		if p.CurrentClub != "" {
			about = append(about, p.CurrentClub)
		}
		if !p.ContractExpires.IsZero() {
			about = append(about, "contract to "+p.ContractExpires.String())
		}
		if len(about) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(about, ", "))
		}
		if len(p.Suitors) == 0 {
			continue
		}
		suitors := make([]string, len(p.Suitors))
		for j, s := range p.Suitors {
			suitors[j] = s.Club + " " + string(s.Stage)
		}
		fmt.Fprintf(&b, ": %d suitor%s: %s", len(p.Suitors), plural(len(p.Suitors)), strings.Join(suitors, ", "))
	}
	return b.String()
}

// readLimited reads at most one byte more than an article may hold, so
// that Ingest can refuse what is too large without reading it all.
func readLimited(r io.Reader) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, knowledge.MaxArticleBytes+1))
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// readArticle reads an article file; an HTML file is reduced to its text.
func readArticle(p string) (knowledge.Input, error) {
	f, err := os.Open(p)
	if err != nil {
		return knowledge.Input{}, errors.Unwrap(err) // "no such file or directory", without the path twice
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > knowledge.MaxArticleBytes {
		return knowledge.Input{}, &knowledge.RejectError{
			Reason: fmt.Sprintf("too large: %d bytes, the limit is %d", info.Size(), knowledge.MaxArticleBytes)}
	}
	text, err := readLimited(f)
	if err != nil {
		return knowledge.Input{}, err
	}
	if ext := strings.ToLower(filepath.Ext(p)); ext == ".html" || ext == ".htm" {
		return htmlArticle(text), nil
	}
	return knowledge.Input{Text: text}, nil
}

// plural is "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
