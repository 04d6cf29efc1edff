package extract

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/entente-dev/entente/graph"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"OK", "Cuba and the U.S. met. They talked.", []string{"Cuba and the U.S. met.", "They talked."}},
		{"OK/abbreviations", "Gen. Smith met Mr. Jones on Feb. 22 in the U.S. Department of State. Then he left.",
			[]string{"Gen. Smith met Mr. Jones on Feb. 22 in the U.S. Department of State.", "Then he left."}},
		{"OK/dotted abbreviation ends sentence", "He flew to the U.S. The talks began.", []string{"He flew to the U.S.", "The talks began."}},
		{"OK/initials", "John F. Kennedy visited Berlin. It was 1963.", []string{"John F. Kennedy visited Berlin.", "It was 1963."}},
		{"OK/quotes", `"We agreed," he said. "Now we sign."`, []string{`"We agreed," he said.`, `"Now we sign."`}},
		{"OK/paragraph break", "Headline without stop\n\nBody starts here. More.", []string{"Headline without stop", "Body starts here.", "More."}},
		{"OK/single newline is wrapping", "A wrapped\nline of text. Next.", []string{"A wrapped\nline of text.", "Next."}},
		{"OK/lower-case wire", "he arrived on monday. iran said so.", []string{"he arrived on monday.", "iran said so."}},
		{"OK/Sept.", "It ended in Sept. 2015 in Paris.", []string{"It ended in Sept. 2015 in Paris."}},
		{"OK/wire capitals after U.S.", "Trade between the U.S. And Japan grew. It fell later.",
			[]string{"Trade between the U.S. And Japan grew.", "It fell later."}},
		{"OK/wire capitals: U.S. Officials", "At the last round in September, U.S. Officials said Japan was slow. They left.",
			[]string{"At the last round in September, U.S. Officials said Japan was slow.", "They left."}},
		{"OK/a compound after U.S.", "Visiting U.S. Under-Secretary of State Allen Wallis met Saito. Under the plan, Japan acts.",
			[]string{"Visiting U.S. Under-Secretary of State Allen Wallis met Saito.", "Under the plan, Japan acts."}},
		{"OK/empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(tt.text) {
				if tt.text[s.Start:s.End] != s.Text {
					t.Fatalf("got offsets %d..%d naming %q, want them to name %q", s.Start, s.End, tt.text[s.Start:s.End], s.Text)
				}
				got = append(got, s.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"OK", "Cuba's U.S.-backed talks, on Feb. 22-23.",
			[]string{"cuba", "'s", "u.s.", "-", "backed", "talks", ",", "on", "feb", ".", "22-23", "."}},
		{"OK/contractions", "He didn't say we've met; they won't, I'd and O'Neil can’t.",
			[]string{"he", "did", "n't", "say", "we", "have", "met", ";", "they", "will", "n't", ",", "i'd", "and", "o'neil", "can", "n't", "."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range tokenize(tt.text, 0, len(tt.text)) {
				got = append(got, tk.w)
				if tt.text[tk.start:tk.end] != tk.raw {
					t.Errorf("got raw %q at %d..%d, want %q", tk.raw, tk.start, tk.end, tt.text[tk.start:tk.end])
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// sentOf builds an analysed one-sentence article for rule tests.
func sentOf(t *testing.T, text string, pub graph.Date) (*article, *sent) {
	t.Helper()
	a := analyse(Input{Text: text, Published: pub}, Options{})
	if len(a.ss) != 1 {
		t.Fatalf("got %d sentences in %q, want 1", len(a.ss), text)
	}
	return a, a.ss[0]
}

func TestTriggers(t *testing.T) {
	type trig struct {
		kind  graph.Kind
		word  string
		count int
	}
	tests := []struct {
		name string
		text string
		want []trig
	}{
		{"OK/met", "Cuban and U.S. delegations met in Havana.", []trig{{graph.KindMeeting, "met", 0}}},
		{"OK/accord list", "The two countries have signed accords on environmental protection, restoring direct postal service, and resuming direct commercial flights between them.",
			[]trig{{graph.KindAccord, "accords", 3}}},
		{"OK/number of accords", "They signed two major pacts on military and defense industry cooperation.", []trig{{graph.KindAccord, "pacts", 2}}},
		{"OK/amount is not a count", "Under the five billion stg deal signed last year, Saudi Arabia will buy planes.", []trig{{graph.KindAccord, "deal", 1}}},
		{"OK/passive far verb", "A dispute concerns a broad political treaty calling for border demarcation, which the two presidents signed last May.", []trig{{graph.KindAccord, "treaty", 1}}},
		{"OK/agreed to", "Russia and Saudi Arabia agreed on Tuesday to freeze output levels.", []trig{{graph.KindAccord, "agreed", 1}}},
		{"OK/agreed to meet is a meeting", "The two countries also agreed to continue holding technical meetings on cybersecurity.", []trig{{graph.KindMeeting, "meetings", 0}}},
		{"OK/relations restored", "Cuba and the United States restored diplomatic relations on July 20, 2015.", []trig{{graph.KindRelations, "restored", 0}}},
		{"OK/relations broken off", "Britain may restore diplomatic relations with Syria, broken off by London last October.", []trig{{graph.KindRelations, "broken", 0}}},
		{"OK/phone", "Obama spoke by phone with Castro.", []trig{{graph.KindMeeting, "spoke", 0}}},
		{"ErrModal/need to sign", "Both sides agreed on the importance of cooperation and on the need to sign bilateral agreements.", nil},
		{"ErrModal/hope to sign", "Cuba and Spain hope to sign a trade agreement.", nil},
		{"ErrModal/could sign", "Cuba and Spain could sign a trade agreement.", nil},
		{"ErrModal/not signed", "Cuba and Spain have not signed a trade agreement.", nil},
		{"ErrModal/gerund relations", "As they move toward normalizing ties, nothing happened.", nil},
		{"ErrModal/infinitive relations", "He urged Britain to restore diplomatic relations with Syria.", nil},
		{"ErrModal/agreed on importance", "Both sides agreed on the importance of progress.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, s := sentOf(t, tt.text, graph.Day(2016, 2, 25))
			var got []trig
			for _, tr := range findTriggers(s) {
				c := 0
				if tr.kind == graph.KindAccord {
					c = tr.count
				}
				got = append(got, trig{tr.kind, s.toks[tr.tok].w, c})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMeetingStatus(t *testing.T) {
	pub := graph.Day(2016, 3, 8)
	tests := []struct {
		name, text, trigger, want string
	}{
		{"OK/past", "Cuban and U.S. delegations met in Havana.", "met", graph.StatusHeld},
		{"OK/will", "Obama will visit Cuba.", "visit", graph.StatusPlanned},
		{"OK/to visit", "Obama is to visit Cuba.", "visit", graph.StatusPlanned},
		{"OK/scheduled", "The talks are scheduled for later.", "talks", graph.StatusPlanned},
		{"OK/cancelled", "Cuba cancelled the meeting with Spain.", "meeting", graph.StatusCancelled},
		{"OK/called off", "Spain called off the talks with Cuba.", "talks", graph.StatusCancelled},
		{"OK/declined", "Netanyahu declined to meet Obama.", "meet", graph.StatusCancelled},
		{"OK/cancelled later", "The visits were due to take place in November but were canceled.", "visits", graph.StatusCancelled},
		{"OK/proposed", "Turkey proposed talks with Greece.", "talks", graph.StatusProposed},
		{"OK/plural noun is not a present verb", "Several visits to Saudi Arabia by British officials took place.", "visits", graph.StatusHeld},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, s := sentOf(t, tt.text, pub)
			k := -1
			for i, tk := range s.toks {
				if tk.w == tt.trigger {
					k = i
					break
				}
			}
			if k < 0 {
				t.Fatalf("trigger %q not in %q", tt.trigger, tt.text)
			}
			got, _ := meetingStatus(s, k, graph.Span{}, pub)
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestExtractEvents(t *testing.T) {
	pub := graph.Day(2016, 1, 18)
	tests := []struct {
		name  string
		title string
		text  string
		want  []string // "KIND A-B start/end status"
	}{
		{"OK/visit to two hosts", "", "Iranian President Hassan Rouhani will visit Italy and France next week.\n\nThe source said Rouhani would be in Italy on Jan. 25-26 and leave for Paris on Jan. 27.",
			[]string{"MEETING IR-IT 2016-01-25/2016-01-26 planned", "MEETING IR-FR 2016-01-27 planned"}},
		{"OK/relations severed by", "", "British officials said King Fahd of Saudi Arabia may ask Britain to restore diplomatic relations with Syria, broken off by London last October.",
			[]string{"RELATIONS SY-GB 2015-10 held"}},
		{"OK/coordinated dates", "Saudi king to visit Britain", "Britain and Saudi Arabia are close. King Faisal visited Britain in 1967 and King Khaled in 1981.",
			[]string{"MEETING SA-GB 1967 held", "MEETING SA-GB 1981 held"}},
		{"ErrModal/company deal", "", "Starwood signed a deal on Saturday to run three Cuban hotels, returning U.S. chains to Cuba.", nil},
		{"ErrModal/such as", "Israel, Turkey sign pacts", "Israel and Turkey are allies. They signed two pacts on defense and trade despite condemnation by states such as Iran, Syria and Iraq.",
			[]string{"ACCORD IL-TR 2016-01-18 signed", "ACCORD IL-TR 2016-01-18 signed"}},
	}
	cases := make([]ruleCase, 0, len(tests))
	for _, tt := range tests {
		cases = append(cases, ruleCase{name: tt.name, pub: pub, title: tt.title, text: tt.text, want: tt.want})
	}
	runRuleCases(t, cases)
}

func TestRuneIndex(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		text := "Café in Zürich — talks."
		ri := newRuneIndex(text)
		for b := range text {
			if got, want := ri.at(b), utf8.RuneCountInString(text[:b]); got != want {
				t.Errorf("got rune offset %d for byte %d, want %d", got, b, want)
			}
		}
		if got, want := ri.at(len(text)), utf8.RuneCountInString(text); got != want {
			t.Errorf("got end %d, want %d", got, want)
		}
	})
	t.Run("Bytes/OK", func(t *testing.T) {
		// Texts of characters of every width, stray and truncated bytes,
		// across block boundaries: the offsets of the table of one int32
		// per byte that the index replaced.
		pieces := []string{"a", "é", "—", "\U0001F600", "\x80", "\xe2\x84", "\xc4", "\xff", " "}
		rng := rand.New(rand.NewPCG(1, 2))
		for range 2000 {
			var b strings.Builder
			for n := rng.IntN(300); n > 0; n-- {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			checkRuneIndex(t, b.String())
		}
	})
}

// checkRuneIndex compares the rune index of text with a table of the rune
// offset of every byte, as the index was first built.
func checkRuneIndex(t *testing.T, text string) {
	t.Helper()
	ri := newRuneIndex(text)
	table := make([]int32, len(text)+1)
	n := int32(0)
	for i := range text {
		table[i] = n
		n++
	}
	last := int32(0)
	for i := 0; i < len(text); i++ {
		if utf8.RuneStart(text[i]) {
			last = table[i]
		} else {
			table[i] = last
		}
	}
	table[len(text)] = n
	ascii := utf8.RuneCountInString(text) == len(text) && utf8.ValidString(text)
	for b := -2; b <= len(text)+2; b++ {
		want := 0
		switch {
		case ascii:
			want = b
		case b >= len(text):
			want = int(n)
		case b >= 0:
			want = int(table[b])
		}
		if got := ri.at(b); got != want {
			t.Fatalf("newRuneIndex(%q).at(%d): got %d, want %d", text, b, got, want)
		}
	}
}

// checkResult asserts the invariants of any Result: offsets inside the
// text, evidence verbatim at its offsets, valid dates and confidences.
func checkResult(t *testing.T, text string, r Result) {
	t.Helper()
	runes := []rune(text)
	ev := func(what string, e Evidence) {
		if e.Start < 0 || e.End > len(runes) || e.Start > e.End {
			t.Fatalf("%s: got evidence offsets %d..%d, want within 0..%d", what, e.Start, e.End, len(runes))
		}
		if got := string(runes[e.Start:e.End]); got != e.Sentence {
			t.Fatalf("%s: got text %q at %d..%d, want the evidence %q", what, got, e.Start, e.End, e.Sentence)
		}
		if !strings.Contains(text, e.Sentence) {
			t.Fatalf("%s: evidence %q is not a substring of the text", what, e.Sentence)
		}
	}
	for _, e := range r.Events {
		ev("event", e.Evidence)
		if e.Confidence < 0 || e.Confidence > 1 {
			t.Fatalf("got confidence %v, want within [0,1]", e.Confidence)
		}
		if len(e.Participants) < 2 {
			t.Fatalf("got participants %v, want at least two", e.Participants)
		}
		if !e.Start.Valid() || !e.End.Valid() || !e.Before.Valid() {
			t.Fatalf("got invalid date in %+v", e)
		}
	}
	for _, c := range r.Countries {
		if c.Evidence != nil {
			ev("country", *c.Evidence)
		}
	}
	for _, a := range r.Agencies {
		if a.Evidence != nil {
			ev("agency", *a.Evidence)
		}
	}
	for _, d := range r.Dates {
		if d.Start < 0 || d.End > len(runes) || d.Start > d.End || string(runes[d.Start:d.End]) != d.Text {
			t.Fatalf("got date %q at %d..%d, want it verbatim there", d.Text, d.Start, d.End)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Cuban and U.S. delegations met in Havana this week. The two countries have signed accords on A, B, and C.", "2016-02-25")
	f.Add("Cuba and the United States restored diplomatic relations on July 20, 2015, after more than half a century.", "")
	f.Add("\"Both sides agreed,\" he said.\n\nKing Faisal visited in 1967 and King Khaled in 1981.", "1987-03-22")
	f.Add("Zürich — Präsident Müller traf den Außenminister. Café.", "2020-01-01")
	f.Add("U.S. . . ?! \"\" 's 's' ,,,, and and", "")
	f.Add("The Cuban minister arrived here", "2016-02-25")
	f.Add("Ecuador's minister is here on a visit. Talks are due in Havana", "1987-03-11")
	f.Fuzz(func(t *testing.T, text, pub string) {
		if !utf8.ValidString(text) {
			return // the loader hands over valid UTF-8 only
		}
		p, err := graph.ParseDate(pub)
		if err != nil {
			p = graph.Date{}
		}
		r := Extract(Input{Text: text, Published: p, Title: text}, Options{})
		checkResult(t, text, r)
		// A dateline gives "here" its country ("arrived here"): read the
		// text filed from a capital too.
		r = Extract(Input{Text: text, Published: p, Dateline: "HAVANA, Feb. 25"}, Options{})
		checkResult(t, text, r)
	})
}
