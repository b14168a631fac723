package bot

import (
	"slices"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

// TestByLink checks that byLink groups reports by player and club and
// keeps the order of each link's reports, whatever cycles the sort makes.
func TestByLink(t *testing.T) {
	r := func(player, club string, id int64) knowledge.Report {
		return knowledge.Report{Player: player, Club: club, LinkID: id}
	}
	tests := []struct {
		name string
		in   []knowledge.Report
		want []int64
	}{
		{"empty", nil, []int64{}},
		{"sorted", []knowledge.Report{r("A", "X", 1), r("A", "Y", 2)}, []int64{1, 2}},
		{"reversed", []knowledge.Report{r("B", "Y", 3), r("B", "X", 2), r("A", "X", 1)}, []int64{1, 2, 3}},
		{"stable within a link", []knowledge.Report{r("A", "Y", 5), r("A", "X", 9), r("A", "Y", 1), r("A", "X", 4)}, []int64{9, 4, 5, 1}},
		{"two cycles", []knowledge.Report{r("A", "Y", 2), r("A", "X", 1), r("B", "Y", 4), r("B", "X", 3)}, []int64{1, 2, 3, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := slices.Clone(tt.in)
			byLink(rs)
			got := []int64{}
			for _, x := range rs {
				got = append(got, x.LinkID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("byLink = %v, want %v", got, tt.want)
			}
		})
	}
}
