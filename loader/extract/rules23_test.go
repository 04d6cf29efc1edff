package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 23; each a general mechanism with its own case.

// TestConditionalAccord: an accord brought in by "if a" or "unless a" is
// only supposed; "if the agreement holds" is about one already made.
func TestConditionalAccord(t *testing.T) {
	pub := graph.Day(2015, 3, 18)
	story := "Israeli Prime Minister Benjamin Netanyahu won the election, a setback for U.S.-Israeli relations. The United States and Israel differ over Iran. "
	runRuleCases(t, []ruleCase{
		{name: "FP/if a deal is reached", pub: pub,
			text: story + "If a deal is reached and does not pass muster with Netanyahu, he is likely to work with congressional Republicans to try to scuttle the accord.",
			want: nil},
		{name: "FP/unless a final agreement is signed", pub: pub,
			text: story + "Unless a final agreement is signed, the sanctions stay.",
			want: nil},
		{name: "OK/if the agreement holds", pub: pub,
			text: "Israel and Jordan signed a water agreement on Monday. If the agreement holds, both will gain.",
			want: []string{"ACCORD IL-JO 2015-03-16 signed"}},
	})
}

// TestMonthOfAFarVerb: a bare month takes the tense of its clause's verb
// even when that verb is far before it or behind a quoted name: "are to
// sign an \"open skies\" agreement ... in June" is the coming June.
func TestMonthOfAFarVerb(t *testing.T) {
	pub := graph.Day(1997, 4, 30)
	runRuleCases(t, []ruleCase{
		{name: "FN/a far future verb and a quoted name", pub: pub,
			text: "Malaysia and the United States are to sign an \"open skies\" agreement liberalising bilateral aviation traffic in June, Malaysian Transport Minister Ling Liong Sik said Wednesday.",
			want: []string{"ACCORD MY-US 1997-06 negotiating"}},
		{name: "OK/a far will (the event reads its own tense)", pub: pub,
			text: "The United States will push for a strong statement from Western heads of state at the talks with Japan in June.",
			want: []string{"MEETING US-JP 1997-06 planned"}},
		{name: "OK/a far past verb", pub: pub,
			text: "Malaysia and the United States signed an \"open skies\" agreement liberalising bilateral aviation traffic in June.",
			want: []string{"ACCORD MY-US 1996-06 signed"}},
	})
}

// TestRaisedTheIssueDuringAVisit: a state that raises an issue during a
// visit acts; a state that is the issue of talks is their topic.
func TestRaisedTheIssueDuringAVisit(t *testing.T) {
	pub := graph.Day(1997, 4, 30)
	runRuleCases(t, []ruleCase{
		{name: "FN/raised the issue during a visit", pub: pub,
			text: "King Hussein of Jordan raised the issue during a visit to the United States in April.",
			want: []string{"MEETING JO-US 1997-04 held"}},
		{name: "OK/a country that is the issue", pub: pub,
			text: "South Africa had not been a contentious issue in the talks between Britain and the United States.",
			want: []string{"MEETING GB-US  held"}},
	})
}

// TestCapitalVisit: a capital before "visit" or "trip", after an article
// or a possessive, names the host ("during a Washington visit"); a
// capital before talks names their venue ("the Geneva talks").
func TestCapitalVisit(t *testing.T) {
	pub := graph.Day(1997, 4, 30)
	runRuleCases(t, []ruleCase{
		{name: "FN/a Washington visit", pub: pub,
			text: "Jordan's King Hussein spoke during a Washington visit in early April.",
			want: []string{"MEETING JO-US 1997-04 held"}},
		{name: "FN/his Moscow trip", pub: pub,
			text: "Turkish Prime Minister Turgut Ozal ended his Moscow trip on Tuesday.",
			want: []string{"MEETING TR-RU 1997-04-29 held"}},
		{name: "OK/the Geneva talks", pub: pub,
			text: "The Geneva talks between the United States and the Soviet Union resumed on Monday.",
			want: []string{"MEETING US-SU 1997-04-28 held"}},
	})
}

// TestTalksAsAMeans: bare talks "via" or "through" which something is
// settled are a way, not a meeting; "through talks with" names one.
func TestTalksAsAMeans(t *testing.T) {
	pub := graph.Day(2016, 7, 14)
	runRuleCases(t, []ruleCase{
		{name: "FP/via talks", pub: pub,
			text: "China and Vietnam can settle their dispute via talks.",
			want: nil},
		{name: "OK/through talks with", pub: pub,
			text: "China settled the dispute through talks with Vietnam on Thursday.",
			want: []string{"MEETING CN-VN 2016-07-14 held"}},
	})
}

