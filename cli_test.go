package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/sample"
	"github.com/mercato-bot/mercato/knowledge/sqlite"
)

// run runs the command line with args and returns its exit status and
// outputs.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := cli(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// counts returns what the knowledge base at path holds.
func counts(t *testing.T, path string) knowledge.Stats {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// The clubs the seed articles link with Kamara, and those they must not.
var (
	kamaraSuitors = []string{"AC Milan", "Bayern Munich", "Manchester United", "Chelsea", "Liverpool",
		"Manchester City", "Barcelona", "Juventus", "Atalanta", "RB Leipzig", "Newcastle United", "Monaco",
		"Tottenham Hotspur", "Southampton"}
	notKamaraSuitors = []string{"Marseille", "Brest", "Lazio", "Lille"}
)

// TestAskSuitorsOnAFreshMachine is the acceptance scenario: with nothing
// set up, /suitors Kamara answers from the sample corpus, Atlético Madrid
// first; ingesting the seed files again changes no count.
func TestAskSuitorsOnAFreshMachine(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	code, out, errOut := run(t, "", "ask", "/suitors Kamara")
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	lines := strings.Split(out, "\n")
	first := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "Atlético Madrid") })
	if first < 0 {
		t.Fatalf("no Atlético Madrid in:\n%s", out)
	}
	for _, club := range kamaraSuitors {
		i := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, club) })
		if i < 0 {
			t.Errorf("%s missing from:\n%s", club, out)
		} else if i < first {
			t.Errorf("%s listed before Atlético Madrid:\n%s", club, out)
		}
	}
	for i, l := range lines {
		for _, club := range notKamaraSuitors {
			if i > 0 && strings.Contains(l, club) { // the heading names his club
				t.Errorf("%s listed as a suitor: %q", club, l)
			}
		}
	}

	db := filepath.Join(os.Getenv("XDG_DATA_HOME"), "mercato", "mercato.db")
	before := counts(t, db)
	if before.Articles != len(sample.Articles()) {
		t.Errorf("%d articles after the first run, want the %d of the sample corpus", before.Articles, len(sample.Articles()))
	}
	seeds := t.TempDir()
	for _, a := range sample.Articles() {
		if err := os.WriteFile(filepath.Join(seeds, a.Name), []byte(a.Text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut = run(t, "", "ingest", seeds)
	if code != 0 || strings.Count(out, ": duplicate") != len(sample.Articles()) {
		t.Errorf("ingest of the seeds again: exit %d\n%s%s", code, out, errOut)
	}
	if after := counts(t, db); after != before {
		t.Errorf("ingesting the seeds again changed the counts: %+v -> %+v", before, after)
	}
}

func TestAskJSON(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "m.db")
	code, out, errOut := run(t, "", "ask", "/suitors Kamara", "-json", "-db", db) // flags after the text too
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Player struct {
			Name        string `json:"name"`
			CurrentClub string `json:"current_club"`
		} `json:"player"`
		Suitors []struct {
			Club, Stage string
			Reports     int
		} `json:"suitors"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Errorf("JSON on several lines:\n%s", out)
	}
	if got.Player.Name != "Boubacar Kamara" || got.Player.CurrentClub != "Marseille" {
		t.Errorf("player %+v, want Boubacar Kamara of Marseille", got.Player)
	}
	if len(got.Suitors) < 15 || got.Suitors[0].Club != "Atlético Madrid" || got.Suitors[0].Reports < 1 {
		t.Errorf("suitors %+v, want Atlético Madrid first of 15", got.Suitors)
	}
}

// TestBadInput: each bad input gets one clear line and a non-zero exit,
// and writes nothing.
func TestBadInput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	if code, _, errOut := run(t, "", "ask", "-db", db, "/help"); code != 0 {
		t.Fatalf("/help: exit %d: %s", code, errOut)
	}
	write := func(name string, data []byte) string { return writeFile(t, dir, name, data) }
	empty := write("empty.txt", nil)
	binary := write("binary.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	huge := write("huge.txt", bytes.Repeat([]byte("Kamara to Atlético. "), 10<<20/20))
	weather := write("weather.txt", []byte("The weather in Paris will be mild and sunny all week, with light winds."))
	before := counts(t, db)
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		say   string
	}{
		{"empty ask", "", []string{"ask", "-db", db, "  "}, "nothing to ask"},
		{"unknown command", "", []string{"ask", "-db", db, "/transfer Kamara"}, "transfer"},
		{"long player name", "", []string{"ask", "-db", db, "/suitors " + strings.Repeat("x", 5000)}, ""},
		{"empty file", "", []string{"ingest", "-db", db, empty}, "rejected: empty"},
		{"binary file", "", []string{"ingest", "-db", db, binary}, "rejected: binary"},
		{"10 MB file", "", []string{"ingest", "-db", db, huge}, "rejected: too large"},
		{"no football", "", []string{"ingest", "-db", db, weather}, "rejected: no football"},
		{"empty stdin", "", []string{"ingest", "-db", db, "-"}, "rejected: empty"},
		{"missing file", "", []string{"ingest", "-db", db, filepath.Join(dir, "nope.txt")}, "no such file"},
		{"ftp URL", "", []string{"ingest", "-db", db, "ftp://example.org/kamara.txt"}, "only http and https"},
		{"file URL", "", []string{"ingest", "-db", db, "file:///etc/passwd"}, "only http and https"},
		{"nothing to ingest", "", []string{"ingest", "-db", db}, "nothing to ingest"},
		{"unknown subcommand", "", []string{"frobnicate"}, "unknown command"},
		{"unknown flag", "", []string{"ask", "-db", db, "-verbose", "/help"}, "-verbose"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, tc.stdin, tc.args...)
			if code == 0 {
				t.Errorf("exit 0, want non-zero\nstdout: %s\nstderr: %s", out, errOut)
			}
			msg := strings.TrimSpace(out + errOut)
			if strings.Count(msg, "\n") != 0 {
				t.Errorf("answer on several lines:\n%s", msg)
			}
			if len(msg) > 300 || !strings.Contains(msg, tc.say) {
				t.Errorf("answer %.300q, want one short line saying %q", msg, tc.say)
			}
		})
	}
	if after := counts(t, db); after != before {
		t.Errorf("bad input changed the knowledge base: %+v -> %+v", before, after)
	}
}

func TestIngestNewArticle(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "m.db")
	text := " date 2024-01-15 Chelsea have made a €60 million bid for Bayern Munich winger Leroy Sané, " +
		"whose contract expires in June 2025, according to Sky Sports."
	code, out, errOut := run(t, text, "ingest", "-db", db, "-")
	if code != 0 || !strings.HasPrefix(out, "-: new") || !strings.Contains(out, "Sané") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = run(t, text, "ingest", "-db", db, "-")
	if code != 0 || !strings.HasPrefix(out, "-: duplicate") {
		t.Errorf("the same article again: exit %d: %s", code, out)
	}
	code, out, errOut = run(t, "", "ask", "-db", db, "/suitors Sané")
	if code != 0 || !strings.Contains(out, "Chelsea") {
		t.Errorf("/suitors Sané: exit %d\n%s%s", code, out, errOut)
	}
}

func TestIngestHTMLFolder(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Kamara news</title><script>var x = "Real Madrid want Kamara";</script></head>
		<body><nav>Home | Real Madrid | Transfers</nav><article><p> date 2022-03-24 Boubacar Kamara will see his
		contract at Marseille expire in June, and Atletico Madrid are now leading the race for his signature.</p>
		</article><footer>© Lazio fan site</footer></body></html>`
	if err := os.WriteFile(filepath.Join(dir, "a.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.json"), []byte(`{}`), 0o644); err != nil {
		t.Fatal(err)
	}
	in := htmlArticle(page)
	if in.Title != "Kamara news" || strings.Contains(in.Text, "Real Madrid") || strings.Contains(in.Text, "Lazio") ||
		!strings.Contains(in.Text, "leading the race") {
		t.Errorf("htmlArticle = %+v", in)
	}
	code, out, errOut := run(t, "", "ingest", "-db", filepath.Join(dir, "m.db"), dir)
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, "a.html: ") {
		t.Errorf("exit %d\n%s%s", code, out, errOut)
	}
}

