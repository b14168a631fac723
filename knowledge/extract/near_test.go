package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestNearClub: with no rule naming his club, the club named in the
// sentences about a player that does not pursue him is his.
func TestNearClub(t *testing.T) {
	checkCurrent(t, New(), []clubCase{
		{" date 2023-07 Arsenal are keen on Declan Rice. West Ham United confirmed that the midfielder trained alone on Monday.", "Declan Rice", "West Ham United"},
		{" date 2023-07 Le PSG s'intéresse à Jonathan David. Le LOSC a confirmé que l'attaquant s'est entraîné seul lundi.", "Jonathan David", "Lille"},
		{" date 2023-07 El Chelsea sigue a Nico Williams. El Athletic Club confirmó que el extremo se entrenó solo el lunes.", "Nico Williams", "Athletic Club"},
		{" date 2023-07 La Juventus segue Teun Koopmeiners. Con l'Atalanta il centrocampista ha segnato dieci gol.", "Teun Koopmeiners", "Atalanta"},
		{" date 2023-07 Der FC Bayern beobachtet Florian Wirtz. Bayer Leverkusen bestätigte, dass der Spielmacher bleiben will.", "Florian Wirtz", "Bayer Leverkusen"},
		// a suitor is never his club by default
		{" date 2023-07 Arsenal are keen on Declan Rice.", "Declan Rice", ""},
	})
}

// TestDepartureClub: the club that copes with or prepares a player's
// departure is his.
func TestDepartureClub(t *testing.T) {
	checkCurrent(t, New(), []clubCase{
		{" date 2025-05 Leverkusen muss den Abgang von Jonathan Tah verkraften, der vor einem Wechsel zum FC Bayern steht.", "Jonathan Tah", "Bayer Leverkusen"},
		{" date 2025-05 Arsenal are preparing for the departure of Thomas Partey to Juventus.", "Thomas Partey", "Arsenal"},
		{" date 2025-05 L'OM prépare le départ de Mattéo Guendouzi vers la Lazio.", "Mattéo Guendouzi", "Marseille"},
		{" date 2025-05 El Sevilla negocia la salida de Jules Koundé al Chelsea.", "Jules Koundé", "Sevilla"},
		{" date 2025-05 Il Napoli prepara la cessione di Victor Osimhen al Chelsea.", "Victor Osimhen", "Napoli"},
	})
}

// TestDealWithPlayerAndClub: a buyer talking with the player and a club
// talks with his club.
func TestDealWithPlayerAndClub(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2016-04 Der FC Bayern will Mats Hummels. Die Münchner räumten ein, mit dem Innenverteidiger und dem BVB Gespräche zu führen.", "Mats Hummels", "Borussia Dortmund"},
		{" date 2016-04 Chelsea want Declan Rice. The Blues are in talks with the midfielder and West Ham United.", "Declan Rice", "West Ham United"},
		{" date 2016-04 Le PSG veut Jonathan David. Les Parisiens négocient avec l'attaquant et le LOSC.", "Jonathan David", "Lille"},
		{" date 2016-04 El Chelsea quiere a Nico Williams. Los blues negocian con el extremo y el Athletic Club.", "Nico Williams", "Athletic Club"},
		{" date 2016-04 La Juventus vuole Teun Koopmeiners. I bianconeri trattano con il centrocampista e l'Atalanta.", "Teun Koopmeiners", "Atalanta"},
	})
	if st, _ := stageOfPair(x, " date 2016-04 Chelsea are in talks with the midfielder and West Ham United over Declan Rice.", "Declan Rice", "West Ham United"); st != "" {
		t.Errorf("the club dealt with alongside the player is a suitor: %q", st)
	}
}

