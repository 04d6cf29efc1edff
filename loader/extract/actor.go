package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
	"github.com/entente-dev/entente/loader/extract/when"
)

// How an actor country is found in a sentence, beyond the gazetteer's own
// name/demonym/capital.
const (
	byPerson   = "person"   // a surname introduced earlier as "Iranian President Hassan Rouhani"
	byAgency   = "agency"   // an agency of the country ("the State Department")
	byAnaphora = "anaphora" // "the two countries", "both sides", "bilateral"
	byHere     = "here"     // "arrived here", "talks here": the country of the story's dateline
	byCity     = "city"     // "a visit to Istanbul", "talks in Hiroshima": a large city not a capital
	byDescribe = "describe" // "the tiny Pacific island nation": a state named before it in the sentence, described
)

// actor is one mention of a country acting in a sentence.
type actor struct {
	code  string
	tok   int // index of its first token in the sentence
	start int // byte offsets in the article text
	end   int
	how   string
	role  role
}

// role says whether a country mention stands for the state acting.
type role int

// Roles of a country mention.
const (
	roleState role = iota // the state or its people in office: "Cuba", "Cuban officials", "Iranian President"
	roleAttr              // an attribute of something else: "Cuban hotels", "U.S. chains", "German robotics maker"
	rolePlace             // a location: "in Havana", "at Doha"
	roleOther             // what others act on or own: "Syria peace talks", "Syria's opposition"
)

// explicit reports whether the country is named in the sentence itself
// rather than inferred.
func (a actor) explicit() bool { return a.how != byAnaphora }

// stateHeads are nouns that make a demonym or an attributive country name
// stand for the state ("Cuban officials", "U.S. delegation").
var stateHeads = set("government", "governments", "officials", "official", "delegation", "delegations",
	"authorities", "diplomats", "diplomat", "ambassador", "ambassadors", "embassy", "embassies", "ministry", "ministries", "parliament",
	"negotiators", "negotiator", "representatives", "representative", "side", "sides", "regime", "administration",
	"forces", "troops", "military", "army", "navy", "police", "security", "intelligence", "leaders", "leader",
	"counterparts", "counterpart", "state", "states", "envoy", "envoys", "lawmakers", "legislators", "cabinet",
	"team", "mission", "consulate", "spokesman", "spokeswoman", "spokesperson", "head", "heads", "junta",
	"premier", "monarch", "crown", "statement", "proposal", "position", "leadership", "presidency", "congress",
	"senate", "foreign", "defence", "defense", "interior", "oil", "trade", "finance", "economy",
	"agriculture", "energy", "justice", "top", "senior", "high-level", "chief", "deputy", "vice", "acting",
	"central", "national", "federal", "armed", "air", "naval", "general", "special", "new", "former",
	"visiting", "health", "industry", "commerce", "education", "culture", "sports", "transport", "labour",
	"labor", "environment", "environmental", "ruling", "prime", "supreme")

// nonStateHeads after a country make it the attribute of people or bodies
// that do not act for its state: "India's state-owned National Thermal
// Power Corp", "Japanese media", "American travelers".
var nonStateHeads = set("banker", "businessman", "businesswoman", "executive", "investor", "trader", "tourist",
	"traveler", "traveller", "student", "worker", "farmer", "journalist", "reporter", "analyst", "economist",
	"lawyer", "activist", "dissident", "venture", "media", "news", "newspaper", "newspapers", "press", "company", "companies",
	"firm", "firms", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "plc", "group", "airline",
	"airlines", "carrier", "bank", "banks", "lender", "lenders", "maker", "makers", "producer", "producers",
	"manufacturer", "exporter", "exporters", "importers", "traders", "businesses", "investors",
	"club", "fans", "players", "citizens", "tourists", "travelers", "travellers", "workers",
	"students", "state-owned", "state-run", "privately", "private", "conglomerate", "giant", "unit", "subsidiary",
	"businessmen", "businesspeople", "executives", "bankers", "farmers", "growers", "creditors", "creditor",
	"worshippers", "worshipers", "pilgrims", "industrialist", "industrialists", "entrepreneur", "entrepreneurs",
	"merchant", "merchants", "lobbyist", "lobbyists", "shipowners", "priest", "priests", "clergy", "scholars",
	"academics", "professors", "consumers", "shareholders")

// againstStateHeads after a country name its people acting against or
// apart from its state ("Syria's opposition", "Syrian rebels"): the
// country is then what the event is about, not a party to it.
var againstStateHeads = set("opposition", "rebels", "rebel", "insurgents", "militants", "militant",
	"dissidents", "dissident", "exiles", "activists", "separatists", "protesters")

// attrVerbs after a demonym or attributive name mean it is a subject
// after all ("the Israelis said").
var attrVerbs = set("said", "says", "say", "is", "are", "was", "were", "has", "have", "had", "will", "would",
	"can", "could", "did", "does", "do", "may", "might", "must", "should", "and", "or", "also")

// classify sets the role of every explicit actor of the sentence.
func (s *sent) classify() {
	toks := s.toks
	isActorTok := make([]bool, len(toks))
	for _, a := range s.actors {
		for k := a.tok; k < len(toks) && toks[k].start < a.end; k++ {
			isActorTok[k] = true
		}
	}
	for i := range s.actors {
		a := &s.actors[i]
		if a.how == byAgency && a.tok > 0 && (toks[a.tok-1].w == "former" || toks[a.tok-1].w == "ex") {
			if e := tokenAt(toks, a.end-1) + 1; e < len(toks) && (titleWords[toks[e].w] || staffWords[toks[e].w]) {
				a.role = roleOther // "former FBI agent Robert Levinson": no longer acts for the state
				continue
			}
		}
		if sov := gazetteer.Sovereign(a.code); sov != "" && a.explicit() && s.sovereignBefore(a.tok, sov) {
			a.role = rolePlace // "will visit Beijing, Shanghai and Hong Kong", "China's Hong Kong": a place of its sovereign's
			continue
		}
		if e := tokenAt(toks, a.end-1) + 1; a.explicit() && e < len(toks) && (toks[e].w == "province" || toks[e].w == "region") &&
			a.tok >= 2 && toks[a.tok-1].w == "'s" && s.stateCodeAt(a.tok-2) != "" && s.stateCodeAt(a.tok-2) != a.code {
			a.role = rolePlace // "China's Taiwan Province": a province of the state before it, as that state calls it
			continue
		}
		if a.explicit() && witnessBefore(toks, a.tok) {
			a.role = roleOther // "reached an agreement in front of U.S. President Bush": a witness, no party
			continue
		}
		if !a.explicit() || a.how == byPerson || a.how == byAgency {
			continue
		}
		if r := s.nonState(*a, isActorTok); r != roleState {
			a.role = r
			continue
		}
		if a.tok >= 2 && (toks[a.tok-1].w == "to" || toks[a.tok-1].w == "for") && postedTitles[toks[a.tok-2].w] {
			a.role = roleOther // "U.N. envoy to Syria", "ambassador to Israel": where someone is posted
			continue
		}
		if a.tok > 0 && (toks[a.tok-1].w == "former" || toks[a.tok-1].w == "ex") && a.how == string(gazetteer.ByDemonym) {
			if e := tokenAt(toks, a.end-1) + 1; e < len(toks) && (titleWords[toks[e].w] || titleAhead(toks, e)) {
				a.role = roleOther // "visiting former Malaysian prime minister Mahathir": no longer acts for the state
				continue
			}
		}
		if a.tok > 0 && departVerbs[toks[a.tok-1].w] && a.how != string(gazetteer.ByDemonym) {
			a.role = rolePlace // "He will leave Zimbabwe on Wednesday ... for Lesotho": where he leaves
			continue
		}
		if a.how == string(gazetteer.ByCapital) && a.tok >= 2 && toks[a.tok-1].w == "of" && (toks[a.tok-2].w == "capital" || toks[a.tok-2].w == "city") {
			a.role = rolePlace // "in the Nigerian capital of Abuja": the capital as a place, as the capital is
			continue
		}
		if a.how == string(gazetteer.ByCapital) && a.tok > 0 {
			switch w := toks[a.tok-1].w; {
			case venuePreps[w] || w == "from":
				if toks[a.tok-1].w == "from" && a.tok >= 2 && (envoyNouns[toks[a.tok-2].w] || officialNouns[toks[a.tok-2].w]) {
					break // "officials from Seoul and Tokyo met": the governments they come from
				}
				a.role = rolePlace
				continue
			}
			if ls := listStart(s, a.tok); ls < a.tok && ls >= 1 && venuePreps[toks[ls-1].w] && !(toks[ls+1].w == "," && verbAfterList(s, a)) {
				// "accords reached this year in Paris and Washington": both
				// are places ("But in Rome, Washington and Moscow agreed":
				// after a place and a comma, the subject)
				a.role = rolePlace
				continue
			}
		}
		attributive := a.how == string(gazetteer.ByDemonym)
		if a.how == string(gazetteer.ByName) && a.tok < len(toks) && abbreviation(toks[a.tok].raw) {
			attributive = true // "U.S. chains", "EU rules"
		}
		if !attributive {
			continue
		}
		k := a.tok
		for k < len(toks) && toks[k].start < a.end {
			k++
		}
		if k < len(toks) && toks[k].w == "capital" && a.how == string(gazetteer.ByDemonym) {
			a.role = rolePlace // "would be in the Turkish capital on April 8": the capital, as "in Ankara"
			continue
		}
		if a.how == string(gazetteer.ByDemonym) && a.tok >= 2 && toks[a.tok-1].w == "the" && toks[a.tok-2].w == "with" && strings.HasSuffix(toks[a.tok].w, "s") {
			continue // "talked with the Americans", "worked out with the Kuwaitis": a people for its government
		}
		for n := 0; k < len(toks) && n < 6; k, n = k+1, n+1 {
			t := toks[k]
			if isActorTok[k] {
				continue
			}
			if (t.w == "charge" || t.w == "chargé") && k+1 < len(toks) && toks[k+1].w == "d'affaires" {
				break // "the Iranian charge d'affaires": the state's envoy, not a fee or a name
			}
			if t.w == "," || t.w == "and" || t.w == "or" || t.w == "-" || t.w == "/" {
				if k+1 < len(toks) && isActorTok[k+1] {
					continue // a list of demonyms: "Saudi, Russian, Qatari and Venezuelan ministers"
				}
				break
			}
			if t.cap && !titleWords[t.w] && !stateHeads[t.w] && !t.punct {
				if attrVerbs[t.w] || auxiliaries[t.w] || reportVerbs[t.w] || sentenceStarters[t.raw] || wireCapitals[t.w] || coordinatedState(s, *a, isActorTok) ||
					n == 0 && len(t.w) > 5 && strings.HasSuffix(t.w, "ed") && !nameEdWords[t.w] { // ("the U.S. Criticised Japan": a verb; not "U.S. Armed Forces")
					break // "Taiwan and the U.S. Have revised", "with the U.S. If Washington ...": the wire's capitals after "U.S.", no name
				}
				if titleAhead(toks, k) {
					break // "British Corporate Affairs Minister Michael Howard": a title
				}
				if t.w == "communist" && partyStates[a.code] {
					break // "Vietnamese Communist Party leader Nong Duc Manh": the party that rules the state
				}
				if forceAhead(toks, k) {
					break // "Commander of the U.S. Pacific Fleet Gary Roughead": a unit of the state's forces
				}
				if namedEventAhead(toks, k) {
					break // "the U.S.-Korea Free Trade Agreement": the name of the parties' accord
				}
				a.role = roleAttr // a proper name follows: "Russian Soyuz", "German Kuka"
				break
			}
			if t.punct || t.w == "'s" || titleWords[t.w] || stateHeads[t.w] || attrVerbs[t.w] || pastIrregular[t.w] || reportVerbs[t.w] ||
				meetingWords[t.w] != "" || strings.HasSuffix(t.w, "ed") {
				break
			}
			if _, ok := accordNouns[t.w]; ok {
				break
			}
			if eventNounAhead(toks, k) {
				break // "U.S.-Canada free trade talks": what the talks are about, then the talks
			}
			if lowerTitleAhead(toks, k) {
				break // "Guinean natural resources minister Ousmane Sylla": a title
			}
			if unionExecutive(toks, k, a.code) {
				break // "the EU executive": the Commission, not a businessman
			}
			if t.w == "communist" && partyStates[a.code] {
				break // "Vietnamese communist party chief Do Muoi": the party that rules the state
			}
			if k+1 < len(toks) && officialNouns[toks[k+1].w] && !privateModifiers[t.w] {
				break // "American and Soviet arms negotiators", "U.S. trade officials": the state's people
			}
			if timeAhead(toks, k) || adverbBeforeVerb(toks, k) {
				break // "Japan and the U.S. last Thursday signed": a date, then the verb
			}
			if (prepositions[t.w] || wireCapitals[t.w]) && a.how == string(gazetteer.ByName) || n == 0 && prepositions[t.w] && a.tok >= 1 && toks[a.tok-1].w == "the" {
				break // "its agreement with the U.S. on semiconductors", "held talks with the Japanese to no avail": a noun, not a modifier
			}
			if n == 0 && a.how == string(gazetteer.ByName) && s.namedStateAnd(*a) {
				break // "the agreement between Japan and the U.S. covers chips": a second state after a named one, then the verb
			}
			a.role = roleAttr
			break
		}
	}
	s.ethnicPairs()
}

// sovereignBefore reports whether the territory named at k follows its
// sovereign's possessive or one of its sovereign's places in a list of
// names: "China's Hong Kong", "Beijing, Shanghai and Hong Kong".
func (s *sent) sovereignBefore(k int, sov string) bool {
	toks := s.toks
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if toks[j].w == "'s" && j >= 1 && s.stateCodeAt(j-1) == sov || s.stateCodeAt(j) == sov {
			return true
		}
		if !(toks[j].cap && !toks[j].punct || toks[j].w == "," || toks[j].w == "and") {
			return false
		}
	}
	return false
}

