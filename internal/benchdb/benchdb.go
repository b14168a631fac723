// Package benchdb opens the knowledge base the answer and digest
// benchmarks run over: the SQLite file $MERCATO_BENCH_DB names (such as
// the generated 100,000-article bases the knowledge/sqlite and
// knowledge/ingest benchmarks keep in the temporary directory). A
// benchmark is skipped when the variable is unset.
package benchdb

import (
	"context"
	"os"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

// Env names the environment variable giving the knowledge base's path.
const Env = "MERCATO_BENCH_DB"

// Open opens the knowledge base at $MERCATO_BENCH_DB, closed when b ends;
// it skips b when the variable is unset and fails it when the base does
// not open.
func Open(b *testing.B) *sqlite.Store {
	b.Helper()
	path := os.Getenv(Env)
	if path == "" {
		b.Skip(Env + " names no knowledge base")
	}
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}
