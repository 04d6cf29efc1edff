package loader

import (
	"html"
	"regexp"
	"strconv"
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
	if doc.Published.IsZero() {
		doc.Published = topStamp(text, paras)
	}
	doc.Text = strings.Join(paras, "\n\n")
	return doc
}

// topStamp returns the date stamp of a scraped page, or the zero Date. It
// sits among the page's furniture, often after the lines takeHeader stops
// at, and sometimes on a line the cleaner drops as a widget ("PTI | New
// Delhi | Updated: 19-02-2021 22:26 IST | Created: ..."): the first
// paragraphs are looked through, then the first raw lines; in each, the
// first stamp with a clock time wins, else the first stamp.
func topStamp(text string, paras []string) graph.Date {
	if d := firstStamp(paras[:min(len(paras), 8)]); !d.IsZero() {
		return d
	}
	var lines []string
	for rest := text; rest != "" && len(lines) < 15; {
		line := rest
		if k := strings.IndexByte(rest, '\n'); k >= 0 {
			line, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, line)
		}
	}
	return firstStamp(lines)
}

// firstStamp returns the first stamp of ps that has a clock time, else
// the first stamp, else the zero Date.
func firstStamp(ps []string) graph.Date {
	var first graph.Date
	for _, p := range ps {
		if d, ok := pageStamp(p); ok {
			if clockRE.MatchString(p) {
				return d
			}
			if first.IsZero() {
				first = d
			}
		}
	}
	return first
}

// clockRE matches a clock time. Among a page's top stamps one with a time
// is the story's ("05 October 2017, 13:23"); a weekday's date without one
// may be the site's today ("Thursday, 18 April 2024").
var clockRE = regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)

// stampDateRE matches a whole date at the start of a paragraph, after an
// optional weekday: "November 14, 2012", "Tuesday, 12 June, 2001",
// "2017-09-04".
var stampDateRE = regexp.MustCompile(`^(?:` + weekdayRE + `\.?,?\s+)?` +
	`(?:` + monthDayYearRE + `|` + dayOrdinalRE + `(?:of\s+)?` + monthThenYearRE + `|` + isoDayRE + `)\b`)

// The parts of the stamps' dates: a weekday's name, "November 14, 2012",
// "12th " and "June, 2001" (of "12th June, 2001"), "2017-09-04".
const (
	weekdayRE       = `(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*`
	monthDayYearRE  = monthRE + `\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s*\d{4}`
	dayOrdinalRE    = `\d{1,2}(?:st|nd|rd|th)?\s+`
	monthThenYearRE = monthRE + `\.?,?\s+\d{4}`
	isoDayRE        = `\d{4}-\d{2}-\d{2}`
)

// stampTimeRE matches a clock time after a stamp's date: ", 23:12 GMT",
// " 05:59 pm", " | 08:23".
var stampTimeRE = regexp.MustCompile(`^[\s,|•·]*(?:at\s+)?\d{1,2}[:.]\d{2}\b`)

// trailingStampRE matches a whole date that ends a short line after a
// separator: "Karzai Arrives in Pakistan - 2002-02-07".
var trailingStampRE = regexp.MustCompile(`\s[-|–—•]\s*((?:` + monthRE + `\.?\s+\d{1,2}\s*,?\s*\d{4}|\d{1,2}\s+` + monthThenYearRE + `|` + isoDayRE + `))$`)

// pageStamp reads the publication stamp of a scraped page from one of its
// top paragraphs: a whole date followed by a clock time ("November 14,
// 2012 05:59 pm | Updated June 22, 2016 03:38 pm IST - New Delhi": the
// first date), a short line that is a date and labels ("2017-09-04 |
// Politics"), or a short headline line ending in a date. A date inside a
// sentence is no stamp.
func pageStamp(p string) (graph.Date, bool) {
	if !strings.ContainsAny(p, "0123456789") {
		return graph.Date{}, false
	}
	q := dateLinePrefixRE.ReplaceAllString(p, "")
	if loc := stampDateRE.FindStringIndex(q); loc != nil {
		d, ok := ParseDateText(strings.TrimSpace(strings.Replace(q[:loc[1]], " of ", " ", 1)))
		if ok && d.Precision() == graph.PrecisionDay {
			rest := q[loc[1]:]
			if stampTimeRE.MatchString(rest) {
				return d, true
			}
			rest = strings.TrimSpace(rest)
			if len(p) < 120 && (rest == "" || strings.ContainsRune("|•·–—-", []rune(rest)[0])) &&
				!strings.HasSuffix(rest, ".") && len(strings.Fields(rest)) <= 8 {
				return d, true
			}
		}
	}
	if len(p) < 160 {
		if m := trailingStampRE.FindStringSubmatch(p); m != nil {
			if d, ok := ParseDateText(m[1]); ok && d.Precision() == graph.PrecisionDay {
				return d, true
			}
		}
		if !strings.HasSuffix(p, ".") || dottedStampRE.MatchString(p) {
			return innerStamp(p)
		}
	}
	return graph.Date{}, false
}

