// Package text is what mercato knows of written words, whatever their use:
// folding names and words to the form they are matched in, splitting text
// into words, telling its language (English, French, Spanish, Italian,
// German), edit distances between names, the months' names, and the
// checks that a text is one (size, UTF-8, no NUL).
//
// It is a leaf: it imports only the standard library and golang.org/x/text,
// so the store, the extractor, the bot and the adapters can all use it and
// a name folds the same in each.
package text
