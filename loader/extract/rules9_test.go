package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 9, each a general mechanism with its own case. They came
// from a precision study of the extractor's output on unlabelled bulk news.

func TestTradeRoundIsNoCountry(t *testing.T) {
	for _, text := range []string{
		"The EC plan will be presented at the next meeting of Uruguay round agriculture negotiators in Geneva.",
		"The WTO talks in Hong Kong are part of the four-year-old Doha Round talks.",
	} {
		r := Extract(Input{Text: text, Published: graph.Day(1987, 10, 20)}, Options{})
		for _, c := range r.Countries {
			if c.Code == "UY" || c.Code == "QA" {
				t.Errorf("%q: a trade round names %s", text, c.Code)
			}
		}
	}
}
