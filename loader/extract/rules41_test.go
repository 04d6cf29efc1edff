package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 41; each a general mechanism with its own case.

// TestTextCutAfterFor: a scraped excerpt that ends in the middle of a
// sentence, right after "for", is read without a panic (the look past "for"
// for a destination stops at the sentence's end).
func TestTextCutAfterFor(t *testing.T) {
	pub := graph.Day(2019, 1, 8)
	runRuleCases(t, []ruleCase{
		{name: "OK/a visit sentence cut after for", pub: pub,
			text: "Recalling successful discussions in Sochi in May and during President Putin's visit to New Delhi in October for",
			want: []string{"MEETING RU-IN 2018-10 held"}},
	})
}
