package neo4jstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/entente-dev/entente/graph"
)

// SaveArticle writes one article's facts in one transaction, resolving its
// events against those already stored (graph.SameEvent) and against each
// other. Writing the same facts twice changes nothing: every write is a
// MERGE on a natural key, a report merged again leaves its event as it was,
// and evidence links are keyed by (fact, article, sentence start); an
// article stored before with the very same facts (its factsHash) is not
// written again at all. A failed article writes nothing. Errors: EINVALID
// for facts that break an invariant (checked before anything is written),
// EUNAVAILABLE when Neo4j cannot be reached, otherwise a wrapped driver
// error.
func (s *Store) SaveArticle(ctx context.Context, f *graph.ArticleFacts) (graph.SaveResult, error) {
	res, err := s.save(ctx, []*graph.ArticleFacts{f}, func() string {
		return fmt.Sprintf("save article %s (%q)", f.Article.Key, f.Article.Title)
	})
	if err != nil {
		return graph.SaveResult{}, err
	}
	return res[0], nil
}

// SaveArticles writes several articles in one transaction, in order, as
// SaveArticle would one after the other: each article's events are resolved
// against the graph as the articles before it in the batch left it. It is
// all or nothing: on an error nothing is written, and the error names the
// article at fault, so a caller can then save the batch one article at a
// time to let only that one fail. One commit for many articles is what makes
// a bulk load fast. Errors as for SaveArticle.
func (s *Store) SaveArticles(ctx context.Context, fs []*graph.ArticleFacts) ([]graph.SaveResult, error) {
	return s.save(ctx, fs, func() string { return fmt.Sprintf("save %d articles", len(fs)) })
}

// save validates fs and writes them in one transaction; what names the
// write in an EUNAVAILABLE error.
func (s *Store) save(ctx context.Context, fs []*graph.ArticleFacts, what func() string) (res []graph.SaveResult, err error) {
	for _, f := range fs {
		if err := ValidateFacts(f); err != nil {
			return nil, err
		}
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer func() {
		if cerr := sess.Close(context.WithoutCancel(ctx)); cerr != nil {
			err = errors.Join(err, fmt.Errorf("close session: %w", cerr))
		}
	}()
	out, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) ([]graph.SaveResult, error) {
		out := make([]graph.SaveResult, 0, len(fs))
		for _, f := range fs {
			r, err := s.saveTx(ctx, tx, f)
			if err != nil {
				return nil, err
			}
			out = append(out, r)
		}
		return out, nil
	})
	if err != nil {
		var ge *graph.Error
		if errors.As(err, &ge) {
			return nil, err
		}
		return nil, s.unavailable(what(), err)
	}
	return out, nil
}

// saveTx is the body of SaveArticle's transaction. The driver may run it
// more than once (on a transient error), so it starts from scratch each time.
func (s *Store) saveTx(ctx context.Context, tx neo4j.ManagedTransaction, f *graph.ArticleFacts) (graph.SaveResult, error) {
	res := graph.SaveResult{ArticleKey: f.Article.Key, Events: len(f.Events)}
	rec, err := single(ctx, tx, qArticle, articleParams(f))
	if err != nil {
		return res, fmt.Errorf("write article %s: %w", f.Article.Key, err)
	}
	res.AlreadyLoaded, _ = rec["existed"].(bool)
	if same, _ := rec["same"].(bool); same {
		// Stored before with these very facts: every MERGE below would
		// find what it writes, so a reload costs one query.
		res.MergedEvents = res.Events
		return res, nil
	}

	resolved, err := s.resolveEvents(ctx, tx, f)
	if err != nil {
		return res, err
	}
	for _, r := range resolved.events {
		if r.created {
			res.NewEvents++
		}
	}
	res.MergedEvents = res.Events - res.NewEvents

	steps := []struct {
		name, query string
		params      map[string]any
	}{
		{"countries", qCountries, map[string]any{"article": f.Article.Key, "rows": countryRows(f)}},
		{"agencies", qAgencies, map[string]any{"article": f.Article.Key, "rows": agencyRows(f)}},
		{"places", qPlaces, map[string]any{"rows": placeRows(f)}},
		{"events", qEvents, map[string]any{"rows": resolved.eventRows()}},
		{"agents", qAgents, map[string]any{"rows": resolved.agencyRows(f)}},
		{"evidence", qEventEvidence, map[string]any{"article": f.Article.Key, "rows": resolved.evidenceRows(f)}},
		{"days", qDays, map[string]any{"rows": resolved.dateRows(graph.PrecisionDay)}},
		{"months", qMonths, map[string]any{"rows": resolved.dateRows(graph.PrecisionMonth)}},
		{"years", qYears, map[string]any{"rows": resolved.dateRows(graph.PrecisionYear)}},
	}
	for _, st := range steps {
		if rows, ok := st.params["rows"].([]map[string]any); ok && len(rows) == 0 {
			continue
		}
		if _, err := run(ctx, tx, st.query, st.params); err != nil {
			return res, fmt.Errorf("write %s of article %s: %w", st.name, f.Article.Key, err)
		}
		if s.failAt == st.name {
			return res, fmt.Errorf("write %s of article %s: forced failure", st.name, f.Article.Key)
		}
	}
	return res, nil
}