// witnessBefore reports whether the actor at k is named as a witness, up
// to four words after "in front of", "in the presence of" or "witnessed
// by" with no mark between: "signed ... in the presence of Chinese
// President Hu Jintao".
func witnessBefore(toks []token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		switch {
		case toks[j].punct:
			return false
		case toks[j].w == "of" && (toks[j-1].w == "presence" || toks[j-1].w == "front" && j >= 2 && toks[j-2].w == "in"):
			return true
		case toks[j].w == "by" && toks[j-1].w == "witnessed":
			return true
		}
	}
	return false
}

// ethnicPairs reads two peoples' words in a row as one community: "Greek
// Cypriot leader Glafcos Clerides" is Cyprus's, not Greece's; "Kosovo
// Albanian leaders" and "Iraqi Kurdish parties" are a people of the first
// place, not Albania's or a Kurdish state's officers.
func (s *sent) ethnicPairs() {
	toks := s.toks
	for i := range s.actors {
		a := &s.actors[i]
		if !a.explicit() || a.how == byPerson || a.how == byAgency {
			continue
		}
		if s.ethnicPeople(*a) {
			a.role = roleAttr
			continue
		}
		e := tokenAt(toks, a.end-1) + 1
		if e >= len(toks) || toks[e].punct {
			continue
		}
		for j := range s.actors {
			b := &s.actors[j]
			if j == i || b.tok != e || b.how != string(gazetteer.ByDemonym) || b.code == a.code {
				continue
			}
			switch w := toks[e].w; {
			case w == "cypriot" || w == "cypriots":
				a.role = roleAttr // "Turkish Cypriot leader": the community's origin
			case ethnonyms[w]:
				b.role = roleAttr // "Kosovo Albanian leaders": the people, not its namesake state
			}
		}
	}
}

// ethnicPeople reports whether a is a demonym after "ethnic": "ethnic
// Albanians in Kosovo", "ethnic Russians in Ukraine" are a people, not
// their namesake state, nor one of the story's pair.
func (s *sent) ethnicPeople(a actor) bool {
	return a.how == string(gazetteer.ByDemonym) && a.tok >= 1 && s.toks[a.tok-1].w == "ethnic"
}

// ethnonyms after a place name a people living there, not the state of
// the same name.
var ethnonyms = set("albanian", "albanians", "serb", "serbs", "croat", "croats", "kurd", "kurds", "kurdish")

// unionExecutive reports whether "executive" at k after an EU mention is
// the Commission ("the EU executive", "the EC's executive"); "the EC
// executive Commission" names it itself.
func unionExecutive(toks []token, k int, code string) bool {
	return code == "EU" && toks[k].w == "executive" && !(k+1 < len(toks) && toks[k+1].cap)
}

// partyStates are ruled by their communist party, whose leaders act for
// the state ("Vietnamese communist party chief Do Muoi"); elsewhere a
// communist party is one party among others.
var partyStates = set("CN", "VN", "CU", "KP", "LA", "SU")

// wireCapitals are function words that Reuters' wire text capitalises
// after "U.S." ("the U.S. If Washington imposes", "U.S. To Press"): no
// proper name follows the country.
var wireCapitals = set("if", "and", "or", "but", "when", "as", "to", "in", "on", "at", "for", "with", "by", "of", "from",
	"that", "which", "who", "than", "after", "before", "because", "since", "until", "while", "unless",
	"so", "not", "nor", "also", "now", "then", "yet", "still", "already", "even", "only", "about", "into", "through",
	"during", "against", "without", "whether", "where", "it", "its", "this", "there",
	"bilateral") // ("Canada/U.S. Bilateral trade negotiations": no name starts so; "for the U.S. So that he could")

// departVerbs before a country make it the place someone leaves.
var departVerbs = set("leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing")

