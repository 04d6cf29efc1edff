package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 20; each a general mechanism with its own case.

// TestNoEventOfOthers: a pair named by a later accord, a trip forbidden or
// advised against, and a partner of an earlier phrase give a meeting no
// sides.
func TestNoEventOfOthers(t *testing.T) {
	pub := graph.Day(1987, 3, 24)
	runRuleCases(t, []ruleCase{
		{name: "OK/a later accord's 'bilateral' is not the meeting's pair", pub: pub,
			text: "Japan's compliance has been poor, U.S. officials said. The cabinet's trade panel is expected to meet Thursday to review Japanese compliance with the bilateral agreement.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "FN/'bilateral' before the meeting's own noun still names the pair", pub: pub,
			text: "Japan and the United States traded charges on Monday. Officials said they would resume bilateral talks next week.",
			want: []string{"MEETING JP-US 1987-03-30/1987-04-05 planned"}},
		{name: "OK/banned from travelling", pub: graph.Day(2016, 1, 19),
			text: "Last month in London, after Trump proposed banning all Muslims from entering the United States, members of Parliament debated whether to ban Trump from traveling to the United Kingdom.",
			want: nil},
		{name: "OK/advised not to travel", pub: pub,
			text: "The State Department renewed its warning to Americans not to travel to Iran.",
			want: nil},
		{name: "OK/the states of a list after 'between banks and' are no side of later talks", pub: pub,
			text: "Mulford cited progress in talks between banks and Mexico, Chile, and Venezuela, as well as progress in negotiations with the Philippines.",
			want: nil},
		{name: "OK/a state paired with a body by 'between' is no side of a later noun's talks", pub: pub, dateline: "CAIRO, March 24",
			text: "Sudan has rejected a demand by the International Monetary Fund for a currency devaluation because such a move would have a negative impact on its economy, the official Sudan News Agency (SUNA) reported. Finance Minister Beshir Omer, quoted by SUNA, said his government also rejected an IMF demand to lift state subsidies on basic consumer goods. SUNA, monitored by the British Broadcasting Corporation, said Omer made the remarks after a meeting in Khartoum yesterday with IMF envoy Abdel-Shakour Shaalan. Sudan, burdened by a foreign debt of 10.6 billion dlrs, is some 500 mln dlrs in arrears to the IMF, which declared it ineligible for fresh loans in February last year. In February 1985, Sudan announced a 48 pct devaluation of its pound against the dollar, adjusting the official exchange rate to 2.5 pounds to the U.S. Currency. Since then, it has resisted pressure from main creditors for more currency adjustments, arguing that past devaluations had failed to boost exports but raised local consumer prices. Sudan also has an incentive rate of four pounds to the dollar for foreign visitors and remittances by expatriate workers. Dealers in Khartoum's thriving black market said the dollar was sold at 5.5 pounds today. With stringent import regulations and the government increasingly short of foreign currency, black market dollars are used to finance smuggled imports from neighbouring countries, mainly Egypt, Kenya, Ethiopia and Zaire. Western diplomats in Khartoum say the meetings between IMF and Sudanese government officials do not amount to formal talks, but rather an effort by the IMF to monitor Sudan's economic performance.",
			want: nil},
		{name: "OK/the states 'for' whom an accord was sped are no side of later talks", pub: pub,
			text: "The debt plan has sped agreement for Chile and Venezuela and influenced current talks with Argentina.",
			want: nil},
	})
}

