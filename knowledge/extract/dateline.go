package extract

import (
	"strings"

	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// datelineHeader reads, as ParseHeader's header, a first line that only
// dates the article ("Date: 2023-06-21", "Publié le 3 juillet 2023": see
// text.Dateline): the date and the body after the line, or a zero date
// and s.
func datelineHeader(s string) (facts.Date, string) {
	y, m, d, body, ok := text.Dateline(strings.TrimLeft(s, "\ufeff"))
	if !ok {
		return facts.Date{}, s
	}
	date, err := facts.ParseDate(facts.Date{Year: y, Month: m, Day: d}.String())
	if err != nil || date.IsZero() {
		return facts.Date{}, s
	}
	return date, body
}
