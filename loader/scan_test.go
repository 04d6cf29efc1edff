package loader

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
)

// The expressions and code that the byte scanners of scan.go, noise.go and
// markdown.go replaced, kept here as the reference they must agree with.
var (
	refTagRE         = regexp.MustCompile(`<[^>]*>`)
	refIndentRE      = regexp.MustCompile(`\n[ \t]+`)
	refDateRE        = regexp.MustCompile(`(?s)<DATE>(.*?)</DATE>`)
	refBodyRE        = regexp.MustCompile(`(?s)<BODY>(.*?)(?:</BODY>|$)`)
	refLinkRE        = regexp.MustCompile(`!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"\n]*")?\)`)
	refHeadingRE     = regexp.MustCompile(`(?m)^\s{0,3}#{1,6}\s+`)
	refEmphasisRE    = regexp.MustCompile(`\*\*([^*\n]+)\*\*|__([^_\n]+)__`)
	refBlankLineRE   = regexp.MustCompile(`\n[ \t]*\n`)
	refSelfClosingRE = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*?)?\s*/>`)
	refNewIDRE       = regexp.MustCompile(`<REUTERS[^>]*\bNEWID="(\d+)"`)
	refSgmlTextRE    = regexp.MustCompile(`(?s)<TEXT[^>]*>(.*?)(?:</TEXT>|$)`)
	refAdMarkerRE    = regexp.MustCompile(`\[ad_\d+\]`)
	refCaptionRE     = regexp.MustCompile(`(?i)^(?:photo|photograph|picture|image|caption|file photo|pictured|top photo)\s*(?::|—|–|-)\s|\b(?:ap|afp|reuters|epa|getty|xinhua|upi)\s*(?:photo|images)\b|\b(?:reuters|xinhua|afp|ap photo|epa)\s*/\s*[A-Z][a-z]+|\bphoto(?:graph)?\s+(?:by|credit|courtesy)\b|^\(?\s*photo\s*:`)
)

func refCloseRawElements(s string) string {
	if !strings.Contains(s, "/>") {
		return s
	}
	return refSelfClosingRE.ReplaceAllStringFunc(s, func(tag string) string {
		m := refSelfClosingRE.FindStringSubmatch(tag)
		if voidElements[strings.ToLower(m[1])] {
			return tag
		}
		return "<" + m[1] + m[2] + "></" + m[1] + ">"
	})
}

func refIsWidgetLine(low string) bool {
	words := strings.FieldsFunc(low, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '+'
	})
	if len(words) == 0 || len(words) > 14 {
		return false
	}
	strong := false
	for _, w := range words {
		w = strings.Trim(w, "-+")
		if w == "" {
			continue
		}
		if !widgetWords[w] {
			return false
		}
		strong = strong || strongWidgetWords[w]
	}
	return strong
}

func refIsTicker(line string) bool {
	n := 0
	for _, sep := range []string{"•", "·", "▪", "►", "▸", " | ", "»"} {
		n += strings.Count(line, sep)
	}
	return n >= 3 && len([]rune(line))/(n+1) < 140
}

// refCleanParagraph and refTrimTrailingNoise are cleanParagraph and
// trimTrailingNoise as they were before their cheap pre-checks.
func refCleanParagraph(p string) string {
	if strings.Contains(p, "[ad_") {
		p = refAdMarkerRE.ReplaceAllString(p, " ")
	}
	if containsLower(p, "size") {
		p = fontSizeRE.ReplaceAllString(p, " ")
	}
	p = normalizeSpace(p)
	for {
		q := refTrimTrailingNoise(p)
		if q == p {
			return p
		}
		p = q
	}
}

func refTrimTrailingNoise(p string) string {
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
	if !containsLower(tail, "end") {
		return p
	}
	if loc := endMarkerRE.FindStringIndex(tail); loc != nil {
		return strings.TrimSpace(p[:start+loc[0]])
	}
	return p
}

// checkScanners compares every scanner with its reference on s.
func checkScanners(t *testing.T, s string) {
	t.Helper()
	low := strings.ToLower(s)
	for _, sub := range []string{"end", "size", "reuter", "photo", "k", "i", "home"} {
		if got, want := containsLower(s, sub), strings.Contains(low, sub); got != want {
			t.Errorf("containsLower(%q, %q): got %v, want %v", s, sub, got, want)
		}
		if got, want := hasLowerPrefix(s, sub), strings.HasPrefix(low, sub); got != want {
			t.Errorf("hasLowerPrefix(%q, %q): got %v, want %v", s, sub, got, want)
		}
	}
	if got := string(appendLower(nil, s)); got != low {
		t.Errorf("appendLower(%q): got %q, want %q", s, got, low)
	}
	if got, want := isBlank(s), strings.TrimSpace(strings.ReplaceAll(s, "\u00a0", " ")) == ""; got != want {
		t.Errorf("isBlank(%q): got %v, want %v", s, got, want)
	}
	if got, want := isNormalSpace(s), collapseSpace(s) == s; got != want {
		t.Errorf("isNormalSpace(%q): got %v, want %v", s, got, want)
	}
	// The fast path (isNormalSpace) must agree with always collapsing.
	if got, want := normalizeSpace(s), collapseSpace(s); got != want {
		t.Errorf("normalizeSpace(%q): got %q, want %q", s, got, want)
	}
	if got, want := stripTags(s), refTagRE.ReplaceAllString(s, ""); got != want {
		t.Errorf("stripTags(%q): got %q, want %q", s, got, want)
	}
	if got, want := indentParagraphs(s), refIndentRE.ReplaceAllString(s, "\n\n"); got != want {
		t.Errorf("indentParagraphs(%q): got %q, want %q", s, got, want)
	}
	gotDate, ok := between(s, "<DATE>", "</DATE>", false)
	if m := refDateRE.FindStringSubmatch(s); ok != (m != nil) || m != nil && m[1] != gotDate {
		t.Errorf("between(%q, DATE): got %q %v, want %q", s, gotDate, ok, m)
	}
	if got, want := dropAdMarkers(s), refAdMarkerRE.ReplaceAllString(s, " "); got != want {
		t.Errorf("dropAdMarkers(%q): got %q, want %q", s, got, want)
	}
	gotID, ok := reutersNewID(s)
	if m := refNewIDRE.FindStringSubmatch(s); ok != (m != nil) || m != nil && m[1] != gotID {
		t.Errorf("reutersNewID(%q): got %q %v, want %q", s, gotID, ok, m)
	}
	gotText, ok := sgmlText(s)
	if m := refSgmlTextRE.FindStringSubmatch(s); ok != (m != nil) || m != nil && m[1] != gotText {
		t.Errorf("sgmlText(%q): got %q %v, want %q", s, gotText, ok, m)
	}
	gotBody, ok := between(s, "<BODY>", "</BODY>", true)
	if m := refBodyRE.FindStringSubmatch(s); ok != (m != nil) || m != nil && m[1] != gotBody {
		t.Errorf("between(%q, BODY): got %q %v, want %q", s, gotBody, ok, m)
	}
	if got, want := mdLinkText(s), refLinkRE.ReplaceAllString(s, "$1"); got != want {
		t.Errorf("mdLinkText(%q): got %q, want %q", s, got, want)
	}
	if got, want := mdStripHeadings(s), refHeadingRE.ReplaceAllString(s, ""); got != want {
		t.Errorf("mdStripHeadings(%q): got %q, want %q", s, got, want)
	}
	if got, want := mdStrongText(s), refEmphasisRE.ReplaceAllString(s, "$1$2"); got != want {
		t.Errorf("mdStrongText(%q): got %q, want %q", s, got, want)
	}
	if got, want := mdBlankLinesToBreaks(s), refBlankLineRE.ReplaceAllString(s, "\n<br><br>\n"); got != want {
		t.Errorf("mdBlankLinesToBreaks(%q): got %q, want %q", s, got, want)
	}
	if got, want := closeRawElements(s), refCloseRawElements(s); got != want {
		t.Errorf("closeRawElements(%q): got %q, want %q", s, got, want)
	}
	if got, want := isTicker(s), refIsTicker(s); got != want {
		t.Errorf("isTicker(%q): got %v, want %v", s, got, want)
	}
	if got, want := isWidgetLine(appendLower(nil, s)), refIsWidgetLine(low); got != want {
		t.Errorf("isWidgetLine(%q): got %v, want %v", s, got, want)
	}
	if got, want := isStandalone(s), standaloneRE.MatchString(s); got != want {
		t.Errorf("isStandalone(%q): got %v, want %v", s, got, want)
	}
	if got, want := isCaption(s, []byte(low)), refCaptionRE.MatchString(s); got != want {
		t.Errorf("isCaption(%q): got %v, want %v", s, got, want)
	}
	if endMarkerRE.MatchString(s) && !endsLikeEndMarker(s) {
		t.Errorf("endsLikeEndMarker(%q): got false, want true (endMarkerRE matches)", s)
	}
	if fontSizeRE.MatchString(s) && !mayHaveFontSize(s) {
		t.Errorf("mayHaveFontSize(%q): got false, want true (fontSizeRE matches)", s)
	}
	if copyrightRE.MatchString(s) && !mayBeCopyright([]byte(low)) {
		t.Errorf("mayBeCopyright(%q): got false, want true (copyrightRE matches)", s)
	}
	if isCaption(s, []byte(low)) && !mayBeCaption(s, []byte(low)) {
		t.Errorf("mayBeCaption(%q): got false, want true (isCaption holds)", s)
	}
	if contactRE.MatchString(s) && !mayBeContact(s) {
		t.Errorf("mayBeContact(%q): got false, want true (contactRE matches)", s)
	}
	if norm := normalizeSpace(s); cleanParagraph(norm) != refCleanParagraph(norm) {
		t.Errorf("cleanParagraph(%q): got %q, want %q", norm, cleanParagraph(norm), refCleanParagraph(norm))
	}
	if got, want := trimTrailingNoise(s), refTrimTrailingNoise(s); got != want {
		t.Errorf("trimTrailingNoise(%q): got %q, want %q", s, got, want)
	}
	if got, want := isFurnitureHeading(s), len(s) < 60 && furnitureHeadingRE.MatchString(s); got != want {
		t.Errorf("isFurnitureHeading(%q): got %v, want %v", s, got, want)
	}
	if got, want := isCreditLine(s), len(s) < 300 && creditLineRE.MatchString(s); got != want {
		t.Errorf("isCreditLine(%q): got %v, want %v", s, got, want)
	}
}

// scanCases are inputs at the edges of what the scanners replaced.
var scanCases = []string{
	"", " ", "\u00a0", "a  b", " a", "a ", "a\tb", "\x00", "\xff", "caf\u00e9 \u2019s", "\u200bx", "\u0085",
	"THE END", "(END)", "Enditem2063", "- end -", "tHE\u212aEND", "\u0130MAGE", "SİZE", "Font Size: A A A",
	"<a href=x>b</a>", "<a", "a>b<c", "<<a>>", "x<b>y</b>z<", "<TEXTURE>",
	"\n  indented\n\tand\n\n", "a\n \n b",
	"<DATE>1</DATE>", "<DATE>1", "<DATE><DATE>2</DATE>", "<BODY>x", "<BODY>x</BODY>y</BODY>", "<BODY></BODY>",
	"[a](b)", "![a](b)", "!![a](b)", "[a](b \"t\")", "[a](b  \"t\" )", "[a](b \"t\nu\")", "[a\nb](c)", "[a](b c)",
	"[a](b)[c](d)", "[a]", "[a](", "[[a](b)](c)", "x![a](b)!", "[](  )", "[a](\"t\")",
	"# h", "## h\n### i", "    # h", "   # h", "####### h", "#h", "\n# h", "# \n# h", "a\n  ##\n\nb", "#",
	"**a**", "***a**", "**a\nb**", "__a__", "**a__", "****", "**a** __b__", "_**a**_",
	"a\n\nb", "a\n \t\nb", "a\n\n\nb", "\n\n",
	"<br/>", "<iframe/>", "<span id=x />", "<span   />", "<i aria-hidden=\"true\"/>", "<a/><b/>", "<a <b/>",
	"<a/ >", "<a\n/>", "<div class=x>/>", "<p-1 a=\"/\"/>", "<BR/>", "<A/>", "< a/>", "<1a/>",
	"Photo: Jane", "PHOTO - x", "(photo: x", "AP Photo", "Reuters/Jane Doe", "photograph by", "imageſ", "AFP Images",
	"Continue reading the main story", "photos", "MORE…", "Credit: Jane", "Photo Credits: x", "credits", "creditS:",
	"ſhare", "Associated Press/Wally Santana", "getty images", "a/b",
	"share this article", "Share | Tweet | Email", "- share -", "share ---- ", "+print+", "news", "Print Email",
	"Home • World • Americas • Politics", "a | b | c | d", "»»»",
	"Related", "RELATED STORIES:", "ſee also", "Speciaſ reports", "ſpecial reports", "In pictures", "headlines", "Off the wire",
	"Also on KABC News", "Most read", "Editor's pick", "You may also like", "x", "I", "K",
	"Additional reporting by Jane Doe", "TRANSLATED BY x", "Compiled by", "reporting  by", "Edited by", "Writing byline",
	"Shares rose. ENDITEM", "rose (END)", "rose. - end -", "rose end of STORY  ", "rose enditem12\t", "the weekend", "spend it",
	"Font size: A A the rest", "x [ad_1] y", "Reach me on Twitter https://t.co/x", "jane@example.com", "follow us at http://x y",
	"© 2016 Foo", "(C) Foo", "COPYRIGHT 2016", "All Rights Reſerved.", "Foo, all rightſ reserved", "\tphoto: x", "( photo: x",
	"Top photo - x", "File Photo: x", "Caption: x", "Pictured - x", "\u212a", "ſ",
	"<REUTERS NEWID=\"12\">", "<REUTERS OLDID=\"5\" NEWID=\"1\" NEWID=\"2\">", "<REUTERSNEWID=\"1\">", "<REUTERS xNEWID=\"1\" NEWID=\"3\"",
	"<REUTERS NEWID=\"\"><REUTERS NEWID=\"4\">", "<REUTERS NEWID=\"1>\"", "<REUTERS <REUTERS NEWID=\"7\">", "<REUTERS NEWID=\"1\"x>",
	"<TEXT>a</TEXT>", "<TEXT TYPE=\"BRIEF\">a", "<TEXT", "<TEXTURE>b</TEXT></TEXT>", "x<TEXT>",
	"text-ſize", "FONT SIZE", "font  size", "fontsize", "Text-Size: A", "a text size", "xtext sizeable", "size", "ze", "zZ", "t size",
	"a • b • c • d", "a ▪ b ► c ▸ d", "«a» «b» «c» d", "“a” “b” “c”",
	"[ad_1]", "a[ad_12]b[ad_3]", "[ad_]", "[ad_1", "[ad_[ad_2]", "[ad_1x]", "[AD_1]", "[ad_1]]",
	"Jane Doe/HBO", "J. O'Neil-Smith/Getty Images", "Jane Doe/HBO 2016", "Photo credit: a/b", "Credit: Jane Doe/HBO", "a/b/c",
	"\u0345/\u0345", "Ⓐ/Ⓑ", "Image credits: x/y\nz", "picture this", "CAPTION - x", "PICTURED: x",
	"İt's in Sİze", "Keep", "(Reporting by Jane Doe; Editing by John Roe)", "(pvs/vi)",
}

func TestScanners(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for _, s := range scanCases {
			checkScanners(t, s)
		}
	})
}

func FuzzScanners(f *testing.F) {
	for _, s := range scanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkScanners(t, s)
	})
}

// checkFrontMatter compares quickFrontMatter with the YAML library on
// front: where the quick reader accepts front matter, the library must
// accept it too and give the fields parseMarkdown reads the same values.
func checkFrontMatter(t *testing.T, front string) bool {
	t.Helper()
	quick, ok := quickFrontMatter(front)
	if !ok {
		return false
	}
	var full map[string]any
	if err := yaml.Unmarshal([]byte(front), &full); err != nil {
		t.Errorf("quickFrontMatter(%q): got fields %v, want a refusal (the YAML library says %v)", front, quick, err)
		return true
	}
	for k := range frontMatterKeys {
		if got, want := yamlString(quick[k]), yamlString(full[k]); got != want {
			t.Errorf("quickFrontMatter(%q)[%s]: got %q, want %q", front, k, got, want)
		}
	}
	return true
}

var frontMatterCases = []string{
	"ID: 34\npost_title: >\n  A New Hope for a Perplexing Mathematical\n  Proof\nauthor: Staff Writer\npost_date: 2016-01-10 21:45:06\npost_excerpt: \"\"\nlayout: post\npermalink: >\n  https://example.com/a-new-hope/\npublished: true\noriginal_cats:\n  - >\n    abc conjecture,mathematics,number\n    theory,Quanta Magazine\noriginal_title:\n  - >\n    A New Hope\noriginal_link:\n  - >\n    http://feeds.example.com/c/1/story01.htm\n",
	"title: Talks resume\ndate: 2016-02-25\nsource: Xinhua\n", "title: 'It''s on'\n", "title: \"A \\\"b\\\"\"\n", "title: 2016\n", "title: 0x1F\n",
	"title: yes\n", "title: null\n", "title: ~\n", "title: a: b\n", "title: a #b\n", "title: >-\n  x\n", "title: >\n\n  x\n",
	"title: >\n  x\n    y\n", "title:\n  - a\n    - b\n", "title:\n- a\n", "title: x\ntitle: y\n", "date: 2016-02-25T10:00:00Z\n",
	"title: *a\n", "title: &a x\n", "title: !!str 1\n", "title: [a]\n", "title: {a: 1}\n", "title: |\n  x\n", "url: http://x/y?a=1#b\n",
	"published: true\n", "published: True\n", "title: 1e5\n", "title: .5\n", "title: inf\n", "title: a,b]\n", "# comment\ntitle: x\n",
}

func TestQuickFrontMatter(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for _, fm := range frontMatterCases {
			checkFrontMatter(t, fm)
		}
	})
	t.Run("Corpus/OK", func(t *testing.T) {
		// The posts of the bulk corpus take the quick path.
		dir := needCorpus(t, "bulk/news2016/_posts")
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		quick := 0
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if front, _, ok := splitFrontMatter(string(data)); ok && checkFrontMatter(t, front) {
				quick++
			}
		}
		if len(files) == 0 || quick*100 < len(files)*95 {
			t.Errorf("got %d of %d posts read without the YAML library, want at least 95%%", quick, len(files))
		}
		t.Logf("%d of %d posts read without the YAML library", quick, len(files))
	})
}

func FuzzQuickFrontMatter(f *testing.F) {
	for _, fm := range frontMatterCases {
		f.Add(fm)
	}
	f.Fuzz(func(t *testing.T, front string) {
		checkFrontMatter(t, front)
	})
}

// TestNormalizeSpace states what collapsing gives, independently of the
// implementation the fast path is compared with.
func TestNormalizeSpace(t *testing.T) {
	for in, want := range map[string]string{
		"a  b":               "a b",
		" a\n\tb ":           "a b",
		"a\u00a0\u2003b":     "a b",
		"a\u200bb\ufeff":     "ab",
		"a\x00b":             "ab",
		"already normal":     "already normal",
		"\n\n":               "",
		"Havana,\r\nFeb. 25": "Havana, Feb. 25",
	} {
		if got := normalizeSpace(in); got != want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", in, got, want)
		}
	}
}
