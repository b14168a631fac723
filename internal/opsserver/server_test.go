package opsserver

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

func TestHealthz(t *testing.T) {
	up := func(context.Context) error { return nil }
	down := func(context.Context) error { return errors.New("gateway disconnected") }
	at := time.Date(2026, 1, 2, 18, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		opts     Options
		code     int
		status   string
		awaiting int // -1: not reported
		jobs     int
	}{
		{"all up", Options{Checks: []Check{{"database", up}, {"discord", up}}}, 200, "ok", -1, 0},
		{"one down", Options{Checks: []Check{{"database", up}, {"discord", down}}}, 503, "unavailable", -1, 0},
		{"nothing to check", Options{}, 200, "ok", -1, 0},
		{"jobs and re-extraction", Options{
			Checks:   []Check{{"database", up}},
			Jobs:     func() []JobRun { return []JobRun{{Job: "digest", At: at, Seconds: 1.5, Outcome: "failed"}} },
			Awaiting: func(context.Context) (int, error) { return 42, nil },
		}, 200, "ok", 42, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			New(tt.opts).ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
			var h Health
			if err := json.Unmarshal(rec.Body.Bytes(), &h); err != nil {
				t.Fatal(err)
			}
			if rec.Code != tt.code || h.Status != tt.status || len(h.Parts) != len(tt.opts.Checks) || len(h.Jobs) != tt.jobs {
				t.Errorf("%d %s", rec.Code, rec.Body)
			}
			if got := rec.Header().Get("Content-Type"); got != "application/json" {
				t.Errorf("content type %q", got)
			}
			switch {
			case tt.awaiting < 0 && h.Awaiting != nil, tt.awaiting >= 0 && (h.Awaiting == nil || *h.Awaiting != tt.awaiting):
				t.Errorf("awaiting %v, want %d", h.Awaiting, tt.awaiting)
			}
			for _, p := range h.Parts {
				if (p.State == "down") != (p.Error != "") {
					t.Errorf("part %+v", p)
				}
			}
		})
	}
}

func TestMetricsRoute(t *testing.T) {
	for _, tt := range []struct {
		gatherer prometheus.Gatherer
		code     int
	}{{nil, http.StatusNotFound}, {prometheus.NewRegistry(), http.StatusOK}} {
		rec := httptest.NewRecorder()
		New(Options{Gatherer: tt.gatherer}).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
		if rec.Code != tt.code {
			t.Errorf("gatherer %v: %d, want %d", tt.gatherer, rec.Code, tt.code)
		}
	}
}

// Run serves on its listener until its context ends.
func TestRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	s := New(Options{Listen: "127.0.0.1:0"})
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := New(Options{Listen: "not an address"}).Run(context.Background()); err == nil {
		t.Error("a bad http.listen is no error")
	}
}
