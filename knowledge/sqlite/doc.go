// Package sqlite is mercato's knowledge base store in one SQLite file
// (modernc.org/sqlite, the only package that imports the driver): it
// implements knowledge.Store.
//
// The file holds the articles, the players and clubs with the names they
// are found by (folded: no case, no accents), each article's mentions of
// a player (current club, contract), the links between players and clubs
// (one per article: stage, sentence, source), fees and outlets; the
// suitors table aggregates the links of each (player, club) as they are
// stored (their count, the newest and the sources they name), so that
// answers read one row per suitor; link_sources keeps each
// link's newest report of each source (heat reads those) and how many
// it has (/sources counts them by source from those), and link_months
// the months in which its stage changed (/timeline reads those). Write
// stores finished
// articles (package ingest extracts and tidies them) in one transaction.
// The schema is the ordered list of migrations in migrate.go; its version
// is PRAGMA user_version.
package sqlite
