package extract

import (
	"slices"
	"testing"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// Rules of session 6, each a general mechanism with its own case.

func TestNamedAccords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the parties of a named accord", pub: graph.Day(2016, 3, 8),
			text: "The U.S.-Korea Free Trade Agreement was signed in 2007.",
			want: []string{"ACCORD US-KR 2007 signed"}},
		{name: "OK/a person-like country name before a named accord", pub: graph.Day(1987, 3, 8),
			text: "He said the U.S./Israel Free Trade agreement, passed in 1985, eliminated all duties between the two nations.",
			want: []string{"ACCORD US-IL 1985 agreed"}},
		{name: "OK/a savings and loan is no named accord", pub: graph.Day(1987, 3, 8),
			text: "Financial Corporation of America's American Savings and Loan Association unit said it signed a definitive agreement to buy three branches from Gibraltar Financial Corp's Gibraltar Savings unit.",
			want: nil},
		{name: "OK/the wire's capital after U.S. names nothing", pub: graph.Day(1987, 3, 8),
			text: "Poehl said that financial markets had not fully realised the significance of the U.S. Agreement to stem further falls in the dollar.",
			want: nil},
	})
}

func TestTradePartner(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the state an accord buys from", pub: graph.Day(1987, 3, 26),
			text: "India has signed a trade protocol to buy up to 15,000 tonnes of asbestos fibre from Zimbabwe in exchange for Indian goods.",
			want: []string{"ACCORD IN-ZW 1987-03-26 signed"}},
		{name: "OK/the state an accord sells to", pub: graph.Day(2015, 2, 16),
			text: "Egypt signed a deal on Monday to buy 24 Rafale fighter jets from France.",
			want: []string{"ACCORD EG-FR 2015-02-16 signed"}},
		{name: "OK/a company's sale names no party", pub: graph.Day(1987, 3, 26),
			text: "Allied Corp said it signed an agreement to sell its unit to Hungary's Ikarus.",
			want: nil},
		{name: "OK/a clause break ends the purpose", pub: graph.Day(1987, 3, 26),
			text: "India has signed a trade protocol to buy tea, which it will ship to Zimbabwe.",
			want: nil},
	})
}

func TestExchangedViews(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/exchanged views with a counterpart", pub: graph.Day(2006, 3, 8),
			text: "Chinese Foreign Minister Li Zhaoxing exchanged views with his Japanese counterpart on Monday.",
			want: []string{"MEETING CN-JP 2006-03-06 held"}},
		{name: "OK/views exchanged by no named state", pub: graph.Day(2006, 3, 8),
			text: "Experts exchanged views on the economy on Monday.",
			want: nil},
		{name: "OK/views to exchange later are planned talks", pub: graph.Day(2006, 3, 8),
			text: "Chinese Foreign Minister Li Zhaoxing will exchange views with his Japanese counterpart next week.",
			want: []string{"MEETING CN-JP 2006-03-13/2006-03-19 planned"}},
	})
}

func TestComingMonthDay(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a planned visit's month-day is the coming one", pub: graph.Day(1998, 3, 4),
			text: "Chinese President Jiang Zemin will pay a state visit to the United States from October 26 to November 3.",
			want: []string{"MEETING CN-US 1998-10-26/1998-11-03 planned"}},
		{name: "OK/a future verb next to the month-day", pub: graph.Day(1998, 3, 4),
			text: "Chinese President Jiang Zemin will visit the United States on October 26.",
			want: []string{"MEETING CN-US 1998-10-26 planned"}},
		{name: "OK/a held visit keeps the nearest month-day", pub: graph.Day(1998, 3, 4),
			text: "Chinese President Jiang Zemin visited the United States from October 26 to November 3.",
			want: []string{"MEETING CN-US 1997-10-26/1997-11-03 held"}},
	})
}

