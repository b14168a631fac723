package telegram

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mercato-bot/mercato/adapters/telegram/telegramtest"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/extract"
	"github.com/mercato-bot/mercato/knowledge/sample"
)

// TestWithRealRouter runs the adapter over the real router and a real
// knowledge base holding the sample corpus.
func TestWithRealRouter(t *testing.T) {
	ctx := context.Background()
	store, err := sample.Open(ctx, filepath.Join(t.TempDir(), "mercato.db"), extract.New().Extract)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	h := startWith(t, bot.NewRouter(store, bot.Options{Logger: testLoggerQuiet()}), nil)
	groupID := strconv.FormatInt(group.ID, 10)
	subs := func() int {
		t.Helper()
		s, err := store.Subscriptions(ctx, "telegram", groupID)
		if err != nil {
			t.Fatal(err)
		}
		return len(s)
	}

	t.Run("suitors", func(t *testing.T) {
		h.say(telegramtest.Private(alice), alice, "/suitors Kamara")
		m := h.waitFor("Atlético Madrid")
		if last := m[len(m)-1]; last.ChatID != alice.ID || last.ParseMode != "HTML" {
			t.Errorf("answer %+v", last)
		}
	})

	t.Run("subscribe and unsubscribe", func(t *testing.T) {
		boss := tgbotapi.User{ID: 900, FirstName: "Boss"}
		h.srv.SetMember(group.ID, boss.ID, "creator")
		h.say(group, alice, "/subscribe@mercato_bot digest Kamara")
		h.say(group, alice, "/suitors@mercato_bot marker-one")
		h.waitFor("marker-one")
		if n := subs(); n != 0 {
			t.Fatalf("a member subscribed the group: %d subscriptions", n)
		}
		h.say(group, boss, "/subscribe@mercato_bot digest Kamara")
		h.say(group, alice, "/suitors@mercato_bot marker-two")
		h.waitFor("marker-two")
		if n := subs(); n != 1 {
			t.Fatalf("the creator's /subscribe left %d subscriptions, want 1", n)
		}
		h.say(group, boss, "/unsubscribe")
		h.say(group, alice, "/suitors@mercato_bot marker-three")
		h.waitFor("marker-three")
		if n := subs(); n != 0 {
			t.Fatalf("/unsubscribe left %d subscriptions", n)
		}
	})

	t.Run("corrections refused", func(t *testing.T) {
		for _, cmd := range []string{"/retract Kamara | Atlético Madrid", "/setclub Kamara | Aston Villa", "/setcontract Kamara 2027-06", "/undo 1", "/forget 1"} {
			h.say(telegramtest.Private(alice), alice, cmd)
			name, _, _ := bot.ParseCommand(cmd)
			h.waitFor("Only admins can use /" + name + ".")
		}
		if cs, err := store.Corrections(ctx, 0, false); err != nil || len(cs) != 0 {
			t.Errorf("corrections after a member's: %+v, %v", cs, err)
		}
		if st, err := store.Stats(ctx); err != nil || st.Articles == 0 {
			t.Errorf("stats %+v, %v: the member's /forget removed an article", st, err)
		}
		h.say(telegramtest.Private(admin), admin, "/retract Kamara | Atlético Madrid")
		h.waitFor("Correction n° 1 : Atlético Madrid ne suit pas Boubacar Kamara.")
		if cs, err := store.Corrections(ctx, 0, false); err != nil || len(cs) != 1 || cs[0].Author != strconv.FormatInt(admin.ID, 10) || cs[0].Platform != "telegram" {
			t.Errorf("corrections after the admin's: %+v, %v", cs, err)
		}
	})

	t.Run("ingest refused", func(t *testing.T) {
		article := "Aston Villa have agreed a deal with Boubacar Kamara, who leaves Marseille on a free transfer, according to The Athletic."
		h.say(telegramtest.Private(alice), alice, "/ingest "+article)
		h.waitFor("Only the bot's admins")
		res, err := store.Ingest(ctx, knowledge.Input{Text: article})
		if err != nil {
			t.Fatalf("Ingest: %v", err)
		}
		if res.Duplicate {
			t.Errorf("the refused /ingest stored the article")
		}
	})
}
