package neo4jstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/entente-dev/entente/graph"
)

// resolvedEvent is one event as the graph will hold it after this article.
type resolvedEvent struct {
	ev      graph.Event   // merged properties; ev.Key is the stored or new key
	created bool          // no stored event matched: this article creates it
	reports []graph.Event // the dates and statuses of every report of it (graph.ReportSpan)
}

// resolution maps each event of an article to the graph event it becomes.
type resolution struct {
	events []*resolvedEvent // one per article event, in order (shared when two resolve to one)
	byKey  map[string]*resolvedEvent
	order  []string // distinct keys in first-seen order
}

// resolveEvents decides, inside the write transaction, which stored event
// each of the article's events is. Candidates come from one query (same kind
// and pair, dates overlapping or unknown, widened by graph.Slack days for
// visits); graph.SameEvent decides, and better picks among several. A
// candidate already evidenced by this article at the same sentence wins, so
// reloading an article maps every event to the node it made the first time.
// graph.MergeEvents recomputes a merged event's dates (graph.ReportSpan)
// from the reports its evidence links keep plus this one, so they do not
// depend on the order articles are loaded in.
func (s *Store) resolveEvents(ctx context.Context, tx neo4j.ManagedTransaction, f *graph.ArticleFacts) (*resolution, error) {
	res := &resolution{byKey: map[string]*resolvedEvent{}}
	if len(f.Events) == 0 {
		return res, nil
	}
	rows := make([]map[string]any, len(f.Events))
	for i := range f.Events {
		e := &f.Events[i]
		row := map[string]any{"i": i, "kind": string(e.Kind), "pair": graph.Pair(e.Countries),
			"first": nil, "last": nil, "before": nil, "slack": graph.Slack(e), "evStarts": evidenceStarts(e)}
		if !e.Start.IsZero() {
			row["first"] = dayText(e.Start.First())
			row["last"] = dayText(e.Span().Last().Last())
		} else if !e.Before.IsZero() {
			row["before"] = dayText(e.Before.Last())
		}
		rows[i] = row
	}
	recs, err := run(ctx, tx, qCandidates, map[string]any{"rows": rows, "article": f.Article.Key})
	if err != nil {
		return nil, fmt.Errorf("find candidate events of article %s: %w", f.Article.Key, err)
	}
	type cand struct {
		ev      graph.Event
		self    bool
		reports []graph.Event
	}
	cands := make([][]cand, len(f.Events))
	for _, r := range recs {
		i := mint(r, "i")
		if i < 0 || i >= len(cands) {
			continue
		}
		ev := eventFromRecord(r)
		cands[i] = append(cands[i], cand{ev: ev, self: mbool(r, "self"), reports: reportsFromRecord(&ev, r["reports"])})
	}

	var fresh []string // keys this article creates, to check for collisions
	for i := range f.Events {
		n := f.Events[i]
		n.Countries = graph.Codes(n.Countries)
		// Stored candidates, seen through what this article already merged
		// into them, then the events this article created so far.
		var pool []cand
		inPool := map[string]bool{}
		for _, c := range cands[i] {
			if r, ok := res.byKey[c.ev.Key]; ok {
				c.ev, c.reports = r.ev, r.reports
			}
			pool = append(pool, c)
			inPool[c.ev.Key] = true
		}
		for _, k := range res.order {
			if !inPool[k] {
				pool = append(pool, cand{ev: res.byKey[k].ev, reports: res.byKey[k].reports})
			}
		}
		// A reload finds the node this sentence made before. With one such
		// node it is taken as it is: later merges may have made it say more
		// than this report (a date from another article) in ways SameEvent
		// would not accept from a stranger. Several (one sentence, several
		// accords) are told apart by SameEvent, then by topic words.
		best, selfs, selfSame := -1, 0, 0
		for _, c := range pool {
			if c.self {
				selfs++
				if graph.SameEvent(&c.ev, &n) {
					selfSame++
				}
			}
		}
		for j, c := range pool {
			ok := graph.SameEvent(&c.ev, &n) || (c.self && (selfs == 1 || selfSame == 0))
			if !ok {
				continue
			}
			if best < 0 || better(c.self, &c.ev, pool[best].self, &pool[best].ev, &n) {
				best = j
			}
		}
		if best < 0 {
			n.Key = newEventKey(&n)
			r := &resolvedEvent{ev: n, created: true, reports: []graph.Event{asReport(&n)}}
			res.add(r)
			fresh = append(fresh, n.Key)
			continue
		}
		key := pool[best].ev.Key
		// The dates come from every report, not from the order they came in.
		reports := append(slices.Clone(pool[best].reports), asReport(&n))
		merged := graph.MergeEvents(&pool[best].ev, &n, reports)
		if r, ok := res.byKey[key]; ok {
			r.ev, r.reports = merged, reports
			res.events = append(res.events, r)
			continue
		}
		res.add(&resolvedEvent{ev: merged, reports: reports})
	}
	if err := s.avoidCollisions(ctx, tx, res, fresh); err != nil {
		return nil, err
	}
	return res, nil
}

