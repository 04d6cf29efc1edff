package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/schema"
)

// depthLimit rejects operations whose selections nest deeper than max, so a
// cyclic schema (event -> countries -> timeline -> event ...) cannot be
// walked without end.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

// ExtensionName names the extension in gqlgen's list.
func (depthLimit) ExtensionName() string { return "DepthLimit" }

// Validate accepts any schema.
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the operation before it runs.
func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if n := depth(oc.Operation.SelectionSet, map[string]bool{}); n > d.max {
		err := gqlerror.Errorf("query is nested %d levels deep, more than the limit of %d: split it into several queries", n, d.max)
		err.Extensions = map[string]any{"code": graph.EINVALID}
		return err
	}
	return nil
}

func depth(set ast.SelectionSet, seen map[string]bool) int {
	most := 0
	for _, s := range set {
		n := 0
		switch s := s.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				// Introspection reads the schema, not the graph, and
				// gqlparser's MaxIntrospectionDepth validation rule
				// bounds how deep it nests; GraphiQL's own query nests
				// 15 levels and must pass.
				continue
			}
			if len(s.SelectionSet) > 0 {
				n = 1 + depth(s.SelectionSet, seen)
			} else {
				n = 1
			}
		case *ast.InlineFragment:
			n = depth(s.SelectionSet, seen)
		case *ast.FragmentSpread:
			if s.Definition != nil && !seen[s.Name] {
				seen[s.Name] = true
				n = depth(s.Definition.SelectionSet, seen)
				delete(seen, s.Name)
			}
		}
		most = max(most, n)
	}
	return most
}

// pageSize is the number of items a list field with a first argument may
// return, for complexity: the default when not given, at least 1.
func pageSize(first *int, def int) int {
	if first == nil {
		return def
	}
	return min(max(*first, 1), graph.MaxFirst)
}

// complexity makes list fields cost their page size times their children,
// so FixedComplexityLimit bounds the work of a query before it runs.
func complexity() schema.ComplexityRoot {
	var c schema.ComplexityRoot
	c.Query.Timeline = func(child int, _ []string, _ []string, _ []graph.Kind, _ *graph.Date, _ *graph.Date, _ *string, _ *string, _ *string, _ *float64, _ *graph.Order, first *int, _ *string) int {
		return 1 + child*pageSize(first, graph.DefaultFirst)
	}
	c.Query.Articles = func(child int, _ *graph.Date, _ *graph.Date, first *int, _ *string) int {
		return 1 + child*pageSize(first, graph.DefaultFirst)
	}
	c.Query.Counterparts = func(child int, _ string, _ *graph.Kind, _ *graph.CounterpartOrder, first *int) int {
		return 1 + child*pageSize(first, 20)
	}
	c.Query.Search = func(child int, _ string, first *int) int { return 1 + child*pageSize(first, 20) }
	c.Query.Countries = func(child int, _ *string) int { return 1 + child*250 }
	c.Country.Timeline = func(child int, _ []graph.Kind, _ *graph.Date, _ *graph.Date, _ *string, _ *string, _ *string, _ *float64, _ *graph.Order, first *int, _ *string) int {
		return 1 + child*pageSize(first, graph.DefaultFirst)
	}
	c.Country.Counterparts = func(child int, _ *graph.Kind, _ *graph.CounterpartOrder, first *int) int {
		return 1 + child*pageSize(first, 20)
	}
	c.Relationship.Timeline = func(child int, _ []graph.Kind, _ *graph.Date, _ *graph.Date, _ *string, _ *string, _ *string, _ *float64, _ *graph.Order, first *int, _ *string) int {
		return 1 + child*pageSize(first, graph.DefaultFirst)
	}
	// Unpaged event lists are capped at MaxFirst by the store; count them
	// as a typical page so ordinary queries pass.
	c.Relationship.Accords = func(child int, _ *graph.Date) int { return 1 + child*graph.DefaultFirst }
	c.Relationship.Meetings = func(child int, _ *graph.Date) int { return 1 + child*graph.DefaultFirst }
	c.Relationship.RelationsHistory = func(child int) int { return 1 + child*10 }
	c.Relationship.TopTopics = func(child int, first *int) int { return 1 + child*pageSize(first, 10) }
	c.Event.Evidence = func(child int) int { return 1 + child*5 }
	c.Event.Articles = func(child int) int { return 1 + child*5 }
	c.Event.Agencies = func(child int) int { return 1 + child*5 }
	c.Event.Countries = func(child int) int { return 1 + child*2 }
	c.Article.Events = func(child int) int { return 1 + child*10 }
	c.Mutation.LoadArticles = func(child int, input []schema.ArticleInput) int { return 1 + child*max(len(input), 1) }
	return c
}