// abbreviation reports whether a country name is written as an
// abbreviation ("U.S.", "UK", "EU"), which news uses attributively.
func abbreviation(raw string) bool {
	if strings.Contains(raw, ".") {
		return true
	}
	if len(raw) > 4 {
		return false
	}
	for _, r := range raw {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// dateRef is one date mention inside a sentence.
type dateRef struct {
	m      when.Mention
	tok    int        // first token
	tokEnd int        // one past its last token
	value  graph.Span // resolved with the local tense
	since  bool       // "since 1928", "until": a bound, never an event date
	// sinceClause is the token of the "since" opening the clause the date
	// ends ("since diplomatic relations were restored in 1995"), or -1: the
	// date is then the date of an event told inside that clause.
	sinceClause int
	report      bool // the day something was said ("said on Monday"), not an event date
	following   bool // "the following two days": the days after an earlier date
	eveOf       bool // "the eve of": dates only the event of its "of" phrase
	modifier    bool // "a June referendum", "the March pact": dates only the noun right after it
	agreeing    bool // "agreed on Wednesday to resume talks": the day of agreeing, not of the talks agreed to
	effect      bool // "took effect on Saturday": the day an accord began to apply, not the day it was made
	sinceStart  bool // "have been holding talks since last June": a bound that is the start of what goes on
	covered     bool // "quotas for the period from next April": the time a topic covers; "(1.00 p.m. ET on Wednesday)": another zone's clock; not an event's date
	// whenAt is the token of a "when" right after the date ("since March,
	// when the EU and Turkey signed an agreement"), or -1: the clause it
	// opens tells what happened on that date.
	whenAt int
}

// sent is a sentence with everything the event rules look at.
type sent struct {
	Sentence
	prevPerson string // for "He": the country of the one person the sentence before names, else of the story's most named person so far ("" if none)
	prevOnly   bool   // prevPerson is the one person the sentence before names
	idx        int
	toks       []token
	actors     []actor
	dates      []dateRef
	agencies   []gazetteer.AgencyMention
	capitals   []gazetteer.CountryMention // capitals and cities, for places
	trigs      []trigger                  // the event words events() kept, with the dates it gave each
	dated      [][]*dateRef
	withOwn    string // the unnamed owner events() gave an earlier "talks with A and B" of the sentence, or ""
}

// upperRun reports whether the tokens from the sentence's start to k are
// written in capitals (slashes aside): a dateline ("MOSCOW/BEIRUT").
func upperRun(toks []token, k int) bool {
	for j := 0; j <= k && j < len(toks); j++ {
		if toks[j].punct && toks[j].raw == "/" {
			continue
		}
		for _, r := range toks[j].raw {
			if r >= 'a' && r <= 'z' {
				return false
			}
		}
	}
	return true
}

// staffWords name who works for an agency, officer or not: "a former FBI
// agent", "a former CIA analyst".
var staffWords = set("agent", "agents", "officer", "officers", "employee", "employees", "analyst", "analysts",
	"contractor", "contractors", "operative", "operatives", "director", "staffer", "staffers", "aide", "aides")

// titleWords can stand between a country and a person's name ("Iranian
// President Hassan Rouhani", "his West German counterpart Manfred Woerner").
// Abbreviated ranks are dotless, as the tokenizer splits "Sen." into "sen"
// and "."; only "Lt." keeps its dot (token.go: a dotless "lt" would make
// the "IRAN LT" crude of a price table an officer).
var titleWords = set("president", "presidents", "prime", "minister", "ministers", "premier", "chancellor",
	"king", "queen", "prince", "princess", "crown", "emir", "sheikh", "foreign", "defence", "defense",
	"oil", "energy", "trade", "finance", "economy", "economic", "interior", "deputy", "vice", "secretary",
	"state", "general", "leader", "leaders", "counterpart", "ambassador", "envoy", "ayatollah", "supreme",
	"chief", "head", "spokesman", "spokeswoman", "official", "monarch", "sultan", "senator", "commander",
	"mr", "mrs", "ms", "dr", "former", "then", "new", "top", "opposition",
	"dictator", "strongman", "navy", "army", "military", "foreign-minister", "agriculture", "industry",
	"commerce", "justice", "security", "national", "adviser", "advisor", "lawmaker", "legislator",
	"cardinal", "archbishop", "pope", "tycoon", "representative", "negotiator", "spokesperson", "attorney",
	"governor", "mayor", "ruler", "admiral", "marshal",
	"gen", "sen", "rep", "gov", "col", "maj", "adm", "capt", "lt.",
	"field", "acting", "interim", "outgoing", "incoming", "elected", "president-elect", "colleague", "treasury",
	"labor", "labour", "transport", "transportation", "education", "health", "environment", "customs", "immigration",
	"intelligence", "homeland", "housing", "culture", "tourism", "planning", "fisheries", "mines", "petroleum",
	"taoiseach", "tanaiste", "amir", "shah", "emperor", "empress", "chairman", "chairwoman", "governor-general", "viceroy",
	"attorney-general", "solicitor-general", "prosecutor-general")

// titleModifiers are the title words that only qualify an office named
// after them ("National Security Adviser", "Foreign Trade Minister"):
// without that office, "the Uganda National Day" and "the Kenya Oil
// Conference" name no officer.
var titleModifiers = set("national", "security", "foreign", "defence", "defense", "oil", "energy", "trade", "finance",
	"economy", "economic", "interior", "state", "supreme", "agriculture", "industry", "commerce", "justice", "labor",
	"labour", "transport", "transportation", "education", "health", "environment", "customs", "immigration",
	"intelligence", "homeland", "housing", "culture", "tourism", "planning", "fisheries", "mines", "petroleum",
	"treasury", "field", "acting", "interim", "outgoing", "incoming", "elected", "former", "then", "new", "top",
	"opposition", "deputy", "vice", "prime", "crown")

// nameParticles stand inside a person's name before the surname: "Willy de
// Clercq", "Hans van den Broek".
var nameParticles = set("von", "van", "der", "den", "de", "del", "da", "di", "al", "al-", "bin", "ibn", "arap", "la", "le", "du", "dos", "das", "el", "ben", "abu")

// anaphoraHeads follow "the two" or "both" to name the story's main pair.
var anaphoraHeads = set("countries", "nations", "sides", "governments", "leaders", "presidents", "ministers",
	"neighbours", "neighbors", "states", "parties", "foes", "rivals", "allies", "capitals", "delegations",
	"premiers", "men", "heads", "administrations", "militaries", "countries'", "nations'", "chiefs", "envoys",
	"counterparts")

// portfolioWords may stand between "the two" and its head: "the two
// foreign ministers", "both prime ministers", "the two defence chiefs".
var portfolioWords = set("foreign", "prime", "defence", "defense", "finance", "trade", "economy", "economic",
	"interior", "deputy", "vice", "oil", "energy", "agriculture", "commerce", "top", "chief")

// pairHead returns how many tokens from i ("two" or "both") name the
// story's pair: the word, up to two portfolio words and an anaphora head
// ("the two foreign ministers" gives 3 from "two"); 0 when there is none.
func pairHead(toks []token, i int) int {
	j := i + 1
	for j < len(toks) && j <= i+2 && portfolioWords[toks[j].w] {
		j++
	}
	if j < len(toks) && anaphoraHeads[toks[j].w] {
		return j - i + 1
	}
	return 0
}

// formerWords and enmityHeads make a pair's epithet: "the former Cold War
// foes", "the one-time enemies", "the old rivals".
var (
	formerWords = set("former", "old", "longtime", "long-time", "erstwhile", "one-time", "onetime", "bitter", "sworn")
	enmityHeads = set("foes", "enemies", "adversaries", "rivals", "antagonists", "allies", "neighbours", "neighbors")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// findPersons learns which country each titled person belongs to, from the
// ways news introduces people: "<demonym|country> <title>... <Name>",
// "<country>'s <title>... <Name>", "<title> <Name> of <country>" and an
// office only one state has ("Secretary of State Condoleezza Rice"; not a
// leader of the table in office in year, who keeps the table's state). The key
// is the lower-case surname (last capitalised word of the name); the code ""
// marks a person known to act for no state ("U.N. Syria envoy Staffan de
// Mistura"), whom later passes leave alone and addPersons makes no actor of.
func findPersons(ss []*sent, mentions [][]gazetteer.CountryMention, year int) (persons map[string]string, titles map[string]string) {
	persons = map[string]string{}
	titles = map[string]string{} // surname -> head title ("president", "vice president", "minister")
	conflict := map[string]bool{}
	untitled := make([]string, len(ss))     // sentence -> country whose titled officer it names without a name
	offices := map[string]map[string]bool{} // office signature ("interior minister") -> countries the story gives it with no name
	namedOffice := map[string]bool{}        // office signatures the story gives a state's named holder
	add := func(surname, code string) {
		if surname == "" || titleWords[surname] || conflict[surname] || monthOrDay[surname] && surname != "may" {
			return // (not "thanked French President Jacques Chirac Monday": a day is no surname)
		}
		if companySuffixes[surname] || orgHeads[surname] || bodyWords[surname] {
			return // "Japan's state Export-Import Bank": a body's name, no person's
		}
		if c, ok := persons[surname]; ok && c != code {
			delete(persons, surname)
			conflict[surname] = true
			return
		}
		persons[surname] = code
	}
	for si, s := range ss {
		toks := s.toks
		for _, m := range mentions[si] {
			last := tokenAt(toks, m.End-1)
			if last >= len(toks) {
				continue
			}
			if last <= 4 && m.How == gazetteer.ByCapital && upperRun(toks, last) {
				continue // "MOSCOW/BEIRUT President Bashar al-Assad said": a dateline's city, not the officer's state
			}
			if stanceBefore(toks, m.Start) {
				continue // "anti-US President Hugo Chavez": whom he is against, not his state
			}
			posting := s.orgBefore(tokenAt(toks, m.Start)) // "U.N. Syria envoy Staffan de Mistura": where he is posted, not his state
			// Forward: country ['s] titles Name.
			j := last + 1
			if j < len(toks) && toks[j].w == "'s" {
				j++
			}
			j0 := j
			nt := 0
			office := false
			for j < len(toks) && (titleWords[toks[j].w] || (toks[j].w == "of" && j+1 < len(toks) && titleWords[toks[j+1].w]) ||
				toks[j].cap && !toks[j].punct && (titleAhead(toks, j) || forceAhead(toks, j)) ||
				j == j0 && lowerOffice(toks, j) || // "China's navy commander Gu Wengen"
				j > j0 && envoyRemits[toks[j].w] && j+1 < len(toks) && officeTitles[toks[j+1].w] || // "US Middle East peace envoy Dennis Ross"
				nt > 0 && toks[j].w == "and" && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct &&
					(titleAhead(toks, j+1) || titleWords[toks[j+1].w] && portfolioAnd(toks, j))) {
				office = office || !honorifics[strings.TrimSuffix(toks[j].w, ".")] && !titleModifiers[toks[j].w]
				j++ // "British Corporate Affairs Minister Michael Howard"
				nt++
			}
			if !office {
				nt = 0 // "the relief deal with Tanzania Mr Brown said": a courtesy title names no office
			}
			if e := invertedOffice(toks, j); nt > 0 && e > j && officeTitles[toks[j-1].w] && e < len(toks) && !toks[e].cap {
				j = e // "The Danish minister of foreign affairs promises": an office with no name
			}
			if sig := officeSignature(toks, j0, j); nt > 0 && sig != "" && !posting {
				if nameSurname(toks, j) != "" {
					namedOffice[sig] = true
				} else {
					if offices[sig] == nil {
						offices[sig] = map[string]bool{}
					}
					offices[sig][m.Code] = true
				}
			}
			if nt > 0 && j+2 < len(toks) && toks[j].w == "of" && (toks[j+1].w == "the" || toks[j+1].cap) {
				// "U.K. Chancellor of the Exchequer Nigel Lawson", "Minister of
				// Foreign Affairs Ali Akbar Velayati": the office's name, then
				// the person's.
				k := j + 1
				if toks[k].w == "the" {
					k++
				}
				n := 0
				for k+n < len(toks) && n < 7 && (toks[k+n].cap && !toks[k+n].punct || portfolioAnd(toks, k+n)) {
					n++ // "Minister of Economy and Finance Juan Sourrouille"
				}
				if n >= 3 {
					if sn := nameSurname(toks, k+n-2); sn != "" {
						add(sn, m.Code)
						titles[sn] = headTitle(toks, j)
						nt = 0
					}
				}
			}
			if nt > 0 && j+3 < len(toks) && toks[j].w == "for" && toks[j+1].cap {
				// "U.S. Assistant Secretary of State for South and Central
				// Asian Affairs Richard A. Boucher": the portfolio runs to its
				// head word, then the person's name.
				k := j + 1
				for k < len(toks) && k-j < 10 && !portfolioHeads[toks[k].w] && (toks[k].cap && !toks[k].punct || toks[k].w == "and" || toks[k].w == ",") {
					k++
				}
				for k+1 < len(toks) && portfolioHeads[toks[k].w] && portfolioHeads[toks[k+1].w] {
					k++ // "Minister for Trade Negotiations"
				}
				if k < len(toks) && portfolioHeads[toks[k].w] && k+2 < len(toks) && toks[k+1].cap && !toks[k+1].punct {
					if sn := nameSurname(toks, k+1); sn != "" && !titleWords[sn] {
						add(sn, m.Code)
						titles[sn] = headTitle(toks, j)
						nt = 0
					}
				}
			}
			if nt > 0 && j+2 < len(toks) && (toks[j].w == "to" || toks[j].w == "in") && postedTitles[toks[j-1].w] {
				// "outgoing Malaysian ambassador to Zimbabwe Shaharuddin
				// Som", "US envoy in Sudan Andrew Natsios": past the post's
				// state, the envoy's name
				k := j + 1
				if toks[k].w == "the" {
					k++
				}
				k0 := k
				for k < len(toks) && k-k0 < 4 && toks[k].cap && coveredBy(mentions[si], toks[k]) {
					k++
				}
				if k > k0 && k+1 < len(toks) && toks[k].cap && !toks[k].punct && !titleWords[toks[k].w] {
					if sn := nameSurname(toks, k); sn != "" {
						add(sn, m.Code)
						titles[sn] = headTitle(toks, j)
						nt = 0
					}
				}
			}
			if nt > 0 && posting {
				if sn := nameSurname(toks, j); sn != "" {
					persons[sn], conflict[sn] = "", true // known, and of no state
				}
				continue
			}
			if nt > 0 {
				sn := nameSurname(toks, j)
				add(sn, m.Code)
				if fam := familyName(toks, j, m.Code); fam != "" && fam != sn {
					add(fam, m.Code) // "Chinese Vice President Zeng Qinghong ... Zeng said"
				}
				if sn != "" {
					titles[sn] = headTitle(toks, j)
				} else if m.Start == ss[si].Start || opensSentence(toks, tokenAt(toks, m.Start)) {
					untitled[si] = m.Code // "Australia's Minister for Trade Negotiations is optimistic ...", "A senior British official said"
				}
			}
			// Backward: title Name of country.
			first := tokenAt(toks, m.Start)
			// Apposition: "Dilson Funaro, Brazil's finance minister", "Cho
			// Hyun, the South Korean foreign minister".
			if f := first; f >= 1 && j < len(toks) && nt > 0 && officeTitles[toks[j-1].w] && !(toks[j].cap && !toks[j].punct) {
				// (not "William Dudley, Bangladesh Bank Governor Fazle
				// Kabir and ...": a title with its own name is the next
				// item of a list)
				if toks[f-1].w == "the" {
					f--
				}
				if f >= 3 && toks[f-1].w == "," && toks[f-2].cap && !toks[f-2].punct && !titleWords[toks[f-2].w] &&
					toks[f-3].cap && !toks[f-3].punct {
					add(toks[f-2].w, m.Code)
				}
			}
			// Apposition with the office's state after it: "Cho Hyun,
			// foreign minister of the Republic of Korea".
			if sn := appositionOf(toks, first); sn != "" {
				add(sn, m.Code)
			}
			// Relative apposition: "Lukman, who is also Nigerian oil minister".
			if k := first - 1; nt > 0 && k >= 4 {
				if toks[k].w == "the" {
					k--
				}
				if toks[k].w == "also" || toks[k].w == "now" {
					k--
				}
				if k >= 3 && (toks[k].w == "is" || toks[k].w == "was") && toks[k-1].w == "who" && toks[k-2].w == "," &&
					toks[k-3].cap && !toks[k-3].punct && !titleWords[toks[k-3].w] {
					if _, known := persons[toks[k-3].w]; !known {
						add(toks[k-3].w, m.Code)
					}
				}
			}
			if first >= 2 && toks[first-1].w == "of" {
				k := first - 2
				// Name tokens going back.
				e := k
				for k >= 0 && toks[k].cap && !toks[k].punct && !titleWords[toks[k].w] && first-2-k < 4 {
					k--
				}
				if k >= 0 && k < e && (titleWords[toks[k].w] || toks[k].w == "and" || toks[k].w == ",") {
					add(toks[e].w, m.Code)
					if titleWords[toks[k].w] {
						titles[toks[e].w] = headTitle(toks, k+1)
					}
				}
			}
		}
	}
	// "Australia's Minister for Trade Negotiations is optimistic ... .
	// Michael Duffy said ...": the name the next sentence opens with.
	// Sentences are taken in order: a name learnt from one may block the
	// next ("known"), and the result must not depend on map order.
	for si := 0; si < len(ss) && si < 3; si++ {
		if untitled[si] == "" {
			untitled[si] = officeOfState(ss[si].toks, mentions[si]) // "the director of the U.S. Centers for Disease Control ... calls"
		}
	}
	for si, code := range untitled {
		if code == "" || si+1 >= len(ss) {
			continue
		}
		toks := ss[si+1].toks
		start := 0
		if q := quotedOpening(toks); q > 0 {
			start = q // '"There is no playbook for Zika," Dr. Thomas Frieden said'
		}
		if start+1 < len(toks) && honorifics[toks[start].w] && toks[start+1].w == "." {
			start += 2
		}
		k := start
		for k < len(toks) && k-start < 4 && toks[k].cap && !toks[k].punct && !titleWords[toks[k].w] && !coveredBy(mentions[si+1], toks[k]) {
			k++
		}
		if k-start >= 2 && k < len(toks) && toks[k].w == "," {
			k = appositionEnd(toks, k) // "Paul Channon, secretary for trade and industry, said"
		}
		if k-start >= 2 && k < len(toks) && reportVerbs[toks[k].w] {
			if sn := nameSurname(toks, start); sn != "" {
				if _, known := persons[sn]; !known {
					add(sn, code)
				}
			}
		}
	}
	// "Turkey's interior minister said ... Interior Minister Efkan Ala
	// confirmed": an office the story gives one state only, and with no
	// name, is that state's when it comes with a name and no country. (Not
	// "Philippine Defense Secretary Delfin Lorenzana ... Defense Secretary
	// Ash Carter": a named holder makes another name another holder.)
	for si := 0; len(offices) > 0 && si < len(ss); si++ { // (most stories give no office without its holder)
		toks := ss[si].toks
		for j := 0; j < len(toks); j++ {
			if !toks[j].cap || !titleWords[toks[j].w] || j > 0 && (toks[j-1].cap && !toks[j-1].punct || toks[j-1].w == "former" || coveredBy(mentions[si], toks[j-1])) {
				continue
			}
			k := j
			for k < len(toks) && toks[k].cap && titleWords[toks[k].w] {
				k++
			}
			if e := invertedOffice(toks, k); e > k && officeTitles[toks[k-1].w] && toks[k+1].cap {
				k = e // "Minister of Foreign Affairs Per Stig Moeller"
			}
			sig := officeSignature(toks, j, k)
			if sig == "" || len(offices[sig]) != 1 || namedOffice[sig] || k >= len(toks) || coveredBy(mentions[si], toks[k]) {
				j = k
				continue
			}
			if sn := nameSurname(toks, k); sn != "" {
				if _, known := persons[sn]; !known && gazetteer.Leader(sn, year) == "" {
					for code := range offices[sig] {
						add(sn, code)
					}
					titles[sn] = headTitle(toks, k)
				}
			}
			j = k
		}
	}
	// "Treasury Secretary James Baker", "Foreign Secretary Jack Straw":
	// an office only one state has, before a name and after no country.
	for si, s := range ss {
		toks := s.toks
		for j := 0; j < len(toks); j++ {
			code, n := nationalTitle(toks, j, year)
			if code == "" || j >= 1 && coveredBy(mentions[si], toks[j-1]) || j >= 2 && coveredBy(mentions[si], toks[j-2]) {
				continue
			}
			if sn := nameSurname(toks, j+n); sn != "" {
				if _, known := persons[sn]; !known && gazetteer.Leader(sn, year) == "" {
					add(sn, code)
					titles[sn] = headTitle(toks, j+n)
				}
			}
			j += n - 1
		}
	}
	// "Venezuela has obtained more than 300 mln dlrs ..., finance minister
	// Manuel Azpurua said": a bare title whose sentence names one country
	// only is that country's officer.
	for si, s := range ss {
		code := ""
		for _, m := range mentions[si] {
			if code != "" && m.Code != code {
				code = "-"
			} else if code == "" {
				code = m.Code
			}
		}
		toks := s.toks
		if code == "" || code == "-" || len(mentions[si]) == 0 || tokenAt(toks, mentions[si][0].Start) > 1 {
			continue // the country must open the sentence as what the sayer speaks of
		}
		for j := 2; j+2 < len(toks); j++ {
			if !officeTitles[toks[j].w] || !toks[j+1].cap || toks[j+1].punct || titleWords[toks[j+1].w] {
				continue
			}
			f := j - 1
			for f > 0 && titleWords[toks[f].w] {
				f--
			}
			if toks[f].w != "," {
				continue // the sayer after the reported clause: ", finance minister Manuel Azpurua said"
			}
			k := j + 1
			for k < len(toks) && toks[k].cap && !toks[k].punct && k-j <= 4 {
				k++
			}
			if k >= len(toks) || !reportVerbs[toks[k].w] {
				continue // only the sayer of the sentence: "..., finance minister Manuel Azpurua said"
			}
			sn := nameSurname(toks, j+1)
			if _, known := persons[sn]; !known && sn != "" {
				add(sn, code)
				titles[sn] = headTitle(toks, j+1)
			}
		}
	}
	return persons, titles
}

// opensSentence reports whether only an article and words of rank stand
// before token k: "A senior British official said".
func opensSentence(toks []token, k int) bool {
	for j := 0; j < k; j++ {
		switch toks[j].w {
		case "a", "an", "the", "senior", "top", "high-ranking", "leading":
		default:
			return false
		}
	}
	return true
}

// appositionEnd returns the token after a lower-case title set off by
// commas from k (", secretary for trade and industry,"), or k when there is
// none.
func appositionEnd(toks []token, k int) int {
	j := k + 1
	office := false
	for j < len(toks) && j-k <= 8 && !toks[j].cap && !toks[j].punct {
		office = office || officeTitles[toks[j].w]
		j++
	}
	if !office || j >= len(toks) || toks[j].w != "," {
		return k
	}
	return j + 1
}

// officeSignature returns the office the title words toks[i:k] name, a
// portfolio and its head ("interior minister", "deputy foreign minister"),
// or "" when they name no portfolio: "president" or "prime minister" alone
// is too often another state's to follow.
func officeSignature(toks []token, i, k int) string {
	if of := slices.IndexFunc(toks[i:k], func(t token) bool { return t.w == "of" }); of > 0 {
		// "minister of foreign affairs" is the "foreign minister"
		var ws []string
		for _, t := range toks[i+of+1 : k] {
			if t.w != "the" && t.w != "affairs" {
				ws = append(ws, t.w)
			}
		}
		for _, t := range toks[i : i+of] {
			ws = append(ws, t.w)
		}
		return officeSignatureOf(ws)
	}
	ws := make([]string, 0, k-i)
	for _, t := range toks[i:k] {
		ws = append(ws, t.w)
	}
	return officeSignatureOf(ws)
}

// officeSignatureOf is officeSignature of the office's words in order.
func officeSignatureOf(ws []string) string {
	var b strings.Builder
	portfolio := false
	for _, w := range ws {
		switch {
		case w == "former" || w == "ex":
			return "" // a former officer acts for no state
		case tenureWords[w] || honorifics[strings.TrimSuffix(w, ".")]:
			continue
		case !titleWords[w]:
			return ""
		}
		portfolio = portfolio || portfolioWords[w] && w != "prime" && w != "deputy" && w != "vice" && w != "top" && w != "chief"
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	if !portfolio || len(ws) == 0 || !officeTitles[ws[len(ws)-1]] {
		return ""
	}
	return b.String()
}

// invertedOffice returns the end of "of [the] <portfolio>[ affairs]" at k
// after a title ("Minister of Foreign Affairs"), or k.
func invertedOffice(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].w != "of" {
		return k
	}
	j := k + 1
	if toks[j].w == "the" {
		j++
	}
	if j >= len(toks) || !portfolioWords[toks[j].w] {
		return k
	}
	for j < len(toks) && portfolioWords[toks[j].w] {
		j++
	}
	if j < len(toks) && toks[j].w == "affairs" {
		j++
	}
	return j
}

// tenureWords say when or how someone holds an office, not which office:
// "the new interior minister", "acting Foreign Minister".
var tenureWords = set("the", "new", "then", "acting", "interim", "outgoing", "incoming", "top")

// orgBefore reports whether an international body is named right before
// token k: its officer is posted to the country named there ("U.N. Syria
// envoy", "United Nations Syria envoy").
func (s *sent) orgBefore(k int) bool {
	return k >= 1 && s.intlBodyAt(k-1) || k >= 2 && unitedNationsAt(s.toks, k-2)
}

// coveredBy reports whether one of the country mentions ms covers token t.
func coveredBy(ms []gazetteer.CountryMention, t token) bool {
	for _, m := range ms {
		if m.Start < t.end && t.start < m.End {
			return true
		}
	}
	return false
}

// homeTitles are the national offices a wire names without a nationality
// when they are the filing country's own: "LISBON - President Mario Soares".
// Monarchs are left out: a visiting "King Abdullah" is as often named so.
var homeTitles = set("president", "premier", "minister", "chancellor")

// addHomeOfficers gives the home country (the dateline's) to officers the
// story names by a national office and a name but no nationality, which is
// how wires name the filing country's own leaders: "LISBON, April 3 -
// President Mario Soares, who returns from a visit to Brazil on Sunday".
// The article must name the home country beyond its dateline, and the sentence no other country
// before the officer (past its dateline); names already placed (an
// introduction elsewhere, a known leader) keep their country, and former
// officials act for no state.
func addHomeOfficers(ss []*sent, mentions [][]gazetteer.CountryMention, persons, titles map[string]string, home string) {
	named := false
	for si, ms := range mentions {
		for _, m := range ms {
			named = named || m.Code == home && (si > 0 || !upperRun(ss[si].toks, tokenAt(ss[si].toks, m.Start))) // (not the lead's dateline: "BEIRUT — The Latest developments")
		}
	}
	if !named {
		return
	}
	for si, s := range ss {
		toks := s.toks
		for j := 0; j+2 < len(toks); j++ {
			if !toks[j].cap || !homeTitles[toks[j].w] || !toks[j+1].cap || toks[j+1].punct || titleWords[toks[j+1].w] || coveredBy(mentions[si], toks[j+1]) {
				continue
			}
			f := j
			for f > 0 && (titleWords[toks[f-1].w] || officeWords[toks[f-1].w] && toks[f-1].cap) {
				f--
			}
			if f > 0 {
				if p := toks[f-1]; p.w == "former" || p.w == "ex" || p.w == "late" || p.cap && !p.punct && f-1 > 0 {
					continue // "former President ...", "Deputy ..."
				}
			}
			from := 0
			if f > 0 && toks[f-1].w == "," && sayerTag(toks, j+1) {
				from = toks[f-1].start // "..., Corporate Affairs Minister Michael Howard said": the sayer's own clause
			}
			if slices.ContainsFunc(mentions[si], func(m gazetteer.CountryMention) bool {
				return m.Start >= from && m.Start < toks[f].start && (si > 0 || tokenAt(toks, m.Start) > 0) && // (the lead's first word is its dateline)
					!titlesAnother(toks, tokenAt(toks, m.End-1)+1, f) // ("U.S. Commerce Secretary Malcolm Baldrige for talks with Trade Minister Rha Woong-bae": the U.S. is Baldrige's)
			}) {
				continue // a country named before it may own it: "Russian Foreign Minister Lavrov and Defense Minister Shoigu", "China ... with Foreign Minister Wang Yi"
			}
			sn := nameSurname(toks, j+1)
			if _, known := persons[sn]; known || sn == "" {
				continue
			}
			persons[sn] = home
			titles[sn] = headTitle(toks, j+1)
		}
	}
}

// officeOfState returns the state whose officer the sentence makes its
// subject by office alone, written "the <office> of the <state's ...>"
// ("the director of the U.S. Centers for Disease Control and Prevention
// calls Puerto Rico his top priority"), or "".
func officeOfState(toks []token, mentions []gazetteer.CountryMention) string {
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].w != "the" || !officeTitles[toks[k+1].w] && toks[k+1].w != "head" && toks[k+1].w != "chief" || toks[k+2].w != "of" {
			continue
		}
		if k > 0 && (prepositions[toks[k-1].w] || toks[k-1].w == "and") {
			continue // "a meeting with the director of ...": not the sentence's subject
		}
		j := k + 3
		if toks[j].w == "the" {
			j++
		}
		for _, m := range mentions {
			if j < len(toks) && m.Start == toks[j].start {
				return m.Code
			}
		}
	}
	return ""
}

// quotedOpening returns the token after the sentence's first quotation
// when a comma closes it ('Unlike Ebola, "there's no playbook for Zika,"
// Dr. Thomas Frieden said': the name of its speaker), or -1.
func quotedOpening(toks []token) int {
	opened := false
	for k := 0; k < len(toks) && k < 60; k++ {
		if toks[k].w != "\"" {
			continue
		}
		if !opened {
			opened = true
			continue
		}
		if k+1 < len(toks) && k >= 1 && toks[k-1].w == "," {
			return k + 1
		}
		return -1
	}
	return -1
}

// titlesAnother reports whether the words from k (right after a country's
// name) to f are the title and name of someone else: "U.S. Commerce
// Secretary Malcolm Baldrige for talks with" before another officer.
func titlesAnother(toks []token, k, f int) bool {
	j, titled := k, false
	for j < f && (titleWords[toks[j].w] || officeWords[toks[j].w] || portfolioWords[toks[j].w]) && toks[j].cap {
		titled = titled || titleWords[toks[j].w]
		j++
	}
	if !titled || j >= f || !toks[j].cap || toks[j].punct { // ("French Finance Ministry said": a body, no one titled)
		return false
	}
	for j < f && toks[j].cap && !toks[j].punct {
		j++ // the name
	}
	return j < f
}

// coreTitles are the head titles that "the <title>" refers back with.
var coreTitles = set("president", "vice president", "premier", "chancellor", "king", "queen", "prince", "emir",
	"sultan", "minister", "secretary", "ambassador", "envoy", "monarch", "ayatollah", "pope")

// headTitle returns the title right before the name starting at toks[j]:
// its last word, with "vice" kept ("vice president").
func headTitle(toks []token, j int) string {
	k := j - 1
	for k >= 0 && !titleWords[toks[k].w] {
		k--
		if j-k > 3 {
			return ""
		}
	}
	if k < 0 {
		return ""
	}
	w := strings.TrimSuffix(toks[k].w, "s") // "presidents" -> "president"
	if k > 0 && toks[k-1].w == "vice" {
		return "vice " + w
	}
	return w
}

// addTitleReferences resolves "the president", "the prime minister", "the
// king" to the country of the last person introduced with that title, so
// "ahead of the president's Cuba visit" has its visitor.
func addTitleReferences(ss []*sent, titles map[string]string) {
	last := map[string]string{}          // title -> country
	named := map[string]map[string]int{} // title -> country -> persons of it named so far
	for _, s := range ss {
		var add []actor
		for i, t := range s.toks {
			for _, a := range s.actors {
				if a.how == byPerson && a.tok == i {
					if ti := titles[t.w]; ti != "" {
						if named[ti] == nil {
							named[ti] = map[string]int{}
						}
						named[ti][a.code]++
						if named[ti][a.code] >= named[ti][last[ti]] {
							last[ti] = a.code
						}
					}
				}
			}
			if t.w != "the" || i+1 >= len(s.toks) {
				continue
			}
			j, key := i+1, ""
			if s.toks[j].w == "vice" && j+1 < len(s.toks) {
				j++
				key = "vice "
			}
			for j+1 < len(s.toks) && titleWords[s.toks[j].w] && titleWords[s.toks[j+1].w] {
				j++ // "the prime minister", "the foreign minister"
			}
			key += s.toks[j].w
			if key == "pontiff" {
				key = "pope" // "Pope Francis ... the pontiff said"
			}
			if !coreTitles[key] || j+1 < len(s.toks) && s.toks[j+1].w == "of" || s.toks[j].cap && i > 0 && j+1 < len(s.toks) && s.toks[j+1].cap {
				continue // "the President Hotel"; "the Chancellor had emphasised" refers back
			}
			if code, ok := last[key]; ok && !s.anyActorAt(j) {
				add = append(add, actor{code: code, tok: j, start: s.toks[j].start, end: s.toks[j].end, how: byPerson})
			}
		}
		s.actors = append(s.actors, add...)
	}
}

// familyFirst are the states whose names English news writes family name
// first and repeats by it ("Zeng Qinghong ... Zeng said", "Nguyen Tan
// Dung", "Hun Sen", "Ban Ki-moon ... Ban and Aso agreed"). The commonest
// Korean family names (Kim, Lee, Park) name no one person: see
// commonKoreanNames.
var familyFirst = set("CN", "HK", "MO", "VN", "KH", "KR", "KP")

// commonKoreanNames are family names shared by so many Koreans, of both
// states, that the name alone places no one: "Kim visits the Ministry of
// People's Security" in a story that names officials of both Koreas.
var commonKoreanNames = set("kim", "lee", "park", "choi", "jung", "chung", "kang", "cho", "yoon", "jang", "lim", "han", "oh",
	"seo", "shin", "kwon", "hwang", "ahn", "song", "jeon", "hong", "yoo", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam")

// familyName returns the first word of a two- or three-word name at j of
// a person of code when that state writes the family name first, else "".
func familyName(toks []token, j int, code string) string {
	if !familyFirst[code] || j >= len(toks) {
		return ""
	}
	n := 0
	for k := j; k < len(toks) && k < j+4 && toks[k].cap && !toks[k].punct && !titleWords[toks[k].w]; k++ {
		n++
	}
	if n < 2 || n > 3 || len(toks[j].w) < 2 || (code == "KR" || code == "KP") && commonKoreanNames[toks[j].w] {
		return ""
	}
	return toks[j].w
}

// nationalTitles are offices that one state alone has, so that the press
// names them without the state: "Secretary of State George Shultz", "Trade
// Representative Clayton Yeutter", "Chancellor of the Exchequer Nigel
// Lawson". Titles several states share are left out: Argentina has a
// Treasury Secretary, the Philippines Defense and Agriculture Secretaries,
// India a Foreign Secretary, and British wires write "Defence Secretary"
// for the American one. An office one state alone has only since a year
// gives that year ("External Affairs Minister Joe Clark" was Canada's until
// the department's renaming in 1993-95).
var nationalTitles = []struct {
	words []string
	code  string
	since int
}{
	{[]string{"secretary", "of", "state"}, "US", 0}, {[]string{"trade", "representative"}, "US", 0},
	{[]string{"national", "security", "adviser"}, "US", 0}, {[]string{"chancellor", "of", "the", "exchequer"}, "GB", 0},
	{[]string{"chief", "cabinet", "secretary"}, "JP", 0}, {[]string{"external", "affairs", "minister"}, "IN", 1995},
	// An American cabinet office the wires name with no demonym ("Deputy
	// Under Secretary of Commerce Bruce Smart"). (Not "Treasury Secretary"
	// nor "Agriculture Secretary": Argentina and the Philippines have them.)
	{[]string{"secretary", "of", "commerce"}, "US", 0},
}

// nationalTitle returns the state and length of a capitalised national
// title at token j in a text of year (0: unknown), or "". "Secretary of
// State for Northern Ireland" is a British office, not the American one.
func nationalTitle(toks []token, j, year int) (string, int) {
	if !toks[j].cap {
		return "", 0
	}
	for _, t := range nationalTitles {
		n := len(t.words)
		if j+n >= len(toks) || year > 0 && year < t.since {
			continue
		}
		ok := true
		for k, w := range t.words {
			if toks[j+k].w != w {
				ok = false
				break
			}
		}
		if ok && toks[j+n].w != "for" && toks[j+n].w != "of" {
			return t.code, n
		}
	}
	return "", 0
}

// portfolioHeads end the portfolio of an office named with "for": "Minister
// for Foreign Affairs", "Secretary of State for South Asian Affairs",
// "Commissioner for Trade".
var portfolioHeads = set("affairs", "relations", "trade", "security", "defence", "defense", "development", "cooperation",
	"industry", "finance", "energy", "health", "justice", "negotiations", "policy", "commerce", "agriculture", "economy",
	"refugees", "immigration", "enlargement")

// portfolioAnd reports whether toks[k] is an "and" joining two capitalised
// portfolios of one office's name ("Economy and Finance").
func portfolioAnd(toks []token, k int) bool {
	return k >= 1 && k+1 < len(toks) && toks[k].w == "and" && toks[k-1].cap && toks[k+1].cap && !toks[k+1].punct &&
		(portfolioHeads[toks[k-1].w] || portfolioHeads[toks[k+1].w])
}

// nameSurname reads a capitalised name starting at toks[j] and returns its
// last word in lower case, or "".
func nameSurname(toks []token, j int) string {
	surname := ""
	n := 0
	for j < len(toks) && n < 5 {
		t := toks[j]
		switch {
		case monthOrDay[t.w] && t.w != "may" && surname != "":
			return surname // "Madagascan President Marc Ravalomanana Friday said": the day ends the name
		case regnalNumbers[t.w] && surname != "":
			// "King Abdullah II", "Hussein II": the name before the number
		case t.cap && !t.punct && len(t.w) > 1 && !titleWords[t.w], surname != "" && articledName(t.raw):
			surname = t.w // (and "Omar Hassan al-Bashir": the article's name, "Al-Bashir" later)
		case t.cap && len(t.w) == 1 && surname != "" && j+2 < len(toks) && toks[j+1].w == "." && toks[j+2].cap:
			j++ // a middle initial: "Richard A. Boucher"
		case nameParticles[t.w] && surname != "":
		default:
			return surname
		}
		j++
		n++
	}
	return surname
}

// articledName reports whether raw is a name with an Arabic article in
// lower case: "al-Bashir", "el-Sisi".
func articledName(raw string) bool {
	if len(raw) < 4 || raw[2] != '-' && raw[3] != '-' {
		return false // (most words: no article's hyphen)
	}
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "an-"} {
		if len(raw) > len(p)+1 && strings.HasPrefix(raw, p) && raw[len(p)] >= 'A' && raw[len(p)] <= 'Z' {
			return true
		}
	}
	return false
}

// regnalNumbers follow a monarch's name and are no surname of theirs.
var regnalNumbers = set("ii", "iii", "iv", "vi", "vii", "viii")

// mainPair returns the story's most prominent actor countries (at most two,
// the first more prominent): title mentions count most, then the lead
// sentences, then frequency.
func mainPair(title []gazetteer.CountryMention, ss []*sent, pub graph.Date) (pair []string, strong, multi bool, hub string) {
	return weightedPair(title, ss, pub, false)
}

// actingPair is mainPair once roles are known: a mention that is no state
// acting ("the Libyan crisis", "the situation in Libya" as a topic, "a
// U.S. firm") counts half. "The two sides" of a story are the states that
// act in it, which the story's subject may outnumber.
func actingPair(title []gazetteer.CountryMention, ss []*sent, pub graph.Date) []string {
	pair, _, _, _ := weightedPair(title, ss, pub, true)
	return pair
}

// weightedPair is mainPair; byRole halves the weight of mentions whose
// role is not the state's.
func weightedPair(title []gazetteer.CountryMention, ss []*sent, pub graph.Date, byRole bool) (pair []string, strong, multi bool, hub string) {
	score := map[string]float64{}
	first := map[string]int{}
	n := 0
	note := func(code string, w float64) {
		if _, ok := first[code]; !ok {
			first[code] = n
		}
		n++
		score[code] += w
	}
	for _, m := range title {
		note(m.Code, 3)
	}
	for i, s := range ss {
		w := 1.0
		if i < 2 {
			w = 2
		}
		for _, a := range s.actors {
			if a.how == byAnaphora || a.how == byAgency || s.excluded(a) || s.ethnicPeople(a) {
				continue // a dateline ("BAHRAIN - Iran reported", "ANKARA Iran said") says where, not who
			}
			if byRole && a.role != roleState {
				note(a.code, w/2)
				continue
			}
			note(a.code, w)
		}
	}
	for c := range score {
		if defunct(c, pub) {
			delete(score, c) // "since the Soviet Union broke up", in 2016: history, not the story's pair
		}
	}
	// A dependent territory does not conduct foreign relations: when its
	// sovereign is named too, the story's pair is the sovereign's
	// ("talks on the future of Gibraltar" are Britain's and Spain's).
	for c, w := range score {
		if sv := gazetteer.Sovereign(c); sv != "" && score[sv] > 0 {
			score[sv] += w
			if first[c] < first[sv] {
				first[sv] = first[c]
			}
			delete(score, c)
		}
	}
	codes := make([]string, 0, len(score))
	for c := range score {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		if score[codes[i]] != score[codes[j]] {
			return score[codes[i]] > score[codes[j]]
		}
		return first[codes[i]] < first[codes[j]]
	})
	third := 0.0
	if len(codes) > 2 {
		third = score[codes[2]]
		codes = codes[:2]
	}
	if len(codes) == 2 && score[codes[1]] < 2 {
		codes = codes[:1]
	}
	// A strong pair is the story's subject: both named in the title or
	// lead, or again and again, and no third state nearly as often (a
	// story of Syria, Russia, Iran and Saudi Arabia has no one pair to
	// guess a partner from). A story with a third state that one state
	// still dominates (a U.S. envoy in Kenya and Tanzania) has that state
	// as its hub: the partner of the others.
	strong = len(codes) == 2 && score[codes[1]] >= 4
	if strong && third >= multiPartyShare*score[codes[1]] {
		multi = true
		if score[codes[0]] >= hubShare*score[codes[1]] {
			hub = codes[0]
		}
	}
	return codes, strong, multi, hub
}

