package ingest

import (
	"strings"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// Limits on the strings stored with an article.
const (
	maxNameRunes     = 120
	maxTitleRunes    = 300
	maxSentenceRunes = 1000
)

// tidy completes the extracted facts with what the caller knew, and drops
// what cannot be stored: unnamed players and clubs, unknown stages, a
// player's own club as his suitor (but for the completed signing that
// made it his club), empty fees, repeated entries.
func tidy(art facts.Article, in knowledge.Input) facts.Article {
	if !in.Published.IsZero() {
		art.Published = in.Published
	}
	if art.Lang == "" {
		art.Lang = in.Lang
	}
	if in.Title != "" {
		art.Title = in.Title
	}
	art.Title = knowledge.Clip(art.Title, maxTitleRunes)
	art.Outlets = tidyOutlets(art.Outlets)
	var players []facts.Player
	seen := map[string]bool{}
	for _, p := range art.Players {
		p.Name = knowledge.Clip(strings.TrimSpace(p.Name), maxNameRunes)
		if text.Fold(p.Name) == "" {
			continue
		}
		p.CurrentClub = knowledge.Clip(strings.TrimSpace(p.CurrentClub), maxNameRunes)
		p.Suitors = tidySuitors(p)
		if p.FromClub = knowledge.Clip(strings.TrimSpace(p.FromClub), maxNameRunes); text.Fold(p.FromClub) == text.Fold(p.CurrentClub) {
			p.FromClub = "" // he did not leave the club he is at
		}
		p.Fees = tidyFees(p.Fees)
		p.Aliases = clipAll(p.Aliases, maxNameRunes)
		if seen[text.Fold(p.Name)] { // the same player twice: keep the first
			continue
		}
		seen[text.Fold(p.Name)] = true
		players = append(players, p)
	}
	art.Players = players
	return art
}

func tidySuitors(p facts.Player) []facts.Suitor {
	var out []facts.Suitor
	at := map[string]int{}
	current := text.Fold(p.CurrentClub)
	for _, su := range p.Suitors {
		su.Club = knowledge.Clip(strings.TrimSpace(su.Club), maxNameRunes)
		f := text.Fold(su.Club)
		if !su.Stage.Valid() {
			su.Stage = facts.StageInterest
		}
		if f == "" || (f == current && su.Stage != facts.StageDone) {
			continue
		}
		su.Sentence = knowledge.Clip(strings.TrimSpace(su.Sentence), maxSentenceRunes)
		su.Source = knowledge.Clip(strings.TrimSpace(su.Source), maxNameRunes)
		if i, ok := at[f]; ok { // one link per club and article: the strongest
			if su.Stage.Strength() > out[i].Stage.Strength() {
				out[i] = su
			}
			continue
		}
		at[f] = len(out)
		out = append(out, su)
	}
	return out
}

// clipAll returns a copy of names, each clipped to n runes.
func clipAll(names []string, n int) []string {
	out := make([]string, 0, len(names))
	for _, name := range names {
		out = append(out, knowledge.Clip(name, n))
	}
	return out
}

// tidyOutlets trims and clips the outlets an article cites and drops
// the empty ones.
func tidyOutlets(outlets []string) []string {
	var out []string
	for _, o := range outlets {
		if o = knowledge.Clip(strings.TrimSpace(o), maxNameRunes); o != "" {
			out = append(out, o)
		}
	}
	return out
}

func tidyFees(fees []facts.Fee) []facts.Fee {
	var out []facts.Fee
	for _, f := range fees {
		if f.Amount <= 0 || strings.TrimSpace(f.Currency) == "" || f.Kind == "" {
			continue
		}
		f.Club = knowledge.Clip(strings.TrimSpace(f.Club), maxNameRunes)
		f.Sentence = knowledge.Clip(strings.TrimSpace(f.Sentence), maxSentenceRunes)
		out = append(out, f)
	}
	return out
}

// articleSource is what a report cites when its link names no outlet:
// the site, else the first outlet the article cites, else its author,
// else its title.
func articleSource(in knowledge.Input, art facts.Article) string {
	for _, s := range append(append([]string{in.Site}, art.Outlets...), in.Author) {
		if s = strings.TrimSpace(s); s != "" {
			return knowledge.Clip(s, maxNameRunes)
		}
	}
	return art.Title
}
