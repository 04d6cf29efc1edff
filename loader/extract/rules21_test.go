package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 21; each a general mechanism with its own case.

// TestTitlesWithAnd: an office whose name joins two portfolios with "and"
// still introduces its holder, whom a later sentence names alone.
func TestTitlesWithAnd(t *testing.T) {
	pub := graph.Day(1987, 3, 5)
	runRuleCases(t, []ruleCase{
		{name: "FN/'Trade and Industry Secretary' before the name", pub: pub,
			text: "British Trade and Industry Secretary Paul Channon said he would raise the issue of access. Channon held talks with Japanese officials on Tuesday.",
			want: []string{"MEETING GB-JP 1987-03-03 held"}},
		{name: "FN/'Minister of Economy and Finance' before the name", pub: pub,
			text: "Argentina's Minister of Economy and Finance Juan Sourrouille said the plan was sound. Sourrouille met Japanese bankers and Finance Ministry officials in Tokyo on Tuesday.",
			want: []string{"MEETING AR-JP 1987-03-03 held"}},
		{name: "OK/two named people joined by 'and' are no office", pub: pub,
			text: "Argentine Minister of Economy Juan Sourrouille and Mario Brodersohn spoke. Brodersohn met Japanese officials on Tuesday.",
			want: nil},
	})
}

// TestMemorandumOfUnderstandingSigned: "understanding" in the accord's own
// name takes no verb from it.
func TestMemorandumOfUnderstandingSigned(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/passive signing of a memorandum of understanding", pub: pub,
			text: "A memorandum of understanding was signed by Nigeria and Angola on Monday.",
			want: []string{"ACCORD NG-AO 2016-03-07 signed"}},
		{name: "FN/with its parties after 'between'", pub: pub,
			text: "The memorandum of understanding between Nigeria and Angola was signed on Monday.",
			want: []string{"ACCORD NG-AO 2016-03-07 signed"}},
	})
}

// TestLegislatorsMet: members of a legislature, named with no state, are
// the officer's own; a state later in the sentence or the story's pair
// gives the meeting no partner.
func TestLegislatorsMet(t *testing.T) {
	pub := graph.Day(1987, 3, 5)
	story := "U.S. Agriculture Secretary Richard Lyng does not intend to discuss a wheat export enhancement initiative to the Soviet Union at a cabinet-level Economic Policy Council meeting set for tomorrow, an aide to Lyng said. "
	runRuleCases(t, []ruleCase{
		{name: "OK/members of a House committee", pub: pub, title: "NO SOVIET WHEAT BONUS TALK PLANNED FOR MEETING",
			text: story + "The USDA secretary met this morning with members of the House Foreign Affairs Committee, but the handful of lawmakers present did not ask whether the administration intended to offer Moscow a wheat export bonus, the aide said.",
			want: nil},
		{name: "OK/lawmakers met", pub: pub, title: "NO SOVIET WHEAT BONUS TALK PLANNED FOR MEETING",
			text: story + "Lyng met lawmakers on Wednesday to discuss the farm bill and sales to Moscow.",
			want: nil},
		{name: "FN/a state's lawmakers are its side", pub: pub,
			text: "Lyng met Soviet lawmakers on Wednesday to discuss grain sales.",
			want: []string{"MEETING US-SU 1987-03-04 held"}},
	})
}

// TestPrepositionalAside: ", of which Baldrige is a member," is an aside
// like ", which ...": the body before it is the subject that meets.
func TestPrepositionalAside(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "OK/an advisory group meets on its own", pub: pub, title: "U.S. MAY ACT AGAINST JAPAN ON CHIPS",
			text: "Commerce Secretary Malcolm Baldrige said the United States may act against Japan over its chip exports. President Reagan's trade policy advisory group, of which Baldrige is a member, will meet on the issue Wednesday.",
			want: nil},
	})
}

// TestOwnCommandersAndTowns: a meeting of one's own commanders and a visit
// to "the northern city of Mosul" take no partner from the story's pair.
func TestOwnCommandersAndTowns(t *testing.T) {
	pub := graph.Day(1987, 4, 7)
	story := "Iran said it had launched a new offensive against Iraq east of Basra. Iraq said its forces had repelled the Iranian attack and that Iran had suffered heavy losses. Iran's news agency said Iranian forces were advancing on Iraqi positions. "
	runRuleCases(t, []ruleCase{
		{name: "OK/a meeting of his commanders, a visit to a named town", pub: pub, title: "IRAQ SAYS IRANIAN ATTACK REPELLED",
			text: story + "Iraqi President Saddam Hussein, who presided over a meeting of his top military commanders in Baghdad two days ago, visited the northern city of Mosul today to attend celebrations marking the 40th anniversary of the ruling Baath Arab Socialist Party.",
			want: nil},
		{name: "FN/a visit to the capital of the other state", pub: pub, title: "IRAQ SAYS IRANIAN ATTACK REPELLED",
			text: story + "A senior Iraqi envoy visited Tehran today to discuss prisoners.",
			want: []string{"MEETING IQ-IR 1987-04-07 held"}},
	})
}