// innerDateRE matches a whole date anywhere: stampDateRE unanchored.
var innerDateRE = regexp.MustCompile(`(?:\b` + weekdayRE + `\.?,?\s+)?` +
	`(?:\b` + monthDayYearRE + `|\b` + dayOrdinalRE + monthThenYearRE + `|\b` + isoDayRE + `)\b`)

// stampLabelRE ends the text before a stamp's date: "Updated:",
// "Published On", "Posted".
var stampLabelRE = regexp.MustCompile(`(?i:updated|published|posted|created|added|date)(?:\s+(?i:on))?\s*:?\s*$`)

// timeBeforeRE ends the text before a stamp's date with a clock time:
// "(Xinhua) 09:49, June 21, 2025".
var timeBeforeRE = regexp.MustCompile(`\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*[,|]?\s*$`)

// weekdayStartRE matches a weekday's name at the start of a date.
var weekdayStartRE = regexp.MustCompile(`^` + weekdayRE + `\.?,?\s`)

// placeBeforeRE matches a place before a date that ends its line: one to
// four capitalised words and commas ("Caracas, Venezuela, ").
var placeBeforeRE = regexp.MustCompile(`^\p{Lu}[\p{L}.'-]*(?:[ ,]+\p{Lu}[\p{L}.'-]*){0,3},\s*$`)

// dottedStampRE matches a weekday and a day-first date written with dots:
// "Wednesday, 24.11.2010".
var dottedStampRE = regexp.MustCompile(`^` + weekdayRE + `,?\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$`)

// numericStampRE matches a numeric date followed by a clock time, as
// Indian and Pakistani sites stamp pages: "Updated: 19-02-2021 22:26 IST".
var numericStampRE = regexp.MustCompile(`\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}),?\s+\d{1,2}[:.]\d{2}\b`)