// TestOwnClubClauses: a club turned down is no club of his, a description
// opening a sentence is the passage's player, a German leave verb closes
// its clause, a player plays where a relative clause says.
func TestOwnClubClauses(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2023-02 La Roma vuole vendere Nicolò Zaniolo. Il giocatore ha detto no al Bournemouth, che aveva offerto 30 milioni.", "Nicolò Zaniolo", "Roma"},
		{" date 2023-02 Nicolò Zaniolo said no to Bournemouth, who had offered £30m.", "Nicolò Zaniolo", ""},
		{" date 2021-01 Der FC Bayern will Dayot Upamecano. Der Innenverteidiger von RB Leipzig gilt als Wunschnachfolger von David Alaba.", "Dayot Upamecano", "RB Leipzig"},
		{" date 2021-01 Real Madrid will David Alaba, der den Rekordmeister ablösefrei verlassen wird.", "David Alaba", "Bayern Munich"},
		{" date 2021-01 Auch der FC Chelsea, wo mit Timo Werner ein alter Bekannter spielt, beobachtet Dayot Upamecano.", "Timo Werner", "Chelsea"},
		{" date 2021-01 Chelsea, where Kai Havertz plays, are watching Dayot Upamecano.", "Kai Havertz", "Chelsea"},
		{" date 2021-01 L'OM, où joue Mattéo Guendouzi, suit Dayot Upamecano.", "Mattéo Guendouzi", "Marseille"},
	})
	// where he heads is no club he leaves
	if _, p := stageOfPair(x, " date 2016-04 Dortmund bestätigte, dass Mats Hummels den Verein in Richtung FC Bayern verlassen will.", "Mats Hummels", ""); p.CurrentClub == "Bayern Munich" {
		t.Error("the club he heads to read as the one he leaves")
	}
	// the club of the relative clause still pursues the other player
	if st, _ := stageOfPair(x, " date 2021-01 Auch der FC Chelsea, wo mit Timo Werner ein alter Bekannter spielt, beobachtet Dayot Upamecano.", "Dayot Upamecano", "Chelsea"); st == "" {
		t.Error("the club where Werner plays lost its pursuit of Upamecano")
	}
}

// TestOwnedAndOpeningWith: a club calling him its own, and a deal told
// with the selling club at the head of the sentence.
func TestOwnedAndOpeningWith(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2022-07 Marcos Alonso quiere salir. El Chelsea se resiste a dejar salir a su lateral.", "Marcos Alonso", "Chelsea"},
		{" date 2022-07 Marcos Alonso wants to leave. Chelsea will not let their defender go.", "Marcos Alonso", "Chelsea"},
		{" date 2022-07 Marcos Alonso veut partir. Chelsea refuse de céder son défenseur.", "Marcos Alonso", "Chelsea"},
		{" date 2022-07 Nicolò Barella vuole partire. L'Inter non intende privarsi del suo centrocampista.", "Nicolò Barella", "Inter Milan"},
		{" date 2022-07 Joshua Kimmich will gehen. Der FC Bayern will seinen Mittelfeldspieler nicht abgeben.", "Joshua Kimmich", "Bayern Munich"},
		{" date 2023-07 Il Milan cerca rinforzi. Con il Real Madrid si tratta per un nuovo prestito di Brahim Díaz.", "Brahim Díaz", "Real Madrid"},
	})
	// a pursuit told with a possessive gives no club
	if _, p := stageOfPair(x, " date 2023-07 Declan Rice is wanted by Chelsea, who see him as the successor of their captain.", "Declan Rice", ""); p.CurrentClub == "Chelsea" {
		t.Error("a suitor replacing its captain read as his club")
	}
}

// TestFormerAfter: a club called his former one in an apposition after
// it is not his club.
func TestFormerAfter(t *testing.T) {
	x := New()
	for _, text := range []string{
		" date 2019-08 Nicolas Pépé brille cette saison. Angers, son ancien club, touchera un pourcentage.",
		" date 2019-08 Nicolas Pépé shines this season. Angers, his former club, will get a share.",
		" date 2019-08 Nicolas Pépé brilla esta temporada. El Angers, su antiguo club, cobrará un porcentaje.",
	} {
		if _, p := stageOfPair(x, text, "Nicolas Pépé", ""); p.CurrentClub == "Angers" {
			t.Errorf("%q: his former club read as his club", text)
		}
	}
}

// TestNearNotWhereHeGoes: the club a player heads to is no default club.
func TestNearNotWhereHeGoes(t *testing.T) {
	checkCurrent(t, New(), []clubCase{
		{" date 2022-06 Robert Lewandowski möchte stattdessen zum FC Barcelona wechseln.", "Robert Lewandowski", ""},
		{" date 2022-06 Robert Lewandowski hopes for a move to Barcelona.", "Robert Lewandowski", ""},
		{" date 2022-06 Robert Lewandowski regarde en direction de Barcelone.", "Robert Lewandowski", ""},
	})
}