// TestCallersAndStaff: a call reported by the other caller has both sides;
// a meeting with one's own advisers has no foreign side, whatever the
// story's pair.
func TestCallersAndStaff(t *testing.T) {
	pub := graph.Day(1987, 10, 20)
	runRuleCases(t, []ruleCase{
		{name: "FN/the reporter of a call is its other caller", pub: pub,
			text: "Kohl said French Prime Minister Jacques Chirac told him in a telephone call on Monday that France backed the plan.",
			want: []string{"MEETING FR-DE 1987-10-19 held"}},
		{name: "FN/'said in a telephone conversation' reported by the other caller", pub: pub,
			text: "Reagan said Japanese Prime Minister Yasuhiro Nakasone said in a telephone conversation Tuesday morning that ties were stable.",
			want: []string{"MEETING JP-US 1987-10-20 held"}},
		{name: "OK/a caller reported by someone not on the call", pub: pub,
			text: "Officials said Japanese Prime Minister Yasuhiro Nakasone said in a telephone conversation Tuesday that ties were stable.",
			want: nil},
		{name: "OK/a meeting with one's own advisers", pub: pub, title: "REAGAN SAYS U.S. COMMITTED TO LOUVRE ACCORD", dateline: "WASHINGTON, Oct 20",
			text: "President Reagan said the United States remains committed to the Louvre accord in which the seven major industrial nations agreed to stabilize currency exchange rates. \"The United States remains committed to the Louvre agreement,\" Reagan said in a statement following a meeting with his top economic advisers. Reagan said the United States, Japan and West Germany had all reaffirmed their commitment to coordinate economic policies. Reagan said Japanese Prime Minister-designate Noboru Takeshita said on Tuesday that \"his (Takeshita's) top priority was to maintain stable economic relations with the United States.\" Reagan noted that Treasury Secretary James Baker met with West German financial officials and reaffirmed their commitment to the Louvre agreement. They \"reaffirmed our agreement to coordinate economic policies to provide for non-inflationary growth and stable exchange rates,\" Reagan said.",
			want: []string{"MEETING US-DE 1987-10-20 held"}},
	})
}

// TestVisitForAForum: a journey to a capital for a named international
// body's meeting is no visit to that state, with the body's abbreviation in
// brackets too.
func TestVisitForAForum(t *testing.T) {
	pub := graph.Day(1987, 4, 3)
	runRuleCases(t, []ruleCase{
		{name: "OK/in a capital for the body's meeting", pub: pub,
			text: "West German Finance Minister Gerhard Stoltenberg said he will raise the issue when he is in Washington for the International Monetary Fund (IMF) meeting next week.",
			want: nil},
		{name: "OK/visits a capital for the body's meeting", pub: pub,
			text: "Japanese Finance Minister Kiichi Miyazawa visits Washington this week for the International Monetary Fund (IMF) meeting.",
			want: nil},
		{name: "FN/a visit for talks with the host stays", pub: pub,
			text: "Japanese Finance Minister Kiichi Miyazawa visits Washington this week for talks with Treasury Secretary James Baker.",
			want: []string{"MEETING JP-US 1987-03-30/1987-04-05 planned"}},
	})
}

// TestToldAhead: a plural present verb with a weekday tells it ahead
// ("the negotiations resume on Friday"), and a week still running is
// planned when the clause tells the meeting ahead with a future or modal
// word.
func TestToldAhead(t *testing.T) {
	pub := graph.Day(1987, 4, 8) // a Wednesday
	runRuleCases(t, []ruleCase{
		{name: "FN/plural present with a weekday", pub: pub,
			text: "The Brazilian negotiations with Ecuador resume on Friday in New York.",
			want: []string{"MEETING BR-EC 1987-04-10 planned"}},
		{name: "FN/coordinated subject, plural present", pub: pub,
			text: "Peru and Chile open talks on Monday on their border.",
			want: []string{"MEETING PE-CL 1987-04-13 planned"}},
		{name: "OK/the past form stays past", pub: pub,
			text: "Talks between Brazil and Ecuador began on Friday.",
			want: []string{"MEETING BR-EC 1987-04-03 held"}},
		{name: "FN/a running week told ahead by 'will'", pub: graph.Day(1987, 4, 27),
			text: "Baldrige said he hopes Japanese Prime Minister Yasuhiro Nakasone will make specific proposals to ease U.S.-Japan trade friction at a meeting with President Reagan this week.",
			want: []string{"MEETING US-JP 1987-04-27/1987-05-03 planned"}},
		{name: "FN/a running week told ahead by 'could'", pub: graph.Day(1987, 4, 27),
			text: "An announcement could come this week during a visit to Washington by Japanese Prime Minister Yasuhiro Nakasone.",
			want: []string{"MEETING JP-US 1987-04-27/1987-05-03 planned"}},
		{name: "OK/a running week told past", pub: graph.Day(1987, 4, 27),
			text: "Japan and the United States held talks this week.",
			want: []string{"MEETING JP-US 1987-04-27/1987-05-03 held"}},
	})
}

