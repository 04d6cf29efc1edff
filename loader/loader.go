package loader

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"runtime"
	"slices"
	"sync"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract"
)

// Writer stores one article's facts in one transaction; the Neo4j store
// (neo4jstore.Store) is the real one. Errors: EINVALID for facts it rejects
// (nothing written), EUNAVAILABLE when the database cannot be reached.
type Writer interface {
	SaveArticle(ctx context.Context, f *graph.ArticleFacts) (graph.SaveResult, error)
}

// batchWriter is a Writer that can also store several articles in one
// transaction, all or nothing (neo4jstore.Store). Load writes runs of ready
// articles with it, since one commit per article is most of a bulk load's
// time, and saves a failed run again one article per transaction so that
// only the bad article fails.
type batchWriter interface {
	SaveArticles(ctx context.Context, fs []*graph.ArticleFacts) ([]graph.SaveResult, error)
}

// maxBatch bounds the articles one transaction writes: enough to spread the
// commit, few enough that a failed batch costs little to redo one by one.
const maxBatch = 64

// searchAwaiter is a Writer whose search indexes lag its writes
// (neo4jstore.Store); Load waits for them before returning.
type searchAwaiter interface {
	AwaitSearch(ctx context.Context) error
}

// Loader reads articles, extracts their facts in parallel and writes them
// through Writer in input order (so the graph a load builds does not depend
// on which worker finished first). A Writer that can (batchWriter) writes
// the articles ready at once in one transaction; an article that fails
// still writes nothing and leaves the others written. A nil Writer makes a
// dry run: everything but the write.
type Loader struct {
	Reader  *Reader
	Writer  Writer
	Extract extract.Options
	Workers int          // extraction workers; default GOMAXPROCS
	Log     *slog.Logger // per-article progress at debug level; nil logs nothing
	// Progress, when set, is called with the counts so far after each write
	// (from the one goroutine that writes, so it must return quickly).
	Progress func(Report)
}

// Report says what a load did. Articles = Loaded + Unchanged + Failed, except
// in a dry run, which loads nothing.
type Report struct {
	Articles     int // documents read (including bad inputs)
	Loaded       int // articles written for the first time
	Unchanged    int // articles that were already in the graph
	Failed       int // bad inputs and articles that could not be extracted or written
	Events       int // events extracted
	NewEvents    int // events that became new graph events
	MergedEvents int // events resolved to an event already in the graph (or reported twice in one article)
	Errors       []error
}

// ArticleError is the failure of one article: where it came from and why.
type ArticleError struct {
	Origin string
	Err    error
}

// Error returns the origin and the cause.
func (e *ArticleError) Error() string { return e.Origin + ": " + graph.ErrorMessageOrDetail(e.Err) }

// Unwrap returns the cause.
func (e *ArticleError) Unwrap() error { return e.Err }

// Load reads every argument (files, directories, globs, URLs, "-"), extracts
// and writes each article. A bad input or article is reported in Report.Errors
// with its origin and the others go on. The error is non-nil only when the
// load as a whole stopped: ctx ended, or the Writer said the database is
// unavailable.
func (l *Loader) Load(ctx context.Context, args ...string) (Report, error) {
	r := l.Reader
	if r == nil {
		r = &Reader{}
	}
	return l.run(ctx, r.Documents(ctx, args...))
}

