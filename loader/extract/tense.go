package extract

import (
	"strings"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/when"
)

// localTense reads the tense of the clause around token i: future cues
// ("will", "to visit", "next", "scheduled", a present-tense "begins") or
// past verbs ("met", "signed") nearest before it, else after it.
func localTense(toks []token, i int) when.Tense {
	for d := 0; d <= 8 && i-d >= 0; d++ {
		t := toks[i-d]
		if d > 0 && isClauseBreak(t) {
			break
		}
		if tn := tenseOf(toks, i-d); tn != when.TenseUnknown {
			return tn
		}
	}
	for d := 1; d <= 6 && i+d < len(toks); d++ {
		t := toks[i+d]
		if isClauseBreak(t) || t.w == "," {
			break
		}
		if tn := tenseOf(toks, i+d); tn != when.TenseUnknown {
			return tn
		}
	}
	return when.TenseUnknown
}

// tenseOf returns the tense a single word signals.
func tenseOf(toks []token, k int) when.Tense {
	t := toks[k]
	if t.punct || t.cap && k > 0 {
		return when.TenseUnknown
	}
	w := t.w
	switch {
	case futureWords[w]:
		return when.TenseFuture
	case w == "to" && k+1 < len(toks) && (meetingWords[toks[k+1].w] != "" || toks[k+1].w == "be" || toks[k+1].w == "hold" || toks[k+1].w == "sign"):
		return when.TenseFuture
	case pastIrregular[w] || reportVerbs[w] && w != "says" && w != "say" && w != "reports":
		return when.TensePast
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		return when.TensePast
	}
	return when.TenseUnknown
}

// meetingStatus decides a meeting's status from the cues of its clause:
// cancelled, proposed, planned (future), else held when past; explicit says
// whether a cue or tense decided it. A date after the publication date
// makes an undecided meeting planned.
func meetingStatus(s *sent, trig int, span graph.Span, published graph.Date) (status string, explicit bool) {
	toks := s.toks
	lo := trig - 10
	for k := trig - 1; k >= 0 && k >= trig-10; k-- {
		if isClauseBreak(toks[k]) && toks[k].w != "after" && toks[k].w != "before" {
			lo = k + 1
			break
		}
	}
	if lo < 0 {
		lo = 0
	}
	hi := trig + 4
	if hi > len(toks) {
		hi = len(toks)
	}
	has := func(words map[string]bool, from, to int) bool {
		for k := from; k < to; k++ {
			if words[toks[k].w] {
				return true
			}
		}
		return false
	}
	calledOff := false
	for k := lo; k+1 < hi; k++ {
		if (toks[k].w == "called" || toks[k].w == "call" || toks[k].w == "put") && toks[k+1].w == "off" {
			calledOff = true
		}
	}
	switch {
	case calledOff || has(cancelWords, lo, hi) || cancelledLater(toks, trig):
		return graph.StatusCancelled, true
	case has(proposeWords, lo, trig):
		return graph.StatusProposed, true
	}
	// The trigger itself counts only as a present-tense verb after its
	// subject ("Obama visits Cuba"), not as a plural noun ("the visits").
	verbTrig := trig > 0 && (toks[trig-1].cap || s.actorAt(trig-1))
	if has(futureWords, lo, trig) || verbTrig && futureWords[toks[trig].w] || trig > 0 && toks[trig-1].w == "to" {
		return graph.StatusPlanned, true
	}
	if !span.IsZero() && !published.IsZero() {
		if span.Start.First().After(published.First()) {
			return graph.StatusPlanned, true
		}
		return graph.StatusHeld, true
	}
	if tn := localTense(toks, trig); tn == when.TensePast {
		return graph.StatusHeld, true
	} else if tn == when.TenseFuture {
		return graph.StatusPlanned, true
	}
	return graph.StatusHeld, false
}

// cancelledLater catches "the visits were ... canceled" where the cancel
// verb follows the trigger at some distance in the same clause.
func cancelledLater(toks []token, trig int) bool {
	for k := trig + 1; k < len(toks) && k <= trig+12; k++ {
		if toks[k].w == ";" {
			return false
		}
		if cancelWords[toks[k].w] && (toks[k].w == "cancelled" || toks[k].w == "canceled" || toks[k].w == "postponed" || toks[k].w == "scrapped") {
			return true
		}
	}
	return false
}
