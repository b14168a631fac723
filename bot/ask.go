package bot

import (
	"cmp"
	"context"
	"unicode/utf8"

	"github.com/mercato-bot/mercato/bot/i18n"
	"github.com/mercato-bot/mercato/knowledge"
)

// ask answers /ask <question> and any text that is not a command: it
// works out the intent and the names, then answers as the command the
// question maps to would, with the fixed words in the question's language.
// Its Data is the command's plus "intent".
func (rt *Router) ask(ctx context.Context, c *call) Reply {
	if utf8.RuneCountInString(c.arg) > maxQuestion {
		return errReply(c.lang, "err.toolong", maxQuestion)
	}
	q, err := rt.parseQuestion(ctx, c.arg, c.req.Lang)
	if err != nil {
		return rt.internalError(ctx, c, err)
	}
	rt.metrics.Asked(q.lang, string(q.intent))
	qc := *c
	qc.lang = q.lang
	r := rt.answer(ctx, &qc, q)
	data, ok := r.Data.(map[string]any)
	if !ok {
		data = map[string]any{}
	}
	data["intent"] = string(q.intent)
	r.Data = data
	return r
}

// commandOf is the command an intent maps to.
var commandOf = map[intent]string{
	intentSuitors: "suitors", intentPlayer: "player", intentFees: "player", intentClub: "club",
	intentLatest: "latest", intentSources: "sources", intentExpiring: "expiring",
	intentHot: "hot", intentTimeline: "timeline",
}

// answer answers a parsed question.
func (rt *Router) answer(ctx context.Context, c *call, q question) Reply {
	cmdFor := commandFor(commandOf[q.intent])
	if q.intent == intentSources && q.club.ID != 0 {
		cmdFor = commandFor("sources", "|", q.club.Name)
	}
	switch {
	case q.offTopic:
		return errReply(c.lang, "q.offtopic")
	case q.intent == intentUnknown && q.unknown != "":
		return rt.noPlayer(ctx, c, q.unknown, commandFor("suitors"))
	case q.intent == intentUnknown:
		return errReply(c.lang, "q.unknown", i18n.T(c.lang, "q.ex1"), i18n.T(c.lang, "q.ex2"))
	case q.newClub != "" && len(q.players) == 0 && q.intent == intentLatest:
		return noRumourAbout(c.lang, q.newClub)
	case q.newClub != "" && len(q.players) == 0 && q.intent == intentClub:
		return rt.clubOf(ctx, c, knowledge.ClubRef{Name: q.newClub})
	case len(q.players) > 1:
		return playerChoices(c.lang, rt.questionName(q), q.players, cmdFor)
	case len(q.clubs) > 1 && len(q.players) == 0:
		_, alt := rt.resolveClub(ctx, c, q.clubs[0].Name, cmdFor)
		if alt != nil {
			return *alt
		}
	}
	var p knowledge.PlayerRef
	if len(q.players) == 1 {
		p = q.players[0]
	}
	cl := q.club
	if cl.ID == 0 && len(q.clubs) > 0 {
		cl = q.clubs[0]
	}
	switch q.intent {
	case intentSuitors:
		return rt.suitorsOf(ctx, c, p)
	case intentPlayer:
		return rt.playerOf(ctx, c, p, knowledge.ClubRef{})
	case intentFees:
		return rt.playerOf(ctx, c, p, cl)
	case intentClub:
		return rt.clubOf(ctx, c, cl)
	case intentLatest:
		n := q.count
		if n == 0 {
			n = defLatest
		}
		if p.ID != 0 {
			cl = knowledge.ClubRef{}
		}
		return rt.latestOf(ctx, c, n, p, cl)
	case intentSources:
		return rt.sourcesOf(ctx, c, p, cl, 1)
	case intentHot:
		return rt.hotOf(ctx, c, cmp.Or(min(q.count, maxHot), defHot))
	case intentTimeline:
		return rt.timelineOf(ctx, c, p)
	}
	from, to := q.from, q.to
	if from.IsZero() {
		from, to = rt.defaultWindow()
	}
	return rt.expiringOf(ctx, c, from, to)
}

// questionName is the name an ambiguous question used, as the user
// wrote it, for the heading.
func (rt *Router) questionName(q question) string {
	if q.typed != "" {
		return q.typed
	}
	if q.unknown != "" {
		return q.unknown
	}
	return q.players[0].Name
}
