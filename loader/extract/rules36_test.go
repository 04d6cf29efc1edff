package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of sessions 36 and 37; each a general mechanism with its own case.

// TestPremodifyingWeekdayTakesItsNounsVerb: a weekday premodifying a
// meeting noun ("the Thursday talks") takes the tense of the verb its noun
// phrase is the subject of, however long the phrase, and not that of a
// verb of saying before it.
func TestPremodifyingWeekdayTakesItsNounsVerb(t *testing.T) {
	pub := graph.Day(2016, 3, 29) // a Tuesday
	runRuleCases(t, []ruleCase{
		{name: "FN/The Thursday talks between Japan and the United States will be headed by Smith", pub: pub,
			text: "The Thursday talks between Japan and the United States will be headed by Smith.",
			want: []string{"MEETING JP-US 2016-03-31 planned"}},
		{name: "FN/Officials said the Thursday talks between Japan and the United States will be headed by Smith", pub: pub,
			text: "Officials said the Thursday talks between Japan and the United States will be headed by Smith.",
			want: []string{"MEETING JP-US 2016-03-31 planned"}},
		{name: "OK/The Thursday talks between Japan and the United States were headed by Smith", pub: pub,
			text: "The Thursday talks between Japan and the United States were headed by Smith.",
			want: []string{"MEETING JP-US 2016-03-24 held"}},
		{name: "OK/Japan and the United States held the Thursday talks in Tokyo", pub: pub,
			text: "Japan and the United States held the Thursday talks in Tokyo.",
			want: []string{"MEETING JP-US 2016-03-24 held"}},
	})
}

// TestCapitalAsASide: a capital that is one side of a pair compound or the
// possessor of a meeting or accord is its state; a capital that only
// premodifies one is its venue.
func TestCapitalAsASide(t *testing.T) {
	pub := graph.Day(2016, 3, 15)
	runRuleCases(t, []ruleCase{
		{name: "FN/A recent EU-Ankara deal allows Greece to return asylum-seekers", pub: pub,
			text: "A recent EU-Ankara deal allows Greece to return asylum-seekers.",
			want: []string{"ACCORD EU-TR  agreed"}},
		{name: "FN/The Washington-Beijing talks ended on Monday", pub: pub,
			text: "The Washington-Beijing talks ended on Monday.",
			want: []string{"MEETING US-CN 2016-03-14 held"}},
		{name: "FN/Paris's agreement last autumn to purchase gas from Norway", pub: pub,
			text: "Paris's agreement last autumn to purchase gas from Norway was criticised.",
			want: []string{"ACCORD FR-NO 2015 agreed"}},
		{name: "FN/the president's landmark Havana visit on March 21 and 22", pub: pub,
			text: "Obama's landmark Havana visit on March 21 and 22 was praised.",
			want: []string{"MEETING US-CU 2016-03-21/2016-03-22 planned"}},
		{name: "OK/The Paris-Dakar rally began on Monday", pub: pub,
			text: "The Paris-Dakar rally began on Monday.",
			want: nil},
		{name: "OK/the Minsk agreement between Russia and Ukraine", pub: pub,
			text: "Russia and Ukraine signed the Minsk agreement on Monday.",
			want: []string{"ACCORD RU-UA 2016-03-14 signed"}},
	})
}

// TestConnectiveOpener: a connective opening a sentence ("Meanwhile,",
// "However,", "But") leaves the clause after it read as the opening.
func TestConnectiveOpener(t *testing.T) {
	pub := graph.Day(1987, 6, 29)
	runRuleCases(t, []ruleCase{
		{name: "FN/Meanwhile, under the nonbinding pact, Moscow has agreed to purchase", pub: pub,
			text: "Meanwhile, under the nonbinding pact, Moscow has agreed to purchase a minimum of nine mln tonnes of U.S. grain per year.",
			want: []string{"ACCORD SU-US 1987-06-29 agreed"}},
		{name: "FN/But at a summit with President Roh Moo-Hyun on Monday, Yushchenko said", pub: graph.Day(2006, 12, 20),
			text: "But at a summit with President Roh Moo-Hyun on Monday, Yushchenko said Ukraine's experience could be helpful.",
			want: []string{"MEETING UA-KR 2006-12-18 held"}},
		{name: "OK/Meanwhile, Japan and China held talks on Monday", pub: pub,
			text: "Meanwhile, Japan and China held talks on Monday.",
			want: []string{"MEETING JP-CN 1987-06-29 held"}},
	})
}

