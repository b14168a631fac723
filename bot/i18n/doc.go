// Package i18n is mercato's one message catalogue: every fixed sentence
// the bot, its adapters and its scheduled jobs send, keyed by message id
// and language.
//
// The messages of a language live in messages/<lang>.txt, one
// "id = text" a line, with fmt verbs for what the caller fills in. English
// is the reference: every other language has the same ids and the same
// verbs, which the package's tests check. Adding a language is adding its
// file and its code to the list in catalogue.go.
package i18n
