package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// trigger is one word or phrase of a sentence that states an event.
type trigger struct {
	kind     graph.Kind
	tok      int    // the trigger word (meeting noun or verb, accord noun, relations verb)
	verb     int    // the word whose tense and modality count
	mode     string // MEETING: meeting, talks, summit, visit, phone
	status   string // ACCORD: from the verb; MEETING: set later
	action   string // RELATIONS
	weak     bool   // needs two explicitly named countries
	movement bool   // a travel verb with a destination: needs a traveller and a destination
	needArgs bool   // both subject and object must be named (phone calls)
	count    int    // ACCORD: how many accords the phrase states
	topics   []string
	headNoun int  // ACCORD: the accord noun, or -1
	undated  bool // ACCORD under negotiation: a date near it is the talks', not the accord's
	partner  int  // RELATIONS: the token of the other party, when the phrase names it apart (else 0: none)
	heldTo   bool // ACCORD: an accord in force a state is said to honour or break; complianceParties names its parties
	coordOf  int  // ACCORD: 1 + the noun of the accord this one is coordinated with under one verb ("an oil agreement and a ... agreement on"), else 0
}

// wordClass says which passes of findTriggers a word can start, so that a
// token outside every lexicon costs one lookup (at tokenize) instead of one
// per lexicon in each pass.
type wordClass uint8

const (
	clsMeeting wordClass = 1 << iota // a MEETING pattern starts here (meeting words, phone, call, movement, stay verbs, ...)
	clsAccord                        // accordNouns
	clsLend                          // lendVerbs
	clsRelNoun                       // relationNouns
	clsRelVerb                       // relationVerbs, relationGerunds, relationBases
	clsTruce                         // truce nouns (truceNoun)
)

// triggerClass maps a lower-case word to its classes. Every word a pass of
// findTriggers tests first must be here under that pass's class.
var triggerClass = func() map[string]wordClass {
	m := map[string]wordClass{}
	add := func(c wordClass, words ...string) {
		for _, w := range words {
			m[w] |= c
		}
	}
	add(clsMeeting, slices.Collect(maps.Keys(meetingWords))...)
	add(clsMeeting, "session", "sessions") // a joint body's only (jointSession)
	add(clsMeeting, slices.Collect(maps.Keys(weakMeetingWords))...)
	add(clsMeeting, slices.Collect(maps.Keys(movementVerbs))...)
	for _, set := range []map[string]bool{phoneVerbs, conferVerbs, callVerbs, touchVerbs, stayVerbs, sendVerbs} {
		add(clsMeeting, slices.Collect(maps.Keys(set))...)
	}
	add(clsMeeting, slices.Collect(maps.Keys(callActVerbs))...)
	add(clsMeeting, "call", "calls", "conversation", "conversations", "told", "tells", "assured", "conference",
		"phone", "telephone", "negotiating", "negotiated", "negotiates", "negotiate", "way",
		"left", "leaves", "leaving", "leave", "return", "exchanged", "exchange", "exchanging", "dialogue", "dialog", "sit", "sits", "sat", "sitting",
		"standing", "stood", "appearing", "appeared", "touch", "contact", "discussing",
		"video", "video-call", "appearance", "appearances", "hands")
	add(clsMeeting, slices.Collect(maps.Keys(mealNouns))...)
	add(clsMeeting, slices.Collect(maps.Keys(encounterNouns))...)
	add(clsMeeting, slices.Collect(maps.Keys(stopNouns))...)
	add(clsMeeting, slices.Collect(maps.Keys(receiveMeetVerbs))...)
	add(clsMeeting, slices.Collect(maps.Keys(summonVerbs))...)
	add(clsMeeting, slices.Collect(maps.Keys(carryVerbs))...)
	add(clsAccord, slices.Collect(maps.Keys(accordNouns))...)
	add(clsAccord, "swap", "exchange") // a prisoner swap only
	add(clsLend, slices.Collect(maps.Keys(lendVerbs))...)
	add(clsRelNoun, slices.Collect(maps.Keys(relationNouns))...)
	add(clsRelNoun, slices.Collect(maps.Keys(relationGerunds))...) // ("the reestablishing of relations")
	add(clsRelVerb, slices.Collect(maps.Keys(relationVerbs))...)
	add(clsRelVerb, slices.Collect(maps.Keys(relationGerunds))...)
	add(clsRelVerb, slices.Collect(maps.Keys(relationBases))...)
	add(clsTruce, "ceasefire", "cease-fire", "truce", "armistice", "hostilities")
	return m
}()

