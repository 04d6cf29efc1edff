package loader

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// DecodeText returns b as UTF-8 text. A UTF-8 byte-order mark is dropped;
// valid UTF-8 is kept as it is, and every byte that is not part of a valid
// UTF-8 sequence is read as Windows-1252 (a superset of Latin-1's printable
// characters), the usual encoding of old wire and scraped news. Decoding byte
// by byte keeps a mostly-UTF-8 file with one stray Latin-1 byte intact.
func DecodeText(b []byte) string {
	b = bytes.TrimPrefix(b, utf8BOM)
	if utf8.Valid(b) {
		return string(b)
	}
	dec := charmap.Windows1252
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			sb.WriteRune(dec.DecodeByte(b[0]))
			b = b[1:]
			continue
		}
		sb.Write(b[:n])
		b = b[n:]
	}
	return sb.String()
}
