package loader

import (
	"html"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/entente-dev/entente/graph"
)

// bylineRE matches a byline paragraph: "By Deborah Telford, Reuters", "By
// Josh Lederman and Michael Weissenstein | AP March 22 at 3:28 AM": names
// (capitalised words joined by "and"), then optionally a separator and the
// outlet and time.
var bylineRE = regexp.MustCompile(`^(?i:by)\s+\p{Lu}[\p{L}.'-]*(?:\s+(?:and\s+|de\s+|van\s+|von\s+|al-)?\p{Lu}[\p{L}.'-]*){0,6}(?:\s*(?:[,|•·/]|\s-)\s*(.*))?$`)

// dateLinePrefixRE matches the label of a date line: "Updated:",
// "Published on".
var dateLinePrefixRE = regexp.MustCompile(`^(?i:(?:last\s+)?(?:updated|published|posted|date)(?:\s+on)?\s*:?\s*)`)

// parseText reads a plain-text article: an optional headline line, optional
// outlet/date and byline lines, then the story (see Paragraphs for the
// cleaning).
func parseText(origin, text string) Document {
	return parseTextTitled(origin, text, true)
}

// parseTextTitled is parseText; wantTitle says whether a leading short line
// is the headline (false when the headline is known from elsewhere).
func parseTextTitled(origin, text string, wantTitle bool) Document {
	doc := Document{Origin: origin, Format: "text"}
	if strings.Contains(text, "&") {
		text = html.UnescapeString(text)
	}
	paras := Paragraphs(text, false)
	paras = takeHeader(&doc, paras, wantTitle)
	doc.Text = strings.Join(paras, "\n\n")
	return doc
}

// takeHeader reads the metadata lines that precede a story's body (headline
// when wantTitle, outlet and date line, byline), removes them, recognises a
// wire dateline at the start of the first body paragraph (which stays in the
// text; a paragraph that is only a dateline is joined to the next one), and
// returns the body paragraphs.
func takeHeader(doc *Document, paras []string, wantTitle bool) []string {
	for i := 0; i < 6 && len(paras) > 1; i++ {
		p := paras[0]
		if src, d, ok := parseSourceDateLine(p); ok {
			if doc.Source == "" {
				doc.Source = src
			}
			if doc.Published.IsZero() {
				doc.Published = d
			}
			paras = paras[1:]
			continue
		}
		if d, ok := dateLineDate(p); ok {
			// A line that is only the date: "February 25, 2016",
			// "Updated: 2016-02-25 10:12".
			if doc.Published.IsZero() {
				doc.Published = d
			}
			paras = paras[1:]
			continue
		}
		if m := bylineRE.FindStringSubmatch(p); m != nil && utf8.RuneCountInString(p) <= 160 {
			if doc.Source == "" {
				doc.Source = leadingOutlet(m[1])
			}
			paras = paras[1:]
			continue
		}
		if wantTitle && doc.Title == "" && isTitle(p) {
			if _, _, ok := ParseLeadDateline(p + " "); !ok {
				doc.Title = p
				paras = paras[1:]
				continue
			}
		}
		break
	}
	if len(paras) == 0 {
		return paras
	}
	if dl, n, ok := ParseLeadDateline(paras[0] + " "); ok {
		doc.Dateline = dl.Text
		if doc.Source == "" {
			doc.Source = dl.Source
		}
		if doc.Published.IsZero() && dl.Year != 0 {
			doc.Published = dl.Date(0)
		} else if doc.Published.Precision() == graph.PrecisionYear || doc.Published.Precision() == graph.PrecisionMonth {
			if d := dl.Date(doc.Published.Year); doc.Published.Contains(d) {
				doc.Published = d
			}
		}
		if n >= len(paras[0]) && len(paras) > 1 {
			// A dateline standing alone ("HAVANA (AP) --") belongs to the
			// first paragraph.
			paras = append([]string{paras[0] + " " + paras[1]}, paras[2:]...)
		}
	}
	return paras
}

// dateLineDate reads a paragraph under 60 bytes that is only a day's date,
// labelled or not ("Updated: 2016-02-25 10:12").
func dateLineDate(p string) (graph.Date, bool) {
	// Every date ParseDateText reads holds an ASCII digit.
	if len(p) >= 60 || !strings.ContainsAny(p, "0123456789") {
		return graph.Date{}, false
	}
	d, ok := ParseDateText(dateLinePrefixRE.ReplaceAllString(p, ""))
	return d, ok && d.Precision() == graph.PrecisionDay
}

// isTitle reports whether a paragraph can be a headline: one short line
// that does not end like a sentence.
func isTitle(p string) bool {
	n := utf8.RuneCountInString(p)
	if n == 0 || n > 200 || len(strings.Fields(p)) > 30 {
		return false
	}
	end, _ := utf8.DecodeLastRuneInString(p)
	return end != '.' && end != ',' && end != ';' && end != ':'
}

// leadingOutlet returns the outlet named by the first one to four words of
// s ("AP March 22 at 3:28 AM", "Associated Press Writer"), or "".
func leadingOutlet(s string) string {
	w := strings.Fields(s)
	for n := min(4, len(w)); n > 0; n-- {
		if o := Outlet(strings.Join(w[:n], " ")); o != "" {
			return o
		}
	}
	return ""
}
