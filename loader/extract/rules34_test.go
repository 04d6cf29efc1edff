package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 34; each a general mechanism with its own case.

// TestPopeIsHolySee: the pope heads a sovereign state, the Holy See, whose
// meetings with leaders are bilateral ones; "the pope" later in the story
// is the same man.
func TestPopeIsHolySee(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/Pope Benedict XVI, who hopes one day to visit the Holy Land, on Wednesday met Israeli Prime Minister Ehud Olmert", pub: graph.Day(2006, 12, 14),
			text: "Pope Benedict XVI, who hopes one day to visit the Holy Land, on Wednesday met Israeli Prime Minister Ehud Olmert, in Italy as part of a brief European tour.",
			want: []string{"MEETING VA-IL 2006-12-13 held"}},
		{name: "FN/Pope Francis told ... The pope met President Enrique Pena Nieto", pub: graph.Day(2016, 2, 14),
			text: "Pope Francis told bishops on Friday to help migrants. The pope met Mexican President Enrique Pena Nieto at the national palace on Saturday.",
			want: []string{"MEETING VA-MX 2016-02-13 held"}},
		{name: "FN/Pope Francis ... the pontiff met Mexican President Enrique Pena Nieto", pub: graph.Day(2016, 2, 14),
			text: "Pope Francis told bishops on Friday to help migrants. The pontiff met Mexican President Enrique Pena Nieto at the national palace on Saturday.",
			want: []string{"MEETING VA-MX 2016-02-13 held"}},
		{name: "FP/Pope Francis met with a group of circus performers, in a story of Russia and the Holy See", pub: graph.Day(2016, 2, 12),
			text: "Russia and the Vatican restored ties in 2009. Pope Francis met with a group of circus performers on Wednesday.",
			want: []string{"RELATIONS RU-VA 2009 held"}},
		{name: "OK/Pope Francis met with a group of circus performers", pub: graph.Day(2016, 1, 14),
			text: "Pope Francis met with a group of circus performers on Wednesday following his usual weekly meeting with the faithful.",
			want: nil},
	})
}

// TestPopeNamedNotActing: a pope named as the church's head lists no Holy
// See among the story's countries; one who meets a state's leader does.
func TestPopeNamedNotActing(t *testing.T) {
	runCountryCases(t, graph.Day(2016, 5, 10), []countryCase{
		{name: "FP/insults of Pope Francis in a largely Catholic country",
			text: "Philippine presidential candidate Rodrigo Duterte stunned observers with his insults of Pope Francis in a largely Catholic country.",
			want: []string{"PH"}},
		{name: "OK/Pope Francis met Philippine President Benigno Aquino",
			text: "Pope Francis met Philippine President Benigno Aquino at the presidential palace in Manila on Friday.",
			want: []string{"PH", "VA"}},
	})
}

// TestVisitsPastAMeeting: "The visits" refers back to the visits told, not
// to a meeting told in the sentence between.
func TestVisitsPastAMeeting(t *testing.T) {
	pub := graph.Day(2016, 1, 18)
	runRuleCases(t, []ruleCase{
		{name: "FP/Rouhani would be in Italy and leave for Paris. He is to meet Pope Francis. The visits were due in November", pub: pub,
			text: "Iranian President Hassan Rouhani will visit Italy and France next week. The source said Rouhani would be in Italy on Jan. 25-26 and leave for Paris on Jan. 27. He is scheduled to meet Pope Francis on the second day. The visits were originally due to take place in November but were canceled after the attacks in Paris.",
			want: []string{"MEETING IR-IT 2016-01-25/2016-01-26 planned", "MEETING IR-FR 2016-01-27 planned", "MEETING IR-VA 2016-01-26 planned",
				"MEETING IR-IT 2015-11 cancelled", "MEETING IR-FR 2015-11 cancelled"}},
		{name: "OK/He will visit Italy. The visit was due in November", pub: pub,
			text: "Iranian President Hassan Rouhani will visit Italy next week. The visit was originally due to take place in November but was canceled after the attacks in Paris.",
			want: []string{"MEETING IR-IT 2016-01-25/2016-01-31 planned", "MEETING IR-IT 2015-11 cancelled"}},
	})
}

