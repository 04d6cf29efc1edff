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

func TestGatheringsOfManyAreNoBilateralMeeting(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FP/states listed with a group of countries", pub: pub,
			text: "Colombia, Brazil and the Central American coffee producing countries were invited to the meeting in Managua to analyze the market situation.",
			want: nil},
		{name: "FP/a trip to take part in a meeting of a body", pub: pub,
			text: "Brazilian Central Bank president Francisco Gros said he will be going next week to Washington to take part in a meeting of the Inter American Development Bank.",
			want: nil},
		{name: "FP/a trip to complete negotiations with the IMF", pub: pub,
			text: "Diplomatic sources said a Zambian delegation would leave for Washington in about three weeks to complete negotiations with the IMF and World Bank on a revised programme.",
			want: nil},
		{name: "FP/in a country for a meeting of ministers", pub: pub,
			text: "U.S. Trade Representative Clayton Yeutter is in New Zealand for a two-day informal meeting of trade ministers who are reviewing the Uruguay round.",
			want: nil},
		{name: "FP/a regional summit in a capital", pub: graph.Day(2016, 7, 12),
			text: "China remembers clearly a 2010 Southeast Asian security summit in Hanoi, when Clinton waded into the South China Sea dispute.",
			want: nil},
		{name: "OK/would not attend the meeting", pub: pub,
			text: "There were rumours on the London coffee market earlier today that Brazilian coffee chief Jorio Dauster would not attend the meeting in Nicaragua.",
			want: nil},
		{name: "OK/a trip to Washington for talks with officials", pub: pub,
			text: "Brazilian Finance Minister Dilson Funaro will go to Washington next week for talks with U.S. Treasury officials.",
			want: []string{"MEETING BR-US 1987-03-23/1987-03-29 planned"}},
		{name: "OK/two states and a third named", pub: pub,
			text: "Colombia, Brazil and Mexico were invited to the meeting in Managua.",
			want: []string{"MEETING CO-BR-MX  proposed"}},
	})
}

func TestOneStatesOwnMeetings(t *testing.T) {
	pub := graph.Day(1987, 3, 24)
	runRuleCases(t, []ruleCase{
		{name: "FP/a meeting of one state's council about another", pub: pub,
			text: "Nakasone intervened only two days before a scheduled meeting of the Reagan administration's Economic Policy Council to consider whether Japan is reneging on its microchip pact with the U.S.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "FP/one state's council meets to review another", pub: pub,
			text: "The Reagan Administration's Economic Policy Council is expected to meet Thursday to review Japanese compliance with the agreement.",
			want: []string{"ACCORD JP-US  in_force"}}, // (no meeting; the accord Japan is held to is the U.S.'s: session 34)
		{name: "FP/a central bank phoned banks in a capital", pub: pub,
			text: "U.S. and British officials are studying the market. The United States and Britain share concerns. The Federal Reserve Bank of New York has phoned banks in London today seeking information about trading.",
			want: nil},
		{name: "FP/a defendant's lawyers met prosecutors", pub: graph.Day(2016, 3, 2),
			text: "Mexico and the United States are at odds over the extradition of a Mexican businessman. The United States wants Mexico to act. His legal team had met with senior Justice Department prosecutors three times in late 2015.",
			want: nil},
		{name: "OK/a meeting of the two states' commission", pub: pub,
			text: "A meeting of the U.S.-Japan trade commission will be held in Tokyo on Thursday.",
			want: []string{"MEETING US-JP 1987-03-26 planned"}},
		{name: "OK/officials of one state meet those of another", pub: pub,
			text: "Officials of the Reagan administration will meet Japanese trade officials on Thursday.",
			want: []string{"MEETING US-JP 1987-03-26 planned"}},
	})
}

