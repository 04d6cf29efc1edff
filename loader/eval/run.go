package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader"
	"github.com/entente-dev/entente/loader/extract"
)

// Config says how Run reads and extracts the articles.
type Config struct {
	// Reader reads each article file. Its Published field should stay zero:
	// the article's own date is what is measured. A nil Reader uses a zero
	// loader.Reader.
	Reader *loader.Reader
	// Extract are the extractor options.
	Extract extract.Options
	// Only, when not empty, restricts the run to these gold ids.
	Only []string
	// Baseline also scores the naive co-occurrence coder (Naive) on the
	// same documents, for a side-by-side column.
	Baseline bool
}

// Report is the score of a whole gold set.
type Report struct {
	Dir      string         `json:"dir"`
	Total    Scores         `json:"total"`
	Articles []ArticleScore `json:"articlesScored,omitempty"` // none for a sealed set
	Baseline *Scores        `json:"baseline,omitempty"`       // totals of the naive coder, when Config.Baseline
	Failed   []string       `json:"failed,omitempty"`         // articles that could not be read, with the reason
	Seconds  float64        `json:"seconds"`                  // wall time of reading and extracting
	// Sealed is set when dir holds a SealFile: the set is an honest
	// estimate on unseen articles, so its report shows totals only.
	Sealed bool `json:"sealed,omitempty"`
}

// SealFile, in a gold set's folder, seals the set: WriteFindings and
// WriteJSON then show its totals only, so that nobody tunes the extractor
// to its articles by accident. Deleting it (in a commit that says why)
// unseals the set.
const SealFile = "SEALED"

// Run scores the extractor on the gold set in dir (see LoadGold): each
// article is read with cfg.Reader, extracted with its own metadata, and
// scored. An article that cannot be read is listed in Failed and scored as
// an empty extraction, so its gold facts count as misses. The error is
// non-nil only when the gold set itself cannot be loaded.
func Run(ctx context.Context, dir string, cfg Config) (*Report, error) {
	golds, err := LoadGold(dir)
	if err != nil {
		return nil, err
	}
	rd := cfg.Reader
	if rd == nil {
		rd = &loader.Reader{}
	}
	rep := &Report{Dir: dir}
	rep.Sealed = sealed(dir)
	t0 := time.Now()
	only := set(cfg.Only)
	for _, id := range cfg.Only {
		if !slices.ContainsFunc(golds, func(g *Gold) bool { return g.ID == id }) {
			return nil, &graph.Error{Code: graph.EINVALID, Field: dir, Message: fmt.Sprintf("no gold file with id %q: give ids such as %q", id, golds[0].ID)}
		}
	}
	for _, g := range golds {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if len(only) > 0 && !only[g.ID] {
			continue
		}
		doc, res, err := extractArticle(rd, g.Article, g.Source.NewID, cfg.Extract)
		if err != nil {
			rep.Failed = append(rep.Failed, g.ID+": "+graph.ErrorMessageOrDetail(err))
			res = &extract.Result{}
		}
		rep.Add(Score(g, res))
		if cfg.Baseline {
			var nr extract.Result
			if err == nil {
				nr = Naive(doc.Input())
			}
			b := Score(g, &nr).Scores
			if rep.Baseline != nil {
				b = rep.Baseline.Add(b)
			}
			rep.Baseline = &b
		}
	}
	rep.Seconds = time.Since(t0).Seconds()
	return rep, nil
}

// sealed reports whether the gold set in dir (or, for its gold/ folder
// itself, the set around it) holds a SealFile.
func sealed(dir string) bool {
	has := func(d string) bool { _, err := os.Stat(filepath.Join(d, SealFile)); return err == nil }
	return has(dir) || filepath.Base(filepath.Clean(dir)) == "gold" && has(filepath.Join(dir, ".."))
}

// Add appends one article's score to the report and its totals.
func (rep *Report) Add(as ArticleScore) {
	rep.Articles = append(rep.Articles, as)
	rep.Total = rep.Total.Add(as.Scores)
}

// extractArticle reads one article file and extracts it. In a file of many
// Reuters elements, newID picks the article (its Origin ends in #NEWID);
// otherwise a file that holds more than one document is an error: gold
// annotates one article.
func extractArticle(rd *loader.Reader, path string, newID int, opt extract.Options) (doc loader.Document, res *extract.Result, err error) {
	// A panic in the reader or extractor is a bug to report against this
	// article, not a reason to lose the whole table.
	defer func() {
		if v := recover(); v != nil {
			res, err = nil, &graph.Error{Code: graph.EINTERNAL, Field: path, Message: "panic while reading or extracting", Err: fmt.Errorf("%v", v)}
		}
	}()
	if rd == nil {
		rd = &loader.Reader{}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return doc, nil, &graph.Error{Code: graph.EINVALID, Field: path, Message: "cannot read article: " + err.Error(), Err: err}
	}
	docs, err := rd.Parse(path, data)
	if err != nil {
		return doc, nil, fmt.Errorf("read %s: %w", path, err)
	}
	if newID > 0 {
		suffix := fmt.Sprintf("#%d", newID)
		docs = slices.DeleteFunc(docs, func(d loader.Document) bool { return !strings.HasSuffix(d.Origin, suffix) })
	}
	if len(docs) != 1 {
		return doc, nil, &graph.Error{Code: graph.EINVALID, Field: path,
			Message: fmt.Sprintf("holds %d documents, want exactly one: a gold file annotates one article", len(docs))}
	}
	r := extract.Extract(docs[0].Input(), opt)
	return docs[0], &r, nil
}
