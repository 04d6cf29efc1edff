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

// TestEpithetsOfStates: "the Jewish state" is Israel and "the Islamic
// Republic" Iran; several signatories of plural accords "with" one partner
// each have their own accord with it.
func TestEpithetsOfStates(t *testing.T) {
	pub := graph.Day(2005, 11, 16)
	runRuleCases(t, []ruleCase{
		{name: "FN/signed a peace treaty with the Jewish state", pub: pub,
			text: "Egypt signed a peace treaty with the Jewish state in 1979.",
			want: []string{"ACCORD EG-IL 1979 signed"}},
		{name: "FN/The Islamic Republic restored diplomatic ties", pub: pub,
			text: "The Islamic Republic restored diplomatic ties with Egypt on Monday.",
			want: []string{"RELATIONS IR-EG 2005-11-14 held"}},
		{name: "FP/Egypt and Jordan have inked peace agreements with", pub: pub,
			text: "Currently, only two Arab countries, Egypt and Jordan, have inked peace agreements with the Jewish state.",
			want: []string{"ACCORD EG-IL 2005-11-16 signed", "ACCORD JO-IL 2005-11-16 signed"}},
		{name: "FP/signed fishery agreements with the Soviet Union", pub: pub,
			text: "Japan and South Korea signed fishery agreements with the Soviet Union last year.",
			want: []string{"ACCORD JP-SU 2004 signed", "ACCORD KR-SU 2004 signed"}},
		{name: "OK/a fishery agreement with the Soviet Union is one", pub: pub,
			text: "Japan and South Korea signed a fishery agreement with the Soviet Union last year.",
			want: []string{"ACCORD JP-KR-SU 2004 signed"}},
		{name: "OK/an Islamic republic", pub: pub,
			text: "Hamas wants an Islamic republic in Palestine.",
			want: nil},
	})
}

// TestConferenceBetweenTwoSides: "a conference between Abbas and Sharon"
// is the two sides' meeting; a conference of many stays none.
func TestConferenceBetweenTwoSides(t *testing.T) {
	pub := graph.Day(2005, 11, 16)
	runRuleCases(t, []ruleCase{
		{name: "FN/since a conference between Abbas and Israeli Prime Minister", pub: pub,
			text: "Palestinian leader Mahmoud Abbas met Israeli Foreign Minister Silvan Shalom in Tunis on Wednesday. It was the highest-level contact since a conference between Abbas and Israeli Prime Minister Ariel Sharon in June.",
			want: []string{"MEETING PS-IL 2005-11-16 held", "MEETING PS-IL 2005-06 held"}},
		{name: "OK/the conference between 30 nations", pub: pub,
			text: "The conference between the 30 nations of the Atlantic region ended on Monday.",
			want: nil},
	})
}

// TestMiddleInitial: "U.S. President George W. Bush" keeps its initial in
// the name, so "Abe and ... George W. Bush will meet in Hanoi" is the two
// leaders' meeting, not a U.S. visit to Vietnam; "W. Germany" stays West
// Germany.
func TestMiddleInitial(t *testing.T) {
	pub := graph.Day(2006, 11, 1)
	runRuleCases(t, []ruleCase{
		{name: "FP/Abe and George W. Bush will meet in Hanoi", pub: pub,
			text: "Japanese Prime Minister Shinzo Abe and U.S. President George W. Bush will meet in Hanoi in mid-November.",
			want: []string{"MEETING JP-US 2006-11 planned"}},
	})
	r := Extract(Input{Text: "The group will be based outside of Frankfurt, W. Germany, near its research facility.", Published: pub}, Options{})
	if len(r.Countries) != 1 || r.Countries[0].Code != "DE" {
		t.Errorf("Frankfurt, W. Germany: got %+v, want Germany", r.Countries)
	}
}

// TestCountriesInATopicList: "talks on the Israeli-Palestinian conflict and
// Iraq" are on Iraq, not with it; "and" inside what talks are on opens no
// partner.
func TestCountriesInATopicList(t *testing.T) {
	pub := graph.Day(2006, 11, 26)
	runRuleCases(t, []ruleCase{
		{name: "FP/visit Jordan for talks on the conflict and Iraq", pub: pub,
			text: "U.S. President George W. Bush and Secretary of State Condoleezza Rice are scheduled to visit Jordan on Wednesday for talks on the Israeli-Palestinian conflict and Iraq.",
			want: []string{"MEETING US-JO 2006-11-29 planned"}},
		{name: "FP/hold talks on Iraq and Lebanon", pub: pub,
			text: "Bush will hold talks on Iraq and Lebanon.",
			want: nil},
		{name: "OK/talks on trade with Jordan", pub: pub,
			text: "Bush will hold talks on the conflict and Iraq with Jordan.",
			want: []string{"MEETING US-JO  planned"}},
	})
}

