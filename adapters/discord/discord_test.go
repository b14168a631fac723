package discord

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/bot/i18n"
)

// body is a message as the bot sent it: an interaction callback's data, a
// webhook edit or follow-up, or a channel message.
type body struct {
	Content         string                    `json:"content"`
	Flags           int                       `json:"flags"`
	Embeds          []*discordgo.MessageEmbed `json:"embeds"`
	Components      []row                     `json:"components"`
	AllowedMentions *struct {
		Parse []string `json:"parse"`
		Users []string `json:"users"`
		Roles []string `json:"roles"`
	} `json:"allowed_mentions"`
	Choices   []discordgo.ApplicationCommandOptionChoice `json:"choices"`
	Reference *discordgo.MessageReference                `json:"message_reference"`
}

type row struct {
	Type       int `json:"type"`
	Components []struct {
		Type     int                          `json:"type"`
		CustomID string                       `json:"custom_id"`
		Options  []discordgo.SelectMenuOption `json:"options"`
	} `json:"components"`
}

// callback is an interaction callback.
type callback struct {
	Type int  `json:"type"`
	Data body `json:"data"`
}

func decode[T any](t *testing.T, c call) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(c.Body, &v); err != nil {
		t.Fatalf("%s %s: %v in %s", c.Method, c.Path, err, c.Body)
	}
	return v
}

// nextCallback waits for the callback to interaction id.
func nextCallback(t *testing.T, f *fakeDiscord, id string) callback {
	t.Helper()
	c := f.next(t)
	want := fmt.Sprintf("/api/v9/interactions/%s/tok-%s/callback", id, id)
	if c.Method != "POST" || c.Path != want {
		t.Fatalf("got %s %s, want POST %s", c.Method, c.Path, want)
	}
	return decode[callback](t, c)
}

// interaction is an INTERACTION_CREATE payload in guild g1, channel c1,
// from user u1 (roles given), with locale en-US.
func interaction(id string, typ discordgo.InteractionType, data any, roles ...string) map[string]any {
	return map[string]any{
		"id": id, "application_id": "app1", "type": typ, "token": "tok-" + id,
		"guild_id": "g1", "channel_id": "c1", "locale": "en-US", "version": 1,
		"member": map[string]any{"user": map[string]any{"id": "u1", "username": "fan"}, "roles": append([]string{}, roles...), "permissions": "0"},
		"data":   data,
	}
}

// slash is a slash command's data.
func slash(name string, opts ...map[string]any) map[string]any {
	return map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": opts}
}

func opt(name string, typ int, value any) map[string]any {
	return map[string]any{"name": name, "type": typ, "value": value}
}

func checkNoMentions(t *testing.T, b body) {
	t.Helper()
	am := b.AllowedMentions
	if am == nil || am.Parse == nil || len(am.Parse) != 0 || len(am.Users) != 0 || len(am.Roles) != 0 {
		t.Errorf("allowed_mentions = %+v, want {parse: []}", am)
	}
}

func embedOf(t *testing.T, b body) *discordgo.MessageEmbed {
	t.Helper()
	if len(b.Embeds) != 1 {
		t.Fatalf("got %d embeds, want 1: %+v", len(b.Embeds), b)
	}
	return b.Embeds[0]
}

