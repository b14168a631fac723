package bot

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// latest answers /latest [N], and /latest <player or club>.
func (rt *Router) latest(ctx context.Context, c *call) Reply {
	if c.arg == "" {
		return rt.latestOf(ctx, c, defLatest, knowledge.PlayerRef{}, knowledge.ClubRef{})
	}
	if n, err := strconv.Atoi(c.arg); err == nil || isDigits(c.arg) {
		if n < 1 || n > maxLatest {
			return errReply(c.lang, "err.number", clip(c.arg, 20), maxLatest)
		}
		return rt.latestOf(ctx, c, n, knowledge.PlayerRef{}, knowledge.ClubRef{})
	}
	p, cl, alt := rt.resolveEither(ctx, c, c.arg, commandFor("latest"))
	if alt != nil && alt.Error {
		if name, ok := rt.unmetClub(ctx, c.arg); ok {
			return noRumourAbout(c.lang, name)
		}
	}
	if alt != nil {
		return *alt
	}
	return rt.latestOf(ctx, c, defLatest, p, cl)
}

// unmetClub returns the name of the club q names when the club table
// knows it but the knowledge base has no report of it (nor a player so
// named) yet.
func (rt *Router) unmetClub(ctx context.Context, q string) (string, bool) {
	name, ok := rt.opts.KnownClub(q)
	if !ok {
		return "", false
	}
	if _, err := rt.findPlayers(ctx, q); !errors.Is(err, knowledge.ErrNotFound) {
		return "", false
	}
	if _, err := rt.findClubs(ctx, q); !errors.Is(err, knowledge.ErrNotFound) {
		return "", false
	}
	return name, true
}

// noRumourAbout answers the latest rumours about a club nothing has been
// reported of yet.
func noRumourAbout(lang, club string) Reply {
	return Reply{Title: i18n.T(lang, "latest.about", club), Lines: []string{i18n.T(lang, "latest.noclub", club)}, Lang: lang,
		Data: map[string]any{"club": club, "reports": []knowledge.Report{}}}
}

func isDigits(s string) bool {
	return strings.Trim(s, "+-0123456789") == ""
}

// resolveEither finds the player, else the club, that q names.
func (rt *Router) resolveEither(ctx context.Context, c *call, q string, cmdFor func(string) string) (knowledge.PlayerRef, knowledge.ClubRef, *Reply) {
	_, err := rt.findPlayers(ctx, q)
	switch {
	case err == nil:
		p, alt := rt.resolvePlayer(ctx, c, q, cmdFor)
		return p, knowledge.ClubRef{}, alt
	case !errors.Is(err, knowledge.ErrNotFound):
		r := rt.internalError(ctx, c, err)
		return knowledge.PlayerRef{}, knowledge.ClubRef{}, &r
	}
	_, err = rt.findClubs(ctx, q)
	switch {
	case err == nil:
		cl, alt := rt.resolveClub(ctx, c, q, cmdFor)
		return knowledge.PlayerRef{}, cl, alt
	case !errors.Is(err, knowledge.ErrNotFound):
		r := rt.internalError(ctx, c, err)
		return knowledge.PlayerRef{}, knowledge.ClubRef{}, &r
	}
	closest, _ := rt.k.ClosestPlayers(ctx, q, maxClosest)
	closest = append(closest, rt.closestClubs(ctx, q, maxClosest)...)
	r := notFound(c.lang, "err.noname", q, closest, cmdFor)
	return knowledge.PlayerRef{}, knowledge.ClubRef{}, &r
}

