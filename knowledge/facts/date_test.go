package facts

import (
	"encoding/json"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr bool
	}{
		{"", Date{}, false},
		{"2022", Date{Year: 2022}, false},
		{"2022-06", Date{Year: 2022, Month: 6}, false},
		{"2022-06-30", Date{Year: 2022, Month: 6, Day: 30}, false},
		{" 2021-11-23 ", Date{Year: 2021, Month: 11, Day: 23}, false},
		{"2022-02-30", Date{}, true},
		{"2022-13", Date{}, true},
		{"2022-6", Date{}, true},
		{"22-06", Date{}, true},
		{"2022-06-30-01", Date{}, true},
		{"abcd", Date{}, true},
		{"0999", Date{}, true},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err == nil && got.String() != "" {
			if back, _ := ParseDate(got.String()); back != got {
				t.Errorf("ParseDate(%q).String() does not round-trip: %q", tt.in, got.String())
			}
		}
	}
}

func TestDateBounds(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		d          Date
		start, end time.Time
	}{
		{Date{}, time.Time{}, time.Time{}},
		{Date{Year: 2022}, day(2022, 1, 1), day(2022, 12, 31)},
		{Date{Year: 2022, Month: 6}, day(2022, 6, 1), day(2022, 6, 30)},
		{Date{Year: 2024, Month: 2}, day(2024, 2, 1), day(2024, 2, 29)},
		{Date{Year: 2022, Month: 6, Day: 15}, day(2022, 6, 15), day(2022, 6, 15)},
	}
	for _, tt := range tests {
		if got := tt.d.Start(); !got.Equal(tt.start) {
			t.Errorf("%v.Start() = %v, want %v", tt.d, got, tt.start)
		}
		if got := tt.d.End(); !got.Equal(tt.end) {
			t.Errorf("%v.End() = %v, want %v", tt.d, got, tt.end)
		}
	}
}

func TestDateCompare(t *testing.T) {
	a, b := Date{Year: 2021, Month: 11}, Date{Year: 2021, Month: 11, Day: 23}
	if a.Compare(b) >= 0 || b.Compare(a) <= 0 || a.Compare(a) != 0 {
		t.Errorf("Compare orders %v and %v wrongly", a, b)
	}
	if (Date{}).Compare(a) >= 0 {
		t.Errorf("an unknown date must sort before a known one")
	}
}

func TestDateJSON(t *testing.T) {
	tests := []struct {
		d    Date
		json string
	}{
		{Date{}, "null"},
		{Date{Year: 2022}, `"2022"`},
		{Date{Year: 2022, Month: 6}, `"2022-06"`},
		{Date{Year: 2022, Month: 3, Day: 24}, `"2022-03-24"`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.d)
		if err != nil || string(b) != tt.json {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tt.d, b, err, tt.json)
		}
		var back Date
		if err := json.Unmarshal(b, &back); err != nil || back != tt.d {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", b, back, err, tt.d)
		}
	}
	var d Date
	for _, bad := range []string{`"2022-99"`, `12`, `"x"`} {
		if err := json.Unmarshal([]byte(bad), &d); err == nil {
			t.Errorf("Unmarshal(%s) succeeded, want an error", bad)
		}
	}
}

func TestStageStrength(t *testing.T) {
	stages := Stages()
	for i := 1; i < len(stages); i++ {
		if stages[i-1].Strength() <= stages[i].Strength() {
			t.Errorf("%s should be stronger than %s", stages[i-1], stages[i])
		}
	}
	if Stage("rumoured").Valid() {
		t.Errorf("an unknown stage must not be valid")
	}
}
