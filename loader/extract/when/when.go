package when

import (
	"math"
	"strings"
	"sync"
	"time"

	"github.com/entente-dev/entente/graph"
)

// Tense hints which way a bare relative expression points ("Tuesday" in "will
// meet on Tuesday" is the next Tuesday; in "met on Tuesday" the last one).
type Tense int

// Tenses.
const (
	TenseUnknown Tense = iota
	TensePast
	TenseFuture
)

// Mention is one date expression found in text. Start and End are byte
// offsets into the text given to Find.
type Mention struct {
	Text     string     // the expression as written, e.g. "Feb. 22-23"
	Start    int        // byte offset of the first byte
	End      int        // byte offset just past the last byte
	Value    graph.Span // normalised value; zero when it cannot be anchored (relative date, no publication date)
	Relative bool       // resolved from the anchor date ("Wednesday", "last year", a month-day without a year)
	Weekday  bool       // a bare weekday ("Wednesday") whose direction depends on tense
	Tensed   bool       // Value depends on the sentence's tense (bare weekday, month or month-day without a year); see Resolve
	// SameDayAs is, for "earlier in the day" or "In the afternoon, ...",
	// one more than the index in the same Find result of the mention whose
	// day it takes (Value is that mention's); 0 when it takes none. A
	// caller that re-reads that mention with its tense should copy the new
	// day.
	SameDayAs int
	// Age marks an age told as a compound ("its seven-month-old
	// agreement", "a 40-year-old treaty"): Value is when the thing it
	// describes began, counted back from the anchor. A caller should date
	// with it only the noun it describes (not "a 54-year-old diplomat").
	Age bool
}

// Options tune Find.
type Options struct {
	// Anchor is the publication date relative expressions resolve against.
	// When zero, relative expressions are reported with a zero Value.
	Anchor graph.Date
	// DayFirst reads numeric dates as day/month/year (7/20/2015 is then invalid).
	DayFirst bool
}

// maxText is the longest text Find scans: token offsets are 32-bit to keep
// the token stream small. Longer texts are scanned up to this length.
const maxText = math.MaxInt32

// Find returns every date expression in text, in order of position, with
// non-overlapping spans. At each position the longest expression wins
// ("Monday, March 21, 2016" is one mention, not two). Bare weekdays and
// other tense-dependent mentions get the default reading described in the
// package documentation; Resolve adjusts them once the tense is known.
func Find(text string, opt Options) []Mention {
	if len(text) > maxText {
		text = text[:maxText]
	}
	buf := tokenBufs.Get().(*[]token)
	p := newParserWith(text, (*buf)[:0], opt.Anchor, opt.DayFirst, TenseUnknown, false)
	defer func() {
		if cap(p.toks) <= maxPooledTokens {
			*buf = p.toks
			tokenBufs.Put(buf)
		}
	}()
	var out []Mention
	lastDay := -1 // index in out of the last mention of one day
	for i := 0; i < len(p.toks); {
		if !p.starts(i) {
			i++
			continue
		}
		r, ok := p.parseAt(i)
		if !ok {
			i++
			continue
		}
		m := p.mention(i, r)
		if r.back != 0 {
			v, ok := periodBefore(out, m.Start, r.back, r.shift)
			if !ok {
				i = r.end // "that year" with no year named before it: no date
				continue
			}
			m.Value = v
		}
		if r.theDay && lastDay >= 0 && !strings.Contains(text[out[lastDay].End:m.Start], "\n\n") {
			// "Thatcher left Bonn yesterday ... She had flown in from talks
			// in Normandy earlier in the day": the day is the one just named
			// in the same paragraph, a value Resolve must not re-read.
			m.Value, m.Relative, m.SameDayAs = out[lastDay].Value, false, lastDay+1
		}
		out = append(out, m)
		if v := m.Value; !v.Start.IsZero() && v.End.IsZero() && v.Start.Precision() == graph.PrecisionDay {
			lastDay = len(out) - 1
		}
		if r.year {
			p.lastYear = r.end
		}
		i = r.end
	}
	return out
}

// periodBefore returns the year (unit wYear) or month (wMonthUnit) of the
// last mention in out that is precise enough and ends within backReach
// bytes before start, moved by shift of them: "in April 2022 ... later
// that year" is 2022.
func periodBefore(out []Mention, start int, unit uint16, shift int) (graph.Span, bool) {
	for k := len(out) - 1; k >= 0; k-- {
		m := out[k]
		if start-m.End > backReach {
			break
		}
		v := m.Value.Start
		if v.IsZero() || m.Age || m.Value.End.Year != 0 && m.Value.End.Year != v.Year {
			continue // (not "a 40-year-old treaty", nor "from 2014 to 2016")
		}
		switch {
		case unit == wYear:
			return graph.Span{Start: graph.Year(v.Year + shift)}, true
		case unit == wMonthUnit && v.Month != 0:
			t := time.Date(v.Year, v.Month+time.Month(shift), 1, 0, 0, 0, 0, time.UTC)
			return graph.Span{Start: graph.Month(t.Year(), t.Month())}, true
		}
	}
	return graph.Span{}, false
}

// backReach is how far back, in bytes, "that year" looks for the year it
// means: a paragraph or two.
const backReach = 1500

// tokenBufs holds token buffers for Find to reuse: the tokens of a text
// live only during its Find, and allocating them anew for every article
// was a tenth of an extraction's garbage.
var tokenBufs = sync.Pool{New: func() any { return new([]token) }}

// maxPooledTokens caps the buffers tokenBufs keeps (1 MB), so that one huge
// text does not pin its tokens.
const maxPooledTokens = 1 << 16

// Resolve re-resolves a mention found by Find against anchor for a tense
// known from its sentence. A bare weekday in the past is the most recent such
// day on or before the anchor, in the future the next one on or after it; a
// month without a year goes to the most recent or next such month; a
// month-day without a year to the most recent or next such day.
// TenseUnknown gives the same value as Find. Absolute mentions keep their
// value, and a zero anchor gives a zero value for relative ones.
func Resolve(m Mention, anchor graph.Date, tense Tense) graph.Span {
	if !m.Relative {
		return m.Value
	}
	p := newParser(m.Text, anchor, false, tense, true)
	if len(p.toks) == 0 {
		return m.Value
	}
	r, ok := p.parseAt(0)
	if !ok || r.end != len(p.toks) {
		return m.Value
	}
	return p.mention(0, r).Value
}
