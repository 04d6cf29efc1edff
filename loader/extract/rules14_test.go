package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 14, each a general mechanism with its own case.

func TestAVisitToAStateByAnotherStatesOfficer(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a visit to a state by an officer", pub: graph.Day(1998, 3, 10),
			text: "A visit to Beijing by French Foreign Minister Herve de Charette ended on Monday.",
			want: []string{"MEETING FR-CN 1998-03-09 held"}},
		{name: "OK/a visit to a state by an officer, ahead", pub: graph.Day(1998, 1, 13),
			text: "It also came just ahead of a visit to Japan by U.S. Defense Secretary William Cohen.",
			want: []string{"MEETING US-JP  planned"}},
		{name: "OK/the visitor before the destination still", pub: graph.Day(1998, 3, 10),
			text: "The visit by Chinese Premier Li Peng to France ended Monday.",
			want: []string{"MEETING CN-FR 1998-03-09 held"}},
		{name: "OK/a by after the state that is no agent", pub: graph.Day(1998, 3, 10),
			text: "French Foreign Minister Herve de Charette paid a visit to China by train.",
			want: []string{"MEETING FR-CN 1998-03-10 held"}},
	})
}

func TestMayBeforeAPastVerbIsTheName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/May met", pub: graph.Day(2016, 7, 21),
			text: "British Prime Minister Theresa May took office last week. May met German Chancellor Angela Merkel in Berlin on Wednesday.",
			want: []string{"MEETING GB-DE 2016-07-20 held"}},
		{name: "OK/May's spokeswoman", pub: graph.Day(2016, 7, 14),
			text: "British Prime Minister Theresa May took office. May's spokeswoman said she had spoken by phone to European Commission head Jean-Claude Juncker.",
			want: []string{"MEETING GB-EU  held"}},
		{name: "OK/the modal May before a verb stays", pub: graph.Day(2016, 7, 14),
			text: "May the two sides meet again next week, the Chinese and Japanese leaders said.",
			want: []string{"MEETING CN-JP 2016-07-18/2016-07-24 proposed"}},
	})
}

func TestSendingOfficialsIsAVisit(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a team of officials sent", pub: graph.Day(1987, 3, 18),
			text: "Japan will send a team of officials to Washington next week for talks on the dispute.",
			want: []string{"MEETING JP-US 1987-03-23/1987-03-29 planned"}},
		{name: "OK/troops sent are no visit", pub: graph.Day(1987, 3, 18),
			text: "Japan will send a team of troops to Cambodia next week.",
			want: nil},
	})
}

func TestTheFirstToVisitHasVisited(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/became the first to visit", pub: graph.Day(2016, 3, 21),
			text: "Obama became the first sitting U.S. president to visit Cuba in 88 years on Sunday.",
			want: []string{"MEETING US-CU 2016-03-20 held"}},
		{name: "OK/will be the first to visit", pub: graph.Day(2016, 3, 10),
			text: "Obama will be the first sitting U.S. president to visit Cuba in 88 years later this month.",
			want: []string{"MEETING US-CU 2016-03 planned"}},
	})
}

func TestAPossessorBeforeAVenue(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/his White House meeting with another", pub: graph.Day(1987, 3, 18),
			text: "Chirac told reporters after his White House meeting with Reagan that the talks were fruitful.",
			want: []string{"MEETING FR-US  held"}},
		{name: "OK/a White House meeting with a guest", pub: graph.Day(1987, 3, 18),
			text: "Chirac will hold a White House meeting with Reagan on Friday.",
			want: []string{"MEETING FR-US 1987-03-20 planned"}},
		{name: "OK/a White House meeting with a guest and no other side", pub: graph.Day(1987, 3, 18),
			text: "A White House meeting with Chirac is set for Friday.",
			want: []string{"MEETING US-FR 1987-03-20 planned"}},
		{name: "OK/a state's name before the talks is no venue", pub: graph.Day(2016, 4, 4),
			text: "Turkey wants progress in its EU membership negotiations.",
			want: nil},
	})
}

