package loader

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// hasUTF16BOM reports whether b starts with a UTF-16 byte-order mark, in
// either byte order.
func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
}

// utf16Decoder decodes UTF-16 led by its byte-order mark, in the order the
// mark gives, into UTF-8 without the mark. A lone surrogate or odd last
// byte becomes U+FFFD.
func utf16Decoder() *encoding.Decoder {
	return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
}

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