func (r *resolution) add(e *resolvedEvent) {
	r.events = append(r.events, e)
	r.byKey[e.ev.Key] = e
	r.order = append(r.order, e.ev.Key)
}

// avoidCollisions gives a created event a suffixed key when its hash key is
// already taken by a stored event it was not resolved to (possible when a
// stored event's dates were refined after its key was made).
func (s *Store) avoidCollisions(ctx context.Context, tx neo4j.ManagedTransaction, res *resolution, fresh []string) error {
	if len(fresh) == 0 {
		return nil
	}
	recs, err := run(ctx, tx, qTakenKeys, map[string]any{"keys": fresh})
	if err != nil {
		return fmt.Errorf("check new event keys: %w", err)
	}
	taken := map[string]bool{}
	for _, r := range recs {
		if k, ok := r["key"].(string); ok {
			taken[k] = true
		}
	}
	for _, k := range fresh {
		if !taken[k] {
			continue
		}
		r := res.byKey[k]
		for n := 2; ; n++ {
			alt := fmt.Sprintf("%s-%d", k, n)
			if _, inArticle := res.byKey[alt]; inArticle {
				continue
			}
			rec, err := single(ctx, tx, qKeyTaken, map[string]any{"key": alt})
			if err != nil {
				return fmt.Errorf("check event key %s: %w", alt, err)
			}
			if !mbool(rec, "taken") {
				delete(res.byKey, k)
				r.ev.Key = alt
				res.byKey[alt] = r
				res.order[slices.Index(res.order, k)] = alt
				break
			}
		}
	}
	return nil
}

// better reports whether candidate a fits report n better than candidate b:
// a link from this very sentence first, then the same meeting mode (a
// visit report joins the visit, not a meeting held on one of its days),
// then more shared topic words, then equal dates, then the nearer date,
// then the smaller key (so the choice is deterministic).
func better(aSelf bool, a *graph.Event, bSelf bool, b *graph.Event, n *graph.Event) bool {
	if aSelf != bSelf {
		return aSelf
	}
	if ma, mb := a.Mode == n.Mode, b.Mode == n.Mode; ma != mb {
		return ma
	}
	if sa, sb := sharedWords(a, n), sharedWords(b, n); sa != sb {
		return sa > sb
	}
	if ea, eb := a.Span() == n.Span(), b.Span() == n.Span(); ea != eb {
		return ea
	}
	if da, db := distance(a, n), distance(b, n); da != db {
		return da < db
	}
	return a.Key < b.Key
}

