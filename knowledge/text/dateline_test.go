package text

import (
	"fmt"
	"testing"
)

// A first line that only dates the article is read in five languages; any
// other first line is left alone.
func TestDateline(t *testing.T) {
	for _, tt := range []struct {
		in, want, body string
	}{
		{"Date: 2023-06-21\nArsenal", "2023-06-21", "Arsenal"},
		{"2023-06-21\nArsenal", "2023-06-21", "Arsenal"},
		{"2023-06\nArsenal", "2023-06-00", "Arsenal"},
		{"Published 21 June 2023\nArsenal", "2023-06-21", "Arsenal"},
		{"Published on June 21st, 2023 at 10:30 BST\nArsenal", "2023-06-21", "Arsenal"},
		{"Publié le 3 juillet 2023\nL'OM", "2023-07-03", "L'OM"},
		{"Publié le 1er juillet 2023 à 20h56\nL'OM", "2023-07-01", "L'OM"},
		{"Publicado el 4 de enero de 2024\nEl Real", "2024-01-04", "El Real"},
		{"Pubblicato il 5 marzo 2024 alle 18:00\nLa Roma", "2024-03-05", "La Roma"},
		{"Veröffentlicht am 6. März 2024 um 18:00 Uhr\nDer FC", "2024-03-06", "Der FC"},
		{"  21 June 2023  \nArsenal", "2023-06-21", "Arsenal"},
		{"Published 21 June 2023", "2023-06-21", ""},
		// Not a dateline: a sentence, a byline, a score, a date among words.
		{"Arsenal signed Rice on 15 July 2023\nmore", "", ""},
		{"Publié par Timothée Jean le 23 novembre 2021\nLe texte", "", ""},
		{"2023 was a good year\nmore", "", ""},
		{"Published 2023-13-01\nx", "", ""},
		{"Published\nx", "", ""},
		{"21 June\nx", "", ""},
		{"", "", ""},
	} {
		y, m, d, body, ok := Dateline(tt.in)
		got := ""
		if ok {
			got = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		}
		wantBody := tt.body
		if !ok {
			wantBody = tt.in
		}
		if got != tt.want || body != wantBody || ok != (tt.want != "") {
			t.Errorf("Dateline(%q) = %q, %q, %v; want %q, %q", tt.in, got, body, ok, tt.want, wantBody)
		}
	}
}

// FuzzDateline: any text is read without panicking; a dateline's body is
// the end of the text, a date's parts are in range.
func FuzzDateline(f *testing.F) {
	for _, s := range []string{"Date: 2023-06-21\nx", "Publicado el 4 de enero de 2024\n", "Veröffentlicht am 6. März 2024 um 18:00 Uhr", "2023 06", "\xff\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, m, d, body, ok := Dateline(s)
		if !ok {
			if body != s {
				t.Fatalf("no dateline but body changed: %q -> %q", s, body)
			}
			return
		}
		if y < 1900 || m < 1 || m > 12 || d < 0 || d > 31 || len(body) >= len(s) || s[len(s)-len(body):] != body {
			t.Fatalf("Dateline(%q) = %d-%d-%d, %q", s, y, m, d, body)
		}
	})
}
