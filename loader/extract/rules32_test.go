package extract

import (
	"slices"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 32; each a general mechanism with its own case.

// TestSerialComma: a list with a serial comma ("Britain, France, and
// Germany") is one group, not a list and a new clause after ", and"; a
// list joined by "and" before ", and" still ends there.
func TestSerialComma(t *testing.T) {
	pub := graph.Day(2016, 3, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/Britain, France, and Germany met", pub: pub,
			text: "Britain, France, and Germany met in London on Monday.",
			want: []string{"MEETING GB-FR-DE 2016-03-07 held"}},
		{name: "FN/The United States, Japan, and South Korea held talks", pub: pub,
			text: "The United States, Japan, and South Korea held talks in Seoul on Monday.",
			want: []string{"MEETING US-JP-KR 2016-03-07 held"}},
		{name: "FN/Leaders of Britain, France, and Germany signed", pub: pub,
			text: "Leaders of Britain, France, and Germany signed an agreement on Monday.",
			want: []string{"ACCORD GB-FR-DE 2016-03-07 signed"}},
		{name: "OK/cut ties with Iran, and Bahrain and Sudan followed suit", pub: pub,
			text: "Saudi Arabia cut ties with Iran on Monday, and Bahrain and Sudan followed suit.",
			want: []string{"RELATIONS SA-IR 2016-03-07 held"}},
		{name: "OK/ties with Iran and Iraq, and Bahrain followed suit", pub: pub,
			text: "Saudi Arabia cut ties with Iran and Iraq on Monday, and Bahrain followed suit.",
			want: []string{"RELATIONS SA-IR 2016-03-07 held", "RELATIONS SA-IQ 2016-03-07 held"}}, // (relations are pairs: session 42)
	})
}

// TestCurlyApostrophe: a word with a typographic apostrophe reads as with
// the typewriter one ("Charge d’Affaires").
func TestCurlyApostrophe(t *testing.T) {
	pub := graph.Day(1987, 3, 13)
	runRuleCases(t, []ruleCase{
		{name: "FN/met Iranian Charge d’Affaires", pub: pub,
			text: "Dumas, a close aide to President Francois Mitterrand, earlier this week met Iranian Charge d\u2019Affaires in Paris Haddadi Gholam-reza.",
			want: []string{"MEETING FR-IR 1987-03-09/1987-03-13 held"}},
		{name: "OK/met Iranian Charge d'Affaires", pub: pub,
			text: "Dumas, a close aide to President Francois Mitterrand, earlier this week met Iranian Charge d'Affaires in Paris Haddadi Gholam-reza.",
			want: []string{"MEETING FR-IR 1987-03-09/1987-03-13 held"}},
	})
}

// TestDiscussionsAreTalks: "discussions" is read as "talks" is: a meeting
// word, with the same rules for their dates, negation and status.
func TestDiscussionsAreTalks(t *testing.T) {
	pub := graph.Day(1987, 3, 24)
	runRuleCases(t, []ruleCase{
		{name: "FN/After Monday's discussions, the U.S. and West German governments", pub: pub,
			text: "After Monday's discussions, the U.S. and West German governments said the accord was still in effect.",
			want: []string{"MEETING US-DE 1987-03-23 held"}},
		{name: "FN/left Bonn yesterday evening after discussions with", pub: pub,
			text: "Thatcher left Bonn early yesterday evening after discussions with Chancellor Helmut Kohl.",
			want: []string{"MEETING GB-DE 1987-03-23 held"}},
		{name: "FN/had suspended discussions with", pub: pub,
			text: "India had suspended discussions with Pakistan following the blasts.",
			want: []string{"MEETING IN-PK  suspended"}},
		{name: "FN/In high-level discussions last week, the U.S. criticised Japan's", pub: pub,
			text: "In high-level discussions last week, the U.S. criticised Japan's fiscal policy.",
			want: []string{"MEETING US-JP 1987-03-16/1987-03-22 held"}},
		{name: "OK/the discussions on further measures", pub: pub,
			text: "\"This is about supporting our allies Japan and South Korea,\" said one EU diplomat involved in the discussions on further measures against North Korea.",
			want: nil},
	})
}

