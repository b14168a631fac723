package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// SeedLike is a corpus shaped like the seed articles' answer key: five
// articles about Boubacar Kamara (one undated) and a few other players.
func SeedLike() (Extractor, []knowledge.Input) {
	su := func(club string, stage facts.Stage) facts.Suitor {
		return facts.Suitor{Club: club, Stage: stage, Sentence: club + " " + string(stage) + "."}
	}
	kamara := func(published, expires string, suitors ...facts.Suitor) facts.Player {
		return facts.Player{Name: "Boubacar Kamara", CurrentClub: "Marseille",
			ContractExpires: MustDate(expires), Suitors: suitors}
	}
	fx := Extractor{
		"a0": {Lang: "en", Published: MustDate("2022-03-24"), Outlets: []string{"GOAL"}, Players: []facts.Player{
			kamara("2022-03-24", "2022-06", su("Atletico Madrid", facts.StageAdvanced), su("Bayern Munich", facts.StageInterest),
				su("Manchester United", facts.StageInterest), su("Tottenham Hotspur", facts.StageInterest),
				su("Southampton", facts.StageInterest), su("Marseille", facts.StageInterest)),
			{Name: "Memphis Depay", CurrentClub: "Barcelona", ContractExpires: MustDate("2022"),
				Suitors: []facts.Suitor{su("Atlético Madrid", facts.StageInterest)}},
		}},
		"a1": {Lang: "fr", Published: MustDate("2021-11-23"), Outlets: []string{"TV Dello Sport"}, Players: []facts.Player{
			kamara("2021-11-23", "2022-06", su("AC Milan", facts.StageAdvanced), su("Juventus", facts.StageInterest),
				su("Atalanta", facts.StageInterest), su("Manchester United", facts.StageInterest),
				su("RB Leipzig", facts.StageInterest), su("Newcastle United", facts.StageInterest)),
		}},
		"a2": {Lang: "fr", Published: MustDate("2021-07"), Players: []facts.Player{
			kamara("2021-07", "2022-06", su("AC Milan", facts.StageTalks), su("Monaco", facts.StageInterest)),
		}},
		"a3": {Lang: "en", Published: MustDate("2021-03-04"), Outlets: []string{"Calciomercato"}, Players: []facts.Player{
			kamara("2021-03-04", "2022", su("Liverpool", facts.StageAdvanced), su("Manchester City", facts.StageEnded),
				su("Chelsea", facts.StageEnded)),
			{Name: "Glen Kamara", CurrentClub: "Rangers", Suitors: []facts.Suitor{su("Leeds United", facts.StageInterest)}},
		}},
		"a4": {Lang: "fr", Players: []facts.Player{ // undated
			{Name: "Kamara", CurrentClub: "Marseille", Suitors: []facts.Suitor{su("Atleti", facts.StageAdvanced),
				su("Chelsea", facts.StageInterest), su("Bayern Munich", facts.StageInterest),
				su("Barcelona", facts.StageInterest), su("AC Milan", facts.StageInterest)}},
		}},
	}
	return fx, []knowledge.Input{{Text: "a0"}, {Text: "a1"}, {Text: "a2", Site: "Foot Mercato"}, {Text: "a3"}, {Text: "a4"}}
}

