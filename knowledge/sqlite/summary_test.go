package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// report is a report of Boubacar Kamara in TestPlayerSummary.
type report struct {
	date     facts.Date
	club     string
	contract facts.Date
}

// TestPlayerSummary checks that the summary a new mention updates (his
// articles, current club and contract) is the one recomputed from all
// his mentions, whatever order the reports arrive in, one a Write or all in one.
func TestPlayerSummary(t *testing.T) {
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
		for _, batch := range []int{1, len(tc.reports)} { // a Write each, and one Write
			t.Run(fmt.Sprintf("%s/batch=%d", tc.name, batch), func(t *testing.T) {
				checkSummary(t, tc.reports, batch, tc.club, tc.contract, tc.contractEnds)
			})
		}
	}
}

// checkSummary writes Boubacar Kamara's reports, batch articles a Write,
// and checks his summary.
func checkSummary(t *testing.T, reports []report, batch int, wantClub, wantContract string, wantEnd int64) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var arts []knowledge.Article
	for i, r := range reports {
		arts = append(arts, knowledge.Article{Text: fmt.Sprintf("report %d", i), Facts: facts.Article{Published: r.date,
			Players: []facts.Player{{Name: "Boubacar Kamara", CurrentClub: r.club, ContractExpires: r.contract}}}})
		if len(arts) < batch && i < len(reports)-1 {
			continue
		}
		if _, err := s.Write(ctx, arts); err != nil {
			t.Fatal(err)
		}
		arts = arts[:0]
	}
	var articles int
	var club, contract string
	var end int64
	if err := s.db.QueryRow(`SELECT p.articles, coalesce(c.name, ''), p.contract, p.contract_end
				FROM players p LEFT JOIN clubs c ON c.id = p.current_club_id`).Scan(&articles, &club, &contract, &end); err != nil {
		t.Fatal(err)
	}
	if articles != len(reports) || club != wantClub || contract != wantContract || end != wantEnd {
		t.Errorf("summary = %d articles, %q, %q, %d; want %d, %q, %q, %d",
			articles, club, contract, end, len(reports), wantClub, wantContract, wantEnd)
	}
}
