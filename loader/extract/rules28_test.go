package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 28; each a general mechanism with its own case.

// TestOfficeNamedBeforeItsHolder: an office a story first gives a state
// without a name ("Turkey's interior minister said") is that state's when
// it later comes with a name and no state ("Interior Minister Efkan Ala"),
// unless another state holds the same office in the story.
func TestOfficeNamedBeforeItsHolder(t *testing.T) {
	pub := graph.Day(2016, 1, 13)
	runRuleCases(t, []ruleCase{
		{name: "FN/interior minister, then Interior Minister Efkan Ala", pub: pub,
			text: "A suicide bomber had registered with immigration authorities, Turkey's interior minister said on Wednesday. " +
				"Interior Minister Efkan Ala confirmed that the man's fingerprints were on record. " +
				"\"He was not on the list,\" Ala told a joint news conference with his German counterpart Thomas de Maiziere.",
			want: []string{"MEETING TR-DE 2016-01-13 held"}},
		{name: "OK/the same office held by two states stays unplaced", pub: pub,
			text: "Turkey's interior minister said on Wednesday that the bomber had registered. " +
				"Greece's interior minister said the border was closed. " +
				"\"He was not on the list,\" Interior Minister Efkan Ala told a joint news conference with his German counterpart Thomas de Maiziere.",
			want: nil},
		{name: "OK/a named holder makes another name another holder", pub: pub,
			text: "Turkish Interior Minister Efkan Ala said the bomber had registered, and Turkey's interior minister will travel to Berlin. " +
				"Interior Minister Thomas de Maiziere met French officials in Paris on Monday.",
			want: []string{"MEETING TR-DE  planned"}},
	})
}

// TestMisspeltSurname: a wire's misspelling of a known person's surname by
// one letter ("Schultz" for "Shultz") is that person; when two known people
// are that close, it is neither.
func TestMisspeltSurname(t *testing.T) {
	pub := graph.Day(1987, 3, 1)
	runRuleCases(t, []ruleCase{
		{name: "FN/Schultz is currently visiting Peking", pub: pub,
			text: "U.S. Secretary of State George Shultz is likely to visit Moscow soon for talks, U.S. officials said. " +
				"Schultz is currently visiting Peking.",
			want: []string{"MEETING US-SU  planned", "MEETING US-CN  ongoing"}},
		{name: "OK/two known people a letter away: neither", pub: pub,
			text: "U.S. Secretary of State George Shultz and West German Economics Minister Hans Schulte met on Friday. " +
				"Schultz is currently visiting Peking.",
			want: []string{"MEETING US-DE 1987-02-27 held"}},
	})
}
