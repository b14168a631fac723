package discord

import (
	"sort"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
)

// The /ingest command and its Discord-only attachment option.
const (
	ingestCommand = "ingest"
	fileOption    = "file"
	maxTextOption = 6000 // Discord's longest string option
)

// optionNames localizes the router's argument names where we know a word;
// Discord shows them in the command bar.
var optionNames = map[string]map[string]string{
	"player":   {"fr": "joueur", "es": "jugador", "it": "giocatore", "de": "spieler"},
	"club":     {"fr": "club", "es": "club", "it": "club", "de": "verein"},
	"count":    {"fr": "nombre", "es": "cantidad", "it": "numero", "de": "anzahl"},
	"month":    {"fr": "mois", "es": "mes", "it": "mese", "de": "monat"},
	"text":     {"fr": "texte", "es": "texto", "it": "testo", "de": "text"},
	"file":     {"fr": "fichier", "es": "archivo", "it": "file", "de": "datei"},
	"question": {"fr": "question", "es": "pregunta", "it": "domanda", "de": "frage"},
	"kind":     {"fr": "type", "es": "tipo", "it": "tipo", "de": "art"},
	"about":    {"fr": "sujet", "es": "sobre", "it": "soggetto", "de": "thema"},
	"contract": {"fr": "contrat", "es": "contrato", "it": "contratto", "de": "vertrag"},
	"article":  {"fr": "article", "es": "articulo", "it": "articolo", "de": "artikel"},
	"id":       {"fr": "numero", "es": "numero", "it": "numero", "de": "nummer"},
}

// fileDescription describes /ingest's attachment option.
var fileDescription = map[string]string{
	"en": "A text file (.txt) holding the article",
	"fr": "Un fichier texte (.txt) contenant l'article",
	"es": "Un archivo de texto (.txt) con el artículo",
	"it": "Un file di testo (.txt) con l'articolo",
	"de": "Eine Textdatei (.txt) mit dem Artikel",
}

// applicationCommands turns the router's commands into Discord's
// registration payload: descriptions localized, typed options (player and
// club autocompleted), /ingest with a text or a file and hidden from
// members without Manage Server.
func applicationCommands(cmds []bot.Command) []*discordgo.ApplicationCommand {
	out := make([]*discordgo.ApplicationCommand, 0, len(cmds))
	for _, c := range cmds {
		ac := &discordgo.ApplicationCommand{
			Type:                     discordgo.ChatApplicationCommand,
			Name:                     strings.ToLower(c.Name),
			Description:              description(c.Description, c.Name),
			DescriptionLocalizations: ptr(localized(c.Description)),
			Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM},
			IntegrationTypes:         &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall},
			Options:                  []*discordgo.ApplicationCommandOption{},
		}
		if c.Admin {
			ac.DefaultMemberPermissions = ptr(int64(discordgo.PermissionManageGuild))
		}
		for _, a := range c.Args {
			o := option(a)
			if c.Name == ingestCommand {
				o.Required = false // a text or a file
			}
			ac.Options = append(ac.Options, o)
		}
		if c.Name == ingestCommand {
			ac.Options = append(ac.Options, &discordgo.ApplicationCommandOption{
				Type:                     discordgo.ApplicationCommandOptionAttachment,
				Name:                     fileOption,
				NameLocalizations:        localized(optionNames[fileOption]),
				Description:              description(fileDescription, fileOption),
				DescriptionLocalizations: localized(fileDescription),
			})
		}
		// Discord wants the required options first.
		sort.SliceStable(ac.Options, func(i, j int) bool { return ac.Options[i].Required && !ac.Options[j].Required })
		out = append(out, ac)
	}
	return out
}

// option is one typed option for an argument.
func option(a bot.Arg) *discordgo.ApplicationCommandOption {
	o := &discordgo.ApplicationCommandOption{
		Type:                     discordgo.ApplicationCommandOptionString,
		Name:                     strings.ToLower(a.Name),
		Description:              description(a.Description, a.Name),
		DescriptionLocalizations: localized(a.Description),
		Required:                 a.Required,
	}
	o.NameLocalizations = localized(optionNames[o.Name])
	switch a.Kind {
	case bot.ArgPlayer, bot.ArgClub:
		o.Autocomplete = true
		o.MaxLength = maxLabel
	case bot.ArgMonth:
		o.Autocomplete = true
		// YYYY-MM from the suggestions, or a month's name the router
		// reads in five languages: "juin", "septiembre de 2025".
		o.MinLength = ptr(len("mai"))
		o.MaxLength = len("septiembre de 2025") + 2
	case bot.ArgInt:
		o.Type = discordgo.ApplicationCommandOptionInteger
		o.MinValue = ptr(1.0)
	default:
		if ch, ok := optionChoices[o.Name]; ok {
			o.Choices = ch
			break
		}
		if o.Name == aboutOption {
			o.Autocomplete = true
			o.MaxLength = maxLabel
			break
		}
		o.MaxLength = maxTextOption
	}
	return o
}

// aboutOption is /subscribe's text argument naming a player or a club; it
// autocompletes from both.
const aboutOption = "about"

// optionChoices are the fixed values of the router's text arguments that
// take one of a few words: /subscribe and /unsubscribe's kind.
var optionChoices = map[string][]*discordgo.ApplicationCommandOptionChoice{
	"kind": {
		{Name: "digest", Value: "digest", NameLocalizations: localized(map[string]string{
			"fr": "résumé quotidien", "es": "resumen diario", "it": "riepilogo quotidiano", "de": "tägliche Zusammenfassung"})},
		{Name: "reminders", Value: "reminders", NameLocalizations: localized(map[string]string{
			"fr": "rappels de contrat", "es": "avisos de contrato", "it": "promemoria dei contratti", "de": "Vertragserinnerungen"})},
	},
}

// description is the English description within Discord's 100 characters,
// the name when there is none (Discord requires one).
func description(d map[string]string, name string) string {
	s := oneLine(d["en"])
	if s == "" {
		s = name
	}
	return cut(s, maxLabel)
}

// localized maps texts in French, Spanish, Italian and German to Discord's
// locales.
func localized(d map[string]string) map[discordgo.Locale]string {
	out := map[discordgo.Locale]string{}
	for lang, locs := range locales {
		s := oneLine(d[lang])
		if s == "" {
			continue
		}
		for _, l := range locs {
			out[l] = cut(s, maxLabel)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func ptr[T any](v T) *T { return &v }
