// Package when finds date expressions in English news text and normalises
// them to partial-precision dates, resolving relative expressions ("Wednesday",
// "this week", "last October") against the article's publication date.
//
// It is pure: no I/O, no clock, no globals that change. Find is a hand-written
// scanner over a small token stream (no regular expressions), so it runs at
// well over 20 MB/s per core.
//
// # What it recognises
//
//   - absolute dates: "July 20, 2015", "20 July 2015", "Jul. 20, 2015",
//     "Monday, March 21, 2016", "7/20/2015" (month first unless
//     Options.DayFirst), "20.07.2015" (always day first), "2015-07-20";
//   - months and years: "July 2015", "mid-2015", "early March", "end-1986",
//     "in 2015", "since 1928", "Biden's 2010 visit", "1986/87";
//   - ranges: "Feb. 22-23", "March 21 and 22", "March 21-April 2",
//     "from 1 to 3 March", "Oct. 29-Nov. 2", "between March 3 and 5",
//     "from March to May", "between 1985 and 1987", and with a slash
//     "March 19/20", "April 10/May 5";
//   - relative expressions: "today", "yesterday", "tomorrow", "last night",
//     "Wednesday", "last/next/this Wednesday", "next Monday and Tuesday",
//     "this/last/next week|weekend|month|year", "earlier this week",
//     "later this year", "last October", "in October", "last October 28",
//     "next June 30", "over the weekend", "two days ago",
//     "fifteen months ago", "the day before", "the previous day", "earlier in the day" and "in the
//     afternoon" (the day named just before in the same paragraph, else the
//     anchor);
//   - a year or month told by the one named before it, within a paragraph
//     or two: "that year", "later that year", "the same month", "that same
//     year", "the following year", "the previous month" ("in April 2022
//     ... Later that year" is 2022); with none named before, no date;
//   - stretches up to the anchor, after a preposition: "over the past eight
//     years" (the years from eight before the anchor's to the anchor's), "in
//     the last 18 months";
//   - ages of things that began, told as compounds: "its seven-month-old
//     agreement", "Syria's five-year-old civil war", or written apart, "the
//     eight month old pact" (Mention.Age; not a person's "65-year-old");
//   - holidays whose day is shared across countries: "Christmas (Day|Eve)",
//     "Boxing Day", "Easter (Sunday|Monday)", "Good Friday", "Palm Sunday"
//     (Western Easter by the Gregorian computus), "Thanksgiving (Day)" (the
//     U.S. one), "Halloween", "Valentine's Day", with a year after them or,
//     like month-days, the nearest occurrence; not when they modify a thing
//     ("Easter eggs", "Christmas trees", "Easter Island").
//
// It deliberately ignores times of day, durations ("three years",
// "four-day"), counts and amounts ("2,000 troops", "$1987", "1987 million"),
// decades ("the 1990s"), "may" as a verb and "march" as a noun: a month name
// alone needs a preposition before it ("in May", "since March") and, for the
// ambiguous May and March, a capital letter.
//
// # Resolution rules
//
// Month-day dates without a year ("March 18") take the year that puts them
// nearest to the anchor (so within about six months of it). A month without a
// year ("in November") is the most recent such month on or before the anchor
// month; "last November" is strictly before it, "next November" strictly
// after it, "this November" is in the anchor's year. With a day, "last
// November 25" is the latest such day on or before the anchor and "next
// June 30" the earliest on or after it. "Over|at|during|on the weekend" is
// tensed like "Saturday and Sunday".
//
// A bare weekday ("Wednesday", "on Tuesday") is by default the most recent
// such day on or before the anchor, the anchor itself included: wire stories
// say "Tuesday" for the day they are filed, and in the labelled dev corpus
// every weekday equal to the publication day (six of them, 1987 to 2016)
// means that very day. "last Tuesday" is strictly before the anchor, "next
// Tuesday" strictly after it, "this Tuesday" in the anchor's Monday-to-Sunday
// week. Weeks run Monday to Sunday; "this weekend" is the Saturday and Sunday
// of the anchor's week.
//
// Mentions whose value depends on the tense of their sentence (bare
// weekdays, months, month-days and holidays without a year) have Tensed set; Resolve
// re-resolves them for a tense the caller knows ("will meet on Tuesday" is
// the next Tuesday). Without an anchor, relative mentions are still
// reported, with a zero Value: the package never guesses.
package when
