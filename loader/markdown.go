package loader

import (
	"fmt"
	"html"
	"net/url"
	"strings"

	"github.com/goccy/go-yaml"
	xhtml "golang.org/x/net/html"
)

// splitFrontMatter splits a Markdown post into its YAML front matter and
// body. ok is false when the text has no front matter.
func splitFrontMatter(text string) (front, body string, ok bool) {
	t := strings.TrimLeft(text, "\ufeff")
	if !strings.HasPrefix(t, "---\n") && !strings.HasPrefix(t, "---\r\n") {
		return "", text, false
	}
	rest := t[strings.Index(t, "\n")+1:]
	for off := 0; ; {
		k := strings.Index(rest[off:], "\n---")
		if k < 0 {
			return "", text, false
		}
		end := off + k + 4
		if end == len(rest) || rest[end] == '\n' || rest[end] == '\r' {
			return rest[:off+k+1], strings.TrimLeft(rest[end:], "\r\n"), true
		}
		off = end
	}
}

// yamlString returns a front-matter value as a string: a scalar as written,
// the first element of a list.
func yamlString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := yamlString(e); s != "" {
				return s
			}
		}
		return ""
	case bool, map[string]any:
		return ""
	}
	return strings.TrimSpace(fmt.Sprint(v))
}

// The front-matter fields parseMarkdown reads, each list in order of
// preference. frontMatterKeys is built from them.
var (
	fmSourceKeys = []string{"source", "publisher"}
	fmURLKeys    = []string{"canonical_url", "original_link", "url", "link", "permalink"}
	fmTitleKeys  = []string{"post_title", "original_title", "title"}
	fmDateKeys   = []string{"post_date", "date", "published", "published_at", "pubdate"}
)

// parseMarkdown reads a Markdown post with YAML front matter (as Jekyll and
// WordPress exports write them) and an HTML or Markdown body.
func parseMarkdown(origin, text string) (Document, error) {
	doc := Document{Origin: origin, Format: "markdown"}
	front, body, ok := splitFrontMatter(text)
	var fm map[string]any
	if ok {
		if q, quick := quickFrontMatter(front); quick {
			fm = q
		} else if err := yaml.Unmarshal([]byte(front), &fm); err != nil {
			return Document{}, inputError(origin, "bad YAML front matter (%s); fix the lines between the two '---' lines", firstLine(err.Error()))
		}
	}
	get := func(keys ...string) string {
		for _, k := range keys {
			if s := yamlString(fm[k]); s != "" {
				return html.UnescapeString(s)
			}
		}
		return ""
	}
	doc.URL = articleURL(get(fmURLKeys...))
	doc.Source = firstNonEmpty(Outlet(get(fmSourceKeys...)), OutletOfURL(doc.URL))
	doc.Title = cleanTitle(get(fmTitleKeys...), &doc.Source, get(fmSourceKeys...), doc.URL)
	for _, k := range fmDateKeys {
		if d, ok := ParseDateText(yamlString(fm[k])); ok {
			doc.Published = d
			break
		}
	}
	text, location := markdownBodyText(body)
	setBody(&doc, text, location)
	return doc, nil
}

// markdownBodyText renders a post body that mixes HTML and Markdown as text
// with one paragraph per line. location is the dateline place that
// Reuters pages mark with class "articleLocation" ("" when none).
func markdownBodyText(body string) (text, location string) {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = dropAdMarkers(body)
	body = mdLinkText(body)
	body = mdStripHeadings(body)
	body = mdStrongText(body)
	body = closeRawElements(body)
	// A blank line ends a Markdown paragraph; HTML would ignore it.
	body = mdBlankLinesToBreaks(body)
	root, err := xhtml.Parse(strings.NewReader(body))
	if err != nil {
		return body, ""
	}
	location = classText(root, "articleLocation")
	return renderText(root), location
}

