package loader

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader/extract"
)

const seedPath = "../testdata/articles/seed-xinhua-2016-02-25.txt"

// readOne reads the single document of path.
func readOne(t *testing.T, path string) Document {
	t.Helper()
	var docs []Document
	for d, err := range (&Reader{}).Documents(context.Background(), path) {
		if err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if len(docs) != 1 {
		t.Fatalf("got %d documents in %s, want 1", len(docs), path)
	}
	return docs[0]
}

func TestFacts(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		doc := readOne(t, seedPath)
		f, err := Facts(doc, extract.Extract(doc.Input(), extract.Options{}))
		if err != nil {
			t.Fatalf("Facts: %v", err)
		}
		if f.Article.Key != ArticleKey(doc.Text) || len(f.Article.Key) != 16 || len(f.Article.ContentHash) != 64 {
			t.Errorf("got key %q hash %q, want the first 16 hex digits of the text's sha256 and the whole hash", f.Article.Key, f.Article.ContentHash)
		}
		if want := graph.Day(2016, time.February, 25); f.Article.Published != want {
			t.Errorf("got published %v, want %v", f.Article.Published, want)
		}
		var keys []string
		for _, a := range f.Agencies {
			keys = append(keys, a.Agency.Key)
			for _, al := range a.Agency.Aliases {
				if strings.Contains(al, ",") {
					t.Errorf("agency %s: got alias %q, want no coordinated form among aliases", a.Agency.Key, al)
				}
			}
		}
		if !slices.Contains(keys, "us:department-of-state") || !slices.Contains(keys, "cu:ministry-of-foreign-affairs") {
			t.Errorf("got agencies %v, want us:department-of-state and cu:ministry-of-foreign-affairs among them", keys)
		}
		runes := []rune(doc.Text)
		for _, e := range f.Events {
			if e.Reported != f.Article.Published {
				t.Errorf("%v: got reported %v, want the publication date", &e, e.Reported)
			}
			for _, ev := range e.Evidence {
				if ev.ArticleKey != f.Article.Key {
					t.Errorf("%v: got evidence of article %q, want %q", &e, ev.ArticleKey, f.Article.Key)
				}
				if ev.End > len(runes) || string(runes[ev.Start:ev.End]) != ev.Sentence {
					t.Errorf("%v: evidence offsets %d..%d do not point at %q", &e, ev.Start, ev.End, ev.Sentence)
				}
			}
			if e.Place == "Havana" && e.PlaceCountry != "CU" {
				t.Errorf("%v: got place country %q for Havana, want CU", &e, e.PlaceCountry)
			}
		}
	})

	t.Run("SameStoryOneKey", func(t *testing.T) {
		doc := readOne(t, seedPath)
		line := `{"title": "t", "published": "2016-02-25", "text": ` + jsonString(doc.Text) + "}\n"
		docs, err := (&Reader{}).Parse("seed.jsonl", []byte(line))
		if err != nil || len(docs) != 1 {
			t.Fatalf("Parse: got %d documents, error %v, want 1 document", len(docs), err)
		}
		if got, want := ArticleKey(docs[0].Text), ArticleKey(doc.Text); got != want {
			t.Errorf("got key %s from the JSON line, want %s as from the file", got, want)
		}
	})

	t.Run("AmbiguousAgency", func(t *testing.T) {
		r := extract.Result{
			Agencies: []extract.Agency{
				{Name: "Ministry of Foreign Affairs", Country: "CU", Aliases: []string{"Foreign Ministry", "ministries of X and Y"}},
				{Name: "Ministry of Foreign Affairs", Country: "MX", Aliases: []string{"ministries of X and Y"}},
			},
			Events: []extract.Event{{Kind: graph.KindMeeting, Participants: []string{"cu", "us"}, Agencies: []string{"Ministry of Foreign Affairs"},
				Confidence: 0.5, Evidence: extract.Evidence{Sentence: "s", Start: 0, End: 1}}},
		}
		f, err := Facts(Document{Origin: "x.txt", Text: "s", Published: graph.Day(2016, 1, 1)}, r)
		if err != nil {
			t.Fatalf("Facts: %v", err)
		}
		if got := f.Events[0].Agencies; !slices.Equal(got, []string{"cu:ministry-of-foreign-affairs"}) {
			t.Errorf("got event agencies %v, want only the participant's ministry", got)
		}
		if got := f.Events[0].Countries; !slices.Equal(got, []string{"CU", "US"}) {
			t.Errorf("got countries %v, want [CU US]", got)
		}
		if got := f.Agencies[0].Agency.Aliases; !slices.Equal(got, []string{"Foreign Ministry"}) {
			t.Errorf("got aliases %v, want [Foreign Ministry] (the shared coordinated form dropped)", got)
		}
		if f.Events[0].Title == "" {
			t.Errorf("got an empty title, want a default one")
		}
	})

	t.Run("StoryDayIsABound", func(t *testing.T) {
		day := graph.Day(2016, 3, 7)
		r := extract.Result{Events: []extract.Event{{Kind: graph.KindMeeting, Participants: []string{"EG", "SD"}, Start: day, StoryDay: true,
			Confidence: 0.5, Evidence: extract.Evidence{Sentence: "s", Start: 0, End: 1}}}}
		f, err := Facts(Document{Origin: "x.txt", Text: "s", Published: graph.Day(2016, 3, 9)}, r)
		if err != nil {
			t.Fatalf("Facts: %v", err)
		}
		if e := f.Events[0]; !e.Start.IsZero() || e.Before != day {
			t.Errorf("got start %v before %v, want no start and before %v (a story's day is a bound in the graph)", e.Start, e.Before, day)
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		r := extract.Result{Events: []extract.Event{{Kind: graph.KindAccord, Participants: []string{"CU"}, Confidence: 1.5}}}
		_, err := Facts(Document{Origin: "bad.txt", Text: "x"}, r)
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "bad.txt") {
			t.Errorf("got error %v, want %s naming bad.txt", err, graph.EINVALID)
		}
	})
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
