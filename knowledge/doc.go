// Package knowledge is mercato's knowledge base: it ingests articles,
// stores the facts extracted from them in SQLite and answers the questions
// behind the bot's commands (suitors, profiles, clubs, latest rumours,
// sources, expiring contracts) and the subscriptions of the jobs.
//
// Extraction itself lives in the extract subpackage, the club table in
// clubs and the fact types in facts.
package knowledge
