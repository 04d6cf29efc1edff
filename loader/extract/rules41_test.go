package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 41; each a general mechanism with its own case.

// TestTextCutAfterFor: a scraped excerpt that ends in the middle of a
// sentence, right after "for", is read without a panic (the look past "for"
// for a destination stops at the sentence's end).
func TestTextCutAfterFor(t *testing.T) {
	pub := graph.Day(2019, 1, 8)
	runRuleCases(t, []ruleCase{
		{name: "OK/a visit sentence cut after for", pub: pub,
			text: "Recalling successful discussions in Sochi in May and during President Putin's visit to New Delhi in October for",
			want: []string{"MEETING RU-IN 2018-10 held"}},
	})
}

// TestGameBetweenNationalTeams: states that "meet" in a sentence about a
// match and no one in office are teams ("England met Poland, for their
// third game"); leaders meeting at a game still meet.
func TestGameBetweenNationalTeams(t *testing.T) {
	pub := graph.Day(2021, 4, 1)
	runRuleCases(t, []ruleCase{
		{name: "FP/England met Poland for their third game", pub: pub,
			text: "At Wembley stadium, on Wednesday 31st of March, the break from Premier League football action reached its conclusion, as England met Poland, for their third game of the international break.",
			want: nil},
		{name: "FP/Japan and North Korea meet for qualifying matches", pub: pub,
			text: "A place at the next football World Cup is not all that is at stake when Japan and North Korea meet on Thursday for the first of two qualifying matches.",
			want: nil},
		{name: "FP/meetings between the two countries are about more than football", pub: pub,
			text: "Japan and North Korea play on Thursday. Meetings between the two countries have always been about more than football.",
			want: nil},
		{name: "OK/presidents met at the World Cup final", pub: pub,
			text: "Russian President Vladimir Putin met French President Emmanuel Macron at the World Cup final in Moscow on Sunday.",
			want: []string{"MEETING RU-FR 2021-03-28 held"}},
	})
}

// TestAgreedToTravel: agreeing to travel somewhere is a planned journey,
// not an accord; agreeing to terms still is one.
func TestAgreedToTravel(t *testing.T) {
	pub := graph.Day(2012, 11, 14)
	runRuleCases(t, []ruleCase{
		{name: "FP/Noda agreed to travel to New Delhi", pub: pub,
			text: "Japanese Prime Minister Yoshihiko Noda agreed to travel to New Delhi next month.",
			want: []string{"MEETING JP-IN 2012-12 planned"}},
		{name: "OK/agreed to cut tariffs", pub: pub,
			text: "Japan and India agreed to cut tariffs on Tuesday.",
			want: []string{"ACCORD JP-IN 2012-11-13 agreed"}},
	})
}

// TestLeadNewsNotAWeekOldMeeting: the lead's undated news ("discussed the
// border, Trend reports") is not the same pair's meeting told with a date
// eleven days before the story.
func TestLeadNewsNotAWeekOldMeeting(t *testing.T) {
	pub := graph.Day(2023, 10, 13)
	runRuleCases(t, []ruleCase{
		{name: "FN/presidents discussed the border, after a meeting of October 2", pub: pub,
			text: "BISHKEK, Kyrgyzstan, October 13 - President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon discussed issues related to the state border, Trend reports. " +
				"On October 2, 2023, in Kyrgyz Batken city, a joint meeting of the government delegations of Kyrgyzstan and Tajikistan on the state border was held.",
			want: []string{"MEETING KG-TJ 2023-10-13 held", "MEETING KG-TJ 2023-10-02 held"}},
	})
}

// TestDroppedTies: "dropped", "snapped" and "ruptured" ties sever them (the
// case format shows a relations event's status, not its action).
func TestDroppedTies(t *testing.T) {
	pub := graph.Day(2019, 9, 29)
	runRuleCases(t, []ruleCase{
		{name: "FN/the Solomon Islands dropped diplomatic ties with Taiwan", pub: pub,
			text: "The move comes a week after the Solomon Islands also dropped diplomatic ties with Taiwan.",
			want: []string{"RELATIONS SB-TW  held"}},
		{name: "FN/Nicaragua snapped ties with Taiwan", pub: pub,
			text: "Nicaragua snapped ties with Taiwan on Friday.",
			want: []string{"RELATIONS NI-TW 2019-09-27 held"}},
		{name: "OK/dropped its objection", pub: pub,
			text: "Canada dropped its objection to ties with Cuba.",
			want: nil},
	})
}

