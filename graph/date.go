package graph

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// Precision says how much of a Date is known.
type Precision string

// Precisions, from the least to the most precise.
const (
	PrecisionNone  Precision = ""      // the date is unknown
	PrecisionYear  Precision = "year"  // 2016
	PrecisionMonth Precision = "month" // 2016-02
	PrecisionDay   Precision = "day"   // 2016-02-22
)

// Date is a calendar date known to year, month or day precision. The zero
// Date means "unknown". Month is 0 at year precision and Day is 0 at year or
// month precision.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// Day returns the Date of a day.
func Day(year int, month time.Month, day int) Date { return Date{year, month, day} }

// Month returns the Date of a month.
func Month(year int, month time.Month) Date { return Date{Year: year, Month: month} }

// Year returns the Date of a year.
func Year(year int) Date { return Date{Year: year} }

// DateOf returns the day-precision Date of t (in t's location).
func DateOf(t time.Time) Date { return Date{t.Year(), t.Month(), t.Day()} }

// ParseDate parses an ISO 8601 calendar date at year ("2016"), month
// ("2016-02") or day ("2016-02-22") precision. The empty string gives the
// zero Date. Errors are *Error with code EINVALID.
func ParseDate(s string) (Date, error) {
	bad := func() (Date, error) {
		return Date{}, &Error{Code: EINVALID, Message: fmt.Sprintf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)}
	}
	if s == "" {
		return Date{}, nil
	}
	var d Date
	switch len(s) {
	case 4, 7, 10:
	default:
		return bad()
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil || y < 1 || s[0] == '+' || s[0] == '-' {
		return bad()
	}
	d.Year = y
	if len(s) >= 7 {
		if s[4] != '-' {
			return bad()
		}
		m, err := strconv.Atoi(s[5:7])
		if err != nil || m < 1 || m > 12 || s[5] == '+' || s[5] == '-' {
			return bad()
		}
		d.Month = time.Month(m)
	}
	if len(s) == 10 {
		if s[7] != '-' {
			return bad()
		}
		day, err := strconv.Atoi(s[8:10])
		if err != nil || day < 1 || s[8] == '+' || s[8] == '-' || day > daysIn(d.Year, d.Month) {
			return bad()
		}
		d.Day = day
	}
	return d, nil
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether d is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// Precision returns how much of d is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// Valid reports whether d is the zero Date or a real date at its precision.
func (d Date) Valid() bool {
	if d.IsZero() {
		return d.Month == 0 && d.Day == 0
	}
	if d.Year < 1 || d.Year > 9999 {
		return false
	}
	if d.Month == 0 {
		return d.Day == 0
	}
	if d.Month < 1 || d.Month > 12 {
		return false
	}
	return d.Day == 0 || (d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month))
}

// String returns d in ISO 8601 at its precision, or "" when unknown.
func (d Date) String() string {
	switch d.Precision() {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return ""
}

// First returns the first day covered by d (Jan 1 for a year, the 1st for a
// month). It returns the zero time for an unknown date.
func (d Date) First() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	m, day := d.Month, d.Day
	if m == 0 {
		m = time.January
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, m, day, 0, 0, 0, 0, time.UTC)
}

// Last returns the last day covered by d (Dec 31 for a year, the month's
// last day for a month). It returns the zero time for an unknown date.
func (d Date) Last() time.Time {
	switch d.Precision() {
	case PrecisionYear:
		return time.Date(d.Year, time.December, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, d.Month, daysIn(d.Year, d.Month), 0, 0, 0, 0, time.UTC)
	case PrecisionDay:
		return d.First()
	}
	return time.Time{}
}

// Contains reports whether every day of o lies within d. An unknown date
// contains nothing and is contained by nothing.
func (d Date) Contains(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	return !o.First().Before(d.First()) && !o.Last().After(d.Last())
}

// Compatible reports whether d and o can name the same time: one contains
// the other (2016 and 2016-02-22), or either is unknown.
func (d Date) Compatible(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return true
	}
	return d.Contains(o) || o.Contains(d)
}

// Before reports whether d starts before o starts (unknown dates sort last).
func (d Date) Before(o Date) bool {
	switch {
	case d.IsZero():
		return false
	case o.IsZero():
		return true
	}
	if !d.First().Equal(o.First()) {
		return d.First().Before(o.First())
	}
	return d.Last().Before(o.Last())
}

// MarshalJSON encodes d as its ISO string, or null when unknown.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON decodes an ISO string at any precision, or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalText encodes d as its ISO string ("" when unknown).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes an ISO string at any precision ("" is unknown).
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Span is a period given by its first and last Date; End is zero when the
// period is a single Date. A zero Span is unknown.
type Span struct {
	Start Date
	End   Date
}

// IsZero reports whether the span is unknown.
func (s Span) IsZero() bool { return s.Start.IsZero() }

// String returns "start" or "start/end" (ISO 8601 interval), "" when unknown.
func (s Span) String() string {
	if s.End.IsZero() || s.End == s.Start {
		return s.Start.String()
	}
	return s.Start.String() + "/" + s.End.String()
}

// Last returns the last Date of the span (End, or Start when End is zero).
func (s Span) Last() Date {
	if s.End.IsZero() {
		return s.Start
	}
	return s.End
}

// Contains reports whether every day of o lies within s ("1987" contains
// "1987-01" and "1987-03-30/1987-04-01"). An unknown span contains nothing
// and is contained by nothing.
func (s Span) Contains(o Span) bool {
	if s.IsZero() || o.IsZero() {
		return false
	}
	return !o.Start.First().Before(s.Start.First()) && !o.Last().Last().After(s.Last().Last())
}

// ParseSpan parses "start" or "start/end" as written by Span.String.
func ParseSpan(v string) (Span, error) {
	for i := 0; i < len(v); i++ {
		if v[i] == '/' {
			a, err := ParseDate(v[:i])
			if err != nil {
				return Span{}, err
			}
			b, err := ParseDate(v[i+1:])
			if err != nil {
				return Span{}, err
			}
			return Span{a, b}, nil
		}
	}
	a, err := ParseDate(v)
	return Span{Start: a}, err
}
