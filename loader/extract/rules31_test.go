package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 31; each a general mechanism with its own case.

// TestDatedNounCompound: a date premodifying a compound of two meeting
// nouns ("an April 5-6 summit meeting") dates the event the compound
// names; a summit of many stays none however it is named.
func TestDatedNounCompound(t *testing.T) {
	pub := graph.Day(1987, 3, 18)
	runRuleCases(t, []ruleCase{
		{name: "FN/an April 5-6 summit meeting between", pub: pub,
			text: "He said the announcement was related to an April 5-6 summit meeting in Ottawa between Reagan and Canadian Prime Minister Brian Mulroney.",
			want: []string{"MEETING US-CA 1987-04-05/1987-04-06 planned"}},
		{name: "OK/the April 5-6 summit between", pub: pub,
			text: "He said the announcement was related to the April 5-6 summit between Reagan and Mulroney.",
			want: []string{"MEETING US-CA 1987-04-05/1987-04-06 planned"}},
		{name: "OK/the June 8-10 economic summit meeting in Venice", pub: pub,
			text: "Japanese Prime Minister Yasuhiro Nakasone will visit Washington next month. Reagan would announce just before the June 8-10 economic summit meeting in Venice that he hoped to lift the tariffs.",
			want: []string{"MEETING JP-US 1987-04 planned"}},
	})
}

// TestOpenerConferenceWith: who speaks after "In a joint news conference
// with X," held it with X; a later "they" of the sentence is its subject
// ("... when they meet"), also after a sayer.
func TestOpenerConferenceWith(t *testing.T) {
	pub := graph.Day(2016, 4, 22)
	runRuleCases(t, []ruleCase{
		{name: "FN/In a joint news conference with", pub: pub,
			text: "In a joint news conference with British Prime Minister David Cameron on Friday, President Obama said Britain should stay.",
			want: []string{"MEETING US-GB 2016-04-22 held"}},
		{name: "FN/when they meet", pub: pub,
			text: "Modi and Obama are expected to sign the pact when they meet in Washington next week.",
			want: []string{"MEETING IN-US 2016-04-25/2016-05-01 planned", "ACCORD IN-US  negotiating"}},
		{name: "FN/said X and Y ... when they meet", pub: graph.Day(1987, 4, 27),
			text: "Miyazawa said Prime Minister Yasuhiro Nakasone and U.S. President Ronald Reagan are likely to reaffirm the agreements when they meet later this week.",
			want: []string{"MEETING JP-US 1987-04-27/1987-05-03 planned"}},
		{name: "FN/with X, who ..., Y was", pub: pub,
			text: "In a joint news conference with Prime Minister David Cameron, who has staked his political future on Britain’s voting “Remain” rather than “Leave,” Mr. Obama was full of surprises.",
			want: []string{"MEETING US-GB 2016-04-22 held"}},
		{name: "OK/when they arrive, no pair", pub: pub,
			text: "Officials said the refugees will be registered when they arrive in Greece.",
			want: nil},
	})
}

// TestStopsOnATour: "after stops in Peking and Seoul", "a brief stopover in
// Riyadh" are the traveller's visits, one per place, dated like the
// journey they break; "to stop" is no visit.
func TestStopsOnATour(t *testing.T) {
	pub := graph.Day(1987, 4, 27)
	runRuleCases(t, []ruleCase{
		{name: "FN/after stops in Peking and Seoul", pub: pub,
			text: "U.S. Commerce Secretary Malcolm Baldrige is in Hong Kong after stops in Peking and Seoul on an Asian trade tour.",
			want: []string{"MEETING US-HK  ongoing", "MEETING US-CN  held", "MEETING US-KR  held"}},
		{name: "OK/arrived last night after a brief stopover", pub: graph.Day(1987, 3, 11),
			text: "Iranian Oil Minister Gholamreza Aqazadeh arrived last night after a brief stopover in Riyadh, where he met Saudi Arabia's Oil Minister Hisham Nazer.",
			want: []string{"MEETING IR-SA 1987-03-10 held"}},
		{name: "OK/to stop in", pub: pub,
			text: "Japan wants to stop imports from Korea and Taiwan.",
			want: nil},
	})
}

