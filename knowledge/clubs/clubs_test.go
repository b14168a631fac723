package clubs

import "testing"

func TestLookup(t *testing.T) {
	tab := Default()
	tests := []struct{ in, want string }{
		{"Atleti", "Atlético Madrid"},
		{"atletico de madrid", "Atlético Madrid"},
		{"les Colchoneros", "Atlético Madrid"},
		{"Rojiblancos", "Atlético Madrid"},
		{"the Gunners", "Arsenal"},
		{"Arsenal FC", "Arsenal"},
		{"Spurs", "Tottenham Hotspur"},
		{"the Toffees", "Everton"},
		{"Blaugrana", "Barcelona"},
		{"FC Barcelone", "Barcelona"},
		{"los blancos", "Real Madrid"},
		{"i Rossoneri", "AC Milan"},
		{"Milan", "AC Milan"},
		{"AC Mailand", "AC Milan"},
		{"i Nerazzurri", "Inter Milan"},
		{"Internazionale", "Inter Milan"},
		{"i Bianconeri", "Juventus"},
		{"les Parisiens", "Paris Saint-Germain"},
		{"PSG", "Paris Saint-Germain"},
		{"l'OM", "Marseille"},
		{"Olympique de Marseille", "Marseille"},
		{"die Bayern", "Bayern Munich"},
		{"FC Bayern München", "Bayern Munich"},
		{"der BVB", "Borussia Dortmund"},
		{"the Citizens", "Manchester City"},
		{"Man Utd", "Manchester United"},
		{"the Reds", "Liverpool"},
		{"die Königsblauen", "Schalke 04"},
		{"West Ham", "West Ham United"},
		{"LOSC", "Lille"},
		{"Sporting Lisbon", "Sporting CP"},
		{"Al Nassr", "Al-Nassr"},
		{"KÖNIGSBLAUEN", "Schalke 04"},
		// German clubs by their cities' French, Italian and Spanish names
		{"le FSV Mayence", "FSV Mainz 05"},
		{"il Magonza", "FSV Mainz 05"},
		{"el Maguncia", "FSV Mainz 05"},
		{"le FC Cologne", "Köln"},
		{"Werder Brême", "Werder Bremen"},
		{"lo Stoccarda", "VfB Stuttgart"},
		{"le SC Fribourg", "SC Freiburg"},
		{"el Friburgo", "SC Freiburg"},
		{"le FC Augsbourg", "Augsburg"},
		{"le RB Salzbourg", "Red Bull Salzburg"},
		{"il Salisburgo", "Red Bull Salzburg"},
		{"le FC Copenhague", "FC Copenhagen"},
		{"die Schwarz-Gelben", "Borussia Dortmund"},
		{"gli Orobici", "Atalanta"},
		{"i Neroverdi", "Sassuolo"},
		// a short name two clubs share goes to the bigger league's
		{"Santos", "Santos SP"},
		{"Boca Juniors", "Boca Juniors"},
		{"Olympiakos", "Olympiacos Piraeus"},
		{"Gladbach", "Borussia Mönchengladbach"},
		// press names in other languages
		{"el Olympique de Marsella", "Marseille"},
		{"l'Olympique Marsiglia", "Marseille"},
		{"il Lucerna", "Luzern"},
		{"le FC Lucerne", "Luzern"},
		{"Botafogo", "Botafogo"},
	}
	for _, tt := range tests {
		c, ok := tab.Lookup(tt.in)
		if !ok || c.Name != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.in, c.Name, ok, tt.want)
		}
	}
	for _, bad := range []string{"", "Kamara", "the", "xyzzy club"} {
		if c, ok := tab.Lookup(bad); ok {
			t.Errorf("Lookup(%q) = %q, want none", bad, c.Name)
		}
	}
}