// distance is how far apart in days two compatible events may lie: 0 when
// both are dated (they overlap), else the gap between the dated one and the
// undated one's bound (its "before" date or report date).
func distance(a, b *graph.Event) int {
	if a.Start.IsZero() == b.Start.IsZero() {
		return 0
	}
	dated, undated := a, b
	if a.Start.IsZero() {
		dated, undated = b, a
	}
	bound := undated.Before
	if bound.IsZero() {
		bound = undated.Reported
	}
	if bound.IsZero() {
		return 0
	}
	d := int(bound.First().Sub(dated.Start.First()).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

func sharedWords(a, b *graph.Event) int {
	wa, wb := graph.TopicWords(a.Topics), graph.TopicWords(b.Topics)
	n := 0
	for w := range wa {
		if wb[w] {
			n++
		}
	}
	return n
}

// newEventKey makes the key of an event no stored event matched: readable
// kind, pair and date, then a hash of everything SameEvent compares, so two
// loaders that see the same new event concurrently make the same node.
func newEventKey(e *graph.Event) string {
	topics := make([]string, 0, len(e.Topics))
	for _, t := range e.Topics {
		topics = append(topics, graph.Slug(t))
	}
	slices.Sort(topics)
	h := sha256.Sum256([]byte(strings.Join([]string{
		string(e.Kind), graph.Pair(e.Countries), e.Start.String(), e.End.String(),
		e.Action, graph.Slug(e.Place), strings.Join(topics, ","),
	}, "|")))
	date := e.Start.String()
	if date == "" {
		date = "undated"
	}
	return fmt.Sprintf("%s-%s-%s-%s", strings.ToLower(string(e.Kind)), strings.ToLower(graph.Pair(e.Countries)), date, hex.EncodeToString(h[:5]))
}

func evidenceStarts(e *graph.Event) []int {
	starts := make([]int, 0, len(e.Evidence))
	for _, ev := range e.Evidence {
		if ev.Sentence != "" {
			starts = append(starts, ev.Start)
		}
	}
	return starts
}

// asReport keeps what graph.ReportSpan needs of a report.
func asReport(e *graph.Event) graph.Event {
	return graph.Event{Kind: e.Kind, Start: e.Start, End: e.End, Status: e.Status}
}

// reportsFromRecord reads the reports a stored event's evidence links
// carry (qEventEvidence writes them); an event stored before links carried
// them counts as one report of its own dates.
func reportsFromRecord(ev *graph.Event, v any) []graph.Event {
	maps := asMaps(v)
	out := make([]graph.Event, 0, len(maps))
	for _, m := range maps {
		r := graph.Event{Kind: ev.Kind, Status: mstr(m, "status")}
		var err1, err2 error
		r.Start, err1 = graph.ParseDate(mstr(m, "start"))
		r.End, err2 = graph.ParseDate(mstr(m, "end"))
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		out = append(out, asReport(ev))
	}
	return out
}

// eventFromRecord rebuilds a stored event from a qCandidates record: the
// properties eventOf reads, and the country of the event's place.
func eventFromRecord(r map[string]any) graph.Event {
	e := eventOf(r)
	e.PlaceCountry = mstr(r, "placeCountry")
	return e
}

// eventRows are the merged properties of every distinct event.
func (r *resolution) eventRows() []map[string]any {
	rows := make([]map[string]any, 0, len(r.order))
	for _, k := range r.order {
		e := &r.byKey[k].ev
		topics := e.Topics
		if topics == nil {
			topics = []string{}
		}
		row := map[string]any{
			"key": e.Key, "kind": string(e.Kind), "title": e.Title, "status": nilIfZero(e.Status),
			"action": nilIfZero(e.Action), "mode": nilIfZero(e.Mode), "confidence": e.Confidence,
			"start": nil, "end": nil, "startText": nilIfZero(e.Start.String()), "endText": nilIfZero(e.End.String()),
			"precision": precisionText(e.Start.Precision()),
			"before":    nilIfZero(dayText(e.Before.Last())), "reported": nilIfZero(dayText(e.Reported.First())),
			"pair": graph.Pair(e.Countries), "countries": e.Countries, "topics": topics,
			"topicsText": strings.Join(topics, "; "), "place": nilIfZero(e.Place),
			"parties": parties(e), "placeKey": nil,
		}
		if e.Place != "" {
			row["placeKey"] = graph.PlaceKey(e.PlaceCountry, e.Place)
		}
		if !e.Start.IsZero() {
			row["start"] = dayText(e.Start.First())
			row["end"] = dayText(e.Span().Last().Last())
		}
		rows = append(rows, row)
	}
	return rows
}

func precisionText(p graph.Precision) string {
	if p == graph.PrecisionNone {
		return "none"
	}
	return string(p)
}

// parties lists an event's participants with their role: a visit's first
// country is the visitor and the others hosts; everyone else is a party.
func parties(e *graph.Event) []map[string]any {
	rows := make([]map[string]any, 0, len(e.Countries))
	for i, c := range e.Countries {
		role := "party"
		if e.Mode == "visit" && len(e.Countries) > 1 {
			role = "host"
			if i == 0 {
				role = "visitor"
			}
		}
		rows = append(rows, map[string]any{"code": c, "role": role})
	}
	return rows
}

// agencyRows links the agencies this article names for each event; the
// links of other articles stay (the union).
func (r *resolution) agencyRows(f *graph.ArticleFacts) []map[string]any {
	var rows []map[string]any
	for i := range f.Events {
		for _, a := range f.Events[i].Agencies {
			rows = append(rows, map[string]any{"event": r.events[i].ev.Key, "agency": a})
		}
	}
	return rows
}

// evidenceRows links each event to its sentences in this article, with
// the dates and status this report gave it (graph.ReportSpan reads them
// back when later reports arrive).
func (r *resolution) evidenceRows(f *graph.ArticleFacts) []map[string]any {
	var rows []map[string]any
	for i := range f.Events {
		e := &f.Events[i]
		for _, ev := range e.Evidence {
			if ev.Sentence != "" {
				rows = append(rows, map[string]any{"event": r.events[i].ev.Key, "sentence": ev.Sentence, "start": ev.Start, "end": ev.End,
					"reportStart": nilIfZero(e.Start.String()), "reportEnd": nilIfZero(e.End.String()), "reportStatus": e.Status})
			}
		}
	}
	return rows
}

// dateRows returns the links from events to date nodes of precision p: a
// single date links ON its Day, Month or Year; a period links FROM its start
// and UNTIL its end.
func (r *resolution) dateRows(p graph.Precision) []map[string]any {
	var rows []map[string]any
	add := func(key, rel string, d graph.Date) {
		if d.Precision() != p {
			return
		}
		row := map[string]any{"event": key, "rel": rel, "year": d.Year,
			"month": fmt.Sprintf("%04d-%02d", d.Year, int(d.Month)), "monthNo": int(d.Month), "day": d.String()}
		rows = append(rows, row)
	}
	for _, k := range r.order {
		e := &r.byKey[k].ev
		if e.Start.IsZero() {
			continue
		}
		if e.End.IsZero() || e.End == e.Start {
			add(k, "ON", e.Start)
			continue
		}
		add(k, "FROM", e.Start)
		add(k, "UNTIL", e.End)
	}
	return rows
}

func dayText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
