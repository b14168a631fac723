package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
)

// common holds the flags most subcommands share.
type common struct {
	config string
	db     string
}

// newFlags returns a flag set for subcommand name that reports errors on
// stderr, with -config and, when withDB, -db.
func newFlags(name string, stderr io.Writer, withDB bool) (*flag.FlagSet, *common) {
	fs := flag.NewFlagSet("mercato "+name, flag.ContinueOnError)
	// A bad flag is reported in one line: "mercato ask: flag provided but
	// not defined: -x"; -h prints the flags (flagError).
	fs.SetOutput(prefixWriter{stderr, "mercato " + name + ": "})
	fs.Usage = func() {}
	c := &common{}
	fs.StringVar(&c.config, "config", "", "configuration `file` (see config.example.yaml)")
	fs.Bool("version", false, "print mercato's version and exit (see mercato version)")
	if withDB {
		fs.StringVar(&c.db, "db", "", "knowledge base `path` (default: database.path, else the user's data directory)")
	}
	return fs, c
}

// parseFlags parses args, flags anywhere among the arguments ("--" ends
// them), and returns the arguments that are not flags.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		left := fs.Args()
		if len(left) == 0 {
			return rest, nil
		}
		// Parse stops at the first argument that is not a flag, or after "--".
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			return append(rest, left...), nil
		}
		rest, args = append(rest, left[0]), left[1:]
	}
}

// flagError answers a parseFlags error: the flags' help for -h (status
// 0); otherwise the error was printed already (status 2).
func flagError(fs *flag.FlagSet, err error, stdout io.Writer) int {
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(stdout)
		fmt.Fprintf(stdout, "usage of %s:\n", fs.Name())
		fs.PrintDefaults()
		return 0
	}
	return 2
}

// isHelp reports whether arg asks for help (-h, -help, --help).
func isHelp(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help"
}

// prefixWriter starts every write with prefix.
type prefixWriter struct {
	w      io.Writer
	prefix string
}

func (p prefixWriter) Write(b []byte) (int, error) {
	if _, err := p.w.Write(append([]byte(p.prefix), b...)); err != nil {
		return 0, err
	}
	return len(b), nil
}

// setup loads the configuration named by c and returns it with a logger
// writing to stderr as its log section says, at level unless it names one.
func (c *common) setup(stderr io.Writer, level slog.Leveler) (*config, *slog.Logger, error) {
	cfg, err := loadConfig(c.config, os.Getenv)
	if err != nil {
		return nil, nil, err
	}
	log, err := newLogger(stderr, cfg.Log, level)
	if err != nil {
		return nil, nil, fmt.Errorf("config: %w", err)
	}
	return cfg, log, nil
}

// openBase loads the configuration named by c, with logs at warn unless
// it names a level, and opens the knowledge base it and -db name, for the
// commands that do no more than read or rewrite it.
func (c *common) openBase(ctx context.Context, stderr io.Writer) (base, error) {
	cfg, log, err := c.setup(stderr, slog.LevelWarn)
	if err != nil {
		return base{}, err
	}
	return openBase(ctx, cfg, c.db, os.Getenv, newExtractor(log).Extract)
}

// fail prints one line about err for subcommand name and returns status 1.
func fail(stderr io.Writer, name string, err error) int {
	fmt.Fprintf(stderr, "mercato %s: %v\n", name, err)
	return 1
}
