package gencorpus

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/clubs"
)

var (
	firstNames = strings.Fields(`Boubacar Kylian Erling Jude Pedro Gavi Rodrigo Bruno Marcus Bukayo Declan
		Federico Dusan Victor Rafael Joao Bernardo Ruben Lautaro Paulo Alexis Enzo Julian Lisandro Cristian
		Nicolo Sandro Davide Manuel Joshua Leon Jamal Florian Thomas Serge Leroy Antoine Ousmane Eduardo
		William Ibrahima Moussa Youssouf Dayot Jules Theo Lucas Randal Mattia Giorgio Alessandro Lorenzo`)
	lastNames = strings.Fields(`Kamaru Mbawe Haland Bellamy Gonzaga Paezo Hernan Fernand Rashid Sakou Ricet
		Chiesi Vlahov Osimo Leone Feliks Silvano Diaz Martins Dybal Alvaro Romeo Barell Tonal Frattes Donnar
		Neuerl Kimmer Goretz Musial Wirtzl Haverl Mullen Gnabri Saner Griez Dembel Tchoum Camav Salib Konat
		Diabi Fofani Upamec Koundel Maignon Digner Mendez Kolani Thurman Zaccag Bastan Dimarc Locat Pellegr`)
	templates = []string{
		"%[1]s of %[2]s is wanted by %[3]s, who are in advanced talks over a transfer.",
		"%[3]s have made a bid for %[1]s. The %[2]s player's contract expires in June %[5]d.",
		"%[3]s and %[4]s are interested in %[1]s, according to GOAL.",
		"%[3]s are in talks with %[2]s over %[1]s, whose deal runs until %[5]d.",
		"%[1]s has agreed personal terms with %[3]s, with %[4]s also monitoring the %[2]s forward.",
	}
)

// Writer writes articles like transfer news about players drawn by
// Popularity, each with his club and a shortlist of 25 suitors among the
// clubs it was given.
type Writer struct {
	r      *rand.Rand
	player func() int
	clubs  []string
}

// NewWriter returns the writer of articles about players 0 to players-1
// that draws from r and names clubs (not empty).
func NewWriter(r *rand.Rand, players int, clubs []string) *Writer {
	return &Writer{r: r, player: Popularity(r, players), clubs: clubs}
}

// PlayerName is the name generated player p is written about under:
// distinct for the first 148,877 players (past the 2,809 pairs of a first
// name and a surname, the surname is double, as "Kamaru-Mbawe").
func PlayerName(p int) string {
	f, l := len(firstNames), len(lastNames)
	name := firstNames[p%f] + " " + lastNames[(p/f)%l]
	if p >= f*l {
		name += "-" + lastNames[(p/(f*l))%l]
	}
	return name
}

// Text is generated article i: one or two players with their suitors,
// dated nine times in ten, on a day of the ten years from 2015 to 2024.
func (w *Writer) Text(i int) string { return w.text(i, 0, 0) }

// The years Text dates articles in; LastYear and LastMonth are the last
// month.
const (
	firstYear = 2015
	years     = 10
	LastYear  = firstYear + years - 1
	LastMonth = 12
)

// TextIn is Text dated in the given month, as the news of the month is:
// the same article, with the same draws, on the same day of month.
func (w *Writer) TextIn(i, year, month int) string { return w.text(i, year, month) }

// text is article i, dated in the year and month drawn when year is 0.
func (w *Writer) text(i, year, month int) string {
	r, names := w.r, w.clubs
	var b strings.Builder
	if r.IntN(10) > 0 {
		y, m, d := firstYear+r.IntN(years), 1+r.IntN(12), 1+r.IntN(28)
		if year != 0 {
			y, m = year, month
		}
		fmt.Fprintf(&b, " date %d-%02d-%02d ", y, m, d)
	}
	fmt.Fprintf(&b, "Transfer news %d. ", i)
	for range 1 + r.IntN(2) {
		p := w.player()
		club := names[p%len(names)]
		s1 := names[(p*7+r.IntN(25)*31)%len(names)]
		s2 := names[(p*13+r.IntN(25)*17)%len(names)]
		fmt.Fprintf(&b, templates[r.IntN(len(templates))], PlayerName(p), club, s1, s2, 2024+p%5)
		b.WriteString(" ")
	}
	return b.String()
}

// Clubs is the names of the first n clubs of mercato's club table (all of
// them if it holds fewer): clubs the extractor knows.
func Clubs(n int) []string {
	var out []string
	for _, c := range clubs.Default().Clubs() {
		if len(out) == n {
			break
		}
		out = append(out, c.Name)
	}
	return out
}
