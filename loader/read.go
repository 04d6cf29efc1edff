package loader

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/transform"

	"github.com/entente-dev/entente/graph"
)

// Reader reads articles from files, directories (recursively), globs,
// http(s) URLs and stdin ("-"), detecting each one's format.
type Reader struct {
	Stdin     io.Reader     // read for "-"; nil means no stdin
	HTTP      *http.Client  // for URLs; nil uses a client with Timeout
	Timeout   time.Duration // per URL; default 30s
	MaxBytes  int64         // per article or file; default 32 MiB
	Published graph.Date    // when non-zero, overrides every document's publication date
}

// DefaultMaxBytes is the size limit of one article or file when
// Reader.MaxBytes is zero.
const DefaultMaxBytes = 32 << 20

// DefaultTimeout bounds one URL fetch when Reader.Timeout is zero.
const DefaultTimeout = 30 * time.Second

// maxRedirects bounds the redirects followed for one URL.
const maxRedirects = 5

// articleExts are the extensions read when walking a directory. Files named
// on the command line are read whatever their extension.
var articleExts = map[string]bool{
	".txt": true, ".text": true, ".html": true, ".htm": true, ".xhtml": true,
	".md": true, ".markdown": true, ".sgm": true, ".sgml": true, ".tml": true,
	".xml": true, ".jsonl": true, ".ndjson": true, ".json": true,
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxBytes
}

// inputError returns an EINVALID error about the input at where ("path",
// "path:line", a URL).
func inputError(where, format string, args ...any) *graph.Error {
	return &graph.Error{Code: graph.EINVALID, Field: where, Message: fmt.Sprintf(format, args...)}
}

// Documents streams the documents of every argument in order. A bad input
// (unreadable file, bad JSON line, oversize page) yields a *graph.Error with
// code EINVALID naming the file/line and the fix, and reading goes on with the
// next input; stopping the iteration stops reading.
func (r *Reader) Documents(ctx context.Context, args ...string) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		// Stop between documents once the context is done.
		guarded := func(d Document, err error) bool {
			if cerr := ctx.Err(); cerr != nil {
				yield(Document{}, errStopped("", cerr))
				return false
			}
			return yield(d, err)
		}
		for _, arg := range args {
			if ctx.Err() != nil {
				guarded(Document{}, nil)
				return
			}
			if !r.readArg(ctx, arg, guarded) {
				return
			}
		}
	}
}

// readArg reads one command-line argument: "-", a URL, a file, a directory
// or a glob.
func (r *Reader) readArg(ctx context.Context, arg string, yield func(Document, error) bool) bool {
	switch {
	case arg == "-":
		if r.Stdin == nil {
			return yield(Document{}, inputError("-", "no standard input to read; pipe articles in or name files"))
		}
		// Standard input may wait for ever: read it so that a done
		// context ends the wait.
		return r.readStream("-", "", "", &blockingReader{ctx: ctx, r: r.Stdin}, yield)
	case isURL(arg):
		return r.readURL(ctx, arg, yield)
	}
	info, err := os.Stat(arg)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(arg, "*?[") {
			matches, gerr := filepath.Glob(arg)
			if gerr != nil {
				return yield(Document{}, inputError(arg, "bad glob pattern (%v); quote it and use *, ? or [a-z]", gerr))
			}
			if len(matches) == 0 {
				return yield(Document{}, inputError(arg, "no file matches the pattern; check the path"))
			}
			for _, m := range matches {
				// Like a shell, "*" does not match hidden files.
				if strings.HasPrefix(filepath.Base(m), ".") && !strings.HasPrefix(filepath.Base(arg), ".") {
					continue
				}
				if !r.readArg(ctx, m, yield) {
					return false
				}
			}
			return true
		}
		return yield(Document{}, inputError(arg, "cannot read: %v; check the path", unwrapPathError(err)))
	}
	if info.IsDir() {
		return r.readDir(ctx, arg, info, yield)
	}
	return r.readFile(ctx, arg, info.Mode(), yield)
}