// TestIngestFolderInBatches ingests a folder of more articles than a
// batch: one line per file in name order, a repeat within a batch a
// duplicate, an empty file rejected without stopping the others.
func TestIngestFolderInBatches(t *testing.T) {
	dir := t.TempDir()
	n := bulkBatch + 3
	var names []string
	for i := range n {
		text := fmt.Sprintf("Story %d. Boubacar Kamara of Marseille is wanted by Arsenal, who are in advanced talks over a transfer.", i)
		switch i {
		case 7:
			text = ""
		case 9:
			text = "Story 8. Boubacar Kamara of Marseille is wanted by Arsenal, who are in advanced talks over a transfer."
		}
		name := filepath.Join(dir, fmt.Sprintf("a%04d.txt", i))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	code, out, errOut := run(t, "", "ingest", "-db", filepath.Join(t.TempDir(), "m.db"), dir)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 1 || len(lines) != n {
		t.Fatalf("exit %d, %d lines for %d files\n%s%s", code, len(lines), n, out, errOut)
	}
	for i, line := range lines {
		want := names[i] + ": new"
		switch i {
		case 7:
			want = names[i] + ": rejected: empty"
		case 9:
			want = names[i] + ": duplicate"
		}
		if !strings.HasPrefix(line, want) {
			t.Errorf("line %d = %q, want %q...", i, line, want)
		}
	}
}

func TestConfig(t *testing.T) {
	dir := t.TempDir()
	write := func(yaml string) string {
		p := filepath.Join(dir, "cfg.yaml")
		if err := os.WriteFile(p, []byte(yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	env := map[string]string{"TELEGRAM_TOKEN": "tg-from-env", "DISCORD_TOKEN": " dc-from-env "}
	getenv := func(k string) string { return env[k] }

	cfg, err := loadConfig(write("database:\n  path: /x/m.db\ntelegram:\n  admins: [1, 2]\n"), getenv)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Database.Path != "/x/m.db" || len(cfg.Telegram.Admins) != 2 ||
		cfg.Telegram.Token != "tg-from-env" || cfg.Discord.Token != "dc-from-env" {
		t.Errorf("config %+v", cfg)
	}
	cfg, err = loadConfig(write("telegram:\n  token: tg-from-file\n"), getenv)
	if err != nil || cfg.Telegram.Token != "tg-from-file" {
		t.Errorf("the file's token: %v, %v", cfg, err)
	}
	if _, err := loadConfig("", getenv); err != nil {
		t.Errorf("no config file: %v", err)
	}
	if _, err := loadConfig(write(""), getenv); err != nil {
		t.Errorf("an empty config file: %v", err)
	}
	for _, tc := range []struct{ yaml, want string }{
		{"databse:\n  path: x\n", `"databse" (line 1)`},
		{"telegram:\n  webhok:\n    url: x\n", `"telegram.webhok" (line 2)`},
		{"feeds:\n  - url: http://x\n    lang: fr\n    name: x\n", `"feeds.0.name" (line 4)`},
		{"telegram:\n  admins: [alice]\n", "alice"},
		{"jobs: [1\n", "yaml"},
	} {
		_, err := loadConfig(write(tc.yaml), getenv)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("loadConfig(%q) = %v, want an error naming %s", tc.yaml, err, tc.want)
		}
	}
	if _, err := loadConfig(filepath.Join(dir, "missing.yaml"), getenv); err == nil {
		t.Error("a missing config file was accepted")
	}
}

// TestConfigExample keeps config.example.yaml loadable, so that every key
// it documents exists.
func TestConfigExample(t *testing.T) {
	cfg, err := loadConfig("config.example.yaml", func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Jobs.Validate(cfg.Timezone); err != nil {
		t.Errorf("the example's jobs section: %v", err)
	}
	// Copied as it is, it makes nobody an admin and sets no token: its
	// examples are comments.
	if len(cfg.Telegram.Admins) > 0 || len(cfg.Discord.Admins) > 0 || len(cfg.Discord.AdminRoles) > 0 {
		t.Errorf("the example makes admins: %v %v %v", cfg.Telegram.Admins, cfg.Discord.Admins, cfg.Discord.AdminRoles)
	}
	if cfg.Telegram.Token != "" || cfg.Discord.Token != "" || !cfg.fillSample() || cfg.Timezone != "" {
		t.Errorf("the example sets a token, a time zone or turns the sample off: %+v", cfg)
	}
}

func TestDatabasePath(t *testing.T) {
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }
	cfg := &config{}
	for _, tc := range []struct {
		flag, file, xdg, home, want string
	}{
		{"/flag.db", "/file.db", "/xdg", "/home/u", "/flag.db"},
		{"", "/file.db", "/xdg", "/home/u", "/file.db"},
		{"", "", "/xdg", "/home/u", "/xdg/mercato/mercato.db"},
		{"", "", "", "/home/u", "/home/u/.local/share/mercato/mercato.db"},
		{"", "~/bot/m.db", "/xdg", "/home/u", "/home/u/bot/m.db"},
	} {
		cfg.Database.Path = tc.file
		env["XDG_DATA_HOME"], env["HOME"] = tc.xdg, tc.home
		if got, err := databasePath(cfg, tc.flag, getenv); err != nil || got != tc.want {
			t.Errorf("databasePath(%+v) = %q, %v; want %q", tc, got, err, tc.want)
		}
	}
}

// consoleConfig writes a configuration with a database of its own and no
// chat platform.
func consoleConfig(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "cfg.yaml")
	if err := os.WriteFile(cfg, []byte("database:\n  path: "+filepath.Join(dir, "m.db")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TELEGRAM_TOKEN", "")
	t.Setenv("DISCORD_TOKEN", "")
	return cfg
}

// TestRunConsole: with no platform configured, mercato run answers the
// commands piped to its console, answers only on standard output, and
// stops at the end of its input saying why at warning level.
func TestRunConsole(t *testing.T) {
	cfg := consoleConfig(t)
	code, out, errOut := run(t, "/suitors Kamara\n", "run", "-config", cfg)
	if code != 0 || !strings.Contains(out, "Atlético Madrid") || strings.Contains(out, "level=") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "level=WARN") || !strings.Contains(errOut, "set telegram.token (or TELEGRAM_TOKEN) or discord.token (or DISCORD_TOKEN)") {
		t.Errorf("the log does not say why mercato stops:\n%s", errOut)
	}
}

// TestRunStopsOnSignal: SIGTERM (the context) stops mercato run within 5
// seconds even while the console waits for input.
func TestRunStopsOnSignal(t *testing.T) {
	cfg := consoleConfig(t)
	stdin, feed := io.Pipe() // input that never ends
	defer feed.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- cli(ctx, []string{"run", "-config", cfg}, stdin, &out, &errOut) }()
	if _, err := io.WriteString(feed, "/help\n"); err != nil { // the console is reading
		t.Fatal(err)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d: %s", code, errOut.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("mercato run did not stop within 5 seconds")
	}
}

// TestRunBadJobsConfig: a schedule that does not parse stops mercato run
// at start with a line naming the key.
func TestRunBadJobsConfig(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "cfg.yaml")
	yaml := "database:\n  path: " + filepath.Join(dir, "m.db") + "\njobs:\n  digest:\n    schedule: \"every day\"\n"
	if err := os.WriteFile(cfg, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "run", "-config", cfg)
	if code == 0 || !strings.Contains(errOut, "jobs.digest.schedule") || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "m.db")); err == nil {
		t.Error("the database was created before the configuration was checked")
	}
}

