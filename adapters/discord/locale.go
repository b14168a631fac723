package discord

import (
	"github.com/bwmarrin/discordgo"

	"github.com/mercato-bot/mercato/bot/i18n"
)

// langOf maps a Discord locale ("fr", "es-ES", "en-GB") to the catalogue's
// languages, or "" when it is none of them.
func langOf(l discordgo.Locale) string {
	lang, _ := i18n.Match(string(l))
	return lang
}

// locales maps the catalogue's languages to the Discord locales that get
// its localizations: Spanish covers Spain and Latin America.
var locales = map[string][]discordgo.Locale{
	"fr": {discordgo.French},
	"es": {discordgo.SpanishES, discordgo.SpanishLATAM},
	"it": {discordgo.Italian},
	"de": {discordgo.German},
}
