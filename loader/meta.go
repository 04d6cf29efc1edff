package loader

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// monthNames maps lower-case month names and abbreviations to months.
var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

const monthRE = `(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	isoDateRE   = regexp.MustCompile(`^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?$`)
	compactRE   = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:T.*|\d{4}(?:\d{2})?)?$`)
	mdyRE       = regexp.MustCompile(`^(?:[A-Za-z]+,?\s+)?(` + monthRE + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})\b`)
	dmyRE       = regexp.MustCompile(`^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+(` + monthRE + `)\.?[\s,-]+(\d{4})\b`)
	monthYearRE = regexp.MustCompile(`^(` + monthRE + `)\.?\s+(\d{4})$`)
	yearRE      = regexp.MustCompile(`^(\d{4})$`)
)

// ParseDateText parses a publication date as found in metadata: ISO 8601
// dates and timestamps ("2016-02-25", "2016-02-25T10:00:00Z", "20160225",
// "20160225101500"),
// English dates ("February 25, 2016", "Feb. 25 , 2016", "Thursday, 25 February
// 2016", "22-MAR-1987 06:42:31.92"), RFC 1123 ("Thu, 25 Feb 2016 10:00:00
// GMT"), Unix date(1) output ("Fri Mar 13 21:30:09 EST 2015"), "February 2016"
// and "2016". It reports false for anything else,
// including a month and day without a year: it never guesses the year.
func ParseDateText(s string) (graph.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return graph.Date{}, false
	}
	check := func(y int, m time.Month, d int) (graph.Date, bool) {
		v := graph.Date{Year: y, Month: m, Day: d}
		if y < 1000 || !v.Valid() {
			return graph.Date{}, false
		}
		return v, true
	}
	if m := isoDateRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d := 0
		if m[3] != "" {
			d, _ = strconv.Atoi(m[3])
		}
		return check(y, time.Month(mo), d)
	}
	if m := compactRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return check(y, time.Month(mo), d)
	}
	if m := mdyRE.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		return check(y, monthNames[strings.ToLower(m[1])], d)
	}
	if m := dmyRE.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		return check(y, monthNames[strings.ToLower(m[2])], d)
	}
	if m := monthYearRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[2])
		return check(y, monthNames[strings.ToLower(m[1])], 0)
	}
	if m := yearRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return check(y, 0, 0)
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, time.UnixDate, time.RubyDate, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"} {
		if t, err := time.Parse(layout, s); err == nil {
			return check(t.Year(), t.Month(), t.Day())
		}
	}
	return graph.Date{}, false
}

// urlDateRE finds a publication date in a URL's path: "/2017/01/13/",
// "/2016-02/25/" (Xinhua), "/2015-03-18-" or, at month precision,
// "/2015/03/".
var urlDateRE = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?:[/_.-]|$)`)

// urlMonthDateRE finds a date written with the month's abbreviation in a
// URL's path: "/2007jun07/", "-2010sep15-story".
var urlMonthDateRE = regexp.MustCompile(`(?i)(?:^|[/_-])((?:19|20)\d\d)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)

// urlQueryDateRE finds a date spelt out in a URL's query:
// "?yyyy=2010&mm=11&dd=24".
var urlQueryDateRE = regexp.MustCompile(`(?i)[?&](?:yyyy|year)=((?:19|20)\d\d)&(?:mm|month)=(0?[1-9]|1[0-2])&(?:dd|day)=(0?[1-9]|[12]\d|3[01])(?:&|$)`)

// urlCompactDateRE finds a date of eight digits in a URL's path, alone or
// glued to letters, but in no longer run of digits: "/20180502/",
// "-20170516-story", "idUSBRE82N0EH20120324".
var urlCompactDateRE = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[^0-9]|$)`)

