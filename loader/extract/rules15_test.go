package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 15, each a general mechanism with its own case.

func TestMergedEventShowsItsBestTelling(t *testing.T) {
	tests := []struct {
		name, text string
		pub        graph.Date
		want       string // the evidence sentence of the only event
	}{
		{"OK/the telling that names both sides",
			"British Prime Minister Theresa May named David Davis secretary for exiting the EU, a key post in the negotiations ahead. " +
				"May's spokeswoman said she had spoken by phone to European Commission head Jean-Claude Juncker.",
			graph.Day(2016, 7, 14),
			"May's spokeswoman said she had spoken by phone to European Commission head Jean-Claude Juncker."},
		{"OK/the telling that states the date",
			"Iranian President Hassan Rouhani will visit Italy next week, a diplomatic source said on Monday. " +
				"The source said Rouhani would be in Italy on Jan. 25-26.",
			graph.Day(2016, 1, 18),
			"The source said Rouhani would be in Italy on Jan. 25-26."},
		{"OK/the first among equals",
			"Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed an economic cooperation plan Friday. " +
				"The two presidents on Friday signed the plan, which calls for cooperation in the metallurgy industry.",
			graph.Day(1998, 2, 27),
			"Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed an economic cooperation plan Friday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(Input{Text: tt.text, Published: tt.pub}, Options{})
			checkResult(t, tt.text, r)
			if len(r.Events) != 1 {
				t.Fatalf("got %d events, want 1: %+v", len(r.Events), r.Events)
			}
			if got := r.Events[0].Evidence.Sentence; got != tt.want {
				t.Errorf("evidence %q, want %q", got, tt.want)
			}
		})
	}
}

func TestJustBegunIsOfTheDayItIsTold(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/have opened talks", pub: graph.Day(2016, 2, 11),
			text: "U.S. Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov have opened talks in Munich on a cease-fire.",
			want: []string{"MEETING US-RU 2016-02-11 held"}},
		{name: "OK/has arrived in", pub: graph.Day(1987, 3, 27),
			text: "A French government team has arrived in Antananarivo to negotiate a new credit for the Madagascar government, diplomatic sources said.",
			want: []string{"MEETING FR-MG 1987-03-27 held"}},
		{name: "OK/had begun is a past of its own", pub: graph.Day(2016, 2, 11),
			text: "Officials said the United States and China had begun talks on a new textile pact.",
			want: []string{"MEETING US-CN  held", "ACCORD US-CN  negotiating"}},
		{name: "OK/have held rounds is no onset", pub: graph.Day(2016, 2, 11),
			text: "The United States and China have held two rounds of talks on a new textile pact.",
			want: []string{"MEETING US-CN  held", "ACCORD US-CN  negotiating"}},
	})
}

func TestPluralStateNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the two Koreas held talks", pub: graph.Day(2016, 2, 12),
			text: "The two Koreas held talks at the border village of Panmunjom on Friday.",
			want: []string{"MEETING KP-KR 2016-02-12 held"}},
		{name: "OK/the rival Koreas' summit", pub: graph.Day(2016, 2, 12),
			text: "The Kaesong project resulted from the first summit meeting of the rival Koreas in 2000.",
			want: []string{"MEETING KP-KR 2000 held"}},
	})
}

func TestTheWeekLongVisitToldAgain(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the week-long visit starts", pub: graph.Day(1987, 3, 27),
			text: "Prime Minister Yasuhiro Nakasone will visit Washington next month. The week-long visit starts on April 29.",
			want: []string{"MEETING JP-US 1987-04-29/1987-05-05 planned"}},
		{name: "OK/news of the visit", pub: graph.Day(1987, 3, 27),
			text: "Prime Minister Yasuhiro Nakasone will visit Washington next month. Nakasone will be hard-pressed to find anything new to tell U.S. President Ronald Reagan, they said. " +
				"News of the week-long visit starting April 29 coincided with news of a trade surplus.",
			want: []string{"MEETING JP-US 1987-04-29/1987-05-05 planned"}},
		{name: "OK/another trip's length is not the visit's", pub: graph.Day(1987, 3, 6),
			text: "Brazilian Finance Minister Dilson Funaro will fly to Tokyo on Sunday, after having completed a week-long trip to the United States and France.",
			want: []string{"MEETING BR-JP 1987-03-08 planned", "MEETING BR-US  held", "MEETING BR-FR  held"}},
	})
}

