package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 31; each a general mechanism with its own case.

// TestDatedNounCompound: a date premodifying a compound of two meeting
// nouns ("an April 5-6 summit meeting") dates the event the compound
// names; a summit of many stays none however it is named.
func TestDatedNounCompound(t *testing.T) {
	pub := graph.Day(1987, 3, 18)
	runRuleCases(t, []ruleCase{
		{name: "FN/an April 5-6 summit meeting between", pub: pub,
			text: "He said the announcement was related to an April 5-6 summit meeting in Ottawa between Reagan and Canadian Prime Minister Brian Mulroney.",
			want: []string{"MEETING US-CA 1987-04-05/1987-04-06 planned"}},
		{name: "OK/the April 5-6 summit between", pub: pub,
			text: "He said the announcement was related to the April 5-6 summit between Reagan and Mulroney.",
			want: []string{"MEETING US-CA 1987-04-05/1987-04-06 planned"}},
		{name: "OK/the June 8-10 economic summit meeting in Venice", pub: pub,
			text: "Japanese Prime Minister Yasuhiro Nakasone will visit Washington next month. Reagan would announce just before the June 8-10 economic summit meeting in Venice that he hoped to lift the tariffs.",
			want: []string{"MEETING JP-US 1987-04 planned"}},
	})
}
