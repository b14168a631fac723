package facts

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestPlayerJSON(t *testing.T) {
	tests := []struct {
		p    Player
		club string // the current_club member as written
	}{
		{Player{Name: "Boubacar Kamara", CurrentClub: "Marseille", ContractExpires: Date{Year: 2022, Month: 6}}, `"current_club":"Marseille"`},
		{Player{Name: "Florian Thauvin"}, `"current_club":null`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.p)
		if err != nil || !strings.Contains(string(b), tt.club) || strings.Count(string(b), "current_club") != 1 {
			t.Errorf("Marshal(%+v) = %s, %v; want one %s", tt.p, b, err, tt.club)
		}
		var back Player
		if err := json.Unmarshal(b, &back); err != nil || back.Name != tt.p.Name || back.CurrentClub != tt.p.CurrentClub || back.ContractExpires != tt.p.ContractExpires {
			t.Errorf("Unmarshal(%s) = %+v, %v; want %+v", b, back, err, tt.p)
		}
	}
}
