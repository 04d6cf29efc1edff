package resolvers

import (
	"context"
	"crypto/subtle"
	"fmt"
	"net/http"
	"strings"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/schema"
)

// MaxSubmissions is the most articles one loadArticles call may carry.
const MaxSubmissions = 100

// Submission is one article sent to the loadArticles mutation: Text or HTML.
type Submission struct {
	URL       string
	Title     string
	Source    string
	Published graph.Date
	Text      string
	HTML      string
}

// LoadFunc reads, extracts and writes submitted articles, one result per
// submission, in order. Package main wires it to the loader, so this
// package does not depend on how articles are read.
type LoadFunc func(ctx context.Context, subs []Submission) ([]graph.SaveResult, error)

type authKey struct{}

// withAuth records in the context whether the request carries the API
// token, compared in constant time.
func withAuth(token string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		ok = ok && token != "" && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(token)) == 1
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), authKey{}, ok)))
	})
}

// authorize allows mutations only when the server has a token and the
// request sent it.
func (r *Resolver) authorize(ctx context.Context) error {
	switch {
	case r.apiToken == "" || r.load == nil:
		return graph.Errorf(graph.EFORBIDDEN, "loadArticles is disabled: start the server with an API token (--api-token or ENTENTE_API_TOKEN) to enable it")
	case ctx.Value(authKey{}) != true:
		return graph.Errorf(graph.EUNAUTH, "loadArticles needs the API token: send the header \"Authorization: Bearer <token>\"")
	}
	return nil
}

func (r *Resolver) loadArticles(ctx context.Context, input []schema.ArticleInput) (*schema.LoadReport, error) {
	if len(input) == 0 || len(input) > MaxSubmissions {
		return nil, &graph.Error{Code: graph.EINVALID, Field: "input", Message: fmt.Sprintf("has %d articles: send 1 to %d per call", len(input), MaxSubmissions)}
	}
	subs := make([]Submission, len(input))
	for i, in := range input {
		s := Submission{URL: deref(in.URL), Title: deref(in.Title), Source: deref(in.Source), Published: deref(in.Published), Text: deref(in.Text), HTML: deref(in.HTML)}
		if (s.Text == "") == (s.HTML == "") {
			return nil, &graph.Error{Code: graph.EINVALID, Field: fmt.Sprintf("input[%d]", i), Message: "give either text or html"}
		}
		subs[i] = s
	}
	results, err := r.load(ctx, subs)
	if err != nil {
		return nil, err
	}
	rep := &schema.LoadReport{ArticleKeys: []string{}}
	for _, res := range results {
		rep.ArticleKeys = append(rep.ArticleKeys, res.ArticleKey)
		if res.AlreadyLoaded {
			rep.AlreadyLoaded++
		} else {
			rep.Articles++
		}
		rep.Events += res.Events
		rep.NewEvents += res.NewEvents
		rep.MergedEvents += res.MergedEvents
	}
	return rep, nil
}
