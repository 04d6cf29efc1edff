package extract

import (
	"slices"
	"strings"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/when"
)

// localTense reads the tense of the clause around token i: future cues
// ("will", "to visit", "next", "scheduled", a present-tense "begins") or
// past verbs ("met", "signed") nearest before it, else after it.
func localTense(toks []token, i int) when.Tense {
	skip := 0 // an apposition between commas costs no reach: "when he meets China's navy commander, Admiral Wu Shengli, from Sunday"
	for d := 0; d <= 8+skip && i-d >= 0; d++ {
		t := toks[i-d]
		if d > 0 && isClauseBreak(t) {
			break
		}
		if d > 0 && t.w == "," {
			if n := appositionBefore(toks, i-d); n > 0 {
				d += n
				skip += n + 1
				continue
			}
			if o := asideOpen(toks, i-d); o >= 0 {
				// "Merkel, who hopes to visit China, on Wednesday met
				// Olmert": the aside's tense is its own
				skip += i - d - o + 1
				d = i - o
				continue
			}
		}
		if tn := tenseOf(toks, i-d); tn != when.TenseUnknown {
			if tn == when.TensePast && reportedNounDate(toks, i-d, i) {
				if ahead := tenseAhead(toks, i); ahead != when.TenseUnknown {
					return ahead // "Officials said the Thursday talks will be headed by ...": the talks' own verb
				}
			}
			return tn
		}
	}
	if i >= 1 && determiners[toks[i-1].w] && toks[i].cap {
		if ahead := tenseAhead(toks, i); ahead != when.TenseUnknown {
			return ahead // "The Thursday talks between Japan and the United States will be headed by ...": the noun phrase's verb
		}
	}
	fronted := i <= 2 && (i == 0 || toks[0].w == "on" || toks[0].w == "by" || toks[0].w == "in" || toks[0].w == "early" || toks[0].w == "late")
	reach := 6
	for d := 1; d <= reach && i+d < len(toks); d++ {
		t := toks[i+d]
		if t.w == "," && fronted {
			fronted, reach = false, d+10
			continue // "On Wednesday, Cohen will fly on to South Korea": the fronted time takes the main clause's tense
		}
		if isClauseBreak(t) || t.w == "," || asideDash(toks, i+d) {
			break // "invited to a meeting on Tuesday morning — argued": the dash closes the aside
		}
		if t.w == "that" && i+d+1 < len(toks) && (subjectPronouns[toks[i+d+1].w] || determiners[toks[i+d+1].w]) {
			break // "before the start of today's talks that they expected no developments", "said after a meeting on Friday that the two would": the clause of another verb
		}
		if tn := tenseOf(toks, i+d); tn != when.TenseUnknown {
			return tn
		}
	}
	return when.TenseUnknown
}

// reportedNounDate reports whether the word at i (a date or a meeting noun)
// is in the subject of a clause reported by the verb of saying at v ("said
// the Thursday and Friday talks will ...", "said that the Monday meeting
// was ..."): then the reported clause's verb, not the saying, tells its
// tense.
func reportedNounDate(toks []token, v, i int) bool {
	if !reportVerbs[toks[v].w] {
		return false
	}
	j := v + 1
	if j < i && toks[j].w == "that" {
		j++
	}
	if j >= i || !determiners[toks[j].w] || i-j > 5 {
		return false
	}
	for k := j + 1; k < i; k++ {
		if toks[k].punct || nounPhraseBreaks[toks[k].w] || tenseOf(toks, k) != when.TenseUnknown {
			return false
		}
	}
	return true
}

// nounPhraseBreaks end the premodifiers of a noun: a preposition opens
// its complement ("the talks on Thursday").
var nounPhraseBreaks = set("in", "on", "at", "with", "of", "for", "by", "to", "from", "between", "during", "after", "before")

// tenseAhead reads the tense of the first verb after the word at i, up to
// a clause break.
func tenseAhead(toks []token, i int) when.Tense {
	for k := i + 1; k < len(toks) && k <= i+14; k++ {
		if isClauseBreak(toks[k]) || toks[k].w == "," || toks[k].w == "that" {
			break
		}
		if tn := tenseOf(toks, k); tn != when.TenseUnknown {
			return tn
		}
	}
	return when.TenseUnknown
}

