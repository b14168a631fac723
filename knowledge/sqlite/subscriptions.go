package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
)

// Subscribe stores a subscription; subscribing twice to the same thing
// returns the existing one, with the new language and time of day when
// given. An empty Filter means FilterAll. A follow starts after the links
// known now.
func (s *Store) Subscribe(ctx context.Context, sub knowledge.Subscription) (knowledge.Subscription, error) {
	sub, err := knowledge.CheckSubscription(sub)
	if err != nil {
		return knowledge.Subscription{}, fmt.Errorf("sqlite: subscribe: %w", err)
	}
	err = s.writeTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO subscriptions
			(platform, chat, kind, filter, filter_id, filter_name, lang, deliver_at, watermark, created)
			VALUES (?, ?, ?3, ?, ?, ?, ?, ?,
				CASE WHEN ?3 = 'follow' THEN (SELECT coalesce(max(id), 0) FROM links) ELSE 0 END, ?)
			ON CONFLICT DO UPDATE SET
				lang = CASE WHEN excluded.lang <> '' THEN excluded.lang ELSE lang END,
				deliver_at = CASE WHEN excluded.deliver_at <> '' THEN excluded.deliver_at ELSE deliver_at END`,
			sub.Platform, sub.Chat, sub.Kind, sub.Filter, sub.FilterID, sub.FilterName, knowledge.Clip(sub.Lang, 8),
			sub.At, s.now().UTC().Format(time.RFC3339Nano))
		return err
	})
	if err != nil {
		return knowledge.Subscription{}, fmt.Errorf("sqlite: subscribe: %w", err)
	}
	subs, err := s.subscriptions(ctx, `platform = ? AND chat = ? AND kind = ? AND filter = ? AND filter_id = ?`,
		sub.Platform, sub.Chat, sub.Kind, sub.Filter, sub.FilterID)
	if err != nil || len(subs) == 0 {
		return knowledge.Subscription{}, fmt.Errorf("sqlite: subscribe: %w", errors.Join(err, knowledge.ErrNotFound))
	}
	return subs[0], nil
}

// Unsubscribe removes the chat's subscriptions of kind (empty = any kind)
// and returns how many were removed.
func (s *Store) Unsubscribe(ctx context.Context, platform, chat string, kind knowledge.SubKind) (int, error) {
	var n int64
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM subscriptions
			WHERE platform = ? AND chat = ? AND (?3 = '' OR kind = ?3)`, platform, chat, kind)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: unsubscribe: %w", err)
	}
	return int(n), nil
}

// DeleteSubscription removes one subscription, or returns ErrNotFound.
func (s *Store) DeleteSubscription(ctx context.Context, id int64) error {
	if err := s.execOne(ctx, `DELETE FROM subscriptions WHERE id = ?`, id); err != nil {
		return fmt.Errorf("sqlite: delete subscription: %w", err)
	}
	return nil
}

// execOne runs a statement that must change a row, in a write
// transaction; ErrNotFound when it changes none.
func (s *Store) execOne(ctx context.Context, query string, args ...any) error {
	return s.writeTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, query, args...)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return errors.Join(err, knowledge.ErrNotFound)
		}
		return nil
	})
}

// Subscriptions lists a chat's subscriptions; an empty chat lists every
// subscription of the platform, an empty platform every subscription.
// They come in the order they were made.
func (s *Store) Subscriptions(ctx context.Context, platform, chat string) ([]knowledge.Subscription, error) {
	var where []string
	var args []any
	if platform != "" {
		where, args = append(where, "platform = ?"), append(args, platform)
		if chat != "" {
			where, args = append(where, "chat = ?"), append(args, chat)
		}
	}
	if len(where) == 0 {
		where = []string{"1"}
	}
	out, err := s.subscriptions(ctx, strings.Join(where, " AND "), args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: subscriptions: %w", err)
	}
	return out, nil
}

func (s *Store) subscriptions(ctx context.Context, where string, args ...any) ([]knowledge.Subscription, error) {
	rows, err := s.query(ctx, `SELECT id, platform, chat, kind, filter, filter_id, filter_name, lang,
		deliver_at, watermark, created FROM subscriptions WHERE `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []knowledge.Subscription{}
	for rows.Next() {
		var sub knowledge.Subscription
		var created string
		if err := rows.Scan(&sub.ID, &sub.Platform, &sub.Chat, &sub.Kind, &sub.Filter, &sub.FilterID,
			&sub.FilterName, &sub.Lang, &sub.At, &sub.Watermark, &created); err != nil {
			return nil, err
		}
		sub.Created, _ = time.Parse(time.RFC3339Nano, created)
		out = append(out, sub)
	}
	return out, rows.Err()
}

// DigestReports returns the reports a digest subscription has not had yet
// (LinkID above its watermark, matching its filter), at most n, strongest
// stage first, then most recent; a first digest covers what is known now.
// A player's link with his current club is left out.
func (s *Store) DigestReports(ctx context.Context, sub knowledge.Subscription, n int) ([]knowledge.Report, error) {
	if n <= 0 {
		return []knowledge.Report{}, nil
	}
	query, args := digestQuery(sub, n)
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: digest: %w", err)
	}
	out, err := scanReports(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: digest: %w", err)
	}
	return out, nil
}