// TestAgencyCrisisMeeting: an agency's crisis meeting is its own.
func TestAgencyCrisisMeeting(t *testing.T) {
	pub := graph.Day(2016, 5, 20)
	story := "Sweden suspects Russia of sabotage after a string of outages, officials said. Russia has denied any role in the incidents. "
	runRuleCases(t, []ruleCase{
		{name: "OK/an agency's crisis meeting", pub: pub, title: "Sweden probes sabotage, eyes Russia",
			text: story + "Sweden's civil emergency agency held a crisis meeting on Friday to discuss a number of cases of suspected sabotage involving telecommunications masts.",
			want: nil},
		{name: "FN/a crisis meeting of the two states", pub: pub, title: "Sweden probes sabotage, eyes Russia",
			text: story + "Swedish and Russian officials held a crisis meeting on Friday to discuss the outages.",
			want: []string{"MEETING SE-RU 2016-05-20 held"}},
	})
}

// TestCompanyDelegation: a delegation from a company, told by its name's
// suffix or its ticker, acts for no state.
func TestCompanyDelegation(t *testing.T) {
	pub := graph.Day(1987, 3, 13)
	story := "The Dutch army will choose between U.S. and European helicopters this year, a Defence Ministry spokesman said. U.S. officials have pressed the Netherlands to buy American. "
	runRuleCases(t, []ruleCase{
		{name: "OK/a company delegation with a ticker", pub: pub, title: "U.S. FIRM SEEKS DUTCH HELICOPTER ORDER",
			text: story + "A delegation from McDonnell-Douglas Corp <MD.N> will visit the Dutch parliament on Monday in an attempt to win a helicopter order, a Defence Ministry spokesman said.",
			want: nil},
		{name: "OK/a company delegation by its suffix", pub: pub, title: "U.S. FIRM SEEKS DUTCH HELICOPTER ORDER",
			text: story + "A delegation from McDonnell-Douglas Corp will visit the Dutch parliament on Monday in an attempt to win a helicopter order, a Defence Ministry spokesman said.",
			want: nil},
		{name: "FN/a state's delegation", pub: pub, title: "U.S. FIRM SEEKS DUTCH HELICOPTER ORDER",
			text: story + "A delegation from the Pentagon will visit the Dutch parliament on Monday, a Defence Ministry spokesman said.",
			want: []string{"MEETING US-NL 1987-03-16 planned"}},
	})
}

// TestAlongWithOthers: a state that acts "along with other leading
// industrial countries" meets many, not the venue's host.
func TestAlongWithOthers(t *testing.T) {
	pub := graph.Day(1987, 6, 2)
	runRuleCases(t, []ruleCase{
		{name: "OK/along with other countries at a meeting in Paris", pub: pub,
			text: "Along with other leading industrial countries, West Germany agreed to a package of measures at a meeting in Paris in February aimed at stemming the fall of the dollar.",
			want: nil},
		{name: "FN/a meeting in Paris with no others", pub: pub,
			text: "West German officials held talks in Paris in February on the fall of the dollar.",
			want: []string{"MEETING DE-FR 1987-02 held"}},
	})
}

// TestVisitingGuestFirst: "the visiting Saudi foreign minister" is the
// visitor, whoever received him; "visiting Cuba" names the host.
func TestVisitingGuestFirst(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/received the visiting minister", pub: pub,
			text: "Egyptian President Abdel Fattah al-Sisi received the visiting Saudi foreign minister on Tuesday.",
			want: []string{"MEETING SA-EG 2016-03-08 held"}},
		{name: "FN/met visiting Secretary of State", pub: pub,
			text: "Chinese Premier Li Keqiang met visiting U.S. Secretary of State John Kerry on Tuesday.",
			want: []string{"MEETING US-CN 2016-03-08 held"}},
		{name: "OK/a visitor who is the subject keeps his place", pub: pub,
			text: "Visiting Cuba on Monday, Obama met President Raul Castro.",
			want: []string{"MEETING US-CU 2016-03-07 held"}},
	})
}

