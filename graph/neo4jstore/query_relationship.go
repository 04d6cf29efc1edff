package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/entente-dev/entente/graph"
)

// The summary is aggregated in Go from one light row per event, so new
// event kinds need no new Cypher.
const relationshipEvents = `
MATCH (e:Event)
WHERE $a IN e.countries AND $b IN e.countries
WITH e ORDER BY coalesce(e.sortDate, date('9999-12-31')), e.key
RETURN collect({key: e.key, kind: e.kind, year: e.sortDate.year, topics: e.topics,
                dated: e.start IS NOT NULL OR e.before IS NOT NULL}) AS events`

// Relationship summarises the events between two countries (ISO codes):
// first and last event, counts by kind and by year, top topics. Errors:
// EINVALID unless exactly two different codes are given.
func (s *Store) Relationship(ctx context.Context, a, b string) (graph.Relationship, error) {
	if a == "" || b == "" || a == b {
		return graph.Relationship{}, &graph.Error{Code: graph.EINVALID, Field: "between", Message: "needs two different countries"}
	}
	pair := []string{a, b}
	slices.Sort(pair)
	rel := graph.Relationship{Countries: pair}
	recs, err := s.read(ctx, "relationship", relationshipEvents, map[string]any{"a": a, "b": b})
	if err != nil || len(recs) != 1 {
		return rel, err
	}
	evs, _ := recs[0].Get("events")
	kinds := map[graph.Kind]int{}
	years := map[graph.YearCount]int{}
	topics := map[string]int{}
	for _, m := range asMaps(evs) {
		rel.Total++
		k := graph.Kind(mstr(m, "kind"))
		kinds[k]++
		if y := mint(m, "year"); y != 0 {
			years[graph.YearCount{Year: y, Kind: k}]++
		}
		// First and last contact count only events with a date of their
		// own (or an "on or before" bound), not the date of a report about
		// a future or undated event.
		if mbool(m, "dated") {
			if rel.FirstKey == "" {
				rel.FirstKey = mstr(m, "key")
			}
			rel.LastKey = mstr(m, "key")
		}
		for _, t := range mstrs(m, "topics") {
			topics[strings.ToLower(t)]++
		}
	}
	for k, n := range kinds {
		rel.Counts = append(rel.Counts, graph.KindCount{Kind: k, Count: n})
	}
	slices.SortFunc(rel.Counts, func(x, y graph.KindCount) int { return compareKinds(x.Kind, y.Kind) })
	for yc, n := range years {
		yc.Count = n
		rel.ByYear = append(rel.ByYear, yc)
	}
	slices.SortFunc(rel.ByYear, func(x, y graph.YearCount) int {
		return cmp.Or(cmp.Compare(x.Year, y.Year), compareKinds(x.Kind, y.Kind))
	})
	for t, n := range topics {
		rel.Topics = append(rel.Topics, graph.TopicCount{Topic: t, Count: n})
	}
	slices.SortFunc(rel.Topics, func(x, y graph.TopicCount) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), strings.Compare(x.Topic, y.Topic))
	})
	return rel, nil
}

// compareKinds orders kinds as graph.Kinds does, unknown kinds after, by
// name.
func compareKinds(a, b graph.Kind) int {
	rank := func(k graph.Kind) int {
		if i := slices.Index(graph.Kinds, k); i >= 0 {
			return i
		}
		return len(graph.Kinds)
	}
	return cmp.Or(cmp.Compare(rank(a), rank(b)), strings.Compare(string(a), string(b)))
}

const relationshipAgencies = `
MATCH (a:Agency)-[:TOOK_PART_IN]->(e:Event)
WHERE $a IN e.countries AND $b IN e.countries
RETURN DISTINCT a {.*} AS n`

// RelationshipAgencies returns the agencies that took part in events
// between two countries, sorted by country and name.
func (s *Store) RelationshipAgencies(ctx context.Context, a, b string) ([]graph.Agency, error) {
	recs, err := s.read(ctx, "relationship agencies", relationshipAgencies, map[string]any{"a": a, "b": b})
	if err != nil {
		return nil, err
	}
	var out []graph.Agency
	for _, r := range recs {
		m, err := rowMap(r, "n")
		if err != nil {
			return nil, readError("relationship agencies", err)
		}
		out = append(out, agencyOf(m))
	}
	sortAgencies(out)
	return out, nil
}

// Sorting by an aggregate happens in Cypher, so LIMIT keeps the top ones.
const counterparts = `
MATCH (:Country {code: $code})-[:PARTY_TO]->(e:Event)<-[:PARTY_TO]-(o:Country)
WHERE o.code <> $code AND ($kind IS NULL OR e.kind = $kind)
WITH o, count(DISTINCT e) AS events,
     count(DISTINCT CASE WHEN e.kind = 'MEETING' THEN e END) AS meetings,
     count(DISTINCT CASE WHEN e.kind = 'ACCORD' THEN e END) AS accords,
     count(DISTINCT CASE WHEN e.kind = 'RELATIONS' THEN e END) AS relations,
     min(e.sortDate) AS first, max(e.sortDate) AS last
WITH o, events, meetings, accords, relations, first, last,
     CASE $orderBy WHEN 'MEETINGS' THEN meetings WHEN 'ACCORDS' THEN accords ELSE events END AS score
WHERE score > 0
RETURN o {.*} AS country, events, meetings, accords, relations, first, last
ORDER BY score DESC, events DESC, o.code
LIMIT $first`

