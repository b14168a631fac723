package heat

import (
	"math"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/sources"
)

// day is the date s (YYYY-MM-DD, YYYY-MM or "" undated).
func day(t *testing.T, s string) facts.Date {
	t.Helper()
	if s == "" {
		return facts.Date{}
	}
	d, err := facts.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// rep is one hand-built report: "2022-03-24 advanced GOAL".
type rep struct{ date, stage, source string }

func reports(t *testing.T, rs []rep) []knowledge.Report {
	t.Helper()
	out := make([]knowledge.Report, len(rs))
	for i, r := range rs {
		out[i] = knowledge.Report{LinkID: int64(i + 1), Stage: facts.Stage(r.stage), Published: day(t, r.date),
			Source: r.source, Ingested: time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC)}
	}
	return out
}

// TestHotter compares the heat of two hand-built timelines as of one day.
func TestHotter(t *testing.T) {
	tests := []struct {
		name      string
		asOf      string
		hot, cold []rep
	}{
		{name: "fresh interest beats a year-old advanced", asOf: "2022-03-24",
			hot:  []rep{{"2022-03-23", "interest", "Marca"}},
			cold: []rep{{"2021-03-20", "advanced", "The Athletic"}}},
		{name: "advanced beats interest the same day", asOf: "2022-03-24",
			hot:  []rep{{"2022-03-24", "advanced", "Marca"}},
			cold: []rep{{"2022-03-24", "interest", "Marca"}}},
		{name: "independent sources beat one source repeated", asOf: "2022-03-24",
			hot: []rep{{"2022-03-24", "talks", "The Athletic"}, {"2022-03-24", "talks", "L'Équipe"},
				{"2022-03-24", "talks", "Marca"}},
			cold: []rep{{"2022-03-24", "talks", "Fabrizio Romano"}, {"2022-03-24", "talks", "Romano"},
				{"2022-03-24", "talks", "@FabrizioRomano"}}},
		{name: "a tier 1 source beats a tabloid", asOf: "2022-03-24",
			hot:  []rep{{"2022-03-20", "bid", "David Ornstein"}},
			cold: []rep{{"2022-03-20", "bid", "The Sun"}}},
		{name: "a done deal does not decay", asOf: "2022-03-24",
			hot:  []rep{{"2020-07-01", "done", "The Athletic"}},
			cold: []rep{{"2022-03-10", "advanced", "The Athletic"}}},
		{name: "an ended pursuit is colder than older interest", asOf: "2022-03-24",
			hot:  []rep{{"2022-03-01", "interest", "Marca"}},
			cold: []rep{{"2022-03-01", "advanced", "Marca"}, {"2022-03-24", "ended", "Marca"}}},
		{name: "a rejected bid followed by talks heats up again", asOf: "2022-03-24",
			hot: []rep{{"2022-02-01", "bid", "Marca"}, {"2022-02-10", "ended", "Marca"},
				{"2022-03-24", "talks", "Marca"}},
			cold: []rep{{"2022-02-01", "bid", "Marca"}, {"2022-02-10", "ended", "Marca"}}},
		{name: "an undated report counts from the base's newest date, not the clock", asOf: "2022-03-24",
			hot:  []rep{{"2022-03-24", "advanced", "GOAL"}, {"", "advanced", ""}},
			cold: []rep{{"", "interest", ""}}},
	}
	for _, tt := range tests {
		asOf := day(t, tt.asOf).Start()
		hot := Config{}.Link(reports(t, tt.hot), asOf)
		cold := Config{}.Link(reports(t, tt.cold), asOf)
		if hot.Heat <= cold.Heat {
			t.Errorf("%s: heat %d (%+v) not above %d (%+v)", tt.name, hot.Heat, hot, cold.Heat, cold)
		}
	}
}

