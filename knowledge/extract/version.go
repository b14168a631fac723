package extract

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/mercato-bot/mercato/knowledge/clubs"
)

// sources are the extractor's own Go files and its lexicons: what its
// reading of an article depends on, besides the club table.
//
//go:embed *.go lexicons/*.txt
var sources embed.FS

// Version identifies what this build's extractor reads in an article: a
// short hash over its Go sources (tests left out), its lexicon files and
// the club table. Any change to the rules, a lexicon or a club gives a new
// version, so that nobody has to remember to bump it; the knowledge base
// stores it with every article and re-extracts the articles read by
// another one. It is computed once (hashing the sources and the club
// table takes a while), as clubs.Default is built once.
var Version = sync.OnceValue(version)

// version computes Version.
func version() string {
	h := sha256.New()
	var names []string
	err := fs.WalkDir(sources, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && !strings.HasSuffix(p, "_test.go") {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		panic(err) // embedded files are always readable
	}
	sort.Strings(names)
	for _, name := range names {
		b, err := sources.ReadFile(name)
		if err != nil {
			panic(err)
		}
		fmt.Fprintf(h, "%s %d\n", path.Clean(name), len(b))
		h.Write(b)
	}
	writeClubs(h, clubs.Default())
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// writeClubs writes what the extractor uses of a club table to w.
func writeClubs(w io.Writer, t *clubs.Table) {
	for _, c := range t.Clubs() {
		fmt.Fprintf(w, "club %q %q %q %q\n", c.Name, c.Country, c.City, c.Aliases)
	}
	for _, n := range t.Names() {
		fmt.Fprintf(w, "name %+v\n", n)
	}
}
