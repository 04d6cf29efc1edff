package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 4, each a general mechanism with its own case.

func TestTheDayNamedBefore(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/earlier in the day is the day just named", pub: graph.Day(1987, 3, 24),
			text: "British Prime Minister Margaret Thatcher said the bomb would not deter her. Thatcher left Bonn early yesterday evening after talks with Chancellor Helmut Kohl ahead of her visit to Moscow next week. " +
				"She had flown to West Germany from talks with French President Francois Mitterrand in Normandy earlier in the day.",
			want: []string{"MEETING DE-GB 1987-03-23 held", "MEETING GB-SU 1987-03-30/1987-04-05 planned", "MEETING GB-FR 1987-03-23 held"}},
		{name: "OK/arrives for talks is one visit from the arrival to the talks", pub: graph.Day(2016, 3, 8),
			text: "Vice President Joe Biden arrives in Israel later in the day for talks on Wednesday with Prime Minister Benjamin Netanyahu.",
			want: []string{"MEETING US-IL 2016-03-08/2016-03-09 planned"}},
	})
}

func TestLaterDefiniteDates(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "OK/the talks, starting on April 14, date the talks told before", pub: graph.Day(1987, 4, 11),
			text: "Taiwan announced new import tariff cuts shortly before trade talks with Washington. " +
				"The cabinet was expected to approve the cuts. " +
				"Siew said the talks, starting on April 14, would cover market access.",
			want: []string{"MEETING TW-US 1987-04-14 planned"}},
		{name: "OK/a held meeting takes no later day", pub: graph.Day(1987, 4, 11),
			text: "Taiwan held trade talks with Washington last month. " +
				"Siew said the talks, starting on April 14, would cover market access.",
			want: []string{"MEETING TW-US 1987-03 held"}},
		{name: "OK/another event between stops the search", pub: graph.Day(1987, 4, 11),
			text: "Taiwan announced new import tariff cuts shortly before trade talks with Washington. " +
				"Taiwan and Japan signed a trade accord. " +
				"Siew said the talks, starting on April 14, would cover market access.",
			want: []string{"MEETING TW-US  held", "ACCORD TW-JP  signed"}},
	})
}

func TestDatelineNamesNoCountry(t *testing.T) {
	pub := graph.Day(1987, 4, 7)
	for _, tt := range []struct {
		name, title, text, code string
		want                    bool
	}{
		{"OK/a digest item's dateline", "", "BAHRAIN - Iran reported launching a new offensive east of Basra.\n\nROME - Peres met Italian officials.", "BH", false},
		{"OK/a glued dash is no dateline", "", "U.S.-based broker Integrated Resources set up two subsidiaries in Hong Kong.", "US", true},
		{"OK/a name in the title still counts", "JAPAN LENDS MEXICO 500 MLN DLRS", "Mexico received a credit from japan's eximbank.", "JP", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract(Input{Title: tt.title, Text: tt.text, Published: pub}, Options{})
			found := false
			for _, c := range r.Countries {
				found = found || c.Code == tt.code
			}
			if found != tt.want {
				t.Errorf("countries %+v: %s listed %v, want %v", r.Countries, tt.code, found, tt.want)
			}
		})
	}
}
