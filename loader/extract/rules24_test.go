package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 24; each a general mechanism with its own case.

// TestAgreedDuringAVisit: the day of agreeing dates a visit the agreement
// was made during, however long the list between them; talks agreed to
// are still to come.
func TestAgreedDuringAVisit(t *testing.T) {
	pub := graph.Day(2006, 12, 15)
	runRuleCases(t, []ruleCase{
		{name: "FN/agreed Thursday ... during a visit", pub: pub,
			text: "Brazil and Russia agreed Thursday to develop cooperation in military, trade, space and energy affairs during a visit to Brazil by Russia's Foreign Minister Sergei Lavrov, officials said.",
			want: []string{"MEETING RU-BR 2006-12-14 held"}},
		{name: "OK/agreed Thursday to resume talks", pub: pub,
			text: "Brazil and Russia agreed Thursday to resume talks on trade.",
			want: []string{"MEETING BR-RU  planned"}},
	})
}