// LoadDocuments extracts and writes documents already read (the GraphQL
// loadArticles mutation parses request bodies with Reader.Parse and calls
// this). Errors as for Load.
func (l *Loader) LoadDocuments(ctx context.Context, docs []Document) (Report, error) {
	return l.run(ctx, func(yield func(Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	})
}

// job is one document on its way through the pipeline.
type job struct {
	seq   int
	doc   Document
	err   error // a read error: nothing to extract
	facts *graph.ArticleFacts
}

func (l *Loader) run(parent context.Context, docs iter.Seq2[Document, error]) (Report, error) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	workers := l.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	log := l.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}

	in := make(chan job, workers)
	out := make(chan job, maxBatch) // room for a whole batch to be ready while the last one writes
	go func() {
		defer close(in)
		seq := 0
		for d, err := range docs {
			select {
			case in <- job{seq: seq, doc: d, err: err}:
				seq++
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range in {
				if j.err == nil {
					j.facts, j.err = l.extract(j.doc)
				}
				select {
				case out <- j:
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() { wg.Wait(); close(out) }()

	var rep Report
	pending := map[int]job{}
	next := 0
	var stop error
	var batch []job
	flush := func() {
		if stop == nil && len(batch) > 0 {
			stop = l.writeBatch(ctx, batch, &rep, log)
			if stop != nil {
				cancel()
			}
			if l.Progress != nil {
				l.Progress(rep)
			}
		}
		batch = batch[:0]
	}
	for j := range out {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			batch = append(batch, j)
			if len(batch) == maxBatch {
				flush()
			}
		}
		if len(out) == 0 {
			flush() // nothing else is ready: do not hold what is
		}
	}
	flush()
	if stop == nil && parent.Err() != nil {
		stop = fmt.Errorf("load stopped after %d articles: %w", rep.Articles, parent.Err())
	}
	// Search indexes that update in the background should show what was
	// just loaded before the caller searches it.
	if w, ok := l.Writer.(searchAwaiter); ok && stop == nil && rep.Loaded > 0 {
		if err := w.AwaitSearch(parent); err != nil {
			stop = err
		}
	}
	return rep, stop
}

// extract runs the pure extractor and converts its result; a panic in it is
// turned into this article's error so one odd article cannot end the load.
func (l *Loader) extract(d Document) (f *graph.ArticleFacts, err error) {
	defer func() {
		if p := recover(); p != nil {
			f, err = nil, &graph.Error{Code: graph.EINTERNAL, Message: "extractor failed", Err: fmt.Errorf("panic: %v", p)}
		}
	}()
	res := extract.Extract(d.Input(), l.Extract)
	return Facts(d, res)
}

// writeBatch stores the jobs in order and counts them: in one transaction
// when the Writer can and more than one article is to be written, one by one
// otherwise or when that transaction fails. It returns an error only when
// the whole load must stop.
func (l *Loader) writeBatch(ctx context.Context, jobs []job, rep *Report, log *slog.Logger) error {
	bw, ok := l.Writer.(batchWriter)
	var facts []*graph.ArticleFacts
	for _, j := range jobs {
		if j.err == nil {
			facts = append(facts, j.facts)
		}
	}
	if ok && len(facts) > 1 {
		res, err := bw.SaveArticles(ctx, facts)
		if err == nil {
			for _, j := range jobs {
				var saved *graph.SaveResult
				if j.err == nil {
					saved, res = &res[0], res[1:]
				}
				l.write(ctx, j, rep, log, saved) // only counts: nothing is left to write
			}
			return nil
		}
		// Nothing was written: save one by one, so that only the article at
		// fault fails (and an unavailable database or an ended ctx stops the
		// load at the first article, counted as failed).
		log.Debug("batch failed, saving its articles one by one", "articles", len(facts), "err", err)
	}
	for _, j := range jobs {
		if err := l.write(ctx, j, rep, log, nil); err != nil {
			return err
		}
	}
	return nil
}

// write stores one extracted article and counts it; saved, when not nil, is
// the result of a batch that already wrote it, and only the counting is
// left. It returns an error only when the whole load must stop.
func (l *Loader) write(ctx context.Context, j job, rep *Report, log *slog.Logger, saved *graph.SaveResult) error {
	rep.Articles++
	if j.err != nil {
		rep.Failed++
		var ge *graph.Error
		if j.doc.Origin == "" || (errors.As(j.err, &ge) && ge.Field != "") {
			rep.Errors = append(rep.Errors, j.err) // read errors already name their file and line
		} else {
			rep.Errors = append(rep.Errors, &ArticleError{Origin: j.doc.Origin, Err: j.err})
		}
		log.Debug("article failed", "origin", j.doc.Origin, "err", j.err)
		return nil
	}
	rep.Events += len(j.facts.Events)
	if l.Writer == nil {
		log.Debug("article extracted (dry run)", "origin", j.doc.Origin, "events", len(j.facts.Events))
		return nil
	}
	if saved == nil {
		res, err := l.Writer.SaveArticle(ctx, j.facts)
		if err != nil {
			rep.Failed++
			rep.Errors = append(rep.Errors, &ArticleError{Origin: j.doc.Origin, Err: err})
			log.Debug("article failed", "origin", j.doc.Origin, "err", err)
			if graph.ErrorCode(err) == graph.EUNAVAILABLE || ctx.Err() != nil {
				return err
			}
			return nil
		}
		saved = &res
	}
	res := *saved
	if res.AlreadyLoaded {
		rep.Unchanged++
	} else {
		rep.Loaded++
		rep.NewEvents += res.NewEvents
		rep.MergedEvents += res.MergedEvents
	}
	log.Debug("article saved", "origin", j.doc.Origin, "key", res.ArticleKey, "events", res.Events,
		"new", res.NewEvents, "merged", res.MergedEvents, "unchanged", res.AlreadyLoaded)
	return nil
}

// Err joins the report's errors (nil when there are none), for callers that
// want one error value.
func (r Report) Err() error { return errors.Join(slices.Clone(r.Errors)...) }
