package bot

import "context"

// command is one command of the router: its description and its handler.
type command struct {
	Command
	run func(ctx context.Context, c *call) Reply
}

// call is one command invocation.
type call struct {
	req  *Request
	name string // the command, lowercase, without "/" or "@bot"
	arg  string // the text after it, trimmed
	lang string // language of the reply's fixed words
}

// usage is "/name <arg> [arg]".
func (c *command) usage() string {
	s := "/" + c.Name
	for _, a := range c.Args {
		if a.Required {
			s += " <" + a.Name + ">"
		} else {
			s += " [" + a.Name + "]"
		}
	}
	return s
}

// words returns one description in each language.
func words(en, fr, es, it, de string) map[string]string {
	return map[string]string{"en": en, "fr": fr, "es": es, "it": it, "de": de}
}

// Argument descriptions shared by several commands.
var (
	argPlayer = Arg{Name: "player", Kind: ArgPlayer, Required: true,
		Description: words("Player name or surname", "Nom ou prénom et nom du joueur", "Nombre o apellido del jugador", "Nome o cognome del giocatore", "Name oder Nachname des Spielers")}
	argClub = Arg{Name: "club", Kind: ArgClub, Required: true,
		Description: words("Club name", "Nom du club", "Nombre del club", "Nome del club", "Name des Vereins")}
)

