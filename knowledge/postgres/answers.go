package postgres

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/jackc/pgx/v5"

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
	err := s.pool.QueryRow(ctx, `SELECT p.id, p.name, coalesce(c.name, ''), `+knowledge.ContractSQL+`
		FROM players p LEFT JOIN clubs c ON c.id = p.current_club_id WHERE p.id = $1`, playerID).
		Scan(&p.ID, &p.Name, &p.CurrentClub, &contract)
	if errors.Is(err, pgx.ErrNoRows) {
		return knowledge.Profile{}, knowledge.ErrNotFound
	}
	if err != nil {
		return knowledge.Profile{}, fmt.Errorf("postgres: profile: %w", err)
	}
	p.ContractExpires = knowledge.ParseStoredDate(contract)
	rows, err := s.pool.Query(ctx, `SELECT coalesce(c.name, ''), f.amount, f.currency, f.kind,
		f.status, f.sentence, f.published, f.source
		FROM fees f LEFT JOIN clubs c ON c.id = f.club_id
		WHERE f.player_id = $1 ORDER BY f.pub_key DESC, f.article_id DESC, f.id LIMIT $2`, playerID, maxProfileFees)
	if err != nil {
		return knowledge.Profile{}, fmt.Errorf("postgres: profile: %w", err)
	}
	p.Fees, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.FeeReport, error) {
		var f knowledge.FeeReport
		var published string
		err := row.Scan(&f.Club, &f.Amount, &f.Currency, &f.Kind, &f.Status, &f.Sentence, &published, &f.Source)
		f.Published = knowledge.ParseStoredDate(published)
		return f, err
	})
	if err != nil {
		return knowledge.Profile{}, fmt.Errorf("postgres: profile: %w", err)
	}
	return p, nil
}

