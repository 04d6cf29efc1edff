package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 7, each a general mechanism with its own case.

func TestWhenClauseDates(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a since date's when clause is dated by it", pub: graph.Day(2016, 4, 12),
			text: "Asylum applications in Greece have been piling up since March, when the European Union and Turkey signed an agreement to close the route.",
			want: []string{"ACCORD EU-TR 2016-03 signed"}},
		{name: "OK/a when clause without a comma", pub: graph.Day(1987, 4, 12),
			text: "Agreement on the loan was reached in principle last September when President Corazon Aquino visited the U.S.",
			want: []string{"MEETING PH-US 1986-09 held"}},
		{name: "OK/a when clause shares the date of a visit before it", pub: graph.Day(2016, 4, 12),
			text: "The talks follow a visit in March, when Chinese President Xi Jinping met Obama in Washington.",
			want: []string{"MEETING CN-US 2016-03 held"}},
		{name: "OK/the event before the date keeps it", pub: graph.Day(1987, 3, 12),
			text: "The Commissioners, led by President Jacques Delors, will pay a two-day visit to Bonn on April 1-2 when they were due for a meeting with the West German government.",
			want: []string{"MEETING EU-DE 1987-04-01/1987-04-02 planned"}},
		{name: "OK/the main clause of a since date is not dated by it", pub: graph.Day(1987, 4, 12),
			text: "Talks between Japan and China have stalled since March, when a dispute erupted.",
			want: []string{"MEETING JP-CN  held"}},
		{name: "OK/last with a month-day is that day", pub: graph.Day(1987, 4, 12),
			text: "Relations improved after last October 28, when Japan and China signed a trade pact.",
			want: []string{"ACCORD JP-CN 1986-10-28 signed"}},
	})
}

func TestPossessiveDates(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a day's meeting after by is that day's, not a bound", pub: graph.Day(1987, 10, 20),
			text: "Cooperation was strengthened by Monday's meeting between U.S. Treasury Secretary James Baker and West German Finance Minister Gerhard Stoltenberg, he added.",
			want: []string{"MEETING US-DE 1987-10-19 held"}},
		{name: "OK/last year's summit after since", pub: graph.Day(1987, 10, 20),
			text: "Relations have improved since last year's summit between Japan and China.",
			want: []string{"MEETING JP-CN 1986 held"}},
		{name: "OK/a since bound without a possessive dates nothing", pub: graph.Day(1987, 10, 20),
			text: "Japan and China have held talks since Monday.",
			want: []string{"MEETING JP-CN  held"}},
	})
}

func TestPairWithPortfolio(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the two foreign ministers are the story's pair", pub: graph.Day(2016, 3, 8),
			text: "Chinese President Xi Jinping will visit the United States next week. The two foreign ministers met on Thursday.",
			want: []string{"MEETING CN-US 2016-03-14/2016-03-20 planned", "MEETING CN-US 2016-03-03 held"}},
		{name: "OK/both defence chiefs", pub: graph.Day(2016, 3, 8),
			text: "Chinese President Xi Jinping will visit the United States next week. Both defence chiefs met on Saturday.",
			want: []string{"MEETING CN-US 2016-03-14/2016-03-20 planned", "MEETING CN-US 2016-03-05 held"}},
		{name: "OK/foreign ministers without two are a gathering", pub: graph.Day(2016, 3, 8),
			text: "Chinese President Xi Jinping will visit the United States next week. The foreign ministers met on Sunday.",
			want: []string{"MEETING CN-US 2016-03-14/2016-03-20 planned"}},
		{name: "OK/between the two before a verb", pub: graph.Day(2016, 6, 5),
			text: "Sun said China's military was working well with counterparts in the U.S., and cited an agreement between the two to manage unplanned encounters at sea.",
			want: []string{"ACCORD CN-US  agreed"}}, // (", and cited": the Chinese speaker's side first since session 31)
	})
}

func TestFrontedDates(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a fronted date dates a long coordinated subject's meeting", pub: graph.Day(1987, 4, 29),
			text: "Last week, Japanese Foreign Minister Tadashi Kuranari and his Chinese counterpart Wu Xueqian met in Tokyo.",
			want: []string{"MEETING JP-CN 1987-04-20/1987-04-26 held"}},
		{name: "OK/a fronted date before a verb of saying is the day of saying", pub: graph.Day(2016, 7, 14),
			text: "On Thursday, the official newspaper of China's ruling Communist Party said China had shown it can fix territorial issues via talks, pointing to an agreement reached between Vietnam and Laos over their boundary.",
			want: []string{"ACCORD VN-LA  agreed"}},
	})
}

