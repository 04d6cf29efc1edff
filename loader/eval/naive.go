package eval

import (
	"regexp"
	"strings"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// naiveTrigger maps trigger words to the event kind a co-occurrence coder
// gives a sentence.
var naiveTrigger = regexp.MustCompile(`(?i)\b(?:(relations|ties|embass(?:y|ies))|(agree\w*|accords?|treat(?:y|ies)|deals?|pacts?|sign\w*|memorandum\w*)|(meet\w*|met|talks|visit\w*|summit\w*|negotiat\w*))\b`)

// Naive is the calibration baseline the issue describes, roughly how the big
// event datasets code: the gazetteer's country mentions, and for every
// sentence naming two or more countries and a trigger word one event of the
// trigger's kind between those countries, dated with the publication date.
// It has no agencies, no tense and no date expressions. Scoring it in the
// same run shows what the real extractor adds.
func Naive(in extract.Input) extract.Result {
	r := extract.Result{Article: extract.ArticleInfo{Title: in.Title, Source: in.Source, Published: in.Published},
		Countries: []extract.Country{}, Agencies: []extract.Agency{}, Events: []extract.Event{}, Dates: []extract.Date{}}
	seen := map[string]bool{}
	// The extractor's own splitter, so that the baseline does not lose
	// events to sentences cut at "U.S.".
	for _, ss := range extract.SplitSentences(in.Text) {
		sent := ss.Text
		var codes []string
		inSent := map[string]bool{}
		for _, m := range gazetteer.FindCountries(sent) {
			if !seen[m.Code] {
				seen[m.Code] = true
				c, _ := gazetteer.Country(m.Code)
				r.Countries = append(r.Countries, extract.Country{Code: m.Code, Name: c.Name})
			}
			if !inSent[m.Code] {
				inSent[m.Code] = true
				codes = append(codes, m.Code)
			}
		}
		if len(codes) < 2 {
			continue
		}
		t := naiveTrigger.FindStringSubmatch(sent)
		if t == nil {
			continue
		}
		kind := graph.KindMeeting
		switch {
		case t[1] != "":
			kind = graph.KindRelations
		case t[2] != "":
			kind = graph.KindAccord
		}
		r.Events = append(r.Events, extract.Event{Kind: kind, Participants: codes, Start: in.Published,
			Evidence: extract.Evidence{Sentence: strings.TrimSpace(sent)}})
	}
	return r
}
