package knowledge

import "fmt"

// SuitorRowsSQL is a SQL store's query of the aggregated suitors (table
// suitors s, with the player p, the club c and the most recent report l)
// that match where: the columns a store scans into a PlayerSuitor
// (name, club, stage, published, source, reports, LinkFeeColumns), then
// how many rows match in all and the player's id. With n > 0 only the first n rows in the
// order of SortSuitors are read, the fees of those only; collate names
// the byte-wise collation of the store's text ("" when its default is),
// so that names tie-break as SortSuitors does.
func SuitorRowsSQL(where string, n int, collate string) string {
	limit := ""
	if n > 0 {
		limit = fmt.Sprintf(` ORDER BY l.strength DESC, l.pub_key DESC, s.reports DESC, c.name %[1]s, p.name %[1]s LIMIT %[2]d`, collate, n)
	}
	return `SELECT p.name, c.name, l.stage, l.published, l.source, s.reports, ` + LinkFeeColumns + `, s.total, s.player_id
		FROM (SELECT s.player_id, s.club_id, s.link_id, s.reports, count(*) OVER () AS total
			FROM suitors s JOIN players p ON p.id = s.player_id JOIN clubs c ON c.id = s.club_id
			JOIN links l ON l.id = s.link_id WHERE ` + where + limit + `) s
		JOIN players p ON p.id = s.player_id JOIN clubs c ON c.id = s.club_id
		JOIN links l ON l.id = s.link_id` + LinkFeeJoin
}

// PlayerSuitorsSQL is a SQL store's query of the suitors of player $1
// (table suitors s, with the club c and the most recent report l), in no
// order: the columns a store scans into a Suitor (club, stage, published,
// source, reports, LinkFeeColumns). His current club is none but by the
// completed signing that made it his (none is his while a /setclub of him
// is in force, as NotOwnClubSQL has it); it is read once, not for each
// suitor, and the player's name not at all.
const PlayerSuitorsSQL = `SELECT c.name, l.stage, l.published, l.source, s.reports, ` + LinkFeeColumns + `
	FROM suitors s JOIN clubs c ON c.id = s.club_id JOIN links l ON l.id = s.link_id` + LinkFeeJoin + `
	WHERE s.player_id = $1 AND (s.club_id IS DISTINCT FROM (SELECT p.current_club_id FROM players p
		WHERE p.id = $1 AND p.fold NOT IN (` + setClubFoldsSQL + `))
		OR l.stage = 'done')`