func TestMoreWordingsOfMeetingsAccordsAndTies(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/came to an agreement", pub: graph.Day(2016, 3, 22),
			text: "Japan and the United States came to an agreement on semiconductors on Tuesday.",
			want: []string{"ACCORD JP-US 2016-03-22 agreed"}},
		{name: "OK/came to an end is no accord", pub: graph.Day(2016, 3, 22),
			text: "The talks between Japan and the United States came to an end without an agreement on Tuesday.",
			want: []string{"MEETING JP-US 2016-03-22 held"}},
		{name: "OK/set up diplomatic relations", pub: graph.Day(2016, 3, 22),
			text: "China and Senegal set up diplomatic relations in 1971.",
			want: []string{"RELATIONS CN-SN 1971 held"}},
		{name: "OK/setting the tone for relations is no change", pub: graph.Day(2016, 3, 22),
			text: "The speech set the tone for relations between China and Senegal.",
			want: nil},
		{name: "OK/the first to set foot in", pub: graph.Day(2016, 3, 22),
			text: "Obama on Sunday became the first sitting U.S. president to set foot in Cuba since 1928.",
			want: []string{"MEETING US-CU 2016-03-20 held"}},
		{name: "OK/on foot in a capital is no visit", pub: graph.Day(2016, 3, 22),
			text: "American tourists walked on foot in Havana on Sunday.",
			want: nil},
		{name: "OK/huddled with", pub: graph.Day(2016, 3, 22),
			text: "French President Francois Hollande huddled with German Chancellor Angela Merkel in Berlin on Monday.",
			want: []string{"MEETING FR-DE 2016-03-21 held"}},
	})
}

func TestADayBetweenTheJourneyAndItsDestination(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/left Tuesday for", pub: graph.Day(2006, 11, 14),
			text: "South Korea's vice defense minister left Tuesday for the United Arab Emirates on a four-day trip.",
			want: []string{"MEETING KR-AE 2006-11-14/2006-11-17 held"}},
		{name: "OK/will leave next week for", pub: graph.Day(1987, 3, 4),
			text: "A Taiwan mission will leave next week for Washington to renegotiate a textile agreement.",
			want: []string{"MEETING TW-US 1987-03-09/1987-03-15 planned"}},
		{name: "OK/left a city and a day for the state", pub: graph.Day(2006, 11, 14),
			text: "South Korea's vice defense minister left Seoul Tuesday for the United Arab Emirates.",
			want: []string{"MEETING KR-AE 2006-11-14 held"}},
	})
}

func TestADecisionToChangeRelations(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a dated decision to normalize", pub: graph.Day(1997, 4, 29),
			text: "Senator Bob Smith, a staunch opponent of President Bill Clinton's 1995 decision to normalize relations with Vietnam, sought to delay his despatch to Hanoi.",
			want: []string{"RELATIONS US-VN 1995 held"}},
		{name: "OK/a decision to sever on a day", pub: graph.Day(2016, 1, 5),
			text: "Saudi Arabia's decision to sever ties with Iran on Sunday angered Tehran.",
			want: []string{"RELATIONS SA-IR 2016-01-03 held"}},
		{name: "OK/a decision expected is none yet", pub: graph.Day(2016, 1, 5),
			text: "A decision to restore relations with Iran is expected next month, Saudi officials said.",
			want: nil},
	})
}

func TestAnAsideOpenedByAlso(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/an aside with a parenthesis between the subject and its verb", pub: graph.Day(2005, 11, 1), dateline: "HANOI",
			text: "Hu made the comment in a speech at the National Assembly of Vietnam on Tuesday. " +
				"The Chinese president, also general secretary of the Central Committee of the Communist Party of China (CPC), arrived here earlier Monday for a three-day official goodwill visit.",
			want: []string{"MEETING CN-VN 2005-10-31/2005-11-02 held"}},
	})
}