// Counterparts returns the countries that share events with code, sorted by
// the chosen count (largest first; countries with none of it left out),
// optionally only counting events of one kind. Errors: EINVALID.
func (s *Store) Counterparts(ctx context.Context, code string, kind graph.Kind, by graph.CounterpartOrder, first int) ([]graph.Counterpart, error) {
	switch by {
	case "":
		by = graph.ByEvents
	case graph.ByEvents, graph.ByMeetings, graph.ByAccords:
	default:
		return nil, &graph.Error{Code: graph.EINVALID, Field: "orderBy", Message: fmt.Sprintf("unknown order %q: want EVENTS, MEETINGS or ACCORDS", by)}
	}
	first, err := graph.CheckFirst(first)
	if err != nil {
		return nil, err
	}
	recs, err := s.read(ctx, "counterparts", counterparts, map[string]any{
		"code": code, "kind": nilIfZero(string(kind)), "orderBy": string(by), "first": int64(first),
	})
	if err != nil {
		return nil, err
	}
	out := make([]graph.Counterpart, 0, len(recs))
	for _, r := range recs {
		m := r.AsMap()
		out = append(out, graph.Counterpart{
			Country: countryOf(mmap(m, "country")),
			Events:  mint(m, "events"), Meetings: mint(m, "meetings"), Accords: mint(m, "accords"), Relations: mint(m, "relations"),
			First: mdate(m, "first"), Last: mdate(m, "last"),
		})
	}
	return out, nil
}

// Full-text search over the two indexes of the model: names, aliases,
// titles and topics of nodes, and evidence sentences.
const search = `
CALL {
  CALL db.index.fulltext.queryNodes('entente_names', $q, {limit: $first}) YIELD node, score
  RETURN {kind: CASE WHEN node:Event THEN 'Event' WHEN node:Agency THEN 'Agency'
                     WHEN node:Country THEN 'Country' WHEN node:Article THEN 'Article'
                     WHEN node:Topic THEN 'Topic' ELSE head(labels(node)) END,
          key: coalesce(node.key, node.code, node.name),
          name: coalesce(node.title, node.name), score: score} AS hit
  UNION ALL
  CALL db.index.fulltext.queryRelationships('entente_evidence', $q, {limit: $first}) YIELD relationship, score
  MATCH (n)-[relationship]->(a:Article)
  RETURN {kind: 'Evidence',
          nodeKind: CASE WHEN n:Event THEN 'Event' WHEN n:Agency THEN 'Agency' WHEN n:Country THEN 'Country' ELSE head(labels(n)) END,
          key: coalesce(n.key, n.code), name: coalesce(n.title, n.name), score: score,
          sentence: relationship.sentence, articleKey: a.key} AS hit
}
RETURN hit ORDER BY hit.score DESC, hit.kind, hit.key LIMIT $first`

// Search finds countries, agencies, events, articles, topics and evidence
// sentences matching text, best first. The text is matched as plain words:
// Lucene syntax in it is escaped. Errors: EINVALID for empty text or a bad
// first.
func (s *Store) Search(ctx context.Context, text string, first int) ([]graph.SearchHit, error) {
	q := luceneQuery(text)
	if q == "" {
		return nil, &graph.Error{Code: graph.EINVALID, Field: "text", Message: "is empty: give a word to search for"}
	}
	first, err := graph.CheckFirst(first)
	if err != nil {
		return nil, err
	}
	recs, err := s.read(ctx, "search", search, map[string]any{"q": q, "first": int64(first)})
	if err != nil {
		return nil, err
	}
	out := make([]graph.SearchHit, 0, len(recs))
	for _, r := range recs {
		m, err := rowMap(r, "hit")
		if err != nil {
			return nil, readError("search", err)
		}
		out = append(out, graph.SearchHit{
			Kind: mstr(m, "kind"), Key: mstr(m, "key"), NodeKind: mstr(m, "nodeKind"), Name: mstr(m, "name"),
			Score: mfloat(m, "score"), Sentence: mstr(m, "sentence"), ArticleKey: mstr(m, "articleKey"),
		})
	}
	return out, nil
}

// luceneQuery turns user text into a Lucene query matching its words: each
// word is escaped, and words are joined by OR (Lucene ranks documents with
// more of them higher). Operators typed by the user are taken as words.
func luceneQuery(text string) string {
	const special = `+-&|!(){}[]^"~*?:\/`
	var words []string
	for _, w := range strings.Fields(text) {
		var b strings.Builder
		for _, r := range w {
			if strings.ContainsRune(special, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		switch s := b.String(); s {
		case "AND", "OR", "NOT", "TO":
			words = append(words, strings.ToLower(s))
		default:
			words = append(words, s)
		}
	}
	return strings.Join(words, " ")
}