// TestSignedToEstablishRelations: a document signed "to establish
// diplomatic relations" establishes them on the day it is signed.
func TestSignedToEstablishRelations(t *testing.T) {
	pub := graph.Day(2019, 9, 29)
	runRuleCases(t, []ruleCase{
		{name: "FN/signed a joint communique to establish diplomatic relations", pub: pub,
			text: "Chinese Foreign Minister Wang Yi and Kiribati's President Taneti Mamau on Friday signed a joint communique to establish diplomatic relations between the two countries, Xinhua reported.",
			want: []string{"RELATIONS CN-KI 2019-09-27 held"}},
		{name: "OK/hope to establish diplomatic relations", pub: pub,
			text: "China and Kiribati hope to establish diplomatic relations.",
			want: nil},
	})
}

// TestAgreedOnVagueGerund: "agreed on strengthening their coordination"
// is a pledge, as "agreed to strengthen" is; "agreed on a ceasefire" is
// still an accord.
func TestAgreedOnVagueGerund(t *testing.T) {
	pub := graph.Day(2020, 9, 30)
	runRuleCases(t, []ruleCase{
		{name: "FP/agreed on strengthening their coordination", pub: pub,
			text: "Egypt and Britain also agreed on strengthening their coordination.",
			want: nil},
		{name: "OK/agreed on a ceasefire", pub: pub,
			text: "Egypt and Britain agreed on a ceasefire plan on Tuesday.",
			want: []string{"ACCORD EG-GB 2020-09-29 agreed"}},
	})
}

// TestTwoSidesAreTheActingPair: "the two sides" of a story are the states
// that act in it, not the subject its demonyms keep naming ("the Libyan
// crisis", "all Libyan parties").
func TestTwoSidesAreTheActingPair(t *testing.T) {
	pub := graph.Day(2020, 9, 30)
	runRuleCases(t, []ruleCase{
		{name: "FP/the two sides of a call about Libya", pub: pub,
			text: "President Abdel Fattah El Sisi received on Tuesday a phone call from United Kingdom Prime Minister Boris Johnson to exchange views on a number of regional and international files, topped by the situation in Libya, said Presidential Spokesman Bassam Radi in statements. " +
				"During the phone call, President Sisi asserted Egypt's firm and strategic stand towards the Libyan crisis, which aims at restoring stability and security in the war-torn country. " +
				"President Sisi also called on all Libyan parties to positively interact with each other on the different tracks emanating from the Berlin Summit and the Cairo Declaration. " +
				"These elections will signal the beginning of a new stage for the Libyan people, the president said. " +
				"For his part, Johnson expressed his support for Egypt's genuine efforts to resolve the Libyan crisis, the spokesman said. " +
				"The two sides also agreed on a joint plan to end the war, the spokesman added.",
			want: []string{"MEETING EG-GB 2020-09-29 held", "ACCORD EG-GB 2020-09-30 agreed"}},
	})
}

// TestWorkingOnAnAgreement: states that "are working on", "are drafting"
// or "are finalising" an agreement negotiate it, as "are negotiating"
// already read; work on an old accord's implementation is no new one.
func TestWorkingOnAnAgreement(t *testing.T) {
	pub := graph.Day(2023, 4, 5)
	runRuleCases(t, []ruleCase{
		{name: "FN/Kyiv and Warsaw are working on a new cooperation agreement", pub: pub,
			text: "Polish President Andrzej Duda has said that Kyiv and Warsaw are working on a new cooperation agreement between the two countries.",
			want: []string{"ACCORD UA-PL  negotiating"}},
		{name: "FN/are drafting a cooperation agreement", pub: pub,
			text: "Poland and Ukraine are drafting a new cooperation agreement.",
			want: []string{"ACCORD PL-UA  negotiating"}},
		{name: "OK/spent months working on the agreement", pub: pub,
			text: "Poland and Ukraine spent months working on the agreement.",
			want: nil},
	})
}

