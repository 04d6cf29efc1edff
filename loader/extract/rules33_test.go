package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 33; each a general mechanism with its own case.

// TestUnnamedOfficerIsHe: an officer named by office alone ("the Israeli
// foreign minister", "Egypt's Minister of State for Foreign Affairs,
// Boutros Boutros Ghali,") is the person a "He" of the next sentence may
// be, as a named one is; so is the one person the sentence before names
// for the "he" after a sentence-opening meeting phrase.
func TestUnnamedOfficerIsHe(t *testing.T) {
	pub := graph.Day(2005, 6, 1)
	runRuleCases(t, []ruleCase{
		{name: "FN/The Israeli foreign minister said ... He held talks with Egyptian officials", pub: pub,
			text: "The Israeli foreign minister said on Sunday the peace process was at a crossroads. He held talks with Egyptian officials in Cairo on Tuesday.",
			want: []string{"MEETING IL-EG 2005-05-31 held"}},
		{name: "FN/The Soviet leader said ... He will travel to Egypt", pub: pub,
			text: "The Soviet leader said on Sunday the peace process was at a crossroads. He will travel to Egypt next week.",
			want: []string{"MEETING SU-EG 2005-06-06/2005-06-12 planned"}},
		{name: "FN/Egypt's Minister of State ..., Boutros Boutros Ghali, said. He told reporters on his return from Ethiopia", pub: graph.Day(1987, 3, 1),
			text: "Representatives of nine African countries will meet here on March 11 to discuss the African debt crisis, Egypt's Minister of State for Foreign Affairs, Boutros Boutros Ghali, said.\n\nHe told reporters on his return from Ethiopia that the meeting had been agreed.",
			want: []string{"MEETING EG-ET  held"}},
		{name: "FN/Israel's foreign minister said ... After talks with Egyptian officials, he said", pub: pub,
			text: "Israel's foreign minister said the peace process was at a crossroads. After talks with Egyptian officials, he said the sides were close.",
			want: []string{"MEETING IL-EG  held"}},
		{name: "OK/Israeli Foreign Minister Silvan Shalom said ... He will travel to Egypt", pub: pub,
			text: "Israeli Foreign Minister Silvan Shalom said on Sunday the peace process was at a crossroads. He will travel to Egypt next week.",
			want: []string{"MEETING IL-EG 2005-06-06/2005-06-12 planned"}},
		{name: "OK/Le Pen is expected to do well. After talks with French President Hollande, she said", pub: graph.Day(2016, 6, 26),
			text: "German Chancellor Angela Merkel said on Saturday the talks should not take ages. Merkel told a news conference Britain would remain a close partner. Far-right National Front leader Marine Le Pen is expected to perform strongly in an election next year. After talks with French President Francois Hollande, she said it was clear.",
			want: nil},
	})
}

// TestInterestsAreFirms: "British and German interests" are firms or
// holders of stakes, not the states: an accord with them is no state's,
// and "Japanese interests" buying bonds name no actor.
func TestInterestsAreFirms(t *testing.T) {
	pub := graph.Day(1987, 3, 4)
	runRuleCases(t, []ruleCase{
		{name: "FP/signed an agreement with British and German interests", pub: pub,
			text: "Kenya has signed an agreement with British and German interests to establish a shipping line, sources close to the deal said.",
			want: nil},
		{name: "OK/signed an agreement with British and German officials", pub: pub,
			text: "Kenya has signed an agreement with British and German officials to establish a shipping line, sources close to the deal said.",
			want: []string{"ACCORD KE-GB-DE 1987-03-04 signed"}},
	})
}

// TestOldPlansWereHeld: a meeting told in the present ("a caption's
// "meets") but dated two or more years before the story is no plan.
func TestOldPlansWereHeld(t *testing.T) {
	pub := graph.Day(2016, 5, 18)
	runRuleCases(t, []ruleCase{
		{name: "FN/The Queen meets the crowds during her royal tour of New Zealand in 1977", pub: pub,
			text: "British Queen Elizabeth spoke in parliament on Wednesday. The Queen meets the crowds during her royal tour of New Zealand in 1977.",
			want: []string{"MEETING GB-NZ 1977 held"}},
		{name: "OK/will visit New Zealand next year", pub: pub,
			text: "British Queen Elizabeth spoke in parliament on Wednesday. The Queen will visit New Zealand next year.",
			want: []string{"MEETING GB-NZ 2017 planned"}},
	})
}

