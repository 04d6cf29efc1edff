package extract

import (
	"slices"
	"strings"
)

// hardStops end a topic phrase and any list it is part of.
var hardStops = set(".", ";", ":", "(", ")", "\"", "?", "!", "-")

// gerundCues introduce a topic as their object ("combating cybercrime").
var gerundCues = set("combating", "combatting", "fighting", "preventing", "countering", "tackling", "curbing")

// verbParticles complete a phrasal verb that opens a topic ("set up",
// "carry out").
var verbParticles = set("up", "out", "off", "down")

// readTopics reads a topic phrase starting at token i: a short noun phrase
// or a list of them ("A, B, and C"; "A and B"), each item lower-case
// without leading determiners. With quoted, a phrase in quotes is read
// whole.
func readTopics(s *sent, i int, quoted bool) []string {
	toks := s.toks
	if i < len(toks) && toks[i].w == "\"" {
		i++
	}
	var items []string
	var cur []string
	flush := func() {
		for len(cur) > 0 && topicDeterminers[cur[0]] {
			cur = cur[1:]
		}
		if len(cur) > 0 && len(cur) <= 7 {
			items = append(items, strings.Join(cur, " "))
		}
		cur = nil
	}
	n := 0
	for j := i; j < len(toks) && n < 30; j, n = j+1, n+1 {
		t := toks[j]
		if hardStops[t.w] || s.dateAt(j) {
			break
		}
		if t.w == "and" || t.w == "or" || t.w == "&" {
			if len(cur) == 1 && adjectival(cur[0]) && j+1 < len(toks) && adjectival(toks[j+1].w) {
				cur = append(cur, t.w) // "economic and technical cooperation": one topic, two modifiers
				continue
			}
			flush()
			continue
		}
		if t.w == "," {
			if !listContinues(s, j+1) {
				break
			}
			flush()
			continue
		}
		if t.w == "'s" {
			if len(cur) > 0 {
				cur[len(cur)-1] += "'s"
			}
			continue
		}
		if t.w == "including" || t.w == "such" {
			break // "humanitarian issues including a stop to bombing": the head is the topic
		}
		if len(cur) == 1 && verbParticles[t.w] && j > i && !s.actorAt(j+1) && !(j+1 < len(toks) && toks[j+1].w == "to") {
			cur = append(cur, t.w) // "set up a joint economic commission" (not "borrow up to")
			continue
		}
		if len(cur) > 0 && topicStops[t.w] && t.w != "of" && t.w != "from" && !(t.w == "for" && !quoted) {
			break
		}
		if len(cur) == 0 && topicStops[t.w] && !topicDeterminers[t.w] {
			break
		}
		if s.actorAt(j) && len(cur) == 0 {
			break // "talks on Cuba": a country is not a topic
		}
		cur = append(cur, t.w)
	}
	flush()
	return items
}

