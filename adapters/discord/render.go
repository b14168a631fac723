package discord

import (
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/bot/i18n"
)

// Discord's limits, in characters as Discord counts them (UTF-16 units).
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxEmbedTotal  = 6000
	maxOptions     = 25  // select menu options, autocomplete choices
	maxLabel       = 100 // option labels and values, choice names, descriptions
)

// embedColor is the stripe on the left of every answer.
const embedColor = 0x1F8B4C

// message is a reply rendered for Discord, before it is put in whichever
// payload the call needs.
type message struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
	Ephemeral  bool
}

// noMentions is the allowed_mentions of every message: nothing in an
// article or a user's text may ping @everyone, a role or a user.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// render turns r into a message. Errors are short plain text; everything
// else is one embed. With a non-empty pickKey, r's choices become a select
// menu whose custom id carries the key.
func render(r bot.Reply, pickKey string) message {
	r = defuseReply(r)
	m := message{Ephemeral: r.Error || r.Private}
	if r.Error {
		// Bytes bound characters from above: the text fits Discord's limit.
		text := r
		text.Choices = nil // offered as a menu
		m.Content = text.Text(maxContent)
	} else if e := embed(r); e != nil {
		m.Embeds = []*discordgo.MessageEmbed{e}
	}
	if pickKey != "" && len(r.Choices) > 0 {
		m.Components = []discordgo.MessageComponent{selectMenu(r, pickKey)}
	}
	if m.Content == "" && m.Embeds == nil && m.Components == nil {
		m.Content = i18n.T(r.Lang, "empty")
	}
	return m
}

// errorMessage is a short ephemeral answer of the adapter's own.
func errorMessage(text string) message {
	return message{Content: cut(defuse(text), maxContent), Ephemeral: true}
}

// selectMenu offers r's choices (at most 25); each option's value is the
// choice's index.
func selectMenu(r bot.Reply, key string) discordgo.ActionsRow {
	opts := make([]discordgo.SelectMenuOption, 0, min(len(r.Choices), maxOptions))
	for i, c := range r.Choices {
		if i == maxOptions {
			break
		}
		opts = append(opts, discordgo.SelectMenuOption{Label: cut(oneLine(c.Label), maxLabel), Value: strconv.Itoa(i)})
	}
	one := 1
	return discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.SelectMenu{
		MenuType:    discordgo.StringSelectMenu,
		CustomID:    pickPrefix + key,
		Placeholder: i18n.T(r.Lang, "choose"),
		MinValues:   &one,
		MaxValues:   1,
		Options:     opts,
	}}}
}

// embed renders r within every embed limit, or returns nil when r holds
// nothing an embed can show. Items that do not fit become "and N more".
func embed(r bot.Reply) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: cut(oneLine(r.Title), maxTitle), Color: embedColor}
	if r.Footer != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: cut(r.Footer, maxFooter)}
	}
	fixed := length(e.Title)
	if e.Footer != nil {
		fixed += length(e.Footer.Text)
	}
	e.Description = fitLines(r.Lines, maxDescription, r.Lang)

	all := fields(r.Items[:min(len(r.Items), maxFields)])
	keep := len(all)
	if keep < len(r.Items) || r.More > 0 {
		keep = min(len(r.Items), maxFields-1) // one field says "and N more"
	}
	used := fixed + length(e.Description) + fieldsLength(all[:keep])
	for keep > 0 && used+moreLength(r, keep) > maxEmbedTotal {
		keep--
		used -= length(all[keep].Name) + length(all[keep].Value)
	}
	e.Fields = append(all[:keep:keep], moreField(r, keep)...)
	if used+moreLength(r, keep) > maxEmbedTotal {
		// Only the description can give way now.
		room := maxEmbedTotal - fixed - fieldsLength(e.Fields)
		e.Description = fitLines(r.Lines, max(room, 0), r.Lang)
	}
	if len(e.Fields) == 0 {
		e.Fields = nil
	}
	if e.Title == "" && e.Description == "" && e.Fields == nil && e.Footer == nil {
		return nil
	}
	return e
}

// fields renders items as fields within the field limits.
func fields(items []bot.Item) []*discordgo.MessageEmbedField {
	fs := make([]*discordgo.MessageEmbedField, len(items))
	for i, it := range items {
		fs[i] = &discordgo.MessageEmbedField{
			Name:  orBlank(cut(oneLine(it.Label), maxFieldName)),
			Value: orBlank(cut(it.Detail, maxFieldValue)),
		}
		if it.Heading { // a section's heading: underlined, its items follow it
			fs[i].Name = orBlank(cut("__"+oneLine(it.Label)+"__", maxFieldName))
		}
	}
	return fs
}

// moreField is the "and N more" field for the items beyond the first keep
// and r.More, if any.
func moreField(r bot.Reply, keep int) []*discordgo.MessageEmbedField {
	if n := len(r.Items) - keep + r.More; n > 0 {
		return []*discordgo.MessageEmbedField{{Name: "\u2026", Value: andMore(r.Lang, n)}}
	}
	return nil
}

func moreLength(r bot.Reply, keep int) int { return fieldsLength(moreField(r, keep)) }

func fieldsLength(fs []*discordgo.MessageEmbedField) int {
	n := 0
	for _, f := range fs {
		n += length(f.Name) + length(f.Value)
	}
	return n
}

// fitLines joins lines with newlines within limit characters: whole lines
// while they fit, then "and N more" for the lines left out. A first line
// longer than the limit is cut.
func fitLines(lines []string, limit int, lang string) string {
	joined := strings.Join(lines, "\n")
	if length(joined) <= limit {
		return joined
	}
	var b strings.Builder
	for i, l := range lines {
		more := andMore(lang, len(lines)-i)
		sep := ""
		if i > 0 {
			sep = "\n"
		}
		if length(b.String())+length(sep+l)+length("\n"+more) > limit {
			if i == 0 {
				return cut(l, limit)
			}
			b.WriteString("\n" + more)
			return b.String()
		}
		b.WriteString(sep + l)
	}
	return b.String()
}

// andMore is "and N more" in lang, worded as the router words it.
func andMore(lang string, n int) string { return i18n.T(lang, "more", n) }

// defuseReply returns r with every text defused.
func defuseReply(r bot.Reply) bot.Reply {
	r.Title, r.Footer = defuse(r.Title), defuse(r.Footer)
	lines := make([]string, len(r.Lines))
	for i, l := range r.Lines {
		lines[i] = defuse(l)
	}
	items := make([]bot.Item, len(r.Items))
	for i, it := range r.Items {
		items[i] = bot.Item{Label: defuse(it.Label), Detail: defuse(it.Detail), Heading: it.Heading}
	}
	r.Lines, r.Items = lines, items
	return r
}

// defuse breaks @everyone and @here with a zero-width space, on top of the
// empty allowed_mentions, so that even a client showing the raw text sees
// no mass mention.
func defuse(s string) string {
	s = strings.ReplaceAll(s, "@everyone", "@\u200beveryone")
	return strings.ReplaceAll(s, "@here", "@\u200bhere")
}

// length counts s as Discord does: UTF-16 code units.
func length(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// cut returns s within n characters, ending with "…" when it was cut.
func cut(s string, n int) string {
	if length(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	used := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if used+w > n-1 {
			return s[:i] + "\u2026"
		}
		used += w
	}
	return s
}

// oneLine replaces line breaks with spaces: titles, labels and names are
// single lines.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// orBlank returns s, or a zero-width space where Discord requires text.
func orBlank(s string) string {
	if strings.TrimSpace(s) == "" {
		return "\u200b"
	}
	return s
}
