package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 38; each a general mechanism with its own case.

// TestSetOffAndSetFoot: "set off for" is a departure like "left for", and
// the "set" of "set off" and "set foot in" is a past verb ("set off a round
// of talks" too), not the plan of "is set to visit".
func TestSetOffAndSetFoot(t *testing.T) {
	pub := graph.Day(2016, 3, 23) // a Wednesday
	runRuleCases(t, []ruleCase{
		{name: "FN/Wen Jiabao set off for Moscow on Monday", pub: pub,
			text: "Chinese Premier Wen Jiabao set off for Moscow on Monday for an official visit to Russia.",
			want: []string{"MEETING CN-RU 2016-03-21 held"}},
		{name: "FN/Obama set foot in Cuba on Sunday", pub: pub,
			text: "Obama became the first president to set foot in Cuba on Sunday.",
			want: []string{"MEETING US-CU 2016-03-20 held"}},
		{name: "FN/The seizure on Tuesday set off a round of talks", pub: pub,
			text: "The seizure of the sailors on Tuesday set off a round of talks between the United States and Iran.",
			want: []string{"MEETING US-IR 2016-03-22 held"}},
		{name: "OK/Wen Jiabao will set off for Moscow on Monday", pub: pub,
			text: "Chinese Premier Wen Jiabao will set off for Moscow on Monday.",
			want: []string{"MEETING CN-RU 2016-03-28 planned"}},
		{name: "OK/Wen Jiabao is set to leave for Moscow on Monday", pub: pub,
			text: "Chinese Premier Wen Jiabao is set to leave for Moscow on Monday.",
			want: []string{"MEETING CN-RU 2016-03-28 planned"}},
		{name: "OK/The team took off for Moscow on Monday", pub: pub,
			text: "The Chinese team took off for Moscow on Monday.",
			want: nil},
	})
}

// TestDayBeforeTheDestination: "on Monday" between a verb of travel and its
// destination is a day, not the topic "on" opens ("talks on Syria").
func TestDayBeforeTheDestination(t *testing.T) {
	pub := graph.Day(2016, 3, 23)
	runRuleCases(t, []ruleCase{
		{name: "FN/Wen Jiabao left on Monday for Moscow", pub: pub,
			text: "Chinese Premier Wen Jiabao left on Monday for Moscow.",
			want: []string{"MEETING CN-RU 2016-03-21 held"}},
		{name: "OK/Kerry held talks on Syria with Lavrov on Monday", pub: pub,
			text: "U.S. Secretary of State John Kerry held talks on Syria with Russian Foreign Minister Sergei Lavrov on Monday.",
			want: []string{"MEETING US-RU 2016-03-21 held"}},
	})
}

// TestPlayHostTo: "played host to" a guest is "hosted" them; "played host
// to" a gathering or a game is no meeting of two states.
func TestPlayHostTo(t *testing.T) {
	pub := graph.Day(2016, 3, 23)
	runRuleCases(t, []ruleCase{
		{name: "FN/Abe played host to Park on Tuesday", pub: pub,
			text: "Japanese Prime Minister Shinzo Abe played host to South Korean President Park Geun-hye on Tuesday.",
			want: []string{"MEETING JP-KR 2016-03-22 held"}},
		{name: "OK/Japan played host to the Group of Seven summit", pub: pub,
			text: "Japan played host to the Group of Seven summit on Tuesday.",
			want: nil},
		{name: "OK/the host country", pub: pub,
			text: "Japan, the host country, welcomed South Korean President Park Geun-hye.",
			want: nil},
	})
}

// TestClauseBeforeTalks: the subject of a clause done "before talks with"
// a state is the talks' other side, however long the clause; a market or
// a people is not.
func TestClauseBeforeTalks(t *testing.T) {
	pub := graph.Day(1987, 4, 13)
	runRuleCases(t, []ruleCase{
		{name: "FN/Taiwan announced a new round of tariff cuts shortly before trade talks with Washington", pub: pub,
			text: "Taiwan announced a new round of import tariff cuts on 862 foreign goods shortly before trade talks with Washington.",
			want: []string{"MEETING TW-US  held"}},
		{name: "OK/The dollar fell in Tokyo shortly before trade talks with Washington", pub: pub,
			text: "The dollar fell sharply in Tokyo shortly before trade talks with Washington.",
			want: nil},
	})
}

