package extract

import (
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 22; each a general mechanism with its own case.

// TestCurrentPeriod: a past event no rule dated takes the "this year" or
// "this month" its sentence tells, whatever clause tells it; an event
// still to come, an accord's coming into force, or a sentence of two
// dates give no such date.
func TestCurrentPeriod(t *testing.T) {
	pub := graph.Day(2016, 7, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/the month of the clause the accord was agreed before", pub: pub,
			text: "The U.S. dropped the trade case earlier this month after Argentina agreed with Washington to end the tax.",
			want: []string{"ACCORD AR-US 2016-07 agreed"}},
		{name: "FN/the year of the budget the visitor was told of", pub: pub,
			text: "Japanese officials said Tamura told visiting U.S. Trade Representative Clayton Yeutter that the government may buy the computers in a budget to be drawn up this year.",
			want: []string{"MEETING US-JP 2016 held"}},
		{name: "OK/talks still to come", pub: pub,
			text: "Seoul and Washington will hold talks on the missile issue, which arose earlier this year.",
			want: []string{"MEETING KR-US  planned"}},
		{name: "OK/the year the accord takes effect", pub: pub,
			text: "France and Canada signed a fisheries accord that is to take effect this year.",
			want: []string{"ACCORD FR-CA  signed"}},
		{name: "OK/two dates", pub: pub,
			text: "Canada and France held talks on fishing quotas, whose catches fell in 2015 but rose earlier this year.",
			want: []string{"MEETING CA-FR  held"}},
	})
}

// TestThePresidentIsTheMostNamed: "the president" is the story's most
// named holder of the title, not the last one named ("aside from President
// Xi Jinping of China. The president's refusal ..." in a story of Obama).
func TestThePresidentIsTheMostNamed(t *testing.T) {
	pub := graph.Day(2016, 3, 31)
	story := "President Barack Obama hosted a summit in Washington on Thursday. Mr. Obama spoke about security. "
	runRuleCases(t, []ruleCase{
		{name: "FP/the last president named", pub: pub,
			text: story + "Obama will meet President Francois Hollande of France, and President Xi Jinping of China. The president's refusal to meet President Recep Tayyip Erdogan of Turkey roiled the talks.",
			want: []string{"MEETING US-FR-CN  planned", "MEETING US-TR  planned"}}, // (as "French President Hollande, and Chinese President Xi")
		{name: "OK/the only president named", pub: pub,
			text: "President Xi Jinping of China arrived in Washington on Thursday. The president will meet President Recep Tayyip Erdogan of Turkey on Friday.",
			want: []string{"MEETING CN-US 2016-03-31 held", "MEETING CN-TR 2016-04-01 planned"}},
	})
}

// TestForeignLeadersUnnamed: a meeting "with foreign leaders" has partners
// the sentence leaves unnamed, or names after "including"; the story's
// pair gives none.
func TestForeignLeadersUnnamed(t *testing.T) {
	pub := graph.Day(2016, 3, 26)
	story := "President Barack Obama said the United States and Belgium would work together after the Brussels attacks. Obama called Belgian Prime Minister Charles Michel on Tuesday. "
	runRuleCases(t, []ruleCase{
		{name: "FP/foreign leaders", pub: pub,
			text: story + "Obama will meet with foreign leaders in Washington on Thursday.",
			want: []string{"MEETING US-BE 2016-03-22 held"}},
		{name: "FP/foreign leaders including others", pub: pub,
			text: story + "Obama will meet with foreign leaders including Chinese President Xi Jinping in Washington on Thursday.",
			want: []string{"MEETING US-BE 2016-03-22 held"}},
		{name: "OK/Belgian leaders", pub: pub,
			text: story + "Obama will meet with Belgian leaders in Washington on Thursday.",
			want: []string{"MEETING US-BE 2016-03-22 held", "MEETING US-BE 2016-03-31 planned"}},
	})
}

// TestHeAfterTheOnlyPersonNamed: "he" opening a clause is the one person
// the sentence before names, when it names only one; otherwise the story's
// most named person.
func TestHeAfterTheOnlyPersonNamed(t *testing.T) {
	pub := graph.Day(2016, 6, 30)
	story := "Philippine President Rodrigo Duterte took office on Thursday. Duterte said he would fight crime. Duterte also named a cabinet. "
	runRuleCases(t, []ruleCase{
		{name: "FP/the story's main person", pub: pub,
			text: story + "Canadian Prime Minister Justin Trudeau is riding high these days. On Wednesday, he hosted Mexican President Enrique Pena Nieto in Ottawa.",
			want: []string{"MEETING CA-MX 2016-06-29 held"}},
		{name: "OK/two persons before", pub: pub,
			text: story + "Canadian Prime Minister Justin Trudeau met Duterte. On Wednesday, he hosted Mexican President Enrique Pena Nieto in Manila.",
			want: []string{"MEETING CA-PH 2016-06-29 held", "MEETING PH-MX 2016-06-29 held"}},
	})
}

