// Package heat tells how hot each transfer link is and how its story got
// there, from the reports stored of it, at read time.
//
// A link's heat, from 0 to 100, is
//
//	heat = stage × recency × sourcing
//
// where stage is the weight of the stage of the link's newest report
// (interest 40, talks 55, bid 70, advanced 85, done 100, ended 0: an
// ended pursuit is cold); recency is 0.5^(age / half-life), age being the
// time from the newest report to the time heat is computed as of (a done
// deal does not decay); and sourcing is 0.6 + 0.4 × (1 − 0.5^w), w
// adding up the weights of the independent sources that reported the
// link since its last ended report: each source once however many outlets
// repeated it, weighing 1 for tier 1, 0.6 for tier 2 and 0.3 for tier 3
// (package sources); the reports naming no source count as one tier-3
// source. Only the reports of the year before the time heat is computed
// as of are read (From).
//
// Time is that of the knowledge base, not of the clock: heat is computed
// as of the newest dated report (AsOf), and an undated report counts from
// when it was ingested, capped at that time (When), so that an archive
// stays in its own time and a pasted article ranks as fresh.
package heat
