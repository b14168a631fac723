package facts

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date known to the year, the month or the day. The
// zero Date is unknown.
type Date struct {
	Year  int // 0 when unknown
	Month int // 1-12, 0 when only the year is known
	Day   int // 1-31, 0 when only the month is known
}

// ParseDate reads "", "YYYY", "YYYY-MM" or "YYYY-MM-DD".
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("facts: bad date %q", s)
	}
	var d Date
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) {
			return Date{}, fmt.Errorf("facts: bad date %q", s)
		}
		switch i {
		case 0:
			d.Year = n
		case 1:
			d.Month = n
		case 2:
			d.Day = n
		}
	}
	if !d.valid() {
		return Date{}, fmt.Errorf("facts: bad date %q", s)
	}
	return d, nil
}

func (d Date) valid() bool {
	if d.Year < 1800 || d.Year > 2200 || d.Month < 0 || d.Month > 12 || d.Day < 0 {
		return false
	}
	if d.Day > 0 {
		if d.Month == 0 {
			return false
		}
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		return t.Day() == d.Day
	}
	return true
}

// DateOf returns the day of t.
func DateOf(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats the date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", or "" when unknown.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Start is the first day the date covers (January 1 for a year, the 1st for
// a month) at midnight UTC; the zero time for an unknown date.
func (d Date) Start() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// End is the last day the date covers (December 31 for a year, the last
// day of a month) at midnight UTC; the zero time for an unknown date.
// Contracts that end "in June 2022" end on End: 2022-06-30.
func (d Date) End() time.Time {
	switch {
	case d.IsZero():
		return time.Time{}
	case d.Month == 0:
		return time.Date(d.Year, time.December, 31, 0, 0, 0, 0, time.UTC)
	case d.Day == 0:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return d.Start()
}

// Compare orders dates by their start; unknown dates sort before known ones.
func (d Date) Compare(o Date) int {
	return d.Start().Compare(o.Start())
}

// MarshalJSON writes the date as its String, or null when unknown.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads a string in a form ParseDate accepts, or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("facts: date: %w", err)
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
