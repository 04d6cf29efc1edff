package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 26; each a general mechanism with its own case.

// TestPeopleFromACountry: "officials from Iraq", "a delegation from
// Iraq" after a verb of meeting name the side met; "from" alone still
// names where someone comes from.
func TestPeopleFromACountry(t *testing.T) {
	pub := graph.Day(2016, 2, 18)
	runRuleCases(t, []ruleCase{
		{name: "FN/met officials from Iraq", pub: pub,
			text: "Iran's foreign minister met officials from Iraq on Wednesday.",
			want: []string{"MEETING IR-IQ 2016-02-17 held"}},
		{name: "FN/met a delegation from Iraq", pub: pub,
			text: "The Iranian oil minister met a delegation from Iraq in Tehran on Wednesday.",
			want: []string{"MEETING IR-IQ 2016-02-17 held"}},
		{name: "OK/met traders from Iraq", pub: pub,
			text: "Iran's foreign minister met traders from Iraq on Wednesday.",
			want: nil},
	})
}

// TestSpeakerIsATitle: "House Speaker" is an office like "Senate Majority
// Leader", so "U.S. House Speaker Newt Gingrich" is a U.S. official, not
// "U.S." naming a thing called House.
func TestSpeakerIsATitle(t *testing.T) {
	pub := graph.Day(1997, 4, 2)
	runRuleCases(t, []ruleCase{
		{name: "FN/U.S. House Speaker met", pub: pub,
			text: "U.S. House Speaker Newt Gingrich met Chinese President Jiang Zemin on Monday.",
			want: []string{"MEETING US-CN 1997-03-31 held"}},
		{name: "FN/said during a visit to China", pub: pub,
			text: "U.S. House Speaker Newt Gingrich said during a visit to China last week that he would act.",
			want: []string{"MEETING US-CN 1997-03-24/1997-03-30 held"}},
	})
}

// TestWhatAnInquiryShowed: a deed that documents or prosecutors show is
// the past an inquiry found, not the story's news, so an undated one does
// not take the publication day.
func TestWhatAnInquiryShowed(t *testing.T) {
	pub := graph.Day(2016, 1, 27)
	runRuleCases(t, []ruleCase{
		{name: "FP/documents showed he brokered a deal", pub: pub,
			text: "The investigation uncovered documents prosecutors say showed Modanlo brokered a deal between Iran and Russia to launch the satellite.",
			want: []string{"ACCORD IR-RU  agreed"}},
		{name: "OK/a deal told as news", pub: pub,
			text: "Modanlo brokered a deal between Iran and Russia to launch the satellite.",
			want: []string{"ACCORD IR-RU 2016-01-27 agreed"}},
	})
}

// TestTimeAfterTheUS: "the U.S." before a lower-case word is mostly an
// attribute ("U.S. chains"), but not before a time ("last Thursday",
// "earlier this month") or an adverb and its verb ("formally
// established"): the subject's verb follows.
func TestTimeAfterTheUS(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FN/the U.S. last Thursday signed", pub: pub,
			text: "Japan and the U.S. last Thursday signed an accord on semiconductors.",
			want: []string{"ACCORD JP-US 1987-03-19 signed"}},
		{name: "FN/the U.S. earlier this month signed", pub: pub,
			text: "Japan and the U.S. earlier this month signed an accord on semiconductors.",
			want: []string{"ACCORD JP-US 1987-03 signed"}},
		{name: "FN/the U.S. tentatively agreed", pub: pub,
			text: "Japan and the U.S. tentatively agreed on Thursday to cut tariffs.",
			want: []string{"ACCORD JP-US 1987-03-19 agreed"}},
		{name: "OK/U.S. chains", pub: pub,
			text: "Japanese firms and U.S. chains signed a deal on Thursday.",
			want: nil},
	})
}