// TestSecondVerbSharesTheDay: an accord told by the second verb of a
// clause whose first verb is a dated meeting is of that day.
func TestSecondVerbSharesTheDay(t *testing.T) {
	pub := graph.Day(1987, 3, 5)
	runRuleCases(t, []ruleCase{
		{name: "FN/met on a day and agreed", pub: pub,
			text: "South Korean and Japanese officials met in Seoul on Tuesday and agreed to settle the dispute.",
			want: []string{"MEETING KR-JP 1987-03-03 held", "ACCORD KR-JP 1987-03-03 agreed"}},
		{name: "OK/an accord in another clause keeps no day", pub: pub,
			text: "South Korean and Japanese officials met in Seoul on Tuesday, and officials said Japan and South Korea agreed to settle the dispute.",
			want: []string{"MEETING KR-JP 1987-03-03 held", "ACCORD JP-KR  agreed"}},
	})
}

// TestUnnamedOrPrivatePartners: foreign lenders left unnamed, a state's own
// agreed package and a chamber of commerce's meeting take no partner from
// the story's pair.
func TestUnnamedOrPrivatePartners(t *testing.T) {
	pub := graph.Day(1987, 3, 11)
	runRuleCases(t, []ruleCase{
		{name: "OK/foreign loan agreements", pub: pub, title: "JAPAN TO LEND CHINA MORE",
			text: "Japanese officials said China was Japan's largest aid recipient. Japan is China's largest trading partner. Zhang said last Friday that China signed foreign loan agreements for 6.94 billion dlrs last year.",
			want: nil},
		{name: "OK/its agreed package", pub: pub, title: "LAWSON URGES JAPAN TO STIMULATE ECONOMY",
			text: "British Chancellor Nigel Lawson urged Japan to stimulate its economy. Lawson said Japan should act quickly. He also said he hoped Bonn would bring forward to January 1988 part of its agreed package of tax cuts scheduled for 1990.",
			want: nil},
		{name: "OK/a chamber of commerce meeting", pub: pub, title: "BRITISH MINISTER WARNS U.S. ON TRADE BILL",
			text: "British Defence Secretary George Younger warned the United States against protectionism. Britain buys more U.S. arms than the United States buys British ones. Younger told a U.S. Chamber of Commerce meeting that U.S. legislators were failing to see the two-way street.",
			want: nil},
		{name: "FN/an agreement with a named lender stays", pub: pub, title: "JAPAN TO LEND CHINA MORE",
			text: "Japanese officials said China was Japan's largest aid recipient. Japan is China's largest trading partner. China signed loan agreements with Japan for 6.94 billion dlrs last year.",
			want: []string{"ACCORD CN-JP 1986 signed"}},
	})
}

// TestTwoMenOfOneState: "the two men" are the story's pair only when it
// names a person of each state.
func TestTwoMenOfOneState(t *testing.T) {
	pub := graph.Day(2016, 7, 10)
	runRuleCases(t, []ruleCase{
		{name: "OK/the president and his deputy of one state", pub: pub, title: "Renewed fighting breaks out in South Sudan",
			text: "Renewed fighting erupted in South Sudan's capital on Sunday and forces loyal to Vice President Riek Machar said his residence was attacked by the president's troops. The European Union, a major donor, called for calm in South Sudan. The EU said South Sudan must protect civilians. Gunfire broke out again on Friday between the vice president's bodyguards and the presidential guard, while the two men were holding talks at the presidential State House to defuse tensions.",
			want: nil},
		{name: "FN/the two leaders of the pair", pub: pub, title: "Obama, Castro meet",
			text: "U.S. President Barack Obama arrived in Cuba on Friday. Cuban President Raul Castro welcomed him. The two leaders held talks on Saturday.",
			want: []string{"MEETING US-CU 2016-07-08 held", "MEETING CU-US 2016-07-09 held"}},
	})
}

// TestForSomeoneToTravel: "for a Swedish prosecutor to travel" names the
// traveller; the clause's subject does not travel.
func TestForSomeoneToTravel(t *testing.T) {
	pub := graph.Day(2016, 2, 5)
	runRuleCases(t, []ruleCase{
		{name: "OK/the traveller after 'for'", pub: pub,
			text: "Last December, Ecuador and Swedish authorities reached a bilateral agreement for a Swedish prosecutor to travel to the UK to question Assange at the embassy.",
			want: []string{"MEETING SE-GB 2015-12 planned", "ACCORD EC-SE 2015-12 agreed"}},
	})
}