// articleURL returns the article's own address: news aggregators' redirect
// links ("...?url=https://site/story") are unwrapped.
func articleURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return u
	}
	if strings.Contains(p.Host, "news.google.") {
		if inner := p.Query().Get("url"); strings.HasPrefix(inner, "http") {
			return inner
		}
	}
	return u
}

func firstLine(s string) string {
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		return s[:k]
	}
	return s
}

// voidElements never have content, so "<br/>" needs no closing tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// closeRawElements rewrites self-closed non-void elements ("<iframe/>",
// "<span id=x/>") as open-and-close pairs. XHTML-style "<iframe ... />" or
// "<i aria-hidden="true"/>" is read by an HTML parser as an open element
// that swallows the rest of the page (as raw text, or hidden), so non-void
// elements are closed explicitly. A self-closed tag is '<', a name
// ([a-zA-Z][a-zA-Z0-9-]*), optionally white space and attributes without
// '<' or '>', then "/>".
func closeRawElements(s string) string {
	if !strings.Contains(s, "/>") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		name, attrs, end, ok := selfClosedTag(s, i)
		if !ok {
			continue
		}
		if voidElements[strings.ToLower(name)] {
			i = end - 1
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s) + 64)
		}
		b.WriteString(s[last:i])
		b.WriteString("<" + name + attrs + "></" + name + ">")
		last = end
		i = end - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// selfClosedTag reads a self-closed tag at s[i] (a '<'): its name, its
// attributes with the white space before them and without the white space
// after them (as the expression `<([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*?)?\s*/>`
// captures them), and the end of the tag.
func selfClosedTag(s string, i int) (name, attrs string, end int, ok bool) {
	j := i + 1
	if j >= len(s) || !isASCIILetter(s[j]) {
		return "", "", 0, false
	}
	for j++; j < len(s) && (isASCIILetter(s[j]) || '0' <= s[j] && s[j] <= '9' || s[j] == '-'); j++ {
	}
	name = s[i+1 : j]
	k := strings.IndexAny(s[j:], "<>")
	if k < 0 || s[j+k] != '>' || k == 0 || s[j+k-1] != '/' {
		return "", "", 0, false
	}
	span := s[j : j+k-1] // between the name and "/>"
	if span != "" {
		if !isPerlSpace(span[0]) {
			return "", "", 0, false
		}
		attrs = strings.TrimRight(span, " \t\n\f\r")
		if attrs == "" {
			attrs = span[:1]
		}
	}
	return name, attrs, j + k + 1, true
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// mdLinkText replaces Markdown links and images by their text, as
// `!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"\n]*")?\)` replaced by "$1" does:
// "[text](url)", "![alt](url "title")".
func mdLinkText(s string) string {
	var b strings.Builder
	var sc linkScanner
	last := 0
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '[')
		if k < 0 {
			break
		}
		open := i + k
		text, end, ok := sc.link(s, open)
		if !ok {
			i = open + 1
			continue
		}
		start := open
		if start > last && s[start-1] == '!' {
			start--
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:start])
		b.WriteString(text)
		last, i = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// linkScanner reads Markdown links. Every '[' before the same ']' (or
// newline) shares its closing, and every URL that starts before the same
// ')' or white space shares its end and title: the scanner remembers the
// last of each, so a page of unclosed brackets is read in linear time, as
// the expression it replaces would.
type linkScanner struct {
	textFrom, textStop int // '[' ... at textFrom or later, up to textStop: the first ']' or '\n' (-1: none)
	urlFrom, urlStop   int // URLs starting at urlFrom or later stop at urlStop: ')', white space or len
	urlEnd             int // where a link whose URL stops at urlStop ends; -1 when it does not
	textSet, urlSet    bool
}