// TestCallAsTheMeansOfAPastVerb: "agreed to meet during a telephone
// conversation" tells a call that took place and a meeting ahead; "the two
// leaders" opening the sentence are the call's two sides; "agreed on the
// schedule" settles a meeting's arrangements, no accord.
func TestCallAsTheMeansOfAPastVerb(t *testing.T) {
	pub := graph.Day(2005, 11, 2)
	runRuleCases(t, []ruleCase{
		{name: "FN/agreed to meet during a telephone conversation", pub: pub,
			text: "South Korean Foreign Minister Ban Ki-moon and Japanese Foreign Minister Taro Aso agreed to meet during a telephone conversation on Wednesday.",
			want: []string{"MEETING KR-JP 2005-11-02 planned", "MEETING KR-JP 2005-11-02 held"}},
		{name: "FN/The two leaders agreed on the schedule through a telephone conversation", pub: graph.Day(2006, 11, 1),
			text: "Japanese Prime Minister Shinzo Abe and U.S. President George W. Bush will meet in Hanoi in mid-November. The two leaders agreed on the schedule through a telephone conversation on Sept. 27.",
			want: []string{"MEETING JP-US 2006-11 planned", "MEETING JP-US 2006-09-27 held"}},
		{name: "FP/agreed on the venue", pub: pub,
			text: "Japan and the United States agreed on the venue on Monday.",
			want: nil},
		{name: "OK/agreed on a timetable for the withdrawal", pub: pub,
			text: "Japan and the United States agreed on a timetable for the withdrawal of troops on Monday.",
			want: []string{"ACCORD JP-US 2005-10-31 agreed"}},
	})
}

// TestKoreanFamilyNames: "Ban Ki-moon ... Ban and Aso" places Ban as
// South Korea's, as Chinese and Vietnamese family names already were; the
// commonest Korean family names ("Kim") place no one.
func TestKoreanFamilyNames(t *testing.T) {
	pub := graph.Day(2005, 11, 2)
	runRuleCases(t, []ruleCase{
		{name: "FN/Ban and Aso agreed to meet during a telephone conversation", pub: pub,
			text: "South Korean Foreign Minister Ban Ki-moon will meet Japanese Foreign Minister Taro Aso. Yonhap quoted a source as saying that Ban and Aso agreed to meet during a telephone conversation earlier in the day.",
			want: []string{"MEETING KR-JP 2005-11-02 planned", "MEETING KR-JP 2005-11-02 held"}},
		{name: "OK/Kim visits a ministry in Pyongyang", pub: graph.Day(2016, 1, 22),
			text: "South Korean Unification Minister Kim Jae-jin warned the North on Friday. Kim visits the Ministry of People's Security in 2013 in Pyongyang.",
			want: nil},
	})
}

// TestPullThePlugOn: "has pulled the plug on the Danish minister's visit"
// calls the visit off.
func TestPullThePlugOn(t *testing.T) {
	pub := graph.Day(2006, 11, 21)
	runRuleCases(t, []ruleCase{
		{name: "FN/pulled the plug on the Danish minister's visit", pub: pub,
			text: "Sudan pulled the plug on the Danish minister's visit to Sudan on Tuesday.",
			want: []string{"MEETING DK-SD 2006-11-21 cancelled"}},
	})
}

// TestDayAfterADatedClause: "the day after Abe took office on Sept. 26" is
// Sept. 27, "two days after the election on Sept. 26" Sept. 28.
func TestDayAfterADatedClause(t *testing.T) {
	pub := graph.Day(2006, 11, 1)
	runRuleCases(t, []ruleCase{
		{name: "FN/a telephone conversation the day after Abe took office on Sept. 26", pub: pub,
			text: "Abe and Bush held a telephone conversation the day after Abe took office on Sept. 26.",
			want: []string{"MEETING JP-US 2006-09-27 held"}},
		{name: "FN/met two days after the election on Sept. 26", pub: pub,
			text: "Abe and Bush met two days after the election on Sept. 26.",
			want: []string{"MEETING JP-US 2006-09-28 held"}},
		{name: "OK/on Sept. 27, the day after he took office", pub: pub,
			text: "Abe called Bush on Sept. 27, the day after he took office.",
			want: []string{"MEETING JP-US 2006-09-27 held"}},
	})
}