// TestAccordOfATimeToCome: an accord a time clause sets in the present
// ("until an agreement is reached", "once a deal is signed with") is one
// still to be made; "after an agreement was signed" was made.
func TestAccordOfATimeToCome(t *testing.T) {
	pub := graph.Day(1987, 6, 18)
	runRuleCases(t, []ruleCase{
		{name: "FP/Japan will keep the tariffs until an agreement is reached with the United States", pub: pub,
			text: "Japan will keep the tariffs until an agreement is reached with the United States.",
			want: nil},
		{name: "FP/Japan will lift the tariffs once an agreement is signed with the United States", pub: pub,
			text: "Japan will lift the tariffs once an agreement is signed with the United States.",
			want: nil},
		{name: "FP/Japan will lift the tariffs after an agreement with the United States is signed", pub: pub,
			text: "Japan will lift the tariffs after an agreement with the United States is signed.",
			want: nil},
		{name: "OK/Japan lifted the tariffs after an agreement was signed with the United States in May", pub: pub,
			text: "Japan lifted the tariffs after an agreement was signed with the United States in May.",
			want: []string{"ACCORD JP-US 1987-05 signed"}},
		{name: "OK/Egypt signed with Japan for a 20 mln dlr credit", pub: pub,
			text: "Egypt signed with Japan for a 20 mln dlr credit.",
			want: []string{"ACCORD EG-JP 1987-06-18 signed"}},
	})
}

// TestBodyNameIsNoPerson: "Japan's state Export-Import Bank" names a
// body, not a person "Bank" of Japan whom "World Bank President Barber
// Conable" would then be.
func TestBodyNameIsNoPerson(t *testing.T) {
	pub := graph.Day(1987, 3, 21)
	runRuleCases(t, []ruleCase{
		{name: "FP/World Bank President ... Conable, who flew to Indonesia from Tokyo, will meet with President Suharto", pub: pub,
			text: "World Bank President Barber Conable is expected to press Indonesia to maintain the momentum of economic policy changes. Conable, who flew to Indonesia yesterday from Tokyo, will meet with President Suharto and senior economic ministers. Japan's state Export-Import Bank last month agreed to provide around 900 mln dlrs in untied credits to help Indonesia.",
			want: []string{"ACCORD JP-ID 1987-02 agreed"}},
	})
}

// TestOpenerMeetingsHere: "At meetings here this week, Bank of England
// officials pressed their Japanese counterparts": the sides of talks that
// open the sentence are its subject and object, past "here" and the
// officials of a body.
func TestOpenerMeetingsHere(t *testing.T) {
	pub := graph.Day(1987, 4, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/At meetings here this week, Bank of England officials pressed their Japanese counterparts", pub: pub,
			text: "At meetings here this week, Bank of England officials pressed their Japanese counterparts to change regulations.",
			want: []string{"MEETING GB-JP 1987-04-06/1987-04-09 held"}},
		{name: "OK/In talks last week, the U.S. criticised Japan's fiscal policy", pub: pub,
			text: "In talks last week, the U.S. criticised Japan's fiscal policy.",
			want: []string{"MEETING US-JP 1987-03-30/1987-04-05 held"}},
	})
}

// TestTitleCurrency: "RAISES 48 MLN U.S. DOLLARS" names a currency, not a
// state of the story, as "U.S. dollars" in its text does not.
func TestTitleCurrency(t *testing.T) {
	runTitleCountryCases(t, graph.Day(1987, 3, 30),
		"Ssangyong Construction Co Ltd of South Korea has signed a 48.3 mln U.S. dlr financing package to fund the construction of a hotel in Jakarta, the agent said.",
		[]titleCountryCase{
			{"FP/SSANGYONG CONSTRUCTION RAISES 48 MLN U.S. DOLLARS", "SSANGYONG CONSTRUCTION RAISES 48 MLN U.S. DOLLARS", []string{"KR"}},
			{"OK/SOUTH KOREA SIGNS U.S. LOAN", "SOUTH KOREA SIGNS U.S. LOAN", []string{"KR", "US"}},
		})
}

