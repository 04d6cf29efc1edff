package resolvers

import (
	"context"
	"fmt"
	"slices"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
	"github.com/entente-dev/entente/schema"
)

// countryCode resolves a country argument (ISO code, name or alias) to its
// code: the gazetteer first, then the countries stored in the graph. An
// unknown country is an EINVALID error naming the argument.
func (r *Resolver) countryCode(ctx context.Context, field, s string) (string, error) {
	if c, ok := gazetteer.Lookup(s); ok {
		return c.Code, nil
	}
	c, err := r.store.FindCountry(ctx, s)
	switch graph.ErrorCode(err) {
	case "":
		return c.Code, nil
	case graph.ENOTFOUND:
		return "", &graph.Error{Code: graph.EINVALID, Field: field,
			Message: fmt.Sprintf("unknown country %q: give an ISO code, a name or an alias, such as \"CU\", \"Cuba\" or \"United States\"", s)}
	}
	return "", err
}

// countryCodes resolves a list of country arguments, dropping repeats.
func (r *Resolver) countryCodes(ctx context.Context, field string, names []string) ([]string, error) {
	var out []string
	for _, n := range names {
		c, err := r.countryCode(ctx, field, n)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out, nil
}

// timelineArgs are the arguments every timeline field shares.
type timelineArgs struct {
	kinds                 []graph.Kind
	since, until          *graph.Date
	topic, agency, status *string
	minConfidence         *float64
	order                 *graph.Order
	first                 *int
	after                 *string
}

func (a timelineArgs) filter() graph.EventFilter {
	return graph.EventFilter{
		Kinds: a.kinds, Since: deref(a.since), Until: deref(a.until),
		Topic: deref(a.topic), Agency: deref(a.agency), Status: deref(a.status), MinConfidence: deref(a.minConfidence),
		Order: deref(a.order), First: deref(a.first), After: deref(a.after),
	}
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// timeline reads one page and shapes it as a Relay connection.
func (r *Resolver) timeline(ctx context.Context, f graph.EventFilter) (*schema.EventConnection, error) {
	p, err := r.store.Timeline(ctx, f)
	if err != nil {
		return nil, err
	}
	c := &schema.EventConnection{TotalCount: p.Total, Edges: make([]schema.EventEdge, len(p.Events)),
		PageInfo: pageInfo(p.Cursors, p.HasNext, p.HasPrevious)}
	for i := range p.Events {
		c.Edges[i] = schema.EventEdge{Cursor: p.Cursors[i], Node: &p.Events[i]}
	}
	return c, nil
}

// events reads every event of a filter, up to graph.MaxFirst.
func (r *Resolver) events(ctx context.Context, f graph.EventFilter) ([]graph.Event, error) {
	f.First = graph.MaxFirst
	p, err := r.store.Timeline(ctx, f)
	return p.Events, err
}

func pageInfo(cursors []string, next, prev bool) *schema.PageInfo {
	pi := &schema.PageInfo{HasNextPage: next, HasPreviousPage: prev}
	if n := len(cursors); n > 0 {
		pi.StartCursor, pi.EndCursor = &cursors[0], &cursors[n-1]
	}
	return pi
}

func articleConnection(p graph.ArticlePage) *schema.ArticleConnection {
	c := &schema.ArticleConnection{TotalCount: p.Total, Edges: make([]schema.ArticleEdge, len(p.Articles)),
		PageInfo: pageInfo(p.Cursors, p.HasNext, p.HasPrevious)}
	for i := range p.Articles {
		c.Edges[i] = schema.ArticleEdge{Cursor: p.Cursors[i], Node: &p.Articles[i]}
	}
	return c
}

// dateKnown says how well an event's date is known.
func dateKnown(e *graph.Event) schema.DateKnown {
	switch e.Start.Precision() {
	case graph.PrecisionDay:
		return schema.DateKnownExact
	case graph.PrecisionMonth, graph.PrecisionYear:
		return schema.DateKnownPartial
	}
	if !e.Before.IsZero() {
		return schema.DateKnownBounded
	}
	return schema.DateKnownUnknown
}

// articlesOf returns the distinct articles of a list of citations, in order.
func articlesOf(cs []graph.Citation) []graph.Article {
	var out []graph.Article
	seen := map[string]bool{}
	for _, c := range cs {
		if !seen[c.Article.Key] {
			seen[c.Article.Key] = true
			out = append(out, c.Article)
		}
	}
	return out
}

// countriesByCode loads countries, keeping codes the graph lacks as
// gazetteer entries (or bare codes) so a list never has holes.
func (r *Resolver) countriesByCode(ctx context.Context, codes []string) ([]graph.Country, error) {
	ps, err := r.loaders(ctx).countries.LoadAll(ctx, codes)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Country, len(codes))
	for i, p := range ps {
		switch c, ok := gazetteer.Country(codes[i]); {
		case p != nil:
			out[i] = *p
		case ok:
			out[i] = c
		default:
			out[i] = graph.Country{Code: codes[i], Name: codes[i]}
		}
	}
	return out, nil
}

// relationshipSides groups agencies by the side they belong to.
func relationshipSides(countries []graph.Country, agencies []graph.Agency) []schema.Side {
	sides := make([]schema.Side, len(countries))
	for i := range countries {
		sides[i] = schema.Side{Country: &countries[i], Agencies: []graph.Agency{}}
		for _, a := range agencies {
			if a.Country == countries[i].Code {
				sides[i].Agencies = append(sides[i].Agencies, a)
			}
		}
	}
	return sides
}
