package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

func TestHereIsTheDatelineCountry(t *testing.T) {
	pub := graph.Day(1987, 3, 11) // a Wednesday
	runRuleCases(t, []ruleCase{
		{name: "OK/arrived here for talks", pub: pub, dateline: "CARACAS, March 11",
			text: "Ecuador's deputy energy minister Fernando Santos Alvite arrived here last night for talks on further Venezuelan assistance, officials said.",
			want: []string{"MEETING EC-VE 1987-03-10 held"}},
		{name: "OK/here on an official visit", pub: pub, dateline: "WASHINGTON, March 11",
			text: "Saudi Arabia's foreign minister is here on a three-day official visit, officials said.",
			want: []string{"MEETING SA-US  ongoing"}},
		{name: "OK/was here says only where someone was", pub: pub, dateline: "ROME, March 11",
			text: "It is more than was talked about when Japanese Prime Minister Yasuhiro Nakasone was here.",
			want: nil},
		{name: "OK/no host at an international seat", pub: pub, dateline: "GENEVA, March 11",
			text: "Soviet negotiator Alexei Obukhov arrived here on Monday for talks.",
			want: nil},
		{name: "OK/no dateline no here", pub: pub,
			text: "Ecuador's deputy energy minister Fernando Santos Alvite arrived here last night for talks, officials said.",
			want: nil},
	})
}

func TestPossessiveDateDatesItsNoun(t *testing.T) {
	pub := graph.Day(1987, 3, 30)
	runRuleCases(t, []ruleCase{
		{name: "OK/last week's accord does not date the talks", pub: pub,
			text: "Following last week's accord on debt, Britain and Nigeria will hold talks on new export credit cover.",
			want: []string{"MEETING GB-NG  planned"}},
		{name: "OK/last week's talks are last week's", pub: pub,
			text: "Officials said last week's talks between Britain and Nigeria were useful.",
			want: []string{"MEETING GB-NG 1987-03-23/1987-03-29 held"}},
	})
}