func TestDatesOfOtherThings(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP/the year of an agreement, which began October 1", pub: graph.Day(1987, 4, 2),
			text: "The sales were the first for delivery to the USSR under the fourth year of the U.S.-USSR Grains Supply Agreement, which began October 1.",
			want: []string{"ACCORD US-SU  in_force"}},
		{name: "FP/the year of an agreement, which ended September 30", pub: graph.Day(1987, 10, 7),
			text: "Total shipments in the third year of the U.S.-USSR grains agreement, which ended September 30, amounted to 152,600 tonnes of wheat.",
			want: []string{"ACCORD US-SU  in_force"}},
		{name: "FP/talks on a day told in an interview today", pub: graph.Day(1987, 10, 20),
			text: "He told the daily Depeche du Midi in an interview today that the talks between senior U.S. and European Community officials in London on October 27 should be more harmonious.",
			want: []string{"MEETING US-EU 1987-10-27 planned"}},
		{name: "OK/an agreement which began a new era", pub: graph.Day(1987, 4, 2),
			text: "Japan and China signed an agreement on October 1, which began a new era in their relations.",
			want: []string{"ACCORD JP-CN 1986-10-01 signed"}},
	})
}

func TestADayOfAnEventDoneIsPast(t *testing.T) {
	pub := graph.Day(1987, 4, 2)
	runRuleCases(t, []ruleCase{
		{name: "FP/signed on a day that is nearer ahead", pub: pub,
			text: "Japan and China signed an agreement on October 1 to expand trade.",
			want: []string{"ACCORD JP-CN 1986-10-01 signed"}},
		{name: "OK/a summit to be held on a day ahead", pub: pub,
			text: "The summit of Japan and China, to be held on October 1, will discuss trade.",
			want: []string{"MEETING JP-CN 1987-10-01 planned"}},
		{name: "OK/news of a visit starting on a day ahead", pub: graph.Day(1987, 3, 27),
			text: "Japanese Prime Minister Yasuhiro Nakasone will visit Washington next month. News of the visit starting April 29 coincided with news of a trade surplus.",
			want: []string{"MEETING JP-US 1987-04 planned"}},
	})
}

func TestCapitalsListedWithACity(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP/a list of cities with a city no capital", pub: graph.Day(1987, 3, 2),
			text: "The Singapore, London and New York authorities have agreed in principle on how the three exchanges would trade.",
			want: nil},
		{name: "OK/two capitals agree", pub: graph.Day(1987, 3, 4),
			text: "London and Washington agreed on Tuesday to share intelligence.",
			want: []string{"ACCORD GB-US 1987-03-03 agreed"}},
	})
}

func TestNoStatePartnerAfterAll(t *testing.T) {
	pub := graph.Day(1987, 3, 17)
	usSU := "The United States and the Soviet Union are at odds over wheat subsidies. The United States wants the Soviet Union to buy more. "
	runRuleCases(t, []ruleCase{
		{name: "FP/what will be discussed is a topic", pub: pub,
			text: usSU + "Secretary of Agriculture Richard Lyng will meet with representatives from major grain exporting companies today, and the subject of subsidized wheat to the Soviet Union will likely be discussed, an aide said.",
			want: nil},
		{name: "FP/an organisation's acronym before the meeting", pub: graph.Day(1987, 3, 23),
			text: "Brazil and the United States disagree on debt. Brazil wants relief and the United States does not. \"A debt forgiveness plan weakens confidence,\" U.S. Treasury Secretary James Baker told the IADB meeting.",
			want: nil},
		{name: "OK/an all-capital sentence is no acronym", pub: graph.Day(1987, 3, 23),
			text: "JAPANESE AND U.S. OFFICIALS BEGIN TRADE TALKS IN TOKYO TODAY.",
			want: []string{"MEETING JP-US 1987-03-23 held"}},
		{name: "FP/commercial bank discussions with a state", pub: graph.Day(1987, 3, 3),
			text: "\"We look for rapid progress in commercial bank discussions with Argentina, the Philippines, and ultimately Brazil,\" U.S. Treasury Secretary James Baker said.",
			want: nil},
	})
}

