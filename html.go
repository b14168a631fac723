package main

import (
	"strings"

	"github.com/mercato-bot/mercato/knowledge"

	"golang.org/x/net/html"
)

// skippedTags hold no article text: scripts, styles, navigation, page chrome.
var skippedTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"nav": true, "header": true, "footer": true, "aside": true, "form": true, "iframe": true,
}

// blockTags end a paragraph.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "section": true, "article": true,
	"tr": true, "figcaption": true, "pre": true,
}

// htmlArticle reduces a local HTML file to its title and text, paragraphs
// separated by blank lines. (Pages fetched from the web go through the web
// package's readability extraction instead.)
func htmlArticle(src string) knowledge.Input {
	z := html.NewTokenizer(strings.NewReader(src))
	var b, para, title strings.Builder
	skip, inTitle := 0, false
	flush := func() {
		if p := strings.Join(strings.Fields(para.String()), " "); p != "" {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(p)
		}
		para.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return knowledge.Input{Text: b.String(), Title: strings.Join(strings.Fields(title.String()), " ")}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch {
			case tag == "title":
				inTitle = true
			case skippedTags[tag]:
				if tt == html.StartTagToken {
					skip++
				}
			case blockTags[tag]:
				flush()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch {
			case tag == "title":
				inTitle = false
			case skippedTags[tag] && skip > 0:
				skip--
			case blockTags[tag]:
				flush()
			}
		case html.TextToken:
			switch {
			case inTitle:
				title.Write(z.Text())
			case skip == 0:
				para.Write(z.Text())
			}
		}
	}
}
