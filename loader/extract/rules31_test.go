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
