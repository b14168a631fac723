package text

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckAndRead(t *testing.T) {
	for _, tt := range []struct {
		in    string
		limit int64
		want  error
	}{
		{"Kamara to Arsenal", 100, nil},
		{"", 100, nil},
		{"Kamara\x00", 100, ErrNotText},
		{"Kamara \xff", 100, ErrNotText},
		{"Kamara to Arsenal", 5, ErrTooLarge},
		{"12345", 5, nil},
	} {
		if err := Check([]byte(tt.in), tt.limit); !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
			t.Errorf("Check(%q, %d) = %v, want %v", tt.in, tt.limit, err, tt.want)
		}
		got, err := Read(strings.NewReader(tt.in), tt.limit)
		if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
			t.Errorf("Read(%q, %d) = %v, want %v", tt.in, tt.limit, err, tt.want)
		}
		if err == nil && got != tt.in {
			t.Errorf("Read(%q) = %q", tt.in, got)
		}
	}
}
