package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/mercato-bot/mercato/knowledge"
)

// Subscribe stores a subscription; subscribing twice to the same thing
// returns the existing one, with the new language and time of day when
// given. An empty Filter means FilterAll. A follow starts after the links
// known now.
func (s *Store) Subscribe(ctx context.Context, sub knowledge.Subscription) (knowledge.Subscription, error) {
	sub, err := knowledge.CheckSubscription(sub)
	if err != nil {
		return knowledge.Subscription{}, fmt.Errorf("postgres: subscribe: %w", err)
	}
	var id int64
	err = s.tx(ctx, func(tx pgx.Tx) error {
		return tx.QueryRow(ctx, `INSERT INTO subscriptions AS s
			(platform, chat, kind, filter, filter_id, filter_name, lang, deliver_at, watermark, created)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $9,
				CASE WHEN $3 = 'follow' THEN (SELECT coalesce(max(id), 0) FROM links) ELSE 0 END, $8)
			ON CONFLICT (platform, chat, kind, filter, filter_id) DO UPDATE
			SET lang = CASE WHEN excluded.lang <> '' THEN excluded.lang ELSE s.lang END,
				deliver_at = CASE WHEN excluded.deliver_at <> '' THEN excluded.deliver_at ELSE s.deliver_at END
			RETURNING id`,
			sub.Platform, sub.Chat, string(sub.Kind), string(sub.Filter), sub.FilterID, sub.FilterName,
			knowledge.Clip(sub.Lang, 8), s.now().UTC(), sub.At).Scan(&id)
	})
	if err != nil {
		return knowledge.Subscription{}, fmt.Errorf("postgres: subscribe: %w", err)
	}
	subs, err := s.subscriptions(ctx, `id = $1`, id)
	if err != nil || len(subs) == 0 {
		return knowledge.Subscription{}, fmt.Errorf("postgres: subscribe: %w", errors.Join(err, knowledge.ErrNotFound))
	}
	return subs[0], nil
}

// Unsubscribe removes the chat's subscriptions of kind (empty = any kind)
// and returns how many were removed.
func (s *Store) Unsubscribe(ctx context.Context, platform, chat string, kind knowledge.SubKind) (int, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM subscriptions
		WHERE platform = $1 AND chat = $2 AND ($3 = '' OR kind = $3)`, platform, chat, string(kind))
	if err != nil {
		return 0, fmt.Errorf("postgres: unsubscribe: %w", err)
	}
	return int(tag.RowsAffected()), nil
}

// DeleteSubscription removes one subscription, or returns ErrNotFound.
func (s *Store) DeleteSubscription(ctx context.Context, id int64) error {
	if err := s.execOne(ctx, `DELETE FROM subscriptions WHERE id = $1`, id); err != nil {
		return fmt.Errorf("postgres: delete subscription: %w", err)
	}
	return nil
}

// Subscriptions lists a chat's subscriptions; an empty chat lists every
// subscription of the platform, an empty platform every subscription.
// They come in the order they were made.
func (s *Store) Subscriptions(ctx context.Context, platform, chat string) ([]knowledge.Subscription, error) {
	f := filter{}
	if platform != "" {
		f.add("platform = ?", platform)
		if chat != "" {
			f.add("chat = ?", chat)
		}
	}
	out, err := s.subscriptions(ctx, f.where(), f.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: subscriptions: %w", err)
	}
	return out, nil
}

func (s *Store) subscriptions(ctx context.Context, where string, args ...any) ([]knowledge.Subscription, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, platform, chat, kind, filter, filter_id, filter_name, lang,
		deliver_at, watermark, created FROM subscriptions WHERE `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.Subscription, error) {
		var sub knowledge.Subscription
		err := row.Scan(&sub.ID, &sub.Platform, &sub.Chat, &sub.Kind, &sub.Filter, &sub.FilterID,
			&sub.FilterName, &sub.Lang, &sub.At, &sub.Watermark, &sub.Created)
		sub.Created = sub.Created.UTC()
		return sub, err
	})
}

