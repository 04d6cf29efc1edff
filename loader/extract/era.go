package extract

import (
	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// sovietEnd is the first day without the Soviet Union: it was dissolved on
// 26 December 1991, and news dated 1992 on means Russia by "Moscow".
var sovietEnd = graph.Date{Year: 1992, Month: 1, Day: 1}

// eraCode maps a country code to the state that held it when the article
// was written: before 1992 "Moscow", "the Kremlin" and "Russian" stand for
// the Soviet Union (SU); "Belgrade" stands for Yugoslavia (YU) before 2003
// and "Prague" for Czechoslovakia (CS) before 1993. Without a publication
// date codes stay as they are.
func eraCode(code string, pub graph.Date) string {
	if pub.IsZero() {
		return code
	}
	switch {
	case code == "RU" && pub.Before(sovietEnd):
		return "SU"
	case code == "RS" && pub.Before(yugoslaviaEnd):
		return "YU" // "Belgrade", "Serbian" in 1987
	case (code == "CZ" || code == "SK") && pub.Before(czechoslovakiaEnd):
		return "CS" // "Prague" in 1987
	}
	return code
}

// yugoslaviaEnd is the first day the federation in Belgrade was no longer
// called Yugoslavia (Serbia and Montenegro, 4 February 2003); czechoslovakiaEnd
// the first day of the Czech Republic and Slovakia.
var (
	yugoslaviaEnd     = graph.Date{Year: 2003, Month: 2, Day: 4}
	czechoslovakiaEnd = graph.Date{Year: 1993, Month: 1, Day: 1}
)

// applyEra rewrites country mentions to the codes of the article's era.
func applyEra(ms []gazetteer.CountryMention, pub graph.Date) {
	for i := range ms {
		ms[i].Code = eraCode(ms[i].Code, pub)
	}
}

// germanUnity is the first day without East Germany (3 October 1990).
var germanUnity = graph.Date{Year: 1990, Month: 10, Day: 3}

// defunct reports whether the state code no longer existed when the
// article was written ("the Soviet Union broke up" in a 2016 story): such
// a state is history there, not an actor of the story.
func defunct(code string, pub graph.Date) bool {
	if pub.IsZero() {
		return false
	}
	switch code {
	case "SU":
		return !pub.Before(sovietEnd)
	case "YU":
		return !pub.Before(yugoslaviaEnd)
	case "CS":
		return !pub.Before(czechoslovakiaEnd)
	case "DD":
		return !pub.Before(germanUnity)
	}
	return false
}
