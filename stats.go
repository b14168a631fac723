package main

import (
	"context"
	"fmt"
	"io"
	"time"
)

// statsCmd runs `mercato stats [-config FILE] [-db PATH]`: what the
// knowledge base holds, the extractor's version and how many articles
// await re-extraction.
func statsCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs, c := newFlags("stats", stderr, true)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return flagError(fs, err, stdout)
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "mercato stats: unexpected argument %q\n", rest[0])
		return 2
	}
	kb, err := c.openBase(ctx, stderr)
	if err != nil {
		return fail(stderr, "stats", err)
	}
	defer kb.Close()
	st, err := kb.Stats(ctx)
	if err != nil {
		return fail(stderr, "stats", err)
	}
	stale, err := kb.CountStale(ctx, kb.version)
	if err != nil {
		return fail(stderr, "stats", err)
	}
	newest := "none"
	if st.NewestArticle != 0 {
		newest = fmt.Sprintf("#%d, stored %s", st.NewestArticle, st.NewestIngested.UTC().Format(time.RFC3339))
	}
	for _, l := range [][2]any{
		{"articles", st.Articles}, {"players", st.Players}, {"clubs", st.Clubs}, {"links", st.Links},
		{"fees", st.Fees}, {"subscriptions", st.Subscriptions}, {"corrections in force", st.Corrections}, {"articles forgotten", st.Forgotten},
		{"newest article", newest},
		{"extractor", kb.version}, {"awaiting re-extraction", stale},
	} {
		fmt.Fprintf(stdout, "%-23s %v\n", l[0], l[1])
	}
	return 0
}
