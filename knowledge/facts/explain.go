package facts

// Reason is one rule of the extractor that fired on some words of an
// article: what `mercato extract -explain` prints.
type Reason struct {
	Rule   string  `json:"rule"`             // the rule's name: "sold-to", "stage-cue", ...
	Words  string  `json:"words,omitempty"`  // the words it fired on, as written
	Weight float64 `json:"weight,omitempty"` // what it added, for rules that weigh
}

// Explanation tells why the extractor read what it read in one article.
type Explanation struct {
	Players []PlayerExplanation `json:"players"`
}

// PlayerExplanation gives the reasons behind one player's facts.
type PlayerExplanation struct {
	Name        string            `json:"name"`
	CurrentClub []Reason          `json:"current_club,omitempty"` // for the club Player.CurrentClub names
	Contract    []Reason          `json:"contract,omitempty"`     // for Player.ContractExpires
	Suitors     []SuitorReasoning `json:"suitors,omitempty"`
}

// SuitorReasoning gives the reasons behind one suitor link.
type SuitorReasoning struct {
	Club    string   `json:"club"`
	Stage   Stage    `json:"stage"`
	Reasons []Reason `json:"reasons"`
}
