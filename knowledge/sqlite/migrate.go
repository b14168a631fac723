package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"github.com/mercato-bot/mercato/knowledge"
)

// migrations are applied in order, each in its own transaction; the
// number applied is the database's PRAGMA user_version. Append only:
// never edit a migration that has shipped.
var migrations = []string{
	// 1: articles, the facts learned from them, subscriptions and feeds.
	`
CREATE TABLE articles (
	id          INTEGER PRIMARY KEY,
	hash        TEXT NOT NULL UNIQUE,           -- sha256 of the normalised text
	url         TEXT UNIQUE,                    -- NULL when not from the web
	title       TEXT NOT NULL DEFAULT '',
	site        TEXT NOT NULL DEFAULT '',
	lang        TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL DEFAULT '',       -- as written: YYYY, YYYY-MM, YYYY-MM-DD; '' unknown
	pub_key     INTEGER NOT NULL DEFAULT 0,     -- YYYYMMDD of the date's first day; 0 unknown
	ingested_at TEXT NOT NULL,                  -- RFC 3339, UTC
	text        TEXT NOT NULL
);

CREATE TABLE clubs (
	id      INTEGER PRIMARY KEY,
	name    TEXT NOT NULL UNIQUE,
	fold    TEXT NOT NULL,
	country TEXT NOT NULL DEFAULT '',
	links   INTEGER NOT NULL DEFAULT 0         -- reports naming it: autocompletion ranks by it
);
CREATE INDEX clubs_fold ON clubs(fold);
CREATE INDEX clubs_popular ON clubs(links DESC);

CREATE TABLE club_names (
	fold    TEXT NOT NULL,
	club_id INTEGER NOT NULL REFERENCES clubs(id) ON DELETE CASCADE,
	PRIMARY KEY (fold, club_id)
) WITHOUT ROWID;

CREATE TABLE players (
	id              INTEGER PRIMARY KEY,
	name            TEXT NOT NULL,
	fold            TEXT NOT NULL UNIQUE,
	current_club_id INTEGER REFERENCES clubs(id), -- from his most recent report of one
	contract        TEXT NOT NULL DEFAULT '',     -- expiry from his most recent report of one
	contract_end    INTEGER NOT NULL DEFAULT 0,   -- YYYYMMDD of the expiry's last day
	articles        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX players_current ON players(current_club_id);
CREATE INDEX players_contract ON players(contract_end) WHERE contract_end > 0;
CREATE INDEX players_popular ON players(articles DESC);

CREATE TABLE player_names (
	fold      TEXT NOT NULL,
	player_id INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,
	kind      INTEGER NOT NULL,                 -- 0 full name, 1 alias, 2 surname
	PRIMARY KEY (fold, player_id)
) WITHOUT ROWID;

CREATE TABLE mentions (
	player_id       INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,
	article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	pub_key         INTEGER NOT NULL,
	current_club_id INTEGER REFERENCES clubs(id),
	contract        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (player_id, article_id)
) WITHOUT ROWID;
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE links (
	id         INTEGER PRIMARY KEY,             -- increases with every link: the digests' watermark
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	player_id  INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,
	club_id    INTEGER NOT NULL REFERENCES clubs(id) ON DELETE CASCADE,
	stage      TEXT NOT NULL,
	strength   INTEGER NOT NULL,
	pub_key    INTEGER NOT NULL,
	published  TEXT NOT NULL,
	source     TEXT NOT NULL DEFAULT '',
	sentence   TEXT NOT NULL DEFAULT '',
	UNIQUE (article_id, player_id, club_id)
);
CREATE INDEX links_player ON links(player_id, club_id, pub_key, article_id, strength);
CREATE INDEX links_club ON links(club_id, player_id, pub_key, article_id, strength);
CREATE INDEX links_recent ON links(pub_key, id);

CREATE TABLE fees (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	player_id  INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,
	club_id    INTEGER REFERENCES clubs(id),
	amount     INTEGER NOT NULL,
	currency   TEXT NOT NULL,
	kind       TEXT NOT NULL,
	status     TEXT NOT NULL DEFAULT '',
	sentence   TEXT NOT NULL DEFAULT '',
	source     TEXT NOT NULL DEFAULT '',
	pub_key    INTEGER NOT NULL,
	published  TEXT NOT NULL
);
CREATE INDEX fees_player ON fees(player_id, pub_key);
CREATE INDEX fees_article ON fees(article_id);

CREATE TABLE outlets (
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	name       TEXT NOT NULL,
	PRIMARY KEY (article_id, name)
) WITHOUT ROWID;

CREATE TABLE subscriptions (
	id          INTEGER PRIMARY KEY,
	platform    TEXT NOT NULL,
	chat        TEXT NOT NULL,
	kind        TEXT NOT NULL,
	filter      TEXT NOT NULL,
	filter_id   INTEGER NOT NULL DEFAULT 0,
	filter_name TEXT NOT NULL DEFAULT '',
	watermark   INTEGER NOT NULL DEFAULT 0,
	created     TEXT NOT NULL,
	UNIQUE (platform, chat, kind, filter, filter_id)
);

CREATE TABLE reminders_sent (
	sub_id  INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
	player  TEXT NOT NULL,
	days    INTEGER NOT NULL,
	sent_at TEXT NOT NULL,
	PRIMARY KEY (sub_id, player, days)
) WITHOUT ROWID;

CREATE TABLE feeds (
	url           TEXT PRIMARY KEY,
	etag          TEXT,
	last_modified TEXT,
	checked_at    TEXT
);
`,
	// 2: each player's suitors aggregated as links are stored, so that
	// /suitors reads one row per club rather than every report.
	`
CREATE TABLE suitors (
	player_id  INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,
	club_id    INTEGER NOT NULL REFERENCES clubs(id) ON DELETE CASCADE,
	reports    INTEGER NOT NULL,                -- links (one per article)
	link_id    INTEGER NOT NULL,                -- the most recent report
	pub_key    INTEGER NOT NULL,                -- its date key
	article_id INTEGER NOT NULL,                -- its article
	PRIMARY KEY (player_id, club_id)
) WITHOUT ROWID;
CREATE INDEX suitors_club ON suitors(club_id, player_id);
` + suitorsByDate,
	// 3: indexes in the order of /latest and of digests.
	`
DROP INDEX links_recent;
CREATE INDEX links_recent ON links(pub_key, article_id, strength);
CREATE INDEX links_digest ON links(strength, pub_key);
`,
	// 4: the article's author (the byline of a web page), which reports
	// cite when no outlet is named.
	`
ALTER TABLE articles ADD COLUMN author TEXT NOT NULL DEFAULT '';
`,
	// 5: the language a subscription was asked in, which its messages use.
	`
ALTER TABLE subscriptions ADD COLUMN lang TEXT NOT NULL DEFAULT '';
`,
	// 6: the undated articles by ingestion time: an undated report counts
	// from when it was ingested (/hot reads the recent ones).
	`
CREATE INDEX articles_undated ON articles(ingested_at) WHERE pub_key = 0;
`,
	// 7: the version of the extractor that read each article's facts;
	// NULL (every article stored before) awaits re-extraction.
	`
ALTER TABLE articles ADD COLUMN extractor TEXT;
CREATE INDEX articles_extractor ON articles(extractor);
`,
	// 8: a player's mentions by date, of those that name a club and of
	// those that name a contract: a new mention updates his summary by
	// looking only for more recent ones.
	`
CREATE INDEX mentions_club ON mentions(player_id, pub_key, article_id) WHERE current_club_id IS NOT NULL;
CREATE INDEX mentions_contract ON mentions(player_id, pub_key, article_id) WHERE contract <> '';
`,
	// 9: a hash of the facts written for each article (FactsHash), so
	// that re-extraction reading the same facts writes nothing but the
	// version.
	`
ALTER TABLE articles ADD COLUMN facts_hash TEXT NOT NULL DEFAULT '';
`,
	// 10: a player's links newest first: /player's latest links and
	// /latest of a player read the few they show, not all his links.
	`
CREATE INDEX links_player_recent ON links(player_id, pub_key, article_id, strength);
`,
	// 11: covering indexes for heat and timelines: a player's reports read
	// from the index alone, and the links reported since a date.
	`
CREATE INDEX links_timeline ON links(player_id, club_id, pub_key, article_id, stage, published, source);
CREATE INDEX links_since ON links(pub_key, player_id, club_id);
`,
	// 12: corrections: an admin's word on a player, applied when answers
	// are read; never deleted (undoing one records who and when).
	`
CREATE TABLE corrections (
	id              INTEGER PRIMARY KEY,
	kind            TEXT NOT NULL,                -- retract, setclub, setcontract
	player_fold     TEXT NOT NULL,                -- players.fold of the player corrected
	player          TEXT NOT NULL,                -- his name when corrected
	club            TEXT NOT NULL DEFAULT '',     -- retract, setclub: the club's name
	contract        TEXT NOT NULL DEFAULT '',     -- setcontract: YYYY or YYYY-MM; '' none
	author          TEXT NOT NULL,
	platform        TEXT NOT NULL,
	created         TEXT NOT NULL,                -- RFC 3339, UTC
	undone_by       TEXT NOT NULL DEFAULT '',
	undone_platform TEXT NOT NULL DEFAULT '',
	undone          TEXT NOT NULL DEFAULT ''      -- RFC 3339 when undone; '' in force
);
CREATE INDEX corrections_player ON corrections(player_fold, id);
CREATE INDEX corrections_active ON corrections(id) WHERE undone = '';
`,
	// 13: the club a completed signing took a player from, as the article
	// told it; the completed moves read by stage.
	`
ALTER TABLE mentions ADD COLUMN from_club_id INTEGER REFERENCES clubs(id);
CREATE INDEX links_done ON links(club_id, pub_key) WHERE stage = 'done';
`,
	// 14: the articles an admin forgot: the sample corpus is never
	// learned again into a knowledge base someone forgot articles from.
	`
CREATE TABLE forgotten (
	id           INTEGER PRIMARY KEY,
	article_id   INTEGER NOT NULL,              -- the id it had
	url          TEXT,
	hash         TEXT NOT NULL,
	forgotten_at TEXT NOT NULL                  -- RFC 3339, UTC
);
`,
	// 15: the time of day a digest subscription comes at ('' its
	// schedule's).
	`
ALTER TABLE subscriptions ADD COLUMN deliver_at TEXT NOT NULL DEFAULT '';
`,
	// 16: a player's reports by source, newest first: /sources counts
	// them by source and reads a page of one source's reports in order.
	`
CREATE INDEX links_source ON links(player_id, source, pub_key, article_id, club_id);
`,
	// 17: the mentions that name the club a player left: a club's completed
	// moves as seller.
	`
CREATE INDEX mentions_from ON mentions(from_club_id) WHERE from_club_id IS NOT NULL;
`,
	// 18: one index fewer on links to write with every report:
	// links_timeline (with the strength) serves what links_player did.
	`
DROP INDEX links_player;
DROP INDEX links_timeline;
CREATE INDEX links_timeline ON links(player_id, club_id, pub_key, article_id, stage, published, source, strength);
`,
	// 19: an undated article's bound, the day of the newest dated report
	// stored before it (what its reports count from at most:
	// knowledge.CountsFrom), kept as it is stored rather than looked up by
	// every answer; the suitors aggregate keeps each link's newest report
	// by the day it counts from (knowledge.CountsKey), as heat orders them.
	knowledge.BoundMigrationSQL + insertSuitorsAt("", false) + `;
`,
	// 20: the strength of each suitor's newest report, and the suitors by
	// it and by the day that report counts from: /hot reads the links
	// that may be hottest first and stops where no other can be.
	knowledge.HotMigrationSQL,
	// 21: each link's newest report of each source, dated or not, ended
	// or not: heat reads a few reports a link rather than every one.
	knowledge.LinkSourcesSQL + ` WITHOUT ROWID;
` + knowledge.InsertLinkSourcesUncountedSQL("true", countsKeySQL) + `;
`,
	// 22: one index fewer on links to write with every report:
	// links_recent, with the player and the club, serves what links_since
	// did (the links reported since a day, from the index alone); the id
	// is named before them to keep the order of /latest whole.
	`
DROP INDEX links_since;
DROP INDEX links_recent;
CREATE INDEX links_recent ON links(pub_key, article_id, strength, id, player_id, club_id);
`,
	// 23: the months in which each link's stage changed: /timeline reads
	// those rather than every report.
	knowledge.LinkMonthsSQL + ` WITHOUT ROWID;
` + knowledge.LinkMonthsIndexSQL + `;
` + knowledge.InsertLinkMonthsSQL("true") + `;
`,
	// 24: the sources each suitor's reports name, kept with it: /hot
	// bounds a link's heat by them without reading link_sources.
	knowledge.SuitorSourcesMigrationSQL(suitorSourcesSQL),
	// 25: one index fewer on links to write with every report: a link's
	// reports are read by player first (links_timeline), a club's links
	// through its suitors (suitors_club); links_club put each new report
	// on a page of its own in a big base.
	`
DROP INDEX links_club;
`,
	// 26: one index fewer on link_months to write with every report:
	// /timeline reads a player's months of change from the table's own
	// key (player_id first), as fast as from link_months_changes, which
	// held four months in five (each link's first) and put each new
	// month on a page of its own in a big base.
	`
DROP INDEX link_months_changes;
`,
	// 27: a player's mentions kept in date order (the table's key is
	// player, date, article): his newest mention of a club or a contract
	// is read from the table itself, and two indexes fewer are written
	// with every mention (mentions_club and mentions_contract put each
	// new mention on a page of their own in a big base). An article's
	// mentions are read by article and player from mentions_article.
	`
CREATE TABLE mentions_by_date (
	player_id       INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,
	article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	pub_key         INTEGER NOT NULL,
	current_club_id INTEGER REFERENCES clubs(id),
	contract        TEXT NOT NULL DEFAULT '',
	from_club_id    INTEGER REFERENCES clubs(id),
	PRIMARY KEY (player_id, pub_key, article_id)
) WITHOUT ROWID;
INSERT INTO mentions_by_date (player_id, article_id, pub_key, current_club_id, contract, from_club_id)
	SELECT player_id, article_id, pub_key, current_club_id, contract, from_club_id FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_by_date RENAME TO mentions;
CREATE INDEX mentions_article ON mentions(article_id, player_id);
CREATE INDEX mentions_from ON mentions(from_club_id) WHERE from_club_id IS NOT NULL;
`,
	// 28: how many reports each link_sources row counts: /sources counts
	// a player's reports by source from a row a link and source, not
	// from every report (32,758 for the most reported player of the
	// ingested benchmark base).
	knowledge.LinkSourceReportsMigrationSQL(countsKeySQL),
}

