package loader

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// recorder is a Writer that keeps what it is given in memory; it stands for
// the pipeline's other end in tests of the pipeline itself (the Neo4j
// integration test below uses the real store).
type recorder struct {
	mu    sync.Mutex
	saved []*graph.ArticleFacts
	seen  map[string]bool
	fail  func(*graph.ArticleFacts) error
}

func (r *recorder) SaveArticle(_ context.Context, f *graph.ArticleFacts) (graph.SaveResult, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		if err := r.fail(f); err != nil {
			return graph.SaveResult{}, err
		}
	}
	if r.seen == nil {
		r.seen = map[string]bool{}
	}
	res := graph.SaveResult{ArticleKey: f.Article.Key, Events: len(f.Events), NewEvents: len(f.Events), AlreadyLoaded: r.seen[f.Article.Key]}
	r.seen[f.Article.Key] = true
	r.saved = append(r.saved, f)
	return res, nil
}

// sources writes a folder with the seed, a second good article and a JSON
// lines file whose second line is broken.
func sources(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"a-seed.txt": string(seed),
		"b-other.txt": "Mexico, Canada sign trade pact\n\nOTTAWA, May 3, 2016 -- Mexico and Canada signed an agreement on agricultural trade on Tuesday, " +
			"Canada's Department of Foreign Affairs said.",
		"c-lines.jsonl": `{"title": "ok", "published": "2016-01-05", "text": "Japan and India held talks on maritime security in Tokyo on Monday."}` + "\n" +
			`{"title": "broken", "text": ` + "\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoad(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		dir := sources(t)
		w := &recorder{}
		var progress []Report
		l := &Loader{Writer: w, Workers: 3, Progress: func(r Report) { progress = append(progress, r) }}
		rep, err := l.Load(context.Background(), dir)
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		for i := 1; i < len(progress); i++ {
			if progress[i].Articles < progress[i-1].Articles {
				t.Errorf("progress went back: %d then %d articles", progress[i-1].Articles, progress[i].Articles)
			}
		}
		if len(progress) == 0 || progress[len(progress)-1].Articles != rep.Articles || progress[len(progress)-1].Loaded != rep.Loaded {
			t.Errorf("got progress %+v, want it to end at the report's counts %+v", progress, rep)
		}
		if rep.Articles != 4 || rep.Loaded != 3 || rep.Failed != 1 || rep.Unchanged != 0 {
			t.Errorf("got %+v, want 4 articles: 3 loaded, 1 failed", rep)
		}
		if len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Error(), "c-lines.jsonl:2") {
			t.Errorf("got errors %v, want one naming c-lines.jsonl:2", rep.Errors)
		}
		var titles []string
		for _, f := range w.saved {
			titles = append(titles, f.Article.Title)
		}
		if len(titles) != 3 || !strings.Contains(titles[0], "cybercrime") || titles[2] != "ok" {
			t.Errorf("got articles written in order %q, want the seed, the pact, then ok (input order)", titles)
		}
		if rep.Events == 0 || rep.NewEvents != rep.Events {
			t.Errorf("got %d events, %d new, want some events, all new", rep.Events, rep.NewEvents)
		}
		// Loading again reports every article unchanged.
		rep, err = l.Load(context.Background(), dir)
		if err != nil || rep.Unchanged != 3 || rep.Loaded != 0 {
			t.Errorf("second load: got %+v, %v, want 3 unchanged", rep, err)
		}
	})

	t.Run("BadArticleOthersGoOn", func(t *testing.T) {
		w := &recorder{fail: func(f *graph.ArticleFacts) error {
			if strings.Contains(f.Article.Title, "pact") {
				return graph.Errorf(graph.EINVALID, "rejected")
			}
			return nil
		}}
		rep, err := (&Loader{Writer: w}).Load(context.Background(), sources(t))
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		if rep.Loaded != 2 || rep.Failed != 2 {
			t.Errorf("got %+v, want 2 loaded, 2 failed", rep)
		}
		var ae *ArticleError
		if !slices.ContainsFunc(rep.Errors, func(e error) bool { return errors.As(e, &ae) && strings.HasSuffix(ae.Origin, "b-other.txt") }) {
			t.Errorf("got errors %v, want one for b-other.txt", rep.Errors)
		}
	})

	t.Run("ErrUnavailable", func(t *testing.T) {
		w := &recorder{fail: func(*graph.ArticleFacts) error { return graph.Errorf(graph.EUNAVAILABLE, "down") }}
		rep, err := (&Loader{Writer: w, Workers: 2}).Load(context.Background(), sources(t))
		if graph.ErrorCode(err) != graph.EUNAVAILABLE {
			t.Errorf("got error %v, want code %s", err, graph.EUNAVAILABLE)
		}
		if rep.Loaded != 0 || rep.Failed != 1 {
			t.Errorf("got %+v, want the load to stop at the first failure", rep)
		}
	})

	t.Run("DryRun", func(t *testing.T) {
		rep, err := (&Loader{}).LoadDocuments(context.Background(), []Document{{Origin: "x", Text: "Cuba and Mexico signed an agreement on fishing on Monday.", Published: graph.Day(2016, 5, 2)}})
		if err != nil || rep.Articles != 1 || rep.Loaded != 0 || rep.Failed != 0 {
			t.Errorf("got %+v, %v, want one article read, nothing written", rep, err)
		}
	})

	t.Run("Canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := (&Loader{Writer: &recorder{}}).Load(ctx, sources(t))
		if !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want context.Canceled", err)
		}
	})
}

func BenchmarkLoadDryRun(b *testing.B) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		b.Fatal(err)
	}
	docs := []Document{{Origin: "seed", Text: string(seed), Published: graph.Day(2016, 2, 25)}}
	l := &Loader{Workers: 1}
	for b.Loop() {
		if _, err := l.LoadDocuments(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
}
