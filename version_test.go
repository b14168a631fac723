package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/internal/soak"
)

func TestReadVersion(t *testing.T) {
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/mercato-bot/mercato", Version: "v1.2.0"},
		Settings: []debug.BuildSetting{
			{Key: "-compiler", Value: "gc"},
			{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
			{Key: "vcs.time", Value: "2026-12-02T17:00:00Z"},
			{Key: "vcs.modified", Value: "true"},
		}}
	tests := []struct {
		bi   *debug.BuildInfo
		want []string // lines
	}{
		{bi, []string{
			"module     github.com/mercato-bot/mercato",
			"version    v1.2.0",
			"revision   0123456789abcdef0123456789abcdef01234567",
			"time       2026-12-02T17:00:00Z",
			"modified   true",
			"go         go1.26.8",
			"extractor  lexicons-000000000000",
		}},
		{&debug.BuildInfo{Main: debug.Module{Path: "github.com/mercato-bot/mercato", Version: "(devel)"}}, []string{
			"module     github.com/mercato-bot/mercato",
			"version    (devel)",
			"revision   unknown",
			"time       unknown",
			"modified   unknown",
			"go",
			"extractor  lexicons-000000000000",
		}},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := readVersion(tt.bi, "lexicons-000000000000").write(&b); err != nil {
			t.Fatal(err)
		}
		got := strings.Split(strings.TrimSpace(b.String()), "\n")
		for i := range got {
			got[i] = strings.TrimSpace(got[i])
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
	if v := readVersion(nil, "x"); v.Revision != "unknown" || v.Extractor != "x" {
		t.Errorf("no build info: %+v", v)
	}
}

func TestVersionCommand(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args    []string
		version bool
	}{
		{[]string{"version"}, true},
		{[]string{"-version"}, true},
		{[]string{"ask", "-version"}, true},
		{[]string{"jobs", "run", "digest", "-version"}, true},
		{[]string{"run", "--version"}, true},
		{[]string{"extract", "-json", "--", "-version"}, false}, // a file named -version
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := cli(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr)
		printed := regexp.MustCompile(`(?m)^extractor +[0-9a-f]{12}$`).MatchString(stdout.String())
		if printed != tt.version || tt.version && code != 0 {
			t.Errorf("%q: code %d, stdout %q, stderr %q", tt.args, code, stdout.String(), stderr.String())
		}
	}
}

// TestVersionFromGitCheckout builds mercato from a git checkout of this
// tree and checks that `mercato version` prints the checkout's revision.
// A soak test: the build takes a while.
func TestVersionFromGitCheckout(t *testing.T) {
	soak.Require(t)
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	// The tree as it is (tracked and new files), committed in a new repository.
	files, err := exec.Command("git", "ls-files", "-co", "--exclude-standard").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	repo := t.TempDir()
	for _, f := range strings.Split(strings.TrimSpace(string(files)), "\n") {
		b, err := os.ReadFile(f)
		if os.IsNotExist(err) {
			continue // deleted in the work tree
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(repo, filepath.Dir(f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(repo, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "GOFLAGS=-buildvcs=true",
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	run("git", "init", "-q")
	run("git", "add", "-A")
	run("git", "commit", "-q", "-m", "version test")
	head := run("git", "rev-parse", "HEAD")
	bin := filepath.Join(t.TempDir(), "mercato")
	run("go", "build", "-o", bin, ".")
	out := run(bin, "version")
	for _, want := range []string{"revision   " + head, "modified   false", "module     github.com/mercato-bot/mercato"} {
		if !strings.Contains(out, want) {
			t.Errorf("mercato version printed\n%s\nwant %q", out, want)
		}
	}
	if strings.Contains(out, "time       unknown") {
		t.Errorf("no commit time:\n%s", out)
	}
}
