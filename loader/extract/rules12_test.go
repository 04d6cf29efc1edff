package extract

import (
	"slices"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 12, each a general mechanism with its own case.

// countriesOf extracts text and returns the codes of its countries.
func countriesOf(t *testing.T, text string, pub graph.Date) []string {
	t.Helper()
	r := Extract(Input{Text: text, Published: pub}, Options{})
	checkResult(t, text, r)
	var got []string
	for _, c := range r.Countries {
		got = append(got, c.Code)
	}
	return got
}

func TestCityNamesAMarketOrATreaty(t *testing.T) {
	runCountryCases(t, graph.Day(1987, 3, 10), []countryCase{
		{"OK/an interbank rate names no government",
			"Manila said its debt accord with commercial banks was better than Mexico's. Its loans carry 7/8 points over London interbank offered rate.",
			[]string{"PH", "MX"}},
		{"OK/a treaty named for a city names no party",
			"Belgium is minting gold coins to celebrate the 30th anniversary of the European Community's founding Treaty of Rome.",
			[]string{"BE", "EU"}},
		{"OK/a capital that acts stays a party",
			"Manila said on Monday that London had agreed to reschedule its debt.",
			[]string{"PH", "GB"}},
	})
}

func TestAccordHeldByAPremodifierState(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a state before the accord and its partner after it", pub: graph.Day(2016, 4, 2),
			text: "Germany welcomed the EU accord with Turkey.",
			want: []string{"ACCORD EU-TR  in_force"}},
		{name: "OK/a demonym holds the accord", pub: graph.Day(1987, 4, 2),
			text: "Bonn criticised the Japanese agreement with the United States.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "OK/an accord hoped for is none", pub: graph.Day(2016, 4, 2),
			text: "Germany hopes for an EU accord with Turkey.",
			want: nil},
	})
}

func TestReportDayBeforeANewNounPhrase(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the day of saying does not date the accord the saying is about", pub: graph.Day(2016, 4, 7),
			text: "Turkey said on Wednesday the EU-Turkey accord was working.",
			want: []string{"ACCORD EU-TR  in_force"}},
		{name: "OK/a day right before its meeting noun dates it", pub: graph.Day(2016, 3, 25),
			text: "Americans were among the dead, U.S. Secretary of State John Kerry confirmed Friday during a visit to Brussels.",
			want: []string{"MEETING US-BE 2016-03-25 held"}},
	})
}

func TestPlansAndAgreeingDays(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a visit due in December is the coming December", pub: graph.Day(2016, 5, 10),
			text: "Russian President Vladimir Putin is due to visit Japan in December.",
			want: []string{"MEETING RU-JP 2016-12 planned"}},
		{name: "OK/a plan that was due is past", pub: graph.Day(2016, 5, 10),
			text: "Putin was due to visit Japan in December but cancelled.",
			want: []string{"MEETING RU-JP 2015-12 cancelled"}},
		{name: "OK/the day of agreeing is not the day of the talks agreed to", pub: graph.Day(2016, 5, 10),
			text: "India and Pakistan agreed on Wednesday to resume peace talks.",
			want: []string{"MEETING IN-PK  planned"}},
		{name: "OK/the day of agreeing dates the accord", pub: graph.Day(2016, 5, 10),
			text: "India and Pakistan agreed on Wednesday to cut tariffs.",
			want: []string{"ACCORD IN-PK 2016-05-04 agreed"}},
	})
}

func TestCapitalizedMayIsNoModal(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/Theresa May hosting is held", pub: graph.Day(2016, 8, 10),
			text: "British Prime Minister Theresa May hosted German Chancellor Angela Merkel on Wednesday.",
			want: []string{"MEETING GB-DE 2016-08-10 held"}},
		{name: "OK/the modal still proposes", pub: graph.Day(2016, 8, 10),
			text: "Iran may hold talks with the United States on Friday.",
			want: []string{"MEETING IR-US 2016-08-12 proposed"}},
	})
}

func TestOfficialsFromCapitals(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/officials from two capitals are their governments", pub: graph.Day(2016, 5, 10),
			text: "Officials from Seoul and Tokyo met in Tokyo on Friday for talks on the disputed islands.",
			want: []string{"MEETING KR-JP 2016-05-06 held"}},
	})
}

