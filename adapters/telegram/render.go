package telegram

import (
	"html"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/bot/i18n"
)

// MaxMessageLen is the longest message text Telegram accepts, in
// characters after entity parsing; the renderer counts the HTML source in
// UTF-16 code units, which is never less.
const MaxMessageLen = 4096

// line is one line of a rendered reply: its HTML and, to split it when it
// is longer than a message, its plain text.
type line struct {
	html  string
	plain string
}

// renderHTML renders r as HTML parse-mode messages of at most limit
// UTF-16 code units each, split at line boundaries, in order. Everything
// in r (names, article sentences, user input) is escaped; the only markup
// is the adapter's own. The choices are not rendered: they go in the
// inline keyboard.
func renderHTML(r bot.Reply, limit int) []string {
	var lines []line
	add := func(s string, wrap func(string) string) {
		for _, l := range strings.Split(clean(s), "\n") {
			l = strings.TrimRight(l, " \t\r")
			h := html.EscapeString(l)
			if wrap != nil && l != "" {
				h = wrap(h)
			}
			lines = append(lines, line{html: h, plain: l})
		}
	}
	if r.Title != "" {
		add(r.Title, bold)
	}
	for _, l := range r.Lines {
		add(l, nil)
	}
	if len(r.Items) > 0 || r.More > 0 {
		if len(lines) > 0 {
			add("", nil)
		}
		for _, it := range r.Items {
			lines = append(lines, itemLine(it))
		}
		if r.More > 0 {
			add(i18n.T(r.Lang, "more", r.More), nil)
		}
	}
	if r.Footer != "" {
		if len(lines) > 0 {
			add("", nil)
		}
		add(r.Footer, italic)
	}
	if len(lines) == 0 && len(r.Choices) > 0 {
		add(i18n.T(r.Lang, "choose"), nil)
	}
	return pack(lines, limit)
}

func bold(s string) string   { return "<b>" + s + "</b>" }
func italic(s string) string { return "<i>" + s + "</i>" }

// itemLine renders one item as "• Label — Detail", the label in bold; a
// heading as its label alone.
func itemLine(it bot.Item) line {
	label := strings.ReplaceAll(clean(it.Label), "\n", " ")
	detail := strings.ReplaceAll(clean(it.Detail), "\n", " ")
	switch {
	case it.Heading: // a section's heading, in italics, without a bullet
		return line{html: italic(html.EscapeString(label)), plain: label}
	case label == "":
		return line{html: "• " + html.EscapeString(detail), plain: "• " + detail}
	case detail == "":
		return line{html: "• " + bold(html.EscapeString(label)), plain: "• " + label}
	}
	return line{
		html:  "• " + bold(html.EscapeString(label)) + " — " + html.EscapeString(detail),
		plain: "• " + label + " — " + detail,
	}
}

// pack joins lines into messages of at most limit UTF-16 units, cutting
// only between lines, except for a line longer than a message on its own,
// which is cut between runes of its plain text (losing its markup). Blank
// lines at the start or end of a message are dropped.
func pack(lines []line, limit int) []string {
	var msgs []string
	var cur []string
	size := 0
	flush := func() {
		for len(cur) > 0 && cur[len(cur)-1] == "" {
			cur = cur[:len(cur)-1]
		}
		if len(cur) > 0 {
			msgs = append(msgs, strings.Join(cur, "\n"))
		}
		cur, size = nil, 0
	}
	push := func(h string) {
		n := utf16Len(h)
		if len(cur) > 0 && size+1+n > limit {
			flush()
		}
		if len(cur) == 0 {
			if h == "" {
				return
			}
			size = n
		} else {
			size += 1 + n
		}
		cur = append(cur, h)
	}
	for _, l := range lines {
		if utf16Len(l.html) <= limit {
			push(l.html)
			continue
		}
		for _, piece := range cutPlain(l.plain, limit) {
			push(piece)
		}
	}
	flush()
	return msgs
}

// cutPlain cuts s into escaped pieces of at most limit UTF-16 units each,
// preferring to cut after a space, never inside a rune or an entity.
func cutPlain(s string, limit int) []string {
	var out []string
	for s != "" {
		n, size, lastSpace := 0, 0, -1
		for i, r := range s {
			w := utf16Len(html.EscapeString(string(r)))
			if size+w > limit {
				break
			}
			size += w
			n = i + utf8.RuneLen(r)
			if r == ' ' {
				lastSpace = n
			}
		}
		if n < len(s) && lastSpace > 0 {
			n = lastSpace
		}
		if n == 0 { // limit below one escaped rune: give up rather than loop
			break
		}
		out = append(out, html.EscapeString(strings.TrimSpace(s[:n])))
		s = s[n:]
	}
	return out
}

// clean makes s valid UTF-8, as Telegram requires.
func clean(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// utf16Len is the length of s in UTF-16 code units, the unit of Telegram's
// message limits.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
