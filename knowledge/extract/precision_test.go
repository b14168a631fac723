package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestSellerOfCompletedSigning: the club a player leaves in a completed
// signing is no suitor, even when a sentence about him gives it a stage
// word ("Brighton and Chelsea reached an agreement").
func TestSellerOfCompletedSigning(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2023-08 Brighton midfielder Moisés Caicedo is on his way. Brighton and Chelsea reached an agreement for Caicedo on Sunday. Chelsea have completed the signing of Caicedo.", "Moisés Caicedo", "Brighton & Hove Albion", ""},
		{"fr", " date 2023-08 Moisés Caicedo, le milieu de Brighton, va partir. Brighton et Chelsea ont trouvé un accord pour Caicedo dimanche. Chelsea a officialisé l'arrivée de Caicedo.", "Moisés Caicedo", "Brighton & Hove Albion", ""},
		{"es", " date 2023-08 Moisés Caicedo, centrocampista del Brighton, se marcha. El Brighton y el Chelsea alcanzaron un acuerdo por Caicedo el domingo. El Chelsea ha cerrado el fichaje de Caicedo.", "Moisés Caicedo", "Brighton & Hove Albion", ""},
		{"it", " date 2023-08 Moisés Caicedo, centrocampista del Brighton, va via. Il Brighton e il Chelsea hanno trovato l'accordo per Caicedo domenica. Il Chelsea ha ufficializzato l'arrivo di Caicedo.", "Moisés Caicedo", "Brighton & Hove Albion", ""},
		{"de", " date 2023-08 Brightons Mittelfeldspieler Moisés Caicedo geht. Brighton und Chelsea haben sich am Sonntag über Caicedo geeinigt. Chelsea hat Caicedo verpflichtet.", "Moisés Caicedo", "Brighton & Hove Albion", ""},
		{"en buyer", " date 2023-08 Brighton midfielder Moisés Caicedo is on his way. Brighton and Chelsea reached an agreement for Caicedo on Sunday. Chelsea have completed the signing of Caicedo.", "Moisés Caicedo", "Chelsea", facts.StageDone},
	})
}

// checkNoPlayer fails when the person is read as a player.
func checkNoPlayer(t *testing.T, x *Extractor, tests []struct{ name, text, official string }) {
	t.Helper()
	for _, tt := range tests {
		for _, p := range x.Extract(tt.text, Hints{}).Players {
			if p.Name == tt.official {
				t.Errorf("%s: %s read as a player: %+v", tt.name, tt.official, p)
			}
		}
	}
}

// TestTitledOfficials: a name carrying a role as its title ("Bayern chief
// executive X", "Sportvorstand X", "his Leipzig counterpart X") is an
// official even where a paragraph opens on him.
func TestTitledOfficials(t *testing.T) {
	x := New()
	checkNoPlayer(t, x, []struct{ name, text, official string }{
		{"en title", " date 2023-08 Bayern chief executive Jan Dreesen flew to London for talks with Tottenham over Harry Kane.", "Jan Dreesen"},
		{"en counterpart", " date 2024-08 Deco met his Leipzig counterpart Marcel Schäfer and Barcelona are close to an agreement for Dani Olmo.", "Marcel Schäfer"},
		{"fr title", " date 2023-08 Le président lyonnais Jean Aulas a rencontré les dirigeants de Chelsea pour parler de Rayan Cherki.", "Jean Aulas"},
		{"es title", " date 2023-08 El presidente Enrique Cerezo habló con el Chelsea sobre el fichaje de João Félix.", "Enrique Cerezo"},
		{"it title", " date 2023-08 Il presidente Aurelio Laurentiis ha parlato con la Juventus.", "Aurelio Laurentiis"},
		{"de title", " date 2025-01 Sportvorstand Markus Krösche hat mit Manchester City über Omar Marmoush gesprochen.", "Markus Krösche"},
	})
	// the player of the deal keeps his link
	checkStages(t, x, []stageCase{
		{"en buyer", " date 2023-08 Bayern chief executive Jan Dreesen flew to London for talks with Tottenham over Harry Kane.", "Harry Kane", "Bayern Munich", facts.StageTalks},
	})
}

// TestCoachOfTeam: the person whose team a club's players are ("el equipo
// de X", "l'équipe de X", "la squadra di X", "die Mannschaft von X", "the
// side of X") is its coach, no player.
func TestCoachOfTeam(t *testing.T) {
	x := New()
	checkNoPlayer(t, x, []struct{ name, text, official string }{
		{"es", " date 2024-05 Tres pilares del equipo de Imanol Alguacil interesan al Arsenal.", "Imanol Alguacil"},
		{"fr", " date 2024-05 Trois cadres de l'équipe de Christophe Galtier intéressent le PSG.", "Christophe Galtier"},
		{"it", " date 2024-05 Tre pilastri della squadra di Simone Inzaghi interessano al Chelsea.", "Simone Inzaghi"},
		{"de", " date 2024-05 Drei Stützen der Mannschaft von Xabi Alonso interessieren den FC Bayern.", "Xabi Alonso"},
		{"en", " date 2024-05 Three pillars of the side of Mikel Arteta interest Bayern.", "Mikel Arteta"},
	})
}