// TestPrivatePartiesAfterTheTalks: talks whose clause names banks or
// creditors as the ones asked are theirs; the story's pair does not give
// them a second state. A state's own firms do not count.
func TestPrivatePartiesAfterTheTalks(t *testing.T) {
	pub := graph.Day(1987, 4, 8)
	lead := "Security Pacific Corp said it is placing loans to Brazil and Ecuador on a non-accrual basis. " +
		"The action affects 401 mln dlrs of loans to Brazil and 73 mln of loans to Ecuador. " +
		"Brazil suspended interest payments on February 20. Ecuador has not paid any interest to foreign banks since February. "
	runRuleCases(t, []ruleCase{
		{name: "FP/negotiations resume when he asks banks", pub: pub,
			text: lead + "The Brazilian negotiations resume on Friday in New York when Central Bank Governor Francisco Gros is expected to ask banks for a roll-over of term debt.",
			want: nil},
		{name: "OK/the negotiations resume with Ecuador", pub: pub,
			text: lead + "The Brazilian negotiations resume on Friday in New York when Central Bank Governor Francisco Gros is expected to ask for a roll-over of term debt.",
			want: []string{"MEETING BR-EC 1987-04-10 planned"}},
	})
}

// TestMeetAStatesTargets: "meet Japanese specifications", "meet U.S.
// demand": a state's word before what is met makes it a target, as "meet
// the deadline"; "meet Japanese officials" is still a meeting.
func TestMeetAStatesTargets(t *testing.T) {
	pub := graph.Day(1987, 4, 7)
	lead := "Oki Electric Industry Co Ltd may import car telephones made by its 100 pct U.S. Subsidiary, Oki America Inc, for sale in Japan, an Oki spokesman said. " +
		"The firm would like to import the car phones, which are made according to a system developed jointly by Motorola Inc of the U.S. And Oki Electric, the spokesman said. "
	runRuleCases(t, []ruleCase{
		{name: "FP/to meet Japanese specifications", pub: pub, dateline: "TOKYO, April 7",
			text: lead + "A final decision will hinge on obtaining approval from Japan's Post and Telecommunications Ministry and whether or not it is feasible to convert the models to meet Japanese specifications, he said.",
			want: nil},
		{name: "FP/to meet U.S. safety standards", pub: pub, dateline: "TOKYO, April 7",
			text: lead + "A final decision will hinge on obtaining approval from Japan's Post and Telecommunications Ministry and whether or not it is feasible to convert the models to meet U.S. safety standards, he said.",
			want: nil},
		{name: "OK/will meet Japanese officials", pub: pub, dateline: "TOKYO, April 7",
			text: lead + "U.S. Treasury Secretary James Baker will meet Japanese officials on Tuesday.",
			want: []string{"MEETING US-JP 1987-04-07 planned"}},
	})
}

// TestTalksByADeadline: "by the end of the month" after the talks is a
// time, not the "end" that makes talks something else ("talks end").
func TestTalksByADeadline(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FN/will hold talks by the end of the month", pub: pub,
			text: "Japan and the U.S. will hold talks by the end of the month.",
			want: []string{"MEETING JP-US  planned"}},
		{name: "FN/will meet by the end of April", pub: pub,
			text: "Japan and the U.S. will meet by the end of April.",
			want: []string{"MEETING JP-US  planned"}},
	})
}

// TestPreviousDayAndDecades: "the previous day" is the day before, as
// "the day before"; a decade ("the 1970s") is a past the date reader does
// not read, so an event told in it does not take the story's day.
func TestPreviousDayAndDecades(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FP/held talks the previous day", pub: pub,
			text: "Japan and the U.S. held talks the previous day.",
			want: []string{"MEETING JP-US 1987-03-19 held"}},
		{name: "FP/held talks in the 1970s", pub: pub,
			text: "Japan and the U.S. held talks in the 1970s.",
			want: []string{"MEETING JP-US  held"}},
	})
}

// TestWhatHeCalled: the "called" of "held what he called useful talks"
// gives a name, not a call for talks: the talks were held.
func TestWhatHeCalled(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FP/held what he called useful talks", pub: pub,
			text: "Japanese Foreign Minister Tadashi Kuranari held what he called useful talks with U.S. Secretary of State George Shultz on Thursday.",
			want: []string{"MEETING JP-US 1987-03-19 held"}},
		{name: "OK/called for talks", pub: pub,
			text: "Japan called for what it described as urgent talks with the U.S.",
			want: []string{"MEETING JP-US  proposed"}},
	})
}

