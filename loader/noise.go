package loader

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The noise rules below describe kinds of page furniture that news scrapes
// carry (tickers, breadcrumbs, widgets, related-story lists, copyright
// footers, end markers, reporter credits, photo captions), not any one
// article: each is a shape that many sites share.

var (
	// Widget phrases inside a line: "Adjust font size:", "Text size: A A A".
	fontSizeRE = regexp.MustCompile(`(?i)\b(?:adjust|change|increase|decrease)?\s*(?:font|text)[ -]size\s*:?(?:\s*[-+Aa]\s*){0,4}`)
	// End-of-story markers at the end of a paragraph.
	endMarkerRE = regexp.MustCompile(`(?i)\s*(?:\b(?:enditem|endit)\d*|\(end\)|-\s*end\s*-|\bend\s+of\s+story\b)\s*$`)
	// Reporter credits in parentheses at the end of a paragraph:
	// "(Reporting by X; Editing by Y)", "(Additional reporting by Z)".
	creditParenRE = regexp.MustCompile(`(?i)^\(\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|research|translated|translation|produced|graphics?)\b[^()]*\bby\b[^()]*\)\s*$`)
	// A reporter credit standing alone: "Reporting by X; Editing by Y".
	creditLineRE = regexp.MustCompile(`(?i)^(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|research|translated)\s+by\b`)
	// Breadcrumbs: "You are here: Home", "Home > World > Americas".
	breadcrumbRE = regexp.MustCompile(`(?i)^(?:you are here\b.*|home\s*(?:[>»›/|]\s*.*)?)$`)
	// Copyright footers.
	copyrightRE = regexp.MustCompile(`(?i)^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b`)
	// Photo captions and credits, one expression per shape (see isCaption):
	// "Photo: ...", "(Photo: ...", "AP Photo", "Reuters/Name", "photo by".
	captionStartRE  = regexp.MustCompile(`(?i)^(?:(?:photo|photograph|picture|image|caption|file photo|pictured|top photo)\s*(?::|—|–|-)\s|\(?\s*photo\s*:)`)
	captionAgencyRE = regexp.MustCompile(`(?i)\b(?:ap|afp|reuters|epa|getty|xinhua|upi)\s*(?:photo|images)\b`)
	captionSlashRE  = regexp.MustCompile(`(?i)\b(?:reuters|xinhua|afp|ap photo|epa)\s*/\s*[A-Z][a-z]+`)
	captionByRE     = regexp.MustCompile(`(?i)\bphoto(?:graph)?\s+(?:by|credit|courtesy)\b`)
	// AP's operator initials closing a story: "(pvs/vi/ji)".
	initialsRE = regexp.MustCompile(`^\([a-z]{1,4}(?:/[a-z]{1,4})+\)$`)
	// A contact line: "Jane Doe on Twitter: https://twitter.com/jdoe".
	contactRE = regexp.MustCompile(`(?i)\b(?:twitter|facebook|instagram|follow|e-?mail|contact|reach)\b.*\bhttps?://\S+$|^\S+@\S+\.\w+$`)
	// Stand-alone furniture paragraphs: "Continue reading the main story",
	// "Photo", "Credit: Jane Doe/HBO", "Associated Press/Wally Santana".
	standaloneRE = regexp.MustCompile(`(?i)^(?:continue reading(?: the (?:main )?story)?|photos?|images?|video|graphic|open graphic|advertisement|also|more…?|join the conversation:?|view (?:photos?|gallery)|what['’]s next|about the author|(?:photo |image )?credits?:.*|getty images)$|^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}/\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}$`)
	// The attribution line of an embedded tweet:
	// "— Jane Doe (@janedoe) April 5, 2016".
	tweetRE = regexp.MustCompile(`^[—–-]\s*.{1,80}\(@\w+\)\s+` + monthRE + `\s+\d{1,2},\s+\d{4}$`)
	// Ad-blocker notices.
	adBlockRE = regexp.MustCompile(`(?i)\bad[- ]?blockers?\b`)
	// A wire's note to editors: "ATTENTION - ADDS background, Olmert
	// comment on Iran ///", "EDITORS: RECASTS lead".
	editorNoteRE = regexp.MustCompile(`^(?:ATTENTION|EDITORS?|EDS|NOTE TO EDITORS)\s*[-:–—]\s|^[A-Z][A-Z ,.'-]+\b(?:ADDS|RECASTS|CORRECTS|UPDATES|REWRITES)\b.*///\s*$|\s///$`)
	// Headings of blocks that are not the story: tickers, related lists,
	// popularity lists.
	furnitureHeadingRE = regexp.MustCompile(`(?i)^(?:off the wire|related(?:\s+(?:stories|articles|news|coverage|content|links|topics|posts|reading|items))?|more\s+(?:news|stories|from\b.*)|most\s+(?:read|popular|viewed|shared|emailed)|top\s+(?:stories|news)|latest(?:\s+(?:news|stories|headlines))?|editor'?s\s+picks?|trending(?:\s+now)?|you\s+may\s+(?:also\s+)?like|recommended(?:\s+for\s+you)?|see\s+also|also\s+read|read\s+(?:more|also)|further\s+reading|in\s+pictures|special\s+reports?|headlines|also\s+(?:on|from|at)\s+\S+(?:\s+\S+)?)\s*:?$`)
)

