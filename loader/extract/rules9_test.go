package extract

import (
	"slices"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 9, each a general mechanism with its own case. They came
// from a precision study of the extractor's output on unlabelled bulk news.

func TestBrusselsForEU(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/Brussels is the EU where Belgium is not named", pub: graph.Day(2016, 1, 20),
			text: "Brussels and Washington intensified negotiations on a data pact on Tuesday. The European Union wants a deal.",
			want: []string{"MEETING EU-US 2016-01-19 held"}},
		{name: "OK/Brussels is Belgium's where Belgium is named", pub: graph.Day(2016, 3, 25),
			text: "U.S. Secretary of State John Kerry visited Brussels on Friday. Belgian police and the European Union are on alert.",
			want: []string{"MEETING US-BE 2016-03-25 held"}},
	})
	r := Extract(Input{Text: "Brussels and Ankara want to stem the flow of migrants. The European Union pays Turkey.", Published: graph.Day(2016, 4, 23)}, Options{})
	var codes []string
	for _, c := range r.Countries {
		codes = append(codes, c.Code)
	}
	if slices.Contains(codes, "BE") || !slices.Contains(codes, "EU") {
		t.Errorf("countries %v: want the EU and no Belgium", codes)
	}
}

func TestTradeRoundIsNoCountry(t *testing.T) {
	for _, text := range []string{
		"The EC plan will be presented at the next meeting of Uruguay round agriculture negotiators in Geneva.",
		"The WTO talks in Hong Kong are part of the four-year-old Doha Round talks.",
	} {
		r := Extract(Input{Text: text, Published: graph.Day(1987, 10, 20)}, Options{})
		for _, c := range r.Countries {
			if c.Code == "UY" || c.Code == "QA" {
				t.Errorf("%q: a trade round names %s", text, c.Code)
			}
		}
	}
}