func TestRegistration(t *testing.T) {
	router := newFakeRouter()
	h := start(t, Config{Guilds: []string{"g1"}}, router)
	if h.reg.Path != "/api/v9/applications/app1/guilds/g1/commands" {
		t.Errorf("registered at %s", h.reg.Path)
	}
	var cmds []struct {
		Name                     string            `json:"name"`
		Description              string            `json:"description"`
		DescriptionLocalizations map[string]string `json:"description_localizations"`
		DefaultMemberPermissions *string           `json:"default_member_permissions"`
		Options                  []struct {
			Name              string            `json:"name"`
			Type              int               `json:"type"`
			Required          bool              `json:"required"`
			Autocomplete      bool              `json:"autocomplete"`
			NameLocalizations map[string]string `json:"name_localizations"`
		} `json:"options"`
	}
	if err := json.Unmarshal(h.reg.Body, &cmds); err != nil {
		t.Fatal(err)
	}
	byName := map[string]int{}
	for i, c := range cmds {
		byName[c.Name] = i
	}
	if len(cmds) != len(router.Commands()) {
		t.Fatalf("registered %d commands, want %d", len(cmds), len(router.Commands()))
	}
	suitors := cmds[byName["suitors"]]
	for _, loc := range []string{"fr", "es-ES", "es-419", "it", "de"} {
		if suitors.DescriptionLocalizations[loc] == "" {
			t.Errorf("/suitors has no %s description: %v", loc, suitors.DescriptionLocalizations)
		}
	}
	if p := suitors.Options[0]; p.Name != "player" || p.Type != 3 || !p.Required || !p.Autocomplete || p.NameLocalizations["fr"] != "joueur" {
		t.Errorf("/suitors player option = %+v", p)
	}
	src := cmds[byName["sources"]]
	if src.Options[0].Name != "player" || !src.Options[0].Required || src.Options[1].Name != "club" {
		t.Errorf("/sources options not required-first: %+v", src.Options)
	}
	if o := cmds[byName["latest"]].Options[0]; o.Type != 4 {
		t.Errorf("/latest count type = %d, want integer", o.Type)
	}
	ingest := cmds[byName["ingest"]]
	if ingest.DefaultMemberPermissions == nil || *ingest.DefaultMemberPermissions != "32" {
		t.Errorf("/ingest default_member_permissions = %v, want Manage Server (32)", ingest.DefaultMemberPermissions)
	}
	if len(ingest.Options) != 2 || ingest.Options[0].Name != "text" || ingest.Options[0].Required ||
		ingest.Options[1].Name != "file" || ingest.Options[1].Type != 11 {
		t.Errorf("/ingest options = %+v, want optional text and file attachment", ingest.Options)
	}
	if cmds[byName["help"]].Description != "help" {
		t.Errorf("/help without description: %q", cmds[byName["help"]].Description)
	}
	if tok := h.ident["token"]; tok != "Bot secret" {
		t.Errorf("IDENTIFY token %v", tok)
	}
	if in := h.ident["intents"]; in != float64(intents) {
		t.Errorf("IDENTIFY intents %v, want %d", in, intents)
	}
}

func TestGlobalRegistration(t *testing.T) {
	h := start(t, Config{}, newFakeRouter())
	if h.reg.Path != "/api/v9/applications/app1/commands" {
		t.Errorf("registered at %s, want global", h.reg.Path)
	}
}

