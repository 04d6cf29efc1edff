package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 10, each a general mechanism with its own case. They came
// from the date errors of helper-judged bulk output and the development sets.

func TestAccordNamedAgainIsDated(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/an accord named without a verb is the dated one", pub: graph.Day(1987, 4, 12),
			text: "Japanese chipmakers are being pushed into compliance with a U.S.-Japan pact on semiconductors. U.S. threats to scrap the agreement signed last September have pushed MITI to act.",
			want: []string{"ACCORD US-JP 1986-09 signed"}},
		{name: "OK/the first accord is an older one", pub: graph.Day(1987, 3, 3),
			text: "Prospects for renewal of the five-year U.S./USSR grains agreement are uncertain, a Soviet trade official said. The Soviet Union buys U.S. grain. Melnikov said that world grain markets are different than when the first agreement was signed in 1975.",
			want: []string{"ACCORD US-SU  agreed", "ACCORD SU-US 1975 signed"}},
	})
}
