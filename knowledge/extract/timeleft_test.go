package extract

import "testing"

// TestTimeLeftForms: a contract told by the time still left on it ("he has
// another year on his deal", "il lui reste un an de contrat", "le quedan dos
// años de contrato", "gli resta un anno di contratto", "er hat noch zwei
// Jahre Vertrag") ends in June of the season that time reaches, in the five
// languages.
func TestTimeLeftForms(t *testing.T) {
	x := New()
	checkExpiry(t, x, []expiryCase{
		{" date 2024-07-25 Brentford want Mario Rossi. Fulham have him under contract for another two years.", "Mario Rossi", "2026-06"},
		{" date 2024-07-25 Le Stade Brestois veut Mario Rossi. Il lui reste un an de contrat avec Lorient.", "Mario Rossi", "2025-06"},
		{" date 2024-07-25 Le Stade Brestois veut Mario Rossi. Il a encore deux ans de contrat à Lorient.", "Mario Rossi", "2026-06"},
		{" date 2024-07-25 El Betis quiere a Mario Rossi. Le quedan dos años de contrato con el Getafe.", "Mario Rossi", "2026-06"},
		{" date 2024-07-25 Il Bologna vuole Mario Rossi. Gli resta un anno di contratto con il Genoa.", "Mario Rossi", "2025-06"},
		{" date 2024-07-25 Der SC Freiburg will Mario Rossi. Er hat beim VfL Bochum noch zwei Jahre Vertrag.", "Mario Rossi", "2026-06"},
	})
}

// TestExpiryNoDateline: an undated article whose first date is when a
// contract ends ("hasta el 30 de junio de 2029", "fino al 30 giugno 2024")
// stays undated, in the five languages; a date told after "published" still
// dates it.
func TestExpiryNoDateline(t *testing.T) {
	x := New()
	tests := []struct {
		text, want string
	}{
		{"Fulham have signed Mario Rossi on a deal until June 30, 2029.", ""},
		{"Lorient a officialisé la signature de Mario Rossi jusqu'au 30 juin 2029.", ""},
		{"El Getafe ha hecho oficial el fichaje de Mario Rossi hasta el 30 de junio de 2029.", ""},
		{"Il Genoa ha ufficializzato Mario Rossi, il cui contratto scade il 30 giugno 2029.", ""},
		{"Der VfL Bochum hat Mario Rossi bis zum 30. Juni 2029 verpflichtet.", ""},
		{"Publié le 23 novembre 2021. Lorient a officialisé la signature de Mario Rossi.", "2021-11-23"},
	}
	for _, tt := range tests {
		a := x.Extract(tt.text, Hints{})
		if got := a.Published.String(); a.Published.IsZero() && tt.want != "" || !a.Published.IsZero() && got != tt.want {
			t.Errorf("%q: published %q, want %q", tt.text, got, tt.want)
		}
	}
}
