package extract

import (
	"slices"
	"strings"

	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// Argument structure of a trigger: who acts (the subject before it, or the
// agent after "by") and who is acted on (the object or destination after
// it: "met X", "talks with X", "visit to X"). Actors standing in one
// coordinated noun phrase ("Cuban and U.S. delegations", "Presidents Leonid
// Kuchma of Ukraine and Boris Yeltsin of Russia") form one group.

// groupLink are the words that may stand between two actors of one group.
var groupLink = set(",", "and", "or", "&", "-", "/", "of", "'s", "the", "his", "her", "their")

// groups returns, for each token index, the id of the actor group covering
// it (-1 for none), and the codes of every group in token order.
func (s *sent) groups() (at []int, codes [][]string) {
	at = make([]int, len(s.toks))
	for i := range at {
		at[i] = -1
	}
	lastTok, g, gStart := -100, -1, -1
	commaList := 0 // members of the current group while only commas join them
	var last actor
	for _, a := range s.actors {
		if !a.explicit() || s.excluded(a) || a.role != roleState {
			continue
		}
		linked := false
		if g >= 0 && (a.tok-lastTok <= 7 || a.tok-lastTok <= 12 && officesBetween(s.toks, lastTok, a.tok)) {
			linked = true
			and := false
			for k := lastTok + 1; k < a.tok; k++ {
				t := s.toks[k]
				if s.dateAt(k) {
					linked = false // "in Cuba Sunday, President Obama": a date ends the list
					break
				}
				if bodyWords[t.w] && a.tok-lastTok > 7 {
					continue
				}
				if t.w == "," && !and && a.how == byPerson && (s.endsCoordination(gStart) || wordBetween(s.toks, gStart, k, conjunctions)) {
					// (also "Prior to the two-way talks between Japan and the
					// DPRK, Li Bin, Chinese ambassador ..., met")
					// "between the Israeli government and the White House,
					// Netanyahu cancelled": "X and Y, Z" is no list
					linked = false
					break
				}
				if t.w == "and" || t.w == "," || t.w == "&" || t.w == "-" || t.w == "/" || t.w == "or" {
					and = true
					continue
				}
				if groupLink[t.w] || titleWords[t.w] || hyphenTitle(t.w) || t.cap && !t.punct && !sentenceStarters[t.raw] {
					continue // ("Chinese vice-foreign minister Zhou Nan and the EC's ...")
				}
				linked = false
				break
			}
			if linked && a.how == byPerson && wordBetween(s.toks, lastTok, a.tok, commas) && !wordBetween(s.toks, lastTok, a.tok, conjunctions) && !s.listGoesOn(a) {
				// "the EU's foreign policy chief, Federica Mogherini, Zarif
				// said": an apposition, then the clause's subject
				linked = false
			}
			if linked && commaList < 2 && s.newClauseAt(lastTok, a) {
				// "Saudi Arabia cut ties with Iran, and Bahrain and Sudan
				// followed suit": the list after ", and" is another clause's
				// subject; after "Britain, France," it is the list's serial
				// comma ("Britain, France, and Germany met")
				linked = false
			}
			if a.tok == lastTok {
				linked, and = true, true
			}
			if !and && (a.tok <= lastTok || !onePhrase(s.toks[lastTok+1:a.tok]) && !possessedPerson(s.toks[lastTok+1:a.tok], a) && !personOf(s.toks[lastTok+1:a.tok], last, a)) {
				linked = false
			}
		}
		switch {
		case !linked:
			g++
			codes = append(codes, nil)
			gStart = a.tok
			commaList = 1
		case a.tok > lastTok && commaList > 0 && !wordBetween(s.toks, lastTok, a.tok, conjunctions) && wordBetween(s.toks, lastTok, a.tok, commas):
			commaList++
		case a.tok > lastTok:
			commaList = 0
		}
		if !slices.Contains(codes[g], a.code) {
			codes[g] = append(codes[g], a.code)
		}
		for k := a.tok; k < len(s.toks) && s.toks[k].start < a.end; k++ {
			at[k] = g
		}
		last = a
		if a.tok > lastTok {
			lastTok = a.tok
		}
		// Extend through the rest of the mention's tokens.
		for k := a.tok; k < len(s.toks) && s.toks[k].start < a.end; k++ {
			lastTok = k
		}
	}
	return at, codes
}

// newClauseAt reports whether actor a opens a clause of its own after
// ", and" that follows token last: the states from a on are the subject of
// a finite verb ("..., and Bahrain and Sudan followed suit").
func (s *sent) newClauseAt(last int, a actor) bool {
	k := a.tok - 1
	for k > last && (s.toks[k].w == "the" || titleWords[s.toks[k].w]) {
		k--
	}
	if k-1 <= last || s.toks[k].w != "and" || s.toks[k-1].w != "," {
		return false
	}
	j := a.tok
	for j < len(s.toks) && (s.anyActorAt(j) || s.toks[j].w == "and" || s.toks[j].w == "," || s.toks[j].w == "the") {
		j++
	}
	if j >= len(s.toks) {
		return false
	}
	w := s.toks[j].w
	return auxiliaries[w] || beForms[w] || pastForm(w) && !s.toks[j].cap && w != "based" && w != "led" && w != "backed"
}

// conjunctions join the items of a list.
var conjunctions = set("and", "or", "&")

// commas is the set of the comma alone.
var commas = set(",")

// wordBetween reports whether one of words stands strictly between tokens
// i and j.
func wordBetween(toks []token, i, j int, words map[string]bool) bool {
	for k := i + 1; k < j && k < len(toks); k++ {
		if words[toks[k].w] {
			return true
		}
	}
	return false
}

// listGoesOn reports whether a list continues after actor a ("Kerry,
// Lavrov and Zarif"): a comma, "and" or "or" follows it.
func (s *sent) listGoesOn(a actor) bool {
	k := a.tok
	for k < len(s.toks) && s.toks[k].start < a.end {
		k++
	}
	if k >= len(s.toks) {
		return false
	}
	w := s.toks[k].w
	return w == "," || w == "and" || w == "or" || w == "&"
}

// endsCoordination reports whether the group starting at token k is the
// last conjunct of "X and (the) Y".
func (s *sent) endsCoordination(k int) bool {
	j := k - 1
	for j >= 0 && (s.toks[j].w == "the" || titleWords[s.toks[j].w]) {
		j--
	}
	return j >= 0 && s.toks[j].w == "and"
}

// hyphenTitle reports whether w joins title words with hyphens:
// "vice-foreign", "deputy-prime".
func hyphenTitle(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if !titleWords[p] {
			return false
		}
	}
	return true
}

// bodyWords name a body whose holder a coordinated subject may name
// at length: "Peruvian central bank president Leonel Figueroa and the head
// of the central bank of Mexico".
var bodyWords = set("central", "bank", "ministry", "department", "office", "council", "commission", "agency")

// officesBetween reports whether the words between two actors coordinate
// two office holders: an "and", and otherwise only names, titles and
// office words.
func officesBetween(toks []token, from, to int) bool {
	and := false
	for k := from + 1; k < to; k++ {
		t := toks[k]
		switch {
		case t.w == "and":
			and = true
		case t.punct && t.w != ",", !(t.cap || titleWords[t.w] || bodyWords[t.w] || groupLink[t.w]):
			return false
		}
	}
	return and
}

// onePhrase reports whether the words between two actors keep them in one
// noun phrase: only titles and names ("Venezuelan President Hugo Chavez").
func onePhrase(between []token) bool {
	for _, t := range between {
		if t.punct || !(titleWords[t.w] || t.cap || nameParticles[t.w]) {
			return false
		}
	}
	return true
}

// possessedPerson reports whether between, the words from a state to the
// person a, make the state's officer: "Israel's Foreign Minister Silvan
// Shalom", one phrase as "Israeli Foreign Minister Silvan Shalom" is.
func possessedPerson(between []token, a actor) bool {
	return a.how == byPerson && len(between) >= 2 && between[0].w == "'s" && titleWords[between[1].w] && onePhrase(between[1:])
}

// personOf reports whether a names the state of the person just before
// it: "Foreign Minister Silvan Shalom of Israel".
func personOf(between []token, person, a actor) bool {
	return person.how == byPerson && a.how != byPerson && a.code == person.code && len(between) == 1 && between[0].w == "of"
}

// excluded reports whether an actor is outside the sentence's events: a
// dateline capital ("DOHA Top oil exporters ..."), an example in a "such
// as" list, or one left out ("except Zaire and Australia").
func (s *sent) excluded(a actor) bool {
	if a.tok <= 4 && (a.how == "capital" || s.datelineEnds(a)) {
		// A dateline: upper-case place names at the start ("GENEVA/MUSCAT",
		// "BAHRAIN - Iran reported ...", "BEIJING/SINGAPORE Microsoft ...").
		if upperRun(s.toks, a.tok) {
			return true
		}
	}
	for k := a.tok - 1; k >= 0 && k >= a.tok-8; k-- {
		w := s.toks[k].w
		if w == "such" && k+1 < len(s.toks) && s.toks[k+1].w == "as" {
			return true
		}
		if (w == "except" || w == "excluding") && k >= a.tok-5 {
			return true // "All ATPC members except Zaire and Australia agreed": left out of what the others did
		}
		if w == ";" || w == "." {
			break
		}
	}
	return false
}

// datelineEnds reports whether the actor's words end a dateline: a
// free-standing dash follows ("BAHRAIN - Iran ...", not "U.S.-based"), or
// the name is a word of five or more capitals that ordinary text follows
// ("SINGAPORE Microsoft Corp ...", not "UAE Foreign Minister ...").
func (s *sent) datelineEnds(a actor) bool {
	for k := a.tok; k < len(s.toks); k++ {
		t := s.toks[k]
		if t.start < a.end {
			continue
		}
		if t.start > a.end && (t.w == "-" || t.w == "--" || t.w == "—" || t.w == "–") {
			return true
		}
		name := s.toks[k-1].raw
		return len(name) >= 5 && strings.ToUpper(name) == name && !strings.Contains(name, ".") &&
			t.cap && strings.ToUpper(t.raw) != t.raw
	}
	return false
}

// participationClause reports whether toks[k] opens (or is inside the
// opening of) a relative clause that lists a meeting's participants:
// "that involved", ", which included", "which brought together".
func (s *sent) participationClause(k int) bool {
	j := k
	if s.toks[j].w == "," && j+1 < len(s.toks) {
		j++
	}
	if w := s.toks[j].w; w != "that" && w != "which" {
		return false
	}
	for m := j + 1; m < len(s.toks) && m <= j+4; m++ {
		if participationVerbs[s.toks[m].w] {
			return true
		}
		if s.toks[m].punct || s.actorAt(m) {
			return false
		}
	}
	return false
}

// participationVerbs list who took part in what their clause follows.
var participationVerbs = set("involved", "involves", "involve", "included", "includes", "include", "grouped", "groups", "gathered", "brought")

// forSubject reads "for <someone> to" before the "to" at k: it returns the
// index of the "for" and the state of the someone ("for a Swedish
// prosecutor to travel": SE), "" when none is named; -1 when there is no
// such "for".
func (s *sent) forSubject(k int) (int, string) {
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		if s.toks[j].punct || auxiliaries[s.toks[j].w] || beForms[s.toks[j].w] {
			return -1, "" // (not "left ... for Hanoi and was expected to meet": a verb of its own before "to")
		}
		if s.toks[j].w != "for" {
			continue
		}
		if j+1 == k || !(determiners[s.toks[j+1].w] || s.toks[j+1].cap || s.actorAt(j+1)) {
			return -1, "" // "time for talks to begin" has no subject between
		}
		for _, ac := range s.actors {
			if ac.tok > j && ac.tok < k && ac.explicit() {
				return j, ac.code
			}
		}
		return j, ""
	}
	return -1, ""
}

// asideStart returns, when toks[k] is the comma closing a relative aside
// (", whose ... ,", ", who ... ,", ", which ... ,"), the index of the comma
// opening it; else -1.
func (s *sent) asideStart(k int) int { return asideOpen(s.toks, k) }

// asideOpen is asideStart on the tokens alone.
func asideOpen(toks []token, k int) int {
	if toks[k].w != "," {
		return -1
	}
	for j := k - 1; j >= 1 && j >= k-25; j-- {
		switch toks[j].w {
		case ",":
			switch toks[j+1].w {
			case "who", "whose", "which", "whom":
				return j
			}
			if toks[j+1].afterAlso {
				return j // (", also general secretary of the CPC,")
			}
			if j+2 < k && prepositions[toks[j+1].w] && (toks[j+2].w == "which" || toks[j+2].w == "whom" || toks[j+2].w == "whose") {
				return j // ", of which Baldrige is a member,"
			}
			return -1
		case ")":
			o := j - 1
			for o > 0 && o >= j-8 && toks[o].w != "(" && toks[o].w != ")" {
				o--
			}
			if toks[o].w != "(" {
				return -1
			}
			j = o // a parenthesis inside the aside: "(CPC)"
		case ";", ":", "(":
			return -1
		}
	}
	return -1
}

