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
	if id, ok := reutersNewID(s); ok {
		doc.Origin = origin + "#" + id
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
	} else if m, ok := sgmlText(s); ok {
		body = sgmlMetaTagRE.ReplaceAllString(m, "")
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

// reutersNewID returns the NEWID attribute of a <REUTERS> tag, as the
// expression `<REUTERS[^>]*\bNEWID="(\d+)"` finds it: in the first tag
// that has one, the last one before the tag's '>' (or the end of s).
func reutersNewID(s string) (string, bool) {
	const open, attr = "<REUTERS", `NEWID="`
	for off := 0; ; {
		k := strings.Index(s[off:], open)
		if k < 0 {
			return "", false
		}
		start := off + k + len(open)
		end := len(s)
		if e := strings.IndexByte(s[start:], '>'); e >= 0 {
			end = start + e
		}
		for tag := s[start:end]; ; {
			m := strings.LastIndex(tag, attr)
			if m < 0 {
				break
			}
			tag = tag[:m]
			at := start + m
			if isWordByte(s[at-1]) {
				continue // no word boundary before NEWID
			}
			digits := at + len(attr)
			j := digits
			for j < len(s) && '0' <= s[j] && s[j] <= '9' {
				j++
			}
			if j > digits && j < len(s) && s[j] == '"' {
				return s[digits:j], true
			}
		}
		off += k + 1
	}
}

// sgmlText returns the content of the first <TEXT> element, as the
// expression `(?s)<TEXT[^>]*>(.*?)(?:</TEXT>|$)` finds it: from the '>'
// that ends the first "<TEXT" to the next "</TEXT>" or the end of s.
func sgmlText(s string) (string, bool) {
	i := strings.Index(s, "<TEXT")
	if i < 0 {
		return "", false
	}
	j := strings.IndexByte(s[i:], '>')
	if j < 0 {
		return "", false
	}
	rest := s[i+j+1:]
	if k := strings.Index(rest, "</TEXT>"); k >= 0 {
		rest = rest[:k]
	}
	return rest, true
}

// isWordByte reports whether c is a word character of a regular
// expression's \b: an ASCII letter, digit or '_'.
func isWordByte(c byte) bool {
	return isASCIILetter(c) || '0' <= c && c <= '9' || c == '_'
}