// TestTalksOnAnAccord: talks told only as the negotiation of an accord are
// that accord, under negotiation; dated talks stay a meeting.
func TestTalksOnAnAccord(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "OK/in talks on an agreement", pub: pub,
			text: "Israel and the United States are also in talks on a generous military assistance agreement, he said.",
			want: []string{"ACCORD IL-US  negotiating"}},
		{name: "FN/talks held on a day on an agreement stay a meeting", pub: pub,
			text: "Israel and the United States held talks on Monday on a military assistance agreement.",
			want: []string{"MEETING IL-US 2016-03-07 held", "ACCORD IL-US  negotiating"}},
	})
}

// TestUrgedToAttend: states that call on others to attend talks are no
// side of them; a state urged to attend is.
func TestUrgedToAttend(t *testing.T) {
	pub := graph.Day(2016, 1, 11)
	runRuleCases(t, []ruleCase{
		{name: "OK/called on the opposition to attend the talks", pub: pub,
			text: "France, Britain and Germany called on the opposition to attend the talks, but warned that the negotiations would only succeed if humanitarian access were granted.",
			want: nil},
		{name: "OK/urged the rebels to join the negotiations", pub: pub,
			text: "The United States and Russia urged the rebels to join the negotiations in Geneva next week.",
			want: nil},
	})
}

// TestUnplacedSayersPronoun: "he" after a report verb whose sayer is a
// name placed in no country is that person, of no state: no partner is
// guessed from the story's pair.
func TestUnplacedSayersPronoun(t *testing.T) {
	pub := graph.Day(2016, 4, 5)
	story := "Russia and Syria said on Monday the truce was holding. Syrian President Bashar Assad thanked Russia for its support. Russian Foreign Minister Sergey Lavrov said Moscow backed the talks. "
	runRuleCases(t, []ruleCase{
		{name: "OK/the sayer's office says he", pub: pub, title: "Russia, Syria back truce",
			text: story + "Staffan de Mistura's office says he was to meet on Tuesday with Russian Foreign Minister Sergey Lavrov to discuss the next round of the talks.",
			want: nil},
		{name: "FN/officials say he: the story's person", pub: pub, title: "Russia, Syria back truce",
			text: story + "Officials say he was to meet on Tuesday with Russian Foreign Minister Sergey Lavrov.",
			want: []string{"MEETING RU-SY 2016-04-05 planned"}},
	})
}

// TestParticipationClause: "negotiations that involved A and B", "the
// talks, which included officials from A and B" name the talks' sides.
func TestParticipationClause(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/that involved", pub: pub,
			text: "Negotiations that involved Japan and South Korea ended without a deal, officials said.",
			want: []string{"MEETING JP-KR 2016-03-09 held"}},
		{name: "FN/which included officials from", pub: pub,
			text: "The talks, which included officials from Egypt and Ethiopia, ended without a deal.",
			want: []string{"MEETING EG-ET 2016-03-09 held"}},
		{name: "OK/a clause about something else", pub: pub,
			text: "The talks that included a visit to a dam ended without a deal.",
			want: nil},
	})
}

// TestReportedPromise: "Yeutter said Argentina agreed to end the
// differential": the reporting officer's state is the accord's other party.
func TestReportedPromise(t *testing.T) {
	pub := graph.Day(1987, 10, 7)
	runRuleCases(t, []ruleCase{
		{name: "FN/an officer reports another state's promise", pub: pub,
			text: "Trade Representative Clayton Yeutter said Argentina agreed to end the differential.",
			want: []string{"ACCORD AR-US 1987-10-07 agreed"}},
		{name: "OK/a state's own officer reports it", pub: pub,
			text: "Argentine Economy Minister Juan Sourrouille said Argentina agreed to end the differential.",
			want: nil},
	})
}

// TestDateAddsNoDistance: a date between the verb and its object does not
// push the object out of reach.
func TestDateAddsNoDistance(t *testing.T) {
	pub := graph.Day(1987, 4, 2)
	runRuleCases(t, []ruleCase{
		{name: "FN/agreed on a day to refinance a state's debt", pub: pub,
			text: "The Western creditor governments and Kuwait agreed on March 31 to refinance 475 mln dlrs of Yugoslavia's debt due in 1987 and 1988.",
			want: []string{"ACCORD KW-YU 1987-03-31 agreed"}},
	})
}