// pairWant is the stage one club's link with the player must have.
type pairWant struct {
	club string
	want facts.Stage
}

// perLanguage makes the stage cases of one text per language, dated date.
func perLanguage(texts map[string]string, date, player string, wants ...pairWant) []stageCase {
	var tests []stageCase
	for lang, text := range texts {
		for _, w := range wants {
			tests = append(tests, stageCase{lang + " " + w.club, " date " + date + " " + text, player, w.club, w.want})
		}
	}
	return tests
}

// TestLostToHisSigning: once a player has signed for one club, the other
// clubs' pursuits are over.
func TestLostToHisSigning(t *testing.T) {
	checkStages(t, New(), perLanguage(map[string]string{
		"en": "Chelsea and Paris Saint-Germain were keen on Julián Álvarez. Atlético Madrid have completed the signing of Julián Álvarez.",
		"fr": "Chelsea et le PSG étaient intéressés par Julián Álvarez. L'Atlético de Madrid a officialisé l'arrivée de Julián Álvarez.",
		"es": "El Chelsea y el PSG estaban interesados en Julián Álvarez. El Atlético de Madrid ha cerrado el fichaje de Julián Álvarez.",
		"it": "Il Chelsea e il PSG erano interessati a Julián Álvarez. L'Atlético Madrid ha ufficializzato l'arrivo di Julián Álvarez.",
		"de": "Chelsea und PSG waren an Julián Álvarez interessiert. Atlético Madrid hat Julián Álvarez verpflichtet.",
	}, "2024-08", "Julián Álvarez", pairWant{"Chelsea", facts.StageEnded}, pairWant{"Atlético Madrid", facts.StageDone}))
}

// TestSigningInWhenClause: a signing told in a "when" clause is how he came
// to his club, not news: it is no done link, and it does not end the
// pursuit the article is about.
func TestSigningInWhenClause(t *testing.T) {
	checkStages(t, New(), perLanguage(map[string]string{
		"en": "Tottenham are keen on Eberechi Eze. When he signed for Crystal Palace, his deal included a release clause.",
		"fr": "Tottenham s'intéresse à Eberechi Eze. Lorsqu'il a signé à Crystal Palace, son contrat comportait une clause.",
		"es": "El Tottenham sigue a Eberechi Eze. Cuando firmó por el Crystal Palace, su contrato incluía una cláusula.",
		"it": "Il Tottenham segue Eberechi Eze. Quando ha firmato per il Crystal Palace, il contratto prevedeva una clausola.",
		"de": "Tottenham ist an Eberechi Eze interessiert. Als er bei Crystal Palace unterschrieb, enthielt sein Vertrag eine Klausel.",
	}, "2025-06", "Eberechi Eze", pairWant{"Crystal Palace", ""}, pairWant{"Tottenham Hotspur", facts.StageInterest}))
}

// TestDateline: the city of a wire story's dateline is where it was filed,
// no club of the story, in the five languages.
func TestDateline(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"it", " date 2022-07 TORINO, 18 luglio 2022 - La Juventus ha ufficializzato l'acquisto di Matthijs de Ligt.", "Matthijs de Ligt", "Torino", ""},
		{"en", " date 2023-08 LIVERPOOL, 14 August 2023 (Reuters) - Chelsea have completed the signing of Moisés Caicedo.", "Moisés Caicedo", "Liverpool", ""},
		{"fr", " date 2022-06 MONACO, 11 juin 2022 (AFP) - Le Real Madrid a officialisé l'arrivée d'Aurélien Tchouaméni.", "Aurélien Tchouaméni", "Monaco", ""},
		{"es", " date 2022-08 SEVILLA, 5 de agosto de 2022 (EFE) - El Barcelona ha cerrado el fichaje de Jules Koundé.", "Jules Koundé", "Sevilla", ""},
		{"de", " date 2023-08 DORTMUND, 12. August 2023 (dpa) - Der FC Bayern hat Harry Kane verpflichtet.", "Harry Kane", "Borussia Dortmund", ""},
		{"de buyer", " date 2023-08 DORTMUND, 12. August 2023 (dpa) - Der FC Bayern hat Harry Kane verpflichtet.", "Harry Kane", "Bayern Munich", facts.StageDone},
	})
}

