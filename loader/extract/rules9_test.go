package extract

import (
	"slices"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 9, each a general mechanism with its own case. They came
// from a precision study of the extractor's output on unlabelled bulk news.

// pairUSJP makes the United States and Japan the story's main pair, so that
// a sentence naming one of them would get the other as partner.
const pairUSJP = "Japan and the United States disagree on chips. Japan's exports to the United States rose again. "

func TestMeetInOtherSenses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/targets a clause says someone must meet", pub: graph.Day(1987, 3, 25), title: "U.S. and Japan to hold trade talks",
			text: pairUSJP + "The law sets a series of deficit targets that Congress must meet.",
			want: nil},
		{name: "OK/conditions that have been met", pub: graph.Day(2016, 7, 15),
			text: "Norway and China trade a lot. China's investors buy firms in Norway. Norway's Opera Software will say by Monday whether all the conditions of a takeover bid by a Chinese consortium have been met, the firm said on Friday.",
			want: nil},
		{name: "OK/met by a response", pub: graph.Day(1987, 3, 25),
			text: "Iran and the United States are foes. The United States' navy patrols near Iran. A Foreign Ministry spokesman said any attempt at interference would be met by a strong response from Iran.",
			want: nil},
		{name: "OK/meeting one's responsibilities", pub: graph.Day(2016, 6, 27),
			text: "Britain and Switzerland are on alert after the vote. Swiss and British banks cut rates. The Bank of England will take all necessary steps to meet its responsibilities for financial stability.",
			want: nil},
		{name: "OK/met by an officer is a meeting", pub: graph.Day(1987, 3, 25),
			text: "Secretary of State George Shultz was met by Japanese Foreign Minister Tadashi Kuranari at Tokyo airport on Tuesday.",
			want: []string{"MEETING US-JP 1987-03-24 held"}},
	})
}

func TestCoHosts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/co-hosts of a tournament meet no one", pub: graph.Day(2016, 6, 12),
			text: "UEFA imposed sanctions for incidents at that tournament, which was hosted by Poland and Ukraine.",
			want: nil},
		{name: "OK/a host meets its guest", pub: graph.Day(2016, 6, 12),
			text: "Polish President Andrzej Duda hosted Ukrainian President Petro Poroshenko in Warsaw on Friday.",
			want: []string{"MEETING PL-UA 2016-06-10 held"}},
	})
}

func TestInternalPeaceTalks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/one state's peace talks take no partner", pub: graph.Day(2016, 2, 4),
			text: "Russia and Syria are allies. Russia bombs rebels in Syria. Since the last Syrian peace talks took place in early 2014, militants have proclaimed a caliphate in Syria and Iraq.",
			want: nil},
		{name: "OK/two states' peace talks", pub: graph.Day(2016, 2, 4),
			text: "Israeli-Palestinian peace talks resumed in Washington on Tuesday.",
			want: []string{"MEETING IL-PS 2016-02-02 held"}},
		{name: "OK/peace talks with a second state", pub: graph.Day(2016, 2, 4),
			text: "Colombia's peace talks with Venezuela resumed on Tuesday.",
			want: []string{"MEETING CO-VE 2016-02-02 held"}},
	})
}

func TestMeetingWordInABodyName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the High Negotiations Committee is a body", pub: graph.Day(2016, 2, 29),
			text: "Syria and Saudi Arabia are at odds. Saudi Arabia backs rebels in Syria. Syrian government attacks were violating the truce, the official of the Saudi-backed opposition High Negotiations Committee (HNC) said.",
			want: nil},
		{name: "OK/capitalised talks opening a headline-like sentence", pub: graph.Day(2016, 2, 29),
			text: "Talks between Saudi Arabia and Syria ended on Saturday.",
			want: []string{"MEETING SA-SY 2016-02-27 held"}},
	})
}

func TestBrusselsForEU(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/Brussels is the EU where Belgium is not named", pub: graph.Day(2016, 1, 20),
			text: "Brussels and Washington intensified negotiations on a data pact on Tuesday. The European Union wants a deal.",
			want: []string{"MEETING EU-US 2016-01-19 held", "ACCORD EU-US  negotiating"}},
		{name: "OK/Brussels is Belgium's where Belgium is named", pub: graph.Day(2016, 3, 25),
			text: "U.S. Secretary of State John Kerry visited Brussels on Friday. Belgian police and the European Union are on alert.",
			want: []string{"MEETING US-BE 2016-03-25 held"}},
	})
	r := Extract(Input{Text: "Brussels and Ankara want to stem the flow of migrants. The European Union pays Turkey.", Published: graph.Day(2016, 4, 23)}, Options{})
	var codes []string
	for _, c := range r.Countries {
		codes = append(codes, c.Code)
	}
	if slices.Contains(codes, "BE") || !slices.Contains(codes, "EU") {
		t.Errorf("countries %v: want the EU and no Belgium", codes)
	}
}

