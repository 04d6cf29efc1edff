package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 24; each a general mechanism with its own case.

// TestAgreedDuringAVisit: the day of agreeing dates a visit the agreement
// was made during, however long the list between them; talks agreed to
// are still to come.
func TestAgreedDuringAVisit(t *testing.T) {
	pub := graph.Day(2006, 12, 15)
	runRuleCases(t, []ruleCase{
		{name: "FN/agreed Thursday ... during a visit", pub: pub,
			text: "Brazil and Russia agreed Thursday to develop cooperation in military, trade, space and energy affairs during a visit to Brazil by Russia's Foreign Minister Sergei Lavrov, officials said.",
			want: []string{"MEETING RU-BR 2006-12-14 held"}},
		{name: "OK/agreed Thursday to resume talks", pub: pub,
			text: "Brazil and Russia agreed Thursday to resume talks on trade.",
			want: []string{"MEETING BR-RU  planned"}},
	})
}

// TestAccordInThePresentPerfect: an accord told in the present perfect is
// the story's news and takes its day, like one told in the past tense; a
// visit in the perfect ("has visited") is background, and so is an accord
// in the past perfect.
func TestAccordInThePresentPerfect(t *testing.T) {
	pub := graph.Day(2006, 11, 16)
	lead := "Pakistan and Russia Thursday agreed to further expand economic and trade cooperation between the two sides. "
	runRuleCases(t, []ruleCase{
		{name: "FN/have agreed, after the lead", pub: pub,
			text: lead + "Addressing a joint press conference with Pakistani Foreign Minister Khurshid Mahmood Kasuri, visiting Russian Foreign Minister Sergey Lavrov said both the countries have agreed to launch the mechanism to activate Pakistan-Russia Joint Governmental Commission to promote economic and trade relations.",
			want: []string{"MEETING RU-PK 2006-11-16 held", "ACCORD RU-PK 2006-11-16 agreed"}},
		{name: "OK/have signed, told by the story: the past summed up", pub: pub,
			text: "Pakistan and Russia restored their trade commission in 2004. As they move toward closer ties, the two countries have signed accords on energy.",
			want: []string{"ACCORD PK-RU  signed"}},
		{name: "FN/have signed, in the lead", pub: pub,
			text: "Pakistan and Russia have signed an accord on energy. The accord follows years of talks.",
			want: []string{"ACCORD PK-RU 2006-11-16 signed"}},
		{name: "OK/had agreed", pub: pub,
			text: "Pakistan and Russia had agreed to activate their joint commission, officials said.",
			want: []string{"ACCORD PK-RU  agreed"}},
		{name: "OK/has visited", pub: pub,
			text: "Lavrov has visited Pakistan, officials said.",
			want: []string{"MEETING RU-PK  held"}},
	})
}

// TestAccordReportedAsJustDone: an accord reported in the perfect by a
// statement dated in its sentence is of the statement's day, like a meeting
// so reported.
func TestAccordReportedAsJustDone(t *testing.T) {
	pub := graph.Day(2016, 2, 21)
	runRuleCases(t, []ruleCase{
		{name: "FN/said on Saturday ... have signed an agreement", pub: pub,
			text: "British Prime Minister Margaret Thatcher said on Saturday that Britain and the Soviet Union have signed an agreement on trade.",
			want: []string{"ACCORD GB-SU 2016-02-20 signed"}},
		{name: "FN/said Monday it had signed off on a $2 billion credit line", pub: pub,
			text: "Ecuador also said Monday it had signed off on a $2 billion credit line from China to finance public investment.",
			want: []string{"ACCORD EC-CN 2016-02-15 signed"}},
		{name: "OK/said on Sunday ... had discussed", pub: pub,
			text: "U.S. Secretary of State John Kerry said on Sunday he had discussed a ceasefire with his Russian counterpart Sergei Lavrov.",
			want: []string{"MEETING US-RU 2016-02-21 held"}},
	})
}

// TestFormerAgencyStaff: someone who once worked for an agency no longer
// acts for its state: a former FBI agent's trip is no visit of the United
// States.
func TestFormerAgencyStaff(t *testing.T) {
	pub := graph.Day(2016, 1, 16)
	lead := "Iran freed four Americans on Saturday under a deal with the United States. "
	runRuleCases(t, []ruleCase{
		{name: "FP/former FBI agent", pub: pub,
			text: lead + "In addition, the fate of former FBI agent Robert Levinson, who disappeared in March 2007 during a visit to Iran's Kish Island, remains unknown.",
			want: []string{"ACCORD IR-US 2016-01-16 agreed"}},
		{name: "OK/an FBI team", pub: pub,
			text: lead + "An FBI delegation visited Iran in March 2007.",
			want: []string{"ACCORD IR-US 2016-01-16 agreed", "MEETING US-IR 2007-03 held"}},
	})
}