// nameAppositionStart returns, when toks[k] is the comma closing a name
// between commas (", Prince Faisal bin Farhan bin Abdullah,"), the index of
// the comma opening it; else -1. The name is two to eight words, each
// capitalised, a title or a name particle.
func nameAppositionStart(toks []token, k int) int {
	if toks[k].w != "," {
		return -1
	}
	for j := k - 1; j >= 1 && j >= k-9; j-- {
		t := toks[j]
		if t.w == "," {
			if k-j-1 < 2 {
				return -1
			}
			return j
		}
		if t.punct && t.w != "." || !(t.cap || nameParticles[t.w] || titleWords[t.w]) {
			return -1
		}
	}
	return -1
}

// asideEnd returns the closing comma of a short aside opening at the
// comma at k (", the Turkish defence minister,", ", who ...,"), within ten
// words, or k. Unlike asideOpen, which reads only relative asides but far,
// it reads appositions: ", the" also opens a long noun phrase of the
// clause, so only a near comma closes one.
func asideEnd(toks []token, k int) int {
	if toks[k].w != "," || k+1 >= len(toks) {
		return k
	}
	switch toks[k+1].w {
	case "the", "a", "an", "who", "which":
	default:
		return k
	}
	for e := k + 2; e < len(toks) && e <= k+11; e++ {
		switch toks[e].w {
		case ",":
			return e
		case ";", ".", ":":
			return k
		}
	}
	return k
}

// asideOpening is asideEnd read backwards: the opening comma of the short
// aside that the comma at k closes, or -1.
func asideOpening(toks []token, k int) int {
	if toks[k].w != "," {
		return -1
	}
	for j := k - 2; j >= 0 && j >= k-11; j-- {
		if toks[j].w == "," {
			if asideEnd(toks, j) == k {
				return j
			}
			return -1
		}
	}
	return -1
}

// dashAsideStart returns, when toks[k] is a free-standing dash closing an
// aside ("Canada - the world's two biggest trading partners ... -"), the
// index of the dash opening it; else -1.
func (s *sent) dashAsideStart(k int) int {
	free := func(j int) bool {
		switch s.toks[j].w {
		case "-", "--", "—", "–":
			return j >= 1 && s.toks[j].start > s.toks[j-1].end
		}
		return false
	}
	if !free(k) {
		return -1
	}
	for j := k - 2; j >= 1 && j >= k-30; j-- {
		if free(j) {
			return j
		}
		switch s.toks[j].w {
		case ";", ":", "(", ")", ".":
			return -1
		}
	}
	return -1
}

// sponsoredAt reports whether a sponsor verb governs the event noun
// starting at from: "sponsored the talks", "kick-start peace talks".
func sponsoredAt(toks []token, from int) bool {
	return from >= 1 && sponsorVerbs[toks[from-1].w] ||
		from >= 2 && (toks[from-1].w == "the" || toks[from-1].w == "peace") && sponsorVerbs[toks[from-2].w]
}

// sponsorVerbs take talks as their object without taking part in them.
var sponsorVerbs = set("sponsored", "sponsors", "sponsor", "co-sponsored", "cosponsored", "co-sponsor", "brokered", "brokers",
	"broker", "mediated", "mediates", "mediate", "facilitated", "facilitates", "facilitate", "kick-start", "kickstart",
	"jump-start", "jumpstart")

// venueBetween reports whether the words from lo to the meeting word at
// trig are only a venue's preposition and determiner: "(with the EU) at a
// summit", "(with Japan) during the talks".
func venueBetween(toks []token, lo, trig int) bool {
	if trig-lo < 1 || trig-lo > 3 || toks[lo].w != "at" && toks[lo].w != "during" {
		return false
	}
	for k := lo + 1; k < trig; k++ {
		if !determiners[toks[k].w] && !possessives[toks[k].w] && !meetingModifiers[toks[k].w] {
			return false
		}
	}
	return true
}

// discussVerbs take what is discussed as their object; their partner
// comes with "with".
var discussVerbs = set("discuss", "discussed", "discusses", "discussing")

// theyClauseOpeners, before a "they" who meet, open a clause about the two
// the sentence named before it: "he had given that message to Brazilian
// officials earlier this month when they met for talks".
var theyClauseOpeners = set("when", "where", "after", "as", "once", "before", "while")

// subjectStops end the backward search for a subject.
var subjectStops = set(";", ":", "(", ")", "which", "who", "whom", "whose", "that", "but", "while", "whereas",
	"although", "though", "because", "if", "when", "where")

// objectStops end the forward search for an object.
var objectStops = set(";", ":", "(", ")", ".", ",", "which", "who", "whom", "whose", "that", "but", "while",
	"despite", "such", "including", "after", "before", "because", "since", "when", "where", "said", "says")

// personGroup reports whether the actor group g is named by persons only
// ("Kerry"), not by a state or body ("China", "the EU").
func (s *sent) personGroup(g int, at []int) bool {
	for j, gg := range at {
		if gg == g && !s.personAt(j) && s.anyActorAt(j) {
			return false
		}
	}
	return true
}

// holdGerunds hold or pay the meeting noun after them: "after paying a
// courtesy call on", "before holding talks with".
var holdGerunds = set("paying", "holding", "making", "having", "conducting", "concluding", "wrapping", "ending", "attending")

// gerundPhrase reports whether toks[k:from] is a gerund and its plain
// lower-case complements ("cutting short a", "cutting short his"): a
// clause with no subject of its own.
func gerundPhrase(toks []token, k, from int) bool {
	if w := toks[k].w; len(w) < 6 || !strings.HasSuffix(w, "ing") || prepositions[w] {
		return false // (not "during")
	}
	for _, t := range toks[k:from] {
		if t.cap || t.punct {
			return false
		}
	}
	return true
}

// verbAfterGroup reports whether a past-form verb stands between tokens
// i and j: the first verb phrase of a coordination ("thanked" in "Li Peng
// thanked Italy and Spain, and told").
func verbAfterGroup(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if pastForm(toks[k].w) && !toks[k].cap {
			return true
		}
	}
	return false
}

// dateOpens reports whether a date alone, without a comma, stands before
// token k at the start of the sentence: "This week he is also due to visit
// Denmark".
func (s *sent) dateOpens(k int) bool {
	if k == 0 {
		return false
	}
	for j := 0; j < k; j++ {
		if !s.inDate(j) && !(j == 0 && placePreps[s.toks[j].w]) {
			return false
		}
	}
	return true
}

// coordinatedClauseOpens reports whether token k opens a clause joined to
// the one before by "and" or "but", after a date of its own or none: "On
// Monday he met West German officials in Bonn, and on Tuesday he held
// talks in Paris".
func (s *sent) coordinatedClauseOpens(k int) bool {
	j := k - 1
	for j >= 1 && s.inDate(j) {
		j--
	}
	if j >= 1 && s.toks[j].w == "on" && s.inDate(j+1) {
		j--
	}
	return j >= 1 && (s.toks[j].w == "and" || s.toks[j].w == "but")
}

// pronounOpens reports whether the sentence opens with "He" or "She" and
// names no state or person before token k.
func (s *sent) pronounOpens(k int) bool {
	if len(s.toks) == 0 || !heOrShe(s.toks[0].w) {
		return false
	}
	for j := 1; j < k; j++ {
		if s.anyActorAt(j) {
			return false
		}
	}
	return true
}

// groupHasPerson reports whether a named person stands in actor group g.
func (s *sent) groupHasPerson(g int, at []int) bool {
	for j, gg := range at {
		if gg == g && s.personAt(j) {
			return true
		}
	}
	return false
}

// opener returns the comma that closes a sentence-opening phrase of time
// or occasion ("Following talks in Tehran,", "At a meeting in Paris on
// Monday,") holding the meeting word at tok and no state of its own, or
// -1; withPartner lets the phrase name the meeting's partner ("In a phone
// call with Reagan on Monday,").
func opener(toks []token, tok int, at []int, withPartner bool) int {
	if len(toks) < 4 || tok > 10 || meetingWords[toks[tok].w] == "" && !(withPartner && toks[tok].w == "call") {
		return -1
	}
	switch toks[0].w {
	case "after", "following", "during", "at":
	case "in":
		if tok > 3 {
			return -1 // "In a rare meeting,", "In talks,"; not "In fact it is the test that shows the talks are successful,"
		}
	default:
		return -1
	}
	for k := 1; k < len(toks) && k <= 16; k++ {
		if toks[k].w == "," {
			if k > tok {
				return k
			}
			return -1
		}
		if at[k] >= 0 && !(withPartner && k > tok) || toks[k].punct && toks[k].w != "-" || k > tok && toks[k].w == "of" {
			return -1 // ("After talks with China, ...": a partner of its own; "At a meeting in Managua of Latin American producers": others' meeting)
		}
	}
	return -1
}

// stateCodeAt returns the code of the explicit actor that starts at token
// k, or "".
func (s *sent) stateCodeAt(k int) string {
	for _, a := range s.actors {
		if a.tok == k && a.explicit() {
			return a.code
		}
	}
	return ""
}

// underOpener returns the comma that closes a sentence-opening "Under
// the <accord> ..." phrase holding the accord noun at tok ("Under the
// deal signed on Monday, ..."), or -1.
func underOpener(toks []token, tok int) int {
	if len(toks) < 4 || toks[0].w != "under" || tok > 8 {
		return -1
	}
	if _, ok := accordNouns[toks[tok].w]; !ok {
		return -1
	}
	for k := 1; k < len(toks) && k <= 14; k++ {
		if toks[k].w == "," {
			if k > tok {
				return k
			}
			return -1
		}
		if toks[k].punct && toks[k].w != "-" {
			return -1
		}
	}
	return -1
}

// pairAccordTopic returns the two states of a pair-named accord that the
// talks noun at tok are on ("talks on a new Soviet-Japanese fishing
// agreement", "negotiations on the U.S.-Canada trade pact").
func (s *sent) pairAccordTopic(tok int) (string, string, bool) {
	if meetingWords[s.toks[tok].w] != "talks" || tok+1 >= len(s.toks) || s.toks[tok+1].w != "on" {
		return "", "", false
	}
	for k := tok + 2; k < len(s.toks) && k <= tok+5; k++ {
		var codes []string
		last := k
		for _, a := range s.actors {
			// one token ("Soviet-Japanese") or two joined ("U.S.-Canada")
			if (a.tok == k || a.tok == k+2 && k+1 < len(s.toks) && (s.toks[k+1].w == "-" || s.toks[k+1].w == "/")) &&
				a.explicit() && a.role == roleState && !slices.Contains(codes, a.code) {
				codes = append(codes, a.code)
				last = max(last, a.tok)
			}
		}
		if len(codes) == 2 {
			for j := last + 1; j < len(s.toks) && j <= last+3; j++ {
				if _, ok := accordNouns[s.toks[j].w]; ok {
					return codes[0], codes[1], true
				}
			}
			return "", "", false
		}
		if s.toks[k].punct {
			break
		}
	}
	return "", "", false
}

// underAfterClause returns the "under" before the accord noun at tok when
// it closes a clause ("Britain handed Hong Kong back to China under
// agreements that ..."), not a sentence opener; else -1.
func underAfterClause(toks []token, tok int) int {
	if _, ok := accordNouns[toks[tok].w]; !ok {
		return -1
	}
	for k := tok - 1; k >= 2 && k >= tok-4; k-- {
		if toks[k].w == "under" {
			return k
		}
		if toks[k].punct || toks[k].cap || !sameNounPhrase(toks, k, tok) && !determiners[toks[k].w] {
			return -1
		}
	}
	return -1
}

// clauseRunsTo reports whether the words from actor group g to token u
// hold no punctuation or "that": one clause, whose subject g is.
func (s *sent) clauseRunsTo(g, u int, at []int) bool {
	last := -1
	for k := 0; k < u; k++ {
		if at[k] == g {
			last = k
		}
	}
	if last < 0 {
		return false
	}
	for k := last + 1; k < u; k++ {
		if s.toks[k].punct || s.toks[k].w == "that" {
			return false
		}
	}
	return true
}

// reducedRelativeVerb reports whether the concluding verb at verb is a
// participle right after the accord noun at tok that names no agent ("under
// an agreement reached in Tehran today", "under a deal signed last month"):
// the verb has no subject of its own, so the clause's states are the
// accord's, as with no verb at all. Its caller leaves out "under the deal
// reached last year": a deal the story knew already, maybe of other states.
func reducedRelativeVerb(toks []token, tok, verb int) bool {
	if verb != tok+1 && !(verb == tok+2 && strings.HasSuffix(toks[tok+1].w, "ly")) {
		return false // ("a deal provisionally agreed")
	}
	if !strings.HasSuffix(toks[verb].w, "ed") && toks[verb].w != "struck" && toks[verb].w != "made" {
		return false
	}
	for k := verb + 1; k < len(toks) && k <= verb+6; k++ {
		if toks[k].w == "by" || toks[k].w == "between" {
			return false // "signed by Germany and Poland": the agents are the parties
		}
		if toks[k].punct {
			break
		}
	}
	return true
}