// widgetWords are the words of share/print/e-mail/font widgets. A line made
// only of these words (and at least one strong one) is a widget.
var widgetWords = map[string]bool{
	"share": true, "print": true, "email": true, "e-mail": true, "mail": true, "tweet": true,
	"facebook": true, "twitter": true, "linkedin": true, "whatsapp": true, "pinterest": true,
	"reddit": true, "google": true, "comments": true, "comment": true, "save": true, "font": true,
	"size": true, "subscribe": true, "follow": true, "newsletter": true, "advertisement": true,
	"sponsored": true, "bookmark": true, "copy": true, "link": true, "permalink": true, "rss": true,
	"this": true, "article": true, "story": true, "page": true, "on": true, "us": true, "to": true,
	"a": true, "the": true, "via": true, "and": true, "or": true, "close": true, "text": true,
	"adjust": true, "reprints": true, "reprint": true, "license": true, "licensing": true,
	"source": true, "top": true, "back": true, "more": true, "x": true, "sms": true, "flipboard": true,
	"telegram": true, "messenger": true, "vk": true, "weibo": true, "wechat": true, "send": true,
	"go": true, "skip": true, "start": true, "of": true, "jump": true, "content": true, "main": true,
}

var strongWidgetWords = map[string]bool{
	"share": true, "print": true, "email": true, "e-mail": true, "tweet": true, "facebook": true,
	"twitter": true, "linkedin": true, "whatsapp": true, "pinterest": true, "reddit": true,
	"font": true, "subscribe": true, "advertisement": true, "bookmark": true, "permalink": true,
	"reprints": true, "source": true, "comments": true, "sponsored": true, "skip": true, "jump": true,
}

