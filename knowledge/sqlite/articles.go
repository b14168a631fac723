package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// ArticleFacts returns what the knowledge base holds of one stored
// article, or ErrNotFound.
func (s *Store) ArticleFacts(ctx context.Context, articleID int64) (facts.Article, error) {
	var art facts.Article
	var published string
	err := s.queryRow(ctx, `SELECT lang, published, title FROM articles WHERE id = ?`, articleID).
		Scan(&art.Lang, &published, &art.Title)
	if errors.Is(err, sql.ErrNoRows) {
		return facts.Article{}, knowledge.ErrNotFound
	}
	if err != nil {
		return facts.Article{}, fmt.Errorf("sqlite: article: %w", err)
	}
	art.Published = knowledge.ParseStoredDate(published)
	if art.Outlets, err = s.strings(ctx, `SELECT name FROM outlets WHERE article_id = ? ORDER BY name`, articleID); err != nil {
		return facts.Article{}, fmt.Errorf("sqlite: article: %w", err)
	}
	if art.Players, err = s.articlePlayers(ctx, articleID); err != nil {
		return facts.Article{}, fmt.Errorf("sqlite: article: %w", err)
	}
	return art, nil
}

func (s *Store) articlePlayers(ctx context.Context, articleID int64) ([]facts.Player, error) {
	rows, err := s.query(ctx, `SELECT p.id, p.name, coalesce(c.name, ''), m.contract, coalesce(f.name, '')
		FROM mentions m JOIN players p ON p.id = m.player_id LEFT JOIN clubs c ON c.id = m.current_club_id
		LEFT JOIN clubs f ON f.id = m.from_club_id
		WHERE m.article_id = ? ORDER BY p.id`, articleID)
	if err != nil {
		return nil, err
	}
	var ids []int64
	var players []facts.Player
	for rows.Next() {
		var id int64
		var p facts.Player
		var contract string
		if err := rows.Scan(&id, &p.Name, &p.CurrentClub, &contract, &p.FromClub); err != nil {
			rows.Close()
			return nil, err
		}
		p.ContractExpires = knowledge.ParseStoredDate(contract)
		ids, players = append(ids, id), append(players, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i, id := range ids {
		if players[i].Suitors, err = s.articleSuitors(ctx, articleID, id); err != nil {
			return nil, err
		}
		if players[i].Fees, err = s.articleFees(ctx, articleID, id); err != nil {
			return nil, err
		}
	}
	return players, nil
}

func (s *Store) articleSuitors(ctx context.Context, articleID, playerID int64) ([]facts.Suitor, error) {
	rows, err := s.query(ctx, `SELECT c.name, l.stage, l.sentence, l.source
		FROM links l JOIN clubs c ON c.id = l.club_id
		WHERE l.article_id = ? AND l.player_id = ? ORDER BY l.id`, articleID, playerID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []facts.Suitor{}
	for rows.Next() {
		var su facts.Suitor
		if err := rows.Scan(&su.Club, &su.Stage, &su.Sentence, &su.Source); err != nil {
			return nil, err
		}
		out = append(out, su)
	}
	return out, rows.Err()
}

func (s *Store) articleFees(ctx context.Context, articleID, playerID int64) ([]facts.Fee, error) {
	rows, err := s.query(ctx, `SELECT coalesce(c.name, ''), f.amount, f.currency, f.kind, f.status, f.sentence
		FROM fees f LEFT JOIN clubs c ON c.id = f.club_id
		WHERE f.article_id = ? AND f.player_id = ? ORDER BY f.id`, articleID, playerID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []facts.Fee{}
	for rows.Next() {
		var f facts.Fee
		if err := rows.Scan(&f.Club, &f.Amount, &f.Currency, &f.Kind, &f.Status, &f.Sentence); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// strings runs a query of one text column.
func (s *Store) strings(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
