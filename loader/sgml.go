package loader

import (
	"bufio"
	"bytes"
	"errors"
	"html"
	"io"
	"regexp"
	"strings"
)

var (
	reutersOpen  = []byte("<REUTERS")
	reutersClose = []byte("</REUTERS>")

	newIDRE       = regexp.MustCompile(`<REUTERS[^>]*\bNEWID="(\d+)"`)
	sgmlTextRE    = regexp.MustCompile(`(?s)<TEXT[^>]*>(.*?)(?:</TEXT>|$)`)
	reuterSignRE  = regexp.MustCompile(`(?i)\s+reuters?\s*$`)
	sgmlMetaTagRE = regexp.MustCompile(`(?s)<(TITLE|DATELINE|AUTHOR)>.*?</(TITLE|DATELINE|AUTHOR)>`)
)

// splitReuters is a bufio.SplitFunc that returns one <REUTERS>...</REUTERS>
// element at a time, so a file of 1000 stories is read with one story in
// memory. Text between elements (the DOCTYPE line) is skipped.
func splitReuters(data []byte, atEOF bool) (int, []byte, error) {
	start := bytes.Index(data, reutersOpen)
	if start < 0 {
		if atEOF {
			return len(data), nil, nil
		}
		// Keep a tail that might hold the start of "<REUTERS".
		if len(data) > len(reutersOpen) {
			return len(data) - len(reutersOpen), nil, nil
		}
		return 0, nil, nil
	}
	end := bytes.Index(data[start:], reutersClose)
	if end < 0 {
		if atEOF {
			// A truncated last element: return what there is.
			return len(data), data[start:], nil
		}
		if start > 0 {
			return start, nil, nil
		}
		return 0, nil, nil
	}
	stop := start + end + len(reutersClose)
	return stop, data[start:stop], nil
}

// readReuters streams the <REUTERS> elements of a Reuters-21578 SGML file.
func (r *Reader) readReuters(origin string, rd io.Reader, yield func(Document, error) bool) bool {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 0, 64*1024), int(min(r.maxBytes(), 1<<31-1)))
	sc.Split(splitReuters)
	for sc.Scan() {
		doc := parseReutersElement(origin, sc.Bytes())
		if doc.Title == "" && doc.Text == "" {
			// An empty wire slot ("<TEXT TYPE="UNPROC">&#2;&#3;</TEXT>").
			continue
		}
		if !yield(r.finish(doc), nil) {
			return false
		}
	}
	switch err := sc.Err(); {
	case errors.Is(err, bufio.ErrTooLong):
		return yield(Document{}, inputError(origin, "reading Reuters SGML: %v; split the file or raise the size limit (MaxBytes)", err))
	case err != nil:
		return yield(Document{}, readFailure(origin, err))
	}
	return true
}

// parseReutersElement reads one <REUTERS> element: <TITLE>, <DATE>,
// <DATELINE> and <BODY> (or the whole <TEXT> of unprocessed stories), with
// entities unescaped and the closing "Reuter" sign-off removed. Origin
// becomes "path#NEWID".
func parseReutersElement(origin string, el []byte) Document {
	s := DecodeText(el)
	doc := Document{Origin: origin, Format: "reuters-sgml", Source: "Reuters"}
	if m := newIDRE.FindStringSubmatch(s); m != nil {
		doc.Origin = origin + "#" + m[1]
	}
	if m, ok := between(s, "<DATE>", "</DATE>", false); ok {
		doc.Published, _ = ParseDateText(m)
	}
	if m, ok := between(s, "<TITLE>", "</TITLE>", false); ok {
		doc.Title = normalizeSpace(html.UnescapeString(m))
	}
	if m, ok := between(s, "<DATELINE>", "</DATELINE>", false); ok {
		dl := normalizeSpace(html.UnescapeString(m))
		doc.Dateline = strings.TrimRight(dl, " -—–")
	}
	var body string
	if m, ok := between(s, "<BODY>", "</BODY>", true); ok {
		body = m
	} else if m := sgmlTextRE.FindStringSubmatch(s); m != nil {
		body = sgmlMetaTagRE.ReplaceAllString(m[1], "")
	}
	body = stripTags(body)
	body = html.UnescapeString(body)
	// An indented line starts a new paragraph.
	body = indentParagraphs("\n" + body)
	paras := Paragraphs(body, false)
	if n := len(paras); n > 0 {
		if containsLower(paras[n-1], "reuter") {
			paras[n-1] = reuterSignRE.ReplaceAllString(paras[n-1], "")
		}
		if paras[n-1] == "" {
			paras = paras[:n-1]
		}
	}
	// Reuters-21578 briefs carry a placeholder body ("******Blah blah
	// blah."): the story is only its title.
	if len(paras) == 1 && strings.EqualFold(strings.TrimLeft(paras[0], "* "), "blah blah blah.") {
		paras = nil
	}
	doc.Text = strings.Join(paras, "\n\n")
	return doc
}