// TestFirmOfficerVisits: a firm's officer visiting a state's capital makes
// no visit of the firm's home state.
func TestFirmOfficerVisits(t *testing.T) {
	pub := graph.Day(2016, 5, 17)
	runRuleCases(t, []ruleCase{
		{name: "OK/a chief executive of a firm", pub: pub,
			text: "BEIJING Apple Inc Chief Executive Tim Cook visited Beijing on Monday, as the U.S. firm tries to lift sales in China, its second-largest market after the United States.",
			want: nil},
		{name: "FN/a minister visiting stays a visit", pub: pub,
			text: "BEIJING U.S. Commerce Secretary Penny Pritzker visited Beijing on Monday, as U.S. firms try to lift sales in China, their second-largest market after the United States.",
			want: []string{"MEETING US-CN 2016-05-16 held"}},
	})
}

// TestHyphenedPartnerBodies: "its 14-bank advisory committee" is a
// partner of banks, as "its bank advisory committee" is.
func TestHyphenedPartnerBodies(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/talks with a 14-bank committee", pub: graph.Day(1987, 3, 25), title: "BRAZIL AND U.S. AT ODDS ON DEBT", dateline: "MIAMI, March 25",
			text: "Brazil and the United States remain at odds over debt, officials said. Brazil's Central Bank governor Francisco Gros said after talks with its 14-bank advisory committee here yesterday that it could not make a token interest payment now.",
			want: nil},
	})
}

// TestReportedThey: "they" after a report verb is the parties of the event
// told before, whose exact days it gives.
func TestReportedThey(t *testing.T) {
	pub := graph.Day(1987, 3, 6)
	runRuleCases(t, []ruleCase{
		{name: "FN/the sources said they will meet", pub: pub,
			text: "Secretary of State George Shultz and Soviet Foreign Minister Eduard Shevardnadze will meet in Moscow in mid-April, administration sources said. The sources said they will meet April 13 to 16.",
			want: []string{"MEETING US-SU 1987-04-13/1987-04-16 planned"}},
		{name: "OK/'they' of a clause's own subject is not the pair", pub: pub,
			text: "Shultz and Shevardnadze will meet in Moscow in mid-April. Bankers said they would meet Brazilian officials on April 20.",
			want: []string{"MEETING US-SU 1987-04 planned"}},
	})
}

// TestDateOfAnotherEvent: a date told right after another happening ("the
// collapse of a ceasefire in April", "the decision by Brazil 10 days ago")
// or after a gathering the trigger comes before is not the trigger's.
func TestDateOfAnotherEvent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the collapse's date", pub: graph.Day(2016, 5, 13),
			text: "Russian and Syrian officials said there was a need to press ahead with talks between Russia and Syria after the collapse of a ceasefire in April.",
			want: []string{"MEETING RU-SY  proposed"}},
		{name: "OK/the date of a gathering the meeting comes before", pub: graph.Day(1987, 4, 7),
			text: "Traders said the U.S. State Department expects a meeting with Brazil prior to the next International Coffee Organization session in September.",
			want: []string{"MEETING US-BR  planned"}},
		{name: "FN/a gathering the talks are held at keeps its date", pub: graph.Day(2016, 8, 1),
			text: "Obama will hold talks with Chinese President Xi Jinping at the G20 summit in September.",
			want: []string{"MEETING US-CN 2016-09 planned"}},
	})
}

// TestNoneForeseen: a meeting no one foresees is no event.
func TestNoneForeseen(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/does not foresee a meeting", pub: graph.Day(1987, 4, 7),
			text: "The U.S. State Department does not forsee a meeting with Brazil before September.",
			want: nil},
		{name: "FN/expects a meeting", pub: graph.Day(1987, 4, 7),
			text: "The U.S. State Department expects a meeting with Brazil in September.",
			want: []string{"MEETING US-BR 1987-09 planned"}},
	})
}

