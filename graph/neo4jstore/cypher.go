package neo4jstore

// The write side's Cypher. Every text is constant and takes $parameters
// only (plan cache, no injection); batches arrive as $rows lists and are
// written with UNWIND ... MERGE on the constrained natural keys.

// qArticle writes the article node and says whether it was there
// before (the article is then already loaded).
const qArticle = `
OPTIONAL MATCH (old:Article {key: $key})
WITH old IS NOT NULL AS existed, coalesce(old.factsHash = $factsHash, false) AS same
MERGE (a:Article {key: $key})
ON CREATE SET a.loadedAt = datetime()
SET a.url = $url, a.title = $title, a.source = $source,
    a.published = date($published), a.contentHash = $contentHash, a.factsHash = $factsHash
RETURN existed, same`

// qCandidates finds, for each of the article's events, the stored events of
// the same kind and pair whose dates overlap it or lie before its "before"
// bound (both widened by row.slack days, graph.Slack), or are unknown.
const qCandidates = `
UNWIND $rows AS row
MATCH (e:Event {pair: row.pair})
WHERE e.kind = row.kind
  AND (row.first IS NULL OR e.start IS NULL OR
       (e.start <= date(row.last) + duration({days: row.slack}) AND e.end >= date(row.first) - duration({days: row.slack})))
  AND (row.before IS NULL OR e.start IS NULL OR e.start <= date(row.before) + duration({days: row.slack}))
RETURN row.i AS i, e.key AS key, e.kind AS kind, e.title AS title, e.status AS status,
       e.action AS action, e.mode AS mode, e.place AS place, e.topics AS topics,
       e.countries AS countries, e.confidence AS confidence,
       e.startText AS startText, e.endText AS endText,
       toString(e.before) AS before, toString(e.reported) AS reported,
       [(e)-[:HELD_IN]->(:Place)-[:IN]->(c:Country) | c.code][0] AS placeCountry,
       EXISTS { (e)-[r:EVIDENCED_BY]->(:Article {key: $article}) WHERE r.start IN row.evStarts } AS self,
       [(e)-[r:EVIDENCED_BY]->(:Article) WHERE r.reportStatus IS NOT NULL |
        {start: r.reportStart, end: r.reportEnd, status: r.reportStatus}] AS reports`

const qTakenKeys = `UNWIND $keys AS k MATCH (e:Event {key: k}) RETURN e.key AS key`

const qKeyTaken = `RETURN EXISTS { MATCH (e:Event {key: $key}) } AS taken`

// qCountries keeps a country's first known name and the union of its aliases.
const qCountries = `
UNWIND $rows AS row
MERGE (n:Country {code: row.code})
SET n.name = coalesce(row.name, n.name, row.code)` + aliasesAndEvidence

// qAgencies keeps an agency's first name and country and the union of its
// aliases.
const qAgencies = `
UNWIND $rows AS row
MATCH (c:Country {code: row.country})
MERGE (n:Agency {key: row.key})
ON CREATE SET n.name = row.name, n.country = row.country
MERGE (n)-[:OF]->(c)` + aliasesAndEvidence

// aliasesAndEvidence ends qCountries and qAgencies, whose node is n: it adds
// the row's new aliases (and refreshes the full-text copy aliasesText), then
// links the node to the article's sentence that names it, if any.
const aliasesAndEvidence = `
WITH n, row, coalesce(n.aliases, []) AS old
SET n.aliases = old + [x IN row.aliases WHERE NOT x IN old]
WITH n, row
SET n.aliasesText = trim(reduce(s = '', x IN n.aliases | s + ' ' + x))
WITH n, row WHERE row.sentence IS NOT NULL
MATCH (a:Article {key: $article})
MERGE (n)-[r:EVIDENCED_BY {start: row.start}]->(a)
SET r.sentence = row.sentence, r.end = row.end`

const qPlaces = `
UNWIND $rows AS row
MERGE (p:Place {key: row.key})
ON CREATE SET p.name = row.name
WITH p, row WHERE row.country IS NOT NULL
MATCH (c:Country {code: row.country})
MERGE (p)-[:IN]->(c)`