// TestFirmerSigning: of two clubs read as signing him, the one the text
// ties to the signing more firmly is his club.
func TestFirmerSigning(t *testing.T) {
	checkCurrent(t, New(), []clubCase{
		{" date 2022-07 Gleison Bremer è un nuovo giocatore della Juventus. Ha firmato fino al 2027 e al Torino andranno 41 milioni.", "Gleison Bremer", "Juventus"},
	})
}

// TestPursuitGoesOn: talks said to go on after a rejected offer, in a
// sentence naming no club, follow that offer up: the pursuit is not over.
func TestPursuitGoesOn(t *testing.T) {
	checkStages(t, New(), []stageCase{
		{"en", " date 2023-07 RB Leipzig made an offer for Castello Lukeba, which Lyon rejected. Talks are continuing between the two clubs.", "Castello Lukeba", "RB Leipzig", facts.StageTalks},
		{"fr", " date 2023-07 Le RB Leipzig a formulé une offre pour Castello Lukeba, jugée insuffisante par Lyon. Les discussions se poursuivent entre les deux clubs.", "Castello Lukeba", "RB Leipzig", facts.StageTalks},
		{"es", " date 2023-07 El RB Leipzig presentó una oferta por Castello Lukeba, rechazada por el Lyon. Las conversaciones continúan entre los dos clubes.", "Castello Lukeba", "RB Leipzig", facts.StageTalks},
		{"it", " date 2023-07 La Juventus ha presentato un'offerta per Castello Lukeba, respinta dal Lione. Le trattative proseguono tra i due club.", "Castello Lukeba", "Juventus", facts.StageTalks},
		{"de", " date 2023-07 Lyon hat ein Angebot von RB Leipzig für Castello Lukeba abgelehnt. Die Gespräche gehen weiter.", "Castello Lukeba", "RB Leipzig", facts.StageTalks},
	})
}

// TestRejectionInAfterClause: a rejection told in an "after" clause is
// what the rest of the sentence follows up, no end of the pursuit.
func TestRejectionInAfterClause(t *testing.T) {
	checkStages(t, New(), []stageCase{
		{"en", " date 2025-07 Manchester United are preparing a third offer for Bryan Mbeumo after Brentford turned down their latest approach.", "Bryan Mbeumo", "Manchester United", facts.StageBid},
		{"fr", " date 2020-01 Manchester United poursuit les discussions avec le Sporting pour Bruno Fernandes après le refus d'une première offre.", "Bruno Fernandes", "Manchester United", facts.StageTalks},
		{"es", " date 2020-01 El Manchester United sigue negociando con el Sporting por Bruno Fernandes tras el rechazo de una primera oferta.", "Bruno Fernandes", "Manchester United", facts.StageTalks},
		{"it", " date 2020-01 Il Manchester United continua a trattare con lo Sporting per Bruno Fernandes dopo il rifiuto di una prima offerta.", "Bruno Fernandes", "Manchester United", facts.StageTalks},
		{"de", " date 2020-01 Manchester United verhandelt weiter mit Sporting über Bruno Fernandes, nachdem Sporting ein erstes Angebot abgelehnt hat.", "Bruno Fernandes", "Manchester United", facts.StageTalks},
	})
}

// TestSellerLetsHimGo: the club that would let him go ("let him go",
// "le laisser partir", "dejarle salir", "lasciarlo partire", "ziehen
// lassen") sells him: it is his club, no suitor.
func TestSellerLetsHimGo(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2025-06 Aston Villa are watching Victor Boniface, and Leverkusen would let him go for a suitable offer.", "Victor Boniface", "Bayer Leverkusen", ""},
		{"fr", " date 2025-06 L'Aston Villa suit Victor Boniface, et Leverkusen est prêt à le laisser partir pour une offre convenable.", "Victor Boniface", "Bayer Leverkusen", ""},
		{"es", " date 2025-06 El Aston Villa sigue a Victor Boniface, y el Leverkusen podría dejarle salir por una oferta adecuada.", "Victor Boniface", "Bayer Leverkusen", ""},
		{"it", " date 2025-06 L'Aston Villa osserva Victor Boniface, e il Leverkusen potrebbe lasciarlo partire per un'offerta adeguata.", "Victor Boniface", "Bayer Leverkusen", ""},
		{"de", " date 2025-06 Aston Villa beobachtet Victor Boniface. Leverkusen würde den 24-Jährigen bei einem passenden Angebot ziehen lassen.", "Victor Boniface", "Bayer Leverkusen", ""},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2025-06 Aston Villa beobachtet Victor Boniface. Leverkusen würde den 24-Jährigen bei einem passenden Angebot ziehen lassen.", "Victor Boniface", "Bayer Leverkusen"},
	})
}