// TestAccordHeldToByAPeople: a people's word owning a noun of breaking an
// accord ("alleged Japanese violation", "Japanese chipmakers' violation")
// names the state held to it, and a state's grievance ("U.S. complaints")
// names the one wronged: the accord's two parties.
func TestAccordHeldToByAPeople(t *testing.T) {
	pub := graph.Day(1987, 4, 8)
	runRuleCases(t, []ruleCase{
		{name: "FN/U.S. complaints about Japanese chipmakers' violation of the agreement signed last summer", pub: pub,
			text: "The Japanese government might now feel more pressure to address U.S. complaints about Japanese chipmakers' violation of the semiconductor trade agreement signed last summer.",
			want: []string{"ACCORD JP-US 1986 signed"}},
		{name: "FN/the U.S. would retaliate against alleged Japanese violation of a chip pact", pub: pub,
			text: "Reagan said last week that the U.S. would impose high tariffs on Japanese imports to retaliate against alleged Japanese violation of a computer chip trade pact.",
			want: []string{"ACCORD JP-US  agreed"}},
		{name: "OK/Japanese firms complained about the violation of the pact", pub: pub,
			text: "Japanese firms complained about the violation of the pact by U.S. makers.",
			want: nil},
	})
}

// TestLongTitleOfACountry: "Name, <title> of <Country>" places its holder
// however many words the title runs to.
func TestLongTitleOfACountry(t *testing.T) {
	pub := graph.Day(2005, 11, 15) // a Tuesday
	runRuleCases(t, []ruleCase{
		{name: "FN/met with Oh Myung, deputy prime minister and minister of science and technology of the ROK", pub: pub,
			text: "Chinese State Councilor Chen Zhili met with Oh Myung, deputy prime minister and minister of science and technology of the Republic of Korea (ROK), at the Diaoyutai State Guesthouse on Tuesday.",
			want: []string{"MEETING CN-KR 2005-11-15 held"}},
		{name: "OK/met with Oh Myung, deputy prime minister of the ROK", pub: pub,
			text: "Chinese State Councilor Chen Zhili met with Oh Myung, deputy prime minister of the Republic of Korea (ROK), on Tuesday.",
			want: []string{"MEETING CN-KR 2005-11-15 held"}},
	})
}

// TestGappedPartnerWithItsDay: "meet A on Tuesday and B the following
// day", "visit Germany on Tuesday and Italy on Wednesday": each partner
// with its own day, not the first partner twice.
func TestGappedPartnerWithItsDay(t *testing.T) {
	pub := graph.Day(2006, 12, 11) // a Monday
	runRuleCases(t, []ruleCase{
		{name: "FN/meet Merkel in Berlin on Tuesday and his Italian counterpart Prodi the following day", pub: pub,
			text: "Israeli Prime Minister Ehud Olmert will meet German Chancellor Angela Merkel in Berlin on Tuesday and his Italian counterpart Romano Prodi the following day in Rome.",
			want: []string{"MEETING IL-DE 2006-12-12 planned", "MEETING IL-IT 2006-12-13 planned"}},
		{name: "FN/visit Germany on Tuesday and Italy on Wednesday", pub: pub,
			text: "Israeli Prime Minister Ehud Olmert will visit Germany on Tuesday and Italy on Wednesday.",
			want: []string{"MEETING IL-DE 2006-12-12 planned", "MEETING IL-IT 2006-12-13 planned"}},
		{name: "OK/meet Merkel on Tuesday and again on Wednesday", pub: pub,
			text: "Israeli Prime Minister Ehud Olmert will meet German Chancellor Angela Merkel on Tuesday and again on Wednesday.",
			want: []string{"MEETING IL-DE 2006-12-12 planned", "MEETING IL-DE 2006-12-13 planned"}},
	})
}

