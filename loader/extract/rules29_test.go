package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 29; each a general mechanism with its own case.

// TestVideoConference: a videoconference, teleconference, video call or
// video link between two states' officials is a meeting of its own mode,
// "video"; one with reporters or a court is none.
func TestVideoConference(t *testing.T) {
	pub := graph.Day(2016, 3, 18)
	runRuleCases(t, []ruleCase{
		{name: "FN/prosecutors plan a teleconference call Saturday", pub: pub,
			text: "French and Belgian anti-terrorism prosecutors plan a teleconference call Saturday during which matters including Abdeslam's extradition will be discussed.",
			want: []string{"MEETING FR-BE 2016-03-19 planned"}},
		{name: "FN/held a videoconference with", pub: pub,
			text: "Chinese President Xi Jinping held a videoconference with German Chancellor Angela Merkel on Thursday.",
			want: []string{"MEETING CN-DE 2016-03-17 held"}},
		{name: "FN/a video conference with", pub: pub,
			text: "French President Francois Hollande held a video conference with Italian Prime Minister Matteo Renzi on Thursday.",
			want: []string{"MEETING FR-IT 2016-03-17 held"}},
		{name: "OK/a teleconference with reporters", pub: pub,
			text: "The Uber safety adviser told a teleconference with reporters on Thursday that checks had been made.",
			want: nil},
		{name: "OK/questions via video link from two women", pub: pub,
			text: "Russian President Vladimir Putin took questions via video link from two women on Thursday.",
			want: nil},
	})
	r := Extract(Input{Text: "Indian Prime Minister Narendra Modi talked with Japanese Prime Minister Shinzo Abe via video link on Thursday.", Published: pub}, Options{})
	if len(r.Events) != 1 || r.Events[0].Mode != "video" || r.Events[0].Start != graph.Day(2016, 3, 17) {
		t.Errorf("talked via video link: got %+v, want one video meeting on 2016-03-17", r.Events)
	}
}

// TestVisitsAfterTheClause: "after visits to A, B and C" and "after talks
// with X" in a clause whose subject is a named person are that person's:
// one visit to each place, talks with the partner; a market that moves
// after talks holds none.
func TestVisitsAfterTheClause(t *testing.T) {
	pub := graph.Day(2006, 11, 8)
	runRuleCases(t, []ruleCase{
		{name: "FN/returned to Cairo after visits to Russia, China and Kazakhstan", pub: pub,
			text: "Mubarak returned to Cairo on Wednesday after visits to Russia, China and Kazakhstan.",
			want: []string{"MEETING EG-RU  held", "MEETING EG-CN  held", "MEETING EG-KZ  held"}},
		{name: "FN/returned to Cairo after talks with Russian leaders", pub: pub,
			text: "Egyptian President Hosni Mubarak returned to Cairo on Wednesday after talks with Russian leaders.",
			want: []string{"MEETING EG-RU 2006-11-08 held"}},
		{name: "OK/the yen rose after talks with U.S. officials", pub: pub,
			text: "The yen rose after talks with U.S. officials.",
			want: nil},
	})
}

// TestCapitalNamedAfterItsDemonym: "in the Cuban capital of Havana" and
// "in the Cuban capital Havana" are a venue, as "in Havana" is; a visit
// there still has its host.
func TestCapitalNamedAfterItsDemonym(t *testing.T) {
	pub := graph.Day(2006, 11, 13)
	runRuleCases(t, []ruleCase{
		{name: "FP/who met in the Cuban capital of Havana", pub: pub,
			text: "Pakistani President Pervez Musharraf and Indian Prime Minister Manmohan Singh, who met in the Cuban capital of Havana, had directed their foreign secretaries to resume dialogue.",
			want: []string{"MEETING PK-IN  held"}},
		{name: "FP/met in the Cuban capital Havana", pub: pub,
			text: "Pakistani President Pervez Musharraf and Indian Prime Minister Manmohan Singh met in the Cuban capital Havana in September.",
			want: []string{"MEETING PK-IN 2006-09 held"}},
		{name: "OK/a visit to the Cuban capital Havana", pub: pub,
			text: "Pakistani President Pervez Musharraf visited the Cuban capital Havana in September.",
			want: []string{"MEETING PK-CU 2006-09 held"}},
	})
}