func TestUnderTheSignedAccordAndCourtesyCalls(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/an accord opening the sentence binds the main clause's states", pub: graph.Day(2016, 5, 10),
			text: "Under the deal signed on Monday, Japan will provide Indonesia with a 500 million dollar loan.",
			want: []string{"ACCORD JP-ID 2016-05-09 signed"}},
		{name: "OK/an opener's partner and the main clause's subject", pub: graph.Day(1987, 3, 22),
			text: "Under a 1986 agreement with Washington, Tokyo agreed to open its semiconductor market.",
			want: []string{"ACCORD JP-US 1986 agreed"}},
		{name: "OK/a courtesy call is on whom it calls", pub: graph.Day(2016, 5, 10),
			text: "South Africa's foreign minister paid a courtesy call on the Namibian president on Tuesday.",
			want: []string{"MEETING ZA-NA 2016-05-10 held"}},
		{name: "OK/calling on a state to act is no call", pub: graph.Day(2016, 5, 10),
			text: "Kerry calls on Russia to halt strikes.",
			want: nil},
	})
}

func TestHostsAndDialogues(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/received by a host", pub: graph.Day(2016, 5, 10),
			text: "Kenyan President Uhuru Kenyatta was received by Ugandan President Yoweri Museveni at State House on Tuesday.",
			want: []string{"MEETING KE-UG 2016-05-10 held"}},
		{name: "OK/welcomed the visiting officer of a state", pub: graph.Day(2016, 5, 10),
			text: "Saudi King Salman welcomed the Egyptian president at the Royal Palace in Riyadh on Sunday.",
			want: []string{"MEETING SA-EG 2016-05-08 held"}},
		{name: "OK/a proposal received by officials is no meeting", pub: graph.Day(2016, 5, 10),
			text: "The proposal was received by Japanese officials with caution.",
			want: nil},
		{name: "OK/a dialogue held is talks", pub: graph.Day(2016, 5, 10),
			text: "Mexico and the United States held their annual bilateral security dialogue in Washington on Thursday.",
			want: []string{"MEETING MX-US 2016-05-05 held"}},
		{name: "OK/a call for dialogue is none", pub: graph.Day(2016, 5, 10),
			text: "Iran called for dialogue with Saudi Arabia on Monday.",
			want: nil},
	})
}

func TestTitlesOfOtherTongues(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the Irish Taoiseach is Ireland's officer", pub: graph.Date{},
			text: "Mr Blair met the Irish Taoiseach Bertie Ahern in Downing Street.",
			want: []string{"MEETING GB-IE  held"}},
	})
}

func TestAccordsBetweenAfterATopicAndTheirEffect(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/between after the topic; the day it took effect is not its date", pub: graph.Day(2006, 11, 14),
			text: "An agreement on visa exemption between Turkey and Russia took effect on Saturday.",
			want: []string{"ACCORD TR-RU  agreed"}},
		{name: "OK/the signing month stays", pub: graph.Day(2006, 11, 14),
			text: "The agreement between Turkey and Russia, signed in May, took effect on Saturday.",
			want: []string{"ACCORD TR-RU 2006-05 signed"}},
		{name: "OK/a signing ceremony signs the accords", pub: graph.Day(2006, 11, 14),
			text: "After the talks, Wen Jiabao and Aziz attended a signing ceremony of 22 agreements between China and Pakistan.",
			want: []string{"ACCORD CN-PK 2006-11-14 signed"}},
	})
}

