package main

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/mercato-bot/mercato/bot/i18n"
)

// configErrors is every mistake found in a configuration, each naming its
// key; they are reported together.
type configErrors []error

// Error lists the mistakes one per line after a count.
func (e configErrors) Error() string {
	if len(e) == 1 {
		return e[0].Error()
	}
	lines := make([]string, len(e))
	for i, err := range e {
		lines[i] = "  " + err.Error()
	}
	return fmt.Sprintf("%d mistakes:\n%s", len(e), strings.Join(lines, "\n"))
}

// Unwrap returns the mistakes.
func (e configErrors) Unwrap() []error { return e }

// check returns every mistake of the configuration's values that loading
// it did not find: the jobs' schedules and time zone, the log's level and
// format, the database driver, the feeds' addresses and the heat's
// settings. parsed are the mistakes found in parsing, put first.
func (c *config) check(parsed []error) error {
	errs := slices.Clone(parsed)
	if err := c.Jobs.Validate(c.Timezone); err != nil {
		errs = append(errs, splitJoined(err)...)
	}
	if err := c.Log.check(); err != nil {
		errs = append(errs, err)
	}
	if _, err := c.Database.driver(); err != nil {
		errs = append(errs, err)
	}
	errs = append(errs, checkFeeds(c)...)
	if h, err := c.heatConfig(); err != nil {
		errs = append(errs, err)
	} else {
		c.heat = h
	}
	if len(errs) == 0 {
		return nil
	}
	return configErrors(errs)
}

// splitJoined returns the errors errors.Join joined, or err alone.
func splitJoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// checkFeeds checks each feed's address (an http or https URL with a host)
// and language (one mercato reads, or none).
func checkFeeds(c *config) []error {
	var errs []error
	for i, f := range c.Feeds {
		u, err := url.Parse(strings.TrimSpace(f.URL))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("feeds.%d.url: want a web address like https://www.example.org/rss.xml, got %q", i, f.URL))
		}
		if l := strings.TrimSpace(f.Lang); l != "" && !slices.Contains(i18n.Languages(), strings.ToLower(l)) {
			errs = append(errs, fmt.Errorf("feeds.%d.lang: want one of %s, got %q", i, strings.Join(i18n.Languages(), ", "), f.Lang))
		}
	}
	return errs
}

// typeErrorRE matches the decoder's message for a value of the wrong kind:
// "line 5: cannot unmarshal !!int `30` into []int".
var typeErrorRE = regexp.MustCompile("^line (\\d+): cannot unmarshal !!(\\w+)(?: `(.*)`)? into (.+)$")

// wrongValue rewrites the decoder's message for a value of the wrong kind
// as "jobs.reminders.before_days: want a list of numbers like [30, 7, 0],
// got 30", the key's path found in doc; ok is false for another message.
func wrongValue(msg string, doc *yaml.Node) (string, bool) {
	m := typeErrorRE.FindStringSubmatch(msg)
	if m == nil {
		return "", false
	}
	line, _ := strconv.Atoi(m[1])
	path, found := valuePath(doc, line)
	if !found {
		path = "line " + m[1]
	}
	got := m[3]
	switch m[2] {
	case "seq":
		got = "a list"
	case "map":
		got = "a section of keys"
	}
	return fmt.Sprintf("%s: want %s, got %s (line %d)", path, wantOf(m[4]), got, line), true
}

// wantOf says in words what a Go type of the configuration takes.
func wantOf(goType string) string {
	switch goType {
	case "[]int":
		return "a list of numbers like [30, 7, 0]"
	case "[]int64":
		return "a list of numbers like [123456789]"
	case "[]string":
		return "a list like [a, b]"
	case "int", "int64":
		return "a whole number"
	case "bool", "*bool":
		return "true or false"
	case "string":
		return "text"
	case "time.Duration":
		return "a duration like 30s, 10m or 336h"
	case "[]jobs.Feed":
		return "a list of feeds, each \"- url: ...\""
	}
	if strings.HasPrefix(goType, "map[") || !strings.ContainsAny(goType, "[]*") {
		return "a section of keys, one per line below it"
	}
	return goType
}

// valuePath returns the dotted path of the value on line in the YAML tree
// n ("jobs.reminders.before_days", "feeds.0"), the deepest one there.
func valuePath(n *yaml.Node, line int) (string, bool) {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			if p, ok := valuePath(c, line); ok {
				return p, true
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if p, ok := valuePath(v, line); ok {
				return k.Value + "." + p, true
			}
			if v.Line == line {
				return k.Value, true
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			if p, ok := valuePath(c, line); ok {
				return strconv.Itoa(i) + "." + p, true
			}
			if c.Line == line {
				return strconv.Itoa(i), true
			}
		}
	}
	return "", false
}