// isWidgetLine reports whether a line, lower-cased in low, is made only of
// widget words (split at characters other than letters, '-' and '+'; at
// most 14 of them) and at least one strong one.
func isWidgetLine(low []byte) bool {
	words, strong := 0, false
	for i := 0; i < len(low); {
		// Find the next word: a run of letters, '-' and '+'.
		start := i
		for i < len(low) {
			r, size := rune(low[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRune(low[i:])
			}
			if !unicode.IsLetter(r) && r != '-' && r != '+' {
				break
			}
			i += size
		}
		if i == start {
			_, size := utf8.DecodeRune(low[i:])
			i += size
			continue
		}
		words++
		w := bytes.Trim(low[start:i], "-+")
		if len(w) == 0 {
			continue
		}
		// A word that is not a widget word decides, whatever the count.
		if !widgetWords[string(w)] {
			return false
		}
		strong = strong || strongWidgetWords[string(w)]
	}
	return words > 0 && words <= 14 && strong
}

// isTicker reports whether line is a run of headlines joined by bullets or
// bars (a "latest news" ticker): at least three separators and short pieces.
func isTicker(line string) bool {
	// Every separator holds '|' or a byte that starts a two- or
	// three-byte character of the Latin-1 or punctuation blocks.
	// The three-byte ones are '•' or start with E2 96; other characters
	// that start with E2 (curly quotes, dashes) are common.
	if strings.IndexByte(line, '|') < 0 && strings.IndexByte(line, 0xC2) < 0 &&
		!strings.Contains(line, "•") && !strings.Contains(line, "\xe2\x96") {
		return false
	}
	n := 0
	for _, sep := range []string{"•", "·", "▪", "►", "▸", " | ", "»"} {
		n += strings.Count(line, sep)
	}
	if n < 3 {
		return false
	}
	return utf8.RuneCountInString(line)/(n+1) < 140
}

// isNoiseLine reports whether one line of page text is furniture, not story.
// Each pattern is tried only when a cheap substring test says it can match:
// this runs on every line of every article. The substring tests look at the
// line lower-cased into a buffer on the stack, so a line costs no
// allocation.
func isNoiseLine(line string) bool {
	if line == "" {
		return false
	}
	if strings.IndexFunc(line, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		// A separator ("____", "* * *") or stray punctuation.
		return true
	}
	if isTicker(line) {
		return true
	}
	if len(line) > 300 {
		return false
	}
	var buf [320]byte
	low := appendLower(buf[:0], line)
	switch {
	case (hasLowerPrefix(line, "you are here") || hasLowerPrefix(line, "home")) && breadcrumbRE.MatchString(line):
		return true
	case len(line) < 160 && isWidgetLine(low):
		return true
	case len(line) < 200 && mayBeCopyright(low) && containsAny(low, lowCopyright) && copyrightRE.MatchString(line):
		return true
	case mayBeCaption(line, low) && (containsAny(low, lowCaption) || bytes.IndexByte(low, '/') >= 0 && containsAny(low, lowCaptionBy)) && isCaption(line, low):
		return true
	case len(line) < 200 && mayBeContact(line) && containsAny(low, lowContact) && contactRE.MatchString(line):
		return true
	case len(line) < 80 && isStandalone(line):
		return true
	case strings.Contains(line, "(@") && tweetRE.MatchString(line):
		return true
	case isEditorNote(line):
		return true
	case len(line) < 200 && isLinkLine(line):
		return true
	case len(line) < 300 && bytes.Contains(low, lowBlock) && adBlockRE.MatchString(line):
		return true
	}
	return false
}

// mayBeCopyright reports whether a line, lower-cased in low, can be a
// copyright footer (copyrightRE): it starts with "©", "(c)" or
// "copyright", or holds "erved" ("all rights reserved", also with the
// 'ſ' that (?i) takes for 's').
func mayBeCopyright(low []byte) bool {
	return bytes.HasPrefix(low, lowCopyrightSign) || bytes.HasPrefix(low, lowParenC) ||
		bytes.HasPrefix(low, lowCopyrightWord) || bytes.Contains(low, lowErved)
}

// mayBeCaption reports whether a line, lower-cased in low, can be a
// caption (isCaption): it holds "photo", "image" or '/', or starts with
// "picture" or "caption" (captionStartRE's other words hold "photo").
func mayBeCaption(line string, low []byte) bool {
	return bytes.Contains(low, lowPhoto) || bytes.Contains(low, lowImage) || strings.IndexByte(line, '/') >= 0 ||
		bytes.HasPrefix(low, lowPicture) || bytes.HasPrefix(low, lowCaptionWord)
}

// mayBeContact reports whether line can be a contact line (contactRE):
// its last word (after the last \s) holds "://", or it has no white
// space and holds '@'.
func mayBeContact(line string) bool {
	k := strings.LastIndexAny(line, " \t\n\f\r")
	if k < 0 {
		return strings.IndexByte(line, '@') >= 0 || strings.Contains(line, "://")
	}
	return strings.Contains(line[k+1:], "://")
}

// isEditorNote reports whether a line or title is a wire's note to
// editors (editorNoteRE). A cheap test of its first or last words goes
// first: the pattern would cost a second on a large corpus's every line.
func isEditorNote(line string) bool {
	return len(line) < 200 && (strings.HasSuffix(line, "///") || strings.HasPrefix(line, "ATTENTION") ||
		strings.HasPrefix(line, "EDITOR") || strings.HasPrefix(line, "EDS") || strings.HasPrefix(line, "NOTE TO")) &&
		editorNoteRE.MatchString(line)
}

// The substrings that must be in a lower-cased line before a pattern is
// tried on it.
var (
	lowCopyright = byteSlices("©", "(c)", "copyright", "rights reserved")
	lowCaption   = byteSlices("photo", "image", "picture", "caption") // "pictured" holds "picture"
	lowCaptionBy = byteSlices("reuters", "xinhua", "afp", "epa")      // (with a "/" in the line: "Reuters/Jane Doe", "Reuters / Jane Doe")
	lowContact   = byteSlices("http", "@")
	lowBlock     = []byte("block")

	lowCopyrightSign = []byte("©")
	lowParenC        = []byte("(c)")
	lowCopyrightWord = []byte("copyright")
	lowErved         = []byte("erved")
	lowPicture       = []byte("picture")
	lowCaptionWord   = []byte("caption")
	lowPhoto         = []byte("photo")
	lowImage         = []byte("image")
)

func byteSlices(s ...string) [][]byte {
	out := make([][]byte, len(s))
	for i, v := range s {
		out[i] = []byte(v)
	}
	return out
}

func containsAny(s []byte, subs [][]byte) bool {
	for _, sub := range subs {
		if bytes.Contains(s, sub) {
			return true
		}
	}
	return false
}

// isCaption reports whether a line is a photo caption or credit
// (captionRE), trying each of its shapes only when the line can hold it.
func isCaption(line string, low []byte) bool {
	if captionStartRE.MatchString(line) {
		return true
	}
	photo := bytes.Contains(low, lowPhoto)
	if (photo || bytes.Contains(low, lowImage)) && captionAgencyRE.MatchString(line) {
		return true
	}
	if strings.IndexByte(line, '/') >= 0 && captionSlashRE.MatchString(line) {
		return true
	}
	return photo && captionByRE.MatchString(line)
}

// linkLabels are the labels news pages put before a link to another story
// or a graphic ("Related: Chicago is America's most segregated city",
// "Map: Flow of foreign fighters to Syria"), lower-case, without the colon.
var linkLabels = []string{
	"related", "read", "read more", "read also", "also read", "see also", "more", "watch",
	"listen", "map", "graphic", "gallery", "video", "photos", "slideshow", "don't miss", "must read",
}

// isLinkLine reports whether a line is a link to another story, not the
// story's own text: a whole line in square brackets ("[Read: Tunisia sends
// most foreign fighters to Islamic State in Syria]", as the Washington
// Post writes them), or a link label, a colon and at most 20 words.
func isLinkLine(line string) bool {
	if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
		return !strings.ContainsAny(line[1:len(line)-1], "[]")
	}
	colon := strings.IndexByte(line, ':')
	if colon < 3 || colon > 12 {
		return false
	}
	label := strings.ToLower(line[:colon])
	for _, l := range linkLabels {
		if label == l {
			rest := strings.Fields(line[colon+1:])
			return len(rest) > 0 && len(rest) <= 20
		}
	}
	return false
}

