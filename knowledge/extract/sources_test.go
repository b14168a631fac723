package extract

import (
	"strings"
	"testing"
)

// TestSources checks the outlet or journalist cited for a link, and that
// nothing else is listed among the article's outlets.
func TestSources(t *testing.T) {
	x := New()
	tests := []struct {
		text, want string
	}{
		// cue before the name, descriptors skipped
		{"According to Italian news outlet Calciomercato, Liverpool are interested in Boubacar Kamara.", "Calciomercato"},
		{"According to the Spanish newspaper Marca, Liverpool are interested in Boubacar Kamara.", "Marca"},
		{"According to Sky Sports reporter Dharmesh Sheth, Liverpool are interested in Boubacar Kamara.", "Dharmesh Sheth"},
		{"According to transfer journalist Fabrizio Romano, Liverpool are interested in Boubacar Kamara.", "Fabrizio Romano"},
		{"As reported by The Athletic, Liverpool are interested in Boubacar Kamara.", "The Athletic"},
		{"Liverpool are interested in Boubacar Kamara, via Sky Sports News.", "Sky Sports News"},
		{"Même si selon les informations de Alfredo Pedullà, le Milan s'intéresse à Boubacar Kamara.", "Alfredo Pedullà"},
		{"Selon le quotidien sportif L'Équipe, le Milan s'intéresse à Boubacar Kamara.", "L'Équipe"},
		{"D'après La Provence, le Milan s'intéresse à Boubacar Kamara.", "La Provence"},
		{"D'après Romano, le Milan s'intéresse à Boubacar Kamara.", "Fabrizio Romano"},
		{"Según el diario catalán Sport, el Barcelona sigue a Boubacar Kamara.", "Sport"},
		{"Según Mundo Deportivo, el Barcelona sigue a Boubacar Kamara.", "Mundo Deportivo"},
		{"Según informa Cadena SER, el Barcelona sigue a Boubacar Kamara.", "Cadena SER"},
		{"Secondo il quotidiano La Gazzetta dello Sport, la Juventus segue Boubacar Kamara.", "La Gazzetta dello Sport"},
		{"Secondo Sky Sport Italia, la Juventus segue Boubacar Kamara.", "Sky Sport Italia"},
		{"Laut dem Boulevardblatt Bild ist der FC Bayern an Boubacar Kamara interessiert.", "Bild"},
		{"Laut kicker ist der FC Bayern an Boubacar Kamara interessiert.", "kicker"},
		{"Der FC Bayern ist laut \"Sky\" an Boubacar Kamara interessiert.", "Sky"},
		// verb before the name
		{"Liverpool are interested in Boubacar Kamara, reports The Athletic.", "The Athletic"},
		{"Le Milan s'intéresse à Boubacar Kamara, rapporte L'Équipe.", "L'Équipe"},
		{"El Barcelona sigue a Boubacar Kamara, informa Relevo.", "Relevo"},
		{"La Juventus segue Boubacar Kamara, riporta Tuttosport.", "Tuttosport"},
		{"Der FC Bayern ist an Boubacar Kamara interessiert, berichtet Sport Bild.", "Sport Bild"},
		// verb after the name
		{"The Athletic reports that Liverpool are interested in Boubacar Kamara.", "The Athletic"},
		{"Journalist Duncan Castles has claimed that Liverpool are interested in Boubacar Kamara.", "Duncan Castles"},
		{"BBC Sport's Simon Stone reported that Liverpool are interested in Boubacar Kamara.", "Simon Stone"},
		{"Foot Mercato rapporte que le Milan s'intéresse à Boubacar Kamara.", "Foot Mercato"},
		{"Wie die Bild berichtet, ist der FC Bayern an Boubacar Kamara interessiert.", "Bild"},
		{"Der FC Bayern ist an Boubacar Kamara interessiert, wie RMC Sport berichtet.", "RMC Sport"},
		// a handle is its journalist's name when known, else no source
		{"Liverpool are interested in Boubacar Kamara, according to @FabrizioRomano.", "Fabrizio Romano"},
		{"@David_Ornstein reports that Liverpool are interested in Boubacar Kamara.", "David Ornstein"},
		{"Selon @Plettigoal, le Milan s'intéresse à Boubacar Kamara.", "Florian Plettenberg"},
		{"La Juventus segue Boubacar Kamara, riporta @DiMarzio.", "Gianluca Di Marzio"},
		{"Liverpool are interested in Boubacar Kamara - via @MManteghetti.", ""},
		{"Según @relevo_fake, el Barcelona sigue a Boubacar Kamara.", ""},
		{"Der FC Bayern ist laut @SkyFake an Boubacar Kamara interessiert.", ""},
		{"Laut @cfbayern ist der FC Bayern an Boubacar Kamara interessiert.", "Christian Falk"},
		// no outlet
		{"Liverpool are interested in Boubacar Kamara.", ""},
		{"Arteta says Arsenal are interested in Boubacar Kamara.", ""},
		{"Il Milan vuole Boubacar Kamara: nelle casse del club di via Aldo Rossi entreranno 40 milioni.", ""},
		{"Der FC Bayern ist an Boubacar Kamara interessiert, berichten englische Medien.", ""},
		{"Liverpool are interested in Boubacar Kamara, according to reports in Spain.", ""},
	}
	for _, tt := range tests {
		a := x.Extract(" date 2022-03-24 "+tt.text, Hints{})
		p := player(t, a, "Boubacar Kamara")
		if len(p.Suitors) == 0 {
			t.Errorf("%q: no suitor", tt.text)
			continue
		}
		if got := p.Suitors[0].Source; got != tt.want {
			t.Errorf("%q: source %q, want %q", tt.text, got, tt.want)
		}
		want := []string{tt.want}
		if tt.want == "" {
			want = nil
		}
		if strings.Join(a.Outlets, "|") != strings.Join(want, "|") {
			t.Errorf("%q: outlets %q, want %q", tt.text, a.Outlets, want)
		}
	}
}
