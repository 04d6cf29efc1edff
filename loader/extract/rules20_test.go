package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 20; each a general mechanism with its own case.

// TestNoEventOfOthers: a pair named by a later accord, a trip forbidden or
// advised against, and a partner of an earlier phrase give a meeting no
// sides.
func TestNoEventOfOthers(t *testing.T) {
	pub := graph.Day(1987, 3, 24)
	runRuleCases(t, []ruleCase{
		{name: "OK/a later accord's 'bilateral' is not the meeting's pair", pub: pub,
			text: "Japan's compliance has been poor, U.S. officials said. The cabinet's trade panel is expected to meet Thursday to review Japanese compliance with the bilateral agreement.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "FN/'bilateral' before the meeting's own noun still names the pair", pub: pub,
			text: "Japan and the United States traded charges on Monday. Officials said they would resume bilateral talks next week.",
			want: []string{"MEETING JP-US 1987-03-30/1987-04-05 planned"}},
		{name: "OK/banned from travelling", pub: graph.Day(2016, 1, 19),
			text: "Last month in London, after Trump proposed banning all Muslims from entering the United States, members of Parliament debated whether to ban Trump from traveling to the United Kingdom.",
			want: nil},
		{name: "OK/advised not to travel", pub: pub,
			text: "The State Department renewed its warning to Americans not to travel to Iran.",
			want: nil},
		{name: "OK/the states of a list after 'between banks and' are no side of later talks", pub: pub,
			text: "Mulford cited progress in talks between banks and Mexico, Chile, and Venezuela, as well as progress in negotiations with the Philippines.",
			want: nil},
		{name: "OK/the states 'for' whom an accord was sped are no side of later talks", pub: pub,
			text: "The debt plan has sped agreement for Chile and Venezuela and influenced current talks with Argentina.",
			want: nil},
	})
}