// TestMoreConcludingVerbs: "penned", "entered into" and "wrapped up"
// conclude an accord as "signed" and "worked out" do.
func TestMoreConcludingVerbs(t *testing.T) {
	pub := graph.Day(2016, 3, 15)
	runRuleCases(t, []ruleCase{
		{name: "FN/China and Russia penned a deal on Monday", pub: pub,
			text: "China and Russia penned a deal on Monday.",
			want: []string{"ACCORD CN-RU 2016-03-14 signed"}},
		{name: "FN/China and Russia entered into an agreement on Monday", pub: pub,
			text: "China and Russia entered into an agreement on Monday.",
			want: []string{"ACCORD CN-RU 2016-03-14 agreed"}},
		{name: "FN/China and Russia wrapped up a deal on Monday", pub: pub,
			text: "China and Russia wrapped up a deal on Monday.",
			want: []string{"ACCORD CN-RU 2016-03-14 agreed"}},
		{name: "OK/China and Russia entered talks on a new agreement on Monday", pub: pub,
			text: "China and Russia entered talks on a new agreement on Monday.",
			want: []string{"MEETING CN-RU 2016-03-14 held", "ACCORD CN-RU  negotiating"}},
	})
}

// TestAudienceWith: an audience or a one-on-one had with a state's officer
// is a meeting, as a lunch had with one is.
func TestAudienceWith(t *testing.T) {
	pub := graph.Day(2016, 3, 15)
	runRuleCases(t, []ruleCase{
		{name: "FN/Abe had an audience with Chinese President Xi Jinping on Monday", pub: pub,
			text: "Japanese Prime Minister Shinzo Abe had an audience with Chinese President Xi Jinping on Monday.",
			want: []string{"MEETING JP-CN 2016-03-14 held"}},
		{name: "FN/Abe had a one-on-one with Chinese President Xi Jinping on Monday", pub: pub,
			text: "Japanese Prime Minister Shinzo Abe had a one-on-one with Chinese President Xi Jinping on Monday.",
			want: []string{"MEETING JP-CN 2016-03-14 held"}},
		{name: "OK/Abe is seeking an audience with Xi", pub: pub,
			text: "Japanese Prime Minister Shinzo Abe is seeking an audience with Chinese President Xi Jinping.",
			want: nil},
	})
}

// TestAlsoChangesNoEvent: "also" adds an event to others told before; the
// event its sentence tells reads as it would without it.
func TestAlsoChangesNoEvent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/he and Lavrov had also reached a provisional agreement", pub: graph.Day(2016, 2, 21),
			text: "U.S. Secretary of State John Kerry said on Sunday he and his Russian counterpart Sergei Lavrov had also reached a provisional agreement on terms of a cessation of hostilities in Syria.",
			want: []string{"ACCORD US-RU 2016-02-21 agreed"}},
		{name: "FN/under a barter agreement also signed here last week", pub: graph.Day(1987, 6, 1),
			text: "Bangladesh will import 60,000 tons of diesel oil from the Soviet Union under a barter agreement also signed here last week, officials said.",
			want: []string{"ACCORD BD-SU 1987-05-25/1987-05-31 signed"}},
		{name: "OK/Jeremy Corbyn was also in Brussels", pub: graph.Day(2016, 2, 19),
			text: "Cameron's opponent, Jeremy Corbyn, was also in Brussels where he described the deal as a sideshow.",
			want: nil},
	})
}

// TestVerbEndsCountrysNounPhrase: a country followed by its verb is a
// state, whatever noun the verb's object has ("France is sending a
// company of about 250 troops": no company of France's).
func TestVerbEndsCountrysNounPhrase(t *testing.T) {
	runCountryCases(t, graph.Day(2016, 6, 14), []countryCase{
		{name: "FN/France is sending a company of about 250 troops",
			text: "Canada is expected to command a fourth battalion in Latvia. France is sending a company of about 250 troops.",
			want: []string{"CA", "LV", "FR"}},
		{name: "OK/France is also sending a company of about 250 troops",
			text: "Canada is expected to command a fourth battalion in Latvia. France is also sending a company of about 250 troops.",
			want: []string{"CA", "LV", "FR"}},
	})
}