// clauseTense reads the tense of a bare month's clause further back than
// localTense does, to the clause's start and through quoted names: "are to
// sign an \"open skies\" agreement liberalising bilateral aviation traffic
// in June" is the coming June. It only dates the month; an event's status
// keeps its own reading.
func clauseTense(toks []token, i int) when.Tense {
	for d := 1; d <= 16 && i-d >= 0; d++ {
		t := toks[i-d]
		if t.w == "\"" {
			continue
		}
		if isClauseBreak(t) || t.w == "," {
			break
		}
		if tn := tenseOf(toks, i-d); tn != when.TenseUnknown {
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
	case invitedWords[w] && k+1 < len(toks) && (toks[k+1].w == "to" || toks[k+1].w == "a" || toks[k+1].w == "an"):
		return when.TenseFuture // "have been invited to a meeting on Tuesday": what is offered lies ahead of the offer
	case promisedAt(toks, k) >= 0:
		return when.TenseFuture // "by promising further talks in May": what is promised lies ahead of the promise
	case decisionWords[w] && k+1 < len(toks) && toks[k+1].w == "to" && meetingNounAt(toks, k+2):
		return when.TenseFuture // "agreed to a summit with China in May": what is agreed to lies ahead
	case w == "next" && k+1 < len(toks) && toks[k+1].w == "to":
		return when.TenseUnknown // "speaking Friday next to the prime minister": beside, not ahead
	case futureWords[w] && strings.HasSuffix(w, "s") && k > 0 && (determiners[toks[k-1].w] || afterPreps[toks[k-1].w] || toks[k-1].w == "during"):
		return when.TenseUnknown // a plural noun ("the visits", "after visits to"), not a present-tense verb
	case (w == "plan" || w == "plans") && !(k+1 < len(toks) && toks[k+1].w == "to") &&
		!(k > 0 && (subjectPronouns[toks[k-1].w] || toks[k].afterAlso || toks[k-1].w == "still")):
		return when.TenseUnknown // "agreed on a ceasefire plan on Monday": a noun; "he plans a July trip" is the verb
	case lookingForward(toks, k):
		return when.TenseFuture // "Beijing was looking forward to Chirac's visit in May": what is looked forward to lies ahead
	case setOut(toks, k):
		// "set foot in Cuba on Sunday", "set off for Moscow": a journey's
		// verb, past unless "will", "to" or a modal comes before it (not
		// "the first president to set foot in Cuba")
		if k > 0 && (toks[k-1].w == "will" || toks[k-1].w == "to" && !pastFirstTo(toks, k-1) || toks[k-1].w == "'ll" || toks[k-1].w == "shall" || modalWords[toks[k-1].w]) {
			return when.TenseFuture
		}
		return when.TensePast
	case futureWords[w] && expectation[w] && pastAuxBefore(toks, k) && !(k > 0 && (toks[k-1].w == "now" || toks[k-1].w == "still")):
		// "were originally due to take place in November": a plan of the
		// past ("was now expected to arrive in London Monday": ahead)
		return when.TensePast
	case futureWords[w]:
		return when.TenseFuture
	case pluralPresent[w] && k > 0 && pluralSubjectAt(toks, k-1):
		return when.TenseFuture // "The negotiations resume on Friday", "the two sides meet Monday": told ahead
	case progressiveAhead[w] && k > 0 && presentBe[toks[k-1].w]:
		return when.TenseFuture // "The Foreign Secretary is visiting Iran on Sunday and Monday": an arrangement ahead

	case w == "to" && pastFirstTo(toks, k):
		return when.TensePast // "became the first sitting U.S. president to visit Cuba": done
	case w == "to" && k+2 < len(toks) && toks[k+1].w == "visiting" && toks[k+2].cap:
		return when.TenseUnknown // "announced to visiting French Defence Minister Charles Millon": a guest, no infinitive
	case w == "to" && k+1 < len(toks) && (meetingWords[toks[k+1].w] != "" || toks[k+1].w == "be" || toks[k+1].w == "hold" || toks[k+1].w == "sign" ||
		toks[k+1].w == "begin" || toks[k+1].w == "start" || toks[k+1].w == "resume" || toks[k+1].w == "open" ||
		movementVerbs[toks[k+1].w] != "" && k > 0 && beForms[toks[k-1].w]):
		return when.TenseFuture
	case pastIrregular[w] || pastReport(w),
		len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		// A participle after "to be" / "will be" is future ("to be
		// followed from Tuesday by a visit").
		if k >= 2 && toks[k-1].w == "be" && (toks[k-2].w == "to" || toks[k-2].w == "will" || toks[k-2].w == "would") {
			return when.TenseFuture
		}
		if b := k - 1; b >= 1 && (presentBe[toks[b].w] || strings.HasSuffix(toks[b].w, "ly") && presentBe[toks[b-1].w]) && !pastIrregular[w] {
			return when.TenseUnknown // "The visit to Japan is primarily aimed at ...": a present passive, no past
		}
		return when.TensePast
	}
	return when.TenseUnknown
}

// progressiveAhead are the -ing forms of a meeting's or journey's verbs
// that, after "is" or "are", tell with a date an arrangement ahead.
var progressiveAhead = set("visiting", "meeting", "travelling", "traveling", "holding", "hosting", "arriving", "flying",
	"heading", "leaving")

// pluralPresent are the plural present forms of the verbs that tell a
// meeting's course; with a weekday they tell it ahead, as futureWords do
// for "begins" and "resumes".
var pluralPresent = set("begin", "start", "resume", "open", "meet", "hold", "arrive", "leave", "travel", "visit",
	"return", "conclude", "reconvene")

// pluralSubjectAt reports whether the word at k can end a plural subject
// of the verb after it: "talks", "negotiations", "the two sides", "they",
// "Brazil and Ecuador".
func pluralSubjectAt(toks []token, k int) bool {
	t := toks[k]
	if t.punct {
		return false
	}
	if t.w == "they" || t.w == "we" {
		return true
	}
	if t.cap && k >= 2 && !titleWords[t.w] {
		for j := k - 1; j >= 1 && j >= k-4; j-- {
			if toks[j].w == "and" || toks[j].w == "with" {
				return toks[j-1].cap || pluralSubjectAt(toks, j-1) // "Brazil and Ecuador", "negotiations with Ecuador"
			}
			if !toks[j].cap || toks[j].punct {
				break
			}
		}
		return false
	}
	return !t.cap && len(t.w) > 3 && strings.HasSuffix(t.w, "s") && !strings.HasSuffix(t.w, "ss") && !auxiliaries[t.w] &&
		!strings.HasSuffix(t.w, "'s") && t.w != "has" && t.w != "was" && t.w != "does" && t.w != "is"
}

// hopeForOther reports whether every word of proposing between lo and
// trig governs another verb, and a "before" or "after" clause holds the
// trigger: "Hashimoto had hoped to enact the bill before leaving for the
// United States on April 24 for talks" hopes for the bill, not the trip.
func hopeForOther(toks []token, lo, trig int) bool {
	clause := -1 // the "before" or "after" opening the trigger's clause
	for k := trig - 1; k > lo; k-- {
		if toks[k].w == "before" || toks[k].w == "after" {
			clause = k
			break
		}
	}
	if clause < 0 {
		return false
	}
	for k := lo; k < trig; k++ {
		if proposeWords[toks[k].w] && !toks[k].notModal && (k > clause || k+2 >= clause || toks[k+1].w != "to") {
			return false
		}
	}
	return true
}

// hopeForOutcome reports whether what is hoped for before the trigger is an
// outcome the meeting is its setting for: "pinning hopes for a
// breakthrough on the trip to Tokyo next week", "hopes for progress at the
// talks". The meeting itself is then no wish but a plan.
func hopeForOutcome(toks []token, lo, trig int) bool {
	if trig < 3 || toks[trig-1].w != "the" || !settingPreps[toks[trig-2].w] {
		return false
	}
	for k := trig - 3; k > lo && k >= trig-8; k-- {
		if toks[k].punct {
			return false
		}
		if toks[k].w == "for" && k+1 < trig-2 && outcomeNouns[toks[k+1].w] || k+2 < trig-2 && toks[k].w == "for" && (toks[k+1].w == "a" || toks[k+1].w == "an") && outcomeNouns[toks[k+2].w] {
			return k >= 1 && (toks[k-1].w == "hopes" || toks[k-1].w == "hope" || toks[k-1].w == "hoped")
		}
	}
	return false
}

// settingPreps put a meeting as the setting of what happens: "at the
// talks", "on the trip", "during the visit".
var settingPreps = set("at", "on", "during", "from")

// outcomeNouns are what a meeting may bring.
var outcomeNouns = set("breakthrough", "progress", "success", "results", "result", "solution", "agreement", "deal",
	"compromise", "movement", "headway", "settlement", "accord", "outcome")

// collapsedTalks reports whether the talks at trig are told to have
// broken down: "Talks between Iran and Iraq on a ceasefire broke down
// yesterday", "the collapse of U.S.-brokered peace talks".
func collapsedTalks(toks []token, trig int) bool {
	if !talksNouns[toks[trig].w] {
		return false
	}
	for k := trig - 1; k >= 1 && k >= trig-6; k-- {
		if toks[k].w == "of" {
			if toks[k-1].w != "collapse" && toks[k-1].w != "breakdown" {
				return false
			}
			for j := k - 2; j >= 0 && j >= k-4; j-- {
				if averted[toks[j].w] {
					return false // "to prevent the collapse of peace talks": not come to pass
				}
			}
			return true
		}
		if toks[k].punct && toks[k].w != "-" {
			break
		}
	}
	for k := trig + 1; k < len(toks) && k <= trig+12; k++ {
		switch toks[k].w {
		case "collapsed", "foundered":
			return true
		case "broke", "broken":
			return k+1 < len(toks) && toks[k+1].w == "down"
		case ";", ".":
			return false
		}
		if toks[k].w == "," && k > trig+1 {
			return false
		}
	}
	return false
}

// suspendedTalks reports whether the talks at trig are told to be
// suspended: "Iran suspended talks with the EU", "talks were suspended in
// 1985". ("Kerry and Lavrov broke off their talks and took the short drive
// to the French embassy" is a pause, so "broke off" is left out.)
func suspendedTalks(toks []token, trig int) bool {
	if !talksNouns[toks[trig].w] {
		return false
	}
	for k := trig - 1; k >= 0 && k >= trig-4; k-- {
		w := toks[k].w
		if suspendWords[w] {
			return !isModal(toks, k) // not "threatened to suspend talks"
		}
		if toks[k].punct && toks[k].w != "-" {
			break
		}
	}
	for k := trig + 1; k+1 < len(toks) && k <= trig+10; k++ {
		if beForms[toks[k].w] && suspendWords[toks[k+1].w] {
			return true // "talks were suspended in 1985"
		}
		if toks[k].punct && toks[k].w != "-" {
			break
		}
	}
	return false
}

// talksNouns name talks that can collapse or be suspended: the talk
// plurals, "negotiation" and "dialogue".
var talksNouns = func() map[string]bool {
	m := set("negotiation", "dialogue")
	for w := range talkPlurals {
		m[w] = true
	}
	return m
}()

// suspendWords suspend talks.
var suspendWords = set("suspended", "suspend", "suspends", "suspending", "halted", "halts", "froze", "frozen", "freezes")

// averted are words before "the collapse of" that keep it from having
// happened.
var averted = set("prevent", "preventing", "prevented", "avoid", "avoiding", "avert", "averting", "averted", "risk",
	"risks", "threat", "threatens", "threatened", "possible", "imminent", "could", "might", "may", "fears", "fear")

// lookingForward reports whether token k is the "forward" of "look(ing)
// forward to".
func lookingForward(toks []token, k int) bool {
	return toks[k].w == "forward" && k > 0 && strings.HasPrefix(toks[k-1].w, "look") && k+1 < len(toks) && toks[k+1].w == "to"
}

// Strengths of a status decision: a guess, a future read only from a modal
// verb ("his visit would be aimed at"), and a decision by a cue word, a
// past verb or the date.
const (
	statusGuess = 0
	statusModal = 1
	statusCue   = 2
)

// inTalksNow reports whether the meeting word at trig follows "is/are
// (also|still|now|currently) in": talks going on as the story is told.
func inTalksNow(toks []token, trig int) bool {
	k := trig - 1
	if k < 1 || toks[k].w != "in" {
		return false
	}
	k--
	if k >= 1 && nowAdverbs[toks[k].w] {
		k--
	}
	return toks[k].w == "is" || toks[k].w == "are"
}

// underWayAfter reports whether the talks noun at trig is the subject of a
// verb telling them under way: "are progressing well", "are continuing",
// "is under way" (past a "between" phrase or an aside).
func underWayAfter(toks []token, trig int) bool {
	k := trig + 1
	for k < len(toks) && k <= trig+8 && !toks[k].punct && !beForms[toks[k].w] {
		k++ // "talks between Canada and the U.S."
	}
	if k < len(toks) && toks[k].w == "," {
		if e := asideEndFar(toks, k); e > k {
			k = e + 1 // ", which must be concluded ... by October,"
		}
	}
	if k+1 >= len(toks) || toks[k].w != "are" && toks[k].w != "is" {
		return false
	}
	switch w := toks[k+1].w; w {
	case "progressing", "continuing", "proceeding", "ongoing", "underway":
		return true
	case "under", "still":
		return k+2 < len(toks) && (toks[k+2].w == "way" || toks[k+2].w == "going" || toks[k+2].w == "continuing")
	}
	return false
}

// asideEndFar returns the comma closing a relative aside opened by the
// comma at k (", which ...,", ", who ...,"), within twenty words, or k.
func asideEndFar(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k+1].w != "which" && toks[k+1].w != "who" {
		return k
	}
	for e := k + 2; e < len(toks) && e <= k+21; e++ {
		if toks[e].w == "," {
			return e
		}
		if isClauseBreak(toks[e]) {
			return k
		}
	}
	return k
}

