package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 30; each a general mechanism with its own case.

// TestRulingPartyLeaderCapitalised: "Vietnamese Communist Party leader Nong
// Duc Manh" acts for Vietnam, as the lower-case "communist party chief"
// already did; another country's communist party is no state's.
func TestRulingPartyLeaderCapitalised(t *testing.T) {
	pub := graph.Day(2006, 11, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/held talks with Vietnamese Communist Party leader", pub: pub,
			text: "Chinese President Hu Jintao held talks with Vietnamese Communist Party leader Nong Duc Manh in Beijing on Aug. 22.",
			want: []string{"MEETING CN-VN 2006-08-22 held"}},
		{name: "OK/French Communist Party leader", pub: pub,
			text: "French Communist Party leader Georges Marchais met Soviet Foreign Minister Eduard Shevardnadze on Tuesday.",
			want: nil},
	})
}
