package knowledge

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// MaxArticleBytes is the largest article text Ingest accepts.
const MaxArticleBytes = 1 << 20

// Limits on the strings stored with an article.
const (
	maxNameRunes     = 120
	maxTitleRunes    = 300
	maxSentenceRunes = 1000
	maxURLBytes      = 2048
)

// Ingest extracts the facts of one article and stores them in one
// transaction. Input that cannot be learned from returns a *RejectError and
// writes nothing; the same content or URL again returns Duplicate.
func (s *Store) Ingest(ctx context.Context, in Input) (IngestResult, error) {
	if err := validate(in); err != nil {
		return IngestResult{}, err
	}
	hash := contentHash(in.Text)
	if id, err := s.findDuplicate(ctx, s.db, hash, in.URL); err != nil {
		return IngestResult{}, err
	} else if id != 0 {
		return s.duplicate(ctx, id)
	}
	art, err := extractFacts(s.extract, in)
	if err != nil {
		return IngestResult{}, err
	}
	var id int64
	dup := false
	err = s.writeTx(ctx, func(tx *sql.Tx) error {
		var err error
		if id, err = s.findDuplicate(ctx, tx, hash, in.URL); err != nil || id != 0 {
			dup = id != 0
			return err
		}
		id, err = s.write(ctx, tx, hash, in, art)
		return err
	})
	if err != nil {
		return IngestResult{}, fmt.Errorf("knowledge: ingest: %w", err)
	}
	if dup {
		return s.duplicate(ctx, id)
	}
	// What was learned, under the names it was stored with ("Kamara" in
	// the text is "Boubacar Kamara" when he is known).
	stored, err := s.ArticleFacts(ctx, id)
	if err != nil {
		return IngestResult{}, err
	}
	return IngestResult{ArticleID: id, Facts: stored}, nil
}

// validate rejects what is not an article text.
func validate(in Input) error {
	switch {
	case len(in.Text) > MaxArticleBytes:
		return &RejectError{Reason: fmt.Sprintf("too large: %d bytes, the limit is %d", len(in.Text), MaxArticleBytes)}
	case strings.IndexByte(in.Text, 0) >= 0 || !utf8.ValidString(in.Text):
		return &RejectError{Reason: "binary data, not text"}
	case strings.TrimSpace(in.Text) == "":
		return &RejectError{Reason: "empty text"}
	case len(in.URL) > maxURLBytes:
		return &RejectError{Reason: "URL too long"}
	}
	return nil
}

// contentHash identifies an article's text whatever its line endings and
// surrounding space.
func contentHash(text string) string {
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// findDuplicate returns the id of the article with the same content or
// URL, or 0.
func (s *Store) findDuplicate(ctx context.Context, q queryer, hash, url string) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ?`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) && url != "" {
		err = q.QueryRowContext(ctx, `SELECT id FROM articles WHERE url = ?`, url).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("knowledge: ingest: %w", err)
	}
	return id, nil
}

func (s *Store) duplicate(ctx context.Context, id int64) (IngestResult, error) {
	art, err := s.ArticleFacts(ctx, id)
	if err != nil {
		return IngestResult{}, err
	}
	return IngestResult{ArticleID: id, Duplicate: true, Facts: art}, nil
}

// tidy completes the extracted facts with what the caller knew, and drops
// what cannot be stored: unnamed players and clubs, unknown stages, a
// player's own club as his suitor, empty fees, repeated entries.
func tidy(art facts.Article, in Input) facts.Article {
	if !in.Published.IsZero() {
		art.Published = in.Published
	}
	if art.Lang == "" {
		art.Lang = in.Lang
	}
	if in.Title != "" {
		art.Title = in.Title
	}
	art.Title = clip(art.Title, maxTitleRunes)
	var players []facts.Player
	seen := map[string]bool{}
	for _, p := range art.Players {
		p.Name = clip(strings.TrimSpace(p.Name), maxNameRunes)
		if Fold(p.Name) == "" {
			continue
		}
		p.CurrentClub = clip(strings.TrimSpace(p.CurrentClub), maxNameRunes)
		p.Suitors = tidySuitors(p)
		p.Fees = tidyFees(p.Fees)
		if seen[Fold(p.Name)] { // the same player twice: keep the first
			continue
		}
		seen[Fold(p.Name)] = true
		players = append(players, p)
	}
	art.Players = players
	return art
}

func tidySuitors(p facts.Player) []facts.Suitor {
	var out []facts.Suitor
	at := map[string]int{}
	current := Fold(p.CurrentClub)
	for _, su := range p.Suitors {
		su.Club = clip(strings.TrimSpace(su.Club), maxNameRunes)
		f := Fold(su.Club)
		if f == "" || f == current {
			continue
		}
		if !su.Stage.Valid() {
			su.Stage = facts.StageInterest
		}
		su.Sentence = clip(strings.TrimSpace(su.Sentence), maxSentenceRunes)
		su.Source = clip(strings.TrimSpace(su.Source), maxNameRunes)
		if i, ok := at[f]; ok { // one link per club and article: the strongest
			if su.Stage.Strength() > out[i].Stage.Strength() {
				out[i] = su
			}
			continue
		}
		at[f] = len(out)
		out = append(out, su)
	}
	return out
}

func tidyFees(fees []facts.Fee) []facts.Fee {
	var out []facts.Fee
	for _, f := range fees {
		if f.Amount <= 0 || strings.TrimSpace(f.Currency) == "" || f.Kind == "" {
			continue
		}
		f.Club = clip(strings.TrimSpace(f.Club), maxNameRunes)
		f.Sentence = clip(strings.TrimSpace(f.Sentence), maxSentenceRunes)
		out = append(out, f)
	}
	return out
}

// clip cuts s to at most n runes.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n]))
}

// write stores one article and its facts inside tx.
func (s *Store) write(ctx context.Context, tx *sql.Tx, hash string, in Input, art facts.Article) (int64, error) {
	w := &writer{ctx: ctx, tx: tx, s: s, clubIDs: map[string]int64{}}
	pub := art.Published
	w.pub, w.pubKey = pub.String(), dateKey(pub)
	var url any
	if in.URL != "" {
		url = in.URL
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles
		(hash, url, title, site, author, lang, published, pub_key, ingested_at, text)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		hash, url, art.Title, clip(in.Site, maxNameRunes), clip(strings.TrimSpace(in.Author), maxNameRunes),
		art.Lang, w.pub, w.pubKey, s.now().UTC().Format(time.RFC3339Nano), in.Text)
	if err != nil {
		return 0, fmt.Errorf("article: %w", err)
	}
	if w.article, err = res.LastInsertId(); err != nil {
		return 0, err
	}
	w.source = articleSource(in, art)
	for _, o := range art.Outlets {
		if o = clip(strings.TrimSpace(o), maxNameRunes); o == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO outlets (article_id, name) VALUES (?, ?)`, w.article, o); err != nil {
			return 0, fmt.Errorf("outlet: %w", err)
		}
	}
	for _, p := range art.Players {
		if err := w.player(p); err != nil {
			return 0, err
		}
		if err := s.fail("player"); err != nil {
			return 0, err
		}
	}
	return w.article, nil
}

