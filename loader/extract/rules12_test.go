package extract

import (
	"slices"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 12, each a general mechanism with its own case.

// countriesOf extracts text and returns the codes of its countries.
func countriesOf(t *testing.T, text string, pub graph.Date) []string {
	t.Helper()
	r := Extract(Input{Text: text, Published: pub}, Options{})
	checkResult(t, text, r)
	var got []string
	for _, c := range r.Countries {
		got = append(got, c.Code)
	}
	return got
}

func TestCityNamesAMarketOrATreaty(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"OK/an interbank rate names no government",
			"Manila said its debt accord with commercial banks was better than Mexico's. Its loans carry 7/8 points over London interbank offered rate.",
			[]string{"PH", "MX"}},
		{"OK/a treaty named for a city names no party",
			"Belgium is minting gold coins to celebrate the 30th anniversary of the European Community's founding Treaty of Rome.",
			[]string{"BE", "EU"}},
		{"OK/a capital that acts stays a party",
			"Manila said on Monday that London had agreed to reschedule its debt.",
			[]string{"PH", "GB"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := countriesOf(t, tt.text, graph.Day(1987, 3, 10)); !slices.Equal(got, tt.want) {
				t.Errorf("countries %q, want %q", got, tt.want)
			}
		})
	}
}
