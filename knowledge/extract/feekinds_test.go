package extract

import (
	"testing"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPriceWords: the words of a price the selling club asks or hoped
// for, of a minimum, of a valuation and of a counter-offer, in the five languages.
func TestPriceWords(t *testing.T) {
	checkFees(t, []feeCase{
		{"en set their price", " date 2024-07 News\n\nFulham have set their price for Mario Rossi at £40m.", "Mario Rossi", facts.FeeAsking, 40e6, "Fulham"},
		{"fr réclame", " date 2024-07 Mercato\n\nLe FC Lorient réclame 40 millions d'euros pour Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Lorient"},
		{"es reclama", " date 2024-07 Mercado\n\nEl Getafe reclama 40 millones de euros por Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Getafe"},
		{"it pretendeva", " date 2024-07 Calciomercato\n\nIl Genoa pretendeva 40 milioni di euro per Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Genoa"},
		{"de aufgerufen", " date 2024-07 Transfer-News\n\nDer FC Augsburg hat für Mario Rossi 40 Millionen Euro aufgerufen.", "Mario Rossi", facts.FeeAsking, 40e6, "Augsburg"},

		{"en at least", " date 2024-07 News\n\nFulham expect at least £40m for Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Fulham"},
		{"fr à moins de", " date 2024-07 Mercato\n\nLe FC Lorient ne laissera pas Mario Rossi quitter le club à moins de 40 millions d'euros.", "Mario Rossi", facts.FeeAsking, 40e6, "Lorient"},
		{"es al menos", " date 2024-07 Mercado\n\nEl Getafe quiere al menos 40 millones de euros por Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Getafe"},
		{"it almeno", " date 2024-07 Calciomercato\n\nIl Genoa vuole almeno 40 milioni di euro per Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Genoa"},
		{"de mindestens", " date 2024-07 Transfer-News\n\nDer FC Augsburg will mindestens 40 Millionen Euro für Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Augsburg"},

		{"en value him at", " date 2024-07 News\n\nMario Rossi plays for Fulham, who value him at £40m.", "Mario Rossi", facts.FeeValuation, 40e6, "Fulham"},
		{"fr valorise", " date 2024-07 Mercato\n\nLe FC Lorient valorise Mario Rossi à 40 millions d'euros.", "Mario Rossi", facts.FeeValuation, 40e6, "Lorient"},
		{"es valora", " date 2024-07 Mercado\n\nEl Getafe valora a Mario Rossi en 40 millones de euros.", "Mario Rossi", facts.FeeValuation, 40e6, "Getafe"},
		{"it valuta", " date 2024-07 Calciomercato\n\nIl Genoa valuta Mario Rossi 40 milioni di euro.", "Mario Rossi", facts.FeeValuation, 40e6, "Genoa"},
		{"de taxiert", " date 2024-07 Transfer-News\n\nDer FC Augsburg hat Mario Rossi auf 40 Millionen Euro taxiert.", "Mario Rossi", facts.FeeValuation, 40e6, "Augsburg"},

		{"en hoped for", " date 2024-07 News\n\nFulham had hoped for £40m for Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Fulham"},
		{"fr espérait", " date 2024-07 Mercato\n\nLe FC Lorient espérait 40 millions d'euros pour Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Lorient"},
		{"es esperaba obtener", " date 2024-07 Mercado\n\nEl Getafe esperaba obtener 40 millones de euros por Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Getafe"},
		{"it sperava", " date 2024-07 Calciomercato\n\nIl Genoa sperava di incassare 40 milioni di euro per Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Genoa"},
		{"de erhofft", " date 2024-07 Transfer-News\n\nDer FC Augsburg hatte sich 40 Millionen Euro für Mario Rossi erhofft.", "Mario Rossi", facts.FeeAsking, 40e6, "Augsburg"},

		{"en counter-offer", " date 2024-07 News\n\nFulham replied with a counter-offer of £45m for Mario Rossi.", "Mario Rossi", facts.FeeAsking, 45e6, "Fulham"},
		{"fr contre-offre", " date 2024-07 Mercato\n\nLe FC Lorient a répondu par une contre-offre de 45 millions d'euros pour Mario Rossi.", "Mario Rossi", facts.FeeAsking, 45e6, "Lorient"},
		{"es contraoferta", " date 2024-07 Mercado\n\nEl Getafe respondió con una contraoferta de 45 millones de euros por Mario Rossi.", "Mario Rossi", facts.FeeAsking, 45e6, "Getafe"},
		{"it controfferta", " date 2024-07 Calciomercato\n\nIl Genoa ha risposto con una controfferta da 45 milioni di euro per Mario Rossi.", "Mario Rossi", facts.FeeAsking, 45e6, "Genoa"},
		{"de Gegenangebot", " date 2024-07 Transfer-News\n\nDer FC Augsburg antwortete mit einem Gegenangebot über 45 Millionen Euro für Mario Rossi.", "Mario Rossi", facts.FeeAsking, 45e6, "Augsburg"},
	})
}

// TestKindWordOfTheNearestFigure: of two figures in a sentence, an offer
// word tells of the one next to it and a price word of the other; of a
// price word and a value word, the one next to the figure tells; a word
// of wages after a figure tells of it only right behind it; in the five
// languages.
func TestKindWordOfTheNearestFigure(t *testing.T) {
	checkFees(t, []feeCase{
		{"en", " date 2024-07 News\n\nBrentford offered £30m, Fulham demand £40m for Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Fulham"},
		{"fr", " date 2024-07 Mercato\n\nLe Stade Brestois offre 30 millions d'euros, le FC Lorient exige 40 millions d'euros pour Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Lorient"},
		{"es", " date 2024-07 Mercado\n\nEl Betis ofrece 30 millones de euros, el Getafe pide 40 millones de euros por Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Getafe"},
		{"it", " date 2024-07 Calciomercato\n\nIl Bologna offre 30 milioni di euro, il Genoa chiede 40 milioni di euro per Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Genoa"},
		{"de", " date 2024-07 Transfer-News\n\nDer SC Freiburg bietet 30 Millionen Euro, der FC Augsburg fordert 40 Millionen Euro für Mario Rossi.", "Mario Rossi", facts.FeeAsking, 40e6, "Augsburg"},

		{"en value nearer than want", " date 2024-07 News\n\nFulham want to sell Mario Rossi and value him at £40m.", "Mario Rossi", facts.FeeValuation, 40e6, "Fulham"},
		{"fr valorise nearer than veut", " date 2024-07 Mercato\n\nLe FC Lorient veut vendre Mario Rossi et le valorise à 40 millions d'euros.", "Mario Rossi", facts.FeeValuation, 40e6, "Lorient"},
		{"es valora nearer than pide", " date 2024-07 Mercado\n\nEl Getafe pide mucho por Mario Rossi y lo valora en 40 millones de euros.", "Mario Rossi", facts.FeeValuation, 40e6, "Getafe"},
		{"it valuta nearer than chiede", " date 2024-07 Calciomercato\n\nIl Genoa chiede molto per Mario Rossi e lo valuta 40 milioni di euro.", "Mario Rossi", facts.FeeValuation, 40e6, "Genoa"},
		{"de taxiert nearer than fordert", " date 2024-07 Transfer-News\n\nDer FC Augsburg fordert viel für Mario Rossi und taxiert ihn auf 40 Millionen Euro.", "Mario Rossi", facts.FeeValuation, 40e6, "Augsburg"},

		{"en a year left", " date 2024-07 News\n\nFulham want £45m for Mario Rossi, who has a year left on his deal.", "Mario Rossi", facts.FeeAsking, 45e6, "Fulham"},
		{"fr par saison", " date 2024-07 Mercato\n\nLe FC Lorient exige 45 millions d'euros pour Mario Rossi, qui marque dix buts par saison.", "Mario Rossi", facts.FeeAsking, 45e6, "Lorient"},
		{"es por temporada", " date 2024-07 Mercado\n\nEl Getafe pide 45 millones de euros por Mario Rossi, que marca diez goles por temporada.", "Mario Rossi", facts.FeeAsking, 45e6, "Getafe"},
		{"it a stagione", " date 2024-07 Calciomercato\n\nIl Genoa chiede 45 milioni di euro per Mario Rossi, che segna dieci gol a stagione.", "Mario Rossi", facts.FeeAsking, 45e6, "Genoa"},
		{"de pro Saison", " date 2024-07 Transfer-News\n\nDer FC Augsburg fordert 45 Millionen Euro für Mario Rossi, der zehn Tore pro Saison erzielt.", "Mario Rossi", facts.FeeAsking, 45e6, "Augsburg"},
		{"en wages right behind", " date 2024-07 News\n\nBrentford have offered Mario Rossi £80,000 a week.", "Mario Rossi", facts.FeeWage, 80000, "Brentford"},
	})
}
