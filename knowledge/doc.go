// Package knowledge is the vocabulary of mercato's knowledge base: the
// domain types its users exchange (Input, IngestResult, PlayerRef,
// Profile, Suitor, Report, Subscription, ...), ErrNotFound and
// RejectError, the Store and Writer interfaces every store implements,
// name folding and the in-memory NameIndex. It imports no database driver
// and no extractor.
//
// The subpackages do the work: ingest (the pipeline that checks an
// article, extracts and tidies its facts and hands them to a store),
// sqlite (the store in one SQLite file), storetest (the behaviour suite
// every store passes), extract (reading facts from text), facts (the
// fact types), clubs (the club table), web (fetching articles and feeds)
// and sample (the built-in sample corpus).
package knowledge