// TestOfferNegated: an offer a negation governs from further back in its
// clause ("never followed that up with a formal offer", "sans passer à
// l'offre", "nunca llegó a presentar", "senza mai presentare", "nie ein
// konkretes Angebot") or after it ("an offer has not been made", "une
// offre n'est pas encore arrivée", "una oferta todavía no ha llegado",
// "un'offerta non è ancora arrivata", "ein Angebot liegt aber nicht vor")
// was not made: the pursuit stays at interest; told never made ("never",
// "nunca", "mai", "nie"), the pursuit is over (see TestStepNeverTaken).
func TestOfferNegated(t *testing.T) {
	checkStages(t, New(), []stageCase{
		{"en", " date 2024-08 Chelsea asked about Dani Olmo in June but never followed that up with a formal offer.", "Dani Olmo", "Chelsea", facts.StageEnded},
		{"fr", " date 2024-08 L'Atlético de Madrid s'est renseigné sur Pablo Sarabia, sans passer à l'offre.", "Pablo Sarabia", "Atlético Madrid", facts.StageInterest},
		{"es", " date 2024-08 El Atlético de Madrid preguntó por Pablo Sarabia, pero nunca llegó a presentar una oferta formal.", "Pablo Sarabia", "Atlético Madrid", facts.StageEnded},
		{"it", " date 2024-08 La Roma segue Federico Chiesa da mesi, senza mai presentare un'offerta.", "Federico Chiesa", "Roma", facts.StageEnded},
		{"de", " date 2024-08 Eintracht Frankfurt hat sich nach Hugo Ekitike erkundigt, aber nie ein konkretes Angebot abgegeben.", "Hugo Ekitike", "Eintracht Frankfurt", facts.StageEnded},
		// the negation after the offer ("an offer has not been made", "ein
		// Angebot liegt aber nicht vor": "aber" inside a clause opens none), or
		// before it past "yet"; an offer made stays one when what follows is
		// negated ("but it has not been accepted yet")
		{"en not yet", " date 2024-08 Brentford admire Jonas Keller, although he has not yet been the subject of a formal offer.", "Jonas Keller", "Brentford", facts.StageInterest},
		{"en after", " date 2024-08 Brentford are tracking Jonas Keller, but an offer has not been made.", "Jonas Keller", "Brentford", facts.StageInterest},
		{"fr", " date 2024-08 Le FC Nantes suit Jonas Keller, mais une offre n'est pas encore arrivée.", "Jonas Keller", "Nantes", facts.StageInterest},
		{"es", " date 2024-08 El Girona sigue a Jonas Keller, pero una oferta todavía no ha llegado.", "Jonas Keller", "Girona", facts.StageInterest},
		{"it", " date 2024-08 Il Torino segue Jonas Keller, ma un'offerta non è ancora arrivata.", "Jonas Keller", "Torino", facts.StageInterest},
		{"de liegt nicht vor", " date 2024-08 Der SC Freiburg beobachtet Jonas Keller, ein Angebot liegt aber nicht vor.", "Jonas Keller", "SC Freiburg", facts.StageInterest},
		{"de gibt es nicht", " date 2024-08 Der SC Freiburg hat sich nach Jonas Keller erkundigt, eine konkrete Offerte gibt es aber nicht.", "Jonas Keller", "SC Freiburg", facts.StageInterest},
		{"de nie", " date 2024-08 Der SC Freiburg zeigte Interesse an Jonas Keller, ein Angebot kam jedoch nie.", "Jonas Keller", "SC Freiburg", facts.StageEnded},
		// an offer made stays one
		{"en made", " date 2024-08 Brentford have made an offer for Jonas Keller, but it has not been accepted yet.", "Jonas Keller", "Brentford", facts.StageBid},
		{"de made", " date 2024-08 Der SC Freiburg hat ein Angebot für Jonas Keller abgegeben, aber noch keine Antwort erhalten.", "Jonas Keller", "SC Freiburg", facts.StageBid},
		{"it made", " date 2024-08 Il Torino ha presentato un'offerta per Jonas Keller, ma la risposta non è ancora arrivata.", "Jonas Keller", "Torino", facts.StageBid},
	})
}

// TestOfferAdjective: "official" qualifying an offer is no signing
// ("un'offerta ufficiale", "une offre officielle", "una oferta oficial").
func TestOfferAdjective(t *testing.T) {
	checkStages(t, New(), []stageCase{
		{"it", " date 2024-08 La Roma ha presentato un'offerta ufficiale per Federico Chiesa.", "Federico Chiesa", "Roma", facts.StageBid},
		{"fr", " date 2024-08 Le PSG a transmis une offre officielle pour Federico Chiesa.", "Federico Chiesa", "Paris Saint-Germain", facts.StageBid},
		{"es", " date 2024-08 El Barcelona presentó una oferta oficial por Federico Chiesa.", "Federico Chiesa", "Barcelona", facts.StageBid},
	})
}