func TestCurrenciesFormerLandsAndNamedRounds(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
		pub        graph.Date
	}{
		{"OK/a currency names no country",
			"Yunnan Province sold abroad 9.16 million U.S. dollars worth of fresh cut flowers, China said.",
			[]string{"CN"}, graph.Day(2005, 11, 18)},
		{"OK/the former Yugoslavia is a land that was",
			"Vranitzky said the errors committed in the former Yugoslavia must not be repeated.",
			nil, graph.Day(1997, 4, 2)},
		{"OK/a former officer's country stays",
			"Former U.S. Attorney General Edwin Meese met Japanese officials in Tokyo on Monday.",
			[]string{"US", "JP"}, graph.Day(1987, 4, 2)},
		{"OK/a round named for a city is no government",
			"Tanzania said the Hong Kong meeting of the WTO will shape the final accord of the Doha Development Agenda.",
			[]string{"TZ", "HK"}, graph.Day(2005, 11, 18)},
		{"OK/a country told to a news agency is no surname",
			"Western trade sources told Reuters Taiwan and the U.S. have been holding talks on the currency issue.",
			[]string{"TW", "US"}, graph.Day(1987, 3, 16)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := countriesOf(t, tt.text, tt.pub); !slices.Equal(got, tt.want) {
				t.Errorf("countries %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSittingDownSendingAndFlyingInto(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/negotiators sitting down are talks", pub: graph.Day(1997, 4, 8),
			text: "U.S. and Vietnamese negotiators will sit down next week to work on a draft trade agreement.",
			want: []string{"MEETING US-VN 1997-04-14/1997-04-20 planned", "ACCORD US-VN  negotiating"}},
		{name: "OK/a delegation sent to a capital visits it", pub: graph.Day(1997, 4, 8),
			text: "Palestinian officials said they would still send a high-level delegation to Washington this week.",
			want: []string{"MEETING PS-US 1997-04-07/1997-04-13 planned"}},
		{name: "OK/flying into a capital is arriving there", pub: graph.Day(1997, 4, 6),
			text: "U.S. Defense Secretary William Cohen flies into Tokyo on Monday for talks.",
			want: []string{"MEETING US-JP 1997-04-07 planned"}},
		{name: "OK/flying into a rage is no trip", pub: graph.Day(1997, 4, 6),
			text: "Pakistan's Foreign Minister flew into a rage.",
			want: nil},
	})
}

func TestDayIsNoSurnameAndLookingForward(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a day after a name is no surname", pub: graph.Day(1997, 4, 7),
			text: "Chinese President Jiang Zemin thanked French President Jacques Chirac Monday for his stand. European Union foreign ministers agreed Monday to go ahead with UN resolutions on Burma.",
			want: nil},
		{name: "OK/what is looked forward to lies ahead", pub: graph.Day(1997, 4, 7),
			text: "China and France have good ties. Li said Beijing was looking forward to Chirac's visit in May.",
			want: []string{"MEETING CN-FR 1997-05 planned"}},
		{name: "OK/May the name after a comma keeps its person", pub: graph.Day(2016, 8, 10),
			text: "British Prime Minister Theresa May met German Chancellor Angela Merkel on Wednesday. Later, May met French President Francois Hollande.",
			want: []string{"MEETING GB-DE 2016-08-10 held", "MEETING GB-FR  held"}},
	})
}

func TestFrontedDaysFlyingOnAndHopesForOtherThings(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/a fronted day takes the main clause's tense; flying on to a state visits it", pub: graph.Day(1997, 4, 6),
			text: "On Wednesday, U.S. Defense Secretary William Cohen will fly on to South Korea where he will meet top Korean leaders.",
			want: []string{"MEETING US-KR 1997-04-09 planned"}},
		{name: "OK/a hope for something else leaves the trip planned", pub: graph.Day(1997, 4, 6),
			text: "Japanese Prime Minister Ryutaro Hashimoto had hoped to enact the bill before leaving for the United States on April 24 for talks with US President Bill Clinton.",
			want: []string{"MEETING JP-US 1997-04-24 planned"}},
		{name: "OK/a hope for the trip is a proposal", pub: graph.Day(1997, 4, 6),
			text: "Japanese Prime Minister Ryutaro Hashimoto hoped to visit the United States before leaving office.",
			want: []string{"MEETING JP-US  proposed"}},
	})
}

func TestDaysOfTalksAndProtestsAfterThem(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/ending two days of talks today runs from yesterday", pub: graph.Day(1987, 3, 25),
			text: "U.S. and Japanese officials ended two days of talks on semiconductors today without reaching agreement.",
			want: []string{"MEETING US-JP 1987-03-24/1987-03-25 held"}},
		{name: "OK/beginning three days of talks runs from that day", pub: graph.Day(1987, 3, 25),
			text: "U.S. and Japanese officials will begin three days of talks on Monday.",
			want: []string{"MEETING US-JP 1987-03-30/1987-04-01 planned"}},
		{name: "OK/protests in a later phrase leave the talks talks", pub: graph.Day(1987, 3, 25),
			text: "Japan and the U.S. held talks today after two days of protests.",
			want: []string{"MEETING JP-US 1987-03-25 held"}},
	})
}

