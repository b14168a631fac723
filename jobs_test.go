package main

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

func TestJobsCmd(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "mercato.db")
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.yaml", "timezone: Europe/Paris\njobs:\n  reminders:\n    before_days: [30, 7, 0]\n")
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // held by stdout
		stderr string // held by stderr
	}{
		{"reminders dry run on the sample corpus", []string{"run", "reminders", "-at", "2022-06-01", "-dry-run", "-config", good, "-db", db},
			0, "Marseille ends on 30 June 2022, in 29 days", "1 printed (dry run"},
		{"flags first", []string{"run", "-dry-run", "-db", db, "-at", "2022-06-25T09:00:00+02:00", "reminders"},
			0, "in 5 days", ""},
		{"digest dry run", []string{"run", "digest", "-dry-run", "-db", db}, 0, "Boubacar Kamara → Atlético Madrid", ""},
		{"nothing due", []string{"run", "reminders", "-at", "2021-01-01", "-dry-run", "-db", db}, 0, "(nothing to send)", ""},
		{"no job", []string{"run"}, 2, "", "usage: mercato jobs run"},
		{"unknown job", []string{"run", "reminder"}, 2, "", "unknown job 'reminder' (digest, reminders, feeds, follow)"},
		{"help", []string{"-h"}, 0, "usage: mercato jobs run", ""},
		{"help of run", []string{"run", "-h"}, 0, "usage of mercato jobs run", ""},
		{"bad -at", []string{"run", "reminders", "-at", "June", "-db", db}, 1, "", "-at: want YYYY-MM-DD"},
		{"bad schedule", []string{"run", "digest", "-db", db, "-config", write("bad.yaml", "jobs:\n  digest:\n    schedule: \"0 18 *\"\n")}, 1, "", "jobs.digest.schedule"},
		{"unknown time zone", []string{"run", "digest", "-db", db, "-config", write("tz.yaml", "timezone: Mars/Olympus\n")}, 1, "", "timezone: unknown time zone"},
		{"negative before_days", []string{"run", "reminders", "-db", db, "-config", write("neg.yaml", "jobs:\n  reminders:\n    before_days: [-1]\n")}, 1, "", "jobs.reminders.before_days"},
		{"feeds without feeds", []string{"run", "feeds", "-db", db}, 1, "", "no feeds configured"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := jobsCmd(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.code || !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout.String(), stderr.String())
			}
		})
	}
}

func TestJobsServiceBadConfig(t *testing.T) {
	cfg := &config{Timezone: "Europe/Pariss"}
	cfg.Database.Path = filepath.Join(t.TempDir(), "x.db")
	if _, err := jobsService(cfg, knowledge.Base{}, nil, slog.New(slog.DiscardHandler), nil); err == nil || !strings.HasPrefix(err.Error(), "timezone:") {
		t.Errorf("jobsService = %v, want an error naming timezone", err)
	}
}

// A subscription on a platform with no adapter configured is neither
// printed as delivered nor recorded: `mercato run` delivers it later.
func TestJobsCmdLeavesUnconfiguredPlatforms(t *testing.T) {
	t.Setenv("TELEGRAM_TOKEN", "")
	t.Setenv("DISCORD_TOKEN", "")
	db := filepath.Join(t.TempDir(), "mercato.db")
	ctx := context.Background()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := store.Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: "42", Kind: knowledge.SubDigest, Filter: knowledge.FilterAll})
	if err != nil {
		t.Fatal(err)
	}
	store.Close()

	var stdout, stderr bytes.Buffer
	if code := jobsCmd(ctx, []string{"run", "digest", "-db", db}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("code %d\nstderr:\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "left for `mercato run`") || strings.Contains(stdout.String(), "telegram 42") {
		t.Errorf("the telegram subscription was not left waiting\nstdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	}
	store, err = sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	subs, err := store.Subscriptions(ctx, "telegram", "42")
	if err != nil || len(subs) != 1 || subs[0].ID != sub.ID || subs[0].Watermark != 0 {
		t.Errorf("subscriptions = %+v, %v; want the subscription with no watermark", subs, err)
	}
}
