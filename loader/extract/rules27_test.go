package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 27; each a general mechanism with its own case.

// TestNotAttendingTheMeeting: a meeting its sides do not attend is no
// meeting of theirs, as one they do not hold is not.
func TestNotAttendingTheMeeting(t *testing.T) {
	pub := graph.Day(1987, 3, 30)
	runRuleCases(t, []ruleCase{
		{name: "OK/are not attending the meeting (no meeting named: none before either)", pub: pub,
			text: "Brazilian delegate Jorio Dauster and U.S. envoy Jon Rosenbaum are not attending the meeting, market watchers said.",
			want: nil},
		{name: "FP/did not attend the talks", pub: pub,
			text: "Japan's trade minister did not attend the talks with U.S. officials on Monday.",
			want: nil},
		{name: "OK/attended the talks", pub: pub,
			text: "Japan's trade minister attended the talks with U.S. officials on Monday.",
			want: []string{"MEETING JP-US 1987-03-30 held"}},
	})
}

// TestPluralDemonyms: a people named in the plural ("the Nigerians",
// "Pakistanis") is its state, as "Cubans" and "Americans" were; so
// "similar bilateral talks" with a third state are theirs, not the
// story's pair's too.
func TestPluralDemonyms(t *testing.T) {
	pub := graph.Day(1987, 3, 24)
	runRuleCases(t, []ruleCase{
		{name: "FP/the Nigerians will go on to Paris for bilateral talks", pub: pub,
			text: "LONDON, March 24 (Reuters) - Nigeria and Britain signed an agreement to reschedule Nigeria's official debts, government sources said. " +
				"The Nigerians will go on to Paris for similar bilateral talks tomorrow with Coface, the French export credit agency.",
			want: []string{"ACCORD NG-GB  signed", "MEETING NG-FR 1987-03-25 planned"}},
	})
}

// TestDateOfTheGatheringPreparedFor: a date after the gathering a meeting
// prepares for or comes before ("to prepare for the economic summit of
// seven major industrial democracies in June") is that gathering's, also
// past an "of" complement; a meeting at the gathering takes it.
func TestDateOfTheGatheringPreparedFor(t *testing.T) {
	pub := graph.Day(1987, 3, 18)
	runRuleCases(t, []ruleCase{
		{name: "FP/meet to prepare for the summit of ... in June", pub: pub,
			text: "Nakasone hopes to meet President Reagan to prepare for the economic summit of seven major industrial democracies in June, they added.",
			want: []string{"MEETING JP-US  proposed"}},
		{name: "FP/meet before the summit of ... in June", pub: pub,
			text: "Nakasone will meet President Reagan before the summit of industrial democracies in June.",
			want: []string{"MEETING JP-US  planned"}},
		{name: "OK/meet at the summit of ... in June", pub: pub,
			text: "Nakasone will meet President Reagan at the summit of industrial democracies in June.",
			want: []string{"MEETING JP-US 1987-06 planned"}},
	})
}

// TestTalksListedWithStates: talks that end a list of states ("issues
// including Ukraine, North Korea, Libya and free trade talks") are a topic
// beside them, and the states are not their sides.
func TestTalksListedWithStates(t *testing.T) {
	pub := graph.Day(2016, 4, 24)
	runRuleCases(t, []ruleCase{
		{name: "FP/issues including Ukraine, North Korea, Libya and free trade talks", pub: pub,
			text: "U.S. President Barack Obama met German Chancellor Angela Merkel in Hanover on Sunday. " +
				"The two leaders touched on a range of issues, including Ukraine, North Korea, Libya and free trade talks.",
			want: []string{"MEETING US-DE 2016-04-24 held"}},
		{name: "FP/discussed Ukraine, North Korea and the nuclear talks", pub: pub,
			text: "They discussed Ukraine, North Korea and the nuclear talks.",
			want: nil},
		{name: "OK/Japan and U.S. trade talks", pub: pub,
			text: "Officials prepared for Japan and U.S. trade talks on Sunday.",
			want: []string{"MEETING JP-US 2016-04-24 held"}},
	})
}

// TestTalksWithDozens: "talks with more than two dozen defense ministers"
// are a gathering of many; the story's pair does not fill them.
func TestTalksWithDozens(t *testing.T) {
	pub := graph.Day(2016, 2, 11)
	runRuleCases(t, []ruleCase{
		{name: "FP/talks with more than two dozen defense ministers", pub: pub,
			text: "BRUSSELS (Reuters) - The United States pressed allies on Thursday to do more against Islamic State, regardless of the fate of diplomatic efforts to end Syria's civil war. " +
				"U.S. Defense Secretary Ash Carter started talks on Thursday in Brussels with more than two dozen defense ministers, including from key ally Saudi Arabia, which renewed its offer to send troops into Syria.",
			want: nil},
		{name: "OK/talks with two defense ministers", pub: pub,
			text: "U.S. Defense Secretary Ash Carter started talks on Thursday in Brussels with the Saudi defense minister.",
			want: []string{"MEETING US-SA 2016-02-11 held"}},
	})
}