// TestAppositionCostsNoReach: a short apposition after a name neither
// hides the question the name stands in nor pushes a date out of reach.
func TestAppositionCostsNoReach(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP/It is still unclear whether South Korean President Roh Moo-hyun, a veteran diplomat, will hold a summit", pub: graph.Day(2006, 11, 15),
			text: "It is still unclear whether South Korean President Roh Moo-hyun, a veteran diplomat, will hold a summit with Koizumi during the APEC event, the official said.",
			want: nil},
		{name: "FN/a meeting between Baker and Stoltenberg, a veteran diplomat, on Monday", pub: graph.Day(1987, 10, 20),
			text: "News of a meeting between U.S. Treasury Secretary James Baker and West German Finance Minister Gerhard Stoltenberg, a veteran diplomat, on Monday soothed currency markets, dealers said.",
			want: []string{"MEETING US-DE 1987-10-19 planned"}},
	})
}

// TestPronounOpensCoordinatedClause: "he" opening a clause joined by "and"
// after a date of its own is the story's person, as it is opening the
// sentence.
func TestPronounOpensCoordinatedClause(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/On Monday he met West German officials in Bonn, and on Tuesday he held talks in Paris", pub: graph.Day(1987, 3, 11),
			text: "Brazil's finance minister Dilson Funaro is touring Europe. On Monday he met West German officials in Bonn, and on Tuesday he held talks in Paris with French officials.",
			want: []string{"MEETING BR-DE 1987-03-09 held", "MEETING BR-FR 1987-03-10 held"}},
	})
}

// TestPeopleOfAStateAreNoSide: a meeting of a state's industrialists, or
// talks with its bankers or a businessman, is none with the state (found by
// the session's precision audit of unlabelled bulk output).
func TestPeopleOfAStateAreNoSide(t *testing.T) {
	pub := graph.Day(1987, 4, 10)
	runRuleCases(t, []ruleCase{
		{name: "FP/Chinese ambassador told a meeting of Pakistani industrialists", pub: pub,
			text: "Chinese ambassador Tian Ding told a meeting of Pakistani industrialists on Thursday that China intended to increase imports from Pakistan.",
			want: nil},
		{name: "FP/a one billion dollar accord signed in Moscow last month with French businessman Jean-Baptiste Doumeng", pub: graph.Day(1987, 3, 11),
			text: "Soviet Foreign Trade Minister Boris Aristov said trade with France would grow. He said concrete deals had not yet been finalised as a result of a one billion dollar accord signed in Moscow last month with French businessman Jean-Baptiste Doumeng.",
			want: nil},
		{name: "OK/Japan's finance minister held talks with American officials on Monday", pub: pub,
			text: "Japan's finance minister held talks with American officials on Monday.",
			want: []string{"MEETING JP-US 1987-04-06 held"}},
	})
}

// TestParticipleAsideKeepsItsEvent: an event told inside an aside opened
// by a participle ("A poll, conducted after Thatcher returned from Moscow,
// this morning gave ...") does not take the main clause's date after it.
func TestParticipleAsideKeepsItsEvent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP-date/A poll, conducted after Thatcher returned from Moscow, this morning gave", pub: graph.Day(1987, 4, 7),
			text: "A poll for commercial television, conducted after Prime Minister Thatcher returned from Moscow, this morning gave the Conservatives their highest rating since 1983.",
			want: []string{"MEETING GB-SU  held"}},
		{name: "OK/Thatcher, accompanied by aides, visited Moscow on Tuesday", pub: graph.Day(1987, 4, 7),
			text: "Thatcher, accompanied by aides, visited Moscow on Tuesday.",
			want: []string{"MEETING GB-SU 1987-04-07 held"}},
	})
}

// TestMeetingOfAnOrganisationsOfficials: a meeting of an organisation's
// officials, told after its venue, is the organisation's gathering, whose
// sides the story's pair does not give.
func TestMeetingOfAnOrganisationsOfficials(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP/a meeting in Havana of officials of the Soviet-led trade group Comecon", pub: graph.Day(1987, 3, 30), title: "YUGOSLAVIA TO HELP PRODUCE NEW SOVIET AIRLINER",
			text: "Yugoslavia said it has been asked to participate in the production of a new Soviet airliner -- the Ilyushin 114.\n\n" +
				"The official Tanjug news agency said this was decided at a meeting in Havana of officials of the Soviet-led trade group Comecon. " +
				"Yugoslavia is a communist nonaligned state, belonging neither to the Warsaw Pact or the Western alliance, Nato, but it enjoys preferential trading status in Comecon. " +
				"Under the deal, Yugoslavia will produce several major parts, including the landing gear, for the new medium-range 80-passenger Ilyushin airliner, Tanjug said.",
			want: nil},
		{name: "OK/a meeting in Havana of officials of the two countries", pub: graph.Day(1987, 3, 30),
			text: "Yugoslavia said it has been asked to help produce a new Soviet airliner. It was decided at a meeting in Havana of officials of the two countries.",
			want: []string{"MEETING YU-SU 1987-03-30 held"}},
	})
}

