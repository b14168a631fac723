package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// Write stores articles in one transaction, in order: each one whose
// content or URL is stored already (or came earlier in arts) is reported
// as a duplicate and not written again. An Article with an ID replaces
// the facts of that stored article (see rewrite). On error nothing is
// written.
func (s *Store) Write(ctx context.Context, arts []knowledge.Article) ([]knowledge.Stored, error) {
	out := make([]knowledge.Stored, 0, len(arts))
	var w *writer
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		out = out[:0]
		told := make([]*learned, len(arts)) // of each new article
		w = &writer{ctx: ctx, tx: tx, s: s, stmts: map[string]*sql.Stmt{}, clubIDs: map[string]int64{},
			clubNames: map[int64]string{}, clubLinks: map[int64]int64{}, byFold: map[string]namedPlayer{},
			storedClubs: map[string]int64{}}
		for _, art := range arts {
			if art.ID != 0 {
				ch, err := w.rewrite(art)
				if err != nil {
					return fmt.Errorf("article %d: %w", art.ID, err)
				}
				out = append(out, knowledge.Stored{ArticleID: art.ID, Changes: ch})
				continue
			}
			hash := knowledge.ContentHash(art.Text)
			w.learned = &learned{}
			id, err := w.write(hash, art)
			if err != nil {
				return err
			}
			if id == 0 { // the same content or URL is stored
				if id, err = findDuplicate(w.queryRow, hash, art.URL); err != nil {
					return err
				}
				w.learned = nil
				out = append(out, knowledge.Stored{ArticleID: id, Duplicate: true})
				continue
			}
			told[len(out)] = w.learned
			out = append(out, knowledge.Stored{ArticleID: id})
			w.learned = nil
		}
		if err := w.flush(); err != nil {
			return err
		}
		if err := w.countClubLinks(); err != nil {
			return err
		}
		for i, l := range told {
			if l != nil && !slices.ContainsFunc(l.ids, w.absorbed.Has) {
				out[i].Facts = l.article()
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: write: %w", err)
	}
	s.clubIDs.add(w.storedClubs)
	return out, nil
}

// ArticleID returns the id of the stored article with the same content as
// text or, when url is not empty, the same URL; knowledge.ErrNotFound
// when there is none.
func (s *Store) ArticleID(ctx context.Context, text, url string) (int64, error) {
	id, err := findDuplicate(func(query string, args ...any) *sql.Row {
		return s.queryRow(ctx, query, args...)
	}, knowledge.ContentHash(text), url)
	if err != nil {
		return 0, fmt.Errorf("sqlite: article id: %w", err)
	}
	if id == 0 {
		return 0, knowledge.ErrNotFound
	}
	return id, nil
}

// findDuplicate returns, asking queryRow, the id of the article with the
// same content or URL, or 0.
func findDuplicate(queryRow func(query string, args ...any) *sql.Row, hash, url string) (int64, error) {
	var id int64
	err := queryRow(`SELECT id FROM articles WHERE hash = ?`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) && url != "" {
		err = queryRow(`SELECT id FROM articles WHERE url = ?`, url).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return id, nil
}

// fail returns the error a test asked for at step.
func (s *Store) fail(step string) error {
	if s.failAt == step {
		return fmt.Errorf("sqlite: test failure at %s", step)
	}
	return nil
}

// writer writes articles and their facts in one transaction. Its
// statements are prepared once per Store (the statement cache) and bound
// to the transaction once.
type writer struct {
	ctx       context.Context
	tx        *sql.Tx
	s         *Store
	stmts     map[string]*sql.Stmt // bound to tx, by query
	clubIDs   map[string]int64     // by name as written
	clubNames map[int64]string     // as stored, by id
	clubLinks map[int64]int64      // reports written naming each club, not yet counted in clubs.links
	// storedClubs holds the clubs found or created by their stored name,
	// for the Store's cache once committed.
	storedClubs map[string]int64
	// byFold caches the players found or created by their full name
	// (players.fold); emptied when players are merged or deleted.
	byFold map[string]namedPlayer
	// absorbed holds the players merged into another (absorbSurname): the
	// articles written before that named them name another player now.
	absorbed set[int64]

	// The article being written.
	article int64
	pub     string
	pubKey  int64
	// countsKey is the day its reports count from (knowledge.CountsKey).
	countsKey int64
	source    string
	// before, when not nil (re-extraction), receives the standing of each
	// player the article names before his mention is written.
	before map[int64]standing
	// keepIDs, when not nil (re-extraction), gives the links the article
	// reported before the ids they had, so that digests, whose watermark
	// is a link id, do not take them for new.
	keepIDs map[pair]int64
	once    knowledge.WrittenOnce // the article's mentions and links, each written once
	// learned, when not nil (a new article), collects the facts written.
	learned *learned
	// derived holds what the reports written add to the derived tables
	// until the next flush.
	derived derived
}

// namedPlayer is a player's id and stored name.
type namedPlayer struct {
	id   int64
	name string
}

// set is a set of ids; its zero value is empty.
type set[K comparable] map[K]struct{}

// Has reports whether k is in the set.
func (s set[K]) Has(k K) bool { _, ok := s[k]; return ok }

// learned is what a writer stored of one article, as ArticleFacts reads
// it back: the stored names, each player's links and fees in the order
// written, the players by id.
type learned struct {
	art     facts.Article
	ids     []int64 // of art.Players
	players map[int64]int
}

// player returns the facts of player id, named name, added on first use.
func (l *learned) player(id int64, name string) *facts.Player {
	if l.players == nil {
		l.players = map[int64]int{}
	}
	i, ok := l.players[id]
	if !ok {
		i = len(l.ids)
		l.players[id] = i
		l.ids = append(l.ids, id)
		l.art.Players = append(l.art.Players, facts.Player{Name: name, Suitors: []facts.Suitor{}, Fees: []facts.Fee{}})
	}
	return &l.art.Players[i]
}

// article returns the article's facts, its players by id.
func (l *learned) article() *facts.Article {
	art := l.art
	if len(art.Players) > 0 {
		order := make([]int, len(art.Players))
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(a, b int) int { return cmp.Compare(l.ids[a], l.ids[b]) })
		art.Players = make([]facts.Player, len(order))
		for i, k := range order {
			art.Players[i] = l.art.Players[k]
		}
	}
	return &art
}

// stmt returns query's statement bound to the transaction, or nil when
// the statement cache keeps none for it.
func (w *writer) stmt(query string) *sql.Stmt {
	if st, ok := w.stmts[query]; ok {
		return st
	}
	var bound *sql.Stmt
	if st, ok := w.s.stmt(w.ctx, query); ok {
		bound = w.tx.StmtContext(w.ctx, st)
	}
	w.stmts[query] = bound
	return bound
}

// execResult runs a write statement in the transaction.
func (w *writer) execResult(query string, args ...any) (sql.Result, error) {
	if st := w.stmt(query); st != nil {
		return st.ExecContext(w.ctx, args...)
	}
	return w.tx.ExecContext(w.ctx, query, args...)
}

// exec runs a write statement in the transaction.
func (w *writer) exec(query string, args ...any) error {
	_, err := w.execResult(query, args...)
	return err
}

// insert runs an INSERT in the transaction and returns the new row's id.
func (w *writer) insert(query string, args ...any) (int64, error) {
	res, err := w.execResult(query, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// queryRow runs a query of one row in the transaction.
func (w *writer) queryRow(query string, args ...any) *sql.Row {
	if st := w.stmt(query); st != nil {
		return st.QueryRowContext(w.ctx, args...)
	}
	return w.tx.QueryRowContext(w.ctx, query, args...)
}

// write stores one article and its facts, and returns its id; 0, and
// nothing written, when an article of the same content or URL is stored
// (the unique indexes on articles.hash and url tell, with no lookup
// before).
func (w *writer) write(hash string, a knowledge.Article) (int64, error) {
	art := a.Facts
	pub := art.Published
	w.pub, w.pubKey, w.source = pub.String(), knowledge.DateKey(pub), a.Source
	var url any
	if a.URL != "" {
		url = a.URL
	}
	now := w.s.now().UTC()
	bound, err := w.bound(w.pubKey, 0)
	if err != nil {
		return 0, fmt.Errorf("article: %w", err)
	}
	w.countsKey = knowledge.CountsKey(knowledge.Report{Published: pub, Ingested: now, Bound: knowledge.KeyDate(bound)})
	res, err := w.execResult(`INSERT INTO articles
		(hash, url, title, site, author, lang, published, pub_key, ingested_at, text, extractor, facts_hash, bound_key)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		hash, url, art.Title, a.Site, a.Author,
		art.Lang, w.pub, w.pubKey, now.Format(time.RFC3339Nano), a.Text, a.Extractor, a.FactsHash(), bound)
	if err != nil {
		return 0, fmt.Errorf("article: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return 0, err // a duplicate: its hash or URL is stored
	}
	if w.article, err = res.LastInsertId(); err != nil {
		return 0, fmt.Errorf("article: %w", err)
	}
	if l := w.learned; l != nil {
		l.art.Lang, l.art.Published, l.art.Title = art.Lang, knowledge.ParseStoredDate(w.pub), art.Title
		for _, o := range art.Outlets {
			if !slices.Contains(l.art.Outlets, o) {
				l.art.Outlets = append(l.art.Outlets, o)
			}
		}
		slices.Sort(l.art.Outlets)
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
	var k int64
	err := w.queryRow(`SELECT pub_key FROM links WHERE pub_key > 0 AND (?1 = 0 OR article_id < ?1)
		ORDER BY pub_key DESC LIMIT 1`, before).Scan(&k)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return k, err
}

// facts stores the outlets and players of the article being written.
func (w *writer) facts(art facts.Article) error {
	for _, o := range art.Outlets {
		if err := w.exec(`INSERT OR IGNORE INTO outlets (article_id, name) VALUES (?, ?)`, w.article, o); err != nil {
			return fmt.Errorf("outlet: %w", err)
		}
	}
	for _, p := range art.Players {
		if err := w.player(p); err != nil {
			return err
		}
		if err := w.s.fail("player"); err != nil {
			return err
		}
	}
	return nil
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

// player stores one player's mention, links and fees.
func (w *writer) player(p facts.Player) error {
	pid, name, err := w.playerID(p)
	if err != nil {
		return fmt.Errorf("player %s: %w", p.Name, err)
	}
	var told *facts.Player // what the article's facts say of him, if kept
	if w.learned != nil {
		told = w.learned.player(pid, name)
	}
	if err := w.remember(pid); err != nil {
		return err
	}
	var current any
	if p.CurrentClub != "" {
		id, err := w.clubID(p.CurrentClub)
		if err != nil {
			return err
		}
		current = id
	}
	var from any
	if p.FromClub != "" {
		if from, err = w.clubID(p.FromClub); err != nil {
			return err
		}
	}
	mentioned := w.once.First(w.article, [2]int64{pid, 0}) // else named before in the article
	if mentioned {
		if err := w.exec(`INSERT INTO mentions (player_id, article_id, pub_key, current_club_id, contract, from_club_id)
			VALUES (?, ?, ?, ?, ?, ?)`, pid, w.article, w.pubKey, current, p.ContractExpires.String(), from); err != nil {
			return fmt.Errorf("mention: %w", err)
		}
		if told != nil {
			told.CurrentClub, told.FromClub = w.clubName(current), w.clubName(from)
			told.ContractExpires = knowledge.ParseStoredDate(p.ContractExpires.String())
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
		if told != nil {
			told.Suitors = append(told.Suitors, facts.Suitor{Club: w.clubNames[cid], Stage: su.Stage, Sentence: su.Sentence, Source: src})
		}
	}
	for _, f := range p.Fees {
		var club any
		if f.Club != "" {
			id, err := w.clubID(f.Club)
			if err != nil {
				return err
			}
			club = id
		}
		if err := w.exec(`INSERT INTO fees
			(article_id, player_id, club_id, amount, currency, kind, status, sentence, source, pub_key, published)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			w.article, pid, club, f.Amount, strings.ToUpper(f.Currency), string(f.Kind), string(f.Status),
			f.Sentence, w.source, w.pubKey, w.pub); err != nil {
			return fmt.Errorf("fee: %w", err)
		}
		if told != nil {
			told.Fees = append(told.Fees, facts.Fee{Club: w.clubName(club), Amount: f.Amount, Currency: strings.ToUpper(f.Currency),
				Kind: f.Kind, Status: f.Status, Sentence: f.Sentence})
		}
	}
	switch {
	case !mentioned:
		return nil
	case w.before != nil:
		return w.refreshPlayer(pid) // re-extraction deleted his mention first
	}
	var club int64
	if id, ok := current.(int64); ok {
		club = id
	}
	w.mention(pid, w.pubKey, w.article, club, p.ContractExpires.String(), knowledge.EndKey(p.ContractExpires))
	return nil
}

// link stores one report of a club's pursuit of a player and counts it,
// at the writer's next flush, in the player's suitors, where it becomes
// the club's latest report unless that one is more recent (by the day it
// counts from, a dated report after an undated one, then by id:
// knowledge.CountsKey), in the link's sources (link_sources) alike, and
// in its months (link_months).
func (w *writer) link(pid, cid int64, su facts.Suitor, source string) error {
	var keep any // NULL: a new id
	if id, ok := w.keepIDs[pair{pid, cid}]; ok {
		keep = id
	}
	id, err := w.insert(`INSERT INTO links
		(id, article_id, player_id, club_id, stage, strength, pub_key, published, source, sentence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		keep, w.article, pid, cid, string(su.Stage), su.Stage.Strength(), w.pubKey, w.pub, source, su.Sentence)
	if err != nil {
		return err
	}
	w.report(pid, cid, id, string(su.Stage), source, su.Stage.Strength(), su.Stage == facts.StageEnded)
	w.clubLinks[cid]++
	return nil
}

// countClubLinks adds the reports written to their clubs' counts
// (clubs.links), one statement a club rather than one a report.
func (w *writer) countClubLinks() error {
	for _, cid := range slices.Sorted(maps.Keys(w.clubLinks)) {
		if err := w.exec(`UPDATE clubs SET links = links + ? WHERE id = ?`, w.clubLinks[cid], cid); err != nil {
			return fmt.Errorf("club %d: %w", cid, err)
		}
	}
	clear(w.clubLinks)
	return nil
}

// playerID finds the player p names or creates him, and returns his id
// and stored name: the same full name, else the player with that name as
// an alias or, for a one-word name, as surname. When several fit, the one
// at the same club wins, else the most reported.
func (w *writer) playerID(p facts.Player) (int64, string, error) {
	f := text.Fold(p.Name)
	known, ok := w.byFold[f]
	if !ok {
		err := w.queryRow(`SELECT id, name FROM players WHERE fold = ?`, f).Scan(&known.id, &known.name)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return 0, "", err
		}
	}
	id, name := known.id, known.name
	var err error
	created := false
	if id == 0 {
		maxKind := 1
		if !strings.Contains(f, " ") {
			maxKind = 2
		}
		if id, name, err = w.knownAs(f, maxKind, text.Fold(p.CurrentClub)); err != nil {
			return 0, "", err
		}
	}
	if id == 0 {
		if id, err = w.insert(`INSERT INTO players (name, fold) VALUES (?, ?)`, p.Name, f); err != nil {
			return 0, "", err
		}
		name, created = p.Name, true
		if err := w.name(f, id, 0); err != nil {
			return 0, "", err
		}
		for _, suf := range knowledge.NameSuffixes(f) {
			if err := w.name(suf, id, 2); err != nil {
				return 0, "", err
			}
		}
		if err := w.absorbSurname(id, f, text.Fold(p.CurrentClub)); err != nil {
			return 0, "", err
		}
	}
	if known.id != 0 || created { // his full name: the same player for the rest of the Write
		w.byFold[f] = namedPlayer{id, name}
	}
	for _, a := range p.Aliases {
		if a := text.Fold(a); a != "" && a != f {
			if err := w.name(a, id, 1); err != nil {
				return 0, "", err
			}
		}
	}
	return id, name, nil
}

// knownAs returns the player known under folded name with a name kind at
// most maxKind, and his name, preferring one whose current club folds to
// club, then the most reported; 0 when none is.
func (w *writer) knownAs(f string, maxKind int, club string) (int64, string, error) {
	id, name, err := w.knownAsNow(f, maxKind, club)
	if err != nil || id == 0 || len(w.derived.players) == 0 {
		return id, name, err
	}
	// The players' summaries it ranks by may await a flush.
	if err := w.flush(); err != nil {
		return 0, "", err
	}
	return w.knownAsNow(f, maxKind, club)
}

// knownAsNow is knownAs as the players' summaries stand.
func (w *writer) knownAsNow(f string, maxKind int, club string) (int64, string, error) {
	var id int64
	var name string
	err := w.queryRow(`SELECT p.id, p.name FROM player_names n JOIN players p ON p.id = n.player_id
		LEFT JOIN clubs c ON c.id = p.current_club_id
		WHERE n.fold = ? AND n.kind <= ?
		ORDER BY CASE WHEN c.fold = ?3 OR c.id IN (SELECT club_id FROM club_names WHERE fold = ?3)
			THEN 0 ELSE 1 END, p.articles DESC, p.id LIMIT 1`, f, maxKind, club).Scan(&id, &name)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	return id, name, err
}

// name records a folded name of a player; a stronger kind replaces a weaker.
func (w *writer) name(f string, id int64, kind int) error {
	return w.exec(`INSERT INTO player_names (fold, player_id, kind) VALUES (?, ?, ?)
		ON CONFLICT (fold, player_id) DO UPDATE SET kind = min(kind, excluded.kind)`, f, id, kind)
}

// clubID finds the club by name or creates it with its aliases from the
// club table.
func (w *writer) clubID(name string) (int64, error) {
	if id, ok := w.clubIDs[name]; ok {
		return id, nil
	}
	id, stored, err := w.club(name)
	if err != nil {
		return 0, fmt.Errorf("club %s: %w", name, err)
	}
	w.clubIDs[name], w.clubNames[id] = id, stored
	return id, nil
}

// clubName is the stored name of a club id found by clubID, or "" for
// nil (no club).
func (w *writer) clubName(id any) string {
	if id, ok := id.(int64); ok {
		return w.clubNames[id]
	}
	return ""
}

// club finds the club by name, in the database, or creates it, and
// returns its id and stored name.
func (w *writer) club(name string) (int64, string, error) {
	canonical, country, aliases, ok := w.s.clubs(name)
	if !ok || canonical == "" {
		canonical = name
	}
	if id, ok := w.s.clubIDs.get(canonical); ok {
		return id, canonical, nil
	}
	var id int64
	err := w.queryRow(`SELECT id FROM clubs WHERE name = ?`, canonical).Scan(&id)
	if err == nil {
		w.storedClubs[canonical] = id
		return id, canonical, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, "", err
	}
	f := text.Fold(canonical)
	// A club stored under another of its names ("Atletico Madrid" for
	// "Atlético Madrid") is the same club.
	var stored string
	if err := w.queryRow(`SELECT n.club_id, c.name FROM club_names n JOIN clubs c ON c.id = n.club_id WHERE n.fold = ?
		AND (SELECT count(*) FROM club_names WHERE fold = ?) = 1`, f, f).Scan(&id, &stored); err == nil {
		return id, stored, nil
	} else if !errors.Is(err, sql.ErrNoRows) {
		return 0, "", err
	}
	if id, err = w.insert(`INSERT INTO clubs (name, fold, country) VALUES (?, ?, ?)`, canonical, f, country); err != nil {
		return 0, "", err
	}
	w.storedClubs[canonical] = id
	for _, n := range append([]string{canonical, name}, aliases...) {
		if a := text.Fold(n); a != "" {
			if err := w.exec(`INSERT OR IGNORE INTO club_names (fold, club_id) VALUES (?, ?)`, a, id); err != nil {
				return 0, "", err
			}
		}
	}
	return id, canonical, nil
}

// refreshPlayer recomputes what a player's reports say now: his current
// club and contract expiry from the most recent report of each (undated
// reports after dated ones), and how many articles name him.
func (w *writer) refreshPlayer(pid int64) error {
	var contract string
	err := w.queryRow(`SELECT contract FROM mentions
		WHERE player_id = ? AND contract <> '' ORDER BY pub_key DESC, article_id DESC LIMIT 1`, pid).Scan(&contract)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	return w.exec(`UPDATE players SET
		current_club_id = (SELECT current_club_id FROM mentions
			WHERE player_id = ?1 AND current_club_id IS NOT NULL
			ORDER BY pub_key DESC, article_id DESC LIMIT 1),
		contract = ?2, contract_end = ?3,
		articles = (SELECT count(*) FROM mentions WHERE player_id = ?1)
		WHERE id = ?1`, pid, contract, knowledge.EndKey(knowledge.ParseStoredDate(contract)))
}