// TestLegislatorsMeetTheirOwn: legislators named with no state who meet
// an officer of the story's home state are its own: the meeting has no
// foreign side for the story's pair to fill.
func TestLegislatorsMeetTheirOwn(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FP/senators said after a meeting with Commerce Secretary Baldrige", pub: pub, dateline: "WASHINGTON, March 20",
			text: "The United States will likely impose sanctions soon on imports of Japanese microchips, senators said today after a private meeting with Commerce Secretary Malcolm Baldrige. " +
				"Japan denied it had broken its agreement with the United States.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "OK/senators said after a meeting with Japan's ambassador", pub: pub, dateline: "WASHINGTON, March 20",
			text: "The United States will likely impose sanctions soon on imports of Japanese microchips, senators said today after a private meeting with Japan's ambassador. " +
				"Japan denied it had broken its agreement with the United States.",
			want: []string{"MEETING JP-US  held", "ACCORD JP-US  in_force"}},
	})
}

// TestForumGatheringWithModifiers: a forum's name makes its gathering a
// gathering of many also across words such as "ministerial" ("informal
// GATT ministerial talks"), as it does right before the noun.
func TestForumGatheringWithModifiers(t *testing.T) {
	pub := graph.Day(1987, 3, 24)
	runRuleCases(t, []ruleCase{
		{name: "FP/in New Zealand for informal GATT ministerial talks", pub: pub,
			text: "Yeutter, in New Zealand for informal GATT ministerial talks, told Reuters bilateral trade disputes are increasing.",
			want: nil},
		{name: "OK/in New Zealand for talks with its trade minister", pub: pub,
			text: "U.S. Trade Representative Clayton Yeutter, in Wellington for talks with New Zealand's trade minister, told Reuters disputes are increasing.",
			want: []string{"MEETING US-NZ 1987-03-24 held"}},
	})
}

// TestTheyIsNoSingleState: "they" does not stand for one state named by
// its name ("waiting for Macedonia to reopen its border so they can head
// to Germany"); two states or people before it still may be "they".
func TestTheyIsNoSingleState(t *testing.T) {
	pub := graph.Day(2016, 3, 6)
	runRuleCases(t, []ruleCase{
		{name: "FP/waiting for Macedonia to reopen its border so they can head to Germany", pub: pub,
			text: "Some 30,000 migrants are now trapped in Greece, waiting for Macedonia to reopen its border so they can head to Germany.",
			want: nil},
		{name: "OK/Japan and China said they would meet", pub: pub,
			text: "Japan and China said they would meet in May.",
			want: []string{"MEETING JP-CN 2016-05 planned"}},
	})
}

// TestDiscussionsAtAMeeting: discussions held "at a meeting on April 20"
// take the meeting's date, as talks "during" or "on the sidelines of" one
// do. (Before the forum-modifier rule the GATT talks lent them the date;
// the case guards that they keep it now those talks are a gathering.)
func TestDiscussionsAtAMeeting(t *testing.T) {
	pub := graph.Day(1987, 4, 17)
	runRuleCases(t, []ruleCase{
		{name: "FN/discussions ... at a meeting on April 20", pub: pub,
			text: "Maki said the U.S. and Japan will hold detailed discussions on each trade item as well as a new round of GATT trade talks at a meeting on April 20.",
			want: []string{"MEETING US-JP 1987-04-20 planned"}},
	})
}

// TestMeetingWithoutSomeone: "without him" leaves its person out of the
// meeting, so the story's pair does not fill him in; "EU leaders ...,
// they" is the leaders.
func TestMeetingWithoutSomeone(t *testing.T) {
	pub := graph.Day(2016, 6, 28)
	runRuleCases(t, []ruleCase{
		{name: "FP/they will meet the next day to discuss Brexit without him", pub: pub,
			text: "British Prime Minister David Cameron will tell EU leaders in Brussels why Britain voted to leave. " +
				"After Cameron has addressed EU leaders on Tuesday evening, they will meet the next day to discuss Brexit without him.",
			want: nil},
	})
}

// TestDayBeforeALeadersName: a weekday or month before a leader's surname
// ("On Tuesday Kerry and Lavrov signed") is no given name that would make
// him a namesake.
func TestDayBeforeALeadersName(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/On Tuesday Kerry and Lavrov signed an agreement", pub: pub,
			text: "On Tuesday Kerry and Lavrov signed an agreement.",
			want: []string{"ACCORD US-RU 2016-03-08 signed"}},
		{name: "OK/a namesake with another given name", pub: pub,
			text: "On Tuesday Rachel Kerry and Lavrov signed an agreement.",
			want: nil},
	})
}

