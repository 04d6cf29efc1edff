package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader"
	"github.com/entente-dev/entente/loader/extract"
)

// LoadCmd loads articles into Neo4j: read, extract, resolve, write, in
// input order, the articles ready at once in one transaction (a failed one
// writes nothing and the others are written).
type LoadCmd struct {
	Published string   `name:"published" placeholder:"YYYY-MM-DD" help:"Publication date of every article, overriding what the articles say (relative dates resolve against it)."`
	Workers   int      `name:"workers" default:"0" help:"Extraction workers (0: one per CPU)."`
	DryRun    bool     `name:"dry-run" help:"Read and extract, but write nothing (Neo4j is not contacted)."`
	DayFirst  bool     `name:"day-first" help:"Read numeric dates as day/month/year (7/3/2016 is 7 March)."`
	Paths     []string `arg:"" name:"PATH" help:"Articles: files, directories, globs, http(s) URLs, - for stdin."`

	stdin          io.Reader
	stdout, stderr io.Writer
}

// Run loads every path and prints a summary. It fails (exit status 1) when
// any article failed; each failure is printed with its origin.
func (c *LoadCmd) Run(ctx context.Context, g *Globals) error {
	stdin, stdout, stderr := stdio(c.stdin, c.stdout, c.stderr)
	pub, err := parsePublished(c.Published)
	if err != nil {
		return err
	}
	l := &loader.Loader{
		Reader:  &loader.Reader{Stdin: stdin, Published: pub},
		Extract: extract.Options{DayFirst: c.DayFirst},
		Workers: c.Workers,
		Log:     storeLogger(g.LogLevel),
	}
	if !c.DryRun {
		st, closeStore, err := g.openStore(ctx)
		if err != nil {
			return err
		}
		defer closeStore()
		l.Writer = st
	}
	return runLoad(ctx, l, c.Paths, stdout, stderr, c.DryRun)
}

// runLoad loads paths with l and prints the summary to stdout and each
// failed article to stderr; load and serve --load call it. The error is
// non-nil when any article failed or the load stopped.
func runLoad(ctx context.Context, l *loader.Loader, paths []string, stdout, stderr io.Writer, dryRun bool) error {
	began := time.Now()
	l.Progress = progressPrinter(stderr, progressEvery, time.Now)
	rep, err := l.Load(ctx, paths...)
	for _, e := range rep.Errors {
		fmt.Fprintln(stderr, "entente load:", graph.ErrorMessageOrDetail(e))
	}
	fmt.Fprintln(stdout, summarizeLoad(rep, time.Since(began), dryRun))
	switch {
	case err != nil:
		return err
	case rep.Failed > 0:
		return graph.Errorf(graph.EINVALID, "%d of %d article(s) failed; the messages above name each one", rep.Failed, rep.Articles)
	case rep.Articles == 0:
		return graph.Errorf(graph.EINVALID, "no articles found in %s: give files, directories, globs, URLs or - for stdin", strings.Join(paths, " "))
	}
	return nil
}

// progressEvery is how often a long load says how far it got.
const progressEvery = 10 * time.Second

// progressPrinter returns a Loader.Progress that writes a line to w at most
// once per every (a short load prints none): how many articles so far and
// how fast.
func progressPrinter(w io.Writer, every time.Duration, now func() time.Time) func(loader.Report) {
	began := now()
	last := began
	return func(r loader.Report) {
		t := now()
		if t.Sub(last) < every {
			return
		}
		last = t
		fmt.Fprintf(w, "entente load: %d article(s) so far: %d loaded, %d unchanged, %d failed (%.0f articles/s)\n",
			r.Articles, r.Loaded, r.Unchanged, r.Failed, float64(r.Articles)/t.Sub(began).Seconds())
	}
}

// summarizeLoad is the one-paragraph account of a load printed at the end.
func summarizeLoad(r loader.Report, took time.Duration, dryRun bool) string {
	rate := 0.0
	if s := took.Seconds(); s > 0 {
		rate = float64(r.Articles) / s
	}
	if dryRun {
		return fmt.Sprintf("dry run: %d article(s) read, %d failed, %d event(s) extracted, nothing written (%s, %.1f articles/s)",
			r.Articles, r.Failed, r.Events, took.Round(time.Millisecond), rate)
	}
	return fmt.Sprintf("articles: %d loaded, %d unchanged, %d failed; events: %d new, %d merged into known events (%s, %.1f articles/s)",
		r.Loaded, r.Unchanged, r.Failed, r.NewEvents, r.MergedEvents, took.Round(time.Millisecond), rate)
}

// stdio fills in the process's standard streams for those a test left nil.
func stdio(in io.Reader, out, errw io.Writer) (io.Reader, io.Writer, io.Writer) {
	if in == nil {
		in = os.Stdin
	}
	if out == nil {
		out = os.Stdout
	}
	if errw == nil {
		errw = os.Stderr
	}
	return in, out, errw
}

// parsePublished reads --published: empty, or a day as YYYY-MM-DD.
func parsePublished(s string) (graph.Date, error) {
	if s == "" {
		return graph.Date{}, nil
	}
	d, err := graph.ParseDate(s)
	if err != nil || d.Precision() != graph.PrecisionDay {
		return graph.Date{}, &graph.Error{Code: graph.EINVALID, Field: "--published",
			Message: fmt.Sprintf("bad date %q: want a day as YYYY-MM-DD, e.g. 2016-02-25", s)}
	}
	return d, nil
}