// TestManyStatesAndConsidered: an accord many states made, named as one
// plural, takes no pair from the story; a meeting "under consideration" is
// proposed.
func TestManyStatesAndConsidered(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/struck by leading western democracies", pub: graph.Day(1987, 10, 20), title: "WEST GERMANY STILL COMMITTED TO LOUVRE ACCORD",
			text: "West German government sources said Bonn remained committed to the Louvre Accord to stabilise currencies, which was struck by leading western democracies in Paris last February. U.S. Treasury Secretary James Baker criticised West German interest rates.",
			want: nil},
		{name: "OK/the nations agreed in the accord", pub: graph.Day(1987, 3, 25), title: "BAKER SAYS HE STANDS BY PARIS CURRENCY AGREEMENT",
			text: "U.S. Treasury Secretary James Baker said he stands by the Paris currency agreement. Baker also noted the nations agreed in the accord to co-operate on exchange rates.",
			want: nil},
		{name: "OK/reached by the seven finance ministers", pub: graph.Day(1987, 4, 10), title: "GERMAN OFFICIALS HAVE NO COMMENT ON BAKER REMARK",
			text: "West German officials had no comment on remarks by U.S. Treasury Secretary James Baker. At a news conference in Washington, Baker would not be specific about what agreement had been reached on data coordination by the seven finance ministers.",
			want: nil},
		{name: "FN/a visit under consideration is proposed", pub: graph.Day(1987, 3, 2),
			text: "A senior Soviet official said a visit to Moscow by U.S. Secretary of State George Shultz for arms discussions was under consideration.",
			want: []string{"MEETING US-SU  proposed"}},
	})
}

// TestOwnPeopleMet: a leader meeting his own state's people takes no pair
// from the story.
func TestOwnPeopleMet(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/meets with his state's pilots", pub: graph.Day(2016, 3, 16), title: "North Korea arrests student from South Korea",
			text: "North Korea and South Korea traded charges on Tuesday. North Korean leader Kim Jong Un meets with North Korea's first female fighter jet pilots in this undated photo.",
			want: nil},
		{name: "OK/a minister meets his own prime minister", pub: graph.Day(1987, 3, 26), title: "TURKEY COULD APPLY FOR EC MEMBERSHIP BY EARLY MAY", dateline: "BRUSSELS, March 26",
			text: "Turkey's European Affairs Minister Ali Bozer will arrive here on Saturday to set a date for his country's application to join the European Community (EC), diplomats said. Bozer, is due to meet Turkish Prime Minister Turgut Ozal in London today to decide on the date of the application, they added.",
			want: nil},
		{name: "FN/meets with another state's officials", pub: graph.Day(1987, 3, 26),
			text: "Turkish Minister of State Ali Bozer is due to meet Belgian Foreign Minister Leo Tindemans in Brussels today.",
			want: []string{"MEETING TR-BE 1987-03-26 planned"}},
	})
}

// TestSayerJoined: "he" or "she" joined to the subject after a report verb
// is the sayer, a party too.
func TestSayerJoined(t *testing.T) {
	pub := graph.Day(2016, 2, 21)
	runRuleCases(t, []ruleCase{
		{name: "FN/he and Lavrov", pub: pub,
			text: "Syrian and Russian forces pressed on with attacks in Syria on Saturday. U.S. Secretary of State John Kerry said on Sunday he and his Russian counterpart Sergei Lavrov had reached a provisional agreement on a cessation of hostilities.",
			want: []string{"ACCORD US-RU 2016-02-21 agreed"}}, // (the day of saying since session 24)
		{name: "FN/she and Ryzhkov", pub: graph.Day(1987, 4, 1),
			text: "Soviet and Afghan troops pressed on in Afghanistan. British Prime Minister Margaret Thatcher said she and Soviet Premier Nikolai Ryzhkov had signed an agreement on trade.",
			want: []string{"ACCORD GB-SU  signed"}},
	})
}

// TestPairTalk: two named states' people who "talk" or "talked" hold talks.
func TestPairTalk(t *testing.T) {
	pub := graph.Day(2016, 2, 21)
	runRuleCases(t, []ruleCase{
		{name: "FN/would talk", pub: pub,
			text: "He anticipated U.S. President Barack Obama and Russian President Vladimir Putin would talk in the coming days.",
			want: []string{"MEETING US-RU  planned"}},
		{name: "FN/talked", pub: pub,
			text: "Obama and Putin talked on Monday about Syria.",
			want: []string{"MEETING US-RU 2016-02-15 held"}},
		{name: "OK/a talk of one side", pub: pub,
			text: "Obama gave a talk on Monday about Syria.",
			want: nil},
	})
}

// TestNewsConferenceInAPlace: a news conference "in <place> with" a
// foreign officer is a joint appearance.
func TestNewsConferenceInAPlace(t *testing.T) {
	pub := graph.Day(2016, 2, 21)
	runRuleCases(t, []ruleCase{
		{name: "FN/a news conference in Amman with Jordan's foreign minister", pub: pub,
			text: "\"We are closer to a ceasefire,\" Kerry told a news conference in Amman with Jordanian Foreign Minister Nasser Judeh.",
			want: []string{"MEETING US-JO 2016-02-21 held"}},
		{name: "OK/a news conference of one side", pub: pub,
			text: "\"We are closer to a ceasefire,\" Kerry told a news conference in Amman on Sunday.",
			want: nil},
	})
}

