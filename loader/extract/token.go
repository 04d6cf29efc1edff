package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-dev/entente/loader/extract/gazetteer"
	"github.com/entente-dev/entente/loader/extract/internal/ascii"
)

// token is one word or punctuation mark of a sentence. Start and End are
// byte offsets into the article text.
type token struct {
	w     string // lower-case form; punctuation as itself; curly quotes folded to '"' and '\''
	raw   string // as written
	start int
	end   int
	cap   bool // first letter is upper-case
	punct bool
	cls   wordClass // which trigger passes can start at this word (findTriggers)
	// notModal marks a capitalised "May" inside a sentence (the month or
	// a name, not the modal verb its lower-case form w spells) and the
	// "called" of "what he called" (a name given, not a call for it).
	notModal bool
	// afterAlso marks the word after an "also" dropConnectives dropped
	// ("was also in Brussels": one more who was there, no visit).
	afterAlso bool
}

// tokenize splits text[start:end] into tokens. Words are runs of letters,
// digits, hyphens and apostrophes; a dot inside a word ("U.S.") stays part of
// it. A trailing possessive "'s" is split off as its own token so that
// "Cuba's" gives "cuba" and "'s".
func tokenize(text string, start, end int) []token {
	return tokenizeLowered(text, ascii.Lower(text), start, end)
}

// tokenizeLowered is tokenize given lowered, ascii.Lower(text): the lower-case
// forms of ASCII words are slices of it, so that an article's sentences
// share one lower-cased copy instead of one string per capitalised word.
func tokenizeLowered(text, lowered string, start, end int) []token {
	toks := make([]token, 0, (end-start)/5+4)
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			apostrophe := false
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '\'' || r2 == '\u2019' || r2 == '.' || r2 == '&') && j+n2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						apostrophe = apostrophe || r2 == '\'' || r2 == '\u2019'
						j += n2
						continue
					}
				}
				break
			}
			// Keep the final dot of a dotted abbreviation ("U.S.").
			if j < end && text[j] == '.' && strings.Contains(text[i:j], ".") {
				j++
			} else if middleInitial(text, i, j, end) {
				j++ // "George W. Bush": the initial keeps its dot, the name stays one
			} else if j < end && text[j] == '.' && text[i:j] == "Lt" {
				j++ // "Lt. Gen.": the rank keeps its dot ("IRAN LT" crude is no rank)
			}
			word := text[i:j]
			poss, clitic := "", ""
			if k := possessiveCut(word); k > 0 {
				poss = word[k:]
				word = word[:k]
			} else if apostrophe {
				if k, w := contractionCut(word); k > 0 {
					clitic = w
					word = word[:k]
				}
			}
			first, _ := utf8.DecodeRuneInString(word)
			lw := lowered[i : i+len(word)]
			if !ascii.Only(word) {
				// "d’affaires" reads as "d'affaires": one apostrophe
				lw = strings.ReplaceAll(strings.ToLower(word), "\u2019", "'")
			}
			toks = append(toks, token{w: lw, raw: word, start: i, end: i + len(word), cap: unicode.IsUpper(first), cls: triggerClass[lw]})
			if poss != "" {
				toks = append(toks, token{w: "'s", raw: poss, start: i + len(word), end: j, punct: false})
			}
			if clitic != "" {
				if v, ok := cliticHosts[lw]; ok {
					toks[len(toks)-1].w = v // "won't": "will" and "n't"
				}
				toks = append(toks, token{w: clitic, raw: text[i+len(word) : j], start: i + len(word), end: j, cls: triggerClass[clitic]})
			}
			i = j
		default:
			w := text[i : i+n] // (string(r), without allocating)
			if r == utf8.RuneError && n == 1 {
				w = string(r) // an invalid byte reads as U+FFFD
			}
			switch r {
			case '\u201c', '\u201d', '\u00ab', '\u00bb':
				w = "\""
			case '\u2018', '\u2019':
				w = "'"
			case '\u2013', '\u2014':
				w = "-"
			}
			toks = append(toks, token{w: w, raw: text[i : i+n], start: i, end: i + n, punct: true})
			i += n
		}
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].raw == "May" && mixedCase(toks) {
			// Inside a sentence of mixed case, "May" is the month or a
			// name ("Theresa May hosted Merkel"), never the modal verb.
			toks[k].notModal = true
		}
	}
	for k := 2; k < len(toks); k++ {
		if (toks[k].w == "called" || toks[k].w == "calls") && (toks[k-2].w == "what" || k >= 3 && toks[k-3].w == "what" && toks[k-2].w != "for") {
			// "held what he called useful talks": a name given, no call for them
			toks[k].notModal = true
		}
	}
	if len(toks) > 1 && toks[0].raw == "May" && notAfterModal(toks[1]) {
		toks[0].notModal = true // "May met Merkel in Berlin": the name
	}
	return toks
}