// DigestReports returns the reports a digest subscription has not had yet
// (LinkID above its watermark, matching its filter), at most n, strongest
// stage first, then most recent; a first digest covers what is known now.
// A player's link with his current club is left out.
func (s *Store) DigestReports(ctx context.Context, sub knowledge.Subscription, n int) ([]knowledge.Report, error) {
	if n <= 0 {
		return []knowledge.Report{}, nil
	}
	f := filter{conds: []string{"(" + knowledge.NotOwnClubSQL("l.club_id") + " OR l.stage = 'done')"}}
	if sub.Watermark > 0 { // else the order's index serves a first digest
		f.add("l.id > ?", sub.Watermark)
	}
	switch sub.Filter {
	case knowledge.FilterPlayer:
		f.add("l.player_id = ?", sub.FilterID)
	case knowledge.FilterClub:
		f.add("l.club_id = ?", sub.FilterID)
	}
	query := reportColumns + ` WHERE ` + f.where() + ` ORDER BY l.strength DESC, l.pub_key DESC, l.id DESC LIMIT ` + f.next(n)
	out, err := s.reports(ctx, query, f.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: digest: %w", err)
	}
	return out, nil
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
	about := `l.player_id = $2`
	if sub.Filter == knowledge.FilterClub {
		about = `(l.club_id = $2 OR p.current_club_id = $2 OR EXISTS (SELECT 1 FROM mentions m
			WHERE m.player_id = l.player_id AND m.article_id = l.article_id AND m.from_club_id = $2))`
	}
	out, err := s.reports(ctx, `WITH fresh AS (
			SELECT l.id, l.player_id, l.club_id FROM links l JOIN players p ON p.id = l.player_id
			WHERE l.id > $1 AND `+about+` ORDER BY l.id LIMIT $3)
		`+reportColumns+`
		WHERE (l.player_id, l.club_id) IN (SELECT player_id, club_id FROM fresh)
			AND l.id <= (SELECT max(id) FROM fresh)
		ORDER BY l.id`, sub.Watermark, sub.FilterID, n)
	if err != nil {
		return nil, fmt.Errorf("postgres: follow: %w", err)
	}
	return out, nil
}

// LastLinkID returns the LinkID of the newest link stored, 0 when none:
// the watermark that marks everything known as delivered.
func (s *Store) LastLinkID(ctx context.Context) (int64, error) {
	var id int64
	if err := s.pool.QueryRow(ctx, `SELECT coalesce(max(id), 0) FROM links`).Scan(&id); err != nil {
		return 0, fmt.Errorf("postgres: last link: %w", err)
	}
	return id, nil
}

// SetWatermark records that a digest subscription has had every link up
// to linkID. A watermark never moves back. An unknown subscription is
// ErrNotFound.
func (s *Store) SetWatermark(ctx context.Context, subID, linkID int64) error {
	err := s.execOne(ctx, `UPDATE subscriptions SET watermark = greatest(watermark, $1) WHERE id = $2`, linkID, subID)
	if err != nil {
		return fmt.Errorf("postgres: set watermark: %w", err)
	}
	return nil
}

// RewindWatermark moves a digest subscription's watermark back from
// claimed to back, when a digest claimed with SetWatermark could not be
// delivered. A watermark moved on since is left alone. An unknown
// subscription is ErrNotFound.
func (s *Store) RewindWatermark(ctx context.Context, subID, claimed, back int64) error {
	var exists bool
	err := s.pool.QueryRow(ctx, `WITH moved AS (
			UPDATE subscriptions SET watermark = $3 WHERE id = $1 AND watermark = $2 RETURNING id)
		SELECT EXISTS (SELECT 1 FROM subscriptions WHERE id = $1)`, subID, claimed, back).Scan(&exists)
	if err == nil && !exists {
		err = knowledge.ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("postgres: rewind watermark: %w", err)
	}
	return nil
}

// ReminderSent reports whether the reminder for (subscription, player, threshold) went out.
func (s *Store) ReminderSent(ctx context.Context, subID int64, player string, days int) (bool, error) {
	var sent bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM reminders_sent
		WHERE sub_id = $1 AND player = $2 AND days = $3)`, subID, player, days).Scan(&sent)
	if err != nil {
		return false, fmt.Errorf("postgres: reminder sent: %w", err)
	}
	return sent, nil
}

// MarkReminder records that the reminder for (subscription, player,
// threshold) went out; marking it again changes nothing. An unknown
// subscription is ErrNotFound.
func (s *Store) MarkReminder(ctx context.Context, subID int64, player string, days int) error {
	var exists bool
	err := s.pool.QueryRow(ctx, `WITH marked AS (
			INSERT INTO reminders_sent (sub_id, player, days, sent_at)
			SELECT id, $2, $3, $4 FROM subscriptions WHERE id = $1
			ON CONFLICT DO NOTHING RETURNING 1)
		SELECT EXISTS (SELECT 1 FROM subscriptions WHERE id = $1)`, subID, player, days, s.now().UTC()).Scan(&exists)
	if err == nil && !exists {
		err = knowledge.ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("postgres: mark reminder: %w", err)
	}
	return nil
}

// UnmarkReminder forgets that the reminder for (subscription, player,
// threshold) went out, when one claimed with MarkReminder could not be
// delivered. Forgetting one not marked changes nothing.
func (s *Store) UnmarkReminder(ctx context.Context, subID int64, player string, days int) error {
	_, err := s.pool.Exec(ctx, `DELETE FROM reminders_sent WHERE sub_id = $1 AND player = $2 AND days = $3`, subID, player, days)
	if err != nil {
		return fmt.Errorf("postgres: unmark reminder: %w", err)
	}
	return nil
}
