package metrics

import (
	"slices"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// namespace starts every metric's name.
const namespace = "mercato"

// Metrics are mercato's own metrics. Its methods are safe for concurrent
// use, and do nothing on a nil *Metrics.
type Metrics struct {
	commands   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	questions  *prometheus.CounterVec
	articles   *prometheus.CounterVec
	extraction prometheus.Histogram
	links      prometheus.Counter
	deliveries *prometheus.CounterVec
	waits      *prometheus.CounterVec
	throttled  *prometheus.CounterVec
	jobRuns    *prometheus.CounterVec
	jobTime    *prometheus.HistogramVec
	feedPolls  *prometheus.CounterVec
}

// NewRegistry returns a registry holding the Go runtime and process
// collectors, for New and the /metrics endpoint.
func NewRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// New creates mercato's metrics and registers them on reg.
func New(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		commands: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "commands_total",
			Help: "Requests answered, by platform, command (ask: a question) and outcome (ok, not_found, refused, error).",
		}, []string{"platform", "command", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: namespace, Name: "answer_duration_seconds",
			Help:    "Time to compose an answer, by command.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 4, 8), // 0.5 ms to 8 s
		}, []string{"command"}),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "questions_total",
			Help: "Questions in plain words, by detected language and intent.",
		}, []string{"lang", "intent"}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "articles_ingested_total",
			Help: "Articles offered to the knowledge base, by source (file, command, url, feed) and result (new, duplicate, rejected, error).",
		}, []string{"source", "result"}),
		extraction: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: namespace, Name: "extraction_duration_seconds",
			Help:    "Time to extract the facts of one article.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 4, 8),
		}),
		links: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: namespace, Name: "links_stored_total",
			Help: "Links between a player and a club stored from new articles.",
		}),
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "deliveries_total",
			Help: "Messages delivered, by platform and outcome (sent, retried, failed: given up, gone: the chat is gone, uncertain: it went out with no answer and is not sent again).",
		}, []string{"platform", "outcome"}),
		waits: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "rate_limit_waits_total",
			Help: "Messages held back to stay under a platform's rate limits, by platform (Telegram's pacer; discordgo's own waits are not counted).",
		}, []string{"platform"}),
		throttled: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "rate_limited_total",
			Help: "Responses 429 Too Many Requests from a platform, by platform.",
		}, []string{"platform"}),
		jobRuns: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "job_runs_total",
			Help: "Runs of the scheduled jobs, by job and outcome (ok, failed).",
		}, []string{"job", "outcome"}),
		jobTime: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: namespace, Name: "job_duration_seconds",
			Help:    "Duration of the scheduled jobs' runs, by job and outcome.",
			Buckets: prometheus.ExponentialBuckets(0.01, 4, 9), // 10 ms to 11 min
		}, []string{"job", "outcome"}),
		feedPolls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "feed_polls_total",
			Help: "Polls of one news feed, by outcome (ok, failed).",
		}, []string{"outcome"}),
	}
	reg.MustRegister(m.commands, m.latency, m.questions, m.articles, m.extraction, m.links,
		m.deliveries, m.waits, m.throttled, m.jobRuns, m.jobTime, m.feedPolls)
	return m
}

// The bounded sets of label values; anything else is counted as "other".
var (
	platforms = []string{"console", "telegram", "discord"}
	languages = []string{"en", "fr", "es", "it", "de"}
)

// bounded returns v when it is one of known, else "other".
func bounded(v string, known []string) string {
	if slices.Contains(known, v) {
		return v
	}
	return "other"
}

// Answered counts one request answered (bot.Metrics).
func (m *Metrics) Answered(platform, command, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	m.commands.WithLabelValues(bounded(platform, platforms), command, outcome).Inc()
	m.latency.WithLabelValues(command).Observe(took.Seconds())
}

// Asked counts one question by language and intent (bot.Metrics).
func (m *Metrics) Asked(lang, intent string) {
	if m == nil {
		return
	}
	m.questions.WithLabelValues(bounded(lang, languages), intent).Inc()
}

// The sources and results of an ingested article.
const (
	SourceFile    = "file"
	SourceCommand = "command"
	SourceURL     = "url"
	SourceFeed    = "feed"

	ResultNew       = "new"
	ResultDuplicate = "duplicate"
	ResultRejected  = "rejected"
	ResultError     = "error"
)

// Ingested counts one article offered from source, with its result and,
// for a new one, the links it stored.
func (m *Metrics) Ingested(source, result string, links int) {
	if m == nil {
		return
	}
	m.articles.WithLabelValues(source, result).Inc()
	if links > 0 {
		m.links.Add(float64(links))
	}
}

// Extracted records the time one extraction took.
func (m *Metrics) Extracted(took time.Duration) {
	if m == nil {
		return
	}
	m.extraction.Observe(took.Seconds())
}

// The outcomes of a delivery.
const (
	DeliverySent    = "sent"
	DeliveryRetried = "retried"
	DeliveryFailed  = "failed"
	DeliveryGone    = "gone"
	// DeliveryUncertain: the message went out but its answer was lost;
	// it is not sent again.
	DeliveryUncertain = "uncertain"
)

// Delivered counts one message's delivery on platform.
func (m *Metrics) Delivered(platform, outcome string) {
	if m == nil {
		return
	}
	m.deliveries.WithLabelValues(bounded(platform, platforms), outcome).Inc()
}

// Waited counts one message held back by platform's rate limits.
func (m *Metrics) Waited(platform string) {
	if m == nil {
		return
	}
	m.waits.WithLabelValues(bounded(platform, platforms)).Inc()
}

// Throttled counts one 429 response from platform.
func (m *Metrics) Throttled(platform string) {
	if m == nil {
		return
	}
	m.throttled.WithLabelValues(bounded(platform, platforms)).Inc()
}

// JobRan counts one run of job, its outcome ("ok" or "failed") and how
// long it took.
func (m *Metrics) JobRan(job, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	m.jobRuns.WithLabelValues(job, outcome).Inc()
	m.jobTime.WithLabelValues(job, outcome).Observe(took.Seconds())
}

// FeedPolled counts the polls of n feeds with outcome ("ok" or "failed").
func (m *Metrics) FeedPolled(outcome string, n int) {
	if m == nil || n <= 0 {
		return
	}
	m.feedPolls.WithLabelValues(outcome).Add(float64(n))
}
