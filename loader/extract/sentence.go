package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text, with the byte offsets of its first byte
// and just past its last byte. Text is always text[Start:End], trimmed of
// surrounding white space, so evidence is a verbatim substring.
type Sentence struct {
	Text  string
	Start int
	End   int
}

// abbreviations never end a sentence when followed by a capitalised word or a
// number: titles, month and weekday abbreviations, corporate suffixes. Keys
// are lower-case, without the final dot.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "maj": true, "capt": true, "sgt": true, "adm": true,
	"cmdr": true, "prof": true, "st": true, "jr": true, "sr": true, "rev": true, "hon": true,
	"pres": true, "amb": true, "gens": true, "messrs": true, "mt": true, "ft": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true,
	"no": true, "nos": true, "vs": true, "v": true, "approx": true, "est": true, "fig": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "dept": true, "govt": true,
	"e.g": true, "i.e": true, "cf": true, "al": true,
}

// sentenceStarters are words that, capitalised after a dotted abbreviation
// such as "U.S.", almost always begin a new sentence ("... with the U.S. The
// talks ...") rather than continue a name ("U.S. Department").
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "But": true, "This": true, "That": true,
	"These": true, "Those": true, "His": true, "Her": true, "Their": true, "Its": true,
	"On": true, "At": true, "As": true, "After": true, "Before": true, "Both": true,
	"However": true, "Meanwhile": true, "There": true, "When": true, "While": true, "Some": true,
	"Many": true, "Last": true, "Earlier": true, "Later": true, "Under": true,
}

// SplitSentences splits text into sentences. A blank line (a paragraph
// break) always ends a sentence; '.', '!' and '?' end one when followed by
// white space and something that can start a sentence, except after known
// abbreviations ("Feb.", "Mr.", "Gen."), initials ("John F. Kennedy") and
// dotted abbreviations such as "U.S." that continue a name. Closing quotes
// and brackets after the terminator stay with the sentence.
func SplitSentences(text string) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if e > s {
			out = append(out, Sentence{Text: text[s:e], Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '\n':
			// A paragraph break: "\n" followed by optional spaces and another "\n".
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				emit(i)
				i = j
			}
		case '.', '!', '?':
			end := i + 1
			// Runs of terminators ("?!", "...") and closing quotes/brackets.
			for end < len(text) {
				r, n := utf8.DecodeRuneInString(text[end:])
				if r == '.' || r == '!' || r == '?' || isCloser(r) {
					end += n
					continue
				}
				break
			}
			if end < len(text) && !isSpace(text[end]) {
				i = end - 1
				continue
			}
			if c == '.' && !endsSentenceAt(text, i, end) {
				i = end - 1
				continue
			}
			emit(end)
			i = end - 1
		}
	}
	emit(len(text))
	return out
}

// endsSentenceAt decides whether the '.' at dot (with the terminator run
// ending at end) closes a sentence.
func endsSentenceAt(text string, dot, end int) bool {
	// The word before the dot.
	ws := dot
	for ws > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:ws])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '\'' {
			ws -= n
			continue
		}
		break
	}
	word := text[ws:dot]
	// What follows: skip spaces (a single newline counts as space) and
	// opening quotes.
	j := end
	for j < len(text) && isSpace(text[j]) {
		j++
	}
	if j >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	nextWord := followingWord(text[j:])
	if k := strings.Index(text[j:], nextWord) + len(nextWord); nextWord != "" && j+k+1 < len(text) && text[j+k] == '-' && unicode.IsLetter(rune(text[j+k+1])) {
		nextWord += "-" // "U.S. Under-Secretary of State": a compound, no sentence starter
	}
	lw := strings.ToLower(word)
	if abbreviations[lw] {
		return false
	}
	letters := strings.Count(word, ".")
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		// An initial ("John F. Kennedy"), unless a common sentence starter follows.
		return sentenceStarters[nextWord]
	}
	if letters > 0 {
		// Dotted abbreviation: "U.S.", "a.m."; not before the wire's capital
		// of a sentence's tail ("agreed between the EC and U.S. In 1962, he
		// said.")
		return sentenceStarters[nextWord] && !saidTail(text[j:])
	}
	if unicode.IsUpper(next) || unicode.IsDigit(next) || isOpener(next) {
		return true
	}
	if unicode.IsLower(next) {
		// Lower-case wire text ("... on monday. iran said ..."): a plain word
		// of three or more letters before the dot ends the sentence.
		return utf8.RuneCountInString(word) >= 3
	}
	return true
}

func followingWord(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if isOpener(r) {
			s = s[n:]
			continue
		}
		break
	}
	e := 0
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += n
	}
	return s[:e]
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '\u201d', '\u2019', '\u00bb':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '\u201c', '\u2018', '\u00ab':
		return true
	}
	return false
}

// saidTail reports whether s, up to its next full stop, is a short phrase
// and a sayer ("In 1962, he said."): no sentence of its own, the tail of
// the one before.
func saidTail(s string) bool {
	dot := strings.IndexByte(s, '.')
	if dot < 0 || dot > 60 {
		return false
	}
	words := strings.Fields(s[:dot])
	if len(words) < 3 || len(words) > 7 {
		return false
	}
	if last := words[len(words)-1]; last != "said" && last != "says" {
		return false
	}
	for c := len(words) - 3; c >= len(words)-4 && c >= 1; c-- {
		if strings.HasSuffix(words[c], ",") {
			return true // ", he said", ", the minister said"
		}
	}
	return false
}
