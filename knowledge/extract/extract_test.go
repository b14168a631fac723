package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

func TestParseHeader(t *testing.T) {
	tests := []struct {
		in, want, body string
	}{
		{" date 2022-03-24 Boubacar Kamara", "2022-03-24", "Boubacar Kamara"},
		{" date 2021-11 Publié par", "2021-11", "Publié par"},
		{"date 2021-11\nText", "2021-11", "\nText"},
		{" date 2021-13 Bad month", "", " date 2021-13 Bad month"},
		{" date 20xx Nope", "", " date 20xx Nope"},
		{"No header here", "", "No header here"},
		{" date 2021-11-05x", "", " date 2021-11-05x"},
		{"", "", ""},
		{"Date: 2023-06-21\nArsenal", "2023-06-21", "Arsenal"},
		{"2023-06-21\nArsenal", "2023-06-21", "Arsenal"},
		{"Published 21 June 2023\nArsenal", "2023-06-21", "Arsenal"},
		{"Publié le 3 juillet 2023\nL'OM", "2023-07-03", "L'OM"},
		{"Publicado el 4 de enero de 2024\nEl Real", "2024-01-04", "El Real"},
		{"Pubblicato il 5 marzo 2024\nLa Roma", "2024-03-05", "La Roma"},
		{"Veröffentlicht am 6. März 2024\nDer FC", "2024-03-06", "Der FC"},
		{"Published 30 February 2023\nx", "", "Published 30 February 2023\nx"},
	}
	for _, tt := range tests {
		d, body := ParseHeader(tt.in)
		if d.String() != tt.want || body != tt.body {
			t.Errorf("ParseHeader(%q) = %q, %q; want %q, %q", tt.in, d, body, tt.want, tt.body)
		}
	}
}