// TestAccordInARelativeClause: the subject of a relative clause on the
// accord noun signed it: "The pact Japan signed with the U.S.", "The
// treaty, which the Soviet Union and the United States signed"; the words
// after the verb then belong to the main clause.
func TestAccordInARelativeClause(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FN/the pact Japan signed with the U.S.", pub: pub,
			text: "The pact Japan signed with the U.S. on Thursday cuts tariffs.",
			want: []string{"ACCORD JP-US 1987-03-19 signed"}},
		{name: "FN/the treaty, which A and B signed", pub: pub,
			text: "The treaty, which the Soviet Union and the United States signed in December, bans medium-range missiles.",
			want: []string{"ACCORD SU-US 1986-12 signed"}},
		{name: "FN/the agreement that A and B signed, then the main clause", pub: pub,
			text: "The agreement that Britain and China signed in 1984 returns Hong Kong to China in 1997.",
			want: []string{"ACCORD GB-CN 1984 signed"}},
		{name: "OK/the deal Japanese firms struck", pub: pub,
			text: "The deal Japanese firms struck with the U.S. last year has failed.",
			want: nil},
	})
}

// TestWhatAMeetingSought: a state's word on a thing ("sought Japanese
// financing", "the American diplomatic mission") does not name the state
// as something other than the partner, as "the Canadian banker" does; the
// story's pair may still give the partner.
func TestWhatAMeetingSought(t *testing.T) {
	pub := graph.Day(2006, 12, 14)
	lead := "Indian Prime Minister Manmohan Singh called Thursday for closer ties with Japan. " +
		"Singh is the first Indian premier in five years to visit Japan. India and Japan are old friends. "
	runRuleCases(t, []ruleCase{
		{name: "FN/in talks with ministers, Singh sought Japanese financing", pub: pub, dateline: "TOKYO, Dec 14",
			text: lead + "In talks with ministers on Monday, Singh sought Japanese financing for a freight railway.",
			want: []string{"MEETING IN-JP  ongoing", "MEETING IN-JP 2006-12-11 held"}},
		{name: "OK/a meeting with a Japanese banker", pub: pub, dateline: "TOKYO, Dec 14",
			text: lead + "After a meeting with Singh on Monday, the Japanese banker said loans would follow.",
			want: []string{"MEETING IN-JP  ongoing"}},
	})
}

// TestIsTheFirstToVisit: "is the first ... to visit" tells of a visit
// under way, as "became the first ... to visit" tells of one made; only
// "will be the first" plans it.
func TestIsTheFirstToVisit(t *testing.T) {
	pub := graph.Day(2006, 12, 14)
	runRuleCases(t, []ruleCase{
		{name: "FP/is the first Indian premier to visit Japan", pub: pub,
			text: "Indian Prime Minister Manmohan Singh is the first Indian premier in five years to visit Japan.",
			want: []string{"MEETING IN-JP  ongoing"}},
		{name: "OK/will be the first to visit", pub: pub,
			text: "Indian Prime Minister Manmohan Singh will be the first Indian premier in five years to visit Japan.",
			want: []string{"MEETING IN-JP  planned"}},
	})
}

// TestSummitNamedByAnAttribute: a summit whose sentence names one side as
// a state and the other only as an attribute ("asked by Japanese
// reporters", "Japanese electronic goods") is still a summit of many.
func TestSummitNamedByAnAttribute(t *testing.T) {
	pub := graph.Day(1987, 6, 2)
	lead := "U.S. Secretary of State George Shultz said the economic package announced by Tokyo last week went further than the U.S. had expected. " +
		"But he said the U.S. would not lift the sanctions it imposed on Japanese imports until Tokyo changed its policies. " +
		"Shultz said it was heartening that the Japanese had confronted the problem. "
	runRuleCases(t, []ruleCase{
		{name: "FP/asked by Japanese reporters whether the U.S. might decide at next week's Venice summit", pub: pub, dateline: "ROME, June 2",
			text: lead + "But asked by Japanese reporters whether the U.S. might decide at next week's Venice summit to lift its sanctions on some Japanese electronic goods, Shultz replied.",
			want: nil},
		{name: "OK/their summit next week", pub: pub, dateline: "ROME, June 2",
			text: lead + "Shultz said the U.S. might decide at their summit next week to lift its sanctions on some Japanese electronic goods.",
			want: []string{"MEETING US-JP 1987-06-08/1987-06-14 planned"}},
	})
}

