// Command mercato is a chat bot that answers football transfer questions
// from what it reads in news articles.
//
// Usage:
//
//	mercato run [-config FILE] [-db PATH] [-v]
//	mercato ask [-json] [-config FILE] [-db PATH] "TEXT"
//	mercato ingest [-config FILE] [-db PATH] PATH...
//	mercato extract -json FILE...
//	mercato jobs run digest|reminders|feeds|follow [-at TIME] [-dry-run] [-config FILE] [-db PATH]
//	mercato reextract [-all] [-config FILE] [-db PATH]
//	mercato backup [-config FILE] [-db PATH] FILE
//	mercato stats [-config FILE] [-db PATH]
//	mercato forget [-config FILE] [-db PATH] ID|URL
//	mercato copy-db -from sqlite:PATH|postgres://... -to sqlite:PATH|postgres://...
//	mercato version
//
// Every subcommand also takes -version: it prints the version instead.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// cli runs one subcommand and returns the exit status.
func cli(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	if cmd == "version" || cmd == "-version" || cmd == "--version" || wantsVersion(rest) {
		return versionCmd(stdout, stderr)
	}
	switch cmd {
	case "run":
		return runCmd(ctx, rest, stdin, stdout, stderr)
	case "ask":
		return askCmd(ctx, rest, stdin, stdout, stderr)
	case "ingest":
		return ingestCmd(ctx, rest, stdin, stdout, stderr)
	case "extract":
		return extractCmd(ctx, rest, stdin, stdout, stderr)
	case "jobs":
		return jobsCmd(ctx, rest, stdin, stdout, stderr)
	case "reextract":
		return reextractCmd(ctx, rest, stdin, stdout, stderr)
	case "backup":
		return backupCmd(ctx, rest, stdin, stdout, stderr)
	case "stats":
		return statsCmd(ctx, rest, stdin, stdout, stderr)
	case "forget":
		return forgetCmd(ctx, rest, stdin, stdout, stderr)
	case "copy-db":
		return copyDBCmd(ctx, rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprintln(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "mercato: unknown command %q (mercato help lists the commands)\n", cmd)
	return 2
}

const usage = `usage:
  mercato run [-config FILE] [-db PATH] [-v]
  mercato ask [-json] [-config FILE] [-db PATH] "TEXT"
  mercato ingest [-config FILE] [-db PATH] PATH...
  mercato extract -json FILE...
  mercato jobs run digest|reminders|feeds|follow [-at TIME] [-dry-run] [-config FILE] [-db PATH]
  mercato reextract [-all] [-config FILE] [-db PATH]
  mercato backup [-config FILE] [-db PATH] FILE
  mercato stats [-config FILE] [-db PATH]
  mercato forget [-config FILE] [-db PATH] ID|URL
  mercato copy-db -from sqlite:PATH|postgres://... -to sqlite:PATH|postgres://...
  mercato version          (or -version after any command)`