func TestPublished(t *testing.T) {
	x := New()
	tests := []struct{ text, want string }{
		{"Publié par Timothée Jean le 23 novembre 2021 à 20:56\n\nLe texte.", "2021-11-23"},
		{"Publié le 26 août 2021\n\nLe feuilleton.", "2021-08-26"},
		{"Roma, 6 febbraio 2023 – Il futuro di Nicolò Zaniolo.", "2023-02-06"},
		{"Leipzig, 11. Januar 2021 – Beim FC Bayern steht Dayot Upamecano.", "2021-01-11"},
		{"Madrid, 3 de marzo de 2024. El Real Madrid.", "2024-03-03"},
		{"Posted on March 3, 2021 by the desk.", "2021-03-03"},
		{" date 2022-06 Der FC Bayern, 11. Januar 2021.", "2022-06"},
		{"No date at all in this text.", ""},
	}
	for _, tt := range tests {
		if got := x.Extract(tt.text, Hints{}).Published.String(); got != tt.want {
			t.Errorf("published of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
	if got := x.Extract("Publié le 26 août 2021", Hints{Published: facts.Date{Year: 2020, Month: 1}}).Published.String(); got != "2020-01" {
		t.Errorf("hint should win, got %q", got)
	}
}

// player returns the named player of an extraction, or fails.
func player(t *testing.T, a facts.Article, name string) facts.Player {
	t.Helper()
	for _, p := range a.Players {
		if p.Name == name {
			return p
		}
	}
	t.Fatalf("no player %q in %+v", name, a.Players)
	return facts.Player{}
}

func TestContracts(t *testing.T) {
	x := New()
	tests := []struct{ text, want string }{
		{" date 2022-03-24 Arsenal are keen on Boubacar Kamara, whose contract at Marseille expires on June 30.", "2022-06"},
		{" date 2021-11 Le Real Madrid suit Boubacar Kamara, en fin de contrat en juin 2022.", "2022-06"},
		{" date 2021-11 Boubacar Kamara voit son bail avec l'OM se terminer en juin prochain.", "2022-06"},
		{" date 2023-01 El Barcelona sigue a Martín Zubimendi, con contrato hasta 2027.", "2027"},
		{" date 2022-01 La Juventus segue Dusan Vlahovic. Il contratto di Dusan Vlahovic scade a giugno 2023.", "2023-06"},
		{" date 2023-07 La Juventus segue Sergej Milinkovic, il cui contratto scade a giugno del prossimo anno.", "2024-06"},
		{" date 2022-06 Der FC Bayern will Sadio Mané. Manés Vertrag bei den Reds läuft im Sommer 2023 aus.", "2023-06"},
		{" date 2023-06-23 Manchester United want Mason Mount, who has 12 months left on his contract.", "2024-06"},
		{" date 2024-02-18 Real Madrid want Kylian Mbappé, whose contract expires this summer.", "2024-06"},
		{" date 2021-03-04 Liverpool are interested in Boubacar Kamara before his contract expires in 2022.", "2022"},
	}
	for _, tt := range tests {
		a := x.Extract(tt.text, Hints{})
		if len(a.Players) == 0 {
			t.Errorf("%q: no player", tt.text)
			continue
		}
		if got := a.Players[0].ContractExpires.String(); got != tt.want {
			t.Errorf("%q: contract %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestStages(t *testing.T) {
	x := New()
	tests := []struct {
		text, club string
		want       facts.Stage
	}{
		{"Arsenal are monitoring Declan Rice.", "Arsenal", facts.StageInterest},
		{"Chelsea have opened talks with Declan Rice.", "Chelsea", facts.StageTalks},
		{"Manchester City have made a bid for Declan Rice.", "Manchester City", facts.StageBid},
		{"Atletico Madrid are leading the race for Boubacar Kamara.", "Atlético Madrid", facts.StageAdvanced},
		{"Liverpool have completed the signing of Darwin Nunez.", "Liverpool", facts.StageDone},
		{"Chelsea were linked with Declan Rice last summer.", "Chelsea", facts.StageEnded},
		{"Le PSG a trouvé un accord verbal avec Marcus Thuram.", "Paris Saint-Germain", facts.StageAdvanced},
		{"El Barcelona negocia con Nico Williams.", "Barcelona", facts.StageTalks},
		{"La Juventus segue con attenzione Federico Chiesa.", "Juventus", facts.StageInterest},
		{"Der FC Bayern hat Florian Wirtz abgesagt.", "Bayern Munich", facts.StageEnded},
		{"Arsenal saw a first bid for Declan Rice rejected and are now working on a third proposal.", "Arsenal", facts.StageBid},
	}
	for _, tt := range tests {
		a := x.Extract(tt.text, Hints{})
		found := false
		for _, p := range a.Players {
			for _, s := range p.Suitors {
				if s.Club == tt.club {
					found = true
					if s.Stage != tt.want {
						t.Errorf("%q: %s stage %q, want %q", tt.text, tt.club, s.Stage, tt.want)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found in %+v", tt.text, tt.club, a.Players)
		}
	}
}

func TestCurrentClubIsNoSuitor(t *testing.T) {
	x := New()
	a := x.Extract(" date 2024-12-22 Barcelona midfielder Dani Olmo is attracting interest from Arsenal and Manchester City, according to The Sun.", Hints{})
	p := player(t, a, "Dani Olmo")
	if p.CurrentClub != "Barcelona" {
		t.Errorf("current club %q, want Barcelona", p.CurrentClub)
	}
	got := map[string]bool{}
	for _, s := range p.Suitors {
		got[s.Club] = true
		if s.Source != "The Sun" {
			t.Errorf("%s: source %q, want The Sun", s.Club, s.Source)
		}
		if s.Sentence == "" {
			t.Errorf("%s: no sentence", s.Club)
		}
	}
	if got["Barcelona"] || !got["Arsenal"] || !got["Manchester City"] {
		t.Errorf("suitors %v", got)
	}
}

func TestClubsByNickname(t *testing.T) {
	x := New()
	tests := []struct{ text, club string }{
		{"Les Colchoneros suivent Boubacar Kamara.", "Atlético Madrid"},
		{"The Gunners are keen on Declan Rice.", "Arsenal"},
		{"I Rossoneri seguono Boubacar Kamara.", "AC Milan"},
		{"Die Königsblauen beobachten Florian Wirtz.", "Schalke 04"},
		{"Los blancos siguen a Nico Williams.", "Real Madrid"},
		{"Der BVB beobachtet Florian Wirtz.", "Borussia Dortmund"},
	}
	for _, tt := range tests {
		a := x.Extract(tt.text, Hints{})
		if len(a.Players) == 0 || len(a.Players[0].Suitors) == 0 || a.Players[0].Suitors[0].Club != tt.club {
			t.Errorf("%q: got %+v, want %s", tt.text, a.Players, tt.club)
		}
	}
}

func TestWeakNamesNeedContext(t *testing.T) {
	x := New()
	// "Milan" is a first name here and "City" means nothing without Manchester City
	a := x.Extract("Paris Saint-Germain are keen on Milan Skriniar. The City of London is busy.", Hints{})
	for _, p := range a.Players {
		for _, s := range p.Suitors {
			if s.Club == "AC Milan" || s.Club == "Manchester City" {
				t.Errorf("weak name taken as a club: %+v", s)
			}
		}
	}
}

func TestNoFootball(t *testing.T) {
	x := New()
	for _, text := range []string{"", "The weather in Paris is nice today.", "\x00\x01\x02", "«««", "🙂🙂🙂"} {
		if a := x.Extract(text, Hints{}); len(a.Players) != 0 {
			t.Errorf("%q: players %+v", text, a.Players)
		}
	}
}

func TestFees(t *testing.T) {
	x := New()
	a := x.Extract(" date 2023-06-23 Manchester United's offer of £50m plus £5m in add-ons for Mason Mount was rejected by Chelsea.", Hints{})
	p := player(t, a, "Mason Mount")
	if len(p.Fees) == 0 || p.Fees[0].Amount != 50000000 || p.Fees[0].Currency != "GBP" || p.Fees[0].Kind != facts.FeeBid || p.Fees[0].Status != facts.FeeRejected {
		t.Errorf("fees %+v", p.Fees)
	}
	a = x.Extract(" date 2022-05 Le Real Madrid a transmis une offre de 70 millions d'euros pour Aurélien Tchouaméni.", Hints{})
	p = player(t, a, "Aurélien Tchouaméni")
	if len(p.Fees) == 0 || p.Fees[0].Amount != 70000000 || p.Fees[0].Currency != "EUR" {
		t.Errorf("fees %+v", p.Fees)
	}
	a = x.Extract(" date 2021-01 Der FC Bayern will Dayot Upamecano. Die Ausstiegsklausel soll bei 42,5 Millionen Euro liegen.", Hints{})
	p = player(t, a, "Dayot Upamecano")
	if len(p.Fees) == 0 || p.Fees[0].Amount != 42500000 || p.Fees[0].Kind != facts.FeeReleaseClause {
		t.Errorf("fees %+v", p.Fees)
	}
}
