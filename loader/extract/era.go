package extract

import (
	"slices"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// formerStates are states that no longer exist, with the codes their
// successors' names ("Moscow", "Belgrade", "Prague") stand for them with
// before the day they ended. East Germany has no successor name.
var formerStates = []struct {
	code       string
	successors []string
	end        graph.Date // the first day without the state
}{
	{"SU", []string{"RU"}, graph.Date{Year: 1992, Month: 1, Day: 1}},       // dissolved 26 December 1991
	{"YU", []string{"RS"}, graph.Date{Year: 2003, Month: 2, Day: 4}},       // Serbia and Montenegro from 4 February 2003
	{"CS", []string{"CZ", "SK"}, graph.Date{Year: 1993, Month: 1, Day: 1}}, // the Czech Republic and Slovakia
	{"DD", nil, graph.Date{Year: 1990, Month: 10, Day: 3}},                 // German unity
}

// formerParts are states that were parts of another before the day given:
// "the Ukraine" and "Kazakhstan" of a 1987 story are Soviet republics,
// "Croatia" a Yugoslav one. Georgia was a Soviet republic too, but before
// its independence the name in news is nearly always the U.S. state
// ("First Union Corp of Georgia", "the governor of Georgia"), and a story
// of Soviet Georgia names the Soviet Union: there it stands for no state
// ("").
var formerParts = []struct {
	codes []string
	of    string
	end   graph.Date // the first day the part is a state of its own
}{
	// Soviet republics, until they declared independence (the Baltic
	// states: until Moscow recognised it).
	{[]string{"EE", "LV", "LT"}, "SU", graph.Date{Year: 1991, Month: 9, Day: 6}},
	{[]string{"UA"}, "SU", graph.Date{Year: 1991, Month: 8, Day: 24}},
	{[]string{"BY"}, "SU", graph.Date{Year: 1991, Month: 8, Day: 25}},
	{[]string{"MD"}, "SU", graph.Date{Year: 1991, Month: 8, Day: 27}},
	{[]string{"AZ"}, "SU", graph.Date{Year: 1991, Month: 8, Day: 30}},
	{[]string{"KG", "UZ"}, "SU", graph.Date{Year: 1991, Month: 8, Day: 31}},
	{[]string{"TJ"}, "SU", graph.Date{Year: 1991, Month: 9, Day: 9}},
	{[]string{"AM"}, "SU", graph.Date{Year: 1991, Month: 9, Day: 21}},
	{[]string{"TM"}, "SU", graph.Date{Year: 1991, Month: 10, Day: 27}},
	{[]string{"KZ"}, "SU", graph.Date{Year: 1991, Month: 12, Day: 16}},
	{[]string{"GE"}, "", graph.Date{Year: 1991, Month: 4, Day: 9}},
	{[]string{"SI", "HR"}, "YU", graph.Date{Year: 1991, Month: 6, Day: 25}}, // declared independence
	{[]string{"MK"}, "YU", graph.Date{Year: 1991, Month: 9, Day: 8}},
	{[]string{"BA"}, "YU", graph.Date{Year: 1992, Month: 3, Day: 3}},
	{[]string{"ME"}, "YU", graph.Date{Year: 2003, Month: 2, Day: 4}},
}

// eraCode maps a country code to the state that held it when the article
// was written: before 1992 "Moscow", "the Kremlin" and "Russian" stand for
// the Soviet Union (SU); "Belgrade" stands for Yugoslavia (YU) before 2003
// and "Prague" for Czechoslovakia (CS) before 1993; the parts of those
// states stand for them too (formerParts), and "" is no state. Without a
// publication date codes stay as they are.
func eraCode(code string, pub graph.Date) string {
	if pub.IsZero() {
		return code
	}
	for _, f := range formerStates {
		if pub.Before(f.end) && slices.Contains(f.successors, code) {
			return f.code
		}
	}
	for _, f := range formerParts {
		if pub.Before(f.end) && slices.Contains(f.codes, code) {
			return f.of
		}
	}
	return code
}

// zaireYears are the days the Democratic Republic of the Congo was Zaire:
// then "Congo" alone was the Republic of the Congo, Brazzaville's.
var zaireYears = [2]graph.Date{{Year: 1971, Month: 10, Day: 27}, {Year: 1997, Month: 5, Day: 17}}

// applyEra rewrites country mentions to the codes of the article's era and
// drops those that stand for no state then.
func applyEra(ms []gazetteer.CountryMention, pub graph.Date) []gazetteer.CountryMention {
	for i := range ms {
		ms[i].Code = eraCode(ms[i].Code, pub)
		if ms[i].Code == "CD" && !pub.IsZero() && !pub.Before(zaireYears[0]) && pub.Before(zaireYears[1]) {
			switch ms[i].Text {
			case "Congo", "Congolese", "CONGO":
				ms[i].Code = "CG" // "Egypt, Zambia, Zaire, Uganda, Congo and Mali", in 1987
			}
		}
	}
	return slices.DeleteFunc(ms, func(m gazetteer.CountryMention) bool { return m.Code == "" })
}

// defunct reports whether the state code no longer existed when the
// article was written ("the Soviet Union broke up" in a 2016 story): such
// a state is history there, not an actor of the story.
func defunct(code string, pub graph.Date) bool {
	if pub.IsZero() {
		return false
	}
	for _, f := range formerStates {
		if f.code == code {
			return !pub.Before(f.end)
		}
	}
	return false
}

// formerSovereigns are territories whose sovereign changed: before end
// the territory was sovereign's.
var formerSovereigns = []struct {
	code, sovereign string
	end             graph.Date // the first day under today's sovereign
}{
	{"HK", "GB", graph.Date{Year: 1997, Month: 7, Day: 1}},   // handed over to China
	{"MO", "PT", graph.Date{Year: 1999, Month: 12, Day: 20}}, // handed over to China
}

// sovereignAt is gazetteer.Sovereign on the day pub (formerSovereigns):
// "his office has had talks with the Bank of England", told in Hong Kong
// in 1987, is no Hong Kong-Britain meeting.
func sovereignAt(code string, pub graph.Date) string {
	if !pub.IsZero() {
		for _, f := range formerSovereigns {
			if f.code == code && pub.First().Before(f.end.First()) {
				return f.sovereign
			}
		}
	}
	return gazetteer.Sovereign(code)
}
