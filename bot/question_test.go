package bot

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
)

// questions are plain-language questions with the language, intent and
// names (player|club) they must be understood as.
var questions = []struct {
	lang, text string
	intent     intent
	entity     string
}{
	// English
	{"en", "who wants Kamara?", intentSuitors, "Boubacar Kamara"},
	{"en", "Kamara contract?", intentPlayer, "Boubacar Kamara"},
	{"en", "when does Kamara's contract end", intentPlayer, "Boubacar Kamara"},
	{"en", "what did Milan offer for Kamara", intentFees, "Boubacar Kamara|AC Milan"},
	{"en", "latest rumours about Arsenal", intentLatest, "Arsenal"},
	{"en", "who are Atlético after?", intentClub, "Atlético Madrid"},
	{"en", "which clubs are interested in Boubacar Kamara?", intentSuitors, "Boubacar Kamara"},
	{"en", "where is Mbappe going?", intentSuitors, "Kylian Mbappé"},
	{"en", "how much is Haaland's release clause?", intentFees, "Erling Haaland"},
	{"en", "what's the latest news?", intentLatest, ""},
	{"en", "any news on Pogba?", intentLatest, "Paul Pogba"},
	{"en", "who says Real Madrid want Rüdiger?", intentSources, "Antonio Rüdiger|Real Madrid"},
	{"en", "sources for Kamara to Atleti", intentSources, "Boubacar Kamara|Atlético Madrid"},
	{"en", "which contracts expire in June?", intentExpiring, ""},
	{"en", "free agents this summer", intentExpiring, ""},
	{"en", "who is Chelsea targeting?", intentClub, "Chelsea"},
	{"en", "tell me about Tchouameni", intentSuitors, "Aurélien Tchouaméni"},
	{"en", "is Dembele leaving Barcelona?", intentSuitors, "Ousmane Dembélé"},
	{"en", "who wants Kamra", intentSuitors, "Boubacar Kamara"},
	{"en", "how much did Arsenal bid for Vlahovic?", intentFees, "Dušan Vlahović|Arsenal"},
	{"en", "Frenkie de Jong contract", intentPlayer, "Frenkie de Jong"},
	{"en", "does Liverpool want Nunez", intentSources, "Darwin Núñez|Liverpool"},
	{"en", "who are the Gunners after", intentClub, "Arsenal"},
	{"en", "latest 5 rumours", intentLatest, ""},
	{"en", "until when is Lewandowski under contract?", intentPlayer, "Robert Lewandowski"},
	// French
	{"fr", "Qui veut Kamara ?", intentSuitors, "Boubacar Kamara"},
	{"fr", "quand se termine le contrat de Kamara", intentPlayer, "Boubacar Kamara"},
	{"fr", "Quels clubs s'intéressent à Kamara ?", intentSuitors, "Boubacar Kamara"},
	{"fr", "combien Milan a offert pour Kamara ?", intentFees, "Boubacar Kamara|AC Milan"},
	{"fr", "dernières rumeurs sur l'OM", intentLatest, "Olympique de Marseille"},
	{"fr", "quelles sont les dernières infos ?", intentLatest, ""},
	{"fr", "qui est intéressé par Mbappé ?", intentSuitors, "Kylian Mbappé"},
	{"fr", "contrat de Pogba", intentPlayer, "Paul Pogba"},
	{"fr", "quelles sont les sources pour Kamara à l'Atlético ?", intentSources, "Boubacar Kamara|Atlético Madrid"},
	{"fr", "quels contrats se terminent en juin ?", intentExpiring, ""},
	{"fr", "qui vise l'Atlético de Madrid ?", intentClub, "Atlético Madrid"},
	{"fr", "où va Tchouaméni ?", intentSuitors, "Aurélien Tchouaméni"},
	{"fr", "quel est le prix de Haaland ?", intentFees, "Erling Haaland"},
	{"fr", "Kamara contrat ?", intentPlayer, "Boubacar Kamara"},
	{"fr", "quoi de neuf sur Dembélé ?", intentLatest, "Ousmane Dembélé"},
	{"fr", "quelles sont les cibles d'Arsenal ?", intentClub, "Arsenal"},
	{"fr", "qui dit que le Real Madrid veut Rüdiger ?", intentSources, "Antonio Rüdiger|Real Madrid"},
	{"fr", "quels joueurs seront libres en juin 2022 ?", intentExpiring, ""},
	{"fr", "le Barça veut-il Kessié ?", intentSources, "Franck Kessié|Barcelona"},
	{"fr", "les dernières nouvelles de Liverpool", intentLatest, "Liverpool"},
	{"fr", "qui veut Kamarra ?", intentSuitors, "Boubacar Kamara"},
	{"fr", "l'offre de Chelsea pour Koundé", intentFees, "Jules Koundé|Chelsea"},
	{"fr", "jusqu'à quand Lewandowski est sous contrat ?", intentPlayer, "Robert Lewandowski"},
	{"fr", "quels clubs suivent Vlahovic ?", intentSuitors, "Dušan Vlahović"},
	// Spanish
	{"es", "¿Quién quiere fichar a Kamara?", intentSuitors, "Boubacar Kamara"},
	{"es", "¿Cuándo termina el contrato de Kamara?", intentPlayer, "Boubacar Kamara"},
	{"es", "¿Cuánto ofreció el Milan por Kamara?", intentFees, "Boubacar Kamara|AC Milan"},
	{"es", "últimos rumores del Arsenal", intentLatest, "Arsenal"},
	{"es", "¿A quién quiere fichar el Atlético?", intentClub, "Atlético Madrid"},
	{"es", "¿Qué clubes están interesados en Mbappé?", intentSuitors, "Kylian Mbappé"},
	{"es", "contrato de Pogba", intentPlayer, "Paul Pogba"},
	{"es", "últimas noticias", intentLatest, ""},
	{"es", "¿Qué contratos vencen en junio?", intentExpiring, ""},
	{"es", "¿Dónde jugará Tchouaméni?", intentSuitors, "Aurélien Tchouaméni"},
	{"es", "¿Cuál es la cláusula de Haaland?", intentFees, "Erling Haaland"},
	{"es", "fuentes sobre Kamara y el Atleti", intentSources, "Boubacar Kamara|Atlético Madrid"},
	{"es", "¿Quién dice que el Real Madrid quiere a Rüdiger?", intentSources, "Antonio Rüdiger|Real Madrid"},
	{"es", "novedades sobre Dembélé", intentLatest, "Ousmane Dembélé"},
	{"es", "¿Qué jugadores busca el Barcelona?", intentClub, "Barcelona"},
	{"es", "¿Hasta cuándo tiene contrato Lewandowski?", intentPlayer, "Robert Lewandowski"},
	{"es", "¿Quién quiere a Koundé?", intentSuitors, "Jules Koundé"},
	{"es", "¿Cuánto pagó la Juve por Vlahovic?", intentFees, "Dušan Vlahović|Juventus"},
	{"es", "jugadores libres en 2022", intentExpiring, ""},
	{"es", "¿Quién quiere a Kamaraa?", intentSuitors, "Boubacar Kamara"},
	{"es", "¿El Liverpool quiere a Núñez?", intentSources, "Darwin Núñez|Liverpool"},
	// Italian
	{"it", "Chi vuole Kamara?", intentSuitors, "Boubacar Kamara"},
	{"it", "quando scade il contratto di Kamara?", intentPlayer, "Boubacar Kamara"},
	{"it", "quanto ha offerto il Milan per Kamara?", intentFees, "Boubacar Kamara|AC Milan"},
	{"it", "ultime voci sull'Arsenal", intentLatest, "Arsenal"},
	{"it", "chi cerca l'Atlético?", intentClub, "Atlético Madrid"},
	{"it", "quali club sono interessati a Mbappé?", intentSuitors, "Kylian Mbappé"},
	{"it", "contratto di Pogba", intentPlayer, "Paul Pogba"},
	{"it", "ultime notizie", intentLatest, ""},
	{"it", "quali contratti scadono a giugno?", intentExpiring, ""},
	{"it", "dove andrà Tchouaméni?", intentSuitors, "Aurélien Tchouaméni"},
	{"it", "qual è la clausola di Haaland?", intentFees, "Erling Haaland"},
	{"it", "fonti su Kamara e l'Atlético", intentSources, "Boubacar Kamara|Atlético Madrid"},
	{"it", "chi dice che il Real Madrid vuole Rüdiger?", intentSources, "Antonio Rüdiger|Real Madrid"},
	{"it", "novità su Dembélé", intentLatest, "Ousmane Dembélé"},
	{"it", "quali sono gli obiettivi della Juventus?", intentClub, "Juventus"},
	{"it", "fino a quando ha il contratto Lewandowski?", intentPlayer, "Robert Lewandowski"},
	{"it", "chi vuole Koundé?", intentSuitors, "Jules Koundé"},
	{"it", "quanto ha pagato la Juve per Vlahovic?", intentFees, "Dušan Vlahović|Juventus"},
	{"it", "giocatori svincolati a giugno 2022", intentExpiring, ""},
	{"it", "chi vuole Kamarà?", intentSuitors, "Boubacar Kamara"},
	{"it", "il Barcellona vuole Kessie?", intentSources, "Franck Kessié|Barcelona"},
	// German
	{"de", "Wer will Kamara?", intentSuitors, "Boubacar Kamara"},
	{"de", "Wann endet der Vertrag von Kamara?", intentPlayer, "Boubacar Kamara"},
	{"de", "Was hat Milan für Kamara geboten?", intentFees, "Boubacar Kamara|AC Milan"},
	{"de", "neueste Gerüchte über Arsenal", intentLatest, "Arsenal"},
	{"de", "Wen will Atlético holen?", intentClub, "Atlético Madrid"},
	{"de", "Welche Vereine sind an Mbappé interessiert?", intentSuitors, "Kylian Mbappé"},
	{"de", "Vertrag von Pogba", intentPlayer, "Paul Pogba"},
	{"de", "was gibt es Neues?", intentLatest, ""},
	{"de", "Welche Verträge laufen im Juni aus?", intentExpiring, ""},
	{"de", "Wohin wechselt Tchouaméni?", intentSuitors, "Aurélien Tchouaméni"},
	{"de", "Wie hoch ist die Ausstiegsklausel von Haaland?", intentFees, "Erling Haaland"},
	{"de", "Quellen zu Kamara und Atlético", intentSources, "Boubacar Kamara|Atlético Madrid"},
	{"de", "Wer sagt, dass Real Madrid Rüdiger will?", intentSources, "Antonio Rüdiger|Real Madrid"},
	{"de", "News zu Dembélé", intentLatest, "Ousmane Dembélé"},
	{"de", "Welche Spieler will der FC Bayern?", intentClub, "Bayern Munich"},
	{"de", "Bis wann läuft der Vertrag von Lewandowski?", intentPlayer, "Robert Lewandowski"},
	{"de", "Wer will Koundé?", intentSuitors, "Jules Koundé"},
	{"de", "Wie viel hat Juventus für Vlahovic bezahlt?", intentFees, "Dušan Vlahović|Juventus"},
	{"de", "ablösefreie Spieler im Juni 2022", intentExpiring, ""},
	{"de", "Wer will Kamaraa?", intentSuitors, "Boubacar Kamara"},
	{"de", "Will Dortmund Süle holen?", intentSources, "Niklas Süle|Borussia Dortmund"},
	// Written after the lexicon was tuned on the questions above.
	{"en", "Is anyone interested in Koundé?", intentSuitors, "Jules Koundé"},
	{"en", "what is Mbappé's contract situation", intentPlayer, "Kylian Mbappé"},
	{"en", "show me the latest transfer gossip", intentLatest, ""},
	{"en", "who has bid for Kessie?", intentFees, "Franck Kessié"},
	{"en", "which players is Juventus chasing?", intentClub, "Juventus"},
	{"en", "whose contracts run out in 2023?", intentExpiring, ""},
	{"en", "what are the sources on Haaland to Man City", intentSources, "Erling Haaland|Manchester City"},
	{"en", "where will Raphinha play next season?", intentSuitors, "Raphinha"},
	{"fr", "Est-ce que le PSG veut Tchouaméni ?", intentSources, "Aurélien Tchouaméni|Paris Saint-Germain"},
	{"fr", "quels clubs veulent Haaland ?", intentSuitors, "Erling Haaland"},
	{"fr", "le contrat de Mbappé expire quand ?", intentPlayer, "Kylian Mbappé"},
	{"fr", "montre-moi les dernières rumeurs", intentLatest, ""},
	{"fr", "combien vaut Núñez ?", intentFees, "Darwin Núñez"},
	{"fr", "qui Chelsea veut-il recruter ?", intentClub, "Chelsea"},
	{"fr", "d'où vient l'info sur Kessié au Barça ?", intentSources, "Franck Kessié|Barcelona"},
	{"fr", "fin de contrat en juin 2023", intentExpiring, ""},
	{"es", "¿Qué equipos siguen a Haaland?", intentSuitors, "Erling Haaland"},
	{"es", "¿Cuándo acaba el contrato de Mbappé?", intentPlayer, "Kylian Mbappé"},
	{"es", "dame los últimos rumores", intentLatest, ""},
	{"es", "¿Cuánto vale Núñez?", intentFees, "Darwin Núñez"},
	{"es", "¿Qué jugadores quiere el Chelsea?", intentClub, "Chelsea"},
	{"es", "¿Según quién el PSG quiere a Tchouaméni?", intentSources, "Aurélien Tchouaméni|Paris Saint-Germain"},
	{"es", "¿Qué contratos terminan en junio de 2023?", intentExpiring, ""},
	{"es", "¿Dónde va a jugar Raphinha?", intentSuitors, "Raphinha"},
	{"it", "quali squadre seguono Haaland?", intentSuitors, "Erling Haaland"},
	{"it", "quando finisce il contratto di Mbappé?", intentPlayer, "Kylian Mbappé"},
	{"it", "dammi le ultime voci di mercato", intentLatest, ""},
	{"it", "quanto vale Núñez?", intentFees, "Darwin Núñez"},
	{"it", "quali giocatori vuole il Chelsea?", intentClub, "Chelsea"},
	{"it", "secondo chi il PSG vuole Tchouaméni?", intentSources, "Aurélien Tchouaméni|Paris Saint-Germain"},
	{"it", "contratti in scadenza a giugno 2023", intentExpiring, ""},
	{"it", "dove giocherà Raphinha?", intentSuitors, "Raphinha"},
	{"de", "Welche Klubs sind hinter Haaland her?", intentSuitors, "Erling Haaland"},
	{"de", "Wie lange hat Mbappé noch Vertrag?", intentPlayer, "Kylian Mbappé"},
	{"de", "zeig mir die neuesten Transfergerüchte", intentLatest, ""},
	{"de", "Was ist Núñez wert?", intentFees, "Darwin Núñez"},
	{"de", "Welche Spieler will Chelsea holen?", intentClub, "Chelsea"},
	{"de", "Laut wem will PSG Tchouaméni?", intentSources, "Aurélien Tchouaméni|Paris Saint-Germain"},
	{"de", "Welche Verträge enden im Juni 2023?", intentExpiring, ""},
	{"de", "Wo spielt Raphinha nächste Saison?", intentSuitors, "Raphinha"},
}

