package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 19; each a general mechanism with its own case.

// TestStoryDay: an event the story tells as its news, with no date of its
// own, is of the story's day (the lead's report day, else the publication
// day); one told as background, quoted, owned or off the record is not.
func TestStoryDay(t *testing.T) {
	pub := graph.Day(1987, 3, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/signed as news", pub: pub,
			text: "Kenya and Tanzania signed a road transport agreement, officials said.",
			want: []string{"ACCORD KE-TZ 1987-03-10 signed"}},
		{name: "FN/said after talks", pub: pub,
			text: "Prices will stay firm, Greek Foreign Minister Karolos Papoulias said after talks with his Turkish counterpart.",
			want: []string{"MEETING GR-TR 1987-03-10 held"}},
		{name: "FN/the lead's report day", pub: graph.Day(2016, 3, 9),
			text: "CAIRO - Egypt's foreign minister said on Monday the region needed calm. Egypt and Sudan held talks on water sharing.",
			want: []string{"MEETING EG-SD 2016-03-07 held"}},
		{name: "FN/a phone call", pub: graph.Day(2016, 3, 9),
			text: "Chinese Foreign Minister Wang Yi spoke by telephone with his Indian counterpart about the border.",
			want: []string{"MEETING CN-IN 2016-03-09 held"}},
		{name: "FN/talks a statement was made at, whatever it dates", pub: graph.Day(2016, 2, 15),
			text: "Speaking after talks in Brussels with the European Union's foreign policy chief, Iranian Foreign Minister Mohammad Javad Zarif said that the powers agreed over the weekend to a truce.",
			want: []string{"MEETING IR-EU 2016-02-15 held"}},
		{name: "FN/a relative clause closed before the trigger", pub: pub,
			text: "China and Israel, which have no diplomatic relations, discussed peace prospects at a meeting in New York, an Israeli spokesman said.",
			want: []string{"MEETING CN-IL 1987-03-10 held"}},
		{name: "FN/the day a sentence's statement reports", pub: graph.Day(2016, 7, 18),
			text: "Israel and Turkey signed a deal to restore ties, Israeli officials said Sunday.",
			want: []string{"ACCORD IL-TR 2016-07-17 signed"}},
		{name: "FN/a modal after the event is the accord's content", pub: pub,
			text: "Japan and the United States signed an agreement under which Japan would buy more American semiconductors, officials said.",
			want: []string{"ACCORD JP-US 1987-03-10 signed"}},
		{name: "FN/a past in a clause after the event", pub: graph.Day(2016, 7, 25),
			text: "Kerry and Lavrov met on the sidelines of a regional summit in Laos, the first time they had met since the collapse of a cease-fire.",
			want: []string{"MEETING US-RU 2016-07-25 held"}},
		{name: "OK/a participle after a named accord", pub: graph.Day(2016, 9, 14),
			text: "The Oslo accords signed by Israel and the PLO created the Palestinian Authority.",
			want: []string{"ACCORD IL-PS  signed"}},
		{name: "OK/the event's own modal", pub: pub,
			text: "Officials said there was little chance the talks between Japan and the United States would avert the tariffs.",
			want: []string{"MEETING JP-US  held"}},
		{name: "OK/a statement reported before the event", pub: graph.Day(2016, 2, 12),
			text: "The Vatican revealed Friday that while visiting Washington, Pope Francis met U.S. President Barack Obama's advisers.",
			want: []string{"MEETING VA-US  held"}},
		{name: "OK/relations told undated are history", pub: graph.Day(2016, 1, 5),
			text: "Egypt and Iran severed diplomatic relations after the Islamic revolution.",
			want: []string{"RELATIONS EG-IR  held"}},
		{name: "OK/a when clause", pub: graph.Day(1987, 10, 14),
			text: "When Reagan and Gorbachev met in Reykjavik, they came close to a deal.",
			want: []string{"MEETING US-SU  held"}},
		{name: "OK/whether they met", pub: graph.Day(2016, 8, 30),
			text: "It was unclear whether Israeli and Saudi officials met.",
			want: []string{"MEETING IL-SA  held"}},
		{name: "OK/at the time", pub: graph.Day(2016, 6, 6),
			text: "At the time, China and the Philippines agreed to resolve the dispute through talks.",
			want: []string{"ACCORD CN-PH  agreed"}}, // (session 23: talks "through" which a dispute is settled are a means)
		{name: "OK/a sentence's own date is not the event's", pub: pub,
			text: "Kenya and Tanzania signed a road agreement, which takes effect in July.",
			want: []string{"ACCORD KE-TZ  signed"}},
		{name: "OK/recently", pub: pub,
			text: "Kenya and Tanzania recently signed a road transport agreement.",
			want: []string{"ACCORD KE-TZ  signed"}},
		{name: "OK/later", pub: pub,
			text: "Israeli Foreign Minister Shimon Peres spoke in Rome and later met Egyptian President Hosni Mubarak.",
			want: []string{"MEETING IL-EG  held"}},
		{name: "OK/had met", pub: pub,
			text: "Israeli Foreign Minister Shimon Peres met Egyptian President Hosni Mubarak. Peres had met Jordan's King Hussein.",
			want: []string{"MEETING IL-EG 1987-03-10 held", "MEETING IL-JO  held"}},
		{name: "OK/quoted", pub: pub,
			text: "Kohl said: \"We held talks with France and they went well.\"",
			want: []string{"MEETING DE-FR  held"}},
		{name: "OK/someone's trip", pub: pub,
			text: "Thatcher's trip to Moscow boosted her standing in the polls.",
			want: []string{"MEETING GB-SU  held"}},
		{name: "OK/what a deed came after", pub: pub,
			text: "The decision came after talks between Greek and Turkish officials.",
			want: []string{"MEETING GR-TR  held"}},
		{name: "OK/a relative clause", pub: pub,
			text: "Israeli Foreign Minister Shimon Peres, who met Egyptian President Hosni Mubarak in Cairo, said peace was near.",
			want: []string{"MEETING IL-EG  held"}},
		{name: "OK/a clause of where", pub: pub,
			text: "The minister flew home from Geneva, where U.S. Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze.",
			want: []string{"MEETING US-SU  held"}},
		{name: "OK/that were signed", pub: pub,
			text: "The trade agreements that were signed by Peru and Chile are awaiting ratification.",
			want: []string{"ACCORD PE-CL  signed"}},
	})
}

// TestLeaderNamesakes: after another given name, a listed leader's
// surname is a namesake, unless the story is of the leader's own state.
func TestLeaderNamesakes(t *testing.T) {
	runCountryCases(t, graph.Day(2016, 7, 1), []countryCase{
		{"OK/a namesake of another state's story",
			"Hillary Clinton has campaigned with Housing Secretary Julian Castro and Senator Tim Kaine of Virginia.",
			nil},
		{"OK/the namesake named again by title",
			"Iranian state media quoted Gen. Ramezan Sharif. General Sharif said the sailors were spies.",
			[]string{"IR"}},
		{"OK/a given name after a title",
			"Iran's deputy foreign minister Abbas Araghchi met officials on Monday.",
			[]string{"IR"}},
		{"OK/the leader by full name",
			"Prime Minister Nawaz Sharif met Indian Prime Minister Narendra Modi.",
			[]string{"IN", "PK"}},
		{"OK/a namesake in a story of the leader's state",
			"Pakistan mourned the dead. Pakistan's army chief General Raheel Sharif called Afghan President Ashraf Ghani.",
			[]string{"PK", "AF"}},
	})
}
