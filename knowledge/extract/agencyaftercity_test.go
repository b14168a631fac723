package extract

import "testing"

// TestAgencyAfterCity: a wire story's paragraph opening on a city and a news
// agency in brackets ("Stuttgart (dpa) –", "LEIPZIG (Reuters) -",
// "Marseille (AFP) -") names the place of the story, no club, even when
// no date follows the city.
func TestAgencyAfterCity(t *testing.T) {
	x := New()
	cases := map[string]struct{ text, city string }{
		"en": {"Diallo joins Brentford\n\nLEIPZIG (Reuters) - Malik Diallo has signed for Brentford.", "RB Leipzig"},
		"fr": {"Diallo signe à Brest\n\nMarseille (AFP) - Malik Diallo a signé au Stade Brestois.", "Marseille"},
		"es": {"Diallo ficha por el Betis\n\nValencia (EFE) - Malik Diallo ha firmado por el Betis.", "Valencia"},
		"it": {"Diallo firma col Bologna\n\nTorino (ANSA) - Malik Diallo ha firmato con il Bologna.", "Torino"},
		"de": {"Diallo wechselt nach England\n\nLeipzig (dpa) – Malik Diallo hat beim FC Brentford unterschrieben.", "RB Leipzig"},
	}
	var tests []stageCase
	for lang, c := range cases {
		tests = append(tests, stageCase{lang, " date 2024-06-01 " + c.text, "Malik Diallo", c.city, ""})
	}
	checkNoLink(t, x, tests, "Malik Diallo", " (the dateline's city)")
}