// TestCityOnlyAPlace: a state the story names only by a city where
// something happens (a market, a venue, a listing, a stop) is no country of
// the story, though the city may make it half of the story's pair; a city
// standing for its government, or an event, makes it one.
func TestCityOnlyAPlace(t *testing.T) {
	runCountryCases(t, graph.Day(1987, 3, 10), []countryCase{
		{name: "FP/listed in London", text: "Brazil's state oil company Petrobras is issuing a 100 mln dlr eurobond. The bond will be listed in London.", want: []string{"BR"}},
		// ("after stops in Peking and Seoul" were places here until session
		// 31; fresh18's fc03 labels a minister's tour stops as visits, which
		// make their states parties: see TestStopsOnATour.)
		{name: "OK/stops in Peking", text: "Brazil's minister is in Hong Kong after stops in Peking and Seoul on an Asian trade tour.", want: []string{"BR", "HK", "CN", "KR"}},
		{name: "FP/in Washington for the IMF meeting", text: "Argentina's minister said the debt will be on the agenda when he is in Washington for the International Monetary Fund meeting.", want: []string{"AR"}},
		{name: "OK/Washington said", text: "Argentina's minister said the debt was the issue. Washington said it would help.", want: []string{"AR", "US"}},
		{name: "OK/a visit makes a party", text: "Argentina's minister will visit Washington on Tuesday.", want: []string{"AR", "US"}},
	})
}

// TestHomeNamedBeyondDateline: officers named without a country are the
// dateline's only in a story that names the dateline's country itself; a
// roundup filed from Beirut about Syria names no Lebanese officers.
func TestHomeNamedBeyondDateline(t *testing.T) {
	pub := graph.Day(2016, 2, 11)
	for _, tt := range []struct{ name, text, want string }{
		{"FP/the dateline alone", "BEIRUT — The Latest developments on the war in Syria. Deputy Foreign Minister Oleg Syromolotov said Moscow opposes any ground operation in Syria.", "SY RU"},
		{"OK/the home named", "BEIRUT — Lebanon's cabinet met on Thursday. Prime Minister Tammam Salam said Syria's war weighs on Lebanon.", "LB SY"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(Input{Dateline: "BEIRUT", Text: tt.text, Published: pub}, Options{})
			var got []string
			for _, c := range r.Countries {
				got = append(got, c.Code)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("countries %q, want %s", got, tt.want)
			}
		})
	}
}

// TestDeadlineDatesNothing: a deadline's date bounds what must happen by
// then; it dates no meeting or accord.
func TestDeadlineDatesNothing(t *testing.T) {
	pub := graph.Day(1987, 6, 18)
	runRuleCases(t, []ruleCase{
		{name: "FP/a deadline of a day", pub: pub,
			text: "The U.S. put a deadline on the talks with Canada of October 1, but both sides said an agreement is likely.",
			want: []string{"MEETING CA-US  held"}},
		{name: "FP/the day before 'deadline'", pub: pub,
			text: "Japan and the United States would probably meet just days before the July 17 deadline set by Washington for the tariffs.",
			want: []string{"MEETING JP-US  planned"}},
		{name: "OK/a meeting on the deadline's day", pub: pub,
			text: "Canada and the U.S. will meet on October 1, the deadline for the talks.",
			want: []string{"MEETING CA-US 1987-10-01 planned"}},
	})
}

