package resolvers

import (
	"testing"

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
