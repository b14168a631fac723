package postgres

import (
	"context"
	"fmt"
	"github.com/mercato-bot/mercato/knowledge"

	"github.com/jackc/pgx/v5"
)

// migrations are applied in order, each in its own transaction, and
// recorded in schema_migrations. Append only: never edit a migration that
// has shipped. Names and folded names are compared in code-point order
// (COLLATE "C"), as SQLite compares them, so that answers come in the
// same order on both stores and prefix ranges work on any server locale.
var migrations = []string{
	// 1: articles, the facts learned from them, the suitors aggregated as
	// links are stored, subscriptions, reminders and feeds.
	`
CREATE TABLE articles (
	id          bigserial PRIMARY KEY,
	hash        text NOT NULL UNIQUE,              -- sha256 of the normalised text
	url         text UNIQUE,                       -- NULL when not from the web
	title       text NOT NULL DEFAULT '',
	site        text NOT NULL DEFAULT '',
	author      text NOT NULL DEFAULT '',
	lang        text NOT NULL DEFAULT '',
	published   text NOT NULL DEFAULT '',          -- as written: YYYY, YYYY-MM, YYYY-MM-DD; '' unknown
	pub_key     integer NOT NULL DEFAULT 0,        -- YYYYMMDD of the date's first day; 0 unknown
	ingested_at timestamptz NOT NULL,
	text        text NOT NULL
);
CREATE INDEX articles_undated ON articles (ingested_at) WHERE pub_key = 0;

CREATE TABLE clubs (
	id      bigserial PRIMARY KEY,
	name    text COLLATE "C" NOT NULL UNIQUE,
	fold    text COLLATE "C" NOT NULL,
	country text NOT NULL DEFAULT '',
	links   integer NOT NULL DEFAULT 0             -- reports naming it: autocompletion ranks by it
);
CREATE INDEX clubs_fold ON clubs (fold);
CREATE INDEX clubs_popular ON clubs (links DESC);

CREATE TABLE club_names (
	fold    text COLLATE "C" NOT NULL,
	club_id bigint NOT NULL REFERENCES clubs (id) ON DELETE CASCADE,
	PRIMARY KEY (fold, club_id)
);

CREATE TABLE players (
	id              bigserial PRIMARY KEY,
	name            text COLLATE "C" NOT NULL,
	fold            text COLLATE "C" NOT NULL UNIQUE,
	current_club_id bigint REFERENCES clubs (id), -- from his most recent report of one
	contract        text NOT NULL DEFAULT '',     -- expiry from his most recent report of one
	contract_end    integer NOT NULL DEFAULT 0,   -- YYYYMMDD of the expiry's last day
	articles        integer NOT NULL DEFAULT 0
);
CREATE INDEX players_current ON players (current_club_id);
CREATE INDEX players_contract ON players (contract_end) WHERE contract_end > 0;
CREATE INDEX players_popular ON players (articles DESC);

CREATE TABLE player_names (
	fold      text COLLATE "C" NOT NULL,
	player_id bigint NOT NULL REFERENCES players (id) ON DELETE CASCADE,
	kind      smallint NOT NULL,                  -- 0 full name, 1 alias, 2 surname
	PRIMARY KEY (fold, player_id)
);
CREATE INDEX player_names_player ON player_names (player_id);

CREATE TABLE mentions (
	player_id       bigint NOT NULL REFERENCES players (id) ON DELETE CASCADE,
	article_id      bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	pub_key         integer NOT NULL,
	current_club_id bigint REFERENCES clubs (id),
	contract        text NOT NULL DEFAULT '',
	PRIMARY KEY (player_id, article_id)
);
CREATE INDEX mentions_article ON mentions (article_id);

CREATE TABLE links (
	id         bigserial PRIMARY KEY,             -- increases with every link: the digests' watermark
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	player_id  bigint NOT NULL REFERENCES players (id) ON DELETE CASCADE,
	club_id    bigint NOT NULL REFERENCES clubs (id) ON DELETE CASCADE,
	stage      text NOT NULL,
	strength   smallint NOT NULL,
	pub_key    integer NOT NULL,
	published  text NOT NULL,
	source     text NOT NULL DEFAULT '',
	sentence   text NOT NULL DEFAULT '',
	UNIQUE (article_id, player_id, club_id)
);
CREATE INDEX links_player ON links (player_id, club_id, pub_key, article_id, strength);
CREATE INDEX links_club ON links (club_id, player_id, pub_key, article_id, strength);
CREATE INDEX links_recent ON links (pub_key, article_id, strength);
CREATE INDEX links_digest ON links (strength, pub_key);

CREATE TABLE suitors (
	player_id  bigint NOT NULL REFERENCES players (id) ON DELETE CASCADE,
	club_id    bigint NOT NULL REFERENCES clubs (id) ON DELETE CASCADE,
	reports    integer NOT NULL,                  -- links (one per article)
	link_id    bigint NOT NULL,                   -- the most recent report
	pub_key    integer NOT NULL,                  -- its date key
	article_id bigint NOT NULL,                   -- its article
	PRIMARY KEY (player_id, club_id)
);
CREATE INDEX suitors_club ON suitors (club_id, player_id);

CREATE TABLE fees (
	id         bigserial PRIMARY KEY,
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	player_id  bigint NOT NULL REFERENCES players (id) ON DELETE CASCADE,
	club_id    bigint REFERENCES clubs (id),
	amount     bigint NOT NULL,
	currency   text NOT NULL,
	kind       text NOT NULL,
	status     text NOT NULL DEFAULT '',
	sentence   text NOT NULL DEFAULT '',
	source     text NOT NULL DEFAULT '',
	pub_key    integer NOT NULL,
	published  text NOT NULL
);
CREATE INDEX fees_player ON fees (player_id, pub_key);
CREATE INDEX fees_article ON fees (article_id);

CREATE TABLE outlets (
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	name       text COLLATE "C" NOT NULL,
	PRIMARY KEY (article_id, name)
);

CREATE TABLE subscriptions (
	id          bigserial PRIMARY KEY,
	platform    text NOT NULL,
	chat        text NOT NULL,
	kind        text NOT NULL,
	filter      text NOT NULL,
	filter_id   bigint NOT NULL DEFAULT 0,
	filter_name text NOT NULL DEFAULT '',
	lang        text NOT NULL DEFAULT '',
	watermark   bigint NOT NULL DEFAULT 0,
	created     timestamptz NOT NULL,
	UNIQUE (platform, chat, kind, filter, filter_id)
);

CREATE TABLE reminders_sent (
	sub_id  bigint NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
	player  text NOT NULL,
	days    integer NOT NULL,
	sent_at timestamptz NOT NULL,
	PRIMARY KEY (sub_id, player, days)
);

CREATE TABLE feeds (
	url           text PRIMARY KEY,
	etag          text,
	last_modified text,
	checked_at    timestamptz
);

-- names_version counts the writes that may change the names known, so
-- that every replica's name index knows when to build itself again.
CREATE TABLE names_version (
	one     boolean PRIMARY KEY DEFAULT true CHECK (one),
	version bigint NOT NULL
);
INSERT INTO names_version VALUES (true, 0);
`,
	// 2: Telegram webhook updates already taken by a replica: each update
	// is answered once however many replicas Telegram reaches.
	`
CREATE TABLE telegram_updates (
	update_id bigint PRIMARY KEY,
	taken_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX telegram_updates_taken ON telegram_updates (taken_at);
`,
	// 3: the version of the extractor that read each article's facts;
	// NULL (every article stored before) awaits re-extraction.
	`
ALTER TABLE articles ADD COLUMN extractor text;
CREATE INDEX articles_extractor ON articles (extractor);
`,
	// 4: corrections: an admin's word on a player, applied when answers
	// are read; never deleted (undoing one records who and when).
	`
CREATE TABLE corrections (
	id              bigserial PRIMARY KEY,
	kind            text NOT NULL,                -- retract, setclub, setcontract
	player_fold     text COLLATE "C" NOT NULL,    -- players.fold of the player corrected
	player          text NOT NULL,                -- his name when corrected
	club            text NOT NULL DEFAULT '',     -- retract, setclub: the club's name
	contract        text NOT NULL DEFAULT '',     -- setcontract: YYYY or YYYY-MM; '' none
	author          text NOT NULL,
	platform        text NOT NULL,
	created         timestamptz NOT NULL,
	undone_by       text NOT NULL DEFAULT '',
	undone_platform text NOT NULL DEFAULT '',
	undone          timestamptz                   -- NULL while in force
);
CREATE INDEX corrections_player ON corrections (player_fold, id);
CREATE INDEX corrections_active ON corrections (id) WHERE undone IS NULL;
`,
	// 5: the club a completed signing took a player from, as the article
	// told it; the completed moves read by stage.
	`
ALTER TABLE mentions ADD COLUMN from_club_id bigint REFERENCES clubs (id);
CREATE INDEX links_done ON links (club_id, pub_key) WHERE stage = 'done';
`,
	// 6: the articles an admin forgot: the sample corpus is never
	// learned again into a knowledge base someone forgot articles from.
	`
CREATE TABLE forgotten (
	id           bigserial PRIMARY KEY,
	article_id   bigint NOT NULL,                  -- the id it had
	url          text,
	hash         text NOT NULL,
	forgotten_at timestamptz NOT NULL
);
`,
	// 7: the time of day a digest subscription comes at ('' its
	// schedule's).
	`
ALTER TABLE subscriptions ADD COLUMN deliver_at text NOT NULL DEFAULT '';
`,
	// 8: covering indexes of the queries SQLite's have: a player's reports
	// read from the index alone for heat and timelines, the links reported
	// since a date (/hot), and a player's reports by source, newest first
	// (/sources counts them and reads a page).
	`
CREATE INDEX links_timeline ON links (player_id, club_id, pub_key, article_id) INCLUDE (stage, published, source);
CREATE INDEX links_since ON links (pub_key, player_id, club_id);
CREATE INDEX links_source ON links (player_id, source, pub_key DESC, article_id DESC, club_id);
`,
	// 9: the Discord shards leased to the replicas (discord.shard_count
	// auto): one row per shard of the count in use.
	`
CREATE TABLE discord_shards (
	shard_id    integer PRIMARY KEY,
	shard_count integer NOT NULL,
	holder      text NOT NULL DEFAULT '',      -- '' while free
	expires     timestamptz NOT NULL DEFAULT now()
);
`,
	// 10: the mentions that name the club a player left: a club's completed
	// moves as seller.
	`
CREATE INDEX mentions_from ON mentions (from_club_id) WHERE from_club_id IS NOT NULL;
`,
	// 11: an undated article's bound, the day of the newest dated report
	// stored before it (what its reports count from at most:
	// knowledge.CountsFrom), kept as it is stored rather than looked up by
	// every answer; the suitors aggregate keeps each link's newest report
	// by the day it counts from (knowledge.CountsKey), as heat orders them.
	knowledge.BoundMigrationSQL + insertSuitorsAt("true", false) + `;
`,
	// 12: the strength of each suitor's newest report, and the suitors by
	// it and by the day that report counts from: /hot reads the links
	// that may be hottest first and stops where no other can be.
	knowledge.HotMigrationSQL,
	// 13: each link's newest report of each source, dated or not, ended
	// or not: heat reads a few reports a link rather than every one.
	knowledge.LinkSourcesSQL + `;
` + knowledge.InsertLinkSourcesUncountedSQL("true", countsKeySQL) + `;
`,
	// 14: the months in which each link's stage changed: /timeline reads
	// those rather than every report.
	knowledge.LinkMonthsSQL + `;
` + knowledge.LinkMonthsIndexSQL + `;
` + knowledge.InsertLinkMonthsSQL("true") + `;
`,
	// 15: a hash of the facts written for each article
	// (knowledge.Article.FactsHash), as SQLite keeps it, so that a base
	// copied to SQLite and back keeps it (SQLite's re-extraction writes
	// nothing but the version of an article read as before).
	`
ALTER TABLE articles ADD COLUMN facts_hash text NOT NULL DEFAULT '';
`,
	// 16: the sources each suitor's reports name, kept with it: /hot
	// bounds a link's heat by them without reading link_sources.
	knowledge.SuitorSourcesMigrationSQL(suitorSourcesSQL),
	// 17: how many reports each link_sources row counts: /sources counts
	// a player's reports by source from a row a link and source, not
	// from every report.
	knowledge.LinkSourceReportsMigrationSQL(countsKeySQL),
}

// migrateLockKey serialises the migrations of replicas starting at once
// (each schema's: LockKey).
const migrateLockKey int64 = 0x6d657263617401

// migrate brings the schema up to date, one migration per transaction,
// under a transaction-level advisory lock: two replicas starting on a new
// database do not both migrate it.
func (s *Store) migrate(ctx context.Context) error {
	for {
		var done bool
		err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, LockKey(migrateLockKey, s.schema)); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
				version    integer PRIMARY KEY,
				applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
				return err
			}
			var version int
			if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&version); err != nil {
				return err
			}
			switch {
			case version > len(migrations):
				return fmt.Errorf("database schema version %d is newer than this mercato (%d)", version, len(migrations))
			case version == len(migrations):
				done = true
				return nil
			}
			if _, err := tx.Exec(ctx, migrations[version]); err != nil {
				return fmt.Errorf("migration %d: %w", version+1, err)
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version) VALUES ($1)`, version+1)
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		if done {
			return nil
		}
	}
}