// TestSayerAfterAnOpeningQuote: the clause of a sentence that opens with
// a quotation starts after it, so "his talks" are the sayer's, not those
// of a person named inside the quotation.
func TestSayerAfterAnOpeningQuote(t *testing.T) {
	pub := graph.Day(2016, 5, 15)
	runRuleCases(t, []ruleCase{
		{name: "FP/\"... Netanyahu ...\" Ayrault told reporters after his talks with", pub: pub,
			text: "French Foreign Minister Jean-Marc Ayrault is in the region. \"I know that Netanyahu does not agree,\" Ayrault told reporters after his talks with the Israeli leader in Jerusalem and a meeting with Palestinian President Mahmoud Abbas in the occupied West Bank.",
			want: []string{"MEETING FR-IL  held", "MEETING FR-PS 2016-05-15 held"}},
	})
}

// TestUnplacedVisitorAfterAQuote: a visitor the story does not place
// ("Francis told reporters ... as he returned to Rome from a visit to
// Mexico") visits for no state of the story's pair, also when the sentence
// opens with his quotation and the pair's first state would be the
// visitor.
func TestUnplacedVisitorAfterAQuote(t *testing.T) {
	pub := graph.Day(2016, 2, 18)
	lead := "British Prime Minister David Cameron called Donald Trump divisive. Britain's Parliament also denounced Trump, the U.S. Republican front-runner. " +
		"British lawmakers said Trump was a demagogue disgracing the United States. Cameron said Britain's ties with the United States would survive. "
	runRuleCases(t, []ruleCase{
		{name: "FP/\"...,\" Francis told reporters as he returned from a visit to Mexico", pub: pub,
			text: lead + "\"A person who thinks only about building walls is not Christian,\" Francis told reporters Thursday aboard the papal plane as he returned to Rome from a visit to Mexico.",
			want: nil},
		{name: "OK/Cameron told reporters as he returned from a visit to Mexico", pub: pub,
			text: lead + "\"Walls are not the answer,\" Cameron told reporters Thursday as he returned to London from a visit to Mexico.",
			want: []string{"MEETING GB-MX  held"}},
	})
}

// TestVisitOfAnUnplacedPossessor: "his U.S. trip", where "his" is a
// person the story does not place ("cars Shakira will use in
// Mexico"), is no trip of the story's pair; a placed traveller's is.
func TestVisitOfAnUnplacedPossessor(t *testing.T) {
	pub := graph.Day(2016, 2, 14)
	lead := "Mexican President Enrique Pena Nieto welcomed singer Shakira to the National Palace. Mexico and the Vatican restored ties in 1992. " +
		"Pena Nieto said Mexico was honoured. Vatican officials estimate a million people came out in Mexico. A Vatican spokesman said the Vatican was pleased. "
	runRuleCases(t, []ruleCase{
		{name: "FP/cars Shakira will use in Mexico are recycled from her U.S. trip", pub: pub, dateline: "MEXICO CITY",
			text: lead + "Three of the five cars Shakira will use in Mexico are being recycled from her U.S. trip in September.",
			want: []string{"RELATIONS MX-VA 1992 held"}},
		{name: "OK/Pena Nieto recalled his U.S. trip", pub: pub, dateline: "MEXICO CITY",
			text: lead + "Pena Nieto said his U.S. trip in September had been a success.",
			want: []string{"RELATIONS MX-VA 1992 held", "MEETING MX-US 2015-09 held"}},
	})
}

