package knowledge

import "github.com/mercato-bot/mercato/knowledge/facts"

// LinkFeeJoin joins, as lf, the fee a link's line shows to a query of
// links l: the newest fee (not a wage) its club offered or was asked for
// its player, as the bot's /player and /suitors lines show it; no row
// when none was reported. Of one day's fees the last stored wins: the
// order the index on (player_id, pub_key) gives, no sort. Both SQL stores
// read it with LinkFeeColumns.
const LinkFeeJoin = ` LEFT JOIN fees lf ON lf.id = (SELECT id FROM fees WHERE player_id = l.player_id
		AND club_id = l.club_id AND kind <> 'wage' AND amount > 0
		ORDER BY pub_key DESC, id DESC LIMIT 1)`

// LinkFeeColumns are the columns of LinkFeeJoin's fee that a LinkFee
// scans: zero values when there is none.
const LinkFeeColumns = `coalesce(lf.amount, 0), coalesce(lf.currency, ''), coalesce(lf.kind, ''),
	coalesce(lf.status, ''), coalesce(lf.sentence, ''), coalesce(lf.published, ''), coalesce(lf.source, ''),
	coalesce(lf.article_id, 0)`

// NoLinkFeeColumns stand for LinkFeeColumns in a query that does not
// read the fee.
const NoLinkFeeColumns = `0, '', '', '', '', '', '', 0`

// LinkFee is the fee of LinkFeeColumns as a store scans it.
type LinkFee struct {
	Amount                                              int64
	Currency, Kind, Status, Sentence, Published, Source string
	ArticleID                                           int64
}

// Dest returns the scan destinations of LinkFeeColumns, in their order.
func (f *LinkFee) Dest() []any {
	return []any{&f.Amount, &f.Currency, &f.Kind, &f.Status, &f.Sentence, &f.Published, &f.Source, &f.ArticleID}
}

// Report returns the fee the club offered or was asked, nil when none.
func (f LinkFee) Report(club string) *FeeReport {
	if f.Amount <= 0 {
		return nil
	}
	return &FeeReport{Fee: facts.Fee{Club: club, Amount: f.Amount, Currency: f.Currency, Kind: facts.FeeKind(f.Kind),
		Status: facts.FeeStatus(f.Status), Sentence: f.Sentence}, Published: ParseStoredDate(f.Published), Source: f.Source,
		ArticleID: f.ArticleID}
}
