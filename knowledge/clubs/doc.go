// Package clubs is the table of football clubs mercato knows: every club of
// the openfootball/clubs lists (CC0, embedded as openfootball.txt and
// regenerated with `go generate`), with the usual English name of the big
// clubs and the nicknames and press names used in English, French, Spanish,
// Italian and German ("the Gunners", "les Colchoneros", "i Rossoneri",
// "die Königsblauen").
package clubs

//go:generate go run ./gen -src ../../../shared/data/openfootball-clubs -out openfootball.txt