// arguments returns the subject (or "by" agent) codes and the object codes
// of the trigger at tok whose verb is at verb; stopAt are the tokens of
// other triggers of the same kind, which bound the subject search.
// stop is the token of the same-kind trigger the subject search ran into
// (or that a coordinated verb "... and leave for Paris" continues), whose
// subject is then shared; -1 if none.
func (s *sent) arguments(tok, verb int, stopAt map[int]bool, at []int, codes [][]string, visit bool) (subj, obj []string, stop, subjG, objG int, objName bool) {
	stop, subjG, objG = -1, -1, -1
	if a, b, ok := s.pairAccordTopic(tok); ok {
		// "Talks on a new Soviet-Japanese fishing agreement opened": the
		// talks are the two states' whose accord they negotiate.
		return []string{a}, []string{b}, -1, -1, -1, false
	}
	if u := underAfterClause(s.toks, tok); u > 0 && (verb == tok || s.toks[u+1].w != "the" && reducedRelativeVerb(s.toks, tok, verb)) && !(tok+1 < len(s.toks) && (s.toks[tok+1].w == "with" || s.toks[tok+1].w == "between")) &&
		topicThenBetween(s.toks, tok) <= tok && !s.bilateralBefore(tok) {
		// "Britain handed Hong Kong back to China under agreements": the
		// clause's subject and the other state it acts on (not people
		// described, "migrants, mostly Pakistani and Afghan").
		if g := s.clauseSubject(u, at); g >= 0 && !s.demonymGroup(g, at) {
			if len(codes[g]) >= 2 && s.clauseRunsTo(g, u, at) {
				return codes[g], nil, -1, g, -1, false // "Indonesia and Malaysia will hold joint patrols under an agreement reached on Thursday"
			}
			for k := u - 1; k > 0; k-- {
				if h := at[k]; h >= 0 && h != g && !s.personAt(k) && s.stateAt(k) {
					return codes[g], codes[h], -1, g, h, false
				}
				if at[k] == g {
					break
				}
			}
		}
		return nil, nil, -1, -1, -1, false // an accord acted under names its states in its clause, or none
	}
	if u := underAfterClause(s.toks, tok); u > 0 && verb == tok && s.statePartner(tok) {
		// "The U.S. Has been promised a near monopoly of maize exports
		// to Spain ... guaranteed under an agreement with the European
		// Community": the clause's subject and the partner, however far
		// apart.
		if g := s.clauseSubject(u, at); g >= 0 && !s.demonymGroup(g, at) {
			if p := s.stateCode(tok + 2); p != "" && !slices.Contains(codes[g], p) {
				return codes[g], []string{p}, -1, g, -1, false
			}
		}
	}
	if c := opener(s.toks, tok, at, false); c > 0 {
		// "Following talks in Tehran, Iran and Turkey signed an
		// agreement": the opener's talks are the main clause's subjects'.
		for k := c + 1; k < len(s.toks) && k <= c+6; k++ { // ("the foreign ministers of France and Germany")
			if g := at[k]; g >= 0 {
				if len(codes[g]) >= 2 {
					return codes[g], nil, -1, g, -1, false
				}
				break
			}
		}
	}
	if c := underOpener(s.toks, tok); c > 0 {
		// "Under the deal signed on Monday, Japan will provide Indonesia
		// with a loan": the accord binds the main clause's subject and
		// object; "Under a 1986 agreement with Washington, Tokyo agreed":
		// its partner in the opener and the main clause's subject.
		partner, subject := "", ""
		for k := tok + 1; k < c; k++ {
			if s.withBefore(k) && at[k] >= 0 && partner == "" {
				partner = s.stateCodeAt(k) // ("with the U.S. And Australia": the first named)
			}
		}
		var gs []int
		for k := c + 1; k < len(s.toks) && s.toks[k].w != ";"; k++ {
			if at[k] >= 0 && subject == "" {
				subject = s.stateCodeAt(k)
			}
			if at[k] >= 0 && !slices.Contains(gs, at[k]) {
				gs = append(gs, at[k])
			}
		}
		if partner != "" && subject != "" && partner != subject {
			return []string{subject}, []string{partner}, -1, -1, -1, false
		}
		if len(gs) >= 2 {
			return codes[gs[0]], codes[gs[1]], -1, gs[0], gs[1], false
		}
	}
	if g := s.relativeSubject(tok, verb, at); g >= 0 {
		// "The pact Japan signed with the U.S.", "The accord, which
		// Japanese and U.S. officials signed on Thursday": the relative
		// clause's own subject, between the noun and its verb; both sides
		// there, the words after the verb are the main clause's.
		if len(codes[g]) >= 2 {
			return codes[g], nil, -1, g, -1, false
		}
		subj, subjG = codes[g], g
	}
	from := tok
	if verb < from {
		from = verb
	}
	if from > 0 && (s.toks[from-1].w == "and" || s.toks[from-1].w == "then") {
		for k := from - 2; k >= 0; k-- {
			if stopAt[k] {
				stop = k
				break
			}
		}
		if stop >= 0 {
			from = 0 // the subject is the earlier verb's
		}
	}
	premodHost := visitNouns[s.toks[tok].w]
	visitNoun := premodHost
	pos := from - 1
	for pos > 0 && pos >= from-4 && !possessives[s.toks[pos].w] && !s.toks[pos].cap && sameNounPhrase(s.toks, pos, from) {
		pos-- // "during his recent trip to the U.S.", "its joint computer chip pact with Japan"
	}
	if pos >= 2 && possessives[s.toks[pos].w] {
		// "Moscow has agreed to discuss the problems of Afghanistan ... in
		// its talks with Peking": "its" is the clause's subject; "Japan has
		// failed to live up to its semiconductor agreement": the nearest
		// state that is a subject.
		g := -1
		if pos < from-1 {
			g = s.subjectBefore(pos, at)
		}
		if g < 0 {
			g = s.clauseSubject(pos, at)
		}
		if g >= 0 {
			subj, subjG = codes[g], g
		}
	} else if pos == 1 && possessives[s.toks[pos].w] && (openerPreps[s.toks[0].w] || afterPreps[s.toks[0].w]) {
		// "In his talks with Kurihara, he said, he made a pitch": the
		// opener's owner is the main clause's subject
		c := from + 1
		for c < len(s.toks) && c <= from+12 && s.toks[c].w != "," {
			c++
		}
		if c++; c < len(s.toks) && c <= from+13 {
			if g := at[c]; g >= 0 {
				subj, subjG = codes[g][:1], g // ("After her talks with Ryzhkov, Thatcher and the Soviet Premier were joined": the first)
			} else if heOrShe(s.toks[c].w) && s.prevPerson != "" {
				subj = []string{s.prevPerson}
			}
		}
	}
	if tok == verb && subj == nil {
		// "the United States also was pressing Canada to stop ... and was
		// talking with Canadian representatives": the second verb phrase
		// shares the clause's subject.
		k := from - 1
		for k > 0 && (auxiliaries[s.toks[k].w] || beForms[s.toks[k].w] || s.toks[k].w == "also") {
			k--
		}
		if k > 1 && (k < from-1 || k == from-1 && pastForm(s.toks[from].w) && (!s.toks[k-1].cap || s.inDate(k-1)) && !pastForm(s.toks[k-1].w)) && s.toks[k].w == "and" && !s.anyActorAt(k-1) &&
			(!s.toks[k-1].punct || s.toks[k-1].w == "," && k < from-1 && k > 2 && !s.anyActorAt(k-2)) { // (", and has met twice with": an auxiliary opens the second verb phrase)
			// (also right before a past verb: "Bahrain expelled the Iranian
			// charge d'affaires and closed its embassy in Tehran", "China
			// praised France on Monday and told visiting ...")
			if g := s.clauseSubject(k, at); g >= 0 {
				subj, subjG = codes[g], g
			}
		}
	}
	if tok == verb && carryVerbs[s.toks[tok].w] && tok+1 < len(s.toks) && (s.toks[tok+1].w == "him" || s.toks[tok+1].w == "her" || s.toks[tok+1].w == "them") {
		// "Lee is on a tour ..., which has already brought him to the
		// UAE": the one the journey carries is the journey's owner ("his
		// tour, which will also take him to Spain", not the clause's
		// "Germany"), else the person before it, or the subject of its
		// clause
		if who := s.carriedTraveller(tok); who != "" {
			subj, subjG = []string{who}, -1
		}
		for k := tok - 1; k >= 0 && subj == nil; k-- {
			if g := at[k]; g >= 0 && (s.personAt(k) || s.groupHasPerson(g, at)) {
				subj, subjG = codes[g], g
				break
			}
		}
		if subj == nil {
			if g := s.clauseSubject(tok, at); g >= 0 {
				subj, subjG = codes[g], g
			} else if s.prevPerson != "" {
				subj = []string{s.prevPerson}
			}
		}
	}
	// "Russia, which sponsored the talks along with the United States":
	// a sponsor of the talks is no side of them.
	sponsored := sponsoredAt(s.toks, from)
	listed := tok == verb && s.listedWithStates(tok)
	skipped := 0
	venueG := -1 // a seat of government premodifying the trigger ("a White House meeting")
	for k := from - 1; subj == nil && !sponsored && !listed && k >= 0 && k >= from-15-skipped; k-- {
		if j := s.asideStart(k); j >= 0 {
			skipped += k - j // "Biden, whose 2010 visit to Israel was marred ..., arrives": skip the aside
			k = j
			continue
		}
		if j := nameAppositionStart(s.toks, k); j >= 1 && !s.actorIn(j+1, k) {
			// "Saudi Arabia's Minister of Foreign Affairs, Prince Faisal bin
			// Farhan bin Abdullah, held": a name of no known state between
			// commas costs no reach ("The Foreign Secretary, Philip
			// Hammond, is visiting": the name is the subject)
			skipped += k - j
			k = j
			continue
		}
		if j := s.dashAsideStart(k); j >= 1 {
			// "The United States and Canada - the world's two biggest
			// trading partners ... - opened free trade talks": an
			// apposition between dashes after the subject; "the Middle
			// East Quartet -- the European Union, the United States,
			// Russia and the United Nations -- as a basis for resuming
			// peace talks with Israel": the members of what it explains.
			skipped += k - j
			k = j
			continue
		}
		t := s.toks[k]
		if stopAt[k] {
			stop = k
			break
		}
		if t.w == "and" && k >= 2 && s.toks[k-1].w == "," && k+1 < len(s.toks) && (pastForm(s.toks[k+1].w) || reportVerbs[s.toks[k+1].w]) {
			// "Li Peng thanked Italy and Spain, and told visiting French
			// Defence Minister Millon": the second verb phrase is the
			// clause subject's, not the first one's objects'
			found := false
			for _, g := range []int{s.clauseSubject(k, at), at[0]} { // (at[0]: "Beijing showered Paris and Rome with compliments ..., and announced")
				if g >= 0 && verbAfterGroup(s.toks, groupLast(at, g), k-1) {
					subj, subjG, found = codes[g], g, true
					break
				}
			}
			if found {
				break
			}
		}
		if t.w == "to" && k == from-1 {
			if f, code := s.forSubject(k); f >= 0 {
				// "an agreement for a Swedish prosecutor to travel to the
				// UK": the infinitive's own subject, not the clause's.
				if code != "" {
					subj = []string{code}
				}
				break
			}
		}
		if heOrShe(t.w) {
			// "Kerry welcomed Putin's announcement and said he planned to
			// visit Moscow": the pronoun is the sayer, the sentence's first
			// person; otherwise the subject is outside the sentence.
			v := k - 1
			if v >= 1 && s.toks[v].w == "that" {
				v--
			}
			for v >= 1 && (s.inDate(v) || s.toks[v].w == "on") {
				v-- // "said on Sunday he had met"
			}
			said := v >= 0 && reportVerbs[s.toks[v].w]
			g := -1
			if said {
				for j := 0; j < k && g < 0; j++ {
					if at[j] >= 0 && s.personAt(j) {
						g = at[j] // the sayer: "Kerry ... said he"
					}
				}
				if g < 0 {
					g = s.clauseSubject(k-1, at) // "The top American diplomat said he"
				}
			} else {
				for j := k - 1; j >= 0 && g < 0; j-- {
					if at[j] >= 0 && s.personAt(j) {
						g = at[j] // "Obama may face protests as he begins a visit"
					}
				}
			}
			if g >= 0 {
				subj, subjG = codes[g], g
			} else if (s.openerEnd(k) == k || afterQuote(s.toks, k) || s.dateOpens(k) || s.coordinatedClauseOpens(k)) && s.prevPerson != "" { // (openerEnd(0) is 0)
				// "He told reporters on his return from Ethiopia", "In the
				// afternoon, he will meet": the story's main person
				subj = []string{s.prevPerson}
			}
			break
		}
		if t.w == "we" {
			// '"We talked with the Americans," Lavrov said': the speaker's
			// state, when the quote's speaker is named and the partner
			// follows the trigger ("we have to meet the market" and "the
			// range we agreed to in the discussions in Paris" name none);
			// otherwise the search goes on ("China, we believe, will hold
			// talks")
			if g := s.quoteSpeaker(k, at); g >= 0 && s.partnerAfter(tok) {
				subj, subjG = codes[g], g
				break
			}
			continue
		}
		if t.w == "they" && k >= from-3 && s.singleStateBefore(k, at, codes) {
			// "waiting for Macedonia to reopen its border so they can head
			// to Germany": one state named by its name is no "they".
			break
		}
		if t.w == "they" && k >= 1 && (s.toks[k-1].w == "that" || theyClauseOpeners[s.toks[k-1].w]) && k >= from-3 {
			// "Lho proposed in a letter to his North Korean counterpart
			// Li Gun-mo that they meet": the two the sentence named.
			var both []string
			for j := 0; j < k; j++ {
				if at[j] >= 0 {
					both = union(both, codes[at[j]])
				}
			}
			if len(both) == 2 {
				subj = both
			}
			break
		}
		if t.w == "it" && k >= 2 && s.toks[k-1].w == "that" && reportVerbs[s.toks[k-2].w] && !(k+1 < len(s.toks) && beForms[s.toks[k+1].w]) {
			// "The EU has also announced that it will start accession
			// talks with Croatia": "it" is the state or body that said so.
			if g := s.clauseSubject(k-2, at); g >= 0 && !s.personGroup(g, at) {
				subj, subjG = codes[g], g // a person who says "it is time" means no state
			}
			break
		}
		if t.w == "whose" && k >= 2 && s.toks[k-1].w == "," && at[k-2] >= 0 {
			// "its only major ally, China, whose representative for Korean
			// affairs landed in Pyongyang": the owner of the officer
			subj, subjG = codes[at[k-2]], at[k-2]
			break
		}
		if t.w == "who" && k >= 2 && s.toks[k-1].w == "," && at[k-2] >= 0 && s.personEndsAt(k-2, at) {
			// "Kerry, who visited Havana in August, ...": the relative
			// clause's subject is the name it follows
			subj, subjG = codes[at[k-2]], at[k-2]
			break
		}
		if t.w == "who" && k >= 2 && k >= from-4 && (officialNouns[s.toks[k-1].w] || envoyNouns[s.toks[k-1].w]) {
			// "The three high-level Japanese government representatives
			// who would be coming here": the people the clause follows,
			// of the state their phrase names.
			for j := k - 2; j >= 0 && j >= k-5 && !s.toks[j].punct; j-- {
				if at[j] < 0 {
					continue
				}
				tj := s.toks[j]
				if slices.ContainsFunc(s.actors, func(a actor) bool {
					return a.explicit() && a.role == roleState && tj.start < a.end && a.start < tj.end
				}) {
					subj, subjG = codes[at[j]], at[j]
				}
				break
			}
			break
		}
		if t.w == "which" && k >= 2 && s.toks[k-1].w == "," && at[k-2] >= 0 && !s.personAt(k-2) {
			// "Israel and Turkey, which restored diplomatic ties in June,
			// ...": the states the sentence opens with; not "the accord
			// with Turkey, which ...", whose antecedent is the accord.
			if j := s.coordStart(k-2, at); j == 0 || j == 1 && s.toks[0].w == "the" {
				subj, subjG = nil, at[k-2]
				for m := j; m <= k-2; m++ {
					if g := at[m]; g >= 0 {
						subj = union(subj, codes[g])
					}
				}
				break
			}
		}
		if (t.w == "after" || t.w == "following") && k == from-1 && k >= 2 && !strings.HasSuffix(s.toks[from].w, "ing") && !reportVerbs[s.toks[k-1].w] &&
			!visitNouns[s.toks[tok].w] {
			// "Taiwan and the U.S. have revised their textile agreement
			// after negotiations in Washington": the clause's subject
			// negotiated.
			// "Mubarak returned to Cairo after talks with Russian leaders":
			// a named person who acted after talks held them.
			if g := s.clauseSubject(k, at); g >= 0 && (len(codes[g]) >= 2 || meetingWords[s.toks[tok].w] == "talks" && s.groupHasPerson(g, at)) {
				subj, subjG = codes[g], g
			}
			break
		}
		if t.w == "before" && k >= 2 && k >= from-3 && premodifiersOnly(s, k+1, from) && meetingWords[s.toks[tok].w] == "talks" && !reportVerbs[s.toks[k-1].w] && s.partnerAfter(tok) {
			// "Taiwan announced a new round of tariff cuts shortly before
			// trade talks with Washington": the clause's subject is the
			// talks' other side, however long the clause.
			if g := s.clauseSubject(k, at); g >= 0 && !s.demonymGroup(g, at) {
				subj, subjG = codes[g], g
			}
			break
		}
		if (t.w == "after" || t.w == "following") && k == from-1 && k >= 1 && reportVerbs[s.toks[k-1].w] {
			// "Senior Iranian official Ali Larijani said after talks in
			// Tehran with a Syrian delegation": the sayer held the talks,
			// also after a quote ("Syria is flexible, Belgian Foreign
			// Minister Leo Tindemans said after talks with King Hussein").
			if g := s.sayerBefore(k-1, at); g >= 0 {
				subj, subjG = codes[g], g
			} else if g := s.clauseSubject(k-1, at); g >= 0 {
				subj, subjG = codes[g], g
			}
			break
		}
		if t.w == "while" && k >= 1 && reportVerbs[s.toks[k-1].w] && k+2 < from && s.toks[k+1].w == "on" && from-k <= 5 {
			// "Davutoglu said while on a trip to Tehran": the sayer is
			// on the trip.
			if g := s.sayerBefore(k-1, at); g >= 0 {
				subj, subjG = codes[g], g
			} else if g := s.clauseSubject(k-1, at); g >= 0 {
				subj, subjG = codes[g], g
			}
			break
		}
		if (t.w == "before" || t.w == "after" || t.w == "while" || t.w == "when") && (k == from-1 && strings.HasSuffix(s.toks[from].w, "ing") ||
			k+1 < from && from-k <= 4 && (holdGerunds[s.toks[k+1].w] || visitNouns[s.toks[tok].w] && gerundPhrase(s.toks, k+1, from))) { // (also "after paying a courtesy call", "while cutting short a trip")
			// "Kerry is due to attend a meeting ... before heading to
			// Britain", "Kerry was notified ... while meeting with top
			// Philippine officials": the gerund's subject is the clause's
			// subject.
			if g := s.clauseSubject(k, at); g >= 0 {
				subj, subjG = codes[g], g
			} else if s.pronounOpens(k) && s.prevPerson != "" {
				// "He said this while addressing journalists after paying a
				// courtesy call on Vice President Joseph Msika": the story's
				// main person
				subj = []string{s.prevPerson}
			}
			break
		}
		if (t.w == "after" || t.w == "following") && k == from-1 && k >= 2 && visitNouns[s.toks[tok].w] && !reportVerbs[s.toks[k-1].w] {
			// "Mubarak returned to Cairo on Wednesday after visits to
			// Russia, China and Kazakhstan": the clause's subject visited
			// (as it does after "a visit").
			if g := s.clauseSubject(k, at); g >= 0 {
				subj, subjG = codes[g], g
			}
			break
		}
		if subjectStops[t.w] || (t.w == "before" || t.w == "after") && k == from-1 {
			break // "before heading to Nairobi": the gerund's subject is elsewhere
		}
		if g := at[k]; g >= 0 {
			if s.locative(k, at) || s.destination(k, at) {
				continue // "On his first day in Italy he will meet ...": a place, not the subject
			}
			if j := groupStart(k, at); j >= 2 && s.toks[j-1].w == "with" && withOwners[s.toks[j-2].w] && !changesRelations(s.toks[tok].w) {
				k = j
				continue // "to discuss the crisis in trade relations with Japan in talks": the relations' partner
			}
			if j := groupStart(k, at); obj == nil && !visit && s.withBefore(j) && venueBetween(s.toks, k+1, from) {
				// "hopeful it would be possible to find common ground with
				// the European Union at a summit": the partner of what is
				// done at the meeting is its other side; the subject lies
				// further back.
				obj, objG = codes[g], g
				skipped += k - j + 2
				k = j
				continue
			}
			if j := s.coordStart(k, at); j >= 2 && s.toks[j-1].w == "and" && s.prepObject(j) {
				// "the meetings between IMF and Sudanese government
				// officials do not amount to formal talks": paired with no
				// state, the group is no side of another phrase's talks.
				k = j
				continue
			}
			if j := s.coordStart(k, at); j >= 1 && s.prepObject(j) && tok+1 < len(s.toks) && s.toks[tok+1].w == "with" &&
				!(j >= 2 && (s.toks[j-2].w == "along" || s.toks[j-2].w == "together")) {
				// "agreement reached with Vietnam ... and ongoing talks with
				// South Korea", "speeding agreement for Chile and Venezuela
				// ... and influencing current talks with Argentina": a
				// partner of an earlier phrase is not the subject of talks
				// that name their own partner.
				k = j
				continue
			}
			if issueOfTalks(s.toks, k, from) {
				continue // "South Africa had not been a contentious issue in the talks": a topic
			}
			if s.topical(k, at) {
				continue // "agreed to discuss Afghanistan in its talks": what is talked about
			}
			if visit && k == from-1 && premodHost && obj == nil {
				obj, objG = codes[g], g // "the president's Cuba visit": Cuba is the host
				k = groupStart(k, at)
				continue
			}
			if !premodHost && k == from-1 && s.seatGroup(g, at) && withAfter(s.toks, tok) {
				// "Chirac will hold a White House meeting with Reagan": the
				// seat is the venue when the clause names another side
				venueG = g
				k = groupStart(k, at)
				continue
			}
			subj, subjG = codes[g], g
			break
		}
	}
	if subjG >= 0 {
		// "Kerry said he and Lavrov had reached an agreement": the
		// pronoun joined to the subject is the sayer.
		j := s.coordStart(groupFirst(at, subjG), at)
		for j >= 1 && at[j-1] < 0 && s.toks[j-1].cap && !s.toks[j-1].punct {
			j-- // the title and name before "Xi Jinping of China"
		}
		if j >= 1 && (s.toks[j-1].w == "his" || s.toks[j-1].w == "her") {
			j-- // "he and his Russian counterpart Sergei Lavrov"
		}
		v := j - 3
		for v > 0 && (s.inDate(v) || s.toks[v].w == "that" || s.toks[v].w == "on") {
			v-- // "said on Sunday that he and ..."
		}
		if j >= 3 && s.toks[j-1].w == "and" &&
			heOrShe(s.toks[j-2].w) && reportVerbs[s.toks[v].w] {
			g := s.sayerBefore(v, at)
			if g < 0 {
				g = s.clauseSubject(v, at)
			}
			if g >= 0 && g != subjG {
				subj = union(codes[g], subj)
			}
		}
	}
	if subj == nil && venueG >= 0 {
		subj, subjG = codes[venueG], venueG // "a White House meeting with Chirac": the seat's state hosts
	}
	start := tok
	if verb > start && !(tok+1 < len(s.toks) && s.toks[tok+1].w == "with") {
		start = verb // ("a deal with the EU reached on Friday": the partner before the verb)
	}
	// What is discussed is a topic ("Britain and Spain discussed Gibraltar").
	topic := strings.HasPrefix(s.toks[tok].w, "discuss")
	limit := start + 8
	giving := s.agreedToGive(tok)
	if giving {
		limit = start + 20 // "agreed to provide 900 mln dlrs in credits to Indonesia": the recipient after the amount
	}
	byAt := -1
	for k := start + 1; k < len(s.toks) && k <= limit; k++ {
		t := s.toks[k]
		if s.inDate(k) || t.w == "on" && k+1 < len(s.toks) && s.dateAt(k+1) {
			limit++ // "agreed on March 31 to refinance 475 mln dlrs of Yugoslavia's debt": a date adds no distance
		}
		if t.w == "," {
			if e := s.whenWhereAside(k); e > 0 {
				limit += e - k
				k = e // "his annual meeting, on April 5-6 in Ottawa, with Prime Minister Brian Mulroney"
				continue
			}
			if e := titleAsideThenAnd(s.toks, k); e > 0 && obj == nil {
				// "talked with Nong Duc Manh, general secretary of the CPV
				// Central Committee, and Vietnamese President Tran Duc
				// Luong": past an unplaced name's title to the next partner
				limit += e - k
				k = e - 1
				objName = false
				continue
			}
		}
		if t.w == "." && honorifics[s.toks[k-1].w] {
			continue // "told Mr. Erdogan"
		}
		if s.participationClause(k) {
			continue // "negotiations that involved Japan and South Korea", "the talks, which included officials from Egypt"
		}
		if objectStops[t.w] && !(t.w == "," && at[k] >= 0) || stopAt[k] {
			break
		}
		if t.w == "with" && k > start+1 && withOwners[s.toks[k-1].w] && !changesRelations(s.toks[tok].w) {
			break // "a visit likely to inflame tensions with China": China is the tensions' partner
		}
		if visitNoun && tok == verb && !copulaTo(s.toks, k) && (auxiliaries[t.w] && !(k+1 < len(s.toks) && itineraryVerbs[s.toks[k+1].w]) ||
			k == start+1 && at[k] < 0 && strings.HasSuffix(t.w, "s") && !t.cap && !itineraryVerbs[t.w]) {
			break // "This trip sends signals to China": the trip is the subject of another verb
		}
		if t.w == "on" && k == start+1 && (s.toks[start].w == "call" || s.toks[start].w == "calls") {
			topic = false // "paid a courtesy call on the Namibian president": whom the call is on
		} else if topicPreps[t.w] && at[k] < 0 && !(t.w == "about" && k+1 < len(s.toks) && isNumberTok(s.toks[k+1])) &&
			!(t.w == "on" && k+1 < len(s.toks) && s.dateAt(k+1)) { // ("left on Monday for Moscow": a day, not a topic)
			topic = true // "talks on Syria", "the future of Gibraltar": what, not with whom
		} else if t.w == "to" && len(subj) > 0 && !visit && meetingWords[s.toks[tok].w] != "" && purposeVerbAt(s, k+1) {
			// "The council is expected to meet Thursday to review Japanese
			// compliance": what a side's meeting is for, not with whom
			// ("negotiations to extricate the U.K. from the bloc", with no
			// side before them, name their sides there)
			topic = true
		} else if partnerPreps[t.w] {
			topic = false
		}
		if t.w == "by" && len(subj) == 0 && visit {
			byAt = k
			limit = k + 8 // "a visit to Aden by a high ranking delegation from the Soviet Union"
		}
		if topic {
			continue
		}
		if at[k] < 0 && t.cap && !t.punct && !titleWords[t.w] && !monthOrDay[t.w] && obj == nil && k <= start+4 &&
			!s.anyActorAt(k) && !placePreps[s.toks[k-1].w] {
			objName = true // "hosted ... Mitt Romney": someone the gazetteer cannot place
		}
		if g := at[k]; g >= 0 {
			if g == subjG && k > start+1 && at[k-1] != g && s.toks[k-1].w != "and" {
				continue // the rest of the agent's name ("by Japanese Defence Minister Gen Nakatani")
			}
			if !visit && s.locative(k, at) && !(giving && s.toks[k-1].w == "in" && s.namedAt(k, gazetteer.ByName)) {
				continue // "talks in Bonn": where, not with whom ("agreed to build two roads in Uganda": the state the aid goes to)
			}
			p := k - 1
			for p > tok+1 && (s.toks[p].w == "a" || s.toks[p].w == "an" || s.toks[p].w == "the") {
				p-- // "a visit by an Iraqi president"
			}
			if p > 0 && s.toks[p].w == "by" && (len(subj) == 0 || premodHost && visit && p <= tok+2) {
				// "a visit by a Japanese minister": the agent is the
				// visitor, whatever the clause's subject
				subj, subjG = codes[g], g
				continue
			}
			if visit && visitNoun && len(subj) == 0 && obj == nil && officeOfVisit(s.toks, tok, k) {
				// "The visit of Prime Minister of Mongolia L.Oyun-Erdene to
				// Japan": the officer of the state the visit is of visits
				subj, subjG = codes[g], g
				continue
			}
			if visit && visitNoun && p == tok+1 && s.toks[p].w == "of" && len(subj) == 0 && obj == nil && (s.personAt(k) || s.titledAfter(k, at)) {
				// "the second visit of an Iraqi president to France": the
				// officer the visit is of is the visitor
				subj, subjG = codes[g], g
				continue
			}
			if k > 0 && (s.toks[k-1].w == "from" || s.toks[k-1].w == "of") && byAt >= 0 && k-byAt <= 8 && len(subj) == 0 {
				subj, subjG = codes[g], g // "by a high ranking delegation from the Soviet Union": the visitor
				continue
			}
			if k > 0 && s.toks[k-1].w == "from" && (s.toks[tok].w == "call" || s.toks[tok].w == "calls") && obj == nil {
				obj, objG = codes[g], g // "received a telephone call from Reagan": the caller
				break
			}
			if k > 0 && s.toks[k-1].w == "from" && moneyNouns[s.toks[tok].w] && k > tok && k <= tok+3 && obj == nil {
				obj, objG = codes[g], g // "received a 500 mln dlr credit from Japan": the lender
				break
			}
			if k > 0 && (s.toks[k-1].w == "from" || s.toks[k-1].w == "than") && !s.peopleFrom(k, start) {
				continue
			}
			if discussVerbs[s.toks[tok].w] && !s.withBefore(groupStart(k, at)) {
				continue // "the two discussed ways to solve the disagreements between Israel and the Palestinians": what is discussed; its partner comes with "with"
			}
			obj, objG = codes[g], g
			if visit && len(subj) == 0 && k > 0 && s.toks[k-1].w == "to" {
				// "a visit to Japan by US Defense Secretary William
				// Cohen": the agent after the destination is the visitor.
				if a := s.byAgent(k, at); a >= 0 {
					subj, subjG = codes[a], a
				}
			}
			break
		}
	}
	if obj == nil && strings.HasPrefix(s.toks[tok].w, "discuss") {
		// "had discussed ways to revive a frayed Syrian truce and get aid
		// into besieged communities with Iranian Foreign Minister Zarif":
		// the partner after a long topic.
		for k := start + 1; k+1 < len(s.toks) && k <= start+25; k++ {
			w := s.toks[k].w
			if w == ";" || w == "." || w == "said" || stopAt[k] {
				break
			}
			if w != "with" {
				continue
			}
			for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
				if g := at[j]; g >= 0 && g != subjG {
					obj, objG = codes[g], g
					break
				}
				if s.toks[j].punct {
					break
				}
			}
			break
		}
	}
	if subj == nil && obj != nil {
		if c := opener(s.toks, tok, at, true); c > 0 && objG >= 0 && groupFirst(at, objG) < c {
			// "In a phone call with Reagan on Monday, Nakasone said": the
			// main clause's subject held the opener's meeting.
			for k := c + 1; k < len(s.toks) && k <= c+6; k++ {
				if g := at[k]; g >= 0 && g != objG {
					subj, subjG = codes[g], g
					break
				}
				if w := s.toks[k].w; heOrShe(w) && k == c+1 && s.prevOnly && !slices.Contains(obj, s.prevPerson) {
					subj = []string{s.prevPerson} // "After talks with Egyptian officials, he said": the person the sentence before names
					break
				}
				if s.toks[k].punct {
					break
				}
			}
		}
	}
	if subj == nil && obj == nil && !visit {
		if c := opener(s.toks, tok, at, true); c > 0 && s.toks[c].w == "," {
			// "At a meeting at the White House on Monday, Shoukry and
			// U.S. officials discussed Libya": the main clause's subject,
			// when it names both sides, held the opener's meeting (not
			// "At the first ever nuclear summit in 2010, President Obama
			// called for ...": one of many there).
			for k := c + 1; k < len(s.toks) && k <= c+4; k++ {
				if g := at[k]; g >= 0 {
					if len(codes[g]) >= 2 && s.personGroup(g, at) {
						subj, subjG = codes[g], g // (people, not "Britain, Canada and France said nothing")
					}
					break
				}
				if s.toks[k].punct {
					break
				}
			}
		}
	}
	if subj == nil && len(obj) > 0 && tok == verb && (meetingWords[s.toks[tok].w] != "" || s.toks[tok].w == "talk") && (!visitNouns[s.toks[tok].w] || possessiveOpens(s.toks, tok)) {
		if owner := s.possessiveOwner(tok, obj); owner != "" {
			subj = []string{owner} // "the focus of her bilateral talks on Saturday with President George W. Bush, Arroyo told reporters"
		}
	}
	return subj, obj, stop, subjG, objG, objName
}