// TestDateOfALaterEventWord: a date right after another event word told
// after the trigger dates that one ("the scene of final negotiations last
// summer"); it does not keep the meeting from the story's day.
func TestDateOfALaterEventWord(t *testing.T) {
	pub := graph.Day(2016, 1, 16)
	runRuleCases(t, []ruleCase{
		{name: "FN/a meeting at the scene of negotiations last summer", pub: pub,
			text: "Secretary of State John F. Kerry flew from London to Vienna in the early afternoon local time. He went immediately into a meeting with Iranian Foreign Minister Mohammad Javad Zarif at the Coburg Palace Hotel, the scene of months-long final negotiations last summer that led to the deal between Iran and the world powers.",
			want: []string{"MEETING US-IR 2016-01-16 held"}},
		{name: "OK/a date of the meeting's own", pub: pub,
			text: "Kerry went into a meeting with Iranian Foreign Minister Mohammad Javad Zarif in Vienna last summer.",
			want: []string{"MEETING US-IR 2015 held"}},
	})
}

// TestRecentAfterTheTrigger: "recent" after the event qualifies another
// noun and does not set the event before the news; before it, it does.
func TestRecentAfterTheTrigger(t *testing.T) {
	pub := graph.Day(1987, 3, 3)
	runRuleCases(t, []ruleCase{
		{name: "FN/told visiting Shultz China's recent troubles were over", pub: pub,
			text: "Chinese leader Deng Xiaoping told visiting U.S. Secretary of State George Shultz China's recent troubles were over.",
			want: []string{"MEETING US-CN 1987-03-03 held"}},
		{name: "OK/a recent visit", pub: pub,
			text: "Chinese leader Deng Xiaoping recalled the recent visit of U.S. Secretary of State George Shultz to China.",
			want: []string{"MEETING CN-US  held"}},
	})
}

// TestSaidAfterAMeeting: a statement made after a meeting dates it, with a
// modifier before the meeting noun or "that" after the verb of saying.
func TestSaidAfterAMeeting(t *testing.T) {
	pub := graph.Day(1987, 4, 24)
	lead := "U.S. Treasury Secretary James Baker said today the Group of Seven wants to halt the dollar's fall. "
	runRuleCases(t, []ruleCase{
		{name: "FN/said that after meeting", pub: pub,
			text: lead + "Baker also said that after meeting Japanese special envoy Shintaro Abe, it was clear that Japan intends to take strong steps to stimulate its economy.",
			want: []string{"MEETING US-JP 1987-04-24 held"}},
		{name: "FN/speaking after an hour-long meeting", pub: pub,
			text: lead + "Speaking after an hour-long meeting with Japanese special envoy Shintaro Abe, Baker said he was satisfied.",
			want: []string{"MEETING US-JP 1987-04-24 held"}},
		{name: "OK/said that a meeting", pub: pub,
			text: lead + "Baker also said that the meeting with Japanese special envoy Shintaro Abe had been useful.",
			want: []string{"MEETING JP-US  held"}},
	})
}

// TestPartsOfADatedJourney: what a dated journey "will include" shares its
// dates, however long the list of parts.
func TestPartsOfADatedJourney(t *testing.T) {
	pub := graph.Day(2016, 5, 19)
	runRuleCases(t, []ruleCase{
		{name: "FN/which will include ... and his first trip to Vietnam", pub: pub,
			text: "President Barack Obama travels to parts of Asia from May 21-28, which will include a Group of Seven summit in Japan and his first trip to Vietnam.",
			want: []string{"MEETING US-VN 2016-05-21/2016-05-28 planned"}},
		{name: "OK/a part told in a clause of its own", pub: pub,
			text: "President Barack Obama travels to parts of Asia from May 21-28, which will include a Group of Seven summit in Japan, but he said he had visited Vietnam.",
			want: []string{"MEETING US-VN  held"}},
	})
}