// TestWhileClauseTimesItsSentence: a sentence opened by "While" and a
// past state tells what happened over that time, not on the story's day.
func TestWhileClauseTimesItsSentence(t *testing.T) {
	pub := graph.Day(1987, 6, 29)
	runRuleCases(t, []ruleCase{
		{name: "FP-date/While its production was down, Venezuela loaned Ecuador", pub: pub,
			text: "While its production was down, Venezuela loaned Ecuador a total 12 mln barrels of crude, Santos said.",
			want: []string{"ACCORD VE-EC  agreed"}},
		{name: "OK/Venezuela loaned Ecuador 12 mln barrels of crude, Santos said", pub: pub,
			text: "Venezuela loaned Ecuador 12 mln barrels of crude, Santos said.",
			want: []string{"ACCORD VE-EC 1987-06-29 agreed"}},
	})
}

// TestHopeForAnOutcomeAtAMeeting: a breakthrough hoped for at a meeting
// makes the meeting no wish: it is planned.
func TestHopeForAnOutcomeAtAMeeting(t *testing.T) {
	pub := graph.Day(1987, 4, 3)
	runRuleCases(t, []ruleCase{
		{name: "FN-status/pinning hopes for a breakthrough on the trip to Tokyo next week", pub: pub,
			text: "The U.K. Government was pinning hopes for a breakthrough on the trip to Tokyo next week by Corporate Affairs Minister Michael Howard.",
			want: []string{"MEETING GB-JP 1987-04-06/1987-04-12 planned"}},
		{name: "OK/Britain hopes for talks with Japan next week", pub: pub,
			text: "Britain hopes for talks with Japan next week.",
			want: []string{"MEETING GB-JP 1987-04-06/1987-04-12 proposed"}},
	})
}

// TestAwaitedOutcomeOfTalks: talks whose outcome someone awaits are still
// going on, and the day of saying so is not theirs.
func TestAwaitedOutcomeOfTalks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP-date/is awaiting the outcome of trade talks between the U.S. and Japan, Button said last Friday", pub: graph.Day(1987, 4, 7),
			text: "The Australian government is awaiting the outcome of trade talks between the U.S. and Japan with interest and concern, Industry Minister John Button said last Friday.",
			want: []string{"MEETING US-JP  ongoing"}},
	})
}

// TestRelativeClauseOfATime: an event told in a "during which" or "in
// which" clause takes the date of the trip or time the clause is about.
func TestRelativeClauseOfATime(t *testing.T) {
	pub := graph.Day(2016, 8, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN-date/a similar trip to West Africa in 2014 ... in which he toured response operations in Liberia", pub: pub,
			text: "Thomas Frieden, the director of the U.S. Centers for Disease Control, said the outbreak was slowing. Frieden recalled a similar trip to West Africa in 2014 during the Ebola outbreak in which he toured response operations in Liberia.",
			want: []string{"MEETING US-LR 2014 held"}},
		{name: "FN-date/a trip to Asia last May, during which he visited Vietnam", pub: pub,
			text: "Kerry made a trip to Asia last May, during which he visited Vietnam.",
			want: []string{"MEETING US-VN 2016-05 held"}},
	})
}

// TestDelayedNameOfAnOfficer: a lead that names a state's officer by office
// alone ("the director of the U.S. Centers for Disease Control") and a
// next sentence that names its speaker after a quote ('... ," Dr. Thomas
// Frieden said') place that speaker in the state.
func TestDelayedNameOfAnOfficer(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/the director of the U.S. CDC ... Dr. Thomas Frieden said ... Frieden recalled a trip in which he toured Liberia", pub: graph.Day(2016, 3, 9),
			text: "In the fight against the Zika virus, the director of the U.S. Centers for Disease Control and Prevention calls Puerto Rico his top priority. " +
				"Unlike the Ebola virus, \"there's no playbook for Zika,\" Dr. Thomas Frieden said in an interview on Tuesday. " +
				"Frieden recalled a similar trip to West Africa in 2014 during the Ebola outbreak in which he toured response operations in Liberia.",
			want: []string{"MEETING US-LR 2014 held"}},
		{name: "OK/a meeting with the director of the U.S. CDC names no U.S. speaker", pub: graph.Day(2016, 3, 9),
			text: "Brazil's health minister had a meeting with the director of the U.S. Centers for Disease Control. \"We agreed on a plan,\" Dr. Marcelo Castro said. Castro visited Peru in 2015.",
			want: []string{"MEETING BR-US  held", "MEETING BR-PE 2015 held"}},
	})
}