// ValidateFacts checks what SaveArticle needs before it writes anything: an
// article key, country codes, agency keys with their country, valid events
// whose agencies are listed among the article's agencies, and sane evidence
// offsets. Errors: EINVALID naming the article and the fact at fault.
func ValidateFacts(f *graph.ArticleFacts) error {
	if f == nil {
		return graph.Errorf(graph.EINVALID, "no article facts")
	}
	where := "article " + f.Article.Key
	if f.Article.Title != "" {
		where += fmt.Sprintf(" (%q)", f.Article.Title)
	}
	bad := func(format string, args ...any) error {
		return &graph.Error{Code: graph.EINVALID, Field: where, Message: fmt.Sprintf(format, args...)}
	}
	if f.Article.Key == "" {
		return bad("no article key: build facts with loader.Facts, which hashes the cleaned text")
	}
	if !f.Article.Published.Valid() {
		return bad("invalid publication date %v", f.Article.Published)
	}
	for i, c := range f.Countries {
		if c.Country.Code == "" {
			return bad("country %d (%q): empty ISO code", i, c.Country.Name)
		}
		if err := checkEvidence(c.Evidence); err != nil {
			return bad("country %s: %v", c.Country.Code, err)
		}
	}
	agencies := make(map[string]bool, len(f.Agencies))
	for i, a := range f.Agencies {
		if a.Agency.Key == "" || a.Agency.Country == "" || a.Agency.Name == "" {
			return bad("agency %d (%q): want key, name and country (key = graph.AgencyKey(country, name))", i, a.Agency.Name)
		}
		if err := checkEvidence(a.Evidence); err != nil {
			return bad("agency %s: %v", a.Agency.Key, err)
		}
		agencies[a.Agency.Key] = true
	}
	for i, p := range f.Places {
		if p.Key == "" || p.Name == "" {
			return bad("place %d (%q): want key and name (key = graph.PlaceKey(country, name))", i, p.Name)
		}
	}
	for i := range f.Events {
		e := &f.Events[i]
		if err := e.Validate(); err != nil {
			return bad("event %d: %s", i, graph.ErrorMessage(err))
		}
		if graph.Pair(e.Countries) == "" {
			return bad("event %d (%q): no participant country", i, e.Title)
		}
		for _, k := range e.Agencies {
			if !agencies[k] {
				return bad("event %d (%q): agency %q is not among the article's agencies", i, e.Title, k)
			}
		}
		for _, ev := range e.Evidence {
			if err := checkEvidence(ev); err != nil {
				return bad("event %d (%q): %v", i, e.Title, err)
			}
		}
	}
	return nil
}

func checkEvidence(ev graph.Evidence) error {
	if ev.Sentence == "" {
		return nil
	}
	if ev.Start < 0 || ev.End < ev.Start {
		return fmt.Errorf("evidence offsets %d..%d: want 0 <= start <= end", ev.Start, ev.End)
	}
	return nil
}