func TestNamedGatherings(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a summit with a name of its own is a gathering", pub: graph.Day(2016, 3, 24),
			text: "Belgian Prime Minister Charles Michel will attend the Nuclear Security Summit in Washington next week.",
			want: nil},
		{name: "OK/a summit with world leaders is a gathering", pub: graph.Day(2016, 3, 26),
			text: "The United States will review its efforts against Islamic State militants during a nuclear summit with world leaders next week, Obama said.",
			want: nil},
		{name: "OK/a summit named by its parties is theirs", pub: graph.Day(1987, 3, 24),
			text: "The Reagan-Gorbachev Summit will be held in Washington next week.",
			want: []string{"MEETING US-SU 1987-03-30/1987-04-05 planned"}},
	})
}

func TestSkippedMeetings(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a skipped summit did not take place", pub: graph.Day(2016, 3, 24),
			text: "Duterte skipped the summit with the United States on Wednesday.",
			want: []string{"MEETING PH-US 2016-03-23 cancelled"}},
		{name: "OK/a boycotted meeting did not take place", pub: graph.Day(1987, 3, 24),
			text: "On February 22, Italy boycotted a meeting with France in Paris.",
			want: []string{"MEETING IT-FR 1987-02-22 cancelled"}},
	})
}

func TestAccordAfterAside(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/signed up for a loan, then signed after a relative aside", pub: graph.Day(1987, 6, 18), dateline: "BELGRADE",
			text: "Yugoslavia has signed up for a 550 mln ECU loan from the European Community (EC), the official Tanjug news agency said.\n\n" +
				"It said the agreement, which has yet to be ratified by the 12 EC countries and the European Parliament, was signed last night in Brussels.\n\n" +
				"The 20 year loan will be used to complete the trans-Yugoslavia motorway.\n\n" +
				"Yugoslavia's request for a 100 mln ECU grant was refused by the EC, but will be discussed again, Tanjug added.",
			want: []string{"ACCORD YU-EU 1987-06-17 signed"}},
		{name: "OK/a verb in the aside still states the accord", pub: graph.Day(1987, 6, 18),
			text: "The agreement between Yugoslavia and the EC, which was signed in 1986, expires today.",
			want: []string{"ACCORD YU-EU 1986 signed"}},
	})
}

func TestReceivedLoans(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a loan received from a state's bank", pub: graph.Day(1987, 6, 12),
			text: "The Philippines has received a 300 mln dlr loan from the Japanese Export-Import Bank, Finance Minister Jaime Ongpin said.",
			want: []string{"ACCORD PH-JP 1987-06-12 agreed"}},
		{name: "OK/a received agreement is no accord", pub: graph.Day(1987, 6, 12),
			text: "The Philippines has received a draft agreement from Japan.",
			want: nil},
	})
}

func TestAfterTalksSubject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the speaker after opening talks held them", pub: graph.Day(2016, 2, 17),
			text: "After talks with Putin on Friday, Turkish President Tayyip Erdogan said relations would improve.",
			want: []string{"MEETING TR-RU 2016-02-12 held"}},
		{name: "OK/the sayer before after-talks held them", pub: graph.Day(2016, 2, 17),
			text: "Zarif said on Monday after talks in Brussels with EU foreign policy chief Federica Mogherini that the deal was holding.",
			want: []string{"MEETING IR-EU 2016-02-15 held"}},
		{name: "OK/talks that broke down name no speaker", pub: graph.Day(2016, 2, 17),
			text: "After talks with Putin broke down, the opposition walked out.",
			want: nil},
	})
}

func TestMeetingOfManyMinisters(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a meeting of ministers from many states is a gathering", pub: graph.Day(2016, 6, 25),
			text: "Jean-Marc Ayrault said on his way to a meeting in Berlin of foreign ministers from the six founding members of the EU - Germany, France, Italy.",
			want: nil},
		{name: "OK/a meeting of producing countries is a gathering", pub: graph.Day(1987, 3, 20),
			text: "Colombia will not attend a meeting of coffee producing countries scheduled for this weekend in Nicaragua.",
			want: nil},
		{name: "OK/a meeting of prime ministers of the two states named is theirs", pub: graph.Day(1987, 4, 2),
			text: "South Korea proposed a meeting of prime ministers with North Korea.",
			want: []string{"MEETING KR-KP  proposed"}},
		{name: "OK/a meeting of a bloc's ministers with an outsider", pub: graph.Day(2016, 7, 17),
			text: "Kerry is due to attend a meeting of EU foreign ministers in Brussels on Monday.",
			want: []string{"MEETING US-EU 2016-07-18 planned"}},
	})
}

