package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// maxArticleBytes is the largest article file extract reads.
const maxArticleBytes = 10 << 20

// extractCmd runs `mercato extract -json FILE...`: the facts of each file,
// one JSON object per line, without touching any database.
func extractCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: mercato extract -json FILE...")
		return 2
	}
	x := newExtractor(slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	status := 0
	for _, path := range fs.Args() {
		if ctx.Err() != nil {
			return 1
		}
		text, err := readExtractFile(path, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "mercato extract: %s: %v\n", path, err)
			status = 1
			continue
		}
		a := x.Extract(text, extract.Hints{})
		if !*asJSON {
			printArticle(stdout, path, a)
			continue
		}
		if err := enc.Encode(struct {
			File string `json:"file"`
			facts.Article
		}{path, a}); err != nil {
			fmt.Fprintf(stderr, "mercato extract: %s: %v\n", path, err)
			status = 1
		}
	}
	return status
}

// readExtractFile reads one article file ("-" is stdin), refusing binary data
// and files over maxArticleBytes.
func readExtractFile(path string, stdin io.Reader) (string, error) {
	var r io.Reader = stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return "", err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return "", fmt.Errorf("is a directory")
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxArticleBytes+1))
	if err != nil {
		return "", err
	}
	if len(b) > maxArticleBytes {
		return "", fmt.Errorf("larger than %d MB", maxArticleBytes>>20)
	}
	if bytes.IndexByte(b, 0) >= 0 || !utf8.Valid(b) {
		return "", fmt.Errorf("not UTF-8 text")
	}
	return string(b), nil
}

func printArticle(w io.Writer, path string, a facts.Article) {
	fmt.Fprintf(w, "%s (%s, %s)\n", path, a.Lang, a.Published)
	for _, p := range a.Players {
		fmt.Fprintf(w, "  %s  club=%s  contract=%s\n", p.Name, p.CurrentClub, p.ContractExpires)
		for _, s := range p.Suitors {
			fmt.Fprintf(w, "    %-24s %s\n", s.Club, s.Stage)
		}
	}
}