// TestDateWithOn: a date with its "on" is skipped as the bare date is
// ("speaking on Friday next to", "In talks on Monday, the U.S. ...").
func TestDateWithOn(t *testing.T) {
	pub := graph.Day(2016, 3, 20)
	runRuleCases(t, []ruleCase{
		{name: "FN/speaking on Friday next to", pub: pub,
			text: "Hollande, speaking on Friday next to Belgium's Prime Minister Charles Michel, said in Brussels he was sure.",
			want: []string{"MEETING FR-BE 2016-03-18 held"}},
		{name: "OK/speaking Friday next to", pub: pub,
			text: "Hollande, speaking Friday next to Belgium's Prime Minister Charles Michel, said in Brussels he was sure.",
			want: []string{"MEETING FR-BE 2016-03-18 held"}},
		{name: "FN/In high-level talks on Monday, the U.S. criticised Japan's", pub: pub,
			text: "In high-level talks on Monday, the U.S. criticised Japan's fiscal policy.",
			want: []string{"MEETING US-JP 2016-03-14 held"}},
	})
}

// TestStateOfficerForms: "Israel's Foreign Minister Silvan Shalom" and
// "Foreign Minister Silvan Shalom of Israel" are one state's officer as
// "Israeli Foreign Minister Silvan Shalom" is, in a list and before a
// relative clause.
func TestStateOfficerForms(t *testing.T) {
	pub := graph.Day(2005, 11, 18)
	runRuleCases(t, []ruleCase{
		{name: "FN/Abbas and Israel's Foreign Minister Silvan Shalom met", pub: pub,
			text: "Palestinian leader Mahmoud Abbas and Israel's Foreign Minister Silvan Shalom met in Tunis on Wednesday.",
			want: []string{"MEETING PS-IL 2005-11-16 held"}},
		{name: "FN/Abbas and Foreign Minister Silvan Shalom of Israel met", pub: pub,
			text: "Palestinian leader Mahmoud Abbas and Foreign Minister Silvan Shalom of Israel met in Tunis on Wednesday.",
			want: []string{"MEETING PS-IL 2005-11-16 held"}},
		{name: "OK/Abbas and Israeli Foreign Minister Silvan Shalom met", pub: pub,
			text: "Palestinian leader Mahmoud Abbas and Israeli Foreign Minister Silvan Shalom met in Tunis on Wednesday.",
			want: []string{"MEETING PS-IL 2005-11-16 held"}},
		{name: "FN/Zarif of Iran, who was on an official visit to Istanbul", pub: graph.Day(2016, 3, 18),
			text: "Foreign Minister Mohammad Javad Zarif of Iran, who was on an official visit to Istanbul, condemned the bombing.",
			want: []string{"MEETING IR-TR  held"}},
		{name: "OK/Kerry of the United States, who arrived in Havana", pub: pub,
			text: "Secretary of State John Kerry of the United States, who arrived in Havana on Monday, met Castro.",
			want: []string{"MEETING US-CU 2005-11-14 held"}},
	})
}

// TestHeAndOfficerOfState: "Kerry said he and Foreign Minister Sergei
// Lavrov of Russia had reached an agreement": the sayer joins the officer
// named with his state after him as with a demonym before him.
func TestHeAndOfficerOfState(t *testing.T) {
	pub := graph.Day(2016, 3, 15)
	runRuleCases(t, []ruleCase{
		{name: "FN/said he and Foreign Minister Sergei Lavrov of Russia had reached", pub: pub,
			text: "Kerry said he and Foreign Minister Sergei Lavrov of Russia had reached an agreement on Syria on Monday.",
			want: []string{"ACCORD US-RU 2016-03-14 agreed"}},
		{name: "OK/said he and Russian Foreign Minister Sergei Lavrov had reached", pub: pub,
			text: "Kerry said he and Russian Foreign Minister Sergei Lavrov had reached an agreement on Syria on Monday.",
			want: []string{"ACCORD US-RU 2016-03-14 agreed"}},
	})
}

