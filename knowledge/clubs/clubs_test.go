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
		{"Santos", "Santos"},
		{"Boca Juniors", "Boca Juniors"},
		{"Olympiakos", "Olympiacos"},
		{"Gladbach", "Borussia Mönchengladbach"},
		// press names in other languages
		{"el Olympique de Marsella", "Marseille"},
		{"l'Olympique Marsiglia", "Marseille"},
		{"il Lucerna", "Luzern"},
		{"le FC Lucerne", "Luzern"},
		{"Botafogo", "Botafogo"},
		// the usual names of clubs beyond the big five leagues, and their
		// names in the five languages
		{"Flamengo", "Flamengo"},
		{"el Palmeiras", "Palmeiras"},
		{"Atlético Mineiro", "Atlético Mineiro"},
		{"el América", "Club América"},
		{"Club América", "Club América"},
		{"Estudiantes de La Plata", "Estudiantes"},
		{"der HSV", "Hamburger SV"},
		{"die Rothosen", "Hamburger SV"},
		{"der VfB", "VfB Stuttgart"},
		{"S04", "Schalke 04"},
		{"el Red Bull Salzburgo", "Red Bull Salzburg"},
		{"el Salzburgo", "Red Bull Salzburg"},
		{"La Gantoise", "Gent"},
		{"la Gantoise", "Gent"},
		{"el Gante", "Gent"},
		{"il Gent", "Gent"},
		{"le Club Bruges", "Club Brugge"},
		{"el Brujas", "Club Brugge"},
		{"il Bruges", "Club Brugge"},
		{"l'Antwerp", "Royal Antwerp"},
		{"le Royal Anvers", "Royal Antwerp"},
		{"el Amberes", "Royal Antwerp"},
		{"l'Anversa", "Royal Antwerp"},
		{"le Standard de Liège", "Standard Liège"},
		{"lo Standard Liegi", "Standard Liège"},
		{"el Standard de Lieja", "Standard Liège"},
		{"el Oporto", "Porto"},
		{"lo Sporting Lisbona", "Sporting CP"},
		{"il Benfica", "Benfica"},
		{"le FC Bâle", "Basel"},
		{"il Basilea", "Basel"},
		{"el Basilea", "Basel"},
		{"le Rapid Vienne", "Rapid Wien"},
		{"el Rapid de Viena", "Rapid Wien"},
		{"lo Young Boys", "Young Boys"},
		{"l'Étoile rouge de Belgrade", "Red Star Belgrade"},
		{"la Stella Rossa", "Red Star Belgrade"},
		{"el Estrella Roja", "Red Star Belgrade"},
		{"la Dinamo Zagabria", "Dinamo Zagreb"},
		{"el Dinamo de Zagreb", "Dinamo Zagreb"},
		{"le PAOK Salonique", "PAOK"},
		{"il Başakşehir", "İstanbul Başakşehir"},
		{"Atlanta United", "Atlanta United"},
		{"Los Angeles FC", "Los Angeles FC"},
		{"LAFC", "Los Angeles FC"},
		{"Al-Kholood", "Al-Kholood"},
		{"Al Orobah", "Al-Orobah"},
		{"Al-Rayyan", "Al-Rayyan"},
		{"Al Arabi", "Al-Arabi"},
		{"Shabab Al-Ahli", "Shabab Al-Ahli"},
		{"Sharjah", "Sharjah"},
		{"Al-Wahda", "Al-Wahda"},
		{"Al-Jazira", "Al-Jazira"},
		{"Al-Wasl", "Al-Wasl"},
		{"Qatar SC", "Qatar SC"},
		{"Al-Wakrah", "Al-Wakrah"},
		{"Reggina", "Reggina"},
		{"Beerschot", "Beerschot"},
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

// A club's city, in any of the five languages, names the club only where
// the context makes it the club: a weak city name of that club ("a
// Bergamo", "in München", "ha scelto Parigi").
func TestCityNamesOfClubs(t *testing.T) {
	tab := Default()
	names := map[string]Name{}
	for _, n := range tab.Names() {
		names[n.Key] = n
	}
	for city, club := range map[string]string{
		"Bergamo": "Atalanta", "Bergame": "Atalanta", "Bérgamo": "Atalanta",
		"München": "Bayern Munich", "Múnich": "Bayern Munich", "Monaco di Baviera": "Bayern Munich",
		"Parigi": "Paris Saint-Germain", "Lipsia": "RB Leipzig",
		"Salzburgo": "Red Bull Salzburg", "Gand": "Gent", "Gante": "Gent",
		"Bâle": "Basel", "Basilea": "Basel", "Oporto": "Porto",
		"Miami": "Inter Miami", "Atlanta": "Atlanta United",
	} {
		n, ok := names[Fold(city)]
		if !ok || !n.Weak || !n.City || tab.Club(n.Club).Name != club {
			t.Errorf("%q: %+v (present %v), want a weak city name of %s", city, n, ok, club)
		}
	}
}

// A one-word name of a club that is also a country, a common word of one
// of the five languages or a sponsor is a weak name: "Austria", "Grecia",
// "Standard", "Future", "Santander".
func TestCommonWordClubNames(t *testing.T) {
	tab := Default()
	names := map[string]Name{}
	for _, n := range tab.Names() {
		names[n.Key] = n
	}
	for _, k := range []string{"austria", "andorra", "luxembourg", "grecia", "standard", "atlas", "concordia",
		"cosmos", "dinamo", "torpedo", "municipal", "progreso", "universitario", "juventud", "libertad",
		"olimpia", "estrela", "vorwarts", "tigre", "future", "start", "hard", "laufen", "avenir", "signal",
		"ferro", "defensor", "cerro", "vasco", "santander"} {
		if n, ok := names[k]; ok && !n.Weak {
			t.Errorf("%q: a strong name of %s, want weak", k, tab.Club(n.Club).Name)
		}
	}
}
