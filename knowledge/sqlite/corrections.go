package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// Correct stores a correction of the player named c.Player, matched by
// his folded name so that it outlives his articles.
func (s *Store) Correct(ctx context.Context, c knowledge.Correction) (knowledge.Correction, error) {
	c, err := knowledge.CheckCorrection(c)
	if err != nil {
		return knowledge.Correction{}, fmt.Errorf("sqlite: correct: %w", err)
	}
	c.Created = s.now().UTC()
	err = s.writeTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO corrections
			(kind, player_fold, player, club, contract, author, platform, created)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			c.Kind, text.Fold(c.Player), c.Player, c.Club, c.Contract.String(), c.Author, c.Platform,
			c.Created.Format(time.RFC3339Nano))
		if err != nil {
			return err
		}
		c.ID, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return knowledge.Correction{}, fmt.Errorf("sqlite: correct: %w", err)
	}
	return s.correction(ctx, c.ID)
}

// Undo marks a correction undone by author on platform.
func (s *Store) Undo(ctx context.Context, id int64, author, platform string) (knowledge.Correction, error) {
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		var undone string
		err := tx.QueryRowContext(ctx, `SELECT undone FROM corrections WHERE id = ?`, id).Scan(&undone)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return knowledge.ErrNotFound
		case err != nil:
			return err
		case undone != "":
			return knowledge.ErrUndone
		}
		_, err = tx.ExecContext(ctx, `UPDATE corrections SET undone_by = ?, undone_platform = ?, undone = ?
			WHERE id = ?`, knowledge.Clip(author, 100), knowledge.Clip(platform, 32),
			s.now().UTC().Format(time.RFC3339Nano), id)
		return err
	})
	if err != nil {
		return knowledge.Correction{}, fmt.Errorf("sqlite: undo: %w", err)
	}
	return s.correction(ctx, id)
}

// Corrections lists the corrections of a player (every player's when
// playerID is 0), newest first, only those in force when active.
func (s *Store) Corrections(ctx context.Context, playerID int64, active bool) ([]knowledge.Correction, error) {
	where, args := "1", []any{}
	if playerID != 0 {
		where, args = "k.player_fold = (SELECT fold FROM players WHERE id = ?)", append(args, playerID)
	}
	if active {
		where += " AND k.undone = ''"
	}
	out, err := s.corrections(ctx, where, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: corrections: %w", err)
	}
	return out, nil
}

// correction reads one correction back.
func (s *Store) correction(ctx context.Context, id int64) (knowledge.Correction, error) {
	cs, err := s.corrections(ctx, "k.id = ?", id)
	if err != nil || len(cs) == 0 {
		return knowledge.Correction{}, fmt.Errorf("sqlite: correction: %w", errors.Join(err, knowledge.ErrNotFound))
	}
	return cs[0], nil
}

// corrections reads the corrections that match where (on corrections k),
// newest first, each with the player of that folded name now stored.
func (s *Store) corrections(ctx context.Context, where string, args ...any) ([]knowledge.Correction, error) {
	rows, err := s.query(ctx, `SELECT k.id, k.kind, coalesce(p.id, 0), coalesce(p.name, k.player), k.club,
		k.contract, k.author, k.platform, k.created, k.undone_by, k.undone_platform, k.undone
		FROM corrections k LEFT JOIN players p ON p.fold = k.player_fold
		WHERE `+where+` ORDER BY k.id DESC`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []knowledge.Correction{}
	for rows.Next() {
		var c knowledge.Correction
		var contract, created, undone string
		if err := rows.Scan(&c.ID, &c.Kind, &c.PlayerID, &c.Player, &c.Club, &contract, &c.Author, &c.Platform,
			&created, &c.UndoneBy, &c.UndonePlatform, &undone); err != nil {
			return nil, err
		}
		c.Contract = knowledge.ParseStoredDate(contract)
		c.Created, _ = time.Parse(time.RFC3339Nano, created)
		c.Undone, _ = time.Parse(time.RFC3339Nano, undone)
		out = append(out, c)
	}
	return out, rows.Err()
}