// digestQuery is the query of DigestReports.
func digestQuery(sub knowledge.Subscription, n int) (string, []any) {
	where := "(" + knowledge.NotOwnClubSQL("l.club_id") + " OR l.stage = 'done')"
	var args []any
	if sub.Watermark > 0 { // else the order's index serves a first digest
		where, args = where+" AND l.id > ?", append(args, sub.Watermark)
	}
	switch sub.Filter {
	case knowledge.FilterPlayer:
		where, args = where+" AND l.player_id = ?", append(args, sub.FilterID)
	case knowledge.FilterClub:
		where, args = where+" AND l.id IN ("+clubLinkIDsSQL+")", append(args, sub.FilterID)
	}
	order := ` ORDER BY l.strength DESC, l.pub_key DESC, l.id DESC LIMIT ?`
	if len(args) > 0 {
		order = unindexed(order)
	}
	return reportColumns + ` WHERE ` + where + order, append(args, n)
}

// FollowReports returns what a follow has not had yet: the reports above
// its watermark about its player or club (a club's: its links, its
// players' links elsewhere and the moves that took a player from it), at
// most n in LinkID order, and every earlier
// report of the same (player, club) links, so that the news can be told
// from what was known. They come in LinkID order.
func (s *Store) FollowReports(ctx context.Context, sub knowledge.Subscription, n int) ([]knowledge.Report, error) {
	if n <= 0 || sub.Filter == knowledge.FilterAll {
		return []knowledge.Report{}, nil
	}
	about := `l.player_id = ?2`
	if sub.Filter == knowledge.FilterClub {
		about = `(l.club_id = ?2 OR p.current_club_id = ?2 OR EXISTS (SELECT 1 FROM mentions m
			WHERE m.player_id = l.player_id AND m.article_id = l.article_id AND m.from_club_id = ?2))`
	}
	rows, err := s.query(ctx, `WITH fresh AS (
			SELECT l.id, l.player_id, l.club_id FROM links l JOIN players p ON p.id = l.player_id
			WHERE l.id > ?1 AND `+about+` ORDER BY l.id LIMIT ?3)
		`+reportColumns+`
		WHERE (l.player_id, l.club_id) IN (SELECT player_id, club_id FROM fresh)
			AND l.id <= (SELECT max(id) FROM fresh)
		ORDER BY l.id`, sub.Watermark, sub.FilterID, n)
	if err != nil {
		return nil, fmt.Errorf("sqlite: follow: %w", err)
	}
	out, err := scanReports(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: follow: %w", err)
	}
	return out, nil
}

// LastLinkID returns the LinkID of the newest link stored, 0 when none:
// the watermark that marks everything known as delivered.
func (s *Store) LastLinkID(ctx context.Context) (int64, error) {
	var id int64
	if err := s.queryRow(ctx, `SELECT coalesce(max(id), 0) FROM links`).Scan(&id); err != nil {
		return 0, fmt.Errorf("sqlite: last link: %w", err)
	}
	return id, nil
}

// SetWatermark records that a digest subscription has had every link up
// to linkID. A watermark never moves back. An unknown subscription is
// ErrNotFound.
func (s *Store) SetWatermark(ctx context.Context, subID, linkID int64) error {
	if err := s.execOne(ctx, `UPDATE subscriptions SET watermark = max(watermark, ?) WHERE id = ?`, linkID, subID); err != nil {
		return fmt.Errorf("sqlite: set watermark: %w", err)
	}
	return nil
}

// RewindWatermark moves a digest subscription's watermark back from
// claimed to back, when a digest claimed with SetWatermark could not be
// delivered. A watermark moved on since is left alone. An unknown
// subscription is ErrNotFound.
func (s *Store) RewindWatermark(ctx context.Context, subID, claimed, back int64) error {
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		if err := subscriptionExists(ctx, tx, subID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE subscriptions SET watermark = ? WHERE id = ? AND watermark = ?`, back, subID, claimed)
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlite: rewind watermark: %w", err)
	}
	return nil
}

// ReminderSent reports whether the reminder for (subscription, player, threshold) went out.
func (s *Store) ReminderSent(ctx context.Context, subID int64, player string, days int) (bool, error) {
	var n int
	err := s.queryRow(ctx, `SELECT count(*) FROM reminders_sent
		WHERE sub_id = ? AND player = ? AND days = ?`, subID, player, days).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("sqlite: reminder sent: %w", err)
	}
	return n > 0, nil
}

// MarkReminder records that the reminder for (subscription, player,
// threshold) went out; marking it again changes nothing. An unknown
// subscription is ErrNotFound.
func (s *Store) MarkReminder(ctx context.Context, subID int64, player string, days int) error {
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		if err := subscriptionExists(ctx, tx, subID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO reminders_sent (sub_id, player, days, sent_at)
			VALUES (?, ?, ?, ?)`, subID, player, days, s.now().UTC().Format(time.RFC3339Nano))
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlite: mark reminder: %w", err)
	}
	return nil
}

// UnmarkReminder forgets that the reminder for (subscription, player,
// threshold) went out, when one claimed with MarkReminder could not be
// delivered. Forgetting one not marked changes nothing.
func (s *Store) UnmarkReminder(ctx context.Context, subID int64, player string, days int) error {
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM reminders_sent WHERE sub_id = ? AND player = ? AND days = ?`, subID, player, days)
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlite: unmark reminder: %w", err)
	}
	return nil
}

// subscriptionExists returns ErrNotFound for an unknown subscription.
func subscriptionExists(ctx context.Context, tx *sql.Tx, id int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM subscriptions WHERE id = ?`, id).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return knowledge.ErrNotFound
	}
	return nil
}
