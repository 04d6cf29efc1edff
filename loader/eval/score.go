package eval

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract"
	"github.com/entente-dev/entente/loader/extract/gazetteer"
)

// Counts are the true positives, false positives and false negatives of one
// scored field.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Add returns the element-wise sum of c and o.
func (c Counts) Add(o Counts) Counts { return Counts{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN} }

// Precision returns TP/(TP+FP), or 1 when nothing was predicted (no false
// claim was made).
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP/(TP+FN), or 1 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall (1 when there was
// nothing to find and nothing was predicted, 0 when either is 0).
func (c Counts) F1() float64 {
	if c.TP+c.FP+c.FN == 0 {
		return 1
	}
	return ratio(2*c.TP, 2*c.TP+c.FP+c.FN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Share is a count of right answers among a number of checked ones.
type Share struct {
	Right int `json:"right"`
	Of    int `json:"of"`
}

// Add returns the sum of s and o.
func (s Share) Add(o Share) Share { return Share{s.Right + o.Right, s.Of + o.Of} }

// Value returns Right/Of, or 1 when nothing was checked.
func (s Share) Value() float64 { return ratio(s.Right, s.Of) }

// Scores are the counts of one article or, summed, of a whole set.
type Scores struct {
	Countries     Counts                `json:"countries"`
	Agencies      Counts                `json:"agencies"`
	Events        Counts                `json:"events"`       // kind, participants and date must agree
	EventsByKind  map[graph.Kind]Counts `json:"eventsByKind"` // the same, per kind
	EventsNoDate  Counts                `json:"eventsNoDate"` // kind and participants only
	EventDates    Share                 `json:"eventDates"`   // among kind+participant matches of required events, dates right
	EventStatus   Share                 `json:"eventStatus"`  // among full matches of required events, status (RELATIONS: action) right
	DateMentions  Share                 `json:"dateMentions"` // gold dated events whose when_text date the extractor found with the right value
	Published     Share                 `json:"published"`    // articles whose publication date (or its absence) is right
	ArticlesTotal int                   `json:"articles"`     // articles scored
	// ByConfidence is, per band of ConfidenceBands, the predicted events
	// that match a required gold event (kind, participants and date) among
	// those that match no optional one: the precision of that band.
	ByConfidence [len(ConfidenceBands)]Share `json:"byConfidence"`
	// BrierSum sums, over the same events, the squared gap between the
	// event's confidence and 1 (right) or 0 (wrong); BrierSum divided by
	// the events counted (Brier) is the Brier score of the confidences.
	BrierSum float64 `json:"brierSum"`
	// Misses counts the required events missed under the strict rule by
	// cause (MissCauses), and Falses the false events by cause
	// (FalseCauses): an error profile that says what kind of work would
	// find more, without naming an article, so sealed sets can show it.
	Misses [len(MissCauses)]int  `json:"misses"`
	Falses [len(FalseCauses)]int `json:"falses"`
	// AgencyMisses and AgencyFalses count the missed and the false
	// agencies by cause (AgencyMissCauses, AgencyFalseCauses).
	AgencyMisses [len(AgencyMissCauses)]int  `json:"agencyMisses"`
	AgencyFalses [len(AgencyFalseCauses)]int `json:"agencyFalses"`
	// DateErrors counts, among the kind+participant matches of required
	// events whose date is wrong, how it is wrong (DateErrorCauses).
	DateErrors [len(DateErrorCauses)]int `json:"dateErrors"`
}

// AgencyMissCauses name why a required agency was missed, in the order of
// Scores.AgencyMisses.
var AgencyMissCauses = [...]string{
	"found, country wrong",             // the extractor has it, for another country
	"its name read, but not found",     // the gazetteer reads the name alone, the article's text gave nothing
	"a name the gazetteer cannot read", // neither
}

// AgencyFalseCauses name why a predicted agency is false, in the order of
// Scores.AgencyFalses.
var AgencyFalseCauses = [...]string{
	"right agency, country wrong", // a gold agency of another country has its name
	"no such agency in the gold",  // none has
}

// DateErrorCauses name how a found event's date is wrong, in the order of
// Scores.DateErrors; the first that applies counts.
var DateErrorCauses = [...]string{
	"left undated",               // the gold event has a date, the event none
	"dated by the publication",   // the event took the publication day; the gold event is on another
	"start right, end wrong",     // a range whose first day is right
	"coarser, and contains it",   // a month for a day of it, a year for a month of it
	"within a week of it",        // both days, less than eight days apart
	"another day, month or year", // anything else
}

// MissCauses name why a required event was missed, in the order of
// Scores.Misses; the first that applies counts.
var MissCauses = [...]string{
	"found, date wrong",                  // an event of its kind and parties came out, on another date
	"its sentence read, parties wrong",   // an event of its kind came out of its sentence, with other parties
	"its sentence read, kind wrong",      // an event came out of its sentence, of another kind
	"all parties named, a trigger word",  // nothing came out of it, though the sentence names every party and has a word of its kind
	"all parties named, no trigger word", // ... and has no word of its kind (extract.HasTriggerWord)
	"some parties named in its sentence",
	"no party named in its sentence", // the parties are told elsewhere (a person, a pronoun, the story)
}

// FalseCauses name why a predicted event is false, in the order of
// Scores.Falses; the first that applies counts.
var FalseCauses = [...]string{
	"right event, date wrong",      // its kind and parties match a gold event (required or optional) left free
	"a found event told again",     // a gold event of its kind and parties was matched by another prediction
	"right parties, kind wrong",    // a gold event has its parties but another kind
	"one party right",              // a gold event of its kind shares a party with it
	"three or more states",         // none of the above, and it has three or more parties
	"no such event in the article", // none of the above
}

// Brier is the mean squared gap between the predicted events' confidences
// and their outcomes (1 right, 0 wrong): 0 is perfect, 0.25 what a
// constant 0.5 scores. ok is false when no event was predicted.
func (s Scores) Brier() (b float64, ok bool) {
	n := 0
	for _, sh := range s.ByConfidence {
		n += sh.Of
	}
	if n == 0 {
		return 0, false
	}
	return s.BrierSum / float64(n), true
}

// ConfidenceBands are the lower bounds of the confidence bands the report
// gives precision for (each band runs to the next bound; the last to 1).
var ConfidenceBands = [...]float64{0, 0.4, 0.6, 0.8}

// confidenceBand returns the band of ConfidenceBands that c falls in.
func confidenceBand(c float64) int {
	b := 0
	for i, lo := range ConfidenceBands {
		if c >= lo {
			b = i
		}
	}
	return b
}

// Add returns the sum of s and o.
func (s Scores) Add(o Scores) Scores {
	r := Scores{
		Countries:     s.Countries.Add(o.Countries),
		Agencies:      s.Agencies.Add(o.Agencies),
		Events:        s.Events.Add(o.Events),
		EventsNoDate:  s.EventsNoDate.Add(o.EventsNoDate),
		EventDates:    s.EventDates.Add(o.EventDates),
		EventStatus:   s.EventStatus.Add(o.EventStatus),
		DateMentions:  s.DateMentions.Add(o.DateMentions),
		Published:     s.Published.Add(o.Published),
		ArticlesTotal: s.ArticlesTotal + o.ArticlesTotal,
		EventsByKind:  map[graph.Kind]Counts{},
	}
	for i := range r.ByConfidence {
		r.ByConfidence[i] = s.ByConfidence[i].Add(o.ByConfidence[i])
	}
	r.BrierSum = s.BrierSum + o.BrierSum
	sumInto(r.Misses[:], s.Misses[:], o.Misses[:])
	sumInto(r.Falses[:], s.Falses[:], o.Falses[:])
	sumInto(r.DateErrors[:], s.DateErrors[:], o.DateErrors[:])
	sumInto(r.AgencyMisses[:], s.AgencyMisses[:], o.AgencyMisses[:])
	sumInto(r.AgencyFalses[:], s.AgencyFalses[:], o.AgencyFalses[:])
	for _, k := range graph.Kinds {
		r.EventsByKind[k] = s.EventsByKind[k].Add(o.EventsByKind[k])
	}
	return r
}

// sumInto sets each dst[i] to a[i] + b[i].
func sumInto(dst, a, b []int) {
	for i := range dst {
		dst[i] = a[i] + b[i]
	}
}

// Finding is one error of the extractor on one article, for the -v listing
// the extractor's engineer iterates on.
type Finding struct {
	What     string `json:"what"`               // "missed event", "false event", "wrong date", "missed country", ...
	Detail   string `json:"detail"`             // what was wanted and what came out
	Evidence string `json:"evidence,omitempty"` // the gold or predicted evidence sentence
}

// ArticleScore is the score of one article with its findings.
type ArticleScore struct {
	ID       string    `json:"id"`
	Article  string    `json:"article"`
	Scores   Scores    `json:"scores"`
	Findings []Finding `json:"findings,omitempty"`
}

// Score compares one article's extraction with its gold annotation.
func Score(g *Gold, r *extract.Result) ArticleScore {
	as := ArticleScore{ID: g.ID, Article: g.Article}
	s := &as.Scores
	s.ArticlesTotal = 1
	s.EventsByKind = map[graph.Kind]Counts{}
	add := func(what, detail, ev string) {
		as.Findings = append(as.Findings, Finding{What: what, Detail: detail, Evidence: ev})
	}

	// Publication date: the gold null must stay null.
	s.Published.Of = 1
	if r.Article.Published == g.Published {
		s.Published.Right = 1
	} else {
		add("wrong published", fmt.Sprintf("got %s, want %s", orNull(r.Article.Published), orNull(g.Published)), "")
	}

	// Countries, as sets.
	names := map[string]string{}
	var predC []string
	for _, c := range r.Countries {
		names[c.Code] = c.Name
		predC = append(predC, c.Code)
	}
	var missedC, falseC []string
	s.Countries, missedC, falseC = scoreSet(predC, g.Countries, g.CountriesOptional)
	for _, c := range missedC {
		add("missed country", c, "")
	}
	for _, c := range falseC {
		add("false country", c+" "+names[c], evidenceOf(r.Countries, c))
	}

	s.Agencies = scoreAgencies(g, r, names, s, add)
	scoreEvents(g, r, s, add)
	s.DateMentions = scoreDateMentions(g, r)
	return as
}

func orNull(d graph.Date) string {
	if d.IsZero() {
		return "null"
	}
	return d.String()
}

func evidenceOf(cs []extract.Country, code string) string {
	for _, c := range cs {
		if c.Code == code && c.Evidence != nil {
			return c.Evidence.Sentence
		}
	}
	return ""
}

// scoreSet scores predicted codes against required and optional gold codes.
func scoreSet(pred, gold, optional []string) (c Counts, missed, false_ []string) {
	want := set(gold)
	opt := set(optional)
	got := set(pred)
	for _, p := range sortedKeys(got) {
		switch {
		case want[p]:
			c.TP++
		case opt[p]:
		default:
			c.FP++
			false_ = append(false_, p)
		}
	}
	for _, w := range sortedKeys(want) {
		if !got[w] {
			c.FN++
			missed = append(missed, w)
		}
	}
	return c, missed, false_
}

func set(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func sortedKeys(m map[string]bool) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// scoreAgencies matches predicted agencies (deduplicated by country and
// canonical name) one-to-one with gold agencies: same country (any, when
// the gold body has none) and a canonical name equal to the gold name's or
// one of its aliases'.
func scoreAgencies(g *Gold, r *extract.Result, names map[string]string, s *Scores, add func(string, string, string)) Counts {
	type goldAg struct {
		a        GoldAgency
		keys     map[string]bool
		required bool
		taken    bool
	}
	canon := func(name, country string) string { return CanonicalAgency(name, countryNames(country, names)...) }
	// keysOf gives every key a name is known by: the folded name as written
	// and the folded gazetteer canonical name (which knows abbreviations such
	// as DHS, and Interior Ministry = Ministry of the Interior).
	keysOf := func(name, country string) []string {
		return []string{canon(name, country), canon(gazetteer.Canonical(name), country)}
	}
	var golds []*goldAg
	for i, a := range append(append([]GoldAgency(nil), g.Agencies...), g.AgenciesOptional...) {
		ga := &goldAg{a: a, keys: map[string]bool{}, required: i < len(g.Agencies)}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			for _, k := range keysOf(n, a.Country) {
				ga.keys[k] = true
			}
		}
		golds = append(golds, ga)
	}
	var c Counts
	seen := map[string]bool{}
	var predKeys [][]string // each prediction's keys, for the error profile
	// Required gold first, so a prediction that fits both counts as a hit.
	order := func(pass int) []*goldAg {
		var out []*goldAg
		for _, ga := range golds {
			if ga.required == (pass == 0) {
				out = append(out, ga)
			}
		}
		return out
	}
	for _, p := range r.Agencies {
		key := p.Country + ":" + canon(p.Name, p.Country)
		if seen[key] {
			continue
		}
		seen[key] = true
		var pkeys []string
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			pkeys = append(pkeys, keysOf(n, p.Country)...)
		}
		predKeys = append(predKeys, pkeys)
		matched := false
		for pass := 0; pass < 2 && !matched; pass++ {
			for _, ga := range order(pass) {
				if ga.taken || (ga.a.Country != "" && ga.a.Country != p.Country) {
					continue
				}
				if slices.ContainsFunc(pkeys, func(k string) bool { return ga.keys[k] }) {
					ga.taken, matched = true, true
					if ga.required {
						c.TP++
					}
					break
				}
			}
		}
		if !matched {
			c.FP++
			ev := ""
			if p.Evidence != nil {
				ev = p.Evidence.Sentence
			}
			cause := 1
			if slices.ContainsFunc(golds, func(ga *goldAg) bool {
				return ga.a.Country != p.Country && slices.ContainsFunc(pkeys, func(k string) bool { return ga.keys[k] })
			}) {
				cause = 0
			}
			s.AgencyFalses[cause]++
			add("false agency", p.Country+" "+p.Name+" ["+AgencyFalseCauses[cause]+"]", ev)
		}
	}
	for _, ga := range golds {
		if ga.required && !ga.taken {
			c.FN++
			cause := 2
			switch {
			case slices.ContainsFunc(predKeys, func(ks []string) bool { return slices.ContainsFunc(ks, func(k string) bool { return ga.keys[k] }) }):
				cause = 0
			case readsAgency(ga.a.Name, ga.a.Country):
				cause = 1
			}
			s.AgencyMisses[cause]++
			add("missed agency", fmt.Sprintf("%s %s (key %q) [%s]", ga.a.Country, ga.a.Name, canon(ga.a.Name, ga.a.Country), AgencyMissCauses[cause]), "")
		}
	}
	return c
}

// partiesMatch reports whether the predicted participant set equals the
// gold one or one of its accepted alternatives, in any order.
func partiesMatch(pred []string, g *GoldEvent) bool {
	p := sortedSet(pred)
	if slices.Equal(p, sortedSet(g.Actors())) {
		return true
	}
	for _, alt := range append(append([][]string(nil), g.Accept.Participants...), g.Accept.Parties...) {
		if slices.Equal(p, sortedSet(alt)) {
			return true
		}
	}
	return false
}

func sortedSet(xs []string) []string {
	return sortedKeys(set(xs))
}

// atPrecision reports whether pred, cut to want's precision, equals want.
// An unknown pred never equals a known want.
func atPrecision(pred, want graph.Date) bool {
	if pred.IsZero() || !morePrecise(pred, want) {
		return false
	}
	switch want.Precision() {
	case graph.PrecisionYear:
		return pred.Year == want.Year
	case graph.PrecisionMonth:
		return pred.Year == want.Year && pred.Month == want.Month
	}
	return pred == want
}

// morePrecise reports whether a is at least as precise as b.
func morePrecise(a, b graph.Date) bool {
	rank := map[graph.Precision]int{graph.PrecisionNone: 0, graph.PrecisionYear: 1, graph.PrecisionMonth: 2, graph.PrecisionDay: 3}
	return rank[a.Precision()] >= rank[b.Precision()]
}

func dateOK(pred graph.Date, want graph.Date, accept []graph.Date) bool {
	if want.IsZero() {
		return true
	}
	if atPrecision(pred, want) {
		return true
	}
	for _, a := range accept {
		if atPrecision(pred, a) {
			return true
		}
	}
	return false
}

// datesMatch reports whether a predicted event's dates agree with the gold
// event's: the start (or an accord's date) equal at the gold precision or
// accepted, and for a gold range of several days the predicted last day
// equal to its end (or an accepted end).
// A gold null agrees with anything.
func datesMatch(p *extract.Event, g *GoldEvent) bool {
	if g.Type != graph.KindMeeting && g.Start.IsZero() {
		return dateOK(p.Start, g.Date, g.Accept.Date)
	}
	if !dateOK(p.Start, g.Start, g.Accept.Start) {
		return false
	}
	if g.End == g.Start && len(g.Accept.End) == 0 {
		// A one-day event written as a range: an accepted start day
		// (2016-03-08 for 2016-03-09) must not then fail on the end.
		return true
	}
	last := p.End
	if last.IsZero() {
		last = p.Start
	}
	return dateOK(last, g.End, g.Accept.End)
}

// pair is a candidate match of prediction P with gold event G.
type pair struct {
	P, G     int
	required bool
	dateOK   bool
	sim      float64
}

// matchEvents matches predictions to gold events one-to-one, greedily
// taking the best candidate pair first: required gold before optional,
// date agreement (when withDate is false it is only a preference), then
// evidence similarity, then document order.
func matchEvents(preds []extract.Event, golds []GoldEvent, nRequired int, withDate bool) (predTo, goldTo []int, pairs map[[2]int]pair) {
	var cands []pair
	pairs = map[[2]int]pair{}
	for i := range preds {
		p := &preds[i]
		for j := range golds {
			g := &golds[j]
			if p.Kind != g.Type || !partiesMatch(p.Participants, g) {
				continue
			}
			c := pair{P: i, G: j, required: j < nRequired, dateOK: datesMatch(p, g), sim: similarity(p.Evidence.Sentence, g.Evidence)}
			if withDate && !c.dateOK {
				continue
			}
			cands = append(cands, c)
			pairs[[2]int{i, j}] = c
		}
	}
	sort.SliceStable(cands, func(a, b int) bool {
		x, y := cands[a], cands[b]
		if x.required != y.required {
			return x.required
		}
		if x.dateOK != y.dateOK {
			return x.dateOK
		}
		if x.sim != y.sim {
			return x.sim > y.sim
		}
		if x.G != y.G {
			return x.G < y.G
		}
		return x.P < y.P
	})
	predTo = fill(len(preds))
	goldTo = fill(len(golds))
	for _, c := range cands {
		if predTo[c.P] < 0 && goldTo[c.G] < 0 {
			predTo[c.P], goldTo[c.G] = c.G, c.P
		}
	}
	return predTo, goldTo, pairs
}

func fill(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}

// similarity is the word-set overlap (Jaccard) of two sentences.
func similarity(a, b string) float64 {
	wa, wb := set(simWords(a)), set(simWords(b))
	if len(wa)+len(wb) == 0 {
		return 0
	}
	inter := 0
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	return float64(inter) / float64(len(wa)+len(wb)-inter)
}

func simWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func scoreEvents(g *Gold, r *extract.Result, s *Scores, add func(string, string, string)) {
	golds := append(append([]GoldEvent(nil), g.Events...), g.EventsOptional...)
	nReq := len(g.Events)
	preds := r.Events

	// Strict: kind, participants and date.
	predTo, goldTo, _ := matchEvents(preds, golds, nReq, true)
	for i, gi := range predTo {
		k := preds[i].Kind
		c := s.EventsByKind[k]
		if gi < nReq {
			b := &s.ByConfidence[confidenceBand(preds[i].Confidence)]
			b.Of++
			outcome := 0.0
			if gi >= 0 {
				b.Right++
				outcome = 1
			}
			s.BrierSum += (preds[i].Confidence - outcome) * (preds[i].Confidence - outcome)
		}
		switch {
		case gi < 0:
			c.FP++
		case gi < nReq:
			c.TP++
			s.EventStatus.Of++
			if statusOK(&preds[i], &golds[gi]) {
				s.EventStatus.Right++
			}
		}
		s.EventsByKind[k] = c
	}
	for j := 0; j < nReq; j++ {
		if goldTo[j] < 0 {
			k := golds[j].Type
			c := s.EventsByKind[k]
			c.FN++
			s.EventsByKind[k] = c
		}
	}
	for _, c := range s.EventsByKind {
		s.Events = s.Events.Add(c)
	}
	for j := 0; j < nReq; j++ {
		if pi := goldTo[j]; pi >= 0 && !statusOK(&preds[pi], &golds[j]) {
			p := &preds[pi]
			add("wrong status", fmt.Sprintf("%s: got %s, want %s", golds[j].String(), orNone(p.Status+p.Action), strings.Join(wantStatus(&golds[j]), " or ")), golds[j].Evidence)
		}
	}

	// Loose: kind and participants only; dates checked among these matches.
	lPredTo, lGoldTo, pairs := matchEvents(preds, golds, nReq, false)
	for i, gi := range lPredTo {
		switch {
		case gi < 0:
			s.EventsNoDate.FP++
		case gi < nReq:
			s.EventsNoDate.TP++
			s.EventDates.Of++
			if pairs[[2]int{i, gi}].dateOK {
				s.EventDates.Right++
			} else {
				s.DateErrors[dateErrorCause(&preds[i], &golds[gi], g.Published)]++
			}
		}
	}
	for j := 0; j < nReq; j++ {
		if lGoldTo[j] < 0 {
			s.EventsNoDate.FN++
		}
	}

	missCause, falseCause := profileErrors(preds, golds, nReq, predTo, goldTo, lPredTo, lGoldTo, s)

	// Findings: wrong dates (kind and participants right), then misses and
	// false events under the strict rule.
	shown := map[int]bool{}
	for j := 0; j < nReq; j++ {
		if goldTo[j] >= 0 {
			continue
		}
		if pi := lGoldTo[j]; pi >= 0 && predTo[pi] < 0 {
			p := &preds[pi]
			detail := fmt.Sprintf("%s: got %s, want %s", golds[j].String(), predDates(p), goldDates(&golds[j]))
			if golds[j].WhenText != "" {
				detail += fmt.Sprintf(" (when_text %q)", golds[j].WhenText)
			}
			add("wrong date", detail, golds[j].Evidence)
			shown[pi] = true
			continue
		}
		add("missed event", golds[j].String()+nearest(preds, &golds[j])+" ["+MissCauses[missCause[j]]+"]", golds[j].Evidence)
	}
	for i, gi := range predTo {
		if gi < 0 && !shown[i] {
			p := &preds[i]
			add("false event", fmt.Sprintf("%s %s %s %s %q [%s]", p.Kind, strings.Join(p.Participants, ","), predDates(p), p.Status, p.Title, FalseCauses[falseCause[i]]), p.Evidence.Sentence)
		}
	}
}

// profileErrors counts the misses and false events of one article by cause
// (MissCauses, FalseCauses), from the strict and the loose matching, and
// returns the cause of each missed gold event and each false prediction by
// index, for the findings.
func profileErrors(preds []extract.Event, golds []GoldEvent, nReq int, predTo, goldTo, lPredTo, lGoldTo []int, s *Scores) (missCause, falseCause map[int]int) {
	missCause, falseCause = map[int]int{}, map[int]int{}
	for j := 0; j < nReq; j++ {
		if goldTo[j] >= 0 {
			continue
		}
		g := &golds[j]
		cause := 0
		switch {
		case lGoldTo[j] >= 0:
		case fromSentence(preds, g, true):
			cause = 1
		case fromSentence(preds, g, false):
			cause = 2
		default:
			named := map[string]bool{}
			for _, m := range gazetteer.FindCountries(g.Evidence) {
				named[m.Code] = true
			}
			n := 0
			for _, c := range g.Actors() {
				if named[c] {
					n++
				}
			}
			switch {
			case n > 0 && n == len(g.Actors()) && extract.HasTriggerWord(g.Evidence, g.Type):
				cause = 3
			case n > 0 && n == len(g.Actors()):
				cause = 4
			case n > 0:
				cause = 5
			default:
				cause = 6
			}
		}
		s.Misses[cause]++
		missCause[j] = cause
	}
	for i, gi := range predTo {
		if gi >= 0 {
			continue
		}
		p := &preds[i]
		cause := 5
		switch {
		case lPredTo[i] >= 0:
			cause = 0
		case slices.ContainsFunc(golds, func(g GoldEvent) bool { return g.Type == p.Kind && partiesMatch(p.Participants, &g) }):
			cause = 1
		case slices.ContainsFunc(golds, func(g GoldEvent) bool { return g.Type != p.Kind && partiesMatch(p.Participants, &g) }):
			cause = 2
		case slices.ContainsFunc(golds, func(g GoldEvent) bool { return g.Type == p.Kind && sharesParty(p.Participants, g.Actors()) }):
			cause = 3
		case len(p.Participants) >= 3:
			cause = 4
		}
		s.Falses[cause]++
		falseCause[i] = cause
	}
	return missCause, falseCause
}

// readsAgency reports whether the gazetteer reads name as an agency, alone
// or after its country's name ("Jordan's Natural Resources Authority").
func readsAgency(name, country string) bool {
	if len(gazetteer.FindAgencies(name, nil, "")) > 0 {
		return true
	}
	c, ok := gazetteer.Country(country)
	return ok && len(gazetteer.FindAgencies(c.Name+"'s "+name, nil, "")) > 0
}

// dateErrorCause says how a found event's dates miss the gold event's
// (an index of DateErrorCauses).
func dateErrorCause(p *extract.Event, g *GoldEvent, pub graph.Date) int {
	want, accept := g.Start, g.Accept.Start
	if g.Type != graph.KindMeeting && g.Start.IsZero() {
		want, accept = g.Date, g.Accept.Date
	}
	switch {
	case p.Start.IsZero():
		return 0
	case !pub.IsZero() && p.Start == pub && !dateOK(p.Start, want, accept):
		return 1
	case dateOK(p.Start, want, accept):
		return 2
	case !morePrecise(p.Start, want) && atPrecision(want, p.Start):
		return 3
	case p.Start.Precision() == graph.PrecisionDay && want.Precision() == graph.PrecisionDay &&
		math.Abs(p.Start.First().Sub(want.First()).Hours()) < 8*24:
		return 4
	}
	return 5
}

// fromSentence reports whether a predicted event came out of the gold
// event's evidence sentence, of its kind (sameKind) or of another.
func fromSentence(preds []extract.Event, g *GoldEvent, sameKind bool) bool {
	for i := range preds {
		if (preds[i].Kind == g.Type) == sameKind && similarity(preds[i].Evidence.Sentence, g.Evidence) > 0.5 {
			return true
		}
	}
	return false
}

// sharesParty reports whether a and b have a party in common.
func sharesParty(a, b []string) bool {
	return slices.ContainsFunc(a, func(c string) bool { return slices.Contains(b, c) })
}

// nearest says what the extractor made of a missed gold event's sentence,
// so the listing shows wrong participants or kinds next to the miss.
func nearest(preds []extract.Event, g *GoldEvent) string {
	best, bi := 0.5, -1
	for i := range preds {
		if s := similarity(preds[i].Evidence.Sentence, g.Evidence); s > best {
			best, bi = s, i
		}
	}
	if bi < 0 {
		return ""
	}
	p := &preds[bi]
	return fmt.Sprintf(" (same sentence gave %s %s %s)", p.Kind, strings.Join(p.Participants, ","), predDates(p))
}

func predDates(p *extract.Event) string {
	d := graph.Span{Start: p.Start, End: p.End}.String()
	if d == "" {
		d = "null"
		if !p.Before.IsZero() {
			d += " (before " + p.Before.String() + ")"
		}
	}
	return d
}

func goldDates(g *GoldEvent) string {
	s, e := g.When()
	var alts []string
	for _, d := range append(append(append([]graph.Date(nil), g.Accept.Start...), g.Accept.Date...), g.Accept.End...) {
		alts = append(alts, d.String())
	}
	out := orNull(s)
	if !e.IsZero() {
		out += "/" + e.String()
	}
	if len(alts) > 0 {
		out += " or accept " + strings.Join(alts, ",")
	}
	return out
}

// scoreDateMentions checks date normalisation where the gold says what a
// date expression means: for every gold event (required or optional) with
// a when_text and a known date, the extractor must list a date mention
// whose text occurs in the when_text and whose value starts on the gold
// date at its precision (or an accepted one). when_text is sometimes a
// paraphrase, so this measures a lower bound on date-mention accuracy.
func scoreDateMentions(g *Gold, r *extract.Result) Share {
	var sh Share
	for _, e := range append(append([]GoldEvent(nil), g.Events...), g.EventsOptional...) {
		start, _ := e.When()
		if e.WhenText == "" || start.IsZero() {
			continue
		}
		sh.Of++
		wt := " " + strings.Join(simWords(e.WhenText), " ") + " "
		accept := append(append([]graph.Date(nil), e.Accept.Start...), e.Accept.Date...)
		for _, m := range r.Dates {
			mt := strings.Join(simWords(m.Text), " ")
			if mt == "" || m.Value == nil || !strings.Contains(wt, " "+mt+" ") {
				continue
			}
			v, err := graph.ParseSpan(*m.Value)
			if err == nil && dateOK(v.Start, start, accept) {
				sh.Right++
				break
			}
		}
	}
	return sh
}

// wantStatus lists the statuses the gold accepts: a RELATIONS event's
// action, or the status and its accepted alternatives.
func wantStatus(g *GoldEvent) []string {
	if g.Type == graph.KindRelations {
		return []string{g.Action}
	}
	return append([]string{g.Status}, g.Accept.Status...)
}

// statusOK reports whether a matched prediction has the gold status (for
// RELATIONS, the gold action).
func statusOK(p *extract.Event, g *GoldEvent) bool {
	if g.Type == graph.KindRelations {
		return p.Action == g.Action
	}
	return slices.Contains(wantStatus(g), p.Status)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