// TestLooseWeekTakesTheDay: a trip told loosely ("this week") takes the
// day of a meeting of it; a run of days told for the visit still wins over
// that day.
func TestLooseWeekTakesTheDay(t *testing.T) {
	pub := graph.Day(2006, 12, 11) // a Monday
	runRuleCases(t, []ruleCase{
		{name: "FN/a trip to Berlin this week; will meet Merkel in Berlin on Tuesday", pub: pub,
			text: "Israeli Prime Minister Ehud Olmert will seek European support during a trip to Germany this week. Olmert will meet German Chancellor Angela Merkel in Berlin on Tuesday.",
			want: []string{"MEETING IL-DE 2006-12-12 planned"}},
		{name: "OK/goes to Germany this week; meets Merkel Tuesday; in Germany from Tuesday until Thursday", pub: pub,
			text: "Israeli Prime Minister Ehud Olmert goes to Germany this week. Olmert is due to meet German Chancellor Angela Merkel on Tuesday. Olmert is scheduled to be in Germany from Tuesday until Thursday.",
			want: []string{"MEETING IL-DE 2006-12-12/2006-12-14 planned"}},
	})
}

// TestCoordinatedAccordsOnePerTopic: accord nouns coordinated under one
// verb, each with its own topic, are one accord each, sharing the date;
// an accompanying protocol is no accord of its own.
func TestCoordinatedAccordsOnePerTopic(t *testing.T) {
	pub := graph.Day(2005, 11, 26) // a Saturday
	runRuleCases(t, []ruleCase{
		{name: "FN/signed an oil agreement and a final agreement on economic and technical cooperation", pub: pub,
			text: "Earlier in the day, senior officials of Kuwait and the ROK signed an oil agreement and a final agreement on economic and technical cooperation.",
			want: []string{"ACCORD KW-KR 2005-11-26 signed", "ACCORD KW-KR 2005-11-26 signed"}},
		{name: "FN/signed an agreement on trade and an agreement on tourism on Saturday", pub: pub,
			text: "Kuwait and South Korea signed an agreement on trade and an agreement on tourism on Saturday.",
			want: []string{"ACCORD KW-KR 2005-11-26 signed", "ACCORD KW-KR 2005-11-26 signed"}},
		{name: "OK/signed a trade agreement and an accompanying protocol", pub: pub,
			text: "Kuwait and South Korea signed a trade agreement and an accompanying protocol on Saturday.",
			want: []string{"ACCORD KW-KR 2005-11-26 signed"}},
	})
}

// TestJourneyTakesItsTraveller: a journey that "brought him to" or "will
// take her to" a state is a visit of the one it carries.
func TestJourneyTakesItsTraveller(t *testing.T) {
	pub := graph.Day(2005, 11, 26)
	runRuleCases(t, []ruleCase{
		{name: "FN/a tour which has already brought him to the UAE and will also bring him on to Qatar, Saudi Arabia and Oman", pub: pub,
			text: "South Korean Prime Minister Lee Hae-chan is on a 12-day tour to five countries in the Gulf area, which has already brought him to the United Arab Emirates and will also bring him on to Qatar, Saudi Arabia and Oman.",
			want: []string{"MEETING KR-AE  held", "MEETING KR-QA  planned", "MEETING KR-SA  planned", "MEETING KR-OM  planned"}},
		{name: "FN/a tour that will take him to Japan", pub: pub,
			text: "Indian Prime Minister Narendra Modi left on Sunday on a tour that will take him to Japan.",
			want: []string{"MEETING IN-JP  planned"}},
		{name: "OK/The scandal took him to court in Britain", pub: pub,
			text: "The scandal took him to court in Britain.",
			want: nil},
	})
}

// TestRelationsStarted: diplomatic relations "started" in a year were
// established then; relations that "started to improve" were not.
func TestRelationsStarted(t *testing.T) {
	pub := graph.Day(2005, 11, 26)
	runRuleCases(t, []ruleCase{
		{name: "FN/since the Kuwait-ROK diplomatic relations were started in 1979", pub: pub,
			text: "\"Ever since the Kuwait-ROK diplomatic relations were started in 1979, they have steadily improved,\" Lee said.",
			want: []string{"RELATIONS KW-KR 1979 held"}},
		{name: "OK/relations started to improve in 2004", pub: pub,
			text: "Relations between Kuwait and South Korea started to improve in 2004.",
			want: nil},
	})
}