// isURL reports whether an argument (or the origin of what it read) is
// an http(s) URL rather than a path.
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// IsArticleFile reports whether a file found in a directory is read as an
// article: a known article extension, not hidden, not a README, licence or
// changelog.
func IsArticleFile(name string) bool {
	lower := strings.ToLower(name)
	if strings.HasPrefix(lower, ".") {
		return false
	}
	for _, p := range []string{"readme", "license", "licence", "copying", "notice", "changelog", "authors", "contributing"} {
		if strings.HasPrefix(lower, p) {
			return false
		}
	}
	return articleExts[filepath.Ext(lower)]
}

// readFile reads one file, whose mode (after following links) the caller
// has already looked up; folders go to readDir and walk instead. A file
// that is not a regular file (a pipe such as "<(command)", a device) is
// read so that a done context ends a wait for data.
func (r *Reader) readFile(ctx context.Context, p string, mode fs.FileMode, yield func(Document, error) bool) bool {
	f, err := os.Open(p)
	if err != nil {
		return yield(Document{}, inputError(p, "cannot read: %v; check the path and its permissions", unwrapPathError(err)))
	}
	defer f.Close()
	var rd io.Reader = ctxReader{ctx, f}
	if !mode.IsRegular() {
		rd = &blockingReader{ctx: ctx, r: f}
	}
	return r.readStream(p, p, "", rd, yield)
}