// TestSourcesFamiliarWithTalks: "sources familiar with the talks" says who
// the sources are; it tells no talks.
func TestSourcesFamiliarWithTalks(t *testing.T) {
	pub := graph.Day(2016, 3, 26)
	runRuleCases(t, []ruleCase{
		{name: "FP/sources familiar with the talks", pub: pub, dateline: "TOKYO",
			text: "TOKYO Sharp Corp (6753.T) and Taiwan's Foxconn are set to sign a takeover deal next week, with the two sides set to agree on a smaller bailout for the troubled Japanese electronics maker, two sources familiar with the talks said on Saturday.",
			want: nil},
		{name: "FP/people close to the negotiations", pub: pub, dateline: "TOKYO",
			text: "TOKYO Sharp Corp (6753.T) and Taiwan's Foxconn are set to sign a takeover deal next week, with the two sides set to agree on a smaller bailout for the troubled Japanese electronics maker, people close to the negotiations said on Saturday.",
			want: nil},
		{name: "OK/the states' talks told", pub: pub,
			text: "Japan and Taiwan held talks on Friday, two sources familiar with the talks said.",
			want: []string{"MEETING JP-TW 2016-03-25 held"}},
	})
}

// TestAccordWithOthersSubject: an accord "reached with X" whose clause has
// no subject of its own takes the state the sentence names acting before
// it, not the story's own state.
func TestAccordWithOthersSubject(t *testing.T) {
	pub := graph.Day(2016, 7, 14)
	story := "The United States is working to ease tensions with China over the South China Sea, U.S. officials said. Washington and Beijing have held talks on the dispute. "
	runRuleCases(t, []ruleCase{
		{name: "FP/the story's state", pub: pub,
			text: story + "On Thursday, a Chinese newspaper said China had shown it can fix territorial issues, pointing to agreement reached with Vietnam over their maritime boundary.",
			want: []string{"MEETING US-CN 2016-07-14 held", "ACCORD CN-VN  agreed"}},
	})
}

// TestCapitalisedOfficeApposition: "Name, <Capitalised Office> of <state>"
// introduces an officer of that state, and "the European Communities" is
// the EU; a name right before "of" is no office.
func TestCapitalisedOfficeApposition(t *testing.T) {
	pub := graph.Day(1987, 3, 31)
	runRuleCases(t, []ruleCase{
		{name: "FN/an EC commissioner", pub: pub,
			text: "Willy de Clercq, External Relations Commissioner of the European Communities, said China's application would take time. De Clercq met top Chinese leaders in Peking on Monday.",
			want: []string{"MEETING EU-CN 1987-03-30 held"}},
		{name: "OK/a name before 'of'", pub: pub,
			text: "The meeting was attended by French President Francois Mitterrand, his Prime Minister Jacques Chirac, and by Chancellor Helmut Kohl of West Germany. Chirac met Kohl again on Monday.",
			want: []string{"MEETING FR-DE 1987-03-30 held"}},
		{name: "OK/'of' opening the text", pub: pub,
			text: "Of the European Communities, nothing was said.",
			want: nil},
	})
}

// TestAcronymIsNoVerb: "IS" written in capitals is the Islamic State, not
// the verb of a stay ("is in Iraq").
func TestAcronymIsNoVerb(t *testing.T) {
	pub := graph.Day(2016, 5, 16)
	runRuleCases(t, []ruleCase{
		{name: "FP/air strikes against IS in Iraq", pub: pub,
			text: "The US-led coalition of Western and Arab nations launched air strikes against IS in Iraq in August of 2014.",
			want: nil},
		{name: "OK/the verb", pub: pub,
			text: "U.S. Secretary of State John Kerry is in Iraq for talks with Iraqi leaders.",
			want: []string{"MEETING US-IQ  ongoing"}},
	})
}

// TestMetByAQuotedResponse: "would be met by" a quoted response is a
// reaction, not a meeting.
func TestMetByAQuotedResponse(t *testing.T) {
	pub := graph.Day(1987, 3, 23)
	story := "Iran said it intends no threat to U.S. shipping in the Gulf. Washington has warned Tehran over its missiles. "
	runRuleCases(t, []ruleCase{
		{name: "FP/a quoted response", pub: pub,
			text: story + `Tehran radio quoted a Foreign Ministry spokesman as saying any attempt at interference would be met by "a strong response from Iran and other Moslems in the world."`,
			want: nil},
		{name: "OK/met by quoted officials", pub: pub,
			text: story + `Iran's foreign minister was met by "senior U.S. officials" on arrival in Washington on Sunday.`,
			want: []string{"MEETING IR-US 1987-03-22 held"}},
	})
}

