package loader

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/iotest"
	"time"

	"golang.org/x/text/encoding/unicode"

	"github.com/entente-dev/entente/graph"
)

// hangLimit is how long a read may take before the test calls it hung. It
// is not a speed requirement: every case here finishes in milliseconds.
const hangLimit = 20 * time.Second

// collectWithin reads args like collect, failing the test if reading does
// not finish within hangLimit.
func collectWithin(t *testing.T, ctx context.Context, r *Reader, args ...string) ([]Document, []error) {
	t.Helper()
	type result struct {
		docs []Document
		errs []error
	}
	done := make(chan result, 1)
	go func() {
		var res result
		res.docs, res.errs = readAll(ctx, r, args...)
		done <- res
	}()
	select {
	case res := <-done:
		return res.docs, res.errs
	case <-time.After(hangLimit):
		t.Fatalf("reading %v did not finish in %v: got a hang, want a document or an error", args, hangLimit)
		return nil, nil
	}
}

// wantOneError checks that errs is one *graph.Error with code that names
// origin and contains each of the wanted phrases (what is wrong and the fix).
func wantOneError(t *testing.T, errs []error, code, origin string, want ...string) {
	t.Helper()
	if len(errs) != 1 {
		t.Fatalf("got errors %v, want one", errs)
	}
	var ge *graph.Error
	if !errors.As(errs[0], &ge) || ge.Code != code {
		t.Fatalf("got %v (%T, code %q), want a *graph.Error with code %s", errs[0], errs[0], graph.ErrorCode(errs[0]), code)
	}
	if ge.Field != origin {
		t.Errorf("got field %q, want the input %q", ge.Field, origin)
	}
	for _, w := range want {
		if !strings.Contains(errs[0].Error(), w) {
			t.Errorf("got %q, want it to say %q", errs[0], w)
		}
	}
}

func TestRobustInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}

	t.Run("HugeLine/ErrInvalid", func(t *testing.T) {
		// One line of 3 MiB, over a 1 MiB limit: refused after reading
		// the limit, not parsed.
		p := write("huge.txt", bytes.Repeat([]byte("word "), 3<<20/5))
		r := Reader{MaxBytes: 1 << 20}
		docs, errs := collectWithin(t, context.Background(), &r, p)
		if len(docs) != 0 {
			t.Errorf("got %d documents, want none", len(docs))
		}
		wantOneError(t, errs, graph.EINVALID, p, "1048576-byte limit", "raise the size limit")
	})
	t.Run("HugeLine/OK", func(t *testing.T) {
		// One line of 2 MiB under the default limit is read, in linear
		// time, as one paragraph.
		p := write("long.txt", bytes.Repeat([]byte("The talks went on. "), 2<<20/19))
		var r Reader
		docs, errs := collectWithin(t, context.Background(), &r, p)
		if len(errs) != 0 || len(docs) != 1 || len(docs[0].Text) < 2<<19 {
			t.Errorf("got %d documents and errors %v, want the one long paragraph", len(docs), errs)
		}
	})
	t.Run("HugeJSONLine/ErrInvalid", func(t *testing.T) {
		p := write("huge.jsonl", append(append([]byte(`{"text":"`), bytes.Repeat([]byte("x"), 2<<20)...), []byte("\"}\n{\"text\":\"Next.\"}\n")...))
		r := Reader{MaxBytes: 1 << 20}
		docs, errs := collectWithin(t, context.Background(), &r, p)
		if len(docs) != 1 || docs[0].Text != "Next." {
			t.Errorf("got %+v, want the line after the long one", docs)
		}
		wantOneError(t, errs, graph.EINVALID, p+":1", "longer than", "raise the size limit")
	})
	t.Run("Empty/ErrInvalid", func(t *testing.T) {
		for _, name := range []string{"empty.txt", "empty.jsonl", "empty.sgm", "blank.html"} {
			data := []byte{}
			if name == "blank.html" {
				data = []byte("\ufeff \n\t\n")
			}
			p := write(name, data)
			var r Reader
			docs, errs := collectWithin(t, context.Background(), &r, p)
			if len(docs) != 0 {
				t.Errorf("%s: got %d documents, want none", name, len(docs))
			}
			wantOneError(t, errs, graph.EINVALID, p, "empty", "give the article's text")
		}
		if _, err := (&Reader{}).Parse("body.txt", nil); graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "empty") {
			t.Errorf("Parse: got %v, want an EINVALID error saying the input is empty", err)
		}
	})
	t.Run("Binary/ErrInvalid", func(t *testing.T) {
		png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)
		pdf := []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
		cases := map[string][]byte{"photo.png": png, "story.txt": png, "paper.pdf": pdf, "blob.jsonl": {1, 2, 3, 4, 5, 6, 7, 8}}
		for name, data := range cases {
			p := write(name, data)
			var r Reader
			docs, errs := collectWithin(t, context.Background(), &r, p)
			if len(docs) != 0 {
				t.Errorf("%s: got %d documents, want none", name, len(docs))
			}
			wantOneError(t, errs, graph.EINVALID, p, "not an article", "give text, HTML")
		}
		if _, err := (&Reader{}).Parse("upload", png); graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "image/png") {
			t.Errorf("Parse: got %v, want an EINVALID error naming image/png", err)
		}
	})
	t.Run("BinarySignature/ErrInvalid", func(t *testing.T) {
		// Real headers are refused and named, also those whose signature
		// is an ASCII word (BM, ID3, OTTO).
		pad := make([]byte, 32)
		tests := []struct {
			name, head, kind string
		}{
			{"photo.bmp.txt", "BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00", "image/bmp"},
			{"song.txt", "ID3\x04\x00\x00\x00\x00\x23\x76TIT2", "audio/mpeg"},
			{"font.txt", "OTTO\x00\x0b\x00\x80\x00\x03\x00\x30CFF ", "font/otf"},
			{"photo.txt", "\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", "image/jpeg"},
			{"anim.txt", "GIF89a\x01\x00\x01\x00\x80\x00\x00", "image/gif"},
			{"paper.txt", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "application/pdf"},
			{"archive.txt", "PK\x03\x04\x14\x00\x00\x00\x08\x00", "application/zip"},
			{"feed.jsonl", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "application/x-gzip"},
			{"archive.html", "Rar!\x1a\x07\x00\xcf\x90\x73\x00", "application/x-rar-compressed"},
		}
		for _, tt := range tests {
			data := append([]byte(tt.head), pad...)
			p := write(tt.name, data)
			var r Reader
			docs, errs := collectWithin(t, context.Background(), &r, p)
			if len(docs) != 0 {
				t.Errorf("%s: got %d documents, want none", tt.name, len(docs))
			}
			wantOneError(t, errs, graph.EINVALID, p, tt.kind+", not an article", "give text, HTML")
			if _, err := (&Reader{}).Parse("upload", data); graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), tt.kind) {
				t.Errorf("Parse %s: got %v, want an EINVALID error naming %s", tt.name, err, tt.kind)
			}
		}
	})
	t.Run("TextLikeSignature/OK", func(t *testing.T) {
		// Stories whose first word is a binary signature to
		// http.DetectContentType are text all the same.
		for _, text := range []string{
			"BMW recalls 300,000 cars over faulty airbags.\n\nThe carmaker said on Monday the recall covers models built since 2019.\n",
			"OTTO Group said on Tuesday it would cut 1,000 jobs.\n",
			"ID3 gene variants were found in the study, researchers said.\n",
		} {
			want := strings.TrimSpace(text)
			p := write(strings.Fields(text)[0]+".txt", []byte(text))
			var r Reader
			docs, errs := collectWithin(t, context.Background(), &r, p)
			if len(errs) != 0 || len(docs) != 1 || docs[0].Text != want {
				t.Errorf("%q: got documents %+v and errors %v, want the story read", text[:10], docs, errs)
			}
			// Standard input goes through the same check, without a name.
			r = Reader{Stdin: strings.NewReader(text)}
			if docs, errs := collectWithin(t, context.Background(), &r, "-"); len(errs) != 0 || len(docs) != 1 || docs[0].Text != want {
				t.Errorf("%q on standard input: got documents %+v and errors %v, want the story read", text[:10], docs, errs)
			}
			if docs, err := (&Reader{}).Parse("body", []byte(text)); err != nil || len(docs) != 1 || docs[0].Text != want {
				t.Errorf("Parse %q: got documents %+v and error %v, want the story read", text[:10], docs, err)
			}
		}
	})
	t.Run("UTF16/OK", func(t *testing.T) {
		// UTF-16 with a byte-order mark, either byte order, is text: a
		// page reads as its UTF-8 twin does, from a named file, from
		// standard input (sniffed as HTML) and by Parse.
		page := "<!DOCTYPE html><html><head><title>Talks in Havana</title></head><body><article>" +
			"<p>HAVANA, Feb. 25 (Xinhua) -- Cuban and U.S. delegations met in Havana this week for talks on cybercrime, the café owners said.</p>" +
			"<p>Both sides agreed to meet again in April, officials said after the second round of talks.</p></article></body></html>\n"
		want, err := (&Reader{}).Parse("page.html", []byte(page))
		if err != nil || len(want) != 1 || !strings.Contains(want[0].Text, "café owners") {
			t.Fatalf("UTF-8 page: got %+v, %v, want one document", want, err)
		}
		story := "Both sides agreed to meet again, the café owners said.\n"
		for _, order := range []struct {
			name string
			e    unicode.Endianness
		}{{"le", unicode.LittleEndian}, {"be", unicode.BigEndian}} {
			enc := unicode.UTF16(order.e, unicode.UseBOM).NewEncoder()
			data, err := enc.Bytes([]byte(page))
			if err != nil {
				t.Fatal(err)
			}
			check := func(how string, docs []Document, errs []error) {
				t.Helper()
				if len(errs) != 0 || len(docs) != 1 || docs[0].Text != want[0].Text || docs[0].Title != want[0].Title {
					t.Errorf("UTF-16%s %s: got documents %+v and errors %v, want text %q and title %q", order.name, how, docs, errs, want[0].Text, want[0].Title)
				}
			}
			docs, err := (&Reader{}).Parse("page.html", data)
			var errs []error
			if err != nil {
				errs = unjoin(err)
			}
			check("Parse", docs, errs)
			p := write("page-"+order.name+".html", data)
			var r Reader
			docs, errs = collectWithin(t, context.Background(), &r, p)
			check("file", docs, errs)
			r = Reader{Stdin: bytes.NewReader(data)}
			docs, errs = collectWithin(t, context.Background(), &r, "-")
			check("standard input", docs, errs)

			// Plain text in UTF-16 reads the same way.
			text, _ := enc.Bytes([]byte(story))
			p = write("story-"+order.name+".txt", text)
			docs, errs = collectWithin(t, context.Background(), &r, p)
			if len(errs) != 0 || len(docs) != 1 || docs[0].Text != strings.TrimSpace(story) {
				t.Errorf("UTF-16%s text: got documents %+v and errors %v, want %q", order.name, docs, errs, strings.TrimSpace(story))
			}
		}
	})
	t.Run("SymlinkLoop/ErrInvalid", func(t *testing.T) {
		tree := filepath.Join(t.TempDir(), "tree")
		if err := os.MkdirAll(filepath.Join(tree, "sub"), 0o755); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(tree, "sub", "a.txt"), []byte("A story.\n"), 0o644)
		loop := filepath.Join(tree, "sub", "back")
		if err := os.Symlink("..", loop); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
		var r Reader
		docs, errs := collectWithin(t, context.Background(), &r, tree)
		if len(docs) != 1 || docs[0].Text != "A story." {
			t.Errorf("got %+v, want a.txt read once", docs)
		}
		wantOneError(t, errs, graph.EINVALID, loop, "symbolic link loop", "remove the link")
	})
	t.Run("SymlinkedFolder/OK", func(t *testing.T) {
		// A link to a corpus folder, named as the argument, is read.
		link := filepath.Join(t.TempDir(), "corpus")
		abs, _ := filepath.Abs("testdata/sources/tree")
		if err := os.Symlink(abs, link); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
		var r Reader
		docs, errs := collectWithin(t, context.Background(), &r, link)
		if len(docs) != 2 || len(errs) != 0 {
			t.Errorf("got %d documents and errors %v, want a.txt and sub/b.txt", len(docs), errs)
		}
	})
	t.Run("SelfLink/ErrInvalid", func(t *testing.T) {
		tree := t.TempDir()
		self := filepath.Join(tree, "self.txt")
		if err := os.Symlink("self.txt", self); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
		var r Reader
		_, errs := collectWithin(t, context.Background(), &r, tree)
		wantOneError(t, errs, graph.EINVALID, self, "cannot follow the symbolic link", "fix or remove the link")
	})
	t.Run("LoopingLinkAnyName/ErrInvalid", func(t *testing.T) {
		// A link chain that loops is reported whatever its name; a
		// dangling link that names no article is skipped.
		tree := t.TempDir()
		loop := filepath.Join(tree, "loop")
		if err := os.Symlink("loop", loop); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
		os.Symlink("missing", filepath.Join(tree, "gone"))
		var r Reader
		_, errs := collectWithin(t, context.Background(), &r, tree)
		wantOneError(t, errs, graph.EINVALID, loop, "cannot follow the symbolic link", "fix or remove the link")
	})
	t.Run("Pipe/ErrInvalid", func(t *testing.T) {
		tree := t.TempDir()
		fifo := filepath.Join(tree, "feed.txt")
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Skipf("cannot make a named pipe here: %v", err)
		}
		var r Reader
		_, errs := collectWithin(t, context.Background(), &r, tree)
		wantOneError(t, errs, graph.EINVALID, fifo, "not a regular file (a named pipe)", "pipe it to standard input")
	})
	t.Run("Unreadable/ErrInvalid", func(t *testing.T) {
		p := write("secret.txt", []byte("A story.\n"))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		if f, err := os.Open(p); err == nil {
			f.Close()
			t.Skip("permission bits do not stop this user (root) from reading; see ReadError/ErrInvalid")
		}
		var r Reader
		_, errs := collectWithin(t, context.Background(), &r, p)
		wantOneError(t, errs, graph.EINVALID, p, "permission denied", "check the path and its permissions")
	})
	t.Run("ReadError/ErrInvalid", func(t *testing.T) {
		// A source that fails part-way (a disk error, a dropped pipe).
		r := Reader{Stdin: io.MultiReader(strings.NewReader("Half a story"), iotest.ErrReader(syscall.EIO))}
		_, errs := collectWithin(t, context.Background(), &r, "-")
		wantOneError(t, errs, graph.EINVALID, "-", "input/output error", "check that it is a readable file", "the command piping it in")
	})
	t.Run("ReutersReadError/ErrInvalid", func(t *testing.T) {
		// A wire file that fails after its first story: the story is
		// read and the failure is a read failure, not a size problem.
		story := `<REUTERS NEWID="1"><TEXT><TITLE>TALKS</TITLE><BODY>` + strings.Repeat("Talks went on. ", 1000) + "</BODY></TEXT></REUTERS>\n"
		r := Reader{Stdin: io.MultiReader(strings.NewReader(story+`<REUTERS NEWID="2"><TEXT>Half`), iotest.ErrReader(syscall.EIO))}
		docs, errs := collectWithin(t, context.Background(), &r, "-")
		if len(docs) == 0 || docs[0].Origin != "-#1" {
			t.Errorf("got %+v, want the first story read", docs)
		}
		wantOneError(t, errs, graph.EINVALID, "-", "input/output error", "check that it is a readable file")
		if strings.Contains(errs[0].Error(), "size limit") {
			t.Errorf("got %q, want no advice about the size limit", errs[0])
		}
	})
}

