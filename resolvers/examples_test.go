package resolvers_test

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/entente-dev/entente/resolvers"
)

const examplesPath = "../schema/EXAMPLES.md"

// exampleBlock matches a GraphQL query block followed by its JSON answer.
var exampleBlock = regexp.MustCompile("(?s)```graphql\n(.*?)```\n\n```json\n(.*?)```")

// TestExamples keeps schema/EXAMPLES.md (which the README points to) true:
// every query in it is asked of testdata/articles loaded through the real
// loader, and the answer must be the one printed under it. Run
// go test ./resolvers -run TestExamples -update to rewrite the answers.
func TestExamples(t *testing.T) {
	doc, err := os.ReadFile(examplesPath)
	if err != nil {
		t.Fatal(err)
	}
	blocks := exampleBlock.FindAllSubmatchIndex(doc, -1)
	if len(blocks) < 4 {
		t.Fatalf("got %d query/answer pairs in %s, want at least 4", len(blocks), examplesPath)
	}
	st := articlesStore(t)
	a := &api{store: st, handler: resolvers.NewHandler(resolvers.Config{Store: st})}
	var out bytes.Buffer
	last := 0
	for _, b := range blocks {
		query := string(doc[b[2]:b[3]])
		want := string(doc[b[4]:b[5]])
		r, _ := a.do(t, query, nil)
		if len(r.Errors) > 0 {
			t.Errorf("%s: got errors %+v for\n%s", examplesPath, r.Errors, query)
			out.Write(doc[last:b[5]])
			last = b[5]
			continue
		}
		// Indent the raw answer: it keeps the field order of the query,
		// which a decode into a map would lose.
		var got bytes.Buffer
		if err := json.Indent(&got, []byte(`{"data": `+string(r.Data)+`}`), "", "  "); err != nil {
			t.Fatal(err)
		}
		got.WriteByte('\n')
		if !sameAnswer(t, got.Bytes(), []byte(want)) && !*update {
			t.Errorf("%s: the answer to\n%s\nis now\n%s\nbut the file shows\n%s\n(run go test ./resolvers -run TestExamples -update if the change is right)",
				examplesPath, strings.TrimSpace(query), got.String(), want)
		}
		out.Write(doc[last:b[4]])
		out.Write(got.Bytes())
		last = b[5]
	}
	out.Write(doc[last:])
	if *update {
		if err := os.WriteFile(examplesPath, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// sameAnswer compares two answers as JSON. Hits of search come back in
// relevance order, and Lucene's scores (so the order of near ties) depend on
// what the shared test database held before: they are compared as sets.
func sameAnswer(t *testing.T, got, want []byte) bool {
	t.Helper()
	var g, w any
	if json.Unmarshal(got, &g) != nil || json.Unmarshal(want, &w) != nil {
		return bytes.Equal(got, want)
	}
	return reflect.DeepEqual(unorderSearch(g), unorderSearch(w))
}

// unorderSearch sorts every array under a "search" key by its elements'
// JSON text, in place.
func unorderSearch(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			if arr, ok := e.([]any); ok && k == "search" {
				sortByJSON(arr)
				continue
			}
			v[k] = unorderSearch(e)
		}
	case []any:
		for i, e := range v {
			v[i] = unorderSearch(e)
		}
	}
	return v
}

// sortByJSON sorts xs by their JSON text, in place, so hits whose order is
// not stable compare as a set.
func sortByJSON(xs []any) {
	key := func(x any) string { b, _ := json.Marshal(x); return string(b) }
	sort.SliceStable(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}
