package knowledge

import "encoding/json"

// BoundMigrationSQL is the migration both SQL stores share (each then
// fills its suitors again, in the order of CountsKey): the bound of each
// undated article (BoundKeysSQL) and the day the newest report of each
// suitor counts from (suitors.counts_key).
const BoundMigrationSQL = `
ALTER TABLE articles ADD COLUMN bound_key integer NOT NULL DEFAULT 0;
` + BoundKeysSQL + `;
CREATE INDEX articles_bound ON articles (bound_key, id) WHERE pub_key = 0;
ALTER TABLE suitors ADD COLUMN counts_key integer NOT NULL DEFAULT 0;
DELETE FROM suitors;
`

// BoundKeysSQL sets the bound of every undated article (articles.bound_key:
// the date key of the newest dated report stored before it, 0 when none
// is), what its reports count from at most (CountsFrom); both SQL stores'
// migrations fill the column with it.
const BoundKeysSQL = `UPDATE articles SET bound_key = b.k FROM (
	SELECT a.id, coalesce(max(m.k) OVER (ORDER BY a.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS k
	FROM articles a LEFT JOIN (SELECT article_id, max(pub_key) AS k FROM links WHERE pub_key > 0 GROUP BY article_id) m
		ON m.article_id = a.id) b
WHERE b.id = articles.id AND articles.pub_key = 0`

// RebindSQL binds again the undated articles stored after article $2
// whose bound is at most $1 (those a change of its dated reports to or
// from that day may move) and returns the ids of those whose bound moved:
// what both SQL stores run when re-extraction or forgetting changes an
// article's dated reports (SQLite numbers the parameters ?1, ?2).
const RebindSQL = `UPDATE articles SET bound_key = b.k FROM (
	SELECT a.id, coalesce((SELECT l.pub_key FROM links l WHERE l.pub_key > 0 AND l.article_id < a.id
		ORDER BY l.pub_key DESC LIMIT 1), 0) AS k
	FROM articles a WHERE a.pub_key = 0 AND a.bound_key <= $1 AND a.id > $2) b
WHERE b.id = articles.id AND articles.bound_key <> b.k RETURNING articles.id`

// HotMigrationSQL is the migration both SQL stores share that keeps with
// each suitor the strength of its newest report (suitors.strength), and
// indexes the suitors by it and by the day that report counts from: /hot
// reads the links that may be hottest first (HotHeadsSQL).
const HotMigrationSQL = `
ALTER TABLE suitors ADD COLUMN strength integer NOT NULL DEFAULT 0;
UPDATE suitors SET strength = (SELECT l.strength FROM links l WHERE l.id = suitors.link_id);
CREATE INDEX suitors_hot ON suitors (strength, counts_key);
`

// HotHeadsSQL reads, for /hot, up to $3 suitors (after the one of day
// $4, player $5 and club $6 in its order) whose newest report has
// strength $1 and counts from day $2 (a date key) or later, newest
// first: player and club ids, the day, the player's and the club's
// names (not the reports' count, which the index does not hold), and the
// sources the link's reports name as a JSON array (suitors.sources).
const HotHeadsSQL = `SELECT s.player_id, s.club_id, s.counts_key, p.name, c.name, s.sources
	FROM suitors s JOIN players p ON p.id = s.player_id JOIN clubs c ON c.id = s.club_id
	WHERE s.strength = $1 AND s.counts_key >= $2 AND (s.counts_key, s.player_id, s.club_id) < ($4, $5, $6)
	ORDER BY s.counts_key DESC, s.player_id DESC, s.club_id DESC LIMIT $3`

// SuitorSourcesMigrationSQL is the migration both SQL stores share that
// keeps with each suitor the sources its link's reports name
// (suitors.sources: a JSON array of them as stored, each once, in byte
// order), which /hot bounds a link's heat by (HotHeadsSQL), filled from
// link_sources by sources, the store's aggregate of the distinct
// ls.source into that array (SuitorSourcesSQL); suitors_hot holds them
// after the keys it is read in, so that HotHeadsSQL reads the suitors
// from the index alone.
func SuitorSourcesMigrationSQL(sources string) string {
	return `
ALTER TABLE suitors ADD COLUMN sources text NOT NULL DEFAULT '[]';
` + SuitorSourcesSQL(sources, "true") + `;
DROP INDEX suitors_hot;
CREATE INDEX suitors_hot ON suitors (strength, counts_key, player_id, club_id, sources);
`
}

// SuitorSourcesSQL sets suitors.sources again, from link_sources, for the
// suitors that match where (of suitors): what a store runs once it
// counted their link_sources anew. sources aggregates the distinct
// ls.source of link_sources ls into the JSON array's text, in byte order.
func SuitorSourcesSQL(sources, where string) string {
	return `UPDATE suitors SET sources = coalesce((SELECT ` + sources + ` FROM link_sources ls
		WHERE ls.player_id = suitors.player_id AND ls.club_id = suitors.club_id), '[]') WHERE ` + where
}

// SourceLists decodes the JSON arrays of sources of the heads a store
// reads (HotHeadsSQL), each distinct text once: the heads of the same
// sources share one slice.
type SourceLists map[string][]string

// Decode returns the sources of the JSON array text.
func (m SourceLists) Decode(text []byte) ([]string, error) {
	if l, ok := m[string(text)]; ok {
		return l, nil
	}
	var l []string
	if err := json.Unmarshal(text, &l); err != nil {
		return nil, err
	}
	m[string(text)] = l
	return l, nil
}
