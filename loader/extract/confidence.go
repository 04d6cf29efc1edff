package extract

import (
	"math"

	"github.com/entente-dev/entente/graph"
)

// calibrated turns an event's evidence score (set in events(): explicit
// parties, a date, a strong trigger) into the share of such events that were
// right on articles the extractor had not seen, so that an analyst can read
// "confidence 0.6" as "about six in ten of these are right".
//
// It is a logistic model on the evidence score and traits of the event. Its
// first weights were fitted (L2 1.0) on the 137 events the extractor output
// on 180 labelled articles before anyone read their findings (the first
// reads of testdata/eval/fresh2 to fresh5). In session 17 they were updated
// (L2 1.0 toward those weights) on 225 events drawn at random from the
// extractor's output on unlabelled bulk articles and judged right or wrong
// by three precision audits: what an analyst loading any news sees. Fit on
// two audits and scored on the third, its Brier score was 0.203 against
// 0.227 for the first weights and 0.247 for the audits' base rate. What the
// weights say: accords, phone calls and visits are seldom wrong, meetings
// of three or more states and summits often are; an event with a date, or
// whose sentence names every party, is more often right, and one whose
// partner was guessed from the story, or told in a story of the Group of
// Seven's gatherings, less.
func calibrated(ev *Event, tr traits) float64 {
	z := -1.955 + 1.454*ev.Confidence
	switch ev.Kind {
	case graph.KindAccord:
		z += 0.863
	case graph.KindRelations:
		z += 0.326
	case graph.KindMeeting:
		switch ev.Mode {
		case "phone":
			z += 1.294
		case "summit":
			z -= 0.382
		case "visit":
			z += 0.456
		}
		if len(ev.Participants) >= 3 {
			z -= 1.686
		}
		switch ev.Status {
		case graph.StatusPlanned, graph.StatusProposed, graph.StatusOngoing, graph.StatusCancelled:
			z -= 0.194
		}
	}
	if !ev.Start.IsZero() {
		z += 1.153
	}
	if tr.named {
		z += 0.758
	}
	if tr.inferred {
		z -= 0.549
	}
	if tr.forum {
		z -= 0.975
	}
	return math.Round(100/(1+math.Exp(-z))) / 100
}

// traits are what calibrated reads beside the event itself: whether its
// sentence names every party, whether a party was guessed from the story,
// and whether the story is one of a club of states (forumStory).
type traits struct {
	named, inferred, forum bool
}
