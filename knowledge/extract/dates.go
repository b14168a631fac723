package extract

import (
	"strconv"
	"strings"

	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// monthOf returns the month a folded word names in any language
// knowledge/text knows ("juin", "marz", "sept"), or 0.
func monthOf(key string) int { return text.Month(key) }

// yearOf reads a four-digit year between 1900 and 2100.
func yearOf(key string) int {
	if len(key) != 4 {
		return 0
	}
	n, err := strconv.Atoi(key)
	if err != nil || n < 1900 || n > 2100 {
		return 0
	}
	return n
}

func dayOf(key string) int {
	if len(key) > 2 {
		if strings.HasSuffix(key, "th") || strings.HasSuffix(key, "st") || strings.HasSuffix(key, "nd") || strings.HasSuffix(key, "rd") {
			key = key[:len(key)-2]
		} else if strings.HasSuffix(key, "er") {
			key = key[:len(key)-2]
		}
	}
	if len(key) == 0 || len(key) > 2 {
		return 0
	}
	n, err := strconv.Atoi(key)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// ParseHeader reads the optional header " date YYYY-MM-DD " or
// " date YYYY-MM " at the start of an article, or a first line that only
// dates it (datelineHeader), and returns the date and the body after it.
// Without a valid header it returns a zero date and text.
func ParseHeader(text string) (facts.Date, string) {
	t := strings.TrimLeft(text, " \t\ufeff")
	if !strings.HasPrefix(t, "date ") {
		return datelineHeader(text)
	}
	rest := strings.TrimLeft(t[len("date "):], " ")
	end := 0
	for end < len(rest) && end < 10 && (rest[end] == '-' || (rest[end] >= '0' && rest[end] <= '9')) {
		end++
	}
	d, err := facts.ParseDate(rest[:end])
	if err != nil || d.IsZero() {
		return facts.Date{}, text
	}
	if end < len(rest) && rest[end] != ' ' && rest[end] != '\n' && rest[end] != '\r' && rest[end] != '\t' {
		return facts.Date{}, text
	}
	return d, strings.TrimLeft(rest[end:], " \t")
}

// textDate finds a full date ("le 23 novembre 2021", "March 3, 2021",
// "11. Januar 2021", "6 febbraio 2023") among the first words of an article.
// A date after an until-word is when a contract ends, not when the article
// was written: "hasta el 30 de junio de 2029", "bis zum 30. Juni 2027",
// "fino al 30 giugno 2024", "until June 30, 2026".
func (d *doc) textDate() facts.Date {
	words := d.words
	n := min(len(words), 40)
	for i := 0; i < n; i++ {
		m := monthOf(words[i].key)
		if m == 0 || words[i].num {
			continue
		}
		// day month year, "3 de marzo de 2024"
		dayAt, yearAt := i-1, i+1
		if dayAt > 0 && (words[dayAt].key == "de" || words[dayAt].key == "del") {
			dayAt--
		}
		if yearAt+1 < len(words) && (words[yearAt].key == "de" || words[yearAt].key == "del") {
			yearAt++
		}
		if d.untilBefore(i) || dayAt >= 0 && d.untilBefore(dayAt) {
			continue
		}
		if dayAt >= 0 && yearAt < len(words) {
			if d, y := dayOf(words[dayAt].key), yearOf(words[yearAt].key); d > 0 && y > 0 {
				if v, err := facts.ParseDate(facts.Date{Year: y, Month: m, Day: d}.String()); err == nil {
					return v
				}
			}
		}
		// month day, year
		if i+2 < len(words) {
			if d, y := dayOf(words[i+1].key), yearOf(words[i+2].key); d > 0 && y > 0 {
				if v, err := facts.ParseDate(facts.Date{Year: y, Month: m, Day: d}.String()); err == nil {
					return v
				}
			}
		}
	}
	return facts.Date{}
}

// untilBefore reports an until-word or an expiry phrase in the three
// words before word i ("scade il 30 giugno 2024", "expira el 30 de junio
// de 2023").
func (d *doc) untilBefore(i int) bool {
	l := d.x.lex.of(d.lang)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if d.is(wUntil, d.words[k].key) {
			return true
		}
		for _, h := range l.match(d.text, d.words, k, nil) {
			if h.kind == kExpire || h.kind == kExpiring {
				return true
			}
		}
	}
	return false
}
