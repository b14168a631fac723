package sqlite

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/mercato-bot/mercato/knowledge"
)

// derived is what the reports and mentions a writer stored since its last
// flush add to the tables derived from them: the players' summaries
// (players.articles, current club and contract), suitors, link_sources
// and link_months. A batch of articles names the same players and links
// again and again; each derived row is written once a batch, rather than
// once a report, and in key order. Its zero value is empty.
type derived struct {
	players map[int64]*playerDelta
	suitors map[pair]*suitorDelta
	sources map[sourceKey]*sourceNewest
	months  map[monthKey]*monthDelta
}

// playerDelta is what a player's new mentions add to his summary: how
// many there are, and the newest that names a club and a contract.
type playerDelta struct {
	articles int
	club     *mentionAt // nil: none names one
	contract *mentionAt
}

// mentionAt is a mention by its order (date key, then article) and what
// it says.
type mentionAt struct {
	pubKey, article int64
	club            int64
	contract        string
	end             int64 // knowledge.EndKey of the contract
}

// newer reports whether m comes after o (o nil: always).
func (m *mentionAt) newer(o *mentionAt) bool {
	return o == nil || cmp.Or(cmp.Compare(m.pubKey, o.pubKey), cmp.Compare(m.article, o.article)) > 0
}

// suitorDelta is what a link's new reports add to its suitors row: their
// number, the newest (as newerSuitor orders them) and the sources they
// name.
type suitorDelta struct {
	reports, power                int
	link, pubKey, article, counts int64
	sources                       []string // each once
}

// sourceKey is a row of link_sources.
type sourceKey struct {
	player, club int64
	source       string
	dated, ended int
}

// sourceNewest is the newest of a link_sources row's new reports, and
// how many they are.
type sourceNewest struct{ counts, link, reports int64 }

// monthKey is a row of link_months.
type monthKey struct{ player, club, month int64 }

// monthDelta is the first and the last of a link's new reports of a month.
type monthDelta struct {
	firstKey, firstID, lastKey, lastID int64
	stage, source                      string
}

// empty reports whether nothing awaits a flush.
func (d *derived) empty() bool {
	return len(d.players) == 0 && len(d.suitors) == 0 && len(d.sources) == 0 && len(d.months) == 0
}

// mention adds a player's mention (of the writer's article) to his
// summary: club 0 when it names none, contract "" alike.
func (w *writer) mention(pid, pubKey, article, club int64, contract string, end int64) {
	d := &w.derived
	if d.players == nil {
		d.players = map[int64]*playerDelta{}
	}
	p := d.players[pid]
	if p == nil {
		p = &playerDelta{}
		d.players[pid] = p
	}
	p.articles++
	at := &mentionAt{pubKey: pubKey, article: article, club: club, contract: contract, end: end}
	if club != 0 && at.newer(p.club) {
		p.club = at
	}
	if contract != "" && at.newer(p.contract) {
		p.contract = at
	}
}

// report adds link id (player pid, club cid, stage strength power, of
// the writer's article) to its suitors row, its link_sources row and its
// month.
func (w *writer) report(pid, cid, id int64, stage, source string, power int, ended bool) {
	d := &w.derived
	if d.suitors == nil {
		d.suitors, d.sources, d.months = map[pair]*suitorDelta{}, map[sourceKey]*sourceNewest{}, map[monthKey]*monthDelta{}
	}
	dated := w.pubKey > 0
	s := d.suitors[pair{pid, cid}]
	if s == nil {
		s = &suitorDelta{}
		d.suitors[pair{pid, cid}] = s
	}
	s.reports++
	if !slices.Contains(s.sources, source) {
		s.sources = append(s.sources, source)
	}
	if s.reports == 1 || newerReport(w.countsKey, dated, id, s.counts, s.pubKey > 0, s.link) {
		s.link, s.pubKey, s.article, s.counts, s.power = id, w.pubKey, w.article, w.countsKey, power
	}
	sk := sourceKey{pid, cid, source, boolInt(dated), boolInt(ended)}
	n := d.sources[sk]
	if n == nil {
		n = &sourceNewest{counts: w.countsKey, link: id}
		d.sources[sk] = n
	}
	n.reports++
	if cmp.Or(cmp.Compare(w.countsKey, n.counts), cmp.Compare(id, n.link)) > 0 {
		n.counts, n.link = w.countsKey, id
	}
	mk := monthKey{pid, cid, knowledge.MonthKey(knowledge.ParseStoredDate(w.pub))}
	m := d.months[mk]
	if m == nil {
		d.months[mk] = &monthDelta{w.pubKey, id, w.pubKey, id, stage, source}
		return
	}
	if cmp.Or(cmp.Compare(w.pubKey, m.firstKey), cmp.Compare(id, m.firstID)) < 0 {
		m.firstKey, m.firstID = w.pubKey, id
	}
	if cmp.Or(cmp.Compare(w.pubKey, m.lastKey), cmp.Compare(id, m.lastID)) > 0 {
		m.lastKey, m.lastID, m.stage, m.source = w.pubKey, id, stage, source
	}
}

