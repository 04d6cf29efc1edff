package neo4jstore

import (
	"context"
	"slices"
	"strings"

	"github.com/entente-dev/entente/graph"
)

// timelineWhere is the filter shared by both timeline orders. Dates compare
// native date properties so the range indexes on sortDate and end apply.
const timelineWhere = `
MATCH (e:Event)
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($since IS NULL OR coalesce(e.end, e.sortDate) >= $since)
  AND ($until IS NULL OR e.sortDate <= $until)
  AND ($status IS NULL OR e.status = $status)
  AND ($minConfidence IS NULL OR e.confidence >= $minConfidence)
  AND ($topic IS NULL OR any(t IN coalesce(e.topics, []) WHERE toLower(t) = toLower($topic)))
  AND ($between IS NULL OR all(c IN $between WHERE c IN e.countries))
  AND ($involving IS NULL OR any(c IN $involving WHERE c IN e.countries))
  AND ($agency IS NULL OR EXISTS {
        MATCH (a:Agency)-[:TOOK_PART_IN]->(e)
        WHERE a.key = $agency OR toLower(a.name) = toLower($agency)
           OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($agency)) })
WITH e, coalesce(e.sortDate, date('9999-12-31')) AS sd
`

// The page is cut in the same query that counts the matches, so totalCount
// and the page always agree.
const (
	timelineAsc = timelineWhere + `
ORDER BY sd ASC, e.key ASC
WITH collect({e: e, sd: sd}) AS rows
WITH size(rows) AS total,
     [r IN rows WHERE $afterKey IS NULL OR r.sd > $afterDate OR (r.sd = $afterDate AND r.e.key > $afterKey)] AS rest
RETURN total, size(rest) AS remaining, [r IN rest[0..$first] | {n: properties(r.e), sd: r.sd}] AS page`

	timelineDesc = timelineWhere + `
ORDER BY sd DESC, e.key DESC
WITH collect({e: e, sd: sd}) AS rows
WITH size(rows) AS total,
     [r IN rows WHERE $afterKey IS NULL OR r.sd < $afterDate OR (r.sd = $afterDate AND r.e.key < $afterKey)] AS rest
RETURN total, size(rest) AS remaining, [r IN rest[0..$first] | {n: properties(r.e), sd: r.sd}] AS page`
)

// Timeline returns one page of the events that match f, ordered by date
// (start, else "on or before", else reported; undated events last in
// ascending order) then key. Events come without agencies and evidence:
// load them with AgenciesOfEvents and CitationsOfEvents. Errors: EINVALID
// for a bad filter or cursor, EUNAVAILABLE when Neo4j cannot be reached.
func (s *Store) Timeline(ctx context.Context, f graph.EventFilter) (graph.EventPage, error) {
	if err := f.Validate(); err != nil {
		return graph.EventPage{}, err
	}
	afterDate, afterKey, err := decodeCursor(f.After)
	if err != nil {
		return graph.EventPage{}, err
	}
	cypher := timelineAsc
	if f.Order == graph.OrderDesc {
		cypher = timelineDesc
	}
	recs, err := s.read(ctx, "timeline", cypher, map[string]any{
		"kinds":         listParam(f.Kinds),
		"since":         dateParam(f.Since, false),
		"until":         dateParam(f.Until, true),
		"status":        nilIfZero(f.Status),
		"minConfidence": nilIfZero(f.MinConfidence),
		"topic":         nilIfZero(f.Topic),
		"between":       listParam(f.Between),
		"involving":     listParam(f.Involving),
		"agency":        nilIfZero(f.Agency),
		"afterDate":     afterDate,
		"afterKey":      afterKey,
		"first":         int64(f.First),
	})
	if err != nil {
		return graph.EventPage{}, err
	}
	var p graph.EventPage
	if len(recs) != 1 {
		return p, nil
	}
	r := recs[0]
	total, err := rowInt(r, "total")
	if err != nil {
		return p, readError("timeline", err)
	}
	remaining, err := rowInt(r, "remaining")
	if err != nil {
		return p, readError("timeline", err)
	}
	page, _ := r.Get("page")
	for _, x := range asMaps(page) {
		e := eventOf(mmap(x, "n"))
		p.Events = append(p.Events, e)
		p.Cursors = append(p.Cursors, encodeCursor(isoDay(x, "sd"), e.Key))
	}
	p.Total = total
	p.HasNext = remaining > f.First
	p.HasPrevious = total > remaining
	return p, nil
}

func asMaps(v any) []map[string]any {
	return mmaps(map[string]any{"v": v}, "v")
}

// eventOf converts an Event node's properties.
func eventOf(m map[string]any) graph.Event {
	return graph.Event{
		Key:        mstr(m, "key"),
		Kind:       graph.Kind(mstr(m, "kind")),
		Title:      mstr(m, "title"),
		Start:      mpartial(m, "startText", "start"),
		End:        endOf(m),
		Before:     mdate(m, "before"),
		Status:     mstr(m, "status"),
		Action:     mstr(m, "action"),
		Mode:       mstr(m, "mode"),
		Place:      mstr(m, "place"),
		Topics:     mstrs(m, "topics"),
		Countries:  mstrs(m, "countries"),
		Confidence: mfloat(m, "confidence"),
		Reported:   mdate(m, "reported"),
	}
}