func TestNextDayDates(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the next day follows the day the sentence before told", pub: graph.Day(2006, 11, 3),
			text: "Cambodian Prime Minister Hun Sen arrived in Beijing on Sunday. The next day, he held talks with Chinese Premier Wen Jiabao in Shanghai.",
			want: []string{"MEETING KH-CN 2006-10-29/2006-10-30 held"}},
		{name: "OK/talks on the next day of a visit are the visit", pub: graph.Day(2006, 11, 3),
			text: "Cambodian Prime Minister Hun Sen arrived in Beijing on Sunday for a five-day visit. The next day, he held talks with Chinese Premier Wen Jiabao.",
			want: []string{"MEETING KH-CN 2006-10-29/2006-11-02 held"}},
		{name: "OK/days later count from the day last told", pub: graph.Day(2006, 11, 3),
			text: "Cambodian Prime Minister Hun Sen arrived in Beijing on Sunday. Two days later, Cambodia and China signed an accord.",
			want: []string{"MEETING KH-CN 2006-10-29 held", "ACCORD KH-CN 2006-10-31 signed"}},
		{name: "OK/the next day after a day in the same sentence", pub: graph.Day(2016, 6, 27),
			text: "Japan's foreign minister will arrive in Seoul on Tuesday and meet his South Korean counterpart the next day.",
			want: []string{"MEETING JP-KR 2016-06-28/2016-06-29 planned"}},
	})
}

func TestLongAccordObjects(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a weak accord noun at the end of a long object", pub: graph.Day(1998, 2, 27),
			text: "Russian President Boris Yeltsin and his Ukrainian counterpart Leonid Kuchma signed a 10-year economic cooperation program on Friday.",
			want: []string{"ACCORD RU-UA 1998-02-27 signed"}},
		{name: "OK/agreements on coordinated modifiers of one head are one accord", pub: graph.Day(2006, 11, 3),
			text: "China and Cambodia on Thursday signed eight agreements on economic and technical cooperation.",
			want: []string{"ACCORD CN-KH 2006-11-02 signed"}},
		{name: "OK/a preposition between breaks the object", pub: graph.Day(1998, 2, 27),
			text: "Russia and Ukraine signed a report on the economic program on Friday.",
			want: nil},
	})
}

func TestCallsHisCounterpart(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/called his counterpart", pub: graph.Day(2016, 2, 20),
			text: "Kerry called his Russian counterpart Sergei Lavrov on Saturday.",
			want: []string{"MEETING US-RU 2016-02-20 held"}},
		{name: "OK/received his counterpart", pub: graph.Day(2006, 11, 2),
			text: "Brazilian President Luiz Inacio Lula da Silva received his Argentine counterpart Nestor Kirchner in Brasilia on Tuesday.",
			want: []string{"MEETING BR-AR 2006-10-31 held"}},
		{name: "OK/called his own words", pub: graph.Day(2016, 2, 20),
			text: "Kerry called his remarks a mistake on Saturday.",
			want: nil},
	})
}

func TestIsToTravel(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/is to travel names a coming day", pub: graph.Day(1998, 3, 10),
			text: "Primakov is to travel to Washington on Wednesday for talks with U.S. Secretary of State Madeleine Albright.",
			want: []string{"MEETING RU-US 1998-03-11 planned"}},
		{name: "OK/is to arrive", pub: graph.Day(1987, 3, 5),
			text: "Brazilian Finance Minister Dilson Funaro is now on his way to Tokyo, where he is to arrive on Sunday for talks with Japanese officials.",
			want: []string{"MEETING BR-JP 1987-03-08 planned"}},
	})
}

func TestNationalTitles(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/an office only one state has", pub: graph.Day(2005, 2, 10),
			text: "Secretary of State Condoleezza Rice met Israeli Prime Minister Ariel Sharon in Jerusalem on Monday.",
			want: []string{"MEETING US-IL 2005-02-07 held"}},
		{name: "OK/the British secretary of state for a region is no American", pub: graph.Day(2016, 2, 10),
			text: "Secretary of State for Northern Ireland Theresa Villiers met Irish Foreign Minister Charlie Flanagan on Monday.",
			want: []string{"MEETING GB-IE 2016-02-08 held"}},
		{name: "OK/a shared title names no state", pub: graph.Day(1987, 3, 20),
			text: "Treasury Secretary Mario Brodersohn met Japanese bankers on Thursday.",
			want: nil},
	})
}

