package main

import (
	"context"
	"fmt"
	"io"
)

// service is one long-running part of `mercato run`: an adapter or the
// scheduler. Run blocks until ctx is done, then finishes the work in
// flight and returns.
type service interface {
	Run(ctx context.Context) error
}

// runCmd runs `mercato run`: the configured adapters (the console when none
// is), and the scheduled jobs.
func runCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "mercato run: not implemented yet")
	return 1
}