// findTriggers returns the event triggers of a sentence, in token order
// within each kind.
func findTriggers(s *sent) []trigger {
	toks := s.toks
	var out []trigger
	// MEETING.
	// (A new branch below must list its first word under clsMeeting in
	// triggerClass, or it never runs.)
	for i, t := range toks {
		if t.punct || t.cls&clsMeeting == 0 {
			continue
		}
		if (t.w == "session" || t.w == "sessions") && jointSession(s, i) {
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "meeting", headNoun: -1})
			continue // "the China-Russia Intergovernmental Commission held its 20th session", "the second session of their Joint Permanent Commission"
		}
		if mode, ok := meetingWords[t.w]; ok {
			if otherSense(toks, i) && !jointBodyMeeting(s, i) || generic(toks, i) || manyParties(s, i) || gathering(s, i) || ledBy(toks, i) {
				continue
			}
			if p, ok := compoundParties(toks, i); ok && mode != "visit" && p > len(distinctCodes(s.actors, true)) {
				continue // "ahead of next week's six-way nuclear disarmament talks": more sides than the sentence names
			}
			if mode == "visit" && t.cap && i > 0 && !toks[i-1].punct && i+1 < len(toks) && toks[i+1].cap && !toks[i+1].punct && !s.anyActorAt(i+1) && !prepositions[toks[i+1].w] {
				continue // "the 1999 Visiting Forces Agreement": a word of a name (not a headline's "Visit To Cuba")
			}
			if mode == "summit" && s.includingStates() {
				continue // "15 African leaders arrived in Beijing Thursday, including presidents of Zambia, Ghana and Kenya, ... for the Beijing Summit": some of many
			}
			if mode == "visit" && i+2 < len(toks) && toks[i+1].w == "the" && (toks[i+2].w == "region" || toks[i+2].w == "area") && !(i+3 < len(toks) && toks[i+3].w == "of") {
				continue // "Rice, who had visited the region and pushed hard on the two sides": many places, no host
			}
			if mode == "visit" && (citizensVisit(s, i) || privateVisitor(s, i) || conditionalVerb(toks, i) || militaryBefore(toks, i)) {
				continue // "for Mexicans to visit the United States", "a mother infected while visiting Brazil", "if he visited", "the U.S. warship has visited Zhanjiang"
			}
			if inBodyName(toks, i) {
				continue // "the Saudi-backed High Negotiations Committee": a body's name
			}
			if s.attendedByStates(i) {
				continue // "The presidents of Afghanistan and Nigeria will both be attending the summit": others' gathering
			}
			if internalPeace(s, i) {
				continue // "faltering Syrian peace talks": a state's talks with its own rebels
			}
			if withOwnRebels(toks, i) || s.rebelsInSubject(i) {
				continue // "peace talks between the government and the rebel Lord's Resistance Army", "Khartoum and the two rebel groups ... started ... talks": a state and its rebels
			}
			if formsGovernment(toks, i) {
				continue // "the ongoing consultations to form such a government": a state's own politics
			}
			if noPlanBefore(toks, i) {
				continue // "has no plans to start bilateral trade talks with the United States"
			}
			if (t.w == "host" || t.w == "hosts") && (!verbAfter(s, i) || ownedNoun(s, i)) && !playsHost(toks, i) {
				continue // "the host country", "a host of issues", "told his French hosts Tuesday": a noun
			}
			if strings.HasPrefix(t.w, "host") && i+1 < len(toks) && hostNouns[toks[i+1].w] {
				continue // "the hosting rights for the 2018 World Cup"
			}
			if strings.HasPrefix(t.w, "host") && hostsGathering(s, i) {
				continue // "China is hosting the Group of 20 summit meeting": no guest of its own
			}
			if t.w == "hosted" && i+2 < len(toks) && toks[i+1].w == "by" && len(s.statesUntilBreak(i+2)) >= 2 {
				continue // "the tournament, which was hosted by Poland and Ukraine": co-hosts meet no one
			}
			if t.w == "hosted" && i+1 < len(toks) && toks[i+1].w == "by" && hostedMeetingBefore(toks, i) {
				continue // "told a conference on state governance in Africa hosted by the European Commission": the host's gathering, told by its noun
			}
			if strings.HasPrefix(t.w, "host") && hostsCrowd(toks, i) {
				continue // "hosted 1.1 million", "is hosting more than 2.5 million Syrian refugees"
			}
			if t.w == "tour" && i > 0 && toks[i-1].w != "a" && toks[i-1].w != "the" && !strings.HasSuffix(toks[i-1].w, "-day") {
				continue // "tour" as a verb of sightseeing is rare; the noun after an article is a visit
			}
			if mode != "visit" && (i > 0 && (toks[i-1].w == "virtual" || toks[i-1].w == "video") || videoAfter(toks, i)) {
				mode = "video" // "held a virtual summit", "met via video link"
			}
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: mode, headNoun: -1})
			continue
		}
		if i == 0 && t.w == "speaking" && len(toks) > 3 && toks[1].w == "in" && (s.namedAt(2, gazetteer.ByCapital) || s.namedAt(2, gazetteer.ByName)) { // (not a city: "Speaking in Davos")
			// "Speaking in Ankara, Merkel said ...": the speaker is there,
			// a visit when the main clause's speaker is another state's
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "visit", movement: true, headNoun: -1})
			continue
		}
		if stopNouns[t.w] && i > 0 && stopBefore[toks[i-1].w] && i+2 < len(toks) && (toks[i+1].w == "in" || toks[i+1].w == "at") && s.actorAt(i+2) {
			// "is in Hong Kong after stops in Peking and Seoul", "a brief
			// stopover in Tokyo": a traveller's visits
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "visit", headNoun: -1})
			continue
		}
		if (t.w == "call" || t.w == "calls" || t.w == "conversation" || t.w == "conversations") && i > 0 &&
			(toks[i-1].w == "phone" || toks[i-1].w == "telephone") ||
			t.w == "call" && i+2 < len(toks) && toks[i+1].w == "between" && (s.personAt(i+2) || s.actorAt(i+2)) ||
			t.w == "call" && i >= 2 && toks[i-1].w == "a" && callTakers[toks[i-2].w] && i+2 < len(toks) &&
				(toks[i+1].w == "from" || toks[i+1].w == "to" || toks[i+1].w == "with") && (s.personAt(i+2) || s.actorAt(i+2)) {
			// ("A call between U.S. President Barack Obama and Chinese President Xi Jinping took place on Friday",
			// "Duterte received a call from Chinese President Xi Jinping last night")
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "phone", needArgs: true, headNoun: -1})
			continue
		}
		if n := videoNoun(toks, i); n > 0 && i+n+1 < len(toks) && (toks[i+n].w == "with" || toks[i+n].w == "between") &&
			(s.personAt(i+n+1) || s.actorAt(i+n+1) || spokeWithOfficer(s, i+n+1)) {
			// "held a videoconference with Chinese President Xi Jinping",
			// "a video call between Biden and Xi": talks over a screen
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "video", needArgs: true, headNoun: -1})
			continue
		}
		if (t.w == "touch" || t.w == "contact") && i > 0 && toks[i-1].w == "in" && i+2 < len(toks) && toks[i+1].w == "with" && !isModal(toks, i-1) &&
			spokeWithOfficer(s, i+2) {
			// "Kerry has been in touch with Russian Foreign Minister Sergei
			// Lavrov", "in contact with his Chinese counterpart": talks, by
			// any means
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", needArgs: true, headNoun: -1})
			continue
		}
		if (t.w == "conversation" || t.w == "conversations") && i+2 < len(toks) && toks[i+1].w == "with" && spokeWithOfficer(s, i+2) {
			// "the Israeli leader, in a conversation with Mr. Erdogan, agreed"
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", needArgs: true, headNoun: -1})
			continue
		}
		if phoneVerbs[t.w] && phoneAfter(toks, i) {
			// "spoke with Kerry on the phone Friday", "talked by telephone"
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "phone", needArgs: true, headNoun: -1})
			continue
		}
		if (phoneVerbs[t.w] || callActVerbs[t.w]) && !isModal(toks, i) && spokeWithOfficer(s, objectAfter(toks, i)) && videoAfter(toks, i) {
			// "talked with Modi via video link on Monday", "briefed Macron
			// by videoconference": talks over a screen
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "video", needArgs: true, headNoun: -1})
			continue
		}
		if mealWith(s, i) {
			// "Obama had dinner with Xi on Monday", "shook hands with
			// Castro": a meeting, however brief
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "meeting", needArgs: true, headNoun: -1})
			continue
		}
		if (phoneVerbs[t.w] && t.w != "speaking" || conferVerbs[t.w]) && i+2 < len(toks) && (toks[i+1].w == "with" || toks[i+1].w == "to" && !conferVerbs[t.w]) &&
			!isModal(toks, i) && spokeWithOfficer(s, i+2) {
			// "Davutoglu said he spoke with German Chancellor Angela Merkel",
			// "to confer with Foreign Undersecretary ...": talks, maybe by phone
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", needArgs: true, headNoun: -1})
			continue
		}
		if callActVerbs[t.w] && !isModal(toks, i) && spokeWithOfficer(s, i+1) && (phoneAfter(toks, i) || phoneCallAfter(toks, i)) {
			// "Kerry warned Lavrov in a phone call on Tuesday",
			// "congratulated Lavrov by phone": a call, told by what was said
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "phone", needArgs: true, headNoun: -1})
			continue
		}
		if (t.w == "told" || t.w == "tells" || t.w == "assured") && !isModal(toks, i) && spokeWithOfficer(s, i+1) && !inWriting(toks, i) {
			// "Kerry said he had told his Chinese counterpart that ...",
			// "Hun Sen had told Li that ...": a conversation between the two
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", needArgs: true, headNoun: -1})
			continue
		}
		if receiveMeetVerbs[t.w] && callsPerson(s, i) && !isModal(toks, i) && (!possessedAfter(toks, i+1) || s.possessiveOfficer(i+1)) {
			// "Putin received Abe in the Kremlin on Monday", "Merkel
			// welcomed Hollande to Berlin": a host meets a state's officer
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "meeting", needArgs: true, headNoun: -1})
			continue
		}
		if summonVerbs[t.w] && summonsEnvoy(s, i) && !isModal(toks, i) {
			// "Turkey summoned the Russian ambassador on Saturday", "the
			// Iranian charge d'affaires was summoned by the ministry": the
			// envoy's state meets the summoner's
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "meeting", needArgs: true, headNoun: -1})
			continue
		}
		if callVerbs[t.w] && callsPerson(s, i) && !isModal(toks, i) {
			// "Biden on Saturday called Turkish Prime Minister Ahmet
			// Davutoglu", "phoned Kerry": a phone call
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "phone", needArgs: true, headNoun: -1})
			continue
		}
		if w := withPastPlace(toks, i); t.w == "conference" && i >= 2 && (toks[i-1].w == "news" || toks[i-1].w == "press") &&
			(toks[i-2].w == "joint" && (w > 0 || heldBefore(toks, i)) || w > 0 && w+1 < len(toks) && spokeWithOfficer(s, w+1)) {
			// "told a joint news conference with his German counterpart",
			// "Merkel and Hollande held a joint press conference", "Merkel
			// told a news conference with Hollande", "Kerry told a news
			// conference in Amman with Jordanian Foreign Minister Nasser
			// Judeh": a joint appearance
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "meeting", needArgs: true, headNoun: -1})
			continue
		}
		if n := mealFor(toks, i); n > 0 && i >= 2 && (hostMealVerbs[toks[i-2].w] || i >= 3 && hostMealVerbs[toks[i-3].w]) &&
			(spokeWithOfficer(s, n) || toks[n].w == "the" && n+1 < len(toks) && toks[n+1].w == "visiting" && spokeWithOfficer(s, n+2)) {
			// "Macron hosted a dinner for German Chancellor Angela Merkel",
			// "gave a luncheon in honour of the visiting Indian premier":
			// the host meets the guest
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "meeting", needArgs: true, headNoun: -1})
			continue
		}
		if t.w == "conference" && i+1 < len(toks) && toks[i+1].w == "between" && !(i >= 1 && (toks[i-1].w == "news" || toks[i-1].w == "press")) {
			// "since a conference between Abbas and Israeli Prime Minister
			// Ariel Sharon in June": the two sides' meeting, not a
			// gathering of many
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "meeting", needArgs: true, headNoun: -1})
			continue
		}
		if w := withPastPlace(toks, i); (t.w == "appearance" || t.w == "appearances") && i >= 2 && (toks[i-1].w == "joint" || toks[i-2].w == "joint") &&
			w > 0 && w+1 < len(toks) && spokeWithOfficer(s, w+1) {
			// "Kirchner, in a joint press appearance with President Bush on
			// Friday, warned": a joint appearance, as a joint news
			// conference is
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "meeting", needArgs: true, headNoun: -1})
			continue
		}
		if alongsideSpeaking(s, i) {
			// "Kerry, speaking alongside Chinese Foreign Minister Wang Yi
			// in Beijing on Wednesday, said": a joint appearance
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "meeting", needArgs: true, headNoun: -1})
			continue
		}
		if (t.w == "sit" || t.w == "sits" || t.w == "sat" || t.w == "sitting") && i+1 < len(toks) && toks[i+1].w == "down" && !(i+2 < len(toks) && toks[i+2].w == "strike") {
			// "Negotiators from the two countries will sit down next week",
			// "sat down with Lavrov": talks
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", headNoun: -1})
			continue
		}
		if sendVerbs[t.w] {
			// "would still send a high-level delegation to Washington this
			// week", "will send a team of officials to Washington": a
			// visit by the sender's state.
			for k := i + 1; k+2 < len(toks) && k <= i+6; k++ {
				if sentPerson(toks[k]) && toks[k+1].w == "to" && s.actorAt(k+2) {
					out = append(out, trigger{kind: graph.KindMeeting, tok: k, verb: i, mode: "visit", headNoun: k})
					break
				}
				if toks[k].punct && toks[k].w != "-" {
					break
				}
			}
		}
		if (t.w == "dialogue" || t.w == "dialog") && (heldBefore(toks, i) || compoundPair(s, i) != nil) {
			// "held their annual bilateral security dialogue", "the first
			// China-U.S. strategic economic dialogue opened": talks under
			// the name diplomats give them; not "called for dialogue".
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", headNoun: -1})
			continue
		}
		if (t.w == "call" || t.w == "calls") && i > 0 && toks[i-1].w == "courtesy" {
			// "paid a courtesy call on President Reagan"
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "meeting", headNoun: -1})
			continue
		}
		if (t.w == "phone" || t.w == "telephone") && i > 0 && toks[i-1].w == "by" && !talkedBefore(toks, i) {
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "phone", needArgs: true, headNoun: -1})
			continue
		}
		if (t.w == "exchanged" || t.w == "exchange" || t.w == "exchanging") && i+1 < len(toks) && toks[i+1].w == "views" {
			// "Lavrov and Kerry exchanged views on Syria": talks, told as
			// diplomats tell them; weak, so both sides must be named.
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", weak: true, headNoun: -1})
			continue
		}
		if mode, ok := weakMeetingWords[t.w]; ok {
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: mode, weak: true, headNoun: -1})
			continue
		}
		dayGap := 0 // words of a day between a journey verb and its preposition: "left Tuesday for the UAE"
		if prep, ok := movementVerbs[t.w]; ok {
			if prep == "from" && i+2 < len(toks) && (toks[i+1].w == "home" || toks[i+1].w == "back") {
				dayGap = 1 // "returned home from Ethiopia and Djibouti"
			}
			dayGap += s.dateAfter(i + dayGap)
			if a := toks[min(i+1+dayGap, len(toks)-1)].w; i+2+dayGap < len(toks) && stayAdverbs[a] && toks[i+2+dayGap].w == prep &&
				(!beForms[t.w] || a == "currently" || a == "recently") {
				dayGap++ // "Mousavi is currently in Damascus", "flew again to Tokyo" (not "is now in Tehran's Evin prison")
			}
		}
		if prep, ok := movementVerbs[t.w]; ok && i+3 < len(toks) && prep == "to" && toks[i+1].w == "on" && toks[i+2].w == "to" && s.actorAt(i+3) &&
			!(i > 0 && nounBefore[toks[i-1].w]) {
			// "Cohen will fly on to South Korea": the next stop
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "visit", movement: true, headNoun: -1})
		} else if (t.w == "foot" || t.w == "off") && !(i > 0 && setForms[toks[i-1].w]) {
			// only "set foot in" and "set off for", not "on foot in" or
			// "took off for"
		} else if prep, ok := movementVerbs[t.w]; ok && i+2+dayGap < len(toks) && (toks[i+1+dayGap].w == prep || toks[i+1].w == "into" && strings.HasPrefix(t.w, "fl")) &&
			!(i > 0 && nounBefore[toks[i-1].w] && !strings.HasSuffix(t.w, "ing")) { // ("flies into Tokyo on Monday")
			j := i + 2 + dayGap
			if toks[j].w == "the" && j+1 < len(toks) {
				j++
			}
			if j+1 < len(toks) && !toks[j].cap && !toks[j].punct && (strings.Contains(toks[j].w, "-") || placeAdjectives[toks[j].w]) {
				j++ // "arrived in refugee-flooded Jordan", "flew to neighbouring Jordan"
			}
			if r := rulersState(s, j); r > 0 {
				j = r // "travelled to Idi Amin's Uganda in 1975"
			}
			if s.actorAt(j) && !(prep == "in" && beForms[t.w] && (s.cityAt(j) || upperWord(t.raw) || s.blocAt(j) || toks[i+1].afterAlso)) && !militaryBefore(toks, i) && !(prep == "from" && reducedRelative(s, i)) && !crowdMoving(toks, i) && !forbidden(toks, i) &&
				!privateVisitor(s, i) && !transitStop(toks, j) { // ("for Libyan worshippers to travel to Saudi Arabia", "arriving in Japan for an overnight stop")
				// ("was in Dubai" only says where someone was, "was also in
				// Brussels" one more who was there, "as long as it
				// was in the EU" a membership, "against IS in Iraq" names the
				// Islamic State; "troops arrived in Aden" are no visit)
				at := i
				if t.w == "foot" || t.w == "off" {
					at = i - 1 // "to set foot in", "set off for": the verb "set" carries the tense
				}
				out = append(out, trigger{kind: graph.KindMeeting, tok: at, verb: at, mode: "visit", movement: true, headNoun: -1})
			}
		} else if ok && i+1 < len(toks) && toks[i+1].w == "here" && prep != "from" && s.actorAt(i+1) {
			// "arrived here last night for talks": the dateline's country
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "visit", movement: true, headNoun: -1})
		}
		if (t.w == "negotiating" || t.w == "negotiated" || t.w == "negotiates" || t.w == "negotiate") && i+2 < len(toks) && toks[i+1].w == "with" && s.stateAt(i+2) {
			// "China is negotiating with Pakistan"
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", headNoun: -1})
			continue
		}
		if (t.w == "negotiating" || t.w == "negotiated" || t.w == "negotiates" || t.w == "negotiate") && s.withStateAfterTopic(i) {
			// "Britain had been negotiating the return of the detainees
			// with the United States": a topic, then the partner
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", needArgs: true, headNoun: -1})
			continue
		}
		if t.w == "talked" && i+2 < len(toks) && (toks[i+1].w == "with" && s.stateWithin(i+2, 16) ||
			(toks[i+1].w == "about" || toks[i+1].w == "over") && s.withStateAfterTopic(i+1)) && !phoneAfter(toks, i) {
			// "Hu added he talked with Nong Duc Manh, general secretary of
			// the CPV Central Committee, and Vietnamese President Tran Duc
			// Luong on Monday afternoon": talks, as "met with" is a meeting
			// (and "he talked about the pullout with U.S. President George
			// W. Bush": a topic, then the partner)
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", needArgs: true, headNoun: -1})
			continue
		}
		if t.w == "talk" && i >= 1 && toks[i-1].w == "bilateral" {
			// "the focus of her bilateral talk on Saturday with President
			// George W. Bush": the singular that wire English writes for
			// "bilateral talks"
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", headNoun: -1})
			continue
		}
		if (t.w == "talk" || t.w == "talked") && i >= 3 && !determiners[toks[i-1].w] && s.pairSubjectBefore(i) && !phoneAfter(toks, i) {
			// "Obama and Putin would talk in the coming days", "Kerry and
			// Lavrov talked on Monday": talks of the two subjects (by
			// phone, the call reads them)
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", needArgs: true, headNoun: -1})
			continue
		}
		if t.w == "discussing" && i >= 3 && (toks[i-1].w == "were" || toks[i-1].w == "are" || toks[i-1].w == "been") && !isModal(toks, i) &&
			s.pairSubjectBefore(auxStart(toks, i-1)) {
			// "Moscow and Washington were discussing military
			// coordination": talks of the two subjects (one subject
			// "discussing" a state is no meeting with it)
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", needArgs: true, headNoun: -1})
			continue
		}
		if (t.w == "negotiating" || t.w == "negotiated") && negotiatingAux(toks, i) && !(i+1 < len(toks) && (determiners[toks[i+1].w] || toks[i+1].w == "with")) &&
			!isModal(toks, i) {
			// "The U.S. and Kuwait have been negotiating for over a month":
			// talks of the subject's states, both named
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "talks", needArgs: true, headNoun: -1})
			continue
		}
		if beForms[t.w] && i+3 < len(toks) && (toks[i+1].w == "due" || toks[i+1].w == "expected") && toks[i+2].w == "in" && s.actorAt(i+3) &&
			!s.cityAt(i+3) && !s.blocAt(i+3) && !crowdMoving(toks, i) {
			// "Putin is due in Tokyo on Tuesday", "is expected in Beijing
			// next week": an arrival to come
			out = append(out, trigger{kind: graph.KindMeeting, tok: i + 1, verb: i + 1, mode: "visit", movement: true, headNoun: -1})
		}
		if t.w == "way" && i >= 2 && possessives[toks[i-1].w] && toks[i-2].w == "on" && i+2 < len(toks) && toks[i+1].w == "to" && s.actorAt(i+2) {
			// "Funaro is now on his way to Tokyo"
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "visit", movement: true, headNoun: -1})
		}
		if (t.w == "left" || t.w == "leaves" || t.w == "leaving" || t.w == "leave") && i+1 < len(toks) && s.actorAt(i+1) {
			// "Baker had already left West Germany for Sweden": the next stop
			for k := i + 2; k+1 < len(toks) && k <= i+5; k++ {
				if toks[k].w == "for" && (s.actorAt(k+1) || toks[k+1].w == "the" && k+2 < len(toks) && s.actorAt(k+2)) {
					out = append(out, trigger{kind: graph.KindMeeting, tok: k, verb: i, mode: "visit", movement: true, headNoun: -1})
					break
				}
				if toks[k].punct {
					break
				}
			}
		}
		if carryVerbs[t.w] && s.journeyCarries(i) {
			// "a 12-day tour ..., which has already brought him to the
			// United Arab Emirates and will also bring him on to Qatar":
			// the journey takes its traveller there
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "visit", movement: true, headNoun: -1})
		}
		if t.w == "return" && i > 0 && possessives[toks[i-1].w] && i+2 < len(toks) && toks[i+1].w == "from" && s.actorAt(i+2) {
			// "on his return from Ethiopia and Djibouti": a visit done
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "visit", movement: true, headNoun: -1})
		}
		if gap := s.dateAfter(i + 1); touchVerbs[t.w] && i+3+gap < len(toks) && toks[i+1].w == "down" && toks[i+2+gap].w == "in" && s.actorAt(i+3+gap) {
			// "touching down in Cuba Sunday", "touched down Saturday in
			// Cairo": an arrival, like "landed in"
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "visit", movement: true, headNoun: -1})
		}
		if stayVerbs[t.w] && stayIn(s, i) {
			// "spent about five hours in Tanzania", "spends two days in China"
			out = append(out, trigger{kind: graph.KindMeeting, tok: i, verb: i, mode: "visit", movement: true, headNoun: -1})
		}
	}
	// ACCORD by noun + concluding verb.
	usedVerb := map[int]bool{}
	nounAccord := false
	for i, t := range toks {
		if t.cls&clsAccord == 0 {
			continue
		}
		strong, ok := accordNouns[t.w]
		if t.w == "swap" || t.w == "exchange" {
			// "a historic prisoner exchange between Tehran and the United
			// States", "the U.S.-Iran prisoner swap": an accord; not "the
			// stock exchange", "an exchange of views" (so neither word is
			// among the accordNouns other passes read)
			ok = i > 0 && (toks[i-1].w == "prisoner" || toks[i-1].w == "prisoners" || toks[i-1].w == "spy")
			strong = true
		}
		if !ok || t.punct {
			continue
		}
		if t.w == "understanding" {
			// "reached an understanding on", "the 2002 understanding with
			// Sudanese government": an accord; not "mutual understanding"
			year := i >= 1 && len(toks[i-1].w) == 4 && isDigits(toks[i-1].w)
			if i == 0 || !(toks[i-1].w == "an" || toks[i-1].w == "the" || year) {
				continue
			}
			strong = year && i+1 < len(toks) && (toks[i+1].w == "with" || toks[i+1].w == "between")
		}
		if quantifiedAccord(toks, i) {
			continue // "any agreement signed by Japan", "all contracts and agreements signed by the Community": a kind, not an accord
		}
		if manyParties(s, i) || ledBy(toks, i) || multiPartyCompound(toks, i, 2) { // ("a multilateral rescheduling agreement")
			continue // a pact of many states is no bilateral accord
		}
		if i >= 2 && (toks[i-2].w == "not" || toks[i-2].w == "no") || i >= 3 && (toks[i-3].w == "not" || toks[i-3].w == "no") && toks[i-2].w == "a" ||
			i >= 1 && toks[i-1].w == "no" {
			continue // "an armistice, not a peace treaty", "No agreement was reached"
		}
		if conditionalAccord(toks, i) {
			continue // "If a deal is reached": an accord only supposed
		}
		if n := negotiatedNoun(toks, i); strong && n >= 0 && (!dealWords[t.w] || s.stateSigns(n) || s.statePartner(i) && !s.nameSigns(n)) && !toldConcluded(toks, i) {
			// "is negotiating a bilateral investment treaty with China",
			// "are in talks on a military assistance agreement": an accord
			// under negotiation.
			nounAccord = true
			// A date near it is the talks' ("intensified negotiations on a
			// data pact on Tuesday"), except a draft's handed over that day
			// and a signing's planned ("an agreement ... to be signed in
			// June").
			undated := !(toks[n].w == "draft" && handedOver(toks, n)) && accordVerbFor(toks, i, true) <= i
			out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: n, status: graph.StatusNegotiating, count: 1, topics: accordTopics(s, i), headNoun: i, undated: undated})
			continue
		}
		v := accordVerbFor(toks, i, strong)
		if v < 0 && strong && pairFrame(s, i) {
			// "a January outline agreement between the U.S. and the U.K.",
			// "the U.S.-Japan semiconductor agreement": an accord the two
			// states have, told without a verb.
			nounAccord = true
			out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, topics: accordTopics(s, i), headNoun: i})
			continue
		}
		if v < 0 && strong && bilateralNoun(toks, i) && toldAsStanding(toks, i) {
			// "prior to expiration of the bilateral agreement in March 1988",
			// "marking the second year of their bilateral accord": the
			// accord the story's two states have.
			nounAccord = true
			out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, topics: accordTopics(s, i), headNoun: i})
			continue
		}
		if v < 0 && strong && yearNamed(toks, i) {
			// "the 1976 Berne Agreement", "the 1984 Sino-British agreement":
			// a past accord the story names by the year it was signed.
			nounAccord = true
			out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusSigned, count: 1, topics: accordTopics(s, i), headNoun: i})
			continue
		}
		if v < 0 && strong && s.possessor(i) != "" && s.tradePartner(i) != "" {
			// "France's agreement last autumn to purchase gas from
			// Norway's Troll field": the accord one state holds to trade
			// with another, told without a verb.
			nounAccord = true
			out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, topics: accordTopics(s, i), headNoun: i, needArgs: true})
			continue
		}
		if c := complianceWordAt(toks, i); c >= 0 && v < 0 && strong && !t.cap {
			// "accused Japan of reneging on the semiconductor pact", "for
			// breaking its semiconductor agreement": an accord in force,
			// which a state is said to honour or break, dated only by its
			// own phrase ("had violated last September's bilateral
			// agreement"), not by the clause's ("reviewed Japan's
			// compliance with the agreement earlier this week"). (Not a
			// named treaty of many: "the General Agreement on Tariffs".)
			undated := true
			for k := c + 1; k < i; k++ {
				undated = undated && !s.dateAt(k)
			}
			out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, topics: accordTopics(s, i), headNoun: i, undated: undated, heldTo: true})
			continue
		}
		if v < 0 && strong && underOpener(toks, i) > 0 && s.statePartner(i) {
			// "Under an agreement with the U.S. And Australia, Japan has
			// been increasing imports": an accord the main clause's state
			// acts under, with the partner the opener names.
			nounAccord = true
			out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, topics: accordTopics(s, i), headNoun: i, needArgs: true})
			continue
		}
		if v < 0 && strong && underAfterClause(toks, i) > 0 {
			// "Britain handed Hong Kong back to China under agreements
			// that ...": an accord the clause's states act under, when
			// the sentence names both.
			nounAccord = true
			out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, topics: accordTopics(s, i), headNoun: i, needArgs: true})
			continue
		}
		if v >= 0 && usedVerb[v] {
			if j := coordinatedAccord(out, toks, v, i); j >= 0 {
				// "signed an oil agreement and a final agreement on
				// economic and technical cooperation": one accord per
				// topic, each noun with its own
				if topics := accordTopics(s, i); len(topics) > 0 && len(out[j].topics) > 0 && !slices.Equal(topics, out[j].topics) && !ancillaryTopic(topics) {
					out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: v, status: out[j].status, count: 1, topics: topics, headNoun: i, coordOf: out[j].headNoun + 1})
					continue
				}
			}
		}
		if v < 0 || usedVerb[v] {
			if v >= 0 {
				nounAccord = true
			}
			continue
		}
		if strong && v < i && (!dealWords[t.w] || s.stateSigns(v) || s.statePartner(i) && !s.nameSigns(v)) && scheduledSigning(toks, v) {
			// "Egypt and the Soviet Union are expected to sign an agreement
			// in Moscow next week": a signing fixed ahead, an accord under
			// negotiation; not "hope to sign" or "could sign".
			usedVerb[v] = true
			nounAccord = true
			out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: v, status: graph.StatusNegotiating, count: 1, topics: accordTopics(s, i), headNoun: i})
			continue
		}
		if extendVerbs[toks[v].w] {
			// "Japan will extend a 50 billion yen loan to Indonesia",
			// "pledged a loan": a loan promised, as lending verbs are
			if len(toks) > 1 && toks[0].w == "under" && slices.ContainsFunc(toks[1:v], func(t token) bool { _, ok := accordNouns[t.w]; return ok }) {
				continue // "Under the deal signed on Monday, Japan will provide Indonesia with a loan": the deal's terms
			}
			status := graph.StatusAgreed
			if strings.HasPrefix(toks[v].w, "pledge") || v > 0 && (toks[v-1].w == "will" || toks[v-1].w == "would" || toks[v-1].w == "to" && v > 1 && (toks[v-2].w == "is" || toks[v-2].w == "are")) {
				status = graph.StatusPledged
			} else if isModal(toks, v) {
				continue
			}
			usedVerb[v] = true
			nounAccord = true
			out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: v, status: status, count: 1, topics: accordTopics(s, i), headNoun: i})
			continue
		}
		if isModal(toks, v) && !(v == i+1 && pastForm(toks[v].w) && s.datedPhrase(v+1)) || v+2 < len(toks) && toks[v+1].w == "into" && toks[v+2].w == "law" {
			continue // "signed into law" is domestic legislation
		}
		usedVerb[v] = true
		nounAccord = true
		topics := accordTopics(s, i)
		// One accord per topic: "two pacts on military and defense
		// industry cooperation" are two, "two cooperation treaties" not
		// told apart are one.
		count := 1
		if n := numberBefore(toks, i); (n > 1 || strings.HasSuffix(t.w, "s")) && len(topics) > 1 {
			count = len(topics)
		}
		status, _ := concludingVerb(toks[v].w)
		if receiveVerbs[toks[v].w] || comeForms[toks[v].w] {
			status = graph.StatusAgreed
		}
		out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: v, status: status, count: count, topics: topics, headNoun: i})
	}
	// ACCORD by lending: "Japan will lend 27.17 billion yen to Indonesia",
	// "The U.S. is to lend Sudan 57 mln dlrs": a loan between states, pledged
	// when still ahead.
	if !nounAccord {
		for i, t := range toks {
			if t.cls&clsLend == 0 || !lentAmount(s, i) {
				continue
			}
			status := graph.StatusAgreed
			if i > 0 && (toks[i-1].w == "will" || toks[i-1].w == "would" || toks[i-1].w == "to" && i > 1 && (toks[i-2].w == "is" || toks[i-2].w == "are")) {
				// ("Venezuela would loan five mln barrels of crude to
				// Ecuador, the minister said": the reported future)
				status = graph.StatusPledged
			} else if isModal(toks, i) {
				continue
			}
			out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: i, status: status, count: 1, headNoun: -1})
			nounAccord = true
		}
	}
	// ACCORD by a truce two states made: "the cessation of hostilities
	// drawn up by Washington and Moscow", "a ceasefire brokered by the U.S.
	// and Russia" (a truce of warring sides alone, or one state's
	// mediation, is none).
	if !nounAccord {
		for i := range toks {
			if toks[i].cls&clsTruce == 0 || !truceNoun(toks, i) {
				continue
			}
			if len(s.truceCompound(i)) >= 2 {
				// "a Russian- and U.S.-brokered cease-fire", "a
				// U.S.-Russia-brokered cease-fire": the compound names them
				out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, headNoun: i, undated: true})
				nounAccord = true
				continue
			}
			if v := s.truceBy(i); v > 0 {
				// Only a date in its own phrase is its day ("brokered by
				// the U.S. and Russia on Feb. 27"), not the clause's
				// ("had brought a measure of relief on Thursday").
				out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: v, status: graph.StatusAgreed, count: 1, headNoun: i, undated: !s.dateInPhrase(v + 2)})
				nounAccord = true
			}
		}
	}
	// ACCORD by "signed with <state>" ("Egypt signed with Japan for a 20
	// mln dlr credit"), when no accord noun already states it.
	if !nounAccord {
		for i, t := range toks {
			if (t.w == "signed" || t.w == "signs") && i+2 < len(toks) && toks[i+1].w == "with" && s.stateAt(i+2) && !isModal(toks, i) &&
				!(i > 0 && beForms[toks[i-1].w]) { // ("once an agreement is signed with": the noun's passive, which the noun rule reads)
				out = append(out, trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusSigned, count: 1, topics: accordTopics(s, i), headNoun: -1})
				nounAccord = true
			}
		}
	}
	// ACCORD by "agreed to <verb>" / "agreed on <thing>", when no accord noun
	// already states it.
	if !nounAccord {
		for i, t := range toks {
			if t.w != "agreed" || isModal(toks, i) {
				continue
			}
			if tr, ok := agreedTo(s, i); ok {
				out = append(out, tr)
			}
		}
	}
	// RELATIONS told as a noun: "after the restoration of diplomatic
	// relations", "since the establishment of ties in 1979".
	for i, t := range toks {
		if t.cls&clsRelNoun == 0 {
			continue
		}
		action, ok := relationNouns[t.w]
		if g, isG := relationGerunds[t.w]; isG && i > 0 && toks[i-1].w == "the" {
			action, ok = g, true // "announced here Friday the reestablishing of full diplomatic relations"
		}
		if !ok || i+2 >= len(toks) || toks[i+1].w != "of" {
			continue
		}
		if !relationsNext(toks, i+2) { // ("of full diplomatic relations")
			continue
		}
		intent := false
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			w := toks[j].w
			if modalWords[w] || w == "for" || w == "on" && !s.dateAt(j+1) || j >= i-2 && (w == "a" || w == "an") {
				// "called for the restoration of relations", "talks on the
				// normalization of ties" (not "announced on Tuesday the
				// restoration"), "as part of a broader normalization of
				// relations with Cuba": no change told
				intent = true
			}
		}
		if !intent {
			out = append(out, trigger{kind: graph.KindRelations, tok: i, verb: i, action: action, headNoun: -1})
		}
	}
	// RELATIONS.
	for i, t := range toks {
		if t.cls&clsRelVerb == 0 {
			continue
		}
		if _, isG := relationGerunds[t.w]; isG && i > 0 && toks[i-1].w == "the" && i+1 < len(toks) && toks[i+1].w == "of" {
			continue // "the reestablishing of relations": a noun, read above
		}
		action, ok := relationVerbs[t.w]
		if g, isG := relationGerunds[t.w]; isG && i > 0 && (pastGerundPreps[toks[i-1].w] || signedDocumentBefore(toks, i) || pastClauseBefore(s, i)) {
			action, ok = g, true // "since restoring diplomatic ties last year", "signed a joint communique establishing diplomatic relations"
		}
		decided := false
		if b, isB := relationBases[t.w]; isB && i >= 2 && toks[i-1].w == "to" && (decidedBefore(s, i-1) || signedDocumentBefore(toks, i-1) ||
			b == graph.ActionEstablished && severedBefore(toks, i-1)) {
			// "has decided to break diplomatic relations with Iran", "signed
			// a joint communique to establish diplomatic relations", "cut
			// ties with Taipei to open relations with Beijing"
			action, ok, decided = b, true, true
		}
		if !ok || t.w == "started" && i+1 < len(toks) && (toks[i+1].w == "to" || strings.HasSuffix(toks[i+1].w, "ing")) {
			continue // ("relations started to improve", "ties started warming": a change of their state, not their start)
		}
		if i > 0 && (possessives[toks[i-1].w] || toks[i-1].w == "the" || toks[i-1].w == "a" || toks[i-1].w == "newly" || toks[i-1].w == "long" || toks[i-1].w == "'s") {
			continue // "its established international ties", "the newly restored American embassy", "Washington's restored ties": an adjective
		}
		if !relationsObject(toks, i) || !decided && isModal(toks, i) {
			continue
		}
		out = append(out, trigger{kind: graph.KindRelations, tok: i, verb: i, action: action, headNoun: -1})
	}
	// RELATIONS switched: "Washington switched diplomatic recognition
	// from Taipei to Beijing in 1979" severs ties with the one and
	// establishes them with the other.
	for i, t := range toks {
		if !switchVerbs[t.w] {
			continue
		}
		from, to := s.switchedTies(i)
		if from > 0 && to > 0 {
			out = append(out, trigger{kind: graph.KindRelations, tok: i, verb: i, action: graph.ActionSevered, headNoun: -1, partner: from},
				trigger{kind: graph.KindRelations, tok: i, verb: i, action: graph.ActionEstablished, headNoun: -1, partner: to})
		}
	}
	// "it was unclear if he would go to Japan", "asked whether the summit
	// would go ahead": an open question tells of no event.
	// An accord only named there ("whether Japan is reneging on its
	// microchip pact") is no part of the question.
	return slices.DeleteFunc(out, func(t trigger) bool {
		if t.kind == graph.KindMeeting && t.mode == "visit" && forGathering(s, t.tok) {
			return true // a journey to a gathering of many, not to its host
		}
		if t.kind == graph.KindMeeting && t.tok >= 2 && toks[t.tok-1].w == "for" && toks[t.tok-2].w == "home" && !(t.tok+1 < len(toks) && toks[t.tok+1].w == "with") {
			return true // "summoning the top U.S. arms negotiators home for consultations": at home, with their own
		}
		if t.kind == graph.KindMeeting && negatedVerb(toks, t.verb) {
			return true // "Nakasone did not meet President Reagan", "did not hold talks with"
		}
		if t.kind == graph.KindMeeting && passiveDiscussed(toks, t.tok) {
			return true // "the subject of subsidized wheat to the Soviet Union will likely be discussed": a topic, no side
		}
		return (t.kind == graph.KindMeeting || t.verb != t.tok) && openQuestion(toks, t.verb)
	})
}

// openQuestion reports whether the event word at i is what a question
// asks about: it follows "whether", or "if" after a word of doubt or
// asking ("unclear if", "not sure if", "asked if"), and it is the
// question's verb ("whether he would go to Japan"), in its subject
// ("whether the summit would go ahead") or the object of a verb of taking
// part ("whether Taiwan would attend the next meeting"). An event only
// named in a question about something else ("whether Obama would use his
// trip to press Cuba") is not asked about.
func openQuestion(toks []token, i int) bool {
	q, skip := -1, 0
	for k := i - 1; k >= 0 && k >= i-12-skip && q < 0; k-- {
		t := toks[k]
		if o := asideOpening(toks, k); o >= 0 {
			skip += k - o + 1
			k = o
			continue // "whether South Korean President Roh Moo-hyun, a veteran diplomat, will hold a summit": past the apposition
		}
		if t.punct && t.w != "-" && t.w != "'" || t.w == "but" {
			return false // ("Whether or not a summit takes place this year, Shultz will meet Shevardnadze": another clause)
		}
		switch {
		case t.w == "whether":
			q = k
		case t.w == "if":
			if !slices.ContainsFunc(toks[max(0, k-3):k], func(t token) bool { return doubtWords[t.w] }) {
				return false // a condition, not a question
			}
			q = k
		}
	}
	if q < 0 {
		return false
	}
	for k := q + 1; k < i; k++ {
		if !questionAux[toks[k].w] {
			continue
		}
		v := k + 1
		for v < i && (toks[v].w == "not" || toks[v].w == "be" || toks[v].w == "have" || toks[v].w == "been" || toks[v].w == "n't") {
			v++
		}
		return v == i || takePartVerbs[toks[v].w]
	}
	// The event word is in the question's subject: asked about only if the
	// question is whether it happens ("whether the summit would go ahead",
	// not "if the talks on Tuesday had made progress").
	for k := i + 1; k+1 < len(toks) && k <= i+8; k++ {
		if questionAux[toks[k].w] {
			v := k + 1
			for v < len(toks) && (toks[v].w == "not" || toks[v].w == "n't" || toks[v].w == "still") {
				v++
			}
			return v < len(toks) && happenVerbs[toks[v].w]
		}
		if toks[k].punct {
			break
		}
	}
	return false
}

// happenVerbs, after the auxiliary of a question whose subject is an event,
// ask whether it happens ("whether the summit would go ahead", "whether the
// visit will take place").
var happenVerbs = set("go", "take", "happen", "proceed", "be", "come", "materialise", "materialize", "occur", "resume", "start", "begin", "open")

// negatedVerb reports whether the meeting verb at i, or the verb holding
// its noun ("did not hold talks"), is negated: "did not meet", "has never
// visited", "did not hold talks with", "does not plan to meet". "Not only met" ("only" between) and
// "will not meet him until Wednesday" are no negation.
func negatedVerb(toks []token, i int) bool {
	k := i - 1
	if (talkPlurals[toks[i].w] || toks[i].w == "meeting" || toks[i].w == "summit") && k >= 0 {
		if k >= 1 && (toks[k].w == "the" || toks[k].w == "a" || toks[k].w == "this") && attendForms[toks[k-1].w] {
			k -= 2 // "are not attending the meeting"
		} else if holdForms[toks[k].w] {
			k-- // "did not hold talks"
		}
	}
	if k >= 0 && toks[k].w == "yet" {
		k--
	}
	if k >= 2 && toks[k].w == "to" && intendVerbs[toks[k-1].w] {
		k -= 2 // "does not plan to meet", "doesn't want to visit"
	}
	if k >= 0 && (toks[k].w == "not" || toks[k].w == "n't" || toks[k].w == "never") {
		// "will not meet Shevardnadze until Wednesday": a meeting to come;
		// not "will not negotiate with Ankara until Turkey recognises
		// Greek rights", a condition
		for j := i + 1; j < len(toks) && j < i+8; j++ {
			if (toks[j].w == "until" || toks[j].w == "till") && j+1 < len(toks) && untilTime(toks[j+1].w) {
				return false
			}
		}
		return true
	}
	return false
}

