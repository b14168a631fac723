// Package metrics holds mercato's own Prometheus metrics, registered on
// a registry that main creates and hands down: nothing here is global.
//
// A *Metrics implements the small recording interfaces the components
// declare (bot.Metrics, jobs.Metrics, the adapters'); a component given
// none records nothing, and every method of a nil *Metrics does nothing.
// Label values are bounded: platforms, commands, outcomes, languages,
// intents, sources and job names, never a player's name or a chat id.
package metrics
