package sqlite

import (
	"database/sql"
	"errors"
	"strings"

	"github.com/mercato-bot/mercato/knowledge"
)

// absorbSurname merges into player id, just created under the folded full
// name f, the player known by his surname alone, if there is one at the
// same club (folded club) or at no known club: articles that named him so
// were read before his full name was known. His reports, fees, aliases and
// subscriptions become the new player's.
func (w *writer) absorbSurname(id int64, f, club string) error {
	i := strings.LastIndexByte(f, ' ')
	if i < 0 {
		return nil
	}
	stub, err := w.surnameStub(f[i+1:], id, club)
	if err != nil || stub == 0 {
		return err
	}
	if !w.derived.empty() { // the summaries it ranks by, and the rows it moves
		if err := w.flush(); err != nil {
			return err
		}
		if stub, err = w.surnameStub(f[i+1:], id, club); err != nil || stub == 0 {
			return err
		}
	}
	clear(w.byFold)
	if w.absorbed == nil {
		w.absorbed = set[int64]{}
	}
	w.absorbed[stub] = struct{}{}
	for _, q := range []string{
		`UPDATE mentions SET player_id = ?1 WHERE player_id = ?2`,
		`UPDATE links SET player_id = ?1 WHERE player_id = ?2`,
		`UPDATE fees SET player_id = ?1 WHERE player_id = ?2`,
		`UPDATE OR IGNORE subscriptions SET filter_id = ?1, filter_name = (SELECT name FROM players WHERE id = ?1)
			WHERE filter = 'player' AND filter_id = ?2`,
		`INSERT OR IGNORE INTO player_names (fold, player_id, kind)
			SELECT fold, ?1, 1 FROM player_names WHERE player_id = ?2`,
		`DELETE FROM suitors WHERE player_id IN (?1, ?2)`,
		insertSuitors(`WHERE player_id = ?1`),
		`DELETE FROM link_sources WHERE player_id IN (?1, ?2)`,
		insertLinkSources(`l.player_id = ?1`),
		knowledge.SuitorSourcesSQL(suitorSourcesSQL, `player_id = ?1`),
		`DELETE FROM link_months WHERE player_id IN (?1, ?2)`,
		knowledge.InsertLinkMonthsSQL(`l.player_id = ?1`),
		`DELETE FROM players WHERE id = ?2`,
	} {
		if err := w.exec(q, id, stub); err != nil {
			return err
		}
	}
	w.once.Merge(stub, id)
	return w.refreshPlayer(id) // his summary counts the mentions taken over
}

// surnameStub returns the player other than id stored under the folded
// surname alone, at the folded club or at no known club, the most
// reported first; 0 when there is none.
func (w *writer) surnameStub(surname string, id int64, club string) (int64, error) {
	var stub int64
	err := w.queryRow(`SELECT p.id FROM players p LEFT JOIN clubs c ON c.id = p.current_club_id
		WHERE p.fold = ?1 AND p.id <> ?2 AND (c.id IS NULL OR c.fold = ?3
			OR c.id IN (SELECT club_id FROM club_names WHERE fold = ?3))
		ORDER BY p.articles DESC LIMIT 1`, surname, id, club).Scan(&stub)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return stub, err
}
