package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 42; each a general mechanism with its own case.

// TestDayLengthWrittenApart: a visit's length written in two words or in
// the plural ("a three day visit", "a two days official visit") runs the
// visit over its days as "a three-day visit" does; "three days before the
// summit" and "three days of talks" are no such length.
func TestDayLengthWrittenApart(t *testing.T) {
	pub := graph.Day(2022, 6, 10)
	runRuleCases(t, []ruleCase{
		{name: "OK/a three day visit starting from Sunday", pub: pub,
			text: "President Samia Suluhu Hassan of Tanzania will pay an official three day visit to the Sultanate of Oman starting from Sunday.",
			want: []string{"MEETING TZ-OM 2022-06-12/2022-06-14 planned"}},
		{name: "OK/a two days official visit from Monday", pub: pub,
			text: "Kenyan President William Ruto arrived in Kampala on Monday for a two days official visit to Uganda.",
			want: []string{"MEETING KE-UG 2022-06-06/2022-06-07 held"}},
		{name: "OK/three days before the summit is no length", pub: graph.Day(1997, 4, 22),
			text: "The vote comes three days before the summit between Prime Minister Ryutaro Hashimoto and President Bill Clinton in Washington.",
			want: []string{"MEETING JP-US 1997-04-25 planned"}},
	})
}

// TestYearOfANamedOccasion: a year that opens an occasion's name ("at the
// 2020 Dubai Expo") is the occasion's, not a second date of the visit told
// in the sentence.
func TestYearOfANamedOccasion(t *testing.T) {
	pub := graph.Day(2021, 10, 4)
	runRuleCases(t, []ruleCase{
		{name: "FP/the 2020 Dubai Expo is no second visit", pub: pub,
			text: "Museveni on Saturday flew to UAE and while there, he presided over the celebrations at the 2020 Dubai Expo.",
			want: []string{"MEETING UG-AE 2021-10-02 held"}},
		{name: "OK/visits in 1967 and in 1981 are two", pub: pub,
			text: "Ugandan President Museveni visited the UAE in 1997 and again in 2001.",
			want: []string{"MEETING UG-AE 1997 held", "MEETING UG-AE 2001 held"}},
	})
}

// TestTitleModifierNeedsAnOffice: words that only qualify an office
// ("National", "Trade") make no officer of the capitalised word after
// them: "the Uganda National Day" names no person "Day". With the office
// they qualify, the person is still learned.
func TestTitleModifierNeedsAnOffice(t *testing.T) {
	a := analyse(Input{Text: "He presided over the celebrations of the Uganda National Day. " +
		"The Kenyan National Assembly met. Ugandan Trade Minister Francis Mwebesa spoke.", Published: graph.Day(2021, 10, 4)}, Options{})
	for _, w := range []string{"day", "assembly"} {
		if c, ok := a.persons[w]; ok {
			t.Errorf("persons[%q] = %q, want no such person", w, c)
		}
	}
	if got := a.persons["mwebesa"]; got != "UG" {
		t.Errorf(`persons["mwebesa"] = %q, want "UG"`, got)
	}
}

// TestGerundAfterWhileTakesTheSubject: "X said ..., while cutting short a
// trip to Italy": the gerund's traveller is the clause's subject.
func TestGerundAfterWhileTakesTheSubject(t *testing.T) {
	pub := graph.Day(2016, 4, 17)
	runRuleCases(t, []ruleCase{
		{name: "OK/while cutting short a trip to Italy", pub: pub,
			text: "Ecuadorean President Rafael Correa said on Twitter, while cutting short a trip to Italy to return home.",
			want: []string{"MEETING EC-IT 2016-04-17 held"}},
	})
}

// TestVisitLengthOverMergedTellings: a visit told first by its length
// ("has concluded his three day official working visit") and then by the
// day it began ("on Saturday flew to UAE") runs from that day over its
// length, whichever telling comes first.
func TestVisitLengthOverMergedTellings(t *testing.T) {
	pub := graph.Day(2021, 10, 4)
	runRuleCases(t, []ruleCase{
		{name: "OK/length told first, start day after", pub: pub,
			text: "President Museveni has concluded his three-day official working visit to the United Arab Emirates.\n\nMuseveni on Saturday flew to UAE.",
			want: []string{"MEETING UG-AE 2021-10-02/2021-10-04 held"}},
		{name: "OK/start day told first", pub: pub,
			text: "Museveni on Saturday flew to UAE.\n\nPresident Museveni has concluded his three-day official working visit to the United Arab Emirates.",
			want: []string{"MEETING UG-AE 2021-10-02/2021-10-04 held"}},
	})
}

