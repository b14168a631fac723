package telegram

import (
	"fmt"
	"strings"
)

// phrases are the adapter's own fixed words, by key and language.
var phrases = map[string]map[string]string{
	"more": {
		"en": "and %d more", "fr": "et %d de plus", "es": "y %d más", "it": "e altri %d", "de": "und %d weitere",
	},
	"which": {
		"en": "Which one?", "fr": "Lequel ?", "es": "¿Cuál?", "it": "Quale?", "de": "Welcher?",
	},
	"admins only": {
		"en": "Only the bot's admins can /ingest articles.",
		"fr": "Seuls les administrateurs du bot peuvent utiliser /ingest.",
		"es": "Solo los administradores del bot pueden usar /ingest.",
		"it": "Solo gli amministratori del bot possono usare /ingest.",
		"de": "Nur die Admins des Bots dürfen /ingest verwenden.",
	},
	"expired": {
		"en": "This choice has expired: please ask again.",
		"fr": "Ce choix a expiré : reposez la question.",
		"es": "Esta opción ha caducado: vuelve a preguntar.",
		"it": "Questa scelta è scaduta: chiedi di nuovo.",
		"de": "Diese Auswahl ist abgelaufen: bitte erneut fragen.",
	},
	"bad document": {
		"en": "I can only /ingest a .txt or .html document.",
		"fr": "Je ne peux utiliser /ingest que sur un document .txt ou .html.",
		"es": "Solo puedo usar /ingest con un documento .txt o .html.",
		"it": "Posso usare /ingest solo con un documento .txt o .html.",
		"de": "/ingest geht nur mit einem .txt- oder .html-Dokument.",
	},
	"too large": {
		"en": "This document is too large to /ingest (limit %d KB).",
		"fr": "Ce document est trop gros pour /ingest (limite %d Ko).",
		"es": "Este documento es demasiado grande para /ingest (límite %d KB).",
		"it": "Questo documento è troppo grande per /ingest (limite %d KB).",
		"de": "Dieses Dokument ist zu groß für /ingest (Grenze %d KB).",
	},
	"not text": {
		"en": "This document is not text I can read.",
		"fr": "Ce document n'est pas un texte lisible.",
		"es": "Este documento no es un texto legible.",
		"it": "Questo documento non è un testo leggibile.",
		"de": "Dieses Dokument ist kein lesbarer Text.",
	},
	"download failed": {
		"en": "I could not download this document; please try again.",
		"fr": "Je n'ai pas pu télécharger ce document ; réessayez.",
		"es": "No pude descargar este documento; inténtalo de nuevo.",
		"it": "Non sono riuscito a scaricare questo documento; riprova.",
		"de": "Ich konnte dieses Dokument nicht herunterladen; bitte erneut versuchen.",
	},
}

// phrase returns the phrase key in lang (a platform language code such as
// "fr-FR"; English when not supported), formatted with n when it has a verb.
func phrase(lang, key string, n int) string {
	m := phrases[key]
	s, ok := m[baseLang(lang)]
	if !ok {
		s = m["en"]
	}
	if strings.Contains(s, "%d") {
		return fmt.Sprintf(s, n)
	}
	return s
}

// baseLang returns the language part of a language code: "fr-FR" -> "fr".
func baseLang(code string) string {
	code = strings.ToLower(code)
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	return code
}
