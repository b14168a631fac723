package jobs

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
)

// reminderGrace is how many days after a contract ended a reminder that
// could not go out in time (an outage) is still sent.
const reminderGrace = 7

// reminders sends each reminders subscription the players matching its
// filter whose contract end crossed one of the thresholds.
type reminders struct {
	store      Store
	loc        *time.Location
	beforeDays []int // distinct, largest first
}

// due is a player whose contract crossed a threshold.
type due struct {
	knowledge.Expiring
	days    int   // days left: negative once ended
	crossed []int // the thresholds crossed, largest first
}

func (r *reminders) start(ctx context.Context, now time.Time) (composer, error) {
	dues, err := r.due(ctx, now)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, sub knowledge.Subscription) (message, bool, error) {
		var send []due
		for _, d := range dues {
			if !matches(sub, d.Expiring) {
				continue
			}
			// The tightest threshold crossed says whether this one is news:
			// one reminder at 5 days left, not a 30-day and a 7-day one.
			sent, err := r.store.ReminderSent(ctx, sub.ID, d.Player, d.crossed[len(d.crossed)-1])
			if err != nil {
				return message{}, false, fmt.Errorf("jobs: reminders: %w", err)
			}
			if !sent {
				send = append(send, d)
			}
		}
		if len(send) == 0 {
			return message{}, false, nil
		}
		return message{
			reply: reminderReply(sub.Lang, send),
			// Each player's tightest threshold alone decides whether the
			// reminder is news: it is claimed (once across runs and
			// replicas) and is the one released; the wider ones are only
			// marked. A claim that fails half way gives back what it took,
			// so that it can be tried again whole.
			claim: func(ctx context.Context) error {
				for i, d := range send {
					if err := r.store.ClaimReminder(ctx, sub.ID, d.Player, d.crossed[len(d.crossed)-1]); err != nil {
						return errors.Join(fmt.Errorf("jobs: reminders: %w", err), r.unclaim(ctx, sub, send[:i]))
					}
				}
				for _, d := range send {
					for _, days := range d.crossed[:len(d.crossed)-1] {
						if err := r.store.MarkReminder(ctx, sub.ID, d.Player, days); err != nil {
							return errors.Join(fmt.Errorf("jobs: reminders: %w", err), r.unclaim(ctx, sub, send))
						}
					}
				}
				return nil
			},
			release: func(ctx context.Context) error { return r.unclaim(ctx, sub, send) },
		}, true, nil
	}, nil
}

// unclaim gives back the claims of the reminders of send.
func (r *reminders) unclaim(ctx context.Context, sub knowledge.Subscription, send []due) error {
	for _, d := range send {
		if err := r.store.UnmarkReminder(ctx, sub.ID, d.Player, d.crossed[len(d.crossed)-1]); err != nil {
			return fmt.Errorf("jobs: reminders: %w", err)
		}
	}
	return nil
}

// due lists the players whose contract end, seen from now's day in the
// configured time zone, crossed a threshold, soonest first.
func (r *reminders) due(ctx context.Context, now time.Time) ([]due, error) {
	today := facts.DateOf(now.In(r.loc)).Start()
	// A wide window: a month or a year precision date is filtered below on
	// its last day, whatever the store compares.
	from := facts.DateOf(today.AddDate(-1, 0, 0))
	to := facts.DateOf(today.AddDate(1, 0, r.beforeDays[0]))
	exp, err := r.store.Expiring(ctx, from, to)
	if err != nil {
		return nil, fmt.Errorf("jobs: reminders: %w", err)
	}
	var dues []due
	for _, e := range exp {
		if e.Expires.IsZero() {
			continue
		}
		days := int(e.Expires.End().Sub(today).Hours() / 24)
		if days < -reminderGrace {
			continue
		}
		var crossed []int
		for _, b := range r.beforeDays {
			if days <= b {
				crossed = append(crossed, b)
			}
		}
		if len(crossed) > 0 {
			dues = append(dues, due{Expiring: e, days: days, crossed: crossed})
		}
	}
	slices.SortStableFunc(dues, func(a, b due) int {
		if a.days != b.days {
			return a.days - b.days
		}
		return strings.Compare(a.Player, b.Player)
	})
	return dues, nil
}

// matches reports whether a subscription's filter covers a player.
func matches(sub knowledge.Subscription, e knowledge.Expiring) bool {
	switch sub.Filter {
	case knowledge.FilterPlayer:
		return sameName(sub.FilterName, e.Player)
	case knowledge.FilterClub:
		return sameName(sub.FilterName, e.Club)
	}
	return true
}

func sameName(a, b string) bool {
	return a != "" && strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// reminderReply says "Boubacar Kamara's contract with Marseille ends on
// 30 June 2022, in 29 days.", or has one item per player when several,
// in lang (the subscription's language).
func reminderReply(lang string, dues []due) bot.Reply {
	r := bot.Reply{Title: i18n.T(lang, "remind.title"), Lang: lang}
	if len(dues) == 1 {
		d := dues[0]
		r.Title = i18n.T(lang, "remind.title1", d.Player)
		r.Lines = []string{i18n.T(lang, "remind.line", d.Player, contractText(lang, d))}
	} else {
		for _, d := range dues {
			r.Items = append(r.Items, bot.Item{Label: d.Player, Detail: contractText(lang, d)})
		}
	}
	r.Footer = i18n.T(lang, "remind.footer")
	return r
}

// contractText is "contract with Marseille ends on 30 June 2022, in 29
// days", in lang.
func contractText(lang string, d due) string {
	s := i18n.T(lang, "remind.contract")
	if d.Club != "" {
		s = i18n.T(lang, "remind.contractwith", d.Club)
	}
	on := i18n.T(lang, "remind.onday", dateText(lang, d.Expires))
	if d.Expires.Month == 0 {
		on = i18n.T(lang, "remind.inyear", dateText(lang, d.Expires))
	}
	switch {
	case d.days < 0:
		return i18n.T(lang, "remind.ended", s, on, i18n.Count(lang, "day", -d.days))
	case d.days == 0:
		return i18n.T(lang, "remind.today", s, on)
	case d.days == 1:
		return i18n.T(lang, "remind.tomorrow", s, on)
	}
	return i18n.T(lang, "remind.ends", s, on, d.days)
}

// dateText writes a contract end as people of lang say it: "30 June 2022"
// for a day or a month (a contract "to June 2022" runs to its last day),
// "2022" for a year.
func dateText(lang string, d facts.Date) string {
	if d.Month == 0 {
		return fmt.Sprint(d.Year)
	}
	return i18n.LongDate(lang, d.End())
}
