package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// maxProfileFees is how many of a player's most recent fee reports a
// Profile holds.
const maxProfileFees = 20

// maxOutgoing is how many of a club's own players (the most reported) a
// ClubLinks lists the suitors of.
const maxOutgoing = 50

// Profile returns what is known of a player, or ErrNotFound: his current
// club and contract expiry (each from his most recent report of it, the
// contract unless his move to that club came after it) and the fees
// reported, most recent first.
func (s *Store) Profile(ctx context.Context, playerID int64) (knowledge.Profile, error) {
	var p knowledge.Profile
	var contract string
	err := s.queryRow(ctx, `SELECT p.id, p.name, coalesce(c.name, ''), `+knowledge.ContractSQL+`
		FROM players p LEFT JOIN clubs c ON c.id = p.current_club_id WHERE p.id = ?`, playerID).
		Scan(&p.ID, &p.Name, &p.CurrentClub, &contract)
	if errors.Is(err, sql.ErrNoRows) {
		return knowledge.Profile{}, knowledge.ErrNotFound
	}
	if err != nil {
		return knowledge.Profile{}, fmt.Errorf("sqlite: profile: %w", err)
	}
	p.ContractExpires = knowledge.ParseStoredDate(contract)
	rows, err := s.query(ctx, `SELECT coalesce(c.name, ''), f.amount, f.currency, f.kind,
		f.status, f.sentence, f.published, f.source
		FROM fees f LEFT JOIN clubs c ON c.id = f.club_id
		WHERE f.player_id = ? ORDER BY f.pub_key DESC, f.article_id DESC, f.id LIMIT ?`, playerID, maxProfileFees)
	if err != nil {
		return knowledge.Profile{}, fmt.Errorf("sqlite: profile: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var f knowledge.FeeReport
		var published string
		if err := rows.Scan(&f.Club, &f.Amount, &f.Currency, &f.Kind, &f.Status, &f.Sentence, &published, &f.Source); err != nil {
			return knowledge.Profile{}, fmt.Errorf("sqlite: profile: %w", err)
		}
		f.Published = knowledge.ParseStoredDate(published)
		p.Fees = append(p.Fees, f)
	}
	if err := rows.Err(); err != nil {
		return knowledge.Profile{}, fmt.Errorf("sqlite: profile: %w", err)
	}
	return p, nil
}

// suitorRows reads aggregated suitors (table suitors s, with the player p,
// the club c and the most recent report l) that match where, in the
// order of SortSuitors: the first n (all when n <= 0), and how many in all.
func (s *Store) suitorRows(ctx context.Context, where string, n int, args ...any) ([]knowledge.PlayerSuitor, int, error) {
	rows, err := s.query(ctx, knowledge.SuitorRowsSQL(where, n, ""), args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	out, total := []knowledge.PlayerSuitor{}, 0
	// One set of destinations for every row, as scanReports has them:
	// each row overwrites all of ps.
	var ps knowledge.PlayerSuitor
	var published string
	var fee knowledge.LinkFee
	dest := append(append([]any{&ps.Player, &ps.Club, &ps.Stage, &published, &ps.Source, &ps.Reports}, fee.Dest()...),
		&total, &ps.PlayerID)
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, 0, err
		}
		ps.Fee = fee.Report(ps.Club)
		ps.LastReported = knowledge.ParseStoredDate(published)
		out = append(out, ps)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	knowledge.SortSuitors(out)
	return out, total, nil
}

// Suitors returns the clubs linked with a player, strongest stage first,
// then most recent, then most reported; each with the stage, date and
// source of its most recent report (undated reports rank after dated
// ones). The current club is never one but by the completed signing that
// made it his. An unknown player is ErrNotFound.
func (s *Store) Suitors(ctx context.Context, playerID int64) ([]knowledge.Suitor, error) {
	rows, err := s.query(ctx, numbered(knowledge.PlayerSuitorsSQL), playerID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: suitors: %w", err)
	}
	out, err := scanSuitors(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: suitors: %w", err)
	}
	if len(out) == 0 { // no suitor, or no such player
		var id int64
		err := s.queryRow(ctx, `SELECT id FROM players WHERE id = ?`, playerID).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, knowledge.ErrNotFound
		}
		if err != nil {
			return nil, fmt.Errorf("sqlite: suitors: %w", err)
		}
	}
	knowledge.SortPlayerSuitors(out)
	return out, nil
}

