package web

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// chromeRE matches the class or id of the page chrome readability may keep
// when it sits inside the article: cookie and consent banners, newsletter
// and subscription prompts, share bars.
var chromeRE = regexp.MustCompile(`(?i)(^|[-_ ])(cookies?|consent|gdpr|cmp|newsletter|subscribe|paywall|share|sharing|social)([-_ ]|$)`)

// maxChromeWords is the most words a banner found by class, id or role may
// hold: anything longer is a wrapper of the page and is kept for
// readability to judge.
const maxChromeWords = 120

// removeChrome drops the page chrome readability does not always drop:
// navigation, footers, asides and dialogs, and short banners by class, id
// or role.
func removeChrome(doc *html.Node) {
	words := map[*html.Node]int{}
	countWords(doc, words)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && isChrome(c, words[c]) {
				n.RemoveChild(c)
			} else {
				walk(c)
			}
			c = next
		}
	}
	walk(doc)
}

// countWords records the words of text under every element of n, in one
// pass, and returns n's.
func countWords(n *html.Node, words map[*html.Node]int) int {
	if n.Type == html.TextNode {
		return len(strings.Fields(n.Data))
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += countWords(c, words)
	}
	if n.Type == html.ElementNode {
		words[n] = total
	}
	return total
}

// countElements is the number of elements in n.
func countElements(n *html.Node) int {
	count := 0
	if n.Type == html.ElementNode {
		count = 1
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		count += countElements(c)
	}
	return count
}

// isChrome reports whether element n, holding words words of text, is page
// chrome rather than article.
func isChrome(n *html.Node, words int) bool {
	switch n.Data {
	case "nav", "footer", "aside", "dialog", "button", "noscript", "template":
		return true
	case "html", "head", "body", "main", "article":
		return false
	}
	if words > maxChromeWords {
		return false
	}
	for _, at := range n.Attr {
		switch at.Key {
		case "class", "id":
			if chromeRE.MatchString(at.Val) {
				return true
			}
		case "role":
			switch strings.ToLower(at.Val) {
			case "navigation", "banner", "dialog", "alertdialog", "contentinfo", "complementary":
				return true
			}
		case "aria-modal":
			return true
		}
	}
	return false
}