// readURL fetches one http(s) URL, with the Reader's timeout, size limit and
// at most five redirects.
func (r *Reader) readURL(ctx context.Context, u string, yield func(Document, error) bool) bool {
	client := r.HTTP
	timeout := r.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	if client == nil {
		client = &http.Client{Timeout: timeout}
	}
	c := *client
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > maxRedirects {
			return fmt.Errorf("more than %d redirects", maxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to a non-http URL %q", req.URL.Redacted())
		}
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return yield(Document{}, inputError(u, "bad URL (%v); write it as http(s)://host/path", err))
	}
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain,application/x-ndjson,application/json;q=0.9,*/*;q=0.5")
	resp, err := c.Do(req)
	if err != nil {
		return yield(Document{}, &graph.Error{Code: graph.EINVALID, Field: u, Message: fmt.Sprintf("cannot fetch: %v; check the URL and the network", err), Err: err})
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return yield(Document{}, inputError(u, "server answered %s; check the URL", resp.Status))
	}
	if resp.ContentLength > r.maxBytes() {
		return yield(Document{}, inputError(u, "page is %d bytes, over the %d-byte limit; raise the size limit (MaxBytes) to read it", resp.ContentLength, r.maxBytes()))
	}
	final := resp.Request.URL.String()
	ctype := resp.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ctype)
	var hint string
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		hint = "html"
	case mt == "application/x-ndjson" || mt == "application/jsonl" || mt == "application/jsonlines":
		hint = "jsonl"
	case mt == "application/json":
		hint = "json"
	case mt == "text/markdown":
		hint = "markdown"
	}
	name := resp.Request.URL.Path
	return r.readStream(final, name, hint, resp.Body, func(d Document, err error) bool {
		if err == nil {
			if d.URL == "" {
				d.URL = final
			}
			if d.Source == "" {
				d.Source = OutletOfURL(d.URL)
			}
		}
		return yield(d, err)
	}, ctype)
}

// readStream reads one input: streaming formats (Reuters SGML, JSON lines)
// element by element, the others whole (at most MaxBytes). name gives the
// extension; hint, when set, is the format a server declared.
func (r *Reader) readStream(origin, name, hint string, rd io.Reader, yield func(Document, error) bool, contentType ...string) bool {
	pooled := streamReaders.Get().(*bufio.Reader)
	pooled.Reset(rd)
	defer func() {
		pooled.Reset(nil)
		streamReaders.Put(pooled)
	}()
	br := pooled
	head, perr := br.Peek(8192)
	if perr != nil && perr != io.EOF && perr != bufio.ErrBufferFull {
		return yield(Document{}, readFailure(origin, perr))
	}
	if hasUTF16BOM(head) {
		// UTF-16 text (as Windows tools save pages): read it as UTF-8
		// from here on, so that the checks and every format see text
		// rather than NUL bytes.
		br = bufio.NewReaderSize(transform.NewReader(br, utf16Decoder()), 64*1024)
		head, perr = br.Peek(8192)
		if perr != nil && perr != io.EOF && perr != bufio.ErrBufferFull {
			return yield(Document{}, readFailure(origin, perr))
		}
	}
	if perr == io.EOF && isBlankBytes(head) {
		return yield(Document{}, errEmpty(origin))
	}
	if kind := binaryKind(head); kind != "" {
		return yield(Document{}, errBinary(origin, kind))
	}
	format := hint
	if format == "" || format == "jsonl" && !looksJSONLines(head) {
		format = DetectFormat(name, head)
	}
	switch format {
	case "reuters-sgml":
		return r.readReuters(origin, br, yield)
	case "jsonl":
		return r.readJSONLines(origin, br, yield)
	}
	max := r.maxBytes()
	data, err := readWhole(io.LimitReader(br, max+1), br.Buffered())
	if err != nil {
		return yield(Document{}, readFailure(origin, err))
	}
	if int64(len(data)) > max {
		return yield(Document{}, inputError(origin, "larger than the %d-byte limit; split it or raise the size limit (MaxBytes)", max))
	}
	ct := ""
	if len(contentType) > 0 {
		ct = contentType[0]
	}
	docs, err := r.parseFormat(origin, format, data, ct)
	for _, d := range docs {
		if !yield(d, nil) {
			return false
		}
	}
	if err != nil {
		for _, e := range unjoin(err) {
			if !yield(Document{}, e) {
				return false
			}
		}
	}
	return true
}

// streamReaders recycles the 64 KiB buffered readers of readStream:
// reading a folder of small posts would otherwise allocate and clear one
// per file. Nothing read keeps a reference to a reader's buffer.
var streamReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 64*1024) }}

// readWhole reads rd to the end as io.ReadAll does, with room for n bytes
// (what is already buffered) from the start, so that a file read whole
// into the buffer is copied once instead of in growing steps.
func readWhole(rd io.Reader, n int) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(n + bytes.MinRead)
	_, err := b.ReadFrom(rd)
	return b.Bytes(), err
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func looksJSONLines(head []byte) bool {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	return len(t) > 0 && (t[0] == '{' || t[0] == '[')
}

// Parse reads the documents in one blob of bytes (a file's content, a request
// body); origin names it in messages. Format is detected from origin's
// extension and the content. Bad records of multi-record formats (JSON
// lines) come back as one joined error, each part a *graph.Error with code
// EINVALID naming "origin:line", next to the documents that were read.
func (r *Reader) Parse(origin string, data []byte) ([]Document, error) {
	name := origin
	if u, err := url.Parse(origin); err == nil && u.Scheme != "" && u.Host != "" {
		name = u.Path
	}
	if hasUTF16BOM(data) {
		if u, err := utf16Decoder().Bytes(data); err == nil {
			data = u
		}
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if isBlankBytes(data) {
		return nil, errEmpty(origin)
	}
	if kind := binaryKind(head); kind != "" {
		return nil, errBinary(origin, kind)
	}
	return r.parseFormat(origin, DetectFormat(name, head), data, "")
}

// parseFormat reads data in the given format. Bad records of multi-record
// formats come back joined in the error, next to the good documents.
func (r *Reader) parseFormat(origin, format string, data []byte, contentType string) ([]Document, error) {
	var docs []Document
	var errs []error
	collect := func(d Document, err error) bool {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, d)
		}
		return true
	}
	switch format {
	case "reuters-sgml":
		r.readReuters(origin, bytes.NewReader(data), collect)
	case "jsonl":
		r.readJSONLines(origin, bytes.NewReader(data), collect)
	case "json":
		r.readJSON(origin, data, collect)
	case "html":
		collect(r.finish(parseHTML(origin, "", decodeHTML(data, contentType))), nil)
	case "markdown":
		d, err := parseMarkdown(origin, DecodeText(data))
		if err != nil {
			collect(Document{}, err)
		} else {
			collect(r.finish(d), nil)
		}
	case "timeml":
		collect(r.finish(parseTimeML(origin, DecodeText(data))), nil)
	case "xml":
		collect(r.finish(parseXML(origin, DecodeText(data))), nil)
	default:
		collect(r.finish(parseText(origin, DecodeText(data))), nil)
	}
	return docs, errors.Join(errs...)
}

// readJSON reads a .json file: one article object, an array of them, or
// JSON lines.
func (r *Reader) readJSON(origin string, data []byte, yield func(Document, error) bool) bool {
	t := bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))
	if len(t) > 0 && t[0] == '[' {
		var items []json.RawMessage
		if err := json.Unmarshal(t, &items); err != nil {
			return yield(Document{}, inputError(origin, "invalid JSON array (%v); write an array of article objects or one object per line", err))
		}
		for i, it := range items {
			d, err := parseJSONArticle(fmt.Sprintf("%s[%d]", origin, i), it)
			if err == nil {
				d = r.finish(d)
			}
			if !yield(d, err) {
				return false
			}
		}
		return true
	}
	if json.Valid(t) {
		d, err := parseJSONArticle(origin, t)
		if err == nil {
			d = r.finish(d)
		}
		return yield(d, err)
	}
	return r.readJSONLines(origin, bytes.NewReader(data), yield)
}

// finish applies what every document gets: the URL's date when no other is
// known, a year-precision date refined by the dateline, the Published
// override, and trimmed metadata.
func (r *Reader) finish(d Document) Document {
	if d.Published.IsZero() {
		// News sites date their URLs; a page or JSON line that gives no
		// date otherwise takes that one.
		d.Published, _ = URLDate(strings.TrimSpace(d.URL))
	}
	// A month-and-day dateline makes a year-only date precise.
	if p := d.Published.Precision(); d.Dateline != "" && (p == graph.PrecisionYear || p == graph.PrecisionMonth) {
		if dl, _, ok := ParseLeadDateline(d.Dateline + " - "); ok {
			if x := dl.Date(d.Published.Year); d.Published.Contains(x) {
				d.Published = x
			}
		}
	}
	if !r.Published.IsZero() {
		d.Published = r.Published
	}
	d.Title = strings.TrimSpace(normalizeSpace(d.Title))
	d.Source = strings.TrimSpace(d.Source)
	d.URL = strings.TrimSpace(d.URL)
	return d
}

// DetectFormat returns the format of an article from its file name (the
// extension decides when it names a format) and the first bytes of its
// content: "text", "html", "markdown", "jsonl", "json", "reuters-sgml",
// "timeml" or "xml".
func DetectFormat(name string, head []byte) string {
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".sgm", ".sgml":
		if bytes.Contains(head, reutersOpen) {
			return "reuters-sgml"
		}
		return "xml"
	case ".tml":
		return "timeml"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".json":
		return "json"
	case ".md", ".markdown":
		return "markdown"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".xml":
		return sniffMarkup(head, "xml")
	}
	return sniff(head)
}

// sniff guesses the format of content without a telling extension.
func sniff(head []byte) string {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	switch {
	case bytes.HasPrefix(t, []byte("---\n")) || bytes.HasPrefix(t, []byte("---\r\n")):
		if bytes.Contains(t[3:], []byte("\n---")) || len(t) == len(head) {
			return "markdown"
		}
	case len(t) > 0 && t[0] == '{':
		return "jsonl"
	}
	return sniffMarkup(t, "text")
}

func sniffMarkup(t []byte, fallback string) string {
	lower := bytes.ToLower(t[:min(len(t), 2048)])
	switch {
	case bytes.Contains(t, reutersOpen):
		return "reuters-sgml"
	case bytes.Contains(t, []byte("<TimeML")):
		return "timeml"
	case bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) ||
		bytes.Contains(lower, []byte("<body")) || bytes.Contains(lower, []byte("<head>")):
		return "html"
	case bytes.HasPrefix(lower, []byte("<?xml")):
		return "xml"
	}
	return fallback
}