// TestFrontedDateOverWhen: a date opening the sentence spans its when
// clause ("In December, the issue came up when Parrikar visited ..."); a
// meeting "at a special summit" is held there, on the summit's day.
func TestFrontedDateOverWhen(t *testing.T) {
	pub := graph.Day(2016, 2, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/In December, ... came up when X visited", pub: pub,
			text: "In December, the issue of joint patrols came up when Indian Defense Minister Manohar Parrikar visited the U.S. Pacific Command in Hawaii, an Indian government source said.",
			want: []string{"MEETING IN-US 2015-12 held"}},
		{name: "FN/met EU leaders at a special summit 10 days ago", pub: graph.Day(2016, 3, 17),
			text: "Turkish Prime Minister Ahmet Davutoglu met EU leaders at a special summit 10 days ago.",
			want: []string{"MEETING TR-EU 2016-03-07 held"}},
	})
}

// TestPronounAfterOpeningDate: "This week he is also due to visit Denmark"
// is the story's person, as "He is ..." already was.
func TestPronounAfterOpeningDate(t *testing.T) {
	pub := graph.Day(1987, 10, 20)
	runRuleCases(t, []ruleCase{
		{name: "FN/This week he is also due to visit", pub: pub,
			text: "U.S. Treasury Secretary James Baker spoke in Frankfurt on Monday. This week he is also due to visit Denmark and Belgium.",
			want: []string{"MEETING US-DK 1987-10-19/1987-10-25 planned", "MEETING US-BE 1987-10-19/1987-10-25 planned"}},
	})
}

// TestBilateralAccordsOfTheStory: "bilateral accords have been reached with
// the U.K. and France", filed from London, are the story's state's; plain
// "financing agreements ... with Chile" of bankers stay none.
func TestBilateralAccordsOfTheStory(t *testing.T) {
	pub := graph.Day(1987, 3, 30)
	runRuleCases(t, []ruleCase{
		{name: "FN/bilateral accords have been reached with", pub: pub,
			text: "LONDON, March 30 - Nigeria plans to issue more promissory notes. Nigeria is attempting to negotiate debt relief with its creditors, the trustee said. So far, bilateral accords have been reached with the U.K. And France.",
			want: []string{"ACCORD NG-GB 1987-03-30 agreed", "ACCORD NG-FR 1987-03-30 agreed"}},
		{name: "OK/Financing agreements were reached recently with", pub: pub,
			text: "SAO PAULO, March 30 - Brazil faces debt deadlines. Financing agreements were reached recently with Chile and Venezuela, bankers say.",
			want: nil},
	})
}

// TestKingsByName: "King Abdullah" is Jordan's after 2015 and nobody's
// while two kings of that name reigned; "the late King Abdullah" is no
// actor.
func TestKingsByName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/who was also to meet King Abdullah", pub: graph.Day(2016, 2, 21),
			text: "\"We are closer to a ceasefire today than we have been,\" said Kerry, who was also to meet King Abdullah.",
			want: []string{"MEETING US-JO  planned"}},
		{name: "OK/King Abdullah in 2010", pub: graph.Day(2010, 2, 21),
			text: "U.S. Secretary of State Hillary Clinton will meet King Abdullah on Monday.",
			want: nil},
		{name: "OK/the late King Abdullah", pub: graph.Day(2016, 6, 23),
			text: "Saudis are not used to young rulers: King Salman is 80 and the late King Abdullah died last year.",
			want: nil},
	})
}

// TestVerbPhraseAfterCommaAnd: after ", and" (or "and" after a date) a second
// verb phrase is the clause subject's, not its first verb's objects';
// "to visiting X" is no infinitive and shares the first verb's day.
func TestVerbPhraseAfterCommaAnd(t *testing.T) {
	pub := graph.Day(1997, 4, 8)
	runRuleCases(t, []ruleCase{
		{name: "FP/thanked Italy and Spain, and told visiting", pub: pub,
			text: "Chinese Premier Li Peng thanked Italy and Spain, and told visiting French Defence Minister Charles Millon that China would sign a convention.",
			want: []string{"MEETING FR-CN 1997-04-08 held"}},
		{name: "FN/showered Paris and Rome ..., and announced to visiting", pub: pub,
			text: "Beijing showered Paris and Rome with compliments Monday for their stance, and announced to visiting French Defence Minister Charles Millon that China would sign a convention.",
			want: []string{"MEETING FR-CN 1997-04-07 held"}},
		{name: "FN/praised France on Monday and told visiting", pub: pub,
			text: "China praised France on Monday and told visiting French Defence Minister Charles Millon that it would sign a convention.",
			want: []string{"MEETING FR-CN 1997-04-07 held"}},
		{name: "OK/Britain and France agreed, and signed", pub: pub,
			text: "Britain and France agreed on the text on Monday, and signed the treaty on Tuesday.",
			want: []string{"ACCORD GB-FR 1997-04-08 signed"}},
	})
}