// latestOf lists the n newest reports, of p or cl when set, the
// completed moves first.
func (rt *Router) latestOf(ctx context.Context, c *call, n int, p knowledge.PlayerRef, cl knowledge.ClubRef) Reply {
	reports, err := rt.k.Latest(ctx, n, p.ID, cl.ID)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		return rt.internalError(ctx, c, err)
	}
	if err := rt.clock(ctx, c); err != nil {
		return rt.internalError(ctx, c, err)
	}
	reports = doneFirst(reports)
	r := Reply{Title: i18n.T(c.lang, "latest.title"), Lang: c.lang}
	data := map[string]any{}
	switch {
	case p.ID != 0:
		r.Title = i18n.T(c.lang, "latest.about", p.Name)
		data["player"] = p.Name
	case cl.ID != 0:
		r.Title = i18n.T(c.lang, "latest.about", cl.Name)
		data["club"] = cl.Name
	}
	if len(reports) == 0 {
		r.Lines = []string{i18n.T(c.lang, "latest.none")}
	}
	for _, rep := range reports {
		r.Items = append(r.Items, Item{Label: rep.Player + " → " + rep.Club, Detail: withArticle(c.lang, reportDetail(c, rep, reportFee(rep)), rep)})
	}
	capItems(&r, rt.opts.MaxItems)
	data["reports"] = nonNil(reports)
	r.Data = data
	return r
}

// sources answers /sources <player> [club] [page].
func (rt *Router) sources(ctx context.Context, c *call) Reply {
	arg, page := rt.splitPage(ctx, c.arg)
	playerArg, clubArg := rt.splitPlayerClub(ctx, arg)
	cmdFor := commandFor("sources")
	if clubArg != "" {
		cmdFor = commandFor("sources", "|", clubArg)
	}
	p, alt := rt.resolvePlayer(ctx, c, playerArg, cmdFor)
	if alt != nil {
		return *alt
	}
	var cl knowledge.ClubRef
	if clubArg != "" {
		cl, alt = rt.resolveClub(ctx, c, clubArg, func(club string) string {
			return "/sources " + p.Name + " | " + club
		})
		if alt != nil {
			return *alt
		}
	}
	return rt.sourcesOf(ctx, c, p, cl, page)
}

// splitPage splits the page number off the end of /sources' argument
// ("Kamara | Atleti 2"): a number of up to four digits, not starting
// with 0, unless it belongs to the player's name ("Lautaro Chiesa 2") or
// the club's ("Hannover 96"). Page 1 when there is none.
func (rt *Router) splitPage(ctx context.Context, arg string) (string, int) {
	i := strings.LastIndexByte(arg, ' ')
	if i < 0 {
		return arg, 1
	}
	rest, num := strings.TrimSpace(arg[:i]), arg[i+1:]
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 || len(num) > 4 || num[0] == '0' || rest == "" {
		return arg, 1
	}
	if _, err := rt.findPlayers(ctx, arg); err == nil {
		return arg, 1 // the number is the player's ("Lautaro Chiesa 2")
	}
	if _, club := rt.splitPlayerClub(ctx, arg); club != "" {
		if _, err := rt.findClubs(ctx, club); err == nil {
			return arg, 1
		}
	}
	return rest, n
}

// splitPlayerClub splits "Kamara Atlético Madrid", "Kamara, Atleti" or
// "Kamara | Atleti" into the player and the club. When no split names both,
// the whole text is the player.
func (rt *Router) splitPlayerClub(ctx context.Context, arg string) (player, club string) {
	for _, sepr := range []string{"|", ",", ";", " - "} {
		if p, cl, ok := strings.Cut(arg, sepr); ok {
			return strings.TrimSpace(p), strings.TrimSpace(cl)
		}
	}
	if _, err := rt.findPlayers(ctx, arg); !errors.Is(err, knowledge.ErrNotFound) {
		return arg, "" // he is the whole text (or the knowledge base failed: /sources will say so)
	}
	words := strings.Fields(arg)
	for i := len(words) - 1; i >= 1 && i >= len(words)-4; i-- {
		p, cl := strings.Join(words[:i], " "), strings.Join(words[i:], " ")
		if _, err := rt.findPlayers(ctx, p); err != nil {
			continue
		}
		if _, err := rt.findClubs(ctx, cl); err == nil {
			return p, cl
		}
	}
	return arg, ""
}

// originJSON is one original source of /sources in -json answers.
type originJSON struct {
	Name    string `json:"name"` // "" for the reports naming none
	Tier    int    `json:"tier"`
	Reports int    `json:"reports"`
}

