package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 25; each a general mechanism with its own case.

// TestLeadNewsKeepsItsDay: an undated meeting the lead tells as news is
// not an earlier meeting of the pair dated weeks before the story; it
// takes the story's day. A later telling of the same week still merges.
func TestLeadNewsKeepsItsDay(t *testing.T) {
	pub := graph.Day(1987, 3, 11)
	lead := "Soviet first deputy prime minister Vsevolod Murakhovsky said at the end of a brief visit here his country wanted to boost joint business with France. "
	runRuleCases(t, []ruleCase{
		{name: "FN/at the end of a visit here, and a meeting last January", pub: pub, dateline: "PARIS, March 11",
			text: lead + "At a meeting in Paris last January French and Soviet foreign trade ministers said they were committed to increased efforts to reduce the deficit.",
			want: []string{"MEETING SU-FR 1987-03-11 held", "MEETING FR-SU 1987-01 held"}},
		{name: "OK/the visit's own day told later", pub: pub, dateline: "PARIS, March 11",
			text: lead + "Murakhovsky arrived in Paris on Monday for talks with French ministers.",
			want: []string{"MEETING SU-FR 1987-03-09 held"}},
	})
}

// TestDateOfANamedSubjectsClause: a date after the trigger that sits
// between a named subject joined by "and" and its verb dates that verb;
// names joined on both sides of "and" stay one clause.
func TestDateOfANamedSubjectsClause(t *testing.T) {
	pub := graph.Day(1987, 4, 5)
	runRuleCases(t, []ruleCase{
		{name: "FP/and Trade Minister Pat Carney on Friday sought", pub: pub,
			text: "Canada made no concessions ahead of talks with U.S. officials and Trade Minister Pat Carney on Friday sought to dispel concern.",
			want: []string{"MEETING CA-US  planned"}},
		{name: "OK/talks between Kerry and Lavrov on Friday ended", pub: graph.Day(2016, 4, 5),
			text: "The talks between Kerry and Lavrov on Friday ended without agreement.",
			want: []string{"MEETING US-RU 2016-04-01 held"}},
	})
}

// TestDateBeforeAnotherNoun: a date right before a noun of another
// happening ("his April 2009 speech", "the May 3 elections") dates that
// noun, not the event of the sentence.
func TestDateBeforeAnotherNoun(t *testing.T) {
	pub := graph.Day(2016, 4, 11)
	runRuleCases(t, []ruleCase{
		{name: "FP/after his April 2009 speech", pub: pub,
			text: "Hopes for Obama's visit to Hiroshima were raised after his April 2009 speech in Prague.",
			want: []string{"MEETING US-JP  proposed"}},
		{name: "FP/after the May 3 elections", pub: pub,
			text: "Japan and the U.S. will hold talks after the May 3 elections.",
			want: []string{"MEETING JP-US  planned"}},
		{name: "OK/the May 3 talks", pub: pub,
			text: "Japan and the U.S. will hold the May 3 talks in Tokyo.",
			want: []string{"MEETING JP-US 2016-05-03 planned"}},
	})
}

// TestToDiscussIsAPurpose: "to discuss" after a meeting says what it is
// for; the state named after it is the topic, not a third side, unless
// "with" names it.
func TestToDiscussIsAPurpose(t *testing.T) {
	pub := graph.Day(2016, 1, 14)
	runRuleCases(t, []ruleCase{
		{name: "FP/meet on Thursday to discuss North Korea's test", pub: pub,
			text: "Defence officials from South Korea and China will meet on Thursday to discuss North Korea's latest nuclear test.",
			want: []string{"MEETING KR-CN 2016-01-14 planned"}},
		{name: "OK/to discuss Syria with Lavrov", pub: pub,
			text: "Kerry will travel to Moscow to discuss Syria with Lavrov.",
			want: []string{"MEETING US-RU  planned"}},
	})
}

// TestShouldProposes: "should" urges a meeting; it does not tell one held
// (which the story's day would then date). ("must" is left out: it also
// governs asides, "who must return home on Friday, met ...".)
func TestShouldProposes(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FP/should hold talks", pub: pub,
			text: "Iran and Saudi Arabia should hold talks, Lavrov said.",
			want: []string{"MEETING IR-SA  proposed"}},
		{name: "OK/held talks", pub: pub,
			text: "Iran and Saudi Arabia held talks, Lavrov said.",
			want: []string{"MEETING IR-SA 2016-03-09 held"}},
	})
}

