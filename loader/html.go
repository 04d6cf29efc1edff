package loader

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/entente-dev/entente/graph"
)

// htmlMeta is the metadata a page declares in its head.
type htmlMeta struct {
	title, site, published, url, author string
	appName                             string // <meta name="application-name">: a site's name, or on some pages the title
	// Weaker publication dates, used in this order when no meta tag,
	// JSON-LD block or Readability gives one: an element marked
	// itemprop="datePublished" or <time pubdate>, the first <time
	// datetime>, and the first element whose class or id names a date
	// ("datestamp", "pb-timestamp") and holds a whole date.
	itemDate, timeDate, shownDate string
}

// decodeHTML returns an HTML page as UTF-8, using the byte-order mark, the
// Content-Type header, or the page's <meta charset> when it is not UTF-8.
func decodeHTML(data []byte, contentType string) string {
	data = bytes.TrimPrefix(data, utf8BOM)
	if utf8.Valid(data) {
		return string(data)
	}
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if name != "utf-8" && enc != nil {
		if out, err := enc.NewDecoder().Bytes(data); err == nil {
			return string(out)
		}
	}
	return DecodeText(data)
}

// parseHTML reads a web page: the main text by Readability, the title,
// outlet, URL and publication date from meta tags and JSON-LD.
func parseHTML(origin, pageURL, page string) Document {
	doc := Document{Origin: origin, Format: "html", URL: pageURL}
	if !utf8.ValidString(page) {
		// Callers decode pages first; a page that still holds stray bytes
		// would pass them on to the title and outlet.
		page = strings.ToValidUTF8(page, "\uFFFD")
	}
	root, err := html.Parse(strings.NewReader(closeRawElements(page)))
	if err != nil {
		// x/net/html recovers from any markup; an error here means the
		// reader failed, which cannot happen on a string.
		return parseText(origin, page)
	}
	meta := readMeta(root)
	var base *url.URL
	if doc.URL == "" && meta.url != "" {
		doc.URL = meta.url
	}
	if doc.URL != "" {
		base, _ = url.Parse(doc.URL)
	}
	parser := readability.NewParser()
	parser.CharThresholds = 200
	art, err := parser.ParseAndMutate(root, base)
	var text, location string
	if err == nil && art.Node != nil {
		location = classText(art.Node, "articleLocation")
		text = renderText(art.Node)
	} else {
		location = classText(root, "articleLocation")
		text = renderText(root)
	}
	doc.Title = firstNonEmpty(meta.title, art.Title())
	doc.Published = pageDate(meta, art, doc.URL)
	site := siteName(firstNonEmpty(meta.site, art.SiteName()), doc.Title)
	if site == "" {
		site = siteName(meta.appName, doc.Title)
	}
	doc.Source = firstNonEmpty(Outlet(site), OutletOfURL(doc.URL), site)
	doc.Title = cleanTitle(doc.Title, &doc.Source, site, doc.URL)
	if doc.Source == "" {
		doc.Source = hostName(doc.URL)
	}
	setBody(&doc, text, location)
	return doc
}

// pageDate returns a page's publication date from the strongest source
// that gives one: its meta tags and JSON-LD, Readability's reading of
// them, an itemprop="datePublished" element or <time pubdate>, a date in
// its URL ("/2017/01/13/") or its canonical URL, its first <time
// datetime>, and last a whole date shown in an element whose class names
// a date. It is zero when none does.
func pageDate(meta htmlMeta, art readability.Article, pageURL string) graph.Date {
	if d, ok := ParseDateText(meta.published); ok {
		return d
	}
	if t, err := art.PublishedTime(); err == nil {
		return graph.DateOf(t)
	}
	if d, ok := ParseDateText(meta.itemDate); ok {
		return d
	}
	if d, ok := URLDate(pageURL); ok {
		return d
	}
	if d, ok := URLDate(meta.url); ok {
		return d // the canonical URL of a page fetched from another one
	}
	if d, ok := ParseDateText(meta.timeDate); ok {
		return d
	}
	d, _ := ParseDateText(meta.shownDate)
	return d
}

// isDateClass reports whether class and id attributes mark an element
// that shows a date: a token holding "date", "time", "posted" or
// "published" ("datestamp", "pb-timestamp", "buzz_datetime", "dateline").
func isDateClass(v string) bool {
	for _, tok := range strings.Fields(strings.ToLower(v)) {
		if strings.Contains(tok, "updat") || strings.Contains(tok, "modif") {
			continue // the day of a correction, not of the story
		}
		if strings.Contains(tok, "date") || strings.Contains(tok, "time") ||
			strings.Contains(tok, "posted") || strings.Contains(tok, "published") {
			return true
		}
	}
	return false
}

