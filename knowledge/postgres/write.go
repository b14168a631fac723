package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// Write stores articles in one transaction, in order: each one whose
// content or URL is stored already (or came earlier in arts) is reported
// as a duplicate and not written again. An Article with an ID replaces
// the facts of that stored article (see rewrite). On error nothing is
// written. Writers of every replica take turns (writeTx), so that two ingests of
// the same article at once store it once and report the other as a
// duplicate.
func (s *Store) Write(ctx context.Context, arts []knowledge.Article) ([]knowledge.Stored, error) {
	out := make([]knowledge.Stored, 0, len(arts))
	err := s.writeTx(ctx, func(tx pgx.Tx) error {
		out = out[:0]
		wrote := false
		for _, art := range arts {
			if art.ID != 0 {
				w := s.newWriter(ctx, tx)
				ch, err := w.rewrite(art)
				if err != nil {
					return fmt.Errorf("article %d: %w", art.ID, err)
				}
				out = append(out, knowledge.Stored{ArticleID: art.ID, Changes: ch})
				wrote = true
				continue
			}
			hash := knowledge.ContentHash(art.Text)
			id, err := findDuplicate(ctx, tx, hash, art.URL)
			if err != nil {
				return err
			}
			if id != 0 {
				out = append(out, knowledge.Stored{ArticleID: id, Duplicate: true})
				continue
			}
			if id, err = s.write(ctx, tx, hash, art); err != nil {
				return err
			}
			out = append(out, knowledge.Stored{ArticleID: id})
			wrote = true
		}
		if !wrote {
			return nil
		}
		_, err := tx.Exec(ctx, `UPDATE names_version SET version = version + 1`)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: write: %w", err)
	}
	return out, nil
}

// ArticleID returns the id of the stored article with the same content as
// text or, when url is not empty, the same URL; knowledge.ErrNotFound
// when there is none.
func (s *Store) ArticleID(ctx context.Context, text, url string) (int64, error) {
	id, err := findDuplicate(ctx, s.pool, knowledge.ContentHash(text), url)
	if err != nil {
		return 0, fmt.Errorf("postgres: article id: %w", err)
	}
	if id == 0 {
		return 0, knowledge.ErrNotFound
	}
	return id, nil
}

// querier is a pool or a transaction.
type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// findDuplicate returns the id of the article with the same content or
// URL, or 0.
func findDuplicate(ctx context.Context, q querier, hash, url string) (int64, error) {
	var id int64
	err := q.QueryRow(ctx, `SELECT id FROM articles WHERE hash = $1
		OR ($2 <> '' AND url = $2) ORDER BY hash = $1 DESC LIMIT 1`, hash, url).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// nullable is NULL for the empty string or 0.
func nullable[T comparable](v T) any {
	var zero T
	if v == zero {
		return nil
	}
	return v
}

// write stores one article and its facts inside tx.
func (s *Store) write(ctx context.Context, tx pgx.Tx, hash string, a knowledge.Article) (int64, error) {
	art := a.Facts
	w := s.newWriter(ctx, tx)
	w.source = a.Source
	w.pub, w.pubKey = art.Published.String(), knowledge.DateKey(art.Published)
	now := s.now().UTC().Truncate(time.Microsecond) // as stored
	bound, err := w.bound(w.pubKey, 0)
	if err != nil {
		return 0, fmt.Errorf("article: %w", err)
	}
	w.countsKey = knowledge.CountsKey(knowledge.Report{Published: art.Published, Ingested: now, Bound: knowledge.KeyDate(bound)})
	err = tx.QueryRow(ctx, `INSERT INTO articles
		(hash, url, title, site, author, lang, published, pub_key, ingested_at, text, extractor, bound_key, facts_hash)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
		hash, nullable(a.URL), art.Title, a.Site, a.Author,
		art.Lang, w.pub, w.pubKey, now, a.Text, nullable(a.Extractor), bound, a.FactsHash()).Scan(&w.article)
	if err != nil {
		return 0, fmt.Errorf("article: %w", err)
	}
	return w.article, w.facts(art)
}

// bound is the bound of an article dated pubKey (articles.bound_key): when
// it is undated, the day of the newest dated report stored before the
// article before (every one when 0); else 0.
func (w *writer) bound(pubKey, before int64) (int64, error) {
	if pubKey != 0 {
		return 0, nil
	}
	return w.id(`SELECT pub_key FROM links WHERE pub_key > 0 AND ($1 = 0 OR article_id < $1)
		ORDER BY pub_key DESC LIMIT 1`, before)
}

func (s *Store) newWriter(ctx context.Context, tx pgx.Tx) *writer {
	return &writer{ctx: ctx, tx: tx, s: s, clubIDs: map[string]int64{}}
}

// facts stores the outlets and players of the article being written.
func (w *writer) facts(art facts.Article) error {
	for _, o := range art.Outlets {
		if err := w.exec(`INSERT INTO outlets (article_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, w.article, o); err != nil {
			return fmt.Errorf("outlet: %w", err)
		}
	}
	for _, p := range art.Players {
		if err := w.player(p); err != nil {
			return err
		}
	}
	return nil
}

// writer writes one article's facts in one transaction.
type writer struct {
	ctx     context.Context
	tx      pgx.Tx
	s       *Store
	article int64
	pub     string
	pubKey  int64
	// countsKey is the day its reports count from (knowledge.CountsKey).
	countsKey int64
	source    string
	clubIDs   map[string]int64
	// before, when not nil (re-extraction), receives the standing of each
	// player the article names before his mention is written.
	before map[int64]standing
	// keepIDs, when not nil (re-extraction), gives the links the article
	// reported before the ids they had, so that digests, whose watermark
	// is a link id, do not take them for new.
	keepIDs map[pair]int64
	once    knowledge.WrittenOnce // the article's mentions and links, each written once
}

func (w *writer) exec(query string, args ...any) error {
	_, err := w.tx.Exec(w.ctx, query, args...)
	return err
}

// id runs a query returning one id; 0 when it returns no row.
func (w *writer) id(query string, args ...any) (int64, error) {
	var id int64
	err := w.tx.QueryRow(w.ctx, query, args...).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// player stores one player's mention, links and fees.
func (w *writer) player(p facts.Player) error {
	pid, err := w.playerID(p)
	if err != nil {
		return fmt.Errorf("player %s: %w", p.Name, err)
	}
	if err := w.remember(pid); err != nil {
		return err
	}
	current, err := w.optionalClub(p.CurrentClub)
	if err != nil {
		return err
	}
	from, err := w.optionalClub(p.FromClub)
	if err != nil {
		return err
	}
	mentioned := w.once.First(w.article, [2]int64{pid, 0}) // else named before in the article
	if mentioned {
		if err := w.exec(`INSERT INTO mentions (player_id, article_id, pub_key, current_club_id, contract, from_club_id)
			VALUES ($1, $2, $3, $4, $5, $6)`, pid, w.article, w.pubKey, current, p.ContractExpires.String(), from); err != nil {
			return fmt.Errorf("mention: %w", err)
		}
	}
	for _, su := range p.Suitors {
		cid, err := w.clubID(su.Club)
		if err != nil {
			return err
		}
		if !w.once.First(w.article, [2]int64{pid, cid}) {
			continue // the club named before in the article: its first report stands
		}
		src := su.Source
		if src == "" {
			src = w.source
		}
		if err := w.link(pid, cid, su, src); err != nil {
			return fmt.Errorf("link %s: %w", su.Club, err)
		}
	}
	for _, f := range p.Fees {
		club, err := w.optionalClub(f.Club)
		if err != nil {
			return err
		}
		if err := w.exec(`INSERT INTO fees
			(article_id, player_id, club_id, amount, currency, kind, status, sentence, source, pub_key, published)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
			w.article, pid, club, f.Amount, strings.ToUpper(f.Currency), string(f.Kind), string(f.Status),
			f.Sentence, w.source, w.pubKey, w.pub); err != nil {
			return fmt.Errorf("fee: %w", err)
		}
	}
	if !mentioned {
		return nil
	}
	return w.refreshPlayer(pid)
}

// optionalClub is the id of the named club, nil when name is empty.
func (w *writer) optionalClub(name string) (any, error) {
	if name == "" {
		return nil, nil
	}
	return w.clubID(name)
}

// link stores one report of a club's pursuit of a player and counts it in
// the player's suitors, where it becomes the club's latest report unless
// that one is more recent (by the day it counts from, a dated report
// after an undated one, then by id: knowledge.CountsKey) and its source
// joins the suitor's (suitors.sources, in byte order) unless there, in
// the link's sources (link_sources) alike, and in its months
// (link_months).
func (w *writer) link(pid, cid int64, su facts.Suitor, source string) error {
	var keep *int64 // nil: a new id
	if id, ok := w.keepIDs[pair{pid, cid}]; ok {
		keep = &id
	}
	id, err := w.id(`INSERT INTO links
		(id, article_id, player_id, club_id, stage, strength, pub_key, published, source, sentence)
		VALUES (coalesce($10, nextval(pg_get_serial_sequence('links', 'id'))), $1, $2, $3, $4, $5, $6, $7, $8, $9)
		RETURNING id`,
		w.article, pid, cid, string(su.Stage), su.Stage.Strength(), w.pubKey, w.pub, source, su.Sentence, keep)
	if err != nil {
		return err
	}
	newer := `(($6::integer, $4::integer > 0, $3::bigint) > (suitors.counts_key, suitors.pub_key > 0, suitors.link_id))`
	if err := w.exec(`INSERT INTO suitors AS suitors (player_id, club_id, reports, link_id, pub_key, article_id, counts_key, strength, sources)
		VALUES ($1, $2, 1, $3, $4, $5, $6, $7, json_build_array($8::text)::text)
		ON CONFLICT (player_id, club_id) DO UPDATE SET reports = suitors.reports + 1,
			sources = CASE WHEN suitors.sources::jsonb ? $8::text THEN suitors.sources
				ELSE (SELECT json_agg(v COLLATE "C" ORDER BY v COLLATE "C")::text
					FROM (SELECT jsonb_array_elements_text(suitors.sources::jsonb) UNION SELECT $8::text) x (v)) END,
			link_id = CASE WHEN `+newer+` THEN $3 ELSE suitors.link_id END,
			article_id = CASE WHEN `+newer+` THEN $5 ELSE suitors.article_id END,
			pub_key = CASE WHEN `+newer+` THEN $4 ELSE suitors.pub_key END,
			counts_key = CASE WHEN `+newer+` THEN $6 ELSE suitors.counts_key END,
			strength = CASE WHEN `+newer+` THEN $7 ELSE suitors.strength END`,
		pid, cid, id, w.pubKey, w.article, w.countsKey, su.Stage.Strength(), source); err != nil {
		return err
	}
	if err := w.exec(knowledge.LinkSourceUpsertSQL, pid, cid, source,
		boolInt(w.pubKey > 0), boolInt(su.Stage == facts.StageEnded), w.countsKey, id, 1); err != nil {
		return err
	}
	month := knowledge.MonthKey(knowledge.ParseStoredDate(w.pub))
	if err := w.exec(knowledge.LinkMonthUpsertSQL, pid, cid, month, w.pubKey, id, w.pubKey, id, string(su.Stage), source); err != nil {
		return err
	}
	if err := w.exec(knowledge.LinkMonthChangedSQL, pid, cid, month); err != nil {
		return err
	}
	return w.exec(`UPDATE clubs SET links = links + 1 WHERE id = $1`, cid)
}

// playerID finds the player p names or creates him: the same full name,
// else the player with that name as an alias or, for a one-word name, as
// surname. When several fit, the one at the same club wins, else the
// most reported.
func (w *writer) playerID(p facts.Player) (int64, error) {
	f := text.Fold(p.Name)
	id, err := w.id(`SELECT id FROM players WHERE fold = $1`, f)
	if err != nil {
		return 0, err
	}
	if id == 0 {
		maxKind := 1
		if !strings.Contains(f, " ") {
			maxKind = 2
		}
		if id, err = w.knownAs(f, maxKind, text.Fold(p.CurrentClub)); err != nil {
			return 0, err
		}
	}
	if id == 0 {
		if id, err = w.newPlayer(p.Name, f, text.Fold(p.CurrentClub)); err != nil {
			return 0, err
		}
	}
	for _, a := range p.Aliases {
		if a := text.Fold(a); a != "" && a != f {
			if err := w.name(a, id, 1); err != nil {
				return 0, err
			}
		}
	}
	return id, nil
}

// newPlayer creates a player with his full name and its suffixes as names,
// absorbing the one known by his surname alone.
func (w *writer) newPlayer(name, f, club string) (int64, error) {
	id, err := w.id(`INSERT INTO players (name, fold) VALUES ($1, $2) RETURNING id`, name, f)
	if err != nil {
		return 0, err
	}
	if err := w.name(f, id, 0); err != nil {
		return 0, err
	}
	for _, suf := range knowledge.NameSuffixes(f) {
		if err := w.name(suf, id, 2); err != nil {
			return 0, err
		}
	}
	return id, w.absorbSurname(id, f, club)
}

// clubMatches is the condition that club c is the club folded to $n.
func clubMatches(n string) string {
	return `(c.fold = ` + n + ` OR c.id IN (SELECT club_id FROM club_names WHERE fold = ` + n + `))`
}

// knownAs returns the player known under folded name with a name kind at
// most maxKind, preferring one whose current club folds to club, then the
// most reported; 0 when none is.
func (w *writer) knownAs(f string, maxKind int, club string) (int64, error) {
	return w.id(`SELECT p.id FROM player_names n JOIN players p ON p.id = n.player_id
		LEFT JOIN clubs c ON c.id = p.current_club_id
		WHERE n.fold = $1 AND n.kind <= $2
		ORDER BY CASE WHEN `+clubMatches("$3")+` THEN 0 ELSE 1 END, p.articles DESC, p.id LIMIT 1`,
		f, maxKind, club)
}

// name records a folded name of a player; a stronger kind replaces a weaker.
func (w *writer) name(f string, id int64, kind int) error {
	return w.exec(`INSERT INTO player_names AS n (fold, player_id, kind) VALUES ($1, $2, $3)
		ON CONFLICT (fold, player_id) DO UPDATE SET kind = least(n.kind, excluded.kind)`, f, id, kind)
}

// clubID finds the club by name or creates it with its aliases from the
// club table.
func (w *writer) clubID(name string) (int64, error) {
	if id, ok := w.clubIDs[name]; ok {
		return id, nil
	}
	id, err := w.findOrAddClub(name)
	if err != nil {
		return 0, fmt.Errorf("club %s: %w", name, err)
	}
	w.clubIDs[name] = id
	return id, nil
}

func (w *writer) findOrAddClub(name string) (int64, error) {
	canonical, country, aliases, ok := w.s.clubs(name)
	if !ok || canonical == "" {
		canonical = name
	}
	if id, err := w.id(`SELECT id FROM clubs WHERE name = $1`, canonical); err != nil || id != 0 {
		return id, err
	}
	f := text.Fold(canonical)
	// A club stored under another of its names ("Atletico Madrid" for
	// "Atlético Madrid") is the same club.
	if id, err := w.id(`SELECT min(club_id) FROM club_names WHERE fold = $1 HAVING count(*) = 1`, f); err != nil || id != 0 {
		return id, err
	}
	id, err := w.id(`INSERT INTO clubs (name, fold, country) VALUES ($1, $2, $3) RETURNING id`, canonical, f, country)
	if err != nil {
		return 0, err
	}
	for _, n := range append([]string{canonical, name}, aliases...) {
		if a := text.Fold(n); a != "" {
			if err := w.exec(`INSERT INTO club_names (fold, club_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, a, id); err != nil {
				return 0, err
			}
		}
	}
	return id, nil
}

// refreshPlayer recomputes what a player's reports say now: his current
// club and contract expiry from the most recent report of each (undated
// reports after dated ones), and how many articles name him.
func (w *writer) refreshPlayer(pid int64) error {
	var contract string
	err := w.tx.QueryRow(w.ctx, `SELECT contract FROM mentions
		WHERE player_id = $1 AND contract <> '' ORDER BY pub_key DESC, article_id DESC LIMIT 1`, pid).Scan(&contract)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return err
	}
	return w.exec(`UPDATE players SET
		current_club_id = (SELECT current_club_id FROM mentions
			WHERE player_id = $1 AND current_club_id IS NOT NULL
			ORDER BY pub_key DESC, article_id DESC LIMIT 1),
		contract = $2, contract_end = $3,
		articles = (SELECT count(*) FROM mentions WHERE player_id = $1)
		WHERE id = $1`, pid, contract, knowledge.EndKey(knowledge.ParseStoredDate(contract)))
}

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
	stub, err := w.id(`SELECT p.id FROM players p LEFT JOIN clubs c ON c.id = p.current_club_id
		WHERE p.fold = $1 AND p.id <> $2 AND (c.id IS NULL OR `+clubMatches("$3")+`)
		ORDER BY p.articles DESC LIMIT 1`, f[i+1:], id, club)
	if err != nil || stub == 0 {
		return err
	}
	for _, q := range []string{
		`UPDATE mentions SET player_id = $1 WHERE player_id = $2`,
		`UPDATE links SET player_id = $1 WHERE player_id = $2`,
		`UPDATE fees SET player_id = $1 WHERE player_id = $2`,
		// A subscription to the stub that the new player has already is dropped with the stub.
		`UPDATE subscriptions s SET filter_id = $1, filter_name = (SELECT name FROM players WHERE id = $1)
			WHERE filter = 'player' AND filter_id = $2 AND NOT EXISTS (SELECT 1 FROM subscriptions o
				WHERE o.platform = s.platform AND o.chat = s.chat AND o.kind = s.kind
				AND o.filter = 'player' AND o.filter_id = $1)`,
		`INSERT INTO player_names (fold, player_id, kind)
			SELECT fold, $1, 1 FROM player_names WHERE player_id = $2 ON CONFLICT DO NOTHING`,
		`DELETE FROM suitors WHERE player_id IN ($1, $2)`,
		// Every statement is given both ids; $2 <> 0 only to use it.
		insertSuitors(`player_id = $1 AND $2::bigint <> 0`),
		`DELETE FROM link_sources WHERE player_id IN ($1, $2)`,
		insertLinkSources(`l.player_id = $1 AND $2::bigint <> 0`),
		knowledge.SuitorSourcesSQL(suitorSourcesSQL, `player_id = $1 AND $2::bigint <> 0`),
		`DELETE FROM link_months WHERE player_id IN ($1, $2)`,
		knowledge.InsertLinkMonthsSQL(`l.player_id = $1 AND $2::bigint <> 0`),
		`DELETE FROM players WHERE id = $2 AND $1::bigint <> 0`,
	} {
		if err := w.exec(q, id, stub); err != nil {
			return err
		}
	}
	w.once.Merge(stub, id)
	return nil
}

// insertSuitors aggregates the links that match where (of links l) into
// suitors: the number of reports and the newest of each (player, club) as
// heat orders them (knowledge.CountsKey, a dated report after an undated
// one of the same day, then the link id), with its strength.
func insertSuitors(where string) string { return insertSuitorsAt(where, true) }

// insertSuitorsAt is insertSuitors, without the strength of the newest
// report (suitors.strength) for the migrations before the column.
func insertSuitorsAt(where string, withStrength bool) string {
	strength := ""
	if withStrength {
		strength = ", strength"
	}
	return `INSERT INTO suitors (player_id, club_id, reports, link_id, pub_key, article_id, counts_key` + strength + `)
		SELECT DISTINCT ON (player_id, club_id) player_id, club_id,
			count(*) OVER (PARTITION BY player_id, club_id), id, pub_key, article_id, k` + strength + `
		FROM (SELECT l.id, l.player_id, l.club_id, l.pub_key, l.article_id, l.strength, ` + countsKeySQL + ` AS k
			FROM links l JOIN articles a ON a.id = l.article_id WHERE ` + where + `) l
		ORDER BY player_id, club_id, k DESC, pub_key > 0 DESC, id DESC`
}

// suitorSourcesSQL aggregates the distinct sources of link_sources ls
// into suitors.sources (knowledge.SuitorSourcesSQL), in byte order.
const suitorSourcesSQL = `json_agg(DISTINCT ls.source COLLATE "C" ORDER BY ls.source COLLATE "C")::text`

// insertLinkSources fills link_sources from the links that match where
// (of links l, in articles a).
func insertLinkSources(where string) string {
	return knowledge.InsertLinkSourcesSQL(where, countsKeySQL)
}

// countsKeySQL is the day a report of links l in an article a counts
// from, as knowledge.CountsKey has it: its date, or when undated the day
// it was ingested (in UTC), at most its article's bound.
const countsKeySQL = `CASE WHEN l.pub_key > 0 THEN l.pub_key
	WHEN a.bound_key > 0 THEN least(a.bound_key, ` + ingestedKeySQL + `)
	ELSE ` + ingestedKeySQL + ` END`

// ingestedKeySQL is the date key of the day article a was ingested.
const ingestedKeySQL = `to_char(a.ingested_at AT TIME ZONE 'UTC', 'YYYYMMDD')::integer`
