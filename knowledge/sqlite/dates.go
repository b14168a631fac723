package sqlite

import "github.com/mercato-bot/mercato/knowledge/facts"

// dateKey orders dates as YYYYMMDD of their first day; 0 for unknown, so
// that sorting by key descending puts undated reports after dated ones.
func dateKey(d facts.Date) int64 {
	if d.IsZero() {
		return 0
	}
	t := d.Start()
	return int64(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

// endKey is the YYYYMMDD of the date's last day; 0 for unknown.
func endKey(d facts.Date) int64 {
	if d.IsZero() {
		return 0
	}
	t := d.End()
	return int64(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

// parseStored reads a date written by the store; a bad one is unknown.
func parseStored(s string) facts.Date {
	d, err := facts.ParseDate(s)
	if err != nil {
		return facts.Date{}
	}
	return d
}
