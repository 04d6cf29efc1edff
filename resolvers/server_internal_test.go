package resolvers

import (
	"testing"
	"time"
)

// TestWithoutNullData checks what requestErrors sends for a held error
// answer: the null data entry goes, the other entries keep their order
// (errors, then extensions, as gqlgen writes them), and any body that is
// not a GraphQL response of errors with null or no data comes back as it
// was.
func TestWithoutNullData(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"OK/null data dropped", `{"errors":[{"message":"x"}],"data":null}`, `{"errors":[{"message":"x"}]}`},
		{"OK/errors then extensions", `{"data":null, "extensions":{"a":1}, "errors":[{"message":"x"}]}`, `{"errors":[{"message":"x"}],"extensions":{"a":1}}`},
		{"OK/no data", `{"errors":[{"message":"x"}]}`, `{"errors":[{"message":"x"}]}`},
		{"Unchanged/data", `{"errors":[{"message":"x"}],"data":{"a":1}}`, `{"errors":[{"message":"x"}],"data":{"a":1}}`},
		{"Unchanged/no errors", `{"data":null}`, `{"data":null}`},
		{"Unchanged/other entry", `{"errors":[{"message":"x"}],"data":null,"other":1}`, `{"errors":[{"message":"x"}],"data":null,"other":1}`},
		{"Unchanged/other case", `{"Errors":[{"message":"x"}],"data":null}`, `{"Errors":[{"message":"x"}],"data":null}`},
		{"Unchanged/not an object", `[{"errors":[]}]`, `[{"errors":[]}]`},
		{"Unchanged/not JSON", `{"errors":`, `{"errors":`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := string(withoutNullData([]byte(c.body))); got != c.want {
				t.Errorf("withoutNullData(%s): got %s, want %s", c.body, got, c.want)
			}
		})
	}
}

// TestResolverBatchWait checks that loaders made outside the HTTP handler
// wait Config.BatchWait, as those NewHandler makes do, not always the
// default.
func TestResolverBatchWait(t *testing.T) {
	if got := newResolver(Config{BatchWait: 40 * time.Millisecond}).batchWait; got != 40*time.Millisecond {
		t.Errorf("got batch wait %v, want the configured 40ms", got)
	}
	if got := newResolver(Config{}).batchWait; got != defaultBatchWait {
		t.Errorf("got batch wait %v, want the default %v", got, defaultBatchWait)
	}
}
