package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

func TestPhoneAndCourtesyCalls(t *testing.T) {
	pub := graph.Day(2016, 6, 19) // a Sunday
	runRuleCases(t, []ruleCase{
		{name: "OK/spoke on the phone", pub: pub,
			text: "Israeli Prime Minister Benjamin Netanyahu spoke with U.S. Secretary of State John Kerry on the phone Friday.",
			want: []string{"MEETING IL-US 2016-06-17 held"}},
		{name: "OK/talked by telephone", pub: pub,
			text: "Russian President Vladimir Putin and French President Francois Hollande talked by telephone on Thursday.",
			want: []string{"MEETING RU-FR 2016-06-16 held"}},
		{name: "OK/spoke without a phone is no call", pub: pub,
			text: "Israeli Prime Minister Benjamin Netanyahu spoke about Iran at a conference in Washington on Friday.",
			want: nil},
		{name: "OK/courtesy call", pub: graph.Day(1987, 10, 19),
			text: "Saudi Arabia's Crown Prince Abdullah paid a courtesy call on U.S. President Ronald Reagan on Monday.",
			want: []string{"MEETING SA-US 1987-10-19 held"}},
	})
}

func TestMultilateralMeetings(t *testing.T) {
	pub := graph.Day(2016, 6, 19)
	runRuleCases(t, []ruleCase{
		{name: "OK/one state at a ministers' meeting", pub: pub,
			text: "U.S. Secretary of State John Kerry met Israeli Prime Minister Benjamin Netanyahu in Rome on Friday. " +
				"Kerry was at the June 3 foreign ministers' meeting in Paris where the French plan was discussed.",
			want: []string{"MEETING US-IL 2016-06-17 held"}},
		{name: "OK/the two leaders' meeting is the pair's", pub: pub,
			text: "U.S. President Barack Obama will visit Israel next month. The two leaders' meeting will focus on Iran.",
			want: []string{"MEETING US-IL 2016-07 planned"}},
	})
}

func TestDecidedRelations(t *testing.T) {
	pub := graph.Day(1987, 3, 26)
	runRuleCases(t, []ruleCase{
		{name: "OK/decided to break relations", pub: pub,
			text: "Tunisia has decided to break diplomatic relations with Iran, the foreign ministry said.",
			want: []string{"RELATIONS TN-IR  held"}},
		{name: "OK/wants to restore relations is no change", pub: pub,
			text: "Tunisia wants to restore diplomatic relations with Iran, the foreign ministry said.",
			want: nil},
	})
}

func TestOneAccordPerTopic(t *testing.T) {
	pub := graph.Day(1987, 3, 23)
	runRuleCases(t, []ruleCase{
		{name: "OK/two treaties of one topic are one accord", pub: pub,
			text: "West Germany and Bolivia signed two cooperation treaties today, officials said.",
			want: []string{"ACCORD DE-BO 1987-03-23 signed"}},
		{name: "OK/two pacts of two topics are two", pub: pub,
			text: "West Germany and Bolivia signed two pacts on trade and energy today, officials said.",
			want: []string{"ACCORD DE-BO 1987-03-23 signed", "ACCORD DE-BO 1987-03-23 signed"}},
	})
}

func TestTripAsSubject(t *testing.T) {
	pub := graph.Day(2016, 5, 22)
	runRuleCases(t, []ruleCase{
		{name: "OK/the trip's own verb does not name a host", pub: pub,
			text: "\"This trip sends important signals to China about U.S. activism in the region,\" an analyst said.",
			want: nil},
		{name: "OK/the trip will take him to a host", pub: pub,
			text: "U.S. President Barack Obama's trip will take him to Japan next week.",
			want: []string{"MEETING US-JP 2016-05-23/2016-05-29 planned"}},
	})
}

func TestDayBeforeAfterMeeting(t *testing.T) {
	pub := graph.Day(2016, 1, 25) // a Monday
	runRuleCases(t, []ruleCase{
		{name: "OK/announced Monday after meeting", pub: pub,
			text: "Indian Prime Minister Narendra Modi made the announcement Monday after meeting with French President Francois Hollande.",
			want: []string{"MEETING IN-FR 2016-01-25 held"}},
		{name: "OK/a date far before after is not the meeting's", pub: pub,
			text: "On Monday Indian Prime Minister Narendra Modi made a long announcement on prices and taxes after meeting with French President Francois Hollande.",
			want: []string{"MEETING IN-FR  held"}},
	})
}

func TestPresentForFuture(t *testing.T) {
	pub := graph.Day(1987, 6, 2) // a Tuesday
	runRuleCases(t, []ruleCase{
		{name: "OK/pays a visit on Friday is ahead", pub: pub,
			text: "Ugandan President Yoweri Museveni pays a two-day visit to Kenya on Friday and Saturday, officials said.",
			want: []string{"MEETING UG-KE 1987-06-05/1987-06-06 planned"}},
		{name: "OK/likely to meet is planned", pub: pub,
			text: "Ugandan President Yoweri Museveni is likely to meet Kenyan President Daniel arap Moi on Friday.",
			want: []string{"MEETING UG-KE 1987-06-05 planned"}},
	})
}

func TestAheadOfVisit(t *testing.T) {
	pub := graph.Day(2016, 5, 22) // a Sunday
	runRuleCases(t, []ruleCase{
		{name: "OK/the day of a gesture ahead of a visit is not the visit's", pub: pub,
			text: "Vietnam released a Catholic priest on Friday, in a gesture ahead of U.S. President Barack Obama's visit to Vietnam.",
			want: []string{"MEETING US-VN  planned"}},
	})
}

func TestRelativeClauseDatesItsEvent(t *testing.T) {
	pub := graph.Day(2016, 5, 22) // a Sunday
	runRuleCases(t, []ruleCase{
		{name: "OK/which begins on Monday", pub: pub,
			text: "U.S. President Barack Obama's visit to Vietnam, which begins on Monday, will focus on trade.",
			want: []string{"MEETING US-VN 2016-05-23 planned"}},
		{name: "OK/which another verb dates is not the visit's", pub: pub,
			text: "U.S. President Barack Obama will pay a visit to Vietnam, which officials announced on Friday.",
			want: []string{"MEETING US-VN  planned"}},
	})
}

func TestEraYugoslaviaCzechoslovakia(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/Yugoslavia in 1987", pub: graph.Day(1987, 6, 29),
			text: "The oil minister of the United Arab Emirates held talks in Belgrade with Yugoslav Prime Minister Branko Mikulic on Sunday.",
			want: []string{"MEETING AE-YU 1987-06-28 held"}},
		{name: "OK/Czechoslovakia in 1987", pub: graph.Day(1987, 6, 29),
			text: "Austria and Czechoslovakia signed a trade agreement in Prague on Sunday.",
			want: []string{"ACCORD AT-CS 1987-06-28 signed"}},
		{name: "OK/Belgrade in 2016 is Serbia", pub: graph.Day(2016, 6, 29),
			text: "Russian Foreign Minister Sergei Lavrov held talks in Belgrade with Serbian Prime Minister Aleksandar Vucic on Sunday.",
			want: []string{"MEETING RU-RS 2016-06-26 held"}},
	})
}
