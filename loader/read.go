package loader

import (
	"context"
	"io"
	"iter"
	"net/http"
	"time"

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

// Documents streams the documents of every argument in order. A bad input
// (unreadable file, bad JSON line, oversize page) yields a *graph.Error with
// code EINVALID naming the file/line and the fix, and reading goes on with the
// next input; stopping the iteration stops reading.
func (r *Reader) Documents(ctx context.Context, args ...string) iter.Seq2[Document, error] {
	panic("TODO(loader)")
}

// Parse reads the documents in one blob of bytes (a file's content, a request
// body); origin names it in messages. Format is detected from origin's
// extension and the content.
func (r *Reader) Parse(origin string, data []byte) ([]Document, error) {
	panic("TODO(loader)")
}
