package neo4jstore

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/entente-dev/entente/graph"
)

// QueryCounter counts the Cypher queries the read methods run. Put one in a
// request's context with WithQueryCounter to measure (and bound) the
// queries a GraphQL request costs.
type QueryCounter struct{ n atomic.Int64 }

// Count returns the number of queries run so far.
func (c *QueryCounter) Count() int64 { return c.n.Load() }

type counterKey struct{}

// WithQueryCounter returns a context whose reads are counted by c.
func WithQueryCounter(ctx context.Context, c *QueryCounter) context.Context {
	return context.WithValue(ctx, counterKey{}, c)
}

// QueryCounterFrom returns the counter of ctx, or nil.
func QueryCounterFrom(ctx context.Context) *QueryCounter {
	c, _ := ctx.Value(counterKey{}).(*QueryCounter)
	return c
}

// read runs one constant, parameterised read query on the readers of the
// configured database and returns its records.
func (s *Store) read(ctx context.Context, what, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if c := QueryCounterFrom(ctx); c != nil {
		c.n.Add(1)
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, readError(what, err)
	}
	return res.Records, nil
}

// readError classifies a driver error: an unreachable server is
// EUNAVAILABLE, anything else stays internal with its context.
func readError(what string, err error) error {
	if neo4j.IsConnectivityError(err) || errors.Is(err, context.DeadlineExceeded) {
		return &graph.Error{Code: graph.EUNAVAILABLE, Message: "the graph database cannot be reached; try again later", Err: fmt.Errorf("%s: %w", what, err)}
	}
	return fmt.Errorf("%s: %w", what, err)
}

// cursor is the position of an item in a date-ordered list.
type cursor struct {
	Date string `json:"d"` // ISO day of the sort date, "" when null
	Key  string `json:"k"`
}

func encodeCursor(date, key string) string {
	b, _ := json.Marshal(cursor{date, key})
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor returns the cursor's parameters (nil, nil for an empty one).
func decodeCursor(s string) (date any, key any, err error) {
	if s == "" {
		return nil, nil, nil
	}
	bad := &graph.Error{Code: graph.EINVALID, Field: "after", Message: "not a cursor of this list: pass an endCursor or edge cursor returned by the same query"}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, nil, bad
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil || c.Key == "" {
		return nil, nil, bad
	}
	t, err := time.Parse(time.DateOnly, c.Date)
	if err != nil {
		return nil, nil, bad
	}
	return neo4j.DateOf(t), c.Key, nil
}

// dateParam returns the first (or last) day of d as a Cypher date, or nil.
func dateParam(d graph.Date, last bool) any {
	if d.IsZero() {
		return nil
	}
	if last {
		return neo4j.DateOf(d.Last())
	}
	return neo4j.DateOf(d.First())
}

func listParam[T ~string](xs []T) any {
	if len(xs) == 0 {
		return nil
	}
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// Helpers that read map projections returned by the queries. Missing or
// null values give zero values: the write side may omit optional
// properties.

func mstr(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func mint(m map[string]any, k string) int {
	n, _ := m[k].(int64)
	return int(n)
}

func mbool(m map[string]any, k string) bool {
	b, _ := m[k].(bool)
	return b
}

func mfloat(m map[string]any, k string) float64 {
	switch v := m[k].(type) {
	case float64:
		return v
	case int64:
		return float64(v)
	}
	return 0
}

func mstrs(m map[string]any, k string) []string {
	xs, _ := m[k].([]any)
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func mmap(m map[string]any, k string) map[string]any {
	v, _ := m[k].(map[string]any)
	return v
}

func mmaps(m map[string]any, k string) []map[string]any {
	xs, _ := m[k].([]any)
	out := make([]map[string]any, 0, len(xs))
	for _, x := range xs {
		if v, ok := x.(map[string]any); ok {
			out = append(out, v)
		}
	}
	return out
}

// mdate reads a native date property as a day-precision graph.Date.
func mdate(m map[string]any, k string) graph.Date {
	switch v := m[k].(type) {
	case neo4j.Date:
		return graph.DateOf(v.Time())
	case time.Time:
		return graph.DateOf(v)
	case string:
		d, _ := graph.ParseDate(v)
		return d
	}
	return graph.Date{}
}

// mpartial reads a partial ISO date text property ("2016", "2016-02", ...),
// falling back to the native date property when the text is absent.
func mpartial(m map[string]any, text, native string) graph.Date {
	if s := mstr(m, text); s != "" {
		if d, err := graph.ParseDate(s); err == nil {
			return d
		}
	}
	return mdate(m, native)
}

func isoDay(m map[string]any, k string) string {
	d := mdate(m, k)
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func rowMap(r *neo4j.Record, key string) (map[string]any, error) {
	m, _, err := neo4j.GetRecordValue[map[string]any](r, key)
	return m, err
}

func rowInt(r *neo4j.Record, key string) (int, error) {
	n, _, err := neo4j.GetRecordValue[int64](r, key)
	return int(n), err
}