// awaitedOutcome reports whether the talks at trig are those whose outcome
// or results someone awaits: "awaiting the outcome of trade talks".
func awaitedOutcome(toks []token, trig int) bool {
	k := trig - 1
	for k >= 0 && k >= trig-3 && !toks[k].punct && toks[k].w != "of" {
		k-- // ("of trade talks", "of the bilateral talks")
	}
	if k < 3 || toks[k].w != "of" || toks[k-1].w != "outcome" && toks[k-1].w != "results" && toks[k-1].w != "result" || toks[k-2].w != "the" {
		return false
	}
	switch toks[k-3].w {
	case "awaiting", "await", "awaits", "awaited", "for":
		return true // ("waiting for the outcome of")
	}
	return false
}

// nowAdverbs may stand between "is/are" and what goes on now ("are also in
// talks", "is currently negotiating").
var nowAdverbs = set("also", "still", "now", "currently")

// newSubject reports whether a subject pronoun, perhaps after "then",
// opens a clause at k before the trigger: "... and then he flew to Moscow".
func newSubject(toks []token, k, trig int) bool {
	if k < trig && toks[k].w == "then" {
		k++
	}
	return k < trig && subjectPronouns[toks[k].w]
}

// purposeNoun reports whether the meeting word at i is what something is
// for: "for a nuclear summit", "for talks", "for the first round of talks".
func purposeNoun(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch w := toks[k].w; {
		case w == "for":
			return true
		case toks[k].punct || auxiliaries[w] || w == "to":
			return false
		}
	}
	return false
}

// proposedThat reports whether the bare verb at trig is the subjunctive of
// a proposal's that-clause: "proposed in a letter to his North Korean
// counterpart Li Gun-mo that they meet", "suggested that the two sides
// meet".
func proposedThat(toks []token, trig int) bool {
	if w := toks[trig].w; w != "meet" && w != "visit" && w != "hold" {
		return false
	}
	that := -1
	for k := trig - 1; k >= 0 && k >= trig-4; k-- {
		if toks[k].w == "that" {
			that = k
			break
		}
		if toks[k].punct || auxiliaries[toks[k].w] || modalWords[toks[k].w] {
			return false // "that they will meet": a fact told ahead
		}
	}
	for k := that - 1; that > 0 && k >= 0 && k >= that-15; k-- {
		if w := toks[k].w; w == "proposed" || w == "suggested" || w == "urged" || w == "proposes" || w == "suggests" {
			return true
		}
		if toks[k].w == ";" {
			return false
		}
	}
	return false
}

// gerundAfterBefore returns the gerund after "before" or "after" that is
// the trigger at trig or governs it from up to three words back ("before
// heading", "before holding talks", "before moving on for talks"), or -1.
func gerundAfterBefore(toks []token, trig int) int {
	for g := trig; g >= 1 && g >= trig-3; g-- {
		if toks[g].punct {
			return -1
		}
		if strings.HasSuffix(toks[g].w, "ing") && (toks[g-1].w == "before" || toks[g-1].w == "after") {
			return g
		}
	}
	return -1
}

