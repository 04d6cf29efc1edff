package when

import (
	"fmt"
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph"
)

// render lists mentions as "text=value" (value empty when unknown).
func render(ms []Mention) string {
	var b strings.Builder
	for i, m := range ms {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s=%s", m.Text, m.Value)
	}
	return b.String()
}

func mustDate(t testing.TB, s string) graph.Date {
	t.Helper()
	d, err := graph.ParseDate(s)
	if err != nil {
		t.Fatalf("bad test anchor %q: %v", s, err)
	}
	return d
}

// Anchor of most cases: Thursday 2016-02-25, the seed article's publication
// date. Its Monday-to-Sunday week is 2016-02-22..2016-02-28.
const thu = "2016-02-25"

var findCases = []struct {
	name     string
	text     string
	anchor   string
	dayFirst bool
	want     string
}{
	// Absolute dates.
	{"MonthDayYear", "restored relations on July 20, 2015, after", thu, false, "July 20, 2015=2015-07-20"},
	{"DayMonthYear", "on 20 July 2015 the", thu, false, "20 July 2015=2015-07-20"},
	{"AbbrevPeriod", "Jul. 20, 2015", thu, false, "Jul. 20, 2015=2015-07-20"},
	{"AbbrevNoPeriod", "JAN 31 NET", "1987-03-01", false, "JAN 31=1987-01-31"},
	{"Sept", "due on Sept. 5", thu, false, "Sept. 5=2015-09-05"},
	{"NumericMonthFirst", "signed 7/20/2015 in", thu, false, "7/20/2015=2015-07-20"},
	{"NumericDayFirst", "signed 20/7/2015 in", thu, true, "20/7/2015=2015-07-20"},
	{"NumericDayFirstInvalid", "signed 7/20/2015 in", thu, true, ""},
	{"NumericTwoDigitYear", "after 5/14/82, corn", "1987-03-01", false, "5/14/82=1982-05-14"},
	{"NumericDots", "am 20.07.2015 unterzeichnet", thu, false, "20.07.2015=2015-07-20"},
	{"ISO", "published 2015-07-20T10:00", thu, false, "2015-07-20=2015-07-20"},
	{"ReutersDate", "<DATE>26-FEB-1987 15:01:01.79</DATE>", "", false, "26-FEB-1987=1987-02-26"},
	{"MonthYear", "in July 2015 the", thu, false, "July 2015=2015-07"},
	{"MonthCommaYear", "announced in April, 1986, it said", thu, false, "April, 1986=1986-04"},
	{"MonthOfYear", "the summer of 1987 and May of 1988", thu, false, "1987=1987; May of 1988=1988-05"},
	{"InYear", "visited in 1967 and", thu, false, "1967=1967"},
	{"SinceYear", "the first since 1928 and", thu, false, "1928=1928"},
	{"YearList", "King Faisal visited in 1967 and King Khaled in 1981.", thu, false, "1967=1967; 1981=1981"},
	{"YearListAnd", "payments due in 1987, 1988 and 1989 - after", thu, false, "1987=1987; 1988=1988; 1989=1989"},
	{"YearDeterminer", "since the 1967 war", thu, false, "1967=1967"},
	{"YearPossessive", "Biden's 2010 visit to Israel", thu, false, "2010=2010"},
	{"YearWhose", "Biden, whose 2010 visit", thu, false, "2010=2010"},
	{"YearBrackets", "the film (1987) was", thu, false, "1987=1987"},
	{"YearByEnd", "cut emissions by 2030.", thu, false, "2030=2030"},
	{"YearFiscal", "spending in fiscal 1987 will", thu, false, "1987=1987"},
	{"YearRangeSlash", "the 1986/87 budget", thu, false, "1986/87=1986/1987"},
	{"YearRangeDash", "the 1986-87 season", thu, false, "1986-87=1986/1987"},
	{"YearRangeBetween", "between 1985 and 1987 the", thu, false, "1985 and 1987=1985/1987"},
	{"YearRangeFrom", "from 1985 to 1987,", thu, false, "1985 to 1987=1985/1987"},
	{"MidYear", "until mid-2015", thu, false, "mid-2015=2015"},
	{"LateYear", "profit by late 1987, Moody's", thu, false, "late 1987=1987"},
	{"EndYear", "at end-1986 the", thu, false, "end-1986=1986"},
	{"EarlyMonth", "in early March the", "2016-03-20", false, "early March=2016-03"},
	{"MidMonth", "released in mid-March.", "2016-03-20", false, "mid-March=2016-03"},
	{"LateOrEarly", "hopes to meet Reagan in late April or early May, not in late April or early June.", "1987-03-20", false,
		"late April or early May=1986-04/1986-05; late April=1986-04; early June=1986-06"}, // (untensed: the past)
	{"MonthOrMonth", "talks in May or June.", "1987-03-20", false, "May or June=1986-05/1986-06"}, // (untensed: the past)
	{"MonthOrMonthYear", "talks in August or September 1988.", "1987-03-20", false, "August or September 1988=1988-08/1988-09"},
	{"WeekdayOrWeekday", "talks on Monday or Tuesday.", "2016-03-23", false, "Monday or Tuesday=2016-03-21/2016-03-22"},
	{"MidMonthSpace", "released in mid March.", "2016-03-20", false, "mid March=2016-03"},
	{"LateMonthYear", "in late December 2015", thu, false, "late December 2015=2015-12"},
	{"WeekdayDate", "Monday, March 21, 2016 (photo)", thu, false, "Monday, March 21, 2016=2016-03-21"},
	{"WeekdayDayMonth", "on Tuesday 22 March the", thu, false, "Tuesday 22 March=2016-03-22"},
	{"Ordinal", "the 21st of March 2016", thu, false, "21st of March 2016=2016-03-21"},
	{"OrdinalAfterMonth", "on March 21st", thu, false, "March 21st=2016-03-21"},
	{"Feb29Invalid", "on February 29, 2015", thu, false, ""},
	{"Feb29Leap", "on February 29, 2016", thu, false, "February 29, 2016=2016-02-29"},
	{"LowerCase", "informed officials on monday on the situation, and from tuesday", "1987-10-19", false, "monday=1987-10-19; tuesday=1987-10-13"}, // the past reading; Resolve(TenseFuture) gives 1987-10-20,
	{"UpperCaseMonth", "TO ELECT NEW CEO IN APRIL", "1987-03-01", false, "APRIL=1986-04"},
	{"MonthDayNoYear", "a March 18 meeting", "2016-03-08", false, "March 18=2016-03-18"},
	{"MonthDayNearestPast", "WASHINGTON, Dec. 30 -", "2016-01-03", false, "Dec. 30=2015-12-30"},
	{"MonthDayNearestNext", "due on Jan. 3", "2015-12-28", false, "Jan. 3=2016-01-03"},

	// Ranges.
	{"RangeDash", "the Feb. 22-23 technical meeting", thu, false, "Feb. 22-23=2016-02-22/2016-02-23"},
	{"RangeAnd", "Obama's visit on March 21 and 22 will", thu, false, "March 21 and 22=2016-03-21/2016-03-22"},
	{"RangeCrossMonth", "from March 21-April 2", thu, false, "March 21-April 2=2016-03-21/2016-04-02"},
	{"RangeDayFirst", "from 1 to 3 March", thu, false, "1 to 3 March=2016-03-01/2016-03-03"},
	{"RangeDayFirstDash", "on 1-3 March 2015", thu, false, "1-3 March 2015=2015-03-01/2015-03-03"},
	{"RangeDayFirstMonths", "1 March to 3 April 2015", thu, false, "1 March to 3 April 2015=2015-03-01/2015-04-03"},
	{"RangeAbbrevCross", "Oct. 29-Nov. 2", "2006-11-03", false, "Oct. 29-Nov. 2=2006-10-29/2006-11-02"},
	{"RangeFromTo", "to China from Oct. 29 to Nov. 2 was", "2006-11-03", false, "Oct. 29 to Nov. 2=2006-10-29/2006-11-02"},
	{"RangeBetween", "between March 3 and 5", thu, false, "March 3 and 5=2016-03-03/2016-03-05"},
	{"RangeBetweenFull", "between March 3 and April 5", thu, false, "March 3 and April 5=2016-03-03/2016-04-05"},
	{"TwoDatesNotRange", "on March 3 and April 5", thu, false, "March 3=2016-03-03; April 5=2016-04-05"},
	{"RangeSimple", "March 24-27", thu, false, "March 24-27=2016-03-24/2016-03-27"},
	{"RangeEnDash", "March 24–27, 2015", thu, false, "March 24–27, 2015=2015-03-24/2015-03-27"},
	{"RangeYear", "July 20-22, 2015", thu, false, "July 20-22, 2015=2015-07-20/2015-07-22"},
	{"RangeAcrossYears", "Dec. 30, 2015-Jan. 2, 2016", thu, false, "Dec. 30, 2015-Jan. 2, 2016=2015-12-30/2016-01-02"},
	{"RangeAcrossYearsInferred", "Dec. 30-Jan. 2", "2016-01-10", false, "Dec. 30-Jan. 2=2015-12-30/2016-01-02"},
	{"RangeEndYearOnly", "Dec. 30-Jan. 2, 2016", thu, false, "Dec. 30-Jan. 2, 2016=2015-12-30/2016-01-02"},
	{"RangeBackwardsIsNot", "March 24-20", thu, false, "March 24=2016-03-24"},
	{"MonthRange", "from March to May 2015", thu, false, "March to May 2015=2015-03/2015-05"},
	{"MonthRangeRelative", "from March to May", "2016-06-10", false, "March to May=2016-03/2016-05"},

	// Relative to the anchor (Thursday 2016-02-25).
	{"Today", "said today", thu, false, "today=2016-02-25"},
	{"Yesterday", "Yesterday, he", thu, false, "Yesterday=2016-02-24"},
	{"Tomorrow", "will meet tomorrow", thu, false, "tomorrow=2016-02-26"},
	{"Tonight", "speaks tonight", thu, false, "tonight=2016-02-25"},
	{"LastNight", "arrived last night", thu, false, "last night=2016-02-24"},
	{"ThisMorning", "met this morning", thu, false, "this morning=2016-02-25"},
	{"Weekday", "the ministry announced Wednesday.", thu, false, "Wednesday=2016-02-24"},
	{"WeekdayIsAnchor", "signed on Thursday", thu, false, "Thursday=2016-02-25"},
	{"WeekdayFriday", "on Friday", thu, false, "Friday=2016-02-19"},
	{"LastWeekday", "last Wednesday", thu, false, "last Wednesday=2016-02-24"},
	{"LastWeekdaySame", "last Thursday", thu, false, "last Thursday=2016-02-18"},
	{"NextWeekday", "next Wednesday", thu, false, "next Wednesday=2016-03-02"},
	{"NextWeekdaySame", "next Thursday", thu, false, "next Thursday=2016-03-03"},
	{"ThisWeekday", "this Monday", thu, false, "this Monday=2016-02-22"},
	{"WeekdayPair", "met on Monday and Tuesday", thu, false, "Monday and Tuesday=2016-02-22/2016-02-23"},
	{"WeekdayPairWithOn", "met on Monday and on Tuesday", thu, false, "Monday and on Tuesday=2016-02-22/2016-02-23"},
	{"NextWeekdayPair", "next Monday and Tuesday", thu, false, "next Monday and Tuesday=2016-02-29/2016-03-01"},
	{"ThisWeek", "met in Havana this week to", thu, false, "this week=2016-02-22/2016-02-28"},
	{"LastWeek", "last week", thu, false, "last week=2016-02-15/2016-02-21"},
	{"NextWeek", "next week", thu, false, "next week=2016-02-29/2016-03-06"},
	{"EarlierThisWeek", "earlier this week", thu, false, "earlier this week=2016-02-22/2016-02-25"},
	{"EarlierInTheDay", "talks in Normandy earlier in the day.", thu, false, "earlier in the day=2016-02-25"},
	{"LaterInTheDay", "will meet later in the day", thu, false, "later in the day=2016-02-25"},
	{"EarlierInTheDayNamed", "left on Tuesday. She had come from talks earlier in the day.", thu, false, "Tuesday=2016-02-23; earlier in the day=2016-02-23"},
	{"EarlierInTheDayNewParagraph", "left on Tuesday.\n\nShe had talks earlier in the day.", thu, false, "Tuesday=2016-02-23; earlier in the day=2016-02-25"},
	{"InTheAfternoon", "In the afternoon, he will meet Hollande.", thu, false, "the afternoon=2016-02-25"},
	{"InTheMorningNamed", "talks on Tuesday. In the morning, they met.", thu, false, "Tuesday=2016-02-23; the morning=2016-02-23"},
	{"TheMorningOfNot", "in the morning of his arrival", thu, false, ""},
	{"InTheMorningInsideNot", "He arrived on Wednesday. He will meet Lavrov in the morning.", thu, false, "Wednesday=2016-02-24"},
	{"LaterInTheWeekNot", "later in the week", thu, false, ""},
	{"LaterThatYear", "visited Beijing in April 2022. Later that year, they signed a pact.", thu, false, "April 2022=2022-04; Later that year=2022"},
	{"TheSameMonthFollowingYear", "talks on March 3, 2015; an accord the same month and a visit the following year", thu, false,
		"March 3, 2015=2015-03-03; the same month=2015-03; the following year=2016"},
	{"ThatSameYearPreviousMonth", "in March 1995. That same year, in the previous month", thu, false, "March 1995=1995-03; That same year=1995; the previous month=1995-02"},
	{"PreviousMonthOfAYearNot", "in 1995, in the previous month", thu, false, "1995=1995"},
	{"ThatYearWithNoYearBefore", "That year, they signed a pact.", thu, false, ""},
	{"ThatYearTooFarBack", "in 1995." + strings.Repeat(" More text.", 200) + " That year, they met.", thu, false, "1995=1995"},
	{"TheSameDayIsNoYear", "in 1995, and on the same day, that year-long effort ended", thu, false, "1995=1995"},
	{"LaterThisWeek", "later this week", thu, false, "later this week=2016-02-25/2016-02-28"},
	{"ThisWeekend", "this weekend", thu, false, "this weekend=2016-02-27/2016-02-28"},
	{"ThisWeekendOnSaturday", "visit this weekend", "2016-03-19", false, "this weekend=2016-03-19/2016-03-20"},
	{"LastWeekend", "last weekend", thu, false, "last weekend=2016-02-20/2016-02-21"},
	{"SlashRange", "EC ministers meet on March 19/20 in Brussels", "1987-03-10", false, "March 19/20=1987-03-19/1987-03-20"},
	{"SlashRangeMonths", "for April 10/May 5 shipment", "1987-03-10", false, "April 10/May 5=1987-04-10/1987-05-05"},
	{"SlashFraction", "rss Apr 43-7/8n", "1987-03-10", false, ""},
	{"SlashBackwards", "on March 20/19", "1987-03-10", false, ""},
	{"OverTheWeekend", "met over the weekend", thu, false, "the weekend=2016-02-20/2016-02-21"},
	{"TheWeekendNoun", "the weekend talks", thu, false, ""},
	{"ThisPastWeekend", "this past weekend", thu, false, "this past weekend=2016-02-20/2016-02-21"},
	{"ThisComingMonday", "this coming Monday", thu, false, "this coming Monday=2016-02-29"},
	{"ThisMonth", "this month", thu, false, "this month=2016-02"},
	{"LastMonth", "last month", thu, false, "last month=2016-01"},
	{"NextMonth", "next month", thu, false, "next month=2016-03"},
	{"NextMonthDecember", "next month", "2015-12-10", false, "next month=2016-01"},
	{"EarlierThisMonth", "earlier this month", thu, false, "earlier this month=2016-02"},
	{"EndOfTheMonth", "will visit at the end of the month", thu, false, "end of the month=2016-02"},
	{"StartOfTheMonth", "signed at the start of the month", thu, false, "start of the month=2016-02"},
	{"BeginningOfTheYear", "at the beginning of the year and in the middle of the month", thu, false, "beginning of the year=2016; middle of the month=2016-02"},
	{"EndOfTheWeek", "by the end of the week", thu, false, "end of the week=2016-02-22/2016-02-28"},
	{"BeginningOfAYear", "at the beginning of 2015", thu, false, "2015=2015"},
	{"EarlyInTheYear", "early in the year, late in the month", thu, false, "early in the year=2016; late in the month=2016-02"},
	{"EarlierInTheWeek", "earlier in the week, earlier in the month", thu, false, "earlier in the week=2016-02-22/2016-02-25; earlier in the month=2016-02"},
	{"StartOfTalksNot", "at the start of talks, the beginning of the end, the close of trading", thu, false, ""},
	{"EndOfTheYear", "by the end of the year", thu, false, "end of the year=2016"},
	{"EndOfTheDayIsNoDate", "at the end of the day", thu, false, ""},
	{"ThisWeekOnASundayIsTensed", "this week", "2016-04-17", false, "this week=2016-04-11/2016-04-17"},
	{"LastAutumn", "agreed last autumn", "1987-03-25", false, "last autumn=1986"},
	{"LastSummerAfterIt", "met last summer", "1987-10-02", false, "last summer=1987"},
	{"ThisSummer", "due this summer", thu, false, "this summer=2016"},
	{"NextSpringInSpring", "next spring", "1987-04-07", false, "next spring=1988"},
	{"NextFall", "talks next fall", thu, false, "next fall=2016"},
	{"WinterSpansTwoYears", "last winter", thu, false, ""},
	{"ThisYear", "this year", thu, false, "this year=2016"},
	{"LastYear", "last year's deal", thu, false, "last year=2015"},
	{"NextYear", "next year", thu, false, "next year=2017"},
	{"LaterThisYear", "later this year", thu, false, "later this year=2016"},
	{"LastMonthName", "broken off by London last October after", "1987-03-22", false, "last October=1986-10"},
	{"LastMonthNameSame", "last February", thu, false, "last February=2015-02"},
	{"NextMonthName", "next February", thu, false, "next February=2017-02"},
	{"LastMonthDay", "which was signed last October 28, is one", "1987-03-22", false, "last October 28=1986-10-28"},
	{"LastMonthDayThisYear", "the plan, announced last Feb. 20, froze", "1987-03-22", false, "last Feb. 20=1987-02-20"},
	{"LastMonthDayRange", "the crash of last September 11-12 shows", "1987-03-22", false, "last September 11-12=1986-09-11/1986-09-12"},
	{"LastMonthDayYear", "signed last March 31, 1985 in", "1987-03-22", false, "last March 31, 1985=1985-03-31"},
	{"NextMonthDay", "the year ending next June 30.", "1987-03-22", false, "next June 30=1987-06-30"},
	{"NextMonthDayNextYear", "due next March 1", "1987-03-22", false, "next March 1=1988-03-01"},
	{"MonthDayLastYear", "signed in Minsk on Feb. 12 last year.", thu, false, "Feb. 12 last year=2015-02-12"},
	{"DayMonthLastYear", "signed on 12 February last year.", thu, false, "12 February last year=2015-02-12"},
	{"MonthDayNextYear", "will sign on May 5 next year.", thu, false, "May 5 next year=2017-05-05"},
	{"MonthLastYear", "signed in March last year.", thu, false, "March last year=2015-03"},
	{"MonthOfNextYear", "due in May of next year.", thu, false, "May of next year=2017-05"},
	{"MonthDayThisYear", "signed on Feb. 12 this year.", thu, false, "Feb. 12 this year=2016-02-12"},
	{"ThisMonthDay", "this October 28", "1987-03-22", false, "this October 28=1987-10-28"},
	{"InMonthPast", "went to Saudi Arabia in November.", "1987-03-22", false, "November=1986-11"},
	{"InMonthCurrent", "in February", thu, false, "February=2016-02"},
	{"SinceMay", "since May the", thu, false, "May=2015-05"},
	{"DaysAgo", "two days ago", thu, false, "two days ago=2016-02-23"},
	{"WeeksAgo", "three weeks ago", thu, false, "three weeks ago=2016-02-04"},
	{"YearAgo", "a year ago", thu, false, "a year ago=2015"},
	{"MonthsAgo", "Fifteen months ago, Obama", "2016-03-22", false, "Fifteen months ago=2014-12"},
	{"DigitsAgo", "ten days ago", thu, false, "ten days ago=2016-02-15"},
	{"PastYears", "talks over the past eight years failed", thu, false, "the past eight years=2008/2016"},
	{"LastMonths", "prices rose in the last 18 months", thu, false, "the last 18 months=2014-08/2016-02"},
	{"PastPeriodSubject", "The past two years were hard", thu, false, ""},
	{"PastOneYear", "over the past one year", thu, false, ""},
	{"DayBefore", "had arrived the day before.", thu, false, "the day before=2016-02-24"},
	{"DayBeforeYesterday", "the day before yesterday", thu, false, "the day before yesterday=2016-02-23"},
	{"DayBeforeSomething", "the day before the vote", thu, false, ""},
	{"PreviousDay", "had met the previous day.", thu, false, "the previous day=2016-02-24"},
	{"PrecedingDay", "on the preceding day", thu, false, "the preceding day=2016-02-24"},
	{"NoAnchorWeekday", "announced Wednesday", "", false, "Wednesday="},
	{"NoAnchorMonthDay", "a March 18 meeting", "", false, "March 18="},
	{"NoAnchorLastYear", "last year", "", false, "last year="},
	{"NoAnchorAbsolute", "July 20, 2015", "", false, "July 20, 2015=2015-07-20"},
	{"MonthAnchorLastYear", "last year and yesterday", "2016-02", false, "last year=2015; yesterday="},

	// Not dates.
	{"MayModal", "King Fahd may ask Britain", thu, false, ""},
	{"MayModalCapital", "May I ask", thu, false, ""},
	{"TheresaMay", "Theresa May said", thu, false, ""},
	{"MarchNoun", "a protest march through the city", thu, false, ""},
	{"MarchCapital", "March organisers said", thu, false, ""},
	{"AugustAdjective", "an august body", thu, false, ""},
	{"TimeOfDay", "at 3 p.m. and 10:30", thu, false, ""},
	{"Age", "a 65-year-old man, aged 65", thu, false, ""},
	{"AgeOfAccord", "its seven-month-old semiconductor agreement and the 40-year-old treaty", thu, false, "seven-month-old=2015-07; 40-year-old=1976"},
	{"AgeOfTruce", "the 18-month-old cease-fire, a two-week-old truce", thu, false, "18-month-old=2014-08; two-week-old=2016-02-11"},
	{"AgeApart", "the eight month old pact and a 40 year old treaty", thu, false, "eight month old=2015-06; 40 year old=1976"},
	{"YearAfterAdjective", "the landmark 2015 nuclear deal, the failed 1986 talks", thu, false, "2015=2015; 1986=1986"},
	{"AdditionalTroops", "an additional 2000 troops and the additional 2000 soldiers", thu, false, ""},
	{"Durations", "three years and a four-day visit", thu, false, ""},
	{"Troops", "2,000 troops and 2000 troops", thu, false, ""},
	{"Dollars", "$1987 and 1987 million and 1987 dlrs", thu, false, ""},
	{"Tonnes", "rose to 2000 tonnes", thu, false, ""},
	{"GluedDigits", "12345 and 1987.5 and 19870", thu, false, ""},
	{"Decade", "in the 1990s", thu, false, ""},
	{"Model", "an A320 jet", thu, false, ""},
	{"Fraction", "3/4 of", thu, false, ""},
	{"OldNumber", "in 1500 cases", thu, false, ""},
	{"BareNumberYear", "1987 was a year", thu, false, ""},
	{"Percent", "in 2015% of", thu, false, ""},
	{"JanName", "Jan Smith said", thu, false, ""},
	{"DayAsWord", "On March six, RJR sold it; until July three. The close on May One but in May one analyst", "1987-03-20", false,
		"March six=1987-03-06; July three=1987-07-03; May One=1987-05-01; May=1986-05"},
	{"USAToday", "Editors, USA TODAY and USA Today", thu, false, ""},
	{"URL", "news/evening-news-roundup-thursday/78792818/ USA-TODAY.jpg last_year", thu, false, ""},
	{"HyphenatedOK", "a Thursday-night vote and mid-2015 and late-March talks", "2016-03-25", false, "Thursday=2016-03-24; mid-2015=2015; late-March=2016-03"},
	// Holidays: fixed, computed (Easter), with a year, inferred, and common
	// words that are no holiday.
	{"Holidays", "arrives on Palm Sunday, leaves on Good Friday and will be back at Easter 2017", "2016-03-19", false,
		"Palm Sunday=2016-03-20; Good Friday=2016-03-25; Easter 2017=2017-04-16"},
	{"HolidaysFixed", "met on Christmas Eve and on Valentine's Day, not after Thanksgiving", thu, false,
		"Christmas Eve=2015-12-24; Valentine's Day=2016-02-14; Thanksgiving=2015-11-26"},
	{"HolidayWordsNot", "a good Friday for the palm sunday market and boxing clubs", thu, false, "Friday=2016-02-19; sunday=2016-02-21"},
	{"HolidayModifiesAThing", "Easter eggs, Christmas trees and Easter Island, but the Easter holiday", thu, false, "Easter=2016-03-27"},
	{"NewYearsDay", "met on New Year's Day and on New Year's Eve, not in the new year", thu, false, "New Year's Day=2016-01-01; New Year's Eve=2015-12-31"},
	{"FortnightAgo", "met a fortnight ago", thu, false, "a fortnight ago=2016-02-11"},
	{"OrdinalDay", "met on the 20th, not on the 5th anniversary", thu, false, "20th=2016-02-20"},
}

