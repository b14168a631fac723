package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/knowledge/extract"
)

// askCmd runs `mercato ask [-json] [-config FILE] [-db PATH] "TEXT"`: one
// request through the router, as the console user (an admin) would send
// it. The reply goes to stdout, or to stderr with status 1 when it is an
// error; with -json, the reply's data as one JSON object.
func askCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs, c := newFlags("ask", stderr, true)
	asJSON := fs.Bool("json", false, "print the reply's data as one JSON object")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return flagError(fs, err, stdout)
	}
	text := strings.TrimSpace(strings.Join(rest, " "))
	if text == "" {
		fmt.Fprintln(stderr, `mercato ask: nothing to ask: give a command, e.g. mercato ask "/suitors Kamara"`)
		return 2
	}
	cfg, log, err := c.setup(stderr, slog.LevelWarn)
	if err != nil {
		return fail(stderr, "ask", err)
	}
	store, err := openStore(ctx, cfg, c.db, os.Getenv, newExtractor(log).Extract)
	if err != nil {
		return fail(stderr, "ask", err)
	}
	defer store.Close()
	router := bot.NewRouter(store, bot.Options{Fetcher: newFetcher(cfg, log), Logger: log.With("component", "bot"), Heat: cfg.heat,
		Extractor: extract.Version()})
	reply := router.Serve(ctx, &bot.Request{
		Platform: "console", Chat: "console", User: "console", Admin: true, Text: text,
	})
	out := stdout
	if reply.Error {
		out = stderr
	}
	if *asJSON {
		data := reply.Data
		if data == nil {
			key := "text"
			if reply.Error {
				key = "error"
			}
			data = map[string]string{key: reply.Text(0)}
		}
		b, err := json.Marshal(data)
		if err != nil {
			return fail(stderr, "ask", err)
		}
		fmt.Fprintf(out, "%s\n", b)
	} else {
		fmt.Fprintln(out, strings.TrimRight(reply.Text(0), "\n"))
	}
	if reply.Error {
		return 1
	}
	return 0
}
