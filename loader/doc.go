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
// or from the content when the extension says nothing. UTF-16 led by a
// byte-order mark is decoded to UTF-8 before anything else looks at it;
// other bytes that are not UTF-8 are read as Windows-1252 (DecodeText);
// entities are unescaped in every format.
//
// Bad inputs are reported, each as a *graph.Error naming the input and the
// fix, and reading goes on: empty files, binary data (images, PDFs,
// archives, anything with NUL bytes), inputs over MaxBytes (read no
// further than the limit), JSON lines over MaxBytes, unreadable files,
// pipes and sockets met in a folder, and symbolic links that loop (linked
// folders are followed; a link back to a folder being read is a loop).
// URLs are bounded by Timeout, MaxBytes and five redirects, so an endless
// body ends in an error. A done context stops reading within one buffer,
// also while standard input waits for data.
//
// Cleaning (Paragraphs) works by kinds of page furniture, not by site:
// headline tickers, breadcrumbs, share/print/font widgets, related-story
// lists, copyright footers, photo captions and credits, end markers
// ("Enditem", "(END)", "[ad_1]") and reporter credits are dropped; the
// story's paragraphs are kept, whitespace-normalised and joined by "\n\n".
// It runs on every line of every article, so its tests are byte scans and
// cheap substring checks before any regular expression, and a line costs
// no allocation unless it changes; scan_test.go holds the expressions the
// scanners replaced and checks that both agree, by table and by fuzzing.
// Plain blog front matter is read without the YAML library
// (quickFrontMatter), which is used for anything else.
//
// Metadata comes from the format's own fields first (JSON fields, meta tags
// and JSON-LD, front matter, <DATE>, <DCT>), then from the text: a headline
// line, an outlet-and-date line ("Xinhua, February 25, 2016"), a byline, and
// a wire dateline ("HAVANA, Feb. 25 (Xinhua) --", "MOSCOW (UrduPoint News /
// Sputnik - 21st July, 2020)", "SANTO DOMINGO. President ...", "KINGSTON,
// Jamaica, Jul 19 2016 –", "MEXICO 10 May 2019 —", see
// ParseLeadDateline; also in the paragraph after a standfirst when it holds
// a whole date), which stays at the start of the text and is also kept in
// Document.Dateline. A month-and-day dateline gives a date only when the
// year is known from elsewhere; the clock is never consulted. Text with no
// date so far is dated by a page's date stamp among its top lines (see
// pageStamp: a date with a clock time, a label or a weekday, on a line
// that is no sentence; one with a clock time wins over one without, which
// may be the site's today), then by its address (URLDate: "/2017/01/13/",
// "-20170516-story", "la-xpm-1986-03-24-mn", "?yyyy=2010&mm=11&dd=24").
// Reader.Published overrides every publication date.
package loader