// TestNegotiatedDeal: an accord under negotiation by states, also a
// "deal" and also "in talks on" it or "has been negotiating" it.
func TestNegotiatedDeal(t *testing.T) {
	pub := graph.Day(2016, 3, 15)
	runRuleCases(t, []ruleCase{
		{name: "FN/are also in talks on a military assistance deal", pub: pub,
			text: "Israel and the United States are also in talks on a generous military assistance deal, he said.",
			want: []string{"ACCORD IL-US  negotiating"}},
		{name: "FN/has been negotiating a trade agreement with", pub: pub,
			text: "Britain has been negotiating a trade agreement with India.",
			want: []string{"ACCORD GB-IN  negotiating"}},
		{name: "OK/had been negotiating", pub: pub,
			text: "Britain had been negotiating a trade agreement with India.",
			want: nil},
		{name: "OK/a firm in talks on a deal", pub: pub,
			text: "Gazprom is also in talks on a deal with Ukraine.",
			want: nil},
	})
}

// TestOfficerInApposition: "Zarif, the Iranian foreign minister," is one
// officer, the object of "spoke to" as "Iranian Foreign Minister
// Mohammad Javad Zarif" is; a placed person's given names come before him.
func TestOfficerInApposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/spoke to Mohammad Javad Zarif, the Iranian foreign minister, by phone", pub: graph.Day(2016, 3, 15),
			text: "Kerry spoke to Mohammad Javad Zarif, the Iranian foreign minister, at least five times by phone.",
			want: []string{"MEETING US-IR 2016-03-15 held"}},
		{name: "FN/spoke with Angela Merkel, the German chancellor", pub: graph.Day(2016, 3, 15),
			text: "Davutoglu said he spoke with Angela Merkel, the German chancellor, to offer condolences.",
			want: []string{"MEETING TR-DE 2016-03-15 held"}},
		{name: "FN/told Dilson Funaro, the Brazilian finance minister, here in February", pub: graph.Day(1987, 4, 10),
			text: "British Chancellor Nigel Lawson said he told Dilson Funaro, the Brazilian finance minister, here in February that Britain would not intervene.",
			want: []string{"MEETING GB-BR 1987-02 held"}},
	})
}

// TestGerundAfterLongClause: "before heading to Britain" takes the tense
// of its clause however its date is written ("on Monday", "on July 18").
func TestGerundAfterLongClause(t *testing.T) {
	pub := graph.Day(2016, 7, 15)
	runRuleCases(t, []ruleCase{
		{name: "FN/is due to attend ... on July 18 before heading to Britain", pub: pub,
			text: "Kerry is due to attend a meeting of EU foreign ministers in Brussels on July 18 before heading to Britain.",
			want: []string{"MEETING US-EU 2016-07-18 planned", "MEETING US-GB  planned"}},
		{name: "OK/is due to attend ... on Monday before heading to Britain", pub: pub,
			text: "Kerry is due to attend a meeting of EU foreign ministers in Brussels on Monday before heading to Britain.",
			want: []string{"MEETING US-EU 2016-07-18 planned", "MEETING US-GB  planned"}},
	})
}

// TestEthnicPeople: a demonym after "ethnic" is a people, not its
// namesake state: not listed, not one of the story's pair.
func TestEthnicPeople(t *testing.T) {
	pub := graph.Day(2006, 12, 1)
	for _, c := range []struct{ text, want, not string }{
		{"Violence among ethnic Albanians, who comprise 90 percent of the population, worried Serbia and Russia.", "RS", "AL"},
		{"Ethnic Russians in Ukraine's east protested on Monday.", "UA", "RU"},
		{"Toronto has a large ethnic Chinese community, the Canadian spokesman said.", "CA", "CN"},
	} {
		got := countriesOf(t, c.text, pub)
		if !slices.Contains(got, c.want) || slices.Contains(got, c.not) {
			t.Errorf("%q: countries %v, want %s and not %s", c.text, got, c.want, c.not)
		}
	}
}