// shortText returns the text of n's subtree with spaces normalised, and
// false when it is longer than limit bytes: the walk stops there, so a
// large element costs no more than a small one.
func shortText(n *html.Node, limit int) (string, bool) {
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return b.Len() <= 2*limit // white space is collapsed below
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	if !walk(n) {
		return "", false
	}
	s := normalizeSpace(b.String())
	return s, len(s) <= limit
}

// shownDatePrefix is the wording pages put before a shown date.
var shownDatePrefix = regexp.MustCompile(`(?i)^(?:(?:first\s+)?(?:posted|published)(?:\s+on)?\s*:?\s*)`)

// shownDate returns the whole date (year, month and day) an element shows,
// in its datetime or title attribute or in its text ("posted on April 21,
// 2015, at 11:29 a.m."), or "" when it shows none.
func shownDate(n *html.Node) string {
	for _, v := range []string{attr(n, "datetime"), attr(n, "title"), attr(n, "content")} {
		if d, ok := ParseDateText(v); ok && d.Precision() == graph.PrecisionDay {
			return v
		}
	}
	text, ok := shortText(n, 100)
	if !ok {
		return ""
	}
	text = shownDatePrefix.ReplaceAllString(strings.TrimSpace(text), "")
	if d, ok := ParseDateText(text); ok && d.Precision() == graph.PrecisionDay {
		return text
	}
	return ""
}

// classText returns the text of the first element whose class attribute
// holds the class name cls (compared case-insensitively), or "".
func classText(n *html.Node, cls string) string {
	if n.Type == html.ElementNode {
		for _, tok := range strings.Fields(attr(n, "class")) {
			if strings.EqualFold(tok, cls) {
				return normalizeSpace(render.InnerText(n))
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if s := classText(c, cls); s != "" {
			return s
		}
	}
	return ""
}

// renderText renders the text of an HTML node with block elements on their
// own lines, after removing figure captions and other non-story elements.
func renderText(n *html.Node) string {
	var drop []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "figcaption", "script", "style", "noscript", "nav", "aside", "form", "button", "select", "template":
				drop = append(drop, n)
				return
			}
			for _, a := range n.Attr {
				if (a.Key == "class" || a.Key == "id") && isFurnitureClass(a.Val) {
					drop = append(drop, n)
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	for _, d := range drop {
		if d.Parent != nil {
			d.Parent.RemoveChild(d)
		}
	}
	return render.InnerText(n)
}

// isFurnitureClass reports whether a class or id attribute marks page
// furniture: captions, breadcrumbs, share bars, related-story boxes.
func isFurnitureClass(v string) bool {
	for _, tok := range strings.Fields(strings.ToLower(v)) {
		if strings.Contains(tok, "caption") || strings.Contains(tok, "breadcrumb") ||
			strings.HasPrefix(tok, "share") || strings.HasPrefix(tok, "social") ||
			strings.HasPrefix(tok, "related") || strings.HasPrefix(tok, "newsletter") {
			return true
		}
	}
	return false
}

// readMeta collects the metadata of a page's meta and link tags and its
// JSON-LD blocks. The first value found for each field wins, so the more
// specific tags are listed first in each switch.
func readMeta(root *html.Node) htmlMeta {
	var m htmlMeta
	set := func(p *string, v string) {
		if *p == "" {
			*p = strings.TrimSpace(v)
		}
	}
	var titleTag string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				v := attr(n, "content")
				// A tag may name its field in several attributes
				// (property="article:published" itemprop="datePublished"):
				// each is tried.
				for _, k := range [...]string{"property", "name", "itemprop"} {
					switch strings.ToLower(attr(n, k)) {
					case "og:title", "twitter:title":
						set(&m.title, v)
					case "og:site_name":
						set(&m.site, v)
					case "application-name":
						set(&m.appName, v)
					case "article:published_time", "article:published", "article:publicationdate", "datepublished",
						"date", "pubdate", "publishdate", "publish-date", "publication_date", "pdate", "dc.date",
						"dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued", "sailthru.date",
						"parsely-pub-date", "og:published_time", "og:article:published_time", "article.published",
						"citation_publication_date":
						set(&m.published, v)
					case "og:url":
						set(&m.url, v)
					case "author", "article:author":
						set(&m.author, v)
					}
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					set(&m.url, attr(n, "href"))
				}
			case "title":
				if n.FirstChild != nil && titleTag == "" {
					titleTag = n.FirstChild.Data
				}
			case "script":
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, &m)
				}
			case "time":
				if _, ok := lookupAttr(n, "pubdate"); ok {
					set(&m.itemDate, attr(n, "datetime"))
				}
				set(&m.timeDate, attr(n, "datetime"))
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				set(&m.itemDate, firstNonEmpty(attr(n, "datetime"), attr(n, "content"), normalizeSpace(render.InnerText(n))))
			}
			if m.shownDate == "" && isDateClass(attr(n, "class")+" "+attr(n, "id")) {
				m.shownDate = shownDate(n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if m.title == "" {
		m.title = titleTag
	}
	return m
}

// readJSONLD reads headline, datePublished, publisher and url from a JSON-LD
// block (an object, an array, or an object with @graph).
func readJSONLD(s string, m *htmlMeta) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var visit func(any, int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if s, ok := x["datePublished"].(string); ok && m.published == "" {
				m.published = s
			}
			if s, ok := x["headline"].(string); ok && m.title == "" {
				m.title = s
			}
			if p, ok := x["publisher"].(map[string]any); ok && m.site == "" {
				if s, ok := p["name"].(string); ok {
					m.site = s
				}
			}
		}
	}
	visit(v, 0)
}