// TestPrivateTravellers: men, detainees, servicemen and other private
// people who arrive or visit are no state's visit, also when a state
// stands in their description ("Three men released from Guantanamo Bay,
// the U.S. navy base in Cuba, have arrived in Albania"); officials are.
func TestPrivateTravellers(t *testing.T) {
	pub := graph.Day(2006, 11, 20)
	runRuleCases(t, []ruleCase{
		{name: "FP/Three men released from Guantanamo Bay ... have arrived in Albania", pub: pub,
			text: "Three men released from Guantanamo Bay, the U.S. navy base in Cuba, have arrived in Albania, a government spokesman said on Monday.",
			want: nil},
		{name: "FP/offenses by US servicemen visiting the Philippines", pub: pub,
			text: "Paredes heads the committee, which is tasked to cope with cases of alleged offenses by US servicemen visiting the Philippines.",
			want: nil},
		{name: "OK/Officials from the U.S. arrived in Albania", pub: pub,
			text: "Officials from the U.S. arrived in Albania on Monday.",
			want: []string{"MEETING US-AL 2006-11-20 held"}},
	})
}

// TestVisitOfAnOfficer: "the second visit of an Iraqi president to France"
// is the officer's visit, the visitor first; told as "It is the second
// visit", it is the story's own visit counted, not another one.
func TestVisitOfAnOfficer(t *testing.T) {
	pub := graph.Day(2006, 11, 2)
	runRuleCases(t, []ruleCase{
		{name: "FN/the second visit of an Iraqi president to France", pub: pub,
			text: "It is the second visit of an Iraqi president to France since 2003.",
			want: []string{"MEETING IQ-FR  held"}},
		{name: "FP/It is the second visit: the story's own", pub: pub,
			text: "Iraqi President Jalal Talabani arrived in Paris on Wednesday for a three-day official visit. It is the second visit of an Iraqi president to France.",
			want: []string{"MEETING IQ-FR 2006-11-01/2006-11-03 held"}},
		{name: "OK/a second visit ahead is another", pub: pub,
			text: "Iraqi President Jalal Talabani arrived in Paris on Wednesday for a three-day official visit. He will pay a second visit to France next year.",
			want: []string{"MEETING IQ-FR 2006-11-01/2006-11-03 held", "MEETING IQ-FR 2007 planned"}},
	})
}

// TestEnvoyNamedAfterHisPost: "outgoing Malaysian ambassador to Zimbabwe
// Shaharuddin Som" names a Malaysian, past the state he is posted to.
func TestEnvoyNamedAfterHisPost(t *testing.T) {
	pub := graph.Day(1987, 3, 23)
	runRuleCases(t, []ruleCase{
		{name: "FN/Valerio said after four days of negotiations in the Chinese capital", pub: pub,
			text: "Portuguese Ambassador to China Octavio Valerio initialled the accord on Monday. " +
				"\"We are very happy with the results,\" Valerio said after four days of negotiations in the Chinese capital.",
			want: []string{"MEETING PT-CN 1987-03-23 held"}},
	})
}

// TestGerundBeforeTheMeetingNoun: "He said this ... after paying a
// courtesy call on Vice President Joseph Msika": whoever pays the call is
// the clause's subject, here the story's main person.
func TestGerundBeforeTheMeetingNoun(t *testing.T) {
	pub := graph.Day(2005, 11, 17)
	runRuleCases(t, []ruleCase{
		{name: "FN/after paying a courtesy call on", pub: pub, dateline: "HARARE, Nov. 17, 2005 (Xinhua)",
			text: "Outgoing Malaysian ambassador to Zimbabwe Shaharuddin Som said here on Thursday that ties were strong. " +
				"He said this while addressing journalists after paying a courtesy call on Vice President Joseph Msika.",
			want: []string{"MEETING MY-ZW  held"}},
		{name: "OK/while continuing discussions: no meeting held", pub: pub,
			text: "Scottish First Minister Nicola Sturgeon said her government was preparing legislation while continuing discussions on its place within the EU.",
			want: nil},
	})
}

// TestVisitingGuestAddressesHost: "visiting British Corporate Affairs
// Minister Michael Howard told Japan to resolve a row": the state a guest
// tells, urges or warns right after his name hosts him; "told reporters"
// names no host.
func TestVisitingGuestAddressesHost(t *testing.T) {
	pub := graph.Day(1987, 4, 7)
	runRuleCases(t, []ruleCase{
		{name: "FN/visiting ... Michael Howard told Japan", pub: pub, dateline: "MANAMA, April 7",
			text: "Meanwhile, visiting British Corporate Affairs Minister Michael Howard told Japan to resolve a telecommunications row with his country.",
			want: []string{"MEETING GB-JP 1987-04-07 held"}}, // (read as without "Meanwhile," since session 36)
		{name: "OK/visiting ... told reporters", pub: pub,
			text: "Visiting U.S. Secretary of State George Shultz told reporters that China would open its markets.",
			want: nil},
	})
}

