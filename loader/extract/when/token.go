package when

import (
	"unicode"
	"unicode/utf8"
)

// kind is the lexical class of a token.
type kind uint8

const (
	kWord  kind = iota // letters only
	kNum               // digits only
	kOrd               // digits with an ordinal suffix: 21st, 3rd
	kPunct             // one punctuation rune
	kMixed             // letters and digits glued together: A320, 1990s
)

// Token flags.
const (
	fSpace uint8 = 1 << iota // whitespace (or the start of the text) before the token
	fUpper                   // a word that starts with an upper-case ASCII letter
)

// token is one word, number or punctuation rune. Offsets are bytes into the
// scanned text; 32 bits keep the stream at 16 bytes a token.
type token struct {
	start, end int32
	val        int32  // number value (capped), punctuation rune, month or weekday number
	code       uint16 // word code (w* constants), 0 when the word plays no part in dates
	kind       kind
	flags      uint8
	nd         uint8 // number of digits (kNum, kOrd), capped at 255
	abbr       bool  // a month abbreviation (Jan, Sept)
}

// Word codes. A word has one code; roles (preposition, unit, ...) are
// decided by the parser from the code.
const (
	wNone uint16 = iota
	wMonth
	wWeekday
	wToday
	wYesterday
	wTomorrow
	wTonight
	wThis
	wLast
	wNext
	wWeek
	wWeekend
	wMonthUnit
	wYear
	wDay
	wNight
	wMorning // morning, afternoon, evening
	wDays
	wWeeks
	wMonths
	wYears
	wDecades
	wFortnight // fortnight: two weeks
	wAgo
	wEarlier
	wLater
	wEarly
	wLate
	wMid
	wEnd
	wHoliday // the first word of a holiday's name (val is its hol* number)
	wNumber  // one, two, ... (val is the number); also "a" and "an" via wA
	wA       // a, an
	wThe
	wDet // its, his, her, their, our, whose, that
	wS   // the "s" of a possessive
	wBetween
	wFrom
	wAnd
	wOr
	wTo        // to
	wThrough   // through, thru, until, till (range ends)
	wOf        // of
	wStrongPre // in, since, during, before, after, throughout, fiscal, year-like words
	wWeakPre   // by, around, for, on, at
	wFunction  // words that may follow a year but never a count: the, was, said, ...
	wUnit      // words that follow counts and amounts: million, troops, dlrs, ...
)

type entry struct {
	code uint16
	val  int16
	abbr bool
}

// vocab maps lower-case words to their code. It is built once and only read.
var vocab = buildVocab()

func buildVocab() map[string]entry {
	v := make(map[string]entry, 256)
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, names := range months {
		for j, n := range names {
			v[n] = entry{code: wMonth, val: int16(i + 1), abbr: j > 0}
		}
	}
	for i, n := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		v[n] = entry{code: wWeekday, val: int16(i)}
	}
	numbers := []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, n := range numbers {
		if n != "" {
			v[n] = entry{code: wNumber, val: int16(i)}
		}
	}
	v["thirty"] = entry{code: wNumber, val: 30}
	v["forty"] = entry{code: wNumber, val: 40}
	v["fifty"] = entry{code: wNumber, val: 50}
	set := func(code uint16, words ...string) {
		for _, w := range words {
			v[w] = entry{code: code}
		}
	}
	for w, h := range holidayWords {
		v[w] = entry{code: wHoliday, val: int16(h)}
	}
	set(wToday, "today")
	set(wYesterday, "yesterday")
	set(wTomorrow, "tomorrow")
	set(wTonight, "tonight")
	set(wThis, "this")
	set(wLast, "last")
	set(wNext, "next")
	set(wWeek, "week")
	set(wWeekend, "weekend")
	set(wMonthUnit, "month")
	set(wYear, "year")
	set(wDay, "day")
	set(wNight, "night")
	set(wMorning, "morning", "afternoon", "evening")
	set(wDays, "days")
	set(wWeeks, "weeks")
	set(wMonths, "months")
	set(wYears, "years")
	set(wDecades, "decade", "decades")
	set(wFortnight, "fortnight")
	set(wAgo, "ago")
	set(wEarlier, "earlier")
	set(wLater, "later")
	set(wEarly, "early")
	set(wLate, "late")
	set(wMid, "mid")
	set(wEnd, "end", "start", "beginning", "middle", "close") // (each only before "of the month|week|year" or glued: partOf)
	set(wA, "a", "an")
	set(wThe, "the")
	set(wDet, "its", "his", "her", "their", "our", "whose", "that", "my", "your")
	set(wS, "s")
	set(wBetween, "between")
	set(wFrom, "from")
	set(wAnd, "and")
	set(wOr, "or")
	set(wTo, "to")
	set(wThrough, "through", "thru", "until", "till")
	set(wOf, "of")
	set(wStrongPre, "in", "since", "during", "before", "after", "throughout", "fiscal", "circa",
		"summer", "winter", "spring", "autumn", "fall", "calendar")
	set(wWeakPre, "by", "around", "for", "on", "at", "due", "as")
	set(wFunction, "when", "while", "but", "was", "were", "is", "are", "had", "has", "have",
		"will", "would", "it", "he", "she", "they", "we", "there", "because", "despite", "under", "than",
		"according", "said", "says", "with", "which", "if", "amid", "following", "onwards", "onward")
	set(wUnit, "million", "billion", "trillion", "thousand", "hundred", "mln", "bln", "pct", "percent",
		"per", "dlrs", "dlr", "dollars", "cents", "stg", "sterling", "yen", "marks", "francs", "pounds",
		"euros", "yuan", "rupees", "roubles", "rubles", "tonnes", "tons", "tonne", "ton", "barrels", "bpd",
		"ounces", "points", "shares", "people", "persons", "troops", "soldiers", "men", "women", "children",
		"members", "workers", "employees", "jobs", "votes", "cases", "deaths", "km", "kilometres",
		"kilometers", "miles", "metres", "meters", "feet", "acres", "hectares", "units", "cars", "vehicles",
		"homes", "houses", "aircraft", "planes", "tanks", "refugees", "migrants", "delegates", "seats",
		"students", "visitors", "tourists", "hours", "minutes", "times", "kg", "lbs", "bushels", "acre",
		"mw", "megawatts", "gallons", "litres", "liters", "copies", "pages", "dead", "killed", "injured")
	return v
}