// TestNegotiatingATopicWithAState: "negotiating the return of the
// detainees with the United States" are talks with the state after the
// topic; "negotiating a deal with" stays the accord's.
func TestNegotiatingATopicWithAState(t *testing.T) {
	pub := graph.Day(2005, 3, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/is negotiating the return of the detainees with the United States", pub: pub,
			text: "Britain is negotiating the return of the detainees with the United States.",
			want: []string{"MEETING GB-US  ongoing"}},
		{name: "OK/is negotiating an agreement with the United States", pub: pub,
			text: "Britain is negotiating an agreement with the United States.",
			want: []string{"ACCORD GB-US  negotiating"}},
	})
}

// TestSinceAfterALongObject: "had been negotiating the return of the
// detainees with the United States since 2003": "since" after a long
// object still dates the start of the continuing talks.
func TestSinceAfterALongObject(t *testing.T) {
	pub := graph.Day(2005, 3, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/had been negotiating ... with the United States since 2003", pub: pub,
			text: "Britain had been negotiating the return of the detainees with the United States since 2003.",
			want: []string{"MEETING GB-US 2003 ongoing"}},
	})
}

// TestAStateNegotiatingADeal: "Britain is negotiating a trade deal with
// the United States" is an accord under negotiation; "deal" counts when a
// state negotiates it, as when a state is due to sign one.
func TestAStateNegotiatingADeal(t *testing.T) {
	pub := graph.Day(2005, 3, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/Britain is negotiating a trade deal with the United States", pub: pub,
			text: "Britain is negotiating a trade deal with the United States.",
			want: []string{"ACCORD GB-US  negotiating"}},
		{name: "FN/Britain and the United States are currently negotiating a trade deal", pub: pub,
			text: "Britain and the United States are currently negotiating a trade deal.",
			want: []string{"ACCORD GB-US  negotiating"}},
		{name: "OK/a firm is negotiating a deal", pub: pub,
			text: "British Airways is negotiating a deal with the United States.",
			want: nil},
	})
}

// TestMeetingOfAGroupTwoStatesLead: a group or body "led by" or
// "co-chaired by" two states meets as the group, not as those two.
func TestMeetingOfAGroupTwoStatesLead(t *testing.T) {
	pub := graph.Day(2016, 2, 29)
	runRuleCases(t, []ruleCase{
		{name: "FP/countries of the ISSG, led by the United States and Russia, met", pub: pub,
			text: "Countries belonging to the \"International Syria Support Group\" (ISSG), led by the United States and Russia, met in Geneva on Monday.",
			want: nil},
		{name: "FP/the group, co-chaired by the United States and Russia, met", pub: pub,
			text: "The International Syria Support Group, co-chaired by the United States and Russia, met in Geneva on Monday.",
			want: nil},
		{name: "OK/a U.S. delegation led by Kerry met Russian officials", pub: pub,
			text: "A U.S. delegation led by Secretary of State John Kerry met Russian officials in Geneva on Monday.",
			want: []string{"MEETING US-RU 2016-02-29 held"}},
	})
}

// TestTruceTwoStatesMade: a ceasefire or "cessation of hostilities"
// brokered, sponsored or drawn up by two states is their accord; one
// state's mediation is not, and only a date in the phrase dates it.
func TestTruceTwoStatesMade(t *testing.T) {
	pub := graph.Day(2016, 5, 6)
	runRuleCases(t, []ruleCase{
		{name: "FN/the cessation of hostilities drawn up by Washington and Moscow", pub: pub,
			text: "The cessation of hostilities drawn up by Washington and Moscow faced \"complete nullification\", the official said.",
			want: []string{"ACCORD US-RU 2016-05-06 agreed"}},
		{name: "FN/a ceasefire brokered by the U.S. and Russia on Feb. 27", pub: pub,
			text: "Kerry has made clear a ceasefire brokered by the U.S. and Russia on Feb. 27 must also include Aleppo.",
			want: []string{"ACCORD US-RU 2016-02-27 agreed"}},
		{name: "FN/had brought relief on Thursday: not the truce's day", pub: pub,
			text: "Aleppo is where a cessation of hostilities brokered by Russia and the United States had brought a measure of relief on Thursday.",
			want: []string{"ACCORD RU-US  agreed"}},
		{name: "OK/a ceasefire brokered by Egypt", pub: pub,
			text: "Israel and Hamas agreed a truce brokered by Egypt.",
			want: nil},
	})
}

