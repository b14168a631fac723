package bot

// Reply is the bot's answer, for the adapter to render.
type Reply struct {
	Title   string   // a heading: "Boubacar Kamara (Marseille, contract to 2022-06)"
	Lines   []string // paragraphs before the items
	Items   []Item   // one per suitor, report, player...
	More    int      // items left out beyond Items, shown as "and N more"
	Footer  string   // sources, hints
	Choices []Choice // several players fit: the adapter offers them to pick from
	Lang    string   // language of the fixed words, "en" when empty

	// Error marks a short answer to bad input; adapters may show it only
	// to the user who asked (Discord: ephemeral).
	Error bool
	// Private asks the adapter to show the reply only to the user who
	// asked, where the platform can (admin confirmations).
	Private bool
	// Outcome is how the request went, for the metrics: one of the
	// Outcome constants. Empty is OutcomeOK, or OutcomeRefused when Error
	// is set.
	Outcome string
	// Data is the answer as a value for `mercato ask -json`.
	Data any
}

// Item is one entry of a reply: a label and its details, or the heading
// of the items after it (up to the next heading).
type Item struct {
	Label  string // "Atlético Madrid"
	Detail string // "advanced · 3 reports · latest 24 March 2022 · GOAL"
	// Heading marks a section heading: its Label is shown alone, not as
	// an entry ("Players Arsenal is linked with: 3").
	Heading bool
}

// Choice is one answer to pick when a request was ambiguous.
type Choice struct {
	Label   string // "Boubacar Kamara (Aston Villa)"
	Command string // the request text that answers it: "/suitors Boubacar Kamara"
}
