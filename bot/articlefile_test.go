package bot

import "testing"

// One list of article files for every platform: Telegram documents and
// Discord attachments are both judged by ArticleFile.
func TestArticleFile(t *testing.T) {
	for _, tt := range []struct {
		name, media string
		want        FileKind
	}{
		{"a.txt", "text/plain; charset=utf-8", TextFile},
		{"a.txt", "", TextFile},
		{"A.TXT", "application/octet-stream", TextFile},
		{"a.text", "", TextFile},
		{"a.md", "", TextFile},
		{"notes", "text/markdown", TextFile},
		{"article", "text/plain", TextFile},
		{"page.html", "", HTMLFile},
		{"page.htm", "text/plain", HTMLFile},
		{"page", "text/html; charset=iso-8859-1", HTMLFile},
		{"a.png", "image/png", NotArticle},
		{"a.exe", "application/octet-stream", NotArticle},
		{"a.pdf", "application/pdf", NotArticle},
		{"a.csv", "text/csv", NotArticle},
		{"", "", NotArticle},
		{"a", "text/plain;;;", NotArticle},
	} {
		if got := ArticleFile(tt.name, tt.media); got != tt.want {
			t.Errorf("ArticleFile(%q, %q) = %d, want %d", tt.name, tt.media, got, tt.want)
		}
	}
}
