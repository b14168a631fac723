package extract

import (
	"regexp"
	"testing"
)

// TestVersion: the version is a short hash, the same on every call, and
// covers the embedded sources and lexicons (tests left out).
func TestVersion(t *testing.T) {
	v := Version()
	if !regexp.MustCompile(`^[0-9a-f]{12}$`).MatchString(v) {
		t.Fatalf("Version() = %q; want 12 hex digits", v)
	}
	if again := Version(); again != v {
		t.Errorf("Version() = %q then %q", v, again)
	}
	for _, name := range []string{"extract.go", "version.go", "lexicons/en.txt"} {
		if _, err := sources.ReadFile(name); err != nil {
			t.Errorf("%s is not hashed: %v", name, err)
		}
	}
}