// TestContactsWith: contacts had with a state's officer are a meeting, also
// when a time stands before "with".
func TestContactsWith(t *testing.T) {
	pub := graph.Day(1987, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FN/he would have contacts later today with his Chinese counterpart Zhou Nan", pub: pub,
			text: "Chief Portuguese negotiator Rui Medina said earlier he would have contacts later today with his Chinese counterpart Zhou Nan.",
			want: []string{"MEETING PT-CN 1987-03-20 planned"}},
		{name: "OK/Japan has contacts with Chinese companies", pub: pub,
			text: "Japan has contacts with Chinese companies.",
			want: nil},
	})
}

// TestTalksUnderWay: talks that "are progressing" or "are under way" are
// ongoing, not held (and so take no story day).
func TestTalksUnderWay(t *testing.T) {
	pub := graph.Day(1987, 3, 18)
	runRuleCases(t, []ruleCase{
		{name: "FP-status/Canada/U.S. Bilateral trade negotiations, which must be concluded ... by October, are progressing well", pub: pub,
			text: "She said Canada/U.S. Bilateral trade negotiations, which must be concluded at least in draft form by October, are progressing well.",
			want: []string{"MEETING CA-US  ongoing"}},
		{name: "FP-status/The talks between Canada and the U.S. are under way in Ottawa", pub: pub,
			text: "The talks between Canada and the U.S. are under way in Ottawa.",
			want: []string{"MEETING CA-US  ongoing"}},
		{name: "OK/Talks between Canada and the U.S. ended on Monday", pub: pub,
			text: "Talks between Canada and the U.S. ended on Monday.",
			want: []string{"MEETING CA-US 1987-03-16 held"}},
	})
}

// TestVisitorArrivesInAside: "the visit of <visitor>, who arrives ... on
// Friday" is dated by the arrival the aside tells, and (session 39) runs
// the days of the tour the aside gives.
func TestVisitorArrivesInAside(t *testing.T) {
	pub := graph.Day(1987, 3, 18)
	runRuleCases(t, []ruleCase{
		{name: "FN-date/the visit of West German president Richard von Weizsaecker, who arrives on a four-day official tour on Friday", pub: pub, dateline: "LA PAZ, March 18",
			text: "The strike is part of a plan to coincide with the visit of West German president Richard von Weizsaecker, who arrives on a four-day official tour on Friday.",
			want: []string{"MEETING DE-BO 1987-03-20/1987-03-23 planned"}},
	})
}

// TestCombiningFormsNameStates: the first half of a compound of two peoples
// ("Franco-German", "Anglo-Irish") names its state, as "Sino-" does, so
// the compound gives both sides of the meeting or accord it modifies.
func TestCombiningFormsNameStates(t *testing.T) {
	pub := graph.Day(1987, 6, 29) // a Monday
	runRuleCases(t, []ruleCase{
		{name: "FN/A Franco-German summit on Monday failed to make progress", pub: pub,
			text: "A Franco-German summit on Monday failed to make progress.",
			want: []string{"MEETING FR-DE 1987-06-29 held"}},
		{name: "FN/The Anglo-Irish agreement was signed on Monday", pub: pub,
			text: "The Anglo-Irish agreement was signed on Monday.",
			want: []string{"ACCORD GB-IE 1987-06-29 signed"}},
		{name: "OK/A Sino-German summit on Monday failed to make progress", pub: pub,
			text: "A Sino-German summit on Monday failed to make progress.",
			want: []string{"MEETING CN-DE 1987-06-29 held"}},
	})
}