// TestAgreedToGive: "agreed to provide 900 mln dlrs in credits to
// Indonesia" and "agreed to build two roads in Uganda" are accords with
// the state the aid goes to, told after the amount; a company's deal to
// sell in a country stays none.
func TestAgreedToGive(t *testing.T) {
	pub := graph.Day(1987, 3, 21)
	runRuleCases(t, []ruleCase{
		{name: "FN/agreed to provide credits to Indonesia", pub: pub,
			text: "Japan agreed to provide 900 mln dlrs in credits to Indonesia.",
			want: []string{"ACCORD JP-ID 1987-03-21 agreed"}},
		{name: "FN/agreed to build two housing estates in Uganda", pub: pub,
			text: "Egypt has agreed to build two housing estates and two new roads in Uganda worth a total of 295 million dollars, Egyptian commercial attache Muhammud el Tahan said.",
			want: []string{"ACCORD EG-UG 1987-03-21 agreed"}},
		{name: "OK/a company agreed to sell cars in Britain", pub: pub,
			text: "Nissan Motor Co agreed to sell 20,000 cars in Britain this year.",
			want: nil},
	})
}

// TestReceivedAStatesOfficer: "received Sudan's foreign minister" and
// "received Saudi Arabia's crown prince" meet a state's officer told by
// its possessive; "received Obama's message" meets no one.
func TestReceivedAStatesOfficer(t *testing.T) {
	pub := graph.Day(2019, 5, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/received Sudan's foreign minister", pub: pub,
			text: "Egyptian President Abdel Fattah al-Sisi received Sudan's foreign minister in Cairo on Saturday.",
			want: []string{"MEETING EG-SD 2019-05-04 held"}},
		{name: "FN/received Saudi Arabia's crown prince", pub: pub,
			text: "Egyptian President Abdel Fattah al-Sisi received Saudi Arabia's crown prince in Cairo on Saturday.",
			want: []string{"MEETING EG-SA 2019-05-04 held"}},
		{name: "OK/received Obama's message", pub: pub,
			text: "Sisi received Obama's message in Cairo on Saturday.",
			want: nil},
	})
}

// TestDateOfTheVerbAMeetingIsSubjectOf: "A summit between <long names> in
// Hanoi ended without a deal in February" dates the summit by the verb it
// is the subject of, however long the names between.
func TestDateOfTheVerbAMeetingIsSubjectOf(t *testing.T) {
	pub := graph.Day(2019, 5, 10)
	runRuleCases(t, []ruleCase{
		{name: "FP/a summit ... in Hanoi ended without a deal in February", pub: pub,
			text: "A summit between North Korean leader Kim Jong Un and U.S. President Donald Trump in Hanoi ended without a deal in February.",
			want: []string{"MEETING KP-US 2019-02 held"}},
		{name: "FP/talks between ... on the disputed islands will begin on Monday", pub: pub,
			text: "Talks between Chinese and Japanese officials on the disputed islands in the East China Sea will begin in Tokyo on Monday.",
			want: []string{"MEETING CN-JP 2019-05-13 planned"}},
	})
}

// TestArmedGroupsAreNoHost: "met Taliban negotiators in Doha" meets a
// movement, not Qatar; "met Qatari officials in Doha" still meets Qatar.
func TestArmedGroupsAreNoHost(t *testing.T) {
	pub := graph.Day(2019, 5, 10)
	runRuleCases(t, []ruleCase{
		{name: "FP/met Taliban negotiators in Doha", pub: pub,
			text: "U.S. envoy Zalmay Khalilzad met Taliban negotiators in Doha on Sunday.",
			want: nil},
		{name: "OK/met Qatari officials in Doha", pub: pub,
			text: "U.S. envoy Zalmay Khalilzad met Qatari officials in Doha on Sunday.",
			want: []string{"MEETING US-QA 2019-05-05 held"}},
	})
}