// TestReactionDayAndLaterTelling: the day by a verb of reaction to an
// accord ("rejected on Wednesday a US-brokered agreement") is the
// reaction's, and an accord so left undated takes the day a later
// sentence says it was reached ("the agreement that was reached on
// Tuesday").
func TestReactionDayAndLaterTelling(t *testing.T) {
	pub := graph.Day(2005, 11, 16) // a Wednesday
	runRuleCases(t, []ruleCase{
		{name: "FN/rejected on Wednesday a US-brokered agreement; the agreement that was reached on Tuesday", pub: pub,
			text: "Hamas rejected on Wednesday a US-brokered agreement reached between the Palestinian National Authority and Israel on Gaza border crossings. Hamas condemned the PNA's approval of the agreement that was reached on Tuesday after intense mediation by US Secretary of State Condoleezza Rice.",
			want: []string{"ACCORD PS-IL 2005-11-15 agreed"}},
		{name: "OK/welcomed last month's Gaza truce agreement reached by Olmert and Abbas", pub: pub,
			text: "It welcomed last month's Gaza truce agreement reached by Israeli Prime Minister Ehud Olmert and Palestinian leader Mahmoud Abbas.",
			want: []string{"ACCORD IL-PS 2005-10 agreed"}},
	})
}

// TestCrowdsOfManyAreNoPair: a summit of a state and a continent ("a
// landmark China-Africa summit") is a gathering of many, and a people
// "known to congregate or visit" somewhere travel for themselves.
func TestCrowdsOfManyAreNoPair(t *testing.T) {
	pub := graph.Day(2006, 11, 3)
	runRuleCases(t, []ruleCase{
		{name: "FP/Mugabe's plane touched down in Beijing; delegations arrived for a China-Africa summit", pub: pub,
			text: "With the touchdown of the airplane taken by Zimbabwean President Robert Gabriel Mugabe at Beijing airport on Friday evening, 47 delegations of the 48 African countries, including 41 heads of state or government, have arrived for a landmark China-Africa summit due to open Saturday.",
			want: nil},
		{name: "FP/places where Americans are known to congregate or visit", pub: pub,
			text: "The U.S. embassy in Beijing said the threat may exist in China for places where Americans are known to congregate or visit.",
			want: nil},
		{name: "OK/China and South Africa held a summit", pub: pub,
			text: "China and South Africa held a summit in Beijing on Friday.",
			want: []string{"MEETING CN-ZA 2006-11-03 held"}},
	})
}

// TestRegnalNumberIsNoSurname: "King Abdullah II" is Abdullah, so a later
// bare "Abdullah" acts for Jordan.
func TestRegnalNumberIsNoSurname(t *testing.T) {
	pub := graph.Day(2006, 12, 22) // a Friday
	runRuleCases(t, []ruleCase{
		{name: "FN/Jordan's King Abdullah II ... Abdullah, who held talks Friday with Abe", pub: pub,
			text: "Jordan's King Abdullah II warned Friday chances were running out for peace. Abdullah, who held talks Friday with Japanese Prime Minister Shinzo Abe, is seen as a key Western ally.",
			want: []string{"MEETING JO-JP 2006-12-22 held"}},
	})
}

