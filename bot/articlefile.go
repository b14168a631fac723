package bot

import (
	"mime"
	"path"
	"strings"
)

// FileKind is what a file sent to /ingest holds.
type FileKind int

// The kinds of file /ingest tells apart.
const (
	NotArticle FileKind = iota // an image, a binary, any other file
	TextFile                   // plain text or Markdown
	HTMLFile                   // a web page, to be reduced to its text
)

// articleFiles lists the files /ingest accepts on every platform, by
// extension and by media type.
var articleFiles = []struct {
	ext, media string
	kind       FileKind
}{
	{".txt", "text/plain", TextFile},
	{".text", "", TextFile},
	{".md", "text/markdown", TextFile},
	{".html", "text/html", HTMLFile},
	{".htm", "", HTMLFile},
}

// ArticleFile tells what a file sent to /ingest holds from its name and
// its media type as the platform gives it ("text/plain; charset=utf-8"):
// a file whose extension or media type is one of articleFiles is an
// article, HTML when either says so; anything else is NotArticle.
func ArticleFile(name, mediaType string) FileKind {
	ext := strings.ToLower(path.Ext(name))
	media, _, err := mime.ParseMediaType(mediaType)
	if err != nil {
		media = ""
	}
	kind := NotArticle
	for _, f := range articleFiles {
		if ext == f.ext || media != "" && media == f.media {
			kind = max(kind, f.kind)
		}
	}
	return kind
}
