package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/ingest"
	"github.com/mercato-bot/mercato/knowledge/postgres"
)

// reextractCmd runs `mercato reextract [-all] [-config FILE] [-db PATH]`:
// the stored text of every article read by another extractor than this
// build's (every article with -all) is read again and its facts
// replaced, one transaction per batch. Progress goes to stderr (a line
// rewritten in place on a terminal, one line per thousand articles
// otherwise), the summary to stdout. Stopped (SIGINT), it keeps what it
// wrote; run again, it finishes the rest.
func reextractCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs, c := newFlags("reextract", stderr, true)
	all := fs.Bool("all", false, "read every article again, not only those read by another extractor")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return flagError(fs, err, stdout)
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "mercato reextract: unexpected argument %q\n", rest[0])
		return 2
	}
	kb, err := c.openBase(ctx, stderr)
	if err != nil {
		return fail(stderr, "reextract", err)
	}
	defer kb.Close()
	pr := newProgress(stderr, isTerminal(stderr), time.Now)
	ch, err := kb.pipeline.Reextract(ctx, kb.Store, ingest.ReextractOptions{All: *all, Progress: pr.show})
	pr.end()
	fmt.Fprintln(stdout, summary(kb.version, ch, pr.elapsed()))
	if err != nil {
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, "mercato reextract: stopped; run it again to finish")
			return 1
		}
		return fail(stderr, "reextract", err)
	}
	return 0
}

// summary says what a re-extraction changed.
func summary(version string, ch knowledge.Changes, took time.Duration) string {
	rate := ""
	if s := took.Seconds(); s > 0 && ch.Articles > 0 {
		rate = fmt.Sprintf(" in %v (%.0f articles/s)", took.Round(time.Millisecond), float64(ch.Articles)/s)
	}
	return fmt.Sprintf("re-extracted %d article%s with extractor %s%s: links %d added, %d removed, %d changed stage; "+
		"current clubs %d changed, contracts %d changed",
		ch.Articles, plural(ch.Articles), version, rate, ch.LinksAdded, ch.LinksRemoved, ch.LinksChanged,
		ch.CurrentClubs, ch.Contracts)
}

// progress prints how far a re-extraction has come: on a terminal one
// line rewritten in place (count, rate, time left); in a pipe or a log, a
// line per thousand articles.
type progress struct {
	w        io.Writer
	terminal bool
	now      func() time.Time
	start    time.Time
	last     time.Time // of the last line on a terminal
	printed  int       // thousands printed in a pipe
	shown    bool      // a terminal line is on screen
}

func newProgress(w io.Writer, terminal bool, now func() time.Time) *progress {
	t := now()
	return &progress{w: w, terminal: terminal, now: now, start: t}
}

// show prints p when a line is due.
func (pr *progress) show(p ingest.Progress) {
	now := pr.now()
	if !pr.terminal {
		for (pr.printed+1)*1000 <= p.Done {
			pr.printed++
			fmt.Fprintf(pr.w, "reextract: %d of %d articles\n", pr.printed*1000, p.Total)
		}
		return
	}
	if now.Sub(pr.last) < 200*time.Millisecond && p.Done < p.Total {
		return
	}
	pr.last, pr.shown = now, true
	fmt.Fprintf(pr.w, "\r%s\x1b[K", progressLine(p, now.Sub(pr.start)))
}

// progressLine is "1200/100000 articles, 640/s, 2m34s left".
func progressLine(p ingest.Progress, took time.Duration) string {
	line := fmt.Sprintf("%d/%d articles", p.Done, p.Total)
	if s := took.Seconds(); s > 0 && p.Done > 0 {
		rate := float64(p.Done) / s
		left := time.Duration(float64(p.Total-p.Done) / rate * float64(time.Second))
		line += fmt.Sprintf(", %.0f/s, %v left", rate, left.Round(time.Second))
	}
	return line
}

// end ends the terminal line.
func (pr *progress) end() {
	if pr.shown {
		fmt.Fprintln(pr.w)
	}
}

// elapsed is the time since the progress began.
func (pr *progress) elapsed() time.Duration { return pr.now().Sub(pr.start) }

// reextractInBackground re-reads the stale articles of kb while the bot
// answers (`mercato run`), logging the summary; it returns at once when no
// article is stale.
func reextractInBackground(ctx context.Context, kb base, log *slog.Logger) {
	n, err := kb.CountStale(ctx, kb.version)
	if err != nil {
		log.Error("reextract: counting stale articles", "err", err)
		return
	}
	if n == 0 {
		return
	}
	if shared, ok := unwrap(kb.Store).(sharedStore); ok { // one replica does it
		release, ok, err := shared.Exclusive(ctx, postgres.ReextractKey)
		if err != nil || !ok {
			log.Info("reextract: another replica reads the stale articles again", "err", err)
			return
		}
		defer release()
	}
	log.Info("reextract: reading stale articles again", "articles", n, "extractor", kb.version)
	start := time.Now()
	ch, err := kb.pipeline.Reextract(ctx, kb.Store, ingest.ReextractOptions{})
	if err != nil && ctx.Err() == nil {
		log.Error("reextract", "err", err, "articles", ch.Articles)
		return
	}
	log.Info("reextract: "+summary(kb.version, ch, time.Since(start)), "stopped", ctx.Err() != nil)
}
