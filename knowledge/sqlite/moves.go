package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
)

// Moves returns up to n completed moves, newest first (undated last), of
// a player and/or of a club (buyer or seller) when their ids are not 0.
func (s *Store) Moves(ctx context.Context, n int, playerID, clubID int64) ([]knowledge.Move, error) {
	if n <= 0 {
		return []knowledge.Move{}, nil
	}
	rows, err := s.query(ctx, strings.ReplaceAll(knowledge.MovesSQL(playerID, clubID), "$", "?"), playerID, clubID, n)
	if err != nil {
		return nil, fmt.Errorf("sqlite: moves: %w", err)
	}
	out, err := scanMoves(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: moves: %w", err)
	}
	return out, nil
}

func scanMoves(rows *sql.Rows) ([]knowledge.Move, error) {
	defer rows.Close()
	out := []knowledge.Move{}
	for rows.Next() {
		var m knowledge.Move
		var published, ingested string
		var fee knowledge.MoveFee
		if err := rows.Scan(&m.Player, &m.Club, &m.FromClub, &published, &m.Source, &ingested,
			&fee.Amount, &fee.Currency, &fee.Kind, &fee.Status); err != nil {
			return nil, err
		}
		m.Published = knowledge.ParseStoredDate(published)
		m.Ingested, _ = time.Parse(time.RFC3339Nano, ingested)
		m.Fee = fee.Fee(m.Club)
		out = append(out, m)
	}
	return out, rows.Err()
}