// officeOfVisit reports whether the state at k names the office of the
// one a visit noun at tok is "of": "the visit of Prime Minister of
// Mongolia L.Oyun-Erdene to Japan" (title words, then "of", between).
func officeOfVisit(toks []token, tok, k int) bool {
	if tok+3 >= k || toks[tok+1].w != "of" || toks[k-1].w != "of" {
		return false
	}
	for j := tok + 2; j < k-1; j++ {
		if !titleWords[toks[j].w] {
			return false
		}
	}
	return true
}

// copulaTo reports whether token k is a copula followed by "to": "His
// first trip abroad was to Saudi Arabia" names where the trip went.
func copulaTo(toks []token, k int) bool {
	switch toks[k].w {
	case "was", "is", "were", "are":
		return k+1 < len(toks) && toks[k+1].w == "to"
	}
	return false
}

// possessiveOpens reports whether the sentence opens with "His" or "Her"
// owning the noun at tok, past at most three modifiers: "His first trip
// abroad was to Saudi Arabia", "Her visit to Kyiv was", whose owner is
// the visitor.
func possessiveOpens(toks []token, tok int) bool {
	if tok < 1 || tok > 4 || toks[0].w != "his" && toks[0].w != "her" {
		return false
	}
	for _, t := range toks[1:tok] {
		if t.punct || t.cap {
			return false
		}
	}
	return true
}

