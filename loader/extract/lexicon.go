package extract

import (
	"strings"

	"github.com/entente-dev/entente/graph"
)

// The trigger lexicon. Words are lower-case tokens as tokenize gives them.
// Every entry is a general English cue of diplomatic news, not a phrase of
// one article.

// meetingWords trigger a MEETING; the value is its mode.
var meetingWords = map[string]string{
	"met": "meeting", "meet": "meeting", "meets": "meeting", "meeting": "meeting", "meetings": "meeting",
	"talks": "talks", "negotiations": "talks", "negotiation": "talks", "consultations": "talks", "discussions": "talks",
	"summit": "summit", "summits": "summit",
	"visit": "visit", "visits": "visit", "visited": "visit", "visiting": "visit",
	"trip": "visit", "trips": "visit", "tour": "visit", "toured": "visit",
	"mission": "visit", "missions": "visit", // only a travelling one: see otherSense
	"telephoned": "phone", "phoned": "phone",
	"hosted": "meeting", "hosting": "meeting", "conferred": "meeting",
	"host": "meeting", "hosts": "meeting",
	"huddled": "meeting", "huddle": "meeting", "huddles": "meeting",
	"videoconference": "video", "videoconferences": "video", "video-conference": "video",
	"teleconference": "video", "teleconferences": "video",
}

// talkPlurals are the plural nouns that name talks; the rules that read
// "talks" read them all ("after discussions with", "suspended
// negotiations").
var talkPlurals = set("talks", "negotiations", "discussions", "consultations")

// weakMeetingWords trigger a MEETING only with two explicitly named
// countries in the sentence.
var weakMeetingWords = map[string]string{
	"discussed": "talks",
}

// accordNouns name an accord. Nouns marked false also name plans and
// programmes in general, so they count only right after a signing verb.
var accordNouns = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true, "treaties": true,
	"memorandum": true, "memorandums": true, "memoranda": true, "mou": true, "deal": true, "deals": true,
	"pact": true, "pacts": true, "protocol": true, "protocols": true, "convention": true, "charter": true,
	"plan": false, "program": false, "programme": false, "loan": false, "loans": false, "credit": false,
	"documents": false, "document": false, "contract": false, "contracts": false,
	"declaration": false, "framework": false, "package": false, "arrangement": false, "arrangements": false,
	"understanding": false,                 // (see findTriggers: "an understanding", "the 2002 understanding with")
	"memo":          false, "memos": false, // "inked the memo", "signed a memo of understanding"
	"compromise": false, // "Israel and Cairo had reached a compromise under which"
}

// accordVerbs conclude an accord; the value is the status they give.
var accordVerbs = map[string]string{
	"signed": graph.StatusSigned, "sign": graph.StatusSigned, "signs": graph.StatusSigned, "signing": graph.StatusSigned,
	"initialled": graph.StatusSigned, "initialed": graph.StatusSigned, "inked": graph.StatusSigned, "sealed": graph.StatusSigned,
	"initialling": graph.StatusSigned, "initialing": graph.StatusSigned, "penned": graph.StatusSigned,
	"renewed": graph.StatusAgreed, "renewing": graph.StatusAgreed, "extended": graph.StatusAgreed,
	"ratified": graph.StatusSigned,
	"reached":  graph.StatusAgreed, "reach": graph.StatusAgreed, "concluded": graph.StatusAgreed,
	"struck": graph.StatusAgreed, "clinched": graph.StatusAgreed, "agreed": graph.StatusAgreed,
	"formalised": graph.StatusAgreed, "formalized": graph.StatusAgreed, "finalised": graph.StatusAgreed,
	"finalized": graph.StatusAgreed, "forged": graph.StatusAgreed, "hammered": graph.StatusAgreed,
	"brokered": graph.StatusAgreed, "announced": graph.StatusAgreed, // see accordVerbFor: close to a strong noun only
	"granted": graph.StatusAgreed,
}

// nounBoundVerbs conclude an accord only right by a strong accord noun
// ("approved last week an agreement with Egypt", "the agreement was made at
// ... meeting") or, for "worked", "drawn", "drew", "entered" and "wrapped",
// with "out", "up" or "into" ("worked out a reflagging arrangement", "the
// agreement drawn up by the United States and Russia", "entered into an
// agreement"; see accordVerbFor). They are too common to count as
// accordVerbs anywhere else.
var nounBoundVerbs = map[string]string{"approved": graph.StatusAgreed, "made": graph.StatusAgreed, "worked": graph.StatusAgreed,
	"drawn": graph.StatusAgreed, "drew": graph.StatusAgreed, "entered": graph.StatusAgreed, "wrapped": graph.StatusAgreed}

