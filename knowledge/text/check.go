package text

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// The ways a text is refused by Check and Read; test with errors.Is.
var (
	ErrTooLarge = errors.New("text: too large")
	ErrNotText  = errors.New("text: binary data, not UTF-8 text")
)

// Check returns nil when b is a text of at most limit bytes: valid UTF-8
// without NUL. Otherwise it returns an error wrapping ErrTooLarge or
// ErrNotText.
func Check(b []byte, limit int64) error {
	switch {
	case int64(len(b)) > limit:
		return fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, len(b), limit)
	case bytes.IndexByte(b, 0) >= 0 || !utf8.Valid(b):
		return ErrNotText
	}
	return nil
}

// Read reads a text of at most limit bytes from r and checks it (see
// Check); it reads at most limit+1 bytes.
func Read(r io.Reader, limit int64) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return "", fmt.Errorf("text: %w", err)
	}
	if int64(len(b)) > limit {
		return "", fmt.Errorf("%w: the limit is %d bytes", ErrTooLarge, limit)
	}
	if err := Check(b, limit); err != nil {
		return "", err
	}
	return string(b), nil
}