// TestPlaceBeforeList: a country named after a town with a place word
// before it ("in Davos, Switzerland", "listed in New York and London") is
// a place, not one of the article's countries.
func TestPlaceBeforeList(t *testing.T) {
	pub := graph.Day(1987, 3, 24)
	story := "Japan and the United States held trade talks in Tokyo on Monday. Japanese officials said the talks went well. "
	for _, c := range []struct{ text, not string }{
		{story + "The U.S. proposals were first announced in Davos, Switzerland, in January.", "CH"},
		{story + "Fujitsu, a Japanese company listed in New York and London, welcomed the talks.", "GB"},
		{story + "The summit of western leaders is due in Venice, Italy, in June.", "IT"},
	} {
		got := countriesOf(t, c.text, pub)
		if !slices.Contains(got, "JP") || !slices.Contains(got, "US") || slices.Contains(got, c.not) {
			t.Errorf("%q: countries %v, want JP and US and not %s", c.text, got, c.not)
		}
	}
}

// TestUnionMembers: "EU countries", "EU member states" name the members,
// not the union as an actor.
func TestUnionMembers(t *testing.T) {
	pub := graph.Day(1997, 4, 30)
	for _, text := range []string{
		"Iran protested on Monday. The ambassadors, plus counterparts from other EU countries, were withdrawn.",
		"Iran protested on Monday. EU member states recalled their envoys from Tehran.",
	} {
		if slices.Contains(countriesOf(t, text, pub), "EU") {
			t.Errorf("%q: the EU listed among the countries", text)
		}
	}
}

// TestDateOfEmbeddedVerb: a date after the verb of a reported clause is
// that verb's ("Officials said Hu arrived here on Thursday"), not the day
// of the saying.
func TestDateOfEmbeddedVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/Officials said Hu arrived here on Thursday for a state visit", pub: graph.Day(2006, 11, 24),
			text: "Officials said Hu arrived here on Thursday for a state visit at Musharraf's invitation.",
			want: []string{"MEETING CN-PK 2006-11-23 held"}},
		{name: "OK/reported Baker called Miyazawa early this week", pub: graph.Day(1987, 4, 3),
			text: "Japanese Finance Minister Kiichi Miyazawa spoke to reporters. The Yomiuri Shimbun daily newspaper reported U.S. Treasury Secretary James Baker called Miyazawa early this week.",
			want: []string{"MEETING US-JP 1987-03-30/1987-04-03 held"}},
		{name: "OK/said in interviews last week that", pub: graph.Day(1987, 4, 3),
			text: "Yeutter said in interviews last week that Japan and the United States would hold talks.",
			want: []string{"MEETING JP-US  planned"}},
	})
}

// TestSeatsOfGovernment: talks in a capital the generated table spells
// otherwise or lacks have that state as host.
func TestSeatsOfGovernment(t *testing.T) {
	pub := graph.Day(2016, 3, 10)
	var cases []ruleCase
	for city, code := range map[string]string{"Naypyidaw": "MM", "Nur-Sultan": "KZ", "Ulaanbaatar": "MN", "Cotonou": "BJ"} {
		cases = append(cases, ruleCase{name: "FN/held talks in " + city, pub: pub,
			text: "Norwegian officials held talks in " + city + " on Monday.",
			want: []string{"MEETING NO-" + code + " 2016-03-07 held"}})
	}
	runRuleCases(t, cases)
}

// TestStateBeforeClauseOrEnvoy: "German and Danish ambassadors" are the
// states' envoys; "backed by Russia and Iran that rebels say ..." is
// Iran's backing, the rebels belonging to the clause after it.
func TestStateBeforeClauseOrEnvoy(t *testing.T) {
	for _, c := range []struct {
		text string
		pub  graph.Date
		want string
	}{
		{"Iran ruled out the early return of German and Danish ambassadors in retaliation for the EU's latest measures.", graph.Day(1997, 4, 30), "DK"},
		{"Syrian forces launched a major offensive backed by Russia and Iran that rebels say now threatens their revolt.", graph.Day(2016, 2, 8), "IR"},
	} {
		if got := countriesOf(t, c.text, c.pub); !slices.Contains(got, c.want) {
			t.Errorf("%q: %s not among the countries %v", c.text, c.want, got)
		}
	}
}