// lookupAttr returns the value of n's attribute key and whether n has it
// at all (a bare "pubdate" has an empty value).
func lookupAttr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

func attr(n *html.Node, key string) string {
	v, _ := lookupAttr(n, key)
	return v
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// cleanTitle unescapes and normalises a headline and removes a trailing
// " - Outlet" or " | Outlet" (as news aggregators and <title> tags add),
// recording the outlet in *source when it is not yet known.
func cleanTitle(t string, source *string, site, pageURL string) string {
	if strings.Contains(t, "&") {
		t = html.UnescapeString(t)
	}
	t = normalizeSpace(t)
	host := hostName(pageURL)
	for _, sep := range []string{" - ", " – ", " — ", " | ", " · "} {
		k := strings.LastIndex(t, sep)
		if k <= 0 {
			continue
		}
		tail := t[k+len(sep):]
		if o := Outlet(tail); o != "" {
			if *source == "" {
				*source = o
			}
			return strings.TrimSpace(t[:k])
		}
		// "How to Build a Terrarium | eHow", "Mozilla - Wikipedia" on
		// en.wikipedia.org, "... · V8" on v8.dev: the site's own name.
		if sameName(tail, site) || sameName(tail, *source) || host != "" && sameName(tail, strings.Split(host, ".")[max(0, strings.Count(host, ".")-1)]) {
			if *source == "" {
				*source = tail // "Hollywood Reporter", from www.hollywoodreporter.com
			}
			return strings.TrimSpace(t[:k])
		}
	}
	return t
}

// sameName reports whether two names of a site are the same name, by
// letters and digits alone and ignoring case and a ".com" ("Factorio" and
// "Factorio.com", "eHow" and "EHOW").
func sameName(a, b string) bool {
	key := func(s string) string {
		s = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), ".com")
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, s)
	}
	ka := key(a)
	return ka != "" && ka == key(b)
}

// siteName returns a page's site name as a source, or "" when the page
// gives none: a name that is the page's title (some pages put the title
// in application-name) is none, a URL ("http://www.tmz.com") gives its
// host, and of "SIMPLYFOUND.COM | BY: JOE WEE" the first part counts.
func siteName(site, title string) string {
	site = strings.TrimSpace(site)
	if site == "" || sameName(site, title) {
		return ""
	}
	if strings.Contains(site, "://") || strings.HasPrefix(strings.ToLower(site), "www.") {
		if !strings.Contains(site, "://") {
			site = "http://" + site
		}
		return hostName(site)
	}
	if k := strings.Index(site, " | "); k > 0 {
		site = strings.TrimSpace(site[:k])
	}
	return site
}

// hostName returns the host of a page's URL without "www.", as a source
// of last resort ("salon.com"), or "" when the URL has none.
func hostName(u string) string {
	if strings.HasPrefix(u, "//") {
		u = "http:" + u
	}
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// setBody splits the main text of a page or post into paragraphs, drops a
// first paragraph that repeats the title, takes the header lines (byline,
// dateline, date) into doc, and keeps the page's location line as the
// dateline when the body starts with it.
func setBody(doc *Document, text, location string) {
	paras := Paragraphs(text, true)
	if len(paras) > 0 && doc.Title != "" && strings.EqualFold(paras[0], doc.Title) {
		paras = paras[1:]
	}
	paras = takeHeader(doc, paras, doc.Title == "")
	if doc.Dateline == "" && location != "" && len(paras) > 0 && strings.HasPrefix(paras[0], location) {
		doc.Dateline = location
	}
	doc.Text = strings.Join(paras, "\n\n")
}
