// Package postgres keeps a mercato knowledge base on a PostgreSQL server,
// so that several replicas of the bot can share it, and is the only
// package importing the driver (github.com/jackc/pgx/v5).
//
// Leader elects the one replica that runs the scheduled jobs, with a
// session-level advisory lock.
package postgres