// untilTime reports whether w, after "until", starts a time ("until
// Wednesday", "until next week", "until after the elections", "until 1990"),
// not a condition ("until Turkey recognises").
func untilTime(w string) bool {
	return monthOrDay[w] || w == "next" || w == "later" || w == "after" || w == "the" || w == "this" || w == "tomorrow" ||
		w == "mid" || w == "early" || w == "late" || w != "" && w[0] >= '0' && w[0] <= '9'
}

// attendForms are the forms of "attend"; negated before a meeting noun
// they deny the meeting: "did not attend the talks".
var attendForms = set("attend", "attends", "attended", "attending")

// intendVerbs, negated before "to", deny the deed after it: "does not plan
// to meet".
var intendVerbs = set("plan", "intend", "expect", "want", "wish", "mean")

// passiveDiscussed reports whether the word at i is "discussed" in the
// passive with no agent or venue after it: what it is said of is a topic
// ("the subject of subsidized wheat to the Soviet Union will likely be
// discussed"), and who discusses it is not told ("was discussed by
// Reagan and Gorbachev", "was discussed at talks between" are told).
func passiveDiscussed(toks []token, i int) bool {
	if toks[i].w != "discussed" {
		return false
	}
	k := i - 1
	for k >= 0 && (toks[k].w == "likely" || toks[k].w == "also" || toks[k].w == "not" || toks[k].w == "being" || toks[k].w == "to") {
		k--
	}
	if k < 0 || !beForms[toks[k].w] && toks[k].w != "being" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-15 && !(toks[j].punct && toks[j].w != "-") && !isClauseBreak(toks[j]); j-- {
		if _, ok := accordNouns[toks[j].w]; ok {
			return false // "A free trade agreement between Britain and the United States will be discussed": its parties will
		}
	}
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		switch toks[j].w {
		case "by", "between", "with", "at", "during", "in":
			return false
		case ",", ";", ".":
			return true
		}
	}
	return true
}

// questionAux open the verb of a question clause ("whether he would ...",
// "whether to ...").
var questionAux = set("would", "will", "could", "can", "should", "might", "may", "shall", "is", "was", "are", "were", "did",
	"does", "do", "to", "had", "has", "have")

// takePartVerbs make their object the event a question asks about
// ("whether Taiwan would attend the next meeting").
var takePartVerbs = set("attend", "join", "go", "come", "travel", "fly", "hold", "host", "have", "begin", "start", "open",
	"resume", "run", "lead", "conduct", "make", "pay", "take", "accept", "go-ahead")

// doubtWords before "if" make it ask a question, not set a condition.
var doubtWords = set("unclear", "clear", "sure", "known", "unknown", "uncertain", "asked", "ask", "asks", "asking",
	"wondered", "wonder", "wonders", "undecided", "decide", "decided", "doubt", "doubtful", "see", "saw", "know")

// moneyNouns are the accord nouns of money lent; receiveVerbs conclude them
// from the borrower's side ("Mexico received the first 250 mln dlrs of a
// 500 mln dlr credit from Japan's Eximbank").
var (
	moneyNouns   = set("loan", "loans", "credit")
	receiveVerbs = set("received", "receives", "obtained", "obtains", "secured", "secures")
	// moneyCompounds after a money noun make it a modifier: "Italy's
	// export credit agency", "credit ratings".
	moneyCompounds = set("agency", "agencies", "rating", "ratings", "card", "cards", "insurance", "union", "unions",
		"default", "crunch", "market", "markets", "risk", "officer", "officers")
	// extendVerbs conclude them from the lender's side: "will extend a 50
	// billion yen loan to Indonesia", "pledged a loan to Manila".
	extendVerbs = set("extend", "extends", "provide", "provides", "provided", "pledged", "pledges", "pledge", "grant", "grants")
)

// receiveMeetVerbs tell a host meeting a guest named right after them.
var receiveMeetVerbs = set("received", "receives", "welcomed", "welcomes", "greeted", "greets")

// possessedAfter reports whether the name from j owns what follows it
// ("welcomed President Reagan's announcement"): a thing, not a guest.
func possessedAfter(toks []token, j int) bool {
	for k := j; k < len(toks) && k <= j+6; k++ {
		if toks[k].w == "'s" || toks[k].w == "'" {
			return true
		}
		if !toks[k].cap || toks[k].punct && toks[k].w != "." && toks[k].w != "-" {
			return false
		}
	}
	return false
}

// signedDocumentBefore reports whether the gerund at i says what a document
// signed just before it does: "signed a joint communique (on) establishing
// diplomatic relations".
func signedDocumentBefore(toks []token, i int) bool {
	d := i - 1
	if d > 0 && toks[d].w == "on" {
		d--
	}
	if d < 1 || !relationDocuments[toks[d].w] {
		return false
	}
	for k := d - 1; k >= 0 && k >= d-4; k-- {
		if toks[k].punct {
			return false
		}
		if accordVerbs[toks[k].w] == graph.StatusSigned && !isModal(toks, k) {
			return true
		}
	}
	return false
}

// severedBefore reports whether ties were cut, in the past, earlier in the
// clause that ends with the "to" at k: "Panama cut ties with Taipei to
// open relations with Beijing" switches them, the second done with the
// first.
func severedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if toks[j].w == ";" || toks[j].w == "," || clauseCut[toks[j].w] {
			return false
		}
		if relationVerbs[toks[j].w] == graph.ActionSevered && j+1 < len(toks) && relationsNext(toks, j+1) && !isModal(toks, j) {
			return true
		}
	}
	return false
}

// relationDocuments are what states sign to change their relations.
var relationDocuments = set("communique", "communiqué", "agreement", "accord", "protocol", "memorandum", "declaration", "document", "treaty")

// relativeAside returns the comma closing a relative clause that opens at
// the comma at k (", which has yet to be ratified by the EC,"), or -1 when
// none opens there or it does not close within the sentence.
func relativeAside(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].w != "," || toks[k+1].w != "which" && toks[k+1].w != "that" {
		return -1
	}
	for j := k + 2; j < len(toks) && j < k+30; j++ {
		switch toks[j].w {
		case ",":
			return j
		case ";", ":", ".":
			return -1
		}
	}
	return -1
}

// modifiedObject finds the accord verb of a weak accord noun that ends a
// longer noun phrase ("signed a 10-year economic cooperation program"):
// five to seven tokens back, right before a determiner, with only
// modifiers (words, numbers, hyphens) between. It returns the verb's token
// and distance, or -1.
func modifiedObject(toks []token, i int) (int, int) {
	for d := 5; d <= 7 && i-d >= 0; d++ {
		if _, ok := accordVerbs[toks[i-d].w]; !ok {
			continue
		}
		if !determiners[toks[i-d+1].w] {
			break
		}
		for k := i - d + 2; k < i; k++ {
			t := toks[k]
			if t.punct && t.w != "-" || placePreps[t.w] || conjunctions[t.w] || isClauseBreak(t) || t.w == "for" || t.w == "with" || t.w == "by" {
				return -1, 1 << 30
			}
		}
		return i - d, d
	}
	return -1, 1 << 30
}

// dateAfter returns how many tokens of a date follow token i ("left
// Tuesday for", "left on Tuesday for"), at most four; 0 if none.
func (s *sent) dateAfter(i int) int {
	n := 0
	if i+2 < len(s.toks) && s.toks[i+1].w == "on" && s.inDate(i+2) {
		n = 1
	}
	for n < 4 && i+1+n < len(s.toks)-1 && s.inDate(i+1+n) {
		n++
	}
	if n == 1 && s.toks[i+1].w == "on" {
		return 0
	}
	if n > 0 && i+1+n < len(s.toks)-1 && partsOfDay[s.toks[i+1+n].w] {
		n++ // "heading on Friday evening to Mozambique"
	}
	return n
}

// partsOfDay may follow a day the date finder reads without them.
var partsOfDay = set("morning", "afternoon", "evening", "night")

// noPlanBefore reports whether a denied intention governs the meeting word
// at i: "no plans to start talks", "no intention of visiting", "opposed to
// talks with Syria".
func noPlanBefore(toks []token, i int) bool {
	for k := i - 1; k >= 2 && k >= i-6; k-- {
		w := toks[k].w
		if toks[k].punct {
			return false
		}
		if (w == "to" || w == "of") && (toks[k-1].w == "plans" || toks[k-1].w == "plan" || toks[k-1].w == "intention") && toks[k-2].w == "no" {
			return true
		}
		if w == "to" && (toks[k-1].w == "opposed" || toks[k-1].w == "opposition") && k == i-1 {
			return true // "Israel remained opposed to talks with Syria"
		}
		if foreseeWords[w] && (negations[toks[k-1].w] || k >= 3 && toks[k-1].w == "longer" && toks[k-2].w == "no") {
			return true // "does not foresee a meeting with Brazil", "no longer expects talks": none ahead
		}
	}
	return false
}

// foreseeWords look ahead to what is to come.
var foreseeWords = set("foresee", "forsee", "foresees", "expect", "expects", "envisage", "envisages", "envision",
	"envisions", "anticipate", "anticipates", "see", "sees")

// ownedNoun reports whether the word at i is a noun owned or determined
// just before it, perhaps past a demonym: "his French hosts", "their hosts".
func ownedNoun(s *sent, i int) bool {
	k := i - 1
	if k >= 1 && s.actorAt(k) {
		k--
	}
	return k >= 0 && (possessives[s.toks[k].w] || s.toks[k].w == "our" || s.toks[k].w == "my")
}

// playsHost reports whether the "host" at i is the noun of "played host to"
// (a verb of hosting, like "hosted"), not "the host country".
func playsHost(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i+1].w != "to" {
		return false
	}
	switch toks[i-1].w {
	case "play", "plays", "played", "playing":
		return true
	}
	return false
}

// coordinatedAccord returns the index in out of the accord trigger of verb
// v whose noun the accord noun at i is coordinated with ("an oil agreement
// and a final agreement on ...", "an agreement on trade and an agreement on
// tourism"): an "and" and only lower-case words between them, at most a
// dozen. -1 when there is none.
func coordinatedAccord(out []trigger, toks []token, v, i int) int {
	for j := len(out) - 1; j >= 0; j-- {
		o := out[j]
		if o.kind != graph.KindAccord || o.verb != v || o.headNoun < 0 || o.headNoun >= i {
			continue
		}
		if i-o.headNoun > 12 {
			return -1
		}
		and := false
		for k := o.headNoun + 1; k < i; k++ {
			switch {
			case toks[k].w == "and":
				and = true
			case toks[k].punct || toks[k].cap:
				return -1
			}
		}
		if and {
			return j
		}
		return -1
	}
	return -1
}

// includingStates reports whether the sentence lists two or more states
// after "including" (", including presidents of Zambia, Ghana and Kenya"):
// some members of a larger gathering.
func (s *sent) includingStates() bool {
	for k, t := range s.toks {
		if t.w != "including" {
			continue
		}
		var codes []string
		for j := k + 1; j < len(s.toks) && j <= k+12 && !isClauseBreak(s.toks[j]) && !(prepositions[s.toks[j].w] && s.toks[j].w != "of"); j++ {
			if c := s.stateCode(j); c != "" && !slices.Contains(codes, c) {
				codes = append(codes, c)
			}
		}
		if len(codes) >= 2 {
			return true
		}
	}
	return false
}

// stateWithin reports whether a state is named explicitly within n tokens
// from k, before a clause break.
func (s *sent) stateWithin(k, n int) bool {
	for j := k; j < len(s.toks) && j < k+n; j++ {
		if isClauseBreak(s.toks[j]) {
			return false
		}
		if s.stateAt(j) {
			return true
		}
	}
	return false
}

// rulersState returns the token of a state named after a person's name
// and its "'s" at k ("Idi Amin's Uganda", "Putin's Russia"), or 0.
func rulersState(s *sent, k int) int {
	j := k
	for j < len(s.toks) && j < k+3 && s.toks[j].cap && !s.toks[j].punct && !s.anyActorAt(j) || j < len(s.toks) && j < k+3 && s.personAt(j) {
		j++
	}
	if j == k || j+1 >= len(s.toks) || s.toks[j].w != "'s" || !s.stateAt(j+1) {
		return 0
	}
	return j + 1
}

// carryVerbs, with a journey as their subject, take its traveller
// somewhere: "a tour that will take him to Japan".
var carryVerbs = set("bring", "brings", "brought", "bringing", "take", "takes", "took", "taking")

// journeyCarries reports whether the carry verb at i has a traveller
// pronoun and a state after "to" ("brought him to the United Arab
// Emirates", "will also bring him on to Qatar") and a journey noun shortly
// before it ("a tour that will take her to Japan").
func (s *sent) journeyCarries(i int) bool {
	toks := s.toks
	k := i + 1
	if k >= len(toks) || !(toks[k].w == "him" || toks[k].w == "her" || toks[k].w == "them") {
		return false
	}
	k++
	if k < len(toks) && (toks[k].w == "on" || toks[k].w == "back" || toks[k].w == "also" || toks[k].w == "next") {
		k++
	}
	if k+1 >= len(toks) || toks[k].w != "to" || !s.actorAt(k+1) && !(toks[k+1].w == "the" && s.actorAt(k+2)) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-22; j-- { // ("a 12-day tour to five countries in the Gulf area, which has already brought him to the UAE and will also bring him on to Qatar")
		if journeyNouns[toks[j].w] {
			return true
		}
		if toks[j].w == ";" || toks[j].w == ":" || toks[j].w == "\"" {
			return false
		}
	}
	return false
}

// journeyNouns name a journey that can take someone somewhere.
var journeyNouns = set("tour", "trip", "journey", "itinerary", "travels", "visit", "mission", "plane", "flight", "aircraft")

// regionCompound reports whether w joins a name to a part of the world by
// a hyphen: "china-africa", "eu-africa", "asia-europe".
func regionCompound(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if regionNouns[p] || p == "latin" || p == "arab" || p == "asean" {
			return true
		}
	}
	return false
}

// ancillaryTopic reports whether an accord's topic only says it goes with
// another ("an accompanying protocol", "the related documents").
func ancillaryTopic(topics []string) bool {
	return len(topics) == 1 && ancillaryWords[topics[0]]
}

// ancillaryWords premodify an accord that goes with another.
var ancillaryWords = set("accompanying", "related", "additional", "supplementary", "further", "follow-up", "implementing",
	"subsidiary", "annexed", "attached")

// setForms before "foot in" or "off for" make a visit: "set foot in Cuba",
// "set off for Moscow".
var setForms = set("set", "sets", "setting")

// comeForms reach an accord before "to": "came to an agreement".
var comeForms = set("came", "come", "comes", "coming")

// concludingVerb returns the status a verb gives the accord noun it
// concludes, from accordVerbs or nounBoundVerbs.
func concludingVerb(w string) (string, bool) {
	if st, ok := accordVerbs[w]; ok {
		return st, true
	}
	st, ok := nounBoundVerbs[w]
	return st, ok
}

// attributiveParticiples, right before an accord noun after a word of
// attributiveBefore, describe accords already made rather than tell their
// making: "implementation of signed agreements", "the previously concluded
// accords".
var (
	attributiveParticiples = set("signed", "concluded", "agreed", "ratified", "initialled", "initialed")
	attributiveBefore      = set("of", "the", "on", "all", "with", "under", "previously", "already", "earlier", "recently", "newly", "existing")
)

// accordVerbFor finds the concluding verb of the accord noun at i: the
// nearest one within eight words before it or six after it (passives and
// reduced relatives: "the deal signed last year"). Nouns that also name
// plans in general need the verb right before them.
func accordVerbFor(toks []token, i int, strong bool) int {
	back, fwd := 8, 10
	if !strong {
		back, fwd = 4, 0
		if w := toks[i].w; moneyNouns[w] || w == "documents" || w == "contracts" {
			back = 7 // "agreed a 50 mln stg loan", "signed up for a 550 mln ECU loan", "signed a number of cooperation documents"
		}
	}
	best, bestD := -1, 1<<30
	for d := 1; d <= back && i-d >= 0; d++ {
		t := toks[i-d]
		if t.w == ";" || t.w == ":" {
			break
		}
		if d == 1 && attributiveParticiples[t.w] && i >= 2 && attributiveBefore[toks[i-2].w] && !(i >= 3 && auxiliaries[toks[i-3].w]) { // (not "have already signed treaties")
			break // "the full implementation of signed agreements", "previously concluded accords": accords in force, no signing told
		}
		if t.w == "of" && d > 1 && i-d-1 >= 0 && !ofEventHeads[toks[i-d-1].w] {
			break // "reached a positive evaluation of the Louvre accord": the verb is the evaluation's
		}
		if t.w == "to" && d > 1 && !toks[i-d+1].punct && !determiners[toks[i-d+1].w] {
			if _, ok := accordVerbs[toks[i-d+1].w]; !ok {
				break // "agreed to intensify cooperation to implement the agreement": the noun is another verb's object
			}
		}
		if _, ok := concludingVerb(t.w); ok || !strong && moneyNouns[toks[i].w] && (receiveVerbs[t.w] || extendVerbs[t.w] && !(i+1 < len(toks) && moneyCompounds[toks[i+1].w])) {
			best, bestD = i-d, d
			break
		}
		if strong && comeForms[t.w] && toks[i-d+1].w == "to" && d <= 4 {
			best, bestD = i-d, d // "came to an agreement", "have come to an understanding"
			break
		}
	}
	if best < 0 && !strong {
		best, bestD = modifiedObject(toks, i)
	}
	if strong && i+1 < len(toks) && toks[i+1].w == "between" {
		fwd = 20 // "the agreement between the U.S. and the European Community on special imports of maize was signed"
	}
	fwdVerb := func(from int) int {
		for d, n := 1, 0; n < fwd && from+d < len(toks); d++ {
			t := toks[from+d]
			if t.w == "\"" {
				continue // a quoted name costs no distance: "an agreement on the \"guiding principles\" ... signed by"
			}
			n++
			if t.w == ";" || t.w == ":" || t.w == "." || clauseOpeners[t.w] {
				return -1 // ("the pact was unfair because the United States had signed ...": another clause's verb)
			}
			if _, ok := accordNouns[t.w]; ok && !(from+d == i+2 && toks[i+1].w == "of") {
				return -1 // the next accord noun owns what follows (not the noun's own name: "memorandum of understanding")
			}
			if _, ok := concludingVerb(t.w); ok {
				// "agreed" after the noun states it only as a passive or a
				// reduced relative ("the pact was agreed in February", "a pact
				// agreed in February with the Commission"), not "agreed to".
				passiveAgreed := t.w == "agreed" && (from+d == i+1 || from+d == i+2 && (toks[i+1].w == "," || strings.HasSuffix(toks[i+1].w, "ly")) || // "The pact, agreed last year,", "a pact provisionally agreed"
					toks[from+d-1].w == "was" || toks[from+d-1].w == "were" || toks[from+d-1].w == "been") &&
					!(from+d+1 < len(toks) && toks[from+d+1].w == "to" && !strandedTo(toks, from+d+2))
				if t.w != "sign" && t.w != "reach" && (t.w != "agreed" || passiveAgreed) {
					return from + d
				}
				return -1
			}
		}
		return -1
	}
	after := -1
	if end := relativeAside(toks, i+1); strong && end > 0 {
		// "the agreement, which has yet to be ratified by the EC, was
		// signed last night": the verb after the aside, else one in it.
		after = fwdVerb(end)
	}
	if after < 0 {
		after = fwdVerb(i)
	}
	if after >= 0 && after-i < bestD {
		best = after
	}
	if best >= 0 {
		switch toks[best].w {
		case "announced":
			// "announced an agreement", "a U.S.-British agreement announced
			// in January": an accord made public, told right at its noun;
			// not "announced a tender for a repurchase pact".
			if !strong || best < i-3 || best > i+1 {
				return -1
			}
		case "approved":
			// "the cabinet approved last week an agreement with Egypt", "the
			// accord approved by both parliaments"; not "approved a plan
			// under the 1986 agreement".
			if !strong || best < i-4 || best > i+2 {
				return -1
			}
		case "made":
			// "The agreement was made at ... meeting": a passive right
			// after the noun only.
			if !strong || best != i+2 || toks[i+1].w != "was" && toks[i+1].w != "were" {
				return -1
			}
		case "worked", "drawn", "drew", "entered", "wrapped":
			// only "worked out a reflagging arrangement", "the agreement
			// drawn up by", "entered into an agreement" and "wrapped up a
			// deal", close to the noun: not "worked on", "drew up plans for
			// a new agreement", "have drawn out their talks"
			particle := "up"
			switch toks[best].w {
			case "worked":
				particle = "out"
			case "entered":
				particle = "into"
			}
			if best+1 >= len(toks) || toks[best+1].w != particle || best < i-4 || best > i+2 {
				return -1
			}
		case "brokered":
			if best+1 < len(toks) && toks[best+1].w == "by" {
				return -1 // "a truce brokered by the United States and Russia": the brokers are no parties
			}
		case "signing":
			// "the signing of an accord" states it; "signing" as a bare
			// gerund ("before signing") does too.
		}
	}
	return best
}

// clauseOpeners open a clause of its own after an accord noun: a verb
// beyond them is not the noun's.
var clauseOpeners = set("because", "although", "though", "whereas", "unless")

// attendedByStates reports whether the meeting word at i is what two or
// more states named before it attend ("The presidents of Afghanistan and
// Nigeria will both be attending the summit", "to let Italy and Canada
// attend meetings held by the five"): a gathering others hold, not a
// meeting of theirs.
func (s *sent) attendedByStates(i int) bool {
	if talkPlurals[s.toks[i].w] {
		return false // "Britain and Argentina attended talks on the Antarctic Treaty": talks have sides
	}
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if s.toks[k].punct {
			return false
		}
		if attendForms[s.toks[k].w] {
			return len(s.statesBefore(k)) >= 2
		}
	}
	return false
}

// scheduledSigning reports whether the signing verb at v is fixed ahead:
// "are expected to sign", "will sign", "is to sign", "are due/set/scheduled
// to sign".
func scheduledSigning(toks []token, v int) bool {
	if toks[v].w != "sign" || v < 1 {
		return false
	}
	if toks[v-1].w == "will" {
		return v < 2 || toks[v-2].w != "it" && !negations[toks[v-2].w]
	}
	if toks[v-1].w != "to" || v < 3 {
		return false
	}
	if scheduleWords[toks[v-2].w] {
		return !negations[toks[v-3].w]
	}
	return toks[v-2].w == "are" || toks[v-2].w == "is"
}

// stateSigns reports whether a state (by its name, a leader or an agency)
// named right before the scheduled signing or the negotiating at v acts:
// "Russia and Ukraine are due to sign a gas deal", "Britain is negotiating
// a trade deal" (not "Gazprom is due to sign a deal").
func (s *sent) stateSigns(v int) bool {
	k := v - 1
	if k >= 1 && s.toks[k].w == "in" && talkPlurals[s.toks[v].w] {
		k-- // "Israel and the United States are in talks on a ... deal"
	}
	for k >= 0 && (scheduleWords[s.toks[k].w] || nowAdverbs[s.toks[k].w] || signerAuxiliaries[s.toks[k].w]) {
		k--
	}
	return k >= 0 && s.anyActorAt(k)
}

// statePartner reports whether the accord noun at i names a state as its
// partner right after it: "will sign a deal with UAE officials", "a deal
// between Russia and Ukraine". A firm's deal names a firm there.
func (s *sent) statePartner(i int) bool {
	k := i + 1
	if k >= len(s.toks) || s.toks[k].w != "with" && s.toks[k].w != "between" {
		return false
	}
	return s.stateAt(k + 1)
}

