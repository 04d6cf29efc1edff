package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

// Rules of session 40; each a general mechanism with its own case.

// TestStateAfterNamedStateAnd: "the U.S." after "Japan and" is the second
// state, even when a lower-case verb follows that could be a plural noun
// ("covers", "guarantees"); after a demonym it still modifies its noun.
func TestStateAfterNamedStateAnd(t *testing.T) {
	pub := graph.Day(1987, 4, 24)
	runRuleCases(t, []ruleCase{
		{name: "FN/an agreement between the EC and the U.S. guarantees special access", pub: pub,
			text: "The sources noted that an agreement between the EC and the U.S. guarantees special access to the Spanish market for two mln tonnes of maize.",
			want: []string{"ACCORD EU-US  agreed"}},
		{name: "FN/the agreement between Japan and the U.S. covers chips", pub: pub,
			text: "The agreement between Japan and the U.S. covers chips.",
			want: []string{"ACCORD JP-US  in_force"}},
		{name: "OK/talks between Japanese and U.S. firms", pub: pub,
			text: "Talks between Japanese and U.S. firms ended on Thursday.",
			want: nil},
	})
}

// TestPresBeforeName: "Pres." before a name is the title it shortens, as
// "PM" and "FM" are; the dot after it ends no noun phrase.
func TestPresBeforeName(t *testing.T) {
	pub := graph.Day(2016, 3, 15) // a Tuesday
	runRuleCases(t, []ruleCase{
		{name: "FN/Putin and U.S. Pres. Barack Obama spoke by telephone on Monday", pub: pub,
			text: "Putin and U.S. Pres. Barack Obama spoke by telephone on Monday about Syria.",
			want: []string{"MEETING RU-US 2016-03-14 held"}},
		{name: "FN/In September, Pres. Barack Obama said he and Chinese Pres. Xi Jinping had agreed", pub: pub,
			text: "In September, Pres. Barack Obama said he and Chinese Pres. Xi Jinping had agreed that neither government would knowingly support cyber theft.",
			want: []string{"ACCORD US-CN 2015-09 agreed"}},
		{name: "OK/the pres office", pub: pub,
			text: "Japanese officials will hold talks with U.S. officials at the Pres. office.",
			want: []string{"MEETING JP-US  planned"}},
	})
}
