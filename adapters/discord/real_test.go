package discord

import (
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/sample"
)

// TestRealRouter runs the adapter in front of the real router over a
// knowledge base filled with the sample corpus in a temporary SQLite file.
func TestRealRouter(t *testing.T) {
	ctx := t.Context()
	store, err := sample.Open(ctx, filepath.Join(t.TempDir(), "mercato.db"), extract.New().Extract)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	router := bot.NewRouter(store, bot.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	h := start(t, Config{Admins: []string{"u1"}}, router)
	f := h.f

	var names []string
	for _, c := range applicationCommands(router.Commands()) {
		names = append(names, c.Name)
	}
	for _, want := range []string{"suitors", "player", "club", "latest", "sources", "expiring", "subscribe", "unsubscribe", "subscriptions", "ingest", "help", "ask"} {
		if !slices.Contains(names, want) {
			t.Errorf("/%s not registered: %v", want, names)
		}
	}

	t.Run("suitors", func(t *testing.T) {
		f.send("INTERACTION_CREATE", interaction("1", discordgo.InteractionApplicationCommand, slash("suitors", opt("player", 3, "Kamara"))))
		cb := nextCallback(t, f, "1")
		e := embedOf(t, cb.Data)
		checkEmbedLimits(t, e)
		checkNoMentions(t, cb.Data)
		var clubs []string
		for _, fl := range e.Fields {
			clubs = append(clubs, fl.Name)
		}
		if !strings.Contains(e.Title, "Kamara") || !slices.Contains(clubs, "Atlético Madrid") {
			t.Errorf("title %q, fields %q: want Kamara and Atlético Madrid", e.Title, clubs)
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		data := slash("suitors", map[string]any{"name": "player", "type": 3, "value": "kama", "focused": true})
		f.send("INTERACTION_CREATE", interaction("2", discordgo.InteractionApplicationCommandAutocomplete, data))
		cb := nextCallback(t, f, "2")
		var got []string
		for _, c := range cb.Data.Choices {
			got = append(got, c.Name)
		}
		if !slices.Contains(got, "Boubacar Kamara") {
			t.Errorf("choices %q, want Boubacar Kamara", got)
		}
	})

	t.Run("ask", func(t *testing.T) {
		f.send("INTERACTION_CREATE", interaction("3", discordgo.InteractionApplicationCommand, slash("ask", opt("question", 3, "who wants Kamara?"))))
		cb := nextCallback(t, f, "3")
		// The same answer as the router gives the question directly.
		want := router.Serve(ctx, &bot.Request{Platform: "discord", Text: "/ask who wants Kamara?", Lang: "en"})
		if want.Error {
			if cb.Data.Flags != 64 || cb.Data.Content != render(want, "").Content {
				t.Errorf("answer = %+v, want %q", cb.Data, render(want, "").Content)
			}
			return
		}
		if e := embedOf(t, cb.Data); e.Title != want.Title || len(e.Fields) != min(len(want.Items)+boolInt(want.More > 0), maxFields) {
			t.Errorf("answer = %+v, want %+v", e, want)
		}
	})

	t.Run("ingest @everyone", func(t *testing.T) {
		article := " date 2022-04-01 \n@everyone Arsenal have made a bid for Boubacar Kamara, says The Athletic. <@&1> <@2>"
		f.send("INTERACTION_CREATE", interaction("4", discordgo.InteractionApplicationCommand, slash("ingest", opt("text", 3, article))))
		if cb := nextCallback(t, f, "4"); cb.Type != 5 || cb.Data.Flags != 64 {
			t.Fatalf("callback = %+v, want an ephemeral deferral", cb)
		}
		b := decode[body](t, f.next(t))
		checkNoMentions(t, b)
		if strings.Contains(b.Content, "@everyone") {
			t.Errorf("content pings: %q", b.Content)
		}
		f.send("INTERACTION_CREATE", interaction("5", discordgo.InteractionApplicationCommand, slash("sources", opt("player", 3, "Kamara"), opt("club", 3, "Arsenal"))))
		cb := nextCallback(t, f, "5")
		checkNoMentions(t, cb.Data)
		for _, e := range cb.Data.Embeds {
			for _, fl := range e.Fields {
				if strings.Contains(fl.Value, "@everyone") {
					t.Errorf("field pings: %q", fl.Value)
				}
			}
		}
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
