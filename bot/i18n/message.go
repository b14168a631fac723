package i18n

import (
	"fmt"
	"maps"
	"strconv"
	"time"

	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// T returns message id in lang (a platform language code; English when the
// catalogue does not have it), formatted with args. An unknown id is
// returned as it is.
func T(lang, id string, args ...any) string {
	m, ok := cat[id]
	if !ok {
		return id
	}
	s, ok := m[Lang(lang)]
	if !ok {
		s = m[order[0]]
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// All returns message id in every language, keyed by language, in a map
// the caller may keep and change: the command descriptions of the
// platforms' menus. It is nil for an unknown id.
func All(id string) map[string]string {
	return maps.Clone(cat[id])
}

// Count is "1 report" or "3 reports" in lang: message id+"1" when n is 1,
// id+"N" formatted with n otherwise (ids "report", "player", "day").
func Count(lang, id string, n int) string {
	if n == 1 {
		return T(lang, id+"1")
	}
	return T(lang, id+"N", n)
}

// LongDate writes a day as people of lang write it: "30 June 2022",
// "30 juin 2022", "30 de junio de 2022", "30 giugno 2022", "30. Juni 2022".
func LongDate(lang string, t time.Time) string {
	return T(lang, "date.long", t.Day(), Month(lang, t.Month()), t.Year())
}

// Date writes a date known to the day, the month or the year as people of
// lang write it: "24 March 2022", "March 2022", "2022"; "undated" in lang
// when unknown.
func Date(lang string, d facts.Date) string {
	switch {
	case d.IsZero():
		return T(lang, "undated")
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	case d.Day == 0:
		return T(lang, "date.month", Month(lang, time.Month(d.Month)), d.Year)
	}
	return LongDate(lang, d.Start())
}

// Month is the name of month m as lang writes it in a sentence: "June",
// "juin", "junio", "giugno", "Juni" (see text.MonthName).
func Month(lang string, m time.Month) string {
	return text.MonthName(Lang(lang), m)
}
