package resolvers

import (
	"context"
	"testing"

	gqlcomplexity "github.com/99designs/gqlgen/complexity"
	"github.com/vektah/gqlparser/v2"

	"github.com/entente-dev/entente/schema"
)

// introspection is the shape of GraphiQL's schema query: TypeRef nests
// ofType seven times, 15 levels in all.
const introspection = `query IntrospectionQuery {
  __schema {
    queryType { name }
    types { ...FullType }
  }
}
fragment FullType on __Type {
  kind name
  fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } }
  inputFields { ...InputValue }
}
fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}`

func TestDepth(t *testing.T) {
	sch := schema.NewExecutableSchema(schema.Config{}).Schema()
	for _, c := range []struct {
		name  string
		query string
		want  int
	}{
		{"OK", `{ timeline { edges { node { countries { code } } } } }`, 5},
		{"Introspection", introspection, 0},
		{"Fragments", `{ ...Q } fragment Q on Query { timeline { totalCount } }`, 2},
		{"Cyclic", `{ event(key: "k") { countries { timeline { edges { node { countries { timeline { totalCount } } } } } } } }`, 8},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, errs := gqlparser.LoadQuery(sch, c.query)
			if errs != nil {
				t.Fatalf("parse: %v", errs)
			}
			if got := depth(doc.Operations[0].SelectionSet, map[string]bool{}); got != c.want {
				t.Errorf("got depth %d, want %d", got, c.want)
			}
		})
	}
}

// TestIntrospectionComplexity pins what the README says of the limits:
// gqlgen's complexity count skips __schema (GraphiQL's query costs
// nothing) but counts __type like any other field.
func TestIntrospectionComplexity(t *testing.T) {
	es := schema.NewExecutableSchema(schema.Config{Complexity: complexity()})
	for _, c := range []struct {
		name  string
		query string
		want  int
	}{
		{"Schema", introspection, 0},
		{"Type", `{ __type(name: "Event") { name fields { name } } }`, 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, errs := gqlparser.LoadQuery(es.Schema(), c.query)
			if errs != nil {
				t.Fatalf("parse: %v", errs)
			}
			if got := gqlcomplexity.Calculate(context.Background(), es, doc.Operations[0], nil); got != c.want {
				t.Errorf("got complexity %d, want %d", got, c.want)
			}
		})
	}
}
