package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 36; each a general mechanism with its own case.

// TestPremodifyingWeekdayTakesItsNounsVerb: a weekday premodifying a
// meeting noun ("the Thursday talks") takes the tense of the verb its noun
// phrase is the subject of, however long the phrase, and not that of a
// verb of saying before it.
func TestPremodifyingWeekdayTakesItsNounsVerb(t *testing.T) {
	pub := graph.Day(2016, 3, 29) // a Tuesday
	runRuleCases(t, []ruleCase{
		{name: "FN/The Thursday talks between Japan and the United States will be headed by Smith", pub: pub,
			text: "The Thursday talks between Japan and the United States will be headed by Smith.",
			want: []string{"MEETING JP-US 2016-03-31 planned"}},
		{name: "FN/Officials said the Thursday talks between Japan and the United States will be headed by Smith", pub: pub,
			text: "Officials said the Thursday talks between Japan and the United States will be headed by Smith.",
			want: []string{"MEETING JP-US 2016-03-31 planned"}},
		{name: "OK/The Thursday talks between Japan and the United States were headed by Smith", pub: pub,
			text: "The Thursday talks between Japan and the United States were headed by Smith.",
			want: []string{"MEETING JP-US 2016-03-24 held"}},
		{name: "OK/Japan and the United States held the Thursday talks in Tokyo", pub: pub,
			text: "Japan and the United States held the Thursday talks in Tokyo.",
			want: []string{"MEETING JP-US 2016-03-24 held"}},
	})
}