func TestNegatedMeetings(t *testing.T) {
	pub := graph.Day(1987, 3, 17)
	runRuleCases(t, []ruleCase{
		{name: "FP/did not meet", pub: pub,
			text: "Japanese Prime Minister Yasuhiro Nakasone did not meet President Reagan on Monday.",
			want: nil},
		{name: "FP/did not hold talks", pub: pub,
			text: "Chinese officials did not hold talks with Japanese officials last week.",
			want: nil},
		{name: "OK/not only met", pub: pub,
			text: "Nakasone not only met President Reagan on Monday but also spoke to Congress.",
			want: []string{"MEETING JP-US 1987-03-16 held"}},
		{name: "OK/had never met and has since met", pub: pub,
			text: "Chinese leader Deng Xiaoping had never met Soviet leader Mikhail Gorbachev before and met him in Beijing on Monday.",
			want: []string{"MEETING CN-SU 1987-03-16 held"}}, // (the second verb's subject, Deng, first: session 29)
	})
}

func TestNowExpectedIsAhead(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP/was now expected to arrive Monday", pub: graph.Day(1987, 3, 19),
			text: "Ivorian Agriculture Minister Denis Bra Kanon was now expected to arrive in London Monday for talks with British officials.",
			want: []string{"MEETING CI-GB 1987-03-23 planned"}},
		{name: "OK/were originally due in November", pub: graph.Day(1987, 12, 10),
			text: "The talks between Japan and China were originally due to take place in November.",
			want: []string{"MEETING JP-CN 1987-11 held"}},
	})
}

func TestArrivedIsDone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP/arrived after a clause of doubt", pub: graph.Day(2016, 4, 22),
			text: "Fearful that a British exit could weaken the West, U.S. President Barack Obama arrived in London to applaud Britain's EU membership.",
			want: []string{"MEETING US-GB  held"}},
	})
}

func TestTalksWithTheTwo(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP/talks with the Soviet Union and the U.S. are each the home state's", pub: graph.Day(1987, 4, 13), dateline: "KUWAIT, April 13",
			text: "They said the agreement followed months of talks with the Soviet Union and the U.S. on ways to secure its oil exports.",
			want: []string{"MEETING KW-SU  held", "MEETING KW-US  held"}},
	})
}

func TestAClubsOwnMeetingsAndAccords(t *testing.T) {
	pub := graph.Day(1987, 4, 9)
	g7 := "Finance ministers of the Group of Seven industrial nations met in Washington. The G-7 reaffirmed its currency accord. "
	runRuleCases(t, []ruleCase{
		{name: "FP/the meeting in a story of the G-7", pub: pub,
			text: g7 + "West German Finance Minister Gerhard Stoltenberg and British Chancellor of the Exchequer Nigel Lawson declined to comment on the meeting as they left the U.S. Treasury.",
			want: nil},
		{name: "FP/an accord named by its city", pub: pub,
			text: g7 + "The shifts in the Japanese and German trade surpluses and U.S. deficits since the September 1985 Plaza agreement were a concern.",
			want: nil},
		{name: "OK/a meeting with a named partner in such a story", pub: pub,
			text: g7 + "U.S. Treasury Secretary James Baker held a meeting with Japanese Finance Minister Kiichi Miyazawa on Tuesday.",
			want: []string{"MEETING US-JP 1987-04-07 held"}},
		{name: "OK/after meeting an envoy", pub: pub,
			text: g7 + "U.S. Treasury Secretary James Baker also said that after meeting Japanese special envoy Shintaro Abe, Japan intends to act.",
			want: []string{"MEETING US-JP 1987-04-09 held"}}, // (the day of saying, the story's, since session 24)
		{name: "OK/the meeting outside such a story", pub: pub,
			text: "Japan and the United States held trade talks in Washington on Tuesday. Japanese Foreign Minister Tadashi Kuranari declined to comment on the meeting.",
			want: []string{"MEETING JP-US 1987-04-07 held"}},
	})
}

