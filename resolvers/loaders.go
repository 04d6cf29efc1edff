package resolvers

import (
	"context"
	"net/http"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/graph/neo4jstore"
)

// loaders batch the per-object reads of one request: every event of a page
// asks for its countries, and the loader turns those asks into one query.
type loaders struct {
	events          *dataloadgen.Loader[string, *graph.Event]
	countries       *dataloadgen.Loader[string, *graph.Country]
	agencies        *dataloadgen.Loader[string, *graph.Agency]
	articles        *dataloadgen.Loader[string, *graph.Article]
	eventCountries  *dataloadgen.Loader[string, []graph.Country]
	eventAgencies   *dataloadgen.Loader[string, []graph.Agency]
	eventCitations  *dataloadgen.Loader[string, []graph.Citation]
	countryAgencies *dataloadgen.Loader[string, []graph.Agency]
	articleEvents   *dataloadgen.Loader[string, []graph.Event]
}

// defaultBatchWait is how long a loader collects keys before it queries.
// gqlgen starts the resolvers of a list's items together, so a few
// milliseconds gather a whole page.
const defaultBatchWait = 5 * time.Millisecond

func newLoaders(s *neo4jstore.Store, wait time.Duration) *loaders {
	opts := []dataloadgen.Option{dataloadgen.WithWait(wait), dataloadgen.WithBatchCapacity(1000)}
	return &loaders{
		events:          dataloadgen.NewLoader(one(s.EventsByKeys), opts...),
		countries:       dataloadgen.NewLoader(one(s.CountriesByCodes), opts...),
		agencies:        dataloadgen.NewLoader(one(s.AgenciesByKeys), opts...),
		articles:        dataloadgen.NewLoader(one(s.ArticlesByKeys), opts...),
		eventCountries:  dataloadgen.NewLoader(many(s.CountriesOfEvents), opts...),
		eventAgencies:   dataloadgen.NewLoader(many(s.AgenciesOfEvents), opts...),
		eventCitations:  dataloadgen.NewLoader(many(s.CitationsOfEvents), opts...),
		countryAgencies: dataloadgen.NewLoader(many(s.AgenciesOfCountries), opts...),
		articleEvents:   dataloadgen.NewLoader(many(s.EventsOfArticles), opts...),
	}
}

// one adapts a map-returning batch read to a loader of optional values: a
// missing key gives nil (GraphQL null), not an error.
func one[T any](fetch func(context.Context, []string) (map[string]T, error)) func(context.Context, []string) ([]*T, []error) {
	return func(ctx context.Context, keys []string) ([]*T, []error) {
		m, err := fetch(ctx, keys)
		out, errs := make([]*T, len(keys)), make([]error, len(keys))
		for i, k := range keys {
			if err != nil {
				errs[i] = err
			} else if v, ok := m[k]; ok {
				out[i] = &v
			}
		}
		return out, errs
	}
}

// many adapts a map-returning batch read to a loader of lists: a missing
// key gives an empty list.
func many[T any](fetch func(context.Context, []string) (map[string][]T, error)) func(context.Context, []string) ([][]T, []error) {
	return func(ctx context.Context, keys []string) ([][]T, []error) {
		m, err := fetch(ctx, keys)
		out, errs := make([][]T, len(keys)), make([]error, len(keys))
		for i, k := range keys {
			if err != nil {
				errs[i] = err
			} else {
				out[i] = m[k]
				if out[i] == nil {
					out[i] = []T{}
				}
			}
		}
		return out, errs
	}
}

type loadersKey struct{}

// withLoaders gives every request fresh loaders: their caches must not
// outlive a request. (countQueries adds the query counter.)
func withLoaders(s *neo4jstore.Store, wait time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, newLoaders(s, wait))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// loaders returns the request's loaders, or new ones waiting
// Config.BatchWait when the context has none (a resolver called outside
// the HTTP handler).
func (r *Resolver) loaders(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(r.store, r.batchWait)
}
