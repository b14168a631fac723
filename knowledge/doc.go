// Package knowledge is the vocabulary of mercato's knowledge base: the
// domain types its users exchange (Input, IngestResult, PlayerRef,
// Profile, Suitor, Report, Subscription, ...), ErrNotFound and
// RejectError, the Store and Writer interfaces every store implements,
// Base (a Store with the Ingester that learns into it) and the in-memory
// NameIndex. It imports no database driver and no extractor.
//
// The subpackages do the work: ingest (the pipeline that checks an
// article, extracts and tidies its facts and hands them to a store),
// sqlite and postgres (the stores), storetest (the behaviour suite every
// store passes), extract (reading facts from text), facts (the fact
// types), text (folding, tokens, languages), clubs (the club table), heat
// and sources (how hot a link is, how reliable its source), web
// (fetching articles and feeds), correct (the admins' corrections
// applied to every answer) and sample (the built-in sample corpus).
package knowledge
