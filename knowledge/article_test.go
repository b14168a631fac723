package knowledge

import "testing"

func TestLinkChanges(t *testing.T) {
	type key struct{ player, club int64 }
	tests := []struct {
		name          string
		before, after map[key]string
		want          Changes
	}{
		{"none", nil, nil, Changes{}},
		{"same", map[key]string{{1, 2}: "bid"}, map[key]string{{1, 2}: "bid"}, Changes{}},
		{"added", nil, map[key]string{{1, 2}: "bid"}, Changes{LinksAdded: 1}},
		{"removed", map[key]string{{1, 2}: "bid"}, nil, Changes{LinksRemoved: 1}},
		{"changed", map[key]string{{1, 2}: "bid"}, map[key]string{{1, 2}: "done"}, Changes{LinksChanged: 1}},
		{"all three", map[key]string{{1, 2}: "bid", {1, 3}: "talks"},
			map[key]string{{1, 2}: "ended", {4, 3}: "interest"}, Changes{LinksAdded: 1, LinksRemoved: 1, LinksChanged: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LinkChanges(tt.before, tt.after); got != tt.want {
				t.Errorf("LinkChanges = %+v, want %+v", got, tt.want)
			}
		})
	}
}
