// Package telegramtest is an in-process fake of the Telegram Bot API for
// tests: it speaks the real wire protocol (form or JSON requests, the
// {"ok": ...} envelope, error codes and retry_after, long polling with
// offset, the file endpoint, webhook delivery with the secret token
// header) and records what the bot did.
//
// It validates what real Telegram validates and tests care about: HTML
// parse mode (allowed tags, balanced, entities), the 4,096-character
// message limit, callback data of at most 64 bytes.
package telegramtest