// multiPartyShare is how prominent, against the second state, a third
// state must be for a story to have no main pair; hubShare how much more
// prominent than the second the first must then be to be the story's hub.
const (
	multiPartyShare = 0.6
	hubShare        = 1.8
)

// pairVerbs after a bare "the two" make it the story's pair acting: "when
// the two met in Singapore", "the two signed a pact".
var pairVerbs = set("met", "meet", "held", "signed", "agreed", "talked", "spoke", "discussed", "conferred",
	"exchanged", "reached", "concluded")

// afterBareTwo may follow "between the two" used as a pronoun.
var afterBareTwo = set("to", "on", "in", "that", "which", "over", "for", "was", "is", "were", "are", "has", "have", "had", "and")

// addAnaphora adds the main pair as actors where a sentence refers to it
// ("the two countries", "both sides", "bilateral"). People ("the two men",
// "the two leaders") are the pair's only when the story names a person of
// each of its states (people counts them by state): in a story of South
// Sudan's president and vice-president that the EU comments on, "the two
// men" are those two.
func addAnaphora(s *sent, pair []string, people map[string]int) {
	if len(pair) != 2 {
		return
	}
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		hit := 0
		switch {
		case toks[i].w == "bilateral":
			if sc := stateCodes(s); len(sc) == 0 || len(sc) == 1 && slices.Contains(pair, sc[0]) || sameSet(sc, pair) {
				// "resume bilateral talks" with a Philippine president in a
				// China story: the sentence's own two (not "The visit to
				// Japan is aimed at stepping up bilateral cooperation" in
				// a story of Indonesia and Russia: Japan's with its visitor)
				hit = 1
			}
		case toks[i].w == "both":
			hit = pairHead(toks, i)
			if hit > 0 && i+hit < len(toks) && toks[i+hit].w == "of" {
				hit = 0 // "both sides of the aisle"
			}
		case toks[i].w == "two" && i > 0 && (toks[i-1].w == "the" || toks[i-1].w == "their" || toks[i-1].w == "our") && pairHead(toks, i) > 0:
			hit = pairHead(toks, i)
		case toks[i].w == "two" && i >= 1 && toks[i-1].w == "the" && i+1 < len(toks) && pairVerbs[toks[i+1].w] &&
			!slices.ContainsFunc(toks[:i], func(t token) bool { return t.w == "between" }):
			hit = 1 // "the invitation in February when the two met in Singapore"; not "a showdown between the chief executives of ... when the two met"
		case toks[i].w == "two" && i >= 2 && toks[i-1].w == "the" && toks[i-2].w == "between" && (i+1 == len(toks) || toks[i+1].punct || afterBareTwo[toks[i+1].w]):
			hit = 1 // "cited an agreement between the two to manage encounters at sea"
		case toks[i].w == "the" && i+2 < len(toks) && formerWords[toks[i+1].w]:
			// "the former Cold War foes", "the old adversaries"
			j := i + 1
			for j < len(toks) && j <= i+4 && (formerWords[toks[j].w] || toks[j].w == "cold" || toks[j].w == "war") {
				j++
			}
			if j < len(toks) && (enmityHeads[toks[j].w]) {
				hit = j - i + 1
			}
		}
		if hit == 0 {
			continue
		}
		codes := pair
		if named := personsBefore(s, i); len(named) == 2 && personHeads[toks[i+hit-1].w] {
			codes = named // "refusal to meet with President Erdogan of Turkey ... the two men might meet briefly": those two
		} else if named := s.statesBefore(i); len(named) == 2 && (i+hit < len(toks) && (auxiliaries[toks[i+hit].w] || pastForm(toks[i+hit].w)) ||
			i >= 2 && toks[i-1].w == "the" && toks[i-2].w == "between") {
			// "The EC and the U.S. realised ... both sides would have to
			// prepare for tough negotiations", "Xi and his Chilean
			// counterpart witnessed the signing of a deal ... between the
			// two countries": those two; not "China and Russia urged both
			// sides to"
			codes = named
		} else if peopleHeads[toks[i+hit-1].w] && (people[pair[0]] == 0 || people[pair[1]] == 0) {
			continue
		}
		for _, c := range codes {
			s.actors = append(s.actors, actor{code: c, tok: i, start: toks[i].start, end: toks[i+hit-1].end, how: byAnaphora})
		}
	}
}