// commandTable lists the router's commands in the order of /help.
func (rt *Router) commandTable() []*command {
	optClub := argClub
	optClub.Required = false
	return []*command{
		{Command{Name: "suitors", Args: []Arg{argPlayer},
			Description: words("Clubs linked with a player, how far each has gone",
				"Clubs intéressés par un joueur et où en est chaque piste",
				"Clubes interesados en un jugador y en qué punto está cada uno",
				"Club interessati a un giocatore e a che punto è ciascuno",
				"Vereine, die an einem Spieler interessiert sind, und wie weit sie sind")}, rt.suitors},
		{Command{Name: "player", Args: []Arg{argPlayer},
			Description: words("A player's club, contract, fees and latest links",
				"Club, contrat, montants et dernières pistes d'un joueur",
				"Club, contrato, cifras y últimos rumores de un jugador",
				"Club, contratto, cifre e ultime voci di un giocatore",
				"Verein, Vertrag, Summen und neueste Gerüchte eines Spielers")}, rt.player},
		{Command{Name: "contract", Args: []Arg{argPlayer},
			Description: words("When a player's contract ends (same as /player)",
				"Quand se termine le contrat d'un joueur (comme /player)",
				"Cuándo termina el contrato de un jugador (como /player)",
				"Quando scade il contratto di un giocatore (come /player)",
				"Wann der Vertrag eines Spielers endet (wie /player)")}, rt.player},
		{Command{Name: "club", Args: []Arg{argClub},
			Description: words("Players a club is linked with, and its players wanted elsewhere",
				"Joueurs visés par un club et ses joueurs convoités ailleurs",
				"Jugadores que quiere un club y sus jugadores que interesan a otros",
				"Giocatori cercati da un club e i suoi giocatori cercati altrove",
				"Spieler, die ein Verein will, und seine Spieler, die anderswo gefragt sind")}, rt.club},
		{Command{Name: "latest", Args: []Arg{{Name: "count", Kind: ArgInt,
			Description: words("How many (1-25)", "Combien (1-25)", "Cuántos (1-25)", "Quanti (1-25)", "Wie viele (1-25)")}},
			Description: words("The newest rumours", "Les dernières rumeurs", "Los últimos rumores", "Le ultime voci", "Die neuesten Gerüchte")}, rt.latest},
		{Command{Name: "sources", Args: []Arg{argPlayer, optClub},
			Description: words("The articles behind a player's links",
				"Les articles à l'origine des pistes d'un joueur",
				"Los artículos detrás de los rumores de un jugador",
				"Gli articoli alla base delle voci su un giocatore",
				"Die Artikel hinter den Gerüchten um einen Spieler")}, rt.sources},
		{Command{Name: "expiring", Args: []Arg{{Name: "month", Kind: ArgMonth,
			Description: words("Month, YYYY-MM", "Mois, AAAA-MM", "Mes, AAAA-MM", "Mese, AAAA-MM", "Monat, JJJJ-MM")}},
			Description: words("Contracts ending in a month (default: the next six months)",
				"Contrats qui se terminent un mois donné (par défaut : les six prochains mois)",
				"Contratos que terminan en un mes (por defecto: los próximos seis meses)",
				"Contratti in scadenza in un mese (predefinito: i prossimi sei mesi)",
				"Verträge, die in einem Monat enden (Standard: die nächsten sechs Monate)")}, rt.expiring},
		{Command{Name: "ask", Args: []Arg{{Name: "question", Kind: ArgText, Required: true,
			Description: words("A question in plain words", "Une question en langage courant", "Una pregunta con tus palabras", "Una domanda a parole tue", "Eine Frage in eigenen Worten")}},
			Description: words("Ask in plain words: who wants Kamara?",
				"Demandez simplement : qui veut Kamara ?",
				"Pregunta con tus palabras: ¿quién quiere a Kamara?",
				"Chiedi a parole tue: chi vuole Kamara?",
				"Frag einfach: Wer will Kamara?")}, rt.ask},
		{Command{Name: "subscribe", Args: []Arg{
			{Name: "kind", Kind: ArgText, Description: words("digest or reminders", "digest ou reminders", "digest o reminders", "digest o reminders", "digest oder reminders")},
			{Name: "about", Kind: ArgText, Description: words("A player or club (default: everything)", "Un joueur ou un club (par défaut : tout)", "Un jugador o club (por defecto: todo)", "Un giocatore o club (predefinito: tutto)", "Ein Spieler oder Verein (Standard: alles)")}},
			Description: words("Get the daily digest or contract reminders in this chat",
				"Recevoir le résumé quotidien ou les rappels de contrat dans ce salon",
				"Recibir el resumen diario o los avisos de contrato en este chat",
				"Ricevere il riepilogo quotidiano o i promemoria in questa chat",
				"Die tägliche Zusammenfassung oder Vertragserinnerungen in diesem Chat erhalten")}, rt.subscribe},
		{Command{Name: "unsubscribe", Args: []Arg{
			{Name: "kind", Kind: ArgText, Description: words("digest or reminders (default: both)", "digest ou reminders (par défaut : les deux)", "digest o reminders (por defecto: ambos)", "digest o reminders (predefinito: entrambi)", "digest oder reminders (Standard: beide)")}},
			Description: words("Stop this chat's subscriptions", "Arrêter les abonnements de ce salon", "Cancelar las suscripciones de este chat", "Disattivare gli abbonamenti di questa chat", "Die Abos dieses Chats beenden")}, rt.unsubscribe},
		{Command{Name: "subscriptions",
			Description: words("This chat's subscriptions", "Les abonnements de ce salon", "Las suscripciones de este chat", "Gli abbonamenti di questa chat", "Die Abos dieses Chats")}, rt.subscriptions},
		{Command{Name: "ingest", Admin: true, Args: []Arg{{Name: "text", Kind: ArgText, Required: true,
			Description: words("Article text or URL", "Texte ou URL de l'article", "Texto o URL del artículo", "Testo o URL dell'articolo", "Artikeltext oder URL")}},
			Description: words("Admins: learn from an article", "Admins : apprendre d'un article", "Admins: aprender de un artículo", "Admin: imparare da un articolo", "Admins: aus einem Artikel lernen")}, rt.ingest},
		{Command{Name: "help",
			Description: words("What mercato can do", "Ce que sait faire mercato", "Lo que sabe hacer mercato", "Cosa sa fare mercato", "Was mercato kann")}, rt.help},
	}
}

// Commands lists the commands in the order of /help, for setMyCommands
// and Discord registration. The description maps are shared: read them,
// do not modify them.
func (rt *Router) Commands() []Command {
	out := make([]Command, len(rt.cmds))
	for i, c := range rt.cmds {
		out[i] = c.Command
	}
	return out
}
