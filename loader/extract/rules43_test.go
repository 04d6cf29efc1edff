package extract

import (
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 43; each a general mechanism with its own case.

// TestPossessiveOpensAVisit: a sentence that opens with "His" or "Her"
// owning a visit ("His first official visit abroad was to Saudi Arabia")
// tells the visit of the person the sentence before names; the copula
// before "to" names where it went. "This trip is to signal support" names
// no host.
func TestPossessiveOpensAVisit(t *testing.T) {
	pub := graph.Day(2021, 11, 23)
	const lead = "Oman's Sultan Haitham is visiting Qatar. "
	runRuleCases(t, []ruleCase{
		{name: "OK/his trip to a state opens the sentence", pub: pub,
			text: lead + "His trip to Saudi Arabia in July was a success.",
			want: []string{"MEETING OM-QA  ongoing", "MEETING OM-SA 2021-07 held"}},
		{name: "OK/his first official visit was to a state", pub: pub,
			text: lead + "His first official visit was to Saudi Arabia in July.",
			want: []string{"MEETING OM-QA  ongoing", "MEETING OM-SA 2021-07 held"}},
		{name: "OK/her last trip abroad was to a state", pub: pub,
			text: "Moldovan Prime Minister Maia Sandu is in Bucharest. Her last trip abroad was to Ukraine in 2019.",
			want: []string{"MEETING MD-RO  ongoing", "MEETING MD-UA 2019 held"}},
		{name: "OK/a trip that is to signal names no host", pub: pub,
			text: lead + "This trip is to signal support for Saudi Arabia.",
			want: []string{"MEETING OM-QA  ongoing"}},
	})
}

// TestThatOpensAnotherClause: a date followed by "that" and a noun phrase
// ("said after a meeting ... on Friday that the two would cooperate")
// takes no tense from the reported clause's verb: the meeting was held.
func TestThatOpensAnotherClause(t *testing.T) {
	pub := graph.Day(2026, 2, 7)
	runRuleCases(t, []ruleCase{
		{name: "OK/on Friday that the two would: the Friday past", pub: pub,
			text: "Indonesian President Prabowo Subianto said after a meeting with Australian Prime Minister Anthony Albanese in Jakarta on Friday that the two would cooperate.",
			want: []string{"MEETING ID-AU 2026-02-06 held"}},
		{name: "OK/talks on Friday that will decide: the Friday ahead", pub: pub,
			text: "Indonesia and Australia will hold talks on Friday that will decide the treaty's fate.",
			want: []string{"MEETING ID-AU 2026-02-13 planned"}},
	})
}

// TestMeetingOfTheSigning: a meeting told as the occasion of a signing in
// the same sentence ("signed a security treaty on Friday after a meeting
// with Albanese") is of the signing's day; a meeting told as background
// ("signed on Friday a treaty first discussed at talks in November") keeps
// its own.
func TestMeetingOfTheSigning(t *testing.T) {
	pub := graph.Day(2026, 2, 7)
	runRuleCases(t, []ruleCase{
		{name: "OK/after a meeting: the signing's day", pub: pub,
			text: "Indonesian President Prabowo Subianto signed a security treaty with Australia on Friday after a meeting with Australian Prime Minister Anthony Albanese in Jakarta.",
			want: []string{"MEETING ID-AU 2026-02-06 held", "ACCORD ID-AU 2026-02-06 signed"}},
		{name: "OK/at their talks: the signing's day", pub: pub,
			text: "At their talks in Jakarta, Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese signed a security treaty on Friday.",
			want: []string{"MEETING ID-AU 2026-02-06 held", "ACCORD ID-AU 2026-02-06 signed"}},
	})
}

// TestRelationsReportedOnADay: a change of relations that a dated
// statement after it reports ("..., the government said late Monday") is
// news of that day, as an accord so reported already was; told undated and
// unreported, it stays undated history.
func TestRelationsReportedOnADay(t *testing.T) {
	pub := graph.Day(2018, 5, 2)
	runRuleCases(t, []ruleCase{
		{name: "OK/established and cut off ties, said late Monday", pub: pub,
			text: "The Dominican Republic established diplomatic relations with China and cut off ties with Taiwan, the Caribbean country's government said late Monday.",
			want: []string{"RELATIONS DO-CN 2018-04-30 held", "RELATIONS DO-TW 2018-04-30 held"}},
		{name: "OK/severed relations, unreported: undated", pub: pub,
			text: "Egypt and Iran severed relations after the revolution.",
			want: []string{"RELATIONS EG-IR  held"}},
	})
}

// TestRelationNounWithModifiers: a change of relations told as a noun
// reads past modifiers of the relations ("the reestablishment of full
// diplomatic relations") and as a gerund after "the" ("the reestablishing
// of"); one only called for stays no change.
func TestRelationNounWithModifiers(t *testing.T) {
	pub := graph.Day(2010, 11, 27)
	runRuleCases(t, []ruleCase{
		{name: "OK/the reestablishment of full diplomatic relations", pub: pub,
			text: "Presidents Juan Manuel Santos of Colombia and Rafael Correa of Ecuador announced Friday the reestablishment of full diplomatic relations between their two countries.",
			want: []string{"RELATIONS CO-EC 2010-11-26 held"}},
		{name: "OK/the reestablishing of full diplomatic relations", pub: pub,
			text: "Presidents Juan Manuel Santos of Colombia and Rafael Correa of Ecuador announced Friday the reestablishing of full diplomatic relations.",
			want: []string{"RELATIONS CO-EC 2010-11-26 held"}},
		{name: "OK/called for the restoration of full relations: none", pub: pub,
			text: "Colombian President Juan Manuel Santos called for the restoration of full diplomatic relations with Ecuador.",
			want: nil},
	})
}

// TestEmbassyInaugurated: an embassy inaugurated is an embassy opened; a
// road inaugurated is none.
func TestEmbassyInaugurated(t *testing.T) {
	pub := graph.Day(2019, 6, 14)
	runRuleCases(t, []ruleCase{
		{name: "OK/inaugurated its embassy in a capital", pub: pub,
			text: "South Korea on Tuesday inaugurated its embassy in Nairobi.",
			want: []string{"RELATIONS KR-KE 2019-06-11 held"}},
		{name: "OK/inaugurated a road: none", pub: pub,
			text: "Kenyan President William Ruto inaugurated a new road to the Ethiopian border on Tuesday.",
			want: nil},
	})
}

// TestCityNameWithParticle: a city whose name holds a lower-case particle
// ("Dar es Salaam", "Rio de Janeiro") places a visit as a one-word city
// does.
func TestCityNameWithParticle(t *testing.T) {
	pub := graph.Day(2019, 6, 14)
	const lead = "Kenyan President William Ruto said on Monday that trade matters. "
	runRuleCases(t, []ruleCase{
		{name: "OK/arrived in Dar es Salaam for a visit", pub: pub,
			text: lead + "Ruto arrived in Dar es Salaam on Tuesday for a three-day state visit.",
			want: []string{"MEETING KE-TZ 2019-06-11/2019-06-13 held"}},
		{name: "OK/arrived in Rio de Janeiro", pub: pub,
			text: lead + "Ruto arrived in Rio de Janeiro on Tuesday.",
			want: []string{"MEETING KE-BR 2019-06-11 held"}},
	})
}

// TestSignedAsAnAttribute: "signed" right before an accord noun after
// "of", "the" or an adverb describes accords in force ("the full
// implementation of signed agreements"), not a signing; "have already
// signed treaties" still signs.
func TestSignedAsAnAttribute(t *testing.T) {
	pub := graph.Day(2019, 5, 10)
	runRuleCases(t, []ruleCase{
		{name: "FP/implementation of signed agreements", pub: pub,
			text: "The Philippines and Mexico agreed to work on the full implementation of signed agreements on tourism.",
			want: nil},
		{name: "OK/have already signed treaties", pub: pub,
			text: "Israel and the UAE have already signed treaties on direct flights.",
			want: []string{"ACCORD IL-AE  signed"}},
		{name: "OK/signed agreements on Friday", pub: pub,
			text: "Japan and India signed agreements on tourism on Friday.",
			want: []string{"ACCORD JP-IN 2019-05-10 signed"}},
	})
}

// TestParenthesisRestatesADate: a date that a parenthesis right after it
// restates ("this week (March 10-12)", "on Tuesday (March 11)") gives way
// to the date in the parenthesis.
func TestParenthesisRestatesADate(t *testing.T) {
	pub := graph.Day(2014, 3, 19)
	runRuleCases(t, []ruleCase{
		{name: "OK/this week (March 10-12)", pub: pub,
			text: "President Uhuru Kenyatta of Kenya was on a three day official visit to Ethiopia this week (March 10-12).",
			want: []string{"MEETING KE-ET 2014-03-10/2014-03-12 held"}},
		{name: "OK/a visit this week without a parenthesis", pub: pub,
			text: "President Uhuru Kenyatta of Kenya was on a three day official visit to Ethiopia this week.",
			want: []string{"MEETING KE-ET 2014-03-17/2014-03-19 held"}},
	})
}

// TestJointBodySession: a session of a body two states share ("the
// China-Russia Intergovernmental Commission held its 20th session", "the
// second session of their Joint Permanent Commission") is their meeting,
// and that body is no agency of the second state; a parliament's or a UN
// council's session is no meeting of states.
func TestJointBodySession(t *testing.T) {
	pub := graph.Day(2023, 4, 13)
	runRuleCases(t, []ruleCase{
		{name: "OK/the pair's commission held its 20th session", pub: pub,
			text: "The China-Russia Intergovernmental Commission held its 20th session in Beijing in February.",
			want: []string{"MEETING CN-RU 2023-02 held"}},
		{name: "OK/the second session of their joint commission", pub: pub,
			text: "Kenya and Tanzania held the second session of their Joint Permanent Commission in Nairobi on Tuesday.",
			want: []string{"MEETING KE-TZ 2023-04-11 held"}},
		{name: "FP/a parliament's special session", pub: pub,
			text: "The Kenyan parliament held a special session on Tuesday to debate the Tanzania deal.",
			want: nil},
		{name: "FP/a UN council's session", pub: pub,
			text: "Kenya and Tanzania attended the session of the UN Human Rights Council on Tuesday.",
			want: nil},
	})
	if got := agencyList("The Kenya-Tanzania Joint Commission held its first meeting in February.", pub); got != "" {
		t.Errorf("agencies %q, want none: the joint commission is the pair's", got)
	}
}

// TestReceivedOnADayThePerson: a day between the receiving verb and its
// guest ("received on Wednesday the Moroccan Minister of Foreign
// Affairs") does not hide the guest; the visit the guest "is currently on"
// in that sentence is the same visit.
func TestReceivedOnADayThePerson(t *testing.T) {
	pub := graph.Day(2020, 2, 19)
	runRuleCases(t, []ruleCase{
		{name: "OK/received on Wednesday the minister", pub: pub,
			text: "Mauritanian President Ghazouani received on Wednesday the Moroccan Foreign Minister.",
			want: []string{"MEETING MR-MA 2020-02-19 held"}},
		{name: "OK/received on Wednesday the minister, who is on a visit", pub: pub,
			text: "President of Mauritania Mohamed Ould Cheikh El Ghazouani received on Wednesday the Moroccan Minister of Foreign Affairs Nasser Bourita, who is currently on a visit to Nouakchott.",
			want: []string{"MEETING MR-MA 2020-02-19 held"}},
	})
}

// TestVisitUntilADay: a visit that begins on a day and is said to last
// "until" a later day a few words after its noun ends that day; a
// sentence's other "until" ("said the sanctions would stay until April
// 30") ends nothing.
func TestVisitUntilADay(t *testing.T) {
	pub := graph.Day(2023, 4, 22)
	const lead = "Brazilian President Lula da Silva spoke. "
	runRuleCases(t, []ruleCase{
		{name: "OK/a visit that will last until April 25", pub: pub,
			text: lead + "On Friday, Lula arrived in Lisbon to begin an official visit to Portugal that will last until April 25.",
			want: []string{"MEETING BR-PT 2023-04-21/2023-04-25 held"}},
		{name: "OK/for a stay until April 25", pub: pub,
			text: lead + "Lula arrived in Portugal on Friday for a stay until April 25.",
			want: []string{"MEETING BR-PT 2023-04-21/2023-04-25 held"}},
		{name: "OK/another clause's until ends nothing", pub: pub,
			text: lead + "Lula arrived in Portugal on Friday and said the sanctions would stay until April 30.",
			want: []string{"MEETING BR-PT 2023-04-21 held"}},
	})
}

// TestSeatOfGovernmentAsAPlace: a seat of government named as a place ("in
// the Kremlin on Wednesday", "will visit the White House") is no agency
// mention; speaking ("The Kremlin said") or owning ("in reaction to the
// White House statement") it is.
func TestSeatOfGovernmentAsAPlace(t *testing.T) {
	pub := graph.Day(2023, 4, 22)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Putin said in his meeting with Maduro in the Kremlin on Wednesday.", nil},
		{"South Korean President Moon Jae-in will visit the White House next month.", nil},
		{"The Kremlin said Putin met Maduro on Wednesday.", []string{"Kremlin/RU"}},
		{"The dollar rose in reaction to the White House statement on Monday.", []string{"White House/US"}},
	} {
		if got := agencyList(tc.text, pub); got != strings.Join(tc.want, " ") {
			t.Errorf("%q: agencies %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestForeignOfficeOfAnotherState: "Foreign Office" in a story that never
// names Britain is the foreign ministry of the state context gives
// (Pakistan's, Nepal's); with Britain named it stays Britain's.
func TestForeignOfficeOfAnotherState(t *testing.T) {
	pub := graph.Day(2024, 4, 22)
	for _, tc := range []struct{ text, want string }{
		{"Foreign Office spokesman Aziz Ahmed Khan said Pakistan and Afghanistan have a tradition of close relations.", "Ministry of Foreign Affairs/PK"},
		{"The Foreign Office said Britain would send an envoy to Kabul.", "Foreign Office/GB"},
	} {
		if got := agencyList(tc.text, pub); got != tc.want {
			t.Errorf("%q: agencies %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestUnplacedOfficerHostsInACapital: an officer the story names by a
// state office but never places ("Deputy Prime Minister Winston Peters"),
// meeting a foreign guest in a capital, is that capital's state; an envoy
// or a bank's president is no such officer.
func TestUnplacedOfficerHostsInACapital(t *testing.T) {
	pub := graph.Day(2019, 12, 6)
	runRuleCases(t, []ruleCase{
		{name: "OK/a deputy prime minister met a Tongan in Wellington", pub: pub,
			text: "Deputy Prime Minister Winston Peters met with Tongan Prime Minister and Foreign Minister Pohiva Tu'i'onetoa in Wellington today.",
			want: []string{"MEETING NZ-TO 2019-12-06 held"}},
		{name: "FP/an envoy met an Iranian in Baghdad", pub: pub,
			text: "Envoy Smith met with Iranian Foreign Minister Zarif in Baghdad today.",
			want: nil},
		{name: "FP/a bank's president met a Sri Lankan in Washington", pub: pub,
			text: "It said Bank President Barber Conable at a meeting with Sri Lanka's Finance Minister Ronnie de Mel in Washington also emphasised the need for reform.",
			want: nil},
	})
}

// TestOutcomeOfTalksBetween: "the outcome of the talks" refers to talks
// told elsewhere, but "the outcome of the talks between Musharraf and
// Bush at Camp David on June 24" tells them.
func TestOutcomeOfTalksBetween(t *testing.T) {
	pub := graph.Day(2003, 6, 22)
	runRuleCases(t, []ruleCase{
		{name: "OK/the outcome of the talks between two leaders", pub: pub,
			text: "Indian Prime Minister Atal Bihari Vajpayee said India will await the outcome of the talks between Pakistani President Pervez Musharraf and United States President George W Bush at Camp David on June 24.",
			want: []string{"MEETING PK-US 2003-06-24 planned"}},
		{name: "FP/details of the talks", pub: pub,
			text: "Pakistan and the United States offered few details of the talks.",
			want: nil},
	})
}

// TestPriorToThis: "Prior to this," or "Before that," opens an event
// earlier than the one told before it: not merged into it, and not dated
// by the days around it.
func TestPriorToThis(t *testing.T) {
	pub := graph.Day(2020, 7, 21)
	runRuleCases(t, []ruleCase{
		{name: "OK/prior to this, met in Baghdad", pub: pub,
			text: "Iraqi Prime Minister Mustafa Al-Kadhimi has arrived in Tehran on Tuesday. Prior to this, Al-Kadhimi met with Iranian Foreign Minister Mohammad Javad Zarif in Baghdad.",
			want: []string{"MEETING IQ-IR 2020-07-21 held", "MEETING IQ-IR  held"}},
		{name: "OK/without the opener, one visit", pub: pub,
			text: "Iraqi Prime Minister Mustafa Al-Kadhimi has arrived in Tehran on Tuesday. Al-Kadhimi met with Iranian Foreign Minister Mohammad Javad Zarif.",
			want: []string{"MEETING IQ-IR 2020-07-21 held"}},
	})
}

// TestFirstToCall: "was the first to call Duterte" tells a call made; the
// infinitive after "the first", "the last" or "the only" is no wish, and
// "call" in its base form calls when an officer follows it.
func TestFirstToCall(t *testing.T) {
	pub := graph.Day(2020, 6, 12)
	runRuleCases(t, []ruleCase{
		{name: "OK/was the first to call", pub: pub,
			text: "US President Donald Trump was the first to call Duterte on April 19.",
			want: []string{"MEETING US-PH 2020-04-19 held"}},
		{name: "OK/wants to call: none", pub: pub,
			text: "US President Donald Trump wants to call Duterte on Friday.",
			want: nil},
		{name: "OK/to call on the United States: none", pub: pub,
			text: "Philippine President Rodrigo Duterte urged the United States to call off the drills.",
			want: nil},
	})
}

// agencyList extracts text and lists its agencies as "Name/CC", space
// separated.
func agencyList(text string, pub graph.Date) string {
	r := Extract(Input{Text: text, Published: pub}, Options{})
	var got []string
	for _, ag := range r.Agencies {
		got = append(got, ag.Name+"/"+ag.Country)
	}
	return strings.Join(got, " ")
}

// TestAnniversaryOfAMeeting: "Today marks the second anniversary of the
// breakthrough meeting" dates the meeting two years before, to the day; a
// meeting held to mark an anniversary is of its own day.
func TestAnniversaryOfAMeeting(t *testing.T) {
	pub := graph.Day(2011, 7, 31)
	runRuleCases(t, []ruleCase{
		{name: "OK/the second anniversary of the meeting, today", pub: pub,
			text: "Today marks the second anniversary of the breakthrough meeting held between the Prime Minister of Slovenia and the Prime Minister of Croatia.",
			want: []string{"MEETING SI-HR 2009-07-31 held"}},
		{name: "OK/this year marks the 20th anniversary of the first summit", pub: pub,
			text: "This year marks the 20th anniversary of the first summit between China and Russia.",
			want: []string{"MEETING CN-RU 1991 held"}},
		{name: "OK/met to mark an anniversary: their own day", pub: pub,
			text: "To mark the 50th anniversary of diplomatic ties, the leaders of Slovenia and Croatia met on Tuesday.",
			want: []string{"MEETING SI-HR 2011-07-26 held"}},
	})
}

// TestVisitOfAnOfficeOfAState: "the visit of Prime Minister of Mongolia
// L.Oyun-Erdene to Japan" is Mongolia's visit, as "the visit of the
// Mongolian prime minister" is.
func TestVisitOfAnOfficeOfAState(t *testing.T) {
	pub := graph.Day(2021, 7, 26)
	runRuleCases(t, []ruleCase{
		{name: "OK/the visit of Prime Minister of Mongolia to Japan", pub: pub,
			text: "The visit of Prime Minister of Mongolia L.Oyun-Erdene to Japan took place between July 21 and 25.",
			want: []string{"MEETING MN-JP 2021-07-21/2021-07-25 held"}},
	})
}
