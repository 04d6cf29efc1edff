package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 23; each a general mechanism with its own case.

// TestConditionalAccord: an accord brought in by "if a" or "unless a" is
// only supposed; "if the agreement holds" is about one already made.
func TestConditionalAccord(t *testing.T) {
	pub := graph.Day(2015, 3, 18)
	story := "Israeli Prime Minister Benjamin Netanyahu won the election, a setback for U.S.-Israeli relations. The United States and Israel differ over Iran. "
	runRuleCases(t, []ruleCase{
		{name: "FP/if a deal is reached", pub: pub,
			text: story + "If a deal is reached and does not pass muster with Netanyahu, he is likely to work with congressional Republicans to try to scuttle the accord.",
			want: nil},
		{name: "FP/unless a final agreement is signed", pub: pub,
			text: story + "Unless a final agreement is signed, the sanctions stay.",
			want: nil},
		{name: "OK/if the agreement holds", pub: pub,
			text: "Israel and Jordan signed a water agreement on Monday. If the agreement holds, both will gain.",
			want: []string{"ACCORD IL-JO 2015-03-16 signed"}},
	})
}
