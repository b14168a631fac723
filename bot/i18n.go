package bot

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// langs are the languages of the bot's fixed words, English first.
var langs = [...]string{"en", "fr", "es", "it", "de"}

// Languages returns the languages of the bot's fixed words ("en", "fr",
// "es", "it", "de"), English first, in a slice the caller may change.
func Languages() []string {
	return slices.Clone(langs[:])
}

// normLang returns the supported language of a platform's language code
// ("fr-FR" -> "fr"), English when it is not one of langs.
func normLang(code string) string {
	code = strings.ToLower(code)
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	for _, l := range langs {
		if code == l {
			return l
		}
	}
	return "en"
}

// T returns the fixed phrase key in lang (English when missing), formatted
// with args.
func T(lang, key string, args ...any) string {
	m, ok := messages[key]
	if !ok {
		return key
	}
	s, ok := m[normLang(lang)]
	if !ok {
		s = m["en"]
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// messages holds every fixed phrase by key and language.
var messages = map[string]map[string]string{
	"more": {"en": "and %d more", "fr": "et %d de plus", "es": "y %d más", "it": "e altri %d", "de": "und %d weitere"},

	"stage.interest": {"en": "interest", "fr": "intérêt", "es": "interés", "it": "interesse", "de": "Interesse"},
	"stage.talks":    {"en": "talks", "fr": "discussions", "es": "negociaciones", "it": "trattative", "de": "Gespräche"},
	"stage.bid":      {"en": "bid", "fr": "offre", "es": "oferta", "it": "offerta", "de": "Angebot"},
	"stage.advanced": {"en": "advanced", "fr": "avancé", "es": "avanzado", "it": "avanzata", "de": "fortgeschritten"},
	"stage.done":     {"en": "done", "fr": "conclu", "es": "cerrado", "it": "concluso", "de": "perfekt"},
	"stage.ended":    {"en": "ended", "fr": "terminé", "es": "terminado", "it": "finito", "de": "beendet"},

	"fee.bid":            {"en": "bid", "fr": "offre", "es": "oferta", "it": "offerta", "de": "Angebot"},
	"fee.asking":         {"en": "asking price", "fr": "prix demandé", "es": "precio pedido", "it": "prezzo richiesto", "de": "geforderte Ablöse"},
	"fee.valuation":      {"en": "valuation", "fr": "valeur estimée", "es": "valoración", "it": "valutazione", "de": "Marktwert"},
	"fee.release_clause": {"en": "release clause", "fr": "clause libératoire", "es": "cláusula de rescisión", "it": "clausola rescissoria", "de": "Ausstiegsklausel"},
	"fee.wage":           {"en": "wage", "fr": "salaire", "es": "salario", "it": "stipendio", "de": "Gehalt"},
	"status.rejected":    {"en": "rejected", "fr": "refusée", "es": "rechazada", "it": "rifiutata", "de": "abgelehnt"},
	"status.accepted":    {"en": "accepted", "fr": "acceptée", "es": "aceptada", "it": "accettata", "de": "angenommen"},
	"status.reported":    {"en": "reported", "fr": "rapportée", "es": "publicada", "it": "riportata", "de": "gemeldet"},

	"report1":          {"en": "1 report", "fr": "1 article", "es": "1 noticia", "it": "1 notizia", "de": "1 Bericht"},
	"reportN":          {"en": "%d reports", "fr": "%d articles", "es": "%d noticias", "it": "%d notizie", "de": "%d Berichte"},
	"latest_on":        {"en": "latest %s", "fr": "dernier %s", "es": "último %s", "it": "ultima %s", "de": "zuletzt %s"},
	"undated":          {"en": "undated", "fr": "non daté", "es": "sin fecha", "it": "senza data", "de": "ohne Datum"},
	"contract_until":   {"en": "contract until %s", "fr": "contrat jusqu'en %s", "es": "contrato hasta %s", "it": "contratto fino a %s", "de": "Vertrag bis %s"},
	"contract_unknown": {"en": "contract end unknown", "fr": "fin de contrat inconnue", "es": "fin de contrato desconocido", "it": "scadenza del contratto sconosciuta", "de": "Vertragsende unbekannt"},
	"club_unknown":     {"en": "club unknown", "fr": "club inconnu", "es": "club desconocido", "it": "club sconosciuto", "de": "Verein unbekannt"},

	"suitors.none": {"en": "No club is linked with %s yet.", "fr": "Aucun club n'est encore lié à %s.", "es": "Ningún club está vinculado aún con %s.", "it": "Nessun club è ancora accostato a %s.", "de": "Noch kein Verein wird mit %s in Verbindung gebracht."},
	"suitors.n":    {"en": "Clubs linked: %d", "fr": "Clubs intéressés : %d", "es": "Clubes interesados: %d", "it": "Club interessati: %d", "de": "Interessierte Vereine: %d"},
	"suitors.hint": {"en": "Articles: /sources %s", "fr": "Articles : /sources %s", "es": "Artículos: /sources %s", "it": "Articoli: /sources %s", "de": "Artikel: /sources %s"},

	"player.fees":    {"en": "Fees reported:", "fr": "Montants évoqués :", "es": "Cifras publicadas:", "it": "Cifre riportate:", "de": "Genannte Summen:"},
	"player.nofees":  {"en": "No fee reported.", "fr": "Aucun montant évoqué.", "es": "Ninguna cifra publicada.", "it": "Nessuna cifra riportata.", "de": "Keine Summe genannt."},
	"player.links":   {"en": "Latest links:", "fr": "Dernières pistes :", "es": "Últimos rumores:", "it": "Ultime voci:", "de": "Neueste Gerüchte:"},
	"player.nolinks": {"en": "No link reported.", "fr": "Aucune piste évoquée.", "es": "Ningún rumor publicado.", "it": "Nessuna voce riportata.", "de": "Keine Gerüchte gemeldet."},

	"club.targets":  {"en": "Players %s is linked with: %d", "fr": "Joueurs visés par %s : %d", "es": "Jugadores que quiere %s: %d", "it": "Giocatori accostati a %s: %d", "de": "Spieler, die %s will: %d"},
	"club.outgoing": {"en": "%s players linked elsewhere (→): %d", "fr": "Joueurs de %s convoités ailleurs (→) : %d", "es": "Jugadores del %s que interesan a otros (→): %d", "it": "Giocatori del %s cercati altrove (→): %d", "de": "Spieler von %s, die anderswo gefragt sind (→): %d"},
	"club.none":     {"en": "No link known for %s yet.", "fr": "Aucune piste connue pour %s.", "es": "Ningún rumor conocido sobre %s.", "it": "Nessuna voce nota su %s.", "de": "Noch keine Gerüchte zu %s bekannt."},

	"latest.title":  {"en": "Latest rumours", "fr": "Dernières rumeurs", "es": "Últimos rumores", "it": "Ultime voci", "de": "Neueste Gerüchte"},
	"latest.about":  {"en": "Latest rumours about %s", "fr": "Dernières rumeurs sur %s", "es": "Últimos rumores sobre %s", "it": "Ultime voci su %s", "de": "Neueste Gerüchte über %s"},
	"latest.noclub": {"en": "No rumour about %s yet.", "fr": "Aucune rumeur sur %s pour l'instant.", "es": "Todavía ningún rumor sobre %s.", "it": "Ancora nessuna voce su %s.", "de": "Noch keine Gerüchte über %s."},
	"latest.none":   {"en": "No rumour known yet.", "fr": "Aucune rumeur connue.", "es": "Ningún rumor conocido.", "it": "Nessuna voce nota.", "de": "Noch keine Gerüchte bekannt."},
	"sources.title": {"en": "Sources: %s", "fr": "Sources : %s", "es": "Fuentes: %s", "it": "Fonti: %s", "de": "Quellen: %s"},
	"sources.none":  {"en": "No article links %s yet.", "fr": "Aucun article ne parle encore de %s.", "es": "Ningún artículo habla aún de %s.", "it": "Nessun articolo parla ancora di %s.", "de": "Noch kein Artikel über %s."},

	"expiring.title": {"en": "Contracts ending %s – %s", "fr": "Contrats se terminant entre %s et %s", "es": "Contratos que terminan entre %s y %s", "it": "Contratti in scadenza tra %s e %s", "de": "Verträge, die %s – %s enden"},
	"expiring.none":  {"en": "No contract known to end then.", "fr": "Aucun contrat connu ne se termine à cette date.", "es": "Ningún contrato conocido termina entonces.", "it": "Nessun contratto noto scade in quel periodo.", "de": "Kein bekannter Vertrag endet in diesem Zeitraum."},

	"err.empty":     {"en": "Ask me something: /help lists the commands.", "fr": "Posez-moi une question : /help liste les commandes.", "es": "Pregúntame algo: /help lista los comandos.", "it": "Fammi una domanda: /help elenca i comandi.", "de": "Frag mich etwas: /help listet die Befehle."},
	"err.unknown":   {"en": "Unknown command /%s: /help lists the commands.", "fr": "Commande /%s inconnue : /help liste les commandes.", "es": "Comando /%s desconocido: /help lista los comandos.", "it": "Comando /%s sconosciuto: /help elenca i comandi.", "de": "Unbekannter Befehl /%s: /help listet die Befehle."},
	"err.needarg":   {"en": "Usage: %s", "fr": "Usage : %s", "es": "Uso: %s", "it": "Uso: %s", "de": "Verwendung: %s"},
	"err.toolong":   {"en": "That is too long (%d characters at most).", "fr": "C'est trop long (%d caractères au plus).", "es": "Es demasiado largo (%d caracteres como máximo).", "it": "È troppo lungo (al massimo %d caratteri).", "de": "Das ist zu lang (höchstens %d Zeichen)."},
	"err.admin":     {"en": "Only admins can use /%s.", "fr": "Seuls les administrateurs peuvent utiliser /%s.", "es": "Solo los administradores pueden usar /%s.", "it": "Solo gli amministratori possono usare /%s.", "de": "Nur Admins dürfen /%s verwenden."},
	"err.manage":    {"en": "Only the chat's administrators can change its subscriptions.", "fr": "Seuls les administrateurs du salon peuvent modifier ses abonnements.", "es": "Solo los administradores del chat pueden cambiar sus suscripciones.", "it": "Solo gli amministratori della chat possono modificarne gli abbonamenti.", "de": "Nur die Admins des Chats dürfen seine Abos ändern."},
	"err.internal":  {"en": "Sorry, something went wrong; please try again later.", "fr": "Désolé, une erreur s'est produite ; réessayez plus tard.", "es": "Lo siento, algo falló; inténtalo más tarde.", "it": "Spiacente, qualcosa è andato storto; riprova più tardi.", "de": "Entschuldigung, etwas ist schiefgegangen; bitte später erneut versuchen."},
	"err.number":    {"en": "“%s” is not a number from 1 to %d.", "fr": "« %s » n'est pas un nombre de 1 à %d.", "es": "«%s» no es un número del 1 al %d.", "it": "«%s» non è un numero da 1 a %d.", "de": "„%s“ ist keine Zahl von 1 bis %d."},
	"err.month":     {"en": "“%s” is not a month: use YYYY-MM or a month's name, e.g. 2022-06 or June 2022.", "fr": "« %s » n'est pas un mois : utilisez AAAA-MM ou le nom d'un mois, par ex. 2022-06 ou juin 2022.", "es": "«%s» no es un mes: usa AAAA-MM o el nombre de un mes, p. ej. 2022-06 o junio 2022.", "it": "«%s» non è un mese: usa AAAA-MM o il nome di un mese, ad es. 2022-06 o giugno 2022.", "de": "„%s“ ist kein Monat: JJJJ-MM oder einen Monatsnamen verwenden, z. B. 2022-06 oder Juni 2022."},
	"err.noplayer":  {"en": "I know no player called “%s”.", "fr": "Je ne connais aucun joueur nommé « %s ».", "es": "No conozco a ningún jugador llamado «%s».", "it": "Non conosco nessun giocatore di nome «%s».", "de": "Ich kenne keinen Spieler namens „%s“."},
	"err.noclub":    {"en": "I know no club called “%s”.", "fr": "Je ne connais aucun club nommé « %s ».", "es": "No conozco ningún club llamado «%s».", "it": "Non conosco nessun club di nome «%s».", "de": "Ich kenne keinen Verein namens „%s“."},
	"err.noname":    {"en": "I know no player or club called “%s”.", "fr": "Je ne connais aucun joueur ni club nommé « %s ».", "es": "No conozco a ningún jugador ni club llamado «%s».", "it": "Non conosco nessun giocatore o club di nome «%s».", "de": "Ich kenne keinen Spieler und keinen Verein namens „%s“."},
	"closest":       {"en": "Did you mean: %s?", "fr": "Vouliez-vous dire : %s ?", "es": "¿Quisiste decir: %s?", "it": "Forse intendevi: %s?", "de": "Meintest du: %s?"},
	"ambiguous":     {"en": "Several players fit “%s”: which one?", "fr": "Plusieurs joueurs correspondent à « %s » : lequel ?", "es": "Varios jugadores coinciden con «%s»: ¿cuál?", "it": "Più giocatori corrispondono a «%s»: quale?", "de": "Mehrere Spieler passen zu „%s“: welcher?"},
	"ambiguousclub": {"en": "Several clubs fit “%s”: which one?", "fr": "Plusieurs clubs correspondent à « %s » : lequel ?", "es": "Varios clubes coinciden con «%s»: ¿cuál?", "it": "Più club corrispondono a «%s»: quale?", "de": "Mehrere Vereine passen zu „%s“: welcher?"},
	"err.nofetch":   {"en": "Fetching web pages is not configured: paste the article text instead.", "fr": "La lecture de pages web n'est pas configurée : collez plutôt le texte de l'article.", "es": "La descarga de páginas web no está configurada: pega el texto del artículo.", "it": "Il recupero di pagine web non è configurato: incolla il testo dell'articolo.", "de": "Das Abrufen von Webseiten ist nicht eingerichtet: füge stattdessen den Artikeltext ein."},
	"err.fetch":     {"en": "Could not fetch %s: %s", "fr": "Impossible de lire %s : %s", "es": "No se pudo descargar %s: %s", "it": "Impossibile recuperare %s: %s", "de": "%s konnte nicht abgerufen werden: %s"},
	"err.subkind":   {"en": "Use digest or reminders, e.g. /unsubscribe digest.", "fr": "Utilisez digest ou reminders, par ex. /unsubscribe digest.", "es": "Usa digest o reminders, p. ej. /unsubscribe digest.", "it": "Usa digest o reminders, ad es. /unsubscribe digest.", "de": "Verwende digest oder reminders, z. B. /unsubscribe digest."},

	"ingest.new":       {"en": "new article", "fr": "nouvel article", "es": "artículo nuevo", "it": "nuovo articolo", "de": "neuer Artikel"},
	"ingest.duplicate": {"en": "duplicate: already known, nothing changed", "fr": "doublon : déjà connu, rien n'a changé", "es": "duplicado: ya conocido, nada cambia", "it": "duplicato: già noto, nulla è cambiato", "de": "Duplikat: schon bekannt, nichts geändert"},
	"ingest.rejected":  {"en": "rejected: %s", "fr": "refusé : %s", "es": "rechazado: %s", "it": "rifiutato: %s", "de": "abgelehnt: %s"},
	"ingest.noplayer":  {"en": "No player found in it.", "fr": "Aucun joueur trouvé.", "es": "No se encontró ningún jugador.", "it": "Nessun giocatore trovato.", "de": "Kein Spieler gefunden."},

	"sub.done":    {"en": "Subscribed: %s.", "fr": "Abonnement enregistré : %s.", "es": "Suscripción hecha: %s.", "it": "Abbonamento attivato: %s.", "de": "Abonniert: %s."},
	"sub.removed": {"en": "Subscriptions removed: %d.", "fr": "Abonnements supprimés : %d.", "es": "Suscripciones eliminadas: %d.", "it": "Abbonamenti rimossi: %d.", "de": "Entfernte Abos: %d."},
	"sub.title":   {"en": "Subscriptions of this chat", "fr": "Abonnements de ce salon", "es": "Suscripciones de este chat", "it": "Abbonamenti di questa chat", "de": "Abos dieses Chats"},
	"sub.none":    {"en": "This chat has no subscription: try /subscribe digest.", "fr": "Ce salon n'a aucun abonnement : essayez /subscribe digest.", "es": "Este chat no tiene suscripciones: prueba /subscribe digest.", "it": "Questa chat non ha abbonamenti: prova /subscribe digest.", "de": "Dieser Chat hat keine Abos: versuche /subscribe digest."},
	"sub.digest":  {"en": "daily digest", "fr": "résumé quotidien", "es": "resumen diario", "it": "riepilogo quotidiano", "de": "tägliche Zusammenfassung"},
	"sub.remind":  {"en": "contract reminders", "fr": "rappels de fin de contrat", "es": "avisos de fin de contrato", "it": "promemoria di scadenza", "de": "Erinnerungen an Vertragsenden"},
	"sub.all":     {"en": "everything", "fr": "tout", "es": "todo", "it": "tutto", "de": "alles"},

	"help.title": {"en": "mercato answers transfer questions", "fr": "mercato répond aux questions de transferts", "es": "mercato responde preguntas de fichajes", "it": "mercato risponde alle domande di calciomercato", "de": "mercato beantwortet Transferfragen"},
	"help.ask":   {"en": "You can also just ask: %s", "fr": "Vous pouvez aussi simplement demander : %s", "es": "También puedes preguntar: %s", "it": "Puoi anche chiedere: %s", "de": "Du kannst auch einfach fragen: %s"},

	"q.unknown": {"en": "Sorry, I did not understand. Try “%s” or “%s”.", "fr": "Désolé, je n'ai pas compris. Essayez « %s » ou « %s ».", "es": "Lo siento, no lo entendí. Prueba «%s» o «%s».", "it": "Scusa, non ho capito. Prova «%s» o «%s».", "de": "Entschuldigung, das habe ich nicht verstanden. Versuch „%s“ oder „%s“."},
	"q.ex1":     {"en": "who wants Kamara?", "fr": "qui veut Kamara ?", "es": "¿quién quiere a Kamara?", "it": "chi vuole Kamara?", "de": "wer will Kamara?"},
	"q.ex2":     {"en": "latest rumours", "fr": "dernières rumeurs", "es": "últimos rumores", "it": "ultime voci", "de": "neueste Gerüchte"},

	// The scheduled jobs' messages (package jobs), in a subscription's language.
	"digest.title":        {"en": "Transfer digest", "fr": "Résumé des transferts", "es": "Resumen de fichajes", "it": "Riepilogo del mercato", "de": "Transfer-Überblick"},
	"digest.new":          {"en": "New since the last digest", "fr": "Nouveau depuis le dernier résumé", "es": "Novedades desde el último resumen", "it": "Novità dall'ultimo riepilogo", "de": "Neu seit dem letzten Überblick"},
	"digest.sofar":        {"en": "What is known so far", "fr": "Ce que l'on sait à ce jour", "es": "Lo que se sabe hasta ahora", "it": "Quello che si sa finora", "de": "Was bisher bekannt ist"},
	"digest.counts":       {"en": "%s: %s on %s.", "fr": "%s : %s sur %s.", "es": "%s: %s sobre %s.", "it": "%s: %s su %s.", "de": "%s: %s zu %s."},
	"digest.footer":       {"en": "/unsubscribe digest to stop these messages", "fr": "/unsubscribe digest pour ne plus recevoir ces messages", "es": "/unsubscribe digest para dejar de recibir estos mensajes", "it": "/unsubscribe digest per non ricevere più questi messaggi", "de": "/unsubscribe digest, um diese Nachrichten abzubestellen"},
	"player1":             {"en": "1 player", "fr": "1 joueur", "es": "1 jugador", "it": "1 giocatore", "de": "1 Spieler"},
	"playerN":             {"en": "%d players", "fr": "%d joueurs", "es": "%d jugadores", "it": "%d giocatori", "de": "%d Spieler"},
	"day1":                {"en": "1 day", "fr": "1 jour", "es": "1 día", "it": "1 giorno", "de": "1 Tag"},
	"dayN":                {"en": "%d days", "fr": "%d jours", "es": "%d días", "it": "%d giorni", "de": "%d Tagen"},
	"remind.title":        {"en": "Contracts running out", "fr": "Contrats en fin de course", "es": "Contratos a punto de terminar", "it": "Contratti in scadenza", "de": "Auslaufende Verträge"},
	"remind.title1":       {"en": "Contract running out: %s", "fr": "Contrat en fin de course : %s", "es": "Contrato a punto de terminar: %s", "it": "Contratto in scadenza: %s", "de": "Auslaufender Vertrag: %s"},
	"remind.line":         {"en": "%s's %s.", "fr": "%s : %s.", "es": "%s: %s.", "it": "%s: %s.", "de": "%s: %s."},
	"remind.footer":       {"en": "/unsubscribe reminders to stop these messages", "fr": "/unsubscribe reminders pour ne plus recevoir ces messages", "es": "/unsubscribe reminders para dejar de recibir estos mensajes", "it": "/unsubscribe reminders per non ricevere più questi messaggi", "de": "/unsubscribe reminders, um diese Nachrichten abzubestellen"},
	"remind.contract":     {"en": "contract", "fr": "contrat", "es": "contrato", "it": "contratto", "de": "Vertrag"},
	"remind.contractwith": {"en": "contract with %s", "fr": "contrat avec %s", "es": "contrato con el %s", "it": "contratto con %s", "de": "Vertrag bei %s"},
	"remind.onday":        {"en": "on %s", "fr": "le %s", "es": "el %s", "it": "il %s", "de": "am %s"},
	"remind.inyear":       {"en": "in %s", "fr": "en %s", "es": "en %s", "it": "nel %s", "de": "im Jahr %s"},
	"remind.ends":         {"en": "%s ends %s, in %d days", "fr": "%s se termine %s, dans %d jours", "es": "%s termina %s, dentro de %d días", "it": "%s scade %s, tra %d giorni", "de": "%s endet %s, in %d Tagen"},
	"remind.today":        {"en": "%s ends today, %s", "fr": "%s se termine aujourd'hui, %s", "es": "%s termina hoy, %s", "it": "%s scade oggi, %s", "de": "%s endet heute, %s"},
	"remind.tomorrow":     {"en": "%s ends tomorrow, %s", "fr": "%s se termine demain, %s", "es": "%s termina mañana, %s", "it": "%s scade domani, %s", "de": "%s endet morgen, %s"},
	"remind.ended":        {"en": "%s ended %s, %s ago", "fr": "%s s'est terminé %s, il y a %s", "es": "%s terminó %s, hace %s", "it": "%s è scaduto %s, %s fa", "de": "%s endete %s, vor %s"},
}

// monthWords are the months' names by language.
var monthWords = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"es": {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	"it": {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	"de": {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
}

// LongDate writes a day as people of lang write it: "30 June 2022",
// "30 juin 2022", "30 de junio de 2022", "30 giugno 2022", "30. Juni 2022".
func LongDate(lang string, t time.Time) string {
	lang = normLang(lang)
	month := monthWords[lang][t.Month()-1]
	switch lang {
	case "es":
		return fmt.Sprintf("%d de %s de %d", t.Day(), month, t.Year())
	case "de":
		return fmt.Sprintf("%d. %s %d", t.Day(), month, t.Year())
	}
	return fmt.Sprintf("%d %s %d", t.Day(), month, t.Year())
}

// Count is "1 report" or "3 reports" in lang: key+"1" and key+"N" of the
// fixed phrases ("report", "player", "day").
func Count(lang, key string, n int) string {
	if n == 1 {
		return T(lang, key+"1")
	}
	return T(lang, key+"N", n)
}