// TestCollectiveAccordNouns: "signed an array of cooperation agreements"
// signs agreements, as "a raft of" and "a series of" do.
func TestCollectiveAccordNouns(t *testing.T) {
	pub := graph.Day(2006, 7, 25)
	runRuleCases(t, []ruleCase{
		{name: "OK/an array of cooperation agreements", pub: pub,
			text: "Venezuelan President Hugo Chavez and President Alexander Lukashenko of Belarus cemented their ties yesterday by signing an array of cooperation agreements in Minsk.",
			want: []string{"ACCORD VE-BY 2006-07-24 signed"}},
	})
}

// TestThatYearDates: "Later that year" dates an event by the year named
// before it; with no year before, it dates nothing.
func TestThatYearDates(t *testing.T) {
	pub := graph.Day(2023, 2, 2)
	runRuleCases(t, []ruleCase{
		{name: "OK/later that year after April 2022", pub: pub,
			text: "In April 2022, Solomon Islands Prime Minister Manasseh Sogavare visited Beijing. Later that year, the Solomon Islands signed a security pact with China.",
			want: []string{"MEETING SB-CN 2022-04 held", "ACCORD SB-CN 2022 signed"}},
	})
}

// TestAlsoMetIsTodaysNews: "Xi also met with Philippine President Rodrigo
// Duterte" is one more meeting of the story's days, not the visit the pair
// made a year before; "also agreed" under an accord is still its terms.
func TestAlsoMetIsTodaysNews(t *testing.T) {
	pub := graph.Day(2017, 11, 12)
	runRuleCases(t, []ruleCase{
		{name: "OK/also met is not the visit of last year", pub: pub,
			text: "Chinese President Xi Jinping met with Vietnamese Prime Minister Nguyen Xuan Phuc on Saturday. Xi also met with Philippine President Rodrigo Duterte on strengthening bilateral ties. He said that since Duterte's visit to China in October last year, bilateral ties have opened a new chapter.",
			want: []string{"MEETING CN-VN 2017-11-11 held", "MEETING CN-PH 2017-11-11 held", "MEETING PH-CN 2016-10 held"}},
	})
}

// TestHyphenatedTitles: "Chinese Vice-President Zeng Qinghong" names a
// Chinese officer, as "Vice President" written apart does.
func TestHyphenatedTitles(t *testing.T) {
	pub := graph.Day(2005, 1, 30)
	runRuleCases(t, []ruleCase{
		{name: "OK/Vice-President Zeng leaves for Trinidad and Tobago", pub: pub,
			text: "Venezuela President Hugo Chavez and Chinese Vice-President Zeng Qinghong signed several agreements Saturday concerning oil. Zeng is to leave for Trinidad and Tobago on Sunday.",
			want: []string{"ACCORD VE-CN 2005-01-29 signed", "MEETING CN-TT 2005-01-30 planned"}},
	})
}

// TestTourOfSeveralCountries: "as part of a tour of several Latin American
// countries" is a round of visits, one per host, not a gathering of many.
func TestTourOfSeveralCountries(t *testing.T) {
	pub := graph.Day(2005, 1, 30)
	runRuleCases(t, []ruleCase{
		{name: "OK/arrived as part of a tour of several countries", pub: pub,
			text: "Chinese Vice President Zeng Qinghong arrived in Venezuela on Friday as part of a tour of several Latin American and Caribbean countries.",
			want: []string{"MEETING CN-VE 2005-01-28 held"}},
		{name: "FP/in Geneva as part of a meeting of several countries", pub: pub,
			text: "Chinese Vice President Zeng Qinghong arrived in Switzerland on Friday to take part in a meeting of several Asian countries.",
			want: nil},
	})
}

// TestReceivedACall: "received a call from" a state's officer, or "made a
// call to" one, is a phone call; "made a call to end the war" is none.
func TestReceivedACall(t *testing.T) {
	pub := graph.Day(2020, 6, 11)
	runRuleCases(t, []ruleCase{
		{name: "OK/received a call from Xi last night", pub: pub,
			text: "Philippine President Rodrigo Duterte received a call from Chinese President Xi Jinping last night.",
			want: []string{"MEETING PH-CN 2020-06-10 held"}},
		{name: "OK/made a call to Trump", pub: pub,
			text: "Philippine President Rodrigo Duterte made a call to U.S. President Donald Trump on Tuesday.",
			want: []string{"MEETING PH-US 2020-06-09 held"}},
		{name: "FP/made a call to end the war", pub: pub,
			text: "Philippine President Rodrigo Duterte made a call to end the war on Tuesday.",
			want: nil},
	})
}

