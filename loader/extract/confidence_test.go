package extract

import (
	"testing"

	"github.com/entente-dev/entente/graph"
)

func TestCalibrated(t *testing.T) {
	meeting := func(score float64, mode, status string, parties ...string) *Event {
		return &Event{Kind: graph.KindMeeting, Mode: mode, Status: status, Participants: parties, Confidence: score}
	}
	held := meeting(0.75, "talks", graph.StatusHeld, "CU", "US")
	for _, tc := range []struct {
		name         string
		lower, upper *Event
	}{
		{"StrongerEvidence", meeting(0.55, "talks", graph.StatusHeld, "CU", "US"), held},
		{"AccordOverMeeting", held, &Event{Kind: graph.KindAccord, Status: graph.StatusSigned, Participants: []string{"CU", "US"}, Confidence: 0.75}},
		{"PhoneOverTalks", held, meeting(0.75, "phone", graph.StatusHeld, "CU", "US")},
		{"SummitUnderTalks", meeting(0.75, "summit", graph.StatusHeld, "CU", "US"), held},
		{"ThreeStatesUnderTwo", meeting(0.75, "talks", graph.StatusHeld, "CU", "US", "MX"), held},
		{"PlannedUnderHeld", meeting(0.75, "talks", graph.StatusPlanned, "CU", "US"), held},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lo, hi := calibrated(tc.lower), calibrated(tc.upper)
			if !(lo < hi) {
				t.Errorf("got %v for %+v and %v for %+v, want the first lower", lo, *tc.lower, hi, *tc.upper)
			}
			for _, v := range []float64{lo, hi} {
				if v <= 0 || v >= 1 {
					t.Errorf("got %v, want a share strictly between 0 and 1", v)
				}
			}
		})
	}
	// The weights' scale: a held two-state meeting on strong evidence was
	// right about six times in ten on unseen articles, a signed accord
	// about nine.
	if got := calibrated(meeting(0.9, "talks", graph.StatusHeld, "CU", "US")); got < 0.55 || got > 0.7 {
		t.Errorf("strong held meeting: got %v, want about 0.62", got)
	}
	if got := calibrated(&Event{Kind: graph.KindAccord, Confidence: 0.9, Participants: []string{"CU", "US"}}); got < 0.85 || got > 0.93 {
		t.Errorf("strong accord: got %v, want about 0.89", got)
	}
}