// TestCapitalBeforeAVerbOfMeeting: a capital before "met" is a side
// that met; before a meeting noun it names the venue.
func TestCapitalBeforeAVerbOfMeeting(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/officials from Seoul and Tokyo met", pub: pub,
			text: "Officials from Seoul and Tokyo met on Wednesday.",
			want: []string{"MEETING KR-JP 2016-03-09 held"}},
		{name: "OK/the Geneva meeting", pub: pub,
			text: "Officials from Moscow and Washington prepared the Geneva meeting on Wednesday.",
			want: []string{"MEETING RU-US 2016-03-09 held"}},
	})
}

// TestUnderAnAccordBothSidesSubject: two states that together act under
// an accord are its parties; a clause of their own after "that," is not.
func TestUnderAnAccordBothSidesSubject(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/will hold joint patrols under an agreement reached on Thursday", pub: pub,
			text: "Indonesia and Malaysia will hold joint patrols under an agreement reached on Thursday.",
			want: []string{"ACCORD ID-MY 2016-03-03 agreed"}},
		{name: "OK/complained that, under agreements worked out when they joined the EC", pub: graph.Day(1987, 3, 9),
			text: "Diplomats said Spain and Portugal backed the court's view and also complained that, under complex financial agreements worked out when they joined the EC, they would get less back later.",
			want: nil},
	})
}

// TestSaidOnADayHe: "he" after "said on Sunday" is the sayer, as after
// "said".
func TestSaidOnADayHe(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/said on Sunday he had met his Israeli counterpart", pub: pub,
			text: "Egypt's foreign minister said on Sunday he had met his Israeli counterpart in Jerusalem.",
			want: []string{"MEETING EG-IL 2016-03-06 held"}},
		{name: "FN/said on Sunday that he had met", pub: pub,
			text: "Egypt's foreign minister said on Sunday that he had met his Israeli counterpart.",
			want: []string{"MEETING EG-IL 2016-03-06 held"}},
	})
}

// TestStatesDueToSignADeal: a deal that states are due to sign is an
// accord under negotiation; a firm's deal still to come is not theirs.
func TestStatesDueToSignADeal(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/are due to sign a gas deal later this month", pub: pub,
			text: "Russia and Ukraine are due to sign a gas deal later this month.",
			want: []string{"ACCORD RU-UA 2016-03 negotiating"}},
		{name: "FN/is expected to sign a deal with Cuba", pub: pub,
			text: "The United States is expected to sign a deal with Cuba on Friday.",
			want: []string{"ACCORD US-CU 2016-03-11 negotiating"}},
		{name: "OK/Gazprom is due to sign a deal", pub: pub,
			text: "Russia's Gazprom is due to sign a deal with Ukraine on Friday.",
			want: nil},
	})
}

// TestAccordAfterTalksBetween: an accord told with no agent, made after
// talks between two states, is theirs.
func TestAccordAfterTalksBetween(t *testing.T) {
	pub := graph.Day(1987, 3, 18)
	runRuleCases(t, []ruleCase{
		{name: "FN/was signed after talks between Iraq and Turkey", pub: pub,
			text: "The agreement was signed after talks between Iraq and Turkey.",
			want: []string{"MEETING IQ-TR  held", "ACCORD IQ-TR 1987-03-18 signed"}},
		{name: "OK/signed by Japan after talks between", pub: pub,
			text: "The agreement was signed by Japan after talks between Iraq and Turkey.",
			want: []string{"MEETING IQ-TR  held"}},
	})
}

// TestDateBeforeAThatClause: a date before a "that" clause is the main
// clause's, not the day of an event the clause tells.
func TestDateBeforeAThatClause(t *testing.T) {
	pub := graph.Day(2016, 3, 31)
	runRuleCases(t, []ruleCase{
		{name: "FP/on Wednesday did not rule out the possibility that they might meet", pub: pub,
			text: "The White House on Wednesday did not rule out the possibility that Obama and Erdogan might meet briefly.",
			want: []string{"MEETING US-TR  proposed"}},
		{name: "FP/last week agreed that Obama would meet Erdogan", pub: pub,
			text: "Last week, Turkey and the U.S. agreed that Obama would meet Erdogan.",
			want: []string{"MEETING US-TR  planned"}},
		{name: "OK/on Wednesday met", pub: pub,
			text: "Obama and Erdogan on Wednesday met in Washington.",
			want: []string{"MEETING US-TR 2016-03-30 held"}},
	})
}