// innerStamp reads a stamp inside a short line of page furniture that is
// no sentence: a whole date with a clock time after or before it, or
// after a label ("Umer Jamshaid 10 seconds ago Thu 10th September 2020 |
// 08:23 PM", "PTI | New Delhi | Updated: 19-02-2021 22:26 IST"). A numeric
// date counts only when one of its numbers can only be the day.
func innerStamp(p string) (graph.Date, bool) {
	short := utf8.RuneCountInString(p) <= 80
	for _, loc := range innerDateRE.FindAllStringIndex(p, 4) {
		before := p[max(0, loc[0]-24):loc[0]]
		weekday := weekdayStartRE.MatchString(p[loc[0]:])
		if !stampTimeRE.MatchString(p[loc[1]:]) && !stampLabelRE.MatchString(before) && !timeBeforeRE.MatchString(before) &&
			!(short && weekday) && !(short && loc[1] == len(p) && placeBeforeRE.MatchString(p[:loc[0]])) {
			// (a short line with a weekday's whole date, "- Associated
			// Press - Sunday, April 15, 2012", or a place and its date,
			// "Caracas, Venezuela, July 25, 2006", is a stamp too)
			continue
		}
		if d, ok := ParseDateText(p[loc[0]:loc[1]]); ok && d.Precision() == graph.PrecisionDay {
			return d, true
		}
	}
	if m := dottedStampRE.FindStringSubmatch(p); m != nil && len(p) <= 40 {
		// "Wednesday, 24.11.2010.": dots and a weekday, day first
		if v, ok := numericDate(m[3], m[2], m[1]); ok && v.Year >= 1900 {
			return v, true
		}
	}
	if m := numericStampRE.FindStringSubmatch(p); m != nil {
		return dayMonthYear(m[1], m[2], m[3]) // (also month first: "02/19/2021 10:15")
	}
	return graph.Date{}, false
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
		if numericDayRE.MatchString(p) {
			paras = paras[1:] // "06/05/2008": a date whose order is unknown, and no headline
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
			if len(strings.Fields(p)) == 1 && len(paras) > 2 && isTitle(paras[1]) && len(strings.Fields(paras[1])) >= 3 {
				paras = paras[1:] // "News" above "King holds talks with Kuwait emir": a section's label, then the headline
				continue
			}
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
	if m := creditRE.FindStringSubmatchIndex(paras[0]); m != nil {
		// "(MENAFN- Trend News Agency) BISHKEK, Kyrgyzstan, October 13.":
		// a syndicator's credit before the dateline
		if _, _, ok := ParseLeadDateline(paras[0][m[1]:] + " "); ok {
			if doc.Source == "" {
				credit := paras[0][m[2]:m[3]]
				doc.Source = firstNonEmpty(Outlet(credit), credit)
			}
			paras[0] = paras[0][m[1]:]
		}
	}
	di := 0 // the paragraph that opens with the dateline
	if len(paras) > 1 {
		// A short line of page furniture may stand above the dateline
		// ("Xinhua) 09:49, June 21, 2025" over "BEIJING, June 20 (Xinhua)
		// --"), and a standfirst above one with its full date ("Caracas,
		// Venezuela, July 25, 2006 —Venezuelan President ...").
		furniture := len(paras) > 2 && utf8.RuneCountInString(paras[0]) <= 80 && !strings.HasSuffix(paras[0], ".")
		if _, _, ok := ParseLeadDateline(paras[0] + " "); !ok {
			if dl, _, ok := ParseLeadDateline(paras[1] + " "); ok && (furniture || dl.Year != 0) {
				di = 1
			}
		}
	}
	if dl, n, ok := ParseLeadDateline(paras[di] + " "); ok {
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
		if head := strings.TrimRight(paras[di][:min(n, len(paras[di]))], " "); strings.HasSuffix(head, ".") && n < len(paras[di]) {
			// Written as a dash, so that the dateline is no sentence of
			// its own and the lead stays the story's first sentence.
			paras[di] = head[:len(head)-1] + " - " + paras[di][n:]
		}
		if n >= len(paras[di]) && len(paras) > di+1 {
			// A dateline standing alone ("HAVANA (AP) --") belongs to the
			// paragraph after it.
			paras = append(append(paras[:di:di], paras[di]+" "+paras[di+1]), paras[di+2:]...)
		}
	}
	return paras
}

// creditRE matches a syndicator's credit before a dateline: "(MENAFN-
// Trend News Agency) ".
var creditRE = regexp.MustCompile(`^\((?:[A-Z]+-\s*)?([A-Z][A-Za-z .&'-]{1,40})\)\s+`)

// dateLineDate reads a paragraph under 60 bytes that is only a day's date,
// labelled or not ("Updated: 2016-02-25 10:12").
func dateLineDate(p string) (graph.Date, bool) {
	// Every date ParseDateText reads holds an ASCII digit.
	if len(p) >= 60 || !strings.ContainsAny(p, "0123456789") {
		return graph.Date{}, false
	}
	if strings.HasSuffix(p, ".") && len(strings.Fields(p)) > 5 {
		return graph.Date{}, false // a sentence: "On March 3, 2016, at 10:30 the talks resumed."
	}
	q := dateLinePrefixRE.ReplaceAllString(p, "")
	if m := numericDayRE.FindStringSubmatch(q); m != nil {
		return dayMonthYear(m[1], m[2], m[3])
	}
	d, ok := ParseDateText(q)
	return d, ok && d.Precision() == graph.PrecisionDay
}

// numericDayRE matches a line that is only a numeric date: "16/06/2008".
var numericDayRE = regexp.MustCompile(`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$`)

// dayMonthYear reads a numeric date whose day and month are told apart by
// one of them being over 12 ("16/06/2008", "02/19/2021") or both being the
// same; otherwise the order is unknown and there is no date.
func dayMonthYear(first, second, year string) (graph.Date, bool) {
	a, _ := strconv.Atoi(first)
	b, _ := strconv.Atoi(second)
	if a <= 12 && b > 12 {
		first, second, a, b = second, first, b, a // month first: "02/19/2021"
	}
	if a <= 12 && a != b {
		return graph.Date{}, false
	}
	d, ok := numericDate(year, second, first)
	return d, ok && d.Year >= 1900
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
