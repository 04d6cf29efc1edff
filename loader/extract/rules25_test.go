package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 25; each a general mechanism with its own case.

// TestLeadNewsKeepsItsDay: an undated meeting the lead tells as news is
// not an earlier meeting of the pair dated weeks before the story; it
// takes the story's day. A later telling of the same week still merges.
func TestLeadNewsKeepsItsDay(t *testing.T) {
	pub := graph.Day(1987, 3, 11)
	lead := "Soviet first deputy prime minister Vsevolod Murakhovsky said at the end of a brief visit here his country wanted to boost joint business with France. "
	runRuleCases(t, []ruleCase{
		{name: "FN/at the end of a visit here, and a meeting last January", pub: pub, dateline: "PARIS, March 11",
			text: lead + "At a meeting in Paris last January French and Soviet foreign trade ministers said they were committed to increased efforts to reduce the deficit.",
			want: []string{"MEETING SU-FR 1987-03-11 held", "MEETING FR-SU 1987-01 held"}},
		{name: "OK/the visit's own day told later", pub: pub, dateline: "PARIS, March 11",
			text: lead + "Murakhovsky arrived in Paris on Monday for talks with French ministers.",
			want: []string{"MEETING SU-FR 1987-03-09 held"}},
	})
}