// firstTwo marks the first two letters (lower case) of every vocabulary
// word, so most words skip the map lookup. Built once, only read.
var firstTwo = buildFirstTwo()

func buildFirstTwo() (b [26 * 27]bool) {
	for w := range vocab {
		b[bigramIndex(w[0], w[1:])] = true
	}
	return b
}

// bigramIndex indexes firstTwo by a word's first letter and the rest.
func bigramIndex(c byte, rest string) int {
	k := 26
	if len(rest) > 0 {
		k = int((rest[0] | 0x20) - 'a')
	}
	return int((c|0x20)-'a')*27 + k
}

// bigram reports whether a word starting with c followed by rest may be in
// the vocabulary.
func bigram(c byte, rest string) bool { return firstTwo[bigramIndex(c, rest)] }

// tokenize appends the tokens of text to toks.
func tokenize(text string, toks []token) []token {
	space := true
	var lower [12]byte
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			space = true
			i++
			continue
		}
		r := rune(c)
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if r == 0xA0 || unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
		}
		t := token{start: int32(i)}
		if space {
			t.flags |= fSpace
		}
		space = false
		if !isAlnum(c) && !(c >= utf8.RuneSelf && unicode.IsLetter(r)) {
			t.kind = kPunct
			t.val = r
			i += size
			t.end = int32(i)
			toks = append(toks, t)
			continue
		}
		// A run of letters and digits.
		j := i
		letters, digits, ascii := 0, 0, true
		for j < len(text) {
			c := text[j]
			if c >= '0' && c <= '9' {
				digits++
				j++
				continue
			}
			if c == 'T' && letters == 0 && digits > 0 && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
				break // ISO 8601 "2015-07-20T10:00": the date ends at the T
			}
			if (c|0x20) >= 'a' && (c|0x20) <= 'z' {
				letters++
				j++
				continue
			}
			if c >= utf8.RuneSelf {
				r, size := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r) {
					letters++
					ascii = false
					j += size
					continue
				}
			}
			break
		}
		t.end = int32(j)
		switch {
		case letters == 0:
			t.kind = kNum
			t.val, t.nd = number(text[i:j])
		case digits == 0:
			t.kind = kWord
			if c >= 'A' && c <= 'Z' {
				t.flags |= fUpper
			}
			if ascii && j-i <= len(lower) && j-i > 0 && bigram(text[i], text[i+1:j]) {
				n := j - i
				for k := 0; k < n; k++ {
					lower[k] = text[i+k] | 0x20
				}
				if e, ok := vocab[string(lower[:n])]; ok {
					t.code, t.val, t.abbr = e.code, int32(e.val), e.abbr
				}
			}
		default:
			t.kind = kMixed
			if d := leadingDigits(text[i:j]); d > 0 && j-i-d == 2 && isOrdinal(text[i+d:j]) {
				t.kind = kOrd
				t.val, t.nd = number(text[i : i+d])
			}
		}
		toks = append(toks, t)
		i = j
	}
	return toks
}

func isAlnum(c byte) bool {
	return (c >= '0' && c <= '9') || ((c|0x20) >= 'a' && (c|0x20) <= 'z')
}

// number returns the value of a digit string, capped at 999999, and its
// number of digits, capped at 255.
func number(s string) (int32, uint8) {
	var v int32
	for i := 0; i < len(s); i++ {
		if v < 1000000 {
			v = v*10 + int32(s[i]-'0')
		}
	}
	if v > 999999 {
		v = 999999
	}
	n := len(s)
	if n > 255 {
		n = 255
	}
	return v, uint8(n)
}

func leadingDigits(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

func isOrdinal(s string) bool {
	a, b := s[0]|0x20, s[1]|0x20
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')
}