// urlSlugDateRE finds a whole date written with hyphens inside a slug:
// "la-xpm-1986-03-24-mn-70-story".
var urlSlugDateRE = regexp.MustCompile(`-((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)

// urlSplitDateRE finds a year and, a few sections later, the month and day:
// "/2001/WORLD/asiapcf/south/07/15/agra.summit/".
var urlSplitDateRE = regexp.MustCompile(`/((?:19|20)\d\d)/(?:[A-Za-z][A-Za-z0-9._-]*/){1,4}(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/`)

// urlDateWords reads the rarer forms of a URL's date (urlMonthDateRE,
// urlQueryDateRE, urlCompactDateRE, urlSlugDateRE, urlSplitDateRE), at day
// precision.
func urlDateWords(path, query string) (graph.Date, bool) {
	if m := urlMonthDateRE.FindStringSubmatch(path); m != nil {
		y, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[3])
		if v := (graph.Date{Year: y, Month: monthNames[strings.ToLower(m[2])], Day: d}); v.Valid() {
			return v, true
		}
	}
	if m := urlQueryDateRE.FindStringSubmatch(query); m != nil {
		if v, ok := numericDate(m[1], m[2], m[3]); ok {
			return v, true
		}
	}
	for _, re := range []*regexp.Regexp{urlCompactDateRE, urlSlugDateRE, urlSplitDateRE} {
		if m := re.FindStringSubmatch(path); m != nil {
			if v, ok := numericDate(m[1], m[2], m[3]); ok {
				return v, true
			}
		}
	}
	return graph.Date{}, false
}

// numericDate is the valid day of year, month and day written in digits.
func numericDate(year, month, day string) (graph.Date, bool) {
	y, _ := strconv.Atoi(year)
	mo, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	v := graph.Date{Year: y, Month: time.Month(mo), Day: d}
	return v, v.Valid()
}

// URLDate returns the publication date written in the path of an article's
// URL ("https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html"
// gives 2017-01-13), at day or month precision, as news sites write it.
func URLDate(u string) (graph.Date, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	query := ""
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u, query = u[:i], u[i:]
	}
	i := strings.IndexByte(u, '/')
	if i < 0 {
		return graph.Date{}, false
	}
	m := urlDateRE.FindStringSubmatch(u[i:])
	if m == nil {
		return urlDateWords(u[i:], query)
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d := 0
	if m[3] != "" {
		d, _ = strconv.Atoi(m[3])
	}
	if v := (graph.Date{Year: y, Month: time.Month(mo), Day: d}); v.Valid() {
		return v, true
	}
	return graph.Date{}, false
}

// outlets maps lower-case spellings of news outlets, as they appear in
// datelines, meta tags, document IDs and URL hosts, to one display name.
var outlets = map[string]string{
	"xinhua": "Xinhua", "xinhua news agency": "Xinhua", "xinhuanet": "Xinhua",
	"ap": "AP", "associated press": "AP", "the associated press": "AP", "apw": "AP",
	"reuters": "Reuters", "reuter": "Reuters",
	"afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
	"upi": "UPI", "united press international": "UPI",
	"dpa": "dpa", "efe": "EFE", "ansa": "ANSA", "kyodo": "Kyodo", "yonhap": "Yonhap",
	"tass": "TASS", "itar-tass": "TASS", "ria novosti": "RIA Novosti", "interfax": "Interfax",
	"irna": "IRNA", "kcna": "KCNA", "prensa latina": "Prensa Latina", "pti": "PTI", "ians": "IANS",
	"anadolu": "Anadolu", "anadolu agency": "Anadolu", "bernama": "Bernama", "antara": "Antara",
	"bbc": "BBC", "bbc news": "BBC", "cnn": "CNN", "nyt": "New York Times",
	"new york times": "New York Times", "the new york times": "New York Times",
	"washington post": "Washington Post", "the washington post": "Washington Post",
	"wall street journal": "Wall Street Journal", "the wall street journal": "Wall Street Journal", "wsj": "Wall Street Journal",
	"wired": "WIRED", "bloomberg": "Bloomberg", "the guardian": "The Guardian", "guardian": "The Guardian",
	"al jazeera": "Al Jazeera", "financial times": "Financial Times", "npr": "NPR", "voa": "VOA",
	"voice of america": "VOA", "china daily": "China Daily", "global times": "Global Times",
	"rt": "RT", "france 24": "France 24", "dw": "DW", "deutsche welle": "DW", "abc": "ABC",
	"abc news": "ABC", "cbs news": "CBS", "nbc news": "NBC", "fox news": "Fox News",
	"usa today": "USA Today", "los angeles times": "Los Angeles Times", "pri": "PRI",
	"xin": "Xinhua", "afp_eng": "AFP", "xin_eng": "Xinhua", "apw_eng": "AP", "nyt_eng": "New York Times",
}

// hostOutlets maps the registrable part of a news site's host name to its
// outlet; matched against each dot-separated label.
var hostOutlets = map[string]string{
	"reuters": "Reuters", "apnews": "AP", "xinhuanet": "Xinhua", "news.cn": "Xinhua",
	"wired": "WIRED", "washingtonpost": "Washington Post", "nytimes": "New York Times",
	"bbc": "BBC", "cnn": "CNN", "wsj": "Wall Street Journal", "bloomberg": "Bloomberg",
	"theguardian": "The Guardian", "aljazeera": "Al Jazeera", "ft": "Financial Times",
	"npr": "NPR", "voanews": "VOA", "chinadaily": "China Daily", "globaltimes": "Global Times",
	"afp": "AFP", "upi": "UPI", "latimes": "Los Angeles Times", "usatoday": "USA Today",
	"foxnews": "Fox News", "nbcnews": "NBC", "cbsnews": "CBS", "abcnews": "ABC",
	"france24": "France 24", "dw": "DW", "tass": "TASS", "kyodonews": "Kyodo", "yna": "Yonhap",
}

// Outlet returns the display name of a news outlet written as s ("the
// Associated Press", "XIN_ENG", "Reuters"), or "" when s is not a known
// outlet.
func Outlet(s string) string {
	k := strings.ToLower(strings.Join(strings.Fields(strings.Trim(s, " .,;:()[]")), " "))
	return outlets[k]
}

// OutletOfURL returns the outlet whose site serves u, or "".
func OutletOfURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" {
		return ""
	}
	host := strings.ToLower(p.Hostname())
	for k, v := range hostOutlets {
		if strings.Contains(k, ".") {
			if host == k || strings.HasSuffix(host, "."+k) {
				return v
			}
		}
	}
	labels := strings.Split(host, ".")
	for _, l := range labels[:max(0, len(labels)-1)] {
		if v, ok := hostOutlets[l]; ok {
			return v
		}
	}
	return ""
}

// Dateline is what a wire dateline says: "HAVANA, Feb. 25 (Xinhua) --" has
// Place "HAVANA", Date 02-25 (Year 0 when the dateline gives none), and
// Source "Xinhua".
type Dateline struct {
	Text   string // the dateline as written, without its trailing dash
	Place  string // the city, as written
	Month  time.Month
	Day    int
	Year   int    // 0 when the dateline has no year
	Source string // outlet display name, "" when none is given
}

// leadDatelineRE matches a dateline at the start of a story's first
// paragraph: a capitalised place, optional ", Month Day[[,] Year]", optional
// "(Outlet)", then a dash ("--", "-", "_", "—", "–") or, after an outlet, a
// colon; after a date, an em or en dash may be glued to the lead. The place
// must be upper case or followed by a date or an outlet, so an ordinary
// sentence does not match.
var leadDatelineRE = regexp.MustCompile(`^(?:\(\s*)?` + datelinePlaceRE + `(?:` + datelineDateRE + `)?` + datelineOutletRE + datelineDashRE)

// The parts of the datelines: a place of up to five capitalised words
// (group 1), ", Month Day[[,] Year]" (groups 2-4), an outlet in parentheses
// (group 5) and the dash that ends the dateline (group 6), or an em or en
// dash glued to the lead (group 7).
const (
	datelinePlaceRE  = `([A-Z][A-Za-z.'’-]*(?:[ ,/]+[A-Z][A-Za-z.'’-]*){0,4})`
	datelineDateRE   = `,\s*(` + monthRE + `)\.?\s+(\d{1,2})(?:\s*,?\s*(\d{4}))?`
	datelineOutletRE = `(?:\s*\(([A-Za-z][A-Za-z &.'-]{0,40})\))?`
	datelineDashRE   = `\s*(?:(--|—|–|_|-|:)\s+|(—|–))`
)

// leadDatelineStopRE is leadDatelineRE ended by a full stop, which only a
// date may precede: "BISHKEK, Kyrgyzstan, October 13. President of
// Kyrgyzstan ...", as Trend writes them.
var leadDatelineStopRE = regexp.MustCompile(`^` + datelinePlaceRE + datelineDateRE + datelineOutletRE + `\s*(\.)\s+`)

// leadDatelineDayFirstRE is leadDatelineRE with the date written day
// first, as outlets outside the United States do: "Ottawa/Havana,
// 2 September 2022 (TDI):", "ISLAMABAD, 5 March 2021 -", and without the
// comma after a place in capitals ("MEXICO 10 May 2019 —"). The year is
// required, so "LONDON, 5 March -" stays a place and a date without one.
var leadDatelineDayFirstRE = regexp.MustCompile(`^(?:\(\s*)?` + datelinePlaceRE + `(?:,\s*|\s+)(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthRE + `)\.?,?\s+(\d{4})` +
	datelineOutletRE + datelineDashRE)

// leadDatelineCreditRE matches a place in capitals and a credit in
// parentheses that holds the date: "MOSCOW (UrduPoint News / Sputnik - 21st
// July, 2020) Iraqi Prime Minister ...".
var leadDatelineCreditRE = regexp.MustCompile(`^([A-Z][A-Z.'’-]*(?:[ /][A-Z][A-Z.'’-]*){0,3}),?\s*` +
	`\(([A-Za-z][A-Za-z &.'/-]{1,60}?)\s+[-–—]\s+(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthRE + `)\.?,?\s+(\d{4})\s*\)\s+`)

// leadDatelinePlaceStopRE matches a place in capitals ended by a full
// stop: "SANTO DOMINGO. President Leonel Fernandez met ...". Only a place
// the gazetteer knows makes it a dateline.
var leadDatelinePlaceStopRE = regexp.MustCompile(`^([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})\.\s+[A-Z]`)

// ParseLeadDateline recognises a dateline at the start of text and returns
// it with the length of text it covers (including the dash and following
// space). It reports false when text does not start with a dateline.
func ParseLeadDateline(text string) (Dateline, int, bool) {
	if m := leadDatelineCreditRE.FindStringSubmatch(text); m != nil {
		d := Dateline{Place: m[1], Month: monthNames[strings.ToLower(m[4])], Text: strings.TrimSpace(m[0])}
		d.Day, _ = strconv.Atoi(m[3])
		d.Year, _ = strconv.Atoi(m[5])
		credit, _, _ := strings.Cut(m[2], "/") // "UrduPoint News / Sputnik": the outlet, then its source
		credit = strings.TrimSpace(credit)
		d.Source = firstNonEmpty(Outlet(credit), credit)
		if d.Day >= 1 && d.Day <= 31 {
			return d, len(m[0]), true
		}
	}
	m := leadDatelineRE.FindStringSubmatchIndex(text)
	dayFirst := false
	if m == nil {
		if m = leadDatelineDayFirstRE.FindStringSubmatchIndex(text); m != nil {
			dayFirst = true
		} else if m = leadDatelineStopRE.FindStringSubmatchIndex(text); m == nil {
			if p := leadDatelinePlaceStopRE.FindStringSubmatch(text); p != nil && len(p[1]) >= 3 && knownPlace(p[1]) {
				return Dateline{Place: p[1], Text: p[1]}, len(p[0]) - 1, true // ("SANTO DOMINGO. President ...": up to the lead's first letter)
			}
			return Dateline{}, 0, false
		}
	}
	sub := func(i int) string {
		if 2*i >= len(m) || m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	place, mon, day, year, src := sub(1), sub(2), sub(3), sub(4), sub(5)
	if dayFirst {
		mon, day = day, mon
	}
	// In capitals: the place, or its first part before a country written
	// as a name ("CARTAGENA, Colombia —").
	first, _, _ := strings.Cut(place, ",")
	upper := first == strings.ToUpper(first) && strings.ToUpper(first) != strings.ToLower(first)
	if dayFirst && !upper && text[m[3]] != ',' {
		return Dateline{}, 0, false // "MEXICO 10 May 2019 —", but a place in lower case needs its comma
	}
	if src != "" && Outlet(src) == "" && mon == "" && !upper {
		return Dateline{}, 0, false
	}
	if !upper && mon == "" && src == "" || upper && mon == "" && src == "" && len(place) < 3 {
		return Dateline{}, 0, false
	}
	// A dash glued to the lead ("Caracas, Venezuela, July 25, 2006
	// —Venezuelan President") ends one only after a date.
	if sub(7) != "" && mon == "" {
		return Dateline{}, 0, false
	}
	// A full stop ends one only after a date and a place in capitals.
	if sub(6) == "." && (mon == "" || !upper) {
		return Dateline{}, 0, false
	}
	// A colon ends a dateline after an outlet ("BEIJING (Xinhua):") or
	// after a place the gazetteer knows, in capitals, as South Asian
	// outlets write them ("NEW DELHI:", "KATHMANDU:"; not "NOTE:").
	if sub(6) == ":" && src == "" && !(upper && mon == "" && knownPlace(place)) {
		return Dateline{}, 0, false
	}
	d := Dateline{Place: strings.TrimRight(place, ", "), Source: firstNonEmpty(Outlet(src), strings.TrimSpace(src))}
	if mon != "" {
		d.Month = monthNames[strings.ToLower(mon)]
		d.Day, _ = strconv.Atoi(day)
		d.Year, _ = strconv.Atoi(year)
		if d.Day < 1 || d.Day > 31 {
			return Dateline{}, 0, false
		}
	}
	d.Text = strings.TrimRight(strings.TrimSpace(text[:m[1]]), "-—–_: ")
	if sub(6) == "." {
		d.Text = strings.TrimSuffix(d.Text, ".")
	}
	return d, m[1], true
}

// knownPlace reports whether a dateline's place, written in capitals, is
// a capital, city or country the gazetteer knows, whole.
func knownPlace(place string) bool {
	words := strings.Fields(strings.ToLower(place))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:] // ("ÉVORA" as "Évora")
	}
	p := strings.Join(words, " ")
	ms := gazetteer.FindCountries(p)
	return len(ms) > 0 && ms[0].Start == 0 && ms[0].End == len(p)
}

// Date returns the dateline's date: a full date when it has a year, the
// month and day in year when the dateline has none and year is known (not
// zero), and the zero Date otherwise.
func (d Dateline) Date(year int) graph.Date {
	if d.Month == 0 {
		return graph.Date{}
	}
	y := d.Year
	if y == 0 {
		y = year
	}
	v := graph.Date{Year: y, Month: d.Month, Day: d.Day}
	if y == 0 || !v.Valid() {
		return graph.Date{}
	}
	return v
}

// sourceDateLineRE matches a line that only names the outlet and the date,
// as Xinhua's site prints under the headline: "Xinhua, February 25, 2016",
// "By Reuters | March 3, 2016", "Updated: 2016-02-25 10:12 | Source: Xinhua".
var sourceDateLineRE = regexp.MustCompile(`^(?:By\s+|Source:\s*)?([A-Z][A-Za-z.&' -]{1,40}?)\s*[,|•·]\s*(?:(?:Updated|Published|Posted)?:?\s*)?(.+)$`)

// parseSourceDateLine recognises a line made of an outlet and a full date
// ("Xinhua, February 25, 2016", trailing widget words allowed) and returns
// both.
func parseSourceDateLine(line string) (source string, date graph.Date, ok bool) {
	line = strings.TrimSpace(line)
	if len(line) > 120 {
		return "", graph.Date{}, false
	}
	m := sourceDateLineRE.FindStringSubmatch(line)
	if m == nil {
		return "", graph.Date{}, false
	}
	src := Outlet(m[1])
	if src == "" {
		return "", graph.Date{}, false
	}
	rest := m[2]
	if d, ok := ParseDateText(rest); ok && d.Precision() == graph.PrecisionDay {
		return src, d, true
	}
	// The date may be followed by a time or widget words: try its prefix.
	if loc := mdyRE.FindString(rest); loc != "" {
		if d, ok := ParseDateText(loc); ok {
			return src, d, true
		}
	}
	if loc := dmyRE.FindString(rest); loc != "" {
		if d, ok := ParseDateText(loc); ok {
			return src, d, true
		}
	}
	if loc := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`).FindString(rest); loc != "" {
		if d, ok := ParseDateText(loc); ok {
			return src, d, true
		}
	}
	return "", graph.Date{}, false
}