// TestForcesOfAState: the head of a unit of a state's forces acts for it
// ("Commander of the U.S. Pacific Fleet Gary Roughead"); a ship's port
// call is no visit; "Irish Republican Army" names no state.
func TestForcesOfAState(t *testing.T) {
	pub := graph.Day(2006, 11, 15)
	runRuleCases(t, []ruleCase{
		{name: "FN/a fleet's commander", pub: pub,
			text: "The USS Juneau is captained by Commander of the U.S. Pacific Fleet Gary Roughead. Later Wednesday, Roughead will meet with Chinese navy commander Gu Wengen.",
			want: []string{"MEETING US-CN 2006-11-15 planned"}},
		{name: "FN/a fleet commander", pub: pub,
			text: "U.S. Pacific Fleet commander Gary Roughead will meet with Chinese navy commander Gu Wengen on Thursday.",
			want: []string{"MEETING US-CN 2006-11-16 planned"}},
		{name: "FP/a warship's port call", pub: pub,
			text: "This is the third time the U.S. warship has visited China since the port opened to foreign warships in 2003.",
			want: nil},
		{name: "OK/a guerrilla army", pub: pub,
			text: "Irish Republican Army commander Sean Kelly met British officials in London on Wednesday.",
			want: nil},
	})
}

// TestJourneyDayWithPartOfDay: a day and its part between a journey verb
// and its preposition ("heading on Friday evening to Mozambique").
func TestJourneyDayWithPartOfDay(t *testing.T) {
	pub := graph.Day(2005, 1, 14)
	runRuleCases(t, []ruleCase{
		{name: "FN/on Friday evening", pub: pub,
			text: "British Chancellor Gordon Brown spent two days in Tanzania before heading on Friday evening to Mozambique.",
			want: []string{"MEETING GB-TZ 2005-01-14 held", "MEETING GB-MZ 2005-01-14 held"}},
	})
}

// TestOfficerApposition: a state's officer told by a lower-case office
// ("China's navy commander Gu Wengen", "Gu Wengen, commander of the
// Chinese navy") acts for it; "forces of President" and "rebel commander"
// are no office. Talks to form a government are a state's own politics.
func TestOfficerApposition(t *testing.T) {
	pub := graph.Day(2006, 11, 15)
	lead := "ZHANJIANG, Nov. 15 (Xinhua) -- U.S. Admiral Gary Roughead arrived on Wednesday. "
	runRuleCases(t, []ruleCase{
		{name: "OK/China's navy commander", pub: pub,
			text: lead + "Roughead will meet with China's navy commander Gu Wengen.",
			want: []string{"MEETING US-CN  planned"}},
		{name: "FN/commander of the Chinese navy", pub: pub,
			text: lead + "Roughead will meet with Gu Wengen, commander of the Chinese navy.",
			want: []string{"MEETING US-CN  planned"}},
		{name: "OK/a rebel commander", pub: pub,
			text: lead + "Roughead will meet with Syria's rebel commander Abu Hatem.",
			want: nil},
		{name: "FP/consultations to form a government", pub: pub,
			text: "Egyptian presidential spokesman Suleiman Awad said Mubarak supports Palestinian President Mahmoud Abbas. Abbas arrived in Cairo on Tuesday to brief Mubarak on the ongoing consultations to form such a government, the spokesman said.",
			want: []string{"MEETING PS-EG 2006-11-14 held"}},
	})
}

// TestTalksWithOwnRebels: talks "between the government and the rebel"
// group are a state's own, whatever states the story names.
func TestTalksWithOwnRebels(t *testing.T) {
	pub := graph.Day(2006, 11, 15)
	runRuleCases(t, []ruleCase{
		{name: "FP/between the government and the rebels", pub: pub,
			text: "Uganda and Sudan have agreed on a border plan. The Ugandan army has started withdrawing its troops from southern Sudan as the ongoing peace talks between the government and the rebel Lord's Resistance Army progress.",
			want: []string{"ACCORD UG-SD 2006-11-15 agreed"}},
	})
}

// TestSwitchedRecognition: a state that switches recognition or ties from
// one state to another severs them with the first and establishes them
// with the second, on the switch's date.
func TestSwitchedRecognition(t *testing.T) {
	pub := graph.Day(1997, 4, 2)
	runRuleCases(t, []ruleCase{
		{name: "FN/switched diplomatic recognition", pub: pub,
			text: "Gingrich is the first speaker to visit Taiwan since Washington switched diplomatic recognition from Taipei to Beijing in 1979.",
			want: []string{"RELATIONS US-TW 1979 held", "RELATIONS US-CN 1979 held"}},
		{name: "OK/no states", pub: pub,
			text: "The company switched its allegiance from one supplier to another in 1979.",
			want: nil},
	})
	r := Extract(Input{Text: "Panama switched ties from Taipei to Beijing on Tuesday.", Published: pub}, Options{})
	var got []string
	for _, e := range r.Events {
		got = append(got, strings.Join(e.Participants, "-")+" "+e.Action)
	}
	if want := []string{"PA-TW " + graph.ActionSevered, "PA-CN " + graph.ActionEstablished}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestQuotedNameInAccordPhrase: quote marks around an accord's name cost
// no distance between the accord noun and its verb.
func TestQuotedNameInAccordPhrase(t *testing.T) {
	pub := graph.Day(2006, 11, 16)
	runRuleCases(t, []ruleCase{
		{name: "FN/a quoted name before the verb", pub: pub,
			text: "It led to an agreement on the \"guiding principles\" on how resolve the dispute signed by Chinese Premier Wen Jiabao and Indian Prime Minister Manmohan Singh in 2005.",
			want: []string{"ACCORD CN-IN 2005 signed"}},
	})
}