// newerReport reports whether a report (counting from day k, dated or
// not, of link id) comes after another in newerSuitor's order.
func newerReport(k int64, dated bool, id, k2 int64, dated2 bool, id2 int64) bool {
	return cmp.Or(cmp.Compare(k, k2), cmp.Compare(boolInt(dated), boolInt(dated2)), cmp.Compare(id, id2)) > 0
}

// flush writes what awaits in the derived tables, in key order.
func (w *writer) flush() error {
	d := &w.derived
	for _, pid := range slices.Sorted(maps.Keys(d.players)) {
		if err := w.countMentions(pid, d.players[pid]); err != nil {
			return fmt.Errorf("player %d: %w", pid, err)
		}
	}
	clear(d.players)
	pairs := slices.SortedFunc(maps.Keys(d.suitors), func(a, b pair) int {
		return cmp.Or(cmp.Compare(a.player, b.player), cmp.Compare(a.club, b.club))
	})
	for _, p := range pairs {
		s := d.suitors[p]
		sources, err := sourceArray(s.sources)
		if err != nil {
			return fmt.Errorf("suitor: %w", err)
		}
		if err := w.exec(suitorUpsertSQL, p.player, p.club, s.link, s.pubKey, s.article, s.counts, s.power, s.reports,
			sources); err != nil {
			return fmt.Errorf("suitor: %w", err)
		}
	}
	clear(d.suitors)
	sources := slices.SortedFunc(maps.Keys(d.sources), func(a, b sourceKey) int {
		return cmp.Or(cmp.Compare(a.player, b.player), cmp.Compare(a.club, b.club), cmp.Compare(a.source, b.source),
			cmp.Compare(a.dated, b.dated), cmp.Compare(a.ended, b.ended))
	})
	upsert := numbered(knowledge.LinkSourceUpsertSQL)
	for _, k := range sources {
		n := d.sources[k]
		if err := w.exec(upsert, k.player, k.club, k.source, k.dated, k.ended, n.counts, n.link, n.reports); err != nil {
			return fmt.Errorf("link source: %w", err)
		}
	}
	clear(d.sources)
	if err := w.flushMonths(); err != nil {
		return fmt.Errorf("link month: %w", err)
	}
	return nil
}

// flushMonths writes the months of the links reported, then sets the
// changes of those it moved, once every month is in place. A month whose
// row the reports did not move (neither first nor last) changes no flag.
func (w *writer) flushMonths() error {
	d := &w.derived
	months := slices.SortedFunc(maps.Keys(d.months), func(a, b monthKey) int {
		return cmp.Or(cmp.Compare(a.player, b.player), cmp.Compare(a.club, b.club), cmp.Compare(a.month, b.month))
	})
	var moved []monthKey
	upsert := numbered(knowledge.LinkMonthUpsertSQL)
	for _, k := range months {
		m := d.months[k]
		res, err := w.execResult(upsert, k.player, k.club, k.month, m.firstKey, m.firstID, m.lastKey, m.lastID, m.stage, m.source)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n > 0 {
			moved = append(moved, k)
		}
	}
	clear(d.months)
	changed := numbered(knowledge.LinkMonthChangedSQL)
	for _, k := range moved {
		if err := w.exec(changed, k.player, k.club, k.month); err != nil {
			return err
		}
	}
	return nil
}

