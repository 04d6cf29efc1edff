package loader

import (
	"fmt"
	"html"
	"net/url"
	"regexp"
	"strings"

	"github.com/goccy/go-yaml"
	xhtml "golang.org/x/net/html"
)

var (
	mdLinkRE     = regexp.MustCompile(`!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"\n]*")?\)`)
	mdHeadingRE  = regexp.MustCompile(`(?m)^\s{0,3}#{1,6}\s+`)
	mdEmphasisRE = regexp.MustCompile(`\*\*([^*\n]+)\*\*|__([^_\n]+)__`)
	blankLineRE  = regexp.MustCompile(`\n[ \t]*\n`)
	// XHTML-style "<iframe ... />" or "<i aria-hidden="true"/>": an HTML
	// parser reads it as an open element that swallows the rest of the page
	// (as raw text, or hidden), so non-void elements are closed explicitly.
	selfClosingRE = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*?)?\s*/>`)
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

// parseMarkdown reads a Markdown post with YAML front matter (as Jekyll and
// WordPress exports write them) and an HTML or Markdown body.
func parseMarkdown(origin, text string) (Document, error) {
	doc := Document{Origin: origin, Format: "markdown"}
	front, body, ok := splitFrontMatter(text)
	var fm map[string]any
	if ok {
		if err := yaml.Unmarshal([]byte(front), &fm); err != nil {
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
	doc.Source = Outlet(get("source", "publisher"))
	doc.URL = articleURL(get("canonical_url", "original_link", "url", "link", "permalink"))
	doc.Title = cleanTitle(get("post_title", "original_title", "title"), &doc.Source)
	for _, k := range []string{"post_date", "date", "published", "published_at", "pubdate"} {
		if d, ok := ParseDateText(yamlString(fm[k])); ok {
			doc.Published = d
			break
		}
	}
	if doc.Source == "" {
		doc.Source = OutletOfURL(doc.URL)
	}
	text, location := markdownBodyText(body)
	paras := Paragraphs(text, true)
	if len(paras) > 0 && doc.Title != "" && strings.EqualFold(paras[0], doc.Title) {
		paras = paras[1:]
	}
	paras = takeHeader(&doc, paras, doc.Title == "")
	if doc.Dateline == "" && location != "" && len(paras) > 0 && strings.HasPrefix(paras[0], location) {
		doc.Dateline = location
	}
	doc.Text = strings.Join(paras, "\n\n")
	return doc, nil
}

// markdownBodyText renders a post body that mixes HTML and Markdown as text
// with one paragraph per line. location is the dateline place that
// Reuters pages mark with class "articleLocation" ("" when none).
func markdownBodyText(body string) (text, location string) {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = adMarkerRE.ReplaceAllString(body, " ")
	body = mdLinkRE.ReplaceAllString(body, "$1")
	body = mdHeadingRE.ReplaceAllString(body, "")
	body = mdEmphasisRE.ReplaceAllString(body, "$1$2")
	body = closeRawElements(body)
	// A blank line ends a Markdown paragraph; HTML would ignore it.
	body = blankLineRE.ReplaceAllString(body, "\n<br><br>\n")
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
// "<span id=x/>") as open-and-close pairs.
func closeRawElements(s string) string {
	if !strings.Contains(s, "/>") {
		return s
	}
	return selfClosingRE.ReplaceAllStringFunc(s, func(tag string) string {
		m := selfClosingRE.FindStringSubmatch(tag)
		name := strings.ToLower(m[1])
		if voidElements[name] {
			return tag
		}
		return "<" + m[1] + m[2] + "></" + m[1] + ">"
	})
}
