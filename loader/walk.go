package loader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/entente-dev/entente/graph"
)

// readDir reads the articles of a directory tree in lexical order, skipping
// hidden files and folders, READMEs, licences and files whose extension is
// not an article format. Symbolic links are followed, to files and to
// folders (so a linked corpus is read), and a link back to a folder being
// read is reported as a loop instead of being walked forever. Entries that
// are not regular files (pipes, sockets, devices) are reported and
// skipped: opening a pipe would wait for a writer that never comes. info is
// dir's own (followed) file info, which the caller already has.
func (r *Reader) readDir(ctx context.Context, dir string, info fs.FileInfo, yield func(Document, error) bool) bool {
	w := dirWalker{r: r, ctx: ctx, yield: yield}
	return w.walk(dir, info, nil)
}

// dirWalker walks one directory argument.
type dirWalker struct {
	r     *Reader
	ctx   context.Context
	yield func(Document, error) bool
}

// walk reads the folder dir (whose info is given) below the folders of
// ancestors, and reports whether reading goes on.
func (w *dirWalker) walk(dir string, info fs.FileInfo, ancestors []fs.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(a, info) {
			return w.yield(Document{}, inputError(dir, "symbolic link loop: this folder is already being read higher up the tree; remove the link or point it elsewhere"))
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil && !w.yield(Document{}, inputError(dir, "cannot read the folder: %v; check its permissions", unwrapPathError(err))) {
		return false
	}
	ancestors = append(ancestors, info)
	for _, e := range entries {
		if w.ctx.Err() != nil {
			return w.yield(Document{}, errStopped("", w.ctx.Err()))
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		mode := e.Type()
		var target fs.FileInfo
		if mode&fs.ModeSymlink != 0 {
			if target, err = os.Stat(p); err != nil {
				if !IsArticleFile(name) && !isLoopError(err) {
					continue // a dangling link that names no article
				}
				if !w.yield(Document{}, inputError(p, "cannot follow the symbolic link: %v; fix or remove the link", unwrapPathError(err))) {
					return false
				}
				continue
			}
			mode = target.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if target == nil {
				if target, err = e.Info(); err != nil {
					if !w.yield(Document{}, inputError(p, "cannot read: %v", unwrapPathError(err))) {
						return false
					}
					continue
				}
			}
			if !w.walk(p, target, ancestors) {
				return false
			}
		case !IsArticleFile(name):
		case !mode.IsRegular():
			if !w.yield(Document{}, inputError(p, "not a regular file (%s); give the article as a file, or pipe it to standard input", fileKind(mode))) {
				return false
			}
		default:
			if !w.r.readFile(w.ctx, p, mode, w.yield) {
				return false
			}
		}
	}
	return true
}

// isLoopError reports whether err says a chain of symbolic links loops.
func isLoopError(err error) bool {
	return errors.Is(err, syscall.ELOOP)
}

// fileKind names the kind of a file that is not a regular file.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}

// errStopped is the error that ends reading once the context is done; err
// is the context's error (or a read error wrapping it) and where the input
// being read, "" between inputs.
func errStopped(where string, err error) error {
	return &graph.Error{Code: graph.EUNAVAILABLE, Field: where, Message: "reading stopped: " + err.Error(), Err: err}
}

// ctxReader stops reading once its context is done: every Read first looks
// at the context, so a long file stops within one buffer.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// blockingReader reads a source whose Read may wait for ever (standard
// input, a pipe) in its own goroutine, so that a done context returns at
// once. The goroutine reads into its own buffer; a read still waiting when
// the context ends is abandoned with its data.
type blockingReader struct {
	ctx     context.Context
	r       io.Reader
	buf     []byte
	pending chan readResult // the read in flight, nil when none
}

type readResult struct {
	n   int
	err error
}

func (b *blockingReader) Read(p []byte) (int, error) {
	if err := b.ctx.Err(); err != nil {
		return 0, err
	}
	if b.pending == nil {
		if cap(b.buf) < len(p) {
			b.buf = make([]byte, len(p))
		}
		buf := b.buf[:len(p)]
		ch := make(chan readResult, 1)
		b.pending = ch
		go func() {
			n, err := b.r.Read(buf)
			ch <- readResult{n, err}
		}()
	}
	select {
	case res := <-b.pending:
		b.pending = nil
		n := copy(p, b.buf[:res.n])
		return n, res.err
	case <-b.ctx.Done():
		// The goroutine may still write into b.buf: never reuse it.
		b.buf = nil
		return 0, b.ctx.Err()
	}
}

// binaryKind returns what kind of binary data head (the first bytes of an
// input) holds, or "" when it can be text: a NUL byte, the signature of an
// image, audio, video, archive, PDF or font, or mostly control bytes.
//
// Some signatures http.DetectContentType knows are short ASCII words a
// story may begin with ("BMW recalls" is image/bmp to it, "OTTO Group" is
// font/otf, "ID3" is audio/mpeg), so its answer counts only when the first
// 512 bytes (all it looks at) also hold a control byte, as every real
// header of those kinds does. The signatures of strongBinaryMagic need no
// such proof.
func binaryKind(head []byte) string {
	if len(head) == 0 {
		return ""
	}
	for _, m := range strongBinaryMagic {
		if bytes.HasPrefix(head, []byte(m.magic)) {
			return m.kind
		}
	}
	if slices.ContainsFunc(head[:min(len(head), 512)], isBinaryControl) {
		ct := http.DetectContentType(head)
		mt, _, _ := strings.Cut(ct, ";")
		for _, p := range []string{"image/", "audio/", "video/", "font/", "application/pdf", "application/zip", "application/x-gzip",
			"application/x-rar-compressed", "application/wasm", "application/vnd.ms-fontobject", "application/postscript", "application/ogg"} {
			if strings.HasPrefix(mt, p) && mt != "image/svg+xml" {
				return mt
			}
		}
	}
	controls := 0
	for _, c := range head {
		switch {
		case c == 0:
			return "data with NUL bytes"
		case isBinaryControl(c):
			controls++
		}
	}
	if controls*10 > len(head) {
		return "data made mostly of control bytes"
	}
	return ""
}

// strongBinaryMagic are the signatures that mark binary data even without
// a control byte after them: no text starts with these bytes or words.
var strongBinaryMagic = []struct{ magic, kind string }{
	{"%PDF-", "application/pdf"},
	{"%!PS-Adobe-", "application/postscript"},
	{"GIF87a", "image/gif"},
	{"GIF89a", "image/gif"},
	{"\xFF\xD8\xFF", "image/jpeg"},
}

// isBinaryControl reports whether c is a control byte that text does not
// hold: not a tab, line or page break, or escape.
func isBinaryControl(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b
}

// errBinary is the error for an input of binary data.
func errBinary(origin, kind string) error {
	return inputError(origin, "%s, not an article; give text, HTML, Markdown, SGML/XML or JSON-lines files", kind)
}

// errEmpty is the error for an input without any content.
func errEmpty(origin string) error {
	return inputError(origin, "empty: it holds no article text; remove it or give the article's text")
}

// readFailure turns a read error into a message that says what to do.
// origin is what readArg read: a URL, "-" for standard input, or a path.
func readFailure(origin string, err error) error {
	var timeout interface{ Timeout() bool }
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.As(err, &timeout) && timeout.Timeout():
		return &graph.Error{Code: graph.EINVALID, Field: origin, Message: "not read in time: the source kept sending or stalled; raise the time limit (Reader.Timeout) or check the source", Err: err}
	case errors.Is(err, context.Canceled):
		return errStopped(origin, err)
	}
	hint := "check that it is a readable file and not a folder"
	switch {
	case isURL(origin):
		hint = "the connection broke off; check the URL and the network, and try again"
	case origin == "-":
		hint += ", and that the command piping it in did not fail"
	}
	return &graph.Error{Code: graph.EINVALID, Field: origin, Message: fmt.Sprintf("cannot read: %v; %s", unwrapPathError(err), hint), Err: err}
}

// isBlankBytes reports whether b holds nothing but white space and a
// byte-order mark.
func isBlankBytes(b []byte) bool {
	return len(bytes.TrimSpace(bytes.TrimPrefix(b, utf8BOM))) == 0
}