// suitorUpsertSQL counts ?8 reports of player ?1 and club ?2 in suitors,
// the newest of them link ?3 (date key ?4, article ?5, counting from day
// ?6, strength ?7), naming the sources ?9 (sourceArray): it becomes the
// club's latest report unless that one is more recent, and the sources
// the suitor does not name yet are added to its own (suitors.sources),
// which stay in byte order.
const suitorUpsertSQL = `INSERT INTO suitors (player_id, club_id, reports, link_id, pub_key, article_id, counts_key, strength, sources)
	VALUES (?1, ?2, ?8, ?3, ?4, ?5, ?6, ?7, ?9)
	ON CONFLICT (player_id, club_id) DO UPDATE SET reports = reports + ?8,
		sources = CASE WHEN EXISTS (SELECT 1 FROM json_each(?9) n WHERE n.value NOT IN (SELECT o.value FROM json_each(suitors.sources) o))
			THEN (SELECT json_group_array(value ORDER BY value) FROM (SELECT value FROM json_each(suitors.sources)
				UNION SELECT value FROM json_each(?9))) ELSE sources END,
		link_id = CASE WHEN ` + newerSuitor + ` THEN ?3 ELSE link_id END,
		article_id = CASE WHEN ` + newerSuitor + ` THEN ?5 ELSE article_id END,
		pub_key = CASE WHEN ` + newerSuitor + ` THEN ?4 ELSE pub_key END,
		counts_key = CASE WHEN ` + newerSuitor + ` THEN ?6 ELSE counts_key END,
		strength = CASE WHEN ` + newerSuitor + ` THEN ?7 ELSE strength END`

// sourceArray is sources as the JSON array suitors.sources keeps: each
// once, in byte order, not escaped for HTML.
func sourceArray(sources []string) (string, error) {
	slices.Sort(sources)
	var b strings.Builder
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(sources); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// newerSuitor holds in suitorUpsertSQL when the newest report counted
// (?3 its id, ?4 its date key, ?6 the day it counts from) is newer than
// the aggregate's.
const newerSuitor = `(?6, ?4 > 0, ?3) > (counts_key, pub_key > 0, link_id)`

// countMentions updates a player's summary from his mentions just
// written: more articles, and the club and contract of the newest that
// names each become his current ones unless a more recent report of each
// (by published date, then article) is stored. It reads no other mention
// than those more recent, in the order of the table's key (player, date,
// article), so its cost does not grow with his reports. The
// club and the contract are set by statements of their own, only when
// they change: an UPDATE naming a column rewrites its entries in the
// indexes on it (players_current, players_contract) even to the same
// value, a page written in each for nearly every player of a batch.
func (w *writer) countMentions(pid int64, p *playerDelta) error {
	if err := w.exec(`UPDATE players SET articles = articles + ? WHERE id = ?`, p.articles, pid); err != nil {
		return err
	}
	if c := p.club; c != nil {
		if err := w.exec(`UPDATE players SET current_club_id = ?4 WHERE id = ?1 AND current_club_id IS NOT ?4
			AND NOT EXISTS (`+newerClubSQL+`)`, pid, c.pubKey, c.article, c.club); err != nil {
			return err
		}
	}
	if c := p.contract; c != nil {
		return w.exec(`UPDATE players SET contract = ?4, contract_end = ?5 WHERE id = ?1 AND contract IS NOT ?4
			AND NOT EXISTS (`+newerContractSQL+`)`, pid, c.pubKey, c.article, c.contract, c.end)
	}
	return nil
}

// newerClubSQL and newerContractSQL read the mentions of player ?1 that
// name a club, or a contract, more recent than date key ?2 and article
// ?3. The row value is the seek into the table's key: with "pub_key >=
// ?2" beside it SQLite seeks on the date alone, and an undated mention
// (0) read every undated mention of the player before finding a newer
// one (2,023 for the most reported player of the ingested benchmark
// base).
const (
	newerClubSQL = `SELECT 1 FROM mentions WHERE player_id = ?1 AND current_club_id IS NOT NULL
		AND (pub_key, article_id) > (?2, ?3)`
	newerContractSQL = `SELECT 1 FROM mentions WHERE player_id = ?1 AND contract <> ''
		AND (pub_key, article_id) > (?2, ?3)`
)
