// Package loader turns news articles into graph facts: it reads sources
// (files, directories, globs, stdin, URLs, JSON lines), decodes and cleans
// them (HTML main text, SGML/TimeML wires, Markdown posts, scraping noise),
// finds their metadata (title, source, dateline, publication date), runs the
// pure extractor (package extract) and hands each article's facts to a
// graph.Writer in one transaction.
//
// # Reading
//
// Reader.Documents streams Documents from its arguments: Reuters-21578 SGML
// files one <REUTERS> element at a time and JSON-lines files one line at a
// time, so memory stays flat in corpus size; other formats are read whole,
// up to Reader.MaxBytes. The format comes from the extension (DetectFormat),
// or from the content when the extension says nothing. Bytes that are not
// UTF-8 are read as Windows-1252 (DecodeText); entities are unescaped in
// every format.
//
// Cleaning (Paragraphs) works by kinds of page furniture, not by site:
// headline tickers, breadcrumbs, share/print/font widgets, related-story
// lists, copyright footers, photo captions and credits, end markers
// ("Enditem", "(END)", "[ad_1]") and reporter credits are dropped; the
// story's paragraphs are kept, whitespace-normalised and joined by "\n\n".
//
// Metadata comes from the format's own fields first (JSON fields, meta tags
// and JSON-LD, front matter, <DATE>, <DCT>), then from the text: a headline
// line, an outlet-and-date line ("Xinhua, February 25, 2016"), a byline, and
// a wire dateline ("HAVANA, Feb. 25 (Xinhua) --", see ParseLeadDateline),
// which stays at the start of the text and is also kept in
// Document.Dateline. A month-and-day dateline gives a date only when the
// year is known from elsewhere; the clock is never consulted.
// Reader.Published overrides every publication date.
package loader
