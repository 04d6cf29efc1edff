package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract"
)

func d(s string) graph.Date {
	v, err := graph.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestCounts(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		c := Counts{TP: 3, FP: 1, FN: 2}
		if got, want := c.Precision(), 0.75; !near(got, want) {
			t.Errorf("precision: got %v, want %v", got, want)
		}
		if got, want := c.Recall(), 0.6; !near(got, want) {
			t.Errorf("recall: got %v, want %v", got, want)
		}
		if got, want := c.F1(), 2*0.75*0.6/(0.75+0.6); !near(got, want) {
			t.Errorf("f1: got %v, want %v", got, want)
		}
	})
	t.Run("Empty", func(t *testing.T) {
		var c Counts
		if c.Precision() != 1 || c.Recall() != 1 || c.F1() != 1 {
			t.Errorf("got P %v R %v F1 %v, want 1 1 1 when nothing was due and nothing claimed", c.Precision(), c.Recall(), c.F1())
		}
		c = Counts{FN: 2}
		if c.F1() != 0 || c.Recall() != 0 {
			t.Errorf("got F1 %v R %v, want 0 0 when everything was missed", c.F1(), c.Recall())
		}
	})
}

func TestScoreCountries(t *testing.T) {
	g := &Gold{ID: "t", Countries: []string{"CU", "US"}, CountriesOptional: []string{"BR"}}
	r := &extract.Result{Countries: []extract.Country{{Code: "CU"}, {Code: "BR"}, {Code: "SY"}, {Code: "CU"}}}
	got := Score(g, r).Scores.Countries
	// CU hit (the duplicate counts once), BR optional (neutral), SY false, US missed.
	if want := (Counts{TP: 1, FP: 1, FN: 1}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestScorePublished(t *testing.T) {
	for _, tc := range []struct {
		name      string
		gold, got graph.Date
		right     int
	}{
		{"OK", d("2016-02-25"), d("2016-02-25"), 1},
		{"NullKept", graph.Date{}, graph.Date{}, 1},
		{"Invented", graph.Date{}, d("2016-02-25"), 0},
		{"Wrong", d("2016-02-25"), d("2016-02-24"), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Score(&Gold{Published: tc.gold}, &extract.Result{Article: extract.ArticleInfo{Published: tc.got}}).Scores
			if got, want := s.Published, (Share{tc.right, 1}); got != want {
				t.Errorf("got %+v, want %+v", got, want)
			}
		})
	}
}

func TestCanonicalAgency(t *testing.T) {
	same := [][2]string{
		{"State Department", "Department of State"},
		{"the U.S. State Department", "Department of State"},
		{"Foreign Ministry", "Ministry of Foreign Affairs"},
		{"cuban foreign ministry", "Ministry of Foreign Affairs"},
		{"U.S. Embassy", "Embassy"},
		{"Ministry of Defence", "Defense Ministry"},
		{"British Foreign Office", "Foreign Office"},
		{"U.S. coastguard", "Coast Guard"},
	}
	for _, p := range same {
		a, b := CanonicalAgency(p[0], "Cuba", "United States", "Britain"), CanonicalAgency(p[1], "Cuba", "United States", "Britain")
		if a != b {
			t.Errorf("%q and %q: got keys %q and %q, want equal", p[0], p[1], a, b)
		}
	}
	differ := [][2]string{
		{"Department of State", "Department of Justice"},
		{"Ministry of Foreign Affairs", "Ministry of Foreign Affairs and International Cooperation"},
		{"Department of State", "United States"},
	}
	for _, p := range differ {
		a, b := CanonicalAgency(p[0], "United States"), CanonicalAgency(p[1], "United States")
		if a == b {
			t.Errorf("%q and %q: got the same key %q, want different", p[0], p[1], a)
		}
	}
}

func TestScoreAgencies(t *testing.T) {
	g := &Gold{
		Agencies: []GoldAgency{
			{Name: "State Department", Country: "US", Aliases: []string{"U.S. State Department"}},
			{Name: "Iraqi oil ministry", Country: "IQ"},
			{Name: "Immigration and Naturalization Service", Country: "US", Aliases: []string{"INS"}},
		},
		AgenciesOptional: []GoldAgency{{Name: "White House", Country: "US"}, {Name: "OPEC"}},
	}
	r := &extract.Result{
		Countries: []extract.Country{{Code: "US", Name: "United States"}, {Code: "IQ", Name: "Iraq"}},
		Agencies: []extract.Agency{
			{Name: "Department of State", Country: "US"},
			{Name: "Department of State", Country: "US"}, // duplicate: counted once
			{Name: "Ministry of Oil", Country: "IQ"},
			{Name: "White House", Country: "US"}, // optional: neutral
			{Name: "OPEC", Country: "SA"},        // gold body without a country matches any
			{Name: "Ministry of Oil", Country: "IR"},
		},
	}
	as := Score(g, r)
	if got, want := as.Scores.Agencies, (Counts{TP: 2, FP: 1, FN: 1}); got != want {
		t.Errorf("got %+v, want %+v; findings %+v", got, want, as.Findings)
	}
}

func meeting(parts []string, start, end string, ev string) extract.Event {
	e := extract.Event{Kind: graph.KindMeeting, Participants: parts, Evidence: extract.Evidence{Sentence: ev}}
	if start != "" {
		e.Start = d(start)
	}
	if end != "" {
		e.End = d(end)
	}
	return e
}

func goldMeeting(parts []string, start, end string, ev string) GoldEvent {
	e := GoldEvent{Type: graph.KindMeeting, Participants: parts, Evidence: ev}
	if start != "" {
		e.Start = d(start)
	}
	if end != "" {
		e.End = d(end)
	}
	return e
}

func TestDatesMatch(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    extract.Event
		g    GoldEvent
		want bool
	}{
		{"OK", meeting(nil, "2016-02-22", "2016-02-23", ""), goldMeeting(nil, "2016-02-22", "2016-02-23", ""), true},
		{"GoldPrecisionMonth", meeting(nil, "2016-03-20", "", ""), goldMeeting(nil, "2016-03", "", ""), true},
		{"PredLessPrecise", meeting(nil, "2016-03", "", ""), goldMeeting(nil, "2016-03-20", "", ""), false},
		{"GoldNull", meeting(nil, "1999", "", ""), goldMeeting(nil, "", "", ""), true},
		{"PredNull", meeting(nil, "", "", ""), goldMeeting(nil, "2016", "", ""), false},
		{"RangeEndMissing", meeting(nil, "1987-03-24", "", ""), goldMeeting(nil, "1987-03-24", "1987-03-27", ""), false},
		{"SingleDayAsRange", meeting(nil, "1998-08-18", "", ""), goldMeeting(nil, "1998-08-18", "1998-08-18", ""), true},
		{"Accepted", meeting(nil, "2016-03-20", "", ""), func() GoldEvent {
			g := goldMeeting(nil, "2016-03-21", "", "")
			g.Accept.Start = []graph.Date{d("2016-03-20")}
			return g
		}(), true},
		{"OneDayRangeAcceptedStart", meeting(nil, "2016-03-08", "", ""), func() GoldEvent {
			g := goldMeeting(nil, "2016-03-09", "2016-03-09", "")
			g.Accept.Start = []graph.Date{d("2016-03-08")}
			return g
		}(), true},
		{"OneDayRangeStartDecides", meeting(nil, "2016-03-09", "2016-03-10", ""), goldMeeting(nil, "2016-03-09", "2016-03-09", ""), true},
		{"AccordDate", extract.Event{Kind: graph.KindAccord, Start: d("1986-05-01")}, GoldEvent{Type: graph.KindAccord, Date: d("1986")}, true},
		{"AccordWrong", extract.Event{Kind: graph.KindAccord, Start: d("1987")}, GoldEvent{Type: graph.KindAccord, Date: d("1986")}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := datesMatch(&tc.p, &tc.g); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestScoreEvents(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		g := &Gold{
			Events: []GoldEvent{
				func() GoldEvent {
					g := goldMeeting([]string{"CU", "US"}, "2016-02-22", "2016-02-23", "Cuba and the U.S. held talks on Feb. 22-23.")
					g.Status = "held"
					return g
				}(),
				{Type: graph.KindRelations, Parties: []string{"US", "CU"}, Date: d("2015-07-20"), Evidence: "Ties were restored on July 20, 2015."},
				{Type: graph.KindAccord, Parties: []string{"US", "CU"}, Status: "signed", Evidence: "They signed an accord on flights."},
			},
			EventsOptional: []GoldEvent{goldMeeting([]string{"US", "CU"}, "", "", "They will meet again.")},
		}
		r := &extract.Result{Events: []extract.Event{
			meeting([]string{"US", "CU"}, "2016-02-22", "2016-02-23", "Cuba and the U.S. held talks on Feb. 22-23."), // TP, order-free parties
			{Kind: graph.KindRelations, Participants: []string{"CU", "US"}, Start: d("2016-02-25"),
				Evidence: extract.Evidence{Sentence: "Ties were restored on July 20, 2015."}}, // wrong date: FP and FN strictly
			{Kind: graph.KindAccord, Participants: []string{"CU", "US"}, Before: d("2016-02-25"), Status: "signed"}, // gold null date: TP
			meeting([]string{"CU", "US"}, "2016-03", "", "They will meet again."),                                   // optional: neutral
			meeting([]string{"CU", "US"}, "2016-02-22", "", "Duplicate."),                                           // one-to-one: FP
			meeting([]string{"CU", "BR"}, "2016-02-22", "", "Other pair."),                                          // FP
		}}
		as := Score(g, r)
		s := as.Scores
		if got, want := s.Events, (Counts{TP: 2, FP: 3, FN: 1}); got != want {
			t.Errorf("events: got %+v, want %+v", got, want)
		}
		if got, want := s.EventsByKind[graph.KindMeeting], (Counts{TP: 1, FP: 2}); got != want {
			t.Errorf("meetings: got %+v, want %+v", got, want)
		}
		if got, want := s.EventsByKind[graph.KindRelations], (Counts{FP: 1, FN: 1}); got != want {
			t.Errorf("relations: got %+v, want %+v", got, want)
		}
		if got, want := s.EventsNoDate, (Counts{TP: 3, FP: 2}); got != want {
			t.Errorf("events ignoring dates: got %+v, want %+v", got, want)
		}
		if got, want := s.EventDates, (Share{Right: 2, Of: 3}); got != want {
			t.Errorf("event dates: got %+v, want %+v", got, want)
		}
		// The meeting has no status (wrong: gold says held), the accord is signed.
		if got, want := s.EventStatus, (Share{Right: 1, Of: 2}); got != want {
			t.Errorf("event status: got %+v, want %+v", got, want)
		}
		// The error profile: the relations event was found on another date;
		// of the false events, that same one, the duplicate meeting and the
		// meeting with one right party.
		if got, want := s.Misses, [len(MissCauses)]int{1, 0, 0, 0, 0, 0, 0}; got != want {
			t.Errorf("misses by cause: got %v, want %v", got, want)
		}
		if got, want := s.Falses, [len(FalseCauses)]int{1, 1, 0, 1, 0, 0}; got != want {
			t.Errorf("false events by cause: got %v, want %v", got, want)
		}
		var whats []string
		for _, f := range as.Findings {
			whats = append(whats, f.What)
		}
		if got, want := strings.Join(whats, ","), "wrong status,wrong date,false event,false event"; got != want {
			t.Errorf("findings: got %s, want %s", got, want)
		}
	})
	t.Run("ErrorProfile", func(t *testing.T) {
		g := &Gold{Events: []GoldEvent{
			goldMeeting([]string{"CU", "US"}, "2016-02-22", "", "Cuba and the United States held talks on Monday."),                 // read, parties wrong
			{Type: graph.KindAccord, Parties: []string{"CU", "US"}, Evidence: "Cuba and the United States agreed on mail service."}, // read, kind wrong
			goldMeeting([]string{"CU", "MX"}, "", "", "Cuba and Mexico met."),                                                       // all parties named, nothing read
			goldMeeting([]string{"CU", "JP"}, "", "", "Cuba and Japan agreed on nothing new."),                                      // ... and no meeting word
			goldMeeting([]string{"CN", "US"}, "", "", "China's Wang met Kerry."),                                                    // some named
			goldMeeting([]string{"US", "JP"}, "", "", "Kerry met Kishida."),                                                         // none named
		}}
		r := &extract.Result{Events: []extract.Event{
			meeting([]string{"CU", "BR"}, "2016-02-22", "", "Cuba and the United States held talks on Monday."), // one party right
			{Kind: graph.KindRelations, Participants: []string{"CU", "US"},
				Evidence: extract.Evidence{Sentence: "Cuba and the United States agreed on mail service."}}, // parties right, kind wrong
			meeting([]string{"RU", "SY", "IR"}, "", "", "Three states met."), // three or more states
			meeting([]string{"FR", "DE"}, "", "", "France and Germany met."), // no such event
		}}
		s := Score(g, r).Scores
		if got, want := s.Misses, [len(MissCauses)]int{0, 1, 1, 1, 1, 1, 1}; got != want {
			t.Errorf("misses by cause: got %v, want %v", got, want)
		}
		if got, want := s.Falses, [len(FalseCauses)]int{0, 0, 1, 1, 1, 1}; got != want {
			t.Errorf("false events by cause: got %v, want %v", got, want)
		}
		if n := s.Events.FN; n != 6 {
			t.Errorf("missed: got %d, want 6 (each counted once by cause)", n)
		}
	})
	t.Run("ByConfidence", func(t *testing.T) {
		g := &Gold{
			Events:         []GoldEvent{goldMeeting([]string{"CU", "US"}, "2016-02-22", "", "Cuba and the U.S. met on Feb. 22.")},
			EventsOptional: []GoldEvent{goldMeeting([]string{"US", "MX"}, "", "", "They may meet.")},
		}
		right := meeting([]string{"US", "CU"}, "2016-02-22", "", "Cuba and the U.S. met on Feb. 22.")
		right.Confidence = 0.9
		wrong := meeting([]string{"CU", "BR"}, "2016-02-22", "", "Other pair.")
		wrong.Confidence = 0.3
		optional := meeting([]string{"MX", "US"}, "2016-03", "", "They may meet.")
		optional.Confidence = 0.5
		s := Score(g, &extract.Result{Events: []extract.Event{right, wrong, optional}}).Scores
		// The optional match counts in no band: it is neither right nor wrong.
		if got, want := s.ByConfidence, [len(ConfidenceBands)]Share{{0, 1}, {}, {}, {1, 1}}; got != want {
			t.Errorf("bands: got %+v, want %+v", got, want)
		}
		if got, ok := s.Brier(); !ok || !near(got, (0.1*0.1+0.3*0.3)/2) {
			t.Errorf("Brier: got %v %v, want 0.05", got, ok)
		}
		if _, ok := (Scores{}).Brier(); ok {
			t.Error("Brier of no events: want none")
		}
	})
	t.Run("GreedyPrefersDatedPair", func(t *testing.T) {
		// Two gold meetings of one pair; the prediction with 1967 must take
		// the 1967 one even though it comes second.
		g := &Gold{Events: []GoldEvent{
			goldMeeting([]string{"SA", "GB"}, "1981", "", "King Khaled visited in 1981."),
			goldMeeting([]string{"SA", "GB"}, "1967", "", "King Faisal visited in 1967."),
		}}
		r := &extract.Result{Events: []extract.Event{
			meeting([]string{"GB", "SA"}, "1967", "", "King Faisal visited in 1967."),
			meeting([]string{"GB", "SA"}, "1981", "", "King Khaled visited in 1981."),
		}}
		s := Score(g, r).Scores
		if got, want := s.Events, (Counts{TP: 2}); got != want {
			t.Errorf("got %+v, want %+v", got, want)
		}
		if got, want := s.EventDates, (Share{2, 2}); got != want {
			t.Errorf("dates: got %+v, want %+v", got, want)
		}
	})
	t.Run("AcceptedParticipants", func(t *testing.T) {
		ge := goldMeeting([]string{"SA", "RU", "QA", "VE"}, "2016-02-16", "", "x")
		ge.Accept.Participants = [][]string{{"SA", "RU"}}
		g := &Gold{Events: []GoldEvent{ge}}
		r := &extract.Result{Events: []extract.Event{meeting([]string{"RU", "SA"}, "2016-02-16", "", "x")}}
		if got, want := Score(g, r).Scores.Events, (Counts{TP: 1}); got != want {
			t.Errorf("got %+v, want %+v", got, want)
		}
	})
}

func TestScoreDateMentions(t *testing.T) {
	v := func(s string) *string { return &s }
	g := &Gold{
		Events: []GoldEvent{
			{Type: graph.KindRelations, Parties: []string{"GB", "SY"}, Date: d("1986-10"), WhenText: "last October"},
			{Type: graph.KindAccord, Parties: []string{"SA", "GB"}, Date: d("1986"), WhenText: "signed last year"},
			{Type: graph.KindAccord, Parties: []string{"SA", "GB"}, WhenText: "undated"}, // no gold date: not checked
		},
		EventsOptional: []GoldEvent{goldMeeting([]string{"GB", "SA"}, "1986-11", "", "")},
	}
	g.EventsOptional[0].WhenText = "in November"
	r := &extract.Result{Dates: []extract.Date{
		{Text: "last October", Value: v("1986-10")},
		{Text: "last year", Value: v("1987")}, // wrong value
		{Text: "November", Value: v("1986-11")},
	}}
	if got, want := Score(g, r).Scores.DateMentions, (Share{Right: 2, Of: 3}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestParseGold(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		g, err := ParseGold("x.json", []byte(`{"id":"x","published":null,"countries":["CU"],"agencies":[{"name":"OPEC","country":null}],
			"events":[{"type":"MEETING","participants":["CU","US"],"start":"2016-02","end":null,"accept":{"start":["2016-03"]}}]}`))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := g.Events[0].Accept.Start[0], d("2016-03"); got != want {
			t.Errorf("got %v, want %v", got, want)
		}
		if !g.Published.IsZero() || g.Agencies[0].Country != "" {
			t.Errorf("got published %v country %q, want null and empty", g.Published, g.Agencies[0].Country)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, tc := range []struct{ data, want string }{
			{"{\n\"id\": \"x\",\n\"published\": \"2016-13-01\"}", "x.json"},
			{`{"events":[{"type":"PARTY","participants":["CU"]}]}`, "events[0].type"},
			{`{"events":[{"type":"MEETING"}]}`, "events[0]"},
			{"{\n\n,}", "x.json:3"},
		} {
			_, err := ParseGold("x.json", []byte(tc.data))
			if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s: got %v, want an EINVALID error naming %s", tc.data, err, tc.want)
			}
		}
	})
}

func FuzzParseGold(f *testing.F) {
	f.Add([]byte(`{"id":"x","events":[{"type":"MEETING","participants":["CU","US"],"start":"2016"}]}`))
	f.Add([]byte(`{"agencies":[{"name":"","country":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ParseGold("fuzz.json", data)
		if err != nil {
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("got code %s, want %s", graph.ErrorCode(err), graph.EINVALID)
			}
			return
		}
		Score(g, &extract.Result{})
	})
}

func TestDateErrorCause(t *testing.T) {
	pub := d("2016-02-25")
	gold := goldMeeting([]string{"CU", "US"}, "2016-02-22", "", "x")
	ranged := goldMeeting([]string{"CU", "US"}, "2016-02-22", "2016-02-24", "x")
	for _, tc := range []struct {
		name       string
		start, end string
		g          GoldEvent
		want       int
	}{
		{"OK/undated", "", "", gold, 0},
		{"OK/publication day", "2016-02-25", "", gold, 1},
		{"OK/start right, end wrong", "2016-02-22", "2016-02-23", ranged, 2},
		{"OK/the month of the day", "2016-02", "", gold, 3},
		{"OK/four days off", "2016-02-18", "", gold, 4},
		{"OK/a year off", "2015-02-22", "", gold, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := meeting([]string{"CU", "US"}, tc.start, tc.end, "x")
			if got := dateErrorCause(&p, &tc.g, pub); got != tc.want {
				t.Errorf("got %d (%s), want %d (%s)", got, DateErrorCauses[got], tc.want, DateErrorCauses[tc.want])
			}
		})
	}
}

func TestAgencyErrorProfile(t *testing.T) {
	g := &Gold{Agencies: []GoldAgency{
		{Name: "Department of State", Country: "US"},                       // found for another country
		{Name: "National Park Service", Country: "US"},                     // read after its country, not found
		{Name: "Caisse Centrale de Cooperation Economique", Country: "FR"}, // no reader knows it
	}}
	r := &extract.Result{Agencies: []extract.Agency{
		{Name: "Department of State", Country: "CU"}, // right agency, country wrong
		{Name: "Ministry of Sports", Country: "BR"},  // no such agency
	}}
	s := Score(g, r).Scores
	if got, want := s.AgencyMisses, [len(AgencyMissCauses)]int{1, 1, 1}; got != want {
		t.Errorf("missed agencies by cause: got %v, want %v", got, want)
	}
	if got, want := s.AgencyFalses, [len(AgencyFalseCauses)]int{1, 1}; got != want {
		t.Errorf("false agencies by cause: got %v, want %v", got, want)
	}
	if got, want := s.Agencies, (Counts{FP: 2, FN: 3}); got != want {
		t.Errorf("agencies: got %+v, want %+v", got, want)
	}
}
