package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge/text"
)

// maxFileBytes is the largest article file /ingest downloads.
const maxFileBytes = 1 << 20

// errTooBig and errNotText are the attachment problems told to the user.
var (
	errTooBig  = errors.New("discord: attachment too big")
	errNotText = errors.New("discord: attachment is not text")
)

// ingest answers /ingest text|file for an admin: the attachment is checked
// before anything is downloaded, then the work is deferred (privately) and
// the confirmation completes it.
func (a *Adapter) ingest(ctx context.Context, i *discordgo.Interaction, req *bot.Request, opts map[string]*optionValue, resolved *discordgo.ApplicationCommandInteractionDataResolved) {
	text := ""
	if o := opts["text"]; o != nil {
		text, _ = o.Value.(string)
		text = strings.TrimSpace(text)
	}
	var att *discordgo.MessageAttachment
	if o := opts[fileOption]; o != nil {
		id, _ := o.Value.(string)
		if resolved != nil {
			att = resolved.Attachments[id]
		}
		if att == nil {
			a.reply(ctx, i, errorMessage(i18n.T(req.Lang, "err.option", fileOption)))
			return
		}
		if err := checkAttachment(att); err != nil {
			a.reply(ctx, i, errorMessage(attachmentMessage(req.Lang, err)))
			return
		}
	}
	if text == "" && att == nil {
		a.reply(ctx, i, errorMessage(i18n.T(req.Lang, "err.option", "text / "+fileOption)))
		return
	}
	deferral := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
	}
	if !a.respond(ctx, i, deferral) {
		return
	}
	if att != nil {
		body, err := a.download(ctx, att)
		if err != nil {
			a.log.Warn("discord: attachment", "url", att.URL, "err", err)
			a.edit(ctx, i, errorMessage(attachmentMessage(req.Lang, err)))
			return
		}
		if bot.ArticleFile(att.Filename, att.ContentType) == bot.HTMLFile && a.htmlText != nil {
			body = a.htmlText(body)
		}
		text = strings.TrimSpace(text + "\n\n" + body)
	}
	req.Text = "/" + ingestCommand + " " + text
	r := a.serve(ctx, req)
	a.edit(ctx, i, render(r, ""))
}

// checkAttachment refuses, before downloading, what cannot be an article:
// files over maxFileBytes, and images and other files (see bot.ArticleFile).
func checkAttachment(att *discordgo.MessageAttachment) error {
	if att.Size > maxFileBytes {
		return errTooBig
	}
	if bot.ArticleFile(att.Filename, att.ContentType) == bot.NotArticle {
		return errNotText
	}
	return nil
}

// WithHTMLText sets how an HTML attachment is reduced to its text; without
// it, the page is ingested as it is.
func WithHTMLText(f func(string) string) Option {
	return func(a *Adapter) { a.htmlText = f }
}

// download fetches an attachment's text, at most maxFileBytes of UTF-8.
func (a *Adapter) download(ctx context.Context, att *discordgo.MessageAttachment) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, att.URL, nil)
	if err != nil {
		return "", fmt.Errorf("discord: download: %w", err)
	}
	resp, err := a.client.Do(req)
	if err != nil {
		return "", fmt.Errorf("discord: download: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("discord: download: %s", resp.Status)
	}
	s, err := text.Read(resp.Body, maxFileBytes)
	switch {
	case errors.Is(err, text.ErrTooLarge):
		return "", errTooBig
	case errors.Is(err, text.ErrNotText):
		return "", errNotText
	case err != nil:
		return "", fmt.Errorf("discord: download: %w", err)
	}
	return s, nil
}

// attachmentMessage is the short answer to a refused or failed attachment.
func attachmentMessage(lang string, err error) string {
	switch {
	case errors.Is(err, errTooBig):
		return i18n.T(lang, "file.toolarge", "1 MB")
	case errors.Is(err, errNotText):
		return i18n.T(lang, "file.type")
	}
	return i18n.T(lang, "file.download")
}