// nameSigns reports whether a capitalised name that is no state, leader or
// agency stands right before the signing or negotiating at v: a firm
// ("Russia's Gazprom is due to sign a deal with Ukraine").
func (s *sent) nameSigns(v int) bool {
	k := v - 1
	for k >= 0 && (scheduleWords[s.toks[k].w] || nowAdverbs[s.toks[k].w] || signerAuxiliaries[s.toks[k].w]) {
		k--
	}
	return k >= 0 && s.toks[k].cap && !s.toks[k].punct && !s.anyActorAt(k)
}

// signerAuxiliaries may stand between a state and its scheduled signing
// or its negotiating: "Russia and Ukraine are also due to sign".
var signerAuxiliaries = set("to", "will", "would", "are", "is", "was", "were", "has", "have", "had", "been", "also")

// scheduleWords fix an act ahead: "expected to sign", "due to sign".
var scheduleWords = set("expected", "due", "set", "scheduled", "slated")

// dealWords are accord nouns firms use as much as states ("set to sign a
// takeover deal"): a deal still to come is not taken for a state's accord.
var dealWords = set("deal", "deals")

// negations before a scheduling word undo it.
var negations = set("not", "n't", "never", "no")

// negotiatedNoun returns the verb or noun that puts the accord noun at i
// under negotiation ("is negotiating a ... treaty", "in talks on a ...
// agreement"), within five words before it with nothing but modifiers
// between, or -1.
func negotiatedNoun(toks []token, i int) int {
	for d := 1; d <= 5 && i-d >= 0; d++ {
		t := toks[i-d]
		switch {
		case t.punct && t.w != "-":
			return -1
		case workingGerunds[t.w] || t.w == "on" && i-d >= 2 && toks[i-d-1].w == "working":
			// Only "is/are (currently) negotiating": "spent months
			// negotiating the nuclear accord" tells one concluded, and
			// "hope to negotiate" a wish. So too "are working on",
			// "are drafting", "are finalising" an agreement.
			if t.w == "on" {
				d++
			}
			k := i - d - 1
			if k >= 0 && nowAdverbs[toks[k].w] {
				k--
			}
			if k >= 0 && (toks[k].w == "is" || toks[k].w == "are") {
				return i - d
			}
			if k >= 1 && toks[k].w == "been" && (toks[k-1].w == "has" || toks[k-1].w == "have" || k >= 2 && toks[k-1].w == "also" && (toks[k-2].w == "has" || toks[k-2].w == "have")) {
				return i - d // "has (also) been negotiating": still at it
			}
			return -1
		case (t.w == "on" || t.w == "over" || t.w == "about" || t.w == "for") && i-d >= 2 && talkPlurals[toks[i-d-1].w] && toks[i-d-2].w == "in":
			return i - d - 1
		case t.w == "on" || t.w == "over" || t.w == "about":
			// "are holding talks on a new wheat agreement", "opened
			// talks with Iceland about a fisheries pact"; not talks on
			// one the states have ("talks over the 1978 peace treaty",
			// "talks on their integration charter", "the treaty's
			// verification")
			if !freshAccord(toks, i-d+1, i) {
				return -1
			}
			return talksBefore(toks, i-d)
		case t.w == "draft" && d <= 3:
			return i - d // "completed the text of a draft trade treaty"
		case pursuitVerbs[t.w] && i-d >= 1 && toks[i-d-1].w == "to" && pursuitCue(toks, i-d-1):
			// "missed a deadline to agree a beef accord", "until the
			// end of June to strike an agreement"
			return i - d
		case pursuitGerunds[t.w] && i-d >= 2 && toks[i-d-1].w == "to" && nearWords[toks[i-d-2].w]:
			if i-d >= 3 && (negations[toks[i-d-3].w] || toks[i-d-3].w == "came" || toks[i-d-3].w == "come") {
				return -1 // "are not close to signing", "came close to signing ... but talks collapsed"
			}
			return i - d // "are close to reaching an agreement"
		case pursuitGerunds[t.w] && i-d >= 2 && (toks[i-d-1].w == "on" || toks[i-d-1].w == "about"):
			if !freshAccord(toks, i-d+1, i) {
				return -1
			}
			return talksBefore(toks, i-d-1) // "agreed to formal talks on signing an economic pact"
		case strings.HasSuffix(t.w, "ing") && !t.cap && determiners[toks[i-d+1].w]:
			return -1 // "talks on scrapping the ABM treaty": the noun is another deed's object (not "a fishing agreement")
		case innerPreps[t.w]:
			return -1 // "talks on compliance with their agreement": the noun is another's object
		case modalWords[t.w] || accordVerbs[t.w] != "" || meetingWords[t.w] != "":
			return -1
		}
	}
	return -1
}

// embassyAt reports whether token k is "embassy", "embassies" or
// "diplomatic mission(s)" ("established its first diplomatic mission in
// the Caribbean in Cuba").
func embassyAt(toks []token, k int) bool {
	switch toks[k].w {
	case "embassy", "embassies":
		return true
	case "mission", "missions":
		return k > 0 && toks[k-1].w == "diplomatic"
	}
	return false
}

// workingGerunds after "is" or "are" put an accord noun under way:
// "are negotiating a new treaty", "are drafting a cooperation agreement".
var workingGerunds = set("negotiating", "drafting", "finalising", "finalizing", "preparing")

// toldConcluded reports whether the accord noun at i has its own verb of
// making in the past ("a fisheries accord, which they signed on Tuesday",
// "the pact signed last week", "initialled a draft agreement"): the making
// is told, not only the work on it. A making ahead or wished for ("to be
// signed in June", "want signed") is not.
func toldConcluded(toks []token, i int) bool {
	v := accordVerbFor(toks, i, true)
	if v < 0 {
		return false
	}
	if v > i {
		for k := v + 1; k < len(toks) && k <= v+3; k++ {
			if _, ok := accordNouns[toks[k].w]; ok {
				return false // "talks on a fisheries accord, Japan and China signed the pact": the verb has its own object
			}
		}
	}
	if v >= 1 && toks[v-1].w == "be" || isModal(toks, v) {
		return false // "an agreement ... to be signed in June", "a treaty that both sides want signed"
	}
	w := toks[v].w
	return strings.HasSuffix(w, "ed") || w == "struck"
}

// handOverVerbs put a text before the other side.
var handOverVerbs = set("handed", "hand", "hands", "presented", "present", "presents", "submitted", "submit", "submits",
	"offered", "offer", "offers", "tabled", "table", "tables", "gave", "give", "gives", "delivered", "deliver")

// handedOver reports whether a verb of handing over governs the word at k
// within its clause ("handed Soviet arms negotiators a draft treaty").
func handedOver(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if toks[j].punct || isClauseBreak(toks[j]) {
			return false
		}
		if handOverVerbs[toks[j].w] {
			return true
		}
	}
	return false
}

// talksBefore returns the talk noun that governs the preposition at p
// ("talks on", "talks with Iceland about"), a few words before it with no
// clause break between, or -1; also -1 for talks a question asks about or
// a blocker before them denies, refuses, ends, proposes or supposes.
func talksBefore(toks []token, p int) int {
	if len(toks) > 0 && toks[len(toks)-1].w == "?" {
		return -1 // "Will Greece and Turkey hold talks on a treaty?"
	}
	for k := p - 1; k >= 0 && k >= p-5; k-- {
		t := toks[k]
		if t.punct && t.w != "-" || isClauseBreak(t) || t.w == "that" {
			return -1
		}
		if talkPlurals[t.w] { // whose subject an accord noun after "on", "over" or "about" may be
			for j := k - 1; j >= 0 && j >= k-8; j-- {
				if toks[j].punct || isClauseBreak(toks[j]) && toks[j].w != "after" {
					break
				}
				if talkBlockers[toks[j].w] {
					return -1 // "no talks", "would not hold talks", "rejected talks", "called off talks", "proposed talks"
				}
			}
			return k
		}
	}
	return -1
}

// talkBlockers before talks deny, refuse, end, propose or only suppose
// them: no pact is then being worked out.
var talkBlockers = set("no", "not", "n't", "never", "rejected", "rejects", "reject", "refused", "refuses", "refuse",
	"ruled", "rules", "denied", "denies", "deny", "called", "calls", "postponed", "postpones", "cancelled", "canceled",
	"suspended", "broke", "proposed", "proposes", "propose", "seeking", "seeks", "seek", "sought", "may", "might",
	"could", "should", "would", "if", "unless", "whether", "wants", "want", "wanted")

// freshAccord reports whether the noun phrase toks[from:i] before the accord
// noun at i names one still to be made: opened by "a"/"an" or holding
// "new", with no year, possessive or later "'s" ("a new wheat agreement";
// not "the 1978 peace treaty", "their charter", "the treaty's terms").
func freshAccord(toks []token, from, i int) bool {
	if i+1 < len(toks) && toks[i+1].w == "'s" {
		return false
	}
	fresh := false
	for j := from; j < i; j++ {
		w := toks[j].w
		switch {
		case w == "'s" || len(w) == 4 && isDigits(w):
			return false
		case j == from && (w == "a" || w == "an"), w == "new":
			fresh = true
		}
	}
	return fresh
}

// innerPreps between an accord noun and the word that would put it under
// negotiation make it the object of something else.
var innerPreps = set("with", "of", "to", "under", "in", "from", "by", "into", "against", "within")

// pursuitVerbs conclude an accord still sought ("to agree a pact");
// pursuitGerunds are their -ing forms after "close to".
var (
	pursuitVerbs   = set("agree", "conclude", "strike", "reach", "seal", "finalise", "finalize", "complete", "sign", "clinch", "forge")
	pursuitGerunds = set("agreeing", "concluding", "striking", "reaching", "sealing", "finalising", "finalizing", "completing", "signing", "clinching")
	nearWords      = set("close", "closer", "near", "nearer")
)

// pursuitCue reports whether the "to" at k follows a word that fixes the
// accord as one being worked out: a deadline ("a deadline to agree",
// "until June to strike"). (Not "failed to reach an accord": talks that
// failed, with no accord to tell.)
func pursuitCue(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := toks[j]
		if t.punct && t.w != "-" || isClauseBreak(t) {
			return false
		}
		if t.w == "deadline" || t.w == "deadlines" || t.w == "until" {
			return true
		}
	}
	return false
}

// ordinalInfinitive reports whether the "to" at k follows "the first",
// "the last" or "the only" (a word or two may stand between): "was the first to
// call Duterte", "the only Western leader to visit" tell an act, not a wish.
func ordinalInfinitive(toks []token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		switch toks[j].w {
		case "first", "last", "only", "second", "third", "latest":
			return toks[j-1].w == "the"
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// isModal reports whether the verb at v is governed by a word of need,
// wish, possibility, intention or negation within its clause ("the need to
// sign", "could sign", "has not signed", "to restore"). A bare infinitive
// "to <verb>" counts as an intention unless "agreed to" introduces it.
func isModal(toks []token, v int) bool {
	w := toks[v].w
	if w == "sign" || w == "reach" || w == "restore" || w == "establish" {
		if v >= 2 && toks[v-1].w == "to" && toks[v-2].w == "agreed" {
			return false
		}
		return true
	}
	for d := 1; d <= 6 && v-d >= 0; d++ {
		t := toks[v-d]
		if t.w == "," || isClauseBreak(t) {
			break
		}
		if thatAfterNoun(toks, v-d) {
			break // "needs proof that its pact with Japan is working": the need is for the proof
		}
		if modalWords[t.w] && !t.notModal {
			return true
		}
		if (t.w == "commitment" || t.w == "commitments") && v-d+2 < v && toks[v-d+1].w == "to" && (toks[v-d+2].w == "a" || toks[v-d+2].w == "an") {
			return true // "the recent commitment to a free-trade agreement": none yet ("its commitment to the ABM treaty" is to one made)
		}
		if t.w == "to" && d == 1 && !(v >= 2 && toks[v-2].w == "agreed") && !ordinalInfinitive(toks, v-1) {
			return true
		}
	}
	return false
}

// thatAfterNoun reports whether token k is a "that" opening a clause
// after a noun ("needs proof that its pact ... is working"), not after a
// word of hoping or needing ("hopes that a pact ..."), which governs the
// clause.
func thatAfterNoun(toks []token, k int) bool {
	return k >= 1 && toks[k].w == "that" && !modalWords[toks[k-1].w] && !describingWords[toks[k-1].w] && !toks[k-1].punct
}

// numberBefore returns the number word counting the noun at i ("two major
// pacts"), or 0.
func numberBefore(toks []token, i int) int {
	for d := 1; d <= 3 && i-d >= 0; d++ {
		w := toks[i-d].w
		if n, ok := numberWords[w]; ok {
			return n
		}
		if toks[i-d].punct || quantityWords[w] {
			break // "five billion stg deal" counts money, not deals
		}
	}
	return 0
}

// mannerAdverb reports whether t is a lower-case adverb in -ly
// ("recently", "formally", "tentatively") that may stand between a verb
// and its complement.
func mannerAdverb(t token) bool {
	return !t.cap && !t.punct && len(t.w) > 4 && strings.HasSuffix(t.w, "ly") && !notAdverbsLy[t.w]
}

// notAdverbsLy end in -ly but are no adverbs.
var notAdverbsLy = set("italy", "july", "only", "early", "family", "rally", "supply", "apply", "reply", "assembly", "monopoly", "ally")

// agreedTo reads "agreed [in principle] [on <date>] to <verb> ..." and
// "agreed [in principle] on <thing>" as an accord. Agreements to hold
// meetings are left to the meeting rules (they are planned meetings), and
// agreeing "on the importance/need of" something is a statement.
func agreedTo(s *sent, i int) (trigger, bool) {
	toks := s.toks
	j := i + 1
	if j+1 < len(toks) && toks[j].w == "in" && toks[j+1].w == "principle" {
		j += 2
	}
	if j < len(toks) && toks[j].punct && toks[j].w != "," {
		j++ // closing quote of "agreed in principle"
	}
	if j+1 < len(toks) && mannerAdverb(toks[j]) && (toks[j+1].w == "on" || toks[j+1].w == "to" || toks[j+1].w == "upon") {
		j++ // "agreed recently on an interim security report", "agreed formally to the plan"
	}
	// A date between: "agreed on Tuesday to ...", "agreed in 1995 to ...".
	for _, d := range s.dates {
		if d.tok == j || (d.tok == j+1 && (toks[j].w == "on" || toks[j].w == "in")) {
			j = d.tokEnd
			break
		}
	}
	if j >= len(toks) {
		return trigger{}, false
	}
	if toks[j].w == "with" && j+1 < len(toks) && (spokeWithOfficer(s, j+1) || s.stateAt(j+1)) {
		// "agreed with his Turkish counterpart Recep Tayyip Erdogan to
		// compensate the families": the partner, then what was agreed.
		for k := j + 2; k < len(toks) && k <= j+12; k++ {
			if toks[k].w == "to" && toks[k-1].cap && !toks[k-1].punct {
				j = k
				break
			}
			if toks[k].punct && toks[k].w != "." {
				break
			}
		}
	}
	if (toks[j].w == "on" || toks[j].w == "upon") && j+1 < len(toks) && toks[j+1].w == "by" {
		j++
	}
	switch toks[j].w {
	case "by":
		// "the joint search-and-rescue exercises, agreed on by Chinese and
		// U.S. military leaders", "The plan, agreed by France and Germany":
		// what two states' agents agreed to, told passively.
		if i >= 2 && toks[i-1].w == "," && len(s.statesUntilBreak(j+1)) >= 2 {
			return trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, headNoun: -1}, true
		}
		return trigger{}, false
	case "to":
		// (n: an accord noun that also names plans, "framework", "package")
		if n := firstAccordNoun(toks, j+2); j+1 < len(toks) && (toks[j+1].w == "the" || toks[j+1].w == "a") && n >= 0 && !accordNouns[toks[n].w] &&
			accordVerbFor(toks, n, false) < 0 && !meetingAhead(toks, j+2) {
			// "agreed on Tuesday to a ten-year defence framework": a
			// framework, plan or package agreed to, too far from the verb
			// for the noun rule
			return trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, topics: accordTopics(s, n), headNoun: -1}, true
		}
		if j+1 < len(toks) && (toks[j+1].w == "the" || toks[j+1].w == "a") && !accordNounAhead(toks, j+2) && !meetingAhead(toks, j+2) {
			// "agreed last December to the 15 pct charge": agreeing to
			// terms is an accord ("agreed to the accord" is the noun rule's).
			topics := readTopics(s, j+1, false)
			if len(topics) > 0 {
				return trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, topics: topics, headNoun: -1}, true
			}
			return trigger{}, false
		}
		if j+1 >= len(toks) || toks[j+1].punct || toks[j+1].w == "the" || toks[j+1].w == "a" {
			return trigger{}, false // "agreed to the accord": the noun rule handles accords
		}
		for k := j + 1; k <= j+10 && k < len(toks); k++ {
			if toks[k].punct && toks[k].w != "-" {
				break
			}
			if k > j+4 && (!talkPlurals[toks[k].w] || toks[k-1].w != "open" && toks[k-1].w != "start" && toks[k-1].w != "begin" && toks[k-1].w != "hold") {
				continue // beyond four words only "... to open talks" counts
			}
			if _, ok := meetingWords[toks[k].w]; ok || talkVerbs[toks[k].w] {
				return trigger{}, false // agreeing to meet or to discuss is a planned meeting; "agreed to mandate the Commission to open talks" too
			}
			if toks[k].w == "relations" || toks[k].w == "ties" {
				return trigger{}, false // agreeing to normalise relations is not an accord
			}
		}
		if w := toks[j+1].w; w != "be" && movementVerbs[w] != "" && j+2 < len(toks) && toks[j+2].w == movementVerbs[w] {
			return trigger{}, false // "agreed to travel to New Delhi": a journey, which the meeting rules read
		}
		if vagueVerbs[toks[j+1].w] {
			return trigger{}, false // "agreed to intensify cooperation": a pledge, not an accord
		}
		topics := readTopics(s, j+1, false)
		return trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, topics: topics, headNoun: -1}, true
	default:
		// "agreed new proposals", "agreed terms for the loan".
		k := j
		for k < len(toks) && k < j+3 && (toks[k].w == "new" || toks[k].w == "the" || toks[k].w == "final" || toks[k].w == "revised") {
			k++
		}
		if k < len(toks) && agreedObjects[toks[k].w] {
			topics := readTopics(s, j, false)
			return trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, topics: topics, headNoun: -1}, true
		}
		return trigger{}, false
	case "between":
		// "the zero duty bindings agreed between the EC and U.S. in 1962":
		// terms two states agreed, told after the noun they name
		if i >= 1 && !toks[i-1].punct && !auxiliaries[toks[i-1].w] && !beForms[toks[i-1].w] && len(s.statesUntilBreak(j+1)) == 2 {
			return trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, headNoun: -1}, true
		}
		return trigger{}, false
	case "that":
		// "Obama said he and Xi had agreed that neither government would
		// knowingly support cyber theft": both sides bound by a promise
		// (not "agreed that the situation was serious": a view)
		k := j + 1
		if k < len(toks) && (toks[k].w == "neither" || toks[k].w == "both" || toks[k].w == "each" || toks[k].w == "they") {
			for m := k + 1; m < len(toks) && m <= k+4; m++ {
				if toks[m].w == "would" || toks[m].w == "will" {
					return trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, topics: readTopics(s, m+1, false), headNoun: -1}, true
				}
				if toks[m].punct {
					break
				}
			}
		}
		return trigger{}, false
	case "on", "upon":
		k := j + 1
		for k < len(toks) && topicDeterminers[toks[k].w] {
			k++
		}
		if k >= len(toks) || statementHeads[toks[k].w] || arrangementHeads[toks[k].w] || vagueGerund(toks[k].w) {
			return trigger{}, false // ("agreed on continuing joint consultations": a pledge, as "agreed to continue")
		}
		topics := readTopics(s, j+1, false)
		if len(topics) == 0 {
			return trigger{}, false
		}
		return trigger{kind: graph.KindAccord, tok: i, verb: i, status: graph.StatusAgreed, count: 1, topics: topics, headNoun: -1}, true
	}
}

// vagueGerund reports whether w is the -ing form of one of vagueVerbs:
// "continuing", "strengthening", "stepping".
func vagueGerund(w string) bool {
	b, ok := strings.CutSuffix(w, "ing")
	if !ok || len(b) < 2 {
		return false
	}
	return vagueVerbs[b] || vagueVerbs[b+"e"] || b[len(b)-1] == b[len(b)-2] && vagueVerbs[b[:len(b)-1]]
}

// arrangementHeads after "agreed on" settle when, where or how a meeting
// is held ("agreed on the schedule through a telephone conversation",
// "agreed on the venue"): the meeting's arrangements, not an accord.
var arrangementHeads = set("schedule", "date", "dates", "timing", "agenda", "venue", "venues", "itinerary", "format")

// statementHeads after "agreed on" make a statement of views, not an accord.
var statementHeads = set("importance", "need", "necessity", "significance", "desirability", "value", "urgency",
	"principle", "principles", "view", "views", "fact", "idea", "whole")

// relationsNext reports whether "relations" or "ties" stands at k, perhaps
// after words of relationsModifiers ("full diplomatic relations").
func relationsNext(toks []token, k int) bool {
	for k < len(toks) && relationsModifiers[toks[k].w] {
		k++
	}
	return k < len(toks) && (toks[k].w == "relations" || toks[k].w == "ties")
}

// relationsObject reports whether the relations verb at i has diplomatic
// relations, ties or embassies as its object nearby.
func relationsObject(toks []token, i int) bool {
	w := toks[i].w
	if w == "broke" || w == "broken" {
		if !(i+1 < len(toks) && (toks[i+1].w == "off" || toks[i+1].w == "relations" || toks[i+1].w == "ties" || toks[i+1].w == "diplomatic")) {
			return false
		}
	}
	if w == "set" && !(i+1 < len(toks) && toks[i+1].w == "up") {
		return false // only "set up diplomatic relations", not "set the tone for relations"
	}
	embassyOnly := w == "opened" || w == "reopened" || w == "closed" || w == "shut" || w == "inaugurated"
	if (w == "opened" || w == "reopened") && relationsNext(toks, i+1) {
		embassyOnly = false // "Panama opened diplomatic relations with Beijing"
	}
	passive := i > 0 && (toks[i-1].w == "were" || toks[i-1].w == "was" || toks[i-1].w == "been")
	for d := -9; d <= 4; d++ {
		k := i + d
		if k < 0 || k >= len(toks) || d == 0 {
			continue
		}
		t := toks[k].w
		if embassyAt(toks, k) {
			if d < 0 && i+1 < len(toks) && (meetingWords[toks[i+1].w] != "" || talkPlurals[toks[i+1].w]) {
				continue // "The embassy of Canada opened talks with Cuba": what it opened
			}
			if d > 0 && d <= 4 || d < 0 && d >= -4 && embassyOnly {
				return true // "opened its embassy", "The U.S. Embassy in Havana reopened"
			}
			continue
		}
		if embassyOnly {
			continue
		}
		if t == "relations" || t == "ties" {
			diplomatic := k > 0 && toks[k-1].w == "diplomatic"
			near := d >= -4 && d <= 3
			if d < -4 {
				if passive && k+1 < len(toks) && toks[k+1].w == "between" {
					return true // "relations between Washington and Tehran were severed"
				}
				continue
			}
			if diplomatic && near || (d >= -2 && d <= 2) {
				return true
			}
		}
	}
	return false
}

// otherSenses are words after "meet"/"meeting"/"talks" that make them
// something other than a diplomatic meeting ("meet the deadline", "meeting
// place", "takeover talks").
var otherSenseAfter = set("deadline", "deadlines", "goal", "goals", "target", "targets", "demand", "demands",
	"needs", "requirements", "criteria", "expectations", "standard", "standards", "obligations", "costs",
	"payments", "conditions", "threshold", "quota", "challenge", "challenges", "it", "them", "criticism", "resistance", "skepticism", "scepticism", "opposition", "approval", "silence",
	"protests", "death", "end", "fate", "requirement", "target", "commitments", "payment", "escalation",
	"escalations", "threat", "threats", "aggression", "attack", "attacks", "shortfall", "shortfalls")

