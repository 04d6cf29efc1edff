package eval_test

import (
	"fmt"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/eval"
	"github.com/entente-dev/entente/loader/extract"
)

// Score one article's extraction against its gold annotation: the meeting
// is found with its dates, the relations change with a wrong date.
func ExampleScore() {
	g, err := eval.ParseGold("seed.json", []byte(`{"id": "seed", "published": "2016-02-25",
	  "countries": ["CU", "US"],
	  "events": [
	    {"type": "MEETING", "participants": ["CU", "US"], "start": "2016-02-22", "end": "2016-02-23"},
	    {"type": "RELATIONS", "parties": ["CU", "US"], "action": "restored", "date": "2015-07-20"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res := &extract.Result{
		Article:   extract.ArticleInfo{Published: graph.Day(2016, 2, 25)},
		Countries: []extract.Country{{Code: "CU"}, {Code: "US"}},
		Events: []extract.Event{
			{Kind: graph.KindMeeting, Participants: []string{"US", "CU"}, Start: graph.Day(2016, 2, 22), End: graph.Day(2016, 2, 23)},
			{Kind: graph.KindRelations, Participants: []string{"CU", "US"}, Start: graph.Day(2016, 2, 25)},
		},
	}
	s := eval.Score(g, res)
	fmt.Printf("countries F1 %.2f\n", s.Scores.Countries.F1())
	fmt.Printf("events F1 %.2f, ignoring dates %.2f\n", s.Scores.Events.F1(), s.Scores.EventsNoDate.F1())
	fmt.Printf("event dates right %d of %d\n", s.Scores.EventDates.Right, s.Scores.EventDates.Of)
	for _, f := range s.Findings {
		fmt.Println(f.What+":", f.Detail)
	}
	// Output:
	// countries F1 1.00
	// events F1 0.50, ignoring dates 1.00
	// event dates right 1 of 2
	// wrong date: RELATIONS CU,US 2015-07-20 restored: got 2016-02-25, want 2015-07-20
}
