package bot

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// Text renders r as plain text of at most limit bytes (0 = no limit): the
// Title, the Lines, one "• Label — Detail" line per item, "and N more" (in
// r.Lang) for the items left out (r.More and those cut to fit), the Footer
// and the Choices numbered from 1. Items are dropped from the end rather
// than cut; when even the rest does not fit, the text is cut at a rune
// boundary and ends with "…". Control characters and bytes that are not
// UTF-8 (from a question or an article) show as U+FFFD (text.Printable).
// Adapters that offer the Choices as buttons may clear them before calling
// Text.
func (r Reply) Text(limit int) string {
	r = r.printable()
	head := r.head()
	tail := r.tail()
	items := make([]string, len(r.Items))
	for i, it := range r.Items {
		items[i] = ItemLine(it)
	}
	n := len(items)
	if limit > 0 {
		n = fitItems(head, tail, items, r.More, r.Lang, limit)
	}
	var b strings.Builder
	b.WriteString(head)
	for _, s := range items[:n] {
		addLine(&b, s)
	}
	if more := len(items) - n + r.More; more > 0 {
		addLine(&b, i18n.T(r.Lang, "more", more))
	}
	if tail != "" {
		addLine(&b, tail)
	}
	return Truncate(b.String(), limit)
}

// printable returns r with every text made safe to print (text.Printable).
func (r Reply) printable() Reply {
	r.Title, r.Footer = text.Printable(r.Title), text.Printable(r.Footer)
	r.Lines = slices.Clone(r.Lines)
	for i, l := range r.Lines {
		r.Lines[i] = text.Printable(l)
	}
	r.Items = slices.Clone(r.Items)
	for i, it := range r.Items {
		r.Items[i].Label, r.Items[i].Detail = text.Printable(it.Label), text.Printable(it.Detail)
	}
	r.Choices = slices.Clone(r.Choices)
	for i, c := range r.Choices {
		r.Choices[i].Label = text.Printable(c.Label)
	}
	return r
}

// ItemLine renders one item as "• Label — Detail", a heading as its
// Label alone.
func ItemLine(it Item) string {
	if it.Heading {
		return it.Label
	}
	if it.Detail == "" {
		return "• " + it.Label
	}
	if it.Label == "" {
		return "• " + it.Detail
	}
	return "• " + it.Label + " — " + it.Detail
}

// head is the title and the lines.
func (r Reply) head() string {
	var b strings.Builder
	if r.Title != "" {
		b.WriteString(r.Title)
	}
	for _, l := range r.Lines {
		addLine(&b, l)
	}
	return b.String()
}

// tail is the footer and the numbered choices.
func (r Reply) tail() string {
	var b strings.Builder
	if r.Footer != "" {
		b.WriteString(r.Footer)
	}
	for i, c := range r.Choices {
		addLine(&b, strconv.Itoa(i+1)+". "+c.Label)
	}
	return b.String()
}

// fitItems returns how many items fit in limit bytes together with head,
// tail and the "and N more" line their cut would need.
func fitItems(head, tail string, items []string, more int, lang string, limit int) int {
	size := len(head)
	if tail != "" {
		size += len(tail) + 1
	}
	best := 0
	for i := 0; i <= len(items); i++ {
		if i > 0 {
			size += len(items[i-1]) + 1
		}
		total := size
		if m := len(items) - i + more; m > 0 {
			total += len(i18n.T(lang, "more", m)) + 1
		}
		if total > limit {
			break
		}
		best = i
	}
	return best
}

func addLine(b *strings.Builder, s string) {
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	b.WriteString(s)
}

// Truncate cuts s to at most limit bytes (0 = no limit) at a rune boundary,
// ending it with "…" when it was cut; a limit too small for "…" gives "".
func Truncate(s string, limit int) string {
	if limit <= 0 || len(s) <= limit {
		return s
	}
	const ell = "…"
	if limit < len(ell) {
		return ""
	}
	cut := limit - len(ell)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimRight(s[:cut], " \n") + ell
}