// TestTimedByAnother: an event timed from another happening the sentence
// leaves undated ("two days after the attack", "on the eve of the
// conference") does not take the story's day; one the story's news "comes
// a day after" does.
func TestTimedByAnother(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FP/met two days after the attack", pub: pub,
			text: "Kerry met Lavrov two days after the attack.",
			want: []string{"MEETING US-RU  held"}},
		{name: "FP/met on the eve of the conference", pub: pub,
			text: "Kerry met Lavrov on the eve of the Munich conference.",
			want: []string{"MEETING US-RU  held"}},
		{name: "OK/the swap comes a day after", pub: pub,
			text: "Iran and the United States agreed a prisoner swap, which comes a day after inspectors concluded Tehran was in compliance.",
			want: []string{"ACCORD IR-US 2016-03-09 agreed"}},
	})
}

// TestDueInAndDepartedFor: "is due in Tokyo", "is expected in Tokyo" and
// "departed for Japan" tell journeys, as "will be in" and "left for" do.
func TestDueInAndDepartedFor(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/is due in Tokyo on Tuesday", pub: pub,
			text: "Putin is due in Tokyo on Tuesday.",
			want: []string{"MEETING RU-JP 2016-03-15 planned"}},
		{name: "FN/is expected in Tokyo on Tuesday", pub: pub,
			text: "Putin is expected in Tokyo on Tuesday.",
			want: []string{"MEETING RU-JP 2016-03-15 planned"}},
		{name: "FN/departed for Japan on Tuesday", pub: pub,
			text: "Putin departed for Japan on Tuesday.",
			want: []string{"MEETING RU-JP 2016-03-08 held"}},
		{name: "OK/flooding is expected in China", pub: pub,
			text: "Major flash flooding is expected in China on Friday.",
			want: nil},
	})
}

// TestListAfterCommaAndIsANewClause: states after ", and" that a finite
// verb follows are another clause's subject, not more of the list before:
// "Saudi Arabia cut ties with Iran, and Bahrain and Sudan followed suit".
func TestListAfterCommaAndIsANewClause(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FP/cut ties with Iran, and Bahrain and Sudan followed suit", pub: pub,
			text: "Saudi Arabia cut ties with Iran, and Bahrain and Sudan followed suit.",
			want: []string{"RELATIONS SA-IR  held"}},
		{name: "OK/talks with Iran, and Bahrain and Sudan", pub: pub,
			text: "Saudi Arabia held talks with Iran, and Bahrain and Sudan on Tuesday.",
			want: []string{"MEETING SA-IR-BH-SD 2016-03-08 held"}},
	})
}

// TestSaidInAPhoneCall: a verb of saying with a state's officer as its
// object and "in a phone call" or "by phone" after it tells a call, as
// "told" does: "Kerry warned Lavrov in a phone call on Tuesday".
func TestSaidInAPhoneCall(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/warned Lavrov in a phone call", pub: pub,
			text: "Kerry warned Lavrov in a phone call on Tuesday.",
			want: []string{"MEETING US-RU 2016-03-08 held"}},
		{name: "FN/congratulated Lavrov by phone", pub: pub,
			text: "Kerry congratulated Lavrov by phone on Tuesday.",
			want: []string{"MEETING US-RU 2016-03-08 held"}},
		{name: "OK/urged Lavrov with no call", pub: pub,
			text: "Kerry urged Lavrov on Tuesday to rein in Assad.",
			want: nil},
	})
}

// TestHomeOfficerAfterAForeignOfficer: a country named as the nationality
// of another titled person before a home officer ("U.S. Commerce
// Secretary Malcolm Baldrige for talks with Trade Minister Rha Woong-bae")
// does not own him: he is the dateline state's, as wires name their own.
// A talk n days from the day's news is dated from it.
func TestHomeOfficerAfterAForeignOfficer(t *testing.T) {
	pub := graph.Day(1987, 4, 17)
	runRuleCases(t, []ruleCase{
		{name: "FN/arrival of U.S. Commerce Secretary Baldrige for talks with Trade Minister Rha", pub: pub, dateline: "SEOUL, April 17",
			text: "South Korea announced measures to cut its trade surplus with the United States. " +
				"The policy change was announced two days before the scheduled arrival of U.S. Commerce Secretary Malcolm Baldrige for talks with Trade Minister Rha Woong-bae.",
			want: []string{"MEETING US-KR 1987-04-19 planned"}},
	})
}