// rebuildSuitors fills the suitors table from the links.
var rebuildSuitors = `
DELETE FROM suitors;
` + insertSuitors("") + `;
`

// suitorsByDate is how migration 2 filled the suitors table, each link's
// latest report by date (undated last), then article; kept as it shipped.
const suitorsByDate = `
DELETE FROM suitors;
INSERT INTO suitors (player_id, club_id, reports, link_id, pub_key, article_id)
SELECT player_id, club_id, n, id, pub_key, article_id FROM (
	SELECT id, player_id, club_id, pub_key, article_id,
		count(*) OVER (PARTITION BY player_id, club_id) AS n,
		row_number() OVER (PARTITION BY player_id, club_id ORDER BY pub_key DESC, article_id DESC) AS rn
	FROM links )
WHERE rn = 1;
`

// countsKeySQL is the day a report of links l in an article a counts
// from, as knowledge.CountsKey has it: its date, or when undated the day
// it was ingested, at most its article's bound.
const countsKeySQL = `CASE WHEN l.pub_key > 0 THEN l.pub_key
	WHEN a.bound_key > 0 THEN min(a.bound_key, ` + ingestedKeySQL + `)
	ELSE ` + ingestedKeySQL + ` END`

// ingestedKeySQL is the date key of the day article a was ingested
// (ingested_at is RFC 3339 in UTC).
const ingestedKeySQL = `CAST(replace(substr(a.ingested_at, 1, 10), '-', '') AS INTEGER)`

