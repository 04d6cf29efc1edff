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

// LoadReport says what loading submissions did.
type LoadReport struct {
	Loaded, Unchanged, Failed       int
	Events, NewEvents, MergedEvents int
	ArticleKeys                     []string // one per submission, in order
	Errors                          []error  // one per failed submission
}

// LoadFunc reads, extracts and writes submitted articles. Package main wires
// it to the loader, so this package does not depend on how articles are
// read. The error is for a load that stopped as a whole (Neo4j
// unavailable); failures of single articles go in LoadReport.Errors.
type LoadFunc func(ctx context.Context, subs []Submission) (LoadReport, error)

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
	res, err := r.load(ctx, subs)
	if err != nil {
		return nil, err
	}
	rep := &schema.LoadReport{Loaded: res.Loaded, Unchanged: res.Unchanged, Failed: res.Failed,
		Events: res.Events, NewEvents: res.NewEvents, MergedEvents: res.MergedEvents,
		ArticleKeys: append([]string{}, res.ArticleKeys...), Errors: []string{}}
	for _, e := range res.Errors {
		if graph.ErrorCode(e) == graph.EINTERNAL {
			r.log.ErrorContext(ctx, "loadArticles: article failed", "err", e)
		}
		rep.Errors = append(rep.Errors, graph.ErrorMessage(e))
	}
	return rep, nil
}
