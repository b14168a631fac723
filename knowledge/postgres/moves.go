package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/mercato-bot/mercato/knowledge"
)

// Moves returns up to n completed moves, newest first (undated last), of
// a player and/or of a club (buyer or seller) when their ids are not 0.
func (s *Store) Moves(ctx context.Context, n int, playerID, clubID int64) ([]knowledge.Move, error) {
	if n <= 0 {
		return []knowledge.Move{}, nil
	}
	rows, err := s.pool.Query(ctx, knowledge.MovesSQL(playerID, clubID), playerID, clubID, n)
	if err != nil {
		return nil, fmt.Errorf("postgres: moves: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (knowledge.Move, error) {
		var m knowledge.Move
		var published string
		var fee knowledge.MoveFee
		err := row.Scan(&m.Player, &m.Club, &m.FromClub, &published, &m.Source, &m.Ingested,
			&fee.Amount, &fee.Currency, &fee.Kind, &fee.Status)
		m.Published = knowledge.ParseStoredDate(published)
		m.Ingested = m.Ingested.UTC()
		m.Fee = fee.Fee(m.Club)
		return m, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: moves: %w", err)
	}
	if out == nil {
		out = []knowledge.Move{}
	}
	return out, nil
}