// addDescribed adds, for a definite description of one state by its
// region or size ("the tiny Pacific island nation", "the Latin American
// country"), the state named last before it in the sentence: "China and
// Kiribati have established diplomatic relations, days after the tiny
// Pacific island nation severed ties with Taiwan" (the last named by its
// name). A bare "the country" or "the Republic of Korea" describes nothing.
func addDescribed(s *sent) {
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].w != "the" {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+4 && stateDescribers[toks[j].w] {
			j++
		}
		if j == i+1 || j >= len(toks) || !describedHeads[toks[j].w] || j+1 < len(toks) && toks[j+1].w == "of" {
			continue
		}
		code := ""
		for _, a := range s.actors {
			if a.how == string(gazetteer.ByName) && a.role == roleState && a.tok < i { // (by its name: not the sayer of "Chinese state media reported")
				code = a.code
			}
		}
		if code != "" {
			s.actors = append(s.actors, actor{code: code, tok: i, start: toks[i].start, end: toks[j].end, how: byDescribe})
		}
		i = j
	}
}

// describedHeads end a description of one state.
var describedHeads = set("country", "nation", "kingdom", "republic")

// stateDescribers place or size a state in a description of it.
var stateDescribers = set("tiny", "small", "pacific", "island", "latin", "central", "south", "southeast", "east", "west",
	"north", "american", "african", "asian", "european", "caribbean", "gulf", "arab", "balkan", "baltic", "nordic",
	"scandinavian", "himalayan", "andean", "mediterranean", "landlocked", "oil-rich", "resource-rich", "impoverished",
	"communist", "ex-soviet", "former", "soviet", "east-african", "west-african", "north-african", "indian", "ocean")

// stanceBefore reports whether the country mention starting at byte
// offset start is the object of a stance prefix in its token: "anti-US",
// "pro-Western", "pro-Russian".
func stanceBefore(toks []token, start int) bool {
	if len(toks) == 0 {
		return false
	}
	t := toks[min(tokenAt(toks, start), len(toks)-1)]
	if t.start >= start || start-t.start > len(t.raw) {
		return false
	}
	pre := strings.ToLower(t.raw[:start-t.start])
	return pre == "anti-" || pre == "pro-"
}

// peopleHeads end a "the two ..." that names two people and no office ("the
// two presidents" and "the two leaders" are heads of the pair's states even
// when the story names only one of them).
var peopleHeads = set("men", "women")

// personHeads end a "the two ..." that names people, whom the persons
// named before it in the sentence may be.
var personHeads = set("men", "leaders", "presidents", "premiers", "ministers", "heads", "chiefs", "envoys", "counterparts")

// personsBefore returns the distinct countries of the persons named in the
// sentence before token i.
func personsBefore(s *sent, i int) []string {
	var out []string
	for _, a := range s.actors {
		if a.how == byPerson && a.tok < i && a.code != "" && !slices.Contains(out, a.code) {
			out = append(out, a.code)
		}
	}
	return out
}

// cityNamesSomething reports whether the capitalised words from token k
// (at most four) end in a head that names a round, a process or a group
// after a city: "Doha Development Agenda", "Doha Round", "Kyoto
// Protocol", "Paris Club", "Minsk Group", "Washington Consensus".
func cityNamesSomething(toks []token, k int) bool {
	for n := 0; k < len(toks) && n < 4 && toks[k].cap && !toks[k].punct; k, n = k+1, n+1 {
		if cityNameHeads[toks[k].w] {
			return true
		}
	}
	return false
}

// cityNameHeads end names that a city gives to something other than its
// government.
var cityNameHeads = set("round", "agenda", "process", "protocol", "declaration", "group", "club", "initiative", "consensus",
	"accords", "accord", "agreement", "agreements", "convention", "conventions", "charter", "act", "treaty", "communique",
	"framework", "plan", "principles", "format", "statement", "regulation", "regulations")

// verbAfterList reports whether a verb follows the list that actor a ends:
// "in Rome, Washington and Moscow agreed" has its subject after the comma.
func verbAfterList(s *sent, a *actor) bool {
	k := tokenAt(s.toks, a.end-1) + 1
	for k+1 < len(s.toks) && (s.toks[k].w == "," || s.toks[k].w == "and" || s.toks[k].w == "or") && s.anyActorAt(k+1) {
		k += 2 // to the list's end
		for k < len(s.toks) && s.anyActorAt(k) {
			k++
		}
	}
	if k >= len(s.toks) {
		return false
	}
	w := s.toks[k].w
	return pastForm(w) || auxiliaries[w] || futureWords[w] || accordVerbs[w] != "" || meetingWords[w] != ""
}

// venuePreps before a capital make it a place ("in Havana").
var venuePreps = set("in", "at", "near", "outside", "around", "inside")

