package main

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseConfig: a configuration file, whatever it holds, is read or
// refused with an error; it never panics.
func FuzzParseConfig(f *testing.F) {
	for _, s := range []string{"", "database:\n  path: x\n", "telegram:\n  webhook:\n    url: x\n",
		"feeds:\n  - url: x\n    nope: 1\n", "jobs: [", "&a [*a]", "ingest:\n  timeout: 10s\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var cfg config
		_ = parseConfig([]byte(s), &cfg)
	})
}

// FuzzHTMLArticle: any local HTML file reduces to valid text without
// markup from its scripts.
func FuzzHTMLArticle(f *testing.F) {
	for _, s := range []string{"<p>Kamara</p>", "<script>x<p>y</script>", "<title>t</title><nav><nav></nav>z", "\xff<"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in := htmlArticle(s)
		if utf8.ValidString(s) && (!utf8.ValidString(in.Text) || !utf8.ValidString(in.Title)) {
			t.Fatalf("htmlArticle(%q) gave invalid UTF-8: %+v", s, in)
		}
		if strings.Contains(in.Text, "\n\n\n") {
			t.Fatalf("htmlArticle(%q): empty paragraphs in %q", s, in.Text)
		}
	})
}