// TestReturnedHomeFrom: "returned home from Ethiopia and Djibouti" is a
// journey to each, as "returned from Ethiopia" is; militants returning
// home from Syria make none.
func TestReturnedHomeFrom(t *testing.T) {
	pub := graph.Day(1987, 4, 1)
	runRuleCases(t, []ruleCase{
		{name: "FN/returned home from Ethiopia and Djibouti on Monday", pub: pub,
			text: "Egyptian Foreign Minister Esmat Abdel-Meguid returned home from Ethiopia and Djibouti on Monday.",
			want: []string{"MEETING EG-ET 1987-03-30 held", "MEETING EG-DJ 1987-03-30 held"}},
		{name: "OK/militants returned home from Syria", pub: pub,
			text: "Hundreds of militants returned home from Syria.",
			want: nil},
	})
}

// TestAsideTenseIsItsOwn: "Merkel, who hopes to visit China, on Wednesday
// met Olmert": the relative clause's "to visit" does not tip the main
// clause's weekday ahead; its own past does not pull a future one back.
func TestAsideTenseIsItsOwn(t *testing.T) {
	pub := graph.Day(2006, 12, 14)
	runRuleCases(t, []ruleCase{
		{name: "FP/who hopes to visit China, on Wednesday met", pub: pub,
			text: "German Chancellor Angela Merkel, who hopes to visit China, on Wednesday met Israeli Prime Minister Ehud Olmert.",
			want: []string{"MEETING DE-CN  proposed", "MEETING DE-IL 2006-12-13 held"}},
		{name: "OK/who met Chinese leaders last month, will on Wednesday meet", pub: pub,
			text: "German Chancellor Angela Merkel, who met Chinese leaders last month, will on Wednesday meet Israeli Prime Minister Ehud Olmert.",
			want: []string{"MEETING DE-CN 2006-11 held", "MEETING DE-IL 2006-12-20 planned"}},
	})
}

// TestPronounNamesTheEarlierObject: "he telephoned Merkel hours before she
// was to meet Chirac": the pronoun that names the call's object makes her
// the meeting's side, not the caller who acted on her.
func TestPronounNamesTheEarlierObject(t *testing.T) {
	pub := graph.Day(2006, 12, 5)
	runRuleCases(t, []ruleCase{
		{name: "FP/telephoned Merkel hours before she was to meet Chirac", pub: pub,
			text: "Prime Minister Recep Tayyip Erdogan said he telephoned German Chancellor Angela Merkel hours before she was to meet French President Jacques Chirac in Mettlach, Germany, to seek backing for Berlin's proposal.",
			want: []string{"MEETING TR-DE  held", "MEETING DE-FR  planned"}},
	})
}

// TestAgreedByTwoStates: "the joint exercises, agreed on by Chinese and
// U.S. military leaders" and "The plan, agreed by France and Germany on
// Monday" are the two states' accord, told passively; one agreed by many
// unnamed ministers is none. A described agreement takes no story day.
func TestAgreedByTwoStates(t *testing.T) {
	pub := graph.Day(2006, 11, 16)
	runRuleCases(t, []ruleCase{
		{name: "FN/exercises, agreed on by Chinese and U.S. military leaders", pub: pub,
			text: "The event is the second phase of the joint Sino-American search-and-rescue exercises, agreed on by Chinese and U.S. military leaders.",
			want: []string{"ACCORD CN-US  agreed"}},
		{name: "FN/The plan, agreed by France and Germany on Monday", pub: pub,
			text: "The plan, agreed by France and Germany on Monday, sets new rules.",
			want: []string{"ACCORD FR-DE 2006-11-13 agreed"}},
		{name: "OK/The text, agreed by EU finance ministers", pub: pub,
			text: "The text, agreed by EU finance ministers, sets new rules.",
			want: nil},
	})
}

// TestVisitWordInAName: "the 1999 Visiting Forces Agreement" names an
// accord; its "Visiting" is no visit ("Visiting Chinese Premier Li Peng"
// still is).
func TestVisitWordInAName(t *testing.T) {
	pub := graph.Day(2005, 11, 14)
	runRuleCases(t, []ruleCase{
		{name: "FP/the US-Filipino Visiting Forces Agreement Committee", pub: pub,
			text: "\"So it has to be bilateral,\" said Paredes, who is executive director of the US-Filipino Visiting Forces Agreement Committee (VFACOM).",
			want: nil},
		{name: "FP/The 1999 Visiting Forces Agreement between", pub: pub,
			text: "The 1999 Visiting Forces Agreement between the United States and the Philippines allows joint exercises.",
			want: []string{"ACCORD US-PH 1999 signed"}},
		{name: "OK/Visiting Chinese Premier Li Peng met", pub: pub,
			text: "Visiting Chinese Premier Li Peng met Japanese leaders on Monday.",
			want: []string{"MEETING CN-JP 2005-11-14 held"}},
	})
}