// TestYugoslavian: "Yugoslavian" and "Czechoslovakian" are demonyms as
// "Yugoslav" and "Czechoslovak" are.
func TestYugoslavian(t *testing.T) {
	runCountryCases(t, graph.Day(1987, 3, 5), []countryCase{
		{name: "FN/Yugoslavian minister", text: "France's trade minister met a Yugoslavian minister without portfolio.", want: []string{"FR", "YU"}},
		{name: "FN/Czechoslovakian milk powder", text: "The UAE banned Czechoslovakian milk powder.", want: []string{"AE", "CS"}},
	})
}

// TestPluralAccordsWithAList: accords in the plural with a list of
// partners ("signed agreements with Brazil, Japan and Mexico") are one
// accord with each; one accord with a list stays one.
func TestPluralAccordsWithAList(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FP/signed agreements with Brazil, Japan and Mexico", pub: pub,
			text: "The United States signed agreements with Brazil, Japan and Mexico last year.",
			want: []string{"ACCORD US-BR 1986 signed", "ACCORD US-JP 1986 signed", "ACCORD US-MX 1986 signed"}},
		{name: "OK/signed an agreement with Brazil, Japan and Mexico", pub: pub,
			text: "The United States signed an agreement with Brazil, Japan and Mexico last year.",
			want: []string{"ACCORD US-BR-JP-MX 1986 signed"}},
	})
}

// TestLoanExtendedOrPledged: a loan a state extends, provides, pledges or
// grants to another is an accord between them, pledged while ahead; a
// gerund ("disenchanted with providing loans") or a credit agency is not.
func TestLoanExtendedOrPledged(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FN/will extend a loan to Indonesia", pub: pub,
			text: "Japan will extend a 50 billion yen loan to Indonesia, officials said on Thursday.",
			want: []string{"ACCORD JP-ID 1987-03-19 pledged"}},
		{name: "FN/agreed to extend a loan to Indonesia", pub: pub,
			text: "Japan agreed to extend a 50 billion yen loan to Indonesia on Thursday.",
			want: []string{"ACCORD JP-ID 1987-03-19 agreed"}},
		{name: "FN/pledged a loan to Indonesia", pub: pub,
			text: "Japan pledged a 50 billion yen loan to Indonesia on Thursday.",
			want: []string{"ACCORD JP-ID 1987-03-19 pledged"}},
		{name: "OK/providing loans to debtor nations", pub: pub,
			text: "The United States is pressing banks, disenchanted with providing large cash loans to Brazil, to develop new ways of financing.",
			want: nil},
		{name: "OK/a subsidy provided by a credit agency", pub: pub,
			text: "It is guaranteed by the Indian government with an interest subsidy provided by Italy's export credit agency.",
			want: nil},
	})
}

// TestVerblessAccordAfterAnotherVerbsDate: an accord named with no verb of
// making, after a preposition that follows another verb's date ("is due to
// hear a complaint on April 15 about the U.S.-Japanese accord"), does not
// take that date; one "under" which a deed is done, or a date inside its
// own phrase ("the July 1986 U.S.-Japanese semiconductor pact"), still
// does.
func TestVerblessAccordAfterAnotherVerbsDate(t *testing.T) {
	pub := graph.Day(1987, 4, 7)
	runRuleCases(t, []ruleCase{
		{name: "FP/due to hear a complaint on April 15 about the accord", pub: pub,
			text: "GATT's ruling council is due to hear a complaint from the 12-nation EC on April 15 about the U.S.-Japanese accord on semiconductors.",
			want: []string{"ACCORD US-JP  in_force"}},
		{name: "OK/monitoring of the July 1986 pact", pub: pub,
			text: "Reagan announced the planned tariffs on March 27 after he said that close monitoring of the July 1986 U.S.-Japanese semiconductor pact convinced U.S. officials.",
			want: []string{"ACCORD US-JP 1986-07 agreed"}},
	})
}

// TestMetHere: "here" after the partner of a meeting word ("discussions
// with Brazilian officials here last week") is the dateline's state, the
// side that hosted them.
func TestMetHere(t *testing.T) {
	pub := graph.Day(1987, 3, 6)
	runRuleCases(t, []ruleCase{
		{name: "FN/discussions with Brazilian officials here last week", pub: pub, dateline: "WASHINGTON, March 6",
			text: "U.S. Treasury Secretary James Baker said he expected Brazil and its bank creditors to reach agreement. " +
				"He said that based on discussions with Brazilian officials here last week, he believed Brazil's approach was nonconfrontational.",
			want: []string{"MEETING BR-US 1987-02-23/1987-03-01 held"}},
		{name: "OK/Brazilian officials here said", pub: pub, dateline: "WASHINGTON, March 6",
			text: "Brazilian officials here said Brazil's approach was nonconfrontational.",
			want: nil},
	})
}
