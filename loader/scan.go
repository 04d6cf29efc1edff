package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The helpers below replace regular expressions and lower-cased copies on
// the per-line and per-article hot paths of cleaning. Each one does exactly
// what the expression or expression it replaces did (scan_test.go checks
// them against those expressions, also by fuzzing), at byte-scanning speed
// and without allocating when there is nothing to change.

// lowerASCII returns c in lower case when it is an ASCII letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasLowerPrefix reports whether strings.ToLower(s) starts with prefix, a
// lower-case ASCII string, without building the lower-case copy. Two
// non-ASCII letters lower to ASCII ones (U+0130 to 'i', U+212A to 'k'), so
// non-ASCII runes are lowered rune by rune.
func hasLowerPrefix(s, prefix string) bool {
	j := 0
	for k := 0; k < len(prefix); k++ {
		if j >= len(s) {
			return false
		}
		if c := s[j]; c < utf8.RuneSelf {
			if lowerASCII(c) != prefix[k] {
				return false
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.ToLower(r) != rune(prefix[k]) {
			return false
		}
		j += size
	}
	return true
}

// containsLower reports whether strings.ToLower(s) contains sub, a
// non-empty lower-case ASCII string, without building the lower-case copy.
func containsLower(s, sub string) bool {
	first := sub[0]
	// The only non-ASCII characters that lower to ASCII are U+0130 ('i',
	// first byte 0xC4) and U+212A ('k', first byte 0xE2): other non-ASCII
	// bytes cannot start a match.
	var lead byte
	switch first {
	case 'i':
		lead = 0xC4
	case 'k':
		lead = 0xE2
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; lowerASCII(c) != first && (c != lead || lead == 0) {
			continue
		}
		if hasLowerPrefix(s[i:], sub) {
			return true
		}
	}
	return false
}

// appendLower appends strings.ToLower(s) to dst: ASCII byte by byte, other
// runes by unicode.ToLower, bytes that are not UTF-8 as U+FFFD (as
// strings.ToLower does).
func appendLower(dst []byte, s string) []byte {
	// Copy s whole and lower its ASCII prefix in place; from the first
	// non-ASCII byte on, go rune by rune.
	n := len(dst)
	dst = append(dst, s...)
	i := n
	for ; i < len(dst); i++ {
		c := dst[i]
		if c >= utf8.RuneSelf {
			break
		}
		if 'A' <= c && c <= 'Z' {
			dst[i] = c + 'a' - 'A'
		}
	}
	if i == len(dst) {
		return dst
	}
	s = s[i-n:]
	dst = dst[:i]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, lowerASCII(c))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// foldEq reports whether rune r equals the ASCII byte b under simple case
// folding, as a (?i) regular expression compares them ('ſ' is 's', the
// Kelvin sign is 'k').
func foldEq(r rune, b byte) bool {
	if r == rune(b) {
		return true
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f == rune(b) {
			return true
		}
	}
	return false
}

// foldASCII returns the character at the start of s as the lower-case
// ASCII byte it equals under simple case folding ('ſ' is 's', the Kelvin
// sign is 'k'; other ASCII bytes are lowered), with its size; a character
// that folds to no ASCII byte gives 0, and so does an empty s.
func foldASCII(s string) (byte, int) {
	if s == "" {
		return 0, 0
	}
	if c := s[0]; c < utf8.RuneSelf {
		return lowerASCII(c), 1
	}
	switch {
	case strings.HasPrefix(s, "\u017f"):
		return 's', len("\u017f")
	case strings.HasPrefix(s, "\u212a"):
		return 'k', len("\u212a")
	}
	return 0, 1
}

// hasFoldedStart reports whether s starts, under simple case folding (as
// a (?i) expression compares), with one of the two-letter lower-case
// ASCII prefixes listed in starts, separated by spaces ("of re mo").
func hasFoldedStart(s, starts string) bool {
	if len(s) < 2 {
		return false
	}
	a, n := foldASCII(s)
	if a == 0 || n >= len(s) {
		return false
	}
	b, _ := foldASCII(s[n:])
	for i := 0; i+1 < len(starts); i += 3 {
		if starts[i] == a && starts[i+1] == b {
			return true
		}
	}
	return false
}

// cutPrefixFold returns s without prefix, an ASCII string, when s starts
// with it under simple case folding.
func cutPrefixFold(s, prefix string) (string, bool) {
	j := 0
	for k := 0; k < len(prefix); k++ {
		if j >= len(s) {
			return s, false
		}
		r, size := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[j:])
		}
		if !foldEq(r, prefix[k]) {
			return s, false
		}
		j += size
	}
	return s[j:], true
}