func TestHomeBodiesMeetAmongThemselves(t *testing.T) {
	pub := graph.Day(1987, 3, 24)
	usJP := "The United States and Japan are at odds over microchips. Japan says it honours the pact with the United States. "
	runRuleCases(t, []ruleCase{
		{name: "FP/an advisory group meets on the issue", pub: pub,
			text: usJP + "President Reagan's trade policy advisory group will meet on the issue Wednesday.",
			want: nil},
		{name: "FP/negotiators summoned home for consultations", pub: graph.Day(1987, 3, 3),
			text: "The United States and the Soviet Union differ on arms cuts. The Soviet Union made an offer to the United States. Reagan said he was summoning the top U.S. arms negotiators home for consultations later this week.",
			want: nil},
	})
}

func TestDatesAndStatusesFromTheThirdAudit(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP/talks expected to be held", pub: graph.Day(2016, 7, 4),
			text: "He spoke of talks expected to be held between U.K. and E.U. leaders in the coming months.",
			want: []string{"MEETING GB-EU  planned"}},
		{name: "FP/what a state agreed to do in a year", pub: graph.Day(1987, 3, 30),
			text: "He said India had agreed to export to Japan about 23 mln tonnes of iron ore in 1987/88.",
			want: []string{"ACCORD IN-JP  agreed"}},
		{name: "FP/a commitment to an agreement", pub: graph.Day(1987, 3, 30),
			text: "He said the recent commitment to a free-trade agreement between the United States and Canada was a step in the right direction.",
			want: nil},
		{name: "FP/an offer made at a meeting", pub: graph.Day(1987, 10, 5),
			text: "He said the offer would be made at a meeting later this month between U.S. Trade Representative Clayton Yeutter and EC External Relations Commissioner Willy de Clercq.",
			want: []string{"MEETING US-EU 1987-10 planned"}},
	})
}