// TestPastInRelativeClause: a past marker inside a relative clause set off
// by commas dates that clause only ("PSG, who had already tried their luck
// in January, are watching him": a pursuit going on, not over); "osserva
// da vicino" watches closely and is not close to a deal.
func TestPastInRelativeClause(t *testing.T) {
	checkStages(t, New(), []stageCase{
		{"en", " date 2024-06 Paris Saint-Germain, who had already tried their luck in January, are watching Leny Yoro closely.", "Leny Yoro", "Paris Saint-Germain", facts.StageInterest},
		{"fr", " date 2024-06 Le Paris Saint-Germain, qui avait déjà tenté sa chance en janvier, surveille Leny Yoro de près.", "Leny Yoro", "Paris Saint-Germain", facts.StageInterest},
		{"es", " date 2024-06 El Paris Saint-Germain, que ya había intentado ficharle en enero, sigue de cerca a Leny Yoro.", "Leny Yoro", "Paris Saint-Germain", facts.StageInterest},
		{"it", " date 2024-06 Il Paris Saint-Germain, che aveva già provato a gennaio, osserva da vicino Leny Yoro.", "Leny Yoro", "Paris Saint-Germain", facts.StageInterest},
		{"de", " date 2024-06 Paris Saint-Germain, der es im Januar schon versucht hatte, beobachtet Leny Yoro genau.", "Leny Yoro", "Paris Saint-Germain", facts.StageInterest},
	})
}

// TestHeadlinePlayerClub: "Rice-Arsenal" heading a story is its player and
// its buyer, not a double-barrelled name that hides the club everywhere.
func TestHeadlinePlayerClub(t *testing.T) {
	checkStages(t, New(), []stageCase{
		{"en", " date 2023-07 Rice-Arsenal: deal agreed. Arsenal have agreed a deal with West Ham for Declan Rice.", "Declan Rice", "Arsenal", facts.StageAdvanced},
		{"fr", " date 2023-07 Rice-Arsenal : accord trouvé. Arsenal a trouvé un accord avec West Ham pour Declan Rice.", "Declan Rice", "Arsenal", facts.StageAdvanced},
		{"es", " date 2023-07 Rice-Arsenal: acuerdo cerrado. El Arsenal ha cerrado un acuerdo con el West Ham por Declan Rice.", "Declan Rice", "Arsenal", facts.StageAdvanced},
		{"it", " date 2023-07 Rice-Arsenal, c'è l'accordo. L'Arsenal ha trovato l'accordo con il West Ham per Declan Rice.", "Declan Rice", "Arsenal", facts.StageAdvanced},
		{"de", " date 2023-07 Rice-Arsenal: Einigung erzielt. Arsenal hat sich mit West Ham auf einen Wechsel von Declan Rice geeinigt.", "Declan Rice", "Arsenal", facts.StageAdvanced},
	})
}

// TestNoNameFragments: a country before a player description ("Croatia
// defender X", "Kroatiens Verteidiger X") and a German compound after a
// hyphen ("Sancho-Wechsel") are no persons.
func TestNoNameFragments(t *testing.T) {
	checkNoPlayer(t, New(), []struct{ name, text, official string }{
		{"en country", " date 2023-08 Manchester City have completed the signing of Croatia defender Josko Gvardiol.", "Croatia"},
		{"de country", " date 2023-08 Manchester City hat die Verpflichtung von Kroatiens Verteidiger Josko Gvardiol bekanntgegeben.", "Kroatiens"},
		{"de compound", " date 2023-08 Sancho-Wechsel zu Chelsea fix. Chelsea hat Jadon Sancho verpflichtet.", "Sancho-Wechsel"},
	})
}

// TestApproachedClubSells: the club a buyer approaches, phones or contacts
// about a player is his club, no suitor ("Chelsea have approached
// Tottenham to ask about X", "a contacté l'OL", "llamó al Sevilla", "ha
// contattato il Napoli"); a German club after its verb is the subject.
func TestApproachedClubSells(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2023-07 Chelsea have approached Tottenham to ask about Yves Bissouma.", "Yves Bissouma", "Tottenham Hotspur", ""},
		{"fr", " date 2023-07 Le PSG a contacté l'OL pour se renseigner sur Rayan Cherki.", "Rayan Cherki", "Lyon", ""},
		{"es", " date 2023-07 El Barcelona llamó al Sevilla para preguntar por Jules Koundé.", "Jules Koundé", "Sevilla", ""},
		{"it", " date 2023-07 La Juventus ha contattato il Napoli per chiedere di Victor Osimhen.", "Victor Osimhen", "Napoli", ""},
		{"de subject", " date 2023-07 Nachdem Szoboszlai vorgestellt wurde, verhandelt Manchester City mit RB Leipzig über Joško Gvardiol.", "Joško Gvardiol", "Manchester City", facts.StageTalks},
	})
	checkCurrent(t, x, []clubCase{{" date 2023-07 Chelsea have approached Tottenham to ask about Yves Bissouma.", "Yves Bissouma", "Tottenham Hotspur"}})
}