// scanSuitors reads the rows of knowledge.PlayerSuitorsSQL.
func scanSuitors(rows *sql.Rows) ([]knowledge.Suitor, error) {
	defer rows.Close()
	out := []knowledge.Suitor{}
	var su knowledge.Suitor
	var published string
	var fee knowledge.LinkFee
	dest := append([]any{&su.Club, &su.Stage, &published, &su.Source, &su.Reports}, fee.Dest()...)
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		su.Fee = fee.Report(su.Club)
		su.LastReported = knowledge.ParseStoredDate(published)
		out = append(out, su)
	}
	return out, rows.Err()
}

// Club returns the players a club is linked with (not its own players)
// and its own players linked elsewhere (the most reported of them, but
// for the links his signing for the club overtook), in the order of
// Suitors: the first n of each (all when n <= 0), read and sorted in SQL,
// and how many in all; of the links whose newest report counts from
// since's day or later (suitors.counts_key; all when since is zero). An
// unknown club is ErrNotFound.
func (s *Store) Club(ctx context.Context, clubID int64, n int, since time.Time) (knowledge.ClubLinks, error) {
	var cl knowledge.ClubLinks
	err := s.queryRow(ctx, `SELECT id, name FROM clubs WHERE id = ?`, clubID).Scan(&cl.Club.ID, &cl.Club.Name)
	if errors.Is(err, sql.ErrNoRows) {
		return knowledge.ClubLinks{}, knowledge.ErrNotFound
	}
	if err != nil {
		return knowledge.ClubLinks{}, fmt.Errorf("sqlite: club: %w", err)
	}
	key := sinceKey(since)
	if cl.Targets, cl.TargetCount, err = s.suitorRows(ctx, `s.club_id = ?1 AND `+knowledge.NotOwnClubSQL("?1")+`
		AND s.counts_key >= ?2`, n, clubID, key); err != nil {
		return knowledge.ClubLinks{}, fmt.Errorf("sqlite: club: %w", err)
	}
	if cl.Outgoing, cl.OutgoingCount, err = s.suitorRows(ctx, `s.player_id IN (SELECT id FROM players WHERE current_club_id = ?1
		ORDER BY articles DESC, name LIMIT ?2) AND s.club_id <> ?1
		AND NOT EXISTS (SELECT 1 FROM links d WHERE d.player_id = s.player_id AND d.club_id = ?1
			AND d.stage = 'done' AND d.pub_key >= s.counts_key) AND s.counts_key >= ?3`, n, clubID, maxOutgoing, key); err != nil {
		return knowledge.ClubLinks{}, fmt.Errorf("sqlite: club: %w", err)
	}
	return cl, nil
}

// reportColumns are the columns scanReports reads.
const reportColumns = `SELECT l.id, p.name, c.name, l.stage, l.sentence, l.published, l.source,
	coalesce(a.url, ''), a.ingested_at, a.bound_key, l.article_id, ` + knowledge.LinkFeeColumns + `
	FROM links l JOIN players p ON p.id = l.player_id JOIN clubs c ON c.id = l.club_id
	JOIN articles a ON a.id = l.article_id` + knowledge.LinkFeeJoin

func scanReports(rows *sql.Rows) ([]knowledge.Report, error) {
	// One set of destinations for every row: scanning through them
	// allocates nothing but the row's strings.
	var r knowledge.Report
	var d reportDates
	var fee knowledge.LinkFee
	dest := append([]any{&r.LinkID, &r.Player, &r.Club, &r.Stage, &r.Sentence, &d.published, &r.Source, &r.URL, &d.ingested,
		&d.bound, &r.ArticleID}, fee.Dest()...)
	return scanInto(rows, &r, &d, dest, &fee)
}

// reportDates are the columns of a report that scanning converts: its
// date as stored, its article's ingestion time ("" for none) and bound.
type reportDates struct {
	published, ingested string
	bound               int64
}

// set sets r's dates from d.
func (d *reportDates) set(r *knowledge.Report) {
	r.Published = knowledge.ParseStoredDate(d.published)
	r.Bound = knowledge.KeyDate(d.bound)
	r.Ingested = time.Time{}
	if d.ingested != "" { // a dated report of Timeline has none
		r.Ingested, _ = time.Parse(time.RFC3339Nano, d.ingested)
	}
}

// scanInto reads each row into dest, which point into r, d and fee (nil:
// the rows have none), and returns the reports they make.
func scanInto(rows *sql.Rows, r *knowledge.Report, d *reportDates, dest []any, fee *knowledge.LinkFee) ([]knowledge.Report, error) {
	defer rows.Close()
	out := []knowledge.Report{}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		if fee != nil {
			r.Fee = fee.Report(r.Club)
		}
		d.set(r)
		out = append(out, *r)
	}
	return out, rows.Err()
}

