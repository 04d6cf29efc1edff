// Package neo4jstore is Entente's Neo4j adapter: schema migrations (embedded
// .cypher files), idempotent per-article writes with cross-article event
// resolution, and the read queries the GraphQL API needs.
//
// # Graph model
//
// Labels are PascalCase, relationship types UPPER_SNAKE, properties camelCase.
//
//	(:Country {code, name, aliases, aliasesText})                      code unique (ISO 3166-1 alpha-2, or EU, SU, XK, PS)
//	(:Agency {key, name, country, aliases, aliasesText})-[:OF]->(:Country)   key = graph.AgencyKey(country, name)
//	(:Event:Meeting|:Accord|:RelationsChange {
//	    key, kind, title, status, action, mode, confidence,
//	    start, end,            // native date: first day of the start, last day of the end (or of the start); null when unknown
//	    startText, endText,    // the partial ISO dates as known: "2016", "2016-02", "2016-02-22"
//	    precision,             // "day", "month", "year" or "none" (of startText)
//	    before,                // native date: undated past fact happened on or before this day
//	    reported,              // native date: earliest publication date of an article mentioning it
//	    sortDate,              // native date: coalesce(start, before, reported), for ordering and filtering undated events
//	    pair,                  // sorted participant codes joined by "-", e.g. "CU-US"
//	    countries,             // participant codes, visitor first
//	    topics, topicsText, place })
//	(:Country)-[:PARTY_TO {role}]->(:Event)      role: "visitor", "host" or "party"
//	(:Agency)-[:TOOK_PART_IN]->(:Event)
//	(:Event)-[:HELD_IN]->(:Place {key, name})-[:IN]->(:Country)
//	(:Event)-[:ABOUT]->(:Topic {name})
//	(:Event)-[:ON|FROM|UNTIL]->(:Day {date})-[:IN]->(:Month {key})-[:IN]->(:Year {year})
//	    a day-precision date links ON a Day (FROM/UNTIL a Day for a range); a
//	    month- or year-precision date links ON its Month or Year.
//	(:Article {key, url, title, source, published, contentHash, loadedAt})
//	(:Event|Agency|Country)-[:EVIDENCED_BY {sentence, start, end}]->(:Article)
//	    start/end are character offsets of the sentence in the article's cleaned text;
//	    an event's link also keeps what that report said: reportStart,
//	    reportEnd (partial ISO dates) and reportStatus. An event's own dates
//	    are recomputed from all its reports (graph.ReportSpan) each time a
//	    report joins, so they do not depend on load order.
//	(:Migration {version, name, appliedAt})
//
// Constraints: uniqueness on Country.code, Agency.key, Event.key, Article.key,
// Place.key, Topic.name, Day.date, Month.key, Year.year, Migration.version.
// Range indexes on Event.start, Event.end, Event.sortDate, Event.pair,
// Event.kind. Full-text indexes: "entente_names" over Country, Agency, Event,
// Article, Topic names, aliases, titles and topics; "entente_evidence" over
// EVIDENCED_BY.sentence. Both are updated in the background after each
// commit (eventually consistent: a synchronous Lucene refresh cost 40-400 ms
// per article write); Store.AwaitSearch waits until they show every write,
// and loader.Loader calls it at the end of a load.
//
// # Writes
//
// SaveArticle writes one article per transaction, SaveArticles several in
// one (all or nothing; loader.Loader saves a failed batch again one article
// at a time, so only the bad article fails). Events are resolved
// against stored events of the same kind and pair (graph.SameEvent) and
// merged (graph.MergeEvents: dates from all the event's reports by
// graph.ReportSpan, the stronger status, the earliest reported, union of
// topics and agencies, max confidence, min before); an event no stored one
// matches gets a new key "kind-pair-date-hash" (e.g.
// "accord-cu-us-undated-3fa9c2d1e0"), deterministic so a reload or a
// concurrent loader makes the same node.
package neo4jstore