func TestQuestions(t *testing.T) {
	rt := testRouter(t, newFake(), Options{})
	perLang := map[string]int{}
	right := 0
	for _, tt := range questions {
		perLang[tt.lang]++
		q, err := rt.parseQuestion(context.Background(), tt.text, "")
		if err != nil {
			t.Fatal(err)
		}
		if q.lang == tt.lang && q.intent == tt.intent && q.entity() == tt.entity && !q.offTopic {
			right++
			continue
		}
		t.Logf("%q: got %s %s %q, want %s %s %q", tt.text, q.lang, q.intent, q.entity(), tt.lang, tt.intent, tt.entity)
	}
	for _, l := range langs {
		if perLang[l] < 15 {
			t.Errorf("only %d questions in %s", perLang[l], l)
		}
	}
	score := float64(right) / float64(len(questions))
	t.Logf("questions understood: %d/%d (%.1f%%)", right, len(questions), 100*score)
	if len(questions) < 100 || score < 0.95 {
		t.Errorf("%d/%d questions understood, want at least 95%% of at least 100", right, len(questions))
	}
}

func TestAsk(t *testing.T) {
	rt := testRouter(t, newFake(), Options{})
	tests := []struct {
		text   string
		want   []string
		err    bool
		intent string
	}{
		{"who wants Kamara?", []string{"Boubacar Kamara (Olympique de Marseille, contract until June 2022)", "Atlético Madrid — 1° · advanced · 2 reports"}, false, "suitors"},
		{"Qui veut Kamara ?", []string{"contrat jusqu'en juin 2022", "Atlético Madrid — 1° · avancé · 2 articles · 2 sources · dernier 24 mars 2022 · GOAL"}, false, "suitors"},
		{"¿Quién quiere fichar a Kamara?", []string{"contrato hasta junio de 2022", "avanzado · 2 noticias"}, false, "suitors"},
		{"Chi vuole Kamara?", []string{"contratto fino a giugno 2022", "avanzata · 2 notizie"}, false, "suitors"},
		{"Wer will Kamara?", []string{"Vertrag bis Juni 2022", "fortgeschritten · 2 Berichte"}, false, "suitors"},
		{"/ask who wants Kamara?", []string{"Atlético Madrid"}, false, "suitors"},
		{"what did Milan offer for Kamara", []string{"Fees reported:", "€12M bid · AC Milan · rejected"}, false, "fees"},
		{"latest rumours about Arsenal", []string{"Latest rumours about Arsenal", "Raphinha → Arsenal"}, false, "latest"},
		{"who are Atlético after?", []string{"Atlético Madrid", "Boubacar Kamara — advanced"}, false, "club"},
		{"quels contrats se terminent en juin ?", []string{"Contrats se terminant entre juin 2022 et juin 2022", "Boubacar Kamara"}, false, "expiring"},
		{"who wants Silva?", []string{"Several players fit", "Bernardo Silva (Manchester City)"}, false, "suitors"},
		{"who wants Zidane?", []string{"I know no player called “Zidane”."}, true, "unknown"},
		{"what is the weather like?", []string{"I answer transfer questions; try /help."}, true, "unknown"},
		{"quel temps fait-il ?", []string{"Je réponds aux questions de transferts ; essayez /help."}, true, "unknown"},
		// Questions about something else, naming a city that is also a
		// club's name, are not about that club (issue 17).
		{"what's the weather in Madrid?", []string{"I answer transfer questions; try /help."}, true, ""},
		{"quel temps fait-il à Paris aujourd'hui ?", []string{"Je réponds aux questions de transferts ; essayez /help."}, true, ""},
		{"¿qué tiempo hace hoy en Sevilla?", []string{"Respondo a preguntas sobre fichajes; prueba /help."}, true, ""},
		{"che tempo fa oggi a Torino?", []string{"Rispondo a domande di calciomercato; prova /help."}, true, ""},
		{"wie wird das Wetter morgen in München?", []string{"Ich beantworte Fragen zu Transfers; versuch /help."}, true, ""},
		{"Kamara?", []string{"Atlético Madrid"}, false, "suitors"},
		{"Zidane?", []string{"I know no player called “Zidane”."}, true, "unknown"},
		{"@mercato_bot Wer will Kamara?", []string{"Vertrag bis"}, false, "suitors"},
		{strings.Repeat("who wants Kamara ", 100), []string{"too long"}, true, ""},
	}
	for _, tt := range tests {
		t.Run(clip(tt.text, 30), func(t *testing.T) {
			r := serve(t, rt, tt.text)
			checkReply(t, r, tt.err, tt.want, nil)
			data, _ := r.Data.(map[string]any)
			if tt.intent != "" && data["intent"] != tt.intent {
				t.Errorf("intent %v, want %s", data["intent"], tt.intent)
			}
		})
	}
}

