package loader

import (
	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract"
)

// Document is one article read from a source and cleaned, ready for
// extraction.
type Document struct {
	Origin    string     // where it came from, for messages: "path", "path:line" (JSON lines), "path#NEWID" (Reuters), a URL, or "-" (stdin)
	URL       string     // the article's own URL when known
	Title     string     // headline
	Source    string     // outlet, e.g. "Xinhua", "Reuters"
	Published graph.Date // publication date; zero when unknown
	Text      string     // cleaned main text, paragraphs separated by "\n\n"
	Format    string     // text, html, markdown, jsonl, reuters-sgml, timeml, xml
	Dateline  string     // the story's wire dateline when recognised ("HAVANA, Feb. 25 (Xinhua)", "LONDON, March 22"); it may also start Text
}

// Input returns the extractor's input for the document: its text and what
// is known of its title, outlet, URL, publication date and dateline.
func (d Document) Input() extract.Input {
	return extract.Input{Text: d.Text, Title: d.Title, Source: d.Source, URL: d.URL, Published: d.Published, Dateline: d.Dateline}
}