// TestLink checks the figures of hand-built timelines.
func TestLink(t *testing.T) {
	tests := []struct {
		name        string
		asOf        string
		halfLife    time.Duration
		rs          []rep
		heat        int
		stage       string
		independent int
	}{
		{name: "no report", asOf: "2022-03-24", heat: 0},
		// 85 × 1 × (0.6 + 0.4 × (1 − 0.5^0.6)) = 85 × 0.736 = 62.5
		{name: "advanced today, one tier 2 source", asOf: "2022-03-24",
			rs: []rep{{"2022-03-24", "advanced", "GOAL"}}, heat: 63, stage: "advanced", independent: 1},
		// one half-life later: half as hot
		{name: "advanced two weeks ago", asOf: "2022-03-24",
			rs: []rep{{"2022-03-10", "advanced", "GOAL"}}, heat: 31, stage: "advanced", independent: 1},
		{name: "a shorter half-life cools faster", asOf: "2022-03-24", halfLife: 7 * 24 * time.Hour,
			rs: []rep{{"2022-03-10", "advanced", "GOAL"}}, heat: 16, stage: "advanced", independent: 1},
		// 100 × (0.6 + 0.4 × (1 − 0.5^1)) = 80, however old
		{name: "done long ago, tier 1", asOf: "2022-03-24",
			rs: []rep{{"2019-07-01", "done", "Fabrizio Romano"}}, heat: 80, stage: "done", independent: 1},
		{name: "five outlets citing one journalist count once", asOf: "2022-03-24",
			rs: []rep{{"2022-03-24", "done", "Fabrizio Romano"}, {"2022-03-24", "done", "Romano"},
				{"2022-03-24", "done", "@FabrizioRomano"}, {"2022-03-24", "done", "fabrizio romano"},
				{"2022-03-24", "done", "Romano"}}, heat: 80, stage: "done", independent: 1},
		{name: "ended is cold", asOf: "2022-03-24",
			rs:   []rep{{"2022-03-20", "advanced", "The Athletic"}, {"2022-03-24", "ended", "The Athletic"}},
			heat: 0, stage: "ended", independent: 1},
		{name: "sources before an ended report do not count", asOf: "2022-03-24",
			rs: []rep{{"2022-01-01", "bid", "The Athletic"}, {"2022-01-05", "ended", "Marca"},
				{"2022-03-24", "talks", "GOAL"}}, heat: 40, stage: "talks", independent: 1},
		// the reports naming no source are one tier 3 source
		{name: "unnamed sources count once, as tier 3", asOf: "2022-03-24",
			rs: []rep{{"2022-03-24", "interest", ""}, {"2022-03-24", "interest", ""}}, heat: 27,
			stage: "interest", independent: 1},
		{name: "the newest report's stage, even weaker", asOf: "2022-03-24",
			rs: []rep{{"2022-03-01", "advanced", "GOAL"}, {"2022-03-24", "interest", "GOAL"}}, heat: 29,
			stage: "interest", independent: 1},
		{name: "an undated report is as new as the base", asOf: "2022-03-24",
			rs: []rep{{"2021-03-04", "ended", "Calciomercato"}, {"", "interest", ""}}, heat: 27,
			stage: "interest", independent: 1},
	}
	for _, tt := range tests {
		l := Config{HalfLife: tt.halfLife}.Link(reports(t, tt.rs), day(t, tt.asOf).Start())
		if l.Heat != tt.heat || string(l.Stage) != tt.stage || l.Independent() != tt.independent {
			t.Errorf("%s: heat %d, stage %q, %d sources (%+v); want %d, %q, %d", tt.name, l.Heat, l.Stage,
				l.Independent(), l.Sources, tt.heat, tt.stage, tt.independent)
		}
	}
}

// TestConfiguredTier checks that a tier from the configuration changes heat.
func TestConfiguredTier(t *testing.T) {
	tb, err := sources.Default().With(map[string]int{"My Blog": 1})
	if err != nil {
		t.Fatal(err)
	}
	rs := reports(t, []rep{{"2022-03-24", "talks", "My Blog"}})
	asOf := day(t, "2022-03-24").Start()
	plain, rated := Config{}.Link(rs, asOf), Config{Sources: tb}.Link(rs, asOf)
	if rated.Heat <= plain.Heat || rated.Sources[0].Tier != 1 {
		t.Errorf("configured tier 1: heat %d (%+v), default %d", rated.Heat, rated.Sources, plain.Heat)
	}
}

// TestWhen checks when reports count from.
func TestWhen(t *testing.T) {
	asOf := AsOf(facts.Date{Year: 2022, Month: 3, Day: 24}, time.Now())
	early := time.Date(2022, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		r    knowledge.Report
		want time.Time
	}{
		{knowledge.Report{Published: facts.Date{Year: 2021, Month: 11}}, time.Date(2021, 11, 1, 0, 0, 0, 0, time.UTC)},
		{knowledge.Report{Ingested: time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)}, asOf},
		{knowledge.Report{Ingested: early}, early},
		{knowledge.Report{}, asOf},
		// bound by the newest dated report stored before its article,
		// which is older than asOf: a later dated article does not move it
		{knowledge.Report{Ingested: time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC), Bound: facts.Date{Year: 2021, Month: 11}},
			time.Date(2021, 11, 1, 0, 0, 0, 0, time.UTC)},
		{knowledge.Report{Ingested: early, Bound: facts.Date{Year: 2022, Month: 3}}, early},
	}
	for _, tt := range tests {
		if got := When(tt.r, asOf); !got.Equal(tt.want) {
			t.Errorf("When(%+v) = %v, want %v", tt.r, got, tt.want)
		}
	}
	now := time.Date(2026, 12, 2, 17, 0, 0, 0, time.UTC)
	if got := AsOf(facts.Date{}, now); !got.Equal(now) {
		t.Errorf("AsOf(no date) = %v, want now", got)
	}
}