// missionActs reports whether the mission noun at i opens its sentence or
// clause: the mission is then who acts, not the journey.
func missionActs(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && !toks[k].punct && !determiners[toks[k].w] && !possessives[toks[k].w] && !prepositions[toks[k].w] && k >= i-5 {
		k--
	}
	if k >= 0 && (determiners[toks[k].w] || possessives[toks[k].w]) {
		k--
	}
	return k < 0 || toks[k].punct
}

// travellingMissions before "mission" make it a delegation's visit.
var travellingMissions = set("trade", "fact-finding", "goodwill", "purchasing", "buying", "peace", "economic", "investment")

// ticketTrips before "trip" make it a ticket or an outing, no state's visit.
var ticketTrips = set("round", "one-way", "field", "school", "road", "fishing", "shopping", "camping")

var otherSenseBefore = set("cabinet", "takeover", "merger", "acquisition", "buyout", "wage", "pay", "labor", "labour",
	"union", "contract", "shareholder", "shareholders", "board", "annual", "general", "investor", "investors",
	"bondholders", "creditor", "creditors", "bank", "banks", "company", "business", "team", "club", "family",
	"fed", "opec", "committee", "council", "consular", "prison", "site", "campaign", "home", "state-media")

// timePreps open a phrase of time that ends what a word governs.
var timePreps = set("after", "before", "following", "amid", "despite", "during", "since", "until")

// placeAdjectives may stand between a movement verb's preposition and the
// country ("flew to neighbouring Jordan").
var placeAdjectives = set("neighbouring", "neighboring", "nearby", "northern", "southern", "eastern", "western", "central")

// otherSense reports whether the meeting word at i is used in another
// sense, by the words around it.
func otherSense(toks []token, i int) bool {
	if i > 0 && otherSenseBefore[toks[i-1].w] && !(toks[i-1].w == "annual" && withAfter(toks, i)) {
		return true // "the company's annual meeting"; "his annual meeting ... with Prime Minister Mulroney" is one
	}
	if i >= 3 && toks[i-1].w == "the" && toks[i-2].w == "of" && referenceHeads[toks[i-3].w] &&
		!(i+1 < len(toks) && (toks[i+1].w == "between" || toks[i+1].w == "with")) {
		return true // "offered few new details of the talks": the talks told elsewhere (not "the outcome of the talks between Musharraf and Bush at Camp David on June 24")
	}
	if habitual(toks, i) {
		return true // "talks of this kind are regularly held each year"
	}
	if (toks[i].w == "mission" || toks[i].w == "missions") && (i == 0 || !travellingMissions[toks[i-1].w] || missionActs(toks, i)) {
		// "the U.S. mission to the United Nations", "a rescue mission": an
		// office or a task; "a trade mission" travels, but "A Ugandan
		// goodwill mission ... will visit Kenya" is the traveller of
		// another word's visit.
		return true
	}
	if i > 0 && (toks[i].w == "trip" || toks[i].w == "trips") && ticketTrips[toks[i-1].w] {
		return true // "customers would buy a round trip from the U.S. to London": a ticket
	}
	if (toks[i].w == "meet" || toks[i].w == "meets" || toks[i].w == "meeting" || toks[i].w == "met") && i+1 < len(toks) {
		j := i + 1
		if j+2 < len(toks) && toks[j].cap && toks[j+1].w == "'s" {
			j += 2 // "to meet Indonesia's share of 21 World Bank projects": the owner of what is met
		}
		for j < len(toks) && j <= i+5 && (determiners[toks[j].w] || toks[j].w == "its" || toks[j].w == "their" || !toks[j].cap && !meetTargets[toks[j].w] && j < i+3 && !toks[j].punct && toks[j].w != "with" && toks[j].w != "by") {
			if meetTargets[toks[j].w] {
				break
			}
			j++
		}
		if j < len(toks) && meetTargets[toks[j].w] {
			return true // "failing to meet terms of a 1986 pact", "meet the deadline": not a meeting
		}
		if j+1 < len(toks) && toks[j].cap && !toks[j].punct && (meetTargets[toks[j+1].w] ||
			j+2 < len(toks) && !toks[j+1].cap && meetTargets[toks[j+2].w]) {
			return true // "to meet Japanese specifications", "meet U.S. safety standards": whose targets
		}
		if toks[i].w == "met" && j+1 < len(toks) && (toks[j].w == "with" || toks[j].w == "by") {
			o := j + 1 // the object's first word
			if toks[o].w == "\"" {
				o++ // 'would be met by "a strong response from Iran'
			}
			if o < len(toks) && meetTargets[toks[o].w] || o+1 < len(toks) && !toks[o].cap && meetTargets[toks[o+1].w] ||
				o+2 < len(toks) && determiners[toks[o].w] && !toks[o+1].cap && meetTargets[toks[o+2].w] {
				return true // "the plan met with fierce criticism", "would be met by a strong response"
			}
		}
		if toks[i].w == "met" && i > 0 && (beForms[toks[i-1].w] || toks[i-1].w == "being") && toks[i+1].w == "with" {
			return true // "this may be met with a lot of backlash": a reaction ("was met by officials" stays a meeting)
		}
		if toks[i].w == "met" && i > 0 && (beForms[toks[i-1].w] || toks[i-1].w == "being") && (toks[i+1].punct && toks[i+1].w != "-" || toks[i+1].w == "and" || toks[i+1].w == "or") {
			return true // "whether all the conditions ... have been met, the firm said": met with no one
		}
	}
	if (toks[i].w == "meet" || toks[i].w == "met") && i+2 < len(toks) && toks[i+1].w == "in" && toks[i+2].w == "court" {
		return true // "before the two sides meet in court next week"
	}
	if (toks[i].w == "meet" || toks[i].w == "met") && targetBefore(toks, i) {
		return true // "deficit targets that Congress must meet"
	}
	if i >= 2 && toks[i-1].w == "for" && preparedFor[toks[i-2].w] {
		return true // "set the framework for talks", "paved the way for talks": talks only prepared
	}
	if facilitatedTalks(toks, i) {
		return true // "brokered by the United States and Russia with the aim of facilitating peace talks": others' talks
	}
	if firstSince(toks, i) {
		return true // "the first high-level U.S. official to visit Japan since ...": a comparison
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].w == "absent" || toks[k].w == "excluded" || toks[k].w == "barred" {
			return true // "Iran absent from the talks"
		}
	}
	if i+1 < len(toks) {
		switch toks[i+1].w {
		case "place", "room", "point", "hall", "venue", "rooms", "places":
			return true // "a meeting place"
		}
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		w := toks[k].w
		if otherSenseAfter[w] {
			return true
		}
		if toks[k].punct || w == "on" || w == "in" || w == "at" || w == "to" || w == "and" || w == "by" || timePreps[w] {
			break // ("held talks today after two days of protests": the protests are another phrase's; "meet by the end of the month": a time)
		}
	}
	return false
}

// generic reports whether the meeting word at i names no particular
// event: a quantified noun ("any submarine visit", "no talks", "each
// meeting"), a habitual one ("one visit to Cuba every three years") or a
// permission ("allow individuals to visit the island").
func generic(toks []token, i int) bool {
	if forbidden(toks, i) {
		return true
	}
	if i > 0 && (toks[i-1].w == "via" || toks[i-1].w == "through") && meansNouns[toks[i].w] &&
		!(i+1 < len(toks) && (toks[i+1].w == "with" || toks[i+1].w == "between")) {
		return true // "can fix territorial issues via talks", "resolve disputes through negotiations": a means, not a meeting
	}
	if i > 0 && toks[i-1].w == "to" {
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if permitWords[toks[k].w] {
				return true // "would allow individuals to visit the island": a permission, not a visit
			}
			if toks[k].punct {
				break
			}
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].w
		if quantifiers[w] || permitWords[w] {
			return true // "any submarine visit", "allowing organized trips"
		}
		if (w == "overseas" || w == "foreign") && k == i-1 && strings.HasSuffix(toks[i].w, "s") && !talkPlurals[toks[i].w] {
			return true // "travellers cheques for overseas trips": journeys abroad of anyone, to nowhere in particular
		}
		if toks[k].punct || determiners[w] || w == "of" || w == "to" {
			break
		}
	}
	for k := i + 1; k+1 < len(toks) && k <= i+6; k++ {
		w := toks[k].w
		if toks[k].punct && w != "-" {
			break
		}
		if w == "every" || w == "each" || w == "per" {
			n := toks[k+1].w
			if numberWords[n] > 0 || periodWords[n] || n == "few" || n == "other" {
				return true
			}
		}
	}
	return false
}

// forbidden reports whether the movement or meeting word at i is advised
// against or forbidden: "a warning to Americans not to travel to Iran",
// "to ban Trump from traveling to the United Kingdom".
func forbidden(toks []token, i int) bool {
	if i > 1 && toks[i-1].w == "to" && toks[i-2].w == "not" {
		return true
	}
	if i > 0 && toks[i-1].w == "from" {
		for k := i - 2; k >= 0 && k >= i-6 && !toks[k].punct; k-- {
			if banWords[toks[k].w] {
				// (not "would not prevent him from visiting Jordan on
				// Sunday": the visit goes ahead)
				return !(k >= 1 && negations[toks[k-1].w] || k >= 2 && negations[toks[k-2].w])
			}
		}
	}
	return false
}

// transitStop reports whether the destination at j is only passed through:
// "arriving in Japan for an overnight stop", "landed in Shannon for a
// refuelling stopover". A stop for talks is a visit.
func transitStop(toks []token, j int) bool {
	k := j + 1
	for k < len(toks) && k <= j+3 && toks[k].cap && !toks[k].punct {
		k++ // the rest of the place's name
	}
	if k+1 >= len(toks) || toks[k].w != "for" {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+4; e++ {
		if w := toks[e].w; stopNouns[w] || w == "stop-over" || w == "transit" {
			return e+1 >= len(toks) || toks[e+1].w != "for" // (not "a stop for talks")
		}
		if toks[e].punct {
			return false
		}
	}
	return false
}

// banWords forbid what follows "from" ("banned from visiting").
var banWords = set("ban", "bans", "banned", "banning", "bar", "bars", "barred", "barring", "outlaw", "outlawed", "outlawing",
	"prevent", "prevents", "prevented", "preventing", "prohibit", "prohibits", "prohibited", "prohibiting", "forbid",
	"forbids", "forbade", "forbidden", "block", "blocks", "blocked", "blocking")

// quantifiers before a meeting noun make it no particular meeting.
var quantifiers = set("any", "no", "every", "each")

// quantifiedAccord reports whether the accord noun at i is quantified
// over ("any agreement", "every accord", "all contracts and agreements"),
// not one accord: a quantifier within three words before it.
func quantifiedAccord(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].w
		if toks[k].punct {
			return false
		}
		if quantifiers[w] {
			return true
		}
		if w == "all" && strings.HasSuffix(toks[i].w, "s") {
			n := toks[k+1].w
			return !determiners[n] && !possessives[n] && numberWords[n] == 0 && !isDigits(n) // (not "signed all three agreements", "all the agreements")
		}
	}
	return false
}

// periodWords follow "every" in habits ("every year", "each month").
var periodWords = set("year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "summer", "spring")

// upperWord reports whether w is written in capitals only ("IS", the
// Islamic State: "air strikes against IS in Iraq"), so no verb of ordinary
// text.
func upperWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// stayVerbs tell a stay when a length of time and "in <country>" follow.
var stayVerbs = set("spent", "spends", "spend", "spending")

// stayIn reports whether the stay verb at i is followed, within six words,
// by a length of time and then "in" a country or capital.
func stayIn(s *sent, i int) bool {
	toks := s.toks
	period := false
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		switch w := toks[k].w; {
		case periodWords[w] || w == "hours" || w == "hour" || w == "night" || w == "nights":
			period = true
		case w == "in" && period:
			j := k + 1
			if j < len(toks) && toks[j].w == "the" {
				j++
			}
			return j < len(toks) && s.actorAt(j)
		case toks[k].punct:
			return false
		}
	}
	return false
}

// talkVerbs after "agreed to" make the agreement one to talk, not an accord.
var talkVerbs = set("discuss", "negotiate", "consult", "talk")

// permitWords before "<someone> to <meet>" grant leave to meet, which
// states no meeting.
var permitWords = set("allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting",
	"let", "lets", "enable", "enables", "enabling")

// nounBefore make a following movement word a noun ("restrictions on
// travel to Cuba", "the flight to Havana"), which tells no trip.
var nounBefore = set("on", "of", "for", "the", "a", "an", "its", "their", "his", "her", "free", "air", "ban", "banned", "restrict", "restricting")

// verbAfter reports whether the word at i stands where a verb does: after
// a modal or "to" ("will host", "to host") or right after its subject
// ("Salman hosts Modi").
func verbAfter(s *sent, i int) bool {
	if i == 0 {
		return false
	}
	switch s.toks[i-1].w {
	case "will", "would", "to", "shall", "'ll", "could", "may", "might":
		return true
	}
	if s.toks[i].afterAlso {
		return true // ("Salman also hosts Modi")
	}
	return s.actorAt(i-1) || s.toks[i-1].cap && !s.toks[i-1].punct && !sentenceStarters[s.toks[i-1].raw]
}

// hostsGathering reports whether the host verb at i takes as its object
// an organisation's gathering ("is hosting the Group of 20 summit", "hosts
// the OPEC meeting"), which makes no guest a partner.
func hostsGathering(s *sent, i int) bool {
	for j := i + 1; j < len(s.toks) && j <= i+6; j++ {
		if s.toks[j].punct {
			return false
		}
		if meetingWords[s.toks[j].w] != "" {
			return gathering(s, j)
		}
	}
	return false
}

// hostedMeetingBefore reports whether a meeting noun stands within eight
// words before the participle "hosted" at i, in one phrase: "a conference
// on state governance in Africa hosted by", "talks hosted by Norway".
func hostedMeetingBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if toks[j].punct || beForms[toks[j].w] || auxiliaries[toks[j].w] {
			return false // ("the talks were hosted by": the verb of the clause)
		}
		if meetingWords[toks[j].w] != "" || gatheringHeads[toks[j].w] {
			return true
		}
	}
	return false
}

// hostNouns after "host"/"hosting" make it an attribute, not a meeting:
// "hosting rights", "host nation".
var hostNouns = set("rights", "right", "nation", "nations", "city", "cities", "country", "countries", "duties", "committee", "bid", "bids", "family", "families", "government")

// callActVerbs tell what one said to another; with "in a phone call" or
// "by phone" after their object they are a call.
var callActVerbs = set("warned", "warns", "urged", "urges", "thanked", "thanks", "congratulated", "congratulates",
	"asked", "asks", "invited", "invites", "informed", "informs", "briefed", "briefs", "pressed", "presses",
	"reassured", "reassures", "promised", "promises")

// phoneCallAfter reports whether "in/during a phone (telephone) call" or
// "in a telephone conversation" follows the verb at i within its clause.
func phoneCallAfter(toks []token, i int) bool {
	for k := i + 1; k+1 < len(toks) && k <= i+12; k++ {
		w := toks[k].w
		if (w == "phone" || w == "telephone") && (toks[k+1].w == "call" || toks[k+1].w == "conversation") && k >= 2 &&
			(toks[k-1].w == "a" || toks[k-1].w == "the") && (toks[k-2].w == "in" || toks[k-2].w == "during") {
			return true
		}
		if toks[k].punct && w != "-" || w == "and" || w == "but" || w == "that" {
			return false
		}
	}
	return false
}

// videoNoun returns how many words name a call over a screen at i ("video
// call", "video link", "video conference", "videoconference"), or 0.
func videoNoun(toks []token, i int) int {
	switch w := toks[i].w; w {
	case "video-call":
		return 1
	case "video":
		if i+1 < len(toks) && videoWords[toks[i+1].w] {
			return 2
		}
	}
	if meetingWords[toks[i].w] == "video" {
		return 1
	}
	return 0
}

// callTakers before "a call from|to|with" someone make the call a phone
// call: "received a call from", "made a call to".
var callTakers = set("received", "receives", "receiving", "receive", "got", "gets", "took", "takes", "made", "makes",
	"making", "make", "had", "has", "have", "placed", "places")

// videoWords follow "video" in the name of a call over a screen.
var videoWords = set("call", "calls", "conference", "conferences", "link")

// objectAfter returns where the person spoken to stands after the verb at i:
// past "with" or "to" when one follows.
func objectAfter(toks []token, i int) int {
	if i+1 < len(toks) && (toks[i+1].w == "with" || toks[i+1].w == "to") {
		return i + 2
	}
	return i + 1
}

// videoAfter reports whether "via/by/over (a/the) video link" or "by
// videoconference" follows the verb at i within its clause.
func videoAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+14; k++ {
		if videoNoun(toks, k) > 0 {
			p := toks[k-1].w
			if (p == "the" || p == "a") && k >= 2 {
				p = toks[k-2].w
			}
			return p == "via" || p == "by" || p == "over" || p == "through" || p == "in"
		}
		if w := toks[k].w; toks[k].punct && w != "-" || w == "and" || w == "but" {
			return false
		}
	}
	return false
}

// phoneVerbs state a conversation; with "on the phone" or "by telephone"
// after them they are a phone call.
var phoneVerbs = set("spoke", "spoken", "speak", "speaks", "speaking", "talked", "talk", "talking", "chatted", "told", "tells")

// phoneAfter reports whether "on/by/over (the) phone/telephone" follows the
// talk verb at i within its clause.
func phoneAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+14; k++ {
		w := toks[k].w
		if w == "phone" || w == "telephone" {
			p := toks[k-1].w
			if p == "the" && k >= 2 {
				p = toks[k-2].w
			}
			return p == "on" || p == "by" || p == "over"
		}
		if toks[k].punct && w != "-" || w == "and" || w == "but" {
			return false
		}
	}
	return false
}

// withPastPlace returns the "with" right after the noun at i, or after a
// place told there ("a news conference in Amman with ..."), or -1.
func withPastPlace(toks []token, i int) int {
	k := i + 1
	if k+1 < len(toks) && (toks[k].w == "in" || toks[k].w == "at") {
		k++
		for k < len(toks) && k <= i+5 && toks[k].cap && !toks[k].punct {
			k++
		}
	}
	if k < len(toks) && toks[k].w == "with" {
		return k
	}
	return -1
}

// talkedBefore reports whether the "by phone" at k belongs to a talk verb
// before it that already triggers the call.
func talkedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		if phoneVerbs[toks[j].w] {
			return phoneAfter(toks, j)
		}
	}
	return false
}

// relationBases are the base forms of relationVerbs; they state a change of
// relations only after a word of decision ("decided to break relations").
var relationBases = map[string]string{
	"establish": graph.ActionEstablished, "restore": graph.ActionRestored, "re-establish": graph.ActionRestored,
	"reestablish": graph.ActionRestored, "resume": graph.ActionRestored, "sever": graph.ActionSevered,
	"break": graph.ActionSevered, "cut": graph.ActionSevered, "suspend": graph.ActionSuspended,
	"normalize": graph.ActionNormalized, "normalise": graph.ActionNormalized, "upgrade": graph.ActionUpgraded,
	"open": graph.ActionEstablished,
}

// decisionWords before "to <verb>" make the verb a decision taken, not an
// intention.
var decisionWords = set("decided", "decides", "agreed", "agree", "agrees", "voted", "votes", "resolved", "decision")

// vagueVerbs after "agreed to" pledge effort, not a concluded accord
// ("agreed to intensify cooperation", "agreed to work together").
var vagueVerbs = set("intensify", "strengthen", "boost", "expand", "deepen", "enhance", "promote", "continue",
	"work", "cooperate", "co-operate", "step", "improve", "increase", "develop", "further", "maintain", "keep",
	"consider", "study", "explore", "look", "seek", "try", "push", "support", "help", "encourage", "facilitate")

// forumNames before a meeting word make it an organisation's gathering
// ("the OPEC meeting", "last week's ICO talks", "a NATO summit").
var forumNames = set("opec", "nato", "asean", "apec", "gatt", "wto", "imf", "ico", "icao", "iaea", "oecd", "g7",
	"g-7", "g8", "g-8", "g20", "g-20", "brics", "oas", "oau", "au", "sco", "un", "u.n.", "u.n", "commonwealth",
	"arab", "league", "nations", "organisation", "organization", "assembly", "council", "conference",
	"group", "club", "forum", "bloc", "community", "davos", "world", "comecon", "cmea", "gcc", "ecowas", "mercosur",
	"efta", "saarc", "sadc")

// ministersOf reports whether the meeting word at i is told as one of many
// states' officers: "a meeting in Berlin of foreign ministers from the six
// founding members", "talks of EU finance ministers"; not "a meeting of the
// two foreign ministers".
func ministersOf(s *sent, i int) bool {
	states, officers := membersOf(s, i)
	// "a meeting of prime ministers" between the two states the sentence
	// names is theirs; not when one is only where someone is ("is in New
	// Zealand for a meeting of trade ministers").
	return states || officers && len(codesOf(s.actors, func(a actor) bool {
		return a.explicit() && !(a.tok > 0 && venuePreps[s.toks[a.tok-1].w])
	})) != 2
}

// membersOf reads "of ..." after the meeting word at i: states reports a
// plural of states or a forum's members ("a meeting of coffee producing
// countries", "a meeting of OPEC ministers"), officers a plural of
// officers ("a meeting of trade ministers").
func membersOf(s *sent, i int) (states, officers bool) {
	toks := s.toks
	k := i + 1
	if k+1 < len(toks) && (toks[k].w == "in" || toks[k].w == "at") && s.anyActorAt(k+1) {
		k += 2 // "a meeting in Berlin of ..."
		for k < len(toks) && s.anyActorAt(k) {
			k++
		}
	}
	if k >= len(toks) || toks[k].w != "of" {
		return false, false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		w := toks[j].w
		if w == "two" || w == "both" || toks[j].punct || s.blocAt(j) {
			return false, false // ("a meeting of EU foreign ministers": the bloc's, which blocGathering reads)
		}
		if manyStates[w] {
			return true, officers // "a meeting of coffee producing countries"
		}
		if forumNames[w] && toks[j].cap && j+1 < len(toks) && (manyParticipants[toks[j+1].w] || toks[j+1].w == "partners") {
			return true, officers // "a meeting in Paris of its G-7 partners", "a meeting of OPEC ministers"
		}
		officers = officers || manyParticipants[w]
	}
	return false, officers
}

// abbreviationClose returns the ")" closing a parenthesised abbreviation
// opened at k ("(IMF)", "(OPEC)"), or -1.
func abbreviationClose(toks []token, k int) int {
	if k+2 < len(toks) && toks[k+2].w == ")" && !toks[k+1].punct && acronym(toks[k+1].raw) {
		return k + 2
	}
	return -1
}

// bodyBetween reports whether an international body is named between i
// and j: "for the International Monetary Fund (IMF) meeting".
func (s *sent) bodyBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if s.intlBodyAt(k) {
			return true
		}
	}
	return false
}

// forGathering reports whether the journey or visit at i is made for a
// gathering of many: "going next week to Washington to take part in a
// meeting of the Inter American Development Bank", "is in New Zealand for
// a two-day informal meeting of trade ministers", "would leave for
// Washington to complete negotiations with the IMF and World Bank". A
// journey for talks with someone ("for talks with U.S. Treasury
// officials") is not.
func forGathering(s *sent, i int) bool {
	toks := s.toks
	purpose := -1
	for k := i + 1; k < len(toks) && k <= i+16; k++ {
		t := toks[k]
		if t.w == "(" {
			if e := abbreviationClose(toks, k); e > 0 {
				k = e // "the International Monetary Fund (IMF) meeting"
				continue
			}
		}
		if t.punct && t.w != "-" && t.w != "'" || t.w == "but" || t.w == "and" && !(k+1 < len(toks) && toks[k+1].cap) || t.w == "before" || t.w == "after" || t.w == "then" {
			return false // ("will visit Washington from April 29 before going on to Venice for the summit": the visit is its own)
		}
		switch {
		case purpose < 0:
			if purposeWords[t.w] && !(t.w == "for" && s.anyActorAt(k+1)) { // ("leave for Washington": where)
				purpose = k
			} else if t.w == "to" && purposeVerbAt(s, k+1) {
				if !gatheringVerbs[toks[k+1].w] {
					return false // "to seek support for a meeting of creditor nations", "to discuss Brazil's debt with Reagan": a purpose of its own
				}
				purpose = k
			}
		case meetingWords[t.w] != "" && !visitNouns[t.w]: // ("as part of a tour of several countries": visits, one per host)
			// ("to complete negotiations with the IMF and World Bank": the
			// talks are with a body, not with the host)
			states, officers := membersOf(s, k)
			return states || officers || gathering(s, k) || multilateral(toks, k) || s.withBody(k) || s.bodyBetween(purpose, k)
		case k > purpose+6:
			return false
		}
	}
	return false
}

