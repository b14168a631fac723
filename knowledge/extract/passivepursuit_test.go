package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPassivePursuitOfDescription: a passive pursuit whose subject
// describes the player of the passage ("The winger is being courted by
// Newcastle", "Der Japaner wird von Ajax umworben", "era stato seguito dal
// Galatasaray") makes its agent a suitor, not his club, in the five
// languages; told in the pluperfect, the pursuit is over.
func TestPassivePursuitOfDescription(t *testing.T) {
	x := New()
	in, ended := facts.StageInterest, facts.StageEnded
	checkStages(t, x, []stageCase{
		{"en courted", " date 2024-07-10 Nothing is settled on Harvey Barnes yet. The winger is being courted by Newcastle.", "Harvey Barnes", "Newcastle United", in},
		{"en courted name", " date 2024-07-10 Harvey Barnes is being courted by Newcastle, who see him as a replacement.", "Harvey Barnes", "Newcastle United", in},
		{"fr courtisé", " date 2024-07-10 L'avenir de Bilal Nadir reste flou. Le milieu est courtisé par le FC Lorient.", "Bilal Nadir", "Lorient", in},
		{"es pretendido", " date 2024-07-10 El futuro de Jorge Cuenca sigue abierto. El central es pretendido por el Sevilla.", "Jorge Cuenca", "Sevilla", in},
		{"it corteggiato", " date 2024-07-10 Il futuro di Nicolò Rovella resta in bilico. Il centrocampista è corteggiato dal Torino.", "Nicolò Rovella", "Torino", in},
		{"it stato seguito", " date 2024-07-10 Nicolò Rovella ha firmato con la Lazio. Il giocatore era stato seguito anche dal Galatasaray in estate, senza esito.", "Nicolò Rovella", "Galatasaray", ended},
		{"it stato cercato", " date 2024-07-10 Il futuro di Nicolò Rovella resta in bilico. Il centrocampista è stato cercato dalla Fiorentina nelle ultime settimane.", "Nicolò Rovella", "Fiorentina", in},
		{"de umworben", " date 2024-07-10 Offen ist weiterhin die Zukunft von Ko Itakura. Der Japaner wird von Ajax Amsterdam umworben.", "Ko Itakura", "Ajax", in},
		{"de Innenverteidiger", " date 2024-07-10 Offen ist weiterhin die Zukunft von Ko Itakura. Der Innenverteidiger wird vom VfL Wolfsburg beobachtet.", "Ko Itakura", "VfL Wolfsburg", in},
	})
}

// TestDescriptionAfterApposition: a sentence opening on a description goes
// on about the one player the sentence before named, even when his own
// apposition describes him there ("Tajon Buchanan, esterno canadese del
// Club Brugge, ... Il canadese era stato seguito dal Galatasaray"), not
// about the player the passage named most, in the five languages.
func TestDescriptionAfterApposition(t *testing.T) {
	x := New()
	in := facts.StageInterest
	checkStages(t, x, []stageCase{
		{"en", " date 2024-01-10 Everton are weighing up the future of Marco Verdi. Verdi is on loan at Burnley and Verdi has a contract until 2027.\n\nEverton are also working on arrivals. Luca Bianchi, the Fulham midfielder, has agreed terms with Everton. The midfielder is also wanted by Brentford.", "Luca Bianchi", "Brentford", in},
		{"fr", " date 2024-01-10 Le LOSC réfléchit à l'avenir de Marco Verdi. Verdi est prêté à Reims et Verdi est sous contrat jusqu'en 2027.\n\nLe LOSC travaille aussi sur les arrivées. Luca Bianchi, milieu du FC Nantes, a trouvé un accord avec le LOSC. Le milieu est aussi suivi par le RC Lens.", "Luca Bianchi", "Lens", in},
		{"es", " date 2024-01-10 El Betis estudia el futuro de Marco Verdi. Verdi está cedido en el Girona y Verdi tiene contrato hasta 2027.\n\nEl Betis también trabaja en las llegadas. Luca Bianchi, centrocampista del Getafe, tiene un acuerdo con el Betis. El centrocampista también es seguido por el Sevilla.", "Luca Bianchi", "Sevilla", in},
		{"it", " date 2024-01-10 L'Inter riflette sul futuro di Marco Verdi. Verdi è in prestito al Monza e il contratto di Verdi scade nel 2028.\n\nNel frattempo l'Inter lavora in entrata. Luca Bianchi, esterno canadese del Club Brugge, ha già l'accordo con i nerazzurri. Il canadese piace anche al Galatasaray.", "Luca Bianchi", "Galatasaray", in},
		{"de", " date 2024-01-10 Der VfB denkt über die Zukunft von Marco Verdi nach. Verdi ist an Heidenheim verliehen und der Vertrag von Verdi läuft bis 2027.\n\nDer VfB arbeitet auch an Zugängen. Luca Bianchi, Mittelfeldspieler des FC Augsburg, hat sich mit dem VfB geeinigt. Der Mittelfeldspieler wird auch vom SC Freiburg beobachtet.", "Luca Bianchi", "SC Freiburg", in},
	})
}