func TestVisitingAPlaceOfNoState(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/visited a command center", pub: graph.Day(2016, 5, 23),
			text: "Iraqi forces clashed with Islamic State near Falluja, backed by U.S.-led coalition air strikes. " +
				"Prime Minister Haider al-Abadi, also grappling with political and economic crises, visited a command center set up nearby to oversee operations.",
			want: nil},
		{name: "OK/visited an emergency center", pub: graph.Day(2016, 2, 7),
			text: "China offered help to Taiwan after the quake, Beijing's Taiwan Affairs Office said. " +
				"Taiwan's President Ma Ying-jeou visited an emergency center in Tainan on Sunday.",
			want: nil},
		{name: "OK/visited a country still", pub: graph.Day(2016, 5, 23),
			text: "Iraqi Prime Minister Haider al-Abadi, also grappling with political crises, visited Iran on Monday.",
			want: []string{"MEETING IQ-IR 2016-05-23 held"}},
	})
}

func TestAnUnderstandingIsAnAccord(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the 2002 understanding with a state", pub: graph.Day(2006, 11, 15),
			text: "The Ugandan army shall keep its other positions as per the 2002 understanding with Sudanese government, the spokesman said.",
			want: []string{"ACCORD UG-SD 2002 signed"}},
		{name: "OK/reached an understanding", pub: graph.Day(2006, 11, 15),
			text: "India and Pakistan reached an understanding on the Siachen glacier on Tuesday.",
			want: []string{"ACCORD IN-PK 2006-11-14 agreed"}},
		{name: "OK/mutual understanding is none", pub: graph.Day(2006, 11, 15),
			text: "China and Vietnam vowed to enhance mutual understanding and trust on Tuesday.",
			want: nil},
	})
}

func TestADashAsideNamesNoSide(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the members of the Quartet are no side of the talks", pub: graph.Day(2006, 12, 12),
			text: "The Council again called on the Hamas-led Palestinian Authority to accept the three principles set by the Middle East Quartet -- the European Union, the United States, Russia and the United Nations -- as a basis for resuming peace talks with Israel.",
			want: nil},
		{name: "OK/an apposition after the subject still", pub: graph.Day(2006, 12, 12),
			text: "The United States and Canada -- the world's two biggest trading partners -- opened free trade talks on Monday.",
			want: []string{"MEETING US-CA 2006-12-11 held"}},
	})
}

func TestACollectiveOfStatesMakesAMeetingOfMany(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/African leaders and a president open a summit here", pub: graph.Day(2005, 12, 3), dateline: "BAMAKO",
			text: "African leaders and French President Jacques Chirac opened a two-day summit here on Saturday.",
			want: nil},
		{name: "OK/Arab states due to meet at a summit", pub: graph.Day(1987, 10, 22),
			text: "Iran was also seeking to avoid ostracism by Arab states due to meet at a summit in Amman on November 8.",
			want: nil},
		{name: "OK/two presidents still", pub: graph.Day(2005, 12, 3), dateline: "BAMAKO",
			text: "French President Jacques Chirac held talks with Malian President Amadou Toumani Toure here on Saturday.",
			want: []string{"MEETING FR-ML 2005-12-03 held"}},
	})
}

func TestADayOfAVisitDoesNotShrinkIt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a four-day visit and its first day", pub: graph.Day(2005, 12, 7),
			text: "Chinese Prime Minister Wen Jiabao was due to tour a satellite facility Wednesday as he wraps up a four-day visit to France. " +
				"Wen began his trip by visiting the headquarters of Airbus in France's southwestern city of Toulouse on Sunday.",
			want: []string{"MEETING CN-FR 2005-12-04/2005-12-07 held"}},
		{name: "OK/a week told loosely takes the days told", pub: graph.Day(2016, 1, 18),
			text: "Iranian President Hassan Rouhani will visit France next week, a diplomatic source said on Monday. " +
				"The source said Rouhani would arrive in Paris on Jan. 27.",
			want: []string{"MEETING IR-FR 2016-01-27 planned"}},
	})
}

