package extract

import (
	"slices"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 13, each a general mechanism with its own case.

func TestAUnionJoinedOrLeftIsAClub(t *testing.T) {
	runCountryCases(t, graph.Day(2016, 7, 1), []countryCase{
		{"OK/a union left is a club",
			"It was an echo of the debate in Britain ahead of a referendum vote last week to leave the European Union.",
			[]string{"GB"}},
		{"OK/a union joined in a list is a club",
			"The Baltic states, Estonia, Latvia and Lithuania, which joined both NATO and the European Union in 2004, asked NATO for troops.",
			[]string{"EE", "LV", "LT"}},
		{"OK/a union that acts stays",
			"The European Union said on Monday that Turkey must meet its terms before it can join.",
			[]string{"EU", "TR"}},
		{"OK/a state joined is an actor",
			"Ullman said Washington should join Moscow in a diplomatic initiative to end the war.",
			[]string{"US", "RU"}},
	})
}

func TestMeetingAgainIsAnotherMeeting(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/talks held, and a meeting again", pub: graph.Day(2016, 2, 20),
			text: "Speaking after talks with Russian President Vladimir Putin on Friday, Japanese Prime Minister Shinzo Abe said the two sides would meet again.",
			want: []string{"MEETING JP-RU 2016-02-19 held", "MEETING JP-RU  planned"}},
	})
}

func TestStatesBeforeWhichAndSponsorsOfTalks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/states before a which-clause restored ties", pub: graph.Day(2016, 9, 8),
			text: "Israel and Turkey, which restored diplomatic ties in June, exchanged ambassadors on Tuesday.",
			want: []string{"RELATIONS IL-TR 2016-06 held"}},
		{name: "OK/one state before a which-clause", pub: graph.Day(2016, 9, 8),
			text: "The United States, which severed diplomatic relations with Iran in 1980, has no embassy in Tehran.",
			want: []string{"RELATIONS US-IR 1980 held"}},
		{name: "OK/a which-clause of a thing is not the states'", pub: graph.Day(2016, 9, 8),
			text: "Egypt criticised the accord with Turkey, which restored diplomatic ties with Israel in June.",
			want: nil},
		{name: "OK/a sponsor of talks is no side of them", pub: graph.Day(2016, 3, 25),
			text: "Russia, which sponsored the talks along with the United States, has withdrawn some forces from Syria.",
			want: nil},
		{name: "OK/a sponsor of talks in a main clause", pub: graph.Day(2016, 3, 25),
			text: "Russia sponsored the talks along with the United States.",
			want: nil},
	})
}

func TestAgreedToBuyAnotherStatesGoods(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/agreed to buy a state's grain", pub: graph.Day(1987, 3, 20),
			text: "China has agreed to buy one mln tonnes of U.S. wheat, the U.S. Agriculture Department said.",
			want: []string{"ACCORD CN-US 1987-03-20 agreed"}}, // (reported news in the perfect: the story's day, session 24)
		{name: "OK/agreed to supply a state", pub: graph.Day(1987, 3, 20),
			text: "The Saudis agreed to supply oil to Brazil until June.",
			want: []string{"ACCORD SA-BR  agreed"}},
		{name: "OK/dollars are no goods", pub: graph.Day(1987, 3, 20),
			text: "Japan agreed to buy 30 mln U.S. dollars of bonds.",
			want: nil},
		{name: "OK/firms' shares are no state's goods", pub: graph.Day(1987, 3, 20),
			text: "Japan agreed to buy shares of American companies.",
			want: nil},
	})
}

func TestMonthsOfTalksTakeNoNeighboursDay(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/months of talks are no day of a neighbour", pub: graph.Day(1987, 6, 2),
			text: "China signed the protocol on May 31. A U.S. diplomat said the U.S. and China had had months of talks on the issue.",
			want: []string{"ACCORD CN-US 1987-05-31 signed", "MEETING US-CN  held"}},
		{name: "OK/talks told without a stretch take the neighbour's day", pub: graph.Day(1987, 6, 2),
			text: "China signed the protocol on May 31. A U.S. diplomat said the U.S. and China held talks on the issue.",
			want: []string{"ACCORD CN-US 1987-05-31 signed", "MEETING US-CN 1987-05-31 held"}},
	})
}

