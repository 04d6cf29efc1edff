package loader

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// jsonFields are the fields of a JSON-lines article.
var jsonFields = []string{"url", "title", "published", "source", "text", "html"}

// jsonAliases are the other names common news scrapers give each field
// (news-please: maintext, date_publish, source_domain; newspaper:
// publish_date; trafilatura: hostname, raw_text), tried in this order
// after the field's own name.
var jsonAliases = map[string][]string{
	"url":       {"link", "canonical_url", "source_url"},
	"title":     {"headline"},
	"published": {"date_publish", "publish_date", "published_at", "date_published", "pubdate", "date"},
	"source":    {"source_domain", "outlet", "publisher", "sitename", "hostname"},
	"text":      {"maintext", "content", "body", "article", "raw_text"},
	"html":      {"raw_html", "content_html"},
}

// readJSONLines streams a JSON-lines file: one article object per line. A bad
// line is yielded as an error naming "path:line" and the field, and the next
// lines are read; blank lines are skipped.
func (r *Reader) readJSONLines(origin string, rd io.Reader, yield func(Document, error) bool) bool {
	br := bufio.NewReaderSize(rd, 64*1024)
	max := r.maxBytes()
	for line := 1; ; line++ {
		b, tooLong, err := readLine(br, max)
		if len(bytes.TrimSpace(b)) > 0 || tooLong {
			where := fmt.Sprintf("%s:%d", origin, line)
			var doc Document
			var perr error
			if tooLong {
				perr = inputError(where, "line longer than %d bytes; split the article or raise the size limit (MaxBytes)", max)
			} else {
				doc, perr = parseJSONArticle(where, b)
			}
			if perr != nil {
				if !yield(Document{}, perr) {
					return false
				}
			} else if !yield(r.finish(doc), nil) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return yield(Document{}, readFailure(origin, err))
		}
	}
}

// readLine reads one line (without its end) of at most max bytes; a longer
// line is consumed and reported with tooLong.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, err
	}
}

// parseJSONArticle reads one JSON-lines article; where is "path:line".
func parseJSONArticle(where string, b []byte) (Document, error) {
	var obj map[string]any
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(b, utf8BOM)))
	if err := dec.Decode(&obj); err != nil || obj == nil {
		msg := "not a JSON object"
		if err != nil {
			msg = "invalid JSON (" + err.Error() + ")"
		}
		return Document{}, inputError(where, "%s; write one object per line with fields %s", msg, strings.Join(jsonFields, ", "))
	}
	if dec.More() {
		return Document{}, inputError(where, "more than one JSON value on the line; write one object per line")
	}
	str := map[string]string{}
	name := map[string]string{} // the name each field was given under
	for _, f := range jsonFields {
		for _, k := range append([]string{f}, jsonAliases[f]...) {
			switch v := obj[k].(type) {
			case nil:
				continue
			case string:
				if strings.TrimSpace(v) == "" {
					continue
				}
				str[f], name[f] = v, k
			default:
				return Document{}, inputError(where, "field %q must be a string, got %s", k, jsonKind(v))
			}
			break
		}
	}
	if strings.Contains(str["source"], "://") {
		// trafilatura's "source" is the page's URL.
		if str["url"] == "" {
			str["url"] = str["source"]
		}
		str["source"] = ""
	}
	doc := Document{Origin: where, Format: "jsonl"}
	if s := str["published"]; s != "" {
		d, ok := ParseDateText(s)
		if !ok {
			return Document{}, inputError(where, "field %q %q is not a date; write it as YYYY-MM-DD (or YYYY-MM, YYYY, or an RFC 3339 time)", name["published"], s)
		}
		doc.Published = d
	}
	switch {
	case strings.TrimSpace(str["html"]) != "" && strings.TrimSpace(str["text"]) == "":
		doc = mergeMeta(doc, parseHTML(where, str["url"], str["html"]))
	case strings.TrimSpace(str["text"]) != "":
		doc = mergeMeta(doc, parseTextTitled(where, str["text"], strings.TrimSpace(str["title"]) == ""))
	default:
		return Document{}, inputError(where, "no article text: give a non-empty \"text\" or \"html\" field (or one of %s)", strings.Join(append(jsonAliases["text"], jsonAliases["html"]...), ", "))
	}
	doc.Format = "jsonl"
	if str["url"] != "" {
		doc.URL = strings.TrimSpace(str["url"])
	}
	if t := normalizeSpace(str["title"]); t != "" {
		doc.Title = t
	}
	if s := strings.TrimSpace(str["source"]); s != "" {
		doc.Source = Outlet(s)
		if doc.Source == "" && strings.Contains(s, ".") && !strings.ContainsAny(s, " /") {
			doc.Source = OutletOfURL("http://" + s) // a domain: "xinhuanet.com"
		}
		doc.Source = firstNonEmpty(doc.Source, s)
	}
	if doc.Source == "" {
		doc.Source = OutletOfURL(doc.URL)
	}
	return doc, nil
}

// mergeMeta returns parsed with the fields already known in given (from
// the JSON fields) taking precedence.
func mergeMeta(given, parsed Document) Document {
	parsed.Origin = given.Origin
	if !given.Published.IsZero() {
		parsed.Published = given.Published
	}
	return parsed
}

func jsonKind(v any) string {
	switch v.(type) {
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}