func TestHisHostsAreNoMeeting(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/told his French hosts", pub: graph.Day(2005, 12, 7),
			text: "Chinese Prime Minister Wen Jiabao wrapped up a four-day visit to France on Wednesday. " +
				"To that end, Wen told his French hosts Tuesday that more effort was needed if they wanted to win the contract.",
			want: []string{"MEETING CN-FR 2005-12-04/2005-12-07 held"}},
		{name: "OK/China hosts a president", pub: graph.Day(2005, 12, 7),
			text: "China hosts French President Jacques Chirac on Tuesday.",
			want: []string{"MEETING CN-FR 2005-12-13 planned"}},
	})
}

func TestHeAfterAQuote(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/he told a press conference after a meeting", pub: graph.Day(2006, 12, 12), dateline: "BERLIN",
			text: "Israeli Prime Minister Ehud Olmert on Tuesday reiterated his country's longstanding position on nuclear weapons. " +
				"\"Israel will not be the first country to introduce nuclear weapons to the region. That is our policy and it has not changed,\" he told a press conference after a meeting with German Chancellor Angela Merkel.",
			want: []string{"MEETING IL-DE 2006-12-12 held"}},
	})
}

func TestAStatesRestoredTiesAreNoNews(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/Washington's restored ties", pub: graph.Day(1997, 4, 29),
			text: "The Senate approved his appointment after a delay due to Republican opposition to Washington's restored ties with former enemy Vietnam.",
			want: nil},
		{name: "OK/Washington restored ties", pub: graph.Day(1997, 4, 29),
			text: "Washington restored ties with former enemy Vietnam in 1995.",
			want: []string{"RELATIONS US-VN 1995 held"}},
	})
}

func TestTwoOfficeHoldersCoordinated(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a central bank president and the head of another's central bank met", pub: graph.Day(1987, 4, 24),
			text: "The newspaper added that Peruvian central bank president Leonel Figueroa and the head of the central bank of Mexico, Miguel Mancera Aguayo, met in Mexico City yesterday to coordinate actions.",
			want: []string{"MEETING PE-MX 1987-04-23 held"}},
	})
}

func TestAHyphenedTitleKeepsTheList(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a vice-foreign minister and a commissioner signed", pub: graph.Day(1987, 3, 31),
			text: "Chinese vice-foreign minister Zhou Nan and the EC's external relations commissioner, Willy De Clercq, signed the accord.",
			want: []string{"ACCORD CN-EU 1987-03-31 signed"}},
	})
}

func TestProposedThatTheyMeet(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/proposed in a letter that they meet", pub: graph.Day(1987, 3, 17),
			text: "South Korean Prime Minister Lho Shin-yong proposed in a letter to his North Korean counterpart Li Gun-mo that they meet to discuss the issues.",
			want: []string{"MEETING KR-KP  proposed"}},
		{name: "OK/said that they will meet is a plan", pub: graph.Day(1987, 3, 17),
			text: "South Korean Prime Minister Lho Shin-yong said in a letter to his North Korean counterpart Li Gun-mo that they will meet next month.",
			want: []string{"MEETING KR-KP 1987-04 planned"}},
	})
}

func TestLeftAtTheEndOfAVisit(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/left a capital at the end of a visit", pub: graph.Day(1987, 4, 9),
			text: "British Corporate Affairs Minister Michael Howard left Tokyo yesterday at the end of a four-day visit.",
			want: []string{"MEETING GB-JP 1987-04-05/1987-04-08 held"}},
	})
}

