package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// ArticleFacts returns what the knowledge base holds of one stored
// article, or ErrNotFound.
func (s *Store) ArticleFacts(ctx context.Context, articleID int64) (facts.Article, error) {
	var art facts.Article
	var published string
	err := s.pool.QueryRow(ctx, `SELECT lang, published, title FROM articles WHERE id = $1`, articleID).
		Scan(&art.Lang, &published, &art.Title)
	if errors.Is(err, pgx.ErrNoRows) {
		return facts.Article{}, knowledge.ErrNotFound
	}
	if err != nil {
		return facts.Article{}, fmt.Errorf("postgres: article: %w", err)
	}
	art.Published = knowledge.ParseStoredDate(published)
	if art.Outlets, err = s.strings(ctx, `SELECT name FROM outlets WHERE article_id = $1 ORDER BY name`, articleID); err != nil {
		return facts.Article{}, fmt.Errorf("postgres: article: %w", err)
	}
	if len(art.Outlets) == 0 {
		art.Outlets = nil
	}
	if art.Players, err = s.articlePlayers(ctx, articleID); err != nil {
		return facts.Article{}, fmt.Errorf("postgres: article: %w", err)
	}
	return art, nil
}

func (s *Store) articlePlayers(ctx context.Context, articleID int64) ([]facts.Player, error) {
	rows, err := s.pool.Query(ctx, `SELECT p.id, p.name, coalesce(c.name, ''), m.contract, coalesce(f.name, '')
		FROM mentions m JOIN players p ON p.id = m.player_id LEFT JOIN clubs c ON c.id = m.current_club_id
		LEFT JOIN clubs f ON f.id = m.from_club_id
		WHERE m.article_id = $1 ORDER BY p.id`, articleID)
	if err != nil {
		return nil, err
	}
	var ids []int64
	players, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (facts.Player, error) {
		var id int64
		var p facts.Player
		var contract string
		err := row.Scan(&id, &p.Name, &p.CurrentClub, &contract, &p.FromClub)
		p.ContractExpires = knowledge.ParseStoredDate(contract)
		ids = append(ids, id)
		return p, err
	})
	if err != nil || len(players) == 0 {
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
	rows, err := s.pool.Query(ctx, `SELECT c.name, l.stage, l.sentence, l.source
		FROM links l JOIN clubs c ON c.id = l.club_id
		WHERE l.article_id = $1 AND l.player_id = $2 ORDER BY l.id`, articleID, playerID)
	if err != nil {
		return nil, err
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (facts.Suitor, error) {
		var su facts.Suitor
		err := row.Scan(&su.Club, &su.Stage, &su.Sentence, &su.Source)
		return su, err
	})
	if out == nil {
		out = []facts.Suitor{}
	}
	return out, err
}

func (s *Store) articleFees(ctx context.Context, articleID, playerID int64) ([]facts.Fee, error) {
	rows, err := s.pool.Query(ctx, `SELECT coalesce(c.name, ''), f.amount, f.currency, f.kind, f.status, f.sentence
		FROM fees f LEFT JOIN clubs c ON c.id = f.club_id
		WHERE f.article_id = $1 AND f.player_id = $2 ORDER BY f.id`, articleID, playerID)
	if err != nil {
		return nil, err
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (facts.Fee, error) {
		var f facts.Fee
		err := row.Scan(&f.Club, &f.Amount, &f.Currency, &f.Kind, &f.Status, &f.Sentence)
		return f, err
	})
	if out == nil {
		out = []facts.Fee{}
	}
	return out, err
}
