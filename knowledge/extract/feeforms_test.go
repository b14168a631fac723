package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestBidFromItsClub: a bid the seller turns down or accepts is the club
// named after it as its sender ("a bid from", "une offre du", "una oferta
// del", "un'offerta del", "ein Angebot des"), or the subject that had it
// accepted, never the seller; in the five languages.
func TestBidFromItsClub(t *testing.T) {
	checkFees(t, []feeCase{
		{"en rejected a bid from", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Fulham rejected a £20m bid from Brentford for Mario Rossi.", "Mario Rossi", facts.FeeBid, 20e6, "Brentford"},
		{"en accepted an offer from", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Fulham have accepted an offer of £25m from Brentford for the midfielder Mario Rossi.", "Mario Rossi", facts.FeeBid, 25e6, "Brentford"},
		{"en had a bid accepted by", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Brentford have had a £25m bid for Mario Rossi accepted by Fulham.", "Mario Rossi", facts.FeeBid, 25e6, "Brentford"},
		{"fr repoussé une offre du", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le FC Lorient a repoussé une offre de 20 millions d'euros du Stade Brestois pour Mario Rossi.", "Mario Rossi", facts.FeeBid, 20e6, "Brest"},
		{"fr accepté la proposition de", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le FC Lorient a accepté la proposition du Stade Brestois, 25 millions d'euros pour Mario Rossi.", "Mario Rossi", facts.FeeBid, 25e6, "Brest"},
		{"es rechazó una oferta del", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Getafe rechazó una oferta de 20 millones de euros del Betis por Mario Rossi.", "Mario Rossi", facts.FeeBid, 20e6, "Real Betis"},
		{"es aceptó la oferta del", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Getafe ha aceptado la oferta del Betis, 25 millones de euros por Mario Rossi.", "Mario Rossi", facts.FeeBid, 25e6, "Real Betis"},
		{"it respinto un'offerta del", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Genoa ha respinto un'offerta da 20 milioni di euro del Bologna per Mario Rossi.", "Mario Rossi", facts.FeeBid, 20e6, "Bologna"},
		{"it accettato la proposta del", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Genoa ha accettato la proposta del Bologna da 25 milioni di euro per Mario Rossi.", "Mario Rossi", facts.FeeBid, 25e6, "Bologna"},
		{"de lehnte ein Angebot des ab", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der FC Augsburg lehnte ein Angebot des SC Freiburg über 20 Millionen Euro für Mario Rossi ab.", "Mario Rossi", facts.FeeBid, 20e6, "SC Freiburg"},
		{"de nahm das Angebot des an", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der FC Augsburg hat das Angebot des SC Freiburg über 25 Millionen Euro für Mario Rossi angenommen.", "Mario Rossi", facts.FeeBid, 25e6, "SC Freiburg"},
	})
}

// TestCurrencyAsAdjective: a currency named in the singular between the
// figure and its noun ("a 90 million pound bid") is the fee's currency.
func TestCurrencyAsAdjective(t *testing.T) {
	checkFees(t, []feeCase{
		{"en pound bid", " date 2024-07 News\n\nBrentford made a 90 million pound bid for Mario Rossi.", "Mario Rossi", facts.FeeBid, 90e6, "Brentford"},
		{"en pound proposal", " date 2024-07 News\n\nBrentford tabled a 45 million pound proposal for Mario Rossi.", "Mario Rossi", facts.FeeBid, 45e6, "Brentford"},
		{"en dollar offer", " date 2024-07 News\n\nBrentford made a 12 million dollar offer for Mario Rossi.", "Mario Rossi", facts.FeeBid, 12e6, "Brentford"},
	})
}

// TestClauseHeHolds: a release clause the player is told holding ("who
// has a clause", "possède une clause", "tiene una cláusula", "ha una
// clausola", "besitzt eine Klausel") is in his contract with the club he
// plays for, not with a club the sentence names wanting him; in the five
// languages.
func TestClauseHeHolds(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Mario Rossi, who has a £50m release clause, is wanted by Brentford.", "Mario Rossi", facts.FeeReleaseClause, 50e6, "Fulham"},
		{"fr", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Mario Rossi possède une clause libératoire de 50 millions d'euros qui intéresse le Stade Brestois.", "Mario Rossi", facts.FeeReleaseClause, 50e6, "Lorient"},
		{"es", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. Mario Rossi tiene una cláusula de 50 millones de euros e interesa al Betis.", "Mario Rossi", facts.FeeReleaseClause, 50e6, "Getafe"},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Mario Rossi, che ha una clausola da 50 milioni, piace al Bologna.", "Mario Rossi", facts.FeeReleaseClause, 50e6, "Genoa"},
		{"de", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Mario Rossi besitzt eine Ausstiegsklausel über 50 Millionen Euro, der SC Freiburg ist interessiert.", "Mario Rossi", facts.FeeReleaseClause, 50e6, "Augsburg"},
	})
}

// TestSoldForAFee: a figure a sale told done is paid for ("sold to
// Brentford for £18m", "vendu au Stade Brestois pour", "traspasado al
// Betis por", "ceduto al Bologna per", "für ... an den SC Freiburg
// verkauft") is the buyer's bid; in the five languages.
func TestSoldForAFee(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nMario Rossi was sold to Brentford for an initial £18m last week.", "Mario Rossi", facts.FeeBid, 18e6, "Brentford"},
		{"fr", " date 2024-07 Mercato\n\nMario Rossi a été vendu au Stade Brestois pour 18 millions d'euros.", "Mario Rossi", facts.FeeBid, 18e6, "Brest"},
		{"es", " date 2024-07 Mercado\n\nMario Rossi fue traspasado al Betis por 18 millones de euros.", "Mario Rossi", facts.FeeBid, 18e6, "Real Betis"},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi è stato ceduto al Bologna per 18 milioni di euro.", "Mario Rossi", facts.FeeBid, 18e6, "Bologna"},
		{"de", " date 2024-07 Transfer-News\n\nMario Rossi wurde für 18 Millionen Euro an den SC Freiburg verkauft.", "Mario Rossi", facts.FeeBid, 18e6, "SC Freiburg"},
	})
}

// TestPriceItsSubjectAsks: a price or a value belongs to the club that
// stands as the subject of its word ("The Hoops want", "le club
// rhodanien valorise", "los hispalenses piden", "i granata chiedono",
// "Stuttgart bewertete"), even when another club of the sentence bids
// for him; in the five languages.
func TestPriceItsSubjectAsks(t *testing.T) {
	checkFees(t, []feeCase{
		{"en want", " date 2024-07 News\n\nBrentford are in talks with Fulham over Mario Rossi. Brentford have offered £20m, but Fulham want around £30m for the midfielder.", "Mario Rossi", facts.FeeAsking, 30e6, "Fulham"},
		{"en value", " date 2024-07 News\n\nBrentford have made an approach for Mario Rossi, but Fulham value the midfielder at £30m.", "Mario Rossi", facts.FeeValuation, 30e6, "Fulham"},
		{"fr valorise", " date 2024-07 Mercato\n\nLe Stade Brestois s'est manifesté pour Mario Rossi, mais le FC Lorient valorise toujours son joueur autour de 30 millions d'euros.", "Mario Rossi", facts.FeeValuation, 30e6, "Lorient"},
		{"fr réclament", " date 2024-07 Mercato\n\nLe FC Lorient réclame autour de 30 millions d'euros pour Mario Rossi, et le Stade Brestois a formulé une offre d'environ 25 millions.", "Mario Rossi", facts.FeeAsking, 30e6, "Lorient"},
		{"es piden", " date 2024-07 Mercado\n\nEl Betis ha ofrecido 20 millones de euros por Mario Rossi, pero el Getafe pide 30 millones.", "Mario Rossi", facts.FeeAsking, 30e6, "Getafe"},
		{"it chiede", " date 2024-07 Calciomercato\n\nIl Bologna ha offerto 20 milioni per Mario Rossi, ma il Genoa ne chiede 30.", "Mario Rossi", facts.FeeAsking, 30e6, "Genoa"},
		{"it valuta", " date 2024-07 Calciomercato\n\nIl Bologna ha fatto un sondaggio per Mario Rossi, ma il Genoa lo valuta 30 milioni di euro.", "Mario Rossi", facts.FeeValuation, 30e6, "Genoa"},
		{"de bewertete", " date 2024-07 Transfer-News\n\nDer SC Freiburg hat sich nach Mario Rossi erkundigt, doch der FC Augsburg bewertete den Mittelfeldspieler mit rund 30 Millionen Euro.", "Mario Rossi", facts.FeeValuation, 30e6, "Augsburg"},
		{"de verlangen", " date 2024-07 Transfer-News\n\nDer SC Freiburg verhandelt mit dem FC Augsburg über Mario Rossi; der FC Augsburg verlangt rund 30 Millionen Euro.", "Mario Rossi", facts.FeeAsking, 30e6, "Augsburg"},
	})
}

// TestWageHeEarns: a wage told earned now ("who earns", "qui touche",
// "que cobra", "che guadagna", "der ... verdient") is paid by the club he
// plays for, not by a club of its sentence that wants him; in the five
// languages.
func TestWageHeEarns(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Brentford are keen on Mario Rossi, who earns £90,000 a week.", "Mario Rossi", facts.FeeWage, 90000, "Fulham"},
		{"fr", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le Stade Brestois s'intéresse à Mario Rossi, qui touche 3 millions d'euros par an.", "Mario Rossi", facts.FeeWage, 3e6, "Lorient"},
		{"es", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Betis sigue a Mario Rossi, que cobra 3 millones de euros por temporada.", "Mario Rossi", facts.FeeWage, 3e6, "Getafe"},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Bologna segue Mario Rossi, che guadagna 3 milioni a stagione.", "Mario Rossi", facts.FeeWage, 3e6, "Genoa"},
		{"de", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der SC Freiburg beobachtet Mario Rossi, der 3 Millionen Euro pro Jahr verdient.", "Mario Rossi", facts.FeeWage, 3e6, "Augsburg"},
	})
}

// TestFeeOfTheCompletedSigning: a fee whose sentence names no club, in an
// article telling a completed signing and other clubs bidding, is the
// fee of the club that signed him; in the five languages.
func TestFeeOfTheCompletedSigning(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Chelsea made an offer for Mario Rossi in June. Brentford have completed the signing of Mario Rossi. The fee is around £30m.", "Mario Rossi", facts.FeeBid, 30e6, "Brentford"},
		{"fr", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le FC Nantes a formulé une offre pour Mario Rossi en juin. Le Stade Brestois a officialisé la signature de Mario Rossi. Le transfert s'élève à 30 millions d'euros.", "Mario Rossi", facts.FeeBid, 30e6, "Brest"},
		{"es", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Sevilla presentó una oferta por Mario Rossi en junio. El Betis ha cerrado el fichaje de Mario Rossi. El traspaso ronda los 30 millones de euros.", "Mario Rossi", facts.FeeBid, 30e6, "Real Betis"},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Torino ha presentato un'offerta per Mario Rossi a giugno. Il Bologna ha ufficializzato l'acquisto di Mario Rossi. L'affare è da 30 milioni di euro.", "Mario Rossi", facts.FeeBid, 30e6, "Bologna"},
		{"de", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der VfL Bochum hat im Juni ein Angebot für Mario Rossi abgegeben. Der SC Freiburg hat Mario Rossi verpflichtet. Die Ablöse beträgt 30 Millionen Euro.", "Mario Rossi", facts.FeeBid, 30e6, "SC Freiburg"},
	})
}

// TestBidOfThePassageClub: a bid whose sentence names no club, after a
// sentence opened by a club that agreed or bid for him, is that club's,
// even when the article tells another club buying him; in the five
// languages.
func TestBidOfThePassageClub(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Chelsea have agreed a fee with Fulham for Mario Rossi. Brentford had agreed personal terms with the midfielder. A first offer of £20m was turned down.", "Mario Rossi", facts.FeeBid, 20e6, "Brentford"},
		{"fr", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le FC Nantes a trouvé un accord avec le FC Lorient pour Mario Rossi. Le Stade Brestois avait trouvé un accord avec le milieu. Une première offre de 20 millions d'euros a été repoussée.", "Mario Rossi", facts.FeeBid, 20e6, "Brest"},
		{"es", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Sevilla ha cerrado un acuerdo con el Getafe por Mario Rossi. El Betis había llegado a un acuerdo con el centrocampista. Una primera oferta de 20 millones de euros fue rechazada.", "Mario Rossi", facts.FeeBid, 20e6, "Real Betis"},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Torino ha trovato l'accordo con il Genoa per Mario Rossi. Il Bologna aveva trovato l'intesa con il centrocampista. Una prima offerta da 20 milioni di euro era stata respinta.", "Mario Rossi", facts.FeeBid, 20e6, "Bologna"},
		{"de", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der VfL Bochum hat sich mit dem FC Augsburg über Mario Rossi geeinigt. Der SC Freiburg war sich mit dem Mittelfeldspieler längst einig. Ein erstes Angebot über 20 Millionen Euro wurde abgelehnt.", "Mario Rossi", facts.FeeBid, 20e6, "SC Freiburg"},
	})
}

// TestFigureOfAClub: a club named right after a figure with an of-word
// owns it ("los 50 millones del Chelsea", "l'offerta da 50 milioni del
// Bologna", "l'offre de 50 millions d'euros du Stade Brestois"): a bid
// it made, a price it asks; in the five languages.
func TestFigureOfAClub(t *testing.T) {
	checkFees(t, []feeCase{
		{"es bid", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. El Getafe ignora los 50 millones del Betis por Mario Rossi.", "Mario Rossi", facts.FeeBid, 50e6, "Real Betis"},
		{"it bid", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. Il Genoa non considera l'offerta da 50 milioni del Bologna per Mario Rossi.", "Mario Rossi", facts.FeeBid, 50e6, "Bologna"},
		{"fr bid", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Le FC Lorient a ignoré l'offre de 50 millions d'euros du Stade Brestois pour Mario Rossi.", "Mario Rossi", facts.FeeBid, 50e6, "Brest"},
		{"en bid", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. Fulham ignored the offer of £50m of Brentford for Mario Rossi.", "Mario Rossi", facts.FeeBid, 50e6, "Brentford"},
		{"de bid", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Der FC Augsburg ignoriert die 50 Millionen Euro des SC Freiburg für Mario Rossi.", "Mario Rossi", facts.FeeBid, 50e6, "SC Freiburg"},
	})
}

// TestPriceOfThePlayer: a price or a value the player owns ("the
// defender's £25m price tag", "sa valeur de 25 millions", "su precio de
// 25 millones", "il suo valore di 25 milioni", "sein Marktwert von 25
// Millionen") is his club's, even when its sentence names a club put off
// by it; in the five languages.
func TestPriceOfThePlayer(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. The defender's £25m price tag has put off Brentford.", "Mario Rossi", facts.FeeValuation, 25e6, "Fulham"},
		{"en his", " date 2024-07 News\n\nMario Rossi is tied to Fulham until 2027. His £25m price tag has put off Brentford.", "Mario Rossi", facts.FeeValuation, 25e6, "Fulham"},
		{"fr", " date 2024-07 Mercato\n\nMario Rossi est sous contrat avec le FC Lorient jusqu'en 2027. Sa valeur de 25 millions d'euros a refroidi le Stade Brestois.", "Mario Rossi", facts.FeeValuation, 25e6, "Lorient"},
		{"es", " date 2024-07 Mercado\n\nMario Rossi tiene contrato con el Getafe hasta 2027. Su valoración de 25 millones de euros ha echado atrás al Betis.", "Mario Rossi", facts.FeeValuation, 25e6, "Getafe"},
		{"it", " date 2024-07 Calciomercato\n\nMario Rossi ha un contratto con il Genoa fino al 2027. La sua valutazione di 25 milioni di euro ha frenato il Bologna.", "Mario Rossi", facts.FeeValuation, 25e6, "Genoa"},
		{"de", " date 2024-07 Transfer-News\n\nMario Rossi hat beim FC Augsburg einen Vertrag bis 2027. Seine Bewertung von 25 Millionen Euro hat den SC Freiburg abgeschreckt.", "Mario Rossi", facts.FeeValuation, 25e6, "Augsburg"},
	})
}