func TestSession17ReviewGuards(t *testing.T) {
	pub := graph.Day(1987, 4, 8)
	runRuleCases(t, []ruleCase{
		{name: "OK/a commitment under an accord signed", pub: pub,
			text: "U.S. officials said Japan had not met its commitment under the accord it signed with the United States last September.",
			want: []string{"ACCORD JP-US 1986-09 signed"}},
		{name: "OK/a commitment to a treaty made", pub: pub,
			text: "Washington reiterated its commitment to the ABM treaty with the Soviet Union.",
			want: []string{"ACCORD US-SU  in_force"}},
		{name: "OK/a treaty proposed to be signed at a summit", pub: pub,
			text: "Gorbachev has proposed signing the missile treaty at a summit with Reagan in Washington this year.",
			want: []string{"MEETING SU-US 1987 proposed"}},
		{name: "OK/a visit in a clause of what would be", pub: pub,
			text: "Officials said Gorbachev would sign the treaty when Reagan visited Moscow next year.",
			want: []string{"MEETING US-SU 1988 planned"}},
		{name: "OK/the first time a leader visited", pub: pub,
			text: "It would be the first time a Soviet leader visited Japan.",
			want: []string{"MEETING SU-JP  planned"}},
		{name: "OK/talks starting on a day after an arrival", pub: pub,
			text: "Japanese negotiators arrived in Washington for talks starting April 13.",
			want: []string{"MEETING JP-US 1987-04-13 planned"}},
		{name: "OK/talks held before resume on a day", pub: pub,
			text: "The talks Japan and the United States held in Tokyo resume on May 12.",
			want: []string{"MEETING JP-US 1987-05-12 planned"}},
		{name: "OK/later in another clause", pub: pub,
			text: "Japan's talks with the United States last month produced no result and Tokyo will decide on sanctions later this month.",
			want: []string{"MEETING JP-US 1987-03 held"}},
		{name: "OK/talks held due to friction", pub: pub,
			text: "Japan and the United States held talks due to mounting friction over microchips, officials said.",
			want: []string{"MEETING JP-US 1987-04-08 held"}},
		{name: "OK/a visit before going on to a summit", pub: pub,
			text: "Japanese Prime Minister Yasuhiro Nakasone will visit Washington from April 29 before going on to Venice for the summit of seven industrial nations.",
			want: []string{"MEETING JP-US 1987-04-29 planned"}},
		{name: "OK/a visit to seek support for a meeting", pub: pub,
			text: "Brazilian Finance Minister Dilson Funaro will travel to Tokyo next week to seek support for a meeting of creditor nations.",
			want: []string{"MEETING BR-JP 1987-04-13/1987-04-19 planned"}},
		{name: "OK/talks named by their topic's acronym", pub: pub,
			text: "U.S. and Soviet negotiators resumed the START talks in Geneva on Tuesday.",
			want: []string{"MEETING US-SU 1987-04-07 held"}},
		{name: "OK/talks named by a region's war", pub: pub,
			text: "Iran and Iraq began direct Gulf war peace talks in Geneva on Monday.",
			want: []string{"MEETING IR-IQ 1987-04-06 held"}},
		{name: "OK/a two-state body's meeting", pub: pub,
			text: "U.S. and Japanese officials opened a meeting of the U.S.-Japan working group on structural issues in Tokyo on Tuesday.",
			want: []string{"MEETING US-JP 1987-04-07 held"}},
		{name: "OK/a place then a plural in another clause", pub: pub,
			text: "Chinese Premier Zhao Ziyang met Japanese Prime Minister Yasuhiro Nakasone in Tokyo and called for closer ties among Asian nations.",
			want: []string{"MEETING CN-JP 1987-04-08 held"}},
		{name: "OK/not meet until a day", pub: pub,
			text: "U.S. Secretary of State George Shultz will not meet Soviet Foreign Minister Eduard Shevardnadze until Wednesday, U.S. officials said.",
			want: []string{"MEETING US-SU  planned"}}, // ("until Wednesday" bounds it: no day)
		{name: "OK/a whether clause before a comma", pub: pub,
			text: "Whether or not a summit takes place this year, U.S. Secretary of State George Shultz will meet Soviet Foreign Minister Eduard Shevardnadze in Moscow next week.",
			want: []string{"MEETING US-SU 1987-04-13/1987-04-19 planned"}},
		{name: "OK/whether talks would reach agreement", pub: pub,
			text: "Officials were unsure whether Japan and the United States would reach agreement during talks in Tokyo next week.",
			want: []string{"MEETING JP-US 1987-04-13/1987-04-19 planned"}},
		{name: "OK/flew home for talks with a foreign leader", pub: pub,
			text: "Jordan's King Hussein flew home for talks with Egyptian President Hosni Mubarak in Amman on Tuesday.",
			want: []string{"MEETING JO-EG 1987-04-07 held"}},
		{name: "OK/West Bank talks", pub: pub,
			text: "Israeli and Palestinian negotiators held West Bank water talks in Jerusalem on Tuesday.",
			want: []string{"MEETING IL-PS 1987-04-07 held"}},
		{name: "OK/after a place and a comma, the subject", pub: pub,
			text: "But in Rome, Washington and Moscow agreed on Tuesday to cut their arsenals.",
			want: []string{"ACCORD US-SU 1987-04-07 agreed"}},
		{name: "OK/a visit to cities and a capital", pub: pub,
			text: "U.S. Secretary of State George Shultz will visit Peking, Shanghai and Tokyo next month.",
			want: []string{"MEETING US-CN 1987-05 planned", "MEETING US-JP 1987-05 planned"}},
		{name: "OK/met to urge officials", pub: pub,
			text: "Japanese Trade Minister Hajime Tamura met U.S. officials here on Tuesday to urge them not to impose sanctions.",
			want: []string{"MEETING JP-US 1987-04-07 held"}},
		{name: "OK/met after a speech today", pub: pub,
			text: "Soviet Foreign Minister Eduard Shevardnadze met U.S. Secretary of State George Shultz after a speech today at the United Nations.",
			want: []string{"MEETING SU-US 1987-04-08 held"}},
	})
}
