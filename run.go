package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/mercato-bot/mercato/adapters/console"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/metrics"
	"github.com/mercato-bot/mercato/jobs"
)

// service is one long-running part of `mercato run`: an adapter or the
// scheduler. Run blocks until ctx is done, then finishes the work in
// flight and returns.
type service interface {
	Run(ctx context.Context) error
}

// shutdownGrace is how long the services have to finish their work in
// flight once asked to stop; the process exits within 5 seconds of a
// signal.
const shutdownGrace = 4 * time.Second

// runCmd runs `mercato run [-config FILE]`: the configured adapters (the
// console on stdin/stdout when none is), and the scheduled jobs, until
// SIGINT or SIGTERM (ctx) or until a service fails or the console's input
// ends.
func runCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs, c := newFlags("run", stderr, true)
	verbose := fs.Bool("v", false, "log at info level on a terminal too (default there: warnings and errors only)")
	if rest, err := parseFlags(fs, args); err != nil {
		return flagError(fs, err, stdout)
	} else if len(rest) > 0 {
		fmt.Fprintf(stderr, "mercato run: unexpected argument %q\n", rest[0])
		return 2
	}
	level := new(slog.LevelVar) // info; warn for the console on a terminal
	cfg, log, err := c.setup(stderr, level)
	if err != nil {
		return fail(stderr, "run", err)
	}
	// A bad schedule or time zone stops mercato before anything starts.
	if err := cfg.Jobs.Validate(cfg.Timezone); err != nil {
		return fail(stderr, "run", err)
	}
	m, reg := newMetrics(cfg) // nils unless http.listen is set
	kb, err := openBase(ctx, cfg, c.db, os.Getenv, timedExtract(newExtractor(log).Extract, m))
	if err != nil {
		return fail(stderr, "run", err)
	}
	store := kb.Base
	defer store.Close()
	// Articles read by an older extractor are read again while the bot
	// answers; stopping mercato stops it, the next start finishes it.
	bg, stopBg := context.WithCancel(ctx)
	var bgDone sync.WaitGroup
	bgDone.Go(func() { reextractInBackground(bg, kb, log.With("component", "reextract")) })
	defer bgDone.Wait()
	defer stopBg()
	router := bot.NewRouter(counted(store, m, ""), bot.Options{
		Fetcher: newFetcher(cfg, log), Logger: log.With("component", "bot"), Metrics: m, Heat: cfg.heat,
		Extractor: kb.version})

	// The chat adapters; each also delivers the jobs' messages on its platform.
	services := map[string]service{}
	senders := map[string]bot.Sender{}
	shared, _ := unwrap(kb.Store).(sharedStore) // nil on SQLite
	for _, p := range platforms(shared) {
		svc, sender, err := p.start(ctx, cfg, router, log.With("component", p.name), m)
		if err != nil {
			return fail(stderr, "run", fmt.Errorf("%s: %w", p.name, err))
		}
		if svc != nil {
			services[p.name] = svc
		}
		if sender != nil {
			senders[p.name] = sender
		}
	}
	// The console when no chat platform is configured: the bot is then
	// stopped by the end of its input as well as by a signal.
	if len(services) == 0 {
		var opts []console.Option
		if isTerminal(stdin) {
			opts = append(opts, console.WithPrompt("> "))
			if !*verbose {
				level.Set(slog.LevelWarn) // the terminal shows answers, not the service's chatter
			}
		}
		out := io.Writer(stdout)
		if isTerminal(stdin) && isTerminal(stdout) {
			ed, err := newTerminalEditor(stdin, stdout, "> ", nil)
			if err != nil {
				return fail(stderr, "run", err)
			}
			opts = append(opts, console.WithEditor(ed))
			out = ed.Writer() // redraws the line being typed after a message
		}
		// The console's subscriptions (/follow, /subscribe) are printed
		// between the answers.
		screen := &syncWriter{w: out}
		senders["console"] = &jobs.PrintSender{Platform: "console", W: screen}
		services["console"] = consoleService{console.New(router, stdin, screen, opts...), log.With("component", "console")}
	}

	// The scheduled jobs: digests, reminders and feeds (jobs.go).
	jobsSvc, err := jobsService(cfg, counted(store, m, metrics.SourceFeed), senders, log, m)
	if err != nil {
		return fail(stderr, "run", err)
	}
	if jobsSvc != nil {
		services["jobs"] = jobsSvc
	}

	// The operator's endpoint (ops.go), when http.listen is set.
	if reg != nil {
		ops, err := opsService(cfg, store.Store, kb.version, services, reg, log.With("component", "http"))
		if err != nil {
			return fail(stderr, "run", err)
		}
		services["http"] = ops
	}

	names := slices.Sorted(maps.Keys(services))
	mainLog := log.With("component", "main")
	mainLog.Info("mercato running", "services", names)
	if err := runServices(ctx, services, mainLog); err != nil {
		return fail(stderr, "run", err)
	}
	return 0
}

// consoleService is the console as the only adapter of `mercato run`:
// the end of its input stops mercato, which it says at warning level, so
// that a service started without a platform token does not stop silently.
type consoleService struct {
	*console.Console
	log *slog.Logger
}

// Run runs the console until its input ends or ctx is done.
func (c consoleService) Run(ctx context.Context) error {
	err := c.Console.Run(ctx)
	if err == nil && ctx.Err() == nil {
		c.log.Warn("mercato stops: the console, its only adapter, has reached the end of its input; " +
			"to run as a chat bot, set telegram.token (or TELEGRAM_TOKEN) or discord.token (or DISCORD_TOKEN)")
	}
	return err
}

// syncWriter serialises the writes of the console's answers and of the
// jobs' messages to the console.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

// Write writes p in one piece.
func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// runServices runs every service until ctx is done or one of them returns
// (a failure, the end of the console's input); it then stops the others
// and waits for them at most shutdownGrace.
func runServices(ctx context.Context, services map[string]service, log *slog.Logger) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	var wg sync.WaitGroup
	errs := make(chan error, len(services))
	for name, svc := range services {
		wg.Go(func() {
			err := svc.Run(ctx)
			if err != nil && !errors.Is(err, context.Canceled) {
				errs <- fmt.Errorf("%s: %w", name, err)
			}
			stop() // one service ending (the console's input, a failure) ends them all
		})
	}
	<-ctx.Done()
	log.Info("mercato stopping")
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(shutdownGrace):
		log.Warn("services did not stop in time", "grace", shutdownGrace)
	}
	var all []error
	for {
		select {
		case err := <-errs:
			all = append(all, err)
		default:
			return errors.Join(all...)
		}
	}
}

// isTerminal reports whether r (an input or output) is a terminal (a
// character device), where the console shows a prompt and reextract its
// progress in place.
func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