// Bad input alone, on a -db path that does not exist yet, creates no
// database; one good article among bad ones does. (A -db folder that does
// not exist is an error of its own: TestDBInMissingFolder.)
func TestIngestBadInputCreatesNoDatabase(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name string, data []byte) string { return writeFile(t, dir, name, data) }
	empty := write("empty.txt", nil)
	binary := write("binary.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	huge := write("huge.txt", bytes.Repeat([]byte("Kamara to Atlético. "), 2<<20/20))
	weather := write("weather.txt", []byte("The weather in Paris will be mild and sunny all week, with light winds."))
	good := write("sane.txt", []byte(" date 2024-01-15 Chelsea have made a €60 million bid for Bayern Munich winger Leroy Sané, "+
		"whose contract expires in June 2025, according to Sky Sports."))
	emptyDir := filepath.Join(dir, "nothing")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i, tc := range []struct {
		name    string
		stdin   string
		args    []string
		created bool
	}{
		{"empty file", "", []string{empty}, false},
		{"binary file", "", []string{binary}, false},
		{"too large", "", []string{huge}, false},
		{"no football", "", []string{weather}, false},
		{"missing file", "", []string{filepath.Join(dir, "nope.txt")}, false},
		{"empty folder", "", []string{emptyDir}, false},
		{"empty stdin", " \n", []string{"-"}, false},
		{"ftp URL", "", []string{"ftp://example.org/kamara.txt"}, false},
		{"all of them", "", []string{empty, binary, huge, weather, emptyDir}, false},
		{"one good among bad", "", []string{empty, good, weather}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sub := filepath.Join(dir, fmt.Sprintf("new%d", i))
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			db := filepath.Join(sub, "new.db")
			code, out, errOut := run(t, tc.stdin, append([]string{"ingest", "-db", db}, tc.args...)...)
			if code == 0 {
				t.Errorf("exit 0, want non-zero\n%s%s", out, errOut)
			}
			_, err := os.Stat(db)
			if created := err == nil; created != tc.created {
				t.Errorf("database created: %v, want %v\n%s%s", created, tc.created, out, errOut)
			}
			if tc.created && !strings.Contains(out, "sane.txt: new") {
				t.Errorf("the good article was not ingested:\n%s", out)
			}
		})
	}
}

// writeFile writes data to the file name in dir and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Once the knowledge base fails to open, nothing more is printed: not a
// later batch's file that could not be read either (the open error is
// told once, on stderr).
func TestIngestOpenErrorStopsOutput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	files := filepath.Join(dir, "in")
	if err := os.Mkdir(files, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, files, "a0000.txt", []byte(" date 2024-01-15 Chelsea have made a €60 million bid for Bayern Munich winger Leroy Sané."))
	for i := 1; i < bulkBatch; i++ { // the rest of the first batch, never reached
		writeFile(t, files, fmt.Sprintf("a%04d.txt", i), nil)
	}
	writeFile(t, files, "z.txt", bytes.Repeat([]byte("Kamara to Atlético. "), 2<<20/20)) // in the next batch, fails to read
	db := writeFile(t, dir, "m.db", []byte("not a database, but a text file that is big enough to have a header"))
	code, out, errOut := run(t, "", "ingest", "-db", db, files)
	if code == 0 || out != "" || !strings.Contains(errOut, db) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("exit %d, want non-zero, nothing on stdout and one line on stderr\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
}