func TestTradeRoundIsNoCountry(t *testing.T) {
	for _, text := range []string{
		"The EC plan will be presented at the next meeting of Uruguay round agriculture negotiators in Geneva.",
		"The WTO talks in Hong Kong are part of the four-year-old Doha Round talks.",
	} {
		r := Extract(Input{Text: text, Published: graph.Day(1987, 10, 20)}, Options{})
		for _, c := range r.Countries {
			if c.Code == "UY" || c.Code == "QA" {
				t.Errorf("%q: a trade round names %s", text, c.Code)
			}
		}
	}
}

func TestHostWelcomesAFullName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/welcomed a first name and surname of a country", pub: graph.Day(2016, 5, 29),
			text: "Francois Hollande of France welcomed Angela Merkel of Germany on Sunday at the cemetery near Verdun.",
			want: []string{"MEETING FR-DE 2016-05-29 held"}},
	})
}

func TestVisitorNoStatePlaces(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a visit owned by someone no state", pub: graph.Day(2016, 2, 18), title: "U.S. and Mexico at odds", dateline: "MEXICO CITY",
			text: "Mexico and the United States share a border. Mexico's migrants cross into the United States. The latest on Patriarch Kirill's visit to Mexico.",
			want: nil},
		{name: "OK/a visit owned with 's by someone no state", pub: graph.Day(2016, 2, 18),
			text: "Mexico and the United States share a border. Mexico's migrants cross into the United States. The latest on the Dalai Lama's five-day visit to Mexico.",
			want: nil},
		{name: "OK/a visit of someone no state the sentence opens with", pub: graph.Day(2016, 2, 18), title: "U.S. and Mexico at odds", dateline: "MEXICO CITY",
			text: "Mexico and the United States share a border. Mexico's migrants cross into the United States. Patriarch Kirill is on his way back to Moscow after a five-day visit in Mexico.",
			want: nil},
	})
}

func TestStoryAccordToldAgain(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the story's accord told again dates it", pub: graph.Day(2016, 2, 21),
			text: "When Prime Minister David Cameron sealed a deal designed to keep Britain in the European Union after two days of talks in Brussels, his relief was short-lived. The deal reached on Friday followed weeks of negotiations.",
			want: []string{"ACCORD GB-EU 2016-02-19 signed", "MEETING GB-EU 2016-02-19 held"}}, // (the talks since session 28, as fresh9's gold has them)
		{name: "OK/with no accord found before, the agreement names no parties", pub: graph.Day(1987, 3, 24),
			text: "South Africa and Switzerland are close. The agreement reached today with creditor banks differs little from the last one.",
			want: nil},
	})
}

func TestTripPurposeIsTheTrip(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the visit a journey is for is the journey", pub: graph.Day(1987, 2, 26), title: "SHULTZ SAYS NO RESIGNATION OVER IRAN REPORT",
			text: "Secretary of State George Shultz acknowledged failings in the Iran arms affair. Shultz, travelling to China for a week-long visit, refused to comment directly on the report.",
			want: []string{"MEETING US-CN 1987-02-26 held"}},
	})
}

func TestCrowdsOnTheMove(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/migrants leaving for a country are no visit", pub: graph.Day(2016, 2, 6),
			text: "Turkey and Greece are neighbours. Turkish boats patrol near Greece. The EU aims at persuading Turkey to stop thousands of migrants from leaving for Greece.",
			want: nil},
		{name: "OK/an envoy leaving for a country is", pub: graph.Day(2016, 2, 6),
			text: "Turkish Foreign Minister Mevlut Cavusoglu left for Greece on Friday.",
			want: []string{"MEETING TR-GR 2016-02-05 held"}},
	})
}

func TestDateEndingAListOfPeople(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the sentence's last date is the meeting's", pub: graph.Day(2016, 1, 16),
			text: "Zarif is due to meet his U.S. counterpart John Kerry, the European Union's foreign policy chief Federica Mogherini, and IAEA chief Yukiya Amano later on Saturday.",
			want: []string{"MEETING IR-US-EU 2016-01-16 planned"}},
	})
}