// TestOwnAgreement: an agreement the player owns ("his agreement with
// Lille", "son accord avec", "su acuerdo con", "il suo accordo con") is his
// contract with his club, no deal in the making, and lends no stage to the
// club watching him ("seinen Vertrag mit Lille": his contract too).
func TestOwnAgreement(t *testing.T) {
	x := New()
	checkStages(t, x, []stageCase{
		{"en", " date 2025-01 Jonathan David will see his agreement with Lille expire in June, and Juventus are watching.", "Jonathan David", "Lille", ""},
		{"en watcher", " date 2025-01 Jonathan David will see his agreement with Lille expire in June, and Juventus are watching.", "Jonathan David", "Juventus", facts.StageInterest},
		{"fr", " date 2025-01 Jonathan David verra son accord avec Lille expirer en juin, et la Juventus le surveille.", "Jonathan David", "Lille", ""},
		{"fr watcher", " date 2025-01 Jonathan David verra son accord avec Lille expirer en juin, et la Juventus le surveille.", "Jonathan David", "Juventus", facts.StageInterest},
		{"es", " date 2025-01 Jonathan David verá expirar su acuerdo con el Lille en junio, y la Juventus le sigue.", "Jonathan David", "Lille", ""},
		{"es watcher", " date 2025-01 Jonathan David verá expirar su acuerdo con el Lille en junio, y la Juventus le sigue.", "Jonathan David", "Juventus", facts.StageInterest},
		{"it", " date 2025-01 Jonathan David vedrà scadere il suo accordo con il Lille a giugno, e la Juventus lo osserva.", "Jonathan David", "Lille", ""},
		{"it watcher", " date 2025-01 Jonathan David vedrà scadere il suo accordo con il Lille a giugno, e la Juventus lo osserva.", "Jonathan David", "Juventus", facts.StageInterest},
		{"de contract", " date 2025-01 Jonathan David lässt seinen Vertrag mit Lille im Juni auslaufen, und Juventus beobachtet ihn.", "Jonathan David", "Lille", ""},
	})
}

// TestPlaceAdjectivesAreNoNames: German writes the adjectives of countries
// and cities with a capital; "Englische Quellen", "Leipziger Gebot" are no
// persons, and the player of the sentence keeps his link.
func TestPlaceAdjectivesAreNoNames(t *testing.T) {
	x := New()
	checkNoPlayer(t, x, []struct{ name, text, official string }{
		{"de country", " date 2023-06 Englische Quellen behaupten, Leipzig habe 25 Millionen Euro für Ademola Lookman geboten.", "Englische Quellen"},
		{"de city", " date 2023-06 Das Leipziger Gebot für Ademola Lookman liegt bei 25 Millionen Euro.", "Leipziger Gebot"},
	})
	checkStages(t, x, []stageCase{
		{"de player", " date 2023-06 Englische Quellen behaupten, Leipzig habe 25 Millionen Euro für Ademola Lookman geboten.", "Ademola Lookman", "RB Leipzig", facts.StageBid},
		{"de surname", " date 2023-06 Italienische Medien berichten, der FC Bayern beobachte Gleison Bremer.", "Gleison Bremer", "Bayern Munich", facts.StageInterest},
	})
}

// TestOfferAsCondition: an indefinite offer after a price word is the
// condition of a sale, no offer made ("for a suitable offer", "pour une
// offre convenable", "por una oferta adecuada", "per un'offerta adeguata",
// "bei einem passenden Angebot"): the watching club stays at interest.
func TestOfferAsCondition(t *testing.T) {
	checkStages(t, New(), perLanguage(map[string]string{
		"en": "Aston Villa are watching Victor Boniface, and Leverkusen would let him go for a suitable offer.",
		"fr": "L'Aston Villa suit Victor Boniface, et Leverkusen est prêt à le laisser partir pour une offre convenable.",
		"es": "El Aston Villa sigue a Victor Boniface, y el Leverkusen podría dejarle salir por una oferta adecuada.",
		"it": "L'Aston Villa osserva Victor Boniface, e il Leverkusen potrebbe lasciarlo partire per un'offerta adeguata.",
		"de": "Aston Villa beobachtet Victor Boniface, Leverkusen würde ihn bei einem passenden Angebot ziehen lassen.",
	}, "2025-06", "Victor Boniface", pairWant{"Aston Villa", facts.StageInterest}, pairWant{"Bayer Leverkusen", ""}))
}