// standalonePhrases are the furniture paragraphs standaloneRE names
// literally; compared with case folding, as (?i) does.
var standalonePhrases = []string{
	"continue reading", "continue reading the story", "continue reading the main story",
	"photo", "photos", "image", "images", "video", "graphic", "open graphic", "advertisement",
	"also", "more", "more…", "join the conversation", "join the conversation:", "getty images",
	"view photo", "view photos", "view gallery", "what's next", "what’s next", "about the author",
}

// isStandalone reports whether a whole line is a stand-alone furniture
// paragraph (standaloneRE): the literal phrases and "Credit: ..." lines are
// compared directly; the "Name/Agency" credit shape needs a '/' and only
// letters, spaces and ".'-/" (isNameCharacters), and only then is the
// expression run.
func isStandalone(line string) bool {
	if strings.IndexByte(line, '/') >= 0 && isNameCharacters(line) {
		return standaloneRE.MatchString(line)
	}
	// Every phrase, and "credit", "photo credit" and "image credit", starts
	// with an ASCII letter that no other character folds to ('s' and 'k'
	// are not among them).
	first, _ := foldASCII(line)
	if first == 0 {
		return false
	}
	for _, p := range standalonePhrases {
		if p[0] == first && strings.EqualFold(line, p) {
			return true
		}
	}
	if first != 'p' && first != 'i' && first != 'c' {
		return false
	}
	// (?:photo |image )?credits?:.*
	rest := line
	if r, ok := cutPrefixFold(rest, "photo "); ok {
		rest = r
	} else if r, ok := cutPrefixFold(rest, "image "); ok {
		rest = r
	}
	rest, ok := cutPrefixFold(rest, "credit")
	if !ok {
		return false
	}
	if r, ok := cutPrefixFold(rest, "s"); ok && strings.HasPrefix(r, ":") {
		rest = r
	}
	return strings.HasPrefix(rest, ":") && strings.IndexByte(rest, '\n') < 0
}