func (ts suite) testSuitorsAggregateAcrossArticles(t *testing.T) {
	s := ts.openSeedLike(t)
	ctx := context.Background()
	kamara := OnePlayer(t, s, "Boubacar Kamara")
	got, err := s.Suitors(ctx, kamara.ID)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, su := range got {
		lines = append(lines, fmt.Sprintf("%s %s %d %s %s", su.Club, su.Stage, su.Reports, su.LastReported, su.Source))
	}
	want := []string{
		// The undated article a4 counts from the newest dated report
		// stored before it (2022-03-24, knowledge.CountsFrom), the order
		// heat takes each link's newest report in: a dated report of that
		// day is newer (Atlético, Bayern), an older one is not (AC Milan,
		// Chelsea).
		"Atlético Madrid advanced 2 2022-03-24 GOAL",
		"Liverpool advanced 1 2021-03-04 Calciomercato",
		"Bayern Munich interest 2 2022-03-24 GOAL",
		"Manchester United interest 2 2022-03-24 GOAL",
		"Southampton interest 1 2022-03-24 GOAL",
		"Tottenham Hotspur interest 1 2022-03-24 GOAL",
		"Atalanta interest 1 2021-11-23 TV Dello Sport",
		"Juventus interest 1 2021-11-23 TV Dello Sport",
		"Newcastle United interest 1 2021-11-23 TV Dello Sport",
		"RB Leipzig interest 1 2021-11-23 TV Dello Sport",
		"Monaco interest 1 2021-07 Foot Mercato",
		"AC Milan interest 3  ",
		"Chelsea interest 2  ",
		"Barcelona interest 1  ",
		"Manchester City ended 1 2021-03-04 Calciomercato",
	}
	if !slices.Equal(lines, want) {
		t.Errorf("suitors:\n%s\nwant:\n%s", join(lines), join(want))
	}
	p, err := s.Profile(ctx, kamara.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.CurrentClub != "Marseille" || p.ContractExpires.String() != "2022-06" {
		t.Errorf("profile %+v, want Marseille to 2022-06 (the most recent report)", p)
	}
}

func (ts suite) testCurrentClubIsNeverASuitor(t *testing.T) {
	// Kamara moves: the newest article has him at Aston Villa, which an
	// older article had as a suitor; Marseille, his old club, was a
	// suitor in none.
	fx := Extractor{
		"old": KamaraArticle("2022-03-24", "Aston Villa", facts.StageTalks),
		"new": {Published: MustDate("2022-07-01"), Players: []facts.Player{{Name: "Boubacar Kamara",
			CurrentClub: "Aston Villa", Suitors: []facts.Suitor{{Club: "Marseille", Stage: facts.StageEnded}}}}},
	}
	s := ts.openTest(t, fx)
	MustIngest(t, s, knowledge.Input{Text: "new"})
	MustIngest(t, s, knowledge.Input{Text: "old"})
	ctx := context.Background()
	k := OnePlayer(t, s, "kamara")
	if k.CurrentClub != "Aston Villa" {
		t.Errorf("current club %q, want Aston Villa (most recent report, not last ingested)", k.CurrentClub)
	}
	got, err := s.Suitors(ctx, k.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Club != "Marseille" {
		t.Errorf("suitors %+v, want only Marseille", got)
	}
	latest, err := s.Latest(ctx, 10, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range latest {
		if r.Club == "Aston Villa" {
			t.Errorf("Latest reports the current club: %+v", r)
		}
	}
}

func (ts suite) testFindPlayers(t *testing.T) {
	s := ts.openSeedLike(t)
	ctx := context.Background()
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"Boubacar Kamara", []string{"Boubacar Kamara"}},
		{"boubacar kamara", []string{"Boubacar Kamara"}},
		{"KAMARÁ", []string{"Boubacar Kamara", "Glen Kamara"}}, // the most reported first
		{"  kamara  ", []string{"Boubacar Kamara", "Glen Kamara"}},
		{"Glen  Kamara", []string{"Glen Kamara"}},
		{"depay", []string{"Memphis Depay"}},
		{"Boubacar", nil},
		{"", nil},
		{"!!!", nil},
		{string(make([]rune, 5000)), nil},
	} {
		got, err := s.FindPlayers(ctx, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, p := range got {
			names = append(names, p.Name)
		}
		if !slices.Equal(names, tc.want) {
			t.Errorf("FindPlayers(%.20q) = %v, want %v", tc.q, names, tc.want)
		}
	}
	// The undated article's "Kamara" was recognised as Boubacar Kamara (at
	// Marseille, like him), not Glen Kamara: no third player.
	if st := Stats(t, s); st.Players != 3 {
		t.Errorf("%d players, want 3", st.Players)
	}
}

func (ts suite) testClosestPlayers(t *testing.T) {
	s := ts.openSeedLike(t)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"kamra", []string{"Boubacar Kamara", "Glen Kamara"}},
		{"Boubakar Kamara", []string{"Boubacar Kamara"}},
		{"depya", []string{"Memphis Depay"}},
		{"memph", []string{"Memphis Depay"}},
		{"zzzzzzzz", []string{}},
		{"xy", []string{}}, // every name is too long to be meant
		{string(make([]byte, 5000)), []string{}},
	} {
		got, err := s.ClosestPlayers(context.Background(), tc.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("ClosestPlayers(%.20q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func (ts suite) testFindClubs(t *testing.T) {
	s := ts.openSeedLike(t)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"Atlético Madrid", []string{"Atlético Madrid"}},
		{"atleti", []string{"Atlético Madrid"}},
		{"COLCHONEROS", []string{"Atlético Madrid"}},
		{"ac milan", []string{"AC Milan"}},
		{"milan", []string{"AC Milan"}},
		{"Manchester", []string{"Manchester United", "Manchester City"}},
		{"Real Madrid", []string{}},
		{"%", []string{}},
	} {
		got, err := s.FindClubs(context.Background(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		names := []string{}
		for _, c := range got {
			names = append(names, c.Name)
		}
		if !slices.Equal(names, tc.want) {
			t.Errorf("FindClubs(%q) = %v, want %v", tc.q, names, tc.want)
		}
	}
}

func (ts suite) testComplete(t *testing.T) {
	s := ts.openSeedLike(t)
	for _, tc := range []struct {
		kind, prefix string
		n            int
		want         []string
	}{
		{"player", "kam", 5, []string{"Boubacar Kamara", "Glen Kamara"}},
		{"player", "KAMARÁ", 1, []string{"Boubacar Kamara"}},
		{"player", "bou", 5, []string{"Boubacar Kamara"}},
		{"player", "", 2, []string{"Boubacar Kamara", "Glen Kamara"}},
		{"player", "x", 5, []string{}},
		{"club", "at", 5, []string{"Atlético Madrid", "Atalanta"}},
		{"club", "colch", 5, []string{"Atlético Madrid"}},
		{"club", "man", 5, []string{"Manchester United", "Manchester City"}},
	} {
		got, err := s.Complete(context.Background(), tc.kind, tc.prefix, tc.n)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Complete(%s, %q, %d) = %v, want %v", tc.kind, tc.prefix, tc.n, got, tc.want)
		}
	}
	if _, err := s.Complete(context.Background(), "coach", "a", 5); err == nil {
		t.Error("Complete of an unknown kind succeeded")
	}
}

func (ts suite) testClubLatestSourcesExpiring(t *testing.T) {
	s := ts.openSeedLike(t)
	ctx := context.Background()
	atleti, err := s.FindClubs(ctx, "Atleti")
	if err != nil || len(atleti) != 1 {
		t.Fatal(atleti, err)
	}
	cl, err := s.Club(ctx, atleti[0].ID, 0, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var targets []string
	for _, ps := range cl.Targets {
		targets = append(targets, fmt.Sprintf("%s %s %d", ps.Player, ps.Stage, ps.Reports))
	}
	if want := []string{"Boubacar Kamara advanced 2", "Memphis Depay interest 1"}; !slices.Equal(targets, want) {
		t.Errorf("Atlético targets %v, want %v", targets, want)
	}
	marseille, err := s.FindClubs(ctx, "Marseille")
	if err != nil || len(marseille) != 1 {
		t.Fatal(marseille, err)
	}
	cl, err = s.Club(ctx, marseille[0].ID, 0, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cl.Targets) != 0 || len(cl.Outgoing) != 15 || cl.Outgoing[0].Club != "Atlético Madrid" {
		t.Errorf("Marseille: %d targets, %d outgoing (first %+v), want 0 and Kamara's 15", len(cl.Targets), len(cl.Outgoing), cl.Outgoing)
	}
	if cl.TargetCount != 0 || cl.OutgoingCount != 15 {
		t.Errorf("Marseille counts %d targets, %d outgoing, want 0 and 15", cl.TargetCount, cl.OutgoingCount)
	}
	for _, n := range []int{1, 4, 14, 15, 16} { // the first n in SQL are the first n of all
		top, err := s.Club(ctx, marseille[0].ID, n, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		want := cl.Outgoing[:min(n, len(cl.Outgoing))]
		if !reflect.DeepEqual(top.Outgoing, want) || top.OutgoingCount != 15 || len(top.Targets) != 0 {
			t.Errorf("Club(Marseille, %d) = %d of %d outgoing %+v, want %d of 15 %+v", n, len(top.Outgoing), top.OutgoingCount, top.Outgoing, len(want), want)
		}
	}
	// Since a day: the links whose newest report counts from it or later,
	// counted alike; an undated one counts from its ingestion (recent).
	since := time.Date(2021, 9, 24, 12, 0, 0, 0, time.UTC)
	var recent []knowledge.PlayerSuitor
	for _, ps := range cl.Outgoing {
		if ps.LastReported.IsZero() || !ps.LastReported.Start().Before(time.Date(2021, 9, 24, 0, 0, 0, 0, time.UTC)) {
			recent = append(recent, ps)
		}
	}
	if len(recent) == len(cl.Outgoing) || len(recent) == 0 {
		t.Fatalf("the corpus has no Marseille link before %v and one after: %+v", since, cl.Outgoing)
	}
	for _, n := range []int{0, 2} {
		win, err := s.Club(ctx, marseille[0].ID, n, since)
		if err != nil {
			t.Fatal(err)
		}
		want := recent
		if n > 0 {
			want = recent[:n]
		}
		if !reflect.DeepEqual(win.Outgoing, want) || win.OutgoingCount != len(recent) || win.TargetCount != 0 {
			t.Errorf("Club(Marseille, %d, since %v) = %d of %d outgoing %+v, want %d of %d %+v", n, since,
				len(win.Outgoing), win.OutgoingCount, win.Outgoing, len(want), len(recent), want)
		}
	}
	if _, err := s.Club(ctx, 9999, 0, time.Time{}); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("Club(unknown) = %v, want ErrNotFound", err)
	}

	latest, err := s.Latest(ctx, 3, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(latest) != 3 || latest[0].Published.String() != "2022-03-24" || latest[0].Sentence == "" {
		t.Errorf("Latest(3) = %+v", latest)
	}
	k := OnePlayer(t, s, "Boubacar Kamara")
	milan, _ := s.FindClubs(ctx, "AC Milan")
	src, err := s.Sources(ctx, k.ID, milan[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, r := range src {
		dates = append(dates, r.Published.String()+" "+string(r.Stage))
	}
	if want := []string{"2021-11-23 advanced", "2021-07 talks", " interest"}; !slices.Equal(dates, want) {
		t.Errorf("Sources(Kamara, Milan) = %v, want %v", dates, want)
	}

	exp, err := s.Expiring(ctx, Date(t, "2022-06"), Date(t, "2022-06"))
	if err != nil {
		t.Fatal(err)
	}
	if len(exp) != 1 || exp[0].Player != "Boubacar Kamara" || exp[0].Club != "Marseille" {
		t.Errorf("Expiring(2022-06) = %+v, want Kamara", exp)
	}
	exp, err = s.Expiring(ctx, Date(t, "2022-01-01"), Date(t, "2022"))
	if err != nil {
		t.Fatal(err)
	}
	if len(exp) != 2 || exp[1].Player != "Memphis Depay" {
		t.Errorf("Expiring(2022) = %+v, want Kamara then Depay", exp)
	}
	if _, err := s.Profile(ctx, 9999); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("Profile(unknown) = %v, want ErrNotFound", err)
	}
	if _, err := s.Suitors(ctx, 9999); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("Suitors(unknown) = %v, want ErrNotFound", err)
	}
}

// TestIngestReportsStoredNames: what Ingest says it learned names the
// player as stored, and a one-word name goes to the namesake at his club.
func (ts suite) testIngestReportsStoredNames(t *testing.T) {
	fx, inputs := SeedLike()
	fx["rangers"] = facts.Article{Players: []facts.Player{{Name: "Kamara", CurrentClub: "Rangers",
		Suitors: []facts.Suitor{{Club: "Celtic", Stage: facts.StageInterest}}}}}
	s := ts.openTest(t, fx)
	var last knowledge.IngestResult
	for _, in := range inputs {
		last = MustIngest(t, s, knowledge.Input{Text: in.Text})
	}
	if got := last.Facts.Players[0].Name; got != "Boubacar Kamara" {
		t.Errorf("the undated article's player is reported as %q, want Boubacar Kamara", got)
	}
	res := MustIngest(t, s, knowledge.Input{Text: "rangers"})
	if got := res.Facts.Players[0].Name; got != "Glen Kamara" {
		t.Errorf("Kamara of Rangers stored as %q, want Glen Kamara", got)
	}
}

// TestOneWordPlayerHidesNobody: a player known by one word only ("Kamara",
// learned before his full name was) does not hide the Kamaras known by
// their full names.
func (ts suite) testOneWordPlayerHidesNobody(t *testing.T) {
	fx := Extractor{
		"first":  {Players: []facts.Player{{Name: "Kamara", CurrentClub: "Marseille"}}},
		"second": KamaraArticle("2022-03-24", "Atlético Madrid", facts.StageAdvanced),
	}
	s := ts.openTest(t, fx)
	MustIngest(t, s, knowledge.Input{Text: "first"})
	MustIngest(t, s, knowledge.Input{Text: "second"})
	ps, err := s.FindPlayers(context.Background(), "KAMARA")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range ps {
		names = append(names, p.Name)
	}
	if !slices.Contains(names, "Boubacar Kamara") {
		t.Errorf("FindPlayers(KAMARA) = %v, want Boubacar Kamara among them", names)
	}
}

// TestSurnameThenFullNameInOneArticle: an article that names a new player
// by his surname alone, then by his full name, is stored: the surname's
// player is absorbed into the full name's within the article, and what the
// article told under both names is his once (the first report of a club
// stands).
func (ts suite) testSurnameThenFullNameInOneArticle(t *testing.T) {
	fx := Extractor{"both": {Published: MustDate("2024-01-10"), Players: []facts.Player{
		{Name: "O'Riley", CurrentClub: "Celtic", Suitors: []facts.Suitor{{Club: "Atalanta", Stage: facts.StageInterest}}},
		{Name: "Matt O'Riley", CurrentClub: "Celtic", Suitors: []facts.Suitor{
			{Club: "Atalanta", Stage: facts.StageTalks}, {Club: "Brighton", Stage: facts.StageInterest}}},
	}}}
	s := ts.openTest(t, fx)
	MustIngest(t, s, knowledge.Input{Text: "both"})
	p := OnePlayer(t, s, "Matt O'Riley")
	suitors, err := s.Suitors(context.Background(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, su := range suitors {
		got = append(got, fmt.Sprintf("%s %s %d", su.Club, su.Stage, su.Reports))
	}
	slices.Sort(got)
	if want := []string{"Atalanta interest 1", "Brighton interest 1"}; !slices.Equal(got, want) {
		t.Errorf("suitors %v, want %v", got, want)
	}
	if st := Stats(t, s); st.Players != 1 {
		t.Errorf("%d players, want 1", st.Players)
	}
}

// TestSurnameOnlyPlayerIsAbsorbed: a player first known by his surname
// alone becomes the player of that surname and club when his full name
// is learned, not a namesake at another club.
func (ts suite) testSurnameOnlyPlayerIsAbsorbed(t *testing.T) {
	su := func(club string, stage facts.Stage) []facts.Suitor {
		return []facts.Suitor{{Club: club, Stage: stage}}
	}
	fx := Extractor{
		"short": {Published: MustDate("2022-01-10"), Players: []facts.Player{
			{Name: "Kamara", CurrentClub: "Marseille", Suitors: su("AC Milan", facts.StageTalks)}}},
		"other": {Published: MustDate("2022-01-11"), Players: []facts.Player{
			{Name: "Glen Kamara", CurrentClub: "Rangers", Suitors: su("Leeds United", facts.StageInterest)}}},
		"full": KamaraArticle("2022-03-24", "AC Milan", facts.StageInterest),
	}
	s := ts.openTest(t, fx)
	ctx := context.Background()
	MustIngest(t, s, knowledge.Input{Text: "short"})
	// Someone subscribed to the surname-only player.
	stub, err := s.FindPlayers(ctx, "Kamara")
	if err != nil || len(stub) != 1 {
		t.Fatalf("before: %v, %v", stub, err)
	}
	sub, err := s.Subscribe(ctx, knowledge.Subscription{Platform: "telegram", Chat: "1", Kind: knowledge.SubDigest,
		Filter: knowledge.FilterPlayer, FilterID: stub[0].ID, FilterName: stub[0].Name})
	if err != nil {
		t.Fatal(err)
	}
	MustIngest(t, s, knowledge.Input{Text: "other"}) // not him: another club
	MustIngest(t, s, knowledge.Input{Text: "full"})

	k := OnePlayer(t, s, "Boubacar Kamara")
	suitors, err := s.Suitors(ctx, k.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(suitors) != 1 || suitors[0].Club != "AC Milan" || suitors[0].Reports != 2 || suitors[0].Stage != facts.StageInterest {
		t.Errorf("suitors %+v, want AC Milan with 2 reports, interest (the latest)", suitors)
	}
	checkSourceCounts(t, s, "merged", k)
	ps, err := s.FindPlayers(ctx, "kamara")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range ps {
		names = append(names, p.Name+" "+p.CurrentClub)
	}
	if want := []string{"Boubacar Kamara Marseille", "Glen Kamara Rangers"}; !slices.Equal(names, want) {
		t.Errorf("players %v, want %v", names, want)
	}
	subs, err := s.Subscriptions(ctx, "telegram", "1")
	if err != nil || len(subs) != 1 || subs[0].ID != sub.ID || subs[0].FilterID != k.ID || subs[0].FilterName != "Boubacar Kamara" {
		t.Errorf("subscription %+v, %v; want it to follow to Boubacar Kamara", subs, err)
	}
	if st := Stats(t, s); st.Players != 2 {
		t.Errorf("%d players, want 2", st.Players)
	}
}

// A club's latest rumours are those of its targets and of its own players
// linked elsewhere, as Club lists them, never a player's link with his club.
func (ts suite) testLatestOfClub(t *testing.T) {
	s := ts.openSeedLike(t)
	ctx := context.Background()
	tests := []struct {
		club string
		want []string // "player → club" among the reports
		n    int      // number of reports
	}{
		{"Marseille", []string{"Boubacar Kamara → Atlético Madrid", "Boubacar Kamara → AC Milan", "Boubacar Kamara → Liverpool"}, 21},
		{"Atleti", []string{"Boubacar Kamara → Atlético Madrid", "Memphis Depay → Atlético Madrid"}, 3},
		{"Barcelona", []string{"Memphis Depay → Atlético Madrid", "Boubacar Kamara → Barcelona"}, 2},
		{"Rangers", []string{"Glen Kamara → Leeds United"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.club, func(t *testing.T) {
			cs, err := s.FindClubs(ctx, tt.club)
			if err != nil || len(cs) != 1 {
				t.Fatal(cs, err)
			}
			reports, err := s.Latest(ctx, 25, 0, cs[0].ID)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, r := range reports {
				got[r.Player+" → "+r.Club] = true
				if r.Club == "Marseille" || r.Club == "Olympique de Marseille" {
					t.Errorf("a player's link with his own club reported: %+v", r)
				}
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("missing %s in %v", w, got)
				}
			}
			if len(reports) != tt.n {
				t.Errorf("%d reports, want %d: %v", len(reports), tt.n, got)
			}
		})
	}
}