func TestAFinerDayRefinesTheAccordsYear(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the year's accord signed in a month of it", pub: graph.Day(1987, 3, 17),
			text: "The 1987 accord signed in January by Finland and the Soviet Union set bilateral trade at 30 billion markka.",
			want: []string{"ACCORD FI-SU 1987-01 signed"}},
		{name: "OK/a day outside the accord's year is another act's", pub: graph.Day(1987, 3, 17),
			text: "Japan criticised the 1986 U.S.-Japanese semiconductor pact yesterday.",
			want: []string{"ACCORD US-JP 1986 agreed"}},
	})
}

func TestSinceTheStartOfWhatGoesOn(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/talks held since a month began then", pub: graph.Day(1987, 6, 18),
			text: "The United States and Canada have been holding talks since last June on a free trade pact.",
			want: []string{"MEETING US-CA 1986-06 ongoing"}},
		{name: "OK/a first visit since a year is not of that year", pub: graph.Day(2016, 3, 20),
			text: "Obama's visit to Cuba is the first by a U.S. president since 1928.",
			want: []string{"MEETING US-CU  held"}},
	})
}

func TestThePeriodATopicCovers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the period of the quotas is not the talks' date", pub: graph.Day(1987, 6, 16),
			text: "Japan and the U.S. will hold talks on beef quotas for the period from April 1988.",
			want: []string{"MEETING JP-US  planned"}},
		{name: "OK/the talks' own season dates them", pub: graph.Day(1987, 6, 16),
			text: "Japan and the U.S. will start talks on beef quotas in the period from next April this autumn.",
			want: []string{"MEETING JP-US 1987 planned"}},
	})
}

func TestSpeakingNextToAnotherStatesLeader(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/speaking on a day next to a leader", pub: graph.Day(2016, 3, 19),
			text: "Hollande, speaking Friday next to Belgium's Prime Minister Charles Michel, said in Brussels he was sure the French authorities will send an extradition request very soon.",
			want: []string{"MEETING FR-BE 2016-03-18 held"}},
		{name: "OK/standing beside a counterpart", pub: graph.Day(2016, 3, 19),
			text: "Obama, standing beside his Mexican counterpart on Thursday, said the two nations would work together.",
			want: []string{"MEETING US-MX 2016-03-17 held"}},
		{name: "OK/next to a thing is no meeting", pub: graph.Day(2016, 3, 19),
			text: "Putin, sitting next to the window, said Russia would act.",
			want: nil},
	})
}

func TestPossessorsBeforePremodifiersAndNeedsOfOtherThings(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a possessor before an adjective owns the trip", pub: graph.Day(1987, 3, 10),
			text: "Brazilian Finance Minister Dilson Funaro said that during his recent trip to Japan he explained Brazil's decision.",
			want: []string{"MEETING BR-JP  held"}},
		{name: "OK/a need for proof is no need of the pact", pub: graph.Day(1987, 4, 21),
			text: "Japan needs proof that its joint computer chip pact with the United States is working.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "OK/a hope that the pact holds stays a hope", pub: graph.Day(1987, 4, 21),
			text: "Tokyo hopes that a pact with Washington can be reached.",
			want: nil},
	})
}

func TestARoundOrAScandalNamedForAState(t *testing.T) {
	runCountryCases(t, graph.Day(1987, 3, 20), []countryCase{
		{"OK/a trade round named for a state is no party",
			"Japan and the United States met in Geneva. Today's meeting was part of the Uruguay trade round launched by ministers last September.",
			[]string{"JP", "US"}},
		{"OK/a scandal named for a state is no party",
			"Japan and the United States met in Geneva. A similar bill was introduced in a Congress with a President weakened by the Iran scandal.",
			[]string{"JP", "US"}},
	})
}

func TestTheAdministrationIsTheUSGovernment(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/talks with Administration officials in a Washington story", pub: graph.Day(1987, 3, 3), dateline: "WASHINGTON, March 3",
			text: "Belgian Foreign Trade Minister Herman De Croo, here for talks with Administration officials, said a textile bill would hurt.",
			want: []string{"MEETING BE-US 1987-03-03 held"}},
		{name: "OK/another state's administration is not the U.S.", pub: graph.Day(1987, 3, 3), dateline: "WASHINGTON, March 3",
			text: "Belgian Foreign Trade Minister Herman De Croo held talks with Belgian Administration officials.",
			want: nil},
		{name: "OK/no administration of the U.S. in a story without it", pub: graph.Day(1987, 3, 3),
			text: "Belgian Foreign Trade Minister Herman De Croo held talks with Administration officials.",
			want: nil},
	})
}

