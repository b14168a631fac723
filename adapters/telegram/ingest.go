package telegram

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// ingest answers /ingest: by an admin, the article is the text after the
// command, else the attached document, else the message replied to (its
// text or its document), and goes to the router as "/ingest TEXT". Anyone
// else gets a short refusal; nothing is downloaded nor written.
func (b *Bot) ingest(ctx context.Context, m *tgbotapi.Message, from *tgbotapi.User, args string, replyTo int) {
	lang := from.LanguageCode
	if !b.admins[from.ID] {
		b.deliver(ctx, m.Chat.ID, replyTo, bot.Reply{Lines: []string{i18n.T(lang, "err.ingestadmin")}, Error: true, Lang: lang})
		return
	}
	text := args
	if text == "" {
		var refusal string
		text, refusal = b.article(ctx, m, lang)
		if refusal != "" {
			b.deliver(ctx, m.Chat.ID, replyTo, bot.Reply{Lines: []string{refusal}, Error: true, Lang: lang})
			return
		}
	}
	cmd := "/ingest"
	if text != "" {
		cmd += " " + text
	}
	b.answer(ctx, m.Chat, from, false, cmd, replyTo)
}

// article returns the text of the document attached to m, or else of the
// message m replies to; "" when there is none (the router then explains
// /ingest), or a refusal in lang.
func (b *Bot) article(ctx context.Context, m *tgbotapi.Message, lang string) (string, string) {
	if m.Document != nil {
		return b.document(ctx, m.Document, lang)
	}
	r := m.ReplyToMessage
	if r == nil {
		return "", ""
	}
	if r.Document != nil {
		return b.document(ctx, r.Document, lang)
	}
	if r.Text != "" {
		return clean(r.Text), ""
	}
	return clean(r.Caption), ""
}

// errTooLarge marks a document over the size limit.
var errTooLarge = errors.New("telegram: document too large")

// document downloads an article document (see bot.ArticleFile: getFile,
// then the file endpoint of the same Bot API server) and returns its text
// or a refusal.
func (b *Bot) document(ctx context.Context, d *tgbotapi.Document, lang string) (string, string) {
	limit := b.cfg.MaxDocumentBytes
	kind := bot.ArticleFile(d.FileName, d.MimeType)
	if kind == bot.NotArticle {
		return "", i18n.T(lang, "file.type")
	}
	if int64(d.FileSize) > limit {
		return "", i18n.T(lang, "doc.toolarge", int(limit>>10))
	}
	data, err := b.download(ctx, d.FileID, limit)
	switch {
	case errors.Is(err, errTooLarge):
		return "", i18n.T(lang, "doc.toolarge", int(limit>>10))
	case err != nil:
		b.log.Warn("telegram: document download failed", "file", d.FileName, "err", err)
		return "", i18n.T(lang, "doc.download")
	case text.Check(data, limit) != nil:
		return "", i18n.T(lang, "doc.nottext")
	}
	article := string(data)
	if kind == bot.HTMLFile && b.opts.HTMLText != nil {
		article = b.opts.HTMLText(article)
	}
	return strings.TrimSpace(article), ""
}

// download fetches a file of at most limit bytes.
func (b *Bot) download(ctx context.Context, fileID string, limit int64) ([]byte, error) {
	call, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	f, err := b.api(call).GetFile(tgbotapi.FileConfig{FileID: fileID})
	if err != nil {
		return nil, fmt.Errorf("telegram: getFile: %w", redact(err, b.cfg.Token))
	}
	if int64(f.FileSize) > limit {
		return nil, errTooLarge
	}
	if f.FilePath == "" {
		return nil, errors.New("telegram: getFile: no file path")
	}
	req, err := http.NewRequestWithContext(call, http.MethodGet, fileURL(b.cfg.APIEndpoint, b.cfg.Token, f.FilePath), nil)
	if err != nil {
		return nil, fmt.Errorf("telegram: download: %w", redact(err, b.cfg.Token))
	}
	resp, err := b.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("telegram: download: %w", redact(err, b.cfg.Token))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("telegram: download: %s", resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("telegram: download: %w", redact(err, b.cfg.Token))
	}
	if int64(len(data)) > limit {
		return nil, errTooLarge
	}
	return data, nil
}
