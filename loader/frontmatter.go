package loader

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// frontMatterKeys are the front-matter fields parseMarkdown reads.
var frontMatterKeys = func() map[string]bool {
	keys := map[string]bool{}
	for _, list := range [][]string{fmSourceKeys, fmURLKeys, fmTitleKeys, fmDateKeys} {
		for _, k := range list {
			keys[k] = true
		}
	}
	return keys
}()

// quickFrontMatter reads the plain shape of YAML front matter that blog
// exports write (WordPress, Jekyll), which is most of it, without a YAML
// parser: the YAML library costs about a thousand allocations per post,
// more than all the rest of reading. Accepted, one entry per top-level
// key, each key once:
//
//	key: plain text          (one line; not a number, boolean or null where it is read)
//	key: "text"  key: 'text' (no escapes or inner quotes)
//	key: >                   (folded lines, all at one indentation)
//	key:                     (a list of folded or plain items)
//	  - >
//	    folded lines
//
// ok is false for anything else, and the caller then uses the YAML
// library: quickFrontMatter never decides that front matter is invalid,
// and where it says ok, the fields parseMarkdown reads have the values the
// library gives them (scan_test.go checks both, also by fuzzing).
func quickFrontMatter(front string) (fields map[string]any, ok bool) {
	if !strings.HasSuffix(front, "\n") || !isPlainText(front) {
		return nil, false
	}
	lines := strings.Split(strings.TrimSuffix(front, "\n"), "\n")
	fields = map[string]any{}
	seen := map[string]bool{}
	for i := 0; i < len(lines); {
		key, rest, found := strings.Cut(lines[i], ":")
		if !found || !isYAMLKey(key) || seen[key] || rest != "" && rest[0] != ' ' {
			return nil, false
		}
		seen[key] = true
		rest = strings.TrimLeft(rest, " ")
		i++
		var v any
		switch {
		case rest == ">":
			var s string
			if s, i, ok = foldedBlock(lines, i, 0); !ok {
				return nil, false
			}
			v = s
		case rest == "":
			var items []any
			first := -1
			for i < len(lines) && strings.HasPrefix(lines[i], " ") {
				item := lines[i]
				ind := len(item) - len(strings.TrimLeft(item, " "))
				if first < 0 {
					first = ind
				}
				text, isItem := strings.CutPrefix(item[ind:], "- ")
				if !isItem || ind != first {
					return nil, false
				}
				i++
				if text == ">" {
					var s string
					if s, i, ok = foldedBlock(lines, i, ind); !ok {
						return nil, false
					}
					items = append(items, s)
					continue
				}
				s, ok := plainScalar(text, true)
				if !ok {
					return nil, false
				}
				items = append(items, s)
			}
			if len(items) == 0 {
				return nil, false
			}
			v = items
		case rest == "true" || rest == "false":
			v = rest == "true" // a boolean, which parseMarkdown reads as ""
		default:
			s, ok := plainScalar(rest, frontMatterKeys[key])
			if !ok {
				return nil, false
			}
			v = s
		}
		if frontMatterKeys[key] {
			fields[key] = v
		}
	}
	return fields, true
}

// isYAMLKey reports whether k is a plain key at the start of a line.
func isYAMLKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !isASCIILetter(c) && c != '_' && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// foldedBlock reads the lines of a folded block scalar (">") from lines[i],
// more indented than parent and all at the indentation of the first: they
// fold into one line, ended by a newline. It returns the value and the
// index of the next line.
func foldedBlock(lines []string, i, parent int) (string, int, bool) {
	if i >= len(lines) {
		return "", i, false
	}
	first := lines[i]
	ind := len(first) - len(strings.TrimLeft(first, " "))
	if ind <= parent || ind == len(first) {
		return "", i, false
	}
	var parts []string
	for ; i < len(lines); i++ {
		l := lines[i]
		n := len(l) - len(strings.TrimLeft(l, " "))
		if n <= parent && n < len(l) {
			break
		}
		// Blank, more-indented or trailing-space lines fold in ways this
		// reader does not follow.
		if n != ind || n == len(l) || strings.HasSuffix(l, " ") {
			return "", i, false
		}
		parts = append(parts, l[n:])
	}
	return strings.Join(parts, " ") + "\n", i, true
}

// plainScalar reads a one-line value: quoted without escapes, or plain.
// When read is true the value must be a string to the YAML library (not a
// number, boolean, null or other typed value); otherwise it only has to be
// well formed.
func plainScalar(s string, read bool) (string, bool) {
	if s == `""` || s == `''` {
		return "", true
	}
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') {
		q := s[0]
		inner := s[1 : len(s)-1]
		if s[len(s)-1] != q || strings.IndexByte(inner, q) >= 0 || strings.IndexByte(inner, '\\') >= 0 {
			return "", false
		}
		return inner, true
	}
	if s == "" || strings.HasSuffix(s, " ") || strings.ContainsAny(s[:1], " -?:,[]{}#&*!|>'\"%@`") ||
		strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return "", false
	}
	if !read {
		return s, true
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".inf", "-.inf", "+.inf", ".nan":
		return "", false
	}
	if c := s[0]; '0' <= c && c <= '9' || c == '+' || c == '.' {
		// Numbers and timestamps resolve to other types; the one date
		// shape blog exports write stays a string.
		if !isPlainDateTime(s) {
			return "", false
		}
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return "", false
	}
	return s, true
}

// isPlainDateTime reports whether s is "YYYY-MM-DD" or "YYYY-MM-DD
// hh:mm:ss", which the YAML library leaves a string.
func isPlainDateTime(s string) bool {
	shape := "0000-00-00 00:00:00"
	if len(s) != 10 && len(s) != len(shape) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if shape[i] == '0' && (s[i] < '0' || s[i] > '9') || shape[i] != '0' && s[i] != shape[i] {
			return false
		}
	}
	return true
}

// isPlainText reports whether s is valid UTF-8 without control characters
// other than newlines, byte-order marks or other characters that YAML
// treats specially.
func isPlainText(s string) bool {
	for _, r := range s {
		switch {
		case r == '\n':
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || r == '\ufeff' || r == utf8.RuneError || r >= 0xfff0 && r <= 0xffff:
			return false
		case r >= 0xd800 && r <= 0xdfff:
			return false
		}
	}
	return true
}