// TestJourneyForTalks: talks a journey is for are the traveller's, on the
// journey's date, and a name the teller's verb acts on stays the subject of
// its own "who" clause ("told Bush, who visited Jordan last month for
// talks with Maliki").
func TestJourneyForTalks(t *testing.T) {
	pub := graph.Day(2006, 12, 22)
	runRuleCases(t, []ruleCase{
		{name: "FN/told Bush, who visited Jordan last month for talks with Maliki", pub: pub,
			text: "Jordan's King Abdullah II warned Friday chances were running out. Abdullah said he told US President George W. Bush, who visited Jordan last month for talks with Iraqi Prime Minister Nuri al-Maliki, that the world needed to act.",
			want: []string{"MEETING US-JO 2006-11 held", "MEETING US-IQ 2006-11 held"}},
		{name: "OK/Bush flew to Jordan on Wednesday for talks with Maliki", pub: pub,
			text: "US President George W. Bush flew to Jordan on Wednesday for talks with Iraqi Prime Minister Nuri al-Maliki.",
			want: []string{"MEETING US-JO 2006-12-20 held", "MEETING US-IQ 2006-12-20 held"}},
	})
}

// TestPresentPassiveAndBilateral: "The visit to Japan is primarily aimed
// at" is no past, and its "bilateral cooperation" is Japan's with its
// visitor, not the story's pair's.
func TestPresentPassiveAndBilateral(t *testing.T) {
	pub := graph.Day(2006, 11, 23)
	runRuleCases(t, []ruleCase{
		{name: "FP/The visit to Japan is aimed at boosting ties", pub: pub,
			text: "Indonesian President Yudhoyono will visit Japan on Nov. 26. The visit to Japan is aimed at boosting ties.",
			want: []string{"MEETING ID-JP 2006-11-26 planned"}},
		{name: "FP/stepping up bilateral cooperation in a story of Indonesia and Russia", pub: pub,
			text: "Indonesia and Russia will sign an agreement during Indonesian President Susilo Bambang Yudhoyono's visit to Russia on Nov. 29. Russia and Indonesia are old partners. Dino said the president will visit Tokyo on Nov. 26. The visit to Japan is primarily aimed at stepping up bilateral economic cooperation.",
			want: []string{"MEETING ID-RU 2006-11-29 planned", "ACCORD ID-RU 2006-11-29 negotiating", "MEETING ID-JP 2006-11-26 planned"}},
	})
}

// TestPeopleBeforeAgoAndTheRegion: "the Palestinians two weeks ago" are a
// side, not an attribute of a noun; "visited the region" names no host.
func TestPeopleBeforeAgoAndTheRegion(t *testing.T) {
	pub := graph.Day(2005, 11, 25)
	runRuleCases(t, []ruleCase{
		{name: "FN/agreement reached between Israel, Egypt and the Palestinians two weeks ago; Rice had visited the region", pub: pub,
			text: "An agreement had been reached between Israel, Egypt and the Palestinians two weeks ago with the mediation of US Secretary of State Condoleezza Rice, who had visited the region and pushed hard on the two sides to hammer out the agreement.",
			want: []string{"ACCORD IL-EG-PS 2005-11-11 agreed"}},
		{name: "OK/visited the region of Kashmir", pub: pub,
			text: "Indian Prime Minister Manmohan Singh visited the region of Kashmir on Friday.",
			want: nil},
	})
}

// TestSaidDuringAMeetingAfterAnApposition: "said Luo Gan, a member of the
// Standing Committee ..., during a meeting with" a visitor is held on the
// day the lead reports, and stays apart from a visit planned ahead.
func TestSaidDuringAMeetingAfterAnApposition(t *testing.T) {
	pub := graph.Day(2005, 11, 18) // a Friday
	runRuleCases(t, []ruleCase{
		{name: "FN/said Luo Gan, a member of the Standing Committee, during a meeting with Gonzales; Bush will start his visit on Nov. 19", pub: pub,
			text: "China and the United States should promote cooperation between their law enforcement organs, a senior Chinese official said here Friday. \"The Chinese government hopes the two sides will make progress,\" said Luo Gan, a member of the Standing Committee of the Political Bureau of the CPC Central Committee, during a meeting with Alberto Gonzales, attorney general of the US department of Justice. US President George W. Bush will start his visit to China on Nov. 19th.",
			want: []string{"MEETING CN-US 2005-11-18 held", "MEETING US-CN 2005-11-19 planned"}},
	})
}

