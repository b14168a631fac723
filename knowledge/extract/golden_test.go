package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected files in testdata")

// TestGolden compares what is extracted from every seed and dev article with
// the checked-in NAME.json beside NAME.txt; run with -update to rewrite them
// and review the diff.
func TestGolden(t *testing.T) {
	x := New()
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden articles: %v", err)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := json.MarshalIndent(x.Extract(string(text), Hints{}), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		want := strings.TrimSuffix(f, ".txt") + ".json"
		if *update {
			if err := os.WriteFile(want, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		exp, err := os.ReadFile(want)
		if err != nil {
			t.Fatalf("%s: %v (run go test -run TestGolden -update)", want, err)
		}
		if !bytes.Equal(got, exp) {
			t.Errorf("%s: extracted facts differ from %s (run with -update and review the diff):\n%s", f, want, got)
		}
	}
}