func TestEndlessURL(t *testing.T) {
	chunk := bytes.Repeat([]byte("more words without end "), 1000)
	mux := http.NewServeMux()
	endless := func(ctype string, data []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			if ctype == "application/x-ndjson" {
				w.Write([]byte(`{"text":"`))
			}
			for r.Context().Err() == nil {
				if _, err := w.Write(data); err != nil {
					return
				}
			}
		}
	}
	mux.HandleFunc("/page", endless("text/html", chunk))
	mux.HandleFunc("/feed", endless("application/x-ndjson", chunk))
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for r.Context().Err() == nil {
			w.Write([]byte("word "))
			w.(http.Flusher).Flush()
			time.Sleep(10 * time.Millisecond)
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	t.Run("Size/ErrInvalid", func(t *testing.T) {
		r := Reader{MaxBytes: 1 << 20}
		_, errs := collectWithin(t, context.Background(), &r, srv.URL+"/page")
		wantOneError(t, errs, graph.EINVALID, srv.URL+"/page", "1048576-byte limit", "raise the size limit")
	})
	t.Run("EndlessLine/ErrInvalid", func(t *testing.T) {
		// A JSON-lines feed whose first line never ends: the line is
		// reported, then the time limit ends the feed.
		r := Reader{MaxBytes: 1 << 20, Timeout: 500 * time.Millisecond}
		_, errs := collectWithin(t, context.Background(), &r, srv.URL+"/feed")
		if len(errs) != 2 {
			t.Fatalf("got errors %v, want two", errs)
		}
		wantOneError(t, errs[:1], graph.EINVALID, srv.URL+"/feed:1", "longer than", "raise the size limit")
		wantOneError(t, errs[1:], graph.EINVALID, srv.URL+"/feed", "not read in time", "raise the time limit")
	})
	t.Run("Trickle/ErrInvalid", func(t *testing.T) {
		r := Reader{Timeout: 300 * time.Millisecond}
		_, errs := collectWithin(t, context.Background(), &r, srv.URL+"/trickle")
		wantOneError(t, errs, graph.EINVALID, srv.URL+"/trickle", "not read in time", "raise the time limit")
	})
}

