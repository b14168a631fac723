// Package opsserver is the operator's HTTP endpoint of `mercato run`,
// off unless http.listen is set, on a listener of its own (the Telegram
// webhook keeps its own):
//
//   - /healthz answers 200 when every part (the database, each
//     configured adapter) is up and 503 otherwise, with a small JSON body
//     naming each part and its state, the last run of each job and, once
//     re-extraction exists, the articles awaiting it;
//   - /metrics serves a Prometheus registry in the text format.
//
// It knows nothing of the store or the adapters: main hands it named
// checks, a function listing the jobs' last runs and a gatherer.
package opsserver