// insertSuitors aggregates the links that match where (all if empty; of
// links l) into suitors: the number of reports and the newest of each
// (player, club) as heat orders them (knowledge.CountsKey, a dated report
// after an undated one of the same day, then the link id).
func insertSuitors(where string) string { return insertSuitorsAt(where, true) }

// insertSuitorsAt is insertSuitors, without the strength of the newest
// report (suitors.strength) for the migrations before the column.
func insertSuitorsAt(where string, withStrength bool) string {
	strength := ""
	if withStrength {
		strength = ", strength"
	}
	return `
INSERT INTO suitors (player_id, club_id, reports, link_id, pub_key, article_id, counts_key` + strength + `)
SELECT player_id, club_id, n, id, pub_key, article_id, k` + strength + ` FROM (
	SELECT id, player_id, club_id, pub_key, article_id, k` + strength + `,
		count(*) OVER (PARTITION BY player_id, club_id) AS n,
		row_number() OVER (PARTITION BY player_id, club_id ORDER BY k DESC, pub_key > 0 DESC, id DESC) AS rn
	FROM (SELECT l.id, l.player_id, l.club_id, l.pub_key, l.article_id` + strength + `, ` + countsKeySQL + ` AS k
		FROM links l JOIN articles a ON a.id = l.article_id ` + where + `))
WHERE rn = 1`
}

