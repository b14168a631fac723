package knowledge

// LinkSourcesSQL creates the table both SQL stores keep beside the
// suitors aggregate, as links are written: for each link (player, club),
// each source its reports name (as stored), whether they are dated and
// whether they ended the pursuit, the newest such report in heat's order
// (CountsKey, then the link id) and the day it counts from. Heat needs no
// more of a link without an ended report (HeatReportIDsSQL). SQLite
// keeps it WITHOUT ROWID.
const LinkSourcesSQL = `
CREATE TABLE link_sources (
	player_id  bigint NOT NULL REFERENCES players (id) ON DELETE CASCADE,
	club_id    bigint NOT NULL REFERENCES clubs (id) ON DELETE CASCADE,
	source     text NOT NULL,
	dated      integer NOT NULL,                -- 1: its dated reports, 0: its undated ones
	ended      integer NOT NULL,                -- 1: its reports of an ended pursuit
	counts_key integer NOT NULL,                -- the day the newest counts from (CountsKey)
	link_id    bigint NOT NULL,                 -- the newest
	PRIMARY KEY (player_id, club_id, source, dated, ended)
)`

// LinkSourceUpsertSQL counts one report in link_sources as it is written:
// player $1, club $2, source $3, dated $4 (0 or 1), ended $5 (0 or 1),
// the day it counts from $6 and its id $7.
const LinkSourceUpsertSQL = `INSERT INTO link_sources AS ls (player_id, club_id, source, dated, ended, counts_key, link_id)
	VALUES ($1, $2, $3, $4, $5, $6, $7)
	ON CONFLICT (player_id, club_id, source, dated, ended) DO UPDATE
	SET counts_key = excluded.counts_key, link_id = excluded.link_id
	WHERE (excluded.counts_key, excluded.link_id) > (ls.counts_key, ls.link_id)`

// LinkSourceColumnsSQL is what a store's insert into link_sources selects
// from links l (in articles a) besides the day a report counts from.
const LinkSourceColumnsSQL = `l.id, l.player_id, l.club_id, l.source,
	CASE WHEN l.pub_key > 0 THEN 1 ELSE 0 END AS dated, CASE WHEN l.stage = 'ended' THEN 1 ELSE 0 END AS ended`

// InsertLinkSourcesSQL fills link_sources from the links of articles a
// that match where, k being the day a report of links l counts from in
// the store's SQL (both stores' countsKeySQL).
func InsertLinkSourcesSQL(where, k string) string {
	return `INSERT INTO link_sources (player_id, club_id, source, dated, ended, counts_key, link_id)
	SELECT player_id, club_id, source, dated, ended, k, id FROM (
		SELECT id, player_id, club_id, source, dated, ended, k, row_number() OVER (
			PARTITION BY player_id, club_id, source, dated, ended ORDER BY k DESC, id DESC) AS rn
		FROM (SELECT ` + LinkSourceColumnsSQL + `, ` + k + ` AS k
			FROM links l JOIN articles a ON a.id = l.article_id WHERE ` + where + `) l) l
	WHERE rn = 1`
}

// HeatReportIDsSQL is the CTE of the ids of the reports heat computes the
// links of want (a query of player and club ids) from: of a link with no
// ended report, the newest dated and the newest undated report of each
// source (link_sources) and the undated report of its latest article;
// every report of a link with an ended one. From them, heat's Link is
// that of all its reports: the newest is among them, and the newest of
// each source, which alone tells whether it reported the link. The
// links of want are read first (CROSS JOIN keeps SQLite to that order).
func HeatReportIDsSQL(want string) string {
	ended := `SELECT 1 FROM link_sources e WHERE e.player_id = w.player_id AND e.club_id = w.club_id AND e.ended = 1`
	return `WITH want (player_id, club_id) AS (` + want + `),
	ids (id) AS (
		SELECT ls.link_id FROM want w CROSS JOIN link_sources ls
		WHERE ls.player_id = w.player_id AND ls.club_id = w.club_id AND NOT EXISTS (` + ended + `)
		UNION
		SELECT l.id FROM want w CROSS JOIN links l
		WHERE EXISTS (` + ended + `) AND l.player_id = w.player_id AND l.club_id = w.club_id
		UNION
		SELECT (SELECT u.id FROM links u WHERE u.player_id = w.player_id AND u.club_id = w.club_id AND u.pub_key = 0
			ORDER BY u.article_id DESC LIMIT 1) FROM want w)
	`
}