func TestMeetingAtHome(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a meeting in one's own capital takes no partner", pub: graph.Day(2016, 3, 19),
			text: "France and Belgium are neighbours. Belgium's police hunt the suspects. Hollande is holding an emergency defense meeting in Paris on Saturday.",
			want: nil},
		{name: "OK/a foreigner met in one's capital is a partner", pub: graph.Day(1987, 4, 24),
			text: "Peru and Mexico are the top silver producers. Peru's output and Mexico's output rose. Peruvian central bank president Leonel Figueroa and the head of Bank of Mexico, Miguel Mancera Aguayo, met in Mexico City yesterday to coordinate action.",
			want: []string{"MEETING PE-MX 1987-04-23 held"}}, // (the two heads one subject since session 15: a meeting's sides have no order)
	})
}

func TestCityNamedAccord(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the Paris agreement is no French accord", pub: graph.Day(2016, 3, 1),
			text: "France and the United States back the climate deal. French exports to the United States rose. Although the big Paris agreement signing party is in April, the deadline to sign is not until a year later.",
			want: nil},
	})
}

func TestVisitorsNoState(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a nation's people visiting", pub: graph.Day(2016, 4, 2),
			text: "Mexico and the United States share a border. Mexico's exports to the United States rose. Trump's campaign repeated its pledge to target visas by charging higher fees for Mexicans to visit the United States.",
			want: nil},
		{name: "OK/a private person visiting", pub: graph.Day(2016, 4, 2),
			text: "Brazil and the United States fight Zika. U.S. authorities confirmed the birth of a baby in Hawaii to a mother who had been infected with the Zika virus while visiting Brazil.",
			want: nil},
		{name: "OK/a visit in an if clause", pub: graph.Day(2016, 5, 16),
			text: "Britain and the United States are allies. British exports to the United States rose. Cameron suggested that Trump would unite Britain against him if he visited.",
			want: nil},
		{name: "OK/a leader and his wife visiting", pub: graph.Day(2016, 5, 16),
			text: "President Barack Obama and his wife visited China in 2009.",
			want: []string{"MEETING US-CN 2009 held"}},
	})
}

func TestTripToAnInternationalBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a trip to the IMF's meetings visits no state", pub: graph.Day(2016, 4, 13), dateline: "BRASILIA",
			text: "Brazil and the United States trade a lot. Brazilian exports to the United States rose. Finance Minister Nelson Barbosa canceled a trip to the International Monetary Fund's spring meetings in Washington to remain in Brasilia.",
			want: nil},
		{name: "OK/a trip to a state's capital does", pub: graph.Day(2016, 4, 13), dateline: "BRASILIA",
			text: "Brazil and the United States trade a lot. Finance Minister Nelson Barbosa canceled a trip to Washington to remain in Brasilia.",
			want: []string{"MEETING BR-US  cancelled"}},
	})
}

func TestMorePeopleNoStateSends(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a visiting student", pub: graph.Day(2016, 3, 16),
			text: "North Korea and the United States are foes. North Korean missiles worry the United States. On Wednesday, North Korea's supreme court sentenced a visiting American student to 15 years of hard labor.",
			want: nil},
		{name: "OK/researchers visiting", pub: graph.Day(2016, 4, 15),
			text: "Britain and North Korea have few ties. British diplomats in North Korea are few. When the British researchers visited, they handed off a USB drive full of volcano papers.",
			want: nil},
		{name: "OK/the pope the sentence opens with", pub: graph.Day(2016, 2, 18),
			text: "Mexico and the United States share a border. Mexico's exports to the United States rose. Francis told reporters on his flight home from a visit to Mexico that walls are not Christian.",
			want: nil},
		{name: "OK/calling someone names", pub: graph.Day(2016, 4, 23),
			text: "Britain and the United States are allies. British exports to the United States rose. Writing in The Sun, British Foreign Secretary Boris Johnson called President Barack Obama a \"part-Kenyan president\".",
			want: nil},
		{name: "OK/sides meeting in court", pub: graph.Day(2016, 3, 16),
			text: "China and the United States argue over encryption. China's firms watch the United States. Apple's brief is the last before the two sides meet in court next week.",
			want: nil},
		{name: "OK/a call to an officer is a call", pub: graph.Day(2016, 4, 23),
			text: "Biden on Saturday called Turkish Prime Minister Ahmet Davutoglu.",
			want: []string{"MEETING US-TR 2016-04-23 held"}},
	})
	r := Extract(Input{Text: "Tim Cook criticized the White House at a January summit in San Jose, Calif.", Published: graph.Day(2016, 3, 1)}, Options{})
	for _, c := range r.Countries {
		if c.Code == "CR" {
			t.Errorf("San Jose, Calif. names Costa Rica")
		}
	}
}