// TestNamesOfSeveralWordsReadAsOne: a country named in several words ("Sri
// Lanka", "the United Arab Emirates") is one token to every rule, so that
// it reads as a one-word name does in the same place.
func TestNamesOfSeveralWordsReadAsOne(t *testing.T) {
	pub := graph.Day(1998, 3, 1) // a Sunday
	runRuleCases(t, []ruleCase{
		{name: "FN/Saiki summoned the Sri Lankan ambassador in Tokyo on Monday", pub: pub,
			text: "Japan's Vice Foreign Minister Akitaka Saiki summoned the Sri Lankan ambassador in Tokyo on Monday.",
			want: []string{"MEETING JP-LK 1998-02-23 held"}},
		{name: "OK/Saiki summoned the Chilean ambassador in Tokyo on Monday", pub: pub,
			text: "Japan's Vice Foreign Minister Akitaka Saiki summoned the Chilean ambassador in Tokyo on Monday.",
			want: []string{"MEETING JP-CL 1998-02-23 held"}},
		{name: "FN/a controversial Sri Lanka-US pact that allows civilian nuclear cooperation", pub: pub,
			text: "Singh is seeking Japan's blessing for a controversial Sri Lanka-US pact that allows civilian nuclear cooperation.",
			want: []string{"ACCORD LK-US  agreed"}},
		{name: "FN/Spain has granted the Dominican Republic a credit line", pub: pub,
			text: "Spain has granted the Dominican Republic a 25 mln dlr credit line for the purchase of Spanish goods.",
			want: []string{"ACCORD ES-DO 1998-03-01 agreed"}},
		{name: "FN/A planned trip to the United Arab Emirates has been postponed", pub: pub,
			text: "A planned trip by Turkish Defence Minister Turhan Tayan to the United Arab Emirates has been postponed, Turkish diplomats said Thursday.",
			want: []string{"MEETING TR-AE  cancelled"}},
	})
}

// TestShortTitles: "PM" and "FM" before a name are the titles they stand
// for ("Turkish PM Ahmet Davutoglu" reads as "Turkish Premier ..."); a
// clock's "PM" is not.
func TestShortTitles(t *testing.T) {
	pub := graph.Day(2016, 2, 15) // a Monday
	runRuleCases(t, []ruleCase{
		{name: "FN/Biden on Saturday called Turkish PM Ahmet Davutoglu", pub: pub,
			text: "U.S. Vice President Joe Biden on Saturday called Turkish PM Ahmet Davutoglu to address the deteriorating security situation in northern Syria.",
			want: []string{"MEETING US-TR 2016-02-13 held"}},
		{name: "FN/Polish PM Jaroslaw Kaczynski met here Thursday with his Latvian counterpart", pub: pub,
			text: "Polish PM Jaroslaw Kaczynski met on Thursday with his Latvian counterpart Aigars Kalvitis.",
			want: []string{"MEETING PL-LV 2016-02-11 held"}},
		{name: "FN/Kerry told a news conference in Amman with Jordanian FM Nasser Judeh", pub: pub,
			text: "Kerry told a news conference in Amman with Jordanian FM Nasser Judeh that a ceasefire could begin in the coming days.",
			want: []string{"MEETING US-JO 2016-02-15 held"}},
		{name: "OK/Talks between Japan and China will begin at 3 PM Monday", pub: pub,
			text: "Talks between Japan and China will begin at 3 PM Monday.",
			want: []string{"MEETING JP-CN 2016-02-15 planned"}},
	})
}

// TestNamesWithTheirArticle: a name that takes "the" ("the Philippines",
// "the United States") is where a rule looks for a state, as a name
// without one is ("touching down in Kenya").
func TestNamesWithTheirArticle(t *testing.T) {
	pub := graph.Day(2016, 3, 21) // a Monday
	runRuleCases(t, []ruleCase{
		{name: "FN/Shortly after touching down in the Philippines Sunday, President Xi told ABC News", pub: pub,
			text: "Shortly after touching down in the Philippines Sunday, President Xi told ABC News that Google plans to help.",
			want: []string{"MEETING CN-PH 2016-03-20 held"}},
		{name: "FN/Shortly after touching down in the United States Sunday, President Xi told ABC News", pub: pub,
			text: "Shortly after touching down in the United States Sunday, President Xi told ABC News that Google plans to help.",
			want: []string{"MEETING CN-US 2016-03-20 held"}},
		{name: "OK/Shortly after touching down in Kenya Sunday, President Xi told ABC News", pub: pub,
			text: "Shortly after touching down in Kenya Sunday, President Xi told ABC News that Google plans to help.",
			want: []string{"MEETING CN-KE 2016-03-20 held"}},
		{name: "FP/a stop at the RSA Security Conference in San Francisco", pub: pub,
			text: "The Pentagon teased the offering as part of Defense Secretary Ashton Carter's visit to Silicon Valley this week, including a stop at the RSA Security Conference in San Francisco on Wednesday.",
			want: nil},
	})
}

