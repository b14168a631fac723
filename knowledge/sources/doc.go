// Package sources is the source-reliability table: the outlets and
// journalists the transfer press cites, each with its aliases and social
// media handles, a reliability tier from 1 (breaks deals first-hand) to 3
// (aggregators, tabloid speculation) and its language. The built-in table
// is the embedded file sources.txt, whose header states the criterion;
// the configuration (sources.tiers) adds or overrides entries with With.
//
// A report names its source as the extractor read it ("Romano",
// "@FabrizioRomano", "Fabrizio Romano"); Origin turns any of these into
// one canonical name and its tier, so that the reports of one source
// count once however they spell it.
package sources
