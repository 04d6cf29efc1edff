package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 17, from a precision audit of 96 events drawn at random
// from the extractor's output on unlabelled bulk articles; each a general
// mechanism with its own case.

func TestLaterIsAhead(t *testing.T) {
	pub := graph.Day(1987, 4, 7)
	runRuleCases(t, []ruleCase{
		{name: "FP/a meeting later today is planned", pub: pub,
			text: "The market is closely watching for a meeting between U.S. Treasury Secretary James Baker and Japanese Finance Minister Kiichi Miyazawa later today, dealers said.",
			want: []string{"MEETING US-JP 1987-04-07 planned"}},
		{name: "FP/a summit later in the week is planned", pub: graph.Day(1987, 4, 27),
			text: "The House will pass the bill whatever compromises President Reagan and Prime Minister Nakasone can come up with during their summit later in the week.",
			want: []string{"MEETING US-JP  planned"}}, // ("later in the week" is left undated: in a story told in the past it is the story's week)
		{name: "OK/talks held earlier today", pub: pub,
			text: "U.S. Treasury Secretary James Baker met Japanese Finance Minister Kiichi Miyazawa earlier today, dealers said.",
			want: []string{"MEETING US-JP 1987-04-07 held"}},
	})
}

func TestAnUnsureTripIsNone(t *testing.T) {
	pub := graph.Day(1987, 3, 4)
	runRuleCases(t, []ruleCase{
		{name: "FP/unclear if he would go", pub: pub,
			text: "Brazilian Finance Minister Dilson Funaro, who travels to Italy this evening, said it was unclear if he would go to Japan on Friday or return to Brazil first.",
			want: []string{"MEETING BR-IT 1987-03-04 planned"}},
		{name: "FP/not clear whether", pub: pub,
			text: "It is not clear whether Japanese Prime Minister Yasuhiro Nakasone will visit China next month.",
			want: nil},
		{name: "OK/a trip only named in a question about something else", pub: graph.Day(2016, 3, 22),
			text: "Any question about whether Obama would use his trip to Cuba to press its government ended on Monday.",
			want: []string{"MEETING US-CU 2016-03-21 planned"}},
	})
}

func TestCitiesAfterInArePlaces(t *testing.T) {
	pub := graph.Day(1987, 4, 9)
	runRuleCases(t, []ruleCase{
		{name: "FP/accords reached in Paris and Washington", pub: pub,
			text: "French Finance Minister Edouard Balladur said the Group of Seven can achieve stable currency values by adhering to accords reached this year in Paris and Washington.",
			want: nil},
		{name: "OK/in Rome, Washington and Moscow agreed", pub: pub,
			text: "In Rome, Washington and Moscow agreed on Tuesday to cut their arsenals.",
			want: []string{"ACCORD US-SU 1987-04-07 agreed"}},
	})
}