// TestVisitLengthAcrossTellings: a visit's length told in another sentence
// runs it from its one day ("visit to Russia on Nov. 29" and "the planned
// four-day visit to Russia"); a day "during his two-day visit" is one of its
// days, which another telling's first day places; a visit under way ("is on
// a three-day visit") gives no first day.
func TestVisitLengthAcrossTellings(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/visit to Russia on Nov. 29; planned four-day visit", pub: graph.Day(2006, 11, 23),
			text: "Indonesia and Russia will sign an agreement during Indonesian President Susilo Bambang Yudhoyono's visit to Russia on Nov. 29, a spokesman said here Thursday. The spokesman announced the president's planned four-day visit to Russia.",
			want: []string{"MEETING ID-RU 2006-11-29/2006-12-02 planned", "ACCORD ID-RU 2006-11-29 negotiating"}},
		{name: "FN/said Tuesday during his two-day visit; kick off his visit on Nov 21", pub: graph.Day(2005, 11, 22),
			text: "China's approach to its fight against the bird flu is \"resolute and comprehensive\", said Xavier Bertrand, the French Minister of Health and Solidarity, Tuesday during his two-day visit to Shanghai. French Minister Bertrand was invited by the Chinese Ministry of Health to kick off his first official visit to China on Nov 21. During the two-day visit, he discussed a range of issues on the topic of bird flu prevention and control with his Chinese counterpart Gao Qiang.",
			want: []string{"MEETING FR-CN 2005-11-21/2005-11-22 held"}},
		{name: "OK/met Hollande, who is on a three-day visit to India", pub: graph.Day(2016, 1, 25),
			text: "Indian Prime Minister Narendra Modi met French President Francois Hollande on Monday. Hollande is on a three-day visit to India.",
			want: []string{"MEETING IN-FR 2016-01-25 held"}},
	})
}

// TestPairDialogue: a dialogue named by a pair compound ("the first
// China-U.S. strategic economic dialogue") is the pair's talks, held or
// called for as its verbs say.
func TestPairDialogue(t *testing.T) {
	pub := graph.Day(2006, 12, 15) // a Friday
	runRuleCases(t, []ruleCase{
		{name: "FN/The first China-U.S. strategic economic dialogue opened in Beijing on Thursday", pub: pub,
			text: "The first China-U.S. strategic economic dialogue opened in Beijing on Thursday.",
			want: []string{"MEETING CN-US 2006-12-14 held"}},
		{name: "FN/He called for a China-Japan dialogue on history", pub: pub,
			text: "He called for a China-Japan dialogue on history.",
			want: []string{"MEETING CN-JP  proposed"}},
	})
}

// TestAnnouncedRestorationOfTies: "announced on Tuesday the restoration of
// diplomatic ties with Iraq" restores them that day, with the partner
// after "ties with"; "a broader normalization of relations" is a process.
func TestAnnouncedRestorationOfTies(t *testing.T) {
	pub := graph.Day(2006, 11, 22) // a Wednesday
	runRuleCases(t, []ruleCase{
		{name: "FN/Moualem announced on Tuesday the restoration of diplomatic ties with Iraq", pub: pub,
			text: "Syrian Foreign Minister Walid al-Moualem announced on Tuesday the restoration of diplomatic ties with Iraq.",
			want: []string{"RELATIONS SY-IQ 2006-11-21 held"}},
		{name: "FN/Syria and Iraq announced on Tuesday the restoration of diplomatic ties", pub: pub,
			text: "Syria and Iraq announced on Tuesday the restoration of diplomatic ties.",
			want: []string{"RELATIONS SY-IQ 2006-11-21 held"}},
		{name: "OK/part of a broader normalization of relations with Cuba", pub: pub,
			text: "The U.S. move is part of a broader normalization of relations with Cuba.",
			want: nil},
	})
}

