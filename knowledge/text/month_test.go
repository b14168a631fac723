package text

import (
	"testing"
	"time"
)

func TestMonths(t *testing.T) {
	for key, want := range map[string]int{
		"june": 6, "juin": 6, "junio": 6, "giugno": 6, "juni": 6, "jun": 6,
		"marz": 3, "maerz": 3, "mars": 3, "aout": 8, "sept": 9, "dez": 12, "janner": 1,
		"kamara": 0, "": 0, "June": 0,
	} {
		if got := Month(key); got != want {
			t.Errorf("Month(%q) = %d, want %d", key, got, want)
		}
	}
	for _, tt := range []struct {
		lang string
		m    time.Month
		want string
	}{{"en", time.June, "June"}, {"fr", time.August, "août"}, {"de", time.March, "März"}, {"pt", time.May, "May"}, {"en", 13, ""}, {"fr", 0, ""}} {
		if got := MonthName(tt.lang, tt.m); got != tt.want {
			t.Errorf("MonthName(%s, %d) = %q, want %q", tt.lang, tt.m, got, tt.want)
		}
	}
	for _, k := range MonthKeys() {
		if Month(k) == 0 {
			t.Errorf("MonthKeys has %q, Month does not", k)
		}
	}
}
