package heat

import (
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// story writes steps as "2021-07 Monaco interest (La Marseillaise), ... | ...".
func story(steps []Step) string {
	var lines []string
	for _, s := range steps {
		var cs []string
		for _, c := range s.Changes {
			x := c.Club + " " + string(c.Stage)
			if c.Source != "" {
				x += " (" + c.Source + ")"
			}
			cs = append(cs, x)
		}
		d := s.Date.String()
		if s.Date.IsZero() {
			d = "undated"
		}
		lines = append(lines, d+" "+strings.Join(cs, ", "))
	}
	return strings.Join(lines, " | ")
}

// TestTimeline checks the story told of hand-built reports.
func TestTimeline(t *testing.T) {
	type crep struct{ date, club, stage, source string }
	tests := []struct {
		name    string
		rs      []crep
		max     int
		want    string
		dropped int
	}{
		{name: "date order, changes only, undated last",
			rs: []crep{{"2022-03-24", "Atlético Madrid", "advanced", "GOAL"}, {"", "Barcelona", "interest", ""},
				{"2021-07", "Monaco", "bid", "Alfredo Pedullà"}, {"2021-11", "AC Milan", "advanced", ""},
				{"2021-11-20", "Monaco", "bid", "Le Phocéen"}, {"2022-03-24", "Chelsea", "ended", "GOAL"},
				{"", "Atlético Madrid", "advanced", ""}},
			want: "2021-07 Monaco bid (Alfredo Pedullà) | 2021-11 AC Milan advanced | " +
				"2022-03 Atlético Madrid advanced (GOAL), Chelsea ended (GOAL) | undated Barcelona interest"},
		{name: "a club once a month, at the stage it ended the month at",
			rs: []crep{{"2022-01-02", "Napoli", "interest", "A"}, {"2022-01-20", "Napoli", "bid", "B"},
				{"2022-02-03", "Napoli", "bid", "C"}, {"2022-02-10", "Napoli", "ended", "D"},
				{"2022-02-20", "Napoli", "bid", "E"}, {"2022-03-01", "Napoli", "talks", "F"}},
			want: "2022-01 Napoli bid (B) | 2022-03 Napoli talks (F)"},
		{name: "the newest steps kept", max: 2,
			rs:   []crep{{"2022-01", "A", "interest", ""}, {"2022-02", "A", "talks", ""}, {"2022-03", "A", "bid", ""}},
			want: "2022-02 A talks | 2022-03 A bid", dropped: 1},
		{name: "no report", want: ""},
	}
	for _, tt := range tests {
		var rs []knowledge.Report
		for i, r := range tt.rs {
			rs = append(rs, knowledge.Report{LinkID: int64(i), Club: r.club, Stage: facts.Stage(r.stage),
				Published: day(t, r.date), Source: r.source})
		}
		steps, dropped := Timeline(rs, tt.max)
		if got := story(steps); got != tt.want || dropped != tt.dropped {
			t.Errorf("%s:\n got %s (%d dropped)\nwant %s (%d dropped)", tt.name, got, dropped, tt.want, tt.dropped)
		}
	}
}
