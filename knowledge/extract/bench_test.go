package extract

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/mercato-bot/mercato/internal/soak"
)

func devArticles(tb testing.TB) []string {
	files, _ := filepath.Glob("testdata/dev_*.txt")
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	if len(out) == 0 {
		tb.Fatal("no dev articles")
	}
	return out
}

// BenchmarkExtract extracts the dev articles one after the other; ns/op and
// allocs/op are per article.
func BenchmarkExtract(b *testing.B) {
	x := New()
	arts := devArticles(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(arts[i%len(arts)], Hints{})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestMemoryFlat extracts many articles in a row and checks that the live
// heap does not grow with them: 100,000 of them (2,000 under -race or
// -short). A soak test: it runs with MERCATO_SOAK=1.
func TestMemoryFlat(t *testing.T) {
	soak.Require(t)
	x := New()
	arts := devArticles(t)
	n := 100000
	if testing.Short() || raceEnabled {
		n = 2000
	}
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	for i := 0; i < len(arts)*4; i++ {
		x.Extract(arts[i%len(arts)], Hints{})
	}
	before := heap()
	for i := 0; i < n; i++ {
		x.Extract(arts[i%len(arts)], Hints{})
	}
	after := heap()
	t.Logf("heap before %d KB, after %d extractions %d KB", before>>10, n, after>>10)
	if after > before+4<<20 {
		t.Errorf("heap grew from %d KB to %d KB over %d extractions", before>>10, after>>10, n)
	}
}
