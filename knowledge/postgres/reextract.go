package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/mercato-bot/mercato/knowledge"
)

// StaleArticles returns up to n stored articles after id after, in id
// order, whose facts were read by an extractor other than version.
func (s *Store) StaleArticles(ctx context.Context, version string, after int64, n int) ([]knowledge.StoredArticle, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, text, coalesce(url, ''), title, site, author, lang, published
		FROM articles WHERE id > $1 AND extractor IS DISTINCT FROM $2 ORDER BY id LIMIT $3`, after, version, n)
	if err != nil {
		return nil, fmt.Errorf("postgres: stale articles: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.StoredArticle, error) {
		var a knowledge.StoredArticle
		var published string
		err := row.Scan(&a.ID, &a.Text, &a.URL, &a.Title, &a.Site, &a.Author, &a.Lang, &published)
		a.Published = knowledge.ParseStoredDate(published)
		return a, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: stale articles: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// CountStale counts the articles whose facts were read by an extractor
// other than version.
func (s *Store) CountStale(ctx context.Context, version string) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM articles)
		- (SELECT count(*) FROM articles WHERE extractor = $1)`, version).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("postgres: count stale: %w", err)
	}
	return n, nil
}

// MarkAllStale marks every article as awaiting re-extraction.
func (s *Store) MarkAllStale(ctx context.Context) error {
	err := s.writeTx(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `UPDATE articles SET extractor = NULL WHERE extractor IS NOT NULL`)
		return err
	})
	if err != nil {
		return fmt.Errorf("postgres: mark stale: %w", err)
	}
	return nil
}

// pair is a player and a club.
type pair struct{ player, club int64 }

// standing is what a player's answers say of him: current club and
// contract.
type standing struct {
	club     *int64
	contract string
}

// rewrite replaces the facts of stored article a.ID with a.Facts: its
// links, mentions, fees and outlets are deleted and written again, the
// suitors of every (player, club) it linked before are recounted, the
// players it named before are refreshed (and removed when nothing else
// names them and nobody follows them), and it returns what changed. An
// article no longer stored (forgotten meanwhile) is left alone.
func (w *writer) rewrite(a knowledge.Article) (knowledge.Changes, error) {
	var ch knowledge.Changes
	if id, err := w.id(`SELECT id FROM articles WHERE id = $1`, a.ID); err != nil || id == 0 {
		return ch, err
	}
	oldLinks, err := w.articleLinks(a.ID)
	if err != nil {
		return ch, err
	}
	players, err := w.int64s(`SELECT player_id FROM mentions WHERE article_id = $1`, a.ID)
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
	var ingested time.Time
	if err := w.tx.QueryRow(w.ctx, `UPDATE articles SET title = $1, lang = $2, published = $3, pub_key = $4, extractor = $5,
		bound_key = $6, facts_hash = $8 WHERE id = $7 RETURNING ingested_at`, a.Facts.Title, a.Facts.Lang, w.pub, w.pubKey,
		nullable(a.Extractor), bound, a.ID, a.FactsHash()).Scan(&ingested); err != nil {
		return ch, err
	}
	w.countsKey = knowledge.CountsKey(knowledge.Report{Published: a.Facts.Published, Ingested: ingested.UTC(),
		Bound: knowledge.KeyDate(bound)})
	w.keepIDs = ids // the links it reports again keep their ids
	err = w.facts(a.Facts)
	w.keepIDs = nil
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
		ch.CurrentClubs += boolInt(!sameClub(w.before[p].club, after[p].club))
		ch.Contracts += boolInt(w.before[p].contract != after[p].contract)
	}
	return ch, nil
}

func sameClub(a, b *int64) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

// remember records a player's standing before the article's facts change
// it, when the writer is asked to (re-extraction).
func (w *writer) remember(pid int64) error {
	if w.before == nil {
		return nil
	}
	if _, ok := w.before[pid]; ok {
		return nil
	}
	st, err := w.standings([]int64{pid})
	w.before[pid] = st[pid]
	return err
}