// TestTermsOfAnAccordToldBefore: "Under the pact, X agreed to" tells the
// terms of an accord: of its day when the story told it, of the story's
// day when the story is that accord's news, and undated when "that"
// points back to one it did not date.
func TestTermsOfAnAccordToldBefore(t *testing.T) {
	pub := graph.Day(1987, 3, 23)
	runRuleCases(t, []ruleCase{
		{name: "FP/under the pact made the year before", pub: pub,
			text: "Japan and the United States signed a semiconductor pact in 1986. Under the pact, Tokyo agreed to stop selling cut-price chips in world markets.",
			want: []string{"ACCORD JP-US 1986 signed"}},
		{name: "FP/as part of that agreement", pub: pub,
			text: "The Group of Six reached an agreement in Paris to stabilise currencies. As part of that agreement, Japan and West Germany agreed to take steps to stimulate their economies.",
			want: []string{"ACCORD JP-DE  agreed"}},
		{name: "OK/under the deal, the story's news", pub: pub, title: "United States sets out limits on its spying as part of new data pact with Japan",
			text: "The United States set out limits on its spying. Under the deal, Washington agreed with Tokyo to create a new office for complaints.",
			want: []string{"ACCORD US-JP 1987-03-23 agreed"}},
		{name: "OK/under the pact, in a story of no deal", pub: pub,
			text: "The United States set out limits on its spying. Under the pact, Washington agreed with Tokyo to create a new office for complaints.",
			want: []string{"ACCORD US-JP  agreed"}},
	})
}

// TestDateOfASubordinateClause: a date in a clause "after he resigns" is
// that clause's own, not the event's before it.
func TestDateOfASubordinateClause(t *testing.T) {
	pub := graph.Day(2016, 6, 24)
	runRuleCases(t, []ruleCase{
		{name: "FP/after he resigns as early as October", pub: pub,
			text: "Prime Minister Cameron plans to leave the negotiations with the European Union to the next prime minister after he resigns as early as October.",
			want: []string{"MEETING GB-EU  planned"}},
		{name: "OK/a date of the talks' own clause", pub: pub,
			text: "Britain plans to open negotiations with the European Union as early as October, after it consults its partners.",
			want: []string{"MEETING GB-EU 2016-10 planned"}},
	})
}

// TestPossessedTradeAccord: a state's accord to buy from or sell to
// another, told without a verb, is theirs: "France's agreement last
// autumn to purchase gas from Norway's Troll field".
func TestPossessedTradeAccord(t *testing.T) {
	pub := graph.Day(1987, 3, 25)
	runRuleCases(t, []ruleCase{
		{name: "FN/France's agreement to purchase gas from Norway", pub: pub,
			text: "French companies were expected to receive operatorships following France's agreement last autumn to purchase gas from Norway's Troll field.",
			want: []string{"ACCORD FR-NO 1986 agreed"}},
		{name: "OK/a firm's agreement to buy from a state", pub: pub,
			text: "The company's agreement to purchase gas from Norway lapsed.",
			want: nil},
	})
}

// TestVisitLengthFromAnotherSentence: a visit dated by its first day takes
// the length another sentence gives the pair's visit.
func TestVisitLengthFromAnotherSentence(t *testing.T) {
	pub := graph.Day(2016, 5, 22)
	runRuleCases(t, []ruleCase{
		{name: "FN/begins on Monday ... three-day visit", pub: pub,
			text: "Pressure has mounted for Obama to use his landmark visit to Vietnam, which begins on Monday, to roll back an arms embargo. At the first stop of Obama's three-day visit, Hanoi, he will meet Vietnam's new president.",
			want: []string{"MEETING US-VN 2016-05-23/2016-05-25 planned"}},
		{name: "OK/talks on a day of the visit", pub: pub,
			text: "Obama will hold talks with Vietnam's president on Monday. Obama's three-day visit to Vietnam is his first.",
			want: []string{"MEETING US-VN 2016-05-23 planned"}},
	})
}

// TestSetAfterHave: "set" after "had" is a past participle, not "set to":
// talks at which targets had been set were held.
func TestSetAfterHave(t *testing.T) {
	pub := graph.Day(1987, 3, 31)
	runRuleCases(t, []ruleCase{
		{name: "FN/had set targets during talks earlier today", pub: pub,
			text: "Thatcher said she and Soviet Premier Nikolai Ryzhkov had set targets for increased trade during talks earlier today.",
			want: []string{"MEETING GB-SU 1987-03-31 held"}},
		{name: "OK/is set to hold talks", pub: pub,
			text: "Thatcher is set to hold talks with Soviet Premier Nikolai Ryzhkov tomorrow.",
			want: []string{"MEETING GB-SU 1987-04-01 planned"}},
	})
}

