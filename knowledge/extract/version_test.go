package extract

import (
	"regexp"
	"testing"
)

func TestVersion(t *testing.T) {
	v := Version()
	if !regexp.MustCompile(`^lexicons-[0-9a-f]{12}$`).MatchString(v) {
		t.Errorf("Version() = %q", v)
	}
	if Version() != v {
		t.Error("Version changes between calls")
	}
}