// notAfterModal reports whether t cannot follow a modal verb: a past form,
// a possessive, a comma or a conjunction ("May met", "May's", "May and
// Merkel", "May, who").
func notAfterModal(t token) bool {
	return t.w == "'s" || t.w == "," || t.w == "and" || pastForm(t.w)
}

// mixedCase reports whether some word of toks has a lower-case letter: the
// sentence is no headline in capitals.
func mixedCase(toks []token) bool {
	for _, t := range toks {
		if t.punct {
			continue
		}
		for _, r := range t.raw {
			if unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}

// possessiveCut returns the byte index where a possessive "'s" (or "’s")
// starts in word, or 0.
func possessiveCut(word string) int {
	if len(word) > 2 && (strings.HasSuffix(word, "'s") || strings.HasSuffix(word, "'S")) {
		return len(word) - 2
	}
	if len(word) > 4 && strings.HasSuffix(word, "\u2019s") {
		return len(word) - len("\u2019s")
	}
	return 0
}

// contractionCut returns where a contraction's clitic starts in word and
// the clitic's reading ("didn't": 3, "n't"; "we've": 2, "have"), or 0.
func contractionCut(word string) (int, string) {
	for _, c := range contractions {
		for _, suffix := range [2]string{c.suffix, c.curly} {
			if n := len(word) - len(suffix); n > 1 && strings.EqualFold(word[n:], suffix) {
				return n, c.reading
			}
		}
	}
	return 0, ""
}

// contractions are the clitics split off a word, with a straight and a
// curly apostrophe, and their reading.
var contractions = []struct{ suffix, curly, reading string }{
	{"n't", "n\u2019t", "n't"}, {"'ve", "\u2019ve", "have"}, {"'re", "\u2019re", "are"}, {"'ll", "\u2019ll", "will"},
	{"'m", "\u2019m", "am"}, {"'d", "\u2019d", "'d"},
}

// cliticHosts are the words a negation changes the spelling of: "won't"
// is "will" and "n't", "can't" "can" and "n't".
var cliticHosts = map[string]string{"wo": "will", "ca": "can", "sha": "shall"}

// tokenAt returns the index of the first token whose end is after byte
// offset off, or len(toks).
func tokenAt(toks []token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].end <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// titleShortForms are the short forms news writes for a title before a
// name ("Indian PM Manmohan Singh", "Pakistani FM Khurshid Kasuri", "U.S.
// Pres. Barack Obama"), with the title word the rules know them by.
var titleShortForms = map[string]string{"PM": "premier", "FM": "minister", "Pres": "president"}

// readShortTitles gives each short title before a capitalised name the
// lower-case form of its title word, so that "Israeli FM David Levy" reads
// as "Israeli Minister David Levy" does and "Pres. Xi Jinping" as
// "President Xi Jinping" (the dot dropped); not a clock's "3 PM Monday" nor
// a radio's "FM".
func readShortTitles(toks []token) []token {
	j := 0 // toks[:j] are kept; j < i once a dot is left out
	for i := 0; i < len(toks); i++ {
		if r := toks[i].raw; (len(r) == 2 && r[1] == 'M' || r == "Pres") && i+1 < len(toks) { // (the cheap test first)
			w := titleShortForms[r]
			next := i + 1
			if r == "Pres" && toks[next].w == "." && next+1 < len(toks) {
				next++ // "Pres." before the name
			}
			if w != "" && toks[next].cap && !toks[next].punct && (i == 0 || toks[i-1].w == "" || toks[i-1].w[0] < '0' || toks[i-1].w[0] > '9') {
				toks[i].w = w
				toks[i].cls = triggerClass[w]
				toks[j] = toks[i]
				j++
				i = next - 1 // the dot, if any, is left out
				continue
			}
		}
		if j != i {
			toks[j] = toks[i]
		}
		j++
	}
	return toks[:j]
}

// joinDayLengths makes one "<n>-day" token of a stay's length written
// apart or in the plural before its noun ("a three day visit", "a two days
// official visit", "a two-days trip"), the forms of outlets writing
// English as a second language, so that every rule reading "four-day"
// reads them too. The joined token spans both words; "two days of talks"
// and "for three days" are left as they are.
func joinDayLengths(toks []token) []token {
	j := 0 // toks[:j] are kept
	for i := 0; i < len(toks); i++ {
		if w := toks[i].w; len(w) > 5 && w[len(w)-5:] == "-days" && numberWords[w[:len(w)-5]] >= 2 && stayNounNext(toks, i) {
			toks[i].w = w[:len(w)-1] // "two-days trip"
		} else if i+1 < len(toks) && (toks[i+1].w == "day" || toks[i+1].w == "days") && numberWords[w] >= 2 && stayNounNext(toks, i+1) {
			toks[i].w += "-day" // "three day visit", "two days visit"
			toks[i].raw += " " + toks[i+1].raw
			toks[i].end = toks[i+1].end
			toks[i].cls = triggerClass[toks[i].w]
			toks[j] = toks[i]
			j++
			i++
			continue
		}
		if j != i {
			toks[j] = toks[i]
		}
		j++
	}
	return toks[:j]
}

// normalizeTokens rewrites the forms news writes several ways into the one
// the rules read: short titles (readShortTitles), titles written with a
// hyphen (splitTitleCompounds) and a stay's length written apart
// (joinDayLengths). One look at each token tells which rewrites a
// sentence needs; most need none.
func normalizeTokens(toks []token) []token {
	short, compound, days := false, false, false
	for i := range toks {
		w := toks[i].w
		switch {
		case len(w) == 2 && len(toks[i].raw) == 2 && toks[i].raw[1] == 'M' || toks[i].raw == "Pres":
			short = true
		case w == "day" || w == "days":
			days = true
		case len(w) > 5 && strings.IndexByte(w, '-') > 0:
			compound = true
			days = days || w[len(w)-5:] == "-days"
		}
	}
	if compound {
		toks = splitTitleCompounds(toks)
	}
	if short {
		toks = readShortTitles(toks)
	}
	if days {
		toks = joinDayLengths(toks)
	}
	return toks
}

// splitTitleCompounds makes two tokens of a title written with a hyphen
// ("Vice-President", "Deputy-Minister", "Vice-Premier"), as other outlets
// write it apart, so that "Chinese Vice-President Zeng Qinghong" names a
// Chinese officer as "Chinese Vice President Zeng Qinghong" does.
func splitTitleCompounds(toks []token) []token {
	n := 0
	for _, t := range toks {
		if i := strings.IndexByte(t.w, '-'); i > 0 && titleCompound(t.w, i) {
			n++
		}
	}
	if n == 0 {
		return toks
	}
	out := make([]token, 0, len(toks)+n)
	for _, t := range toks {
		i := strings.IndexByte(t.w, '-')
		if i <= 0 || !titleCompound(t.w, i) {
			out = append(out, t)
			continue
		}
		first, second := t, t
		first.w, first.raw, first.end = t.w[:i], t.raw[:i], t.start+i
		second.w, second.raw, second.start = t.w[i+1:], t.raw[i+1:], t.start+i+1
		second.cap = second.raw != "" && second.raw[0] >= 'A' && second.raw[0] <= 'Z'
		first.cls, second.cls = triggerClass[first.w], triggerClass[second.w]
		out = append(out, first, second)
	}
	return out
}

// titleCompound reports whether w, with a hyphen at i, is a rank and an
// office: "vice-president", "deputy-minister".
func titleCompound(w string, i int) bool {
	return titleRanks[w[:i]] && officeTitles[w[i+1:]]
}

// titleRanks open a title written with a hyphen.
var titleRanks = set("vice", "deputy", "prime")

// stayNounNext reports whether a stay noun follows the length word at k,
// perhaps after an adjective or two, with no preposition between ("two days
// official visit", not "three days of talks").
func stayNounNext(toks []token, k int) bool {
	return stayNounWithin(toks, k, func(t token) bool {
		return t.cap || prepositions[t.w] || determiners[t.w] || timeRelators[t.w]
	})
}

// timeRelators place one time against another ("three days before the
// summit").
var timeRelators = set("before", "after", "ago", "later", "earlier", "since", "until", "till", "prior", "ahead")

// joinNames makes one token of each country name written in several words
// ("Sri Lanka", "United Arab Emirates", "New Zealand-US"), so that
// every rule that reads the words around a state, or counts the words
// between two, reads "Sri Lankan ambassador" as it reads "Chilean
// ambassador". The joined token's lower-case form has single spaces. ms
// are the sentence's country mentions, in text order.
func joinNames(toks []token, ms []gazetteer.CountryMention, text, lowered string) []token {
	var out []token
	done := 0 // toks[:done] are in out
	for _, m := range ms {
		i, j := tokenAt(toks, m.Start), tokenAt(toks, m.End-1)
		if i < done || j <= i || j >= len(toks) {
			continue
		}
		if out == nil {
			out = make([]token, 0, len(toks))
		}
		out = append(out, toks[done:i]...)
		t := toks[i]
		t.end = toks[j].end
		t.raw, t.w = text[t.start:t.end], lowered[t.start:t.end] // (no copies for the usual "Sri Lanka")
		if strings.Contains(t.raw, "  ") || strings.ContainsAny(t.raw, "\n\t\r") || !ascii.Only(t.raw) {
			t.raw = strings.Join(strings.Fields(t.raw), " ")
			t.w = strings.ReplaceAll(strings.ToLower(t.raw), "\u2019", "'")
		}
		t.cls = triggerClass[t.w]
		out = append(out, t)
		done = j + 1
	}
	if out == nil {
		return toks
	}
	return append(out, toks[done:]...)
}

// isClauseBreak reports whether a token separates clauses strongly enough
// that modality and tense cues do not cross it.
func isClauseBreak(t token) bool {
	if t.punct {
		return t.w == ";" || t.w == ":" || t.w == "\"" || t.w == "(" || t.w == ")"
	}
	switch t.w {
	case "but", "while", "whereas", "although", "though", "after", "before", "since", "because", "which", "who", "when":
		return true
	}
	return false
}

// middleInitial reports whether the word text[i:j] is one capital letter
// between a capitalised first name and a capitalised word, its dot inside
// the sentence ("George W. Bush", "James A. Baker"): a name's initial, not
// a full stop. "Frankfurt, W. Germany" is an abbreviation, no initial.
func middleInitial(text string, i, j, end int) bool {
	if j != i+1 || !upperASCII(text[i]) || j+2 >= end || text[j] != '.' || text[j+1] != ' ' || !upperASCII(text[j+2]) || i < 3 || text[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && (text[k-1] >= 'a' && text[k-1] <= 'z') {
		k--
	}
	return k < i-2 && k > 0 && upperASCII(text[k-1]) && (k == 1 || text[k-2] == ' ')
}

// upperASCII reports whether b is an ASCII capital letter.
func upperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

// initialTok reports whether t is a name's initial kept with its dot
// ("W." of "George W. Bush"; see middleInitial).
func initialTok(t token) bool {
	return len(t.w) == 2 && t.w[1] == '.' && t.cap
}

// dropConnectives drops a connective that opens a sentence and ties it to
// the one before ("Meanwhile, in December, ...", "However, under the
// accord, ...", "But at talks on Monday ..."), so the clause after it is
// read as the sentence's opening: its opening phrases of time, venue and
// terms keep their reading. The evidence sentence keeps the word.
//
// It drops "also" wherever it stands, too: it adds an event to others told
// before and changes none of the ones its sentence tells ("had also reached
// a provisional agreement", "a barter agreement also signed here last
// week").
func dropConnectives(toks []token) []token {
	if len(toks) >= 3 && connectives[toks[0].w] && toks[0].cap {
		if toks[1].w == "," {
			toks = toks[2:]
		} else if bareConnectives[toks[0].w] {
			toks = toks[1:]
		}
	}
	out := toks[:0]
	also := false
	for _, t := range toks {
		if t.w == "also" {
			also = true
			continue
		}
		t.afterAlso = also
		also = false
		out = append(out, t)
	}
	return out
}

// connectives are the sentence adverbs and conjunctions that open a
// sentence without saying when or where anything happened (not "Earlier",
// "Later", "Now" or "Then").
var connectives = set("however", "meanwhile", "still", "instead", "also", "but", "and", "yet", "so", "separately",
	"indeed", "nevertheless", "nonetheless", "moreover", "furthermore", "additionally", "plus", "rather", "otherwise",
	"similarly", "likewise", "ultimately", "overall", "specifically", "besides", "thus", "therefore", "consequently")

// bareConnectives open a sentence without a comma too ("But under the
// pact, ...", "Also on Monday, ...").
var bareConnectives = set("but", "and", "yet", "also")
