package loader

import (
	"html"
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	tmlDocIDRE = regexp.MustCompile(`(?s)<DOCID>\s*(.*?)\s*</DOCID>`)
	tmlDCTRE   = regexp.MustCompile(`(?s)<DCT>(.*?)</DCT>`)
	tmlValueRE = regexp.MustCompile(`\bvalue="([^"]*)"`)
	tmlTitleRE = regexp.MustCompile(`(?s)<TITLE>(.*?)</TITLE>`)
	tmlExtraRE = regexp.MustCompile(`(?s)<EXTRAINFO>(.*?)</EXTRAINFO>`)
	tmlTextRE  = regexp.MustCompile(`(?s)<TEXT>(.*?)(?:</TEXT>|$)`)
	xmlTitleRE = regexp.MustCompile(`(?is)<(?:title|headline|hl1?|hedline)\b[^>]*>(.*?)</(?:title|headline|hl1?|hedline)>`)
	xmlDateRE  = regexp.MustCompile(`(?is)<(?:date|pubdate|date_time|datetime|dct)\b[^>]*>(.*?)</`)
	xmlBodyRE  = regexp.MustCompile(`(?is)<(text|body|content)\b[^>]*>(.*)</(?:text|body|content)>`)
	xmlBlockRE = regexp.MustCompile(`(?i)</?(?:p|br|div|para)\b[^>]*>`)
	docIDSrcRE = regexp.MustCompile(`^([A-Za-z]+(?:_[A-Za-z]+)?)`)
	// Wire routing lines of EXTRAINFO: "BC-Russia-Ukraine, 1st Ld-Writethru",
	// "w2399 Cx1f wstmr i Cx13 ...".
	wireCodeRE = regexp.MustCompile(`^BC-|\bCx[0-9a-f]{2}\b|Writethru`)
	// Where a headline ends in EXTRAINFO: editor notes and bylines.
	wireNoteRE = regexp.MustCompile(`\s(?:QL|QC|UR|Eds?:|By)\s`)
)

// parseTimeML reads a TimeML file (TimeBank, AQUAINT, TempEval): the text of
// <TEXT> with every inline annotation tag removed and its content kept, the
// publication date from <DCT><TIMEX3 value=...>, the title from <TITLE> or
// <EXTRAINFO>, and the outlet from the DOCID prefix (APW, AFP_ENG, XIN_ENG,
// NYT, ...) or the dateline.
func parseTimeML(origin, s string) Document {
	doc := Document{Origin: origin, Format: "timeml"}
	if m := tmlDocIDRE.FindStringSubmatch(s); m != nil {
		if p := docIDSrcRE.FindStringSubmatch(m[1]); p != nil {
			doc.Source = Outlet(p[1])
			if doc.Source == "" {
				doc.Source = Outlet(strings.SplitN(p[1], "_", 2)[0])
			}
		}
	}
	if m := tmlDCTRE.FindStringSubmatch(s); m != nil {
		if v := tmlValueRE.FindStringSubmatch(m[1]); v != nil {
			doc.Published, _ = ParseDateText(v[1])
		}
		// "PHNOM PENH, Nov. 3 , 2006 (Xinhua)": a dateline in the DCT.
		dct := normalizeSpace(html.UnescapeString(stripTags(m[1])))
		if k := strings.LastIndex(dct, "("); k > 0 && strings.HasSuffix(dct, ")") {
			if doc.Source == "" {
				doc.Source = Outlet(dct[k+1 : len(dct)-1])
			}
			doc.Dateline = dct
		}
	}
	if m := tmlTitleRE.FindStringSubmatch(s); m != nil {
		doc.Title = normalizeSpace(html.UnescapeString(stripTags(m[1])))
		if isEditorNote(doc.Title) {
			doc.Title = "" // "ATTENTION - ADDS background ... ///": a note to editors, no headline
		}
	}
	if doc.Title == "" {
		if m := tmlExtraRE.FindStringSubmatch(s); m != nil {
			// "APW20000328.0257  NEWS STORY  2000-03-28 23:12" then the
			// headline on the next line.
			doc.Title = extraInfoTitle(m[1])
		}
	}
	text := s
	if m := tmlTextRE.FindStringSubmatch(s); m != nil {
		text = m[1]
	}
	text = html.UnescapeString(stripTags(text))
	paras := Paragraphs(text, false)
	paras = takeHeader(&doc, paras, doc.Title == "")
	doc.Text = strings.Join(paras, "\n\n")
	return doc
}

// parseXML reads a generic XML or SGML news document: the text of its body
// with tags removed, the title from <title>/<headline>/<HL>, the date from a
// date element.
func parseXML(origin, s string) Document {
	doc := Document{Origin: origin, Format: "xml"}
	if m := xmlTitleRE.FindStringSubmatch(s); m != nil {
		doc.Title = normalizeSpace(html.UnescapeString(stripTags(m[1])))
	}
	if m := xmlDateRE.FindStringSubmatch(s); m != nil {
		doc.Published, _ = ParseDateText(normalizeSpace(stripTags(m[1])))
	}
	body := s
	if m := xmlBodyRE.FindStringSubmatch(s); m != nil {
		body = m[2]
	}
	body = xmlBlockRE.ReplaceAllString(body, "\n\n")
	body = html.UnescapeString(stripTags(body))
	paras := Paragraphs(body, false)
	paras = takeHeader(&doc, paras, doc.Title == "")
	doc.Text = strings.Join(paras, "\n\n")
	return doc
}

// extraInfoTitle finds the headline in a TimeML <EXTRAINFO> block: its
// first line is the document ID and date, wire routing lines are skipped,
// and editor notes after the headline are cut.
func extraInfoTitle(s string) string {
	lines := strings.Split(strings.TrimSpace(html.UnescapeString(stripTags(s))), "\n")
	if len(lines) < 2 {
		return ""
	}
	var keep []string
	for _, l := range lines[1:] {
		if l = strings.TrimSpace(l); l != "" && !wireCodeRE.MatchString(l) {
			keep = append(keep, l)
		}
	}
	t := strings.Join(keep, " ")
	if loc := wireNoteRE.FindStringIndex(t); loc != nil {
		t = t[:loc[0]]
	}
	t = normalizeSpace(t)
	if utf8.RuneCountInString(t) > 200 {
		return ""
	}
	return t
}