// TestRelationsGerundAfterAPastClause: "ended a three-year rift on
// Tuesday, restoring diplomatic ties" restored them; a gerund after a
// report verb's clause does not.
func TestRelationsGerundAfterAPastClause(t *testing.T) {
	pub := graph.Day(2019, 5, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/ended a rift on Tuesday, restoring diplomatic ties", pub: pub,
			text: "Qatar and Saudi Arabia ended a three-year rift on Tuesday, restoring diplomatic ties.",
			want: []string{"RELATIONS QA-SA 2019-05-07 held"}},
		{name: "OK/said on Tuesday, restoring ties would take time", pub: pub,
			text: "Analysts said on Tuesday, restoring diplomatic ties would take time.",
			want: nil},
	})
}

// TestDinnerForAGuestOfState: "hosted a dinner for German Chancellor
// Angela Merkel" and "gave a dinner in honour of" meet the guest; a dinner
// for business leaders meets no state.
func TestDinnerForAGuestOfState(t *testing.T) {
	pub := graph.Day(2019, 5, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/hosted a dinner for German Chancellor Angela Merkel", pub: pub,
			text: "Macron hosted a dinner for German Chancellor Angela Merkel at the Elysee on Tuesday.",
			want: []string{"MEETING FR-DE 2019-05-07 held"}},
		{name: "FN/gave a dinner in honour of", pub: pub,
			text: "Macron gave a dinner in honour of German Chancellor Angela Merkel on Tuesday.",
			want: []string{"MEETING FR-DE 2019-05-07 held"}},
		{name: "OK/a dinner for business leaders", pub: pub,
			text: "Macron hosted a dinner for business leaders on Tuesday.",
			want: nil},
	})
}

// TestPastVerbBeforeALongName: "met Chinese President Xi Jinping in
// Bishkek, Kyrgyzstan, on June 13", told in May, is last June's meeting:
// the names between the past verb and the date cost no reach.
func TestPastVerbBeforeALongName(t *testing.T) {
	pub := graph.Day(2019, 5, 10)
	runRuleCases(t, []ruleCase{
		{name: "FP/met Chinese President Xi Jinping in Bishkek on June 13", pub: pub,
			text: "Russian President Vladimir Putin met Chinese President Xi Jinping in Bishkek on June 13.",
			want: []string{"MEETING RU-CN 2018-06-13 held"}},
		{name: "FP/met Xi in Bishkek, Kyrgyzstan, on June 13", pub: pub,
			text: "Putin met Xi in Bishkek, Kyrgyzstan, on June 13.",
			want: []string{"MEETING RU-CN 2018-06-13 held"}},
		{name: "OK/will meet ... on June 13", pub: pub,
			text: "Russian President Vladimir Putin will meet Chinese President Xi Jinping in Bishkek on June 13.",
			want: []string{"MEETING RU-CN 2019-06-13 planned"}},
	})
}

// TestKoreanLeaders: the leader table places both Koreas' leaders by
// their given names, as news writes them with or without a hyphen ("Kim
// Jong Un", "Moon Jae-in"), in their years.
func TestKoreanLeaders(t *testing.T) {
	pub := graph.Day(2019, 5, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/Kim Jong Un and Vladimir Putin held their first summit", pub: pub,
			text: "Kim Jong Un and Vladimir Putin held their first summit in Vladivostok on Thursday.",
			want: []string{"MEETING KP-RU 2019-05-09 held"}},
		{name: "OK/Moon Jae-in met Kim Jong-un", pub: pub,
			text: "Moon Jae-in met Kim Jong-un at Panmunjom on Friday.",
			want: []string{"MEETING KR-KP 2019-05-10 held"}},
	})
}

// TestOrdinalInApposition: "visited Moscow on April 8, his third trip to
// Russia this year" counts the visit told, no other one; "will make a
// third trip to Russia in June" is another.
func TestOrdinalInApposition(t *testing.T) {
	pub := graph.Day(2019, 5, 10)
	runRuleCases(t, []ruleCase{
		{name: "FP/visited Moscow on April 8, his third trip to Russia this year", pub: pub,
			text: "Erdogan visited Moscow on April 8, his third trip to Russia this year.",
			want: []string{"MEETING TR-RU 2019-04-08 held"}},
		{name: "OK/will make a third trip in June", pub: pub,
			text: "Erdogan visited Moscow on April 8. He will make a third trip to Russia in June.",
			want: []string{"MEETING TR-RU 2019-04-08 held", "MEETING TR-RU 2019-06 planned"}},
	})
}