// qEvents writes the merged properties of each event (the kind label set
// through FOREACH so the text stays constant), then relinks it: its date and
// place links are dropped and made again from the merged dates and place
// (which a new report may have changed), and its participants and topics are
// merged in, all in one round trip.
const qEvents = `
UNWIND $rows AS row
MERGE (e:Event {key: row.key})
SET e.kind = row.kind, e.title = row.title, e.status = row.status, e.action = row.action,
    e.mode = row.mode, e.confidence = row.confidence,
    e.start = date(row.start), e.end = date(row.end),
    e.startText = row.startText, e.endText = row.endText, e.precision = row.precision,
    e.before = date(row.before), e.reported = date(row.reported),
    e.sortDate = coalesce(date(row.start), date(row.before), date(row.reported)),
    e.pair = row.pair, e.countries = row.countries, e.topics = row.topics,
    e.topicsText = row.topicsText, e.place = row.place
FOREACH (_ IN CASE row.kind WHEN 'MEETING' THEN [1] ELSE [] END | SET e:Meeting)
FOREACH (_ IN CASE row.kind WHEN 'ACCORD' THEN [1] ELSE [] END | SET e:Accord)
FOREACH (_ IN CASE row.kind WHEN 'RELATIONS' THEN [1] ELSE [] END | SET e:RelationsChange)
WITH e, row
CALL {
  WITH e
  MATCH (e)-[r:ON|FROM|UNTIL|HELD_IN]->()
  DELETE r
}
CALL {
  WITH e, row
  UNWIND row.parties AS party
  MATCH (c:Country {code: party.code})
  MERGE (c)-[r:PARTY_TO]->(e)
  SET r.role = party.role
}
CALL {
  WITH e, row
  UNWIND row.topics AS topic
  MERGE (t:Topic {name: topic})
  MERGE (e)-[:ABOUT]->(t)
}
CALL {
  WITH e, row
  MATCH (p:Place {key: row.placeKey})
  MERGE (e)-[:HELD_IN]->(p)
}`

const qAgents = `
UNWIND $rows AS row
MATCH (e:Event {key: row.event}), (g:Agency {key: row.agency})
MERGE (g)-[:TOOK_PART_IN]->(e)`

// qEventEvidence links events to their sentences; each link keeps the
// dates and status its report gave (reportStart, reportEnd, reportStatus;
// the status is "" when the report gave none), from which later merges
// recompute the event's dates whatever order the reports came in.
const qEventEvidence = `
MATCH (a:Article {key: $article})
UNWIND $rows AS row
MATCH (e:Event {key: row.event})
MERGE (e)-[r:EVIDENCED_BY {start: row.start}]->(a)
SET r.sentence = row.sentence, r.end = row.end,
    r.reportStart = row.reportStart, r.reportEnd = row.reportEnd, r.reportStatus = row.reportStatus`

const qDays = `
UNWIND $rows AS row
MATCH (e:Event {key: row.event})
MERGE (y:Year {year: row.year})
MERGE (m:Month {key: row.month}) ON CREATE SET m.year = row.year, m.month = row.monthNo
MERGE (m)-[:IN]->(y)
MERGE (d:Day {date: date(row.day)})
MERGE (d)-[:IN]->(m)
FOREACH (_ IN CASE row.rel WHEN 'ON' THEN [1] ELSE [] END | MERGE (e)-[:ON]->(d))
FOREACH (_ IN CASE row.rel WHEN 'FROM' THEN [1] ELSE [] END | MERGE (e)-[:FROM]->(d))
FOREACH (_ IN CASE row.rel WHEN 'UNTIL' THEN [1] ELSE [] END | MERGE (e)-[:UNTIL]->(d))`

const qMonths = `
UNWIND $rows AS row
MATCH (e:Event {key: row.event})
MERGE (y:Year {year: row.year})
MERGE (m:Month {key: row.month}) ON CREATE SET m.year = row.year, m.month = row.monthNo
MERGE (m)-[:IN]->(y)
FOREACH (_ IN CASE row.rel WHEN 'ON' THEN [1] ELSE [] END | MERGE (e)-[:ON]->(m))
FOREACH (_ IN CASE row.rel WHEN 'FROM' THEN [1] ELSE [] END | MERGE (e)-[:FROM]->(m))
FOREACH (_ IN CASE row.rel WHEN 'UNTIL' THEN [1] ELSE [] END | MERGE (e)-[:UNTIL]->(m))`

const qYears = `
UNWIND $rows AS row
MATCH (e:Event {key: row.event})
MERGE (y:Year {year: row.year})
FOREACH (_ IN CASE row.rel WHEN 'ON' THEN [1] ELSE [] END | MERGE (e)-[:ON]->(y))
FOREACH (_ IN CASE row.rel WHEN 'FROM' THEN [1] ELSE [] END | MERGE (e)-[:FROM]->(y))
FOREACH (_ IN CASE row.rel WHEN 'UNTIL' THEN [1] ELSE [] END | MERGE (e)-[:UNTIL]->(y))`
