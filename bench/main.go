// Command bench measures extraction throughput over a corpus (by default
// the shared bulk corpus: Reuters-21578 and the 2016 news posts), streaming
// the articles through loader.Reader.Documents, and prints a table per
// stage: read+clean, extract, total, with MB/s, articles/s, allocations per
// article and the peak heap.
//
// The machine is shared and noisy, so the same run also times a baseline:
// a plain lexical scan of the same texts (split into words, look each up in
// the country-name set, count sentence ends). The "x baseline" column says
// how many times slower than that scan each stage is; that ratio is
// comparable across runs where raw seconds are not. The naive co-occurrence
// coder of package eval (the calibration baseline of the quality table) is
// timed too.
//
// Usage, from the repository root:
//
//	go run ./bench [-corpus DIR] [-n N] [-cpuprofile FILE]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader"
	"github.com/entente-dev/entente/loader/eval"
	"github.com/entente-dev/entente/loader/extract"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus/bulk", "folder (or file) of articles to read and extract")
	n := flag.Int("n", 0, "stop after this many articles (0: all)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the run to this file")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, os.Stderr, *corpus, *n, *cpuprofile); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", graph.ErrorMessageOrDetail(err))
		os.Exit(1)
	}
}

// stage accumulates the cost of one stage over all articles.
type stage struct {
	name   string
	dur    time.Duration
	allocs uint64
}

func run(ctx context.Context, stdout, stderr io.Writer, corpus string, limit int, cpuprofile string) error {
	if _, err := os.Stat(corpus); err != nil {
		return &graph.Error{Code: graph.EINVALID, Field: corpus, Message: "corpus not found: give -corpus DIR (the shared corpus's bulk/ folder sits beside the checkout)", Err: err}
	}
	if cpuprofile != "" {
		f, err := os.Create(cpuprofile)
		if err != nil {
			return fmt.Errorf("create profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("start profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	fileBytes := sizeOf(corpus)
	base := newBaseline()

	var peak atomic.Uint64
	done := make(chan struct{})
	go samplePeak(&peak, done)
	defer close(done)

	read, ext, bl := stage{name: "read+clean"}, stage{name: "extract"}, stage{name: "baseline scan"}
	naive := stage{name: "naive coder"}
	var articles, textBytes, bad, panics int
	var sink int
	rd := &loader.Reader{}
	t0 := time.Now()
	mark, markAllocs := t0, allocs()
	for doc, err := range rd.Documents(ctx, corpus) {
		now, a := time.Now(), allocs()
		read.dur += now.Sub(mark)
		read.allocs += a - markAllocs
		if err != nil {
			bad++
			if bad <= 5 {
				fmt.Fprintln(stderr, "bad input:", graph.ErrorMessageOrDetail(err))
			}
		} else {
			articles++
			textBytes += len(doc.Text)

			t, a := time.Now(), allocs()
			sink += base.scan(doc.Text)
			bl.dur += time.Since(t)
			bl.allocs += allocs() - a

			t, a = time.Now(), allocs()
			sink += len(eval.Naive(doc.Input()).Events)
			naive.dur += time.Since(t)
			naive.allocs += allocs() - a

			t, a = time.Now(), allocs()
			if !extractOne(doc) {
				panics++
				if panics <= 5 {
					fmt.Fprintln(stderr, "extractor panicked on", doc.Origin)
				}
			}
			ext.dur += time.Since(t)
			ext.allocs += allocs() - a
		}
		if limit > 0 && articles >= limit {
			break
		}
		mark, markAllocs = time.Now(), allocs()
	}
	wall := time.Since(t0)
	if err := ctx.Err(); err != nil {
		return err
	}
	if articles == 0 {
		return graph.Errorf(graph.EINVALID, "no articles read from %s (%d bad inputs)", corpus, bad)
	}
	total := stage{name: "total (read+extract)", dur: read.dur + ext.dur, allocs: read.allocs + ext.allocs}

	mb := float64(textBytes) / 1e6
	fmt.Fprintf(stdout, "Extraction throughput on %s: %d articles, %.1f MB of cleaned text (corpus files %.1f MB), one goroutine, GOMAXPROCS=%d, %s\n",
		corpus, articles, mb, float64(fileBytes)/1e6, runtime.GOMAXPROCS(0), runtime.Version())
	fmt.Fprintf(stdout, "%-22s %8s %7s %8s %8s %11s %14s %11s\n", "stage", "articles", "MB", "seconds", "MB/s", "articles/s", "allocs/article", "x baseline")
	for _, s := range []stage{read, ext, total, bl, naive} {
		sec := s.dur.Seconds()
		fmt.Fprintf(stdout, "%-22s %8d %7.1f %8.2f %8.2f %11.0f %14.0f %11.1f\n", s.name, articles, mb, sec,
			mb/sec, float64(articles)/sec, float64(s.allocs)/float64(articles), sec/bl.dur.Seconds())
	}
	fmt.Fprintf(stdout, "wall %.2fs, peak heap %.1f MB, bad inputs %d, extractor panics %d (baseline checksum %d)\n",
		wall.Seconds(), float64(peak.Load())/1e6, bad, panics, sink)
	return nil
}

// extractOne runs the extractor on one document and reports whether it
// returned without panicking (a panic is a bug the bench must count, not
// die of).
func extractOne(doc loader.Document) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	extract.Extract(doc.Input(), extract.Options{})
	return true
}

var allocSample = []metrics.Sample{{Name: "/gc/heap/allocs:objects"}}

// allocs returns the number of heap objects allocated so far (cheap: no
// stop-the-world, unlike runtime.ReadMemStats).
func allocs() uint64 {
	metrics.Read(allocSample)
	return allocSample[0].Value.Uint64()
}

// samplePeak records the largest live heap seen, every 5ms, until done.
func samplePeak(peak *atomic.Uint64, done <-chan struct{}) {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		metrics.Read(s)
		if v := s[0].Value.Uint64(); v > peak.Load() {
			peak.Store(v)
		}
		select {
		case <-done:
			return
		case <-tick.C:
		}
	}
}

func sizeOf(root string) int64 {
	var n int64
	_ = filepath.WalkDir(root, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// baseline is the cheapest useful pass over a text: split it into words,
// look each up in the set of one-word country names and aliases, and count
// sentence ends. Everything the extractor does costs more than this.
type baseline struct{ words map[string]bool }

func newBaseline() *baseline {
	b := &baseline{words: map[string]bool{}}
	for _, c := range gazetteer.Countries() {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if !strings.Contains(n, " ") {
				b.words[strings.ToLower(n)] = true
			}
		}
	}
	return b
}

func (b *baseline) scan(text string) int {
	hits := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if b.words[strings.ToLower(w)] {
			hits++
		}
	}
	return hits + strings.Count(text, ". ")
}