// doneFirst returns reports with the completed moves first, each group
// in its order.
func doneFirst(reports []knowledge.Report) []knowledge.Report {
	out := slices.Clone(reports)
	slices.SortStableFunc(out, func(a, b knowledge.Report) int {
		return cmp.Compare(doneRank(a.Stage), doneRank(b.Stage))
	})
	return out
}

// doneRank is 0 for a completed move, 1 for any other stage.
func doneRank(s facts.Stage) int {
	if s == facts.StageDone {
		return 0
	}
	return 1
}

// sourcesPage is how many reports a page of /sources shows.
const sourcesPage = 25

// sourcePager is what a knowledge base may offer besides (as
// knowledge.Store does): the counts and the pages of /sources read from
// the store, rather than every report.
type sourcePager interface {
	SourceCounts(ctx context.Context, playerID, clubID int64) ([]knowledge.SourceCount, error)
	SourcePage(ctx context.Context, playerID, clubID int64, sources []string, offset, n int) ([]knowledge.Report, error)
}

// allSources pages every report Sources returns: the sourcePager of a
// knowledge base that offers none.
type allSources struct{ k Knowledge }

func (a allSources) SourceCounts(ctx context.Context, playerID, clubID int64) ([]knowledge.SourceCount, error) {
	rs, err := a.k.Sources(ctx, playerID, clubID)
	at := map[string]int{}
	var out []knowledge.SourceCount
	for _, r := range rs {
		i, ok := at[r.Source]
		if !ok {
			i = len(out)
			at[r.Source] = i
			out = append(out, knowledge.SourceCount{Source: r.Source})
		}
		out[i].Reports++
	}
	return out, err
}

func (a allSources) SourcePage(ctx context.Context, playerID, clubID int64, sources []string, offset, n int) ([]knowledge.Report, error) {
	rs, err := a.k.Sources(ctx, playerID, clubID)
	rs = slices.DeleteFunc(rs, func(r knowledge.Report) bool { return !slices.Contains(sources, r.Source) })
	offset = min(max(offset, 0), len(rs))
	return rs[offset:min(offset+max(n, 0), len(rs))], err
}

// pager is the knowledge base's sourcePager.
func (rt *Router) pager() sourcePager {
	if p, ok := rt.k.(sourcePager); ok {
		return p
	}
	return allSources{rt.k}
}

// origin is one original source with the sources as stored that count
// for it.
type origin struct {
	originJSON
	stored []string
}

// sourcesOf lists one page of the sentences behind p's links, with cl
// only when set, grouped by the original source each report counts for:
// the best tier first, then the most reports. Only the page's reports
// are read.
func (rt *Router) sourcesOf(ctx context.Context, c *call, p knowledge.PlayerRef, cl knowledge.ClubRef, page int) Reply {
	counts, err := rt.pager().SourceCounts(ctx, p.ID, cl.ID)
	if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
		return rt.internalError(ctx, c, err)
	}
	if err := rt.clock(ctx, c); err != nil {
		return rt.internalError(ctx, c, err)
	}
	about := p.Name
	data := map[string]any{"player": p.Name}
	if cl.ID != 0 {
		about += " → " + cl.Name
		data["club"] = cl.Name
	}
	r := Reply{Title: i18n.T(c.lang, "sources.title", about), Lang: c.lang}
	origins, total := rt.groupOrigins(counts)
	if total == 0 {
		r.Lines = []string{i18n.T(c.lang, "sources.none", about)}
	}
	var summary []string
	jsonOrigins := make([]originJSON, 0, len(origins))
	for _, o := range origins {
		summary = append(summary, originName(c.lang, o.Name)+" ("+tierText(c.lang, o.Tier)+") "+strconv.Itoa(o.Reports))
		jsonOrigins = append(jsonOrigins, o.originJSON)
	}
	if len(summary) > 0 {
		r.Lines = []string{i18n.T(c.lang, "sources.origins", strings.Join(summary, sep))}
	}
	pages := max(1, (total+sourcesPage-1)/sourcesPage)
	page = min(page, pages)
	sorted, err := rt.sourcesPage(ctx, p, cl, origins, (page-1)*sourcesPage)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	for _, rep := range sorted {
		o := rep.origin
		meta := append([]string{originName(c.lang, o.Name), tierText(c.lang, o.Tier), rep.Club},
			stageFee(c.lang, rep.Stage, reportFee(rep.Report))...)
		meta = append(meta, c.date(rep.Published))
		if rep.Source != "" && rep.Source != o.Name {
			meta = append(meta, rep.Source)
		}
		if rep.Retracted != 0 {
			meta = append(meta, i18n.T(c.lang, "sources.retracted", rep.Retracted))
		}
		detail := "“" + clip(rep.Sentence, 400) + "”"
		if rep.URL != "" {
			detail += " " + rep.URL
		}
		r.Items = append(r.Items, Item{Label: withArticle(c.lang, strings.Join(meta, sep), rep.Report), Detail: detail})
	}
	capItems(&r, rt.opts.MaxItems)
	if pages > 1 {
		next := ""
		if page < pages {
			next = i18n.T(c.lang, "sources.next", "/sources "+sourcesArg(p, cl)+" "+strconv.Itoa(page+1))
		}
		r.Footer = strings.TrimSpace(i18n.T(c.lang, "sources.page", page, pages) + " " + next)
	}
	reports := make([]knowledge.Report, len(sorted))
	for i, rep := range sorted {
		reports[i] = rep.Report
	}
	data["reports"] = reports
	data["origins"] = jsonOrigins
	data["page"], data["pages"], data["total"] = page, pages, total
	r.Data = data
	return r
}

