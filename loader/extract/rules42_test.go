package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 42; each a general mechanism with its own case.

// TestDayLengthWrittenApart: a visit's length written in two words or in
// the plural ("a three day visit", "a two days official visit") runs the
// visit over its days as "a three-day visit" does; "three days before the
// summit" and "three days of talks" are no such length.
func TestDayLengthWrittenApart(t *testing.T) {
	pub := graph.Day(2022, 6, 10)
	runRuleCases(t, []ruleCase{
		{name: "OK/a three day visit starting from Sunday", pub: pub,
			text: "President Samia Suluhu Hassan of Tanzania will pay an official three day visit to the Sultanate of Oman starting from Sunday.",
			want: []string{"MEETING TZ-OM 2022-06-12/2022-06-14 planned"}},
		{name: "OK/a two days official visit from Monday", pub: pub,
			text: "Kenyan President William Ruto arrived in Kampala on Monday for a two days official visit to Uganda.",
			want: []string{"MEETING KE-UG 2022-06-06/2022-06-07 held"}},
		{name: "OK/three days before the summit is no length", pub: graph.Day(1997, 4, 22),
			text: "The vote comes three days before the summit between Prime Minister Ryutaro Hashimoto and President Bill Clinton in Washington.",
			want: []string{"MEETING JP-US 1997-04-25 planned"}},
	})
}