// run executes one statement and returns its records.
func run(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) ([]map[string]any, error) {
	r, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, err
	}
	recs, err := r.Collect(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]map[string]any, len(recs))
	for i, rec := range recs {
		out[i] = rec.AsMap()
	}
	return out, nil
}

// single executes a statement that returns exactly one record.
func single(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) (map[string]any, error) {
	recs, err := run(ctx, tx, query, params)
	if err != nil {
		return nil, err
	}
	if len(recs) != 1 {
		return nil, fmt.Errorf("want one record, got %d", len(recs))
	}
	return recs[0], nil
}

func articleParams(f *graph.ArticleFacts) map[string]any {
	a := f.Article
	return map[string]any{
		"key": a.Key, "url": nilIfZero(a.URL), "title": a.Title, "source": nilIfZero(a.Source),
		"published":   nilIfZero(dayText(a.Published.First())),
		"contentHash": nilIfZero(a.ContentHash),
		"factsHash":   nilIfZero(factsHash(f)),
	}
}

// factsHash fingerprints everything SaveArticle writes for an article, so
// that reloading it unchanged (same text, same extractor) writes nothing.
func factsHash(f *graph.ArticleFacts) string {
	b, err := json.Marshal(f)
	if err != nil {
		return "" // (stored as null, never equal: the article is written in full)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// countryRows lists every country the article touches: those it mentions
// (with evidence) and those its events, agencies and places name.
func countryRows(f *graph.ArticleFacts) []map[string]any {
	seen := map[string]int{}
	var rows []map[string]any
	add := func(code, name string, aliases []string, ev graph.Evidence) {
		code = strings.ToUpper(code)
		if code == "" {
			return
		}
		if i, ok := seen[code]; ok {
			if rows[i]["name"] == nil && name != "" {
				rows[i]["name"] = name
			}
			return
		}
		seen[code] = len(rows)
		rows = append(rows, map[string]any{
			"code": code, "name": nilIfZero(name), "aliases": dedup(aliases),
			"sentence": nilIfZero(ev.Sentence), "start": ev.Start, "end": ev.End,
		})
	}
	for _, c := range f.Countries {
		add(c.Country.Code, c.Country.Name, c.Country.Aliases, c.Evidence)
	}
	for _, a := range f.Agencies {
		add(a.Agency.Country, "", nil, graph.Evidence{})
	}
	for _, p := range f.Places {
		add(p.Country, "", nil, graph.Evidence{})
	}
	for _, e := range f.Events {
		for _, c := range e.Countries {
			add(c, "", nil, graph.Evidence{})
		}
		add(e.PlaceCountry, "", nil, graph.Evidence{})
	}
	return rows
}

func agencyRows(f *graph.ArticleFacts) []map[string]any {
	rows := make([]map[string]any, 0, len(f.Agencies))
	for _, a := range f.Agencies {
		rows = append(rows, map[string]any{
			"key": a.Agency.Key, "name": a.Agency.Name, "country": strings.ToUpper(a.Agency.Country),
			"aliases": dedup(a.Agency.Aliases), "sentence": nilIfZero(a.Evidence.Sentence),
			"start": a.Evidence.Start, "end": a.Evidence.End,
		})
	}
	return rows
}

// placeRows lists the article's places and those its events are held in.
func placeRows(f *graph.ArticleFacts) []map[string]any {
	seen := map[string]bool{}
	var rows []map[string]any
	add := func(p graph.Place) {
		if p.Key == "" || seen[p.Key] {
			return
		}
		seen[p.Key] = true
		rows = append(rows, map[string]any{"key": p.Key, "name": p.Name, "country": nilIfZero(strings.ToUpper(p.Country))})
	}
	for _, p := range f.Places {
		add(p)
	}
	for _, e := range f.Events {
		if e.Place != "" {
			add(graph.Place{Key: graph.PlaceKey(e.PlaceCountry, e.Place), Name: e.Place, Country: e.PlaceCountry})
		}
	}
	return rows
}

// nilIfZero passes a zero value ("" or 0) as a Cypher null, so an absent value
// leaves a property unset (or a filter off).
func nilIfZero[T comparable](v T) any {
	var zero T
	if v == zero {
		return nil
	}
	return v
}

func dedup(xs []string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if x != "" && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}