// sourcesArg is /sources' argument naming p and cl.
func sourcesArg(p knowledge.PlayerRef, cl knowledge.ClubRef) string {
	if cl.ID == 0 {
		return p.Name
	}
	return p.Name + " | " + cl.Name
}

// originReport is a report with the original source it counts for.
type originReport struct {
	knowledge.Report
	origin *origin
}

// sourcesPage reads the page of reports from the offset-th, in the order
// of origins: each origin's reports the most recent first.
func (rt *Router) sourcesPage(ctx context.Context, p knowledge.PlayerRef, cl knowledge.ClubRef, origins []origin, offset int) ([]originReport, error) {
	var out []originReport
	for i := range origins {
		o := &origins[i]
		if offset >= o.Reports {
			offset -= o.Reports
			continue
		}
		rs, err := rt.pager().SourcePage(ctx, p.ID, cl.ID, o.stored, offset, sourcesPage-len(out))
		if err != nil && !errors.Is(err, knowledge.ErrNotFound) {
			return nil, err
		}
		for _, r := range rs {
			out = append(out, originReport{r, o})
		}
		if offset = 0; len(out) >= sourcesPage {
			break
		}
	}
	return out, nil
}

// groupOrigins groups the counts of reports by stored source by the
// original source each counts for, orders the original sources (the best
// tier first, then the most reports, then by name) and returns them with
// the total of reports.
func (rt *Router) groupOrigins(counts []knowledge.SourceCount) ([]origin, int) {
	var origins []origin
	at := map[string]int{}
	total := 0
	for _, sc := range counts {
		name, tier := rt.opts.Heat.Origin(sc.Source)
		k := text.Fold(name)
		i, ok := at[k]
		if !ok {
			i = len(origins)
			at[k] = i
			origins = append(origins, origin{originJSON: originJSON{Name: name, Tier: tier}})
		}
		origins[i].Reports += sc.Reports
		origins[i].Tier = min(origins[i].Tier, tier)
		origins[i].stored = append(origins[i].stored, sc.Source)
		total += sc.Reports
	}
	slices.SortStableFunc(origins, func(a, b origin) int {
		return cmp.Or(cmp.Compare(a.Tier, b.Tier), cmp.Compare(b.Reports, a.Reports), strings.Compare(a.Name, b.Name))
	})
	return origins, total
}

// originName is the name of an original source, "unnamed source" in lang
// for the reports naming none.
func originName(lang, name string) string {
	if name == "" {
		return i18n.T(lang, "source.unnamed")
	}
	return name
}