func TestTalksThatBrokeDown(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/talks that broke down collapsed", pub: graph.Day(1987, 3, 25),
			text: "Talks between Iran and Iraq on a ceasefire broke down yesterday.",
			want: []string{"MEETING IR-IQ 1987-03-24 collapsed"}},
		{name: "OK/the collapse of the talks", pub: graph.Day(1987, 3, 25),
			text: "Iran blamed Iraq for the collapse of the talks between the two countries.",
			want: []string{"MEETING IQ-IR  collapsed"}},
		{name: "OK/a collapse prevented is none", pub: graph.Day(1987, 3, 25),
			text: "Iran and Iraq held talks to prevent the collapse of the talks between the two countries on Tuesday.",
			want: []string{"MEETING IR-IQ 1987-03-24 held"}},
	})
}

func TestSuspendedTalks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/talks suspended", pub: graph.Day(1987, 3, 25),
			text: "Iran suspended talks with the European Union on Monday.",
			want: []string{"MEETING IR-EU 1987-03-23 suspended"}},
		{name: "OK/talks that were suspended", pub: graph.Day(1987, 3, 25),
			text: "Talks between North and South Korea were suspended in 1985.",
			want: []string{"MEETING KP-KR 1985 suspended"}},
		{name: "OK/a threat to suspend them leaves them going", pub: graph.Day(1987, 3, 25),
			text: "Iran threatened on Monday to suspend talks with the European Union.",
			want: []string{"MEETING IR-EU  held"}},
	})
}

func TestOpenersBeforeTheParties(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/talks in a capital, then the two parties", pub: graph.Day(2016, 9, 6),
			text: "Following talks in Tehran, Iran and Turkey signed an agreement on energy cooperation on Sunday.",
			want: []string{"MEETING IR-TR 2016-09-04 held", "ACCORD IR-TR 2016-09-04 signed"}},
		{name: "OK/a meeting opener is the main clause's subjects'", pub: graph.Day(2016, 9, 6),
			text: "At a meeting in Paris on Monday, the foreign ministers of France and Germany agreed to set up a joint task force.",
			want: []string{"MEETING FR-DE 2016-09-05 held", "ACCORD FR-DE 2016-09-05 agreed"}},
		{name: "OK/a meeting of others is not the subjects'", pub: graph.Day(2016, 9, 6),
			text: "At a recent meeting in Managua of Latin American producers, Costa Rica and Honduras said they would drop their objections.",
			want: nil},
	})
}

func TestJointAppearancesAndCallsBetween(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/speaking alongside another state's minister", pub: graph.Day(2016, 7, 26),
			text: "Kerry, speaking alongside Chinese Foreign Minister Wang Yi in Beijing on Wednesday, said the United States opposed militarization.",
			want: []string{"MEETING US-CN 2016-07-20 held"}},
		{name: "OK/a call between two leaders", pub: graph.Day(2016, 7, 26),
			text: "A call between U.S. President Barack Obama and Chinese President Xi Jinping took place on Friday.",
			want: []string{"MEETING US-CN 2016-07-22 held"}},
		{name: "OK/in a rare meeting, the two leaders", pub: graph.Day(2016, 7, 26),
			text: "In a rare meeting, Japanese Prime Minister Shinzo Abe and Chinese President Xi Jinping talked for 30 minutes on Saturday.",
			want: []string{"MEETING JP-CN 2016-07-23 held"}},
		{name: "OK/fighting alongside is no meeting", pub: graph.Day(2016, 7, 26),
			text: "U.S. Marines fought alongside Afghan troops on Saturday.",
			want: nil},
	})
}

func TestStandingAlongside(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/standing alongside a counterpart", pub: graph.Day(2016, 7, 26),
			text: "Obama, standing alongside his Mexican counterpart Enrique Pena Nieto on Friday, said trade would grow.",
			want: []string{"MEETING US-MX 2016-07-22 held"}},
	})
}