// meetingStatus decides a meeting's status from the cues of its clause:
// cancelled, proposed, planned (future), else held when past, with the
// strength of the decision. A date after the publication date makes an
// undecided meeting planned.
func meetingStatus(s *sent, trig int, span graph.Span, published graph.Date) (status string, strength int) {
	toks := s.toks
	lo := trig - 10
	for k := trig - 1; k >= 0 && k >= trig-10; k-- {
		if isClauseBreak(toks[k]) || (toks[k].w == "as" || toks[k].w == "and" || toks[k].w == "but") && newSubject(toks, k+1, trig) {
			lo = k + 1 // "may face protests as he begins a visit": the visit's own clause
			break
		}
	}
	if purposeNoun(toks, trig) && lo == trig-10 {
		// "Obama will meet with foreign leaders including Chinese
		// President Xi Jinping for a nuclear summit": what a journey or a
		// meeting is for takes its verb's tense, however long the object.
		lo = trig - 20
		for k := trig - 1; k >= 0 && k > lo; k-- {
			if j := asideOpening(toks, k); j >= 0 {
				k = j // "including Xi Jinping, the Chinese president, for a nuclear summit": past the aside
				continue
			}
			if w := toks[k].w; isClauseBreak(toks[k]) || w == "," || w == "whose" || w == "whom" || w == "and" || w == "then" {
				lo = k + 1 // "..., China, whose representative landed in Pyongyang for talks", "... and then he flew to Moscow for talks": that clause's own tense
				break
			}
		}
	}
	if g := gerundAfterBefore(toks, trig); g >= 0 {
		// "is due to attend a meeting ... on July 18 before heading to
		// Britain", "will visit Croatia on Wednesday before moving on for
		// talks in Turkey": the gerund takes the clause's tense
		lo = g - 20
		for k := g - 2; k > lo && k >= 0; k-- {
			if toks[k].w == ";" || toks[k].w == ":" || toks[k].w == "but" {
				lo = k + 1
				break
			}
		}
	}
	if lo < 0 {
		lo = 0
	}
	for k := trig - 1; k > lo; k-- {
		if s.asideStart(k) >= 0 {
			lo = k + 1 // "The Iranian president, who may return home on Friday, met": the aside's words are its own
			break
		}
	}
	hi := trig + 4
	if hi > len(toks) {
		hi = len(toks)
	}
	has := func(words map[string]bool, from, to int) bool {
		for k := from; k < to; k++ {
			if words[toks[k].w] && !toks[k].notModal {
				return true
			}
		}
		return false
	}
	calledOff := false
	for k := lo; k+1 < hi; k++ {
		if (toks[k].w == "called" || toks[k].w == "call" || toks[k].w == "put") && toks[k+1].w == "off" &&
			!(k+3 < len(toks) && (determiners[toks[k+2].w] || possessives[toks[k+2].w]) && !meetingInPhrase(toks, k+3)) {
			calledOff = true // (not "to call off the threatened tariffs during two days of talks": something else called off)
		}
		if pullForms[toks[k].w] && k+3 < len(toks) && toks[k+1].w == "the" && toks[k+2].w == "plug" && toks[k+3].w == "on" {
			calledOff = true // "Sudan has pulled the plug on the Danish minister's visit"
		}
	}
	if proposedThat(toks, trig) {
		return graph.StatusProposed, statusCue
	}
	if ifSuccessful(toks, trig) && !calledOff && !hasCancel(toks, lo, hi) {
		// "Talks this week between Nakasone and Reagan, if successful,
		// could take pressure off the dollar": an outcome still ahead
		return graph.StatusPlanned, statusCue
	}
	if futureAfterNoun(toks, trig) && !calledOff && !hasCancel(toks, lo, hi) {
		// "highlighting that Wen's visit to Slovakia will be the first by a
		// Chinese leader": the visit is the subject of a future verb,
		// whatever the clause before says
		return graph.StatusPlanned, statusCue
	}
	if callMeansOfPast(toks, lo, trig) && !calledOff && !hasCancel(toks, lo, hi) {
		// "Ban and Aso agreed to meet during a telephone conversation":
		// the call through which the past verb happened took place,
		// whatever lies ahead of the meeting agreed in it
		return graph.StatusHeld, statusCue
	}
	if pastPerfectAt(toks, trig) && !calledOff && !hasCancel(toks, lo, hi) {
		// "ahead of the ruling he had spoken to Carter": done before a
		// time the clause looks ahead to, whatever future words precede
		return graph.StatusHeld, statusCue
	}
	if k := trig - 1; k > 0 && (toks[trig].w == "arrived" || toks[trig].w == "visited") && !auxiliaries[toks[k].w] && !beForms[toks[k].w] && toks[k].w != "being" && toks[k].w != "to" &&
		!calledOff && !hasCancel(toks, lo, hi) && (span.IsZero() || published.IsZero() || !span.Start.First().After(published.First())) &&
		!slices.ContainsFunc(toks[max(0, trig-12):trig], func(t token) bool { return hypotheticalWords[t.w] }) {
		// "Fearful that a British exit could weaken the West, Obama
		// arrived in London": a finite past verb states a fact, whatever
		// the words of doubt in a clause before it
		return graph.StatusHeld, statusCue
	}
	switch {
	case calledOff || hasCancel(toks, lo, hi) || cancelledLater(toks, trig):
		return graph.StatusCancelled, statusCue
	case collapsedTalks(toks, trig):
		return graph.StatusCollapsed, statusCue
	case suspendedTalks(toks, trig):
		return graph.StatusSuspended, statusCue
	case has(proposeWords, atVenue(toks, lo, trig), trig) && !(trig > 0 && possessives[toks[trig-1].w]) && !duringBefore(toks, lo, trig) && !hopeForOther(toks, lo, trig) && !hopeForOutcome(toks, lo, trig):
		// "he hopes his visit can bring that day forward": the hope is
		// about what the visit does, not whether it happens.
		return graph.StatusProposed, statusCue
	}
	if !span.IsZero() && !published.IsZero() && span.Last().Last().Before(published.First()) && datedOwnerBefore(toks, trig) {
		// "expected a favourable response at last weekend's meeting": the
		// meeting's own past day, whatever is expected of it
		return graph.StatusHeld, statusCue
	}
	if prospectOf(toks, trig) {
		return graph.StatusProposed, statusCue // "Prospects appear slim for a summer meeting": a meeting only hoped for
	}
	if requestedBefore(toks, trig) {
		return graph.StatusProposed, statusCue // "The United States asked for consultations with Tokyo"
	}
	if consideredAfter(toks, trig) {
		return graph.StatusProposed, statusCue // "a visit to Moscow by Shultz ... was under consideration"
	}
	if trig >= 3 && toks[trig-1].w == "a" && toks[trig-2].w == "of" && noticeNouns[toks[trig-3].w] {
		// "had not received any official notification of a visit": what
		// is announced or notified lies ahead of the notice
		return graph.StatusPlanned, statusCue
	}
	if trig >= 1 && subjectPronouns[toks[trig-1].w] && (pastIrregular[toks[trig].w] || strings.HasSuffix(toks[trig].w, "ed")) &&
		!(trig >= 2 && (toks[trig-2].w == "if" || toks[trig-2].w == "unless")) { // ("... if he visited": a condition)
		return graph.StatusHeld, statusCue // "who arrives from west Africa where she visited Benin": its own past verb
	}
	if toks[trig].w == "way" {
		return graph.StatusPlanned, statusCue // "on his way to Tokyo": the visit is ahead
	}
	if trig >= 2 && toks[trig-1].w == "," && toks[trig].w == "visiting" && toks[trig-2].cap {
		return graph.StatusOngoing, statusCue // "Velayati, visiting the United Arab Emirates, told reporters"
	}
	if whileOn(toks, trig) {
		return graph.StatusOngoing, statusCue // "said while on a trip to Tehran": under way as he spoke
	}
	if inTalksNow(toks, trig) {
		return graph.StatusOngoing, statusCue // "Israel and the United States are also in talks on ..."
	}
	if span.IsZero() && talksNouns[toks[trig].w] && underWayAfter(toks, trig) {
		return graph.StatusOngoing, statusCue // "Canada/U.S. Bilateral trade negotiations, which must be concluded ..., are progressing well"
	}
	if span.IsZero() && awaitedOutcome(toks, trig) {
		return graph.StatusOngoing, statusCue // "is awaiting the outcome of trade talks between the U.S. and Japan": not over yet
	}
	if span.IsZero() && trig >= 2 && toks[trig-1].w == "in" && talksNouns[toks[trig].w] && standingInNouns[toks[trig-2].w] {
		return graph.StatusOngoing, statusModal // "weakened Taiwan's position in talks with Washington": talks under way
	}
	if dayOfStay(toks, trig) && (span.IsZero() || published.IsZero() || span.Contains(graph.Span{Start: published})) {
		// "on the first day of a three-day visit to the United States",
		// "held the first of a three-day meeting today": under way. (Told
		// firmly elsewhere, "arrived for a four-day visit", the other
		// telling's status wins and the two stay one visit.)
		return graph.StatusOngoing, statusModal
	}
	if presentProgressive(toks, lo, trig, span, published) {
		if comingTo(toks, lo, trig) {
			return graph.StatusPlanned, statusCue // "Mr Obama is coming to Cuba"
		}
		return graph.StatusOngoing, statusCue
	}
	// The trigger itself counts only as a present-tense verb after its
	// subject ("Obama visits Cuba"), not as a plural noun ("the visits").
	verbTrig := trig > 1 && toks[trig-1].cap && !determiners[toks[trig-1].w] && !afterPreps[toks[trig-1].w] || s.actorAt(trig-1)
	// A future word inside a date ("the next day") leaves the tense to the
	// date's value.
	future := false
	for k := lo; k < trig && !future; k++ {
		future = futureWords[toks[k].w] && !s.inDate(k) && !(toks[k].w == "set" && k > 0 && haveForms[toks[k-1].w]) && !setOut(toks, k) || // ("had set targets": done)
			lookingForward(toks, k) || promisedAt(toks, k) == trig
	}
	if !future && lo > 0 {
		future = temporalPresent(toks, lo-1, trig) // (the time word closed the window: from it)
	}
	if !future && trig > 0 && toks[trig-1].w == "to" && presentFirstTo(toks, trig-1) && span.IsZero() {
		return graph.StatusOngoing, statusCue
	}
	purposePast := !future && pastPurpose(toks, trig) && (span.IsZero() || published.IsZero() || pastSpan(span, published))
	guest := toks[trig].w == "visiting" && trig+1 < len(toks) && toks[trig+1].cap // "announced to visiting French Defence Minister": no infinitive
	if future || verbTrig && futureWords[toks[trig].w] && !setOut(toks, trig) || trig > 0 && toks[trig-1].w == "to" && !guest && !pastFirstTo(toks, trig-1) && !purposePast {
		if has(modalOnly, lo, trig) && !has(strongFuture, lo, trig) && span.IsZero() {
			return graph.StatusPlanned, statusModal
		}
		return graph.StatusPlanned, statusCue
	}
	if agreedToMeeting(toks, trig) && (span.IsZero() || published.IsZero() || !pastSpan(span, published)) {
		return graph.StatusPlanned, statusCue // "agreed to formal talks with Hungary", "agreed to a summit with China in May"
	}
	if trig+3 < len(toks) && expectedAfter[toks[trig+1].w] && toks[trig+2].w == "to" && baseVerbAt(toks, trig+3) {
		return graph.StatusPlanned, statusCue // "talks expected to be held between U.K. and E.U. leaders in the coming months"
	}
	if laterAfter(toks, trig) && localTense(toks, trig) != when.TensePast && (span.IsZero() || published.IsZero() || !pastSpan(span, published)) {
		return graph.StatusPlanned, statusCue // "a meeting between Baker and Miyazawa later today", "their summit later in the week"
	}
	if !span.IsZero() && !published.IsZero() {
		if span.Start.First().After(published.First()) {
			return graph.StatusPlanned, statusCue
		}
		if span.Last().Last().Before(published.First()) {
			return graph.StatusHeld, statusCue
		}
	}
	tn := localTense(toks, trig)
	if tn == when.TensePast {
		return graph.StatusHeld, statusCue
	} else if tn == when.TenseFuture {
		return graph.StatusPlanned, statusModal
	}
	if !span.IsZero() && !published.IsZero() && span.Contains(graph.Span{Start: published}) && s.aheadInClause(trig) {
		// "hopes Nakasone will make proposals ... at a meeting with
		// Reagan this week", "an announcement could come this week during
		// a visit": a week or month still running, told ahead.
		return graph.StatusPlanned, statusModal
	}
	if saidAtMeeting(toks, trig) && hasReportVerb(toks, trig) {
		// "said Luo Gan, a member of the Standing Committee ..., during a
		// meeting with Alberto Gonzales": said there, so held
		return graph.StatusHeld, statusCue
	}
	return graph.StatusHeld, statusGuess
}