// isNameCharacters reports whether s is made only of what the
// "Name/Agency" shape of standaloneRE allows: letters (under (?i), any
// character whose case folds include a letter), spaces and ".'-/".
func isNameCharacters(s string) bool {
	for _, r := range s {
		switch r {
		case ' ', '.', '\'', '-', '/':
			continue
		}
		if !foldsToLetter(r) {
			return false
		}
	}
	return true
}

// foldsToLetter reports whether r, or a character it folds to, is a letter.
func foldsToLetter(r rune) bool {
	if unicode.IsLetter(r) {
		return true
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if unicode.IsLetter(f) {
			return true
		}
	}
	return false
}

// isFurnitureHeading reports whether p is the heading of a ticker or of a
// related-stories or popularity list.
func isFurnitureHeading(p string) bool {
	return len(p) < 60 && hasFoldedStart(p, furnitureHeadingStarts) && furnitureHeadingRE.MatchString(p)
}

// furnitureHeadingStarts are the first two letters of every heading that
// furnitureHeadingRE names ("off the wire", "related", "more", "most",
// "top", ...), and creditLineStarts those of every credit that
// creditLineRE names ("additional", "reporting", "writing", ...). A
// paragraph that starts otherwise cannot match, so the expression is not
// run on it.
const (
	furnitureHeadingStarts = "of re mo to la ed tr yo se al fu in sp he"
	creditLineStarts       = "ad re wr ed co tr"
)

// isCreditLine reports whether a paragraph is a reporter credit standing
// alone (creditLineRE).
func isCreditLine(p string) bool {
	return len(p) < 300 && hasFoldedStart(p, creditLineStarts) && creditLineRE.MatchString(p)
}

// isHeadlineLike reports whether a paragraph looks like a list item of a
// related-stories block: short and not a sentence.
func isHeadlineLike(p string) bool {
	if utf8.RuneCountInString(p) > 160 {
		return false
	}
	end, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p, `"”’' `))
	return end != '.' && end != '!' && end != ':' && end != ';'
}

// normalizeSpace replaces every run of white space (including no-break and
// other Unicode spaces) by one space and drops zero-width characters.
func normalizeSpace(s string) string {
	if isNormalSpace(s) {
		return s
	}
	return collapseSpace(s)
}

// unglueWeekday puts a space between a weekday and a date glued to it by
// a page's markup: "received on Tuesday29/9/2020 a phone call".
func unglueWeekday(l string) string {
	if !strings.Contains(l, "day") {
		return l
	}
	for i := 0; ; {
		k := strings.Index(l[i:], "day")
		if k < 0 {
			return l
		}
		e := i + k + 3
		if e < len(l) && l[e] >= '0' && l[e] <= '9' {
			for _, d := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
				if strings.HasSuffix(l[:e], d) {
					l = l[:e] + " " + l[e:]
					break
				}
			}
		}
		i = e
	}
}