// suitorRows reads aggregated suitors (table suitors s, with the player p,
// the club c and the most recent report l) that match where, in the
// order of SortSuitors: the first n (all when n <= 0), and how many in all.
func (s *Store) suitorRows(ctx context.Context, where string, n int, args ...any) ([]knowledge.PlayerSuitor, int, error) {
	rows, err := s.pool.Query(ctx, knowledge.SuitorRowsSQL(where, n, `COLLATE "C"`), args...)
	if err != nil {
		return nil, 0, err
	}
	total := 0
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.PlayerSuitor, error) {
		var ps knowledge.PlayerSuitor
		var published string
		var fee knowledge.LinkFee
		dest := append([]any{&ps.Player, &ps.Club, &ps.Stage, &published, &ps.Source, &ps.Reports}, fee.Dest()...)
		err := row.Scan(append(dest, &total, &ps.PlayerID)...)
		ps.Fee = fee.Report(ps.Club)
		ps.LastReported = knowledge.ParseStoredDate(published)
		return ps, err
	})
	if err != nil {
		return nil, 0, err
	}
	if out == nil {
		out = []knowledge.PlayerSuitor{}
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
	rows, err := s.pool.Query(ctx, knowledge.PlayerSuitorsSQL, playerID)
	if err != nil {
		return nil, fmt.Errorf("postgres: suitors: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.Suitor, error) {
		var su knowledge.Suitor
		var published string
		var fee knowledge.LinkFee
		err := row.Scan(append([]any{&su.Club, &su.Stage, &published, &su.Source, &su.Reports}, fee.Dest()...)...)
		su.Fee = fee.Report(su.Club)
		su.LastReported = knowledge.ParseStoredDate(published)
		return su, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: suitors: %w", err)
	}
	if len(out) == 0 { // no suitor, or no such player
		var exists bool
		if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM players WHERE id = $1)`, playerID).Scan(&exists); err != nil {
			return nil, fmt.Errorf("postgres: suitors: %w", err)
		}
		if !exists {
			return nil, knowledge.ErrNotFound
		}
		out = []knowledge.Suitor{}
	}
	knowledge.SortPlayerSuitors(out)
	return out, nil
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
	err := s.pool.QueryRow(ctx, `SELECT id, name FROM clubs WHERE id = $1`, clubID).Scan(&cl.Club.ID, &cl.Club.Name)
	if errors.Is(err, pgx.ErrNoRows) {
		return knowledge.ClubLinks{}, knowledge.ErrNotFound
	}
	if err != nil {
		return knowledge.ClubLinks{}, fmt.Errorf("postgres: club: %w", err)
	}
	key := sinceKey(since)
	if cl.Targets, cl.TargetCount, err = s.suitorRows(ctx, `s.club_id = $1 AND `+knowledge.NotOwnClubSQL("$1")+`
		AND s.counts_key >= $2`, n, clubID, key); err != nil {
		return knowledge.ClubLinks{}, fmt.Errorf("postgres: club: %w", err)
	}
	if cl.Outgoing, cl.OutgoingCount, err = s.suitorRows(ctx, `s.player_id IN (SELECT id FROM players WHERE current_club_id = $1
		ORDER BY articles DESC, name LIMIT $2) AND s.club_id <> $1
		AND NOT EXISTS (SELECT 1 FROM links d WHERE d.player_id = s.player_id AND d.club_id = $1
			AND d.stage = 'done' AND d.pub_key >= s.counts_key) AND s.counts_key >= $3`, n, clubID, maxOutgoing, key); err != nil {
		return knowledge.ClubLinks{}, fmt.Errorf("postgres: club: %w", err)
	}
	return cl, nil
}

// reportColumns are the columns scanReports reads.
const reportColumns = `SELECT l.id, p.name, c.name, l.stage, l.sentence, l.published, l.source,
	coalesce(a.url, ''), a.ingested_at, a.bound_key, l.article_id, ` + knowledge.LinkFeeColumns + `
	FROM links l JOIN players p ON p.id = l.player_id JOIN clubs c ON c.id = l.club_id
	JOIN articles a ON a.id = l.article_id` + knowledge.LinkFeeJoin

// reports runs a query of reportColumns.
func (s *Store) reports(ctx context.Context, query string, args ...any) ([]knowledge.Report, error) {
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.Report, error) {
		var r knowledge.Report
		var published string
		var bound int64
		var fee knowledge.LinkFee
		dest := []any{&r.LinkID, &r.Player, &r.Club, &r.Stage, &r.Sentence, &published, &r.Source, &r.URL, &r.Ingested,
			&bound, &r.ArticleID}
		err := row.Scan(append(dest, fee.Dest()...)...)
		r.Fee = fee.Report(r.Club)
		r.Published = knowledge.ParseStoredDate(published)
		r.Bound = knowledge.KeyDate(bound)
		r.Ingested = r.Ingested.UTC()
		return r, err
	})
	if out == nil {
		out = []knowledge.Report{}
	}
	return out, err
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
	f := filter{conds: []string{"(" + knowledge.NotOwnClubSQL("l.club_id") + " OR l.stage = 'done')"}}
	if undated {
		f.conds = append(f.conds, "l.pub_key = 0")
	}
	if playerID != 0 {
		f.add("l.player_id = ?", playerID)
	}
	if clubID != 0 {
		// The club's targets and its own players linked elsewhere, as Club has them.
		f.add("(l.club_id = ? OR l.player_id IN (SELECT id FROM players WHERE current_club_id = ?))", clubID)
	}
	query := reportColumns + ` WHERE ` + f.where() +
		` ORDER BY l.pub_key DESC, l.article_id DESC, l.strength DESC, l.id DESC LIMIT ` + f.next(n)
	out, err := s.reports(ctx, query, f.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: latest: %w", err)
	}
	return out, nil
}

// Sources returns every report of a player's links, optionally with one
// club only, the most recent first (undated last).
func (s *Store) Sources(ctx context.Context, playerID, clubID int64) ([]knowledge.Report, error) {
	f := filter{}
	f.add("l.player_id = ?", playerID)
	if clubID != 0 {
		f.add("l.club_id = ?", clubID)
	}
	out, err := s.reports(ctx, reportColumns+` WHERE `+f.where()+
		` ORDER BY l.pub_key DESC, l.article_id DESC, l.id`, f.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: sources: %w", err)
	}
	return out, nil
}

// SourceCounts counts the reports of a player's links, with one club
// when not 0, by source: from the counts kept in link_sources, a row a
// link and source (knowledge.SourceCountsSQL).
func (s *Store) SourceCounts(ctx context.Context, playerID, clubID int64) ([]knowledge.SourceCount, error) {
	rows, err := s.pool.Query(ctx, knowledge.SourceCountsSQL, playerID, clubID)
	if err != nil {
		return nil, fmt.Errorf("postgres: source counts: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.SourceCount, error) {
		var c knowledge.SourceCount
		err := row.Scan(&c.Source, &c.Reports)
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: source counts: %w", err)
	}
	return out, nil
}

// SourcePage returns up to n of the reports Sources returns whose source
// is one of sources, after the first offset, read in order from the index
// links_source, from its nearer end (knowledge.SourcePageWindow: how many
// reports there are is read from link_sources).
func (s *Store) SourcePage(ctx context.Context, playerID, clubID int64, sources []string, offset, n int) ([]knowledge.Report, error) {
	if len(sources) == 0 || n <= 0 {
		return []knowledge.Report{}, nil
	}
	total := n // the first page is read from the start, whatever the count
	if offset > 0 {
		if err := s.pool.QueryRow(ctx, `SELECT coalesce(sum(reports), 0) FROM link_sources
			WHERE player_id = $1 AND source = ANY ($2) AND ($3 = 0 OR club_id = $3)`,
			playerID, sources, clubID).Scan(&total); err != nil {
			return nil, fmt.Errorf("postgres: source page: %w", err)
		}
	}
	off, lim, fromEnd := knowledge.SourcePageWindow(total, offset, n)
	if lim == 0 {
		return []knowledge.Report{}, nil
	}
	order := `pub_key DESC, article_id DESC, id`
	if fromEnd {
		order = `pub_key, article_id, id DESC`
	}
	out, err := s.reports(ctx, reportColumns+` WHERE l.id IN (SELECT id FROM links
			WHERE player_id = $1 AND source = ANY ($2) AND ($3 = 0 OR club_id = $3)
			ORDER BY `+order+` LIMIT $4 OFFSET $5)
		ORDER BY l.pub_key DESC, l.article_id DESC, l.id`,
		playerID, sources, clubID, lim, off)
	if err != nil {
		return nil, fmt.Errorf("postgres: source page: %w", err)
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
	rows, err := s.pool.Query(ctx, `SELECT p.name, coalesce(c.name, ''), p.contract
		FROM players p LEFT JOIN clubs c ON c.id = p.current_club_id
		WHERE p.contract_end > 0 AND p.contract_end BETWEEN $1 AND $2 AND (`+knowledge.ContractSQL+`) <> ''
		ORDER BY p.contract_end, p.articles DESC, p.name`, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("postgres: expiring: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.Expiring, error) {
		var e knowledge.Expiring
		var contract string
		err := row.Scan(&e.Player, &e.Club, &contract)
		e.Expires = knowledge.ParseStoredDate(contract)
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: expiring: %w", err)
	}
	if out == nil {
		out = []knowledge.Expiring{}
	}
	return out, nil
}

// NewestDate returns the date of the newest dated report, the time heat
// and "older links" are computed as of; the zero Date when none is dated.
func (s *Store) NewestDate(ctx context.Context) (facts.Date, error) {
	var published string
	err := s.pool.QueryRow(ctx, `SELECT published FROM links WHERE pub_key > 0 ORDER BY pub_key DESC LIMIT 1`).Scan(&published)
	if errors.Is(err, pgx.ErrNoRows) {
		return facts.Date{}, nil
	}
	if err != nil {
		return facts.Date{}, fmt.Errorf("postgres: newest date: %w", err)
	}
	return knowledge.ParseStoredDate(published), nil
}

// sinceKey is the date key of since's day; 0 (every link) for the zero
// time.
func sinceKey(since time.Time) int64 {
	if since.IsZero() {
		return 0
	}
	return fromKey(since)
}

// fromKey is the date key of from's day; 1 (every dated report) for the
// zero time.
func fromKey(from time.Time) int64 {
	if from.IsZero() {
		return 1
	}
	return knowledge.DateKey(facts.DateOf(from.UTC()))
}

// timelineColumns are reportColumns without the sentence and the URL,
// which heat and timelines do not read.
const timelineColumns = `SELECT l.id, p.name, c.name, l.stage, '', l.published, l.source, '', a.ingested_at, a.bound_key, l.article_id,
	` + knowledge.NoLinkFeeColumns + `
	FROM links l JOIN players p ON p.id = l.player_id JOIN clubs c ON c.id = l.club_id
	JOIN articles a ON a.id = l.article_id`

// Timeline returns the reports of a player's links but the one with his
// current club, oldest first (undated first, then by date and article),
// without their sentences and URLs. With from not zero, only the reports
// dated from its day on, and the undated ones.
func (s *Store) Timeline(ctx context.Context, playerID int64, from time.Time) ([]knowledge.Report, error) {
	out, err := s.reports(ctx, timelineColumns+` WHERE l.player_id = $1
		AND (`+knowledge.NotOwnClubSQL("l.club_id")+` OR `+knowledge.MovedToSQL+`) AND (l.pub_key >= $2 OR l.pub_key = 0)
		ORDER BY l.pub_key, l.article_id, l.id`, playerID, fromKey(from))
	if err != nil {
		return nil, fmt.Errorf("postgres: timeline: %w", err)
	}
	return out, nil
}

// Recent returns the reports, as Timeline has them from from, of the
// links (player, club; not his current club) that have a report counting
// from since or later: dated on or after since's day, or undated and
// ingested since then.
func (s *Store) Recent(ctx context.Context, since, from time.Time) ([]knowledge.Report, error) {
	since = since.UTC()
	out, err := s.reports(ctx, `WITH recent (player_id, club_id) AS (
			SELECT player_id, club_id FROM links WHERE pub_key >= $1
			UNION
			SELECT l.player_id, l.club_id FROM articles a JOIN links l ON l.article_id = a.id
			WHERE a.pub_key = 0 AND a.ingested_at >= $2)
		`+timelineColumns+` JOIN recent r ON r.player_id = l.player_id AND r.club_id = l.club_id
		WHERE (`+knowledge.NotOwnClubSQL("l.club_id")+` OR `+knowledge.MovedToSQL+`) AND (l.pub_key >= $3 OR l.pub_key = 0)`,
		knowledge.DateKey(facts.DateOf(since)), since.Truncate(time.Second), fromKey(from))
	if err != nil {
		return nil, fmt.Errorf("postgres: recent: %w", err)
	}
	return out, nil
}

// HotHeads returns up to n links (after the head after; the zero
// LinkHead: from the first) whose newest
// report has the stage of strength and counts from the day fromKey (a
// date key) or later, newest first: from the index suitors_hot.
func (s *Store) HotHeads(ctx context.Context, strength int, fromKey int64, n int, after knowledge.LinkHead) ([]knowledge.LinkHead, error) {
	if after.First() {
		after.CountsKey, after.PlayerID, after.ClubID = math.MaxInt32, math.MaxInt64, math.MaxInt64
	}
	rows, err := s.pool.Query(ctx, knowledge.HotHeadsSQL,
		strength, fromKey, n, after.CountsKey, after.PlayerID, after.ClubID)
	if err != nil {
		return nil, fmt.Errorf("postgres: hot heads: %w", err)
	}
	lists := knowledge.SourceLists{}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.LinkHead, error) {
		var h knowledge.LinkHead
		var srcs []byte
		if err := row.Scan(&h.PlayerID, &h.ClubID, &h.CountsKey, &h.Player, &h.Club, &srcs); err != nil {
			return h, err
		}
		var err error
		h.Sources, err = lists.Decode(srcs)
		return h, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: hot heads: %w", err)
	}
	return out, nil
}

// DoneUndatedSince returns the links with a completed move reported by
// an undated article ingested since then: what Recent holds besides the
// links whose newest report counts from since on that can be hot (a
// completed move does not cool).
func (s *Store) DoneUndatedSince(ctx context.Context, since time.Time) ([]knowledge.LinkKey, error) {
	rows, err := s.pool.Query(ctx, `SELECT DISTINCT l.player_id, l.club_id FROM links l JOIN articles a ON a.id = l.article_id
		WHERE l.stage = 'done' AND l.pub_key = 0 AND a.ingested_at >= $1`, since.UTC().Truncate(time.Second))
	if err != nil {
		return nil, fmt.Errorf("postgres: done undated: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.LinkKey, error) {
		var k knowledge.LinkKey
		err := row.Scan(&k.PlayerID, &k.ClubID)
		return k, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: done undated: %w", err)
	}
	return out, nil
}

// HeatReports returns, of the reports Timeline returns of player
// playerID's links from from (playerID not 0), or of those LinkReports
// returns of links, the few heat computes each link from
// (knowledge.HeatReportIDsSQL), in no order.
func (s *Store) HeatReports(ctx context.Context, playerID int64, links []knowledge.LinkKey, from time.Time) ([]knowledge.Report, error) {
	asked, args := `SELECT player_id, club_id FROM suitors WHERE player_id = $2`, []any{fromKey(from), playerID}
	if playerID == 0 {
		players, clubs := make([]int64, len(links)), make([]int64, len(links))
		for i, k := range links {
			players[i], clubs[i] = k.PlayerID, k.ClubID
		}
		asked, args = `SELECT * FROM unnest($2::bigint[], $3::bigint[])`, []any{fromKey(from), players, clubs}
	}
	out, err := s.reports(ctx, knowledge.HeatReportIDsSQL(asked)+`SELECT l.id, i.player, i.club, l.stage, '', l.published, l.source, '',
		a.ingested_at, a.bound_key, l.article_id, `+knowledge.NoLinkFeeColumns+`
		FROM ids i JOIN links l ON l.id = i.id JOIN articles a ON a.id = l.article_id
		WHERE l.pub_key >= $1 OR l.pub_key = 0`, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: heat reports: %w", err)
	}
	return out, nil
}

// StoryChanges returns the changes of player playerID's links that
// Timeline has the reports of, in the newest months (at most months; all
// when 0) in which one changed, and how many months had a change in
// all: from link_months, without reading the reports.
func (s *Store) StoryChanges(ctx context.Context, playerID int64, months int) ([]knowledge.LinkChange, int, error) {
	rows, err := s.pool.Query(ctx, knowledge.StoryChangesSQL, playerID, knowledge.StoryMonths(months))
	if err != nil {
		return nil, 0, fmt.Errorf("postgres: story: %w", err)
	}
	total := 0
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.LinkChange, error) {
		var c knowledge.LinkChange
		var month int64
		err := row.Scan(&month, &c.Club, &c.Stage, &c.Source, &c.FirstKey, &c.FirstID, &total)
		c.Month = knowledge.MonthOfKey(month)
		return c, err
	})
	if err != nil {
		return nil, 0, fmt.Errorf("postgres: story: %w", err)
	}
	if out == nil {
		out = []knowledge.LinkChange{}
	}
	return out, total, nil
}

// LinkReports returns the reports of links as Recent has them from from:
// not a player's link with his current club (but the move that made it
// his), dated from from's day on or undated.
func (s *Store) LinkReports(ctx context.Context, links []knowledge.LinkKey, from time.Time) ([]knowledge.Report, error) {
	if len(links) == 0 {
		return []knowledge.Report{}, nil
	}
	players, clubs := make([]int64, len(links)), make([]int64, len(links))
	for i, k := range links {
		players[i], clubs[i] = k.PlayerID, k.ClubID
	}
	out, err := s.reports(ctx, timelineColumns+`
		WHERE (l.player_id, l.club_id) IN (SELECT * FROM unnest($1::bigint[], $2::bigint[]))
		AND (`+knowledge.NotOwnClubSQL("l.club_id")+` OR `+knowledge.MovedToSQL+`) AND (l.pub_key >= $3 OR l.pub_key = 0)`,
		players, clubs, fromKey(from))
	if err != nil {
		return nil, fmt.Errorf("postgres: link reports: %w", err)
	}
	return out, nil
}

// HeatLinks returns what heat computes each link of player playerID
// from, of the reports Timeline returns from from: its newest report and
// the sources its reports name, read from link_sources without reading
// the other reports (knowledge.HeatLinksSQL), or every report of a link
// one of which ended a pursuit; in no order.
func (s *Store) HeatLinks(ctx context.Context, playerID int64, from time.Time) ([]knowledge.HeatLink, error) {
	rows, err := s.pool.Query(ctx, knowledge.HeatLinksSQL(`json_agg(DISTINCT ls.source)::text`)+`SELECT h.player_id, h.club_id, l.id, h.player, h.club, l.stage,
		l.published, l.source, a.ingested_at, a.bound_key, l.article_id, h.sources, h.ended
		FROM heads h JOIN links l ON l.id = h.id JOIN articles a ON a.id = l.article_id`, fromKey(from), playerID)
	if err != nil {
		return nil, fmt.Errorf("postgres: heat links: %w", err)
	}
	var ended []bool
	lists := knowledge.SourceLists{}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.HeatLink, error) {
		var h knowledge.HeatLink
		var published string
		var bound int64
		var srcs []byte
		var e int
		r := &h.Newest
		if err := row.Scan(&h.PlayerID, &h.ClubID, &r.LinkID, &r.Player, &r.Club, &r.Stage, &published, &r.Source,
			&r.Ingested, &bound, &r.ArticleID, &srcs, &e); err != nil {
			return h, err
		}
		r.Published, r.Bound, r.Ingested = knowledge.ParseStoredDate(published), knowledge.KeyDate(bound), r.Ingested.UTC()
		ended = append(ended, e == 1)
		var err error
		h.Sources, err = lists.Decode(srcs)
		return h, err
	})
	if err == nil {
		out, err = knowledge.WithEndedReports(ctx, out, ended, func(ctx context.Context, links []knowledge.LinkKey) ([]knowledge.Report, error) {
			return s.LinkReports(ctx, links, from)
		})
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: heat links: %w", err)
	}
	return out, nil
}