// hasReportVerb reports whether a past verb of saying comes before trig.
func hasReportVerb(toks []token, trig int) bool {
	for k := trig - 1; k >= 0; k-- {
		if pastReport(toks[k].w) {
			return true
		}
	}
	return false
}

// aheadInClause reports whether a future or modal word, not part of a
// date, stands between the start of the trigger's clause and the trigger.
func (s *sent) aheadInClause(trig int) bool {
	for k := trig - 1; k >= 0; k-- {
		t := s.toks[k]
		if isClauseBreak(t) || pastForm(t.w) {
			return false
		}
		if (futureWords[t.w] || t.w == "could" || t.w == "may" || t.w == "might") && !s.inDate(k) && !t.notModal {
			return true
		}
	}
	return false
}

// agreedToMeeting reports whether the meeting noun at trig is what a
// decision agreed to, across its article and modifiers: "agreed to formal
// talks", "has agreed to a summit"; what is agreed to lies ahead.
func agreedToMeeting(toks []token, trig int) bool {
	for k := trig - 2; k >= 1 && k >= trig-4; k-- { // (a bare "agreed to talks" is read with every "to <meeting>")
		if toks[k].w == "to" {
			return decisionWords[toks[k-1].w] && meetingNounAt(toks, k+1)
		}
	}
	return false
}

// meetingNounAt reports whether a meeting noun stands at k, perhaps after
// an article and a modifier or two ("a summit", "formal talks").
func meetingNounAt(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+3; j++ {
		if meetingWords[toks[j].w] != "" {
			return true
		}
		if !determiners[toks[j].w] && !meetingModifiers[toks[j].w] {
			return false
		}
	}
	return false
}

// meetingModifiers stand between a determiner and a meeting noun ("formal
// talks", "a high-level meeting").
var meetingModifiers = set("formal", "informal", "direct", "bilateral", "further", "new", "fresh", "high-level",
	"top-level", "ministerial", "emergency", "urgent", "exploratory", "preliminary", "peace", "trade", "official",
	"special", "extraordinary", "annual", "regular")

// dayOfStay reports whether the stay at trig is told from one of its days:
// "(on) the first/second/last day of (his) <stay>", "the first of a
// three-day meeting".
func dayOfStay(toks []token, trig int) bool {
	for k := trig - 1; k >= 2 && k >= trig-6; k-- {
		if toks[k].punct {
			return false
		}
		if toks[k].w != "of" {
			continue
		}
		if toks[k-1].w == "day" && ordinalDays[toks[k-2].w] {
			return true // "the first day of a three-day visit"
		}
		if ordinalDays[toks[k-1].w] && toks[k-2].w == "the" && k+2 < len(toks) && strings.HasSuffix(toks[k+2].w, "-day") {
			return true // "held the first of a three-day meeting"
		}
	}
	return false
}

// ordinalDays name a day of a stay.
var ordinalDays = set("first", "second", "third", "fourth", "fifth", "sixth", "last", "final", "opening", "closing")

// futureAfterNoun reports whether the visit noun at trig, with its
// destination or agent ("visit to Slovakia", "trip by the minister"), is
// the subject of a future verb right after: "Wen's visit to Slovakia will
// be the first".
func futureAfterNoun(toks []token, trig int) bool {
	if !visitNouns[toks[trig].w] {
		return false
	}
	k := trig + 1
	if k < len(toks) && (toks[k].w == "to" || toks[k].w == "with" || toks[k].w == "by" || toks[k].w == "of") {
		k++
		if k < len(toks) && toks[k].w == "the" {
			k++
		}
		for n := 0; k < len(toks) && n < 4 && toks[k].cap && !toks[k].punct; n++ {
			k++ // the place or person named
		}
	}
	return k+1 < len(toks) && (toks[k].w == "will" || toks[k].w == "shall") && !toks[k+1].punct
}

// ifSuccessful reports whether the meeting noun at trig is the subject of
// "if successful" within its noun phrase: "Talks this week between
// Nakasone and Reagan, if successful, could ...".
func ifSuccessful(toks []token, trig int) bool {
	for k := trig + 1; k+1 < len(toks) && k <= trig+14; k++ {
		if toks[k].w == "if" && (toks[k+1].w == "successful" || toks[k+1].w == "succesful") {
			return toks[k-1].w == ","
		}
		if w := toks[k].w; w == ";" || w == "\"" || !toks[k].punct && !toks[k].cap && !nounPhraseLinks[w] && k > trig+2 {
			return false // a verb or another clause first
		}
	}
	return false
}

// nounPhraseLinks are the small words inside a meeting's noun phrase:
// "talks this week between the two leaders".
var nounPhraseLinks = set("this", "next", "week", "month", "between", "with", "of", "the", "and", "two", "on", "in", "at")