func TestReceivedGuests(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a host received a leader", pub: graph.Day(2016, 9, 8),
			text: "Putin received Abe in the Kremlin on Monday.",
			want: []string{"MEETING RU-JP 2016-09-05 held"}},
		{name: "OK/a host received a titled officer", pub: graph.Day(2016, 9, 8),
			text: "Abe received Chinese Foreign Minister Wang Yi on Monday.",
			want: []string{"MEETING JP-CN 2016-09-05 held"}},
		{name: "OK/a welcomed announcement is no guest", pub: graph.Day(1987, 3, 20),
			text: "The Canadian government welcomed President Reagan's announcement that he would seek 2.5 billion dlrs.",
			want: nil},
		{name: "OK/a received letter is no guest", pub: graph.Day(2016, 9, 8),
			text: "Obama received a letter from Putin on Monday.",
			want: nil},
	})
}

func TestRelationsBySignedDocument(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a communique signed establishing relations", pub: graph.Day(2017, 6, 15),
			text: "China and Panama signed a joint communique establishing diplomatic relations on Tuesday.",
			want: []string{"RELATIONS CN-PA 2017-06-13 held"}},
		{name: "OK/a communique only hoped for establishes nothing", pub: graph.Day(2017, 6, 15),
			text: "China and Panama may sign a joint communique establishing diplomatic relations next week.",
			want: nil},
	})
}

func TestTitleSpeakerOwnsUnnamedAgency(t *testing.T) {
	r := Extract(Input{Title: "Turkey says Russia violated its airspace", Published: graph.Day(2016, 1, 30),
		Text: "Turkey says a Russian jet has violated its airspace and it has summoned the Russian ambassador to Ankara.\n\n" +
			"The foreign ministry said a Russian SU-34 jet violated Turkish airspace on Friday despite warnings in Russian and English.\n\n" +
			"Tensions have been high between Ankara and Moscow since Turkey shot down a Russian plane near Syria in November."}, Options{})
	var got []string
	for _, a := range r.Agencies {
		got = append(got, a.Country+" "+a.Name)
	}
	if !slices.Contains(got, "TR Ministry of Foreign Affairs") || slices.Contains(got, "RU Ministry of Foreign Affairs") {
		t.Errorf("agencies %q: want the foreign ministry of Turkey, the title's speaker", got)
	}
	if got := titleSpeaker("China warns U.S. over South China Sea", gazetteer.FindCountries("China warns U.S. over South China Sea")); got != "CN" {
		t.Errorf("titleSpeaker: got %q, want CN", got)
	}
	if got := titleSpeaker("Obama says Cuba visit a success", gazetteer.FindCountries("Obama says Cuba visit a success")); got != "" {
		t.Errorf("titleSpeaker: got %q, want none (the speaker is no country)", got)
	}
}

func TestPostedOfficersActForNoState(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a U.N. envoy posted to a country is not its officer", pub: graph.Day(2016, 4, 4),
			text: "U.N. Syria envoy Staffan de Mistura said talks would resume.\n\n" +
				"De Mistura was to meet on Tuesday with Russian Foreign Minister Sergey Lavrov to discuss the next round of the talks.",
			want: nil},
		{name: "OK/a state's envoy is its officer", pub: graph.Day(2016, 4, 4),
			text: "Russian envoy Alexander Lavrentiev said on Monday he was hopeful.\n\n" +
				"Lavrentiev was to meet on Tuesday with Syrian Foreign Minister Walid al-Moualem.",
			want: []string{"MEETING RU-SY 2016-04-05 planned"}},
	})
}