// link reads a link at s[open] (a '['): its text and where it ends.
func (sc *linkScanner) link(s string, open int) (text string, end int, ok bool) {
	j := open + 1
	if !sc.textSet || j < sc.textFrom || j > sc.textStop && sc.textStop >= 0 {
		sc.textFrom, sc.textSet = j, true
		sc.textStop = strings.IndexAny(s[j:], "]\n")
		if sc.textStop >= 0 {
			sc.textStop += j
		}
	}
	k := sc.textStop
	if k < 0 || s[k] != ']' {
		return "", 0, false
	}
	text = s[j:k]
	j = k + 1
	if j >= len(s) || s[j] != '(' {
		return "", 0, false
	}
	j++
	if !sc.urlSet || j < sc.urlFrom || j > sc.urlStop {
		sc.urlFrom, sc.urlSet = j, true
		stop := j
		for stop < len(s) && s[stop] != ')' && !isPerlSpace(s[stop]) {
			stop++
		}
		sc.urlStop, sc.urlEnd = stop, linkEnd(s, stop)
	}
	if sc.urlEnd < 0 {
		return "", 0, false
	}
	return text, sc.urlEnd, true
}

// linkEnd returns where a link ends whose URL stops at j: after its ')',
// or after white space, a quoted title on one line and ')'; -1 when the
// link does not close.
func linkEnd(s string, j int) int {
	if j >= len(s) {
		return -1
	}
	if s[j] == ')' {
		return j + 1
	}
	for j < len(s) && isPerlSpace(s[j]) {
		j++
	}
	if j >= len(s) || s[j] != '"' {
		return -1
	}
	q := strings.IndexAny(s[j+1:], "\"\n")
	if q < 0 || s[j+1+q] != '"' {
		return -1
	}
	j += q + 2
	if j >= len(s) || s[j] != ')' {
		return -1
	}
	return j + 1
}

// mdStripHeadings removes the marks of Markdown headings, as
// `(?m)^\s{0,3}#{1,6}\s+` replaced by "" does: at the start of a line, up
// to three white-space characters, one to six '#' and the white space after
// them (newlines included).
func mdStripHeadings(s string) string {
	if strings.IndexByte(s, '#') < 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		end, ok := mdHeadingMark(s, i)
		if ok {
			if b.Len() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[last:i])
			last, i = end, end
			// The mark may end at the start of a line: try there first.
			if end > 0 && s[end-1] == '\n' {
				continue
			}
		}
		k := strings.IndexByte(s[i:], '\n')
		if k < 0 {
			break
		}
		i += k + 1
	}
	if last == 0 && b.Len() == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// mdHeadingMark reads a heading mark at line start i and returns its end.
func mdHeadingMark(s string, i int) (int, bool) {
	j := i
	for j < len(s) && j-i < 3 && isPerlSpace(s[j]) {
		j++
	}
	h := j
	for j < len(s) && j-h < 6 && s[j] == '#' {
		j++
	}
	if j == h || j >= len(s) || !isPerlSpace(s[j]) {
		return 0, false
	}
	for j < len(s) && isPerlSpace(s[j]) {
		j++
	}
	return j, true
}

// mdStrongText replaces strong emphasis by its text, as
// `\*\*([^*\n]+)\*\*|__([^_\n]+)__` replaced by "$1$2" does.
func mdStrongText(s string) string {
	if !strings.Contains(s, "**") && !strings.Contains(s, "__") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if (c != '*' && c != '_') || s[i+1] != c {
			continue
		}
		j := i + 2
		for j < len(s) && s[j] != c && s[j] != '\n' {
			j++
		}
		if j == i+2 || j+1 >= len(s) || s[j] != c || s[j+1] != c {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		b.WriteString(s[i+2 : j])
		last = j + 2
		i = last - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// mdBlankLinesToBreaks replaces each blank line (a newline, spaces or tabs,
// a newline) by "\n<br><br>\n", as `\n[ \t]*\n` does.
func mdBlankLinesToBreaks(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '\n')
		if k < 0 {
			break
		}
		i += k
		j := i + 1
		for j < len(s) && isSpaceTab(s[j]) {
			j++
		}
		if j >= len(s) || s[j] != '\n' {
			i++
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s) + 64)
		}
		b.WriteString(s[last:i])
		b.WriteString("\n<br><br>\n")
		last, i = j+1, j+1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