func TestRoundTrip(t *testing.T) {
	router := newFakeRouter()
	h := start(t, Config{Admins: []string{"u-admin"}, AdminRoles: []string{"r-admin"}}, router)
	f := h.f

	t.Run("suitors", func(t *testing.T) {
		f.send("INTERACTION_CREATE", interaction("1", discordgo.InteractionApplicationCommand, slash("suitors", opt("player", 3, "  Kamara "))))
		cb := nextCallback(t, f, "1")
		if cb.Type != 4 || cb.Data.Flags != 0 {
			t.Errorf("type %d flags %d, want a public message", cb.Type, cb.Data.Flags)
		}
		e := embedOf(t, cb.Data)
		if !strings.Contains(e.Title, "Kamara") || len(e.Fields) != 2 || e.Fields[0].Name != "Atlético Madrid" {
			t.Errorf("embed = %+v", e)
		}
		if e.Footer == nil || !strings.Contains(e.Footer.Text, "GOAL") {
			t.Errorf("footer = %+v", e.Footer)
		}
		checkNoMentions(t, cb.Data)
		req := router.last()
		if req.Text != "/suitors Kamara" || req.Platform != "discord" || req.Chat != "c1" || req.User != "u1" || req.Lang != "en" || req.Admin {
			t.Errorf("request = %+v", req)
		}
		if ok, _ := req.CanManage(t.Context()); ok {
			t.Error("a member without Manage Channels may manage subscriptions")
		}
	})

	t.Run("error is ephemeral", func(t *testing.T) {
		f.send("INTERACTION_CREATE", interaction("2", discordgo.InteractionApplicationCommand, slash("suitors", opt("player", 3, "Nobody"))))
		cb := nextCallback(t, f, "2")
		if cb.Type != 4 || cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content, "Nobody") || len(cb.Data.Embeds) != 0 {
			t.Errorf("callback = %+v", cb)
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		for _, tc := range []struct {
			partial string
			want    []string
		}{
			{"kam", []string{"Boubacar Kamara", "Kamaldeen Sulemana"}},
			{"", []string{"Boubacar Kamara", "Kamaldeen Sulemana", "Kalidou Koulibaly"}},
			{strings.Repeat("k", 100), nil},
			{"slow", nil}, // answered empty when the lookup is too slow
		} {
			data := slash("suitors", map[string]any{"name": "player", "type": 3, "value": tc.partial, "focused": true})
			f.send("INTERACTION_CREATE", interaction("3", discordgo.InteractionApplicationCommandAutocomplete, data))
			cb := nextCallback(t, f, "3")
			if cb.Type != 8 {
				t.Fatalf("type %d, want 8", cb.Type)
			}
			var got []string
			for _, c := range cb.Data.Choices {
				got = append(got, c.Name)
				if c.Value != c.Name {
					t.Errorf("choice value %v != name %q", c.Value, c.Name)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("partial %q: choices %q, want %q", tc.partial, got, tc.want)
			}
		}
	})

	t.Run("player or club autocomplete", func(t *testing.T) {
		data := slash("subscribe", opt("kind", 3, "digest"), map[string]any{"name": "about", "type": 3, "value": "a", "focused": true})
		f.send("INTERACTION_CREATE", interaction("4a", discordgo.InteractionApplicationCommandAutocomplete, data))
		cb := nextCallback(t, f, "4a")
		var got []string
		for _, c := range cb.Data.Choices {
			got = append(got, c.Name)
		}
		if strings.Join(got, "|") != "Atlético Madrid|Aston Villa" {
			t.Errorf("choices %q", got)
		}
	})

	t.Run("month autocomplete", func(t *testing.T) {
		data := slash("expiring", map[string]any{"name": "month", "type": 3, "value": "2022-0", "focused": true})
		f.send("INTERACTION_CREATE", interaction("4", discordgo.InteractionApplicationCommandAutocomplete, data))
		cb := nextCallback(t, f, "4")
		if len(cb.Data.Choices) != 7 || cb.Data.Choices[0].Name != "2022-03" {
			t.Errorf("month choices = %+v", cb.Data.Choices)
		}
	})

	t.Run("non-admin ingest refused", func(t *testing.T) {
		before := router.count()
		f.send("INTERACTION_CREATE", interaction("5", discordgo.InteractionApplicationCommand, slash("ingest", opt("text", 3, "Kamara signs for Atlético"))))
		cb := nextCallback(t, f, "5")
		if cb.Type != 4 || cb.Data.Flags != 64 || cb.Data.Content != i18n.T("en", "err.ingestadmin") {
			t.Errorf("callback = %+v", cb)
		}
		if router.count() != before {
			t.Errorf("the router was asked: %+v", router.last())
		}
	})

	t.Run("non-admin correction refused", func(t *testing.T) {
		before := router.count()
		data := slash("retract", opt("player", 3, "Kamara"), opt("club", 3, "Atlético Madrid"))
		f.send("INTERACTION_CREATE", interaction("5r", discordgo.InteractionApplicationCommand, data))
		cb := nextCallback(t, f, "5r")
		if cb.Type != 4 || cb.Data.Flags != 64 || cb.Data.Content != "Only admins can use /retract." {
			t.Errorf("callback = %+v", cb)
		}
		if router.count() != before {
			t.Errorf("the router was asked: %+v", router.last())
		}
		f.send("INTERACTION_CREATE", interaction("5s", discordgo.InteractionApplicationCommand, data, "r-admin"))
		if cb := nextCallback(t, f, "5s"); cb.Data.Flags != 64 || router.last().Text != "/retract Kamara | Atlético Madrid" || !router.last().Admin {
			t.Errorf("an admin's /retract: callback %+v, request %+v", cb, router.last())
		}
	})

	t.Run("admin ingest deferred then completed", func(t *testing.T) {
		article := "Atlético Madrid are in advanced talks for Kamara. @everyone <@&123> <@42>"
		f.send("INTERACTION_CREATE", interaction("6", discordgo.InteractionApplicationCommand, slash("ingest", opt("text", 3, article)), "r-admin"))
		cb := nextCallback(t, f, "6")
		if cb.Type != 5 || cb.Data.Flags != 64 {
			t.Errorf("callback = %+v, want an ephemeral deferral", cb)
		}
		c := f.next(t)
		if c.Method != "PATCH" || c.Path != "/api/v9/webhooks/app1/tok-6/messages/@original" {
			t.Fatalf("got %s %s, want the original response edited", c.Method, c.Path)
		}
		b := decode[body](t, c)
		checkNoMentions(t, b)
		e := embedOf(t, b)
		if !strings.Contains(e.Description, "advanced talks") || strings.Contains(e.Description, "@everyone") {
			t.Errorf("confirmation = %q", e.Description)
		}
		if req := router.last(); !req.Admin || req.Text != "/ingest "+article {
			t.Errorf("request = %+v", req)
		}
	})

	t.Run("ingest file", func(t *testing.T) {
		f.files["/attachments/1/2/article.txt"] = []byte("Kamara to Atlético, says GOAL.\nMore text.")
		data := slash("ingest", opt("file", 11, "att1"))
		data["resolved"] = map[string]any{"attachments": map[string]any{"att1": map[string]any{
			"id": "att1", "filename": "article.txt", "content_type": "text/plain; charset=utf-8", "size": 41,
			"url": "https://cdn.discordapp.com/attachments/1/2/article.txt",
		}}}
		in := interaction("7", discordgo.InteractionApplicationCommand, data)
		in["member"].(map[string]any)["user"].(map[string]any)["id"] = "u-admin"
		f.send("INTERACTION_CREATE", in)
		if cb := nextCallback(t, f, "7"); cb.Type != 5 {
			t.Fatalf("callback type %d, want a deferral", cb.Type)
		}
		b := decode[body](t, f.next(t))
		if e := embedOf(t, b); !strings.Contains(e.Description, "Kamara to Atlético, says GOAL.") {
			t.Errorf("confirmation = %+v", e)
		}
	})

	t.Run("bad attachments", func(t *testing.T) {
		for i, att := range []map[string]any{
			{"filename": "photo.png", "content_type": "image/png", "size": 2000},
			{"filename": "huge.txt", "content_type": "text/plain", "size": 50 << 20},
			{"filename": "doc.pdf", "content_type": "application/pdf", "size": 2000},
		} {
			id := fmt.Sprint("8", i)
			att["id"], att["url"] = "att", "https://cdn.discordapp.com/attachments/none"
			data := slash("ingest", opt("file", 11, "att"))
			data["resolved"] = map[string]any{"attachments": map[string]any{"att": att}}
			f.send("INTERACTION_CREATE", interaction(id, discordgo.InteractionApplicationCommand, data, "r-admin"))
			cb := nextCallback(t, f, id)
			if cb.Type != 4 || cb.Data.Flags != 64 || cb.Data.Content == "" {
				t.Errorf("%s: callback = %+v, want a short ephemeral answer", att["filename"], cb)
			}
		}
	})

	t.Run("select menu", func(t *testing.T) {
		f.send("INTERACTION_CREATE", interaction("9", discordgo.InteractionApplicationCommand, slash("suitors", opt("player", 3, "Silva"))))
		cb := nextCallback(t, f, "9")
		if len(cb.Data.Components) != 1 || len(cb.Data.Components[0].Components) != 1 {
			t.Fatalf("components = %+v", cb.Data.Components)
		}
		menu := cb.Data.Components[0].Components[0]
		if menu.Type != 3 || len(menu.Options) != 2 || menu.Options[0].Label != "Bernardo Silva (Manchester City)" {
			t.Fatalf("menu = %+v", menu)
		}
		choose := map[string]any{"custom_id": menu.CustomID, "component_type": 3, "values": []string{menu.Options[0].Value}}
		f.send("INTERACTION_CREATE", interaction("10", discordgo.InteractionMessageComponent, choose))
		cb = nextCallback(t, f, "10")
		if cb.Type != 7 || cb.Data.Components == nil || len(cb.Data.Components) != 0 {
			t.Errorf("callback = %+v, want the menu replaced", cb)
		}
		if e := embedOf(t, cb.Data); e.Title != "Bernardo Silva (Manchester City)" || e.Fields[0].Name != "Barcelona" {
			t.Errorf("answer = %+v", e)
		}
		if got := router.last().Text; got != "/suitors Bernardo Silva (Manchester City)" {
			t.Errorf("chosen command %q", got)
		}

		// Someone else choosing gets the answer for themselves.
		other := interaction("11", discordgo.InteractionMessageComponent, choose)
		other["member"].(map[string]any)["user"].(map[string]any)["id"] = "u2"
		f.send("INTERACTION_CREATE", other)
		if cb = nextCallback(t, f, "11"); cb.Type != 4 || cb.Data.Flags != 64 {
			t.Errorf("callback = %+v, want an ephemeral answer", cb)
		}
	})

	t.Run("expired choice", func(t *testing.T) {
		for i, choose := range []map[string]any{
			{"custom_id": "pick:gone", "component_type": 3, "values": []string{"0"}},
			{"custom_id": "pick:9", "component_type": 3, "values": []string{"7"}},
			{"custom_id": "other", "component_type": 2},
		} {
			id := fmt.Sprint("12", i)
			f.send("INTERACTION_CREATE", interaction(id, discordgo.InteractionMessageComponent, choose))
			if cb := nextCallback(t, f, id); cb.Type != 4 || cb.Data.Flags != 64 || cb.Data.Content != i18n.T("en", "choice.expired") {
				t.Errorf("%v: callback = %+v", choose, cb)
			}
		}
	})

	t.Run("long answer cut", func(t *testing.T) {
		f.send("INTERACTION_CREATE", interaction("13", discordgo.InteractionApplicationCommand, slash("latest", opt("count", 4, 25))))
		cb := nextCallback(t, f, "13")
		e := embedOf(t, cb.Data)
		checkEmbedLimits(t, e)
		last := e.Fields[len(e.Fields)-1]
		want := andMore("en", 60-(len(e.Fields)-1)+7)
		if last.Value != want {
			t.Errorf("last field %q, want %q", last.Value, want)
		}
	})

	t.Run("missing option", func(t *testing.T) {
		f.send("INTERACTION_CREATE", interaction("14", discordgo.InteractionApplicationCommand, slash("suitors")))
		if cb := nextCallback(t, f, "14"); cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content, "player") {
			t.Errorf("callback = %+v", cb)
		}
	})

	t.Run("unknown command", func(t *testing.T) {
		f.send("INTERACTION_CREATE", interaction("15", discordgo.InteractionApplicationCommand, slash("retired")))
		if cb := nextCallback(t, f, "15"); cb.Data.Flags != 64 || cb.Data.Content != i18n.T("en", "err.gone") {
			t.Errorf("callback = %+v", cb)
		}
	})

	t.Run("router panic", func(t *testing.T) {
		f.send("INTERACTION_CREATE", interaction("16", discordgo.InteractionApplicationCommand, slash("player", opt("player", 3, "Panic"))))
		if cb := nextCallback(t, f, "16"); cb.Data.Flags != 64 || cb.Data.Content != i18n.T("en", "err.failed") {
			t.Errorf("callback = %+v", cb)
		}
	})

	t.Run("guild the bot left", func(t *testing.T) {
		f.send("GUILD_DELETE", map[string]any{"id": "g2"})
		in := interaction("17", discordgo.InteractionApplicationCommand, slash("suitors", opt("player", 3, "Kamara")))
		in["guild_id"] = "g2"
		f.send("INTERACTION_CREATE", in)
		if cb := nextCallback(t, f, "17"); cb.Data.Flags != 64 || cb.Data.Content != i18n.T("en", "err.noguild") {
			t.Errorf("callback = %+v", cb)
		}
	})

	t.Run("localized", func(t *testing.T) {
		in := interaction("18", discordgo.InteractionApplicationCommand, slash("ingest", opt("text", 3, "x")))
		in["locale"] = "fr"
		f.send("INTERACTION_CREATE", in)
		if cb := nextCallback(t, f, "18"); cb.Data.Content != i18n.T("fr", "err.ingestadmin") {
			t.Errorf("content %q", cb.Data.Content)
		}
	})

	t.Run("ask and direct message", func(t *testing.T) {
		f.send("MESSAGE_CREATE", map[string]any{"id": "m-bot", "channel_id": "dm1", "content": "who wants Kamara?", "author": map[string]any{"id": "b1", "bot": true}})
		f.send("MESSAGE_CREATE", map[string]any{"id": "m-guild", "channel_id": "c1", "guild_id": "g1", "content": "who wants Kamara?", "author": map[string]any{"id": "u1"}})
		f.send("MESSAGE_CREATE", map[string]any{"id": "m1", "channel_id": "dm1", "content": " who wants Kamara? ", "author": map[string]any{"id": "u1"}})
		c := f.next(t)
		if c.Path != "/api/v9/channels/dm1/messages" {
			t.Fatalf("got %s %s", c.Method, c.Path)
		}
		b := decode[body](t, c)
		checkNoMentions(t, b)
		if e := embedOf(t, b); e.Fields[0].Name != "Atlético Madrid" {
			t.Errorf("answer = %+v", e)
		}
		if b.Reference == nil || b.Reference.MessageID != "m1" {
			t.Errorf("reference = %+v", b.Reference)
		}
		if req := router.last(); req.Text != "who wants Kamara?" || req.CanManage != nil {
			t.Errorf("request = %+v", req)
		}
	})
	f.noCall(t)
}