// collapseSpace is normalizeSpace without the fast path for text that is
// already normal: it always builds the result rune by rune.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isZeroWidth(r):
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// cleanParagraph removes in-line noise from one paragraph: ad markers, font
// widgets, end markers and trailing reporter credits. p's white space is
// normal already (Paragraphs normalizes every line), so it is normalized
// again only when a marker or widget was replaced.
func cleanParagraph(p string) string {
	orig := p
	p = dropAdMarkers(p)
	if mayHaveFontSize(p) && containsLower(p, "size") {
		p = fontSizeRE.ReplaceAllString(p, " ")
	}
	if p != orig {
		p = normalizeSpace(p)
	}
	for {
		q := trimTrailingNoise(p)
		if q == p {
			return p
		}
		p = q
	}
}

// mayHaveFontSize reports whether p can hold a font widget (fontSizeRE):
// "font" or "text", a space or '-', and "size", in any case ('ſ' counts as
// 's', as (?i) folds it). It looks only around each 'z', a rare letter, so
// that the expression, which has no literal prefix and is tried at every
// position, runs on few paragraphs.
func mayHaveFontSize(p string) bool {
	for _, z := range []byte{'z', 'Z'} {
		for i := 0; ; i++ {
			k := strings.IndexByte(p[i:], z)
			if k < 0 {
				break
			}
			i += k
			if fontSizeAt(p, i) {
				return true
			}
		}
	}
	return false
}

// fontSizeAt reports whether the 'z' at p[z] is that of "font size",
// "text-size" and the like.
func fontSizeAt(p string, z int) bool {
	if z < 2 || z+1 >= len(p) || lowerASCII(p[z-1]) != 'i' || lowerASCII(p[z+1]) != 'e' {
		return false
	}
	s := z - 2 // where the 's' starts
	if lowerASCII(p[s]) != 's' {
		if s < 1 || p[s-1:z-1] != "\u017f" {
			return false
		}
		s--
	}
	if s < 5 || p[s-1] != ' ' && p[s-1] != '-' {
		return false
	}
	var word [4]byte
	for k := range word {
		word[k] = lowerASCII(p[s-5+k])
	}
	return string(word[:]) == "font" || string(word[:]) == "text"
}

// trimTrailingNoise removes one end marker, operator initials or reporter
// credit from the end of p. The patterns are matched against the tail only
// (from the last "(" for parenthesised ones), so the cost does not grow
// with the paragraph.
func trimTrailingNoise(p string) string {
	if strings.HasSuffix(p, ")") {
		if k := strings.LastIndexByte(p, '('); k >= 0 {
			tail := p[k:]
			if creditParenRE.MatchString(tail) || initialsRE.MatchString(tail) || endMarkerRE.MatchString(tail) {
				return strings.TrimSpace(p[:k])
			}
		}
	}
	start := max(0, len(p)-40)
	for start > 0 && !utf8.RuneStart(p[start]) {
		start--
	}
	tail := p[start:]
	// Every end marker holds "end" and has a telling last character.
	if !endsLikeEndMarker(tail) || !containsLower(tail, "end") {
		return p
	}
	if loc := endMarkerRE.FindStringIndex(tail); loc != nil {
		return strings.TrimSpace(p[:start+loc[0]])
	}
	return p
}

// endsLikeEndMarker reports whether s, before trailing white space (\s),
// ends with a character that ends one of endMarkerRE's markers: a digit,
// 'm' or 't' ("ENDITEM2", "endit"), ')' ("(end)"), '-' ("- end -") or
// 'y' ("end of story"). Most paragraphs end otherwise, and then the
// expression need not run.
func endsLikeEndMarker(s string) bool {
	s = strings.TrimRight(s, " \t\n\f\r")
	if s == "" {
		return false
	}
	switch c := lowerASCII(s[len(s)-1]); {
	case '0' <= c && c <= '9', c == 'm', c == 't', c == ')', c == '-', c == 'y':
		return true
	}
	return false
}