// withBody reports whether the meeting word at i is held "with" an
// international body ("negotiations with the IMF and World Bank").
func (s *sent) withBody(i int) bool {
	for k := i + 1; k+1 < len(s.toks) && k <= i+3; k++ {
		if s.toks[k].w != "with" {
			continue
		}
		j := k + 1
		if s.toks[j].w == "the" && j+1 < len(s.toks) {
			j++
		}
		return s.intlNameAt(j)
	}
	return false
}

// gatheringVerbs, after "to", make what follows the journey's purpose
// ("to complete negotiations with the IMF", "to attend a meeting").
var gatheringVerbs = set("complete", "continue", "conduct", "hold", "join", "resume", "open", "chair", "address", "attend", "take", "participate")

// purposeWords open what a journey is for ("for a meeting", "to attend",
// "to take part in", "to participate in").
var purposeWords = set("for", "attend", "attending", "part", "participate", "participating")

// manyStates are plurals of states themselves.
var manyStates = set("countries", "nations", "states", "democracies", "economies", "powers", "members", "governments")

// blocAt reports whether a bloc of states (the EU) is named at token j.
func (s *sent) blocAt(j int) bool {
	for _, a := range s.actors {
		if a.tok == j && a.code == "EU" && a.explicit() {
			return true
		}
	}
	return false
}

// gatheringNouns name a gathering, which a forum's acronym or a region's
// name before it makes the forum's or the region's ("the IADB meeting", "a
// Southeast Asian security summit"); talks are often named by their topic
// ("the START talks", "Gulf shipping talks").
var gatheringNouns = set("meeting", "meetings", "conference", "session", "council", "assembly", "summit", "summits", "forum")

// acronym reports whether raw is written as an acronym of three or more
// capitals ("IADB", "ICCO", "G-7"); a word of an all-capital headline is
// told apart by the caller.
func acronym(raw string) bool {
	if len(raw) < 3 || raw[0] < 'A' || raw[0] > 'Z' {
		return false
	}
	letters, digits := 0, 0
	for _, r := range raw {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
			digits++
		case r == '-':
		default:
			return false
		}
	}
	return letters >= 2 || letters == 1 && digits > 0
}

// addressVerbs before "the meeting" make the meeting an audience: one tells
// or addresses a gathering, not a partner.
var addressVerbs = set("told", "tells", "tell", "addressed", "addresses", "address", "addressing", "briefed")

// gathering reports whether the meeting word at i is an organisation's
// gathering or an audience: a forum name right before it ("last week's
// International Coffee Organisation, ICO, talks", "the OPEC meeting"), an
// organisation after "of" ("a meeting of the United Nations"), or the
// object of a verb of speaking ("Davutoglu told the meeting").
func gathering(s *sent, i int) bool {
	toks := s.toks
	if i > 0 && multilateralWords[toks[i-1].w] {
		return true // "ahead of a regional summit in Mongolia"
	}
	if i > 0 && regionCompound(toks[i-1].w) {
		return true // "a landmark China-Africa summit": a state and a continent's many
	}
	if toks[i].cap && gatheringNouns[toks[i].w] {
		// A capitalised name of many words with an organisation's in it:
		// "the ninth ASEAN plus China, Japan and the Republic of Korea
		// Summit" is ASEAN's, whatever states it names.
		for k := i - 1; k >= 0 && k >= i-12; k-- {
			w := toks[k].w
			if forumNames[w] && toks[k].cap && w != "group" && w != "council" && w != "conference" && w != "community" {
				return true
			}
			if toks[k].punct && w != "," || !toks[k].cap && w != "and" && w != "plus" && w != "of" && w != "the" && w != "," {
				break
			}
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if w := toks[k].w; toks[k].cap && (regionWords[w] && w != "european" || w == "southeast") && gatheringNouns[toks[i].w] { // (not "Gulf war peace talks")
			// "a 2010 Southeast Asian security summit in Hanoi", "an Arab
			// summit" ("a European summit" is the EU's)
			return true
		}
		if toks[k].punct || s.anyActorAt(k) || determiners[toks[k].w] {
			break
		}
	}
	if i+3 < len(toks) && toks[i+1].w == "with" && (multilateralWords[toks[i+2].w] || toks[i+2].w == "other" || toks[i+2].w == "fellow") &&
		(toks[i+3].w == "leaders" || toks[i+3].w == "ministers") {
		return true // "a nuclear summit with world leaders next week"
	}
	if ministersOf(s, i) {
		return true // "a meeting in Berlin of foreign ministers from the six founding members"
	}
	if toks[i].cap && i > 0 {
		// "the Nuclear Security Summit": a gathering with a name of its
		// own, not one told by its parties ("the Reagan-Gorbachev summit").
		k := i - 1
		for k >= 0 && toks[k].cap && !toks[k].punct && !s.anyActorAt(k) {
			k--
		}
		if k < i-1 && k >= 0 && toks[k].w == "the" {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].w
		if w == "," || w == "'" || w == "'s" {
			continue
		}
		if toks[k].punct || s.anyActorAt(k) {
			break
		}
		if forumNames[w] && (toks[k].cap || w == "u.n.") {
			return true
		}
		if acronym(toks[k].raw) && !acronym(toks[i].raw) && gatheringNouns[toks[i].w] { // (not "the START talks", "the INF talks": their topic)
			return true // "Baker told the IADB meeting", "the ICCO council session": an organisation's (no state is an actor here)
		}
		if k >= 2 && (isNumberTok(toks[k]) || numberWords[w] > 0) && toks[k-1].w == "of" && toks[k-2].w == "group" && toks[k-2].cap {
			return true // "the Group of 20 summit meeting", "a Group of Seven meeting"
		}
		if meetingWords[w] != "" && k == i-1 {
			continue // "summit meeting": the compound's first word
		}
		if addressVerbs[w] && k == i-2 && (toks[i-1].w == "the" || toks[i-1].w == "a") {
			return true // "Davutoglu told the meeting", "the ambassador told a meeting of industrialists"
		}
		if !toks[k].cap && w != "the" && !forumModifiers[w] {
			break
		}
	}
	if i+3 < len(toks) && toks[i+1].w == "of" {
		j := i + 2
		if toks[j].w == "the" {
			j++
		}
		if j < len(toks) && toks[j].cap && (forumNames[toks[j].w] || s.intlNameAt(j)) {
			return true // "a meeting of the United Nations' aviation agency"
		}
	}
	return s.forumOfficers(i)
}

// forumOfficers reports whether the meeting word at i is one of an
// organisation's officers, told after a venue: "a meeting in Havana of
// officials of the Soviet-led trade group Comecon".
func (s *sent) forumOfficers(i int) bool {
	toks := s.toks
	of := -1
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].w == "of" {
			of = k
			break
		}
		if toks[k].punct {
			return false
		}
	}
	if of < 0 || of+2 >= len(toks) || !officerPlurals[toks[of+1].w] || toks[of+2].w != "of" && toks[of+2].w != "from" {
		return false
	}
	for k := of + 3; k < len(toks) && k <= of+9; k++ {
		if toks[k].punct && toks[k].w != "-" {
			return false
		}
		if toks[k].cap && (forumNames[toks[k].w] && toks[k].w != "world" || s.intlNameAt(k)) {
			return true
		}
	}
	return false
}

// officerPlurals name the people an organisation sends to its meetings.
var officerPlurals = set("officials", "representatives", "delegates", "delegations", "ministers", "envoys", "experts")

// forumModifiers may stand between a forum's name and its gathering:
// "informal GATT ministerial talks", "the NATO defense ministers meeting".
var forumModifiers = set("ministerial", "ministers", "leaders", "annual", "informal", "emergency", "special", "regular",
	"defense", "defence", "finance", "foreign", "trade", "council", "board")

// crowdMoving reports whether the movement verb at i tells people in
// general on the move: "to stop thousands of migrants from leaving for
// Greece", "refugees arriving in Germany", "tourists who flew to Cuba".
func crowdMoving(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].w == "from" || toks[k].w == "who" || toks[k].w == "that" || auxiliaries[toks[k].w] || beForms[toks[k].w]) {
		k--
	}
	return k >= 0 && (crowdWords[toks[k].w] || partnerBodies[toks[k].w])
}

// hostsCrowd reports whether the host verb at i takes a number or a crowd
// as its object ("hosted 1.1 million", "hosting more than 2.5 million
// refugees"): a country sheltering people, not a meeting.
func hostsCrowd(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := toks[k].w
		switch {
		case w == "more" || w == "than" || w == "about" || w == "some" || w == "nearly" || w == "over" ||
			w == "almost" || w == "around" || w == "up" || w == "to" || w == "at" || w == "least" || toks[k].cap:
			continue // "hosted Syrian refugees"
		case isNumberTok(toks[k]) || numberWords[w] > 0 || quantityWords[w] || w == "refugees" || w == "migrants":
			return true
		}
		return false
	}
	return false
}

// standingVerbs before an accord noun take an accord that exists: one
// ends, breaks or keeps only what was concluded, whatever modal comes
// before the verb ("will end its semiconductor agreement with the U.S.").
var standingVerbs = set("end", "ends", "ending", "scrap", "scraps", "scrapping", "terminate", "terminates", "terminating",
	"abandon", "abandons", "abandoning", "violate", "violates", "violating", "breach", "breaches", "breaching",
	"honour", "honor", "honours", "honors", "abide", "implement", "implementing", "renew", "renewing", "extend", "extending",
	"adhere", "adhering", "adherence", "comply", "complying", "compliance", "observe", "observing", "respect", "respecting")

// describingWords before a verbless accord noun make it a description or a
// prospect rather than an accord of its own.
var describingWords = set("draft", "new", "future", "possible", "any", "no", "most", "biggest", "largest", "best",
	"important", "first", "this", "that", "such", "similar", "another", "proposed", "planned")

// pairFrame reports whether the accord noun at i names its two states in
// its own phrase, "between X and Y" after it or "X-Y" right before it,
// and nothing around it makes it an accord still to come ("talks on a
// U.S.-Japan agreement", "hope for an agreement between ...").
func pairFrame(s *sent, i int) bool {
	if !toldAsStanding(s.toks, i) {
		return false
	}
	toks := s.toks
	if b := topicThenBetween(toks, i); b > i {
		return len(s.betweenActors(b-1, true)) == 2 // ("an agreement between the two countries", "an agreement on visa exemption between Turkey and Russia")
	}
	if i+2 < len(toks) && toks[i+1].w == "with" && s.stateAt(i+2) {
		// "its seven-month-old semiconductor agreement with the U.S.": the
		// possessor and the partner.
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if possessives[toks[k].w] || toks[k].w == "'s" || toks[k].w == "under" {
				return true // "its ... agreement with the U.S.", "under an agreement with the European Community"
			}
			if k >= 1 && determiners[toks[k-1].w] && s.stateAt(k) && !slices.ContainsFunc(toks[k:i], func(t token) bool { return determiners[t.w] }) {
				return true // "an EU accord with Turkey", "the Japanese agreement with the United States": the state that holds it
			}
			if k >= 1 && haveForms[toks[k].w] && s.stateAt(k-1) && !(k >= 2 && (toks[k-2].w == "and" || toks[k-2].w == ",")) &&
				k+1 < i && (toks[k+1].w == "a" || toks[k+1].w == "an") && !slices.ContainsFunc(toks[k+2:i], func(t token) bool { return prepositions[t.w] }) {
				return true // "Brazil has a barter deal with Iraq": the subject holds it (one subject: "Iraq and China have barter deals with Brazil" are two; "has doubts about a deal with Japan" holds none)
			}
			if toks[k].punct && toks[k].w != "-" {
				break
			}
		}
	}
	return len(compoundPair(s, i)) == 2
}

// passiveOfStanding reports whether the modal at k starts a passive of a
// verb that talks about an accord without making it ("will be discussed",
// "could be reviewed"): a definite accord so told stands ("the grains
// agreement will be discussed"); "will be signed" still tells one to come.
func passiveOfStanding(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k+1].w != "be" {
		return false
	}
	switch toks[k+2].w {
	case "discussed", "reviewed", "examined", "debated", "considered", "studied", "raised":
		return true
	}
	return false
}

// jointBodyMeeting reports whether the meeting word at i is that of a body
// two states share, named by the pair before it ("the next U.S.-Japan
// yen-dollar committee meeting"): their meeting, not one body's own.
func jointBodyMeeting(s *sent, i int) bool {
	return i > 0 && assemblyNouns[s.toks[i-1].w] && len(compoundPair(s, i-1)) == 2
}

// jointSession reports whether the "session" at i is one of a body two
// states share: a commission or committee within eight words before or
// after it (in its clause) named by a pair ("the China-Russia
// Intergovernmental Commission") or called joint, intergovernmental or
// bilateral ("their Joint Permanent Commission"). A parliament's or an
// assembly's session is no meeting of states.
func jointSession(s *sent, i int) bool {
	toks := s.toks
	for k := i - 8; k <= i+8 && k < len(toks); k++ {
		if k < 0 || k == i || (toks[k].w != "commission" && toks[k].w != "committee") {
			continue
		}
		if between := toks[min(i, k)+1 : max(i, k)]; slices.ContainsFunc(between, func(t token) bool { return t.w == ";" || t.w == "." || isClauseBreak(t) }) {
			continue
		}
		if len(compoundPair(s, k)) == 2 {
			return true
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if w := toks[j].w; w == "joint" || w == "intergovernmental" || w == "inter-governmental" || w == "bilateral" {
				return true
			}
		}
	}
	return false
}

// bilateralNoun reports whether the accord noun at i is "the" or "their"
// "bilateral" one ("the bilateral chip pact"): an accord of two states the
// story names elsewhere.
func bilateralNoun(toks []token, i int) bool {
	k := bilateralAt(toks, i)
	return k >= 1 && (toks[k-1].w == "the" || toks[k-1].w == "their")
}

// indefiniteNoun reports whether "a" or "an" opens the noun phrase of the
// noun at i ("A free trade agreement between Britain and the United
// States will be discussed": none yet).
func indefiniteNoun(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if toks[k].punct && toks[k].w != "-" && toks[k].w != "/" {
			return false
		}
		if determiners[toks[k].w] || possessives[toks[k].w] || toks[k].w == "'s" {
			return toks[k].w == "a" || toks[k].w == "an"
		}
	}
	return false
}

// aimWords after an accord noun tell its purpose, not a wish for it ("an
// EU accord with Turkey aims to stem the flow of migrants").
var aimWords = set("aim", "aims", "aimed")

// haveForms let a subject hold what follows ("Brazil has a deal with Iraq").
var haveForms = set("has", "have", "had")

// toldAsStanding reports whether the clause around the accord noun at i
// tells an accord that stands, not one needed, hoped for, talked about or
// described: no word of wish or need, meeting word or concluding verb
// before it in its noun phrase's clause ("Negotiations on the U.S.-Canada
// free trade pact"), no meeting word right after it ("the U.S.-Japan
// agreement talks"), and no modal after it in its clause ("a trade deal
// between Britain and the United States could take five years to
// negotiate"). pairFrame and bilateralNoun read accords named without a
// verb only where it holds.
func toldAsStanding(toks []token, i int) bool {
	det := false // the scan has passed the noun phrase's article
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		w := toks[k].w
		if toks[k].punct && w != "-" && w != "'" {
			break
		}
		if standingVerbs[w] || w == "up" && k >= 1 && (toks[k-1].w == "live" || toks[k-1].w == "lived" || toks[k-1].w == "living") {
			break // "Japan will end its seven-month-old semiconductor agreement with the U.S.", "failed to live up to": the accord stands
		}
		if describingWords[w] && det {
			continue // "the U.S. judgment that the long-term grain agreement": "that" joins a clause, it describes nothing
		}
		if thatAfterNoun(toks, k) {
			break // "needs proof that its pact with Japan is working": the clause before governs the proof
		}
		if w == "of" && k >= 1 && expiryWords[toks[k-1].w] {
			break // "talks prior to expiration of the bilateral agreement": the accord stands until then
		}
		det = det || w == "the" || w == "a" || w == "an"
		if det && k < i-1 && len(w) > 5 && strings.HasSuffix(w, "ing") && !modalWords[w] && meetingWords[w] == "" && !describingWords[w] {
			break // "aimed at complementing an EU accord with Turkey": the verb before the article governs the accord
		}
		if (w == "on" || w == "over") && k >= 1 && meetingWords[toks[k-1].w] != "" {
			return false // "Negotiations on the U.S.-Canada free trade pact": an accord still talked about
		}
		if modalWords[w] || meetingWords[w] != "" || describingWords[w] {
			return false // "the most important economic agreement between Egypt and Israel": a description of one told
		}
		if (w == "commitment" || w == "commitments") && k+2 < i && toks[k+1].w == "to" && (toks[k+2].w == "a" || toks[k+2].w == "an") {
			return false // "the recent commitment to a free-trade agreement": none yet ("its commitment to the ABM treaty" is to one made)
		}
		if _, ok := accordVerbs[w]; ok {
			return false
		}
	}
	if i+1 < len(toks) && meetingWords[toks[i+1].w] != "" {
		return false // "the U.S.-Japan agreement talks"
	}
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		if toks[k].w == "." || toks[k].w == ";" || toks[k].w == "," || clauseCut[toks[k].w] || toks[k].w == "that" && k > i+1 {
			// ("Under the terms of the U.S.-Greek bases accord, Greece has
			// the right to ask", "sceptical of the recent U.S.-British accord
			// ..., fearing smaller countries could be forced": another
			// clause's modals)
			break
		}
		if (toks[k].w == "calls" || toks[k].w == "called") && k+1 < len(toks) && toks[k+1].w == "for" {
			break // "the long-term grain agreement between the two countries calls for Moscow to buy": its terms
		}
		if providesVerbs[toks[k].w] {
			break // "A recent EU-Turkey deal allows Greece to return migrants without delay": its terms
		}
		if modalWords[toks[k].w] && passiveOfStanding(toks, k) && !indefiniteNoun(toks, i) {
			k += 2
			continue // "the U.S./Soviet grains agreement will be discussed": talk about an accord that stands
		}
		if modalWords[toks[k].w] && toks[k].w != "not" && !aimWords[toks[k].w] || toks[k].w == "negotiate" || toks[k].w == "negotiated" {
			return false // "a trade deal between Britain and the United States could take five years to negotiate"
		}
	}
	return true
}

// topicThenBetween returns the token of the "between" that follows the
// accord noun at i, right after it or after a short topic ("an agreement
// on visa exemption between Turkey and Russia"), or -1.
func topicThenBetween(toks []token, i int) int {
	if i+1 < len(toks) && toks[i+1].w == "between" {
		return i + 1
	}
	if i+1 >= len(toks) || toks[i+1].w != "on" && toks[i+1].w != "for" {
		return -1
	}
	for k := i + 2; k < len(toks) && k <= i+6; k++ {
		if toks[k].w == "between" {
			return k
		}
		if toks[k].punct && toks[k].w != "-" || toks[k].cap {
			return -1
		}
	}
	return -1
}

// compoundPair returns the two states joined by a hyphen or slash within
// three words before the noun at i ("the U.S.-Japan semiconductor
// agreement", "The EU-Turkey agreement"), or before a capitalised name
// ending in it ("the U.S.-USSR Long Term Grain Supply Agreement"), or nil.
func compoundPair(s *sent, i int) []string {
	toks := s.toks
	var codes []string
	hyphen := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].w == "-" || toks[k].w == "/" {
			hyphen = true
			continue
		}
		found := 0
		for j := len(s.actors) - 1; j >= 0; j-- { // backwards, so that codes come out last first
			if a := s.actors[j]; a.tok == k && a.explicit() && a.role == roleState {
				if !slices.Contains(codes, a.code) {
					codes = append(codes, a.code)
				}
				found++
			}
		}
		if found >= 2 && strings.ContainsAny(toks[k].raw, "-/") {
			hyphen = true // one word: "The EU-Turkey agreement"
		}
		if found == 0 && (toks[k].punct || len(codes) > 0 || k < i-3 && !(toks[k].cap && toks[i].cap)) {
			break // (a capitalised name may be longer: "the U.S.-USSR Long Term Grain Supply Agreement")
		}
	}
	if !hyphen || len(codes) != 2 {
		return nil
	}
	return []string{codes[1], codes[0]}
}

// blocGathering reports whether the meeting word at i is a gathering of a
// bloc's own members: the bloc's ministers or leaders right before it or
// after "of"/"by" ("EC foreign ministers meeting here", "a meeting of EC
// agriculture ministers", "talks by EC foreign ministers").
func blocGathering(s *sent, i int) bool {
	toks := s.toks
	bloc := func(k int) bool {
		for _, a := range s.actors {
			if a.tok == k && a.explicit() && a.code == "EU" {
				return true
			}
		}
		return false
	}
	// Before: "EC foreign ministers' meeting", "EU leaders summit".
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if toks[k].w == "'" {
			continue
		}
		if manyParticipants[toks[k].w] {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if bloc(j) {
					return true
				}
			}
			break
		}
	}
	// As the subject, with no other state in the sentence: "the EC
	// Council of Ministers held an ad hoc meeting".
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		if toks[k].punct || reportVerbs[toks[k].w] {
			break
		}
		if toks[k].w == "council" && toks[k].cap && !(k+1 < len(toks) && titleWords[toks[k+1].w]) {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if bloc(j) && !slices.ContainsFunc(s.actors, func(a actor) bool { return a.explicit() && a.code != "EU" && a.role == roleState && a.tok > k }) {
					return true
				}
			}
		}
	}
	// After: "a meeting of EC agriculture ministers".
	if i+2 < len(toks) && (toks[i+1].w == "of" || toks[i+1].w == "by") {
		j := i + 2
		if toks[j].w == "the" {
			j++
		}
		if j < len(toks) && bloc(j) {
			for k := j + 1; k < len(toks) && k <= j+4; k++ {
				if manyParticipants[toks[k].w] {
					return true
				}
			}
		}
	}
	return false
}

// withAfter reports whether "with" follows the meeting word at i within
// twelve words, naming a partner.
func withAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		if toks[k].w == "with" {
			return true
		}
		if toks[k].w == "." || toks[k].w == ";" {
			return false
		}
	}
	return false
}

// habitualWords in a meeting's clause make it a habit, not an event.
var habitualWords = set("regularly", "routinely", "usually", "normally", "often", "frequently", "traditionally",
	"periodically", "customarily")

// habitual reports whether the clause of the meeting word at i tells a habit
// ("talks of this kind are regularly held each year").
func habitual(toks []token, i int) bool {
	for k := i - 6; k <= i+6 && k < len(toks); k++ {
		if k < 0 || k == i {
			continue
		}
		if habitualWords[toks[k].w] {
			return true
		}
	}
	return false
}

// firstSince reports whether the meeting word at i is compared with the
// past: "the first ... to visit Japan since ...", which restates a visit told
// elsewhere.
func firstSince(toks []token, i int) bool {
	first := false
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if toks[k].w == "first" || toks[k].w == "only" {
			first = true
			break
		}
		if toks[k].punct {
			break
		}
	}
	if !first {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if toks[k].w == "since" {
			return true
		}
		if toks[k].w == "." || toks[k].w == ";" {
			break
		}
	}
	return false
}

// ledBy reports whether the meeting or accord word at i is led by one state
// for many ("the U.S.-led nuclear negotiations with Iran").
func ledBy(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if strings.HasSuffix(toks[k].w, "-led") || toks[k].w == "led" && k > 0 && toks[k-1].w == "-" {
			return true
		}
	}
	return false
}

// referenceHeads before "of the <meeting>" refer to a meeting told
// elsewhere in the story ("details of the talks", "the results of the
// visit").
var referenceHeads = set("details", "detail", "results", "result", "outcome", "outcomes", "progress", "success",
	"course", "content", "contents", "substance", "tone", "atmosphere", "agenda", "significance", "purpose")

