// Package knowledge is mercato's knowledge base: it ingests articles,
// stores the facts extracted from them in SQLite and answers the questions
// behind the bot's commands (suitors, profiles, clubs, latest rumours,
// sources, expiring contracts) and the subscriptions of the jobs.
//
// One SQLite file (modernc.org/sqlite) holds the articles, the players and
// clubs with the names they are found by (folded: no case, no accents),
// each article's mentions of a player (current club, contract), the links
// between players and clubs (one per article: stage, sentence, source),
// fees and outlets; the suitors table aggregates the links of each
// (player, club) as they are stored, so that answers read one row per
// suitor. Ingest writes an article and all its facts in one transaction.
// The schema is the ordered list of migrations in migrate.go; its version
// is PRAGMA user_version.
//
// Extraction itself lives in the extract subpackage, the club table in
// clubs, the fact types in facts and the built-in sample corpus in sample.
package knowledge