// TestCongoInZaireYears: while the Democratic Republic of the Congo was
// Zaire (1971-1997), "Congo" alone is the Republic of the Congo.
func TestCongoInZaireYears(t *testing.T) {
	text := "Egypt, Zambia, Zaire, Uganda, Congo and Mali would be represented, and Congo signed an agreement with Egypt."
	for pub, want := range map[graph.Date]string{graph.Day(1987, 3, 1): "CG", graph.Day(2016, 3, 1): "CD"} {
		r := Extract(Input{Text: text, Published: pub}, Options{})
		if len(r.Events) != 1 || !slices.Contains(r.Events[0].Participants, want) {
			t.Errorf("published %v: events %v, want one accord of %s", pub, r.Events, want)
		}
	}
}

// TestMeetingsAtTable: "consulted with", "dined with", "had dinner with",
// "shook hands with" a state's officer are meetings; not when denied.
func TestMeetingsAtTable(t *testing.T) {
	pub := graph.Day(2016, 3, 10)
	lead := "Japanese Foreign Minister Taro Yamada "
	tail := " Norwegian Foreign Minister Borge Brende in Oslo on Monday."
	var cases []ruleCase
	for _, v := range []string{"consulted with", "dined with", "had lunch with", "had a working lunch with", "shook hands with"} {
		cases = append(cases, ruleCase{name: "FN/" + v, pub: pub, text: lead + v + tail, want: []string{"MEETING JP-NO 2016-03-07 held"}})
	}
	cases = append(cases,
		ruleCase{name: "FN/will have dinner with", pub: pub,
			text: "President Barack Obama will have dinner with Chinese President Xi Jinping on Friday.",
			want: []string{"MEETING US-CN 2016-03-11 planned"}},
		ruleCase{name: "OK/will not have lunch with", pub: pub,
			text: "President Barack Obama will not have lunch with the Chinese president.",
			want: nil})
	runRuleCases(t, cases)
}

// TestRelationsFormalizedEnded: "formalized diplomatic relations"
// establishes them, "ended diplomatic relations" severs them.
func TestRelationsFormalizedEnded(t *testing.T) {
	pub := graph.Day(2016, 3, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/formalized diplomatic relations", pub: pub,
			text: "Japan and Norway formalized diplomatic relations on Monday.",
			want: []string{"RELATIONS JP-NO 2016-03-07 held"}},
		{name: "FN/ended diplomatic relations", pub: pub,
			text: "Japan and Norway ended diplomatic relations on Monday.",
			want: []string{"RELATIONS JP-NO 2016-03-07 held"}},
		{name: "OK/relations ... has raised hopes", pub: pub,
			text: "The restoration of diplomatic relations between Cuba and the United States has raised hopes.",
			want: []string{"RELATIONS CU-US  held"}},
	})
}

// TestJourneyVerbs: "stopped in", "jetted to", "drove to" a state are
// journeys there, as "flew to" is; "fighter jets to Qatar" is none.
func TestJourneyVerbs(t *testing.T) {
	pub := graph.Day(2016, 3, 10)
	var cases []ruleCase
	for _, v := range []string{"stopped in Norway", "jetted to Norway", "drove to Oslo"} {
		cases = append(cases, ruleCase{name: "FN/" + v, pub: pub,
			text: "Japanese Prime Minister Shinzo Abe " + v + " on Monday.",
			want: []string{"MEETING JP-NO 2016-03-07 held"}})
	}
	cases = append(cases, ruleCase{name: "OK/fighter jets to Qatar", pub: pub,
		text: "The Pentagon has signed off on the sale of 36 F-15 fighter jets to Qatar.", want: nil})
	runRuleCases(t, cases)
}