// articleSource is what a report cites when its link names no outlet:
// the site, else the first outlet the article cites, else its author,
// else its title.
func articleSource(in Input, art facts.Article) string {
	for _, s := range append(append([]string{in.Site}, art.Outlets...), in.Author) {
		if s = strings.TrimSpace(s); s != "" {
			return clip(s, maxNameRunes)
		}
	}
	return art.Title
}

// fail returns the error a test asked for at step.
func (s *Store) fail(step string) error {
	if s.failAt == step {
		return fmt.Errorf("knowledge: test failure at %s", step)
	}
	return nil
}

// writer writes one article's facts in one transaction.
type writer struct {
	ctx     context.Context
	tx      *sql.Tx
	s       *Store
	article int64
	pub     string
	pubKey  int64
	source  string
	clubIDs map[string]int64
}

func (w *writer) exec(query string, args ...any) error {
	_, err := w.tx.ExecContext(w.ctx, query, args...)
	return err
}

// player stores one player's mention, links and fees.
func (w *writer) player(p facts.Player) error {
	pid, err := w.playerID(p)
	if err != nil {
		return fmt.Errorf("player %s: %w", p.Name, err)
	}
	var current any
	if p.CurrentClub != "" {
		id, err := w.clubID(p.CurrentClub)
		if err != nil {
			return err
		}
		current = id
	}
	if err := w.exec(`INSERT INTO mentions (player_id, article_id, pub_key, current_club_id, contract)
		VALUES (?, ?, ?, ?, ?)`, pid, w.article, w.pubKey, current, p.ContractExpires.String()); err != nil {
		return fmt.Errorf("mention: %w", err)
	}
	for _, su := range p.Suitors {
		cid, err := w.clubID(su.Club)
		if err != nil {
			return err
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
	}
	return w.s.refreshPlayer(w.ctx, w.tx, pid)
}

// link stores one report of a club's pursuit of a player and counts it in
// the player's suitors, where it becomes the club's latest report unless
// that one is more recent (by published date, then article).
func (w *writer) link(pid, cid int64, su facts.Suitor, source string) error {
	res, err := w.tx.ExecContext(w.ctx, `INSERT INTO links
		(article_id, player_id, club_id, stage, strength, pub_key, published, source, sentence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		w.article, pid, cid, string(su.Stage), su.Stage.Strength(), w.pubKey, w.pub, source, su.Sentence)
	if err != nil {
		return err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	if err := w.exec(`INSERT INTO suitors (player_id, club_id, reports, link_id, pub_key, article_id)
		VALUES (?1, ?2, 1, ?3, ?4, ?5)
		ON CONFLICT (player_id, club_id) DO UPDATE SET reports = reports + 1,
			link_id = CASE WHEN ?4 > pub_key OR (?4 = pub_key AND ?5 > article_id) THEN ?3 ELSE link_id END,
			article_id = CASE WHEN ?4 > pub_key OR (?4 = pub_key AND ?5 > article_id) THEN ?5 ELSE article_id END,
			pub_key = max(pub_key, ?4)`, pid, cid, id, w.pubKey, w.article); err != nil {
		return err
	}
	return w.exec(`UPDATE clubs SET links = links + 1 WHERE id = ?`, cid)
}

// playerID finds the player p names or creates him: the same full name,
// else the player with that name as an alias or, for a one-word name, as
// surname. When several fit, the one at the same club wins, else the
// most reported.
func (w *writer) playerID(p facts.Player) (int64, error) {
	f := Fold(p.Name)
	var id int64
	err := w.tx.QueryRowContext(w.ctx, `SELECT id FROM players WHERE fold = ?`, f).Scan(&id)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	if id == 0 {
		maxKind := 1
		if !strings.Contains(f, " ") {
			maxKind = 2
		}
		if id, err = w.knownAs(f, maxKind, Fold(p.CurrentClub)); err != nil {
			return 0, err
		}
	}
	if id == 0 {
		res, err := w.tx.ExecContext(w.ctx, `INSERT INTO players (name, fold) VALUES (?, ?)`, p.Name, f)
		if err != nil {
			return 0, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return 0, err
		}
		if err := w.name(f, id, 0); err != nil {
			return 0, err
		}
		for _, suf := range nameSuffixes(f) {
			if err := w.name(suf, id, 2); err != nil {
				return 0, err
			}
		}
		if err := w.absorbSurname(id, f, Fold(p.CurrentClub)); err != nil {
			return 0, err
		}
	}
	for _, a := range p.Aliases {
		if a := Fold(clip(a, maxNameRunes)); a != "" && a != f {
			if err := w.name(a, id, 1); err != nil {
				return 0, err
			}
		}
	}
	return id, nil
}

// knownAs returns the player known under folded name with a name kind at
// most maxKind, preferring one whose current club folds to club, then the
// most reported; 0 when none is.
func (w *writer) knownAs(f string, maxKind int, club string) (int64, error) {
	var id int64
	err := w.tx.QueryRowContext(w.ctx, `SELECT p.id FROM player_names n JOIN players p ON p.id = n.player_id
		LEFT JOIN clubs c ON c.id = p.current_club_id
		WHERE n.fold = ? AND n.kind <= ?
		ORDER BY CASE WHEN c.fold = ?3 OR c.id IN (SELECT club_id FROM club_names WHERE fold = ?3)
			THEN 0 ELSE 1 END, p.articles DESC, p.id LIMIT 1`, f, maxKind, club).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
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
	id, err := w.s.clubID(w.ctx, w.tx, name)
	if err != nil {
		return 0, fmt.Errorf("club %s: %w", name, err)
	}
	w.clubIDs[name] = id
	return id, nil
}

func (s *Store) clubID(ctx context.Context, tx *sql.Tx, name string) (int64, error) {
	canonical, country, aliases, ok := s.clubs(name)
	if !ok || canonical == "" {
		canonical = name
	}
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM clubs WHERE name = ?`, canonical).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	f := Fold(canonical)
	// A club stored under another of its names ("Atletico Madrid" for
	// "Atlético Madrid") is the same club.
	if err := tx.QueryRowContext(ctx, `SELECT club_id FROM club_names WHERE fold = ?
		AND (SELECT count(*) FROM club_names WHERE fold = ?) = 1`, f, f).Scan(&id); err == nil {
		return id, nil
	} else if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO clubs (name, fold, country) VALUES (?, ?, ?)`, canonical, f, country)
	if err != nil {
		return 0, err
	}
	if id, err = res.LastInsertId(); err != nil {
		return 0, err
	}
	for _, n := range append([]string{canonical, name}, aliases...) {
		if a := Fold(n); a != "" {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO club_names (fold, club_id) VALUES (?, ?)`, a, id); err != nil {
				return 0, err
			}
		}
	}
	return id, nil
}

// refreshPlayer recomputes what a player's reports say now: his current
// club and contract expiry from the most recent report of each (undated
// reports after dated ones), and how many articles name him.
func (s *Store) refreshPlayer(ctx context.Context, tx *sql.Tx, pid int64) error {
	var contract string
	err := tx.QueryRowContext(ctx, `SELECT contract FROM mentions
		WHERE player_id = ? AND contract <> '' ORDER BY pub_key DESC, article_id DESC LIMIT 1`, pid).Scan(&contract)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE players SET
		current_club_id = (SELECT current_club_id FROM mentions
			WHERE player_id = ?1 AND current_club_id IS NOT NULL
			ORDER BY pub_key DESC, article_id DESC LIMIT 1),
		contract = ?2, contract_end = ?3,
		articles = (SELECT count(*) FROM mentions WHERE player_id = ?1)
		WHERE id = ?1`, pid, contract, endKey(parseStored(contract)))
	return err
}