func TestTheTalksThePairNeverHeld(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the talks of a government and its opposition", pub: graph.Day(2016, 3, 12), dateline: "BEIRUT", title: "Syria opposition to attend Geneva peace talks",
			text: "Syria's main opposition group said it would attend peace talks on Monday but accused the government of President Bashar al-Assad of preparing to escalate the war. " +
				"The U.N.-brokered talks will take place in Geneva two weeks after the start of a ceasefire agreement. " +
				"Russia said it expected its ally Syria to attend, although Damascus has yet to publicly confirm it will do so. " +
				"The Syrian foreign minister is expected to announce his government's position on the talks on Saturday. " +
				"A senior adviser to Assad said on Friday Russia had done more to fight terrorism in Syria than the United States. " +
				"Russian Foreign Minister Sergei Lavrov said the U.N. envoy should this time include representatives of Kurdish groups, which have been fighting in Syria. " +
				"Russia says the Kurds are a legitimate part of a future Syria.",
			want: nil},
		{name: "OK/the talks the pair held", pub: graph.Day(2016, 3, 12),
			text: "Russian and Syrian officials held talks in Moscow on Thursday. The Syrian foreign minister said the talks would resume next week.",
			want: []string{"MEETING RU-SY 2016-03-10 held", "MEETING SY-RU 2016-03-14/2016-03-20 planned"}}, // (the pair has met: "the talks" are theirs)
		{name: "OK/the negotiations with a state named", pub: graph.Day(1987, 4, 2),
			text: "Shultz spoke on U.S. farm policy and the Soviet Union. \"That is our approach in the negotiations with the Soviets,\" Shultz said.",
			want: []string{"MEETING SU-US  held"}},
	})
}

func TestNoPlansToMeet(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/no plans to start talks", pub: graph.Day(1987, 6, 16),
			text: "Japanese Agriculture Minister Mutsuki Kato said he has no plans to start bilateral trade talks with the United States over rice.",
			want: nil},
		{name: "OK/plans to start talks", pub: graph.Day(1987, 6, 16),
			text: "Japanese Agriculture Minister Mutsuki Kato said he plans to start bilateral trade talks with the United States over rice.",
			want: []string{"MEETING JP-US  planned"}},
	})
}

func TestABodyDiscussesAStateAtItsMeeting(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the council is to discuss sanctions against Japan at a meeting", pub: graph.Day(1987, 3, 25),
			text: "U.S. chipmakers urged the government to impose trade sanctions against Japan. Japan denied it had broken the pact with the United States. " +
				"The White House Economic Policy Council is expected to discuss possible sanctions against Japan at a meeting scheduled for Thursday.",
			want: nil},
		{name: "OK/a minister at a meeting with a state still", pub: graph.Day(1987, 3, 25),
			text: "U.S. Trade Representative Clayton Yeutter is expected to discuss sanctions at a meeting with Japanese officials on Thursday.",
			want: []string{"MEETING US-JP 1987-03-26 planned"}},
	})
}

func TestANamedAccordTakesNoOtherEventsDay(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/violations of an accord and a Thursday meeting", pub: graph.Day(1987, 3, 24),
			text: "Bywater's remarks came as the White House Economic Policy Council prepared for a Thursday meeting to decide what sanctions if any should be taken against Japan for alleged violations of a U.S.-Japanese semiconductors agreement.",
			want: []string{"ACCORD US-JP  agreed"}},
		{name: "OK/an accord signed borrows still", pub: graph.Day(1987, 3, 24),
			text: "Officials of the United States and Japan met in Tokyo on Monday and signed an agreement on semiconductors.",
			want: []string{"MEETING US-JP 1987-03-23 held", "ACCORD US-JP 1987-03-23 signed"}},
	})
}

func TestOpposedMemosAndGatherings(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/opposed to talks", pub: graph.Day(2006, 12, 13),
			text: "Olmert said in Berlin on Tuesday that Israel remained opposed to talks with Syria.",
			want: nil},
		{name: "OK/inked the memo", pub: graph.Day(2005, 11, 10),
			text: "Director Faisal Hamwi of the Syrian Foreign Ministry and Head of Iraqi Custody Service in Damascus Sabah Imam inked the memo, the paper said.",
			want: []string{"ACCORD SY-IQ 2005-11-10 signed"}},
		{name: "OK/a memo to staff", pub: graph.Day(2005, 11, 10),
			text: "The ministry sent a memo to staff in Japan and the United States on Tuesday.",
			want: nil},
		{name: "OK/three delegations arriving are a gathering", pub: graph.Day(2005, 11, 8), dateline: "BEIJING",
			text: "The delegation of the Republic of Korea (ROK) arrived here Monday, and other delegations, including the Democratic People's Republic of Korea (DPRK), Russia, Japan and the United States arrived here successively on Tuesday.",
			want: nil}, // (not "Russia's visit to Japan, the U.S. and China")
	})
}