// coordinatedObject returns a second partner coordinated with the object
// group objG across a place phrase: "talks with Netanyahu in Jerusalem and
// Palestinian President Mahmoud Abbas in the West Bank" gives the
// Palestinians. It returns nil when no such partner follows.
func (s *sent) coordinatedObject(objG int, at []int, codes [][]string, stopAt map[int]bool) []string {
	end := -1
	for k := range at {
		if at[k] == objG {
			end = k
		}
	}
	if end < 0 {
		return nil
	}
	for k := end + 1; k < len(s.toks) && k <= end+8; k++ {
		t := s.toks[k]
		if objectStops[t.w] || stopAt[k] || t.w == "to" || s.dateAt(k) {
			return nil
		}
		if t.w != "and" {
			continue
		}
		// "and" then titles and the next state: another partner.
		for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
			if g := at[j]; g >= 0 {
				if g == objG || s.locative(j, at) || overlap(codes[g], codes[objG]) {
					return nil
				}
				return codes[g]
			}
			if !(titleWords[s.toks[j].w] || s.toks[j].w == "the" || s.toks[j].w == "his" || s.toks[j].w == "her") {
				return nil
			}
		}
		return nil
	}
	return nil
}

// parallelPlace returns the state of a second "in" place coordinated with
// the object group objG, itself told "in" a state: "an orphanage in
// Tanzania and a women's credit union in Mozambique"; else nil.
func (s *sent) parallelPlace(objG int, at []int, codes [][]string) []string {
	first, end := -1, -1
	for k := range at {
		if at[k] == objG {
			if first < 0 {
				first = k
			}
			end = k
		}
	}
	if first < 1 || s.toks[first-1].w != "in" || end+1 >= len(s.toks) || s.toks[end+1].w != "and" {
		return nil
	}
	for k := end + 2; k < len(s.toks) && k <= end+9; k++ {
		t := s.toks[k]
		if t.w == "in" && k+1 < len(s.toks) {
			if g := at[k+1]; g >= 0 && g != objG && s.stateAt(k+1) {
				return codes[g]
			}
			return nil
		}
		if t.punct && t.w != "'s" || t.cap || at[k] >= 0 || objectStops[t.w] {
			return nil
		}
	}
	return nil
}

// prepObject reports whether the group starting at j is the object of a
// preposition that names a partner or beneficiary: "with Vietnam", "for
// Chile", "between banks and Mexico".
func (s *sent) prepObject(j int) bool {
	switch s.toks[j-1].w {
	case "with", "for":
		return true
	case "and":
		for k := j - 2; k >= 0 && k >= j-4; k-- {
			if s.toks[k].w == "between" {
				return true
			}
			if s.toks[k].punct || s.anyActorAt(k) {
				return false
			}
		}
	}
	return false
}

// purposeVerbAt reports whether the word at k, after "to", is the verb of
// what an event is for ("to review", "to consider"): a lower-case word that
// names no country, no determiner and no verb of meeting someone ("to
// meet", "to hold talks with": a partner follows).
func purposeVerbAt(s *sent, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	return !t.cap && !t.punct && !s.anyActorAt(k) && !determiners[t.w] && !possessives[t.w] && !isNumberTok(t) &&
		!meetVerbsAfterTo[t.w] && !strings.HasSuffix(t.w, "ing") && (!strings.HasSuffix(t.w, "s") || purposeVerbsInS[t.w])
}

// purposeVerbsInS are verbs of purpose that end in "s", unlike the plural
// nouns a "to" may bring ("to discuss North Korea's nuclear test": what
// the meeting is about, not with whom).
var purposeVerbsInS = set("discuss", "address", "assess", "express", "stress", "focus")

// meetVerbsAfterTo name a partner after them ("to meet", "to talk with",
// "to hold talks with", "to urge U.S. officials"): no purpose apart from
// the meeting.
var meetVerbsAfterTo = set("meet", "see", "talk", "confer", "visit", "negotiate", "hold", "call", "phone", "consult", "sign",
	"host", "receive", "welcome", "join", "brief", "tell", "inform", "lead", "attend",
	"urge", "press", "persuade", "ask", "convince", "warn", "assure", "lobby", "reassure")

// topicPreps open what an event is about; partnerPreps reopen whom it is
// with ("talks on trade with China").
var (
	topicPreps   = set("on", "about", "over", "concerning", "regarding", "against")
	partnerPreps = set("with", "between", "to", "by")
)

var visitNouns = set("visit", "visits", "trip", "trips", "tour", "stop", "stops", "stopover", "stopovers")