func TestWeakNames(t *testing.T) {
	tab := Default()
	weak := map[string]bool{}
	for _, n := range tab.Names() {
		weak[n.Key] = n.Weak
	}
	for _, k := range []string{"city", "united", "madrid", "milan", "real", "palace"} {
		if !weak[k] {
			t.Errorf("%q should be weak", k)
		}
	}
	for _, k := range []string{"atleti", "arsenal", "bayern munich", "gunners"} {
		if w, ok := weak[k]; !ok || w {
			t.Errorf("%q should be a strong name (present %v)", k, ok)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Atlético de Madrid", "atletico de madrid"},
		{"Mönchengladbach", "monchengladbach"},
		{"Højbjerg", "hojbjerg"},
		{"  L’OM!! ", "l om"},
		{"Straße", "strasse"},
		{"Beşiktaş", "besiktas"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDescribe(t *testing.T) {
	tab := Default()
	tests := []struct {
		word, club string
		fits       bool
	}{
		{"lombard", "Inter Milan", true},
		{"lombardo", "AC Milan", true},
		{"lombard", "Juventus", false},
		{"catalan", "Barcelona", true},
		{"english", "Arsenal", true},
		{"premier league", "Chelsea", true},
		{"premier league", "Napoli", false},
		{"londinense", "Chelsea", true},
		{"east london", "West Ham United", true},
		{"east london", "Arsenal", false},
		{"bavarois", "Bayern Munich", true},
		{"saudita", "Al-Hilal", true},
		{"stambouliote", "Galatasaray", true},
		{"londres", "Tottenham Hotspur", true},
		{"basque", "Real Sociedad", true},
		{"lisboeta", "Benfica", true},
	}
	for _, tt := range tests {
		d, ok := Describe(tt.word)
		if !ok {
			t.Errorf("Describe(%q) not found", tt.word)
			continue
		}
		i, ok := tab.Find(tt.club)
		if !ok {
			t.Fatalf("no club %q", tt.club)
		}
		if got := tab.Fits(d, i); got != tt.fits {
			t.Errorf("%q fits %s = %v, want %v", tt.word, tt.club, got, tt.fits)
		}
	}
	if _, ok := Describe("table"); ok {
		t.Error("Describe(table) found")
	}
	d, _ := Describe("capitale")
	if i, _ := tab.Find("Paris Saint-Germain"); !tab.Fits(d, i) {
		t.Error("capitale does not fit PSG")
	}
	if i, _ := tab.Find("Marseille"); tab.Fits(d, i) {
		t.Error("capitale fits Marseille")
	}
}

// A club is found however its name is written: typographic apostrophes,
// capitals, accents or none, hyphens or spaces.
func TestFindAlike(t *testing.T) {
	tab := Default()
	for name, variants := range map[string][]string{
		"Nott'm Forest":            {"Nott’m Forest", "NOTT'M FOREST", "nott m forest"},
		"Borussia Mönchengladbach": {"Borussia Monchengladbach", "BORUSSIA MÖNCHENGLADBACH", "Borussia Mo\u0308nchengladbach"},
		"Paris Saint-Germain":      {"Paris Saint Germain", "paris-saint-germain"},
		"Beşiktaş":                 {"Besiktas", "BEŞİKTAŞ"},
	} {
		want, ok := tab.Find(name)
		if !ok {
			t.Fatalf("Find(%q): not found", name)
		}
		for _, v := range variants {
			if got, ok := tab.Find(v); !ok || got != want {
				t.Errorf("Find(%q) = %d, %v; want %d as %q", v, got, ok, want, name)
			}
		}
	}
}

// The name of a city several clubs share names none of them for sure
// when it is not its first club's ("Berlin" is BFC Dynamo's, not
// Hertha's); a city with one club of note keeps its name strong.
func TestSharedCityNames(t *testing.T) {
	tab := Default()
	names := map[string]Name{}
	for _, n := range tab.Names() {
		names[n.Key] = n
	}
	for _, k := range []string{"berlin", "brussels", "amsterdam", "vienna", "zagreb", "moscow", "mailand", "liege"} {
		if n, ok := names[k]; ok && (!n.Weak || !n.City) {
			t.Errorf("%q: weak %v city %v, want a weak city name", k, n.Weak, n.City)
		}
	}
	for _, k := range []string{"utrecht", "genk", "porto", "liverpool", "dortmund", "tottenham", "fulham"} {
		if n, ok := names[k]; !ok || n.Weak {
			t.Errorf("%q should be a strong name (present %v)", k, ok)
		}
	}
}