// TestTalkedWithPastATitle: "he talked with" a state's officer is talks,
// and a partner list reaches past an unplaced name's title ("Nong Duc Manh,
// general secretary of the CPV Central Committee, and Vietnamese President
// Tran Duc Luong").
func TestTalkedWithPastATitle(t *testing.T) {
	pub := graph.Day(2005, 11, 1) // a Tuesday
	runRuleCases(t, []ruleCase{
		{name: "FN/Hu added he talked with Nong Duc Manh, general secretary of the CPV, and Vietnamese President Tran Duc Luong", pub: pub,
			text: "Chinese President Hu Jintao spoke to reporters on Tuesday. Hu added he talked with Nong Duc Manh, general secretary of the CPV Central Committee, and Vietnamese President Tran Duc Luong on Monday afternoon.",
			want: []string{"MEETING CN-VN 2005-10-31 held"}},
		{name: "FN/Hu met with Nong Duc Manh, general secretary of the CPV, and Vietnamese President Tran Duc Luong", pub: pub,
			text: "Chinese President Hu Jintao met with Nong Duc Manh, general secretary of the CPV Central Committee, and Vietnamese President Tran Duc Luong on Monday afternoon.",
			want: []string{"MEETING CN-VN 2005-10-31 held"}},
		{name: "OK/he talked with reporters in Vietnam", pub: pub,
			text: "Chinese President Hu Jintao said he talked with reporters in Vietnam on Monday.",
			want: nil},
	})
}

// TestMeetingDuringADatedGathering: a meeting held during a gathering takes
// the date told after the gathering's phrase.
func TestMeetingDuringADatedGathering(t *testing.T) {
	pub := graph.Day(2006, 11, 1)
	runRuleCases(t, []ruleCase{
		{name: "FN/expected to meet Putin during a planned CIS summit in Minsk, capital of Belarus, later this month", pub: pub,
			text: "He also said Georgian President Mikhail Saakashvili expected to meet with Russian President Vladimir Putin during a planned summit of the Commonwealth of Independent States in Minsk, capital of Belarus, later this month.",
			want: []string{"MEETING GE-RU 2006-11 planned"}},
		{name: "OK/a Franco-German meeting in the sidelines of a summit failed over a 1987-88 farm price package", pub: graph.Day(1987, 6, 29),
			text: "A specially convened Franco-German meeting in the sidelines of a summit of EC leaders failed to make any progress over a 1987-88 farm price package.",
			want: []string{"MEETING FR-DE  held"}},
	})
}

// TestSomeOfManyAtASummit: states listed after "including" are some of a
// larger gathering, so the summit they arrive for is none of theirs.
func TestSomeOfManyAtASummit(t *testing.T) {
	pub := graph.Day(2006, 11, 3)
	runRuleCases(t, []ruleCase{
		{name: "FP/15 African leaders arrived, including presidents of Zambia, Ghana and Kenya, for the Beijing Summit", pub: pub,
			text: "Meanwhile, 15 African leaders arrived in Beijing Thursday, including presidents of Zambia, Ghana and Kenya, and nine others had arrived earlier for the Beijing Summit.",
			want: nil},
		{name: "OK/meet with foreign leaders including Xi for a nuclear summit in Washington", pub: graph.Day(2016, 3, 26),
			text: "Obama will meet with foreign leaders including Chinese President Xi Jinping for a nuclear summit in Washington on Thursday and Friday.",
			want: []string{"MEETING US-CN 2016-03-31/2016-04-01 planned"}},
	})
}

// TestOpeningMeetingOfAStatement: "In a meeting with his Chinese
// counterpart Hu Jintao in Beijing, the president referred to China as"
// is a meeting on the day the lead reports.
func TestOpeningMeetingOfAStatement(t *testing.T) {
	pub := graph.Day(2006, 11, 3) // a Friday
	runRuleCases(t, []ruleCase{
		{name: "FN/In a meeting with his Chinese counterpart Hu Jintao in Beijing, the president referred", pub: pub,
			text: "Madagascan President Marc Ravalomanana Friday said he hopes more Chinese companies enter Madagascar. In a meeting with his Chinese counterpart Hu Jintao in Beijing, the president referred to China as an important partner and sincere friend.",
			want: []string{"MEETING MG-CN 2006-11-03 held"}},
	})
}