func TestSendingAnOfficerIsAVisitAhead(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/an officer sent by name", pub: graph.Day(1996, 3, 9),
			text: "Japan will send Vice Minister Makoto Kuroda to Washington next week for talks on the chip dispute.",
			want: []string{"MEETING JP-US 1996-03-11/1996-03-17 planned"}},
		{name: "OK/is sending is ahead", pub: graph.Day(1987, 3, 21),
			text: "President Reagan announced he is sending Secretary of State George Shultz to Moscow for talks with Foreign Minister Eduard Shevardnadze next month.",
			want: []string{"MEETING US-SU 1987-04 planned"}},
		{name: "OK/sent is done", pub: graph.Day(1996, 3, 9),
			text: "Japan sent its foreign minister to Beijing on Monday.",
			want: []string{"MEETING JP-CN 1996-03-04 held"}},
		{name: "OK/forces sent make no visit", pub: graph.Day(1996, 3, 9),
			text: "The U.S. sent Marines to Lebanon in 1982.",
			want: nil},
		{name: "OK/a visit considered is proposed", pub: graph.Day(2016, 7, 15),
			text: "Duterte said he was considering sending former President Fidel Ramos to Beijing to get the ball rolling.",
			want: []string{"MEETING PH-CN  proposed"}},
	})
}

func TestAStateAbbreviationBeforeAPrepositionIsANoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/an accord with the U.S. on chips", pub: graph.Day(1987, 3, 18),
			text: "Japan has complied with its agreement with the U.S. on chips.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "OK/an accord between the U.S. and Japan", pub: graph.Day(1987, 3, 18),
			text: "The Commission claims last year's accord between the U.S. And Japan on microchip pricing gives U.S. Firms privileged access to the Japanese market.",
			want: []string{"ACCORD US-JP 1986 agreed"}},
		{name: "OK/U.S. before a noun is still a modifier", pub: graph.Day(1987, 3, 18),
			text: "Japan has complied with its agreement with U.S. chip makers.",
			want: nil},
		{name: "OK/a demonym before a preposition stays people", pub: graph.Day(2016, 2, 1),
			text: "About a dozen Americans in a handful of states have been diagnosed with Zika after visiting Brazil.",
			want: nil},
	})
}

func TestAnAccordsExpiryDoesNotDateIt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/expires in a year", pub: graph.Day(1987, 3, 18),
			text: "The U.S.-Japan semiconductor agreement expires in 1991.",
			want: []string{"ACCORD US-JP  in_force"}},
		{name: "OK/which expires", pub: graph.Day(1987, 3, 18),
			text: "Moscow buys grain under the current U.S.-Soviet grain agreement, which expires in September 1988.",
			want: []string{"ACCORD US-SU  in_force"}},
		{name: "OK/signed in a year still dates it", pub: graph.Day(1987, 3, 18),
			text: "The U.S.-Japan semiconductor agreement signed in 1986 expires in 1991.",
			want: []string{"ACCORD US-JP 1986 signed"}},
	})
}

func TestARoundTripIsATicket(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a round trip bought", pub: graph.Day(1987, 3, 18),
			text: "Under the program, customers would buy a round trip from the U.S. to London.",
			want: nil},
		{name: "OK/a trip of a minister stays", pub: graph.Day(1987, 3, 18),
			text: "The Japanese foreign minister will make a trip from Tokyo to Washington next week.",
			want: []string{"MEETING JP-US 1987-03-23/1987-03-29 planned"}},
	})
}

func TestAUnionPresidedIsAClub(t *testing.T) {
	runCountryCases(t, graph.Day(2005, 1, 27), []countryCase{
		{"OK/a presidency of the EU",
			"Climate change was an issue the prime minister wanted to progress during the UK's presidency of the G8 and EU in 2005.",
			[]string{"GB"}},
		{"OK/the EU that acts stays",
			"The EU in 2005 urged the UK to act on climate change.",
			[]string{"EU", "GB"}},
	})
}

