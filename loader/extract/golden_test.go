package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/entente-dev/entente/loader"
	"github.com/entente-dev/entente/loader/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden/extract")

// goldenCases are the seed and a few dev articles of different outlets,
// eras and formats. The dev articles live in the shared corpus beside the
// repository (research use only, so they are not copied here).
var goldenCases = []struct {
	name   string
	path   string
	shared bool
}{
	{"seed", "../../testdata/articles/seed-xinhua-2016-02-25.txt", false},
	{"d009-reuters-1987-fahd-visit", "../../../shared/corpus/dev/articles/d009.sgm", true},
	{"d015-ap-1998-russia-ukraine", "../../../shared/corpus/dev/articles/d015.tml", true},
	{"d020-reuters-2016-rouhani", "../../../shared/corpus/dev/articles/d020.md", true},
	{"d022-reuters-2016-oil-freeze", "../../../shared/corpus/dev/articles/d022.md", true},
	{"d025-bbc-argentina-venezuela", "../../../shared/corpus/dev/articles/d025.txt", true},
}

// TestGolden runs the whole pipeline (the loader's reader, then Extract) on
// real articles and compares the extraction contract with
// testdata/golden/extract/<name>.json; -update rewrites them.
func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			data, err := os.ReadFile(c.path)
			if err != nil {
				if c.shared && os.IsNotExist(err) {
					t.Skipf("shared corpus not found at %s (it lives beside the repository)", c.path)
				}
				t.Fatal(err)
			}
			docs, err := (&loader.Reader{}).Parse(filepath.Base(c.path), data)
			if err != nil {
				t.Fatalf("got error %v reading %s, want none", err, c.path)
			}
			if len(docs) != 1 {
				t.Fatalf("got %d documents in %s, want 1", len(docs), c.path)
			}
			d := docs[0]
			r := extract.Extract(d.Input(), extract.Options{})
			got, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("..", "..", "testdata", "golden", "extract", c.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("got error %v, want the golden file (run go test ./loader/extract -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("got extraction differing from %s (run with -update and review the diff):\n%s", golden, got)
			}
		})
	}
}

// TestSeed checks what DESIGN.md section 2 asks of the seed article, field
// by field, so a golden rewrite cannot silently lose it.
func TestSeed(t *testing.T) {
	data, err := os.ReadFile("../../testdata/articles/seed-xinhua-2016-02-25.txt")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := (&loader.Reader{}).Parse("seed-xinhua-2016-02-25.txt", data)
	if err != nil || len(docs) != 1 {
		t.Fatalf("got %d documents, error %v; want 1, none", len(docs), err)
	}
	r := extract.Extract(docs[0].Input(), extract.Options{})
	var codes []string
	for _, c := range r.Countries {
		codes = append(codes, c.Code)
	}
	if got, want := codes, []string{"CU", "US"}; !slices.Equal(got, want) {
		t.Errorf("got countries %v, want %v", got, want)
	}
	if got, want := len(r.Agencies), 5; got != want {
		t.Errorf("got %d agencies, want %d", got, want)
	}
	var meetings, accords, relations int
	for _, e := range r.Events {
		switch e.Kind {
		case "MEETING":
			if e.Status == "held" {
				meetings++
				if e.Start.String() != "2016-02-22" || e.End.String() != "2016-02-23" || e.Place == nil || *e.Place != "Havana" {
					t.Errorf("got meeting %s..%s in %v, want 2016-02-22..2016-02-23 in Havana", e.Start, e.End, e.Place)
				}
				if len(e.Agencies) != 5 {
					t.Errorf("got meeting agencies %v, want the five", e.Agencies)
				}
				for _, tp := range []string{"cybercrime", "online fraud", "pharmaceutical fraud", "illicit narcotics", "protecting children from online predators"} {
					if !slices.Contains(e.Topics, tp) {
						t.Errorf("got topics %v, want %q among them", e.Topics, tp)
					}
				}
			}
		case "ACCORD":
			accords++
			if e.Status != "signed" || !e.Start.IsZero() || e.Before.String() != "2016-02-25" {
				t.Errorf("got accord %s start %s before %s, want signed, unknown, before 2016-02-25", e.Status, e.Start, e.Before)
			}
		case "RELATIONS":
			relations++
			if e.Action != "restored" || e.Start.String() != "2015-07-20" {
				t.Errorf("got relations %s %s, want restored 2015-07-20", e.Action, e.Start)
			}
		}
	}
	if meetings != 1 || accords != 3 || relations != 1 {
		t.Errorf("got %d held meetings, %d accords, %d relations; want 1, 3, 1", meetings, accords, relations)
	}
}