// adjectival reports whether a word reads as an adjective by its ending
// ("economic", "cultural", "military", "nuclear"): coordinated before one
// noun, such words make one topic, not two.
func adjectival(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, suf := range []string{"ic", "al", "ive", "ary", "ous", "ian", "ear", "lar"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// subjectPhrase reports whether words read as a short subject phrase an
// analyst would file the event under: not an amount ("30 percent of cuban
// people", "billion stg"), a span of time ("week", "six weeks' time"), a
// dangling preposition ("of marketing crude oil") or a word too vague to
// file anything under ("issue", "common ground").
func subjectPhrase(words []string) bool {
	if offTopicStart[words[0]] || words[0] == "idea" {
		return false
	}
	for _, w := range words {
		if amountWords[w] || w[0] >= '0' && w[0] <= '9' || numberWords[w] > 0 {
			return false
		}
	}
	last := words[len(words)-1]
	if offTopicStart[last] || last == "having" || last == "being" || last == "a" || last == "the" || spanNouns[last] || len(words) == 1 && vagueTopics[last] || len(words) == 2 && vagueTopics[words[0]+" "+last] {
		return false
	}
	return true
}

var (
	offTopicStart = set("of", "to", "from", "having", "with", "by", "at", "in", "it", "this", "that", "which", "what", "how", "'", "'s")
	amountWords   = set("percent", "per", "pct", "billion", "million", "mln", "bln", "stg", "dlrs", "dollars", "euros", "yuan", "yen")
	spanNouns     = set("week", "weeks", "weekend", "weekends", "day", "days", "month", "months", "year", "years", "time", "hours", "'")
	vagueTopics   = set("issue", "issues", "matter", "matters", "idea", "things", "situation", "question", "questions",
		"common ground", "the issue", "related matters", "other issues", "other matters")
)

// listContinues reports whether the words after a comma at j continue a
// list ("A, B, and C"): the next word is a content word and an "and"/"or"
// comes before the phrase ends.
func listContinues(s *sent, j int) bool {
	toks := s.toks
	if j >= len(toks) {
		return false
	}
	w := toks[j].w
	if w == "and" || w == "or" {
		return true
	}
	if topicStops[w] || topicCueWords[w] || gerundCues[w] || toks[j].punct {
		return false
	}
	for k := j; k < len(toks) && k < j+12; k++ {
		t := toks[k]
		if hardStops[t.w] {
			return false
		}
		if t.w == "and" || t.w == "or" {
			return true
		}
		if topicStops[t.w] && t.w != "of" {
			return false
		}
	}
	return false
}

// meetingTopics collects the topics of a meeting sentence: "talks on X",
// "to discuss X", "combating X", "in the areas of X", "issue discussed was
// X", "focused on X", "related to X".
func meetingTopics(s *sent, trig int) []string {
	toks := s.toks
	var out []string
	add := func(ts []string) {
		for _, t := range ts {
			if !slices.Contains(out, t) && subjectPhrase(strings.Fields(t)) {
				out = append(out, t)
			}
		}
	}
	// "talks on X" right after the trigger (or "talks with Y on X").
	for d := 1; d <= 6 && trig+d < len(toks); d++ {
		w := toks[trig+d].w
		if hardStops[w] {
			break
		}
		if w == "on" || w == "about" || w == "over" {
			j := trig + d + 1
			if j < len(toks) && !s.dateAt(j) && !offTopicAfterOn(toks, j) {
				add(readTopics(s, j, true))
			}
			break
		}
	}
	for j := 0; j < len(toks); j++ {
		w := toks[j].w
		switch {
		case gerundCues[w]:
			add(readTopics(s, j+1, true))
		case w == "discuss" || w == "discussed" || w == "discussing":
			k := j + 1
			if k < len(toks) && (toks[k].w == "was" || toks[k].w == "were" || toks[k].w == "included" || toks[k].w == "include" || toks[k].w == "includes") {
				k++
			}
			if k < len(toks) && !gerundCues[toks[k].w] && toks[k].w != "\"" {
				add(readTopics(s, k, true))
			}
		case (w == "areas" || w == "fields" || w == "issues" || w == "matters" || w == "questions") && j+1 < len(toks) && toks[j+1].w == "of":
			add(readTopics(s, j+2, true))
		case (w == "focus" || w == "focused" || w == "focusing" || w == "centred" || w == "centered") && j+1 < len(toks) && toks[j+1].w == "on":
			add(readTopics(s, j+2, true))
		case (w == "concerning" || w == "regarding"):
			add(readTopics(s, j+1, true))
		}
	}
	return out
}

// offTopicAfterOn reports whether "on" at j-1 begins a time or
// circumstance rather than a topic ("on the eve of", "on the sidelines",
// "on the first day").
func offTopicAfterOn(toks []token, j int) bool {
	if j < len(toks) && (toks[j].w == "the" || toks[j].w == "a") {
		j++
	}
	if j >= len(toks) {
		return true
	}
	switch toks[j].w {
	case "eve", "sidelines", "margins", "first", "second", "third", "last", "final", "day", "occasion",
		"way", "basis", "phone", "telephone", "behalf", "condition", "friday", "monday", "tuesday",
		"wednesday", "thursday", "saturday", "sunday", "visit", "trip", "tour", "arrival", "invitation", "following", "next", "coming":
		return true
	}
	return false
}

// accordTopics collects the topics of an accord noun at i: "accords on A,
// B and C", "agreement to import X", "a trade promotion agreement".
func accordTopics(s *sent, i int) []string {
	toks := s.toks
	if i+2 < len(toks) {
		// "a tentative agreement in December (1986) on security
		// precautions", "the accord last year on ...": the topic phrase
		// comes after the date.
		for _, d := range s.dates {
			if (d.tok == i+1 || d.tok == i+2 && (toks[i+1].w == "in" || toks[i+1].w == "on")) && d.tokEnd < len(toks) {
				if w := toks[d.tokEnd].w; w == "on" || w == "for" || w == "covering" || w == "over" {
					i = d.tokEnd - 1
				}
				break
			}
		}
	}
	if i+1 < len(toks) {
		switch toks[i+1].w {
		case "on", "for", "covering", "about", "over", "concerning", "regarding":
			if ts := readTopics(s, i+2, false); len(ts) > 0 {
				return ts
			}
		case "to":
			if ts := readTopics(s, i+2, false); len(ts) > 0 {
				return ts
			}
		}
	}
	// Pre-modifiers: "a free trade agreement", "the arms deal".
	var mods []string
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := toks[k]
		if t.punct || genericAccordModifiers[t.w] || topicStops[t.w] || s.inDate(k) || s.actorAt(k) || t.w == "'s" {
			break
		}
		if _, ok := accordVerbs[t.w]; ok {
			break
		}
		if _, ok := numberWords[t.w]; ok {
			break
		}
		if termWord(t.w) {
			continue // "the five-year accord", "a long-term grains agreement": its term, not its subject
		}
		mods = append([]string{t.w}, mods...)
	}
	if len(mods) > 0 {
		return []string{strings.Join(mods, " ")}
	}
	return nil
}

// termWord reports whether w tells how long an accord runs ("five-year",
// "10-year", "long-term").
func termWord(w string) bool {
	for _, suf := range []string{"-year", "-month", "-week", "-term"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
