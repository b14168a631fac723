package jobs

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
)

func TestReminders(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	st := newFakeStore()
	st.expiring = []knowledge.Expiring{
		{Player: "Boubacar Kamara", Club: "Marseille", Expires: date("2022-06")},
		{Player: "Sergi Roberto", Club: "Barcelona", Expires: date("2022")},
		{Player: "Franck Kessié", Club: "AC Milan", Expires: date("2022-06-30")},
	}
	all := st.subscribe(knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubReminders})
	club := st.subscribe(knowledge.Subscription{Platform: "telegram", Chat: "2", Kind: knowledge.SubReminders, Filter: knowledge.FilterClub, FilterName: "marseille"})
	player := st.subscribe(knowledge.Subscription{Platform: "telegram", Chat: "3", Kind: knowledge.SubReminders, Filter: knowledge.FilterPlayer, FilterName: "Sergi Roberto"})
	r := &reminders{store: st, loc: paris, beforeDays: []int{30, 7, 0}}

	// day runs the job as of 9:00 in Paris and returns each subscription's text.
	day := func(d string) map[int64]string {
		now, _ := time.ParseInLocation("2006-01-02 15:04", d+" 09:00", paris)
		compose, err := r.start(context.Background(), now)
		if err != nil {
			t.Fatal(err)
		}
		out := map[int64]string{}
		for _, sub := range []knowledge.Subscription{all, club, player} {
			m, ok, err := compose(context.Background(), sub)
			if err != nil {
				t.Fatal(err)
			}
			if ok {
				out[sub.ID] = flat(m.reply)
				if err := m.claim(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
		}
		return out
	}
	steps := []struct {
		day  string
		want map[int64][]string // by subscription: what the text holds
	}{
		{"2022-05-01", nil},
		{"2022-06-01", map[int64][]string{
			all.ID:  {"Boubacar Kamara — contract with Marseille ends on 30 June 2022, in 29 days", "Franck Kessié — contract with AC Milan ends on 30 June 2022, in 29 days"},
			club.ID: {"Boubacar Kamara's contract with Marseille ends on 30 June 2022, in 29 days."},
		}},
		{"2022-06-02", nil}, // the 30-day reminder went out: once ever
		{"2022-06-25", map[int64][]string{all.ID: {"in 5 days"}, club.ID: {"in 5 days"}}},
		{"2022-06-30", map[int64][]string{all.ID: {"ends today"}, club.ID: {"ends today"}}},
		{"2022-07-01", nil},
		{"2022-12-01", map[int64][]string{all.ID: {"Sergi Roberto's contract with Barcelona ends in 2022, in 30 days."}, player.ID: {"Sergi Roberto"}}},
	}
	for _, s := range steps {
		got := day(s.day)
		if len(got) != len(s.want) {
			t.Errorf("%s: %d messages %v, want %d", s.day, len(got), got, len(s.want))
		}
		for id, subs := range s.want {
			for _, w := range subs {
				if !strings.Contains(got[id], w) {
					t.Errorf("%s: subscription %d got %q, want it to hold %q", s.day, id, got[id], w)
				}
			}
		}
	}
}

// A first run 5 days before the end sends one reminder, not a 30-day and a
// 7-day one, and a reminder missed by an outage still goes out after.
func TestRemindersCatchUp(t *testing.T) {
	st := newFakeStore()
	st.expiring = []knowledge.Expiring{{Player: "Boubacar Kamara", Club: "Marseille", Expires: date("2022-06-30")}}
	sub := st.subscribe(knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubReminders})
	r := &reminders{store: st, loc: time.UTC, beforeDays: []int{30, 7, 0}}
	run := func(d string) (string, bool) {
		compose, _ := r.start(context.Background(), date(d).Start().Add(9*time.Hour))
		m, ok, err := compose(context.Background(), sub)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			_ = m.claim(context.Background())
		}
		return flat(m.reply), ok
	}
	if txt, ok := run("2022-06-25"); !ok || !strings.Contains(txt, "in 5 days") {
		t.Errorf("first run: %v %q", ok, txt)
	}
	for _, d := range []string{"2022-06-26", "2022-06-29"} {
		if txt, ok := run(d); ok {
			t.Errorf("%s: sent again %q", d, txt)
		}
	}
	// The day-0 run failed; two days later it is still sent, once.
	if txt, ok := run("2022-07-02"); !ok || !strings.Contains(txt, "ended on 30 June 2022, 2 days ago") {
		t.Errorf("after the outage: %v %q", ok, txt)
	}
	if _, ok := run("2022-07-03"); ok {
		t.Errorf("sent twice")
	}
	if _, ok := run("2022-07-20"); ok {
		t.Errorf("sent long after the end")
	}
}
