package discord

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/bot/i18n"
)

func TestCut(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"Kamara", 10, "Kamara"},
		{"Kamara", 6, "Kamara"},
		{"Kamara", 4, "Kam…"},
		{"Atlético", 5, "Atlé…"},
		{"⚽⚽⚽", 2, "⚽…"},
		{"😀😀", 3, "😀…"}, // an emoji counts two
		{"😀😀", 2, "…"},
		{"abc", 0, ""},
	} {
		got := cut(tc.in, tc.n)
		if got != tc.want || length(got) > tc.n {
			t.Errorf("cut(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestFitLines(t *testing.T) {
	lines := []string{"aaaa", "bbbb", "cccc", "dddd", "eeee"}
	for _, tc := range []struct {
		limit int
		want  string
	}{
		{100, "aaaa\nbbbb\ncccc\ndddd\neeee"},
		{24, "aaaa\nbbbb\ncccc\ndddd\neeee"},
		{23, "aaaa\nbbbb\nand 3 more"},
		{15, "aaaa\nand 4 more"},
		{3, "aa…"},
	} {
		got := fitLines(lines, tc.limit, "en")
		if got != tc.want || length(got) > tc.limit {
			t.Errorf("fitLines(%d) = %q, want %q", tc.limit, got, tc.want)
		}
	}
}

func TestErrorContent(t *testing.T) {
	r := bot.Reply{Error: true, Title: "Kamara", Lines: []string{"@everyone look"}, Footer: "GOAL", Lang: "fr"}
	for i := range 100 {
		r.Items = append(r.Items, bot.Item{Label: "Club", Detail: strings.Repeat("é", i)})
	}
	m := render(r, "")
	if !m.Ephemeral || m.Embeds != nil {
		t.Errorf("error rendered as %+v", m)
	}
	got := m.Content
	if length(got) > maxContent || !utf8.ValidString(got) {
		t.Errorf("content: %d characters", length(got))
	}
	if strings.Contains(got, "@everyone") {
		t.Error("content keeps @everyone")
	}
	if !strings.Contains(got, "et ") || !strings.Contains(got, " de plus") {
		t.Errorf("content does not say how many more in French: …%s", got[len(got)-40:])
	}
	if short := render(bot.Reply{Error: true, Lines: []string{"Only admins."}}, ""); short.Content != "Only admins." {
		t.Errorf("content = %q", short.Content)
	}
}

// TestRenderSections: each heading is a field of its own before its
// items, and survives defusing.
func TestRenderSections(t *testing.T) {
	r := bot.Reply{Title: "Arsenal", Items: []bot.Item{{Label: "Signed: 1", Heading: true}, {Label: "Rice", Detail: "15 July 2023"},
		{Label: "Linked: 1", Heading: true}, {Label: "Caicedo", Detail: "interest"}}}
	e := render(r, "").Embeds[0]
	var got []string
	for _, f := range e.Fields {
		got = append(got, f.Name+"="+f.Value)
	}
	want := []string{"__Signed: 1__=\u200b", "Rice=15 July 2023", "__Linked: 1__=\u200b", "Caicedo=interest"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("fields %q, want %q", got, want)
	}
}

func TestRenderLimits(t *testing.T) {
	for name, r := range map[string]bot.Reply{
		"long":        longReply(),
		"25 items":    {Title: "t", Items: make([]bot.Item, 25)},
		"26 items":    {Title: "t", Items: make([]bot.Item, 26)},
		"more":        {Title: "t", Items: make([]bot.Item, 3), More: 4},
		"huge lines":  {Lines: []string{strings.Repeat("x", 10000)}},
		"huge footer": {Title: strings.Repeat("t", 300), Footer: strings.Repeat("f", 3000), Lines: []string{strings.Repeat("l ", 3000)}},
	} {
		m := render(r, "")
		if len(m.Embeds) != 1 {
			t.Fatalf("%s: %d embeds", name, len(m.Embeds))
		}
		e := m.Embeds[0]
		checkEmbedLimits(t, e)
		shown := 0
		for _, f := range e.Fields {
			if f.Name != "…" {
				shown++
			}
		}
		if n := len(r.Items) - shown + r.More; n > 0 {
			if last := e.Fields[len(e.Fields)-1].Value; last != andMore("en", n) {
				t.Errorf("%s: last field %q, want and %d more", name, last, n)
			}
		}
	}
	if m := render(bot.Reply{}, ""); m.Content != i18n.T("en", "empty") {
		t.Errorf("empty reply rendered %+v", m)
	}
}

func TestCommandText(t *testing.T) {
	cmds := map[string]bot.Command{}
	for _, c := range newFakeRouter().Commands() {
		cmds[c.Name] = c
	}
	cmds["subscribe"] = bot.Command{Name: "subscribe", Args: []bot.Arg{{Name: "kind", Kind: bot.ArgText}, {Name: "about", Kind: bot.ArgText}}}
	for _, tc := range []struct {
		cmd  string
		opts map[string]any
		want string
	}{
		{"suitors", map[string]any{"player": " Boubacar\n Kamara "}, "/suitors Boubacar Kamara"},
		{"sources", map[string]any{"player": "Kamara", "club": "Atlético Madrid"}, "/sources Atlético Madrid | Kamara"},
		{"sources", map[string]any{"player": "Kamara"}, "/sources Kamara"},
		{"latest", map[string]any{"count": 5.0}, "/latest 5"},
		{"latest", nil, "/latest"},
		{"subscribe", map[string]any{"kind": "digest", "about": "Kamara"}, "/subscribe digest Kamara"},
	} {
		opts := map[string]*optionValue{}
		for k, v := range tc.opts {
			opts[k] = &optionValue{Name: k, Value: v}
		}
		if got := commandText(cmds[tc.cmd], opts); got != tc.want {
			t.Errorf("commandText(%s, %v) = %q, want %q", tc.cmd, tc.opts, got, tc.want)
		}
	}
}

func FuzzRender(f *testing.F) {
	f.Add("Kamara", "advanced", "@everyone", 3, 0)
	f.Add(strings.Repeat("😀", 300), strings.Repeat("é", 2000), "", 40, 5)
	f.Fuzz(func(t *testing.T, label, detail, line string, items, more int) {
		items, more = min(max(items, 0), 80), min(max(more, 0), 1000)
		r := bot.Reply{Title: label + line, Lines: []string{line, detail}, Footer: detail, More: more}
		for range items {
			r.Items = append(r.Items, bot.Item{Label: label, Detail: detail})
		}
		if m := render(r, ""); len(m.Embeds) == 1 {
			checkEmbedLimits(t, m.Embeds[0])
		}
		r.Error = true
		if got := render(r, "").Content; length(got) > maxContent || strings.Contains(got, "@everyone") {
			t.Errorf("content of %d characters: %q", length(got), got)
		}
	})
}
