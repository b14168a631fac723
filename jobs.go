package main

import (
	"context"
	"fmt"
	"io"
)

// jobsCmd runs `mercato jobs`.
func jobsCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "mercato jobs: not implemented yet")
	return 1
}
