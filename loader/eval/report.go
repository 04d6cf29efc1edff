package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/entente-dev/entente/graph"
)

// WriteTable writes the report's totals as a fixed-width table: precision,
// recall, F1 with its 95% bootstrap interval (F1Interval) and counts per
// field, then the shares of right dates.
func (rep *Report) WriteTable(w io.Writer) error {
	t := rep.Total
	var b strings.Builder
	fmt.Fprintf(&b, "Extraction quality on %s: %d articles", rep.Dir, t.ArticlesTotal)
	if len(rep.Failed) > 0 {
		fmt.Fprintf(&b, " (%d unreadable, scored as empty)", len(rep.Failed))
	}
	fmt.Fprintf(&b, ", %.2fs\n\n", rep.Seconds)
	nb := rep.Baseline != nil
	naiveHead := ""
	if nb {
		naiveHead = fmt.Sprintf(" %9s", "naive F1")
	}
	fmt.Fprintf(&b, "%-36s %6s %6s %6s %11s %5s %5s %5s%s\n", "field", "P", "R", "F1", "F1 95%", "TP", "FP", "FN", naiveHead)
	row := func(name string, c Counts, pick func(Scores) Counts) {
		span := spanText(rep.F1Interval(pick))
		fmt.Fprintf(&b, "%-36s %6s %6s %6s %11s %5d %5d %5d", name, num(c.Precision(), c.TP+c.FP), num(c.Recall(), c.TP+c.FN), num(c.F1(), c.TP+c.FP+c.FN), span, c.TP, c.FP, c.FN)
		if nb {
			n := pick(*rep.Baseline)
			fmt.Fprintf(&b, " %9s", num(n.F1(), n.TP+n.FP+n.FN))
		}
		b.WriteByte('\n')
	}
	row("countries", t.Countries, func(s Scores) Counts { return s.Countries })
	row("agencies", t.Agencies, func(s Scores) Counts { return s.Agencies })
	row("events (kind+parties+date)", t.Events, func(s Scores) Counts { return s.Events })
	for _, k := range graph.Kinds {
		row("  "+string(k), t.EventsByKind[k], func(s Scores) Counts { return s.EventsByKind[k] })
	}
	row("events ignoring dates", t.EventsNoDate, func(s Scores) Counts { return s.EventsNoDate })
	if nb {
		naiveHead = fmt.Sprintf(" %9s", "naive")
	}
	fmt.Fprintf(&b, "\n%-36s %6s %11s %13s%s\n", "share right", "value", "95%", "right/of", naiveHead)
	share := func(name string, sh Share, pick func(Scores) Share) {
		span := spanText(rep.ShareInterval(pick))
		fmt.Fprintf(&b, "%-36s %6s %11s %6d/%-6d", name, num(sh.Value(), sh.Of), span, sh.Right, sh.Of)
		if nb {
			n := pick(*rep.Baseline)
			fmt.Fprintf(&b, " %9s", num(n.Value(), n.Of))
		}
		b.WriteByte('\n')
	}
	share("event dates (of kind+party matches)", t.EventDates, func(s Scores) Share { return s.EventDates })
	share("event status (of full matches)", t.EventStatus, func(s Scores) Share { return s.EventStatus })
	share("date mentions (gold when_text)", t.DateMentions, func(s Scores) Share { return s.DateMentions })
	share("published date (null kept null)", t.Published, func(s Scores) Share { return s.Published })
	fmt.Fprintf(&b, "\n%-36s %6s %11s %13s\n", "events right, by confidence", "P", "95%", "right/of")
	for i, lo := range ConfidenceBands {
		hi := "1"
		if i+1 < len(ConfidenceBands) {
			hi = fmt.Sprintf("%.2f", ConfidenceBands[i+1])
		}
		share(fmt.Sprintf("  confidence %.2f-%s", lo, hi), t.ByConfidence[i], func(s Scores) Share { return s.ByConfidence[i] })
	}
	if br, ok := t.Brier(); ok {
		fmt.Fprintf(&b, "%-36s %6.3f   (0 is perfect; a constant 0.5 scores 0.250)\n", "  Brier score of the confidences", br)
	}
	b.WriteByte('\n')
	profile := func(title, unit string, causes []string, counts []int) {
		fmt.Fprintf(&b, "%-36s %6s\n", title, unit)
		for i, c := range causes {
			fmt.Fprintf(&b, "  %-34s %6d\n", c, counts[i])
		}
	}
	profile("missed events, by cause", "events", MissCauses[:], t.Misses[:])
	profile("false events, by cause", "events", FalseCauses[:], t.Falses[:])
	profile("missed agencies, by cause", "count", AgencyMissCauses[:], t.AgencyMisses[:])
	profile("false agencies, by cause", "count", AgencyFalseCauses[:], t.AgencyFalses[:])
	profile("wrong dates of found events, by how", "events", DateErrorCauses[:], t.DateErrors[:])
	fmt.Fprintf(&b, "95%%: bootstrap interval over articles (%d resamples); another sample of such articles may score anywhere in it\n", bootstrapRounds)
	if nb {
		fmt.Fprintf(&b, "naive: the co-occurrence coder of eval.Naive (two countries + a trigger word in a sentence, dated with the publication date)\n")
	}
	for _, f := range rep.Failed {
		fmt.Fprintf(&b, "unreadable: %s\n", f)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// spanText formats an interval for the table, "-" when there is none.
func spanText(iv Interval, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.2f-%.2f", iv.Low, iv.High)
}

// WriteFindings writes, per article, what the extractor got wrong: missed
// and false events with their evidence sentences, wrong dates, missed and
// false countries and agencies, a wrong publication date.
// A sealed set's findings are not written, only a line that says so.
func (rep *Report) WriteFindings(w io.Writer) error {
	if rep.Sealed {
		_, err := fmt.Fprintf(w, "%s is sealed (its %s file): only its table is read, never what the extractor got wrong in which article.\n", rep.Dir, SealFile)
		return err
	}
	var b strings.Builder
	for _, a := range rep.Articles {
		s := a.Scores
		fmt.Fprintf(&b, "== %s %s  countries %d/%d/%d  agencies %d/%d/%d  events %d/%d/%d (tp/fp/fn)\n", a.ID, a.Article,
			s.Countries.TP, s.Countries.FP, s.Countries.FN, s.Agencies.TP, s.Agencies.FP, s.Agencies.FN, s.Events.TP, s.Events.FP, s.Events.FN)
		for _, f := range a.Findings {
			fmt.Fprintf(&b, "  %-15s %s\n", f.What, f.Detail)
			if f.Evidence != "" {
				fmt.Fprintf(&b, "  %-15s %q\n", "", f.Evidence)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// jsonReport is the --json form: the report plus the derived ratios, so a
// notebook does not recompute them.
type jsonReport struct {
	*Report
	Summary map[string]float64 `json:"summary"`
	// The causes name the entries of each Scores' misses, falses,
	// dateErrors, agencyMisses and agencyFalses, in order.
	MissCauses        []string `json:"missCauses"`
	FalseCauses       []string `json:"falseCauses"`
	DateErrorCauses   []string `json:"dateErrorCauses"`
	AgencyMissCauses  []string `json:"agencyMissCauses"`
	AgencyFalseCauses []string `json:"agencyFalseCauses"`
}

// WriteJSON writes the report as one indented JSON object with a summary of
// the headline ratios (countries_f1, agencies_f1, events_f1, ...). A sealed
// set's report has totals only, no per-article scores or findings.
func (rep *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	out := *rep
	if rep.Sealed {
		out.Articles = nil
	}
	return enc.Encode(jsonReport{&out, rep.Summary(), MissCauses[:], FalseCauses[:], DateErrorCauses[:], AgencyMissCauses[:], AgencyFalseCauses[:]})
}

// Summary returns the headline ratios by name: P, R and F1 of countries,
// agencies and events (overall, per kind, ignoring dates), the bounds of
// each F1's 95% interval (countries_f1_low, countries_f1_high, ...; absent
// under two articles) and the shares of right dates.
func (rep *Report) Summary() map[string]float64 {
	t := rep.Total
	m := map[string]float64{}
	prf := func(name string, pick func(Scores) Counts) {
		c := pick(t)
		m[name+"_p"], m[name+"_r"], m[name+"_f1"] = c.Precision(), c.Recall(), c.F1()
		if iv, ok := rep.F1Interval(pick); ok {
			m[name+"_f1_low"], m[name+"_f1_high"] = iv.Low, iv.High
		}
	}
	prf("countries", func(s Scores) Counts { return s.Countries })
	prf("agencies", func(s Scores) Counts { return s.Agencies })
	prf("events", func(s Scores) Counts { return s.Events })
	for _, k := range graph.Kinds {
		prf("events_"+strings.ToLower(string(k)), func(s Scores) Counts { return s.EventsByKind[k] })
	}
	prf("events_nodate", func(s Scores) Counts { return s.EventsNoDate })
	if br, ok := t.Brier(); ok {
		m["confidence_brier"] = br
	}
	m["event_dates"] = t.EventDates.Value()
	if iv, ok := rep.ShareInterval(func(s Scores) Share { return s.EventDates }); ok {
		m["event_dates_low"], m["event_dates_high"] = iv.Low, iv.High
	}
	m["event_status"] = t.EventStatus.Value()
	m["date_mentions"] = t.DateMentions.Value()
	m["published"] = t.Published.Value()
	return m
}

// num formats a ratio to three decimals, or "-" when it rests on nothing
// (no prediction, nothing to find): the JSON keeps 1 there, the table
// should not suggest a perfect score.
func num(v float64, basis int) string {
	if basis == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", v)
}