// TestPledgeOfTheDay: a loan or grant told as the day's news ("Venezuela
// will lend Ecuador ..., the minister said today") is pledged that day, as
// an accord signed or agreed in such a sentence is.
func TestPledgeOfTheDay(t *testing.T) {
	pub := graph.Day(1987, 3, 12)
	runRuleCases(t, []ruleCase{
		{name: "FN/will lend ..., the minister said today", pub: pub,
			text: "Venezuela will lend Ecuador 50,000 barrels per day of crude oil over the next few months, Energy and Mines Minister Arturo Hernandez Grisanti said today.",
			want: []string{"ACCORD VE-EC 1987-03-12 pledged"}},
		{name: "OK/has agreed ..., officials said today", pub: pub,
			text: "Venezuela has agreed to lend Ecuador 50,000 barrels per day of crude oil, officials said today.",
			want: []string{"ACCORD VE-EC 1987-03-12 agreed"}},
	})
}

// TestGerundGoverningTrigger: a gerund after "before" or "after" that
// governs the meeting word ("before holding talks", "before moving on for
// talks") takes its clause's tense, as a gerund trigger does.
func TestGerundGoverningTrigger(t *testing.T) {
	pub := graph.Day(2016, 3, 2)
	runRuleCases(t, []ruleCase{
		{name: "FN/will visit Croatia on Wednesday before holding talks in Turkey", pub: pub,
			text: "Tusk will visit Croatia on Wednesday before holding talks in Turkey.",
			want: []string{"MEETING EU-HR 2016-03-02 planned", "MEETING EU-TR  planned"}},
		{name: "FN/is due to visit ... before moving on for talks in Turkey", pub: pub,
			text: "European Council President Donald Tusk is due to visit Croatia on Wednesday before moving on for talks in Turkey.",
			want: []string{"MEETING EU-HR 2016-03-02 planned", "MEETING EU-TR  planned"}},
		{name: "OK/visited Croatia on Wednesday before holding talks in Turkey", pub: pub,
			text: "Tusk visited Croatia on Wednesday before holding talks in Turkey.",
			want: []string{"MEETING EU-HR 2016-03-02 held", "MEETING EU-TR  held"}},
	})
}

// TestQuantifiedAccords: "any agreement", "every accord" and "all
// agreements" are a kind of accord, not one; "all three agreements" are
// those signed.
func TestQuantifiedAccords(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FP/all contracts and agreements signed by the Community", pub: pub,
			text: "Under the 1957 Treaty of Rome all contracts and agreements signed by the Community must contain this territorial clause stipulating West Berlin is an integral part of the EC.",
			want: nil},
		{name: "FP/any agreement signed by Japan with the United States", pub: pub,
			text: "Any agreement signed by Japan with the United States must be ratified.",
			want: nil},
		{name: "FP/All agreements signed by Japan with the United States", pub: pub,
			text: "All agreements signed by Japan with the United States must be ratified.",
			want: nil},
		{name: "OK/signed all three agreements on Monday", pub: pub,
			text: "Japan and the United States signed all three agreements on Monday.",
			want: []string{"ACCORD JP-US 1987-03-16 signed"}},
	})
}

// TestAccordVerbInAnotherClause: a verb after "because" or "although" is
// its own clause's, not the verb of an accord noun before it.
func TestAccordVerbInAnotherClause(t *testing.T) {
	pub := graph.Day(1987, 3, 2)
	runRuleCases(t, []ruleCase{
		{name: "FP/the pact was unfair because the United States had signed agreements with Japan", pub: pub,
			text: "Taiwan said the pact was unfair because the United States had signed more favourable agreements with Japan.",
			want: []string{"ACCORD US-JP  signed"}},
		{name: "OK/The agreement ..., which was delayed while officials studied it, was signed", pub: pub,
			text: "The agreement between Japan and China, which was delayed while officials studied it, was signed on Monday.",
			want: []string{"ACCORD JP-CN 1987-03-02 signed"}},
	})
}