// hypotheticalWords before a past verb make it a past of a plan or a
// condition ("would sign the treaty when Reagan visited Moscow next year",
// "the first time a Soviet leader visited Japan").
var hypotheticalWords = set("when", "if", "unless", "once", "would", "will", "first", "until")

// expectedAfter, between a meeting noun and "to", tell it is ahead ("talks
// expected to be held", "a meeting due to start").
var expectedAfter = set("expected", "due", "scheduled", "set", "slated", "planned")

// baseVerbAt reports whether the word at k can be a verb's base form after
// "to" ("due to begin", not "due to mounting friction" or "due to the
// dispute").
func baseVerbAt(toks []token, k int) bool {
	t := toks[k]
	return !t.cap && !t.punct && !strings.HasSuffix(t.w, "ing") && !determiners[t.w] && !possessives[t.w]
}

// atVenue returns where words of proposing before the meeting word at trig
// start to count: after "at a" or "at the" right before it, what is
// offered or proposed is made at the meeting ("the offer would be made at
// a meeting later this month"), not the meeting.
func atVenue(toks []token, lo, trig int) int {
	if trig < 2 || toks[trig-2].w != "at" || toks[trig-1].w != "a" && toks[trig-1].w != "the" {
		return lo
	}
	for k := lo; k < trig-2; k++ {
		if proposeWords[toks[k].w] && !proposalNouns[toks[k].w] {
			return lo // "has proposed signing the treaty at a summit", "wants to discuss it at a meeting": the meeting is proposed
		}
	}
	return trig
}

// proposalNouns name what is offered or proposed ("the offer would be made
// at a meeting").
var proposalNouns = set("offer", "offers", "proposal", "proposals", "invitation", "suggestion")

// laterAfter reports whether the meeting word at trig is followed, in its
// clause, by "later" and the day, week, month or year it is told in:
// "later today", "later this week", "later in the week". Such a meeting
// lies ahead of the telling, whatever the clause's verb.
func laterAfter(toks []token, trig int) bool {
	for k := trig + 1; k+1 < len(toks) && k <= trig+16; k++ {
		if isClauseBreak(toks[k]) || toks[k].w == "," || toks[k].w == "and" && slices.ContainsFunc(toks[k+1:min(k+4, len(toks))], func(t token) bool { return auxiliaries[t.w] }) {
			return false // ("produced no result and Tokyo will decide on sanctions later this month": another clause)
		}
		if toks[k].w != "later" {
			continue
		}
		switch n := toks[k+1].w; n {
		case "today", "tonight", "this":
			return true
		case "in":
			return k+3 < len(toks) && toks[k+2].w == "the" && (toks[k+3].w == "week" || toks[k+3].w == "month" || toks[k+3].w == "year")
		}
	}
	return false
}

// temporalPresent reports whether a time clause in the present tense
// opens between lo and trig (lo at its time word or before): "after he
// concludes his state visit", "before she leaves for", "once he arrives
// in". English tells future events so in such clauses.
func temporalPresent(toks []token, lo, trig int) bool {
	for k := lo; k+2 < trig; k++ {
		switch toks[k].w {
		case "after", "before", "once", "until", "when":
			if v := toks[k+2].w; subjectPronouns[toks[k+1].w] && len(v) > 3 && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && v != "was" && v != "has" {
				return true
			}
		}
	}
	return false
}

// cancelledLater catches "the visits were ... canceled" where the cancel
// verb follows the trigger at some distance in the same clause.
func cancelledLater(toks []token, trig int) bool {
	for k, n := trig+1, 0; k < len(toks) && n < 12; k, n = k+1, n+1 {
		if toks[k].w == ";" {
			return false
		}
		if e := asideEnd(toks, k); e > k {
			k = e // "A planned trip by Turhan Tayan, the Turkish defence minister, to Israel has been postponed": the aside counts for nothing
			continue
		}
		if cancelWords[toks[k].w] && (toks[k].w == "cancelled" || toks[k].w == "canceled" || toks[k].w == "postponed" || toks[k].w == "scrapped") {
			return true
		}
		if (toks[k].w == "called" || toks[k].w == "put") && k+1 < len(toks) && toks[k+1].w == "off" && k > 0 && (beForms[toks[k-1].w] || toks[k-1].w == "been") {
			return true // "The visit to Japan by ... Shultz has been called off", "The meeting ... was put off"
		}
		if (toks[k].w == "take" || toks[k].w == "took") && k+1 < len(toks) && toks[k+1].w == "place" && k >= 2 &&
			(toks[k-1].w == "not" || toks[k-1].w == "never" || toks[k-1].w == "n't" || toks[k-1].w == "to" && toks[k-2].w == "failed") {
			return true // "The planned meeting ... did not take place", "never took place", "failed to take place"
		}
	}
	return false
}

// determiners before a trigger make it a noun ("Several visits").
var determiners = set("the", "a", "an", "several", "some", "many", "two", "three", "his", "her", "their", "its", "these", "those", "such", "further", "more", "other")

// modalOnly are future cues that may only be reported speech or purpose.
var modalOnly = set("would")

// strongFuture are future cues that plan an event outright.
var strongFuture = set("will", "'ll", "shall", "plans", "plan", "planned", "planning", "scheduled", "due",
	"expected", "upcoming", "forthcoming", "next", "ahead", "eve", "continue", "continuing", "set")

// expectation words say something was foreseen; after a past auxiliary
// ("was scheduled", "were due", "had been expected") the plan itself is
// past.
var expectation = set("due", "scheduled", "expected", "set", "planned", "supposed", "slated")

// pastAuxBefore reports whether a past auxiliary stands within three words
// before toks[k] ("were originally due", "had been expected").
func pastAuxBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].w {
		case "was", "were", "had":
			return true
		case ",", ";", "and", "but", "that":
			return false
		}
	}
	return false
}

// presentProgressive reports whether the meeting at trig is under way as
// the story is written: "is in the United Arab Emirates", "is currently
// visiting Peking", "are now holding talks".
func presentProgressive(toks []token, lo, trig int, span graph.Span, published graph.Date) bool {
	w := toks[trig].w
	if w == "is" || w == "are" {
		return true // the movement verb "be in"
	}
	for k := trig - 1; k >= lo && k >= trig-7; k-- {
		if ongoingWords[toks[k].w] {
			return true // "the ongoing U.S.-Canada free trade talks"
		}
		if toks[k].punct && toks[k].w != "-" || auxiliaries[toks[k].w] || determiners[toks[k].w] && toks[k].w != "the" {
			break
		}
	}
	// After the noun: "negotiations currently held between Ottawa and
	// Paris", "talks now under way", "the talks in progress".
	for k := trig + 1; k < len(toks) && k <= trig+2; k++ {
		w2 := toks[k].w
		if w2 == "currently" || w2 == "under-way" || (w2 == "under" || w2 == "in") && k+1 < len(toks) && (toks[k+1].w == "way" || toks[k+1].w == "progress") {
			return true
		}
		if (w2 == "going" || w2 == "continuing") && k > trig+1 && (toks[k-1].w == "were" || toks[k-1].w == "are" || toks[k-1].w == "is" || toks[k-1].w == "was") {
			return true // "talks were going on between the two countries"
		}
		if w2 != "now" && w2 != "still" && w2 != "were" && w2 != "are" && w2 != "is" && w2 != "was" {
			break
		}
	}
	if visitNouns[w] {
		for k := trig - 1; k >= 1 && k >= trig-4; k-- {
			if toks[k].w == "on" && (toks[k-1].w == "is" || toks[k-1].w == "are") {
				return true // "Duffy is on a two-day visit to Malaysia"
			}
			if toks[k].punct {
				break
			}
		}
	}
	for k := trig - 1; k >= lo && k >= trig-3; k-- {
		switch toks[k].w {
		case "currently":
			return true
		case "is", "are", "been":
			return strings.HasSuffix(w, "ing") || k+1 < len(toks) && strings.HasSuffix(toks[k+1].w, "ing")
		case "was", "were":
			// "Park said Seoul and Beijing were discussing a draft": a
			// present progressive a report backshifts; not "the hotel he
			// was visiting", nor talks of a past date ("were meeting ...
			// when the news broke last year")
			return k+1 == trig && strings.HasSuffix(w, "ing") && w != "visiting" && reportedBefore(toks, lo, k) && !pastSpan(span, published)
		}
	}
	return false
}