// A question's JSON is its command's plus "intent".
func TestAskJSON(t *testing.T) {
	rt := testRouter(t, newFake(), Options{})
	pairs := []struct{ question, command string }{
		{"who wants Kamara?", "/suitors Kamara"},
		{"Kamara contract?", "/player Kamara"},
		{"latest rumours about Arsenal", "/latest Arsenal"},
		{"who are Atlético after?", "/club Atlético"},
		{"sources for Kamara to Atleti", "/sources Kamara | Atleti"},
	}
	for _, p := range pairs {
		q, err := json.Marshal(serve(t, rt, p.question).Data)
		if err != nil {
			t.Fatal(err)
		}
		var got map[string]any
		if err := json.Unmarshal(q, &got); err != nil {
			t.Fatal(err)
		}
		if got["intent"] == nil {
			t.Errorf("%q: no intent in %s", p.question, q)
		}
		delete(got, "intent")
		c, _ := json.Marshal(serve(t, rt, p.command).Data)
		var want map[string]any
		if err := json.Unmarshal(c, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n%s\n%q:\n%s", p.question, q, p.command, c)
		}
	}
}

func TestTokenize(t *testing.T) {
	got := []string{}
	for _, tk := range tokenize("@mercato_bot Who's after KAMARÁ, l'OM's Saint-Germain?") {
		got = append(got, tk.f)
	}
	want := "who s after kamara l om s saint germain"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

// An ambiguous question names the players after the words the user wrote,
// not after one of the players they fit.
func TestAskAmbiguousName(t *testing.T) {
	k := newFake()
	k.players = append(k.players, fakePlayer{knowledge.Profile{
		PlayerRef: knowledge.PlayerRef{ID: 100, Name: "Glen Kamara", CurrentClub: "Rangers"},
	}})
	rt := testRouter(t, k, Options{})
	tests := []struct {
		text string
		want []string
	}{
		{"who wants Kamara?", []string{"Several players fit “Kamara”", "Boubacar Kamara (Olympique de Marseille)", "Glen Kamara (Rangers)"}},
		{"Qui veut Kamara ?", []string{"Plusieurs joueurs correspondent à « Kamara »", "Boubacar Kamara", "Glen Kamara"}},
		{"Wer will KAMARA?", []string{"Mehrere Spieler passen zu „KAMARA“", "Boubacar Kamara", "Glen Kamara"}},
		{"who wants Silva?", []string{"Several players fit “Silva”", "André Silva", "Bernardo Silva", "Thiago Silva"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			text := serve(t, rt, tt.text).Text(0)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("missing %q in\n%s", w, text)
				}
			}
		})
	}
}