// TestAbbreviatedTitles: "U.S. Sen. John McCain" and "U.S. Rep. Ed
// Royce" are the state's officers, as "U.S. Gen. Joseph Dunford" is.
func TestAbbreviatedTitles(t *testing.T) {
	pub := graph.Day(2016, 3, 10)
	var cases []ruleCase
	for who, kind := range map[string]string{"U.S. Sen. John McCain": "FN", "U.S. Rep. Ed Royce": "FN", "U.S. Gen. Joseph Dunford": "OK"} {
		cases = append(cases, ruleCase{name: kind + "/" + who, pub: pub,
			text: who + " met Japanese Prime Minister Shinzo Abe in Tokyo on Monday.",
			want: []string{"MEETING US-JP 2016-03-07 held"}})
	}
	runRuleCases(t, cases)
}

// TestReceivedDelegation: a host that welcomes or receives a state's
// delegation meets that state, as one that receives its officer does.
func TestReceivedDelegation(t *testing.T) {
	pub := graph.Day(2016, 3, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/welcomed a Japanese delegation", pub: pub,
			text: "Norway welcomed a Japanese delegation on Monday.",
			want: []string{"MEETING NO-JP 2016-03-07 held"}},
		{name: "FN/received a high-level Japanese delegation", pub: pub,
			text: "Norway received a high-level Japanese delegation on Monday.",
			want: []string{"MEETING NO-JP 2016-03-07 held"}},
		{name: "OK/a company welcomed a Japanese delegation", pub: pub,
			text: "The company welcomed a Japanese delegation on Monday.",
			want: nil},
	})
}

// TestCancelledPastAside: a visit called off after an aside about its
// visitor ("by Turhan Tayan, the Turkish defence minister, has been
// postponed") is cancelled, as without the aside.
func TestCancelledPastAside(t *testing.T) {
	pub := graph.Day(1997, 4, 3)
	runRuleCases(t, []ruleCase{
		{name: "FN/visit to Israel by X, the Turkish defence minister, has been postponed", pub: pub,
			text: "A planned visit to Israel by Turhan Tayan, the Turkish defence minister, has been postponed, diplomats said.",
			want: []string{"MEETING TR-IL  cancelled"}},
		{name: "OK/visit to Israel by the Turkish defence minister has been postponed", pub: pub,
			text: "A planned visit to Israel by Turkish Defence Minister Turhan Tayan has been postponed, diplomats said.",
			want: []string{"MEETING TR-IL  cancelled"}},
	})
}

// TestPurposeTenseOverAside: what a meeting is for ("for a nuclear
// summit") takes its verb's tense over an aside about a guest ("Xi
// Jinping, the Chinese president,").
func TestPurposeTenseOverAside(t *testing.T) {
	pub := graph.Day(2016, 3, 29)
	runRuleCases(t, []ruleCase{
		{name: "FN/including Xi Jinping, the Chinese president, for a nuclear summit", pub: pub,
			text: "Obama will meet with foreign leaders including Xi Jinping, the Chinese president, for a nuclear summit in Washington on Thursday and Friday.",
			want: []string{"MEETING US-CN 2016-03-31/2016-04-01 planned"}},
		{name: "OK/including Chinese President Xi Jinping for a nuclear summit", pub: pub,
			text: "Obama will meet with foreign leaders including Chinese President Xi Jinping for a nuclear summit in Washington on Thursday and Friday.",
			want: []string{"MEETING US-CN 2016-03-31/2016-04-01 planned"}},
	})
}

// TestLtRank: "Lt." keeps its dot, so "Russian Lt. Gen. Sergei Rudskoi"
// is Russia's officer; "IRAN LT" in a price table is no rank.
func TestLtRank(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/Russian Lt. Gen. Sergei Rudskoi met", pub: graph.Day(2016, 3, 10),
			text: "Russian Lt. Gen. Sergei Rudskoi met Turkish Foreign Minister Mevlut Cavusoglu in Ankara on Monday.",
			want: []string{"MEETING RU-TR 2016-03-07 held"}},
	})
	for text, want := range map[string]string{"Lt. Gen. Rudskoi": "lt.", "IRAN LT.........19.25": "lt"} {
		toks := tokenize(text, 0, len(text))
		if !slices.ContainsFunc(toks[:2], func(k token) bool { return k.w == want }) {
			t.Errorf("%q: first tokens %q and %q, want %q", text, toks[0].w, toks[1].w, want)
		}
	}
}
