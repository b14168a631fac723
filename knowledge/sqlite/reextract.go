package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// StaleArticles returns up to n stored articles after id after, in id
// order, whose facts were read by an extractor other than version.
func (s *Store) StaleArticles(ctx context.Context, version string, after int64, n int) ([]knowledge.StoredArticle, error) {
	rows, err := s.query(ctx, `SELECT id, text, coalesce(url, ''), title, site, author, lang, published
		FROM articles WHERE id > ? AND extractor IS NOT ? ORDER BY id LIMIT ?`, after, version, n)
	if err != nil {
		return nil, fmt.Errorf("sqlite: stale articles: %w", err)
	}
	defer rows.Close()
	var out []knowledge.StoredArticle
	for rows.Next() {
		var a knowledge.StoredArticle
		var published string
		if err := rows.Scan(&a.ID, &a.Text, &a.URL, &a.Title, &a.Site, &a.Author, &a.Lang, &published); err != nil {
			return nil, fmt.Errorf("sqlite: stale articles: %w", err)
		}
		a.Published = knowledge.ParseStoredDate(published)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: stale articles: %w", err)
	}
	return out, nil
}

// CountStale counts the articles whose facts were read by an extractor
// other than version (through the index: all minus the current ones).
func (s *Store) CountStale(ctx context.Context, version string) (int, error) {
	var n int
	err := s.queryRow(ctx, `SELECT (SELECT count(*) FROM articles)
		- (SELECT count(*) FROM articles WHERE extractor = ?)`, version).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("sqlite: count stale: %w", err)
	}
	return n, nil
}