// TestAccordHeldTo: an accord a state is said to honour, uphold or break
// is in force between it and the state that holds it to it, the one other
// state its sentence names (or, named alone, the other of the story's
// pair); dated by its own phrase only.
func TestAccordHeldTo(t *testing.T) {
	pub := graph.Day(1987, 6, 18)
	pair := "Japan and the United States are at odds over trade in computer chips. Japan said it would cut output. "
	runRuleCases(t, []ruleCase{
		{name: "FN/Washington imposed the tariffs because of Japan's alleged failure to uphold a 1986 agreement", pub: pub,
			text: "Washington imposed the tariffs because of Japan's alleged failure to uphold a 1986 agreement on semiconductor trade.",
			want: []string{"ACCORD JP-US 1986 signed"}},
		{name: "FN/The United States has accused Japan of reneging on the semiconductor pact", pub: pub,
			text: "The United States has accused Japan of reneging on the semiconductor pact by failing to stop the flow of cut-price chips.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "FN/against Japan for breaking its semiconductor agreement with the United States", pub: pub,
			text: "White House officials said President Reagan was ready to impose retaliatory trade action against Japan for breaking its semiconductor agreement with the United States.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "FN/in retaliation for Japan's alleged failure to honour a semiconductor trade pact, in a story of the pair", pub: pub, title: "JAPAN AND U.S. AT ODDS OVER CHIP PACT",
			text: pair + "The tariffs are in retaliation for Japan's alleged failure to honour a semiconductor trade pact.",
			want: []string{"ACCORD JP-US  agreed"}},
		{name: "FN/U.S. and Japanese officials reviewed Japan's compliance with the agreement earlier this week: undated", pub: pub,
			text: "U.S. and Japanese officials reviewed Japan's compliance with the agreement earlier this week.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "FP/Turkey and Saudi Arabia were behind violations of the deal", pub: pub,
			text: "Foreign Minister Walid al-Moualem told U.N. envoy Staffan de Mistura that Turkey and Saudi Arabia were behind violations of the deal.",
			want: nil},
		{name: "FP/criticised the U.S. for violating an agreement with Southeast Asian producers", pub: pub,
			text: "Malaysian miners criticised the U.S. for violating an agreement with Southeast Asian producers by selling more stockpiled tin in 1986 than agreed.",
			want: nil},
		{name: "FP/whether the tariff violates the General Agreement on Tariffs and Trade", pub: pub,
			text: "The Senate asked the U.S. Trade Representative whether the Canadian tariff violates the General Agreement on Tariffs and Trade.",
			want: nil},
		{name: "FP/Recognizing Israel, honoring previous agreements with Israel ... are requirements", pub: pub,
			text: "Israel and the Palestinians remain far apart. Recognizing Israel, honoring previous agreements with Israel and renouncing violence are requirements of the Quartet to lift the siege on the Palestinians.",
			want: nil},
		{name: "OK/The cessation of hostilities drawn up by Washington and Moscow ... attacks were violating the agreement", pub: graph.Day(2016, 2, 29),
			text: "The cessation of hostilities drawn up by Washington and Moscow faced nullification because Syrian government attacks were violating the agreement, the official said.",
			want: []string{"ACCORD US-RU 2016-02-29 agreed"}},
	})
}

// TestWeekdayTakesClauseTense: a bare weekday far from its clause's verb
// takes that verb's tense, as a month does ("Greece will press for ...
// at Monday's emergency EU summit with Turkey": the coming Monday).
func TestWeekdayTakesClauseTense(t *testing.T) {
	pub := graph.Day(2016, 3, 6)
	runRuleCases(t, []ruleCase{
		{name: "FN/Greece will press for solidarity ... at Monday's emergency EU summit with Turkey", pub: pub,
			text: "Greece will press for solidarity with refugees and fair burden-sharing among European Union states at Monday's emergency EU summit with Turkey.",
			want: []string{"MEETING EU-TR 2016-03-07 planned"}},
		{name: "FN/no plans for ... Funaro to meet commercial bankers during his trip to Washington on Friday and Saturday", pub: graph.Day(1987, 2, 26),
			text: "Bankers said there are no plans for Brazilian finance minister Dilson Funaro to meet commercial bankers during his trip to Washington on Friday and Saturday.",
			want: []string{"MEETING BR-US 1987-02-27/1987-02-28 planned"}},
		{name: "OK/Greece pressed for solidarity ... at Monday's emergency EU summit with Turkey", pub: pub,
			text: "Greece pressed for solidarity with refugees and fair burden-sharing among European Union states at Monday's emergency EU summit with Turkey.",
			want: []string{"MEETING EU-TR 2016-02-29 held"}},
	})
}