// linkIDs returns the id of each link an article reports.
func (w *writer) linkIDs(article int64) (map[pair]int64, error) {
	rows, err := w.tx.Query(w.ctx, `SELECT player_id, club_id, id FROM links WHERE article_id = $1`, article)
	if err != nil {
		return nil, err
	}
	out := map[pair]int64{}
	var p pair
	var id int64
	_, err = pgx.ForEachRow(rows, []any{&p.player, &p.club, &id}, func() error {
		out[p] = id
		return nil
	})
	return out, err
}

// clearArticle deletes an article's facts (not the article), keeping the
// clubs' link counts.
func (w *writer) clearArticle(id int64) error {
	for _, q := range []string{
		`UPDATE clubs SET links = links - (SELECT count(*) FROM links l WHERE l.article_id = $1 AND l.club_id = clubs.id)
			WHERE id IN (SELECT club_id FROM links WHERE article_id = $1)`,
		`DELETE FROM links WHERE article_id = $1`,
		`DELETE FROM mentions WHERE article_id = $1`,
		`DELETE FROM fees WHERE article_id = $1`,
		`DELETE FROM outlets WHERE article_id = $1`,
	} {
		if err := w.exec(q, id); err != nil {
			return err
		}
	}
	return nil
}

// settle refreshes the players an article named before it was read again
// and no longer names, and removes those nothing else names and no
// subscription follows.
func (w *writer) settle(article int64, players []int64) error {
	for _, p := range players {
		var still bool
		if err := w.tx.QueryRow(w.ctx, `SELECT EXISTS (SELECT 1 FROM mentions WHERE player_id = $1 AND article_id = $2)`,
			p, article).Scan(&still); err != nil {
			return err
		}
		if still {
			continue // refreshed as the article's facts were written
		}
		if err := w.refreshPlayer(p); err != nil {
			return err
		}
		if err := w.exec(`DELETE FROM players WHERE id = $1 AND articles = 0
			AND NOT EXISTS (SELECT 1 FROM links WHERE player_id = $1)
			AND NOT EXISTS (SELECT 1 FROM fees WHERE player_id = $1)
			AND NOT EXISTS (SELECT 1 FROM subscriptions WHERE filter = 'player' AND filter_id = $1)`, p); err != nil {
			return err
		}
	}
	return nil
}

// newestDated is the date key of an article's dated reports; 0 when it
// reports none dated.
func (w *writer) newestDated(article int64) (int64, error) {
	return w.id(`SELECT coalesce(max(pub_key), 0) FROM links WHERE article_id = $1`, article)
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
	moved, err := w.int64s(knowledge.RebindSQL, max(was, now), article)
	if err != nil || len(moved) == 0 {
		return err
	}
	pairs := `(player_id, club_id) IN (SELECT player_id, club_id FROM links WHERE article_id = ANY($1))`
	for _, q := range []string{
		`DELETE FROM suitors WHERE ` + pairs,
		insertSuitors(pairs),
		`DELETE FROM link_sources WHERE ` + pairs,
		insertLinkSources(`(l.player_id, l.club_id) IN (SELECT player_id, club_id FROM links WHERE article_id = ANY($1))`),
		knowledge.SuitorSourcesSQL(suitorSourcesSQL, pairs),
	} {
		if err := w.exec(q, moved); err != nil {
			return err
		}
	}
	return nil
}

// recountSuitor aggregates the links of one player and club again, in
// suitors, link_sources and link_months.
func (w *writer) recountSuitor(p pair) error {
	for _, q := range []string{
		`DELETE FROM suitors WHERE player_id = $1 AND club_id = $2`,
		insertSuitors(`player_id = $1 AND club_id = $2`),
		`DELETE FROM link_sources WHERE player_id = $1 AND club_id = $2`,
		insertLinkSources(`l.player_id = $1 AND l.club_id = $2`),
		knowledge.SuitorSourcesSQL(suitorSourcesSQL, `player_id = $1 AND club_id = $2`),
		`DELETE FROM link_months WHERE player_id = $1 AND club_id = $2`,
		knowledge.InsertLinkMonthsSQL(`l.player_id = $1 AND l.club_id = $2`),
	} {
		if err := w.exec(q, p.player, p.club); err != nil {
			return err
		}
	}
	return nil
}