// TestRenewsWith: the club a player renews his contract with is his club,
// not a buyer, in the five languages.
func TestRenewsWith(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-01 News\n\nMario Rossi is close to an extension with Fulham, but Brentford are keen.", "Mario Rossi", "Fulham"},
		{" date 2024-01 Mercato\n\nMario Rossi est proche d'une prolongation avec le FC Lorient, mais le Stade Brestois s'intéresse à lui.", "Mario Rossi", "Lorient"},
		{" date 2024-01 Mercado\n\nMario Rossi está cerca de la renovación con el Getafe, aunque el Betis lo sigue.", "Mario Rossi", "Getafe"},
		{" date 2024-01 Calciomercato\n\nMario Rossi è vicino al rinnovo con il Genoa, ma il Bologna lo segue.", "Mario Rossi", "Genoa"},
		{" date 2024-01 Transfer-News\n\nMario Rossi steht vor der Verlängerung beim SC Freiburg, doch der VfL Wolfsburg ist interessiert.", "Mario Rossi", "SC Freiburg"},
	})
	checkStages(t, x, []stageCase{
		{"it no suitor", " date 2024-01 Calciomercato\n\nMario Rossi è vicino al rinnovo con il Genoa, ma il Bologna lo segue.", "Mario Rossi", "Genoa", ""},
		{"en no suitor", " date 2024-01 News\n\nMario Rossi is close to an extension with Fulham, but Brentford are keen.", "Mario Rossi", "Fulham", ""},
	})
}

// TestLoaningClubIsHis: the club that loans a player out is his club, in
// the five languages.
func TestLoaningClubIsHis(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-01 News\n\nMario Rossi, loaned out by Chelsea to Everton, is wanted by Brentford.", "Mario Rossi", "Chelsea"},
		{" date 2024-01 Mercato\n\nMario Rossi, prêté par le Stade Rennais au FC Lorient, intéresse le Stade Brestois.", "Mario Rossi", "Rennes"},
		{" date 2024-01 Mercado\n\nMario Rossi, cedido por el Sevilla al Getafe, interesa al Betis.", "Mario Rossi", "Sevilla"},
		{" date 2024-01 Calciomercato\n\nMario Rossi, ceduto in prestito dalla Juventus al Genoa, piace al Bologna.", "Mario Rossi", "Juventus"},
		{" date 2024-01 Transfer-News\n\nMario Rossi, vom FC Bayern an den SC Freiburg ausgeliehen, ist beim VfL Wolfsburg ein Thema.", "Mario Rossi", "Bayern Munich"},
	})
}

// TestOfClubApposition: "X, the striker of Club" makes Club his, the
// French elided "d'" included, in the five languages.
func TestOfClubApposition(t *testing.T) {
	x := New()
	checkCurrent(t, x, []clubCase{
		{" date 2024-01 News\n\nBrentford want Mario Rossi, the striker of Everton.", "Mario Rossi", "Everton"},
		{" date 2024-01 Mercato\n\nLe Stade Brestois veut Mario Rossi, l'attaquant d'Arsenal âgé de 21 ans.", "Mario Rossi", "Arsenal"},
		{" date 2024-01 Mercado\n\nEl Betis quiere a Mario Rossi, el delantero del Getafe.", "Mario Rossi", "Getafe"},
		{" date 2024-01 Calciomercato\n\nIl Bologna vuole Mario Rossi, l'attaccante dell'Empoli.", "Mario Rossi", "Empoli"},
		{" date 2024-01 Transfer-News\n\nDer SC Freiburg will Mario Rossi, den Stürmer des FC Augsburg.", "Mario Rossi", "Augsburg"},
	})
}

