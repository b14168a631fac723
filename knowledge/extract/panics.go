package extract

import (
	"log/slog"
	"runtime/debug"
)

// Options configure an Extractor built with NewWith.
type Options struct {
	// Log receives each panic Extract recovers from (a bug in a rule:
	// the article then gives no facts), with the article's size, hints
	// and the stack. Nil logs nothing; Panics counts them anyway.
	Log *slog.Logger
}

// NewWith is New with options.
func NewWith(o Options) *Extractor {
	x := New()
	x.log = o.Log
	return x
}

// Panics returns how many extractions have panicked since x was built:
// each was recovered and gave an article with no facts. It is meant for a
// metric.
func (x *Extractor) Panics() int64 { return x.panics.Load() }

// recovered counts and logs a panic recovered while extracting text.
func (x *Extractor) recovered(r any, text string, h Hints) {
	x.panics.Add(1)
	if x.log != nil {
		x.log.Error("extract: recovered from a panic: the article gives no facts",
			"panic", r, "bytes", len(text), "lang", h.Lang, "title", h.Title, "stack", string(debug.Stack()))
	}
}
