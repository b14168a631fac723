package knowledge

// NotOwnClubSQL holds for a link of player p (players p) with the club
// whose id is club unless that club is his own as the articles tell it
// (p.current_club_id): a club is no suitor of its own player, so both SQL
// stores leave such links out of their answers (but the completed signing
// that made the club his). Once a /setclub correction of him is in force,
// the articles' club is no longer his but a club like any other, whose
// links every answer shows; the correction layer (knowledge/correct) hides
// the club the correction names instead.
func NotOwnClubSQL(club string) string {
	return `(` + club + ` IS DISTINCT FROM p.current_club_id OR p.fold IN (` + setClubFoldsSQL + `))`
}

// setClubFoldsSQL selects the folded names of the players a /setclub
// correction in force names (SQLite keeps corrections.undone ” while in
// force, PostgreSQL NULL: the text of either is empty). Uncorrelated, it
// is read once a query.
const setClubFoldsSQL = `SELECT k.player_fold FROM corrections k
	WHERE k.kind = '` + string(SetClub) + `' AND coalesce(CAST(k.undone AS text), '') = ''`