// TestTreatyOfAYear: "under the Mutual Defense Treaty of 1951 and the
// Visiting Forces Agreement of 1998": each named accord is dated by the
// year after it ("of 1951 and" is a year, as "of 1951." was).
func TestTreatyOfAYear(t *testing.T) {
	pub := graph.Day(2005, 11, 7)
	runRuleCases(t, []ruleCase{
		{name: "FN/the Mutual Defense Treaty of 1951 and the Visiting Forces Agreement of 1998", pub: pub,
			text: "At least 20 exercises are being held yearly by US and Philippine troops under the Mutual Defense Treaty of 1951 and the Visiting Forces Agreement of 1998.",
			want: []string{"ACCORD US-PH 1951 signed", "ACCORD US-PH 1998 signed"}},
		{name: "OK/the 1957 Treaty of Rome", pub: pub,
			text: "France and Germany signed the 1957 Treaty of Rome.",
			want: []string{"ACCORD FR-DE 1957 signed"}},
	})
}

// TestJointAppearance: "in a joint press appearance with President Bush on
// Friday" is a meeting that day, as a joint news conference is; a leader's
// own appearance at a summit is none.
func TestJointAppearance(t *testing.T) {
	pub := graph.Day(2005, 11, 5)
	runRuleCases(t, []ruleCase{
		{name: "FN/in a joint press appearance with President Bush on Friday", pub: pub,
			text: "Argentine President Nestor Kirchner, in a joint press appearance with U.S. President George W. Bush on Friday, warned that any US involvement in Latin America should be positive.",
			want: []string{"MEETING AR-US 2005-11-04 held"}},
		{name: "OK/his first appearance at the summit", pub: pub,
			text: "Argentine President Nestor Kirchner made his first appearance at the summit on Friday.",
			want: nil},
	})
}

// TestDateBeforeAParticiple: "restored diplomatic relations on Tuesday,
// severed 24 years ago": a participle after a comma with its own date
// leaves the date before the comma to the main verb.
func TestDateBeforeAParticiple(t *testing.T) {
	pub := graph.Day(2006, 11, 20)
	runRuleCases(t, []ruleCase{
		{name: "FN/restored ... on Tuesday, severed 24 years ago", pub: pub,
			text: "Syria and Iraq restored diplomatic relations on Tuesday, severed 24 years ago.",
			want: []string{"RELATIONS SY-IQ 2006-11-14 held", "RELATIONS SY-IQ 1982 held"}},
	})
}

// TestSecondVerbRightAfterAnd: "Bahrain expelled the Iranian charge
// d'affaires and closed its embassy in Tehran": a past verb right after
// "and" shares the clause's subject, not the first verb's object; a
// passive pair ("presented and discussed") does not.
func TestSecondVerbRightAfterAnd(t *testing.T) {
	pub := graph.Day(2016, 1, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/expelled the Iranian charge d'affaires and closed its embassy in Tehran", pub: pub,
			text: "Bahrain expelled the Iranian charge d'affaires and closed its embassy in Tehran on Saturday.",
			want: []string{"RELATIONS BH-IR 2016-01-09 held"}},
		{name: "OK/an initiative presented and discussed next week in Washington", pub: graph.Day(1987, 4, 2),
			text: "British Chancellor Nigel Lawson said he knew of no new debt initiative which might be presented and discussed next week in Washington.",
			want: nil},
	})
}

// TestAgreedToAFramework: "agreed on Tuesday to a ten-year defence
// framework": a plan-like accord noun agreed to beyond the noun rule's
// reach is an accord; "a framework for talks" is planned talks, none.
func TestAgreedToAFramework(t *testing.T) {
	pub := graph.Day(2015, 6, 5)
	runRuleCases(t, []ruleCase{
		{name: "FN/agreed on Tuesday to a ten-year defence framework", pub: pub,
			text: "The United States and India agreed on Tuesday to a ten-year defence framework.",
			want: []string{"ACCORD US-IN 2015-06-02 agreed"}},
		{name: "OK/agreed on Friday to a framework for talks on trade", pub: pub,
			text: "Japan and the United States agreed on Friday to a framework for talks on trade.",
			want: nil},
	})
}