// articleLinks returns the stage of each link an article reports.
func (w *writer) articleLinks(id int64) (map[pair]string, error) {
	rows, err := w.tx.Query(w.ctx, `SELECT player_id, club_id, stage FROM links WHERE article_id = $1`, id)
	if err != nil {
		return nil, err
	}
	out := map[pair]string{}
	var p pair
	var stage string
	_, err = pgx.ForEachRow(rows, []any{&p.player, &p.club, &stage}, func() error {
		out[p] = stage
		return nil
	})
	return out, err
}

// standings reads the current club and contract of players; a player no
// longer stored has the zero standing.
func (w *writer) standings(players []int64) (map[int64]standing, error) {
	out := make(map[int64]standing, len(players))
	for _, p := range players {
		var st standing
		err := w.tx.QueryRow(w.ctx, `SELECT current_club_id, contract FROM players WHERE id = $1`, p).
			Scan(&st.club, &st.contract)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return nil, err
		}
		out[p] = st
	}
	return out, nil
}

// int64s runs a query of one integer column in the transaction.
func (w *writer) int64s(query string, args ...any) ([]int64, error) {
	rows, err := w.tx.Query(w.ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[int64])
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
	query, arg := `SELECT id FROM articles WHERE url = $1`, any(idOrURL)
	if n, err := strconv.ParseInt(idOrURL, 10, 64); err == nil {
		query, arg = `SELECT id FROM articles WHERE id = $1`, n
	}
	var id int64
	err := s.pool.QueryRow(ctx, query, arg).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, knowledge.ErrNotFound
	}
	if err != nil {
		return 0, fmt.Errorf("postgres: find article: %w", err)
	}
	return id, nil
}

// Forget removes an article and every fact that came only from it in one
// transaction: its links (the suitors they counted in are recounted), its
// mentions (the players it named are refreshed, and removed when no other
// article names them and nobody follows them), its fees and outlets; the
// article is recorded in forgotten. knowledge.ErrNotFound for an unknown
// id.
func (s *Store) Forget(ctx context.Context, articleID int64) (knowledge.Forgotten, error) {
	var out knowledge.Forgotten
	err := s.writeTx(ctx, func(tx pgx.Tx) error {
		out = knowledge.Forgotten{}
		w := s.newWriter(ctx, tx)
		switch id, err := w.id(`SELECT id FROM articles WHERE id = $1 FOR UPDATE`, articleID); {
		case err != nil:
			return err
		case id == 0:
			return knowledge.ErrNotFound
		}
		links, err := w.articleLinks(articleID)
		if err != nil {
			return err
		}
		players, err := w.int64s(`SELECT player_id FROM mentions WHERE article_id = $1`, articleID)
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
			SELECT id, url, hash, $2 FROM articles WHERE id = $1`, articleID, s.now().UTC()); err != nil {
			return err
		}
		if err := w.exec(`DELETE FROM articles WHERE id = $1`, articleID); err != nil {
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
		left, err := w.int64s(`SELECT id FROM players WHERE id = ANY($1)`, players)
		if err != nil {
			return err
		}
		out.Links, out.Players = len(links), len(players)-len(left)
		_, err = tx.Exec(ctx, `UPDATE names_version SET version = version + 1`)
		return err
	})
	if errors.Is(err, knowledge.ErrNotFound) {
		return out, knowledge.ErrNotFound
	}
	if err != nil {
		return out, fmt.Errorf("postgres: forget %d: %w", articleID, err)
	}
	return out, nil
}
