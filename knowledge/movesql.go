package knowledge

import (
	"strconv"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// MovesSQL is the query both SQL stores answer Moves with ($1 the player
// id or 0, $2 the club id or 0, $3 how many; SQLite numbers them ?1, ?2,
// ?3): each player's newest report of a club (table suitors) when it is a
// done link, with the club he left (from the newest mention of the move
// that names one) and the buyer's newest fee that was neither rejected
// nor a wage, newest first. Its columns are those of a Move and a MoveFee.
// The query reads only the suitors of the player, or of the club as buyer
// and of the players who left it (the index on mentions.from_club_id),
// when their ids are not 0 (playerID and clubID say which); else it picks
// the $3 newest suitors whose newest report is done (by their strength,
// from the index suitors_hot) before it reads their reports, clubs and
// fees.
func MovesSQL(playerID, clubID int64) string {
	where := `l.stage = 'done'`
	switch {
	case playerID != 0:
		where += ` AND s.player_id = $1`
	case clubID != 0:
		where += ` AND (s.club_id = $2 OR s.player_id IN (SELECT player_id FROM mentions WHERE from_club_id = $2))`
	default:
		where += ` AND s.player_id = l.player_id AND s.club_id = l.club_id AND l.id IN (SELECT link_id FROM suitors
			WHERE strength = ` + strconv.Itoa(facts.StageDone.Strength()) + ` ORDER BY pub_key DESC, article_id DESC, link_id DESC LIMIT $3)`
	}
	return movesColumns + ` WHERE ` + where + ` AND ($1 = 0 OR l.player_id = $1) AND ($2 = 0 OR l.club_id = $2 OR fc.id = $2)
	ORDER BY l.pub_key DESC, l.article_id DESC, l.id DESC LIMIT $3`
}

// movesColumns is what MovesSQL reads.
const movesColumns = `SELECT p.name, c.name, coalesce(fc.name, ''), l.published, l.source, a.ingested_at,
	coalesce(f.amount, 0), coalesce(f.currency, ''), coalesce(f.kind, ''), coalesce(f.status, '')
	FROM suitors s JOIN links l ON l.id = s.link_id
	JOIN players p ON p.id = l.player_id JOIN clubs c ON c.id = l.club_id
	JOIN articles a ON a.id = l.article_id
	LEFT JOIN clubs fc ON fc.id = (SELECT m.from_club_id FROM links d CROSS JOIN mentions m
		WHERE d.player_id = l.player_id AND d.club_id = l.club_id AND d.stage = 'done'
		AND m.player_id = d.player_id AND m.pub_key = d.pub_key AND m.article_id = d.article_id AND m.from_club_id IS NOT NULL
		ORDER BY m.pub_key DESC, m.article_id DESC LIMIT 1)
	LEFT JOIN fees f ON f.id = (SELECT id FROM fees WHERE player_id = l.player_id AND club_id = l.club_id
		AND kind <> 'wage' AND status <> 'rejected' ORDER BY pub_key DESC, article_id DESC, amount DESC LIMIT 1)`

// ContractSQL is a player's contract expiry as both SQL stores read it
// for Profile (of players p): the one his most recent report of one gave,
// but none when a completed move to his current club was reported after
// it (a contract told before his move is his old club's).
const ContractSQL = `CASE WHEN p.contract <> '' AND EXISTS (SELECT 1 FROM links d WHERE d.player_id = p.id
		AND d.club_id = p.current_club_id AND d.stage = 'done'
		AND (d.pub_key, d.article_id) > (SELECT m.pub_key, m.article_id FROM mentions m
			WHERE m.player_id = p.id AND m.contract <> '' ORDER BY m.pub_key DESC, m.article_id DESC LIMIT 1))
	THEN '' ELSE p.contract END`

// MovedToSQL holds for a report l (of links l) whose club a completed
// move took the player to: both SQL stores' Timeline and Recent keep the
// reports of that link, his pursuit and his signing, though the club is
// now his.
const MovedToSQL = `EXISTS (SELECT 1 FROM links d WHERE d.player_id = l.player_id
		AND d.club_id = l.club_id AND d.stage = 'done')`
