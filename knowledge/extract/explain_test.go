package extract

import (
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestExplain: every link, current club and contract comes with the rules
// that fired and the words they fired on, and Explain reads what Extract reads.
func TestExplain(t *testing.T) {
	x := New()
	tests := []struct {
		text              string
		club, cur, contra string // a rule of the link to club, of the current club, of the contract
	}{
		{" date 2023-06 Brighton's Moisés Caicedo, whose contract runs until 2025, is wanted by Chelsea.", "stage-interest", "clubs-player", "contract:held-until"},
		{" date 2023-06 Arsenal made an offer for Declan Rice, whose deal at West Ham runs until 2024.", "stage-bid", "contract-with-club", "contract:held-until"},
		{" date 2023-06 La Juventus segue Teun Koopmeiners, il centrocampista dell'Atalanta legato fino al 2025.", "stage-interest", "apposition-of-club", "contract:held-until"},
	}
	for _, tt := range tests {
		a, e := x.Explain(tt.text, Hints{})
		if b := x.Extract(tt.text, Hints{}); !sameFacts(a, b) {
			t.Errorf("%q: Explain and Extract differ", tt.text)
		}
		if len(a.Players) != 1 || len(e.Players) != 1 || len(a.Players[0].Suitors) != 1 || len(e.Players[0].Suitors) != 1 {
			t.Errorf("%q: players %+v, explanation %+v", tt.text, a.Players, e.Players)
			continue
		}
		p := e.Players[0]
		if !hasRule(p.Suitors[0].Reasons, tt.club) || !hasRule(p.Suitors[0].Reasons, "decide:") {
			t.Errorf("%q: link reasons %+v, want %s and a decision", tt.text, p.Suitors[0].Reasons, tt.club)
		}
		if !hasRule(p.CurrentClub, tt.cur) {
			t.Errorf("%q: club reasons %+v, want %s", tt.text, p.CurrentClub, tt.cur)
		}
		if !hasRule(p.Contract, tt.contra) {
			t.Errorf("%q: contract reasons %+v, want %s", tt.text, p.Contract, tt.contra)
		}
		if c := a.Players[0].Suitors[0].Confidence; c <= 0 || c > 1 {
			t.Errorf("%q: confidence %v", tt.text, c)
		}
	}
}

// TestConfidence: a club the sentence names beside a stage word is a firmer
// link than one read from the passage around it.
func TestConfidence(t *testing.T) {
	x := New()
	a := x.Extract(" date 2023-06 Arsenal are tracking Declan Rice. The Gunners have also made an offer for Moisés Caicedo, Brighton's midfielder. They want Mason Mount too.", Hints{})
	conf := map[string]float64{}
	for _, p := range a.Players {
		for _, s := range p.Suitors {
			conf[p.Name] = s.Confidence
		}
	}
	if conf["Declan Rice"] == 0 || conf["Mason Mount"] == 0 || conf["Declan Rice"] <= conf["Mason Mount"] {
		t.Errorf("confidences %v: want Rice's (club named) above Mount's (club of the passage)", conf)
	}
}

func hasRule(rs []facts.Reason, prefix string) bool {
	for _, r := range rs {
		if strings.HasPrefix(r.Rule, prefix) && (r.Words != "" || strings.HasPrefix(r.Rule, "decide:")) {
			return true
		}
	}
	return false
}

func sameFacts(a, b facts.Article) bool {
	if len(a.Players) != len(b.Players) {
		return false
	}
	for i := range a.Players {
		pa, pb := a.Players[i], b.Players[i]
		if pa.Name != pb.Name || pa.CurrentClub != pb.CurrentClub || pa.ContractExpires != pb.ContractExpires || len(pa.Suitors) != len(pb.Suitors) {
			return false
		}
		for j := range pa.Suitors {
			if pa.Suitors[j] != pb.Suitors[j] {
				return false
			}
		}
	}
	return true
}
