// Package discord is the bot on Discord: slash commands with autocomplete,
// embeds, select menus for ambiguous names, admin ingest, questions in
// direct messages, and the jobs' digests posted to subscribed channels.
//
// The adapter keeps discordgo behind the small api interface (the calls it
// makes on a *discordgo.Session) and renders bot.Reply values within
// Discord's limits. Nothing it sends can mention anyone: every message
// carries an empty allowed_mentions.
package discord
