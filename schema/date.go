package schema

import (
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"github.com/entente-dev/entente/graph"
)

// MarshalDate writes a graph.Date as its ISO string at its precision, or
// null when the date is unknown. gqlgen calls it for the Date scalar.
func MarshalDate(d graph.Date) graphql.Marshaler {
	if d.IsZero() {
		return graphql.Null
	}
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(d.String()))
	})
}

// UnmarshalDate reads a Date argument: "2016", "2016-02" or "2016-02-22".
// Errors are *graph.Error with code EINVALID.
func UnmarshalDate(v any) (graph.Date, error) {
	s, ok := v.(string)
	if !ok {
		return graph.Date{}, graph.Errorf(graph.EINVALID, "date must be a string such as \"2016\", \"2016-02\" or \"2016-02-22\", not %v", v)
	}
	d, err := graph.ParseDate(s)
	if err != nil {
		return graph.Date{}, err
	}
	if d.IsZero() {
		return d, graph.Errorf(graph.EINVALID, "empty date: give YYYY, YYYY-MM or YYYY-MM-DD, or leave the argument out")
	}
	return d, nil
}