func TestFind(t *testing.T) {
	if len(findCases) < 80 {
		t.Fatalf("got %d cases, want at least 80", len(findCases))
	}
	for _, c := range findCases {
		t.Run(c.name, func(t *testing.T) {
			var anchor graph.Date
			if c.anchor != "" {
				anchor = mustDate(t, c.anchor)
			}
			ms := Find(c.text, Options{Anchor: anchor, DayFirst: c.dayFirst})
			if got := render(ms); got != c.want {
				t.Errorf("Find(%q, %s): got %q, want %q", c.text, c.anchor, got, c.want)
			}
			for _, m := range ms {
				if c.text[m.Start:m.End] != m.Text {
					t.Errorf("offsets %d:%d give %q, want %q", m.Start, m.End, c.text[m.Start:m.End], m.Text)
				}
			}
		})
	}
}

func TestFindFlags(t *testing.T) {
	a := mustDate(t, thu)
	tests := []struct {
		text                     string
		relative, weekday, tense bool
	}{
		{"July 20, 2015", false, false, false},
		{"Wednesday", true, true, true},
		{"last Wednesday", true, false, false},
		{"this week", true, false, false},
		{"March 18", true, false, true},
		{"in October", true, false, true},
		{"last October", true, false, false},
		{"last October 28", true, false, false},
		{"last October 28, 1986", false, false, false},
		{"Feb. 12 last year", true, false, false},
		{"March last year", true, false, false},
		{"in 2015", false, false, false},
	}
	for _, tt := range tests {
		t.Run("OK", func(t *testing.T) {
			ms := Find(tt.text, Options{Anchor: a})
			if len(ms) != 1 {
				t.Fatalf("Find(%q): got %d mentions, want 1", tt.text, len(ms))
			}
			m := ms[0]
			if m.Relative != tt.relative || m.Weekday != tt.weekday || m.Tensed != tt.tense {
				t.Errorf("Find(%q): got Relative=%v Weekday=%v Tensed=%v, want %v %v %v",
					tt.text, m.Relative, m.Weekday, m.Tensed, tt.relative, tt.weekday, tt.tense)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		text, found, anchor string
		tense               Tense
		want                string
	}{
		{"announced Wednesday", "2016-02-24", thu, TensePast, "2016-02-24"},
		{"will meet Wednesday", "2016-02-24", thu, TenseFuture, "2016-03-02"},
		{"will sign on Thursday", "2016-02-25", thu, TenseFuture, "2016-02-25"},
		{"begins a visit on Tuesday", "1987-03-17", "1987-03-22", TenseFuture, "1987-03-24"},
		{"talks on Wednesday", "2016-02-10", "2016-02-16", TenseFuture, "2016-02-17"},
		{"will meet Monday and Tuesday", "2016-02-22/2016-02-23", thu, TenseFuture, "2016-02-29/2016-03-01"},
		{"will meet on the 20th", "2016-02-20", thu, TenseFuture, "2016-03-20"},
		{"will visit in November", "2015-11", "2016-01-18", TenseFuture, "2016-11"},
		{"visited in November", "2015-11", "2016-01-18", TensePast, "2015-11"},
		{"met on March 18", "2016-03-18", "2016-03-08", TensePast, "2015-03-18"},
		{"met on Aug. 20", "2016-08-20", thu, TensePast, "2015-08-20"},
		{"from 1 to 3 March", "2016-03-01/2016-03-03", thu, TensePast, "2015-03-01/2015-03-03"},
		{"last October", "2015-10", thu, TenseFuture, "2015-10"},
		{"will ratify the pact of last October 28", "2015-10-28", thu, TenseFuture, "2015-10-28"},
		{"next week", "2016-02-29/2016-03-06", thu, TensePast, "2016-02-29/2016-03-06"},
		{"on July 20, 2015", "2015-07-20", thu, TenseFuture, "2015-07-20"},
		{"will meet before Christmas", "2015-12-25", thu, TenseFuture, "2016-12-25"},
		{"met over Easter", "2016-03-27", thu, TensePast, "2015-04-05"},
		{"will meet at the weekend", "2016-02-20/2016-02-21", thu, TenseFuture, "2016-02-27/2016-02-28"},
	}
	for _, tt := range tests {
		t.Run("OK", func(t *testing.T) {
			a := mustDate(t, tt.anchor)
			ms := Find(tt.text, Options{Anchor: a})
			if len(ms) != 1 {
				t.Fatalf("Find(%q): got %d mentions (%s), want 1", tt.text, len(ms), render(ms))
			}
			if got := ms[0].Value.String(); got != tt.found {
				t.Errorf("Find(%q): got %s, want %s", tt.text, got, tt.found)
			}
			if got := Resolve(ms[0], a, TenseUnknown).String(); got != tt.found {
				t.Errorf("Resolve(%q, unknown): got %s, want Find's %s", ms[0].Text, got, tt.found)
			}
			if got := Resolve(ms[0], a, tt.tense).String(); got != tt.want {
				t.Errorf("Resolve(%q, %d): got %s, want %s", ms[0].Text, tt.tense, got, tt.want)
			}
		})
	}
	t.Run("ZeroAnchor", func(t *testing.T) {
		ms := Find("on Wednesday", Options{Anchor: mustDate(t, thu)})
		if got := Resolve(ms[0], graph.Date{}, TenseFuture); !got.IsZero() {
			t.Errorf("Resolve without anchor: got %s, want unknown", got)
		}
	})
}

// TestSeed checks the dates DESIGN.md asks of the seed article.
func TestSeed(t *testing.T) {
	text := readSeed(t)
	ms := Find(text, Options{Anchor: mustDate(t, thu)})
	want := map[string]string{
		"this week":     "2016-02-22/2016-02-28",
		"Wednesday":     "2016-02-24",
		"Feb. 22-23":    "2016-02-22/2016-02-23",
		"July 20, 2015": "2015-07-20",
	}
	got := map[string]string{}
	for _, m := range ms {
		got[m.Text] = m.Value.String()
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("seed %q: got %q, want %q", k, got[k], v)
		}
	}
}