// withOwners are nouns whose "with" phrase is theirs, not a meeting's
// partner ("tensions with China").
var withOwners = set("tensions", "tension", "relations", "ties", "rift", "dispute", "disputes", "friction",
	"conflict", "row", "standoff", "feud", "differences", "problems")

// itineraryVerbs after a trip name where it goes ("the trip will take him
// to Japan").
var itineraryVerbs = set("take", "takes", "include", "includes", "bring", "brings", "also")

// auxiliaries are finite verbs that end a noun phrase's object search.
var auxiliaries = set("is", "was", "were", "are", "will", "would", "has", "had", "have", "could", "should", "may",
	"might", "can", "did", "does")

// groupStart returns the first token of the actor group covering token k.
func groupStart(k int, at []int) int {
	j := k
	for j > 0 && at[j-1] == at[k] {
		j--
	}
	return j
}

// groupEnd returns the token after the actor group covering token k.
func groupEnd(k int, at []int) int {
	j := k
	for j < len(at) && at[j] == at[k] {
		j++
	}
	return j
}

// coordStart returns the first token of the coordinated actor group
// covering token k: "Australia" for "New Zealand" in "in Australia and New
// Zealand", "Mexico" for "Venezuela" in "Mexico, Chile, and Venezuela".
func (s *sent) coordStart(k int, at []int) int {
	j := k
	for j > 0 {
		switch {
		case at[j-1] == at[k]:
			j--
		case j > 1 && at[j-1] < 0 && at[j-2] == at[k] && (s.toks[j-1].w == "and" || s.toks[j-1].w == "or" || s.toks[j-1].w == ","):
			j--
		case j > 2 && at[j-1] < 0 && at[j-2] < 0 && at[j-3] == at[k] && s.toks[j-2].w == "," && (s.toks[j-1].w == "and" || s.toks[j-1].w == "or"):
			j -= 2 // "Mexico, Chile, and Venezuela"
		default:
			return j
		}
	}
	return j
}

// locative reports whether the actor group covering token k is the object
// of a place preposition ("in Italy", "at Doha").
func (s *sent) locative(k int, at []int) bool {
	j := s.coordStart(k, at)
	if j == 0 {
		return false
	}
	if j >= 3 && s.toks[j-1].w == "," && s.toks[j-2].cap && !s.toks[j-2].punct && at[j-2] < 0 &&
		s.namedAt(j, gazetteer.ByName) &&
		!s.listAfter(j, at) && !s.titledAfter(j, at) { // (not "Following talks in Tehran, Iran and Turkey signed": a list of parties)
		// "a unit in Muellheim, West Germany": the town's country
		p := j - 3
		if p >= 1 && s.toks[p].cap && !s.toks[p].punct && at[p] < 0 {
			p-- // "in Palo Alto, California"
		}
		switch s.toks[p].w {
		case "in", "at", "near", "outside":
			return true
		}
	}
	p := j - 1
	if s.toks[p].w == "the" && p >= 1 && s.namedAt(j, gazetteer.ByCapital) {
		p-- // "at the White House", "at the Kremlin": a seat of government
	}
	switch s.toks[p].w {
	case "in", "at", "near", "outside", "inside", "across", "throughout", "around":
		return true
	}
	if q := p; q >= 2 && (s.toks[q].w == "of" || s.toks[q].w == "," || s.toks[q].w == "capital") {
		// "in the Cuban capital of Havana", "in the Cuban capital Havana":
		// the capital a place-word demonym already placed
		if s.toks[q].w != "capital" {
			q--
		}
		return s.toks[q].w == "capital" && slices.ContainsFunc(s.actors, func(a actor) bool { return a.tok == q-1 && a.role == rolePlace })
	}
	return false
}

// titledAfter reports whether the state at token j names an officer's
// state ("..., U.S. President Barack Obama spoke"): then it opens a clause
// of its own, not the country of the town before the comma.
func (s *sent) titledAfter(j int, at []int) bool {
	k := j
	for k < len(s.toks) && at[k] == at[j] && s.anyActorAt(k) {
		k++
	}
	return k < len(s.toks) && (titleWords[s.toks[k].w] || officialNouns[s.toks[k].w])
}

// listAfter reports whether the group at token j goes on with "and"
// or "," and another state: "Iran and Turkey".
func (s *sent) listAfter(j int, at []int) bool {
	k := groupEnd(j, at)
	return k+1 < len(s.toks) && (s.toks[k].w == "and" || s.toks[k].w == ",") && at[k+1] == at[j]
}

var placePreps = set("in", "at", "near", "outside", "inside", "across", "throughout", "around", "on", "of", "to", "from")

// anyActorAt reports whether any country mention (of any role) covers
// token k; false past the sentence's end (a text cut off after "for").
func (s *sent) anyActorAt(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	for _, a := range s.actors {
		if a.how != byAnaphora && t.start < a.end && a.start < t.end {
			return true
		}
	}
	return false
}

var monthOrDay = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// movementVerbs, followed by a destination, state a visit when the
// traveller and the destination are different countries ("would be in
// Italy", "leave for Paris", "flew to Beijing").
var movementVerbs = map[string]string{
	"be": "in", "leave": "for", "leaves": "for", "left": "for", "leaving": "for", "head": "to", "heads": "to",
	"headed": "to", "heading": "to", "travel": "to", "travels": "to", "traveled": "to", "travelled": "to",
	"travelling": "to", "traveling": "to", "fly": "to", "flies": "to", "flew": "to", "flying": "to",
	"arrive": "in", "arrives": "in", "arrived": "in", "arriving": "in", "landed": "in", "lands": "in", "land": "in", "landing": "in",
	"is": "in", "was": "in", "are": "in", "were": "in",
	"come": "to", "comes": "to", "came": "to", "coming": "to", "go": "to", "goes": "to", "went": "to", "going": "to",
	"returned": "from", "returning": "from", "returns": "from",
	"depart": "for", "departs": "for", "departed": "for", "departing": "for",
	"jetted": "to", "jetting": "to", "drove": "to", "stopped": "in", // (not "jets": "fighter jets to Qatar")
	"foot": "in",  // "set foot in Cuba" (see findTriggers)
	"off":  "for", // "set off for Moscow" (see findTriggers)
}

// departureVerbs date a journey by its setting off: the talks it is for
// may begin a day or two later. They are departVerbs and the verbs of
// flying or heading somewhere.
var departureVerbs = func() map[string]bool {
	m := set("fly", "flies", "flew", "flying", "head", "heads", "headed", "heading")
	for w := range departVerbs {
		m[w] = true
	}
	return m
}()

// touchVerbs with "down in" and a destination state an arrival.
var touchVerbs = set("touch", "touches", "touched", "touching")

// openerWords may come before a participle that opens a sentence ("Shortly
// after touching down in Cuba Sunday, President Obama ...").
var openerWords = set("after", "before", "shortly", "just", "soon", "upon", "on", "while", "since", "when", "hours", "days", "minutes", "moments")

// personEndsAt reports whether the mention of a person ends at token j:
// the name, or the state after it ("Zarif of Iran", "Blair of the United
// Kingdom").
func (s *sent) personEndsAt(j int, at []int) bool {
	if s.personAt(j) {
		return true
	}
	k := j
	for k > 0 && at[k-1] == at[j] {
		k-- // to the first token of the state's name ("of" is in no group)
	}
	if k > 0 && s.toks[k-1].w == "the" {
		k--
	}
	return k >= 2 && s.toks[k-1].w == "of" && s.personAt(k-2) && at[k-2] == at[j]
}

// personAt reports whether a person stands for a state at token k
// ("Kerry", "Iranian President Hassan Rouhani"), as against the state's
// own name.
func (s *sent) personAt(k int) bool {
	for _, ac := range s.actors {
		if ac.tok == k && ac.how == byPerson {
			return true
		}
	}
	return false
}

// openerPreps open a sentence with the event it then tells of; openerFill
// may stand between them and the event noun.
var (
	openerPreps = set("in", "during", "at")
	openerFill  = set("a", "an", "the", "his", "her", "their", "its", "phone", "telephone", "lengthy", "long", "brief",
		"first", "second", "recent", "private", "closed-door", "two-hour", "one-hour", "hour-long", "joint",
		"last", "latest", "previous", "round", "of", "financial", "trade", "economic", "bilateral", "annual", "regular", "news", "press")
)

// opensWithParticiple reports whether the sentence opens with a participle
// before the trigger at trig: "Speaking after talks ...".
func (s *sent) opensWithParticiple(trig int) bool {
	w := s.toks[0].w
	return trig > 0 && s.toks[0].cap && strings.HasSuffix(w, "ing") && len(w) > 5
}

// openerSubject returns the subject of a participle opening its sentence:
// the first state named after the comma that closes the opening clause
// ("After touching down in Cuba Sunday, President Obama told ..." gives
// Obama's country). It returns nil when the trigger is no such participle.
func (s *sent) openerSubject(trig int, at []int, codes [][]string) []string {
	if s.opensWithParticiple(trig) {
		// "Speaking after talks in Brussels with the EU's foreign policy
		// chief, Federica Mogherini, Zarif said ...": the sayer right
		// before the main clause's verb, past any apposition.
		for k := trig + 1; k < len(s.toks); k++ {
			if s.toks[k].w == ";" || s.toks[k].w == ":" {
				return nil
			}
			if reportVerbs[s.toks[k].w] && k >= 2 {
				if g := at[k-1]; g >= 0 {
					return codes[g]
				}
				return nil
			}
		}
	}
	w := s.toks[trig].w
	participle := strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")
	if participle {
		for k := 0; k < trig; k++ {
			if !openerWords[s.toks[k].w] {
				return nil
			}
		}
	} else {
		// A prepositional opener: "In a phone call on Tuesday, Putin and
		// Obama discussed Syria", "During talks in Geneva, ...".
		if trig == 0 || !openerPreps[s.toks[0].w] {
			return nil
		}
		for k := 1; k < trig; k++ {
			if !openerFill[s.toks[k].w] {
				return nil
			}
		}
	}
	comma := -1
	for k := trig + 1; k < len(s.toks); k++ {
		if s.toks[k].w == "," {
			if k+1 < len(s.toks) && (s.toks[k+1].w == "who" || s.toks[k+1].w == "whose") {
				continue // "with Prime Minister David Cameron, who has staked his future on ..., Mr. Obama": past the aside
			}
			comma = k
			break
		}
		if s.toks[k].w == ";" || s.toks[k].w == ":" {
			return nil
		}
	}
	if comma < 0 {
		return nil
	}
	for k := comma + 1; k < len(s.toks) && k <= comma+6; k++ {
		if k <= comma+2 {
			// "Since restoring ties last year, the two nations have ..."
			var codes []string
			for _, ac := range s.actors {
				if ac.tok == k && ac.how == byAnaphora {
					codes = append(codes, ac.code)
				}
			}
			if len(codes) >= 2 {
				return codes
			}
		}
		if g := at[k]; g >= 0 {
			// The main clause's subject is a person: a titled name or a
			// leader ("President Obama", "U.S. Secretary of State
			// Kerry"), not the next item of a list the participle took
			// ("After visiting the U.S., England, France, ...").
			for j := comma + 1; j < len(s.toks) && j <= k+2; j++ {
				if titleWords[s.toks[j].w] || officialNouns[s.toks[j].w] && j > k {
					return codes[g] // (also "U.S. officials": people acting for the state)
				}
			}
			for _, ac := range s.actors {
				if ac.tok == k && ac.how == byPerson {
					return codes[g]
				}
			}
			return nil
		}
		if s.toks[k].w == "," || s.toks[k].w == "and" {
			return nil
		}
	}
	return nil
}

// betweenStops end the actor list of "between A and B".
var betweenStops = set(";", ":", "(", ")", ".", "which", "who", "whom", "whose", "that", "but", "while", "said",
	"says", "on", "over", "about", "in", "at", "during", "after", "before", "since", "when", "where")

// between returns the countries of "<trigger> between A and B" ("telephone
// calls between U.S. Secretary of State John Kerry and his Iranian
// counterpart"): every state named in the list after "between", which
// titles and names may pad beyond what a coordinated group spans. When the
// list names one state and a side that is none ("between the Syrian
// government and opposition"), it returns [""]: the event has no second
// state, and no partner may be guessed for it; so does a list with banks,
// creditors or companies in it.
func (s *sent) between(trig int) []string { return s.betweenActors(trig, false) }