// isBlank reports whether s is only white space (what strings.TrimSpace
// removes, no-break spaces included).
func isBlank(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// isNormalSpace reports whether normalizeSpace would return s unchanged:
// valid UTF-8 without zero-width or control characters, white space only
// as single ASCII spaces between other characters.
func isNormalSpace(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case ' ' < c && c < 0x7f:
			// Printable ASCII, most of any text: one test.
			i++
		case c == ' ':
			// A space must follow a character that is not a space (a
			// byte of a longer character is not one).
			if i == 0 || s[i-1] == ' ' {
				return false
			}
			i++
		case c < utf8.RuneSelf:
			return false // an ASCII control character
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || isZeroWidth(r) || unicode.IsSpace(r) || unicode.IsControl(r) {
				return false
			}
			i += size
		}
	}
	return s == "" || s[len(s)-1] != ' '
}

// isZeroWidth reports whether r is a character normalizeSpace drops.
func isZeroWidth(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad'
}

// between returns the text between the first open and the first close
// after it, as the expression `(?s)OPEN(.*?)CLOSE` finds it. When close is
// missing, ok is false unless toEnd is set, and then the text runs to the
// end of s (`(?s)OPEN(.*?)(?:CLOSE|$)`).
func between(s, open, close string, toEnd bool) (string, bool) {
	i := strings.Index(s, open)
	if i < 0 {
		return "", false
	}
	rest := s[i+len(open):]
	j := strings.Index(rest, close)
	if j < 0 {
		if toEnd {
			return rest, true
		}
		return "", false
	}
	return rest[:j], true
}

// stripTags removes every tag, as `<[^>]*>` replaced by "" does: from a
// '<' to the next '>'; a '<' with no '>' after it stays.
func stripTags(s string) string {
	i := strings.IndexByte(s, '<')
	if i < 0 {
		return s
	}
	j := strings.IndexByte(s[i:], '>')
	if j < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		b.WriteString(s[:i])
		s = s[i+j+1:]
		if i = strings.IndexByte(s, '<'); i < 0 {
			break
		}
		if j = strings.IndexByte(s[i:], '>'); j < 0 {
			break
		}
	}
	b.WriteString(s)
	return b.String()
}

// isSpaceTab reports whether c is a space or a tab.
func isSpaceTab(c byte) bool { return c == ' ' || c == '\t' }

// isPerlSpace reports whether c is white space in the sense of a regular
// expression's \s: tab, newline, form feed, carriage return or space.
func isPerlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// indentParagraphs turns every newline followed by spaces or tabs into a
// blank line (`\n[ \t]+` replaced by "\n\n"): an indented line starts a
// paragraph in wire copy.
func indentParagraphs(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '\n' || i+1 >= len(s) || !isSpaceTab(s[i+1]) {
			continue
		}
		j := i + 1
		for j < len(s) && isSpaceTab(s[j]) {
			j++
		}
		if b.Len() == 0 {
			b.Grow(len(s) + 64)
		}
		b.WriteString(s[last:i])
		b.WriteString("\n\n")
		last = j
		i = j - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// dropAdMarkers replaces every ad marker ("[ad_1]") by a space, as
// `\[ad_\d+\]` replaced by " " does.
func dropAdMarkers(s string) string {
	const open = "[ad_"
	var b strings.Builder
	last := 0
	for i := 0; ; {
		k := strings.Index(s[i:], open)
		if k < 0 {
			break
		}
		start := i + k
		j := start + len(open)
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j == start+len(open) || j >= len(s) || s[j] != ']' {
			i = start + 1
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:start])
		b.WriteByte(' ')
		last, i = j+1, j+1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