// TestRenewalTalks: talks whose object is a new contract are his club
// keeping him, no pursuit ("talks over an extension", "discussions pour une
// prolongation", "negociaciones para la renovación", "trattative per il
// rinnovo", "Gespräche über eine Verlängerung"): the club is his own.
func TestRenewalTalks(t *testing.T) {
	x := New()
	texts := map[string]string{
		"en": "Chelsea have opened talks over an extension with Antonio Rüdiger.",
		"fr": "Chelsea a ouvert des discussions pour une prolongation avec Antonio Rüdiger.",
		"es": "El Chelsea ha abierto negociaciones para la renovación de Antonio Rüdiger.",
		"it": "Il Chelsea ha avviato le trattative per il rinnovo di Antonio Rüdiger.",
		"de": "Chelsea hat Gespräche über eine Verlängerung mit Antonio Rüdiger aufgenommen.",
	}
	checkStages(t, x, perLanguage(texts, "2021-12", "Antonio Rüdiger", pairWant{"Chelsea", ""}))
	checkCurrent(t, x, clubPerLanguage(texts, "2021-12", "Antonio Rüdiger", "Chelsea"))
}

// clubPerLanguage makes the current-club cases of one text per language.
func clubPerLanguage(texts map[string]string, date, player, club string) []clubCase {
	var tests []clubCase
	for _, text := range texts {
		tests = append(tests, clubCase{" date " + date + " " + text, player, club})
	}
	return tests
}

// TestSpanishArticleIsNoPronoun: the article "El" opening a sentence is no
// "él" standing for the player: "El club blanco ha cerrado con el Rennes"
// is a club dealing with the seller, and an accented "Él" still is the
// player agreeing with his suitor.
func TestSpanishArticleIsNoPronoun(t *testing.T) {
	checkStages(t, New(), []stageCase{
		{"es article", " date 2021-08 El Real Madrid da el golpe. El club blanco ha cerrado con el Rennes el traspaso de Eduardo Camavinga.", "Eduardo Camavinga", "Rennes", ""},
		{"es buyer", " date 2021-08 El Real Madrid da el golpe. El club blanco ha cerrado con el Rennes el traspaso de Eduardo Camavinga.", "Eduardo Camavinga", "Real Madrid", facts.StageAdvanced},
		{"es pronoun", " date 2022-06 Isco Alarcón quiere salir del Sevilla. Él ya ha alcanzado un acuerdo con el Betis.", "Isco Alarcón", "Real Betis", facts.StageAdvanced},
	})
}

// TestLeaveWithContraction: "salir del Sevilla" (de + el) is the club he
// leaves as "salir de" is; it is his club, no suitor.
func TestLeaveWithContraction(t *testing.T) {
	x := New()
	text := " date 2022-06 Isco Alarcón quiere salir del Sevilla, y el Betis le sigue."
	checkStages(t, x, []stageCase{
		{"es left", text, "Isco Alarcón", "Sevilla", ""},
		{"es suitor", text, "Isco Alarcón", "Real Betis", facts.StageInterest},
	})
	checkCurrent(t, x, []clubCase{{text, "Isco Alarcón", "Sevilla"}})
}

// TestPlacesTakeArticles: a personal name takes no definite article, so
// "the Nou Camp", "au Grand Palais", "im Hotel Adlon" are places,
// no persons; staying at a club ("rester au Camp Nou", "quedarse en",
// "restare al") makes it his.
func TestPlacesTakeArticles(t *testing.T) {
	x := New()
	checkNoPlayer(t, x, []struct{ name, text, official string }{
		{"en", " date 2022-08 Frenkie de Jong still wants to stay at the Nou Camp, but Manchester United want him.", "Nou Camp"},
		{"fr", " date 2022-08 Kylian Mbappé est attendu au Grand Palais, où le Real Madrid veut le présenter.", "Grand Palais"},
		{"de", " date 2022-08 Jude Bellingham wohnt im Hotel Adlon, Real Madrid beobachtet ihn.", "Hotel Adlon"},
	})
	checkCurrent(t, x, []clubCase{
		{" date 2022-08 Frenkie de Jong veut rester au Camp Nou, mais Manchester United le veut.", "Frenkie de Jong", "Barcelona"},
	})
}

// TestLoanOut: a club that confirms or closes the loan of its player to
// another ("the loan of X to Brighton", "le prêt de X à", "la cesión de X
// al", "il prestito di X al", "die Leihe von X an") lends him: it stays his
// club and is no suitor, and the borrower has him.
func TestLoanOut(t *testing.T) {
	x := New()
	texts := map[string]string{
		"en": "Barcelona have confirmed the loan of Ansu Fati to Brighton.",
		"fr": "Le Barça a confirmé le prêt d'Ansu Fati à Brighton.",
		"es": "El Barcelona ha cerrado la cesión de Ansu Fati al Brighton.",
		"it": "Il Barcellona ha confermato il prestito di Ansu Fati al Brighton.",
		"de": "Der FC Barcelona bestätigt die Leihe von Ansu Fati an Brighton.",
	}
	checkStages(t, x, perLanguage(texts, "2023-09", "Ansu Fati", pairWant{"Barcelona", ""}, pairWant{"Brighton & Hove Albion", facts.StageDone}))
	checkCurrent(t, x, clubPerLanguage(texts, "2023-09", "Ansu Fati", "Barcelona"))
}