// strandedTo reports whether the "to" before k ends a passive "agreed to"
// rather than opening an infinitive: "The pact, agreed to last July,
// called on Japan", "the terms agreed to in March".
func strandedTo(toks []token, k int) bool {
	if k >= len(toks) || toks[k].punct {
		return true
	}
	switch w := toks[k].w; w {
	case "last", "in", "on", "earlier", "this", "by":
		return true
	default:
		return monthOrDay[w] && w != "may"
	}
}

// agreedObjects after "agreed" name what two sides settled ("agreed new
// proposals", "agreed terms").
var agreedObjects = set("proposals", "terms", "measures", "arrangements", "arrangement", "formula", "guidelines",
	"principles", "quotas", "quota", "conditions", "text", "details")

// accordNounAhead reports whether an accord noun comes within five words
// from k, before any punctuation.
func accordNounAhead(toks []token, k int) bool { return firstAccordNoun(toks, k) >= 0 }

// firstAccordNoun returns the first accord noun within five words from k
// in its clause, or -1.
func firstAccordNoun(toks []token, k int) int {
	for j := k; j < len(toks) && j < k+5; j++ {
		if toks[j].punct {
			return -1
		}
		if _, ok := accordNouns[toks[j].w]; ok {
			return j
		}
	}
	return -1
}

// meetingAhead reports whether a meeting word comes within eight words from
// k in its clause ("agreed to a South Korean proposal for talks").
func meetingAhead(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+8; j++ {
		if toks[j].w == "." || toks[j].w == ";" {
			return false
		}
		if meetingWords[toks[j].w] != "" {
			return true
		}
	}
	return false
}

// ofEventHeads before "of the <accord>" state the accord itself ("the
// signing of the accord", "the conclusion of a treaty", "a number of
// cooperation documents").
var ofEventHeads = set("signing", "conclusion", "ratification", "initialling", "initialing", "text", "terms",
	"part", "one", "two", "three", "four", "five", "both", "copies", "number", "series", "host", "set", "pair",
	"couple", "raft", "range", "total", "dozen", "dozens", "package", "batch", "ceremony", "array", "slew", "string",
	"clutch", "bundle", "flurry", "handful", "multitude", "variety", "plethora", "spate", "sheaf", "suite", "basket")

// stateAt reports whether a country acting as a state is named at token k
// (or right after "the").
func (s *sent) stateAt(k int) bool {
	return s.stateCode(k) != ""
}

// stateCode returns the code of the state named explicitly at token k
// (after a "the"), or "".
func (s *sent) stateCode(k int) string {
	return s.namedCode(k, false)
}

// namedCode returns the code of the country named explicitly at token k
// (after a "the") as a state, or also as a place when places is true
// ("from Taipei to Beijing"), or "".
func (s *sent) namedCode(k int, places bool) string {
	if k < len(s.toks) && s.toks[k].w == "the" {
		k++
	}
	for _, a := range s.actors {
		if a.tok == k && a.explicit() && (a.role == roleState || places && a.role == rolePlace) {
			return a.code
		}
	}
	return ""
}

// relationNouns name a change of relations as a noun before "of
// (diplomatic) relations".
var relationNouns = map[string]string{
	"restoration": graph.ActionRestored, "re-establishment": graph.ActionRestored, "reestablishment": graph.ActionRestored,
	"resumption": graph.ActionRestored, "establishment": graph.ActionEstablished, "severance": graph.ActionSevered,
	"severing": graph.ActionSevered, "rupture": graph.ActionSevered, "breaking": graph.ActionSevered,
	"normalization": graph.ActionNormalized, "normalisation": graph.ActionNormalized,
}

// relationsModifiers may qualify the relations a change of relations
// names: "the restoration of full diplomatic relations", "opened formal
// ties".
var relationsModifiers = set("diplomatic", "full", "formal", "normal", "official", "bilateral", "consular")

// beForms are the forms of "be": movementVerbs read them as "be in".
var beForms = set("be", "is", "was", "are", "were", "been")

// militaryUnits moving somewhere, or visiting a port, are a deployment or
// a port call, not a visit.
var militaryUnits = set("troops", "forces", "soldiers", "vehicles", "warships", "ships", "jets", "warplanes", "aircraft",
	"planes", "tanks", "marines", "bombers", "submarines", "units", "battalion", "brigade", "fleet", "sappers", "paratroopers",
	"warship", "ship", "vessel", "vessels", "destroyer", "destroyers", "frigate", "frigates", "submarine", "carrier")

// militaryBefore reports whether a military unit is the subject just before
// the movement verb at i ("armored vehicles and troops ... arrived").
func militaryBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if militaryUnits[toks[k].w] {
			return true
		}
		if toks[k].punct && toks[k].w != "-" {
			return false
		}
	}
	return false
}

// namesCalled reports whether what follows a called person at e is a name
// given ("a great leader", "a \"part-Kenyan president\"") rather than a
// time ("an hour after the vote").
func namesCalled(toks []token, e int) bool {
	if e >= len(toks) {
		return false
	}
	switch toks[e].w {
	case "\"":
		return true
	case "a", "an":
		return e+1 >= len(toks) || !timeUnits[toks[e+1].w]
	}
	return false
}

// timeUnits after "a" or "an" tell a time: "an hour after", "a day later".
var timeUnits = set("hour", "day", "week", "month", "year", "minute", "few", "couple", "fortnight", "half")

// callVerbs place a phone call when their object is a state's officer.
var callVerbs = set("called", "calls", "phoned", "phones", "telephoned", "telephones", "rang", "call", "phone", "telephone") // (the base forms after "will", "to": "was the first to call Duterte")

// summonVerbs call a state's envoy in to the host's ministry.
var summonVerbs = set("summoned", "summons", "summon", "summoning")

// summonedNouns name a state's envoy to another.
var summonedNouns = set("ambassador", "ambassadors", "envoy", "envoys", "charge", "chargé", "diplomat", "diplomats")

// summonsEnvoy reports whether the summoning verb at i calls in another
// state's envoy: "Japan summoned the Chinese ambassador", "summoned
// Beijing's ambassador to Manila", or in the passive "the Russian
// ambassador was summoned", "Iranian Charge d'Affaires Mohammad Baqeri was
// summoned".
func summonsEnvoy(s *sent, i int) bool {
	toks := s.toks
	if i > 0 && beForms[toks[i-1].w] {
		k := i - 2
		for k >= 0 && i-2-k < 3 && toks[k].cap && !toks[k].punct && !summonedNouns[toks[k].w] {
			k-- // the envoy's name
		}
		if k >= 1 && toks[k].w == "d'affaires" {
			k-- // "charge d'affaires"
		}
		if k < 1 || !summonedNouns[toks[k].w] {
			return false
		}
		return s.stateAt(k-1) || k >= 2 && toks[k-1].w == "'s" && s.stateAt(k-2)
	}
	j := i + 1
	if j < len(toks) && (toks[j].w == "the" || possessives[toks[j].w]) {
		j++
	}
	if !s.stateAt(j) {
		return false
	}
	for j < len(toks) && s.stateAt(j) {
		j++
	}
	if j < len(toks) && toks[j].w == "'s" {
		j++
	}
	for j < len(toks) && (toks[j].w == "deputy" || toks[j].w == "top") {
		j++
	}
	return j < len(toks) && summonedNouns[toks[j].w]
}

// passiveBy returns the token after the "by" of a passive verb at i, past
// a short place or time between them ("greeted at the airport by", "welcomed
// on arrival by"), or 0 when there is none.
func passiveBy(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		switch {
		case toks[k].w == "by":
			if k+1 < len(toks) {
				return k + 1
			}
			return 0
		case toks[k].punct:
			return 0
		}
	}
	return 0
}

// callsPerson reports whether the call verb at i has a state's officer as
// its object: "called Turkish Prime Minister Ahmet Davutoglu", "phoned
// Kerry"; not "called for talks", "called on Israel to", "called it".
func callsPerson(s *sent, i int) bool {
	toks := s.toks
	if by := passiveBy(toks, i); by > 0 && i > 0 && beForms[toks[i-1].w] && receiveMeetVerbs[toks[i].w] {
		// "Kenyatta was received by Ugandan President Yoweri Museveni",
		// "Musharraf was greeted at the airport by Chinese Vice President
		// Zeng Qinghong": the passive host.
		for by < len(toks) && (toks[by].cap && titleWords[toks[by].w] || toks[by].w == "the") && !s.personAt(by) && !s.actorAt(by) {
			by++ // "by President Hosni Mubarak"
		}
		return by < len(toks) && (s.personAt(by) || s.actorAt(by) && by+1 < len(toks) && titleWords[toks[by+1].w])
	}
	if i+1 >= len(toks) || i > 0 && (toks[i-1].w == "so" || beForms[toks[i-1].w]) {
		return false
	}
	caller := false // the caller is a state's: "Biden on Saturday called"
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].punct && toks[k].w != "-" {
			break
		}
		if s.stateAt(k) || s.personAt(k) {
			caller = true
			break
		}
	}
	if !caller {
		return false
	}
	j := i + 1
	if receiveMeetVerbs[toks[i].w] {
		j = s.afterDate(j) // "received on Wednesday the Moroccan Minister of Foreign Affairs"
		if j >= len(toks) {
			return false
		}
	}
	for k := j; k < len(toks) && k <= j+2 && toks[k].cap && !toks[k].punct; k++ {
		if s.personAt(k) {
			if callVerbs[toks[i].w] && namesCalled(toks, k+1) {
				return false // "called Obama a \"part-Kenyan president\"": calls him names
			}
			return true // "welcomed Merkel", "welcomed Angela Merkel of Germany"
		}
	}
	if (toks[j].w == "his" || toks[j].w == "her" || toks[j].w == "their") && j+1 < len(toks) {
		j++ // "called his Russian counterpart Sergei Lavrov"
	} else if toks[j].w == "the" && j+1 < len(toks) && receiveMeetVerbs[toks[i].w] {
		j++ // "welcomed the Egyptian president", "received the visiting Vietnamese president"
		if toks[j].w == "visiting" && j+1 < len(toks) {
			j++
		}
	}
	if s.actorAt(j) && j+1 < len(toks) && titleWords[toks[j+1].w] {
		e := j + 1
		for e < len(toks) && toks[e].cap && !toks[e].punct {
			e++
		}
		if callVerbs[toks[i].w] && namesCalled(toks, e) {
			return false // "called Philippine President Rodrigo Duterte a great leader": calls him names
		}
		return true // "called Afghan President Ashraf Ghani"
	}
	if receiveMeetVerbs[toks[i].w] {
		k := j
		if toks[k].w == "a" || toks[k].w == "an" {
			k++
		}
		for k < len(toks) && (toks[k].w == "visiting" || toks[k].w == "high-level" || toks[k].w == "senior" || toks[k].w == "trade") {
			k++
		}
		if s.actorAt(k) && k+1 < len(toks) && receivedGroups[toks[k+1].w] {
			return true // "welcomed a Japanese delegation", "received the visiting Chinese delegation"
		}
	}
	if s.possessiveOfficer(j) {
		return true // "received Sudan's foreign minister", "welcomed Sudan's new military ruler"
	}
	return toks[j].cap && titleWords[toks[j].w] && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct // "called President Obama"
}

// receivedGroups are a state's people a host receives as a body.
var receivedGroups = set("delegation", "delegations", "officials", "mission", "envoys", "diplomats", "ministers")

// alongsideSpeaking reports whether token i is a verb of appearing that
// "alongside", "beside" or "next to" a state's officer follows: "speaking
// alongside Chinese Foreign Minister Wang Yi", "standing alongside his
// Mexican counterpart", "speaking Friday next to Belgium's Prime Minister".
func alongsideSpeaking(s *sent, i int) bool {
	toks := s.toks
	switch toks[i].w {
	case "speaking", "spoke", "standing", "stood", "appearing", "appeared":
	default:
		return false
	}
	j := s.afterDate(i + 1) // "speaking (on) Friday next to Belgium's Prime Minister"
	switch {
	case j+1 < len(toks) && (toks[j].w == "alongside" || toks[j].w == "beside"):
		j++
	case j+2 < len(toks) && toks[j].w == "next" && toks[j+1].w == "to":
		j += 2
	default:
		return false
	}
	return spokeWithOfficer(s, j)
}

// sendVerbs tell of a state sending its people on a visit ("will send a
// high-level delegation to Washington").
var (
	sendVerbs = set("send", "sends", "sent", "sending", "dispatch", "dispatched", "dispatches", "dispatching")
	// sentHeads are officers and missions a state sends (beside
	// officialNouns): "send its foreign minister to Beijing".
	sentHeads = set("minister", "ministers", "ambassador", "ambassadors", "secretary", "premier", "president",
		"vice-president", "adviser", "advisor", "negotiator", "negotiators", "representative", "emissary", "emissaries",
		"mission")
	// sentForces are sent but make no visit: "send Marines to Lebanon".
	sentForces = set("marines", "army", "navy", "troops", "forces", "soldiers", "police", "guard", "guards", "coast",
		"patriot", "patriots", "u.s.", "us")
)

// sentPerson reports whether t, before "to" after a verb of sending, names
// people sent on a visit: a delegation, officials, an officer or a name
// ("will send Vice Minister Makoto Kuroda to Washington").
func sentPerson(t token) bool {
	return officialNouns[t.w] || sentHeads[t.w] || t.cap && !t.punct && !sentForces[t.w]
}

// heldBefore reports whether a verb of holding talks, or a round of them,
// governs the noun at i from at most eight words before it, in its phrase:
// "held their annual bilateral security dialogue", "will hold a strategic
// dialogue", "the fourth round of diplomatic and strategic dialogue".
func heldBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch toks[k].w {
		case "held", "hold", "holds", "holding", "opened", "launched", "resumed", "concluded", "began", "begin", "started":
			return true
		case "of":
			if k > 0 && (toks[k-1].w == "round" || toks[k-1].w == "rounds" || toks[k-1].w == "session") {
				return true // "the fourth round of diplomatic and strategic dialogue"
			}
		}
		if toks[k].punct && toks[k].w != "-" {
			return false
		}
	}
	return false
}

// possessor returns the state whose possessive opens the phrase of the
// noun at i ("France's agreement"), or "".
func (s *sent) possessor(i int) string {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if s.toks[k].w == "'s" {
			for _, a := range s.actors {
				if a.explicit() && a.role == roleState && tokenAt(s.toks, a.end-1) == k-1 {
					return a.code // ("West Germany's": the name that ends before it)
				}
			}
			return ""
		}
		if s.toks[k].punct {
			return ""
		}
	}
	return ""
}

// yearNamed reports whether the accord noun at i is named by a year after
// a determiner: "the 1976 Berne Agreement", "their 1985 trade accord".
func yearNamed(toks []token, i int) bool {
	switch toks[i].w {
	case "convention", "conventions", "charter":
		return false // "the 1989 Basel Convention": a treaty of many
	}
	if i+2 < len(toks) && toks[i+1].w == "of" && toks[i+2].cap {
		return false // "the 1957 Treaty of Rome"
	}
	if y := toks[min(i+2, len(toks)-1)].w; toks[i].cap && i >= 2 && i+2 < len(toks) && toks[i+1].w == "of" && len(y) == 4 && isDigits(y) &&
		(strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) && toks[i-1].cap && !toks[i-1].punct {
		return true // "the Mutual Defense Treaty of 1951": a named accord and the year it was signed
	}
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		t := toks[k]
		if t.punct && t.w != "-" && t.w != "/" || t.w == "draft" || t.w == "proposed" || t.w == "planned" || t.w == "failed" {
			return false
		}
		if len(t.w) == 4 && (strings.HasPrefix(t.w, "19") || strings.HasPrefix(t.w, "20")) && isDigits(t.w) {
			d := k - 1
			if d >= 1 && monthOrDay[toks[d].w] {
				d-- // "a July 1986 agreement"
			}
			if d >= 1 && yearAdjectiveAfterArticle(toks, d) {
				d-- // "the landmark 2015 nuclear deal"
			}
			switch toks[d].w {
			case "the", "a", "its", "their", "his", "her":
				return true // ("the 1986 U.S.-Japanese semiconductor pact")
			}
			return false
		}
	}
	return false
}

func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// facilitatedTalks reports whether the talks at i are what someone
// facilitates ("with the aim of facilitating peace talks"), with no sides
// named after them: the facilitator is none.
func facilitatedTalks(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if strings.HasPrefix(toks[k].w, "facilitat") {
			return i+1 >= len(toks) || toks[i+1].w != "between" && toks[i+1].w != "with"
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// preparedFor are nouns that, before "for <talks>", make the talks
// something prepared, not held.
var preparedFor = set("framework", "basis", "way", "groundwork", "ground", "conditions", "prerequisite", "precondition",
	"preconditions", "stage", "agenda", "blueprint")

// conferVerbs with "with" and a state's officer are talks: "conferred
// with", "consulted with", "dined with".
var conferVerbs = set("confer", "confers", "conferred", "conferring", "consult", "consults", "consulted", "consulting",
	"dine", "dines", "dined", "dining", "lunched", "breakfasted")

// encounterNouns name a meeting only as had with someone: "had an
// audience with King Abdullah", "had a one-on-one with Xi", "would have
// contacts later today with his Chinese counterpart".
var encounterNouns = set("audience", "one-on-one", "tete-a-tete", "tête-à-tête", "parleys", "contacts")

// mealWith reports whether token i is a meal noun, an encounter noun or
// "hands" told of meeting a state's officer: "had dinner with Xi", "over a
// working lunch with Merkel", "had an audience with the King", "shook
// hands with Castro".
func mealWith(s *sent, i int) bool {
	toks := s.toks
	w := i + 1
	for w < len(toks) && w <= i+3 && (s.inDate(w) || toks[w].w == "later" || toks[w].w == "earlier") {
		w++ // "would have contacts later today with his Chinese counterpart"
	}
	if !mealNouns[toks[i].w] && !encounterNouns[toks[i].w] && toks[i].w != "hands" || w+1 >= len(toks) || toks[w].w != "with" || !spokeWithOfficer(s, w+1) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if negations[toks[k].w] {
			return false // "will not have lunch with", "refused to shake hands with" is no meeting either way
		}
	}
	if toks[i].w == "hands" {
		return i >= 1 && (toks[i-1].w == "shook" || toks[i-1].w == "shake" || toks[i-1].w == "shakes" || toks[i-1].w == "shaking")
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].w {
		case "had", "has", "have", "having", "hosted", "hosts", "host", "hosting", "over", "attended", "at", "during", "after":
			return true
		}
		if !meetingModifiers[toks[k].w] && !determiners[toks[k].w] && toks[k].w != "working" && toks[k].w != "private" && toks[k].w != "state" {
			return false
		}
	}
	return false
}

// lendVerbs lend money.
var lendVerbs = set("lend", "lends", "lent", "lending", "loan", "loaned", "loaning")

// lentAmount reports whether the lending verb at i lends an amount of money
// to a state: "lend 27.17 billion yen to Indonesia", "lend Sudan 57 mln
// dlrs".
func lentAmount(s *sent, i int) bool {
	toks := s.toks
	money, state := false, false
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if toks[k].punct && toks[k].w != "." && toks[k].w != "$" {
			break
		}
		if quantityWords[toks[k].w] || isNumberTok(toks[k]) {
			money = true
		}
		if s.stateAt(k) && (k == i+1 || toks[k-1].w == "to" || toks[k-1].w == "the" && k >= 2 && toks[k-2].w == "to") {
			state = true
		}
	}
	return money && state
}

// writingNouns carry words written, not spoken.
var writingNouns = set("letter", "letters", "message", "messages", "note", "cable", "statement", "memo", "telegram")

// inWriting reports whether the telling at i is in writing: "told
// President Reagan in a letter", "by letter".
func inWriting(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		if (toks[k].w == "in" || toks[k].w == "by") && k+1 < len(toks) {
			n := k + 1
			if toks[n].w == "a" || toks[n].w == "an" || toks[n].w == "the" || toks[n].w == "his" || toks[n].w == "her" {
				n++
			}
			if n < len(toks) && writingNouns[toks[n].w] {
				return true
			}
		}
		if toks[k].w == "that" || toks[k].w == ";" {
			return false
		}
	}
	return false
}

// spokeWithOfficer reports whether a state's officer, its officials or its
// people start at token j, past "his/her/the", an honorific and rank words:
// "German Chancellor Angela Merkel", "Kerry", "Mr. Erdogan", "President
// Obama", "top Philippine officials", "Canadian representatives", "the
// Americans" (not "reporters", "a crowd").
func spokeWithOfficer(s *sent, j int) bool {
	toks := s.toks
	the := j < len(toks) && toks[j].w == "the"
	if j < len(toks) && (toks[j].w == "his" || toks[j].w == "her" || toks[j].w == "the") {
		j++
	}
	if the && j < len(toks) && strings.HasSuffix(toks[j].w, "s") && slices.ContainsFunc(s.actors, func(a actor) bool {
		return a.tok == j && a.how == string(gazetteer.ByDemonym) && a.role == roleState
	}) {
		return true // "we talked with the Americans": a people for its government
	}
	if j+1 < len(toks) && honorifics[strings.TrimSuffix(toks[j].w, ".")] {
		j++ // "told Mr. Erdogan"
		if j+1 < len(toks) && toks[j].w == "." {
			j++
		}
	}
	for j < len(toks) && rankWords[toks[j].w] {
		j++ // "top Philippine officials"
	}
	if j >= len(toks) {
		return false
	}
	for k := j; k < len(toks) && k <= j+3 && toks[k].cap && !toks[k].punct; k++ {
		if s.personAt(k) {
			return true // "Zarif", "Mohammad Javad Zarif"
		}
	}
	if s.actorAt(j) {
		k := j
		for k < len(toks) && s.actorAt(k) {
			k++
		}
		if k < len(toks) && toks[k].w == "'s" {
			k++ // "Belgium's Prime Minister Charles Michel"
		}
		if k < len(toks) && (titleWords[toks[k].w] || toks[k].w == "counterpart" || officialNouns[toks[k].w] && toks[k].w != "official") {
			return true // "German Chancellor Angela Merkel", "his Mexican counterpart", "Canadian representatives"
		}
	}
	if titleWords[toks[j].w] && (toks[j].cap || toks[j].w == "counterpart") {
		for k := j + 1; k < len(toks) && k <= j+5; k++ {
			if s.personAt(k) || s.actorAt(k) {
				return true // "Foreign Undersecretary Suleiman ...", "his Russian counterpart"
			}
			if toks[k].punct {
				break
			}
		}
	}
	return false
}

// pairSubjectBefore reports whether the words right before token k are a
// subject of two states joined by "and" ("Moscow and Washington were
// discussing"): the "and" within eight words before k, a state after it
// and one in the three words before it.
func (s *sent) pairSubjectBefore(k int) bool {
	toks := s.toks
	and := -1
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if toks[j].w == "and" {
			and = j
			break
		}
		if toks[j].punct && toks[j].w != "." {
			return false
		}
	}
	if and < 1 {
		return false
	}
	right, left := false, false
	for j := and + 1; j < k; j++ {
		right = right || s.stateAt(j)
	}
	for j := and - 1; j >= 0 && j >= and-3; j-- {
		if toks[j].punct && toks[j].w != "." {
			break
		}
		left = left || s.stateAt(j)
	}
	return left && right
}

// auxStart returns the first word of the auxiliary ending at k: the
// "have" of "have been", else k.
func auxStart(toks []token, k int) int {
	if toks[k].w == "been" && k > 0 {
		return k - 1
	}
	return k
}

// truceCompound returns the states a compound in "-brokered" or
// "-sponsored" before the truce noun at i names: "a Russian- and
// U.S.-brokered cease-fire".
func (s *sent) truceCompound(i int) []string {
	if i < 2 || !truceNoun(s.toks, i) {
		return nil
	}
	w := s.toks[i-1].w
	if !strings.HasSuffix(w, "brokered") && !strings.HasSuffix(w, "sponsored") {
		return nil
	}
	var codes []string
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := s.toks[k]
		if k < i-1 && !t.punct && t.w != "and" && !s.anyActorAt(k) {
			break
		}
		for _, a := range s.actors {
			if a.tok == k && a.explicit() && !slices.Contains(codes, a.code) {
				codes = append(codes, a.code)
			}
		}
	}
	slices.Reverse(codes) // (found last first)
	return codes
}