// Latest returns the n newest reports, optionally for one player or club
// (ids 0 = any): by the day each counts from, an undated one from its
// ingestion capped at the newest dated report stored before it (its
// article's bound; knowledge.MergeLatest);
// within an article the strongest first. A player's link with his current
// club is not a rumour and is left out, but for the completed signing
// that made it his. A club's rumours are those of the players it is
// linked with and of its own players linked elsewhere.
func (s *Store) Latest(ctx context.Context, n int, playerID, clubID int64) ([]knowledge.Report, error) {
	return knowledge.ReadLatest(ctx, n, func(ctx context.Context, undated bool) ([]knowledge.Report, error) {
		return s.latest(ctx, n, playerID, clubID, undated)
	})
}

// latest reads the n newest reports of Latest, or of its undated ones.
func (s *Store) latest(ctx context.Context, n int, playerID, clubID int64, undated bool) ([]knowledge.Report, error) {
	query, args := latestQuery(n, playerID, clubID, undated)
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: latest: %w", err)
	}
	out, err := scanReports(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: latest: %w", err)
	}
	return out, nil
}

// latestQuery is the query of Latest, of its undated reports only when
// undated is set.
func latestQuery(n int, playerID, clubID int64, undated bool) (string, []any) {
	where := "(" + knowledge.NotOwnClubSQL("l.club_id") + " OR l.stage = 'done')"
	if undated {
		where += " AND l.pub_key = 0"
	}
	var args []any
	if playerID != 0 {
		where, args = where+" AND l.player_id = ?", append(args, playerID)
	}
	order := ` ORDER BY l.pub_key DESC, l.article_id DESC, l.strength DESC, l.id DESC`
	if clubID != 0 {
		// A player's links are read in order from links_player_recent; a
		// club's (clubLinksSQL) are sorted from the index alone, their n
		// newest picked before their rows, articles and fees are read.
		return reportColumns + ` WHERE l.id IN (SELECT l.id FROM (` + clubLinksSQL + `) l JOIN players p ON p.id = l.player_id
			WHERE ` + where + order + ` LIMIT ?)` + unindexed(order), append(append([]any{clubID, clubID, clubID}, args...), n)
	}
	return reportColumns + ` WHERE ` + where + order + ` LIMIT ?`, append(args, n)
}

// clubLinksSQL reads the links of club ? (its targets', through its
// suitors) and of its own players (current club ?) with other clubs (not
// ?: those are its targets'), each link once (a link twice would take two
// of the n places), with the columns Latest filters and orders them by,
// from the index links_timeline alone: no index of the links is by club,
// and reading each link's row to sort them read some thousand pages for a
// big club.
const clubLinksSQL = `SELECT x.id, x.player_id, x.club_id, x.stage, x.pub_key, x.article_id, x.strength
	FROM suitors s CROSS JOIN links x WHERE s.club_id = ? AND x.player_id = s.player_id AND x.club_id = s.club_id
	UNION ALL SELECT x.id, x.player_id, x.club_id, x.stage, x.pub_key, x.article_id, x.strength
	FROM players q CROSS JOIN links x WHERE q.current_club_id = ? AND x.player_id = q.id AND x.club_id <> ?`

// clubLinkIDsSQL reads the ids of the links of club ? (its targets'),
// through its suitors (suitors_club, then links_timeline): no index of
// the links is by club.
const clubLinkIDsSQL = `SELECT x.id FROM suitors s CROSS JOIN links x
	WHERE s.club_id = ? AND x.player_id = s.player_id AND x.club_id = s.club_id`

// unindexed turns off the use of an index for the order of a query
// ("l.x" becomes "+l.x"): with a selective filter (one player, one club,
// the links since a watermark) reading the filter's rows and sorting them
// beats scanning the whole index in order.
func unindexed(order string) string {
	return strings.ReplaceAll(order, "l.", "+l.")
}

