package telegramtest

import (
	"fmt"
	"strings"
	"unicode/utf16"
)

// htmlTags are the tags Telegram's HTML parse mode accepts.
var htmlTags = map[string]bool{
	"b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true,
	"s": true, "strike": true, "del": true, "a": true, "code": true, "pre": true,
	"span": true, "tg-spoiler": true, "blockquote": true, "tg-emoji": true,
}

// ParseHTML parses text as Telegram's HTML parse mode does and returns the
// text it shows, or the Bot API's error description.
func ParseHTML(text string) (string, error) {
	var out strings.Builder
	var open []string
	for i := 0; i < len(text); {
		switch c := text[i]; c {
		case '<':
			end := strings.IndexByte(text[i:], '>')
			if end < 0 {
				return "", fmt.Errorf("can't parse entities: unclosed start tag at byte offset %d", i)
			}
			tag := text[i+1 : i+end]
			i += end + 1
			closing := strings.HasPrefix(tag, "/")
			name := strings.ToLower(strings.TrimPrefix(tag, "/"))
			if j := strings.IndexAny(name, " \t\n"); j >= 0 {
				name = name[:j]
			}
			if !htmlTags[name] {
				return "", fmt.Errorf("can't parse entities: unsupported start tag %q at byte offset %d", name, i)
			}
			if !closing {
				open = append(open, name)
				continue
			}
			if len(open) == 0 || open[len(open)-1] != name {
				return "", fmt.Errorf("can't parse entities: can't find end tag corresponding to start tag %q", name)
			}
			open = open[:len(open)-1]
		case '&':
			end := strings.IndexByte(text[i:], ';')
			if end < 0 {
				return "", fmt.Errorf("can't parse entities: unescaped ampersand at byte offset %d", i)
			}
			switch ent := text[i+1 : i+end]; {
			case ent == "lt":
				out.WriteByte('<')
			case ent == "gt":
				out.WriteByte('>')
			case ent == "amp":
				out.WriteByte('&')
			case ent == "quot":
				out.WriteByte('"')
			case strings.HasPrefix(ent, "#"):
				var r rune
				var err error
				if strings.HasPrefix(ent, "#x") || strings.HasPrefix(ent, "#X") {
					_, err = fmt.Sscanf(ent[2:], "%x", &r)
				} else {
					_, err = fmt.Sscanf(ent[1:], "%d", &r)
				}
				if err != nil {
					return "", fmt.Errorf("can't parse entities: bad character reference %q", ent)
				}
				out.WriteRune(r)
			default:
				return "", fmt.Errorf("can't parse entities: unsupported entity %q at byte offset %d", ent, i)
			}
			i += end + 1
		case '>':
			return "", fmt.Errorf("can't parse entities: unexpected end tag at byte offset %d", i)
		default:
			out.WriteByte(c)
			i++
		}
	}
	if len(open) > 0 {
		return "", fmt.Errorf("can't parse entities: can't find end tag corresponding to start tag %q", open[len(open)-1])
	}
	return out.String(), nil
}

// utf16Len is the length of s in UTF-16 code units, Telegram's unit.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