// TestPartsOfTheWeekMonthYear: "earlier in the week", "at the start of the
// month", "early in the year" date an event by the story's week, month or
// year, as "earlier this week" and "at the end of the month" do.
func TestPartsOfTheWeekMonthYear(t *testing.T) {
	pub := graph.Day(2016, 4, 24) // a Sunday
	runRuleCases(t, []ruleCase{
		{name: "FN/Earlier in the week, Obama met with Saudi leaders in Riyadh", pub: pub,
			text: "Earlier in the week, Obama met with Saudi leaders in Riyadh.",
			want: []string{"MEETING US-SA 2016-04-18/2016-04-24 held"}},
		{name: "FN/Peru and Japan signed an agreement at the start of the month", pub: pub,
			text: "Peru and Japan signed an agreement at the start of the month.",
			want: []string{"ACCORD PE-JP 2016-04 signed"}},
	})
}

// TestRegionPremodifiesAJourney: a journey premodified by a region ("a
// Middle East visit", "an Asian tour") goes to many states, none the
// story's pair by default, as "a trip to Asia" does.
func TestRegionPremodifiesAJourney(t *testing.T) {
	pub := graph.Day(1987, 3, 24)
	runRuleCases(t, []ruleCase{
		{name: "FP/the offer was made last week by Admiral William Crowe during a Middle East visit", pub: pub,
			text: "The United States has offered warships to escort tankers past Iranian missile batteries. Iran warned the United States against it. The officials said the offer was made last week by Navy Admiral William Crowe, chairman of the Pentagon Joint Chiefs of Staff, during a Middle East visit.",
			want: nil},
		{name: "OK/the offer was made last week by Admiral William Crowe during a visit to Iran", pub: pub,
			text: "The officials said the offer was made last week by Navy Admiral William Crowe, chairman of the Pentagon Joint Chiefs of Staff, during a visit to Iran.",
			want: []string{"MEETING US-IR 1987-03-16/1987-03-22 held"}},
	})
}

// TestStatementFollowingAMeeting: a statement made to reporters, and where,
// "following a meeting" dates the meeting by the day of the statement, as
// "made the statement after talks" does.
func TestStatementFollowingAMeeting(t *testing.T) {
	pub := graph.Day(2005, 11, 15) // a Tuesday
	runRuleCases(t, []ruleCase{
		{name: "FN/made the statements to reporters in the West Bank city of Ramallah following a meeting with Abbas", pub: pub,
			text: "EU foreign policy chief Javier Solana said here on Monday that the EU would monitor the crossing. Solana made the statements to reporters in the West Bank city of Ramallah following a meeting with Palestinian leader Mahmoud Abbas.",
			want: []string{"MEETING EU-PS 2005-11-14 held"}},
	})
}

// TestWeeksCountedFromADayTold: "the week after", "the following week", "a
// week later" and a bare "the day after" count from the day told before
// them, as "the next day" and "two days later" do; "one day before" a
// meeting ahead counts back from it, as "two days before" does.
func TestWeeksCountedFromADayTold(t *testing.T) {
	pub := graph.Day(1987, 3, 27) // a Friday
	runRuleCases(t, []ruleCase{
		{name: "FN/would make a formal request next week and would meet the week after", pub: pub,
			text: "Japan would make a formal request next week and Japanese and U.S. officials would meet the week after.",
			want: []string{"MEETING JP-US 1987-04-06/1987-04-12 planned"}},
		{name: "FN/met on Monday and agreed to meet again the following week", pub: pub,
			text: "Japanese and U.S. officials met on Monday and agreed to meet again the following week.",
			want: []string{"MEETING JP-US 1987-03-23 held", "MEETING JP-US 1987-03-30/1987-04-05 planned"}},
		{name: "FN/met on Monday and will meet again a week later", pub: pub,
			text: "Japanese and U.S. officials met on Monday and will meet again a week later.",
			want: []string{"MEETING JP-US 1987-03-23 held", "MEETING JP-US 1987-03-30 planned"}},
		{name: "FN/would make a request on Monday and would meet the day after", pub: pub,
			text: "Japan would make a request on Monday and Japanese and U.S. officials would meet the day after.",
			want: []string{"MEETING JP-US 1987-03-31 planned"}},
		{name: "FN/made the remark one day before U.S. and Japanese officials are to meet", pub: graph.Day(1987, 4, 8),
			text: "Presidential spokesman Marlin Fitzwater made the remark one day before U.S. and Japanese officials are to meet under the emergency provisions of a semiconductor pact.",
			want: []string{"MEETING US-JP 1987-04-09 planned"}},
		{name: "OK/will meet the day after the elections", pub: pub,
			text: "Japanese and U.S. officials will meet the day after the elections.",
			want: []string{"MEETING JP-US  planned"}},
	})
}