// Sources returns every report of a player's links, optionally with one
// club only, the most recent first (undated last).
func (s *Store) Sources(ctx context.Context, playerID, clubID int64) ([]knowledge.Report, error) {
	where, args := "l.player_id = ?", []any{playerID}
	if clubID != 0 {
		where, args = where+" AND l.club_id = ?", append(args, clubID)
	}
	rows, err := s.query(ctx, reportColumns+` WHERE `+where+
		` ORDER BY l.pub_key DESC, l.article_id DESC, l.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: sources: %w", err)
	}
	out, err := scanReports(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: sources: %w", err)
	}
	return out, nil
}

// SourceCounts counts the reports of a player's links, with one club
// when not 0, by source: from the counts kept in link_sources, a row a
// link and source (knowledge.SourceCountsSQL).
func (s *Store) SourceCounts(ctx context.Context, playerID, clubID int64) ([]knowledge.SourceCount, error) {
	rows, err := s.query(ctx, numbered(knowledge.SourceCountsSQL), playerID, clubID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: source counts: %w", err)
	}
	defer rows.Close()
	out := []knowledge.SourceCount{}
	for rows.Next() {
		var c knowledge.SourceCount
		if err := rows.Scan(&c.Source, &c.Reports); err != nil {
			return nil, fmt.Errorf("sqlite: source counts: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: source counts: %w", err)
	}
	return out, nil
}

// SourcePage returns up to n of the reports Sources returns whose source
// is one of sources, after the first offset: the page is read from the
// index links_source, from its nearer end (knowledge.SourcePageWindow:
// how many reports there are is read from link_sources).
func (s *Store) SourcePage(ctx context.Context, playerID, clubID int64, sources []string, offset, n int) ([]knowledge.Report, error) {
	if len(sources) == 0 || n <= 0 {
		return []knowledge.Report{}, nil
	}
	list, err := json.Marshal(sources)
	if err != nil {
		return nil, fmt.Errorf("sqlite: source page: %w", err)
	}
	total := n // the first page is read from the start, whatever the count
	if offset > 0 {
		if err := s.queryRow(ctx, `SELECT coalesce(sum(reports), 0) FROM link_sources
			WHERE player_id = ?1 AND source IN (SELECT value FROM json_each(?2)) AND (?3 = 0 OR club_id = ?3)`,
			playerID, string(list), clubID).Scan(&total); err != nil {
			return nil, fmt.Errorf("sqlite: source page: %w", err)
		}
	}
	off, lim, fromEnd := knowledge.SourcePageWindow(total, offset, n)
	if lim == 0 {
		return []knowledge.Report{}, nil
	}
	// One source (the common case) is read in the index's order, the
	// page only; several are merged and sorted.
	in, arg := `= ?2`, any(sources[0])
	if len(sources) > 1 {
		in, arg = `IN (SELECT value FROM json_each(?2))`, string(list)
	}
	order := `pub_key DESC, article_id DESC, id`
	if fromEnd {
		order = `pub_key, article_id, id DESC`
	}
	rows, err := s.query(ctx, reportColumns+` WHERE l.id IN (SELECT id FROM links INDEXED BY links_source
			WHERE player_id = ?1 AND source `+in+` AND (?3 = 0 OR club_id = ?3)
			ORDER BY `+order+` LIMIT ?4 OFFSET ?5)
		ORDER BY l.pub_key DESC, l.article_id DESC, l.id`, playerID, arg, clubID, lim, off)
	if err != nil {
		return nil, fmt.Errorf("sqlite: source page: %w", err)
	}
	out, err := scanReports(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: source page: %w", err)
	}
	return out, nil
}

// Expiring returns the players whose contract ends between from and to,
// inclusive, soonest first (not a contract told before his move to his
// current club: his old club's). A contract known to the month ends on the
// month's last day; an unknown from or to leaves that side open.
func (s *Store) Expiring(ctx context.Context, from, to facts.Date) ([]knowledge.Expiring, error) {
	lo, hi := knowledge.DateKey(from), knowledge.EndKey(to)
	if hi == 0 {
		hi = 99991231
	}
	rows, err := s.query(ctx, `SELECT p.name, coalesce(c.name, ''), p.contract
		FROM players p LEFT JOIN clubs c ON c.id = p.current_club_id
		WHERE p.contract_end > 0 AND p.contract_end BETWEEN ? AND ? AND (`+knowledge.ContractSQL+`) <> ''
		ORDER BY p.contract_end, p.articles DESC, p.name`, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("sqlite: expiring: %w", err)
	}
	defer rows.Close()
	out := []knowledge.Expiring{}
	for rows.Next() {
		var e knowledge.Expiring
		var contract string
		if err := rows.Scan(&e.Player, &e.Club, &contract); err != nil {
			return nil, fmt.Errorf("sqlite: expiring: %w", err)
		}
		e.Expires = knowledge.ParseStoredDate(contract)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: expiring: %w", err)
	}
	return out, nil
}