// TestAmericanCabinetTitles: "Under Secretary of Commerce", "Agriculture
// Secretary" name American officers with no demonym before them.
func TestAmericanCabinetTitles(t *testing.T) {
	pub := graph.Day(1987, 3, 30)
	runRuleCases(t, []ruleCase{
		{name: "FN/an Under Secretary of Commerce leads talks since a month", pub: pub,
			text: "Asked if Japan would retaliate, Deputy Under Secretary of Commerce Bruce Smart said it would be foolish. Since last August Smart has been leading talks to open up Japan to purchases of more U.S.-made automotive parts.",
			want: []string{"MEETING US-JP 1986-08 ongoing"}},
	})
}

// TestAlreadyHeldTakesNoLeadDay: talks told as done before the news
// ("has already held") take no day from the lead.
func TestAlreadyHeldTakesNoLeadDay(t *testing.T) {
	pub := graph.Day(1987, 6, 1)
	runRuleCases(t, []ruleCase{
		{name: "OK/already held", pub: pub, dateline: "LONDON, June 1",
			text: "LONDON, June 1 - OPEC's May output appears to have risen well above its ceiling, a London broker says. According to the broker's sources, Saudi Arabia has already held separate talks with Iran and Iraq and is urging Iraq to be more moderate.",
			want: []string{"MEETING SA-IR  held", "MEETING SA-IQ  held"}},
	})
}

// TestHongKongWasBritish: before July 1997 Hong Kong's dealings with
// Britain are a territory's with its sovereign, no bilateral event.
func TestHongKongWasBritish(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/Hong Kong and Britain in 1987", pub: graph.Day(1987, 3, 19),
			text: "Hong Kong's banking commissioner said Hong Kong had held talks with Britain on capital ratios.",
			want: nil},
		{name: "FN/Hong Kong and Britain in 2016", pub: graph.Day(2016, 3, 19),
			text: "Hong Kong's chief executive said Hong Kong had held talks with Britain on capital ratios.",
			want: []string{"MEETING HK-GB  held"}},
	})
}

// TestMeetingAtASeat: "a meeting at the White House" is held in the
// United States: with only Americans at it, it is domestic; the main
// clause's subject after such an opener held it.
func TestMeetingAtASeat(t *testing.T) {
	pub := graph.Day(2016, 2, 3)
	story := "President Obama visited a mosque in Baltimore on Wednesday. Obama recalled his 2009 speech in Cairo, Egypt. Egypt's government welcomed the speech then. "
	runRuleCases(t, []ruleCase{
		{name: "OK/Americans at the White House", pub: pub, title: "Obama, in Mosque Visit, Denounces Anti-Muslim Bias",
			text: story + "At a meeting at the White House last month, prominent Muslim Americans pleaded with senior administration officials to have the president visit a mosque.",
			want: nil},
		{name: "OK/a mosque visit", pub: pub, title: "Obama, in Mosque Visit, Denounces Anti-Muslim Bias",
			text: story + "A presidential scholar likened Mr. Obama's mosque visit to warnings made by two other presidents.",
			want: nil},
		{name: "FN/an opener's meeting held by the main clause's subject", pub: pub,
			text: "At a meeting at the White House on Monday, Egyptian Foreign Minister Sameh Shoukry and U.S. officials discussed Libya.",
			want: []string{"MEETING EG-US 2016-02-01 held"}},
	})
}

// TestSidesUnfounded: "both sides" with no event of the story's pair told
// before, and a title that does not name both, is not that pair.
func TestSidesUnfounded(t *testing.T) {
	pub := graph.Day(1987, 3, 23)
	runRuleCases(t, []ruleCase{
		{name: "OK/both sides of a state and its banks", pub: pub, title: "BRAZIL SEEKS TO REASSURE BANKS ON DEBT SUSPENSION",
			text: "Brazil's central bank governor met bank advisers in New York, officials said. U.S. banks hold much of Brazil's debt. This delicate question was not resolved at yesterday's meeting, but lawyers from both sides will try to draft suitable language by midweek, the bankers said.",
			want: nil},
		{name: "FN/both sides of a pair met before", pub: pub, title: "U.S., JAPAN HOLD CHIP TALKS",
			text: "U.S. and Japanese officials held talks on Sunday on the chip pact. Both sides will meet again on Thursday, officials said.",
			want: []string{"MEETING US-JP 1987-03-22 held", "MEETING US-JP 1987-03-26 planned"}},
	})
}
