package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// maxArticleBytes is the largest article file extract reads.
const maxArticleBytes = 10 << 20

// extractCmd runs `mercato extract [-json] [-explain] FILE...`: the facts of
// each file, one JSON object per line with -json, without touching any
// database; -explain adds, for every link, current club and contract, the
// rules that fired on which words (an "explain" member with -json).
func extractCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mercato extract", flag.ContinueOnError)
	fs.SetOutput(prefixWriter{stderr, "mercato extract: "})
	fs.Usage = func() {}
	asJSON := fs.Bool("json", false, "print one JSON object per file")
	explain := fs.Bool("explain", false, "tell which rules fired on which words for every link, current club and contract")
	if err := fs.Parse(args); err != nil {
		return flagError(fs, err, stdout)
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: mercato extract [-json] [-explain] FILE...")
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
		var a facts.Article
		var why *facts.Explanation
		if *explain {
			var e facts.Explanation
			a, e = x.Explain(text, extract.Hints{})
			why = &e
		} else {
			a = x.Extract(text, extract.Hints{})
		}
		if !*asJSON {
			printArticle(stdout, path, a, why)
			continue
		}
		if err := enc.Encode(struct {
			File string `json:"file"`
			facts.Article
			Explain *facts.Explanation `json:"explain,omitempty"`
		}{path, a, why}); err != nil {
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
	s, err := text.Read(r, maxArticleBytes)
	switch {
	case errors.Is(err, text.ErrTooLarge):
		return "", fmt.Errorf("larger than %d MB", maxArticleBytes>>20)
	case errors.Is(err, text.ErrNotText):
		return "", fmt.Errorf("not UTF-8 text")
	}
	return s, err
}

// printArticle prints the facts of one article, and their reasons when
// why is not nil.
func printArticle(w io.Writer, path string, a facts.Article, why *facts.Explanation) {
	fmt.Fprintf(w, "%s (%s, %s)\n", path, a.Lang, a.Published)
	for i, p := range a.Players {
		fmt.Fprintf(w, "  %s  club=%s  contract=%s\n", p.Name, p.CurrentClub, p.ContractExpires)
		var e facts.PlayerExplanation
		if why != nil && i < len(why.Players) {
			e = why.Players[i]
			printReasons(w, "      club because ", e.CurrentClub)
			printReasons(w, "      contract because ", e.Contract)
		}
		for j, s := range p.Suitors {
			fmt.Fprintf(w, "    %-24s %-8s %.2f\n", s.Club, s.Stage, s.Confidence)
			if j < len(e.Suitors) {
				printReasons(w, "      because ", e.Suitors[j].Reasons)
			}
		}
	}
}

// printReasons prints one line per rule: its name, and the words it fired on.
func printReasons(w io.Writer, lead string, rs []facts.Reason) {
	for _, r := range rs {
		fmt.Fprintf(w, "%s%s", lead, r.Rule)
		if r.Weight != 0 {
			fmt.Fprintf(w, " (+%g)", r.Weight)
		}
		if r.Words != "" {
			fmt.Fprintf(w, ": %q", r.Words)
		}
		fmt.Fprintln(w)
	}
}