// TestOldAndHeated checks the older links and what heating up is.
func TestOldAndHeated(t *testing.T) {
	asOf := day(t, "2022-03-24").Start()
	link := func(rs ...rep) Link { return Config{}.Link(reports(t, rs), asOf) }
	if !link(rep{"2021-09-01", "advanced", "GOAL"}).Old(asOf) {
		t.Error("a link last reported seven months before is not old")
	}
	if link(rep{"2021-10-01", "advanced", "GOAL"}).Old(asOf) {
		t.Error("a link last reported six months before is old")
	}
	base := link(rep{"2022-03-01", "interest", "GOAL"})
	tests := []struct {
		name  string
		after Link
		want  bool
	}{
		{"stage rose", link(rep{"2022-03-01", "interest", "GOAL"}, rep{"2022-03-20", "bid", "GOAL"}), true},
		{"new independent source", link(rep{"2022-03-01", "interest", "GOAL"}, rep{"2022-03-20", "interest", "Marca"}), true},
		{"the same source again", link(rep{"2022-03-01", "interest", "GOAL"}, rep{"2022-03-20", "interest", "Goal"}), false},
		{"ended", link(rep{"2022-03-01", "interest", "GOAL"}, rep{"2022-03-20", "ended", "Marca"}), false},
	}
	for _, tt := range tests {
		if got := tt.after.Heated(base); got != tt.want {
			t.Errorf("%s: Heated = %v, want %v", tt.name, got, tt.want)
		}
	}
	if !base.Heated(Link{}) {
		t.Error("a new link has not heated up")
	}
}

// TestBoundByWeight checks that the bound of a link's heat from the
// sources its reports name (each once, by its best tier: Weight) is at
// least its heat and at most the bound from any sources, and that
// weaker sources bound it lower.
func TestBoundByWeight(t *testing.T) {
	asOf := day(t, "2022-03-24").Start()
	rs := reports(t, []rep{{"2022-03-20", "bid", "GOAL"}, {"2022-03-22", "bid", "@FabrizioRomano"},
		{"2022-03-24", "advanced", "Fabrizio Romano"}, {"2022-03-24", "advanced", ""}})
	c := Config{}
	l := c.Link(rs, asOf)
	w := c.Weight([]string{"GOAL", "@FabrizioRomano", "Fabrizio Romano", ""})
	if want := 1 + 0.6 + 0.3; math.Abs(w-want) > 1e-9 { // Romano tier 1 once, GOAL tier 2, none tier 3
		t.Errorf("Weight = %v, want %v", w, want)
	}
	bound, any := c.Bound(facts.StageAdvanced, 20220324, w, asOf), c.Bound(facts.StageAdvanced, 20220324, math.Inf(1), asOf)
	if bound < l.Heat || bound > any {
		t.Errorf("Bound by weight %d, want between the heat %d and the bound from any sources %d", bound, l.Heat, any)
	}
	if weak := c.Bound(facts.StageAdvanced, 20220324, c.Weight([]string{""}), asOf); weak >= bound {
		t.Errorf("Bound from no source named %d, want below %d", weak, bound)
	}
}

// TestLinkOf: a link read as its newest report and the sources its
// reports name adds up to what all its reports do; one read with every
// report, to what they do.
func TestLinkOf(t *testing.T) {
	asOf := day(t, "2022-03-24").Start()
	tests := []struct {
		name string
		rs   []rep
	}{
		{"one source", []rep{{"2022-03-20", "talks", "GOAL"}}},
		{"sources merged under one name", []rep{{"2022-03-01", "interest", "Fabrizio Romano"},
			{"2022-03-10", "talks", "@FabrizioRomano"}, {"2022-03-12", "bid", "L'Équipe"}}},
		{"undated newest", []rep{{"2022-03-01", "interest", "Marca"}, {"", "advanced", ""}}},
		{"no source named", []rep{{"2022-02-01", "bid", ""}, {"2022-03-01", "bid", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := reports(t, tc.rs)
			want := Config{}.Link(rs, asOf)
			o := Order(rs)
			h := knowledge.HeatLink{Newest: o[len(o)-1]}
			for _, r := range rs {
				if !slices.Contains(h.Sources, r.Source) {
					h.Sources = append(h.Sources, r.Source)
				}
			}
			got := Config{}.LinkOf(h, asOf)
			if got.Heat != want.Heat || got.Stage != want.Stage || !got.Newest.Equal(want.Newest) || got.Source != want.Source ||
				got.Independent() != want.Independent() {
				t.Errorf("LinkOf = %+v, want %+v", got, want)
			}
			if got := (Config{}).LinkOf(knowledge.HeatLink{Reports: rs}, asOf); !reflect.DeepEqual(got, want) {
				t.Errorf("LinkOf(every report) = %+v, want %+v", got, want)
			}
		})
	}
}