// TestDiplomaticMission: a diplomatic mission opened or established is an
// embassy, for relations; an embassy that opens talks opens no relations.
func TestDiplomaticMission(t *testing.T) {
	pub := graph.Day(2022, 9, 2)
	runRuleCases(t, []ruleCase{
		{name: "FN/Canada established its first diplomatic mission in Cuba", pub: pub,
			text: "In 1945, Canada established its first diplomatic mission in Cuba.",
			want: []string{"RELATIONS CA-CU 1945 held"}},
		{name: "FN/opened a diplomatic mission in Morocco", pub: pub,
			text: "Israel opened a diplomatic mission in Morocco on Thursday.",
			want: []string{"RELATIONS IL-MA 2022-09-01 held"}},
		{name: "FP/the embassy opened talks", pub: pub,
			text: "The embassy of Canada opened talks with Cuba.",
			want: []string{"MEETING CA-CU 2022-09-02 held"}},
	})
}

// TestBilateralTalksWithAList: "bilateral talks with the leaders of A, B
// and C" are talks with each in turn, as "met separately with" are.
func TestBilateralTalksWithAList(t *testing.T) {
	pub := graph.Day(2023, 7, 5)
	runRuleCases(t, []ruleCase{
		{name: "FN/bilateral talks with the leaders of three states", pub: pub,
			text: "Japanese Prime Minister Fumio Kishida will hold bilateral talks with the leaders of Lithuania, the Netherlands and Norway on Tuesday.",
			want: []string{"MEETING JP-LT 2023-07-11 planned", "MEETING JP-NL 2023-07-11 planned", "MEETING JP-NO 2023-07-11 planned"}},
		{name: "OK/talks with the leaders of three states", pub: pub,
			text: "Japanese Prime Minister Fumio Kishida will hold talks with the leaders of Lithuania, the Netherlands and Norway on Tuesday.",
			want: []string{"MEETING JP-LT-NL-NO 2023-07-11 planned"}},
	})
}

// TestBetweenTheTwoNamedStates: "between the two countries" after a
// sentence's own two states is theirs, not the story's pair.
func TestBetweenTheTwoNamedStates(t *testing.T) {
	pub := graph.Day(2017, 11, 12)
	runRuleCases(t, []ruleCase{
		{name: "FP/a deal between the two countries of another pair", pub: pub,
			text: "Chinese President Xi Jinping met Vietnamese Prime Minister Nguyen Xuan Phuc on Saturday. Xi also met Vietnam's president. " +
				"Meanwhile, Xi and his Chilean counterpart, Michelle Bachelet, witnessed the signing of a bilateral deal on upgrading the Free Trade Agreement (FTA) between the two countries.",
			want: []string{"MEETING CN-VN 2017-11-11 held", "ACCORD CL-CN 2017-11-12 signed"}},
	})
}

// TestBetweenAStateAndARegion: an accord "between Ethiopia and the
// breakaway region of Somaliland" has one state and no second; a state
// named after the "X and Y" list's comma is no member of it.
func TestBetweenAStateAndARegion(t *testing.T) {
	pub := graph.Day(2024, 2, 9)
	runRuleCases(t, []ruleCase{
		{name: "FP/an agreement between Ethiopia and a breakaway region, Turkey said", pub: pub,
			text: "Tensions rose over a controversial agreement between Ethiopia and the breakaway region of Somaliland, Turkey said.",
			want: nil},
		{name: "FP/an agreement between Ethiopia and a breakaway region angered Somalia", pub: pub,
			text: "An agreement between Ethiopia and the breakaway region of Somaliland angered Somalia.",
			want: nil},
		{name: "OK/an agreement between Ethiopia and Somalia", pub: pub,
			text: "The agreement between Ethiopia and Somalia was signed on Friday.",
			want: []string{"ACCORD ET-SO 2024-02-09 signed"}},
	})
}

