package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 43; each a general mechanism with its own case.

// TestPossessiveOpensAVisit: a sentence that opens with "His" or "Her"
// owning a visit ("His first official visit abroad was to Saudi Arabia")
// tells the visit of the person the sentence before names; the copula
// before "to" names where it went. "This trip is to signal support" names
// no host.
func TestPossessiveOpensAVisit(t *testing.T) {
	pub := graph.Day(2021, 11, 23)
	const lead = "Oman's Sultan Haitham is visiting Qatar. "
	runRuleCases(t, []ruleCase{
		{name: "OK/his trip to a state opens the sentence", pub: pub,
			text: lead + "His trip to Saudi Arabia in July was a success.",
			want: []string{"MEETING OM-QA  ongoing", "MEETING OM-SA 2021-07 held"}},
		{name: "OK/his first official visit was to a state", pub: pub,
			text: lead + "His first official visit was to Saudi Arabia in July.",
			want: []string{"MEETING OM-QA  ongoing", "MEETING OM-SA 2021-07 held"}},
		{name: "OK/her last trip abroad was to a state", pub: pub,
			text: "Moldovan Prime Minister Maia Sandu is in Bucharest. Her last trip abroad was to Ukraine in 2019.",
			want: []string{"MEETING MD-RO  ongoing", "MEETING MD-UA 2019 held"}},
		{name: "OK/a trip that is to signal names no host", pub: pub,
			text: lead + "This trip is to signal support for Saudi Arabia.",
			want: []string{"MEETING OM-QA  ongoing"}},
	})
}
