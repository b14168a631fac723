// Package bot is mercato's platform-neutral command router. An adapter
// turns a platform event into a Request; the Router answers with a Reply
// value that the adapter renders. Nothing here knows Discord or Telegram.
//
// Handlers return replies instead of sending them; middleware is
// func(Handler) Handler.
package bot