// TestProgressiveArrangementAhead: "is visiting Iran on Sunday and
// Monday", told on a Saturday, is the coming Sunday and Monday.
func TestProgressiveArrangementAhead(t *testing.T) {
	pub := graph.Day(2015, 8, 22)
	runRuleCases(t, []ruleCase{
		{name: "FN/is visiting Iran on Sunday and Monday", pub: pub,
			text: "The Foreign Secretary, Philip Hammond, is visiting Iran on Sunday and Monday.",
			want: []string{"MEETING GB-IR 2015-08-23/2015-08-24 ongoing"}},
		{name: "OK/visited Iran on Sunday and Monday", pub: pub,
			text: "The Foreign Secretary, Philip Hammond, visited Iran on Sunday and Monday.",
			want: []string{"MEETING GB-IR 2015-08-16/2015-08-17 held"}},
	})
}

// TestDescribedState: "the tiny Pacific island nation", "the Latin
// American country" stand for the state named last before them by its
// name; a bare "the country" stands for none.
func TestDescribedState(t *testing.T) {
	pub := graph.Day(2019, 9, 29)
	runRuleCases(t, []ruleCase{
		{name: "FP/the tiny Pacific island nation severed ties", pub: pub,
			text: "China and Kiribati have established diplomatic relations, Chinese state media reported Saturday, days after the tiny Pacific island nation severed ties with Taiwan.",
			want: []string{"RELATIONS CN-KI  held", "RELATIONS KI-TW  held"}},
		{name: "FN/the Latin American country agreed to break relations", pub: pub,
			text: "China and Costa Rica announced Thursday that they had agreed to establish diplomatic ties after the Latin American country agreed to break official relations with Taiwan.",
			want: []string{"RELATIONS CR-TW  held"}},
	})
	// A bare "the country", or "the Republic of Korea", describes no state.
	for _, text := range []string{
		"China and Kiribati have established diplomatic relations, days after the country severed ties with Taiwan.",
		"China and Japan met the Republic of Korea's envoy.",
	} {
		a := analyse(Input{Text: text, Published: pub}, Options{})
		for _, s := range a.ss {
			for _, ac := range s.actors {
				if ac.how == byDescribe {
					t.Errorf("%q: got a described state %s at token %d, want none", text, ac.code, ac.tok)
				}
			}
		}
	}
}

// TestLongNameApposition: a name between commas after the subject costs
// the subject search no reach, however many particles it has ("Prince
// Faisal bin Farhan bin Abdullah").
func TestLongNameApposition(t *testing.T) {
	pub := graph.Day(2025, 7, 26)
	runRuleCases(t, []ruleCase{
		{name: "FN/a call by a minister with a long name", pub: pub,
			text: "Saudi Arabia's Minister of Foreign Affairs, Prince Faisal bin Farhan bin Abdullah, held a telephone conversation on Friday with Ethiopia's Minister of Foreign Affairs.",
			want: []string{"MEETING SA-ET 2025-07-25 held"}},
	})
}

// TestAccentedNameWrittenWithout: a person introduced with an accent
// ("Boris Tadić") is the same person written without it later ("Tadic").
func TestAccentedNameWrittenWithout(t *testing.T) {
	pub := graph.Day(2010, 11, 24)
	runRuleCases(t, []ruleCase{
		{name: "FN/Tadic met Josipovic", pub: pub,
			text: "Serbian President Boris Tadić arrived in Zagreb on Tuesday. Tadic met with Croatian President Ivo Josipovic on Wednesday.",
			want: []string{"MEETING RS-HR 2010-11-23 held", "MEETING RS-HR 2010-11-24 held"}},
	})
}

// TestStancePrefix: "anti-US President Hugo Chavez" is Venezuela's
// president, against the United States, not its president.
func TestStancePrefix(t *testing.T) {
	pub := graph.Day(2008, 11, 28)
	runRuleCases(t, []ruleCase{
		{name: "FP/accords with anti-US President Hugo Chavez", pub: pub,
			text: "Russian President Dmitry Medvedev signed accords with anti-US President Hugo Chavez in Caracas on Wednesday.",
			want: []string{"ACCORD RU-VE 2008-11-26 signed"}},
	})
}