// TestBothSidesNamedBefore: "both sides" as a subject after a sentence
// that names two states is those two, not the story's pair; as an object
// ("urged both sides to") it stays the story's.
func TestBothSidesNamedBefore(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FP/The EC and the U.S. realised ... both sides would have to prepare for negotiations", pub: pub,
			text: "West Germany and the U.S. argued over taxes on Monday. West Germany and the U.S. met again on Tuesday. The EC and the U.S. realised the tax issue would stay on the agenda and both sides would have to prepare for tough negotiations, the spokesman said.",
			want: []string{"MEETING DE-US 1987-03-17 held", "MEETING EU-US  planned"}},
	})
}

// TestGuessedPartnerBesideNamedOne: a meeting word whose partner only the
// story's pair supplies ("Obama discussed steps ...") is dropped when the
// sentence's other meeting word names that subject's partner ("during a
// meeting with Chinese President Xi Jinping"): one meeting, with China.
func TestGuessedPartnerBesideNamedOne(t *testing.T) {
	pub := graph.Day(2016, 4, 1)
	runRuleCases(t, []ruleCase{
		{name: "FP/discussed steps ... during a meeting with Xi, in a U.S.-Iran story", pub: pub,
			text: "President Barack Obama hailed the nuclear deal with Iran on Friday. Iran is already beginning to see the benefits of the deal with the United States. Obama discussed steps to deter further North Korean missile tests during a meeting with Chinese President Xi Jinping.",
			want: []string{"MEETING US-CN 2016-04-01 held"}},
	})
}

// TestGatheringTwoStatesAttend: a summit or meetings that two states
// named before "attend" are a gathering others hold, not their meeting;
// one state attending abroad still visits.
func TestGatheringTwoStatesAttend(t *testing.T) {
	pub := graph.Day(2016, 5, 12)
	runRuleCases(t, []ruleCase{
		{name: "FP/The presidents of Afghanistan and Nigeria will both be attending the summit", pub: pub,
			text: "The presidents of Afghanistan and Nigeria will both be attending the summit.",
			want: nil},
		{name: "FP/to let Italy and Canada attend meetings held by the five", pub: pub,
			text: "Italy said its exclusion violated an agreement to let Italy and Canada attend meetings held by the five.",
			want: nil},
		{name: "OK/Obama will attend the summit in Japan", pub: pub,
			text: "Obama will attend the summit in Japan.",
			want: []string{"MEETING US-JP  planned"}},
	})
}

// TestMorePrivateTravellers: waitresses, hijackers, executives and the
// like travel for no state ("Four waitresses from the Ryugyong Korean
// Restaurant visited the nearby store").
func TestMorePrivateTravellers(t *testing.T) {
	pub := graph.Day(2016, 4, 13)
	runRuleCases(t, []ruleCase{
		{name: "FP/Four waitresses from the Ryugyong Korean Restaurant visited the nearby store", pub: pub,
			text: "NINGBO, China Two days before they sought asylum in South Korea, the North Korean waitresses in the Chinese coastal city of Ningbo shopped for backpacks at a nearby store.\n\nFour waitresses from the Ryugyong Korean Restaurant visited the nearby store on April 5 and bought three backpacks, the workers said.",
			want: nil},
		{name: "OK/Four officials from the North Korean embassy visited the nearby store", pub: pub,
			text: "NINGBO, China Two days before they sought asylum in South Korea, the North Korean waitresses in the Chinese coastal city of Ningbo shopped for backpacks at a nearby store.\n\nFour officials from the North Korean embassy visited the nearby store on April 5 and bought three backpacks, the workers said.",
			want: []string{"MEETING KP-CN 2016-04-05 held"}},
	})
}