func TestTheNextRoundTellsTheTalksAgain(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the next round of talks", pub: graph.Day(1987, 3, 18),
			text: "Portugal and China began a new round of talks on the future of Macao in Peking today. The next round of talks will be held in April, officials said.",
			want: []string{"MEETING PT-CN 1987-03-18 held", "MEETING PT-CN 1987-04 planned"}},
		{name: "OK/said the next formal talks", pub: graph.Day(1987, 3, 20),
			text: "Portuguese and Chinese negotiators ended a round of talks on Macao today. Valerio said the next formal talks would be Monday.",
			want: []string{"MEETING PT-CN 1987-03-20 held", "MEETING PT-CN 1987-03-23 planned"}},
		{name: "OK/a round of other talks is no telling", pub: graph.Day(1987, 3, 20),
			text: "Portuguese and Chinese negotiators ended a round of talks on Macao today. A new round of GATT talks opens in Geneva on Monday.",
			want: []string{"MEETING PT-CN 1987-03-20 held"}},
	})
}

func TestAnOfficeOfAStateInApposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/name, office of state", pub: graph.Day(2025, 9, 18),
			text: "Chinese Foreign Minister Wang Yi held talks with Cho Hyun, foreign minister of the Republic of Korea (ROK), in Beijing on Wednesday.",
			want: []string{"MEETING CN-KR 2025-09-17 held"}},
		{name: "OK/name, the office of the ministry of state", pub: graph.Day(2025, 9, 18),
			text: "Chinese Foreign Minister Wang Yi met Cho Hyun, the minister of foreign affairs of the ROK, on Wednesday.",
			want: []string{"MEETING CN-KR 2025-09-17 held"}},
		{name: "OK/name, the demonym office", pub: graph.Day(2025, 9, 18),
			text: "Chinese Foreign Minister Wang Yi held talks with Cho Hyun, the South Korean foreign minister, in Beijing on Wednesday.",
			want: []string{"MEETING CN-KR 2025-09-17 held"}},
		{name: "OK/name, head of a bank named for a state", pub: graph.Day(2025, 9, 18),
			text: "Chinese Foreign Minister Wang Yi met Cho Hyun, chairman of the Korea Exchange Bank, on Wednesday.",
			want: nil},
		{name: "OK/name, no office", pub: graph.Day(2025, 9, 18),
			text: "Chinese Foreign Minister Wang Yi met Cho Hyun, a friend of South Korea, on Wednesday.",
			want: nil},
	})
}

func TestARoundOfDialogueIsTalks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a round of dialogue", pub: graph.Day(2017, 2, 7),
			text: "At the fourth round of China-Australia diplomatic and strategic dialogue on Tuesday, Chinese Foreign Minister Wang Yi said ties were healthy.",
			want: []string{"MEETING CN-AU 2017-02-07 held"}},
		{name: "OK/a call for dialogue is none", pub: graph.Day(2017, 2, 7),
			text: "China and Australia called for dialogue on Tuesday.",
			want: nil},
	})
}

func TestAnArrangementSigned(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/an arrangement signed", pub: graph.Day(2016, 2, 17),
			text: "U.S. and Cuban officials signed an arrangement in Havana on Tuesday to restore scheduled commercial flights.",
			want: []string{"ACCORD US-CU 2016-02-16 signed"}},
		{name: "OK/arrangements made are no accord", pub: graph.Day(2016, 2, 17),
			text: "Cuban and U.S. officials are making arrangements for direct flights.",
			want: nil},
		{name: "OK/banks agreeing take no state from the story", pub: graph.Day(1987, 3, 30),
			text: "South Africa and Britain held talks in London. Du Plessis said 34 banks holding more than 70 pct of the frozen debt agreed to the new arrangement worked out with South African negotiators in London.",
			want: []string{"MEETING ZA-GB 1987-03-30 held"}},
	})
}

func TestAPartnerBetweenTheAccordAndItsVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/under a deal with the EU reached on a day", pub: graph.Day(2016, 3, 22),
			text: "Turkey has agreed to take back migrants under a deal with the EU reached on Friday.",
			want: []string{"ACCORD TR-EU 2016-03-18 agreed"}},
		{name: "OK/the deal struck with the EU on a day", pub: graph.Day(2016, 3, 22),
			text: "Turkey will take back migrants under the deal struck with the EU on Friday.",
			want: []string{"ACCORD TR-EU 2016-03-18 agreed"}},
	})
}

