package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/mercato-bot/mercato/knowledge"
)

// forgetCmd runs `mercato forget [-config FILE] [-db PATH] ID|URL`: the
// article (by the id /sources and /latest show, or by its URL) and every
// fact that came only from it are removed in one transaction.
func forgetCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs, c := newFlags("forget", stderr, true)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return flagError(fs, err, stdout)
	}
	if len(rest) != 1 {
		fmt.Fprintln(stderr, "mercato forget: give one article id or URL, e.g. mercato forget 42")
		return 2
	}
	kb, err := c.openBase(ctx, stderr)
	if err != nil {
		return fail(stderr, "forget", err)
	}
	defer kb.Close()
	id, err := kb.FindArticle(ctx, rest[0])
	if errors.Is(err, knowledge.ErrNotFound) {
		return fail(stderr, "forget", fmt.Errorf("no article %q: give an id /sources shows, or the article's URL", rest[0]))
	}
	if err != nil {
		return fail(stderr, "forget", err)
	}
	got, err := kb.Forget(ctx, id)
	if err != nil {
		return fail(stderr, "forget", err)
	}
	fmt.Fprintf(stdout, "forgot article %d: %d link report%s removed, %d player%s no other article names\n",
		id, got.Links, plural(got.Links), got.Players, plural(got.Players))
	return 0
}