// TestTruceCompound: "a Russian- and U.S.-brokered cease-fire" names its
// two makers in the compound; "a U.S.-brokered cease-fire" names one.
func TestTruceCompound(t *testing.T) {
	pub := graph.Day(2016, 3, 24)
	runRuleCases(t, []ruleCase{
		{name: "FN/a Russian- and U.S.-brokered cease-fire", pub: pub,
			text: "Those groups have been excluded from a Russian- and U.S.-brokered cease-fire that began on Feb. 27.",
			want: []string{"ACCORD RU-US  agreed"}},
		{name: "FN/a U.S.-Russia-brokered cease-fire", pub: pub,
			text: "Attacks threaten to undermine a U.S.-Russia-brokered cease-fire that has held for over a month.",
			want: []string{"ACCORD US-RU  agreed"}},
		{name: "OK/a U.S.-brokered cease-fire", pub: pub,
			text: "Attacks threaten to undermine a U.S.-brokered cease-fire in Syria.",
			want: nil},
	})
}

// TestContractions: "didn't", "won't", "hasn't" negate as "did not" does,
// and "we've" is "we" and "have", so the quotation's speaker is found.
func TestContractions(t *testing.T) {
	pub := graph.Day(2016, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FP/didn't meet", pub: pub,
			text: "U.S. President Barack Obama didn't meet Russian President Vladimir Putin on Friday.",
			want: nil},
		{name: "FP/won't meet", pub: pub,
			text: "U.S. President Barack Obama won't meet Russian President Vladimir Putin on Friday.",
			want: nil},
		{name: "FP/hasn’t met, a curly apostrophe", pub: pub,
			text: "U.S. President Barack Obama hasn’t met Russian President Vladimir Putin since 2015.",
			want: nil},
		{name: "FP/we've put at the center of discussions with China", pub: graph.Day(2016, 5, 26),
			text: "U.S. President Barack Obama arrived in Japan on Wednesday. Japan and the United States are allies, Japanese officials said. \"It's something that we've put at the center of discussions and negotiations with China,\" Obama told reporters.",
			want: []string{"MEETING US-JP 2016-05-25 held", "MEETING US-CN 2016-05-25 held"}},
		{name: "OK/he'll meet", pub: pub,
			text: "U.S. President Barack Obama said he'll meet Russian President Vladimir Putin next week.",
			want: []string{"MEETING US-RU 2016-03-21/2016-03-27 planned"}},
	})
}

// TestNotPlanningToMeet: "does not plan to meet" denies the meeting as
// "has no plans to meet" does.
func TestNotPlanningToMeet(t *testing.T) {
	pub := graph.Day(2016, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FP/does not plan to meet", pub: pub,
			text: "U.S. President Barack Obama does not plan to meet Russian President Vladimir Putin.",
			want: nil},
		{name: "FP/doesn't want to visit", pub: pub,
			text: "U.S. President Barack Obama doesn't want to visit Russia.",
			want: nil},
		{name: "OK/plans to meet", pub: pub,
			text: "U.S. President Barack Obama plans to meet Russian President Vladimir Putin.",
			want: []string{"MEETING US-RU  planned"}},
	})
}

// TestQuotedTruceAndFacilitatedTalks: a quoted truce noun ('a "cessation of
// hostilities" brokered by') is still the brokers' accord, and the peace
// talks it aims to facilitate are not the brokers' meeting.
func TestQuotedTruceAndFacilitatedTalks(t *testing.T) {
	pub := graph.Day(2016, 4, 11)
	runRuleCases(t, []ruleCase{
		{name: "FP+FN/a \"cessation of hostilities\" brokered by ... with the aim of facilitating peace talks", pub: pub,
			text: "Fighting marks the most serious challenge yet to a \"cessation of hostilities\" brokered by the United States and Russia with the aim of facilitating peace talks.",
			want: []string{"ACCORD US-RU  agreed"}},
		{name: "OK/Norway facilitated talks between Israel and the PLO", pub: pub,
			text: "Norway facilitated talks between Israel and Palestine in 1993.",
			want: []string{"MEETING IL-PS 1993 held"}},
	})
}
