package telegramtest

import (
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestParseHTML(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"<b>bold</b> &lt;b&gt; &amp; &quot; &#39; &#x41;", `bold <b> & " ' A`, true},
		{"<b>a</b><i>b</i><a href='x'>c</a>", "abc", true},
		{"a < b", "", false},
		{"a > b", "", false},
		{"a & b", "", false},
		{"&nbsp;", "", false},
		{"<b>a", "", false},
		{"<b>a</i>", "", false},
		{"<script>x</script>", "", false},
		{"</b>", "", false},
	}
	for _, c := range cases {
		got, err := ParseHTML(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseHTML(%q) = %q, %v; want %q, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}

// TestInMemory drives the in-memory fake with the real SDK.
func TestInMemory(t *testing.T) {
	s := NewInMemory()
	defer s.Close()
	api, err := tgbotapi.NewBotAPIWithClient(s.Token, s.Endpoint(), s.Client())
	if err != nil {
		t.Fatal(err)
	}
	if api.Self.UserName != "mercato_bot" {
		t.Errorf("getMe = %+v", api.Self)
	}
	user := tgbotapi.User{ID: 5, FirstName: "A"}
	id, err := s.Push(s.Message(Private(user), user, "/help"))
	if err != nil {
		t.Fatal(err)
	}
	ups, err := api.GetUpdates(tgbotapi.UpdateConfig{Timeout: 1})
	if err != nil || len(ups) != 1 || ups[0].UpdateID != id || ups[0].Message.Command() != "help" {
		t.Fatalf("getUpdates = %+v, %v", ups, err)
	}
	if _, err := api.GetUpdates(tgbotapi.UpdateConfig{Offset: id + 1}); err != nil || s.Pending() != 0 {
		t.Errorf("offset did not confirm: pending %d, %v", s.Pending(), err)
	}
	msg := tgbotapi.NewMessage(5, "<b>hi</b>")
	msg.ParseMode = "HTML"
	if _, err := api.Send(msg); err != nil {
		t.Fatal(err)
	}
	msg.Text = "<b>unclosed"
	if _, err := api.Send(msg); err == nil {
		t.Error("sent bad HTML")
	}
	s.Fail("sendMessage", Fault{Code: 429, Description: "Too Many Requests: retry after 2", RetryAfter: 2})
	_, err = api.Send(tgbotapi.NewMessage(5, "x"))
	if e, ok := err.(*tgbotapi.Error); !ok || e.Code != 429 || e.RetryAfter != 2 {
		t.Errorf("429 = %#v", err)
	}
	if sent := s.WaitSent(1, time.Second); len(sent) != 1 || sent[0].Shown != "hi" {
		t.Errorf("sent = %+v", sent)
	}
}