func TestAnAccordAClauseActsUnder(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a subject acting on another state under agreements", pub: graph.Day(2016, 1, 30),
			text: "Britain handed Hong Kong back to China under agreements that its freedoms would remain unchanged for 50 years.",
			want: []string{"ACCORD GB-CN  in_force"}},
		{name: "OK/people described by demonyms are no parties", pub: graph.Day(2016, 4, 5),
			text: "A first group of 202 migrants, mostly Pakistani and Afghan, were shipped back to Turkey on Monday under an agreement which will see Ankara take back migrants.",
			want: nil},
		{name: "OK/an accord between named states keeps them", pub: graph.Day(1987, 6, 1),
			text: "The accounts were blocked under a treaty on legal assistance between the United States and Switzerland.",
			want: []string{"ACCORD US-CH  agreed"}},
	})
}

func TestKingsMeetingsAndReactions(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/talks a pair kick-starts are others'", pub: graph.Day(2016, 4, 28),
			text: "In February, the United States and Russia agreed to enforce a truce between the two sides in order to kick-start peace talks in Geneva.",
			want: []string{"ACCORD US-RU 2016-02 agreed"}},
		{name: "OK/King Salman is Saudi Arabia's", pub: graph.Day(2016, 4, 17),
			text: "The issue is sure to come up when Obama meets with King Salman.",
			want: []string{"MEETING US-SA  planned"}},
		{name: "OK/met with backlash is no meeting", pub: graph.Day(2016, 4, 17),
			text: "Saudi Arabia's reform may be met with a lot of backlash from the United States, analysts said.",
			want: nil},
	})
}

func TestThisWeekAheadOnASunday(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/talks this week, told on a Sunday, are next week's", pub: graph.Day(1987, 4, 26),
			text: "Reagan, who will hold talks with Japanese Prime Minister Yasuhiro Nakasone here this week, said he would lift tariffs.",
			want: []string{"MEETING US-JP 1987-04-27/1987-05-03 planned"}},
		{name: "OK/a visit this week, told on a Sunday in the past, is this week's", pub: graph.Day(2016, 4, 17),
			text: "Obama visited Saudi Arabia this week.",
			want: []string{"MEETING US-SA 2016-04-11/2016-04-17 held"}},
	})
}

func TestTalksOnAPairsAccord(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/talks on a pair's fishing agreement are the pair's", pub: graph.Day(1987, 4, 8),
			text: "Talks on a new Soviet-Japanese fishing agreement opened in Moscow on Monday.",
			want: []string{"MEETING SU-JP 1987-04-06 held"}},
		{name: "OK/negotiations on a pact joined by a hyphen, not the pact", pub: graph.Day(1987, 4, 8),
			text: "Negotiations on the U.S.-Canada free trade pact resumed in Ottawa on Tuesday.",
			want: []string{"MEETING US-CA 1987-04-07 held"}},
		{name: "OK/talks on a pair's dispute name no sides", pub: graph.Day(1987, 4, 8),
			text: "Talks on a Soviet-Japanese dispute opened on Monday.",
			want: nil},
	})
}

func TestReturnedAfterDaysOfTalks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/back this morning after three days of talks", pub: graph.Day(1987, 4, 2),
			text: "French Prime Minister Jacques Chirac returned to Paris this morning after three days of talks in Washington.",
			want: []string{"MEETING FR-US 1987-03-31/1987-04-02 held"}},
	})
}

func TestARuleNamedForACity(t *testing.T) {
	got := countriesOf(t, "Sweden and Greece disagree. The Dublin regulation, under which refugees claim asylum in the state where they first arrive, is not working.", graph.Day(2016, 1, 28))
	if want := []string{"SE", "GR"}; !slices.Equal(got, want) {
		t.Errorf("countries %q, want %q", got, want)
	}
}