// TestPastPerfectIsHeld: a meeting told in the past perfect was held,
// whatever future words stand before it ("ahead of the ruling"), unless a
// condition or a modal makes it supposed.
func TestPastPerfectIsHeld(t *testing.T) {
	pub := graph.Day(2016, 7, 14)
	runRuleCases(t, []ruleCase{
		{name: "FN/ahead of the ruling he had spoken to Carter", pub: pub,
			text: "Philippine Defense Secretary Delfin Lorenzana said that ahead of the ruling he had spoken to U.S. Defense Secretary Carter.",
			want: []string{"MEETING PH-US  held"}},
		{name: "OK/if he had spoken", pub: pub,
			text: "Philippine Defense Secretary Delfin Lorenzana said the ruling would differ if he had spoken to U.S. Defense Secretary Carter.",
			want: nil},
	})
}

// TestSaidWhileOnATrip: who speaks "while on a trip to X" is on it, and
// the trip is under way.
func TestSaidWhileOnATrip(t *testing.T) {
	pub := graph.Day(2016, 3, 5)
	runRuleCases(t, []ruleCase{
		{name: "FN/said while on a trip to Tehran", pub: pub,
			text: "Turkish Prime Minister Ahmet Davutoglu said while on a trip to Tehran that Turkey has the right to question them.",
			want: []string{"MEETING TR-IR  ongoing"}},
		{name: "OK/said after a trip to Tehran", pub: pub,
			text: "Turkish Prime Minister Ahmet Davutoglu said after a trip to Tehran that Turkey has the right to question them.",
			want: []string{"MEETING TR-IR 2016-03-05 held"}},
	})
}

// TestTenseAcrossAnApposition: a name between commas costs the tense
// reading no reach: "when he meets China's navy commander, Admiral Wu
// Shengli, from Sunday" is the coming Sunday.
func TestTenseAcrossAnApposition(t *testing.T) {
	pub := graph.Day(2016, 7, 14)
	runRuleCases(t, []ruleCase{
		{name: "FN/meets ..., Admiral Wu Shengli, from Sunday", pub: pub,
			text: "U.S. Admiral John Richardson will discuss the issue when he meets China's navy commander, Admiral Wu Shengli, from Sunday.",
			want: []string{"MEETING US-CN 2016-07-17 planned"}},
		{name: "OK/met ..., Admiral Wu Shengli, on Sunday", pub: pub,
			text: "U.S. Admiral John Richardson discussed the issue when he met China's navy commander, Admiral Wu Shengli, on Sunday.",
			want: []string{"MEETING US-CN 2016-07-10 held"}},
	})
}

// TestVisitToPlacesInTwoStates: places visited "in" two states coordinated
// make a visit to each.
func TestVisitToPlacesInTwoStates(t *testing.T) {
	pub := graph.Day(2005, 4, 1)
	runRuleCases(t, []ruleCase{
		{name: "FN/an orphanage in Tanzania and a credit union in Mozambique", pub: pub,
			text: "Britain's Gordon Brown will visit an HIV/Aids orphanage in Tanzania and a women's credit union in Mozambique before chairing a meeting.",
			want: []string{"MEETING GB-TZ  planned", "MEETING GB-MZ  planned"}},
		{name: "OK/a second place of no state", pub: pub,
			text: "Britain's Gordon Brown will visit an orphanage in Tanzania and a credit union in the capital.",
			want: []string{"MEETING GB-TZ  planned"}},
	})
}

// TestStatementAfterTalks: a statement made or issued after talks is of
// their day, like a statement said after them.
func TestStatementAfterTalks(t *testing.T) {
	pub := graph.Day(1987, 3, 13)
	lead := "The Commerce Department said that all Canadian firms had begun to pay an agreed to 15 pct surcharge on softwood shipped to U.S. markets. "
	tail := " Canada and the United States agreed last December to the 15 pct charge."
	runRuleCases(t, []ruleCase{
		{name: "FN/made the statement after talks", pub: pub, dateline: "WASHINGTON, March 13", title: "U.S. SAYS CANADA COMPLYING WITH LUMBER PACT",
			text: lead + "It made the statement after talks with Canadian officials about press reports." + tail,
			want: []string{"MEETING CA-US 1987-03-13 held", "ACCORD CA-US 1986-12 agreed"}},
		{name: "OK/talks before the statement, of their own day", pub: pub, dateline: "WASHINGTON, March 13", title: "U.S. SAYS CANADA COMPLYING WITH LUMBER PACT",
			text: lead + "It recalled talks with Canadian officials last week about press reports." + tail,
			want: []string{"MEETING CA-US 1987-03-02/1987-03-08 held", "ACCORD CA-US 1986-12 agreed"}},
	})
}