// TestNearClubWeak: the club named near a player is his only when the
// evidence holds: among three clubs or more about him, one named only far
// from his mentions is left out; with fewer clubs, or named close, it is his.
func TestNearClubWeak(t *testing.T) {
	for _, tt := range []struct {
		name    string
		near    map[int]float64
		pursued []int
		want    int
	}{
		{"one club, far", map[int]float64{7: 0.1}, nil, 7},
		{"two clubs, far", map[int]float64{7: 0.1, 8: 0.05}, nil, 7},
		{"three clubs, close", map[int]float64{7: 1, 8: 0.5, 9: 0.25}, nil, 7},
		{"three clubs, all far", map[int]float64{7: 0.125, 8: 0.1, 9: 0.05}, nil, -1},
		{"suitors count among the clubs", map[int]float64{7: 0.125, 8: 1, 9: 0.5}, []int{8, 9}, -1},
		{"a suitor is never his", map[int]float64{8: 1}, []int{8}, -1},
	} {
		p := &person{near: tt.near}
		for _, c := range tt.pursued {
			p.pairs = append(p.pairs, &pair{club: c})
		}
		if got := p.nearClub(); got != tt.want {
			t.Errorf("%s: club %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestContractWhere: a club followed by a relative clause telling a
// contract there ("where he is under contract", "donde tiene contrato")
// is the player's own club, in the five languages, and no suitor.
func TestContractWhere(t *testing.T) {
	x := New()
	texts := map[string]string{
		"en": "Manchester City, where Kalvin Phillips is under contract until 2028, are happy for him to go and Ipswich have agreed a loan.",
		"fr": "Manchester City, où Kalvin Phillips est sous contrat jusqu'en 2028, accepte son départ et Ipswich a trouvé un accord pour un prêt.",
		"es": "El Manchester City, donde Kalvin Phillips tiene contrato hasta 2028, acepta su salida y el Ipswich ha cerrado un acuerdo por su cesión.",
		"it": "Il Manchester City, dove Kalvin Phillips ha un contratto fino al 2028, apre alla cessione e l'Ipswich ha trovato l'accordo per il prestito.",
		"de": "Manchester City, wo Kalvin Phillips einen Vertrag bis 2028 hat, lässt ihn gehen und Ipswich hat sich auf eine Leihe geeinigt.",
	}
	var cur []clubCase
	for _, text := range texts {
		cur = append(cur, clubCase{" date 2024-08 " + text, "Kalvin Phillips", "Manchester City"})
	}
	checkCurrent(t, x, cur)
	checkStages(t, x, perLanguage(texts, "2024-08", "Kalvin Phillips", pairWant{"Manchester City", ""}))
	// the relative clause names no one: the player of the sentence
	checkCurrent(t, x, []clubCase{
		{" date 2024-08 Samu Omorodion seguirá de momento en el Atlético, donde tiene contrato hasta 2027.", "Samu Omorodion", "Atlético Madrid"},
		{" date 2024-08 Barcelona have agreed a loan for Joao Cancelo from Manchester City, where he is under contract until 2027.", "Joao Cancelo", "Manchester City"},
	})
}

// TestLongAssociation: the club of his long association ("association
// with", "vínculo con", "legame con") is his club and no suitor; French
// "bail" and German "Vertrag" say it already.
func TestLongAssociation(t *testing.T) {
	x := New()
	for _, tt := range []struct{ name, text, player, club string }{
		{"en", " date 2024-07 West Ham are in talks with Marco Bellini as he prepares to end his long association with Aston Villa.", "Marco Bellini", "Aston Villa"},
		{"es", " date 2024-07 El Betis negocia con Pablo Ruiz, que pondrá fin a su largo vínculo con el Villarreal.", "Pablo Ruiz", "Villarreal"},
		{"it", " date 2024-07 Il Genoa tratta con Luca Ferri, che chiuderà il suo lungo legame con la Lazio.", "Luca Ferri", "Lazio"},
	} {
		checkCurrent(t, x, []clubCase{{tt.text, tt.player, tt.club}})
		checkStages(t, x, []stageCase{{tt.name, tt.text, tt.player, tt.club, ""}})
	}
}

// TestSubjectClubNotPastAnotherPlayer: a club named after another player
// of the sentence is no subject club of the one named before him.
func TestSubjectClubNotPastAnotherPlayer(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"it", " date 2024-07 Tra le alternative figurano Luca Ferri, valutato 25 milioni, e Marco Bellini, sul quale si è mossa anche la Roma.", "Luca Ferri", "Roma", ""},
		{"it other", " date 2024-07 Tra le alternative figurano Luca Ferri, valutato 25 milioni, e Marco Bellini, sul quale si è mossa anche la Roma.", "Marco Bellini", "Roma", facts.StageInterest},
	})
}