// TestAccordAfterAGerund: a verb between a modal and the accord's article
// governs the accord, which stands ("aimed at complementing an EU accord
// with Turkey").
func TestAccordAfterAGerund(t *testing.T) {
	pub := graph.Day(2016, 5, 20)
	runRuleCases(t, []ruleCase{
		{name: "FN/aimed at complementing an EU accord", pub: pub,
			text: "The plan is aimed at complementing an EU accord with Turkey to stem the flow of refugees.",
			want: []string{"ACCORD EU-TR  agreed"}},
		{name: "OK/a modal right before the accord", pub: pub,
			text: "The plan is aimed at an EU accord with Turkey to stem the flow of refugees.",
			want: nil},
	})
}

// TestSecondVerbPhrase: a verb phrase joined by "and" shares the clause's
// subject, and "the same day" is the day told before it.
func TestSecondVerbPhrase(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FN/and was talking with", pub: pub,
			text: "He said the United States also was pressing Canada to stop giving favored treatment to domestic banks and was talking with Canadian representatives.",
			want: []string{"MEETING US-CA  ongoing"}},
		{name: "FN/the same day", pub: pub,
			text: "Reagan will travel to West Berlin on June 12 to attend the city's anniversary and will meet West German Chancellor Helmut Kohl in Bonn before returning home the same day.",
			want: []string{"MEETING US-DE 1987-06-12 planned"}},
		{name: "OK/X and Y met: no shared subject", pub: pub,
			text: "Canada and the United States met on Monday.",
			want: []string{"MEETING CA-US 1987-03-16 held"}},
	})
}

// TestBlocCouncilMeets: a bloc's council holding a meeting, with no other
// state named, is the bloc's own gathering.
func TestBlocCouncilMeets(t *testing.T) {
	pub := graph.Day(1987, 3, 31)
	runRuleCases(t, []ruleCase{
		{name: "OK/the EC Council of Ministers held a meeting", pub: pub, title: "USDA'S AMSTUTZ CONFIDENT OF EC OILS TAX DEFEAT",
			text: "U.S. Agriculture Department official Daniel Amstutz said the EC would drop its oils tax. The USDA official said the EC Council of Ministers held an ad hoc meeting yesterday.",
			want: nil},
		{name: "FN/the council's president visits a state", pub: graph.Day(2016, 3, 1),
			text: "European Council President Donald Tusk is due to visit Croatia on Wednesday.",
			want: []string{"MEETING EU-HR 2016-03-02 planned"}},
	})
}

// TestNeedForTalks: talks only needed are proposed.
func TestNeedForTalks(t *testing.T) {
	pub := graph.Day(1987, 3, 30)
	runRuleCases(t, []ruleCase{
		{name: "FN/the need for talks", pub: pub,
			text: "The incident showed the need for talks between Greece and Turkey, officials said.",
			want: []string{"MEETING GR-TR  proposed"}},
		{name: "OK/talks held stay held", pub: pub,
			text: "Greece and Turkey held talks on the incident, officials said.",
			want: []string{"MEETING GR-TR 1987-03-30 held"}},
	})
}

// TestLoansRequestsAndExceptions: "would loan" is a pledged loan from each
// lender; talks asked for are proposed; states left out by "except" are
// no parties.
func TestLoansRequestsAndExceptions(t *testing.T) {
	pub := graph.Day(1987, 3, 30)
	runRuleCases(t, []ruleCase{
		{name: "FN/would loan", pub: pub,
			text: "President Jaime Lusinchi said Venezuela would loan five mln barrels of crude to Ecuador over the next three months.",
			want: []string{"ACCORD VE-EC  pledged"}},
		{name: "FN/a loan from each lender", pub: pub,
			text: "Venezuela, Nigeria and Kuwait loaned Ecuador a total 12 mln barrels of crude in March.",
			want: []string{"ACCORD VE-EC 1987-03 agreed", "ACCORD NG-EC 1987-03 agreed", "ACCORD KW-EC 1987-03 agreed"}},
		{name: "FN/asked for consultations", pub: pub,
			text: "The United States asked for consultations with Tokyo on the issue.",
			want: []string{"MEETING US-JP  proposed"}},
		{name: "OK/all except two agreed", pub: pub,
			text: "All ATPC members except Zaire and Australia recently agreed to adhere to the export quotas.",
			want: nil},
	})
}

