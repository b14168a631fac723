package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// TestPlayerSummary checks that the summary a new mention updates (his
// articles, current club and contract) is the one recomputed from all
// his mentions, whatever order the reports arrive in.
func TestPlayerSummary(t *testing.T) {
	type report struct {
		date     facts.Date
		club     string
		contract facts.Date
	}
	d := func(y, m, day int) facts.Date { return facts.Date{Year: y, Month: m, Day: day} }
	for _, tc := range []struct {
		name         string
		reports      []report
		club         string
		contract     string
		contractEnds int64
	}{
		{"in order", []report{{d(2022, 1, 5), "Marseille", d(2022, 6, 0)}, {d(2022, 3, 1), "Lyon", d(2025, 6, 30)}},
			"Lyon", "2025-06-30", 20250630},
		{"older last", []report{{d(2022, 3, 1), "Lyon", d(2025, 6, 0)}, {d(2022, 1, 5), "Marseille", d(2022, 6, 0)}},
			"Lyon", "2025-06", 20250630},
		{"undated last", []report{{d(2022, 3, 1), "Lyon", d(2025, 6, 0)}, {facts.Date{}, "Marseille", d(2027, 6, 0)}},
			"Lyon", "2025-06", 20250630},
		{"newest names no club", []report{{d(2022, 1, 5), "Marseille", d(2024, 6, 0)}, {d(2023, 1, 1), "", facts.Date{}}},
			"Marseille", "2024-06", 20240630},
		{"same day, later article", []report{{d(2022, 1, 5), "Marseille", d(2024, 6, 0)}, {d(2022, 1, 5), "Lyon", d(2026, 6, 0)}},
			"Lyon", "2026-06", 20260630},
		{"undated only", []report{{facts.Date{}, "", d(2024, 6, 0)}, {facts.Date{}, "Nice", facts.Date{}}},
			"Nice", "2024-06", 20240630},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s, err := Open(ctx, filepath.Join(t.TempDir(), "k.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			for i, r := range tc.reports {
				art := knowledge.Article{Text: fmt.Sprintf("report %d", i), Facts: facts.Article{Published: r.date,
					Players: []facts.Player{{Name: "Boubacar Kamara", CurrentClub: r.club, ContractExpires: r.contract}}}}
				if _, err := s.Write(ctx, []knowledge.Article{art}); err != nil {
					t.Fatal(err)
				}
			}
			var articles int
			var club, contract string
			var end int64
			if err := s.db.QueryRow(`SELECT p.articles, coalesce(c.name, ''), p.contract, p.contract_end
				FROM players p LEFT JOIN clubs c ON c.id = p.current_club_id`).Scan(&articles, &club, &contract, &end); err != nil {
				t.Fatal(err)
			}
			if articles != len(tc.reports) || club != tc.club || contract != tc.contract || end != tc.contractEnds {
				t.Errorf("summary = %d articles, %q, %q, %d; want %d, %q, %q, %d",
					articles, club, contract, end, len(tc.reports), tc.club, tc.contract, tc.contractEnds)
			}
		})
	}
}
