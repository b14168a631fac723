// Package ingest is how mercato's knowledge base learns an article: the
// pipeline checks the input (size, text, URL), skips an article already
// stored, extracts its facts, tidies them (trims and clips names, one link
// per club, drops what cannot be stored) and hands the finished article to
// a store (knowledge.Writer) to write in one transaction.
//
// The store never extracts: it can be tested with hand-built facts, and
// any store implementing knowledge.Writer can sit behind the pipeline.
package ingest
