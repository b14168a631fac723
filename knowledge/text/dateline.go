package text

import (
	"slices"
	"strconv"
	"strings"
)

// datelineIntros are the words that open a line dating an article, by
// language, as written; "Published 21 June 2023", "Publié le 3 juillet
// 2023".
var datelineIntros = map[string][]string{
	"en": {"Date", "Dated", "Published", "Published on", "Posted", "Posted on", "First published", "First published on"},
	"fr": {"Date", "Publié", "Publié le", "Date de publication", "Paru le"},
	"es": {"Fecha", "Publicado", "Publicado el", "Fecha de publicación"},
	"it": {"Data", "Pubblicato", "Pubblicato il", "Pubblicato in data"},
	"de": {"Datum", "Veröffentlicht", "Veröffentlicht am", "Erschienen am"},
}

// datelineLinks are the words that may join a date's parts ("4 de enero
// de 2024") or its time after it ("à 20:56", "um 18 Uhr"), folded.
var datelineLinks = []string{"de", "del", "at", "a", "las", "alle", "ore", "um", "uhr", "h", "am", "pm", "utc", "gmt", "bst", "cet", "cest"}

// maxDateline is the longest first line read as a dateline, in bytes.
const maxDateline = 120

// intros are datelineIntros folded, as word lists, longest first.
var intros = func() [][]string {
	var out [][]string
	for _, phrases := range datelineIntros {
		for _, p := range phrases {
			out = append(out, strings.Fields(Fold(p)))
		}
	}
	slices.SortFunc(out, func(a, b []string) int { return len(b) - len(a) })
	return out
}()

// Dateline reads an article's first line when all it says is when the
// article was published: "Date: 2023-06-21", "2023-06-21",
// "Published 21 June 2023", "Publié le 3 juillet 2023 à 10:30",
// "Publicado el 4 de enero de 2024", "Pubblicato il 5 marzo 2024",
// "Veröffentlicht am 6. März 2024", "June 21, 2023". It returns the year,
// month and day (0 when the line gives only a month) and the text after
// the line; ok is false, and body s, when the first line is anything
// else. The day is not checked against the month's length.
func Dateline(s string) (year, month, day int, body string, ok bool) {
	line, rest, _ := strings.Cut(s, "\n")
	if len(line) > maxDateline {
		return 0, 0, 0, s, false
	}
	words := strings.Fields(Fold(line))
	for _, intro := range intros {
		if len(words) > len(intro) && slices.Equal(words[:len(intro)], intro) {
			words = words[len(intro):]
			break
		}
	}
	year, month, day, n := datePart(words)
	if n == 0 || !timeOnly(words[n:]) {
		return 0, 0, 0, s, false
	}
	return year, month, day, rest, true
}

// datePart reads a date at the start of words: "2023 06 21" (ISO, folded),
// "2023 06", "21 june 2023", "4 de enero de 2024", "june 21 2023"; n is
// how many words it took, 0 for none.
func datePart(words []string) (year, month, day, n int) {
	num := func(i, digits int) int {
		if i >= len(words) || len(words[i]) > digits {
			return 0
		}
		v, err := strconv.Atoi(words[i])
		if err != nil {
			return 0
		}
		return v
	}
	link := func(i int) int { // skips a "de" joining the parts
		if i < len(words) && (words[i] == "de" || words[i] == "del") {
			return i + 1
		}
		return i
	}
	if y := num(0, 4); y >= 1900 && len(words[0]) == 4 {
		m := num(1, 2)
		if m < 1 || m > 12 {
			return 0, 0, 0, 0
		}
		if d := num(2, 2); d >= 1 && d <= 31 {
			return y, m, d, 3
		}
		return y, m, 0, 2
	}
	if d := ordinal(words, 0); d >= 1 && d <= 31 {
		i := link(1)
		if i < len(words) && Month(words[i]) > 0 {
			m := Month(words[i])
			j := link(i + 1)
			if y := num(j, 4); y >= 1900 {
				return y, m, d, j + 1
			}
		}
		return 0, 0, 0, 0
	}
	if len(words) > 0 && Month(words[0]) > 0 {
		if d := ordinal(words, 1); d >= 1 && d <= 31 {
			if y := num(2, 4); y >= 1900 {
				return y, Month(words[0]), d, 3
			}
		}
	}
	return 0, 0, 0, 0
}

// ordinal reads a day of the month written "21", "21st", "1er".
func ordinal(words []string, i int) int {
	if i >= len(words) {
		return 0
	}
	w := words[i]
	for _, suffix := range []string{"st", "nd", "rd", "th", "er"} {
		if len(w) > len(suffix) && strings.HasSuffix(w, suffix) {
			w = strings.TrimSuffix(w, suffix)
			break
		}
	}
	if len(w) > 2 {
		return 0
	}
	d, err := strconv.Atoi(w)
	if err != nil {
		return 0
	}
	return d
}

// timeOnly reports whether the words after a date say no more than its
// time: numbers and datelineLinks, a few of them.
func timeOnly(words []string) bool {
	if len(words) > 6 {
		return false
	}
	for _, w := range words {
		if !slices.Contains(datelineLinks, w) && strings.Trim(w, "0123456789h") != "" {
			return false
		}
	}
	return true
}
