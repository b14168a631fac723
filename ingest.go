package main

import (
	"context"
	"fmt"
	"io"
)

// ingestCmd runs `mercato ingest`.
func ingestCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "mercato ingest: not implemented yet")
	return 1
}