func TestNoAccordAndACallingOff(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/no agreement was reached", pub: graph.Day(1987, 3, 18),
			text: "No agreement was reached at the talks between Japan and the U.S. on Monday.",
			want: []string{"MEETING JP-US 1987-03-16 held"}},
		{name: "OK/if no pact is reached", pub: graph.Day(1987, 3, 18),
			text: "Niskanen said if no pact is reached, bilateral trade ties between the U.S. and Canada could deteriorate.",
			want: nil},
		{name: "OK/a visit called off after its long subject", pub: graph.Day(1987, 3, 18),
			text: "The visit to Japan by U.S. Secretary of State George Shultz has been called off.",
			want: []string{"MEETING US-JP  cancelled"}},
	})
}

func TestACallFromAndAnOpenerWithItsPartner(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a call from the caller", pub: graph.Day(1987, 3, 18),
			text: "Japanese Prime Minister Yasuhiro Nakasone spoke. Nakasone received a telephone call from Reagan on Monday.",
			want: []string{"MEETING JP-US 1987-03-16 held"}},
		{name: "OK/a call from no state", pub: graph.Day(1987, 3, 18),
			text: "Japanese Prime Minister Yasuhiro Nakasone spoke. Nakasone received a phone call from a friend in Tokyo.",
			want: nil},
		{name: "OK/in a phone call with a partner, the subject said", pub: graph.Day(1987, 3, 18),
			text: "Japanese Prime Minister Yasuhiro Nakasone spoke. In a phone call with Reagan on Monday, Nakasone said trade must be balanced.",
			want: []string{"MEETING JP-US 1987-03-16 held"}},
		{name: "OK/at a meeting with a partner, the subject said", pub: graph.Day(1987, 3, 18),
			text: "At a meeting with Reagan on Monday, the Japanese prime minister said trade must be balanced.",
			want: []string{"MEETING JP-US 1987-03-16 held"}},
	})
}

func TestANewsConferenceWithAnotherStatesLeader(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/told a news conference with", pub: graph.Day(2016, 3, 8),
			text: "German Chancellor Angela Merkel and French President Francois Hollande are leaders. \"We agree,\" Merkel told a news conference with Hollande on Monday.",
			want: []string{"MEETING DE-FR 2016-03-07 held"}},
		{name: "OK/held a joint press conference", pub: graph.Day(2016, 3, 8),
			text: "German Chancellor Angela Merkel and French President Francois Hollande are leaders. Merkel and Hollande held a joint press conference in Berlin on Monday.",
			want: []string{"MEETING DE-FR 2016-03-07 held"}},
		{name: "OK/a news conference with reporters", pub: graph.Day(2016, 3, 8),
			text: "German Chancellor Angela Merkel told a news conference with reporters on Monday that Europe must act.",
			want: nil},
	})
}

func TestThePurposeOfAPastJourney(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/was in a capital to meet", pub: graph.Day(2016, 3, 8),
			text: "German Chancellor Angela Merkel and French President Francois Hollande are leaders. The French president was in Berlin on Monday to meet the chancellor.",
			want: []string{"MEETING FR-DE 2016-03-07 held"}},
		{name: "OK/made a stop to meet", pub: graph.Day(2016, 1, 14),
			text: "Indian Prime Minister Narendra Modi made a surprise stop in Lahore on Friday to meet his Pakistani counterpart Nawaz Sharif.",
			want: []string{"MEETING IN-PK 2016-01-08 held"}},
		{name: "OK/agreed to meet is ahead", pub: graph.Day(2016, 3, 8),
			text: "German Chancellor Angela Merkel and French President Francois Hollande are leaders. The French president agreed on Monday to meet the chancellor next week.",
			want: []string{"MEETING FR-DE 2016-03-14/2016-03-20 planned"}},
	})
}

func TestTiesForgedOrAgreedOnADayToRestore(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/ties forged", pub: graph.Day(2016, 7, 1),
			text: "China and Japan forged diplomatic ties in 1972.",
			want: []string{"RELATIONS CN-JP 1972 held"}},
		{name: "OK/agreed on a day to restore ties", pub: graph.Day(2016, 6, 28),
			text: "Israel and Turkey agreed on Monday to restore full diplomatic ties.",
			want: []string{"RELATIONS IL-TR 2016-06-27 held"}},
		{name: "OK/a wish on a day to restore ties is none", pub: graph.Day(2016, 6, 28),
			text: "Israel and Turkey said on Monday they would like to restore full diplomatic ties.",
			want: nil},
	})
}
