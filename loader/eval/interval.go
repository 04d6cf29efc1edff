package eval

import (
	"math/rand/v2"
	"slices"
)

// Interval is a central 95% bootstrap interval of a ratio.
type Interval struct {
	Low  float64 `json:"low"`
	High float64 `json:"high"`
}

// bootstrapRounds is how many resamples an interval rests on: enough for
// stable 2.5th and 97.5th percentiles at two decimals.
const bootstrapRounds = 2000

// F1Interval is the 95% interval of the F1 of pick over the report's
// articles: the articles are resampled with replacement bootstrapRounds
// times and the F1 of each resample's summed counts taken, so the width
// says how far the score could move on another sample of articles of the
// same kind. Articles, not facts, are resampled because facts of one
// article are not independent. The seed is fixed: the same report always
// gives the same interval. ok is false with fewer than two articles or
// nothing to score.
func (rep *Report) F1Interval(pick func(Scores) Counts) (iv Interval, ok bool) {
	return rep.interval(pick, Counts.F1)
}

// ShareInterval is the 95% interval of a share of right values (such as
// event dates), resampled the same way as F1Interval.
func (rep *Report) ShareInterval(pick func(Scores) Share) (iv Interval, ok bool) {
	// A share is a recall: right values found among Of.
	asCounts := func(s Scores) Counts { sh := pick(s); return Counts{TP: sh.Right, FN: sh.Of - sh.Right} }
	return rep.interval(asCounts, Counts.Recall)
}

// interval resamples the articles' counts and returns the central 95% of
// stat over the resamples.
func (rep *Report) interval(pick func(Scores) Counts, stat func(Counts) float64) (iv Interval, ok bool) {
	n := len(rep.Articles)
	if n < 2 {
		return iv, false
	}
	counts := make([]Counts, n)
	var sum Counts
	for i, a := range rep.Articles {
		counts[i] = pick(a.Scores)
		sum = sum.Add(counts[i])
	}
	if sum.TP+sum.FP+sum.FN == 0 {
		return iv, false
	}
	rng := rand.New(rand.NewPCG(1, 2))
	vals := make([]float64, bootstrapRounds)
	for r := range vals {
		var c Counts
		for range n {
			c = c.Add(counts[rng.IntN(n)])
		}
		vals[r] = stat(c)
	}
	slices.Sort(vals)
	return Interval{Low: vals[bootstrapRounds*25/1000], High: vals[bootstrapRounds*975/1000-1]}, true
}