// TestWeekdayEndsAName: "President Marc Ravalomanana Friday said" names
// Ravalomanana, whom a later bare surname then places.
func TestWeekdayEndsAName(t *testing.T) {
	pub := graph.Day(2006, 11, 3) // a Friday
	runRuleCases(t, []ruleCase{
		{name: "FN/Malagasy President Marc Ravalomanana Friday said; Ravalomanana held talks with Hu", pub: pub,
			text: "Malagasy President Marc Ravalomanana Friday said he hopes more Chinese companies invest. Ravalomanana held talks with Chinese President Hu Jintao on Thursday.",
			want: []string{"MEETING MG-CN 2006-11-02 held"}},
	})
}

// TestCancelAnOwnedVisit: a verb of cancelling reaches a visit named with
// its owner ("scrapped the Danish minister's visit"), and "axed" cancels.
func TestCancelAnOwnedVisit(t *testing.T) {
	pub := graph.Day(2006, 11, 14)
	runRuleCases(t, []ruleCase{
		{name: "FN/Sudan has scrapped the Danish minister's visit to Khartoum", pub: pub,
			text: "Sudan has scrapped the Danish minister's visit to Khartoum.",
			want: []string{"MEETING DK-SD  cancelled"}},
		{name: "FN/Sudan axed the Danish minister's visit to Khartoum", pub: pub,
			text: "Sudan axed the Danish minister's visit to Khartoum.",
			want: []string{"MEETING DK-SD  cancelled"}},
		{name: "OK/cancel the tariffs ahead of next month's meeting", pub: pub,
			text: "Japan could encourage Washington to cancel the tariffs ahead of next month's meeting with Tokyo.",
			want: []string{"MEETING US-JP 2006-12 planned"}},
	})
}

// TestToAVisitingGuest: "announced to visiting French Defence Minister
// Charles Millon" tells a guest, not the infinitive "to visit".
func TestToAVisitingGuest(t *testing.T) {
	pub := graph.Day(1997, 4, 8) // a Tuesday
	runRuleCases(t, []ruleCase{
		{name: "FN/announced to visiting French Defence Minister Charles Millon on Monday", pub: pub,
			text: "China announced to visiting French Defence Minister Charles Millon on Monday that it would sign the convention.",
			want: []string{"MEETING FR-CN 1997-04-07 held"}},
		{name: "OK/China wants to visit France on Monday", pub: pub,
			text: "China wants to visit France on Monday.",
			want: []string{"MEETING CN-FR 1997-04-14 proposed"}},
	})
}

// TestRulingPartyOfAState: "a delegation of the Communist Party of China"
// acts for China, as "a Chinese communist party delegation" does; a party
// of a state it does not rule does not.
func TestRulingPartyOfAState(t *testing.T) {
	pub := graph.Day(2005, 11, 6) // a Sunday
	runRuleCases(t, []ruleCase{
		{name: "FN/A delegation of the Communist Party of China arrived for a five-day visit to Cambodia", pub: pub,
			text: "A delegation of the Communist Party of China arrived in Phnom Penh on Saturday for a five-day visit to Cambodia.",
			want: []string{"MEETING CN-KH 2005-11-05/2005-11-09 held"}},
		{name: "OK/A delegation of the Communist Party of Britain", pub: pub,
			text: "A delegation of the Communist Party of Britain arrived in Phnom Penh on Saturday for a five-day visit to Cambodia.",
			want: nil},
	})
}

// TestRulersState: "travelled to Idi Amin's Uganda" goes to Uganda.
func TestRulersState(t *testing.T) {
	pub := graph.Day(2005, 3, 1)
	runRuleCases(t, []ruleCase{
		{name: "FN/travelled to Idi Amin's Uganda in 1975", pub: pub,
			text: "British Foreign Secretary James Callaghan once travelled to Idi Amin's Uganda in 1975 to plead for the life of a British lecturer.",
			want: []string{"MEETING GB-UG 1975 held"}},
		{name: "OK/travelled to China's capital in 2003", pub: pub,
			text: "British Prime Minister Tony Blair travelled to China's capital in 2003.",
			want: []string{"MEETING GB-CN 2003 held"}},
	})
}
