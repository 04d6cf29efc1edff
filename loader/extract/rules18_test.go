package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 18; each a general mechanism with its own case.

// TestPactsBeingWorkedOut: the labelled sets count a pact two states are
// working out as an ACCORD under negotiation, whatever verb tells the work.
func TestPactsBeingWorkedOut(t *testing.T) {
	pub := graph.Day(1987, 3, 10)
	runRuleCases(t, []ruleCase{
		{name: "FN/talks on an agreement", pub: pub,
			text: "Brazil and Argentina are holding talks on a new wheat agreement, officials said.",
			want: []string{"MEETING BR-AR  ongoing", "ACCORD BR-AR  negotiating"}},
		{name: "FN/talks with a state about a pact", pub: pub,
			text: "Norway has opened talks with Iceland about a fisheries pact, officials said.",
			want: []string{"MEETING NO-IS 1987-03-10 held", "ACCORD NO-IS  negotiating"}},
		{name: "FN/a deadline to agree a pact", pub: pub,
			text: "Negotiators from Japan and Australia missed a deadline to agree a new beef accord, officials said.",
			want: []string{"ACCORD JP-AU  negotiating"}},
		{name: "FN/until a day to strike an agreement", pub: pub,
			text: "Officials have given Ottawa and Washington until the end of June to strike a new air services agreement.",
			want: []string{"ACCORD CA-US  negotiating"}},
		{name: "FN/the text of a draft treaty", pub: pub,
			text: "Kenyan and Ugandan negotiators have completed the text of a draft trade treaty, a Kenyan official said.",
			want: []string{"ACCORD KE-UG  negotiating"}},
		{name: "FN/close to reaching an agreement", pub: pub,
			text: "The Philippines and Japan are close to reaching an agreement on a new yen loan, officials said.",
			want: []string{"ACCORD PH-JP  negotiating"}},
		{name: "FN/talks on signing a pact", pub: pub,
			text: "Greek ministers began talks on signing a cooperation pact with Egypt on Monday, officials said.",
			want: []string{"MEETING GR-EG 1987-03-09 held", "ACCORD GR-EG  negotiating"}},
		{name: "OK/a wish is none", pub: pub,
			text: "India wants a nuclear treaty with Pakistan, officials said.",
			want: nil},
		{name: "OK/no talks on a treaty", pub: pub,
			text: "There have been no talks between Chile and Peru on a border treaty, officials said.",
			want: nil},
		{name: "OK/talks on compliance with an accord in force", pub: pub,
			text: "Japan and the United States held talks on compliance with their semiconductor agreement, officials said.",
			want: []string{"MEETING JP-US  held"}},
	})
}

// TestTheEndOfAPeriodAfterABound: "by the end of June" bounds a deadline
// like "by June"; it dates no event.
func TestTheEndOfAPeriodAfterABound(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FP/by the end of June is a deadline", pub: graph.Day(1987, 3, 10),
			text: "Mexican and U.S. negotiators resumed talks on Monday and hope to finish them by the end of June, officials said.",
			want: []string{"MEETING MX-US 1987-03-09 held"}},
		{name: "OK/at the end of June is a day", pub: graph.Day(1987, 3, 10),
			text: "Mexican and U.S. negotiators will meet at the end of June, officials said.",
			want: []string{"MEETING MX-US 1987-06 planned"}},
	})
}

// TestAccordsInForce: an accord only ever named, undated, as one the states
// have is in force; the labelled sets say so (21 such accords).
func TestAccordsInForce(t *testing.T) {
	pub := graph.Day(1987, 4, 2)
	runRuleCases(t, []ruleCase{
		{name: "FN/under the terms of an accord", pub: pub,
			text: "Under the terms of the U.S.-Greek bases accord, Greece has the right to ask for suspension of operations.",
			want: []string{"ACCORD US-GR  in_force"}},
		{name: "FN/violating a pact", pub: pub,
			text: "Officials said Japan was violating its semiconductor agreement with the United States.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "OK/a recent accord is news", pub: pub,
			text: "He was sceptical of the recent U.S.-British accord on joint bank supervision.",
			want: []string{"ACCORD US-GB  agreed"}},
		{name: "OK/a prisoner swap is a deed", pub: pub,
			text: "Iran and the United States exchanged prisoners on Saturday. Rezaian was freed as part of the historic prisoner swap between Tehran and the United States.",
			want: []string{"ACCORD IR-US  agreed"}},
		{name: "OK/a pact told as signed stays signed", pub: pub,
			text: "Greece and the United States signed a bases accord on Monday. Under the terms of the U.S.-Greek bases accord, Greece may ask for suspension of operations.",
			want: []string{"ACCORD GR-US 1987-03-30 signed"}},
	})
}

// TestAVisitToTheDatelineCountryOnTheLeadsDay: a visit to the country the
// story is filed from, told undated, is of the day the lead reports.
func TestAVisitToTheDatelineCountryOnTheLeadsDay(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "FN/a visit in the dateline country", pub: graph.Day(2016, 4, 23), dateline: "GAZIANTEP, Turkey",
			text: "GAZIANTEP, Turkey Germany wants safe zones in Syria, Chancellor Angela Merkel said on Saturday. The idea is old. Merkel and Turkish Prime Minister Ahmet Davutoglu visited a refugee camp in Nizip.",
			want: []string{"MEETING DE-TR 2016-04-23 held"}},
		{name: "OK/a meeting there keeps no date", pub: graph.Day(2016, 4, 23), dateline: "GAZIANTEP, Turkey",
			text: "GAZIANTEP, Turkey Germany wants safe zones in Syria, Chancellor Angela Merkel said on Saturday. The idea is old. Merkel had since met Turkish Prime Minister Ahmet Davutoglu.",
			want: []string{"MEETING DE-TR  held"}},
	})
}
