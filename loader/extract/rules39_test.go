package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 39; each a general mechanism with its own case.

// TestCallOffSomethingElse: "call off" cancels the talks only when they are
// its object; "convince America to call off the threatened tariffs during
// two days of emergency talks which ended yesterday" tells talks held over
// those two days.
func TestCallOffSomethingElse(t *testing.T) {
	pub := graph.Day(1987, 4, 11) // a Saturday
	runRuleCases(t, []ruleCase{
		{name: "FN/failed to convince America to call off the tariffs during two days of emergency talks", pub: pub,
			text: "Japan's trade minister said Japan was ready to continue trade talks with the United States despite its failure to convince America to call off the threatened tariffs during two days of emergency talks which ended in Washington yesterday.",
			want: []string{"MEETING JP-US  proposed", "MEETING US-JP 1987-04-09/1987-04-10 held"}},
		{name: "OK/Washington called off the talks", pub: pub,
			text: "The United States called off the talks with Japan on Friday.",
			want: []string{"MEETING US-JP 1987-04-10 cancelled"}},
		{name: "OK/Tokyo called off its trade minister's visit", pub: pub,
			text: "Japan called off its trade minister's visit to Washington on Friday.",
			want: []string{"MEETING JP-US 1987-04-10 cancelled"}},
	})
}

// TestTomorrowAndFriday: "tomorrow and Friday", said on a Wednesday, is a
// run of two days, as "Thursday and Friday" is; "today and tomorrow" too.
// A journey that sets off today for talks on those days takes their days.
func TestTomorrowAndFriday(t *testing.T) {
	pub := graph.Day(1987, 4, 8) // a Wednesday
	runRuleCases(t, []ruleCase{
		{name: "FN/Kuroda leaves today ... talks with Smith tomorrow and Friday", pub: pub, dateline: "TOKYO",
			text: "MITI Vice Minister Makoto Kuroda leaves for Washington today with data he hopes will refute U.S. charges that Japan violated a pact on microchip trade. Kuroda will hold talks with Deputy U.S. Trade Representative Michael Smith tomorrow and Friday.",
			want: []string{"ACCORD JP-US  agreed", "MEETING JP-US 1987-04-09/1987-04-10 planned"}},
		{name: "FN/talks today and tomorrow", pub: pub,
			text: "Japanese officials will hold talks with U.S. officials today and tomorrow.",
			want: []string{"MEETING JP-US 1987-04-08/1987-04-09 planned"}},
		{name: "OK/talks tomorrow and Saturday are two days", pub: pub,
			text: "Japanese officials will hold talks with U.S. officials tomorrow and Saturday.",
			want: []string{"MEETING JP-US 1987-04-09 planned", "MEETING JP-US 1987-04-11 planned"}},
	})
}

// TestTalksScheduledToEnd: "the talks, which are scheduled to end
// Wednesday" give the last day of talks told before, not other talks.
func TestTalksScheduledToEnd(t *testing.T) {
	pub := graph.Day(1987, 4, 13) // a Monday
	runRuleCases(t, []ruleCase{
		{name: "FN/Shultz held talks today ... the talks, which are scheduled to end Wednesday", pub: pub, dateline: "MOSCOW",
			text: "U.S. Secretary of State George Shultz held talks with Soviet Foreign Minister Eduard Shevardnadze today. U.S. officials have been optimistic about the possibility of progress on arms control during the talks, which are scheduled to end Wednesday.",
			want: []string{"MEETING US-SU 1987-04-13/1987-04-15 held"}},
	})
}

// TestIfSuccessful: talks that "if successful, could" do something still
// lie ahead, over the week they are told in.
func TestIfSuccessful(t *testing.T) {
	pub := graph.Day(1987, 4, 29) // a Wednesday
	runRuleCases(t, []ruleCase{
		{name: "FN/Talks this week between Nakasone and Reagan, if successful, could", pub: pub, dateline: "TOKYO",
			text: "Talks this week between Japanese Prime Minister Yasuhiro Nakasone and President Reagan, if successful, could take pressure off the dollar, dealers said.",
			want: []string{"MEETING JP-US 1987-04-27/1987-05-03 planned"}},
		{name: "OK/Talks this week between Nakasone and Reagan were successful", pub: pub, dateline: "TOKYO",
			text: "Talks this week between Japanese Prime Minister Yasuhiro Nakasone and President Reagan were successful, dealers said.",
			want: []string{"MEETING JP-US 1987-04-27/1987-04-29 held"}},
	})
}

// TestAccordDatedByALaterTelling: a later sentence that dates "the pact"
// dates the accord the story named: "The pact, agreed to last July," (a
// passive "agreed to", not the infinitive of "agreed to stop") and "The
// eight month old pact" (an age written apart, like "seven-month-old").
func TestAccordDatedByALaterTelling(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/The pact, agreed to last July, called on Japan", pub: graph.Day(1987, 3, 24),
			text: "The council will decide what sanctions should be taken against Japan for alleged violations of a U.S.-Japanese semiconductors agreement. The pact, agreed to last July, called on Japan to stop selling chips below cost.",
			want: []string{"ACCORD US-JP 1986-07 agreed"}},
		{name: "FN/The eight month old pact called on Japan", pub: graph.Day(1987, 3, 13),
			text: "Japan denied breaking a pact with the U.S. The eight month old pact called on Japan to stop dumping chips.",
			want: []string{"ACCORD JP-US 1986-07 agreed"}},
		{name: "OK/Japan agreed to stop dumping chips", pub: graph.Day(1987, 3, 13),
			text: "Under the pact with the United States, Japan agreed to stop dumping chips.",
			want: []string{"ACCORD JP-US  in_force"}},
	})
}
