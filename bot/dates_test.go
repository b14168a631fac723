package bot

import (
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

func TestDateWords(t *testing.T) {
	now := time.Date(2022, 3, 27, 15, 0, 0, 0, time.UTC)
	day := facts.Date{Year: 2022, Month: 3, Day: 24}
	tests := []struct {
		lang string
		d    facts.Date
		now  time.Time
		want string
	}{
		{"en", day, time.Time{}, "24 March 2022"},
		{"fr", day, time.Time{}, "24 mars 2022"},
		{"es", day, time.Time{}, "24 de marzo de 2022"},
		{"it", day, time.Time{}, "24 marzo 2022"},
		{"de", day, time.Time{}, "24. März 2022"},
		{"en", day, now, "3 days ago"},
		{"fr", day, now, "il y a 3 jours"},
		{"de", day, now, "vor 3 Tagen"},
		{"en", facts.Date{Year: 2022, Month: 3, Day: 27}, now, "today"},
		{"it", facts.Date{Year: 2022, Month: 3, Day: 26}, now, "ieri"},
		{"en", facts.Date{Year: 2022, Month: 3, Day: 20}, now, "20 March 2022"}, // a week: a date again
		{"en", facts.Date{Year: 2022, Month: 3, Day: 28}, now, "28 March 2022"}, // after now
		{"en", facts.Date{Year: 2022, Month: 6}, now, "June 2022"},
		{"es", facts.Date{Year: 2022, Month: 6}, now, "junio de 2022"},
		{"en", facts.Date{Year: 2022}, now, "2022"},
		{"en", facts.Date{}, now, "undated"},
		{"fr", facts.Date{}, now, "non daté"},
	}
	for _, tt := range tests {
		if got := dateWords(tt.lang, tt.d, tt.now); got != tt.want {
			t.Errorf("dateWords(%s, %v, %v) = %q, want %q", tt.lang, tt.d, tt.now, got, tt.want)
		}
	}
}

func TestContractWords(t *testing.T) {
	june := facts.Date{Year: 2022, Month: 6}
	tests := []struct {
		lang string
		d    facts.Date
		now  time.Time
		want string
	}{
		{"en", june, time.Date(2022, 3, 24, 0, 0, 0, 0, time.UTC), "contract until June 2022"},
		{"en", june, time.Date(2022, 6, 30, 0, 0, 0, 0, time.UTC), "contract until June 2022"}, // its last day
		{"en", june, time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), "contract ended June 2022"},
		{"fr", june, time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), "contrat terminé en juin 2022"},
		{"de", june, time.Time{}, "Vertrag bis Juni 2022"},
		{"en", facts.Date{}, time.Time{}, "contract end unknown"},
	}
	for _, tt := range tests {
		if got := contractWords(tt.lang, tt.d, tt.now); got != tt.want {
			t.Errorf("contractWords(%s, %v, %v) = %q, want %q", tt.lang, tt.d, tt.now, got, tt.want)
		}
	}
}