// MarkAllStale marks every article as awaiting re-extraction.
func (s *Store) MarkAllStale(ctx context.Context) error {
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE articles SET extractor = NULL WHERE extractor IS NOT NULL`)
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlite: mark stale: %w", err)
	}
	return nil
}

// pair is a player and a club.
type pair struct{ player, club int64 }

// standing is what a player's answers say of him: current club and
// contract.
type standing struct {
	club     sql.NullInt64
	contract string
}

// rewrite replaces the facts of stored article a.ID with a.Facts: its
// links, mentions, fees and outlets are deleted and written again, the
// suitors of every (player, club) it linked before are recounted, the
// players it named before are refreshed (and removed when nothing else
// names them and nobody follows them), and it returns what changed. An
// article whose facts hash as those stored only records the version; one
// no longer stored (forgotten meanwhile) is left alone.
func (w *writer) rewrite(a knowledge.Article) (knowledge.Changes, error) {
	defer clear(w.byFold) // players it orphans are deleted
	var ch knowledge.Changes
	if err := w.flush(); err != nil { // it reads what the articles before it wrote
		return ch, err
	}
	var stored string
	err := w.queryRow(`SELECT facts_hash FROM articles WHERE id = ?`, a.ID).Scan(&stored)
	if errors.Is(err, sql.ErrNoRows) {
		return ch, nil
	}
	if err != nil {
		return ch, err
	}
	ch.Articles = 1
	hash := a.FactsHash()
	if hash == stored { // read as before: only the version is new
		return ch, w.exec(`UPDATE articles SET extractor = ? WHERE id = ?`, a.Extractor, a.ID)
	}
	oldLinks, err := w.articleLinks(a.ID)
	if err != nil {
		return ch, err
	}
	players, err := w.int64s(`SELECT player_id FROM mentions WHERE article_id = ?`, a.ID)
	if err != nil {
		return ch, err
	}
	if w.before, err = w.standings(players); err != nil {
		return ch, err
	}
	defer func() { w.before = nil }()
	ids, err := w.linkIDs(a.ID)
	if err != nil {
		return ch, err
	}
	was, err := w.newestDated(a.ID)
	if err != nil {
		return ch, err
	}
	if err := w.clearArticle(a.ID); err != nil {
		return ch, err
	}
	w.article, w.source = a.ID, a.Source
	w.pub, w.pubKey = a.Facts.Published.String(), knowledge.DateKey(a.Facts.Published)
	bound, err := w.bound(w.pubKey, a.ID)
	if err != nil {
		return ch, err
	}
	var ingested string
	if err := w.queryRow(`UPDATE articles SET title = ?, lang = ?, published = ?, pub_key = ?, extractor = ?,
		facts_hash = ?, bound_key = ? WHERE id = ? RETURNING ingested_at`,
		a.Facts.Title, a.Facts.Lang, w.pub, w.pubKey, a.Extractor, hash, bound, a.ID).Scan(&ingested); err != nil {
		return ch, err
	}
	w.countsKey = countsKey(a.Facts.Published, ingested, bound)
	w.keepIDs = ids // the links it reports again keep their ids
	err = w.facts(a.Facts)
	w.keepIDs = nil
	if err == nil {
		err = w.flush()
	}
	if err != nil {
		return ch, err
	}
	now, err := w.newestDated(a.ID)
	if err != nil {
		return ch, err
	}
	if err := w.rebind(a.ID, was, now); err != nil {
		return ch, err
	}
	for p := range oldLinks {
		if err := w.recountSuitor(p); err != nil {
			return ch, err
		}
	}
	newLinks, err := w.articleLinks(a.ID)
	if err != nil {
		return ch, err
	}
	if err := w.settle(a.ID, players); err != nil {
		return ch, err
	}
	named := make([]int64, 0, len(w.before))
	for p := range w.before { // the players named before, and those named now
		named = append(named, p)
	}
	after, err := w.standings(named)
	if err != nil {
		return ch, err
	}
	ch = knowledge.LinkChanges(oldLinks, newLinks)
	ch.Articles = 1
	for _, p := range named {
		ch.CurrentClubs += boolInt(w.before[p].club != after[p].club)
		ch.Contracts += boolInt(w.before[p].contract != after[p].contract)
	}
	return ch, nil
}

// linkIDs returns the id of each link an article reports.
func (w *writer) linkIDs(article int64) (map[pair]int64, error) {
	rows, err := w.query(`SELECT player_id, club_id, id FROM links WHERE article_id = ?`, article)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[pair]int64{}
	for rows.Next() {
		var p pair
		var id int64
		if err := rows.Scan(&p.player, &p.club, &id); err != nil {
			return nil, err
		}
		out[p] = id
	}
	return out, rows.Err()
}

// clearArticle deletes an article's facts (not the article), keeping the
// clubs' link counts.
func (w *writer) clearArticle(id int64) error {
	for _, q := range []string{
		`UPDATE clubs SET links = links - (SELECT count(*) FROM links l WHERE l.article_id = ?1 AND l.club_id = clubs.id)
			WHERE id IN (SELECT club_id FROM links WHERE article_id = ?1)`,
		`DELETE FROM links WHERE article_id = ?`,
		`DELETE FROM mentions WHERE article_id = ?`,
		`DELETE FROM fees WHERE article_id = ?`,
		`DELETE FROM outlets WHERE article_id = ?`,
	} {
		if err := w.exec(q, id); err != nil {
			return err
		}
	}
	return nil
}

// settle refreshes the players an article named before it was read again
// (or forgotten) and no longer names, and removes those nothing else
// names and no subscription follows.
func (w *writer) settle(article int64, players []int64) error {
	for _, p := range players {
		var still int
		if err := w.queryRow(`SELECT count(*) FROM mentions WHERE player_id = ? AND article_id = ?`,
			p, article).Scan(&still); err != nil {
			return err
		}
		if still > 0 {
			continue // refreshed as the article's facts were written
		}
		if err := w.refreshPlayer(p); err != nil {
			return err
		}
		if err := w.exec(`DELETE FROM players WHERE id = ?1 AND articles = 0
			AND NOT EXISTS (SELECT 1 FROM links WHERE player_id = ?1)
			AND NOT EXISTS (SELECT 1 FROM fees WHERE player_id = ?1)
			AND NOT EXISTS (SELECT 1 FROM subscriptions WHERE filter = 'player' AND filter_id = ?1)`, p); err != nil {
			return err
		}
	}
	return nil
}

// recountSuitor aggregates the links of one player and club again, in
// suitors, link_sources and link_months.
func (w *writer) recountSuitor(p pair) error {
	for _, q := range []string{
		`DELETE FROM suitors WHERE player_id = ?1 AND club_id = ?2`,
		insertSuitors(`WHERE player_id = ?1 AND club_id = ?2`),
		`DELETE FROM link_sources WHERE player_id = ?1 AND club_id = ?2`,
		insertLinkSources(`l.player_id = ?1 AND l.club_id = ?2`),
		knowledge.SuitorSourcesSQL(suitorSourcesSQL, `player_id = ?1 AND club_id = ?2`),
		`DELETE FROM link_months WHERE player_id = ?1 AND club_id = ?2`,
		knowledge.InsertLinkMonthsSQL(`l.player_id = ?1 AND l.club_id = ?2`),
	} {
		if err := w.exec(q, p.player, p.club); err != nil {
			return err
		}
	}
	return nil
}

// newestDated is the date key of an article's dated reports; 0 when it
// reports none dated.
func (w *writer) newestDated(article int64) (int64, error) {
	var k int64
	err := w.queryRow(`SELECT coalesce(max(pub_key), 0) FROM links WHERE article_id = ?`, article).Scan(&k)
	return k, err
}

// rebind keeps the bounds of the undated articles stored after article
// right when its dated reports changed from being of day was to day now
// (date keys; 0 none): those that may have been bound by either day are
// bound again, and the suitors (and link_sources) of the links of those
// whose bound moved are recounted.
func (w *writer) rebind(article, was, now int64) error {
	if was == now {
		return nil
	}
	moved, err := w.int64s(strings.ReplaceAll(knowledge.RebindSQL, "$", "?"), max(was, now), article)
	if err != nil || len(moved) == 0 {
		return err
	}
	pairs := `(player_id, club_id) IN (SELECT player_id, club_id FROM links WHERE article_id IN (SELECT value FROM json_each(?1)))`
	for _, q := range []string{
		`DELETE FROM suitors WHERE ` + pairs,
		insertSuitors(`WHERE ` + pairs),
		`DELETE FROM link_sources WHERE ` + pairs,
		insertLinkSources(`(l.player_id, l.club_id) IN (SELECT player_id, club_id FROM links
			WHERE article_id IN (SELECT value FROM json_each(?1)))`),
		knowledge.SuitorSourcesSQL(suitorSourcesSQL, pairs),
	} {
		if err := w.exec(q, jsonIDs(moved)); err != nil {
			return err
		}
	}
	return nil
}

// countsKey is the day the reports of an article published pub (ingested
// at ingested, RFC 3339; bound its bound_key) count from: knowledge.CountsKey.
func countsKey(pub facts.Date, ingested string, bound int64) int64 {
	t, _ := time.Parse(time.RFC3339Nano, ingested)
	return knowledge.CountsKey(knowledge.Report{Published: pub, Ingested: t, Bound: knowledge.KeyDate(bound)})
}

// articleLinks returns the stage of each link an article reports.
func (w *writer) articleLinks(id int64) (map[pair]string, error) {
	rows, err := w.query(`SELECT player_id, club_id, stage FROM links WHERE article_id = ?`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[pair]string{}
	for rows.Next() {
		var p pair
		var stage string
		if err := rows.Scan(&p.player, &p.club, &stage); err != nil {
			return nil, err
		}
		out[p] = stage
	}
	return out, rows.Err()
}

// standings reads the current club and contract of players; a player no
// longer stored has the zero standing.
func (w *writer) standings(players []int64) (map[int64]standing, error) {
	out := make(map[int64]standing, len(players))
	for _, p := range players {
		var st standing
		err := w.queryRow(`SELECT current_club_id, contract FROM players WHERE id = ?`, p).
			Scan(&st.club, &st.contract)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		out[p] = st
	}
	return out, nil
}

// query runs a query in the transaction.
func (w *writer) query(query string, args ...any) (*sql.Rows, error) {
	if st := w.stmt(query); st != nil {
		return st.QueryContext(w.ctx, args...)
	}
	return w.tx.QueryContext(w.ctx, query, args...)
}

// int64s runs a query of one integer column in the transaction.
func (w *writer) int64s(query string, args ...any) ([]int64, error) {
	return int64sOf(w.query(query, args...))
}

// int64sOf reads the one integer column of rows, err being the query's
// error.
func int64sOf(rows *sql.Rows, err error) ([]int64, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// FindArticle returns the id of the article stored from idOrURL, or with
// that id when it is a number; knowledge.ErrNotFound when there is none.
func (s *Store) FindArticle(ctx context.Context, idOrURL string) (int64, error) {
	var id int64
	var err error
	if n, perr := strconv.ParseInt(idOrURL, 10, 64); perr == nil {
		err = s.queryRow(ctx, `SELECT id FROM articles WHERE id = ?`, n).Scan(&id)
	} else {
		err = s.queryRow(ctx, `SELECT id FROM articles WHERE url = ?`, idOrURL).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return 0, knowledge.ErrNotFound
	}
	if err != nil {
		return 0, fmt.Errorf("sqlite: find article: %w", err)
	}
	return id, nil
}

// Forget removes an article and every fact that came only from it in one
// transaction: its links (the suitors they counted in are recounted), its
// mentions (the players it named are refreshed, and removed when no
// other article names them and nobody follows them), its fees and
// outlets; knowledge.ErrNotFound for an unknown id.
func (s *Store) Forget(ctx context.Context, articleID int64) (knowledge.Forgotten, error) {
	var out knowledge.Forgotten
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		out = knowledge.Forgotten{}
		w := &writer{ctx: ctx, tx: tx, s: s, stmts: map[string]*sql.Stmt{}, clubIDs: map[string]int64{},
			storedClubs: map[string]int64{}}
		var n int
		if err := w.queryRow(`SELECT count(*) FROM articles WHERE id = ?`, articleID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return knowledge.ErrNotFound
		}
		links, err := w.articleLinks(articleID)
		if err != nil {
			return err
		}
		players, err := w.int64s(`SELECT player_id FROM mentions WHERE article_id = ?`, articleID)
		if err != nil {
			return err
		}
		was, err := w.newestDated(articleID)
		if err != nil {
			return err
		}
		if err := w.clearArticle(articleID); err != nil {
			return err
		}
		if err := w.exec(`INSERT INTO forgotten (article_id, url, hash, forgotten_at)
			SELECT id, url, hash, ? FROM articles WHERE id = ?`, s.now().UTC().Format(time.RFC3339Nano), articleID); err != nil {
			return err
		}
		if err := w.exec(`DELETE FROM articles WHERE id = ?`, articleID); err != nil {
			return err
		}
		for p := range links {
			if err := w.recountSuitor(p); err != nil {
				return err
			}
		}
		if err := w.rebind(articleID, was, 0); err != nil {
			return err
		}
		if err := w.settle(articleID, players); err != nil {
			return err
		}
		left, err := w.int64s(`SELECT id FROM players WHERE id IN (SELECT value FROM json_each(?))`, jsonIDs(players))
		if err != nil {
			return err
		}
		out.Links, out.Players = len(links), len(players)-len(left)
		return nil
	})
	if errors.Is(err, knowledge.ErrNotFound) {
		return out, err
	}
	if err != nil {
		return out, fmt.Errorf("sqlite: forget %d: %w", articleID, err)
	}
	return out, nil
}

// jsonIDs is ids as a JSON array, for json_each.
func jsonIDs(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return "[" + strings.Join(parts, ",") + "]"
}
