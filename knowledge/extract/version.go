package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"slices"
)

// Version identifies the extractor's data for `mercato version`:
// "lexicons-" and the first 12 hexadecimal digits of a SHA-256 over the
// embedded lexicon files, names and contents in name order. Rules changed
// in code do not change it (the build's VCS revision tells those); the
// re-extraction work is to give the rules a version of their own here.
func Version() string {
	entries, err := lexiconFiles.ReadDir("lexicons")
	if err != nil {
		return "unknown"
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	slices.Sort(names)
	h := sha256.New()
	for _, n := range names {
		b, err := lexiconFiles.ReadFile(path.Join("lexicons", n))
		if err != nil {
			return "unknown"
		}
		h.Write([]byte(n + "\x00"))
		h.Write(b)
		h.Write([]byte{0})
	}
	return "lexicons-" + hex.EncodeToString(h.Sum(nil))[:12]
}