func TestAfterTalksInsideVisit(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/an accord after talks takes the talks' day, not the visit's span", pub: graph.Day(2006, 11, 7),
			text: "Chinese President Hu Jintao held talks with visiting South African President Thabo Mbeki in Beijing on Tuesday. " +
				"After the talks, Hu and Mbeki attended the signing of five agreements. " +
				"Mbeki arrived in Beijing on Monday for a four-day state visit.",
			// (the visit's evidence is the sentence that dates it, so it comes last)
			want: []string{"ACCORD CN-ZA 2006-11-07 signed", "MEETING ZA-CN 2006-11-06/2006-11-09 held"}},
	})
}

func TestAnotherMeeting(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/another summit is not the one just held", pub: graph.Day(1997, 11, 1),
			text: "Japanese Prime Minister Ryutaro Hashimoto and Russian President Boris Yeltsin met for informal talks in Krasnoyarsk. " +
				"The two leaders also agreed to hold another informal summit in Japan next spring.",
			want: []string{"MEETING JP-RU 1997-11-01 held", "MEETING JP-RU 1998 planned"}},
		{name: "OK/the third leg of a trip is that trip", pub: graph.Day(1987, 3, 4),
			text: "Brazilian Finance Minister Dilson Funaro, on the third leg of a trip to Europe, met West German Finance Minister Gerhard Stoltenberg today.",
			want: []string{"MEETING BR-DE 1987-03-04 held"}},
	})
}

func TestTripEnded(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a trip that ended on a day ends there", pub: graph.Day(1998, 8, 20),
			text: "President Clinton's nine-day trip to China ended July 3.",
			want: []string{"MEETING US-CN 1998-06-25/1998-07-03 held"}},
		{name: "OK/a trip that began on a day starts there", pub: graph.Day(1998, 8, 20),
			text: "President Clinton's nine-day trip to China began June 25.",
			want: []string{"MEETING US-CN 1998-06-25/1998-07-03 held"}},
	})
}

func TestSaidThatIt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/it after said that is the sayer", pub: graph.Day(2004, 12, 20),
			text: "The EU has also announced that it will start accession talks with Croatia in April 2005.",
			want: []string{"MEETING EU-HR 2005-04 planned"}},
		{name: "OK/it is time names no state", pub: graph.Day(2004, 12, 20),
			text: "U.S. Secretary of State John Kerry said that it was time to hold talks with Iran.",
			want: nil},
	})
}

func TestUndatedLeaders(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/an undated text places a leader whose name one state had", pub: graph.Date{},
			text: "Mr Blair held talks with Israeli Prime Minister Ariel Sharon.",
			want: []string{"MEETING GB-IL  held"}},
	})
}

func TestPartnersWithoutSubject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/partners of the country the story is filed from", pub: graph.Day(2005, 11, 30), dateline: "DHAKA, Nov. 30 (Xinhua)",
			text: "Meanwhile, officials said, the agreements that were signed with Mauritius and Qatar are awaiting approval from the cabinet.",
			want: []string{"ACCORD BD-MU  signed", "ACCORD BD-QA  signed"}},
		{name: "OK/no home, no pair of partners", pub: graph.Day(1987, 3, 20),
			text: "Bankers say the issue will probably recur in talks with Argentina and Brazil.",
			want: nil},
		{name: "OK/a long list is a round with many", pub: graph.Day(1987, 3, 20), dateline: "BRUSSELS, March 20",
			text: "It is also doubtful that the talks with China, Syria, Libya and Iraq will have positive results.",
			want: nil},
	})
}

func TestFamilyNamesAndSaidAtMeeting(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a Chinese name is repeated by its family name, said at a meeting on the lead's day", pub: graph.Day(2005, 11, 28),
			text: "Chinese Vice President Zeng Qinghong said here Monday that ties were strong.\n\n" +
				"The friendship has a solid foundation, Zeng said during a meeting with Sudanese Foreign Minister Lam Akol.",
			want: []string{"MEETING CN-SD 2005-11-28 held"}},
		{name: "OK/a Korean family name names nobody", pub: graph.Day(2016, 3, 31),
			text: "South Korean President Park Geun-hye met Japanese Prime Minister Shinzo Abe on Thursday.\n\n" +
				"Park said the leaders had discussed ways to pressure North Korea.",
			want: []string{"MEETING KR-JP 2016-03-31 held"}},
	})
}