// modalWords before a verb turn a fact into an intention, a need, a wish or
// a possibility: "the need to sign", "hope to sign", "could sign".
var modalWords = set("can", "cannot", "need", "needs", "needed", "hope", "hopes", "hoped", "hoping", "could", "would", "might",
	"may", "should", "must", "want", "wants", "wanted", "seek", "seeks", "sought", "seeking", "intend", "intends",
	"plan", "plans", "planning", "propose", "proposed", "proposes", "proposal", "urged", "urge", "urges", "called",
	"calls", "ready", "willing", "expected", "aim", "aims", "aimed", "possible", "possibility", "consider",
	"considering", "try", "trying", "tried", "attempt", "prepared", "will", "shall", "failed", "not", "never",
	"refused", "n't", "without", "like", "wish", "wishes", "toward", "towards", "prospect", "negotiate",
	"negotiating", "discuss", "discussed", "discussing", "pledged", "promised", "vowed", "offered",
	"asked", "ask", "asks", "demanded", "demand", "push", "pushed", "pushing", "press", "pressed", "due", "set",
	"unlikely", "likely", "hopeful", "optimistic", "reluctant", "yet", "scheduled", "slated")

// relationVerbs change diplomatic relations; only finite past forms and
// participles state a fact ("restored", "broken off"), so base forms and
// gerunds ("to restore", "normalizing") are absent.
// relationGerunds state a change of relations after a word that puts it in
// the past (pastGerundPreps): "since restoring diplomatic ties", "after
// establishing relations in 1979".
var relationGerunds = map[string]string{
	"establishing": graph.ActionEstablished, "restoring": graph.ActionRestored, "re-establishing": graph.ActionRestored,
	"reestablishing": graph.ActionRestored, "resuming": graph.ActionRestored, "reopening": graph.ActionRestored,
	"severing": graph.ActionSevered, "breaking": graph.ActionSevered, "cutting": graph.ActionSevered,
	"suspending": graph.ActionSuspended, "upgrading": graph.ActionUpgraded, "normalizing": graph.ActionNormalized,
	"normalising": graph.ActionNormalized,
}

// pastGerundPreps before a gerund tell of something already done.
var pastGerundPreps = set("since", "after", "following", "upon")

var relationVerbs = map[string]string{
	"established": graph.ActionEstablished, "restored": graph.ActionRestored, "re-established": graph.ActionRestored,
	"reestablished": graph.ActionRestored, "resumed": graph.ActionRestored, "renewed": graph.ActionRestored,
	"reopened": graph.ActionRestored, "severed": graph.ActionSevered, "broke": graph.ActionSevered,
	"broken": graph.ActionSevered, "cut": graph.ActionSevered, "suspended": graph.ActionSuspended,
	"froze": graph.ActionSuspended, "frozen": graph.ActionSuspended, "upgraded": graph.ActionUpgraded,
	"downgraded": graph.ActionDowngraded, "normalized": graph.ActionNormalized, "normalised": graph.ActionNormalized,
	"opened": graph.ActionEstablished, "closed": graph.ActionSevered, "shut": graph.ActionSevered,
	"forged": graph.ActionEstablished, "set": graph.ActionEstablished, // "set up diplomatic relations" (see relationsObject)
	"formalized": graph.ActionEstablished, "formalised": graph.ActionEstablished, "ended": graph.ActionSevered,
	"dropped": graph.ActionSevered, "snapped": graph.ActionSevered, "ruptured": graph.ActionSevered, // "the Solomon Islands also dropped diplomatic ties with Taiwan"
	"started":     graph.ActionEstablished, // "ever since the Kuwait-ROK diplomatic relations were started in 1979" (not "started to improve")
	"inaugurated": graph.ActionEstablished, // "inaugurated its embassy in Nairobi" (an embassy only, see relationsObject)
}

// cancelWords make a meeting cancelled.
var cancelWords = set("cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "cancellation",
	"postponed", "postpone", "postpones", "scrapped", "declined", "refused", "shelved", "aborted", "snubbed",
	"skipped", "skipping", "boycotted", "boycotting", "boycotts", "axed")

