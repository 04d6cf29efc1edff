package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/entente-dev/entente/loader"
	"github.com/entente-dev/entente/loader/extract"
)

// auditFiles hold the precision audits of sessions 17, 18 and 36: events
// drawn at random from the extractor's output on unlabelled bulk articles,
// each judged right, wrong or borderline against its article (see their
// READMEs).
var auditFiles = []string{"../../testdata/eval/audit17/audit.json", "../../testdata/eval/audit18/audit.json",
	"../../testdata/eval/audit36/audit.json"}

// auditedEvent is one judged event of an audit file.
type auditedEvent struct {
	ID      string `json:"id"`
	Article struct {
		Cache string `json:"cache"`
		NewID int    `json:"newid"`
	} `json:"article"`
	Event struct {
		Kind         string   `json:"kind"`
		Participants []string `json:"participants"`
		Start        *string  `json:"start"`
	} `json:"event"`
	Evidence string `json:"evidence"`
	Verdict  string `json:"verdict"`
}

// TestAuditedEventsStay re-reads the audited articles and checks that
// every event the auditors judged right is still extracted (same kind,
// participants, and evidence sentence or first day, or no day for an
// undated one): a rule that drops
// false events must not drop these. It logs how many of the events judged wrong remain.
func TestAuditedEventsStay(t *testing.T) {
	if _, err := os.Stat(devDir); err != nil {
		t.Skipf("shared corpus not found beside the checkout (%v); the audit points into it", err)
	}
	var audit []auditedEvent
	for _, f := range auditFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var round []auditedEvent
		if err := json.Unmarshal(b, &round); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		audit = append(audit, round...)
	}
	corpus := filepath.Dir(devDir)
	rd := &loader.Reader{}
	cache := map[string]*extract.Result{}
	kept := map[string][2]int{}
	for _, a := range audit {
		key := fmt.Sprintf("%s#%d", a.Article.Cache, a.Article.NewID)
		res, ok := cache[key]
		if !ok {
			_, r, err := extractArticle(rd, filepath.Join(corpus, a.Article.Cache), a.Article.NewID, extract.Options{})
			if err != nil {
				t.Fatalf("%s: %v", a.ID, err)
			}
			res, cache[key] = r, r
		}
		// The same event: its kind and states, and its evidence sentence or,
		// when a merge now shows another telling, its first day (or no day,
		// as the audited one had none).
		found := slices.ContainsFunc(res.Events, func(e extract.Event) bool {
			sameDay := a.Event.Start != nil && e.Start.String() == *a.Event.Start || a.Event.Start == nil && e.Start.IsZero()
			return string(e.Kind) == a.Event.Kind && sameCodes(e.Participants, a.Event.Participants) &&
				(strings.TrimSpace(e.Evidence.Sentence) == strings.TrimSpace(a.Evidence) || sameDay)
		})
		n := kept[a.Verdict]
		n[1]++
		if found {
			n[0]++
		} else if a.Verdict == "RIGHT" {
			t.Errorf("%s: the right %s %v of %q is no longer extracted", a.ID, a.Event.Kind, a.Event.Participants, a.Evidence)
		}
		kept[a.Verdict] = n
	}
	for _, v := range []string{"RIGHT", "WRONG", "BORDERLINE"} {
		t.Logf("%s: %d of %d still extracted", v, kept[v][0], kept[v][1])
	}
}

// sameCodes reports whether a and b hold the same country codes, in any
// order.
func sameCodes(a, b []string) bool {
	return len(a) == len(b) && !slices.ContainsFunc(a, func(c string) bool { return !slices.Contains(b, c) })
}