// checkEmbedLimits checks every limit Discord puts on an embed.
func checkEmbedLimits(t *testing.T, e *discordgo.MessageEmbed) {
	t.Helper()
	total := length(e.Title) + length(e.Description)
	if length(e.Title) > maxTitle || length(e.Description) > maxDescription || len(e.Fields) > maxFields {
		t.Errorf("title %d, description %d, %d fields", length(e.Title), length(e.Description), len(e.Fields))
	}
	for _, fl := range e.Fields {
		total += length(fl.Name) + length(fl.Value)
		if length(fl.Name) > maxFieldName || length(fl.Value) > maxFieldValue || fl.Name == "" || fl.Value == "" {
			t.Errorf("field name %d, value %d", length(fl.Name), length(fl.Value))
		}
	}
	if e.Footer != nil {
		total += length(e.Footer.Text)
	}
	if total > maxEmbedTotal {
		t.Errorf("embed total %d > %d", total, maxEmbedTotal)
	}
}

func TestSlowAnswerDeferred(t *testing.T) {
	router := newFakeRouter()
	h := start(t, Config{}, router, func(a *Adapter) { a.deferAfter = 0 })
	f := h.f

	// A slow error: the public deferral is deleted and the error goes to
	// the user alone.
	f.send("INTERACTION_CREATE", interaction("0", discordgo.InteractionApplicationCommand, slash("player", opt("player", 3, "SlowNobody"))))
	if cb := nextCallback(t, f, "0"); cb.Type != 5 || cb.Data.Flags != 0 {
		t.Fatalf("callback = %+v, want a public deferral", cb)
	}
	router.slow <- struct{}{}
	if c := f.next(t); c.Method != "DELETE" || c.Path != "/api/v9/webhooks/app1/tok-0/messages/@original" {
		t.Errorf("got %s %s, want the deferral deleted", c.Method, c.Path)
	}
	c := f.next(t)
	if c.Method != "POST" || c.Path != "/api/v9/webhooks/app1/tok-0" {
		t.Fatalf("got %s %s, want a follow-up", c.Method, c.Path)
	}
	if b := decode[body](t, c); b.Flags != 64 || !strings.Contains(b.Content, "SlowNobody") {
		t.Errorf("follow-up = %+v", b)
	}

	f.send("INTERACTION_CREATE", interaction("1", discordgo.InteractionApplicationCommand, slash("player", opt("player", 3, "Slow"))))
	if cb := nextCallback(t, f, "1"); cb.Type != 5 || cb.Data.Flags != 0 {
		t.Fatalf("callback = %+v, want a public deferral", cb)
	}
	// Shut down while the answer is in flight: it is still delivered.
	stopped := make(chan error, 1)
	cancelled := time.Now()
	go func() { stopped <- h.stop(t) }()
	router.slow <- struct{}{}
	c = f.next(t)
	if c.Method != "PATCH" || !strings.HasSuffix(c.Path, "/tok-1/messages/@original") {
		t.Fatalf("got %s %s", c.Method, c.Path)
	}
	if e := embedOf(t, decode[body](t, c)); e.Title != "Slow Player" {
		t.Errorf("answer = %+v", e)
	}
	if err := wait(t, stopped, "shutdown"); err != nil {
		t.Errorf("Run: %v", err)
	}
	t.Logf("Run returned %v after its context was cancelled", time.Since(cancelled).Round(time.Millisecond))
}

func TestSend(t *testing.T) {
	h := start(t, Config{}, newFakeRouter())
	ctx := t.Context()
	digest := bot.Reply{Title: "Digest", Items: []bot.Item{{Label: "Kamara", Detail: "@everyone Atlético Madrid advanced"}}}
	if err := h.a.Send(ctx, "c9", digest); err != nil {
		t.Fatal(err)
	}
	c := h.f.next(t)
	if c.Path != "/api/v9/channels/c9/messages" {
		t.Fatalf("posted to %s", c.Path)
	}
	b := decode[body](t, c)
	checkNoMentions(t, b)
	if e := embedOf(t, b); e.Fields[0].Value != "@\u200beveryone Atlético Madrid advanced" {
		t.Errorf("field = %q", e.Fields[0].Value)
	}
	for _, tc := range []struct {
		channel string
		gone    bool
	}{{"gone", true}, {"hidden", true}, {"muted", false}} {
		err := h.a.Send(ctx, tc.channel, digest)
		h.f.next(t)
		if err == nil || errors.Is(err, bot.ErrChatGone) != tc.gone {
			t.Errorf("%s: err = %v, want gone=%v", tc.channel, err, tc.gone)
		}
	}
}
