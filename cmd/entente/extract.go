package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader"
	"github.com/entente-dev/entente/loader/extract"
)

// ExtractCmd prints what the extractor finds in articles, without touching
// Neo4j: the `extract --json` contract (one compact JSON object per article
// and line) or, by default, a short summary for people.
type ExtractCmd struct {
	JSON      bool     `name:"json" xor:"output" help:"Print one compact JSON object per article and line (the extraction contract) instead of a summary."`
	Published string   `name:"published" placeholder:"YYYY-MM-DD" help:"Publication date of every article, overriding what the articles say (relative dates resolve against it)."`
	DayFirst  bool     `name:"day-first" help:"Read numeric dates as day/month/year (7/3/2016 is 7 March)."`
	Text      bool     `name:"text" xor:"output" help:"Print the cleaned text the extractor reads (noise removed, paragraphs kept), with the article's metadata, instead of what it finds."`
	Files     []string `arg:"" name:"FILE" help:"Articles: files, directories, globs, http(s) URLs, - for stdin."`

	stdin          io.Reader
	stdout, stderr io.Writer
	extract        func(extract.Input, extract.Options) extract.Result // nil: extract.Extract (tests inject a failing one)
}

// Run reads every input, extracts each article and prints the result. A bad
// input is reported on stderr with its file (and line) and the run goes on;
// the returned error then says how many inputs failed, so the exit status
// is 1.
func (c *ExtractCmd) Run(ctx context.Context, g *Globals) error {
	stdin, stdout, stderr := stdio(c.stdin, c.stdout, c.stderr)
	pub, err := parsePublished(c.Published)
	if err != nil {
		return err
	}
	rd := &loader.Reader{Stdin: stdin, Published: pub}
	opt := extract.Options{DayFirst: c.DayFirst}
	var n, failed int
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for doc, err := range rd.Documents(ctx, c.Files...) {
		if err != nil {
			failed++
			fmt.Fprintln(stderr, "entente extract:", graph.ErrorMessageOrDetail(err))
			continue
		}
		n++
		if c.Text {
			in := doc.Input()
			if _, err := fmt.Fprintf(stdout, "== %s\ntitle: %s\npublished: %s\ndateline: %s\n\n%s\n", doc.Origin, orDash(in.Title),
				dateOrDash(in.Published), orDash(in.Dateline), in.Text); err != nil {
				return fmt.Errorf("write text of %s: %w", doc.Origin, err)
			}
			continue
		}
		res, err := c.run(doc, opt)
		if err != nil {
			n--
			failed++
			fmt.Fprintln(stderr, "entente extract:", graph.ErrorMessageOrDetail(err))
			continue
		}
		if c.JSON {
			if err := enc.Encode(res); err != nil {
				return fmt.Errorf("write result of %s: %w", doc.Origin, err)
			}
			continue
		}
		if _, err := io.WriteString(stdout, summary(doc.Origin, &res)); err != nil {
			return fmt.Errorf("write result of %s: %w", doc.Origin, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return graph.Errorf(graph.EINVALID, "%d input(s) failed and %d article(s) were extracted; the messages above name each bad input", failed, n)
	}
	if n == 0 {
		return graph.Errorf(graph.EINVALID, "no articles found in %s: give files, directories, globs, URLs or - for stdin", strings.Join(c.Files, " "))
	}
	return nil
}

// run extracts one article. A panic in the extractor becomes this
// article's error, so that one odd article cannot end the run (as in
// `entente load`).
func (c *ExtractCmd) run(doc loader.Document, opt extract.Options) (res extract.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &graph.Error{Code: graph.EINTERNAL, Field: doc.Origin, Message: "the extractor failed on this article; please report it with the article",
				Err: fmt.Errorf("panic: %v", p)}
		}
	}()
	fn := c.extract
	if fn == nil {
		fn = extract.Extract
	}
	return fn(doc.Input(), opt), nil
}

// summary renders one extraction for people: the article, its countries and
// agencies, then one line per event with its dates and evidence.
func summary(origin string, r *extract.Result) string {
	var b strings.Builder
	a := r.Article
	fmt.Fprintf(&b, "== %s\n", origin)
	fmt.Fprintf(&b, "title:     %s\n", orDash(a.Title))
	fmt.Fprintf(&b, "source:    %s   published: %s\n", orDash(a.Source), dateOrDash(a.Published))
	var cs []string
	for _, c := range r.Countries {
		cs = append(cs, c.Code+" "+c.Name)
	}
	fmt.Fprintf(&b, "countries: %s\n", orDash(strings.Join(cs, ", ")))
	var as []string
	for _, ag := range r.Agencies {
		as = append(as, ag.Country+" "+ag.Name)
	}
	fmt.Fprintf(&b, "agencies:  %s\n", orDash(strings.Join(as, "; ")))
	fmt.Fprintf(&b, "events:    %d   date mentions: %d\n", len(r.Events), len(r.Dates))
	for _, e := range r.Events {
		when := graph.Span{Start: e.Start, End: e.End}.String()
		if when == "" {
			when = "undated"
			if !e.Before.IsZero() {
				when = "before " + e.Before.String()
			}
		}
		what := e.Status
		if e.Action != "" {
			what = e.Action
		}
		place := ""
		if e.Place != nil && *e.Place != "" {
			place = " in " + *e.Place
		}
		fmt.Fprintf(&b, "  %-9s %-23s %-11s %s%s  %s\n", e.Kind, when, strings.Join(e.Participants, ","), what, place, e.Title)
		fmt.Fprintf(&b, "            %q\n", e.Evidence.Sentence)
	}
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func dateOrDash(d graph.Date) string { return orDash(d.String()) }
