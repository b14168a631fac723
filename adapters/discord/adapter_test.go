package discord

import (
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
)

func TestNew(t *testing.T) {
	for _, tc := range []struct {
		cfg Config
		ok  bool
	}{
		{Config{Token: "t"}, true},
		{Config{Token: "Bot t", ShardID: 1, ShardCount: 2}, true},
		{Config{Token: " "}, false},
		{Config{Token: "t", ShardID: 2, ShardCount: 2}, false},
		{Config{Token: "t", ShardID: -1}, false},
	} {
		a, err := New(tc.cfg, newFakeRouter(), nil)
		if (err == nil) != tc.ok {
			t.Errorf("New(%+v): err = %v", tc.cfg, err)
			continue
		}
		if err != nil {
			continue
		}
		s := a.s.(*discordgo.Session)
		if s.Token != "Bot t" || s.Identify.Intents != intents || s.ShardCount != max(int(tc.cfg.ShardCount), 1) || s.ShardID != tc.cfg.ShardID {
			t.Errorf("session: token %q, intents %d, shard %d/%d", s.Token, s.Identify.Intents, s.ShardID, s.ShardCount)
		}
	}
}

func TestPicks(t *testing.T) {
	t0 := time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)
	p := newPicks(time.Minute, 3)
	c := []bot.Choice{{Label: "a", Command: "/suitors a"}}
	p.put("1", c, "u1", t0)
	if got, ok := p.get("1", t0.Add(59*time.Second)); !ok || got.user != "u1" {
		t.Errorf("fresh pick: %+v %v", got, ok)
	}
	if _, ok := p.get("1", t0.Add(time.Minute)); ok {
		t.Error("a pick outlived its TTL")
	}
	for _, k := range []string{"2", "3", "4"} {
		p.put(k, c, "u1", t0.Add(time.Second))
	}
	if _, ok := p.get("2", t0.Add(2*time.Second)); !ok {
		t.Error("pick 2 lost")
	}
	p.put("5", c, "u1", t0.Add(2*time.Second))
	if _, ok := p.get("2", t0.Add(2*time.Second)); ok {
		t.Error("the oldest pick was kept beyond the cap")
	}
	if len(p.m) != 3 || len(p.order) != 3 {
		t.Errorf("%d picks, %d keys remembered, want 3", len(p.m), len(p.order))
	}
}

func TestCheckAttachment(t *testing.T) {
	for _, tc := range []struct {
		att  discordgo.MessageAttachment
		want error
	}{
		{discordgo.MessageAttachment{Filename: "a.txt", ContentType: "text/plain; charset=utf-8", Size: 10}, nil},
		{discordgo.MessageAttachment{Filename: "a.md", Size: 10}, nil},
		{discordgo.MessageAttachment{Filename: "a.txt", ContentType: "text/plain", Size: maxFileBytes + 1}, errTooBig},
		{discordgo.MessageAttachment{Filename: "a.png", ContentType: "image/png", Size: 10}, errNotText},
		{discordgo.MessageAttachment{Filename: "a.exe", ContentType: "application/octet-stream", Size: 10}, errNotText},
		{discordgo.MessageAttachment{Filename: "video.txt", ContentType: "video/mp4", Size: 50 << 20}, errTooBig},
	} {
		if err := checkAttachment(&tc.att); err != tc.want {
			t.Errorf("%s (%s, %d): %v, want %v", tc.att.Filename, tc.att.ContentType, tc.att.Size, err, tc.want)
		}
	}
}

func TestLangOf(t *testing.T) {
	for in, want := range map[discordgo.Locale]string{"fr": "fr", "es-ES": "es", "es-419": "es", "en-GB": "en", "de": "de", "it": "it", "ja": "", "": ""} {
		if got := langOf(in); got != want {
			t.Errorf("langOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRunBadToken(t *testing.T) {
	f := newFakeDiscord(t)
	a, err := New(Config{Token: "wrong"}, newFakeRouter(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a.s.(*discordgo.Session).Client.Transport = f.transport()
	err = a.Run(t.Context())
	if err == nil || !strings.Contains(err.Error(), "401") {
		t.Errorf("Run = %v, want the 401 told", err)
	}
}

// An attachment is accepted as Telegram accepts a document: by the one
// list of article files, bot.ArticleFile.
func TestAttachmentTypesAreTelegrams(t *testing.T) {
	for _, f := range []struct{ name, media string }{
		{"a.txt", "text/plain"}, {"a.html", ""}, {"page", "text/html"}, {"a.md", ""}, {"a.htm", "application/octet-stream"},
		{"a.csv", "text/csv"}, {"a.png", "image/png"}, {"a.pdf", "application/pdf"}, {"a", ""},
	} {
		err := checkAttachment(&discordgo.MessageAttachment{Filename: f.name, ContentType: f.media, Size: 10})
		if want := bot.ArticleFile(f.name, f.media) != bot.NotArticle; (err == nil) != want {
			t.Errorf("%s (%s): %v, want accepted %v", f.name, f.media, err, want)
		}
	}
}
