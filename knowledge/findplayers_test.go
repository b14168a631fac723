package knowledge

import (
	"context"
	"errors"
	"slices"
	"testing"
)

func TestFindPlayers(t *testing.T) {
	glen := PlayerMatch{PlayerRef{ID: 1, Name: "Glen Kamara"}, 0}
	boubacar := PlayerMatch{PlayerRef{ID: 2, Name: "Boubacar Kamara"}, 1}
	alias := PlayerMatch{PlayerRef{ID: 3, Name: "Glen Kamara Jr"}, 2}
	tests := []struct {
		q     string
		found []PlayerMatch
		want  []string
	}{
		{"Glen Kamara", []PlayerMatch{glen, boubacar, alias}, []string{"Glen Kamara"}}, // a full name hides surname matches
		{"Kamara", []PlayerMatch{glen, boubacar}, []string{"Glen Kamara", "Boubacar Kamara"}},
		{"Kamara", []PlayerMatch{boubacar, alias}, []string{"Boubacar Kamara", "Glen Kamara Jr"}},
		{"Glen Kamara", []PlayerMatch{boubacar, alias}, []string{"Boubacar Kamara", "Glen Kamara Jr"}}, // nobody's full name
		{"Nobody", nil, []string{}},
		{"  ", []PlayerMatch{glen}, []string{}}, // not read at all
	}
	for _, tt := range tests {
		var asked string
		got, err := FindPlayers(context.Background(), tt.q, func(_ context.Context, fold string) ([]PlayerMatch, error) {
			asked = fold
			return tt.found, nil
		})
		names := []string{}
		for _, p := range got {
			names = append(names, p.Name)
		}
		if err != nil || !slices.Equal(names, tt.want) {
			t.Errorf("FindPlayers(%q) over %v = %v, %v; want %v", tt.q, tt.found, names, err, tt.want)
		}
		if tt.q == "Glen Kamara" && asked != "glen kamara" {
			t.Errorf("FindPlayers(%q) read %q, want the folded name", tt.q, asked)
		}
	}
	boom := errors.New("boom")
	if _, err := FindPlayers(context.Background(), "Kamara", func(context.Context, string) ([]PlayerMatch, error) { return nil, boom }); !errors.Is(err, boom) {
		t.Errorf("FindPlayers with a failing read = %v, want it", err)
	}
}
