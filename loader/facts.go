package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// ArticleKey returns the natural key of an article: the first 16 hex digits
// of the SHA-256 of its cleaned text, so the same story loaded twice (from a
// file, a JSON line or the API) is one Article.
func ArticleKey(text string) string {
	return articleKeyOf(ContentHash(text))
}

// articleKeyOf returns the article key of a text from its ContentHash.
func articleKeyOf(hash string) string {
	return hash[:16]
}

// ContentHash returns the hex SHA-256 of an article's cleaned text.
func ContentHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// Facts converts what the extractor found in doc into the graph facts the
// store writes: the article (keyed by its content), its countries and
// agencies with their first evidence sentence, the places its events are
// held in, and its events with participants, agency keys, dates, report date
// (the publication date) and evidence. Event keys are left to the store,
// which resolves events across articles. Errors: EINVALID naming the
// document's origin and the event at fault, when the extractor produced an
// event that breaks graph.Event's invariants.
func Facts(doc Document, r extract.Result) (*graph.ArticleFacts, error) {
	hash := ContentHash(doc.Text)
	key := articleKeyOf(hash) // ArticleKey, without hashing the text a second time
	published := r.Article.Published
	if published.IsZero() {
		published = doc.Published
	}
	art := graph.Article{
		Key:         key,
		URL:         firstNonEmpty(doc.URL, deref(r.Article.URL)),
		Title:       firstNonEmpty(r.Article.Title, doc.Title),
		Source:      firstNonEmpty(r.Article.Source, doc.Source),
		Published:   published,
		ContentHash: hash,
	}
	if !art.Published.Valid() {
		return nil, &graph.Error{Code: graph.EINVALID, Field: doc.Origin,
			Message: fmt.Sprintf("invalid publication date %v: pass --published YYYY-MM-DD", art.Published)}
	}
	evidence := func(e *extract.Evidence) graph.Evidence {
		if e == nil {
			return graph.Evidence{}
		}
		return graph.Evidence{ArticleKey: key, Sentence: e.Sentence, Start: e.Start, End: e.End}
	}
	f := &graph.ArticleFacts{Article: art}

	seenCountry := map[string]bool{}
	for _, c := range r.Countries {
		code := strings.ToUpper(strings.TrimSpace(c.Code))
		if code == "" || seenCountry[code] {
			continue
		}
		seenCountry[code] = true
		country := graph.Country{Code: code, Name: c.Name}
		if g, ok := gazetteer.Country(code); ok {
			country.Aliases = g.Aliases
			if country.Name == "" {
				country.Name = g.Name
			}
		}
		f.Countries = append(f.Countries, graph.CountryFact{Country: country, Evidence: evidence(c.Evidence)})
	}

	// Agency names in events are canonical names; their country comes from
	// the article's agency list. Two countries can both have a "Ministry of
	// Foreign Affairs", so a name maps to every key with that name.
	byName := map[string][]string{}
	seenAgency := map[string]bool{}
	// A coordinated form ("the departments of Homeland Security, State and
	// Justice") names several agencies at once: it is an alias of none.
	aliasUse := map[string]int{}
	for _, a := range r.Agencies {
		for _, al := range slices.Compact(slices.Sorted(slices.Values(a.Aliases))) {
			aliasUse[al]++
		}
	}
	for _, a := range r.Agencies {
		if a.Name == "" || a.Country == "" {
			continue // the extractor could not tell whose agency it is: no node for it
		}
		country := strings.ToUpper(a.Country)
		k := graph.AgencyKey(country, a.Name)
		if !slices.Contains(byName[a.Name], k) {
			byName[a.Name] = append(byName[a.Name], k)
		}
		if seenAgency[k] {
			continue
		}
		seenAgency[k] = true
		var aliases []string
		for _, al := range a.Aliases {
			if aliasUse[al] == 1 && al != a.Name && !slices.Contains(aliases, al) {
				aliases = append(aliases, al)
			}
		}
		f.Agencies = append(f.Agencies, graph.AgencyFact{
			Agency:   graph.Agency{Key: k, Name: a.Name, Country: country, Aliases: aliases},
			Evidence: evidence(a.Evidence),
		})
	}

	seenPlace := map[string]bool{}
	for i, e := range r.Events {
		ev := graph.Event{
			Kind:       e.Kind,
			Title:      e.Title,
			Start:      e.Start,
			End:        e.End,
			Before:     e.Before,
			Status:     e.Status,
			Action:     e.Action,
			Mode:       e.Mode,
			Topics:     e.Topics,
			Countries:  graph.Codes(e.Participants),
			Confidence: e.Confidence,
			Reported:   published,
			Evidence:   []graph.Evidence{evidence(&e.Evidence)},
		}
		if e.StoryDay {
			// Only the story's day: the graph keeps it as a bound, so that
			// another report's date for the event wins and reports of one
			// event a day apart still join (graph.SameEvent).
			ev.Start, ev.End, ev.Before = graph.Date{}, graph.Date{}, e.Start
		}
		if e.Evidence.Sentence == "" {
			ev.Evidence = nil
		}
		if ev.Title == "" {
			ev.Title = defaultTitle(ev.Kind, ev.Countries)
		}
		for _, name := range e.Agencies {
			for _, k := range byName[name] {
				// Keep an ambiguous name only for the participants' agencies.
				if len(byName[name]) == 1 || slices.Contains(ev.Countries, strings.ToUpper(k[:strings.IndexByte(k, ':')])) {
					ev.Agencies = append(ev.Agencies, k)
				}
			}
		}
		if e.Place != nil && strings.TrimSpace(*e.Place) != "" {
			ev.Place = strings.TrimSpace(*e.Place)
			ev.PlaceCountry = placeCountry(ev.Place, ev.Countries)
			p := graph.Place{Key: graph.PlaceKey(ev.PlaceCountry, ev.Place), Name: ev.Place, Country: ev.PlaceCountry}
			if !seenPlace[p.Key] {
				seenPlace[p.Key] = true
				f.Places = append(f.Places, p)
			}
		}
		if err := ev.Validate(); err != nil {
			return nil, &graph.Error{Code: graph.EINVALID, Field: doc.Origin,
				Message: fmt.Sprintf("event %d: %s", i, graph.ErrorMessage(err)), Err: err}
		}
		f.Events = append(f.Events, ev)
	}
	return f, nil
}

// placeCountry finds the country of a place from the gazetteer (a capital or
// a name containing a country: "Havana", "Geneva, Switzerland"); "" when it
// cannot tell.
func placeCountry(place string, participants []string) string {
	ms := gazetteer.FindCountries(place)
	if len(ms) == 0 {
		return ""
	}
	// Prefer a participant when the place names several countries.
	for _, m := range ms {
		if slices.Contains(participants, m.Code) {
			return m.Code
		}
	}
	return ms[len(ms)-1].Code
}

func defaultTitle(k graph.Kind, countries []string) string {
	label := k.Label()
	if k == graph.KindRelations {
		label = "Change of relations"
	}
	return label + " " + strings.Join(countries, "–")
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