// A club of the club table that no article has named yet has no rumour,
// in the language asked, by command and by question alike; a club's
// rumours include its own players linked elsewhere.
func TestLatestAboutClub(t *testing.T) {
	rt := testRouter(t, newFake(), Options{})
	tests := []struct {
		text    string
		want    []string
		notWant []string
		err     bool
	}{
		{text: "/latest Brighton", want: []string{"Latest rumours about Brighton & Hove Albion", "No rumour about Brighton & Hove Albion yet."}},
		{text: "latest rumours about Brighton", want: []string{"No rumour about Brighton & Hove Albion yet."}},
		{text: "dernières rumeurs sur Brighton", want: []string{"Aucune rumeur sur Brighton & Hove Albion pour l'instant."}},
		{text: "neueste Gerüchte über Brighton", want: []string{"Noch keine Gerüchte über Brighton & Hove Albion."}},
		{text: "ultime voci su Brighton", want: []string{"Ancora nessuna voce su Brighton & Hove Albion."}},
		{text: "latest rumours about Arsenal", want: []string{"Latest rumours about Arsenal", "Raphinha → Arsenal"}},
		{text: "/latest Marseille", want: []string{"Latest rumours about Olympique de Marseille", "Boubacar Kamara → Atlético Madrid"}, notWant: []string{"No rumour"}},
		{text: "/latest Monaco", want: []string{"Aurélien Tchouaméni → Real Madrid"}},
		{text: "/latest Zidane", want: []string{"I know no player or club called “Zidane”."}, err: true},
		{text: "/club Brighton", want: []string{"Brighton & Hove Albion", "No link known for Brighton & Hove Albion yet."}},
		{text: "who are Brighton after?", want: []string{"Brighton & Hove Albion", "No link known for Brighton & Hove Albion yet."}},
		{text: "/club Arsenol", want: []string{"I know no club called “Arsenol”."}, err: true},
		{text: "who wants Zidane?", want: []string{"I know no player called “Zidane”."}, err: true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkReply(t, serve(t, rt, tt.text), tt.err, tt.want, tt.notWant)
		})
	}
}

// checkReply checks r's error flag and that its text holds every want and
// no notWant.
func checkReply(t *testing.T, r Reply, isErr bool, want, notWant []string) {
	t.Helper()
	text := r.Text(0)
	if r.Error != isErr {
		t.Errorf("Error = %v, want %v:\n%s", r.Error, isErr, text)
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("missing %q in\n%s", w, text)
		}
	}
	for _, w := range notWant {
		if strings.Contains(text, w) {
			t.Errorf("%q in\n%s", w, text)
		}
	}
}
