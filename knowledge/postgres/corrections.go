package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// Correct stores a correction of the player named c.Player, matched by
// his folded name so that it outlives his articles.
func (s *Store) Correct(ctx context.Context, c knowledge.Correction) (knowledge.Correction, error) {
	c, err := knowledge.CheckCorrection(c)
	if err != nil {
		return knowledge.Correction{}, fmt.Errorf("postgres: correct: %w", err)
	}
	var id int64
	err = s.pool.QueryRow(ctx, `INSERT INTO corrections
		(kind, player_fold, player, club, contract, author, platform, created)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
		string(c.Kind), text.Fold(c.Player), c.Player, c.Club, c.Contract.String(), c.Author, c.Platform,
		s.now().UTC()).Scan(&id)
	if err == nil {
		err = s.changed(ctx)
	}
	if err != nil {
		return knowledge.Correction{}, fmt.Errorf("postgres: correct: %w", err)
	}
	return s.correction(ctx, id)
}

// Undo marks a correction undone by author on platform.
func (s *Store) Undo(ctx context.Context, id int64, author, platform string) (knowledge.Correction, error) {
	err := s.tx(ctx, func(tx pgx.Tx) error {
		var undone *time.Time
		err := tx.QueryRow(ctx, `SELECT undone FROM corrections WHERE id = $1 FOR UPDATE`, id).Scan(&undone)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			return knowledge.ErrNotFound
		case err != nil:
			return err
		case undone != nil:
			return knowledge.ErrUndone
		}
		_, err = tx.Exec(ctx, `UPDATE corrections SET undone_by = $1, undone_platform = $2, undone = $3
			WHERE id = $4`, knowledge.Clip(author, 100), knowledge.Clip(platform, 32), s.now().UTC(), id)
		return err
	})
	if err == nil {
		err = s.changed(ctx)
	}
	if err != nil {
		return knowledge.Correction{}, fmt.Errorf("postgres: undo: %w", err)
	}
	return s.correction(ctx, id)
}

// Corrections lists the corrections of a player (every player's when
// playerID is 0), newest first, only those in force when active.
func (s *Store) Corrections(ctx context.Context, playerID int64, active bool) ([]knowledge.Correction, error) {
	out, err := s.corrections(ctx, `($1 = 0 OR k.player_fold = (SELECT fold FROM players WHERE id = $1))
		AND (NOT $2 OR k.undone IS NULL)`, playerID, active)
	if err != nil {
		return nil, fmt.Errorf("postgres: corrections: %w", err)
	}
	return out, nil
}

// correction reads one correction back.
func (s *Store) correction(ctx context.Context, id int64) (knowledge.Correction, error) {
	cs, err := s.corrections(ctx, "k.id = $1", id)
	if err != nil || len(cs) == 0 {
		return knowledge.Correction{}, fmt.Errorf("postgres: correction: %w", errors.Join(err, knowledge.ErrNotFound))
	}
	return cs[0], nil
}

// corrections reads the corrections that match where (on corrections k),
// newest first, each with the player of that folded name now stored.
func (s *Store) corrections(ctx context.Context, where string, args ...any) ([]knowledge.Correction, error) {
	rows, err := s.pool.Query(ctx, `SELECT k.id, k.kind, coalesce(p.id, 0), coalesce(p.name, k.player), k.club,
		k.contract, k.author, k.platform, k.created, k.undone_by, k.undone_platform, k.undone
		FROM corrections k LEFT JOIN players p ON p.fold = k.player_fold
		WHERE `+where+` ORDER BY k.id DESC`, args...)
	if err != nil {
		return nil, err
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.Correction, error) {
		var c knowledge.Correction
		var kind, contract string
		var undone *time.Time
		err := row.Scan(&c.ID, &kind, &c.PlayerID, &c.Player, &c.Club, &contract, &c.Author, &c.Platform,
			&c.Created, &c.UndoneBy, &c.UndonePlatform, &undone)
		c.Kind, c.Contract, c.Created = knowledge.CorrectionKind(kind), knowledge.ParseStoredDate(contract), c.Created.UTC()
		if undone != nil {
			c.Undone = undone.UTC()
		}
		return c, err
	})
	if out == nil {
		out = []knowledge.Correction{}
	}
	return out, err
}