// truceNoun reports whether a truce is named at i: "ceasefire", "truce",
// "armistice", the "hostilities" of "cessation of hostilities".
func truceNoun(toks []token, i int) bool {
	switch w := toks[i].w; {
	case w == "ceasefire" || w == "cease-fire" || w == "truce" || w == "armistice":
		return true
	case w == "hostilities" && i >= 2 && toks[i-1].w == "of" && toks[i-2].w == "cessation":
		return true
	}
	return false
}

// truceBy returns the token before "by" when the truce noun at i is made
// by two or more states named after it ("a ceasefire brokered by the U.S.
// and Russia", "the cessation of hostilities drawn up by Washington and
// Moscow"), else 0.
func (s *sent) truceBy(i int) int {
	toks := s.toks
	if !truceNoun(toks, i) {
		return 0
	}
	j := i + 1
	if j < len(toks) && toks[j].w == "\"" {
		j++ // 'a "cessation of hostilities" brokered by'
	}
	if j < len(toks) && toks[j].w == "," {
		j++
	}
	if j >= len(toks) || !truceMakers[toks[j].w] {
		return 0
	}
	if toks[j].w == "drawn" || toks[j].w == "worked" {
		j++
		if j >= len(toks) || toks[j].w != "up" && toks[j].w != "out" {
			return 0
		}
	}
	if j+1 >= len(toks) || toks[j+1].w != "by" || len(s.statesUntilBreak(j+2)) < 2 {
		return 0
	}
	return j
}

// dateInPhrase reports whether a date follows the words from k before any
// verb or punctuation: "by the U.S. and Russia on Feb. 27".
func (s *sent) dateInPhrase(k int) bool {
	for j := k; j < len(s.toks) && j <= k+8; j++ {
		if s.dateAt(j) {
			return true
		}
		if t := s.toks[j]; t.punct && t.w != "." || auxiliaries[t.w] || strings.HasSuffix(t.w, "ed") || pastIrregular[t.w] {
			return false
		}
	}
	return false
}

// datedPhrase reports whether a date that is no bound lies in the phrase
// from token k: "(to renegotiate an agreement) signed last year", "signed
// with the U.S. in 1985"; not "signed by June" (a deadline, as dateRole
// reads it). A participle so dated states a past fact, whatever wish
// governs the noun before it.
func (s *sent) datedPhrase(k int) bool {
	for j := k; j < len(s.toks) && j <= k+6; j++ {
		for _, d := range s.dates {
			if d.tok == j {
				return !d.since
			}
		}
		if t := s.toks[j]; t.punct && t.w != "." || auxiliaries[t.w] {
			return false
		}
	}
	return false
}

// truceMakers are the participles of making a truce.
var truceMakers = set("brokered", "sponsored", "co-sponsored", "drawn", "negotiated", "mediated", "agreed", "arranged",
	"engineered", "worked")

// withStateAfterTopic reports whether a short topic with no accord noun
// follows the verb at i and then "with" and a state: "negotiating the
// return of the detainees with the United States" (a deal negotiated is
// the accord's, read by the accord noun).
func (s *sent) withStateAfterTopic(i int) bool {
	toks := s.toks
	if i+1 >= len(toks) || !determiners[toks[i+1].w] && !possessives[toks[i+1].w] {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+9; k++ {
		if toks[k].punct || s.anyActorAt(k) || clauseWords[toks[k].w] {
			return false
		}
		if _, ok := accordNouns[toks[k].w]; ok {
			return false
		}
		if toks[k].w == "with" {
			return k+1 < len(toks) && (s.stateAt(k+1) || toks[k+1].w == "the" && k+2 < len(toks) && s.stateAt(k+2))
		}
	}
	return false
}

// clauseWords end a topic: a new clause or verb phrase starts.
var clauseWords = set("that", "which", "who", "and", "but", "while", "because", "to", "if")

// negotiatingAux reports whether an auxiliary right before the participle
// at i makes it the clause's verb: "are negotiating", "have been
// negotiating", "had negotiated".
func negotiatingAux(toks []token, i int) bool {
	if i < 2 {
		return false
	}
	switch toks[i-1].w {
	case "are", "were", "is", "was":
		return toks[i].w == "negotiating"
	case "been":
		return toks[i].w == "negotiating" && (toks[i-2].w == "have" || toks[i-2].w == "has" || toks[i-2].w == "had")
	case "have", "has", "had":
		return toks[i].w == "negotiated"
	}
	return false
}

// rankWords stand before the state of the officials they rank ("top
// Philippine officials", "senior Chinese diplomats").
var rankWords = set("top", "senior", "high-ranking", "high-level", "visiting")

// reducedRelative reports whether the movement participle at i describes
// the plain noun before it ("hundreds of militants returned from Syria"):
// those people travelled, not a state.
func reducedRelative(s *sent, i int) bool {
	if i == 0 || !(strings.HasSuffix(s.toks[i].w, "ed") || strings.HasSuffix(s.toks[i].w, "ing")) {
		return false
	}
	p := s.toks[i-1]
	return !p.cap && !p.punct && strings.HasSuffix(p.w, "s") && !s.anyActorAt(i-1) && !auxiliaries[p.w] && !stateHeads[p.w]
}

// citizensVisit reports whether the visitors of the visit word at i are a
// nation's people, a plural demonym before it: "fees for Mexicans to visit
// the United States", "Americans visiting Cuba".
func citizensVisit(s *sent, i int) bool {
	t := s.toks
	k := i - 1
	for k >= 0 && i-k <= 7 && (t[k].w == "to" || t[k].w == "who" || auxiliaries[t[k].w] || beForms[t[k].w] || citizenFrames[t[k].w] ||
		(t[k].w == "or" || t[k].w == "and") && k >= 1 && !t[k-1].cap && !t[k-1].punct ||
		k+1 < i && (t[k+1].w == "or" || t[k+1].w == "and") && !t[k].cap && !t[k].punct && !strings.HasSuffix(t[k].w, "s")) {
		k-- // ("where Americans are known to congregate or visit")
	}
	if k < 0 || !strings.HasSuffix(t[k].w, "s") || t[k].w == "'s" {
		return false
	}
	for _, a := range s.actors {
		if a.tok == k {
			return a.how == string(gazetteer.ByDemonym) // not "the Philippines will visit"
		}
	}
	if !t[k].cap {
		return false
	}
	_, ok := gazetteer.Lookup(strings.TrimSuffix(t[k].raw, "s")) // "Mexicans", which the gazetteer reads as people, no mention
	return ok
}

// citizenFrames stand between a people's plural and the verb of their
// travels: "Americans are known to visit", "Cubans are free to travel".
var citizenFrames = set("known", "likely", "able", "allowed", "free", "often", "also", "usually", "still", "now")

// privatePeople are people who travel for themselves.
var privatePeople = set("mother", "father", "woman", "man", "boy", "girl", "child", "children", "baby", "tourist", "tourists",
	"student", "students", "traveler", "travelers", "traveller", "travellers", "family", "couple", "teenager", "teenagers",
	"patient", "fan", "fans", "pilgrim", "pilgrims", "backpacker", "backpackers", "passenger", "passengers",
	"researchers", "scientists", "academics", "scholars", "professor", "professors", "crew",
	"citizen", "citizens", "nationals", "journalist", "journalists", "reporter", "reporters", "businessman",
	"businessmen", "businesspeople", "athletes", "players", "workers", "volunteers", "missionaries", "doctors",
	"worshippers", "worshipers", "believers", "faithful", "men", "women", "people", "detainees", "prisoners", "inmates",
	"refugees", "migrants", "servicemen", "soldiers", "sailors", "troops", "waitresses", "waiters", "hijackers",
	"executives", "employees", "bankers", "investors", "protesters", "activists", "artists", "musicians")

// postmodifierStarts open a phrase after a private subject's head ("Three
// men released from Guantanamo Bay, the U.S. navy base in Cuba, have
// arrived in Albania"): a state inside it is no traveller.
var postmodifierStarts = set("released", "freed", "held", "detained", "transferred", "from", "who", "born", "jailed", "captured")

// privateVisitor reports whether the visit at i is made by someone private:
// named with an article (or as a plural after a demonym) before it, with no
// state between ("a mother who had been infected with the Zika virus while
// visiting Brazil", "When the British researchers visited"), or right after
// "visiting" ("a visiting American student").
func privateVisitor(s *sent, i int) bool {
	if s.toks[i].w == "visiting" {
		// "sentenced a visiting American student", "a visiting crew from
		// the Royal New Zealand Air Force"
		for k := i + 1; k < len(s.toks) && k <= i+2; k++ {
			if privatePeople[s.toks[k].w] {
				return true
			}
			if !s.anyActorAt(k) {
				break
			}
		}
	}
	for k := 0; k < 4 && k+1 < i; k++ {
		if w := s.toks[k].w; privatePeople[w] && postmodifierStarts[s.toks[k+1].w] {
			return true // the sentence's subject is private people, a state only in their description
		} else if s.toks[k].punct || s.anyActorAt(k) || s.toks[k].cap && k > 0 {
			break
		}
	}
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		t := s.toks[k]
		if s.anyActorAt(k) || t.punct && t.w != "," {
			return false
		}
		if privatePeople[t.w] {
			p := s.toks[k-1].w
			plural := strings.HasSuffix(t.w, "s") || strings.HasSuffix(t.w, "men") || t.w == "people"
			return p == "a" || p == "an" || p == "the" || s.anyActorAt(k-1) && plural // "British researchers visiting", "US servicemen visiting"
		}
	}
	return false
}

// conditionalVerb reports whether the visit verb at i is the verb of an
// "if" or "unless" clause ("would unite Britain against him if he
// visited"): a hypothetical visit. A noun ("if the visit goes ahead") is
// not.
func conditionalVerb(toks []token, i int) bool {
	if w := toks[i].w; w != "visit" && w != "visits" && w != "visited" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch t := toks[k]; {
		case t.w == "if" || t.w == "unless":
			return true
		case t.punct || !t.cap && !subjectPronouns[t.w] && !auxiliaries[t.w] && t.w != "to":
			return false
		}
	}
	return false
}

// switchVerbs move a state's recognition from one state to another.
var switchVerbs = set("switched", "switch", "switches", "switching", "shifted", "shift", "shifts", "transferred")

// switchedTies returns the tokens of the two states a switch verb at i
// moves recognition or ties between ("switched diplomatic recognition
// from Taipei to Beijing", "switched ties to Beijing from Taipei"), or
// zeros when the phrase is not one.
func (s *sent) switchedTies(i int) (from, to int) {
	toks := s.toks
	k := i + 1
	if k < len(toks) && (possessives[toks[k].w] || toks[k].w == "the") {
		k++
	}
	if k < len(toks) && toks[k].w == "diplomatic" {
		k++
	}
	if k >= len(toks) || !(toks[k].w == "recognition" || toks[k].w == "ties" || toks[k].w == "relations" || toks[k].w == "allegiance") {
		return 0, 0
	}
	for j := k + 1; j+1 < len(toks) && j <= k+8; j++ {
		switch toks[j].w {
		case "from":
			if s.namedCode(j+1, true) != "" {
				from = j + 1
			}
		case "to":
			if s.namedCode(j+1, true) != "" {
				to = j + 1
			}
		}
		if toks[j].punct && toks[j].w != "-" {
			break
		}
	}
	if from == 0 || to == 0 {
		return 0, 0
	}
	return from, to
}

// complianceWordAt returns the compliance word that governs the accord
// noun at i across at most five words of its phrase ("failure to honor a
// 1986 agreement", "reneging on the semiconductor pact", "failing to live
// up to the accord"), or -1.
func complianceWordAt(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := toks[k].w
		if complianceWords[w] {
			if w == "live" && !(k+2 < i && toks[k+1].w == "up" && toks[k+2].w == "to") {
				return -1
			}
			return k
		}
		if toks[k].punct && w != "'s" || w == "not" || w == "no" {
			return -1
		}
	}
	return -1
}

// conditionalAccord reports whether the accord noun at i is brought in by
// a condition, "if" or "unless" and "a" or "an" with at most one word
// between ("If a deal is reached and does not pass muster with Netanyahu",
// "unless a final agreement is signed"): an accord supposed, not made.
// So is one a time clause sets in the present ("until an agreement is
// reached", "once a deal is signed"); "after a deal was reached" was made.
// "If the agreement holds" is about an accord already told, and stays.
func conditionalAccord(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-2; k-- {
		if w := toks[k].w; w == "a" || w == "an" {
			c := toks[k-1].w
			if timeConjunctions[c] {
				return presentAfter(toks, i)
			}
			return c == "if" || c == "unless"
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// timeConjunctions open a time clause whose present tells a time to come.
var timeConjunctions = set("until", "till", "once", "when", "before", "after")

// presentAfter reports whether the first auxiliary within six words after
// the noun at i is a present one ("an agreement is reached", "a deal with
// the United States has been signed").
func presentAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		switch toks[k].w {
		case "is", "are", "has", "have":
			return true
		case "was", "were", "had":
			return false
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// withOwnRebels reports whether the meeting word at i is followed by
// "between the government and" rebels, insurgents, guerrillas, militants
// or the opposition: a state's talks with its own armed groups, not with
// another state.
func withOwnRebels(toks []token, i int) bool {
	k := i + 1
	if k+3 >= len(toks) || toks[k].w != "between" {
		return false
	}
	k++
	if toks[k].w == "the" {
		k++
	}
	if toks[k].w != "government" || toks[k+1].w != "and" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+4; j++ {
		if rebelWords[toks[j].w] || toks[j].w == "opposition" {
			return true
		}
	}
	return false
}

// rebelsInSubject reports whether the subject before the meeting word at i
// coordinates a state with rebels: "Khartoum and the two rebel groups --
// the Sudan Liberation Movement and the Justice and Equality Movement --
// started the long-delayed seventh round of peace talks".
func (s *sent) rebelsInSubject(i int) bool {
	toks := s.toks
	for j := i - 1; j >= 1 && j >= i-30; j-- {
		if toks[j].w == ";" || toks[j].w == ":" {
			return false
		}
		if toks[j].w != "and" || !s.stateAt(j-1) {
			continue
		}
		for k := j + 1; k < i && k <= j+4; k++ {
			if rebelWords[toks[k].w] {
				return true
			}
		}
	}
	return false
}

// rebelWords name armed or political groups fighting a government.
var rebelWords = set("rebel", "rebels", "insurgents", "insurgent", "guerrillas", "guerrilla", "militants", "militant")

// formsGovernment reports whether the meeting word at i is followed, in
// its clause, by its purpose of forming a government, cabinet or
// coalition ("consultations to form a national unity government", "talks
// on forming a coalition"): parties at home, not states.
func formsGovernment(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].punct {
			return false
		}
		if toks[k].w == "form" || toks[k].w == "forming" {
			for j := k + 1; j < len(toks) && j <= k+5; j++ {
				if w := toks[j].w; w == "government" || w == "cabinet" || w == "coalition" {
					return true
				}
				if toks[j].punct {
					return false
				}
			}
			return false
		}
	}
	return false
}

// meansNouns are meeting words that, bare after "via" or "through", name a
// way of settling things rather than a meeting.
var meansNouns = set("talks", "negotiations", "discussions", "dialogue", "consultations", "diplomacy")

// bodyHeads end the name of a body or team.
var bodyHeads = set("committee", "council", "commission", "office", "group", "team", "unit", "body", "bureau",
	"center", "centre", "secretariat", "forum", "organization", "organisation", "department", "agency", "board")

// inBodyName reports whether the capitalised meeting word at i, not opening
// the sentence, is part of a body's name: "the High Negotiations
// Committee", "the Summit Organisation".
func inBodyName(toks []token, i int) bool {
	if i == 0 || !toks[i].cap || toks[i-1].punct && toks[i-1].w != "-" && toks[i-1].w != "'" {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+2 && toks[k].cap && !toks[k].punct; k++ {
		if bodyHeads[toks[k].w] {
			return true
		}
	}
	return false
}

// internalPeace reports whether the talks at i are one state's peace talks,
// named by that state alone before "peace": "the last Syrian peace talks",
// "Colombia's peace talks", the talks of a civil war, mediated or not,
// with no second state; "Israeli-Palestinian peace talks" and "Syrian peace
// talks with Russia" name their sides.
func internalPeace(s *sent, i int) bool {
	toks := s.toks
	if i < 2 || !talkPlurals[toks[i].w] || toks[i-1].w != "peace" {
		return false
	}
	k := i - 2
	if k >= 1 && toks[k].w == "s" && toks[k-1].w == "'" {
		k -= 2 // "Colombia's peace talks"
	}
	for k >= 2 && (toks[k].w == "fresh" || toks[k].w == "new" || toks[k].w == "renewed" || toks[k].w == "further") {
		k--
	}
	if k >= 2 && (toks[k].w == "held" || toks[k].w == "holds" || toks[k].w == "holding") && !s.actorAt(k-1) {
		// "the Iraqi government held fresh peace talks": the subject's own
		k--
		if toks[k].w == "government" || toks[k].w == "authorities" {
			k--
		}
	}
	if k < 0 || !s.actorAt(k) || k > 0 && (toks[k-1].w == "-" || toks[k-1].w == "and" || s.actorAt(k-1) && toks[k-1].start < toks[k].start && !toks[k-1].punct) {
		return false
	}
	if i+1 < len(toks) && (toks[i+1].w == "with" || toks[i+1].w == "between") {
		return false
	}
	n := 0
	for _, a := range s.actors {
		if a.tok == k {
			n++
		}
	}
	return n == 1 // not "Israeli-Palestinian", one token of two states
}

// targetBefore reports whether the meet verb at i closes a relative clause
// on one of meetTargets: "the deficit targets that Congress must meet".
func targetBefore(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if toks[k].punct {
			return false
		}
		if toks[k].w == "that" || toks[k].w == "which" {
			return meetTargets[toks[k-1].w]
		}
	}
	return false
}

// meetTargets are what one meets without a meeting: terms, demands, a deadline.
var meetTargets = set("terms", "demands", "demand", "targets", "target", "needs", "need", "requirements", "requirement", "share",
	"obligations", "conditions", "condition", "deadline", "deadlines", "commitments", "criteria", "goals", "goal",
	"expectations", "costs", "payments", "standards", "quota", "quotas", "challenge", "challenges", "threshold",
	// reactions: "met a cool reception", "met with criticism"
	"reception", "response", "resistance", "criticism", "opposition", "scepticism", "skepticism", "approval",
	"disapproval", "protests", "derision", "hostility", "applause", "objections", "fate", "backlash",
	"responsibilities", "responsibility", "commitment", "liabilities", "shortfall", "bills", "expenses",
	"payment", "repayment", "repayments", "debt", "debts", "deficit", "deficits", "consumption", "regulations",
	"competition", "request", "requests", "objectives", "objective", "estimates", "forecasts", "specifications",
	"qualifications", "orders",
	// idioms: "meet on common ground", "meet them halfway"
	"ground", "halfway")

// HasTriggerWord reports whether sentence holds a word that can start an
// event of kind (a meeting word, an accord noun or concluding verb, a word
// of relations): a lexical test, without the rules that decide whether an
// event is told. The evaluation uses it to tell a missing word from a
// missing rule.
func HasTriggerWord(sentence string, kind graph.Kind) bool {
	var want wordClass
	switch kind {
	case graph.KindMeeting:
		want = clsMeeting
	case graph.KindAccord:
		want = clsAccord | clsLend
	case graph.KindRelations:
		want = clsRelNoun | clsRelVerb
	}
	for _, t := range tokenize(sentence, 0, len(sentence)) {
		if t.cls&want != 0 {
			return true
		}
		if _, ok := accordVerbs[t.w]; ok && kind == graph.KindAccord {
			return true
		}
	}
	return false
}

// decidedBefore reports whether a word of deciding governs the "to" at k,
// right before it or across a date ("has decided to break diplomatic
// relations", "agreed on Monday to restore full diplomatic ties"), and is
// no intention itself.
func decidedBefore(s *sent, k int) bool {
	j := k - 1
	if j >= 0 && s.inDate(j) {
		for j > 0 && s.inDate(j) && k-j <= 5 {
			j-- // ("agreed on Monday to ...", "agreed on March 5 to ...", "agreed last week to ...")
		}
		if j > 0 && (s.toks[j].w == "on" || s.toks[j].w == "in") {
			j--
		}
	}
	return j >= 0 && decisionWords[s.toks[j].w] && !isModal(s.toks, j)
}

// possessiveOfficer reports whether a state's possessive at j names its
// officer: "Sudan's foreign minister", "Sudan's new military ruler", not
// "Obama's message".
func (s *sent) possessiveOfficer(j int) bool {
	toks := s.toks
	if !s.stateAt(j) {
		return false
	}
	k := j + 1
	for k < len(toks) && k <= j+3 && toks[k].w != "'s" && toks[k].cap && !toks[k].punct {
		k++ // the rest of a two-word name: "Saudi Arabia's"
	}
	if k >= len(toks) || toks[k].w != "'s" {
		return false
	}
	for n := k + 1; n < len(toks) && n <= k+4; n++ {
		if titleWords[toks[n].w] || officialNouns[toks[n].w] {
			return true
		}
		if toks[n].punct || toks[n].cap && !titleWords[toks[n].w] {
			return false
		}
	}
	return false
}

// pastClauseBefore reports whether the gerund at i follows a comma that
// closes a clause whose subject is a state and whose verb is past: "Qatar
// and Saudi Arabia ended a three-year rift on Tuesday, restoring
// diplomatic ties" restored them.
func pastClauseBefore(s *sent, i int) bool {
	toks := s.toks
	if i < 3 || toks[i-1].w != "," {
		return false
	}
	verb := false
	for k := i - 2; k >= 0; k-- {
		w := toks[k].w
		if toks[k].punct && w != "." && w != "-" {
			return false
		}
		if pastForm(w) && !toks[k].cap && !reportVerbs[w] {
			verb = true
			continue
		}
		if verb && s.stateAt(k) {
			return k <= 2 || toks[k-1].w == "and" || toks[k-1].w == "the" // the clause opens with the states
		}
	}
	return false
}

// mealNouns are the meals a host gives a guest of state.
var mealNouns = set("dinner", "banquet", "lunch", "luncheon", "breakfast", "reception")

// hostMealVerbs give a meal: "hosted a dinner", "gave a state banquet".
var hostMealVerbs = set("hosted", "hosts", "host", "hosting", "gave", "gives", "give", "giving", "held", "holds", "threw", "offered")

// mealFor returns the token after "for" or "in honor of" that follows the
// meal noun at i ("a dinner for Merkel", "a banquet in honour of Hu"),
// else 0.
func mealFor(toks []token, i int) int {
	if !mealNouns[toks[i].w] || i+2 >= len(toks) {
		return 0
	}
	if toks[i+1].w == "for" {
		return i + 2
	}
	if i+3 < len(toks) && toks[i+1].w == "in" && (toks[i+2].w == "honor" || toks[i+2].w == "honour") && toks[i+3].w == "of" {
		return i + 4
	}
	return 0
}

// stopNouns name a traveller's halt on a journey; stopBefore may stand
// right before them when they are nouns ("after stops in", "a stopover
// at"), not the verb ("to stop in").
var (
	stopNouns  = set("stop", "stops", "stopover", "stopovers")
	stopBefore = set("a", "the", "his", "her", "their", "after", "with", "including", "brief", "first", "final", "last",
		"two", "three", "short", "earlier", "previous", "next")
)

// stayAdverbs may stand between a verb of a stay or a journey and its
// preposition.
var stayAdverbs = set("currently", "now", "still", "already", "again", "also", "recently")

// providesVerbs, after an accord noun, state what the accord provides for:
// the words after them are its terms, not doubts about it.
var providesVerbs = set("allows", "allowed", "requires", "required", "obliges", "obliged", "permits", "permitted", "lets",
	"commits", "committed", "binds", "forbids", "bars", "prohibits", "entitles", "gives", "grants", "guarantees")