// endOf reads the end of a range. The native end property is set for every
// dated event (the last day covered), so only endText says whether the
// event is a range.
func endOf(m map[string]any) graph.Date {
	s := mstr(m, "endText")
	if s == "" {
		return graph.Date{}
	}
	d, err := graph.ParseDate(s)
	if err != nil {
		return graph.Date{}
	}
	return d
}

const eventsByKeys = `
UNWIND $keys AS k
MATCH (e:Event {key: k})
RETURN e {.*} AS n`

// EventsByKeys returns the events with the given keys (missing keys are
// absent from the map), without agencies and evidence.
func (s *Store) EventsByKeys(ctx context.Context, keys []string) (map[string]graph.Event, error) {
	return byKeys(ctx, s, "events by key", eventsByKeys, keys, eventOf, func(e graph.Event) string { return e.Key })
}

const countriesOfEvents = `
UNWIND $keys AS k
MATCH (c:Country)-[p:PARTY_TO]->(e:Event {key: k})
RETURN k AS key, collect(c {.*, role: p.role}) AS countries, e.countries AS order`

// CountriesOfEvents returns the participant countries of each event, in the
// event's own order (a visit lists the visitor first).
func (s *Store) CountriesOfEvents(ctx context.Context, keys []string) (map[string][]graph.Country, error) {
	recs, err := s.read(ctx, "countries of events", countriesOfEvents, map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]graph.Country, len(recs))
	for _, r := range recs {
		key, _ := r.Get("key")
		cs, _ := r.Get("countries")
		ord, _ := r.Get("order")
		order := mstrs(map[string]any{"o": ord}, "o")
		var list []graph.Country
		for _, m := range asMaps(cs) {
			list = append(list, countryOf(m))
		}
		slices.SortFunc(list, func(a, b graph.Country) int {
			ia, ib := slices.Index(order, a.Code), slices.Index(order, b.Code)
			if ia < 0 {
				ia = len(order)
			}
			if ib < 0 {
				ib = len(order)
			}
			if ia != ib {
				return ia - ib
			}
			return strings.Compare(a.Code, b.Code)
		})
		k, _ := key.(string)
		out[k] = list
	}
	return out, nil
}

const agenciesOfEvents = `
UNWIND $keys AS k
MATCH (a:Agency)-[:TOOK_PART_IN]->(:Event {key: k})
RETURN k AS key, collect(a {.*}) AS agencies`

// AgenciesOfEvents returns the agencies that took part in each event,
// sorted by country and name.
func (s *Store) AgenciesOfEvents(ctx context.Context, keys []string) (map[string][]graph.Agency, error) {
	return s.agencyLists(ctx, "agencies of events", agenciesOfEvents, keys)
}

// agencyLists runs a query that returns, per key, a list of agency maps,
// and returns the agencies of each key sorted by country and name.
func (s *Store) agencyLists(ctx context.Context, what, cypher string, keys []string) (map[string][]graph.Agency, error) {
	out, err := listsByKey(ctx, s, what, cypher, keys, "agencies", agencyOf)
	for _, list := range out {
		sortAgencies(list)
	}
	return out, err
}

func sortAgencies(list []graph.Agency) {
	slices.SortFunc(list, func(a, b graph.Agency) int {
		if c := strings.Compare(a.Country, b.Country); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
}

const citationsOfEvents = `
UNWIND $keys AS k
MATCH (:Event {key: k})-[ev:EVIDENCED_BY]->(a:Article)
RETURN k AS key, collect({sentence: ev.sentence, start: ev.start, end: ev.end, article: a {.*}}) AS evidence`

// CitationsOfEvents returns the evidence of each event with its article,
// oldest article first, then by position in the article.
func (s *Store) CitationsOfEvents(ctx context.Context, keys []string) (map[string][]graph.Citation, error) {
	out, err := listsByKey(ctx, s, "evidence of events", citationsOfEvents, keys, "evidence", func(m map[string]any) graph.Citation {
		a := articleOf(mmap(m, "article"))
		return graph.Citation{
			Evidence: graph.Evidence{ArticleKey: a.Key, Sentence: mstr(m, "sentence"), Start: mint(m, "start"), End: mint(m, "end")},
			Article:  a,
		}
	})
	for _, list := range out {
		slices.SortFunc(list, func(a, b graph.Citation) int {
			switch {
			case a.Article.Published.Before(b.Article.Published):
				return -1
			case b.Article.Published.Before(a.Article.Published):
				return 1
			}
			if c := strings.Compare(a.ArticleKey, b.ArticleKey); c != 0 {
				return c
			}
			return a.Start - b.Start
		})
	}
	return out, err
}

const eventsOfArticles = `
UNWIND $keys AS k
MATCH (e:Event)-[:EVIDENCED_BY]->(:Article {key: k})
WITH k, e ORDER BY coalesce(e.sortDate, date('9999-12-31')), e.key
RETURN k AS key, collect(DISTINCT properties(e)) AS events`

// EventsOfArticles returns the events each article reports, by date then key.
func (s *Store) EventsOfArticles(ctx context.Context, keys []string) (map[string][]graph.Event, error) {
	return listsByKey(ctx, s, "events of articles", eventsOfArticles, keys, "events", eventOf)
}
