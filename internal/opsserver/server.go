package opsserver

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Check is one part of mercato whose health /healthz reports.
type Check struct {
	Name string                          // "database", "telegram", "discord"
	Func func(ctx context.Context) error // nil: up; else why not
}

// JobRun is the last run of a scheduled job.
type JobRun struct {
	Job     string    `json:"job"`
	At      time.Time `json:"last_run"`
	Seconds float64   `json:"took_seconds"`
	Outcome string    `json:"outcome"` // ok, partial, failed
}

// Options configure a Server.
type Options struct {
	// Listen is the address to listen on ("127.0.0.1:9090"), unless
	// Listener is set.
	Listen   string
	Listener net.Listener
	// Gatherer is served on /metrics; nil: no /metrics.
	Gatherer prometheus.Gatherer
	// Checks are the parts /healthz reports, in order.
	Checks []Check
	// Jobs lists the jobs' last runs; nil: none.
	Jobs func() []JobRun
	// Awaiting counts the articles waiting to be read again by a newer
	// extractor; nil (until re-extraction exists): not reported.
	Awaiting func(ctx context.Context) (int, error)
	Log      *slog.Logger // nil: discard
}

// checkTimeout bounds one health check.
const checkTimeout = 2 * time.Second

// Server is the operator's endpoint; Run serves it.
type Server struct {
	opts Options
	log  *slog.Logger
	mux  *http.ServeMux
}

// New returns the endpoint for opts.
func New(opts Options) *Server {
	s := &Server{opts: opts, log: opts.Log, mux: http.NewServeMux()}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.mux.HandleFunc("GET /healthz", s.healthz)
	if opts.Gatherer != nil {
		s.mux.Handle("GET /metrics", promhttp.HandlerFor(opts.Gatherer, promhttp.HandlerOpts{}))
	}
	return s
}

// ServeHTTP serves /healthz and /metrics.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// Run serves until ctx is done, then shuts the server down.
func (s *Server) Run(ctx context.Context) error {
	ln := s.opts.Listener
	if ln == nil {
		var err error
		if ln, err = net.Listen("tcp", s.opts.Listen); err != nil {
			return fmt.Errorf("opsserver: http.listen: %w", err)
		}
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 30 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	s.log.Info("opsserver: serving /healthz and /metrics", "addr", ln.Addr().String())
	select {
	case <-ctx.Done():
	case err := <-served:
		return fmt.Errorf("opsserver: %w", err)
	}
	stop, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
	defer cancel()
	if err := srv.Shutdown(stop); err != nil {
		_ = srv.Close()
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("opsserver: %w", err)
	}
	return nil
}

// Health is the body of /healthz.
type Health struct {
	Status   string   `json:"status"` // "ok" or "unavailable"
	Parts    []Part   `json:"parts"`
	Jobs     []JobRun `json:"jobs"`
	Awaiting *int     `json:"awaiting_reextraction,omitempty"`
}

// Part is the state of one checked part.
type Part struct {
	Name  string `json:"name"`
	State string `json:"state"` // "up" or "down"
	Error string `json:"error,omitempty"`
}

// healthz runs the checks at once and answers 200 when all are up, 503
// otherwise.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), checkTimeout)
	defer cancel()
	h := Health{Status: "ok", Parts: s.check(ctx), Jobs: []JobRun{}}
	for _, p := range h.Parts {
		if p.State != "up" {
			h.Status = "unavailable"
		}
	}
	if s.opts.Jobs != nil {
		h.Jobs = append(h.Jobs, s.opts.Jobs()...)
	}
	if s.opts.Awaiting != nil {
		if n, err := s.opts.Awaiting(ctx); err == nil {
			h.Awaiting = &n
		}
	}
	code := http.StatusOK
	if h.Status != "ok" {
		code = http.StatusServiceUnavailable
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	if err := json.NewEncoder(w).Encode(h); err != nil {
		s.log.Debug("opsserver: healthz", "err", err)
	}
}

// check runs every check concurrently.
func (s *Server) check(ctx context.Context) []Part {
	parts := make([]Part, len(s.opts.Checks))
	var wg sync.WaitGroup
	for i, c := range s.opts.Checks {
		wg.Go(func() {
			parts[i] = Part{Name: c.Name, State: "up"}
			if err := c.Func(ctx); err != nil {
				parts[i].State, parts[i].Error = "down", err.Error()
			}
		})
	}
	wg.Wait()
	return parts
}
