package telegram

import (
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/adapters/telegram/telegramtest"
	"github.com/mercato-bot/mercato/bot"
)

func TestRenderHTML(t *testing.T) {
	cases := []struct {
		name  string
		reply bot.Reply
		limit int
		want  []string
	}{
		{"empty", bot.Reply{}, 4096, nil},
		{"title and items", bot.Reply{Title: "Kamara", Items: []bot.Item{{Label: "Villa", Detail: "done"}, {Label: "", Detail: "x"}}, More: 3, Lang: "fr"}, 4096,
			[]string{"<b>Kamara</b>\n\n• <b>Villa</b> — done\n• x\net 3 de plus"}},
		{"sections", bot.Reply{Title: "Arsenal", Items: []bot.Item{{Label: "Signed: 1", Heading: true}, {Label: "Rice", Detail: "15 July 2023"},
			{Label: "Linked: 1", Heading: true}, {Label: "Caicedo", Detail: "interest"}}}, 4096,
			[]string{"<b>Arsenal</b>\n\n<i>Signed: 1</i>\n• <b>Rice</b> — 15 July 2023\n<i>Linked: 1</i>\n• <b>Caicedo</b> — interest"}},
		{"escaped", bot.Reply{Lines: []string{"a<b>&\"c\""}, Footer: "<i>"}, 4096, []string{"a&lt;b&gt;&amp;&#34;c&#34;\n\n<i>&lt;i&gt;</i>"}},
		{"only choices", bot.Reply{Choices: []bot.Choice{{Label: "A", Command: "/a"}}, Lang: "es"}, 4096, []string{"¿Cuál?"}},
		{"split at lines", bot.Reply{Lines: []string{"aaaa", "bbbb", "", "cccc"}}, 9, []string{"aaaa\nbbbb", "cccc"}},
		{"long line cut at a space", bot.Reply{Lines: []string{"aaa bbb ccc&"}}, 8, []string{"aaa bbb", "ccc&amp;"}},
		{"entities never cut", bot.Reply{Lines: []string{"&&&&"}}, 10, []string{"&amp;&amp;", "&amp;&amp;"}},
		{"invalid UTF-8", bot.Reply{Title: "a\xffb"}, 4096, []string{"<b>a\uFFFDb</b>"}},
		{"emoji count twice", bot.Reply{Lines: []string{"🏆🏆", "⚽"}}, 5, []string{"🏆🏆", "⚽"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := renderHTML(c.reply, c.limit)
			if strings.Join(got, "|") != strings.Join(c.want, "|") || len(got) != len(c.want) {
				t.Errorf("renderHTML = %q, want %q", got, c.want)
			}
		})
	}
}

func TestPlainText(t *testing.T) {
	r := bot.Reply{Title: "<b>&", Items: []bot.Item{{Label: "A&B", Detail: "<x>"}}}
	got := plainText(renderHTML(r, 4096)[0])
	if want := "<b>&\n\n• A&B — <x>"; got != want {
		t.Errorf("plainText = %q, want %q", got, want)
	}
}

func TestParseCommand(t *testing.T) {
	cases := []struct {
		text, name, at, args string
		ok                   bool
	}{
		{"/suitors Kamara", "suitors", "", "Kamara", true},
		{"/Suitors@Mercato_Bot  Boubacar Kamara ", "suitors", "Mercato_Bot", "Boubacar Kamara", true},
		{"/ingest line one\nline two", "ingest", "", "line one\nline two", true},
		{"/help", "help", "", "", true},
		{"/help@", "", "", "", false},
		{"/", "", "", "", false},
		{"/ suitors", "", "", "", false},
		{"/sui-tors x", "", "", "", false},
		{"suitors Kamara", "", "", "", false},
		{"/" + strings.Repeat("a", 33), "", "", "", false},
	}
	for _, c := range cases {
		name, at, args, ok := parseCommand(c.text)
		if name != c.name || at != c.at || args != c.args || ok != c.ok {
			t.Errorf("parseCommand(%q) = %q, %q, %q, %v; want %q, %q, %q, %v", c.text, name, at, args, ok, c.name, c.at, c.args, c.ok)
		}
	}
}

// FuzzRenderHTML checks that any reply renders to messages Telegram
// accepts, within the limit, showing every character of the input.
func FuzzRenderHTML(f *testing.F) {
	f.Add("<b>Kamara</b> & co", "A<b>&", "5 < 6", 4096)
	f.Add("⚽ é \xff", "&amp;", "\n\n", 10)
	f.Fuzz(func(t *testing.T, title, label, line string, limit int) {
		limit = 8 + abs(limit)%4096
		r := bot.Reply{Title: title, Lines: []string{line}, Items: []bot.Item{{Label: label, Detail: line}}}
		for _, m := range renderHTML(r, limit) {
			shown, err := telegramtest.ParseHTML(m)
			if err != nil {
				t.Fatalf("message %q: %v", m, err)
			}
			if n := utf16Len(shown); n > limit || strings.TrimSpace(shown) == "" {
				t.Fatalf("message %q: %d units, limit %d", m, n, limit)
			}
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
