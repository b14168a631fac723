package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/adapters/telegram/telegramtest"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/internal/metrics/metricstest"
	"github.com/mercato-bot/mercato/internal/opsserver"
	"github.com/mercato-bot/mercato/knowledge/extract"
)

// lockedBuffer is a bytes.Buffer safe for concurrent use.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// freeAddr returns a loopback address with a port free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// waitFor polls cond every 10 ms for up to 20 seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// getHealth gets /healthz and decodes its body.
func getHealth(t *testing.T, url string) (int, opsserver.Health) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var h opsserver.Health
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		t.Fatalf("healthz body: %v", err)
	}
	return resp.StatusCode, h
}

// TestRunOpsEndpoint runs `mercato run` on the console with http.listen
// set, answers a scripted session, then reads /metrics with the client
// library's text parser and /healthz.
func TestRunOpsEndpoint(t *testing.T) {
	t.Setenv("TELEGRAM_TOKEN", "")
	t.Setenv("DISCORD_TOKEN", "")
	dir := t.TempDir()
	addr := freeAddr(t)
	cfgPath := filepath.Join(dir, "cfg.yaml")
	yaml := "database:\n  path: " + filepath.Join(dir, "mercato.db") + "\n" +
		"http:\n  listen: " + addr + "\n" +
		"log:\n  format: json\n  level: debug\n"
	if err := os.WriteFile(cfgPath, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	in, session := io.Pipe()
	var stdout, stderr lockedBuffer
	done := make(chan int, 1)
	go func() { done <- runCmd(context.Background(), []string{"-config", cfgPath}, in, &stdout, &stderr) }()
	defer session.Close()

	base := "http://" + addr
	waitFor(t, "/healthz", func() bool {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil
	})
	article := "Arsenal are in advanced talks with Juventus over Dusan Vlahovic, according to Sky Sports."
	for _, line := range []string{
		"/suitors Kamara",   // ok
		"/suitors Kamra",    // not found
		"/transfer Kamara",  // an unknown command: refused, labelled unknown
		"who wants Kamara?", // a question in English
		"qui veut Kamara ?", // and in French
		"/ingest " + article,
		"/ingest " + article, // a duplicate
		"/ingest hello",      // no player: rejected
		"/latest 1",          // the last one: its answer ends the session's output
	} {
		if _, err := io.WriteString(session, line+"\n"); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "the last answer", func() bool { return strings.Contains(stdout.String(), "Latest rumours") })

	m := metricstest.Scrape(t, base+"/metrics")
	articles := m.Value("mercato_knowledge_articles")
	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"mercato_commands_total", []string{"platform", "console", "command", "suitors", "outcome", "ok"}, 1},
		{"mercato_commands_total", []string{"command", "suitors", "outcome", "not_found"}, 1},
		{"mercato_commands_total", []string{"command", "unknown", "outcome", "refused"}, 1},
		{"mercato_commands_total", []string{"command", "ask", "outcome", "ok"}, 2},
		{"mercato_commands_total", []string{"command", "ingest", "outcome", "ok"}, 2},
		{"mercato_commands_total", []string{"command", "ingest", "outcome", "refused"}, 1},
		{"mercato_commands_total", []string{"command", "latest", "outcome", "ok"}, 1},
		{"mercato_commands_total", nil, 9},
		{"mercato_answer_duration_seconds", []string{"command", "suitors"}, 2},
		{"mercato_questions_total", []string{"lang", "en", "intent", "suitors"}, 1},
		{"mercato_questions_total", []string{"lang", "fr", "intent", "suitors"}, 1},
		{"mercato_articles_ingested_total", []string{"source", "command", "result", "new"}, 1},
		{"mercato_articles_ingested_total", []string{"source", "command", "result", "duplicate"}, 1},
		{"mercato_articles_ingested_total", []string{"source", "command", "result", "rejected"}, 1},
		{"mercato_links_stored_total", nil, 1},
		// The sample corpus filled the empty base (one extraction per
		// article), then the new article and the rejected one.
		{"mercato_extraction_duration_seconds", nil, articles - 1 + 2},
		{"mercato_knowledge_subscriptions", nil, 0},
	} {
		if got := m.Value(c.name, c.labels...); got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
		}
	}
	if articles < 2 || m.Value("mercato_knowledge_links") < 1 {
		t.Errorf("knowledge gauges: %v articles, %v links", articles, m.Value("mercato_knowledge_links"))
	}
	for _, name := range []string{"go_goroutines", "process_start_time_seconds"} {
		if m[name] == nil {
			t.Errorf("no %s", name)
		}
	}
	// No label carries what was typed.
	for name, fam := range m {
		for _, metric := range fam.GetMetric() {
			for _, l := range metric.GetLabel() {
				if v := l.GetValue(); strings.Contains(v, "Kam") || strings.Contains(v, "transfer") || strings.Contains(v, "hello") {
					t.Errorf("%s has label %s=%q", name, l.GetName(), v)
				}
			}
		}
	}

	code, h := getHealth(t, base+"/healthz")
	if code != http.StatusOK || h.Status != "ok" || len(h.Parts) != 1 || h.Parts[0].Name != "database" || h.Parts[0].State != "up" {
		t.Errorf("healthz %d %+v", code, h)
	}
	// Every article was read by this build's extractor: none awaits re-extraction.
	if h.Awaiting == nil || *h.Awaiting != 0 {
		t.Errorf("awaiting re-extraction %v, want 0", h.Awaiting)
	}

	session.Close() // the end of the console's input stops mercato
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("mercato run exited %d; stderr:\n%s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("mercato run did not stop")
	}
	checkJSONLog(t, stderr.String())
}

