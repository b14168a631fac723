package main

import (
	"context"
	"fmt"
	"io"
)

// askCmd runs `mercato ask`.
func askCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "mercato ask: not implemented yet")
	return 1
}
