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