func TestARulingPartysChiefActsForTheState(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the Vietnamese communist party chief", pub: graph.Day(1997, 4, 8),
			text: "US Treasury Secretary Robert Rubin held talks Tuesday with Vietnamese communist party chief Do Muoi.",
			want: []string{"MEETING US-VN 1997-04-08 held"}},
		{name: "OK/a party in a state of many is none", pub: graph.Day(1997, 4, 8),
			text: "US Treasury Secretary Robert Rubin held talks Tuesday with Japanese communist party chief Tetsuzo Fuwa.",
			want: nil},
	})
}

func TestACentralBanksPolicyMeetingIsItsOwn(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the Fed's next policy meeting", pub: graph.Day(2016, 5, 31), title: "Asia shares firm but set for monthly loss",
			text: "TOKYO/SINGAPORE Asian shares recovered from a wobbly start on Tuesday, but remained on track for a monthly loss, while the dollar edged away from recent peaks scaled on expectations the U.S. Federal Reserve will raise interest rates as soon as next month. Japan's Nikkei stock index slipped 0.5 percent after rallying 1.4 percent in the previous session. It is up 2.9 percent for May, thanks to a tailwind from a weaker yen. Data released earlier in the session showed Japanese industrial output unexpectedly rose 0.3 percent in April, suggesting production is holding up despite weak exports and the impact from a series of earthquakes that struck southern Japan during that month. \"The focus will be on U.S. data,\" Bernard Aw, market analyst at IG in Singapore, wrote in a note. \"Investors will be keen to see if U.S. data this week will corroborate the Fed’s slightly optimistic tone.\" The dollar has surged recently on expectations of higher U.S. interest rates after Fed Chair Janet Yellen said on Friday that the central bank should hike rates \"in the coming months\" if economic growth picks up and the labour market continues to improve. Against that backdrop, the May U.S. private-sector ISM manufacturing data, due Wednesday, and non-farm payrolls report on Friday will garner even more attention than usual. Solid readings could further heighten expectations for a move as soon as the Federal Reserve's next policy meeting on June 14-15.",
			want: nil},
	})
}

func TestItsAccordAfterAStateOfTwoWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the United States ... its agreement with Canada", pub: graph.Day(1987, 4, 1),
			text: "Japanese officials have said the United States has failed to live up to its semiconductor agreement with Canada.",
			want: []string{"ACCORD US-CA  in_force"}},
		{name: "OK/Japan ... its agreement with Canada", pub: graph.Day(1987, 4, 1),
			text: "American officials have said Japan has failed to live up to its semiconductor agreement with Canada.",
			want: []string{"ACCORD JP-CA  in_force"}},
	})
}

func TestAgreedOnADayOfSeveralWordsToRestoreTies(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/agreed on March 5 to restore ties", pub: graph.Day(2016, 3, 10),
			text: "Saudi Arabia and Iran agreed on March 5 to restore diplomatic ties.",
			want: []string{"RELATIONS SA-IR 2016-03-05 held"}},
		{name: "OK/agreed last week to restore ties", pub: graph.Day(2016, 3, 10),
			text: "Saudi Arabia and Iran agreed last week to restore diplomatic ties.",
			want: []string{"RELATIONS SA-IR 2016-02-29/2016-03-06 held"}},
	})
}

func TestSeveralDaysOfTalksLeaveTheVisitsLength(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/several days of talks, then a four-day visit", pub: graph.Day(2016, 3, 10),
			text: "French and German officials on Tuesday ended several days of talks in Berlin that closed a four-day visit.",
			want: []string{"MEETING FR-DE 2016-03-05/2016-03-08 held"}},
	})
}