// checkJSONLog checks that every line of a JSON log names its component,
// and that the answers were logged at debug level without their text.
func checkJSONLog(t *testing.T, log string) {
	t.Helper()
	answered := 0
	sc := bufio.NewScanner(strings.NewReader(log))
	for sc.Scan() {
		var line map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Errorf("log line not JSON: %s", sc.Text())
			continue
		}
		if c, _ := line["component"].(string); c == "" {
			t.Errorf("log line without component: %s", sc.Text())
		}
		if line["msg"] == "bot: answered" {
			answered++
			if line["level"] != "DEBUG" || line["platform"] != "console" || line["latency"] == nil {
				t.Errorf("answer line: %s", sc.Text())
			}
			if strings.Contains(sc.Text(), "Kamara") {
				t.Errorf("answer line holds the text: %s", sc.Text())
			}
		}
	}
	if answered != 9 {
		t.Errorf("%d answer lines, want 9:\n%s", answered, log)
	}
}

// switchable serves h on one loopback address that the test can take
// down (connections refused, those open cut) and bring back.
type switchable struct {
	t    *testing.T
	addr string
	h    http.Handler
	srv  *httptest.Server
}

func newSwitchable(t *testing.T, h http.Handler) *switchable {
	s := &switchable{t: t, addr: freeAddr(t), h: h}
	s.up()
	t.Cleanup(s.down)
	return s
}

func (s *switchable) up() {
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		s.t.Fatal(err)
	}
	s.srv = httptest.NewUnstartedServer(s.h)
	s.srv.Listener = ln
	s.srv.Start()
}

func (s *switchable) down() {
	if s.srv != nil {
		s.srv.CloseClientConnections()
		s.srv.Close()
		s.srv = nil
	}
}

// TestHealthz checks /healthz over a real knowledge base and a Telegram
// adapter polling a fake Bot API: 200 while both answer, 503 while the
// Bot API is down and 200 again once it is back, 503 once the database
// is closed.
func TestHealthz(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fake := telegramtest.NewInMemory()
	api := newSwitchable(t, fake)
	cfg := &config{}
	cfg.Database.Path = filepath.Join(t.TempDir(), "mercato.db")
	cfg.Telegram.Token, cfg.Telegram.APIEndpoint = telegramtest.Token, "http://"+api.addr
	store, err := openStore(ctx, cfg, "", os.Getenv, extract.New().Extract)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	quiet := slog.New(slog.DiscardHandler)
	router := bot.NewRouter(store, bot.Options{Logger: quiet})
	tg, _, err := telegramService(ctx, cfg, router, quiet, nil)
	if err != nil {
		t.Fatal(err)
	}
	ran := make(chan error, 1)
	go func() { ran <- tg.Run(ctx) }()
	defer func() { cancel(); <-ran }()
	cfg.HTTP.Listen = "127.0.0.1:0"
	_, reg := newMetrics(cfg)
	svc, err := opsService(cfg, store.Store, extract.Version(), map[string]service{"telegram": tg}, reg, quiet)
	if err != nil {
		t.Fatal(err)
	}
	ops := httptest.NewServer(svc.(http.Handler))
	defer ops.Close()

	state := func(want int, part, partState string) func() bool {
		return func() bool {
			code, h := getHealth(t, ops.URL+"/healthz")
			if code != want {
				return false
			}
			for _, p := range h.Parts {
				if p.Name == part {
					return p.State == partState
				}
			}
			return false
		}
	}
	waitFor(t, "200 with telegram up", state(http.StatusOK, "telegram", "up"))
	api.down()
	waitFor(t, "503 with telegram down", state(http.StatusServiceUnavailable, "telegram", "down"))
	code, h := getHealth(t, ops.URL+"/healthz")
	if code != http.StatusServiceUnavailable || h.Status != "unavailable" || h.Parts[0].Name != "database" || h.Parts[0].State != "up" {
		t.Errorf("with the Bot API down: %d %+v", code, h)
	}
	api.up()
	waitFor(t, "200 with telegram back", state(http.StatusOK, "telegram", "up"))
	store.Close()
	waitFor(t, "503 with the database closed", state(http.StatusServiceUnavailable, "database", "down"))
}

// An address already taken stops mercato run before anything runs, with a
// line naming http.listen.
func TestRunHTTPListenTaken(t *testing.T) {
	t.Setenv("TELEGRAM_TOKEN", "")
	t.Setenv("DISCORD_TOKEN", "")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dir := t.TempDir()
	cfgPath := writeFile(t, dir, "cfg.yaml", []byte("database:\n  path: "+filepath.Join(dir, "m.db")+"\nhttp:\n  listen: "+ln.Addr().String()+"\n"))
	var stdout, stderr lockedBuffer
	code := runCmd(context.Background(), []string{"-config", cfgPath}, strings.NewReader("/suitors Kamara\n"), &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "http.listen") || stdout.String() != "" {
		t.Errorf("code %d\nstdout %q\nstderr %q", code, stdout.String(), stderr.String())
	}
}