// TestWhereSomeoneIs: "is currently in Damascus", "who was in Jakarta
// recently" tell a stay (not "is now in Tehran's Evin prison");
// "Speaking in Ankara, Merkel said" is there that day; "Attorney-General"
// is a title.
func TestWhereSomeoneIs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/is currently in Damascus", pub: graph.Day(1987, 10, 19),
			text: "Iranian Prime Minister Mir-Hossein Mousavi is currently in Damascus, and diplomats said he would seek Syrian help.",
			want: []string{"MEETING IR-SY  ongoing"}},
		{name: "FN/Attorney-General ..., who was in Jakarta recently", pub: graph.Day(2016, 1, 15),
			text: "Australian Attorney-General George Brandis, who was in Jakarta recently to bolster security coordination, told the Australian newspaper he had no doubt.",
			want: []string{"MEETING AU-ID  held"}},
		{name: "OK/is now in Tehran's Evin prison", pub: graph.Day(2016, 2, 25),
			text: "U.S. citizen Siamak Namazi was detained last year. She said she was told he is now in Tehran's Evin prison.",
			want: nil},
		{name: "FN/Speaking in Ankara, Merkel said", pub: graph.Day(2016, 2, 8),
			text: "Speaking in Ankara, German Chancellor Angela Merkel said Europe needed to follow up quickly on its pledges of aid to help Turkey.",
			want: []string{"MEETING DE-TR 2016-02-08 held"}},
		{name: "OK/Speaking in Washington, Obama", pub: graph.Day(2016, 2, 8),
			text: "Speaking in Washington, President Barack Obama said the talks would go on.",
			want: nil},
		{name: "OK/Speaking in Davos", pub: graph.Day(2016, 2, 8),
			text: "Speaking in Davos, German Chancellor Angela Merkel said Europe must act.",
			want: nil},
	})
}

// TestWhoseTalks: the owner of "his scheduled talks in Moscow", of an
// opening "In his talks with X, he said, ...", of "a state visit he will
// make to Britain".
func TestWhoseTalks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/his scheduled talks in Moscow next week", pub: graph.Day(1987, 4, 8),
			text: "U.S. Secretary of State George Shultz said the Marines spy case had cast a \"heavy shadow\" over his scheduled talks in Moscow next week.",
			want: []string{"MEETING US-SU 1987-04-13/1987-04-19 planned"}},
		{name: "FN/In his talks with X, he said, he", pub: graph.Day(1987, 6, 29),
			text: "U.S. Defence Secretary Caspar Weinberger spoke to reporters. In his talks with Japanese Defence Minister Yuko Kurihara, he said, he made a pitch for American companies.",
			want: []string{"MEETING US-JP  held"}},
		{name: "OK/After her talks with Ryzhkov, Thatcher and the Soviet Premier", pub: graph.Day(1987, 3, 31),
			text: "After her talks with Soviet Prime Minister Nikolai Ryzhkov on Monday, Thatcher and the Soviet Premier were joined by Gorbachev.",
			want: []string{"MEETING GB-SU 1987-03-30 held"}},
		{name: "FN/a state visit he will make to Britain", pub: graph.Day(1987, 3, 11),
			text: "Saudi Arabia's King Fahd called for peace. His plea, in an interview with Reuters, came ahead of a state visit he will make to Britain later this month.",
			want: []string{"MEETING SA-GB 1987-03 planned"}},
	})
}

// TestAgreedThatTheyWould: "he and Xi had agreed that neither government
// would ..." binds both; "agreed that the situation was serious" is a view.
func TestAgreedThatTheyWould(t *testing.T) {
	pub := graph.Day(2016, 3, 15)
	runRuleCases(t, []ruleCase{
		{name: "FN/agreed that neither government would", pub: pub,
			text: "President Barack Obama said he and Chinese President Xi Jinping had agreed that neither government would knowingly support cyber theft.",
			want: []string{"ACCORD US-CN  agreed"}},
		{name: "OK/agreed that the situation was serious", pub: pub,
			text: "President Barack Obama said he and Chinese President Xi Jinping had agreed that the situation was serious.",
			want: nil},
	})
}

