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
// the Soviet Union (SU). Without a publication date codes stay as they are.
func eraCode(code string, pub graph.Date) string {
	if code == "RU" && !pub.IsZero() && pub.Before(sovietEnd) {
		return "SU"
	}
	return code
}

// applyEra rewrites country mentions to the codes of the article's era.
func applyEra(ms []gazetteer.CountryMention, pub graph.Date) {
	for i := range ms {
		ms[i].Code = eraCode(ms[i].Code, pub)
	}
}
