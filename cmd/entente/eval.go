package main

import (
	"context"
	"io"

	"github.com/entente-dev/entente/loader"
	"github.com/entente-dev/entente/loader/eval"
	"github.com/entente-dev/entente/loader/extract"
)

// EvalCmd scores the extractor against gold annotations in the shared
// corpus schema and prints precision, recall and F1 per field.
type EvalCmd struct {
	JSON     bool     `name:"json" help:"Print the report as JSON (totals, per-article scores and findings, summary ratios)."`
	Verbose  bool     `name:"verbose" short:"v" help:"After the table, list per article what the extractor got wrong (missed and false events with evidence, wrong dates, countries, agencies)."`
	DayFirst bool     `name:"day-first" help:"Read numeric dates as day/month/year."`
	Baseline bool     `name:"baseline" help:"Also score the naive co-occurrence coder (two countries and a trigger word in a sentence, dated with the publication date) and show its F1 beside the extractor's."`
	Only     []string `name:"only" placeholder:"ID" help:"Score only these articles (gold ids such as d009; repeat or separate with commas)."`
	Dir      string   `arg:"" name:"DIR" help:"Folder with gold/*.json and articles/ (e.g. ../shared/corpus/dev or testdata/eval), or a folder of gold files."`

	stdout io.Writer
}

// Run scores the gold set in Dir and prints the table (and the findings with
// -v, or everything as JSON with --json).
func (c *EvalCmd) Run(ctx context.Context, g *Globals) error {
	_, out, _ := stdio(nil, c.stdout, nil)
	rep, err := eval.Run(ctx, c.Dir, eval.Config{Reader: &loader.Reader{}, Extract: extract.Options{DayFirst: c.DayFirst}, Baseline: c.Baseline, Only: c.Only})
	if err != nil {
		return err
	}
	if c.JSON {
		return rep.WriteJSON(out)
	}
	if err := rep.WriteTable(out); err != nil {
		return err
	}
	if c.Verbose {
		if _, err := io.WriteString(out, "\n"); err != nil {
			return err
		}
		return rep.WriteFindings(out)
	}
	return nil
}