// TestCalledNames: "called Philippine President Rodrigo Duterte a great
// leader" calls him names, as "called Obama a ..." did; "called ... an
// hour after the vote" is still a call.
func TestCalledNames(t *testing.T) {
	pub := graph.Day(2017, 6, 11)
	runRuleCases(t, []ruleCase{
		{name: "FP/called Duterte a great leader", pub: pub,
			text: "US President Donald Trump called Philippine President Rodrigo Duterte a great leader on Friday.",
			want: nil},
		{name: "OK/called Duterte an hour after the vote", pub: pub,
			text: "US President Donald Trump called Philippine President Rodrigo Duterte an hour after the vote.",
			want: []string{"MEETING US-PH 2017-06-11 held"}},
		{name: "OK/called Obama an hour after the vote", pub: graph.Day(2015, 6, 11),
			text: "Turkish President Tayyip Erdogan called Obama an hour after the vote.",
			want: []string{"MEETING TR-US 2015-06-11 held"}},
	})
}

// TestAnniversaryOfATreaty: "the third anniversary of a friendship treaty
// signed by Algeria and Tunisia" dates the treaty three years before, as
// "the 30th anniversary of the establishment of diplomatic ties" dates
// the ties.
func TestAnniversaryOfATreaty(t *testing.T) {
	pub := graph.Day(1986, 3, 24)
	runRuleCases(t, []ruleCase{
		{name: "OK/the third anniversary of a friendship treaty", pub: pub,
			text: "Tunisian Premier Mzali visited Algeria on the third anniversary of a friendship treaty signed by Algeria and Tunisia.",
			want: []string{"MEETING TN-DZ 1986-03-24 held", "ACCORD DZ-TN 1983 signed"}},
		{name: "OK/a meeting on the anniversary keeps its day", pub: pub,
			text: "Tunisian Premier Mzali met Algerian President Chadli Bendjedid on the third anniversary of their friendship treaty.",
			want: []string{"MEETING TN-DZ 1986-03-24 held"}},
	})
}

// TestArrivedInPlaceOnDay: "has arrived in Tehran on Tuesday" is the first
// day of "the two-day visit" told after it, as "arrived on Tuesday" is.
func TestArrivedInPlaceOnDay(t *testing.T) {
	text := "Iraqi Prime Minister Mustafa Al-Kadhimi has arrived in Tehran on Tuesday for his first foreign visit. During the two-day visit, Al-Kadhimi is scheduled to hold talks with Iran's Supreme Leader Ayatollah Ali Khamenei."
	runRuleCases(t, []ruleCase{
		{name: "OK/arrived in Tehran on Tuesday for the two-day visit", pub: graph.Day(2020, 7, 21), text: text,
			want: []string{"MEETING IQ-IR 2020-07-21/2020-07-22 held"}},
	})
}

// TestRecentStretchIsNoStoryDay: a meeting told "In recent months" is of
// no day the story tells: it stays apart from the story's own talks and
// undated; "for the past five months" tells how long something else
// lasted.
func TestRecentStretchIsNoStoryDay(t *testing.T) {
	pub := graph.Day(2025, 4, 17)
	runRuleCases(t, []ruleCase{
		{name: "OK/in recent months they met", pub: pub,
			text: "Pakistan and Bangladesh on Thursday resumed bilateral talks in Dhaka. In recent months, Pakistan's Prime Minister Shehbaz Sharif and Bangladesh's Chief Adviser Muhammad Yunus met on the sidelines of international forums.",
			want: []string{"MEETING PK-BD 2025-04-17 held", "MEETING PK-BD  held"}},
		{name: "OK/for the past five months is another's stretch", pub: graph.Day(2016, 3, 8),
			text: "Biden arrived in Israel on Tuesday. With violence surging for the past five months, U.S. officials have said no peace breakthrough is expected during Biden's visit to Israel.",
			want: []string{"MEETING US-IL 2016-03-08 held"}},
	})
}

// TestRelationsArePairs: diplomatic relations are between two states;
// "Bahrain, Sudan and Morocco have all agreed to establish ties with
// Israel" and "broke relations with Qatar, Iran and Libya" give one pair
// each, not one event of four.
func TestRelationsArePairs(t *testing.T) {
	pub := graph.Day(2021, 1, 25)
	runRuleCases(t, []ruleCase{
		{name: "OK/three states establish ties with one", pub: pub,
			text: "Bahrain, Sudan and Morocco established diplomatic ties with Israel last year.",
			want: []string{"RELATIONS BH-IL 2020 held", "RELATIONS SD-IL 2020 held", "RELATIONS MA-IL 2020 held"}},
		{name: "OK/one state breaks with three", pub: pub,
			text: "Saudi Arabia broke diplomatic relations with Qatar, Iran and Libya on Monday.",
			want: []string{"RELATIONS SA-QA 2021-01-25 held", "RELATIONS SA-IR 2021-01-25 held", "RELATIONS SA-LY 2021-01-25 held"}},
	})
}