// TestDateOfAnApposition: a date in an apposition with its own participle
// after the event's place ("Hiroshima, a city destroyed ... 71 years ago")
// is the apposition's.
func TestDateOfAnApposition(t *testing.T) {
	pub := graph.Day(2016, 5, 21)
	runRuleCases(t, []ruleCase{
		{name: "FP/Hiroshima, a city destroyed by a U.S. atomic bomb 71 years ago", pub: pub,
			text: "Obama will become the first U.S. president to visit Hiroshima, a city destroyed by a U.S. atomic bomb 71 years ago.",
			want: []string{"MEETING US-JP  planned"}},
		{name: "OK/Hiroshima, on Friday", pub: pub,
			text: "Obama will visit Hiroshima, a city in western Japan, on Friday.",
			want: []string{"MEETING US-JP 2016-05-27 planned"}},
	})
}

// TestSummitOfMany: a summit whose sentence names fewer than two of its
// sides is one of many states, unless told as the sides' own ("their
// summit", "an Anglo-French summit"); the story's pair does not fill it.
func TestSummitOfMany(t *testing.T) {
	pub := graph.Day(1987, 4, 27)
	lead := "President Reagan will meet Prime Minister Yasuhiro Nakasone on Wednesday and may tell him that the U.S. can lift trade sanctions against Japan by the end of June, the New York Times said. "
	runRuleCases(t, []ruleCase{
		{name: "FP/the June 8-10 economic summit meeting in Venice", pub: pub, dateline: "NEW YORK, April 27",
			text: lead + "The newspaper said that under such a scenario the President would announce just before the June 8-10 economic summit meeting in Venice that he hoped to lift the restrictions.",
			want: []string{"MEETING US-JP 1987-04-29 planned"}},
		{name: "OK/Reagan and Nakasone at their summit", pub: pub,
			text: lead + "Reagan will raise the issue with Nakasone at their summit in June.",
			want: []string{"MEETING US-JP 1987-04-29 planned", "MEETING US-JP 1987-06 planned"}},
		{name: "FP/the Franco-African summit", pub: graph.Day(2005, 12, 3),
			text: "France and Mali are old partners. The Malian president opened the Franco-African summit on Saturday.",
			want: nil},
	})
	for w, want := range map[string]bool{"anglo-french": true, "sino-japanese": true, "franco-african": false, "two-day": false, "franco-french": false} {
		if got := twoPeoples(w); got != want {
			t.Errorf("twoPeoples(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestStatusWordsInAnAside: the words of a relative aside between the
// subject and the verb ("who may return home", "who cancelled a trip")
// are the aside's; they set no status for the meeting after it. A state's
// minister meeting its own president there is no event.
func TestStatusWordsInAnAside(t *testing.T) {
	pub := graph.Day(2006, 11, 15)
	runRuleCases(t, []ruleCase{
		{name: "FP/who may return home on Friday, met", pub: pub,
			text: "The Iranian president, who may return home on Friday, met Iraqi leaders on Monday.",
			want: []string{"MEETING IR-IQ 2006-11-13 held"}},
		{name: "FP/who cancelled a trip to Syria last year, met", pub: pub,
			text: "The Iranian president, who cancelled a trip to Syria last year, met Iraqi leaders on Monday.",
			want: []string{"MEETING IR-IQ 2006-11-13 held"}},
		{name: "FP/who could face protests at home, will meet", pub: pub,
			text: "Ahmadinejad, who could face protests at home, will meet Iraqi leaders on Friday.",
			want: []string{"MEETING IR-IQ 2006-11-17 planned"}},
		{name: "OK/may meet", pub: pub,
			text: "The Iranian president may meet Iraqi leaders on Friday.",
			want: []string{"MEETING IR-IQ 2006-11-17 proposed"}},
	})
}

// TestStoryPersonByPerson: "he" opening a sentence after another naming
// several people is the story's main person, the one named most, not the
// country whose people are named most.
func TestStoryPersonByPerson(t *testing.T) {
	pub := graph.Day(1987, 3, 11)
	runRuleCases(t, []ruleCase{
		{name: "FP/he after Clark, Reagan, Baker and Moynihan", pub: pub, dateline: "WASHINGTON, March 11",
			text: "Canadian Foreign Secretary Joe Clark said he expected the Reagan administration to act on acid rain. " +
				"Clark today held discussions with Treasury Secretary James Baker and Senator Patrick Moynihan. " +
				"Yesterday, he held talks with Vice President George Bush.",
			want: []string{"MEETING CA-US 1987-03-11 held", "MEETING CA-US 1987-03-10 held"}},
	})
}
