package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// NewestDate returns the date of the newest dated report, the time heat
// and "older links" are computed as of; the zero Date when none is dated.
func (s *Store) NewestDate(ctx context.Context) (facts.Date, error) {
	var published string
	err := s.queryRow(ctx, `SELECT published FROM links WHERE pub_key > 0 ORDER BY pub_key DESC LIMIT 1`).Scan(&published)
	if errors.Is(err, sql.ErrNoRows) {
		return facts.Date{}, nil
	}
	if err != nil {
		return facts.Date{}, fmt.Errorf("sqlite: newest date: %w", err)
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
// which heat and timelines do not read, and with the ingestion time and
// the bound of undated reports only: links_timeline covers the rest.
const timelineColumns = `SELECT l.id, p.name, c.name, l.stage, '', l.published, l.source, '',
	CASE WHEN l.pub_key = 0 THEN (SELECT a.ingested_at FROM articles a WHERE a.id = l.article_id) ELSE '' END,
	CASE WHEN l.pub_key = 0 THEN (SELECT a.bound_key FROM articles a WHERE a.id = l.article_id) ELSE 0 END,
	l.article_id, ` + knowledge.NoLinkFeeColumns + `
	FROM links l JOIN players p ON p.id = l.player_id JOIN clubs c ON c.id = l.club_id`

// Timeline returns the reports of a player's links but the one with his
// current club, oldest first (undated first, then by date and article),
// without their sentences and URLs; a dated report's Ingested is zero.
// With from not zero, only the reports dated from its day on, and the
// undated ones.
func (s *Store) Timeline(ctx context.Context, playerID int64, from time.Time) ([]knowledge.Report, error) {
	rows, err := s.query(ctx, timelineColumns+` WHERE l.player_id = ? AND (`+knowledge.NotOwnClubSQL("l.club_id")+` OR `+knowledge.MovedToSQL+`)
		AND (l.pub_key >= ? OR l.pub_key = 0)
		ORDER BY l.pub_key, l.article_id, l.id`, playerID, fromKey(from))
	if err != nil {
		return nil, fmt.Errorf("sqlite: timeline: %w", err)
	}
	out, err := scanReports(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: timeline: %w", err)
	}
	return out, nil
}

// Recent returns the reports, as Timeline has them from from, of the
// links (player, club; not his current club) that have a report counting
// from since or later: dated on or after since's day, or undated and
// ingested since then.
func (s *Store) Recent(ctx context.Context, since, from time.Time) ([]knowledge.Report, error) {
	since = since.UTC()
	rows, err := s.query(ctx, `WITH recent(player_id, club_id) AS (
			SELECT player_id, club_id FROM links WHERE pub_key >= ?1
			UNION
			SELECT l.player_id, l.club_id FROM articles a JOIN links l ON l.article_id = a.id
			WHERE a.pub_key = 0 AND a.ingested_at >= ?2)
		`+timelineColumns+` JOIN recent r ON r.player_id = l.player_id AND r.club_id = l.club_id
		WHERE (`+knowledge.NotOwnClubSQL("l.club_id")+` OR `+knowledge.MovedToSQL+`) AND (l.pub_key >= ?3 OR l.pub_key = 0)`,
		knowledge.DateKey(facts.DateOf(since)), since.Format("2006-01-02T15:04:05"), fromKey(from))
	if err != nil {
		return nil, fmt.Errorf("sqlite: recent: %w", err)
	}
	out, err := scanReports(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: recent: %w", err)
	}
	return out, nil
}

// HotHeads returns up to n links (after the head after; the zero
// LinkHead: from the first) whose newest
// report has the stage of strength and counts from the day fromKey (a
// date key) or later, newest first: from the index suitors_hot alone.
func (s *Store) HotHeads(ctx context.Context, strength int, fromKey int64, n int, after knowledge.LinkHead) ([]knowledge.LinkHead, error) {
	if after.First() {
		after.CountsKey, after.PlayerID, after.ClubID = math.MaxInt32, math.MaxInt64, math.MaxInt64
	}
	rows, err := s.query(ctx, numbered(knowledge.HotHeadsSQL),
		strength, fromKey, n, after.CountsKey, after.PlayerID, after.ClubID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: hot heads: %w", err)
	}
	defer rows.Close()
	var out []knowledge.LinkHead
	lists := knowledge.SourceLists{}
	for rows.Next() {
		var h knowledge.LinkHead
		var srcs []byte
		if err := rows.Scan(&h.PlayerID, &h.ClubID, &h.CountsKey, &h.Player, &h.Club, &srcs); err != nil {
			return nil, fmt.Errorf("sqlite: hot heads: %w", err)
		}
		if h.Sources, err = lists.Decode(srcs); err != nil {
			return nil, fmt.Errorf("sqlite: hot heads: %w", err)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: hot heads: %w", err)
	}
	return out, nil
}

// DoneUndatedSince returns the links with a completed move reported by
// an undated article ingested since then: what Recent holds besides the
// links whose newest report counts from since on that can be hot (a
// completed move does not cool).
func (s *Store) DoneUndatedSince(ctx context.Context, since time.Time) ([]knowledge.LinkKey, error) {
	rows, err := s.query(ctx, `SELECT DISTINCT l.player_id, l.club_id FROM links l INDEXED BY links_done
		JOIN articles a ON a.id = l.article_id
		WHERE l.stage = 'done' AND l.pub_key = 0 AND a.ingested_at >= ?`, since.UTC().Format("2006-01-02T15:04:05"))
	if err != nil {
		return nil, fmt.Errorf("sqlite: done undated: %w", err)
	}
	defer rows.Close()
	var out []knowledge.LinkKey
	for rows.Next() {
		var k knowledge.LinkKey
		if err := rows.Scan(&k.PlayerID, &k.ClubID); err != nil {
			return nil, fmt.Errorf("sqlite: done undated: %w", err)
		}
		out = append(out, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: done undated: %w", err)
	}
	return out, nil
}

// LinkReports returns the reports of links as Recent has them from from:
// not a player's link with his current club (but the move that made it
// his), dated from from's day on or undated.
func (s *Store) LinkReports(ctx context.Context, links []knowledge.LinkKey, from time.Time) ([]knowledge.Report, error) {
	if len(links) == 0 {
		return []knowledge.Report{}, nil
	}
	list, err := linkList(links)
	if err != nil {
		return nil, fmt.Errorf("sqlite: link reports: %w", err)
	}
	// Driven by the list: SQLite reads each link's reports by its index.
	from1 := strings.Replace(timelineColumns, "FROM links l", `FROM json_each(?1) j
		JOIN links l ON l.player_id = j.value ->> 0 AND l.club_id = j.value ->> 1`, 1)
	rows, err := s.query(ctx, from1+`
		WHERE (`+knowledge.NotOwnClubSQL("l.club_id")+` OR `+knowledge.MovedToSQL+`) AND (l.pub_key >= ?2 OR l.pub_key = 0)`,
		list, fromKey(from))
	if err != nil {
		return nil, fmt.Errorf("sqlite: link reports: %w", err)
	}
	out, err := scanReports(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: link reports: %w", err)
	}
	return out, nil
}

// heatColumns are the columns scanHeat reads of the reports of ids i
// (knowledge.HeatReportIDsSQL), which name their player and club: those
// heat reads, no sentence, URL or fee; an undated report's article is
// read once, a dated one's not at all.
const heatColumns = `SELECT l.id, i.player, i.club, l.stage, l.published, l.source,
	coalesce(a.ingested_at, ''), coalesce(a.bound_key, 0), l.article_id
	FROM ids i CROSS JOIN links l ON l.id = i.id LEFT JOIN articles a ON a.id = l.article_id AND l.pub_key = 0`

// scanHeat reads the rows of heatColumns as scanReports reads those of
// timelineColumns: nine columns a row rather than nineteen.
func scanHeat(rows *sql.Rows) ([]knowledge.Report, error) {
	var r knowledge.Report
	var d reportDates
	dest := []any{&r.LinkID, &r.Player, &r.Club, &r.Stage, &d.published, &r.Source, &d.ingested, &d.bound, &r.ArticleID}
	return scanInto(rows, &r, &d, dest, nil)
}

// HeatReports returns, of the reports Timeline returns of player
// playerID's links from from (playerID not 0), or of those LinkReports
// returns of links, the few heat computes each link from
// (knowledge.HeatReportIDsSQL), in no order.
func (s *Store) HeatReports(ctx context.Context, playerID int64, links []knowledge.LinkKey, from time.Time) ([]knowledge.Report, error) {
	asked, arg := `SELECT player_id, club_id FROM suitors WHERE player_id = ?1`, any(playerID)
	if playerID == 0 {
		list, err := linkList(links)
		if err != nil {
			return nil, fmt.Errorf("sqlite: heat reports: %w", err)
		}
		asked, arg = `SELECT j.value ->> 0, j.value ->> 1 FROM json_each(?1) j`, list
	}
	// Driven by the ids: SQLite reads each report by its key.
	rows, err := s.query(ctx, knowledge.HeatReportIDsSQL(asked)+heatColumns+`
		WHERE l.pub_key >= ?2 OR l.pub_key = 0`, arg, fromKey(from))
	if err != nil {
		return nil, fmt.Errorf("sqlite: heat reports: %w", err)
	}
	out, err := scanHeat(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: heat reports: %w", err)
	}
	return out, nil
}

// linkList is links as a JSON array of [player, club] pairs, for json_each.
func linkList(links []knowledge.LinkKey) (string, error) {
	pairs := make([][2]int64, len(links))
	for i, k := range links {
		pairs[i] = [2]int64{k.PlayerID, k.ClubID}
	}
	list, err := json.Marshal(pairs)
	return string(list), err
}

// StoryChanges returns the changes of player playerID's links that
// Timeline has the reports of, in the newest months (at most months; all
// when 0) in which one changed, and how many months had a change in
// all: from link_months, without reading the reports.
func (s *Store) StoryChanges(ctx context.Context, playerID int64, months int) ([]knowledge.LinkChange, int, error) {
	rows, err := s.query(ctx, numbered(knowledge.StoryChangesSQL), playerID, knowledge.StoryMonths(months))
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: story: %w", err)
	}
	defer rows.Close()
	out, total := []knowledge.LinkChange{}, 0
	var c knowledge.LinkChange
	var month int64
	dest := []any{&month, &c.Club, &c.Stage, &c.Source, &c.FirstKey, &c.FirstID, &total}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, 0, fmt.Errorf("sqlite: story: %w", err)
		}
		c.Month = knowledge.MonthOfKey(month)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("sqlite: story: %w", err)
	}
	return out, total, nil
}

// HeatLinks returns what heat computes each link of player playerID
// from, of the reports Timeline returns from from: its newest report and
// the sources its reports name, read from link_sources without reading
// the other reports (knowledge.HeatLinksSQL), or every report of a link
// one of which ended a pursuit; in no order.
func (s *Store) HeatLinks(ctx context.Context, playerID int64, from time.Time) ([]knowledge.HeatLink, error) {
	// Driven by the heads: SQLite reads each newest report by its key,
	// and the article of an undated one only.
	rows, err := s.query(ctx, numbered(knowledge.HeatLinksSQL(`json_group_array(DISTINCT ls.source)`))+`SELECT h.player_id, h.club_id, l.id, h.player, h.club, l.stage, l.published, l.source,
		coalesce(a.ingested_at, ''), coalesce(a.bound_key, 0), l.article_id, h.sources, h.ended
		FROM heads h CROSS JOIN links l ON l.id = h.id LEFT JOIN articles a ON a.id = l.article_id AND l.pub_key = 0`,
		fromKey(from), playerID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: heat links: %w", err)
	}
	defer rows.Close()
	var out []knowledge.HeatLink
	var ended []bool
	lists := knowledge.SourceLists{}
	for rows.Next() {
		var h knowledge.HeatLink
		var d reportDates
		var srcs []byte
		var e int
		r := &h.Newest
		if err := rows.Scan(&h.PlayerID, &h.ClubID, &r.LinkID, &r.Player, &r.Club, &r.Stage, &d.published, &r.Source,
			&d.ingested, &d.bound, &r.ArticleID, &srcs, &e); err != nil {
			return nil, fmt.Errorf("sqlite: heat links: %w", err)
		}
		d.set(r)
		if h.Sources, err = lists.Decode(srcs); err != nil {
			return nil, fmt.Errorf("sqlite: heat links: %w", err)
		}
		out, ended = append(out, h), append(ended, e == 1)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: heat links: %w", err)
	}
	out, err = knowledge.WithEndedReports(ctx, out, ended, func(ctx context.Context, links []knowledge.LinkKey) ([]knowledge.Report, error) {
		return s.LinkReports(ctx, links, from)
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: heat links: %w", err)
	}
	return out, nil
}