// proposeWords make a meeting proposed.
var proposeWords = set("proposed", "propose", "proposes", "proposal", "offered", "offer", "offers", "suggested",
	"suggest", "invited", "invitation", "towards", "toward", "urged", "possible", "possibility", "could",
	"might", "may", "hopes", "hope", "hoped", "want", "wants", "wanted", "seek", "seeks", "ready", "willing", "called",
	"consider", "considers", "considering", "need", "needs", "should", "ought")

// futureWords make a meeting planned, and tip relative dates forward.
var futureWords = set("will", "'ll", "shall", "would", "plans", "plan", "planned", "planning", "scheduled",
	"due", "expected", "upcoming", "forthcoming", "next", "ahead", "eve", "continue", "continuing", "set",
	"begins", "starts", "arrives", "leaves", "heads", "travels", "meets", "visits", "hosts", "opens", "holds", "pays", "likely", "expect", "expects",
	"returns", "departs", "flies", "resumes", "concludes", "goes", "comes")

// pastForm reports whether w is a past-tense verb form: an irregular one
// or a word of five letters or more ending in -ed.
func pastForm(w string) bool {
	return pastIrregular[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// pastIrregular are past-tense verb forms that do not end in -ed.
var pastIrregular = set("met", "held", "said", "was", "were", "had", "went", "began", "took", "came", "made",
	"gave", "told", "spoke", "saw", "left", "struck", "sought", "broke", "won", "lost", "paid", "sent", "flew",
	"led", "brought", "became", "did", "got", "drew", "fell", "rose", "wrote", "ran", "sat", "stood", "hosted",
	"signed", "visited", "agreed", "arrived", "ended", "opened", "called", "discussed")

// reportVerbs mark the day of a statement rather than of an event
// ("the ministry announced Wednesday").
var reportVerbs = set("said", "says", "say", "announced", "announces", "told", "reported", "reports", "added",
	"stated", "disclosed", "confirmed", "revealed", "declared", "wrote", "tweeted", "commented", "explained",
	"insisted", "noted", "warned", "acknowledged", "denied", "claimed")

// pastReport reports whether w is a verb of saying in the past, not the
// present "says", "say" or "reports".
func pastReport(w string) bool {
	return reportVerbs[w] && w != "says" && w != "say" && w != "reports"
}

// topicCues introduce a topic; the value is how many tokens the cue spans
// (matching is on the first word; the rest is checked by topicCueAt).
var topicCueWords = set("on", "about", "over", "discuss", "discussed", "combating", "combatting", "fighting",
	"preventing", "concerning", "regarding", "of", "including", "to", "for", "covering")

// topicStops end a topic phrase.
var topicStops = set("between", "with", "in", "at", "after", "before", "during", "despite", "that", "which",
	"who", "when", "while", "as", "by", "but", "said", "says", "the", "its", "their", "his", "her", "this",
	"last", "next", "on", "since", "until", "amid", "if", "because", "than", "said.", "under", "into", "told",
	"was", "were", "is", "are", "will", "would", "could", "and", "or", "to", "from", "for", "of", "up", "within",
	"across", "against", "among", "through", "toward", "towards", "without", "via", "per", "also", "had", "has",
	"have", "it", "they", "he", "she", "we", "not", "been", "be")

// topicDeterminers are dropped from the start of a topic.
var topicDeterminers = set("the", "a", "an", "its", "their", "his", "her", "new", "possible", "further",
	"future", "some", "several", "two", "three", "four", "five", "other", "more", "ways", "major")

// genericAccordModifiers are not topics ("a major deal", "the new accord").
var genericAccordModifiers = set("major", "new", "bilateral", "historic", "landmark", "broad", "first", "final", "tentative", "initial", "informal",
	"interim", "preliminary", "formal", "important", "key", "big", "biggest", "similar", "separate", "joint",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "multiple", "an", "a",
	"the", "this", "that", "these", "those", "such", "any", "an", "another", "other", "its", "their", "his",
	"her", "our", "previous", "earlier", "latest", "recent", "existing", "old", "current", "proposed", "draft",
	"political", "international", "comprehensive", "wide-ranging", "sweeping")

// quantityWords between a number and an accord noun make the number an
// amount ("a five billion stg deal").
var quantityWords = set("billion", "million", "mln", "bln", "trillion", "thousand", "hundred", "dlr", "dlrs",
	"stg", "dollar", "dollars", "pound", "pounds", "euro", "euros", "yen", "percent", "pct", "year", "years",
	"month", "months", "tonne", "tonnes", "barrel", "barrels", "bn", "m")

var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10}
