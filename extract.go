package main

import (
	"context"
	"fmt"
	"io"
)

// extractCmd runs `mercato extract`.
func extractCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "mercato extract: not implemented yet")
	return 1
}