// TestDayOfAStretchTold: "on the second day", "on his first day", "on the
// last day" pick that day out of the stretch of days told just before
// ("would be in Italy on Jan. 25-26"); with no stretch told they date
// nothing.
func TestDayOfAStretchTold(t *testing.T) {
	pub := graph.Day(2016, 1, 18)
	runRuleCases(t, []ruleCase{
		{name: "FN/would be in Italy on Jan. 25-26. He will meet the Pope on the second day", pub: pub,
			text: "Rouhani would be in Italy on Jan. 25-26. He is scheduled to meet Pope Francis on the second day.",
			want: []string{"MEETING IR-IT 2016-01-25/2016-01-26 planned", "MEETING IR-VA 2016-01-26 planned"}},
		{name: "OK/Iranian President Rouhani will meet the Pope on the second day of his visit", pub: pub,
			text: "Iranian President Hassan Rouhani will meet Pope Francis on the second day of his visit.",
			want: []string{"MEETING IR-VA  planned"}},
	})
}

// TestMeetingThatDidNotTakePlace: a meeting that "did not take place",
// "never took place", "failed to take place" or "was put off" is
// cancelled, as one "called off" is.
func TestMeetingThatDidNotTakePlace(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/The meeting between Peru and Japan was put off", pub: pub,
			text: "The meeting between Peru and Japan was put off.",
			want: []string{"MEETING PE-JP  cancelled"}},
		{name: "FN/The summit between Peru and Japan never took place", pub: pub,
			text: "The summit between Peru and Japan never took place.",
			want: []string{"MEETING PE-JP  cancelled"}},
		{name: "FN/The visit by Peru's president to Japan failed to take place", pub: pub,
			text: "The visit by Peru's president to Japan failed to take place.",
			want: []string{"MEETING PE-JP  cancelled"}},
		{name: "OK/The meeting between Peru and Japan took place on Monday", pub: pub,
			text: "The meeting between Peru and Japan took place on Monday.",
			want: []string{"MEETING PE-JP 2016-03-07 held"}},
	})
}

// TestAccordEnded: an accord a state withdraws from, pulls out of,
// terminates, scraps or renounces is invalidated, dated by its own making
// when its phrase names it, never by the day it was ended.
func TestAccordEnded(t *testing.T) {
	pub := graph.Day(2016, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FP/Peru withdrew from its tax treaty with Japan on Monday", pub: pub,
			text: "Peru withdrew from its tax treaty with Japan on Monday.",
			want: []string{"ACCORD PE-JP  invalidated"}},
		{name: "FP/Peru scrapped its 1948 tax treaty with Japan on Monday", pub: pub,
			text: "Peru scrapped its 1948 tax treaty with Japan on Monday.",
			want: []string{"ACCORD PE-JP 1948 invalidated"}},
		{name: "FP/Trump withdrew the United States from the 2015 nuclear deal with Iran on Tuesday", pub: graph.Day(2018, 5, 9),
			text: "Trump withdrew the United States from the 2015 nuclear deal with Iran on Tuesday.",
			want: []string{"ACCORD US-IR 2015 invalidated"}},
		{name: "OK/Peru and Japan agreed on Monday to scrap tariffs under a new trade pact", pub: pub,
			text: "Peru and Japan agreed on Monday to scrap tariffs under a new trade pact.",
			want: []string{"ACCORD PE-JP 2016-03-07 agreed"}},
		{name: "OK/Peru received a loan from Japan under an agreement signed on Monday", pub: pub,
			text: "Peru received a loan from Japan under an agreement signed on Monday.",
			want: []string{"ACCORD PE-JP 2016-03-07 signed"}},
	})
}