// nonState returns the role of a country mention that stands for
// something other than its state: rolePlace for a city naming a venue ("the
// Paris climate talks"), roleAttr for the owner of a non-state
// body ("India's state-owned National Thermal Power Corp"), roleOther for
// people against its state ("Syria's opposition") or the subject matter
// of talks others hold ("Syria peace talks", "the Syria talks"; a pair
// written "U.S.-Cuba talks" still takes part); else roleState.
func (s *sent) nonState(a actor, isActorTok []bool) role {
	toks := s.toks
	if s.currencyOrFormer(a) {
		return roleAttr // "9.16 million U.S. dollars": money; "the former Yugoslavia": a land that was
	}
	if stanceBefore(toks, a.start) {
		return roleOther // "anti-US President Hugo Chavez", "pro-Russian separatists": what a stance is for or against
	}
	if a.tok < len(toks) && toks[a.tok].end > a.end && a.end > toks[a.tok].start {
		// "the Britain-based Syrian Observatory", "a U.S.-born
		// journalist": where something is, not who acts; "the
		// Russia-backed government", "U.S.-brokered peace talks": a
		// sponsor, not a party to what the noun does.
		rest := strings.ToLower(toks[a.tok].raw[a.end-toks[a.tok].start:])
		for _, suf := range []string{"-based", "-born", "-headquartered", "-listed", "-registered", "-flagged",
			"-backed", "-brokered", "-mediated", "-sponsored", "-supported", "-funded", "-armed", "-trained", "-allied", "-aligned"} {
			if strings.HasPrefix(rest, suf) {
				return roleAttr
			}
		}
	}
	k := a.tok
	for k < len(toks) && toks[k].start < a.end {
		k++
	}
	if k >= len(toks) {
		return roleState
	}
	if a.how == string(gazetteer.ByCapital) && a.tok >= 2 && nameParticles[toks[a.tok-1].w] && (toks[a.tok-2].cap || nameParticles[toks[a.tok-2].w]) {
		return roleAttr // "Miguel de la Madrid": part of a person's name
	}
	if a.how == string(gazetteer.ByCapital) && a.tok >= 2 && toks[a.tok-1].w == "of" && toks[a.tok-2].cap {
		if _, ok := accordNouns[toks[a.tok-2].w]; ok || toks[a.tok-2].w == "congress" { // (accordNouns holds "convention" and "declaration")
			return rolePlace // "the Treaty of Rome", "the Congress of Vienna": named for where it was made
		}
	}
	if a.how == string(gazetteer.ByCapital) && a.tok >= 2 && toks[a.tok-1].w == "of" && closedNames[toks[a.tok-2].w] {
		return rolePlace // "Gunze Sangyo Inc of Tokyo": where the firm is, as "Tokyo-based"
	}
	if a.how == string(gazetteer.ByCapital) && cityNamesSomething(toks, k) {
		return rolePlace // "the Doha Development Agenda", "the Kyoto Protocol", "the Paris Club": a name after a city
	}
	if a.how == string(gazetteer.ByCapital) {
		// "the Paris climate talks", "the Minsk agreement", "the Geneva
		// conference": the city names the venue, not a party; but one
		// side of a pair ("the EU-Ankara deal", "Washington-Beijing
		// talks") or a possessor ("Paris's agreement to buy gas") is the
		// state.
		tk := toks[a.tok]
		side := strings.ContainsAny(tk.raw, "-/") && (a.start > tk.start || a.end < tk.end) ||
			k < len(toks) && toks[k].w == "'s"
		for n := 0; k < len(toks) && n < 3; k, n = k+1, n+1 {
			w := toks[k].w
			if visitNouns[w] && (n == 0 || n == 1 && toks[k-1].w == "state") && a.tok > 0 && (visitOwner(toks, a.tok-1) ||
				a.tok > 1 && visitAdjectives[toks[a.tok-1].w] && visitOwner(toks, a.tok-2)) {
				return roleState // "during a Washington visit", "his Moscow trip", "Nixon's Beijing visit", "the president's landmark Havana visit": the host
			}
			_, accord := accordNouns[w]
			event := accord || meetingWords[w] != "" && !pastForm(w)
			if event && side {
				return roleState
			}
			if event || w == "conference" || w == "process" || w == "framework" || cityNameHeads[w] && n == 0 {
				return rolePlace // ("the Dublin regulation": a rule named for the city; not "Seoul and Tokyo met", a verb)
			}
			if nonStateHeads[w] {
				return roleAttr // "the Abu Dhabi newspaper", "a Tokyo company"
			}
			if toks[k].punct || toks[k].cap || isActorTok[k] || attrVerbs[w] || stateHeads[w] || notPremodifier[w] || monthOrDay[w] ||
				pastForm(w) || auxiliaries[w] || futureWords[w] {
				break // "fly to Washington tomorrow for talks": the destination; "Seoul and Washington launched talks": a party
			}
		}
		return roleState
	}
	if a.how == string(gazetteer.ByName) && a.tok >= 3 && toks[a.tok-1].w == "of" && toks[a.tok-2].w == "party" && toks[a.tok-3].w == "communist" && partyStates[a.code] {
		return roleState // "a delegation of the Communist Party of China": the party that rules the state, as "Chinese communist party chief"
	}
	if s.firmName(a, true) {
		return roleAttr // "Petroleos de Venezuela", "Financial Corporation of America", "Bank of Montreal", "the Bank of Bahrain and Kuwait", "Australia and New Zealand Banking Group Ltd"
	}
	if a.how == string(gazetteer.ByName) && a.tok >= 1 && toks[a.tok-1].cap && !toks[a.tok-1].punct && !isActorTok[a.tok-1] &&
		!titleWords[toks[a.tok-1].w] && !sentenceStarters[toks[a.tok-1].raw] && !stateHeads[toks[a.tok-1].w] && !orgHeads[toks[a.tok-1].w] &&
		!newsAgencies[toks[a.tok-1].w] && // ("sources told Reuters Taiwan and the U.S. have been holding talks")
		!determiners[toks[a.tok-1].w] && (a.tok >= 2 && (toks[a.tok-2].punct || !toks[a.tok-2].cap) || a.tok == 1 && appositionAfter(toks, k)) &&
		(k >= len(toks) || toks[k].punct || !toks[k].cap) {
		return roleAttr // "Murilo Portugal, the head of Brazil's banking lobby": a person's name
	}
	if a.how == string(gazetteer.ByDemonym) && a.tok >= 2 && toks[a.tok-1].cap && !toks[a.tok-1].punct && !isActorTok[a.tok-1] &&
		(titleWords[toks[a.tok-1].w] || toks[a.tok-2].cap && !toks[a.tok-2].punct) &&
		k < len(toks) && toks[k].cap && !toks[k].punct && (!isActorTok[k] || s.personAt(k)) && !titleWords[toks[k].w] && !stateHeads[toks[k].w] && !orgHeads[toks[k].w] &&
		(k+1 >= len(toks) || toks[k+1].punct || !toks[k+1].cap) {
		return roleAttr // "Russian Minister of Trade and Economic Development German Gref": a given name after a title
	}
	if a.how == string(gazetteer.ByName) && !abbreviation(toks[a.tok].raw) && a.tok > 0 {
		prev := toks[a.tok-1].w
		if !isActorTok[a.tok-1] && prev != "-" && prev != "and" && prev != "/" {
			// "the International Syria Support Group": part of a body's name.
			for j, n := k, 0; j < len(toks) && n < 3 && toks[j].cap && !toks[j].punct && !isActorTok[j]; j, n = j+1, n+1 {
				if orgHeads[toks[j].w] {
					return roleOther
				}
			}
			switch {
			case toks[k].w == "peace":
				return roleOther
			case toks[k].w == "round" || toks[k].w == "scandal" || toks[k].w == "affair" || toks[k].w == "war" && toks[a.tok-1].w == "the" ||
				toks[k].w == "trade" && k+1 < len(toks) && toks[k+1].w == "round":
				return roleOther // "the Uruguay trade round", "the Iran scandal", "the Iraq war": a name for something else
			case talkPlurals[toks[k].w] && (k+1 >= len(toks) || toks[k+1].w != "with"):
				return roleOther
			}
		}
	}
	poss := toks[k].w == "'s"
	if poss {
		k++
	}
	for n := 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		t := toks[k]
		if _, ok := accordNouns[t.w]; ok || meetingWords[t.w] != "" {
			return roleState // "the U.S.-British accord on bank supervision": what follows is the accord's
		}
		if relativeWords[t.w] || t.w == "that" {
			return roleState // "an offensive backed by Russia and Iran that rebels say ...": a clause of its own follows
		}
		if againstStateHeads[t.w] {
			return roleOther
		}
		if prepositions[t.w] && t.w != "of" && !poss {
			return roleState // "talks between the United States and Japan on bank rules": the words after the preposition are no head of it
		}
		if n == 0 && unionExecutive(toks, k, a.code) {
			return roleState // "the EC's executive": the Commission, not a businessman
		}
		if nonStateHeads[t.w] || poss && t.cap && companySuffixes[t.w] {
			return roleAttr
		}
		if t.punct || isActorTok[k] || stateHeads[t.w] || titleWords[t.w] || t.cap && !poss || !poss && (auxiliaries[t.w] || beForms[t.w]) {
			return roleState // ("France is sending a company of troops": the verb ends the noun phrase)
		}
	}
	return roleState
}

// firmName reports whether the country mention is part of a firm's,
// bank's or index's name: after "Bank of" or the like ("Financial
// Corporation of America", "the Bank of Bahrain and Kuwait"), or before
// capitalised words that end such a name ("Australia and New Zealand
// Banking Group Ltd", "the U.S. Standard and Poors Index").
//
// With origin, a country after a closed name ("Ssangyong Construction Co
// Ltd of South Korea") counts too: the firm's origin, an attribute of it
// though a country of the story.
func (s *sent) firmName(a actor, origin bool) bool {
	toks := s.toks
	if a.how != string(gazetteer.ByName) && a.how != string(gazetteer.ByDemonym) || a.tok >= len(toks) {
		return false
	}
	if ls := listStart(s, a.tok); a.how == string(gazetteer.ByName) && ls >= 2 && (toks[ls-1].w == "of" || toks[ls-1].w == "de" || toks[ls-1].w == "do") &&
		(companyOfHeads[toks[ls-2].w] || companySuffixes[toks[ls-2].w] && (origin || !closedNames[toks[ls-2].w]) || orgHeads[toks[ls-2].w] && toks[ls-2].cap) {
		// (without origin: only a proper name's head, and not a central
		// bank's "Bank of England" with nothing named before it; "the
		// national telephone company of Spain" is Spain's)
		central := toks[ls-2].w == "bank" && (ls < 3 || !toks[ls-3].cap || toks[ls-3].punct) && ls == a.tok && !s.listedAfter(a)
		return origin || toks[ls-2].cap && !central // ("the Bank of Bahrain and Kuwait": a bank of two states is none's central bank)
	}
	if toks[a.tok].end > a.end || a.tok >= 1 && toks[a.tok-1].w == "of" {
		return false // "Singapore-based Creative Technology Ltd", "Husky Oil Ltd of Canada and Pearson Plc": where the firm is, not its name
	}
	if e := tokenAt(toks, a.end-1) + 1; e < len(toks) && firmDescriptors[toks[e].w] {
		return false // "U.S. Publisher Harcourt Brace Jovanovich Inc": the firm's nationality, not its name
	}
	return companyNameAfter(toks, tokenAt(toks, a.end-1)+1, func(j int) bool { return s.stateCodeAt(j) != "" })
}

// listedAfter reports whether "and" and another country follow the
// mention.
func (s *sent) listedAfter(a actor) bool {
	e := tokenAt(s.toks, a.end-1) + 1
	return e+1 < len(s.toks) && s.toks[e].w == "and" && s.stateCodeAt(e+1) != ""
}

// companyNameAfter reports whether the capitalised words from k, with
// other countries and "and" among them, end a firm's or an index's name
// within six words: "(Australia) and New Zealand Banking Group Ltd",
// "(U.S.) Standard and Poors Index".
func companyNameAfter(toks []token, k int, actorAt func(int) bool) bool {
	named := false
	for j := k; j < len(toks) && j < k+6; j++ {
		t := toks[j]
		if t.w == "(" && j > k {
			if c := slices.IndexFunc(toks[j+1:min(j+5, len(toks))], func(x token) bool { return x.w == ")" }); c > 0 {
				j += c + 1 // "National Australia Merchant Bank (Singapore) Ltd": the place of the firm's branch
				continue
			}
		}
		switch {
		case t.cap && companyNameEnds[t.w]:
			return named || j > k // (not "U.S. Corp" alone: a name needs a word of its own)
		case (t.w == "and" || t.w == "&") && j+1 < len(toks) && toks[j+1].cap, t.cap && actorAt(j):
		case t.cap && !t.punct && !(stateHeads[t.w] && t.w != "new"):
			named = true // (not "the Dutch Embassy and Delta Airlines": a state's body first)
		default:
			return false
		}
	}
	return false
}

// firmDescriptors tell what a firm is before its name: "U.S. publisher
// Harcourt Brace Jovanovich Inc", "Japanese carmaker Toyota Motor Corp".
var firmDescriptors = set("publisher", "firm", "company", "group", "maker", "carmaker", "automaker", "giant", "bank",
	"banks", "conglomerate", "insurer", "carrier", "airline", "retailer", "unit", "subsidiary", "broker", "brokerage",
	"investor", "developer", "producer", "refiner", "shipper", "trader", "chipmaker", "manufacturer", "partner")

// closedNames end a firm's name: a country after them and "of" is where
// the firm is from ("Co Ltd of South Korea").
var closedNames = set("corp", "corp.", "co", "co.", "inc", "inc.", "ltd", "ltd.", "plc", "ag", "sa", "nv", "gmbh", "spa", "bhd")

// companyNameEnds end a firm's or an index's name after capitalised words.
var companyNameEnds = set("index", "banking", "ltd", "ltd.", "corp", "corp.", "inc", "inc.", "plc", "bhd", "co", "co.")

// visitOwner reports whether the word at k can open a visit noun phrase
// whose visitor is told: "a", a possessive pronoun, or "'s".
func visitOwner(toks []token, k int) bool {
	return possessives[toks[k].w] || toks[k].w == "a" || toks[k].w == "'s"
}