// TestReturnFromAVisit: a visit someone returns from has taken place
// (held) or is under way (ongoing: "who returns from a visit to Brazil on
// Sunday", rules10_test.go), whatever the tense of the clause it is told
// in.
func TestReturnFromAVisit(t *testing.T) {
	pub := graph.Day(1987, 4, 9)
	story := "Japan and the U.S. are in a trade row. "
	runRuleCases(t, []ruleCase{
		{name: "FN/after returning", pub: pub,
			text: story + "Finance Minister Kiichi Miyazawa is expected to hold a press conference later today after returning from Washington, a ministry spokesman said.",
			want: []string{"MEETING JP-US  held"}},
		{name: "OK/a trip to come", pub: pub,
			text: story + "Miyazawa will travel to Washington next week.",
			want: []string{"MEETING JP-US 1987-04-13/1987-04-19 planned"}},
	})
}

// TestNoStayNoTrip: being "in the EU" is membership, and "overseas trips"
// are anyone's journeys abroad: no visits.
func TestNoStayNoTrip(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP/was in the EU", pub: graph.Day(2016, 6, 20),
			text: "The Leave camp's key argument has been that Britain would be unable to control immigration levels as long as it was in the EU, while the Remain campaign has focused on the economic risks.",
			want: nil},
		{name: "FP/overseas trips", pub: graph.Day(1987, 6, 18),
			text: "Middle-income groups in the U.S. and Canada would continue to use travellers cheques for overseas trips rather than credit cards.",
			want: nil},
		{name: "OK/was in a state", pub: graph.Day(2016, 6, 20),
			text: "British Prime Minister David Cameron was in Belgium on Monday.",
			want: []string{"MEETING GB-BE 2016-06-20 held"}},
	})
}

// TestTimeBeforeAMeeting: "a week before a scheduled visit" dates the
// visit that long after the day the sentence tells, else the publication
// day.
func TestTimeBeforeAMeeting(t *testing.T) {
	pub := graph.Day(1987, 4, 8)
	runRuleCases(t, []ruleCase{
		{name: "FN/a week before a scheduled visit", pub: pub,
			text: "The Soviet Union protested, only a week before a scheduled Moscow visit by U.S. Secretary of State George Shultz.",
			want: []string{"MEETING SU-US 1987-04-15 planned"}},
		{name: "OK/counted from the day told", pub: pub,
			text: "Soviet officials criticised Washington on Monday, two days before talks between Shevardnadze and Shultz in Moscow.",
			want: []string{"MEETING SU-US 1987-04-08 held"}},
	})
}

// TestGoesIsAhead: "goes" and "comes", like "travels", tell a trip still
// to come, and a bare month after them is the coming one.
func TestGoesIsAhead(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP/goes to Moscow in April", pub: graph.Day(1987, 3, 31),
			text: "A decision is expected before Shultz goes to Moscow in April.",
			want: []string{"MEETING US-SU 1987-04 planned"}},
		{name: "FP/comes to Cuba in March", pub: graph.Day(2016, 2, 20),
			text: "The embargo is expected to stay when Obama comes to Cuba in March.",
			want: []string{"MEETING US-CU 2016-03 planned"}},
	})
}

// TestThatTheyOpensAClause: "that they expected" after a meeting opens
// another verb's clause; its words say nothing of the meeting's tense.
func TestThatTheyOpensAClause(t *testing.T) {
	pub := graph.Day(1987, 6, 16)
	runRuleCases(t, []ruleCase{
		{name: "FP/today's talks, planned by the clause after", pub: pub,
			text: "U.S. officials made it clear before today's talks with the Philippines that they expected no dramatic developments.",
			want: []string{"MEETING US-PH 1987-06-16 held"}},
		{name: "OK/the meeting's own future", pub: pub,
			text: "U.S. officials said talks with the Philippines will be held on Thursday.",
			want: []string{"MEETING US-PH 1987-06-18 planned"}},
	})
}

// TestCancelSomethingElse: "cancel the tariffs ahead of next month's
// meeting" calls off the tariffs, not the meeting.
func TestCancelSomethingElse(t *testing.T) {
	pub := graph.Day(1987, 3, 31)
	runRuleCases(t, []ruleCase{
		{name: "FP/cancel the tariffs", pub: pub,
			text: "Analysts said the moves could encourage Washington to cancel the tariffs ahead of next month's meeting between Prime Minister Yasuhiro Nakasone and President Reagan.",
			want: []string{"MEETING JP-US 1987-04 planned"}},
		{name: "OK/cancel the planned trip", pub: pub,
			text: "Japanese Prime Minister Yasuhiro Nakasone cancelled his planned trip to Washington.",
			want: []string{"MEETING JP-US  cancelled"}},
	})
}
