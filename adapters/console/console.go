// Package console is the bot on standard input and output: the default
// when no platform token is set, and the end-to-end test harness.
package console