// TestOpenedRelations: "opened diplomatic relations with Beijing"
// establishes them, as "opened its embassy" does; "opened talks" still
// opens none.
func TestOpenedRelations(t *testing.T) {
	pub := graph.Day(2018, 5, 2)
	runRuleCases(t, []ruleCase{
		{name: "OK/opened diplomatic relations", pub: pub,
			text: "Panama opened diplomatic relations with Beijing in June last year.",
			want: []string{"RELATIONS PA-CN 2017-06 held"}},
		{name: "OK/reopened ties", pub: pub,
			text: "Cuba reopened ties with the United States in 2015.",
			want: []string{"RELATIONS CU-US 2015 held"}},
	})
}

// TestCountedVisitIsThisOne: "has made only his second foreign visit" and
// "marks Sultan Haitham's second foreign visit" count the story's visit,
// not another one; "will make another visit" still is another.
func TestCountedVisitIsThisOne(t *testing.T) {
	pub := graph.Day(2021, 11, 22)
	runRuleCases(t, []ruleCase{
		{name: "OK/his second foreign visit is the one told", pub: pub,
			text: "Oman's ruler has made only his second foreign visit. Oman's Sultan Haitham arrived in Doha on Monday at the start of a two-day visit to Qatar. Sultan Haitham was met by Qatar's Emir Sheikh Tamim bin Hamad Al Thani at the airport.",
			want: []string{"MEETING OM-QA 2021-11-22/2021-11-23 held"}},
	})
}

// TestVisitDueToEnd: "During his visit to Ukraine, due to end early
// Saturday" ends the visit begun on Thursday; it is no second, planned
// meeting on Saturday.
func TestVisitDueToEnd(t *testing.T) {
	pub := graph.Day(2005, 3, 24)
	runRuleCases(t, []ruleCase{
		{name: "OK/arrived Thursday, visit due to end early Saturday", pub: pub,
			text: "Georgian President Mikhail Saakashvili arrived in Ukraine on Thursday for talks with Ukraine's President Viktor Yushchenko. During his visit to Ukraine, due to end early Saturday, Saakashvili was also expected to meet with Prime Minister Yulia Tymoshenko.",
			want: []string{"MEETING GE-UA 2005-03-24/2005-03-26 held"}},
	})
}

// TestPostponedVisitBeginningOn: "has postponed his three-day visit to Japan
// beginning on Thursday" puts off a visit still to come: the coming
// Thursday, not the last one.
func TestPostponedVisitBeginningOn(t *testing.T) {
	pub := graph.Day(2012, 11, 14)
	runRuleCases(t, []ruleCase{
		{name: "OK/postponed visit beginning on Thursday", pub: pub,
			text: "Prime Minister Manmohan Singh has postponed his three-day visit to Japan beginning on Thursday.",
			want: []string{"MEETING IN-JP 2012-11-15/2012-11-17 cancelled"}},
		{name: "OK/talks beginning on Thursday were held", pub: pub,
			text: "Indian and Japanese officials held talks beginning on Thursday.",
			want: []string{"MEETING IN-JP 2012-11-08 held"}},
	})
}

// TestCutTiesToOpenRelations: "cut ties with Taipei to open relations with
// Beijing" switches ties, both on the one date; "wants to open relations"
// is still only a wish.
func TestCutTiesToOpenRelations(t *testing.T) {
	pub := graph.Day(2018, 5, 2)
	runRuleCases(t, []ruleCase{
		{name: "OK/cut ties to open relations, one date", pub: pub,
			text: "In June last year, Panama cut ties with Taipei to open relations with Beijing.",
			want: []string{"RELATIONS PA-TW 2017-06 held", "RELATIONS PA-CN 2017-06 held"}},
		{name: "OK/the date told after the second half", pub: pub,
			text: "Panama cut ties with Taipei to establish diplomatic relations with Beijing on Monday.",
			want: []string{"RELATIONS PA-TW 2018-04-30 held", "RELATIONS PA-CN 2018-04-30 held"}},
		{name: "FP/wants to open relations", pub: pub,
			text: "Panama wants to open relations with Beijing.",
			want: nil},
	})
}