// Paragraphs splits text into cleaned paragraphs: blocks separated by blank
// lines, noise lines dropped, a block's lines joined with spaces when they
// are hard-wrapped (each line at most 100 characters) and kept apart
// otherwise; then in-line noise is removed and furniture paragraphs (related
// lists, reporter credits, copyright footers) are dropped. When perLine is
// true every line is a paragraph of its own (text rendered from HTML).
func Paragraphs(text string, perLine bool) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var paras, lines []string
	for _, block := range splitBlocks(text) {
		lines = lines[:0]
		wrapped := !perLine
		for rest := block; rest != ""; {
			l := rest
			if k := strings.IndexByte(rest, '\n'); k >= 0 {
				l, rest = rest[:k], rest[k+1:]
			} else {
				rest = ""
			}
			l = unglueWeekday(strings.TrimSpace(normalizeSpace(l)))
			if l == "" {
				continue
			}
			if wrapped && len(l) > 100 && utf8.RuneCountInString(l) > 100 {
				wrapped = false
			}
			lines = append(lines, l)
		}
		if wrapped && len(lines) > 1 {
			// Hard-wrapped lines of one paragraph, unless some are noise:
			// then judge each line.
			noisy := false
			for _, l := range lines {
				if isNoiseLine(l) || isFurnitureHeading(l) {
					noisy = true
					break
				}
			}
			if !noisy {
				paras = append(paras, strings.Join(lines, " "))
				continue
			}
		}
		paras = append(paras, lines...)
	}
	return dropFurniture(paras)
}

// splitBlocks splits text at blank lines (lines of white space only); each
// block is a substring of text, its lines still joined by "\n".
func splitBlocks(text string) []string {
	var blocks []string
	start := -1 // where the current block starts, -1 between blocks
	for i := 0; i <= len(text); {
		end := len(text)
		if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
			end = i + k
		}
		if isBlank(text[i:end]) {
			if start >= 0 {
				blocks = append(blocks, text[start:i-1])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i = end + 1
	}
	if start >= 0 {
		blocks = append(blocks, text[start:])
	}
	return blocks
}

// dropFurniture removes noise paragraphs and the lists that follow
// furniture headings, and cleans in-line noise from the rest.
// repeated reports whether paragraph p repeats word for word one of kept,
// the paragraphs kept so far. seen indexes them once the first few have
// been compared directly, so a long article costs no quadratic time.
func repeated(kept []string, seen *map[string]bool, p string) bool {
	const direct = 16
	if len(kept) < direct {
		return slices.Contains(kept, p)
	}
	if *seen == nil {
		*seen = make(map[string]bool, 2*len(kept))
	}
	for _, k := range kept[len(*seen):] {
		(*seen)[k] = true
	}
	return (*seen)[p]
}

func dropFurniture(paras []string) []string {
	out := paras[:0]
	inList := false
	var seen map[string]bool // paragraphs kept, once a paragraph repeats one
	for _, p := range paras {
		if isNoiseLine(p) {
			// A ticker or widget right after a heading was the list.
			inList = false
			continue
		}
		if isFurnitureHeading(p) {
			inList = true
			continue
		}
		if inList {
			if isHeadlineLike(p) {
				continue
			}
			inList = false
		}
		if (strings.HasPrefix(p, "* ") || strings.HasPrefix(p, "• ")) && isHeadlineLike(p) && utf8.RuneCountInString(p) < 120 {
			continue // "* The doubts and delays behind the Iran prisoner swap": a link to another story
		}
		q := cleanParagraph(p)
		// An unchanged paragraph was judged above.
		if q == "" || q != p && isNoiseLine(q) || isCreditLine(q) {
			continue
		}
		if repeated(out, &seen, q) {
			continue // a gallery's caption again, or a paragraph scraped twice
		}
		out = append(out, q)
	}
	// A lone sign-off at the end of a wire story.
	for len(out) > 0 {
		last := strings.ToLower(strings.Trim(out[len(out)-1], " .-"))
		if last == "reuter" || last == "reuters" || last == "ap" || last == "xinhua" || last == "afp" || last == "end" {
			out = out[:len(out)-1]
			continue
		}
		break
	}
	return out
}