// pastSpan reports whether span is known and ends before the publication
// day.
func pastSpan(span graph.Span, published graph.Date) bool {
	return !span.IsZero() && !published.IsZero() && span.Last().Last().Before(published.First())
}

// reportedBefore reports whether a report verb ("said", "saying") stands
// before token k, from twelve words before the clause start lo on, with no
// full stop or semicolon between: the report that governs the clause
// ("Park said Seoul and Beijing were discussing").
func reportedBefore(toks []token, lo, k int) bool {
	for j := k - 1; j >= 0 && j >= lo-12; j-- {
		if toks[j].w == ";" || toks[j].w == "." {
			return false
		}
		if reportVerbs[toks[j].w] || toks[j].w == "saying" {
			return true
		}
	}
	return false
}

// ongoingWords before a meeting noun put it under way.
var ongoingWords = set("ongoing", "current", "continuing", "under-way")

// promisedAt returns the meeting noun that the promise word at k promises
// right after it ("promising further talks in May", "pledged new
// negotiations"), a meeting ahead of the promise, or -1.
func promisedAt(toks []token, k int) int {
	if !promiseWords[toks[k].w] {
		return -1
	}
	j := k + 1
	if j < len(toks) && (toks[j].w == "further" || toks[j].w == "new" || toks[j].w == "more" || toks[j].w == "fresh") {
		j++
	}
	if j < len(toks) && meetingWords[toks[j].w] != "" {
		return j
	}
	return -1
}

// promiseWords promise what follows them.
var promiseWords = set("promised", "promising", "promises", "promise", "pledged", "pledging", "pledges")

// invitedWords tell of an invitation or offer: past verbs whose object is a
// coming event ("invited to a private meeting with Obama on Tuesday").
var invitedWords = set("invited", "offered")

// asideDash reports whether toks[k] is a dash that sets off an aside: an em
// or en dash, or a hyphen with space on both sides (not "Feb. 22-23").
func asideDash(toks []token, k int) bool {
	t := toks[k]
	switch t.raw {
	case "—", "–", "--":
		return true
	case "-":
		return k > 0 && k+1 < len(toks) && toks[k-1].end < t.start && toks[k+1].start > t.end
	}
	return false
}

// noticeNouns announce an event still to come: "notification of a visit".
var noticeNouns = set("notification", "notice", "announcement", "confirmation", "news", "word", "invitation", "request")

// motionGerunds with "is/are" tell of a journey ahead ("is coming to
// Cuba", "are travelling to Beijing next week").
var motionGerunds = set("coming", "going", "travelling", "traveling", "heading", "flying", "arriving", "leaving")

// comingTo reports whether the trigger's clause has a motion gerund.
func comingTo(toks []token, lo, trig int) bool {
	for k := lo; k <= trig && k < len(toks); k++ {
		if motionGerunds[toks[k].w] {
			return true
		}
	}
	return false
}

// heOrShe reports whether w is "he" or "she": a person's pronoun.
func heOrShe(w string) bool { return w == "he" || w == "she" }

// subjectPronouns open a clause after a conjunction such as "as".
var subjectPronouns = set("he", "she", "they", "it", "we", "i")

// hasCancel reports whether a cancel word in toks[lo:hi] cancels the
// meeting: "declined" and "refused" do only with the meeting as their
// object or infinitive ("declined to meet", "refused an invitation"), not
// "declined to disclose details of the talks".
func hasCancel(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		w := toks[k].w
		if !cancelWords[w] {
			continue
		}
		if (w == "declined" || w == "refused") && k+2 < len(toks) && toks[k+1].w == "to" && meetingWords[toks[k+2].w] == "" && toks[k+2].w != "negotiate" {
			continue
		}
		if j := k + 1; j+1 < len(toks) && (determiners[toks[j].w] || possessives[toks[j].w]) && !meetingInPhrase(toks, j+1) {
			continue // "could encourage Washington to cancel the tariffs ahead of next month's meeting": something else called off
		}
		return true
	}
	return false
}

// meetingInPhrase reports whether the noun phrase from k, up to three
// words, or five past an owner's "'s", holds a meeting word: "the planned
// trip", "his visit", "the Danish minister's visit".
func meetingInPhrase(toks []token, k int) bool {
	n := 3
	for j := k; j < len(toks) && j < k+5; j++ {
		if toks[j].w == "'s" || toks[j].w == "'" {
			n = 5
			continue
		}
		if j >= k+n || toks[j].punct || prepositions[toks[j].w] {
			return false
		}
		if meetingWords[toks[j].w] != "" {
			return true
		}
	}
	return false
}

// duringBefore reports whether the trigger at trig sits in a "during ..."
// phrase of its clause ("hopes for a breakthrough during next week's
// visit"): what is hoped for is not the visit.
func duringBefore(toks []token, lo, trig int) bool {
	for k := trig - 1; k >= lo && k >= trig-5; k-- {
		if toks[k].w == "during" {
			return true
		}
	}
	return false
}

// prospectOf reports whether the meeting word at trig is what prospects or
// chances are told for: "Prospects appear slim for a summer meeting",
// "the chances of a summit this year", "the prospect of debt talks".
func prospectOf(toks []token, trig int) bool {
	for k := trig - 1; k >= 1 && k >= trig-4; k-- {
		w := toks[k].w
		if w == "for" || w == "of" {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				switch toks[j].w {
				case "prospects", "prospect", "chances", "chance":
					// (not "vitiating the prospects of the talks": the
					// outlook of talks that are on)
					return w == "for" || !slices.ContainsFunc(toks[k+1:trig], func(t token) bool { return t.w == "the" || possessives[t.w] })
				}
				if toks[j].punct {
					return false
				}
			}
			return false
		}
		if toks[k].punct || w == "and" || w == "with" {
			return false
		}
	}
	return false
}

// requestedBefore reports whether the meeting noun at trig is what someone
// asks for: "asked for consultations with Tokyo", "requested talks",
// "a request for a meeting".
func requestedBefore(toks []token, trig int) bool {
	for k := trig - 1; k >= 1 && k >= trig-4; k-- {
		w := toks[k].w
		if toks[k].punct {
			return false
		}
		if w == "requested" || w == "requests" || w == "request" {
			return true
		}
		if w == "for" && (toks[k-1].w == "asked" || toks[k-1].w == "asks" || toks[k-1].w == "asking" || toks[k-1].w == "pressed" ||
			toks[k-1].w == "pressing" || toks[k-1].w == "pushed" || toks[k-1].w == "pushing" || requestWords[toks[k-1].w]) {
			return true // (also "repeated pleas for talks", "renewed calls for a meeting")
		}
	}
	return false
}

// requestWords, before "for" and a meeting word, ask for a meeting not
// yet held: "pleas for talks", "calls for a summit", "appealed for talks".
var requestWords = set("call", "calls", "calling", "plea", "pleas", "pleaded", "pleading", "appeal", "appeals", "appealed",
	"appealing", "demand", "demands", "demanded", "demanding")

// standingInNouns are what a side has or makes within talks under way.
var standingInNouns = set("position", "positions", "hand", "stance", "role", "leverage", "participation", "interests")