// TestCommaSeparatesListedMoves: in a list of moves ("Frattesi close to
// Inter, Kim towards Bayern") a club goes with the player on its side of
// the comma: Inter is no suitor of Kim, nor his club.
func TestCommaSeparatesListedMoves(t *testing.T) {
	x := New()
	texts := map[string]string{
		"en": "Transfer round-up: Davide Frattesi close to Inter, Kim Min-jae heading for Bayern Munich.",
		"fr": "Le point mercato : Davide Frattesi proche de l'Inter, Kim Min-jae vers le Bayern Munich.",
		"es": "Mercado: Davide Frattesi cerca del Inter, Kim Min-jae rumbo al Bayern de Múnich.",
		"it": "Calciomercato, il punto: Davide Frattesi a un passo dall'Inter, Kim Min-jae verso il Bayern Monaco.",
		"de": "Transfer-Ticker: Davide Frattesi kurz vor Inter, Kim Min-jae auf dem Weg zum FC Bayern.",
	}
	checkStages(t, x, perLanguage(texts, "2023-06", "Kim Min-jae", pairWant{"Inter Milan", ""}))
	checkCurrent(t, x, clubPerLanguage(texts, "2023-06", "Kim Min-jae", ""))
}

// TestSetAsidePlayers: a player the sentence sets aside (the one a swap
// would involve, the one a club replaces) is not pursued by its club; a
// relative clause after him still tells of his own move.
func TestSetAsidePlayers(t *testing.T) {
	x := New()
	checkStages(t, x, perLanguage(map[string]string{
		"en": "Napoli are monitoring Cristiano Ronaldo, with a swap involving Victor Osimhen discussed.",
		"fr": "Naples surveille Cristiano Ronaldo et évoque un échange avec Victor Osimhen.",
		"es": "El Napoli sigue a Cristiano Ronaldo y estudia un intercambio con Victor Osimhen.",
		"it": "Il Napoli segue Cristiano Ronaldo e valuta uno scambio con Victor Osimhen.",
		"de": "Napoli beobachtet Cristiano Ronaldo und prüft einen Tausch mit Victor Osimhen.",
	}, "2023-01", "Victor Osimhen", pairWant{"Napoli", ""}))
	replaced := " date 2022-09 Leicester are looking for a replacement for Wesley Fofana, who completed his move to Chelsea."
	checkStages(t, x, []stageCase{
		{"en replaced", replaced, "Wesley Fofana", "Leicester City", ""},
		{"en own move", replaced, "Wesley Fofana", "Chelsea", facts.StageDone},
	})
}

// TestPluperfectWithBe: the pluperfect made with "to be" tells a pursuit
// that is over as "had" does ("s'était renseigné", "si era informato", "war
// ... in Verbindung gebracht worden"; "se había interesado", "had asked").
func TestPluperfectWithBe(t *testing.T) {
	checkStages(t, New(), perLanguage(map[string]string{
		"en": "Liverpool had also asked about Khvicha Kvaratskhelia in the spring.",
		"fr": "Liverpool s'était aussi renseigné sur Khvicha Kvaratskhelia au printemps.",
		"es": "El Liverpool también se había interesado por Khvicha Kvaratskhelia en primavera.",
		"it": "Il Liverpool si era informato su Khvicha Kvaratskhelia in primavera.",
		"de": "Auch der FC Liverpool war im Frühjahr mit Khvicha Kvaratskhelia in Verbindung gebracht worden.",
	}, "2025-01", "Khvicha Kvaratskhelia", pairWant{"Liverpool", facts.StageEnded}))
}

// TestCouldBid: a step a club could take is not taken ("could offer",
// "pourrait formuler une offre", "podría presentar una oferta", "potrebbe
// presentare un'offerta", "könnte ein Angebot vorlegen"): the pursuit is
// at interest; in the five languages.
func TestCouldBid(t *testing.T) {
	checkStages(t, New(), perLanguage(map[string]string{
		"en": "Brentford are monitoring Jonas Keller and could offer a loan.",
		"fr": "Brentford pourrait formuler une offre pour Jonas Keller.",
		"es": "El Brentford podría presentar una oferta por Jonas Keller.",
		"it": "Il Brentford potrebbe presentare un'offerta per Jonas Keller.",
		"de": "Der FC Brentford könnte bald ein Angebot für Jonas Keller vorlegen.",
	}, "2024-08", "Jonas Keller", pairWant{"Brentford", facts.StageInterest}))
}
