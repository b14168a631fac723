package discord

import (
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// msgKey names one of the adapter's own fixed sentences; the router words
// everything else.
type msgKey int

const (
	msgNotAdmin   msgKey = iota // /ingest by someone not in admins/admin_roles
	msgMissing                  // a required option is absent: %s names it
	msgExpired                  // a select menu whose choice is no longer known
	msgNotText                  // an attachment that is not a text file
	msgTooBig                   // an attachment over the limit: %s is the limit
	msgDownload                 // the attachment could not be fetched
	msgNotInGuild               // an interaction from a guild the bot left
	msgFailed                   // the router failed or panicked
	msgChoose                   // select menu placeholder
	msgUnknown                  // a command this version does not know
	msgEmpty                    // a reply with nothing in it
)

// messages holds the adapter's sentences by language (en, fr, es, it, de).
var messages = map[msgKey]map[string]string{
	msgNotAdmin: {
		"en": "Only the bot's admins can use /ingest.",
		"fr": "Seuls les administrateurs du bot peuvent utiliser /ingest.",
		"es": "Solo los administradores del bot pueden usar /ingest.",
		"it": "Solo gli amministratori del bot possono usare /ingest.",
		"de": "Nur die Admins des Bots dürfen /ingest verwenden.",
	},
	msgMissing: {
		"en": "Missing option: %s.", "fr": "Option manquante : %s.", "es": "Falta la opción: %s.",
		"it": "Opzione mancante: %s.", "de": "Fehlende Option: %s.",
	},
	msgExpired: {
		"en": "This choice has expired: ask again.",
		"fr": "Ce choix a expiré : reposez la question.",
		"es": "Esta opción ha caducado: vuelve a preguntar.",
		"it": "Questa scelta è scaduta: chiedi di nuovo.",
		"de": "Diese Auswahl ist abgelaufen: bitte erneut fragen.",
	},
	msgNotText: {
		"en": "Send the article as a text file (.txt), not an image or other file.",
		"fr": "Envoyez l'article en fichier texte (.txt), pas en image ni autre fichier.",
		"es": "Envía el artículo como archivo de texto (.txt), no como imagen u otro archivo.",
		"it": "Invia l'articolo come file di testo (.txt), non come immagine o altro file.",
		"de": "Schicke den Artikel als Textdatei (.txt), nicht als Bild oder andere Datei.",
	},
	msgTooBig: {
		"en": "The file is too big: the limit is %s.", "fr": "Le fichier est trop gros : la limite est de %s.",
		"es": "El archivo es demasiado grande: el límite es %s.", "it": "Il file è troppo grande: il limite è %s.",
		"de": "Die Datei ist zu groß: die Grenze liegt bei %s.",
	},
	msgDownload: {
		"en": "The file could not be downloaded; try again.",
		"fr": "Le fichier n'a pas pu être téléchargé ; réessayez.",
		"es": "No se pudo descargar el archivo; inténtalo de nuevo.",
		"it": "Impossibile scaricare il file; riprova.",
		"de": "Die Datei konnte nicht geladen werden; bitte erneut versuchen.",
	},
	msgNotInGuild: {
		"en": "I am no longer in this server: an admin can invite me again.",
		"fr": "Je ne suis plus sur ce serveur : un administrateur peut me réinviter.",
		"es": "Ya no estoy en este servidor: un administrador puede volver a invitarme.",
		"it": "Non sono più in questo server: un amministratore può invitarmi di nuovo.",
		"de": "Ich bin nicht mehr auf diesem Server: ein Admin kann mich erneut einladen.",
	},
	msgFailed: {
		"en": "Something went wrong; try again in a moment.",
		"fr": "Une erreur s'est produite ; réessayez dans un instant.",
		"es": "Algo salió mal; inténtalo de nuevo en un momento.",
		"it": "Qualcosa è andato storto; riprova tra poco.",
		"de": "Etwas ist schiefgelaufen; bitte gleich noch einmal versuchen.",
	},
	msgChoose: {
		"en": "Which one?", "fr": "Lequel ?", "es": "¿Cuál?", "it": "Quale?", "de": "Welcher?",
	},
	msgUnknown: {
		"en": "I do not know this command any more: try /help.",
		"fr": "Je ne connais plus cette commande : essayez /help.",
		"es": "Ya no conozco este comando: prueba /help.",
		"it": "Non conosco più questo comando: prova /help.",
		"de": "Diesen Befehl kenne ich nicht mehr: versuche /help.",
	},
	msgEmpty: {
		"en": "Nothing to show.", "fr": "Rien à afficher.", "es": "Nada que mostrar.",
		"it": "Niente da mostrare.", "de": "Nichts anzuzeigen.",
	},
}

// msg returns sentence k in lang (English when lang is not one of ours),
// formatted with args.
func msg(lang string, k msgKey, args ...any) string {
	s, ok := messages[k][lang]
	if !ok {
		s = messages[k]["en"]
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// langOf maps a Discord locale ("fr", "es-ES", "en-GB") to the router's
// languages, or "" when it is none of them.
func langOf(l discordgo.Locale) string {
	base, _, _ := strings.Cut(string(l), "-")
	switch base {
	case "en", "fr", "es", "it", "de":
		return base
	}
	return ""
}

// locales maps the router's languages to the Discord locales that get its
// localizations: Spanish covers Spain and Latin America.
var locales = map[string][]discordgo.Locale{
	"fr": {discordgo.French},
	"es": {discordgo.SpanishES, discordgo.SpanishLATAM},
	"it": {discordgo.Italian},
	"de": {discordgo.German},
}