// visitAdjectives describe a visit between its owner and its host
// ("Obama's landmark Havana visit", "his first Moscow trip").
var visitAdjectives = set("landmark", "historic", "first", "second", "third", "last", "upcoming", "planned", "recent",
	"official", "brief", "surprise", "forthcoming", "previous", "next")

// newsAgencies are told things, so a country right after one is no
// surname: "Western trade sources told Reuters Taiwan and the U.S. ...".
var newsAgencies = set("reuters", "reuter", "afp", "xinhua", "tass", "itar-tass", "kyodo", "interfax", "yonhap", "ap",
	"bernama", "antara", "irna", "mena", "kcna", "kuna", "anadolu", "upi")

// companySuffixes end company names ("Japan's Sharp Corp", "Britain's BP
// Plc"), which a possessive country owns without acting.
var companySuffixes = set("corp", "corp.", "co", "co.", "inc", "inc.", "ltd", "ltd.", "plc", "ag", "sa", "nv",
	"gmbh", "spa", "bhd", "holdings", "group", "airlines", "airways", "motors", "motor", "electronics",
	"petroleum", "industries", "telecom", "bank")

// addLeaders adds to persons the national leaders the article names
// without their country ("President Barack Obama", "Gorbachev"), from the
// gazetteer's table of office-holders in the year of publication. What the
// article itself says about a name (findPersons) wins. told holds the
// states the text names twice or more: there a namesake of their leader
// is taken for a compatriot.
func addLeaders(ss []*sent, persons, titles map[string]string, year int, told map[string]bool) {
	for _, s := range ss {
		for i, t := range s.toks {
			if !t.cap || t.punct || len(t.w) < 2 {
				continue // (two letters: "Xi")
			}
			if i > 0 && s.toks[i-1].w == "late" {
				continue // "the late King Abdullah": a leader no longer in office, maybe another state's namesake
			}
			if strings.Contains(t.w, "-") {
				if _, known := persons[t.w]; !known {
					if code := gazetteer.Leader(t.w, year); code != "" {
						persons[t.w] = code // "President Park Geun-hye"
						continue
					}
				}
				for _, p := range strings.Split(t.w, "-") {
					if _, known := persons[p]; !known && len(p) > 2 {
						if code := gazetteer.Leader(p, year); code != "" {
							persons[p] = code // "the Reagan-Gorbachev summit"
						}
					}
				}
				continue
			}
			if t.w == "pope" {
				addPope(s.toks, i, persons, titles)
				continue
			}
			if i+1 < len(s.toks) && s.toks[i+1].cap && !s.toks[i+1].punct {
				// "Gordon Brown ... Mr Brown said": a surname too common for
				// the table alone is placed by the full name.
				sn := s.toks[i+1].w
				if _, known := persons[sn]; !known {
					if code := gazetteer.Leader(t.w+" "+sn, year); code != "" {
						persons[sn] = code
						if familyFirst[code] {
							if _, known := persons[t.w]; !known {
								persons[t.w] = code // "Li Peng ... Li said"
							}
						}
						if i > 0 && titleWords[s.toks[i-1].w] {
							if ti := headTitle(s.toks, i); ti != "" {
								titles[sn] = ti
							}
						}
					}
				}
			}
			if _, known := persons[t.w]; known {
				continue
			}
			code := gazetteer.Leader(t.w, year)
			titled := i > 0 && titleWords[s.toks[i-1].w] // "President Park Geun-hye", "President Xi Jinping": family name first
			if code == "" || i+1 < len(s.toks) && s.toks[i+1].cap && !s.toks[i+1].punct && s.toks[i+1].w != "administration" &&
				!(titled && (familyFirst[code] || strings.ToUpper(s.toks[i+1].raw) == s.toks[i+1].raw)) {
				// "talks with Reagan Administration officials" counts; "Castro Street",
				// "Abe Lincoln" and "minister Abbas Araghchi" do not ("President
				// Xi Jinping": family name first; "PRESIDENT REAGAN MEETS": capitals)
				continue
			}
			p := i - 1
			if p > 0 && initialTok(s.toks[p]) {
				p-- // "John F. Kerry": the given name before the initial
			}
			if given := gazetteer.LeaderGivenNames(t.w); p >= 1 && len(given) > 0 && s.toks[p].cap && !s.toks[p].punct &&
				!titleWords[s.toks[p].w] && !monthOrDay[s.toks[p].w] && !slices.Contains(given, s.toks[p].w) && !told[code] { // ("On Tuesday Kerry and Lavrov signed": a day is no given name)
				// "Gen. Ramezan Sharif" in an Iranian story, "Julian Castro"
				// in an American one: a namesake, not the leader. (In a story
				// of the leader's own state, "General Raheel Sharif" of
				// Pakistan's army, the namesake is most likely a compatriot.)
				// Known, and of no state: "General Sharif" later is the same.
				persons[t.w] = ""
				continue
			}
			persons[t.w] = code
			k := i
			for k > 0 && s.toks[k-1].cap && !s.toks[k-1].punct && !titleWords[s.toks[k-1].w] && i-k < 3 {
				k--
			}
			if k > 0 && titleWords[s.toks[k-1].w] {
				if ti := headTitle(s.toks, k); ti != "" {
					titles[t.w] = ti
				}
			}
		}
	}
}

// addPope places the pope named after the title at toks[i] ("Pope
// Francis", "Pope John Paul II") as the Holy See's head, by the last of his
// names, whatever the year: a story of 2016 may recall "his predecessor
// Pope Benedict". "the pope" later refers back to him.
func addPope(toks []token, i int, persons, titles map[string]string) {
	name := "pope"
	for n := i + 1; n < len(toks) && n <= i+2 && toks[n].cap && !toks[n].punct; n++ {
		name += " " + toks[n].w
		if code := gazetteer.Leader(name, 0); code != "" {
			if _, known := persons[toks[n].w]; !known {
				persons[toks[n].w], titles[toks[n].w] = code, "pope"
			}
			return
		}
	}
}

// notPremodifier are words that end a noun phrase a city could premodify.
var notPremodifier = set("for", "to", "on", "in", "at", "with", "by", "from", "of", "tomorrow", "today", "yesterday",
	"tonight", "next", "last", "this", "soon", "later", "early", "late", "where", "when", "after", "before")

// companyOfHeads before "of"/"de" and a country name make the name a
// company's or an institution's ("Petroleos de Venezuela", "Corporation of
// America", "Bank of Tokyo", "University of Chile").
var companyOfHeads = set("corporation", "company", "bank", "banco", "banque", "petroleos", "petróleos",
	"university", "museum", "college", "church", "chamber", "association", "federation", "union", "society")

// orgHeads end the names of bodies a country name can stand inside ("Syria
// Support Group", "Iraq Study Group").
var orgHeads = set("group", "council", "committee", "forum", "fund", "initiative", "coalition", "alliance",
	"movement", "front", "party", "foundation", "institute", "center", "centre", "network", "campaign")

// eventNounAhead reports whether a meeting or accord noun follows within
// three plain lower-case words from k, with no body of people between
// ("free trade talks", "arms control negotiations"; not "business groups'
// talks").
func eventNounAhead(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		t := toks[j]
		if t.punct || t.cap || nonStateHeads[t.w] {
			return false
		}
		if meetingWords[t.w] != "" || t.w == "dialogue" || t.w == "dialog" { // ("the first China-U.S. strategic economic dialogue")
			return true
		}
		if _, ok := accordNouns[t.w]; ok {
			return true
		}
	}
	return false
}

// namedEventAhead reports whether the capitalised words from k name an
// accord or talks within four words ("Free Trade Agreement", "Strategic
// Dialogue Talks", "Enhanced Defence Cooperation Agreement"): an accord
// noun that names an accord by itself (not "loan": "Savings and Loan") or
// one of namedTalks.
func namedEventAhead(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		t := toks[j]
		if strong, ok := accordNouns[t.w]; ok && strong || namedTalks[t.w] {
			return j > k // "Free Trade Agreement"; not the wire's capital in "the U.S. Agreement to ..."
		}
		if !t.cap && !nameJoiners[t.w] || t.punct || nonStateHeads[t.w] {
			return false
		}
	}
	return false
}

// nameJoiners join the capitalised words of a name ("Strategic and Economic
// Dialogue", "Treaty of Friendship").
var nameJoiners = set("and", "of", "on", "for")

// namedTalks, like the accord nouns, end the names of talks ("Strategic
// and Economic Dialogue").
var namedTalks = set("talks", "negotiations", "discussions", "dialogue", "summit", "consultations")

// postedTitles before "to X" name someone posted to X, not X's officer.
var postedTitles = set("envoy", "envoys", "ambassador", "ambassadors", "emissary", "mediator", "representative", "coordinator")

// unnamedOffice returns, when mention ac names one officer of a state by
// the office alone, no name after it ("the Israeli foreign minister",
// "Israel's Prime Minister said", "the Soviet leader": the person a later
// "He" may be), the token of the office's head ("minister"); else -1.
func (s *sent) unnamedOffice(ac actor) int {
	if !ac.explicit() || ac.role != roleState || ac.how == byAgency || ac.how == byPerson {
		return -1
	}
	toks := s.toks
	k := tokenAt(toks, ac.end-1) + 1
	if k < len(toks) && toks[k].w == "'s" {
		k++
	}
	head := -1
	for n := k; n < len(toks) && n <= k+3 && !toks[n].punct; n++ {
		if officeHeads[toks[n].w] {
			head = n
		} else if !titleWords[toks[n].w] || head >= 0 {
			break
		}
	}
	if head < 0 || head+1 < len(toks) && toks[head+1].cap && !toks[head+1].punct {
		return -1 // no office, or a name follows: "Israeli Foreign Minister Silvan Shalom" is a person read by name
	}
	return head
}

// officeHeads end the title of an office one person holds for a state:
// officeTitles' heads without the many-holder ones (spokesman, director,
// commissioner), with the monarchs'.
var officeHeads = set("minister", "president", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader",
	"secretary", "ambassador", "envoy", "foreign-minister", "monarch", "ruler", "shah", "emperor")

// officeTitles end the title of a state's officer ("Corporate Affairs
// Minister", "Economic Planning Minister", "Trade Representative").
var officeTitles = set("minister", "secretary", "president", "ambassador", "envoy", "chancellor", "governor",
	"representative", "commissioner", "negotiator", "premier", "spokesman", "spokeswoman", "director", "undersecretary",
	"commander", "speaker")

// timeAhead reports whether a relative time starts at k: "yesterday",
// "last Thursday", "next week", "this month".
func timeAhead(toks []token, k int) bool {
	switch toks[k].w {
	case "yesterday", "today", "tomorrow", "tonight":
		return true
	case "earlier", "later", "late", "early":
		if k+1 < len(toks) && (toks[k+1].w == "this" || toks[k+1].w == "last" || toks[k+1].w == "next") {
			return timeAhead(toks, k+1) // "earlier this month", "late last year"
		}
		fallthrough
	case "last", "next", "this":
		return k+1 < len(toks) && (monthOrDay[toks[k+1].w] || periodWords[toks[k+1].w] || toks[k+1].w == "weekend")
	}
	// "between Israel, Egypt and the Palestinians two weeks ago"
	return (numberWords[toks[k].w] > 0 || isDigits(toks[k].w) || toks[k].w == "a") && k+2 < len(toks) && periodWords[toks[k+1].w] && toks[k+2].w == "ago"
}

// adverbBeforeVerb reports whether an adverb in -ly at k comes before a
// verb: "the U.S. formally established", "tentatively agreed" ("a U.S.
// ally said" has a noun).
func adverbBeforeVerb(toks []token, k int) bool {
	if !strings.HasSuffix(toks[k].w, "ly") || k+1 >= len(toks) {
		return false
	}
	v := toks[k+1].w
	return strings.HasSuffix(v, "ed") || pastIrregular[v] || auxiliaries[v]
}

// titleAhead reports whether the capitalised words from k lead, within
// three words, to an office title.
func titleAhead(toks []token, k int) bool {
	unit := false
	for j := k; j < len(toks) && j < k+4; j++ {
		if j > k && (toks[j].w == "army" || toks[j].w == "forces") && toks[j].cap {
			return false // "Irish Republican Army commander": a named armed group, no state's
		}
		if officeTitles[toks[j].w] || unit && (toks[j].w == "commander" || toks[j].w == "chief") {
			return true // ("U.S. Pacific Fleet commander Gary Roughead": a unit of the state's forces, then its head)
		}
		unit = unit || forceNames[toks[j].w]
		if j > k && toks[j].w == "of" && j+1 < len(toks) && toks[j+1].cap && chamberNames[toks[j+1].w] {
			continue // "House of Representatives Speaker Newt Gingrich" (not "Chamber of Commerce president")
		}
		if j > k && !toks[j].cap && envoyRemits[toks[j].w] && j+1 < len(toks) && officeTitles[toks[j+1].w] {
			return true // "US Middle East peace envoy Dennis Ross": a remit in lower case, then the title
		}
		if !toks[j].cap || toks[j].punct {
			return false
		}
	}
	return false
}

// envoyRemits stand in lower case between a region's name and an envoy's
// or negotiator's title: "Middle East peace envoy", "Balkans special
// envoy".
var envoyRemits = set("peace", "special", "trade", "arms", "nuclear", "climate", "security")

// chamberNames end the name of a legislature's house after "of": "House of
// Representatives", "Chamber of Deputies", "House of Commons".
var chamberNames = set("representatives", "deputies", "commons", "lords", "councillors", "councilors", "delegates")

// lowerOffice reports whether one or two lower-case words of a state's
// office, then its title, start at k: "navy commander", "natural
// resources minister"; not "forces of President", "rebel commander" or
// "business envoy".
func lowerOffice(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		t := toks[j]
		if j > k && officeTitles[t.w] {
			return true
		}
		if t.cap || t.punct || prepositions[t.w] || determiners[t.w] || privateModifiers[t.w] || nonStateHeads[t.w] || attrVerbs[t.w] {
			return false
		}
	}
	return false
}

