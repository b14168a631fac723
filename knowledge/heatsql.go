package knowledge

import (
	"math"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// LinkSourcesSQL creates the table both SQL stores keep beside the
// suitors aggregate, as links are written: for each link (player, club),
// each source its reports name (as stored), whether they are dated and
// whether they ended the pursuit, the newest such report in heat's order
// (CountsKey, then the link id) and the day it counts from. Heat needs no
// more of a link without an ended report (HeatReportIDsSQL). SQLite
// keeps it WITHOUT ROWID. LinkSourceReportsMigrationSQL adds how many
// reports each row counts: /sources counts a player's reports by source
// from a row a link and source.
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

// LinkSourceUpsertSQL counts reports in link_sources as they are
// written: player $1, club $2, source $3, dated $4 (0 or 1), ended $5 (0
// or 1), the day the newest of them counts from $6, its id $7, and how
// many they are $8.
const LinkSourceUpsertSQL = `INSERT INTO link_sources AS ls (player_id, club_id, source, dated, ended, counts_key, link_id, reports)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
	ON CONFLICT (player_id, club_id, source, dated, ended) DO UPDATE SET reports = ls.reports + excluded.reports,
	counts_key = CASE WHEN ` + linkSourceNewer + ` THEN excluded.counts_key ELSE ls.counts_key END,
	link_id = CASE WHEN ` + linkSourceNewer + ` THEN excluded.link_id ELSE ls.link_id END`

// linkSourceNewer holds in LinkSourceUpsertSQL when the reports counted
// hold a newer one than the row's.
const linkSourceNewer = `(excluded.counts_key, excluded.link_id) > (ls.counts_key, ls.link_id)`

// LinkSourceReportsMigrationSQL adds to link_sources how many reports
// each row counts (reports) and fills it again from every link, k being
// the day a report counts from in the store's SQL (countsKeySQL).
func LinkSourceReportsMigrationSQL(k string) string {
	return `ALTER TABLE link_sources ADD COLUMN reports integer NOT NULL DEFAULT 0;
DELETE FROM link_sources;
` + InsertLinkSourcesSQL("true", k) + `;
`
}

// SourceCountsSQL counts the reports of player $1's links, with club $2
// alone when not 0, by source, from the counts link_sources keeps: a
// row a link and source, read by the table's key.
const SourceCountsSQL = `SELECT source, sum(reports) FROM link_sources
	WHERE player_id = $1 AND ($2 = 0 OR club_id = $2) GROUP BY source`

// SourcePageWindow is where the page of n reports after the first
// offset of total (a player's reports of some sources, newest first) is
// read from: the page is the lim reports after the first off in that
// order, or, when fromEnd, in the reverse order (oldest first), so that
// no page reads past more than half of the reports in an index to reach
// its own. lim is 0 when the page is empty.
func SourcePageWindow(total, offset, n int) (off, lim int, fromEnd bool) {
	offset = max(offset, 0)
	end := min(offset+max(n, 0), total)
	if end <= offset {
		return 0, 0, false
	}
	if total-end < offset {
		return total - end, end - offset, true
	}
	return offset, end - offset, false
}

// LinkSourceColumnsSQL is what a store's insert into link_sources selects
// from links l (in articles a) besides the day a report counts from.
const LinkSourceColumnsSQL = `l.id, l.player_id, l.club_id, l.source,
	CASE WHEN l.pub_key > 0 THEN 1 ELSE 0 END AS dated, CASE WHEN l.stage = 'ended' THEN 1 ELSE 0 END AS ended`

// InsertLinkSourcesSQL fills link_sources from the links of articles a
// that match where, k being the day a report of links l counts from in
// the store's SQL (both stores' countsKeySQL), with how many reports each
// row counts.
func InsertLinkSourcesSQL(where, k string) string {
	return `INSERT INTO link_sources (player_id, club_id, source, dated, ended, counts_key, link_id, reports)
	SELECT player_id, club_id, source, dated, ended, k, id, n FROM (
		SELECT id, player_id, club_id, source, dated, ended, k, row_number() OVER w AS rn, count(*) OVER w AS n
		FROM (SELECT ` + LinkSourceColumnsSQL + `, ` + k + ` AS k
			FROM links l JOIN articles a ON a.id = l.article_id WHERE ` + where + `) l
		WINDOW w AS (PARTITION BY player_id, club_id, source, dated, ended ORDER BY k DESC, id DESC
			ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) l
	WHERE rn = 1`
}

// InsertLinkSourcesUncountedSQL is InsertLinkSourcesSQL before
// link_sources counted reports, as the migration that created the table
// shipped.
func InsertLinkSourcesUncountedSQL(where, k string) string {
	return `INSERT INTO link_sources (player_id, club_id, source, dated, ended, counts_key, link_id)
	SELECT player_id, club_id, source, dated, ended, k, id FROM (
		SELECT id, player_id, club_id, source, dated, ended, k, row_number() OVER (
			PARTITION BY player_id, club_id, source, dated, ended ORDER BY k DESC, id DESC) AS rn
		FROM (SELECT ` + LinkSourceColumnsSQL + `, ` + k + ` AS k
			FROM links l JOIN articles a ON a.id = l.article_id WHERE ` + where + `) l) l
	WHERE rn = 1`
}

// HeatReportIDsSQL is the CTE of the reports heat computes the links of
// asked (a query of player and club ids) from, ids (id, player, club):
// each report's id with the names of its player and club. Of the links
// asked, those Timeline has the reports of (not a player's link with his
// current club, but the move that made it his) are checked once each
// (want), not report by report. Of each link, the newest dated and the
// newest undated report of each source (link_sources, read once: its
// rows tell which links have an ended or an undated report), the undated
// report of its latest article, and every report of a link with an ended
// one. From them, heat's Link is that of all its reports: the newest is
// among them, and the newest of each source, which alone tells whether
// it reported the link. The links of want are read first (CROSS JOIN
// keeps SQLite to that order).
func HeatReportIDsSQL(asked string) string {
	return heatWantSQL(asked) + `,
	heads (player_id, club_id, player, club, id, dated, ended) AS (
		SELECT w.player_id, w.club_id, w.player, w.club, ls.link_id, ls.dated, ls.ended FROM want w CROSS JOIN link_sources ls
		WHERE ls.player_id = w.player_id AND ls.club_id = w.club_id),
	ids (id, player, club) AS (
		SELECT id, player, club FROM heads
		UNION
		SELECT l.id, e.player, e.club FROM (SELECT DISTINCT player_id, club_id, player, club FROM heads WHERE ended = 1) e
		CROSS JOIN links l WHERE l.player_id = e.player_id AND l.club_id = e.club_id
		UNION
		SELECT (SELECT u.id FROM links u WHERE u.player_id = h.player_id AND u.club_id = h.club_id AND u.pub_key = 0
			ORDER BY u.article_id DESC LIMIT 1), h.player, h.club
		FROM (SELECT DISTINCT player_id, club_id, player, club FROM heads WHERE dated = 0) h)
	`
}

// UndatedMonth is the month key of the undated reports in link_months:
// after every month.
const UndatedMonth = 999999

// MonthKey is the month key of a report published d in link_months:
// YYYYMM, YYYY00 for a year known alone, UndatedMonth when undated.
func MonthKey(d facts.Date) int64 {
	if d.IsZero() {
		return UndatedMonth
	}
	return int64(d.Year*100 + d.Month)
}

// MonthOfKey is the month (or year alone) of a month key; the zero Date
// for UndatedMonth.
func MonthOfKey(k int64) facts.Date {
	if k == UndatedMonth {
		return facts.Date{}
	}
	return facts.Date{Year: int(k / 100), Month: int(k % 100)}
}

// monthKeySQL is MonthKey of a report of links l in SQL.
const monthKeySQL = `CASE WHEN l.pub_key = 0 THEN 999999
	WHEN length(l.published) = 4 THEN CAST(l.published AS integer) * 100 ELSE l.pub_key / 100 END`

// LinkMonthsSQL creates the table both SQL stores keep beside the suitors
// aggregate, as links are written: for each link (player, club) and each
// month it was reported in (MonthKey), its first and last report of the
// month (in date, then id order), the stage and source of the last, and
// whether that stage changed from the one it ended its previous month at
// (or it is its first): what /timeline tells (StoryMonthsSQL,
// StoryChangesSQL). SQLite keeps it WITHOUT ROWID.
const LinkMonthsSQL = `
CREATE TABLE link_months (
	player_id bigint NOT NULL REFERENCES players (id) ON DELETE CASCADE,
	club_id   bigint NOT NULL REFERENCES clubs (id) ON DELETE CASCADE,
	month     integer NOT NULL,                 -- MonthKey
	first_key integer NOT NULL,                 -- the first report's date key
	first_id  bigint NOT NULL,                  -- and id
	last_key  integer NOT NULL,                 -- the last report's date key
	last_id   bigint NOT NULL,                  -- and id
	stage     text NOT NULL,                    -- the last report's
	source    text NOT NULL,                    -- the last report's
	changed   integer NOT NULL,                 -- 1: its stage changed that month
	PRIMARY KEY (player_id, club_id, month)
)`

// LinkMonthsIndexSQL indexes the months in which a link's stage changed.
const LinkMonthsIndexSQL = `CREATE INDEX link_months_changes ON link_months (player_id, month) WHERE changed = 1`

// LinkMonthUpsertSQL counts reports of one month in link_months as they
// are written: player $1, club $2, month $3 (MonthKey), the date key $4
// and id $5 of the first of them, the date key $6, id $7, stage $8 and
// source $9 of the last (the same report's twice for one report).
// LinkMonthChangedSQL then sets the changes they may have moved.
const LinkMonthUpsertSQL = `INSERT INTO link_months AS m
	(player_id, club_id, month, first_key, first_id, last_key, last_id, stage, source, changed)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1)
	ON CONFLICT (player_id, club_id, month) DO UPDATE SET
	first_key = CASE WHEN ($4, $5) < (m.first_key, m.first_id) THEN $4 ELSE m.first_key END,
	first_id = CASE WHEN ($4, $5) < (m.first_key, m.first_id) THEN $5 ELSE m.first_id END,
	stage = CASE WHEN ($6, $7) > (m.last_key, m.last_id) THEN $8 ELSE m.stage END,
	source = CASE WHEN ($6, $7) > (m.last_key, m.last_id) THEN $9 ELSE m.source END,
	last_key = CASE WHEN ($6, $7) > (m.last_key, m.last_id) THEN $6 ELSE m.last_key END,
	last_id = CASE WHEN ($6, $7) > (m.last_key, m.last_id) THEN $7 ELSE m.last_id END
	WHERE ($4, $5) < (m.first_key, m.first_id) OR ($6, $7) > (m.last_key, m.last_id)`

// LinkMonthChangedSQL sets whether the stage of link (player $1, club $2)
// changed in month $3 and in its next month reported, from the month
// before each: what a report of month $3 may move. Only a flag that is
// wrong is written.
const LinkMonthChangedSQL = `UPDATE link_months SET changed = 1 - changed
	WHERE player_id = $1 AND club_id = $2 AND month >= $3 AND month <= coalesce((SELECT min(n.month) FROM link_months n
		WHERE n.player_id = $1 AND n.club_id = $2 AND n.month > $3), $3)
	AND changed <> CASE WHEN (SELECT p.stage FROM link_months p
		WHERE p.player_id = link_months.player_id AND p.club_id = link_months.club_id AND p.month < link_months.month
		ORDER BY p.month DESC LIMIT 1) IS NOT DISTINCT FROM link_months.stage THEN 0 ELSE 1 END`

// InsertLinkMonthsSQL fills link_months from the links l that match where.
func InsertLinkMonthsSQL(where string) string {
	return `INSERT INTO link_months (player_id, club_id, month, first_key, first_id, last_key, last_id, stage, source, changed)
	SELECT player_id, club_id, month, first_key, first_id, last_key, last_id, stage, source,
		CASE WHEN lag(stage) OVER (PARTITION BY player_id, club_id ORDER BY month) IS NOT DISTINCT FROM stage THEN 0 ELSE 1 END
	FROM (SELECT DISTINCT player_id, club_id, month,
			first_value(pub_key) OVER w AS first_key, first_value(id) OVER w AS first_id,
			last_value(pub_key) OVER w AS last_key, last_value(id) OVER w AS last_id, last_value(stage) OVER w AS stage,
			last_value(source) OVER w AS source
		FROM (SELECT l.id, l.player_id, l.club_id, l.pub_key, l.stage, l.source, ` + monthKeySQL + ` AS month FROM links l WHERE ` + where + `) l
		WINDOW w AS (PARTITION BY player_id, club_id, month ORDER BY pub_key, id
			ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) m`
}

// storyShownSQL holds for the months m of player $1 whose link /timeline
// tells: not with his current club, unless a completed move made it his
// or a /setclub of him is in force (as NotOwnClubSQL has it; looked up
// once, a value each month is compared with, not a list).
const storyShownSQL = `m.club_id IS DISTINCT FROM (SELECT p.current_club_id FROM players p
		WHERE p.id = $1 AND p.fold NOT IN (` + setClubFoldsSQL + `) AND NOT EXISTS (SELECT 1 FROM links d
			WHERE d.player_id = p.id AND d.club_id = p.current_club_id AND d.stage = 'done'))`

// StoryChangesSQL reads, in one query, the changes of the links of
// player $1 that /timeline tells in the newest $2 months in which one
// changed (all when it has no more): the month (MonthKey), the club, the
// stage and source of its last report, the date key and id of its
// first, and how many months had a change in all. The months are read
// once, from the index of changes.
const StoryChangesSQL = `WITH months (month) AS (SELECT DISTINCT m.month FROM link_months m
		WHERE m.player_id = $1 AND m.changed = 1 AND ` + storyShownSQL + `)
	SELECT m.month, c.name, m.stage, m.source, m.first_key, m.first_id, (SELECT count(*) FROM months)
	FROM link_months m JOIN clubs c ON c.id = m.club_id
	WHERE m.player_id = $1 AND m.changed = 1 AND ` + storyShownSQL + `
		AND m.month >= coalesce((SELECT month FROM months ORDER BY month DESC LIMIT 1 OFFSET $2 - 1), 0)`

// StoryMonths is the count of months StoryChangesSQL reads for a
// StoryChanges of months (all when 0 or less).
func StoryMonths(months int) int64 {
	if months <= 0 {
		return math.MaxInt32
	}
	return int64(months)
}
