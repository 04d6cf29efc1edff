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