// forceAhead reports whether the capitalised words from k, within three,
// name a unit of a state's forces ("Pacific Fleet", "Central Command").
func forceAhead(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+3 && toks[j].cap && !toks[j].punct; j++ {
		if forceNames[toks[j].w] {
			return true
		}
	}
	return false
}

// forceNames end the name of a unit of a state's forces. "Army" and
// "Forces" are not among them: "Irish Republican Army", "Free Syrian
// Army" and "Syrian Democratic Forces" are no state's.
var forceNames = set("fleet", "command", "navy", "corps", "guard", "guards")

// officialNouns are the people of a state who, after one lower-case
// modifier, still act for it ("arms negotiators", "trade officials").
var officialNouns = set("officials", "official", "negotiators", "negotiator", "delegation", "delegations", "diplomats",
	"diplomat", "envoy", "envoys", "representatives")

// privateModifiers make such people no state's: "U.S. industry officials",
// "a Japanese business delegation".
var privateModifiers = set("business", "industry", "industrial", "company", "corporate", "bank", "banking", "union",
	"church", "party", "opposition", "rebel", "private", "student", "farm", "farmers", "trade-union", "labor", "labour",
	"sports", "team", "club", "airline", "oil", "steel", "auto", "car", "chemical", "computer", "semiconductor", "insurance")

// officeWords name a minister's portfolio in a title without being
// titles themselves: "Corporate Affairs Minister Michael Howard",
// "Natural Resources Minister".
var officeWords = set("affairs", "corporate", "resources", "natural", "works", "public", "social", "welfare")

// sayerTag reports whether the name starting at k is followed by a verb of
// saying that ends the sentence's report ("Michael Howard said.").
func sayerTag(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if reportVerbs[toks[j].w] {
			e := j + 1
			if e < len(toks) && (newsAgencies[toks[e].w] || toks[e].w == "reporters" || toks[e].w == "journalists") {
				e++ // "..., Trade Minister Armando Monteiro told Reuters on Tuesday."
				for e < len(toks) && e <= j+4 && (toks[e].w == "on" || monthOrDay[toks[e].w] || toks[e].w == "today" || toks[e].w == "yesterday") {
					e++
				}
			}
			return e >= len(toks) || toks[e].punct
		}
		if !toks[j].cap || toks[j].punct {
			return false
		}
	}
	return false
}

// lowerTitleAhead reports whether the plain lower-case words from k lead,
// within four words, to an office title ("natural resources minister",
// "heavy industries minister").
func lowerTitleAhead(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		t := toks[j]
		if officeTitles[t.w] {
			return j > k
		}
		if t.punct || t.cap || nonStateHeads[t.w] || attrVerbs[t.w] {
			return false
		}
	}
	return false
}

// hereMove are the words after which "here" is the destination of a
// visit ("arrived here", "due here"); hereBe need a purpose or occasion after
// "here" ("is here on an official visit", "was here for talks"), since "the
// president was here." or "told reporters here" say only where someone was.
var (
	hereMove = set("arrive", "arrives", "arrived", "arriving", "come", "comes", "came", "coming", "due", "expected",
		"visit", "visits", "visited", "visiting", "flew", "landed", "trip", "trips", "mission", "missions")
	hereBe    = set("be", "is", "was", "were", "are", "been", "stay", "stayed", "staying", "stays")
	herePurps = set("on", "for", "to")
)

// addHere adds the country "here" names (the dateline's, "" for none)
// where the sentence says someone travels "here": "arrived here last night
// for talks", "the prince, who is here on an official visit".
func (s *sent) addHere(here string) {
	if here == "" {
		return
	}
	for i, t := range s.toks {
		if t.w != "here" || i == 0 || s.anyActorAt(i) {
			continue
		}
		prev := s.toks[i-1].w
		if !hereMove[prev] && !(hereBe[prev] && i+1 < len(s.toks) && herePurps[s.toks[i+1].w]) && !s.metHere(i) {
			continue
		}
		s.actors = append(s.actors, actor{code: here, tok: i, start: t.start, end: t.end, how: byHere, role: rolePlace})
	}
}

// metHere reports whether "here" at i ends the partner of a meeting word:
// "discussions with Brazilian officials here last week", "talks with his
// counterpart here": met where the story is filed.
func (s *sent) metHere(i int) bool {
	if !personHeads[s.toks[i-1].w] && !peopleNouns[s.toks[i-1].w] && s.toks[i-1].w != "delegation" {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-6; k-- {
		if s.toks[k].punct {
			return false
		}
		if s.toks[k].w == "with" {
			w := s.toks[k-1].w
			return meetingWords[w] != "" || weakMeetingWords[w] != "" || conferVerbs[w]
		}
	}
	return false
}

// cityParticles may stand in lower case inside a city's name: "Dar es
// Salaam", "Rio de Janeiro", "Bandar-e Abbas".
var cityParticles = set("es", "de", "do", "da", "del", "di", "la", "al", "el", "du")

// cityBefore are the words after which a large city is a place someone
// goes to or meets in.
var cityBefore = set("in", "to", "at", "visit", "visiting", "visited", "visits", "for", "from")

// addCities adds the country of a large city that is not a capital where
// the sentence places something there: "an official visit to Istanbul",
// "arrived in Mumbai", "talks in Hiroshima". Such a city only says where,
// never who acts.
func (s *sent) addCities() {
	toks := s.toks
	for i := 1; i < len(toks); i++ {
		if !toks[i].cap || toks[i].punct || !cityBefore[toks[i-1].w] || s.anyActorAt(i) {
			continue
		}
		for n := 3; n >= 1; n-- {
			if i+n > len(toks) {
				continue
			}
			name := make([]string, 0, n)
			ok := true
			for k := i; k < i+n; k++ {
				inner := k > i && k < i+n-1 && cityParticles[toks[k].w] // "Dar es Salaam", "Rio de Janeiro"
				if !toks[k].cap && !inner || toks[k].punct || k > i && s.anyActorAt(k) {
					ok = false
					break
				}
				name = append(name, toks[k].raw)
			}
			if !ok || i+n < len(toks) && toks[i+n].cap && !toks[i+n].punct {
				continue // part of a longer name: "in Victoria Harbour"
			}
			code, found := gazetteer.CityCountry(strings.Join(name, " "))
			if !found {
				continue
			}
			s.actors = append(s.actors, actor{code: code, tok: i, start: toks[i].start, end: toks[i+n-1].end, how: byCity, role: rolePlace})
			i += n - 1
			break
		}
	}
}

// placeLists makes a capital listed with a large city that is no capital
// a place too: "The Singapore, London and New York authorities have
// agreed" lists markets, not governments.
func (s *sent) placeLists() {
	toks := s.toks
	cityAt := func(k int) int { // tokens of a city name that starts at k, or 0
		for n := 3; n >= 1; n-- {
			if k+n > len(toks) {
				continue
			}
			name := make([]string, 0, n)
			for j := k; j < k+n && toks[j].cap && !toks[j].punct; j++ {
				name = append(name, toks[j].raw)
			}
			if len(name) == n {
				if _, ok := gazetteer.CityCountry(strings.Join(name, " ")); ok || marketCities[strings.ToLower(strings.Join(name, " "))] {
					return n
				}
			}
		}
		return 0
	}
	for i := range s.actors {
		a := &s.actors[i]
		if a.how != string(gazetteer.ByCapital) || a.role != roleState {
			continue
		}
		// The list's other members, after and before the capital.
		city := false
		for k := tokenAt(toks, a.end-1) + 1; k+1 < len(toks) && (toks[k].w == "," || toks[k].w == "and" || toks[k].w == "or") && !city; {
			if n := cityAt(k + 1); n > 0 && !s.anyActorAt(k+1) {
				city = true
			} else if s.anyActorAt(k + 1) {
				k += 2
				for k < len(toks) && s.anyActorAt(k) {
					k++
				}
			} else {
				break
			}
		}
		for k := a.tok - 1; k >= 1 && (toks[k].w == "," || toks[k].w == "and" || toks[k].w == "or") && !city; {
			j := k - 1
			for j > 0 && toks[j-1].cap && !toks[j-1].punct && !s.anyActorAt(j-1) && k-j < 3 {
				j-- // the first word of a city name of up to three words ending at k-1
			}
			if n := cityAt(j); n > 0 && j+n == k && !s.anyActorAt(j) {
				city = true
			} else if s.anyActorAt(k - 1) {
				k = listStart(s, k-1) - 1
				if k < 1 || !(toks[k].w == "," || toks[k].w == "and" || toks[k].w == "or") {
					break
				}
			} else {
				break
			}
		}
		if city && listBeforeNoun(s, i) {
			a.role = rolePlace
		}
	}
}

// listBeforeNoun reports whether the list actor i belongs to premodifies a
// noun ("the Singapore, London and New York authorities"), as a list of
// places visited ("will visit Peking, Shanghai and Tokyo next month") does
// not.
func listBeforeNoun(s *sent, i int) bool {
	toks := s.toks
	k := tokenAt(toks, s.actors[i].end-1) + 1
	for k+1 < len(toks) && (toks[k].w == "," || toks[k].w == "and" || toks[k].w == "or") {
		k++
		for k < len(toks) && toks[k].cap && !toks[k].punct {
			k++ // the next member ("New York", a city no actor)
		}
	}
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	return !t.punct && !t.cap && !prepositions[t.w] && !monthOrDay[t.w] && !pastForm(t.w) && !auxiliaries[t.w] &&
		t.w != "next" && t.w != "last" && t.w != "this" && !futureWords[t.w]
}

// marketCities are financial centres news lists with capitals under names
// the city table does not hold ("New York", a state's name too; "Frankfurt").
var marketCities = set("new york", "frankfurt", "zurich")

// stateCodes returns the distinct countries the sentence names as states.
func stateCodes(s *sent) []string {
	return codesOf(s.actors, func(a actor) bool { return a.explicit() && a.role == roleState })
}

// statesBefore returns the states acting that the sentence names before
// token k, in order, each once.
func (s *sent) statesBefore(k int) []string {
	return codesOf(s.actors, func(a actor) bool { return a.explicit() && a.role == roleState && a.tok < k })
}

// coordinatedState reports whether the mention a is the second conjunct
// of two countries ("Japan and the U.S. Kick off talks"): a state like the
// first, whatever capital the wire gives the next word.
func coordinatedState(s *sent, a actor, isActorTok []bool) bool {
	k := a.tok - 1
	if k >= 0 && s.toks[k].w == "the" {
		k--
	}
	if k < 1 || s.toks[k].w != "and" {
		return false
	}
	return isActorTok[k-1] && !s.toks[k-1].punct
}

// namedStateAnd reports whether "<state name> and the" stands before the
// abbreviated name a ("Japan and the U.S.", "the EC and the U.S."): a second
// state coordinated with one named as such, not the modifier of the word
// after it, which news writes after a demonym ("Japanese and U.S. firms").
func (s *sent) namedStateAnd(a actor) bool {
	k := a.tok - 1
	if k < 2 || s.toks[k].w != "the" || s.toks[k-1].w != "and" {
		return false
	}
	for _, b := range s.actors {
		if b.explicit() && b.how == string(gazetteer.ByName) && b.role == roleState && tokenAt(s.toks, b.end-1) == k-2 {
			return true
		}
	}
	return false
}

// appositionAfter reports whether ", the|a <noun>" follows token k-1: what
// news writes after a person's name ("Murilo Portugal, the head of ...").
func appositionAfter(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].w == "," && (toks[k+1].w == "the" || toks[k+1].w == "a") && !toks[k+2].cap
}

// cityNamedAccord reports whether an accord noun follows at k, perhaps after
// one topic word: "the Paris (climate) agreement", "the Minsk accords".
func cityNamedAccord(toks []token, k int) bool {
	for n := 0; n < 2 && k < len(toks); n, k = n+1, k+1 {
		if _, ok := accordNouns[toks[k].w]; ok {
			return true
		}
		if toks[k].cap || toks[k].punct {
			return false
		}
	}
	return false
}

// appositionOf returns the surname of "Name Surname, [the] <office> of
// [the]" ending right before the country mention at first ("Cho Hyun,
// foreign minister of the Republic of Korea", "Cho Hyun, the minister of
// foreign affairs of the ROK", "Willy de Clercq, External Relations
// Commissioner of the European Communities"), or "".
func appositionOf(toks []token, first int) string {
	k := first - 1
	if k >= 0 && toks[k].w == "the" {
		k--
	}
	if k < 0 || toks[k].w != "of" {
		return ""
	}
	of := k
	office := false
	for k--; k >= 0 && k >= first-14 && !toks[k].cap && !toks[k].punct && toks[k].w != "the"; k-- {
		// ("minister of foreign affairs of the ROK", "deputy prime minister
		// and minister of science and technology of the ROK")
		office = office || officeTitles[toks[k].w]
	}
	if !office && k >= 0 && k == of-1 && toks[k].cap && officeTitles[toks[k].w] {
		// A capitalised office, its head right before "of": "External
		// Relations Commissioner of the European Communities" (not
		// "Chancellor Helmut Kohl of West Germany", a name before "of").
		for k >= 1 && k > of-4 && toks[k-1].cap && !toks[k-1].punct {
			k--
		}
		k--
		office = true
	}
	if !office {
		return ""
	}
	if k >= 0 && toks[k].w == "the" {
		k--
	}
	if k < 2 || toks[k].w != "," || !toks[k-1].cap || toks[k-1].punct || titleWords[toks[k-1].w] || !(toks[k-2].cap || nameParticles[toks[k-2].w]) || toks[k-2].punct {
		return ""
	}
	return toks[k-1].w
}

// nameEdWords end in "-ed" but open names or attributes after a state
// ("U.S. Armed Forces", "U.K. Unlisted Securities Market", "U.S. Listed").
var nameEdWords = set("armed", "united", "allied", "federated", "associated", "consolidated", "combined", "listed", "unlisted",
	"based", "owned", "registered", "backed", "funded", "controlled", "licensed")
