package jobs

import (
	"strings"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// Digests and reminders are written in the language the subscription was
// asked in (English when it has none).
func TestMessagesInSubscriptionLanguage(t *testing.T) {
	kamara := due{Expiring: knowledge.Expiring{Player: "Boubacar Kamara", Club: "Marseille",
		Expires: facts.Date{Year: 2022, Month: 6}}, days: 29}
	sergi := due{Expiring: knowledge.Expiring{Player: "Sergi Roberto", Club: "Barcelona",
		Expires: facts.Date{Year: 2022, Month: 6}}, days: -3}
	reports := []knowledge.Report{
		report("Boubacar Kamara", "AC Milan", facts.StageTalks, "2021-07", ""),
		report("Boubacar Kamara", "AC Milan", facts.StageTalks, "2021-06", ""),
	}
	tests := []struct {
		lang              string
		reminder, ended   string
		digest, digestTop string
	}{
		{"", "Boubacar Kamara's contract with Marseille ends on 30 June 2022, in 29 days.", "contract with Barcelona ended on 30 June 2022, 3 days ago",
			"talks · 2 reports · July 2021", "What is known so far: 2 reports on 1 player."},
		{"fr", "Boubacar Kamara : contrat avec Marseille se termine le 30 juin 2022, dans 29 jours.", "contrat avec Barcelona s'est terminé le 30 juin 2022, il y a 3 jours",
			"discussions · 2 articles · juillet 2021", "Ce que l'on sait à ce jour : 2 articles sur 1 joueur."},
		{"es", "Boubacar Kamara: contrato con el Marseille termina el 30 de junio de 2022, dentro de 29 días.", "hace 3 días",
			"negociaciones · 2 noticias", "Lo que se sabe hasta ahora: 2 noticias sobre 1 jugador."},
		{"it", "Boubacar Kamara: contratto con Marseille scade il 30 giugno 2022, tra 29 giorni.", "3 giorni fa",
			"trattative · 2 notizie", "Quello che si sa finora: 2 notizie su 1 giocatore."},
		{"de", "Boubacar Kamara: Vertrag bei Marseille endet am 30. Juni 2022, in 29 Tagen.", "vor 3 Tagen",
			"Gespräche · 2 Berichte", "Was bisher bekannt ist: 2 Berichte zu 1 Spieler."},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			one := reminderReply(tt.lang, []due{kamara})
			if len(one.Lines) != 1 || one.Lines[0] != tt.reminder {
				t.Errorf("reminder %q, want %q", one.Lines, tt.reminder)
			}
			two := reminderReply(tt.lang, []due{kamara, sergi})
			if len(two.Items) != 2 || !strings.Contains(two.Items[1].Detail, tt.ended) {
				t.Errorf("reminder items %+v, want %q", two.Items, tt.ended)
			}
			d, _ := digestReply(knowledge.Subscription{Lang: tt.lang}, reports, 15, nil)
			if len(d.Lines) != 1 || d.Lines[0] != tt.digestTop || len(d.Items) != 1 || !strings.HasPrefix(d.Items[0].Detail, tt.digest) {
				t.Errorf("digest %q %+v, want %q and %q", d.Lines, d.Items, tt.digestTop, tt.digest)
			}
			if want := "/unsubscribe"; !strings.HasPrefix(one.Footer, want) || !strings.HasPrefix(d.Footer, want) {
				t.Errorf("footers %q, %q", one.Footer, d.Footer)
			}
		})
	}
}
