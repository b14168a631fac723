package knowledge

// NameSuffixes returns the word suffixes of a folded name, longest first
// without the name itself: "frenkie de jong" -> "de jong", "jong".
func NameSuffixes(folded string) []string {
	var out []string
	for i := 0; i < len(folded); i++ {
		if folded[i] == ' ' {
			out = append(out, folded[i+1:])
		}
	}
	return out
}