// suitorSourcesSQL aggregates the distinct sources of link_sources ls
// into suitors.sources (knowledge.SuitorSourcesSQL).
const suitorSourcesSQL = `json_group_array(DISTINCT ls.source ORDER BY ls.source)`

// insertLinkSources fills link_sources from the links that match where
// (of links l, in articles a).
func insertLinkSources(where string) string {
	return knowledge.InsertLinkSourcesSQL(where, countsKeySQL)
}

// migrate brings the schema up to date. A current schema is seen with a
// read, without the write lock, so that opening a current database writes
// nothing and never waits for a writer.
func (s *Store) migrate(ctx context.Context) error {
	var version int
	if err := s.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return err
	}
	switch {
	case version == len(migrations):
		return nil
	case version > len(migrations):
		return fmt.Errorf("database schema version %d is newer than this mercato (%d)", version, len(migrations))
	}
	for {
		done, err := s.migrateOne(ctx)
		if err != nil || done {
			return err
		}
	}
}

// migrateOne applies the next migration, if any, in one transaction; the
// version is read inside the transaction, so two processes opening the
// same new database do not both migrate it.
func (s *Store) migrateOne(ctx context.Context) (done bool, err error) {
	err = s.writeTx(ctx, func(tx *sql.Tx) error {
		var version int
		if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
			return err
		}
		if version > len(migrations) {
			return fmt.Errorf("database schema version %d is newer than this mercato (%d)", version, len(migrations))
		}
		if version == len(migrations) {
			done = true
			return nil
		}
		if _, err := tx.ExecContext(ctx, migrations[version]); err != nil {
			return fmt.Errorf("migration %d: %w", version+1, err)
		}
		_, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, version+1))
		return err
	})
	return done, err
}