// TestStateBeforeAPreposition: a state's name followed by a preposition is
// no modifier of the noun after it ("between the United States and Japan
// on bank rules").
func TestStateBeforeAPreposition(t *testing.T) {
	pub := graph.Day(1987, 3, 30)
	runRuleCases(t, []ruleCase{
		{name: "FN/talks between two states on bank rules", pub: pub,
			text: "Heller said there were talks currently between the United States and Japan on bank rules.",
			want: []string{"MEETING US-JP  ongoing"}},
		{name: "OK/a state's bank is still a bank", pub: pub,
			text: "A Japanese bank official met U.S. bank regulators on Monday.",
			want: nil},
	})
}

// TestStatusCues20: "to meet Indonesia's share" meets no one; "last
// weekend's meeting" is held whatever is expected at it; "Taiwan's
// position in talks with Washington" is of talks under way, dated by no
// story day.
func TestStatusCues20(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/to meet a state's share", pub: graph.Day(1987, 3, 30),
			text: "Last month, Japan's Export-Import Bank agreed a 900 mln dlr loan to meet Indonesia's share of 21 World Bank projects.",
			want: []string{"ACCORD JP-ID 1987-02 agreed"}},
		{name: "FN/last weekend's meeting is held", pub: graph.Day(1987, 6, 3),
			text: "British Corporate Affairs Minister Michael Howard met Japanese officials in Tokyo. Howard said Britain expected a favourable response at last weekend's meeting.",
			want: []string{"MEETING GB-JP 1987-05-30/1987-05-31 held"}},
		{name: "OK/a position in talks under way takes no story day", pub: graph.Day(1987, 3, 2),
			text: "Wang said the trade surplus and the reserves weakened Taiwan's position in talks with Washington over export quotas.",
			want: []string{"MEETING TW-US  ongoing"}},
	})
}

// TestGatheringReferredBack: "the meeting" after a gathering of many has
// only the sides its sentence names.
func TestGatheringReferredBack(t *testing.T) {
	pub := graph.Day(1987, 3, 28)
	runRuleCases(t, []ruleCase{
		{name: "OK/the meeting of NATO ambassadors, both countries its topic", pub: pub, title: "NATO HOLDS EMERGENCY MEETING ON AEGEAN CRISIS",
			text: "NATO ambassadors met in emergency session today to discuss tension between members Greece and Turkey. Officials said no information had yet emerged from the meeting, called after statements from both countries that they were prepared to back rival teams with warships.",
			want: nil},
		{name: "FN/a meeting the sentence gives its sides stays", pub: pub,
			text: "NATO ambassadors met in emergency session today. Greek and Turkish envoys held a separate meeting on Friday.",
			want: []string{"MEETING GR-TR 1987-03-27 held"}},
	})
}

// TestNewsAgencySource: a state named only as a news agency's owner is the
// source of a report, no party to what it reports.
func TestNewsAgencySource(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the Qatar news agency said", pub: graph.Day(1987, 6, 18),
			text: "The Qatar news agency said Sheikh Sultan was in Dubai after flying back from a private visit to London.",
			want: nil},
		{name: "FN/a state that acts stays", pub: graph.Day(1987, 6, 18),
			text: "The Qatar news agency said Qatar's foreign minister was in London on a visit to Britain.",
			want: []string{"MEETING QA-GB 1987-06-18 held"}},
	})
}

// TestComparedWith: an event named as a yardstick is no news.
func TestComparedWith(t *testing.T) {
	pub := graph.Day(1987, 3, 27)
	runRuleCases(t, []ruleCase{
		{name: "OK/compared with agreements reached by others", pub: pub,
			text: "Indian countertrade is still insignificant compared with agreements reached by Indonesia, Venezuela and Brazil, trade sources said.",
			want: nil},
		{name: "FN/more than a dozen agreements stay", pub: pub,
			text: "Japan and China signed more than a dozen agreements on Friday.",
			want: []string{"ACCORD JP-CN 1987-03-27 signed"}},
	})
}
