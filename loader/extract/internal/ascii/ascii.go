// Package ascii holds the byte-level text helpers the extractor and its
// gazetteer share: lower-casing that keeps every offset, and a test for
// text that needs no Unicode case rules.
package ascii

import "unicode/utf8"

// Lower returns s with its ASCII capitals lower-cased and every other byte
// unchanged, so that offsets into s are offsets into the result (for an
// ASCII word, the slice is what strings.ToLower gives); s itself when it
// has no ASCII capital.
func Lower(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// Only reports whether s has only ASCII bytes.
func Only(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