// datedOwnerBefore reports whether a time owns the meeting noun at trig:
// "last weekend's meeting", "Monday's talks", "yesterday's session".
func datedOwnerBefore(toks []token, trig int) bool {
	for k := trig - 1; k >= 1 && k >= trig-3; k-- {
		if toks[k].w == "'s" || toks[k].w == "'" {
			w := toks[k-1].w
			return monthOrDay[w] || w == "weekend" || w == "week" || w == "month" || w == "year" || w == "yesterday" || w == "today"
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// consideredAfter reports whether the meeting noun at trig is the subject
// of "is under consideration", "was being considered" or "is being
// discussed" in its clause: a meeting only thought of.
func consideredAfter(toks []token, trig int) bool {
	for k := trig + 1; k+1 < len(toks) && k <= trig+18; k++ {
		t := toks[k]
		if isClauseBreak(t) || t.w == "," || t.w == "." {
			return false
		}
		if !beForms[t.w] {
			continue
		}
		n := toks[k+1].w
		if n == "under" && k+2 < len(toks) && (toks[k+2].w == "consideration" || toks[k+2].w == "discussion" || toks[k+2].w == "study") {
			return true
		}
		if n == "being" && k+2 < len(toks) && (toks[k+2].w == "considered" || toks[k+2].w == "discussed" || toks[k+2].w == "studied") {
			return true
		}
		return false // the clause's own verb tells something else
	}
	return false
}

// pastFirstTo reports whether the "to" at k follows "was/became the first
// ... ": "Obama became the first sitting U.S. president to visit Cuba in 88
// years" tells of a visit made, not planned.
func pastFirstTo(toks []token, k int) bool {
	switch firstToVerb(toks, k) {
	case "was", "were", "became", "become", "had":
		return true
	}
	return false
}

// presentFirstTo reports whether the "to" at k follows "is the first ...":
// "Singh is the first Indian premier in five years to visit Japan" tells
// of a visit under way.
func presentFirstTo(toks []token, k int) bool {
	switch firstToVerb(toks, k) {
	case "is", "are", "'s":
		return true
	}
	return false
}

// firstToVerb returns the verb before "the first (second, only, last) ..."
// that the "to" at k completes, or "".
func firstToVerb(toks []token, k int) string {
	for j := k - 1; j >= 2 && j >= k-7; j-- {
		w := toks[j].w
		if toks[j].punct {
			return ""
		}
		if (w == "first" || w == "second" || w == "third" || w == "only" || w == "last") && toks[j-1].w == "the" {
			return toks[j-2].w
		}
	}
	return ""
}

// pastPurpose reports whether the infinitive at trig ("to meet") tells
// the purpose of a past journey or stay, not a decision, wish or plan:
// "The French president was in Berlin on Monday to meet the chancellor",
// "flew to Tokyo last week to meet Abe"; not "agreed on Monday to meet",
// "was invited to meet".
func pastPurpose(toks []token, trig int) bool {
	if trig < 3 || toks[trig-1].w != "to" {
		return false
	}
	journey := false
	for k := trig - 2; k >= 0 && k >= trig-12; k-- {
		t := toks[k]
		if isClauseBreak(t) || t.w == "," {
			break
		}
		if agreeingVerbs[t.w] || decisionWords[t.w] || modalWords[t.w] || proposeWords[t.w] || invitedWords[t.w] ||
			t.w == "asked" || t.w == "arranged" || t.w == "set" || t.w == "for" {
			return false
		}
		if _, ok := accordNouns[t.w]; ok {
			return false // "an agreement for a Swedish prosecutor to travel"
		}
		if prep, ok := movementVerbs[t.w]; ok && pastForm(t.w) &&
			(prep != "in" || k+1 < len(toks) && (toks[k+1].w == "in" || toks[k+1].w == "at")) {
			journey = true // "flew to Berlin", "was in Berlin", "arrived in Tokyo"
		}
		if visitNouns[t.w] || t.w == "stop" || t.w == "stopover" {
			journey = true // "made a surprise stop in Lahore on Friday to meet"
		}
	}
	if !journey {
		return false
	}
	w := toks[trig-2]
	if w.punct || !w.cap && pastForm(w.w) {
		return false // "wanted to meet", "came to meet"
	}
	return localTense(toks, trig-2) == when.TensePast
}

// pastParticiples are participles of meeting verbs that pastForm does not
// read.
var pastParticiples = set("spoken", "flown", "gone", "begun")

// pastPerfectAt reports whether the meeting verb at trig follows "had"
// ("he had spoken to Carter", "they had met"), not in a condition ("if
// they had met") nor after a modal ("would have met").
func pastPerfectAt(toks []token, trig int) bool {
	if trig < 1 || toks[trig-1].w != "had" || !(pastForm(toks[trig].w) || pastParticiples[toks[trig].w]) {
		return false
	}
	for k := trig - 2; k >= 0 && k >= trig-5; k-- {
		switch toks[k].w {
		case "if", "unless", "whether", "would", "could", "might", "should":
			return false
		}
	}
	return true
}

// whileOn reports whether the stay noun at trig follows "while on a" (or
// "an", "his", "her", "their", perhaps with a modifier between): "said
// while on a trip to Tehran".
func whileOn(toks []token, trig int) bool {
	for k := trig - 1; k >= 2 && k >= trig-3; k-- {
		if toks[k].w == "on" {
			return toks[k-1].w == "while" && k+1 < trig && (determiners[toks[k+1].w] || possessives[toks[k+1].w])
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// appositionBefore returns how many tokens a name apposition takes before
// the comma at k (", Admiral Wu Shengli,"): two to five capitalised words
// right after another comma that follows a lower-case word; else 0.
func appositionBefore(toks []token, k int) int {
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		if toks[j].w == "," {
			n := k - j - 1
			if n < 2 || n > 5 || toks[j-1].punct || toks[j-1].cap {
				return 0
			}
			return n + 1 // the words and their opening comma
		}
		if !toks[j].cap || toks[j].punct {
			return 0
		}
	}
	return 0
}

// callMeansOfPast reports whether the phone call at trig is the means of
// its clause's past verb: "agreed on the schedule through a telephone
// conversation", "agreed to meet during a phone call". The verb is past
// and no future or modal word stands between it and the call, other
// than the infinitive it governs ("agreed to meet").
func callMeansOfPast(toks []token, lo, trig int) bool {
	w := toks[trig].w
	if w != "call" && w != "calls" && w != "conversation" && w != "conversations" {
		return false
	}
	k := trig - 1
	for k > lo && k >= trig-3 && (determiners[toks[k].w] || possessives[toks[k].w] || toks[k].w == "phone" || toks[k].w == "telephone") {
		k--
	}
	if k <= lo || !(toks[k].w == "during" || toks[k].w == "through" || toks[k].w == "in" || toks[k].w == "over") {
		return false
	}
	for j := k - 1; j >= lo && j >= k-12; j-- {
		t := toks[j]
		if futureWords[t.w] || auxiliaries[t.w] && !haveForms[t.w] || t.punct {
			return false
		}
		if pastForm(t.w) && !(j > 0 && toks[j-1].w == "to") {
			return !(j > 0 && beForms[toks[j-1].w]) // (a passive "was agreed" is no act through the call)
		}
	}
	return false
}

// pullForms are the forms of "pull" in "pull the plug on": call off.
var pullForms = set("pull", "pulls", "pulled", "pulling")

// setOut reports whether token k is the "set" of "set foot in" or "set off"
// ("set off for Moscow", "set off a round of talks"): a verb, not the plan
// of "is set to visit".
func setOut(toks []token, k int) bool {
	return toks[k].w == "set" && k+1 < len(toks) && (toks[k+1].w == "foot" || toks[k+1].w == "off")
}

// presentBe are the present forms of "to be" before a passive participle.
var presentBe = set("is", "are", "am")