// TestAccordTermsAfterVerb: "A recent EU-Turkey deal allows Greece to
// return migrants without delay": the words after "allows" are its terms,
// no doubt about the deal.
func TestAccordTermsAfterVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/deal allows ... without", pub: graph.Day(2016, 6, 20),
			text: "A recent EU-Turkey deal allows Greece to return Syrian asylum-seekers to Turkey without evaluation of their protection claims.",
			want: []string{"ACCORD EU-TR  agreed"}},
	})
}

// TestVisitOfHere: "the four-day visit of West German President X, which
// starts on Friday", filed from La Paz, is his visit to Bolivia, for four
// days from Friday; "the disaster Friday" dates the disaster, not a
// meeting told before it.
func TestVisitOfHere(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/the four-day visit of President X, which starts on Friday", pub: graph.Day(1987, 3, 19), dateline: "LA PAZ",
			text: "The government said the strike was designed to cause it embarrassment during the four-day visit of West German President Richard Von Weizsaecker, which starts on Friday.",
			want: []string{"MEETING DE-BO 1987-03-20/1987-03-23 planned"}},
		{name: "FP/The meeting ... clouded by the disaster Friday", pub: graph.Day(1997, 4, 3),
			text: "Italian Prime Minister Romano Prodi flew into southern Albania on Wednesday for talks with his Albanian counterpart Bashkim Fino. The meeting seemed to clear the air clouded by the disaster Friday in which more than 80 Albanian refugees were believed killed.",
			want: []string{"MEETING IT-AL 1997-04-02 held"}},
	})
}

// TestOpeningTalksSides: "In high-level talks last week, the U.S.
// criticised Japan's ..." are talks of the main clause's subject and the
// state its verb acts on; "U.S. Criticised" is the wire's capital on a verb,
// no name after the state.
func TestOpeningTalksSides(t *testing.T) {
	pub := graph.Day(1987, 3, 9)
	runRuleCases(t, []ruleCase{
		{name: "FN/In high-level talks last week, the U.S. Criticised Japan's", pub: pub,
			text: "In high-level talks last week, the U.S. Criticised Japan's overall fiscal policy as deflationary.",
			want: []string{"MEETING US-JP 1987-03-02/1987-03-08 held"}},
		{name: "OK/In talks last week, the U.S. said", pub: pub,
			text: "In talks last week, the U.S. said Japan's fiscal policy was deflationary.",
			want: nil},
	})
}

// TestAgreedBetween: "the zero duty bindings agreed between the EC and
// U.S. In 1962, he said.": terms two states agreed, dated by the sentence's
// tail, which the wire's capital after "U.S." does not cut off.
func TestAgreedBetween(t *testing.T) {
	pub := graph.Day(1987, 3, 19)
	runRuleCases(t, []ruleCase{
		{name: "FN/bindings agreed between the EC and U.S. In 1962, he said", pub: pub,
			text: "The proposed tax also violates the zero duty bindings agreed between the EC and U.S. In 1962, he said.",
			want: []string{"ACCORD EU-US 1962 agreed"}},
		{name: "FN/four points agreed between Thatcher and Reagan", pub: graph.Day(1987, 6, 18),
			text: "The British position towards SDI was based on four points agreed between Thatcher and Reagan in December 1984.",
			want: []string{"ACCORD GB-US 1984-12 agreed"}},
		{name: "OK/were agreed between", pub: pub,
			text: "Officials said the terms were agreed between the banks and the companies.",
			want: nil},
	})
}

// TestWireCapitalBilateral: "Canada/U.S. Bilateral trade negotiations":
// the wire's capital after "U.S." opens no name, so the United States is
// a side of the talks the compound names.
func TestWireCapitalBilateral(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/Canada/U.S. Bilateral trade negotiations", pub: graph.Day(1987, 3, 24), dateline: "TAUPO, New Zealand",
			text: "Canadian Trade Minister Pat Carney said agricultural policies should become more price responsive. Carney said Canada's guidelines are compatible with the Australian proposals. Canada wanted reform, Carney said. She said Canada/U.S. Bilateral trade negotiations, which must be concluded by October, are progressing well.",
			want: []string{"MEETING CA-US  ongoing"}}, // (ongoing since session 36: "are progressing")
	})
}