func TestBrokenURL(t *testing.T) {
	// Servers that promise more bytes than they send: the body read fails
	// part-way, and the advice is about the connection, not about files.
	cut := func(ctype, body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			w.Header().Set("Content-Length", "100000")
			w.Write([]byte(body))
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/page", cut("text/html", "<html><body><p>Half a story"))
	// The feed's first line fills more than the first look at the head,
	// so the break is met between lines, in the JSON-lines reader.
	story := strings.Repeat("A whole story. ", 1000)
	mux.HandleFunc("/feed", cut("application/x-ndjson", "{\"text\":\""+story+"\"}\n"))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	for _, tt := range []struct {
		path string
		docs int
	}{{"/page", 0}, {"/feed", 1}} {
		t.Run(tt.path[1:]+"/ErrInvalid", func(t *testing.T) {
			var r Reader
			docs, errs := collectWithin(t, context.Background(), &r, srv.URL+tt.path)
			if len(docs) != tt.docs {
				t.Errorf("got %d documents, want %d", len(docs), tt.docs)
			}
			wantOneError(t, errs, graph.EINVALID, srv.URL+tt.path, "unexpected EOF", "check the URL and the network")
			if strings.Contains(errs[0].Error(), "file") {
				t.Errorf("got %q, want no advice about files for a URL", errs[0])
			}
		})
	}
}

func TestDocumentsCancel(t *testing.T) {
	t.Run("BlockedStdin/OK", func(t *testing.T) {
		// Standard input that never sends: canceling ends the read.
		pr, pw := io.Pipe()
		defer pw.Close()
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(50*time.Millisecond, cancel)
		r := Reader{Stdin: pr}
		docs, errs := collectWithin(t, ctx, &r, "-")
		if len(docs) != 0 || len(errs) != 1 || !errors.Is(errs[0], context.Canceled) || graph.ErrorCode(errs[0]) != graph.EUNAVAILABLE {
			t.Errorf("got %d documents and errors %v, want one %s error wrapping context.Canceled", len(docs), errs, graph.EUNAVAILABLE)
		}
	})
	t.Run("Folder/OK", func(t *testing.T) {
		// Canceling in the middle of a folder stops before the next file.
		tree := t.TempDir()
		for _, n := range []string{"a.txt", "b.txt", "c.txt", "d.txt"} {
			os.WriteFile(filepath.Join(tree, n), []byte("A story.\n"), 0o644)
		}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var r Reader
		n, stopped := 0, false
		for _, err := range r.Documents(ctx, tree) {
			if err != nil {
				stopped = errors.Is(err, context.Canceled)
				continue
			}
			n++
			cancel()
		}
		if n != 1 || !stopped {
			t.Errorf("got %d documents (stopped: %v), want 1 and then a context.Canceled error", n, stopped)
		}
	})
	t.Run("LongFile/OK", func(t *testing.T) {
		// A canceled context stops a file within one buffer.
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		var r Reader
		var errs []error
		r.readStream("big.txt", "big.txt", "", ctxReader{ctx, bytes.NewReader(bytes.Repeat([]byte("word "), 1<<20))}, func(_ Document, err error) bool {
			errs = append(errs, err)
			return true
		})
		if len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
			t.Errorf("got %v, want one context.Canceled error", errs)
		}
	})
}
