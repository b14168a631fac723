// Package facts holds the transfer facts that the extractor reads from one
// article and the knowledge base stores: players, the clubs linked with
// them and how far each pursuit has gone, contracts, fees and sources.
package facts

import (
	"encoding/json"
	"fmt"
)

// Stage is how far a club's pursuit of a player has gone.
type Stage string

// The stages, from the eval README: interest (monitoring, linked), talks
// (contact, negotiations), bid (offer made), advanced (leading the race,
// agreement close), done (signed), ended (rejected, cooled, past).
const (
	StageInterest Stage = "interest"
	StageTalks    Stage = "talks"
	StageBid      Stage = "bid"
	StageAdvanced Stage = "advanced"
	StageDone     Stage = "done"
	StageEnded    Stage = "ended"
)

// Stages lists every stage from the strongest to the weakest.
func Stages() []Stage {
	return []Stage{StageDone, StageAdvanced, StageBid, StageTalks, StageInterest, StageEnded}
}

// Strength orders stages for answers: done is the strongest, ended the
// weakest; an unknown stage is weaker still.
func (s Stage) Strength() int {
	switch s {
	case StageDone:
		return 6
	case StageAdvanced:
		return 5
	case StageBid:
		return 4
	case StageTalks:
		return 3
	case StageInterest:
		return 2
	case StageEnded:
		return 1
	}
	return 0
}

// Valid reports whether s is one of the six stages.
func (s Stage) Valid() bool { return s.Strength() > 0 }

// FeeKind says what a money figure is.
type FeeKind string

// The fee kinds.
const (
	FeeBid           FeeKind = "bid"
	FeeAsking        FeeKind = "asking"
	FeeValuation     FeeKind = "valuation"
	FeeReleaseClause FeeKind = "release_clause"
	FeeWage          FeeKind = "wage"
)

// FeeStatus says what became of a figure; empty when the article does not say.
type FeeStatus string

// The fee statuses.
const (
	FeeRejected FeeStatus = "rejected"
	FeeAccepted FeeStatus = "accepted"
	FeeReported FeeStatus = "reported"
)

// Article is everything extracted from one article.
type Article struct {
	Lang      string   `json:"lang"`      // ISO 639-1: en, fr, es, it, de
	Published Date     `json:"published"` // zero when the article does not say
	Title     string   `json:"title,omitempty"`
	Outlets   []string `json:"outlets,omitempty"` // outlets and journalists cited anywhere in the article
	Players   []Player `json:"players"`
}

// Player is one player the article talks about and what it says of him.
type Player struct {
	Name            string   `json:"name"` // full name as written at its longest
	Aliases         []string `json:"aliases,omitempty"`
	CurrentClub     string   `json:"current_club"` // canonical club name; "" (JSON null) when unknown
	ContractExpires Date     `json:"contract_expires"`
	Suitors         []Suitor `json:"suitors"`
	Fees            []Fee    `json:"fees"`
	// FromClub is the club he left in a completed move the article tells
	// (a done suitor, his current club): "signed Rice from West Ham".
	FromClub string `json:"from_club,omitempty"`
}

// playerJSON is Player as JSON: current_club is null when unknown, as
// contract_expires is, and the members keep Player's order.
type playerJSON struct {
	Name            string   `json:"name"`
	Aliases         []string `json:"aliases,omitempty"`
	CurrentClub     *string  `json:"current_club"`
	ContractExpires Date     `json:"contract_expires"`
	Suitors         []Suitor `json:"suitors"`
	Fees            []Fee    `json:"fees"`
	FromClub        string   `json:"from_club,omitempty"`
}

// MarshalJSON writes the player with current_club null when it is unknown.
func (p Player) MarshalJSON() ([]byte, error) {
	v := playerJSON{Name: p.Name, Aliases: p.Aliases, ContractExpires: p.ContractExpires, Suitors: p.Suitors, Fees: p.Fees, FromClub: p.FromClub}
	if p.CurrentClub != "" {
		v.CurrentClub = &p.CurrentClub
	}
	return json.Marshal(v)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Player) UnmarshalJSON(b []byte) error {
	var v playerJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("facts: player: %w", err)
	}
	*p = Player{Name: v.Name, Aliases: v.Aliases, ContractExpires: v.ContractExpires, Suitors: v.Suitors, Fees: v.Fees, FromClub: v.FromClub}
	if v.CurrentClub != nil {
		p.CurrentClub = *v.CurrentClub
	}
	return nil
}

// Suitor is one club linked with the player in the article.
type Suitor struct {
	Club     string `json:"club"` // canonical club name
	Stage    Stage  `json:"stage"`
	Sentence string `json:"sentence,omitempty"` // the sentence that supports the link
	Source   string `json:"source,omitempty"`   // outlet or journalist cited for it
	// Confidence is how firmly the text supports the link, from 0 to 1:
	// a stage word in the club's own clause is firm, a club read from the
	// passage around the sentence is weaker; a link told again is firmer,
	// one about a name the article meets once, or never calls a player,
	// weaker. Zero when not known.
	Confidence float64 `json:"confidence,omitempty"`
}

// Fee is one money figure tied to the player.
type Fee struct {
	Club     string    `json:"club,omitempty"`
	Amount   int64     `json:"amount"`   // in units of Currency
	Currency string    `json:"currency"` // ISO code: EUR, GBP, USD
	Kind     FeeKind   `json:"kind"`
	Status   FeeStatus `json:"status,omitempty"`
	Sentence string    `json:"sentence,omitempty"`
}