// honorifics are abbreviated titles written with a full stop.
var honorifics = set("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "adm", "amb")

// inDate reports whether token k lies inside a date mention.
func (s *sent) inDate(k int) bool {
	for _, d := range s.dates {
		if d.tok <= k && k < d.tokEnd {
			return true
		}
	}
	return false
}

// afterDate returns the token after a date at k, with its "on"
// ("speaking on Friday next to"), or k when no date is there.
func (s *sent) afterDate(k int) int {
	j := k
	if j+1 < len(s.toks) && s.toks[j].w == "on" && s.inDate(j+1) {
		j++
	}
	if j >= len(s.toks) || !s.inDate(j) {
		return k
	}
	for j < len(s.toks) && s.inDate(j) {
		j++
	}
	return j
}

// betweenActors is between, also taking "the two countries" for the
// story's pair when anaphora is set.
func (s *sent) betweenActors(trig int, anaphora bool) []string {
	k := trig + 1
	for k < len(s.toks) && (k <= trig+2 || s.inDate(k-1)) && k <= trig+5 && s.toks[k].w != "between" {
		k++ // ("a three-way meeting this morning between ...")
	}
	if k >= len(s.toks) || s.toks[k].w != "between" {
		return nil
	}
	var out []string
	coordinated, bodies, member := false, false, k // member: "between" or the last "and", where a list member starts
	for j := k + 1; j < len(s.toks) && j <= k+24; j++ {
		if s.toks[j].w == "(" && j+2 < len(s.toks) && s.toks[j+2].w == ")" {
			j += 2 // "between the European Community (EC) and the United States"
			continue
		}
		if s.toks[j].w == "." && honorifics[s.toks[j-1].w] {
			continue // "between Mr. Obama, ..."
		}
		if betweenStops[s.toks[j].w] {
			break
		}
		if s.toks[j].w == "and" {
			coordinated = true
			if member >= 0 {
				member = j
			}
		}
		if s.toks[j].w == "," && coordinated && len(out) > 0 {
			// A complete "X and Y" list ends at its comma: "between Japan
			// and the DPRK, Li Bin, Chinese ambassador ..., met", "between
			// Ethiopia and the breakaway region of Somaliland, Turkey said"
			break
		}
		if s.toks[j].punct && s.toks[j].w != "-" && s.toks[j].w != "," || s.toks[j].w == "," && !s.actorAt(j+1) {
			member = -10 // the list ends: "between the European Union and Ankara, migrants and refugees ..."
		}
		if (partnerBodies[s.toks[j].w] && strings.HasSuffix(s.toks[j].w, "s") || subStateNouns[s.toks[j].w]) && !s.anyActorAt(j) && j-member <= 3 {
			// "talks between banks and Mexico, Chile, and Venezuela",
			// "between Brazil and its creditor banks", "between Ethiopia
			// and the breakaway region of Somaliland"
			bodies = true
		}
		for _, a := range s.actors {
			if a.tok == j && (a.explicit() || anaphora) && a.role == roleState && !s.excluded(a) && !slices.Contains(out, a.code) {
				out = append(out, a.code)
			}
		}
	}
	if len(out) == 1 && coordinated || bodies {
		return []string{""} // "talks between the Syrian government and opposition": the other side is no state
	}
	return out
}

// subStateNouns name a part of a state or a would-be state, no party to a
// bilateral accord: "the breakaway region of Somaliland".
var subStateNouns = set("region", "breakaway", "province", "territory", "enclave", "separatist", "separatists", "rebel",
	"self-declared", "autonomous")

// isNumberTok reports whether a token is a number, in digits or words
// ("about five hours", "about 300 troops"): "about" there means roughly.
func isNumberTok(t token) bool {
	if numberWords[t.w] > 0 || t.w == "a" || t.w == "an" || t.w == "one" {
		return true
	}
	return t.w != "" && t.w[0] >= '0' && t.w[0] <= '9'
}

// topical reports whether the actor group covering token k is what
// something is about: after a topic preposition or a verb of discussing
// ("on Syria", "discuss Afghanistan").
func (s *sent) topical(k int, at []int) bool {
	j := groupStart(k, at)
	if j == 0 {
		return false
	}
	w := s.toks[j-1].w
	return topicPreps[w] && w != "against" || strings.HasPrefix(w, "discuss")
}

// destination reports whether the actor group at k is where someone goes or
// comes from ("after going to Turkey, al-Jayab went to Syria"), which is
// never a later verb's subject.
func (s *sent) destination(k int, at []int) bool {
	j := s.coordStart(k, at)
	if j == 0 {
		return false
	}
	if j >= 2 && s.toks[j-1].w == "from" && (envoyNouns[s.toks[j-2].w] || manyParticipants[s.toks[j-2].w]) {
		return false // "Defence officials from South Korea and China will meet": whose officials
	}
	switch s.toks[j-1].w {
	case "to", "from", "into":
		return true
	case "for":
		// "left at around 5:30 p.m. Manila time for Hanoi and was expected
		// to meet": where the subject went
		for m := j - 2; m >= 0 && m >= j-12; m-- {
			if departureVerbs[s.toks[m].w] {
				return true
			}
			if s.toks[m].w == "," || s.toks[m].w == ";" {
				break
			}
		}
	}
	return false
}

// relativeSubject returns the actor group that is the subject of a
// relative clause between the trigger noun at tok and its verb ("The pact
// Japan signed", "the accord, which Japanese and U.S. officials signed"),
// or -1. Nothing but the group, its people's nouns and titles, and an
// auxiliary or adverb may stand between them.
func (s *sent) relativeSubject(tok, verb int, at []int) int {
	if verb <= tok+1 {
		return -1
	}
	k := tok + 1
	if s.toks[k].w == "," {
		k++
	}
	if k < verb && (s.toks[k].w == "which" || s.toks[k].w == "that") {
		k++
	}
	if k < verb && s.toks[k].w == "the" {
		k++
	}
	if k >= verb || at[k] < 0 {
		return -1
	}
	g := at[k]
	for j := k + 1; j < verb; j++ {
		w := s.toks[j].w
		if at[j] == g || at[j] < 0 && (officialNouns[w] || envoyNouns[w] || stateHeads[w] || titleWords[w] || s.toks[j].cap && !s.toks[j].punct) ||
			(w == "and" || w == "," || w == "the") && j+1 < verb && (at[j+1] == g || s.toks[j+1].w == "the" && j+2 < verb && at[j+2] == g) {
			continue
		}
		if j > k && (auxiliaries[w] || strings.HasSuffix(w, "ly") || w == "also" || w == "just") {
			continue
		}
		return -1
	}
	return g
}

// listedWithStates reports whether the event noun at tok ends the last
// item of a list whose earlier items are states: "touched on a range of
// issues, including Ukraine, North Korea, Libya and free trade talks". The
// states are the talks' fellow topics, not their sides; a state opening
// the item ("Japan and U.S. trade talks") is one.
func (s *sent) listedWithStates(tok int) bool {
	j := tok - 1
	for j >= 0 && j >= tok-4 && !s.toks[j].punct && !s.toks[j].cap && !s.anyActorAt(j) && s.toks[j].w != "and" && s.toks[j].w != "or" &&
		!auxiliaries[s.toks[j].w] && !beForms[s.toks[j].w] && !prepositions[s.toks[j].w] {
		j--
	}
	if j < 2 || j == tok-1 || s.toks[j].w != "and" && s.toks[j].w != "or" || !s.anyActorAt(j-1) {
		return false
	}
	for k := j - 1; k >= 1 && k >= j-12; k-- {
		if s.toks[k].w == "," && s.anyActorAt(k-1) {
			return s.stateAt(s.nameStart(k+1)) && s.stateAt(s.nameStart(k-1)) // ("Ukraine, North Korea and ...": a list of three or more)
		}
		if !s.anyActorAt(k) && !(s.toks[k].w == "the" && s.anyActorAt(k+1)) {
			break
		}
	}
	return false
}

// nameStart returns the first token of the actor's name that covers token
// k: "north" for the "korea" of "North Korea".
func (s *sent) nameStart(k int) int {
	for k > 0 && s.anyActorAt(k-1) && !s.toks[k-1].punct {
		k--
	}
	return k
}

// peopleFrom reports whether the actor at k, after "from", is whose people
// the object after start is: "met officials from Iraq", "talks with a
// delegation from Iraq" (not "returned from Iraq" or "imports from Iraq").
func (s *sent) peopleFrom(k, start int) bool {
	if k < 3 || k-2 <= start || s.toks[k-1].w != "from" {
		return false
	}
	w := s.toks[k-2].w
	return envoyNouns[w] || officialNouns[w] || manyParticipants[w] && !manyCountryNouns[w]
}

// manyCountryNouns name states themselves, not their people: "aid from
// nations" says nothing of whom one met.
var manyCountryNouns = set("nations", "countries", "powers", "states", "democracies", "economies", "governments",
	"members", "parties", "allies", "donors")

// envoyNouns, before "from" and a country, name that country's people in
// office.
var envoyNouns = set("officials", "representatives", "negotiators", "officers", "experts", "emissaries", "teams", "team",
	"delegation", "minister", "ministers")

// changesRelations reports whether w is a verb that changes relations,
// whose own object "relations with X" names the partner.
func changesRelations(w string) bool {
	_, a := relationVerbs[w]
	_, b := relationBases[w]
	_, c := relationGerunds[w]
	_, d := relationNouns[w] // "the restoration of diplomatic ties with Iraq"
	return a || b || c || d
}

// clauseSubject returns the actor group that opens the sentence as its
// subject (within its first four words, not a place), looking no further
// than token k; -1 if none.
func (s *sent) clauseSubject(k int, at []int) int {
	from := 0
	if j := s.openerEnd(k); j > 0 {
		from = j // "After years of refusal, Moscow has agreed ..."
	} else if j := s.quoteEnd(k); j > 0 {
		from = j // "\"I know that Netanyahu does not agree,\" Ayrault told reporters after his talks": the sayer
	}
	for j := from; j < k && j <= from+4; j++ {
		if s.toks[j].punct && s.toks[j].w != "\"" {
			return -1
		}
		if g, ok := s.subjectGroupAt(j, at); ok {
			return g
		}
	}
	return -1
}

// quoteEnd returns the token after a quotation that opens the sentence and
// closes before k (and after its comma), or 0.
func (s *sent) quoteEnd(k int) int {
	if len(s.toks) == 0 || s.toks[0].w != "\"" {
		return 0
	}
	for j := 1; j < k; j++ {
		if s.toks[j].w == "\"" {
			if j+1 < k && s.toks[j+1].w == "," {
				j++
			}
			return j + 1
		}
	}
	return 0
}

// subjectBefore returns the nearest actor group before token k that is
// no preposition's object ("Japan" in "U.S. officials said Japan failed to
// live up to its agreement", not "Afghanistan" in "the problems of
// Afghanistan ... in its talks"), within the sentence part before k; or -1.
func (s *sent) subjectBefore(k int, at []int) int {
	for j := k - 1; j >= 0 && j >= k-20; j-- {
		if s.toks[j].w == ";" || s.toks[j].w == ":" {
			return -1
		}
		if at[j] < 0 {
			continue
		}
		st := groupStart(j, at)
		if st > 0 && (prepositions[s.toks[st-1].w] || s.toks[st-1].w == "the" && st > 1 && prepositions[s.toks[st-2].w]) {
			j = st
			continue
		}
		a := j // the group's last actor, found where it starts ("the United States" at "united")
		for a > st && !s.stateAt(a) && !s.personAt(a) {
			a--
		}
		if s.personAt(a) || !s.stateAt(a) {
			return -1
		}
		return at[j]
	}
	return -1
}

// bilateralBefore reports whether "bilateral" premodifies the noun at tok
// ("under a bilateral treaty"): its states are the story's pair.
func (s *sent) bilateralBefore(tok int) bool { return bilateralAt(s.toks, tok) >= 0 }

// bilateralAt returns the token of the "bilateral" among the three words
// before the noun at tok ("the bilateral chip pact"), or -1.
func bilateralAt(toks []token, tok int) int {
	for k := tok - 1; k >= 0 && k >= tok-3; k-- {
		if toks[k].w == "bilateral" {
			return k
		}
	}
	return -1
}

// demonymGroup reports whether the actor group g is named only by demonyms
// ("Pakistani and Afghan").
func (s *sent) demonymGroup(g int, at []int) bool {
	return s.groupNamedBy(g, at, string(gazetteer.ByDemonym))
}

// seatGroup reports whether the actor group g is named only by a capital
// or seat of government ("the White House", "Kremlin"), not by a state's
// name ("its EU membership negotiations").
func (s *sent) seatGroup(g int, at []int) bool {
	return s.groupNamedBy(g, at, string(gazetteer.ByCapital), byAgency)
}

// groupNamedBy reports whether every mention of the actor group g is of
// one of the kinds hows.
func (s *sent) groupNamedBy(g int, at []int, hows ...string) bool {
	for _, a := range s.actors {
		if a.tok < len(at) && at[a.tok] == g && !slices.Contains(hows, a.how) {
			return false
		}
	}
	return true
}

// singleStateBefore reports whether the nearest actor group before token k
// is one state named by its name or capital, which a plural pronoun at k
// cannot stand for.
func (s *sent) singleStateBefore(k int, at []int, codes [][]string) bool {
	for j := k - 1; j >= 0; j-- {
		if g := at[j]; g >= 0 {
			if j+1 < k && (personHeads[s.toks[j+1].w] || peopleNouns[s.toks[j+1].w]) {
				return false // "EU leaders ..., they will meet"
			}
			return len(codes[g]) == 1 && s.groupNamedBy(g, at, string(gazetteer.ByName), string(gazetteer.ByCapital)) && s.coordStart(j, at) == s.nameStart(j)
		}
	}
	return false
}

// peopleNouns are plurals of people a state's name may premodify
// ("Japanese officials", "EU diplomats").
var peopleNouns = set("officials", "diplomats", "negotiators", "delegates", "representatives", "officers", "lawmakers")

// prepositions take a state as their object, not as a subject.
var prepositions = set("of", "in", "with", "to", "for", "from", "on", "about", "against", "by", "at", "into", "over", "toward",
	"towards", "between", "among", "across")

// subjectGroupAt returns, when an actor group stands at token j, that group
// or -1 when it names a place or destination there, and true; false when
// no group stands at j.
func (s *sent) subjectGroupAt(j int, at []int) (int, bool) {
	g := at[j]
	if g < 0 {
		return -1, false
	}
	if s.locative(j, at) || s.destination(j, at) {
		return -1, true
	}
	return g, true
}

// afterTalksSubject returns the actor group that held the talks at trig,
// when they are told as what came before something it did: an opening
// "After talks with Putin on Friday, Erdogan said" (the main clause's
// subject) or "Zarif said on Monday after talks in Brussels with ..." (the
// sayer before). It returns -1 otherwise.
func (s *sent) afterTalksSubject(trig int, at []int) int {
	toks := s.toks
	p := trig - 1
	for p >= 0 && p >= trig-4 && openerFill[toks[p].w] {
		p--
	}
	if p < 0 || !afterPreps[toks[p].w] {
		return -1
	}
	if p == 0 || p == 1 && s.opensWithParticiple(p) {
		// ("Speaking after talks with Merkel in Hanover, Obama spoke of
		// ...": the participle is the main clause's subject's)
		for k := trig + 1; k < len(toks) && k <= trig+22; k++ { // (an opener may name the venue at length)
			switch toks[k].w {
			case ";", ":":
				return -1
			case ",":
				if k+1 < len(toks) {
					if g, ok := s.subjectGroupAt(k+1, at); ok {
						return g
					}
					for j := k + 1; j < len(toks) && j <= k+5 && titleWords[toks[j].w]; j++ {
						for n := j + 1; n < len(toks) && n <= j+3; n++ {
							if g, ok := s.subjectGroupAt(n, at); ok {
								return g // ", President Erdogan said", ", President Barack Obama spoke"
							}
							if !toks[n].cap || toks[n].punct {
								break
							}
						}
					}
				}
				return -1
			}
		}
		return -1
	}
	// "X said (on Monday) after talks": the report verb, past a date.
	v := p - 1
	for v >= 0 && (s.dateAt(v) || toks[v].w == "on" || toks[v].w == "reporters" || toks[v].w == "journalists") {
		v--
	}
	if v < 1 || !reportVerbs[toks[v].w] {
		return -1
	}
	return s.sayerBefore(v, at)
}

// afterPreps tell talks as what came before something else.
var afterPreps = set("after", "following")

// sayerBefore returns the actor group of the sayer right before the report
// verb at v, in the words after the last comma or quote ("..., Belgian
// Foreign Minister Leo Tindemans said"), or -1.
func (s *sent) sayerBefore(v int, at []int) int {
	for j := v - 1; j >= 0 && j >= v-8; j-- {
		if s.toks[j].punct && s.toks[j].w != "." && s.toks[j].w != "-" {
			return -1
		}
		if g, ok := s.subjectGroupAt(j, at); ok {
			return g
		}
	}
	return -1
}

// possessives before a meeting word refer to its subject ("its talks").
var possessives = set("its", "his", "her", "their")

// issueWords between a country and a meeting word make the country what is
// talked about ("South Africa had not been an issue in the talks").
var issueWords = set("issue", "issues", "topic", "topics", "subject", "agenda", "question", "matter", "focus")

// copulas link a subject to what it is ("had not been an issue").
var copulas = set("is", "was", "are", "were", "be", "been", "being", "became", "becomes", "remains", "remained", "'s")

// issueOfTalks reports whether the country at i is what the talks at j are
// about: an issue word follows it through a copula ("South Africa had not
// been a contentious issue in the talks"). A country that raises the
// issue acts ("King Hussein of Jordan raised the issue during a visit to
// the United States").
func issueOfTalks(toks []token, i, j int) bool {
	copula := false
	for k := i + 1; k < j && k < len(toks); k++ {
		if copulas[toks[k].w] {
			copula = true
		}
		if issueWords[toks[k].w] {
			return copula
		}
	}
	return false
}

// openerEnd returns the token after the comma that closes an opening
// adverbial phrase ("After years of refusal, ...", "On Tuesday, ..."), when
// no actor stands in it and it ends within ten words before k; else 0.
func (s *sent) openerEnd(k int) int {
	if len(s.toks) == 0 || s.toks[0].punct {
		return 0
	}
	switch s.toks[0].w {
	case "after", "before", "on", "in", "at", "during", "following", "despite", "since", "earlier", "later",
		"last", "this", "speaking", "asked", "meanwhile", "however", "yesterday", "today":
	default:
		return 0
	}
	for j := 1; j < k && j <= 10; j++ {
		if s.anyActorAt(j) {
			return 0
		}
		if s.toks[j].w == "," {
			return j + 1
		}
	}
	return 0
}

// partnerAfter reports whether a state or its officer follows the trigger
// at tok as its partner: "talked with the Americans", "held talks with
// China", "met Lavrov".
func (s *sent) partnerAfter(tok int) bool {
	for k := tok + 1; k < len(s.toks) && k <= tok+4; k++ {
		t := s.toks[k]
		if t.punct {
			return false
		}
		if t.w == "with" || k == tok+1 {
			j := k
			if t.w == "with" {
				j++
			}
			if j < len(s.toks) && s.toks[j].w == "the" {
				j++
			}
			if j < len(s.toks) && (s.stateAt(j) || s.personAt(j)) {
				return true
			}
		}
	}
	return false
}

// quoteSpeaker returns the actor group of the speaker of the quotation
// holding token k: '"...," Russian Foreign Minister Sergei Lavrov said' or
// 'Lavrov said: "..."', or -1 when k is in no quotation or its speaker is
// not named in the sentence.
func (s *sent) quoteSpeaker(k int, at []int) int {
	toks := s.toks
	open := -1
	n := 0
	for j := 0; j < k; j++ {
		if toks[j].w == "\"" {
			n++
			open = j
		}
	}
	if n%2 == 0 {
		return -1 // (the tokenizer writes every quotation mark as ")
	}
	for j := k + 1; j < len(toks); j++ {
		if toks[j].w != "\"" {
			continue
		}
		// After the closing mark: ', Lavrov said' or ', said Lavrov'.
		for v := j + 1; v < len(toks) && v <= j+12; v++ {
			if toks[v].w == "\"" || toks[v].w == ";" {
				break
			}
			if reportVerbs[toks[v].w] {
				if g := s.sayerBefore(v, at); g >= 0 {
					return g
				}
				if v+1 < len(toks) {
					if g, ok := s.subjectGroupAt(v+1, at); ok && g >= 0 {
						return g
					}
				}
				break
			}
		}
		break
	}
	// Before the opening mark: 'Lavrov said: "...'.
	v := open - 1
	if v >= 0 && (toks[v].w == ":" || toks[v].w == ",") {
		v--
	}
	if v >= 1 && reportVerbs[toks[v].w] {
		return s.clauseSubject(v, at)
	}
	return -1
}

// afterQuote reports whether token k comes right after a closing
// quotation and its comma: '... has not changed," he told a press
// conference'.
func afterQuote(toks []token, k int) bool {
	if k < 2 {
		return false
	}
	a, b := toks[k-2].w, toks[k-1].w
	return a == "," && b == "\"" || a == "\"" && b == "," // (the tokenizer writes every quotation mark as ")
}

// whenWhereAside returns the token of the comma closing an aside that
// opens at the comma k and only tells when and where ("on April 5-6 in
// Ottawa"), or 0.
func (s *sent) whenWhereAside(k int) int {
	if k+1 >= len(s.toks) || s.toks[k+1].w != "on" && s.toks[k+1].w != "in" && s.toks[k+1].w != "at" {
		return 0 // an aside of when and where opens with its preposition
	}
	for j := k + 1; j < len(s.toks) && j <= k+9; j++ {
		t := s.toks[j]
		if t.w == "," {
			if j == k+1 {
				return 0
			}
			return j
		}
		switch {
		case t.w == "on" || t.w == "in" || t.w == "at" || t.w == "the" || t.w == "-" || t.w == "and",
			isNumberTok(t) && t.w != "a" && t.w != "an", monthOrDay[t.w], s.anyActorAt(j), s.dateAt(j), t.cap:
			continue
		}
		return 0
	}
	return 0
}

// byAgent returns the actor group named by a "by" phrase right after the
// group covering token k ("to Japan by US Defense Secretary William
// Cohen", "to Beijing by the French foreign minister"), or -1.
func (s *sent) byAgent(k int, at []int) int {
	j := groupEnd(k, at)
	if j >= len(s.toks) || s.toks[j].w != "by" {
		return -1
	}
	for m := j + 1; m < len(s.toks) && m <= j+5; m++ {
		if g := at[m]; g >= 0 {
			return g
		}
		if s.toks[m].punct || isClauseBreak(s.toks[m]) {
			break
		}
	}
	return -1
}

// giveVerbs are what a state agrees to do for another with money or
// goods: "agreed to provide credits", "agreed to build two roads".
var giveVerbs = set("provide", "give", "grant", "extend", "supply", "lend", "loan", "sell", "build", "finance", "fund", "donate")

// agreedToGive reports whether the trigger at tok is "agreed to <give>":
// the accord of an aid, a credit or a sale, whose other party is the
// state it goes to.
func (s *sent) agreedToGive(tok int) bool {
	toks := s.toks
	if toks[tok].w != "agreed" {
		return false
	}
	j := tok + 1
	for j < len(toks) && s.inDate(j) {
		j++ // "agreed last year to limit"
	}
	if j+1 >= len(toks) || toks[j].w != "to" {
		return false
	}
	j++
	if strings.HasSuffix(toks[j].w, "ly") && j+1 < len(toks) {
		j++ // "to voluntarily limit"
	}
	if giveVerbs[toks[j].w] {
		return true
	}
	if !restraintVerbs[toks[j].w] {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+5 && !toks[k].punct; k++ {
		if tradeFlows[toks[k].w] {
			return true // "agreed to limit its steel product exports to the U.S.": a restraint, whose other party takes the goods
		}
	}
	return false
}

// restraintVerbs hold back a trade flow; tradeFlows are the flows.
var (
	restraintVerbs = set("limit", "restrict", "curb", "cut", "reduce", "restrain", "cap", "freeze")
	tradeFlows     = set("exports", "shipments", "sales", "imports")
)

// namedAt reports whether an actor named the given way stands at k: by
// its name ("in Uganda", not "in Kampala"), by its capital ("at the
// Kremlin").
func (s *sent) namedAt(k int, how gazetteer.How) bool {
	return slices.ContainsFunc(s.actors, func(a actor) bool { return a.tok == k && a.how == string(how) })
}

// premodifiersOnly reports whether the tokens from i up to j are only words
// that can premodify a noun ("the", "trade", "fresh"): no punctuation,
// capitals, prepositions, conjunctions or actors.
func premodifiersOnly(s *sent, i, j int) bool {
	for k := i; k < j; k++ {
		t := s.toks[k]
		if t.punct || t.cap || prepositions[t.w] || t.w == "and" || t.w == "or" || s.anyActorAt(k) {
			return false
		}
	}
	return true
}

// titleAsideThenAnd returns the token after the "and" that follows a
// lower-case title set off by commas from k (", general secretary of the
// CPV Central Committee, and"), or 0.
func titleAsideThenAnd(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k+1].cap || toks[k+1].punct {
		return 0
	}
	office := false
	for j := k + 1; j < len(toks) && j <= k+14; j++ {
		if toks[j].w == "," {
			if office && j+2 < len(toks) && toks[j+1].w == "and" {
				return j + 2
			}
			return 0
		}
		if toks[j].punct || isClauseBreak(toks[j]) {
			return 0
		}
		office = office || officeTitles[toks[j].w]
	}
	return 0
}

// possessiveOwner returns the state of the person whose "his" or "her"
// owns the meeting noun at tok (one modifier may stand between: "her
// bilateral talks") when obj are the talks' partners: a person the
// sentence names outside obj (its sayer first), else the one person the
// sentence before names; "" when none is known.
func (s *sent) possessiveOwner(tok int, obj []string) string {
	k := tok - 1
	if possessiveOpens(s.toks, tok) {
		k = 0 // "His first official visit was to Saudi Arabia"
	} else if k >= 1 && !s.toks[k].cap && !s.toks[k].punct && !possessives[s.toks[k].w] {
		k-- // "her bilateral talks"
	}
	if k < 0 || s.toks[k].w != "his" && s.toks[k].w != "her" {
		return ""
	}
	owner := ""
	for _, a := range s.actors {
		if a.how != byPerson || slices.Contains(obj, a.code) {
			continue
		}
		if e := tokenAt(s.toks, a.end-1) + 1; e < len(s.toks) && reportVerbs[s.toks[e].w] {
			return a.code // "..., Arroyo told reporters": the sayer
		}
		if owner == "" {
			owner = a.code
		}
	}
	if owner == "" && s.prevOnly && !slices.Contains(obj, s.prevPerson) {
		owner = s.prevPerson
	}
	return owner
}
