package loader

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente-dev/entente/graph"
)

const seedFile = "../testdata/articles/seed-xinhua-2016-02-25.txt"

// collect reads every argument and returns the documents and errors.
func collect(t *testing.T, r *Reader, args ...string) ([]Document, []error) {
	t.Helper()
	return readAll(context.Background(), r, args...)
}

// readAll reads every argument with ctx and returns the documents and
// errors.
func readAll(ctx context.Context, r *Reader, args ...string) ([]Document, []error) {
	var docs []Document
	var errs []error
	for d, err := range r.Documents(ctx, args...) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}

func TestSeed(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		var r Reader
		docs, errs := collect(t, &r, seedFile)
		if len(errs) != 0 || len(docs) != 1 {
			t.Fatalf("got %d documents and errors %v, want 1 document", len(docs), errs)
		}
		d := docs[0]
		if d.Title != "Cuba, U.S. hold talks on cybercrime" {
			t.Errorf("got title %q, want %q", d.Title, "Cuba, U.S. hold talks on cybercrime")
		}
		if d.Source != "Xinhua" {
			t.Errorf("got source %q, want Xinhua", d.Source)
		}
		if d.Published != graph.Day(2016, 2, 25) {
			t.Errorf("got published %v, want 2016-02-25", d.Published)
		}
		if !strings.HasPrefix(d.Text, "Cuban and U.S. delegations met in Havana this week") {
			t.Errorf("got text starting %q, want the story's first sentence", firstN(d.Text, 80))
		}
		if !strings.HasSuffix(d.Text, "resuming direct commercial flights between them.") {
			t.Errorf("got text ending %q, want the story's last sentence", d.Text[max(0, len(d.Text)-80):])
		}
		for _, noise := range []string{"Off the wire", "You are here", "Adjust font size", "Enditem", "truce", "Zika", "Xinhua, February"} {
			if strings.Contains(d.Text, noise) {
				t.Errorf("got %q in text, want it removed as noise", noise)
			}
		}
		if n := strings.Count(d.Text, "\n\n") + 1; n != 8 {
			t.Errorf("got %d paragraphs, want 8", n)
		}
	})
	t.Run("PublishedOverride", func(t *testing.T) {
		r := Reader{Published: graph.Day(2016, 3, 1)}
		docs, _ := collect(t, &r, seedFile)
		if len(docs) != 1 || docs[0].Published != graph.Day(2016, 3, 1) {
			t.Fatalf("got %+v, want published 2016-03-01 from the override", docs)
		}
	})
}

// TestParse checks each format on a small input: the metadata found and
// pieces of text that must (or must not) be in the cleaned text.
func TestParse(t *testing.T) {
	tests := []struct {
		name, file                      string
		format, title, source, pub, url string
		dateline                        string
		want, notWant                   []string
		docs                            int
	}{
		{name: "HTML", file: "page.html", format: "html", title: "Ruritania and Freedonia sign water accord",
			source: "Reuters", pub: "2021-06-14", url: "https://news.example.org/world/water-accord", dateline: "STRELSAU (Reuters)",
			want:    []string{"STRELSAU (Reuters) - Ruritania", "three rounds of talks held since January & a final session", "signing ceremony at the presidential palace."},
			notWant: []string{"Home", "Share", "Tweet", "REUTERS/Jane", "Reporting by", "Related", "Blue River floods", "©", "All rights"}, docs: 1},
		{name: "Markdown", file: "post.md", format: "markdown", title: "Freedonia's leader to visit Ruritania next week",
			source: "Washington Post", pub: "2016-05-03", url: "https://www.washingtonpost.com/world/freedonia-visit.html", dateline: "FREEDONIA CITY",
			want:    []string{"FREEDONIA CITY Freedonia's president will visit Ruritania on May 10-11", "expected to sign a trade deal.\n\nPlain Markdown paragraph with a link."},
			notWant: []string{"[ad_", "Source", "Reporting by", "iframe", "http"}, docs: 1},
		{name: "ReutersSGML", file: "wire.sgm", format: "reuters-sgml", title: "RURITANIA, FREEDONIA AGREE TO HOLD TALKS",
			source: "Reuters", pub: "1987-03-05", dateline: "STRELSAU, March 5",
			want:    []string{"Ruritania and Freedonia agreed to hold talks on trade next month, officials said, in a move welcomed by the Café owners' association <RCA>.\n\nThe talks will be held in Strelsau, they said."},
			notWant: []string{"Reuter\n", "&lt;", "\x03"}, docs: 2},
		{name: "TimeML", file: "story.tml", format: "timeml", title: "Ruritania, Freedonia hold talks",
			source: "Xinhua", pub: "2006-11-02", dateline: "STRELSAU, Nov. 2 , 2006 (Xinhua)",
			want:    []string{"officials held talks on Wednesday on border trade & transit.\n\nBoth sides agreed to meet again in December."},
			notWant: []string{"<", "TIMEX3", "EVENT"}, docs: 1},
		{name: "BOM", file: "bom.txt", format: "text", title: "BOM title", want: []string{"The café text has a byte-order mark."}, notWant: []string{"\ufeff"}, docs: 1},
		{name: "Windows1252", file: "cp1252.txt", format: "text", title: "Latin title", want: []string{"The café served “quoted” text in Windows-1252."}, notWant: []string{"\ufffd"}, docs: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/OK", func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata/sources", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			var r Reader
			docs, err := r.Parse(tt.file, data)
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if len(docs) != tt.docs {
				t.Fatalf("got %d documents, want %d", len(docs), tt.docs)
			}
			d := docs[0]
			for _, c := range []struct{ field, got, want string }{
				{"format", d.Format, tt.format}, {"title", d.Title, tt.title}, {"source", d.Source, tt.source},
				{"published", d.Published.String(), tt.pub}, {"url", d.URL, tt.url}, {"dateline", d.Dateline, tt.dateline},
			} {
				if c.got != c.want {
					t.Errorf("got %s %q, want %q", c.field, c.got, c.want)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(d.Text, w) {
					t.Errorf("got text %q, want it to contain %q", d.Text, w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(d.Text, w) {
					t.Errorf("got text %q, want no %q", d.Text, w)
				}
			}
		})
	}
	t.Run("ReutersOrigin/OK", func(t *testing.T) {
		data, _ := os.ReadFile("testdata/sources/wire.sgm")
		var r Reader
		docs, _ := r.Parse("wire.sgm", data)
		var got []string
		for _, d := range docs {
			got = append(got, d.Origin)
		}
		if strings.Join(got, " ") != "wire.sgm#101 wire.sgm#102" {
			t.Errorf("got origins %v, want wire.sgm#101 wire.sgm#102 (the empty #103 skipped)", got)
		}
	})
}

func TestJSONLines(t *testing.T) {
	var r Reader
	docs, errs := collect(t, &r, "testdata/sources/articles.jsonl")
	t.Run("OK", func(t *testing.T) {
		if len(docs) != 2 {
			t.Fatalf("got %d documents, want 2", len(docs))
		}
		d := docs[0]
		if d.Origin != "testdata/sources/articles.jsonl:1" || d.Title != "Ruritania opens embassy in Freedonia" || d.Source != "AP" ||
			d.Published != graph.Day(2019, 4, 2) || d.URL != "https://news.example.org/a" || d.Format != "jsonl" {
			t.Errorf("got %+v, want the fields of line 1", d)
		}
		if !strings.HasPrefix(d.Text, "STRELSAU (AP) -- Ruritania opened an embassy") {
			t.Errorf("got text %q, want the text field (the title is not taken from it)", d.Text)
		}
		h := docs[1]
		if h.Origin != "testdata/sources/articles.jsonl:7" || h.Title != "Freedonia recalls envoy" || h.Published != graph.Day(2019, 4, 5) ||
			!strings.HasPrefix(h.Text, "Freedonia recalled its ambassador") {
			t.Errorf("got %+v, want the HTML article of line 7", h)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		want := []string{":2: field \"published\"", ":3: invalid JSON", ":4: no article text", ":5: field \"title\""}
		if len(errs) != len(want) {
			t.Fatalf("got errors %v, want %d", errs, len(want))
		}
		for i, err := range errs {
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("got code %q, want %q", graph.ErrorCode(err), graph.EINVALID)
			}
			if !strings.Contains(err.Error(), "articles.jsonl"+want[i]) {
				t.Errorf("got %q, want it to contain %q", err, want[i])
			}
		}
	})
	t.Run("ScraperFields", func(t *testing.T) {
		// The fields news-please, newspaper and trafilatura write.
		in := `{"title":"Cuba, U.S. hold talks","maintext":"Cuba and the United States held talks on Thursday.","date_publish":"2016-02-25 10:12:00","source_domain":"xinhuanet.com","url":"http://news.xinhuanet.com/a","authors":["x"]}` + "\n" +
			`{"headline":"Talks","text":"Cuba and the United States held talks.","publish_date":"2016-02-24"}` + "\n" +
			`{"title":"Talks","raw_text":"Cuba and the United States held talks.","source":"https://www.reuters.com/article/x","date":"2016-02-23"}` + "\n" +
			`{"title":"Talks","maintext":"Cuba talks.","date_publish":1456358400}` + "\n"
		var r Reader
		docs, err := r.Parse("scraped.jsonl", []byte(in))
		if len(docs) != 3 {
			t.Fatalf("got %d documents (error %v), want 3", len(docs), err)
		}
		want := []struct{ title, source, published, url string }{
			{"Cuba, U.S. hold talks", "Xinhua", "2016-02-25", "http://news.xinhuanet.com/a"},
			{"Talks", "", "2016-02-24", ""},
			{"Talks", "Reuters", "2016-02-23", "https://www.reuters.com/article/x"},
		}
		for i, w := range want {
			d := docs[i]
			if d.Title != w.title || d.Source != w.source || d.Published.String() != w.published || d.URL != w.url || !strings.HasPrefix(d.Text, "Cuba and the United States held talks") {
				t.Errorf("line %d: got %+v, want %+v", i+1, d, w)
			}
		}
		if err == nil || !strings.Contains(err.Error(), `scraped.jsonl:4: field "date_publish" must be a string`) {
			t.Errorf("got error %v, want line 4's date_publish named", err)
		}
	})
	t.Run("LongLine", func(t *testing.T) {
		r := Reader{MaxBytes: 64}
		in := `{"title":"x","text":"` + strings.Repeat("a", 100) + `"}` + "\n" + `{"title":"ok","text":"short text."}` + "\n"
		docs, err := r.Parse("long.jsonl", []byte(in))
		if len(docs) != 1 || docs[0].Title != "ok" || err == nil || !strings.Contains(err.Error(), "long.jsonl:1: line longer than 64 bytes") {
			t.Errorf("got %d documents and error %v, want line 1 reported and line 2 read", len(docs), err)
		}
	})
}

func TestDocuments(t *testing.T) {
	t.Run("Directory/OK", func(t *testing.T) {
		var r Reader
		docs, errs := collect(t, &r, "testdata/sources/tree")
		var got []string
		for _, d := range docs {
			got = append(got, filepath.ToSlash(d.Origin))
		}
		want := "testdata/sources/tree/a.txt testdata/sources/tree/sub/b.txt"
		if strings.Join(got, " ") != want || len(errs) != 0 {
			t.Errorf("got %v and errors %v, want %s (hidden files, README and .png skipped)", got, errs, want)
		}
	})
	t.Run("Glob/OK", func(t *testing.T) {
		var r Reader
		docs, errs := collect(t, &r, "testdata/sources/tree/*.txt")
		if len(docs) != 1 || docs[0].Title != "First story" || len(errs) != 0 {
			t.Errorf("got %d documents and errors %v, want a.txt", len(docs), errs)
		}
	})
	t.Run("Stdin/OK", func(t *testing.T) {
		r := Reader{Stdin: strings.NewReader(`{"title":"From stdin","text":"Text read from standard input."}` + "\n")}
		docs, errs := collect(t, &r, "-")
		if len(docs) != 1 || docs[0].Title != "From stdin" || docs[0].Origin != "-:1" || len(errs) != 0 {
			t.Errorf("got %+v and errors %v, want one JSON-lines document from stdin", docs, errs)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		var r Reader
		docs, errs := collect(t, &r, "testdata/sources/missing.txt", "testdata/sources/none*.txt", "-", seedFile)
		if len(docs) != 1 {
			t.Errorf("got %d documents, want the seed after the bad inputs", len(docs))
		}
		want := []string{"missing.txt: cannot read", "none*.txt: no file matches", "-: no standard input"}
		if len(errs) != len(want) {
			t.Fatalf("got errors %v, want %d", errs, len(want))
		}
		for i, err := range errs {
			if !strings.Contains(err.Error(), want[i]) || graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("got %q (%s), want %q with code %s", err, graph.ErrorCode(err), want[i], graph.EINVALID)
			}
		}
	})
	t.Run("Stop", func(t *testing.T) {
		var r Reader
		n := 0
		for range r.Documents(context.Background(), "testdata/sources/wire.sgm", seedFile) {
			n++
			break
		}
		if n != 1 {
			t.Errorf("got %d documents after break, want 1", n)
		}
	})
	t.Run("Canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		var r Reader
		var errs []error
		for _, err := range r.Documents(ctx, seedFile) {
			errs = append(errs, err)
		}
		if len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
			t.Errorf("got %v, want one context.Canceled error", errs)
		}
	})
}

func TestURL(t *testing.T) {
	page, _ := os.ReadFile("testdata/sources/page.html")
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=windows-1252")
		w.Write([]byte("Plain title\n\nThe caf\xe9 story.\n"))
	})
	mux.HandleFunc("/api", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`[{"title":"A","text":"Alpha text."},{"title":"B","text":"Beta text."}]`))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/page", http.StatusFound) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusNotFound) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(strings.Repeat("word ", 1000)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	t.Run("OK", func(t *testing.T) {
		var r Reader
		docs, errs := collect(t, &r, srv.URL+"/page", srv.URL+"/moved", srv.URL+"/plain", srv.URL+"/api")
		if len(errs) != 0 || len(docs) != 5 {
			t.Fatalf("got %d documents and errors %v, want 5 documents", len(docs), errs)
		}
		if docs[3].Title != "A" || docs[4].Text != "Beta text." || docs[4].Origin != srv.URL+"/api[1]" {
			t.Errorf("got %+v and %+v, want the two articles of the JSON array", docs[3], docs[4])
		}
		if docs[0].Title != "Ruritania and Freedonia sign water accord" || docs[0].Format != "html" {
			t.Errorf("got %q (%s), want the page's title as html", docs[0].Title, docs[0].Format)
		}
		if docs[1].Origin != srv.URL+"/page" {
			t.Errorf("got origin %q, want the redirect target %q", docs[1].Origin, srv.URL+"/page")
		}
		if docs[2].Text != "The café story." || docs[2].URL != srv.URL+"/plain" {
			t.Errorf("got %q at %q, want the decoded plain text at its URL", docs[2].Text, docs[2].URL)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		r := Reader{MaxBytes: 1000, Timeout: 300 * time.Millisecond}
		_, errs := collect(t, &r, srv.URL+"/loop", srv.URL+"/gone", srv.URL+"/big", srv.URL+"/slow")
		want := []string{"redirects", "404 Not Found", "1000-byte limit", "cannot fetch"}
		if len(errs) != len(want) {
			t.Fatalf("got errors %v, want %d", errs, len(want))
		}
		for i, err := range errs {
			if !strings.Contains(err.Error(), want[i]) || graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("got %q (%s), want %q with code %s", err, graph.ErrorCode(err), want[i], graph.EINVALID)
			}
		}
	})
}

func TestDetectFormat(t *testing.T) {
	tests := []struct{ name, head, want string }{
		{"a.txt", "Title\n\nText", "text"},
		{"a", "---\ntitle: x\n---\nbody", "markdown"},
		{"a", "<!DOCTYPE html><html>", "html"},
		{"a.xml", "<?xml version=\"1.0\"?><TimeML>", "timeml"},
		{"a.xml", "<?xml version=\"1.0\"?><doc>", "xml"},
		{"a", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS NEWID=\"1\">", "reuters-sgml"},
		{"a", "{\"text\":\"x\"}\n", "jsonl"},
		{"a.ndjson", "", "jsonl"},
		{"a.json", "[]", "json"},
		{"a.HTM", "hello", "html"},
		{"a.md", "no front matter", "markdown"},
	}
	for _, tt := range tests {
		if got := DetectFormat(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("DetectFormat(%q, %q): got %q, want %q", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestParseDateText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2016-02-25", "2016-02-25"},
		{"2016-02-25T23:30:00-05:00", "2016-02-25"},
		{"2016-02", "2016-02"},
		{"2016", "2016"},
		{"20061102", "2006-11-02"},
		{"20170113083000", "2017-01-13"}, // NYT's ptime
		{"201701130830001", ""},
		{"Fri Mar 13 21:30:09 EST 2015", "2015-03-13"}, // date(1), Herald Sun
		{"February 25, 2016", "2016-02-25"},
		{"Feb. 25 , 2016", "2016-02-25"},
		{"Thursday, 25 February 2016", "2016-02-25"},
		{" 22-MAR-1987 06:42:31.92", "1987-03-22"},
		{"Thu, 25 Feb 2016 10:00:00 GMT", "2016-02-25"},
		{"March 2015", "2015-03"},
		{"March 16", ""},
		{"2016-02-30", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		d, ok := ParseDateText(tt.in)
		if d.String() != tt.want || ok != (tt.want != "") {
			t.Errorf("ParseDateText(%q): got %q %v, want %q", tt.in, d, ok, tt.want)
		}
	}
}

func TestParseLeadDateline(t *testing.T) {
	tests := []struct {
		in               string
		ok               bool
		place, src, date string
		year             int
		rest             string
	}{
		{"HAVANA, Feb. 25 (Xinhua) -- Cuban and U.S.", true, "HAVANA", "Xinhua", "2016-02-25", 2016, "Cuban and U.S."},
		{"WASHINGTON (AP) _ The State Department", true, "WASHINGTON", "AP", "", 2016, "The State Department"},
		{"WASHINGTON, March 16 - Officials said", true, "WASHINGTON", "", "", 0, "Officials said"},
		{"WASHINGTON, March 16 - Officials said", true, "WASHINGTON", "", "1987-03-16", 1987, "Officials said"},
		{"NAIROBI, Kenya (AP) _ U.S. Secretary", true, "NAIROBI, Kenya", "AP", "", 0, "U.S. Secretary"},
		{"BEIJING, Nov. 3, 2006 (Xinhua) -- China", true, "BEIJING", "Xinhua", "2006-11-03", 0, "China"},
		{"LONDON (Reuters) - Britain", true, "LONDON", "Reuters", "", 0, "Britain"},
		{"HAVANA — Nudging Cuba", true, "HAVANA", "", "", 0, "Nudging Cuba"},
		{"Ottowa/Havana, 2 September 2022 (TDI): Minister of Foreign Affairs", true, "Ottowa/Havana", "TDI", "2022-09-02", 0, "Minister of Foreign Affairs"},
		{"ISLAMABAD, 5th March, 2021 - Pakistan", true, "ISLAMABAD", "", "2021-03-05", 0, "Pakistan"},
		{"London, 5 March - Britain", false, "", "", "", 0, ""},
		{"KATHMANDU: The main opposition", true, "KATHMANDU", "", "", 0, "The main opposition"},
		{"NEW DELHI: Maldives President", true, "NEW DELHI", "", "", 0, "Maldives President"},
		{"NOTE: this is not a dateline", false, "", "", "", 0, ""},
		{"BISHKEK, Kyrgyzstan, October 13. President of Kyrgyzstan", true, "BISHKEK, Kyrgyzstan", "", "2023-10-13", 2023, "President of Kyrgyzstan"},
		{"Bishkek, Kyrgyzstan, October 13. President of Kyrgyzstan", false, "", "", "", 0, ""},
		{"He arrived in BISHKEK. President Japarov met him", false, "", "", "", 0, ""},
		{"UPDATE: Talks resumed", false, "", "", "", 0, ""},
		{"Cuban and U.S. delegations met in Havana", false, "", "", "", 0, ""},
		{"The U.S. - China talks resumed", false, "", "", "", 0, ""},
		{"US - China talks resumed", false, "", "", "", 0, ""},
		{"Note: this is not a dateline", false, "", "", "", 0, ""},
	}
	for _, tt := range tests {
		dl, n, ok := ParseLeadDateline(tt.in)
		if ok != tt.ok {
			t.Errorf("ParseLeadDateline(%q): got ok %v, want %v (%+v)", tt.in, ok, tt.ok, dl)
			continue
		}
		if !ok {
			continue
		}
		if dl.Place != tt.place || dl.Source != tt.src || dl.Date(tt.year).String() != tt.date || tt.in[n:] != tt.rest {
			t.Errorf("ParseLeadDateline(%q): got place %q source %q date %q rest %q, want %q %q %q %q",
				tt.in, dl.Place, dl.Source, dl.Date(tt.year), tt.in[n:], tt.place, tt.src, tt.date, tt.rest)
		}
	}
}

func TestTimeMLEditorNoteIsNoTitle(t *testing.T) {
	doc := parseTimeML("a.tml", "<TimeML><DOCID>AFP_ENG_20061212.0398</DOCID><TITLE>ATTENTION - ADDS background, Olmert comment on Iran ///</TITLE>"+
		"<TEXT>Israeli Prime Minister Ehud Olmert spoke on Tuesday.</TEXT></TimeML>")
	if doc.Title != "" {
		t.Errorf("title %q, want none: a note to editors is no headline", doc.Title)
	}
	if doc.Source != "AFP" {
		t.Errorf("source %q, want AFP", doc.Source)
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Wrapped", "A hard-wrapped\nparagraph of text.\n\nSecond one.", "A hard-wrapped paragraph of text.|Second one."},
		{"Ticker", "Off the wire\nOne headline •  Two headline •  Three headline •  Four\nYou are here:  Home\n\nStory text.", "Story text."},
		{"Breadcrumb", "Home > World > Americas\n\nStory text.", "Story text."},
		{"Widgets", "Share | Tweet | Email | Print\n\nStory text.\n\nAdjust font size:", "Story text."},
		{"EndMarkers", "Story text. Enditem\n\nMore text. (END)\n\nLast text. Enditem2063", "Story text.|More text.|Last text."},
		{"Ads", "[ad_1] Story text. [ad_2]", "Story text."},
		{"Credits", "Story text.\n\n(Reporting by Jane Doe; Editing by John Roe)\n\nReporting by A; editing by B", "Story text."},
		{"CreditsInline", "Last paragraph. (Additional reporting by Jane Doe in Paris; Editing by John Roe)", "Last paragraph."},
		{"Related", "Story text.\n\nRelated stories:\n\nOne headline here\n\nAnother headline here\n\nBack to the story, which goes on.", "Story text.|Back to the story, which goes on."},
		{"Copyright", "Story text.\n\n© 2016 Example News. All rights reserved.\n\nCopyright 2016 The Associated Press.", "Story text."},
		{"Caption", "Photo: Two men shake hands\n\nStory text.\n\nA man walks in Havana, Cuba March 20, 2016. REUTERS/Jane Doe", "Story text."},
		{"CaptionSpacedSlash", "Story text.\n\nA man walks in Havana, Cuba March 20, 2016. Reuters / Jane Doe", "Story text."},
		{"Initials", "Story text. (pvs/vi/ji)", "Story text."},
		{"Separator", "Story text.\n\n____\n\n* * *", "Story text."},
		{"AlsoOn", "Story text.\n\nALSO ON REUTERS\n\n* The doubts and delays behind the Iran prisoner swap\n\n* Goldman funds are the favorites of GOP hopefuls\n\nThe story goes on.", "Story text.|The story goes on."},
		{"BulletLink", "Story text.\n\n* Obama to visit Cuba in March\n\n* The two sides signed an accord on Monday.", "Story text.|* The two sides signed an accord on Monday."},
		{"KeepStory", "The Copyright Office said on Monday it would share data.\n\nThe photo agency said it had pictures.", "The Copyright Office said on Monday it would share data.|The photo agency said it had pictures."},
		{"LinkLines", "Story text.\n\nRelated: Chicago is America's most segregated city\n\n[Read: Tunisia sends most foreign fighters to Islamic State in Syria]\n\nMap: Flow of foreign fighters to Syria\n\nThe story goes on.", "Story text.|The story goes on."},
		{"KeepLabelledStory", "Read: the minister said the talks had failed, and that he would leave for Moscow on Monday to meet his counterpart and report to the cabinet when he returns to Paris.\n\n[Editors' note] The story goes on.", "Read: the minister said the talks had failed, and that he would leave for Moscow on Monday to meet his counterpart and report to the cabinet when he returns to Paris.|[Editors' note] The story goes on."},
		{"PageFurniture", "Story text.\n\nView photo\n\nWhat's Next\n\nAbout the Author", "Story text."},
		{"ShareIsAWord", "Freedom Savings said it lost 112.7 mln dlrs a\nshare for 1986.", "Freedom Savings said it lost 112.7 mln dlrs a share for 1986."},
		{"Repeats", "Kim Jong Un and North Korea's military\n\nStory text.\n\nKim Jong Un and North Korea's military\n\nKim Jong Un and North Korea's military", "Kim Jong Un and North Korea's military|Story text."},
		{"EditorNotes", "ATTENTION - ADDS background, quotes ///\n\nStory text.\n\nEDITORS: RECASTS lead\n\nAttention was paid - said the minister.", "Story text.|Attention was paid - said the minister."},
	}
	var long, longWant []string
	for i := range 40 {
		long = append(long, fmt.Sprintf("Paragraph %d of the story.", i%25))
		if i < 25 {
			longWant = append(longWant, long[i])
		}
	}
	tests = append(tests, struct{ name, in, want string }{"RepeatsInALongStory", strings.Join(long, "\n\n"), strings.Join(longWant, "|")})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(Paragraphs(tt.in, false), "|")
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"caf\xc3\xa9", "café"},
		{"\xef\xbb\xbfcaf\xc3\xa9", "café"},
		{"caf\xe9 \x93q\x94", "café “q”"},
		{"mixed caf\xc3\xa9 and caf\xe9", "mixed café and café"},
	}
	for _, tt := range tests {
		if got := DecodeText([]byte(tt.in)); got != tt.want {
			t.Errorf("DecodeText(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOutlet(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the Associated Press", "AP"}, {"XIN_ENG", "Xinhua"}, {"(Reuters)", "Reuters"}, {"Example Daily", ""},
	}
	for _, tt := range tests {
		if got := Outlet(tt.in); got != tt.want {
			t.Errorf("Outlet(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := OutletOfURL("https://www.reuters.com/article/x"); got != "Reuters" {
		t.Errorf("OutletOfURL: got %q, want Reuters", got)
	}
}

func ExampleReader_Parse() {
	var r Reader
	docs, _ := r.Parse("story.txt", []byte("Ruritania, Freedonia hold talks\n\nSTRELSAU, May 3 (Xinhua) -- Ruritania and Freedonia held talks on Tuesday. Enditem\n"))
	d := docs[0]
	fmt.Printf("%s | %s | %q | %s\n", d.Title, d.Source, d.Published, d.Text)
	// Output: Ruritania, Freedonia hold talks | Xinhua | "" | STRELSAU, May 3 (Xinhua) -- Ruritania and Freedonia held talks on Tuesday.
}

func TestTextHeader(t *testing.T) {
	tests := []struct {
		name, in, published          string
		title, source, pub, dateline string
		start                        string
	}{
		{"DateLine", "Talks resume\n\nUpdated: 2016-02-25 10:12\n\nBy Jane Doe | AP\n\nThe talks resumed.", "",
			"Talks resume", "AP", "2016-02-25", "", "The talks resumed."},
		{"MonthDayNoYear", "Talks resume\n\nWASHINGTON, March 16 - The talks resumed.", "",
			"Talks resume", "", "", "WASHINGTON, March 16", "WASHINGTON, March 16 - The talks resumed."},
		{"MonthDayYearKnown", "Talks resume\n\nWASHINGTON, March 16 - The talks resumed.", "1987",
			"Talks resume", "", "1987-03-16", "WASHINGTON, March 16", "WASHINGTON, March 16 - The talks resumed."},
		{"LoneDateline", "HAVANA (AP) --\n\nPresident Fidel Castro said Tuesday.", "",
			"", "AP", "", "HAVANA (AP)", "HAVANA (AP) -- President Fidel Castro said Tuesday."},
		{"NoTitleSentence", "Cuba and the United States restored ties.\n\nMore text.", "",
			"", "", "", "", "Cuba and the United States restored ties."},
		// Scraped pages: a date stamp among the furniture, wherever
		// takeHeader stops.
		{"StampWithTime", "Manmohan puts off Japan visit\n\nNovember 14, 2012 05:59 pm | Updated June 22, 2016 03:38 pm IST - New Delhi\n\nPrime Minister Manmohan Singh has postponed his visit.", "",
			"Manmohan puts off Japan visit", "", "2012-11-14", "", "November 14, 2012"},
		{"StampAfterMenu", "BBC Homepage World Service Education\nBBC Homepagelow graphics version | feedback | help\n\nTuesday, 12 June, 2001, 23:12 GMT 00:12 UK\nBush and Aznar agree to disagree\n\nThe visit went smoothly.", "",
			"BBC Homepage World Service Education BBC Homepagelow graphics version | feedback | help", "", "2001-06-12", "", "Tuesday, 12 June, 2001"},
		{"StampWithLabel", "The Government portal\n\nOn the state visit of the President\n\n2017-09-04 | Politics\n\nOn September 5-6, 2017, the President will pay a state visit.", "",
			"The Government portal", "", "2017-09-04", "", "On the state visit"},
		{"HeadlineEndingInDate", "Accessibility links\n\nBreaking News\n\nKarzai Arrives in Pakistan - 2002-02-07\n\nAfghan leader Hamid Karzai has arrived Friday in Pakistan.", "",
			"Accessibility links", "", "2002-02-07", "", "Breaking News"},
		{"StampAfterByline", "Indian Foreign Minister Holds Talks\n\nUmer Jamshaid 10 seconds ago Thu 10th September 2020 | 08:23 PM\n\nIndia and Russia held talks on Wednesday.", "",
			"Indian Foreign Minister Holds Talks", "", "2020-09-10", "", "Umer Jamshaid"},
		{"NumericStamp", "Jaishankar holds talks\n\nNew Delhi, Updated: 19-02-2021 22:26 IST\n\nIndia and Ethiopia signed an agreement on Friday.", "",
			"Jaishankar holds talks", "", "2021-02-19", "", "New Delhi, Updated"},
		{"StampOnADroppedWidgetLine", "Jaishankar holds talks\n\nPTI | New Delhi | Updated: 19-02-2021 22:26 IST | Created: 19-02-2021 22:23 IST\n\nIndia and Ethiopia signed an agreement on Friday.", "",
			"Jaishankar holds talks", "", "2021-02-19", "", "India and Ethiopia"},
		{"OutletAndWeekdayDate", "Summit ends without declaration\n\n- Associated Press - Sunday, April 15, 2012\n\nCARTAGENA, Colombia — A summit has ended.\n\nMore text.", "",
			"Summit ends without declaration", "", "2012-04-15", "CARTAGENA, Colombia", "- Associated Press"},
		{"PlaceAndDateLine", "Venezuela and Belarus forge alliance\n\nChavez and Lukashenko signed agreements yesterday in Minsk.\n\nCaracas, Venezuela, July 25, 2006\n\nMore text.", "",
			"Venezuela and Belarus forge alliance", "", "2006-07-25", "", "Chavez and Lukashenko"},
		{"DottedWeekdayDate", "Tadic starts visit\n\nIzvor: Tanjug\n\nWednesday, 24.11.2010.\n\nSerbian President Boris Tadic has started his visit.", "",
			"Tadic starts visit", "", "2010-11-24", "", "Izvor: Tanjug"},
		{"AddedOn", "Xi meets world leaders\n\nAdded On November 12, 2017\n\nChinese President Xi Jinping has met leaders.", "",
			"Xi meets world leaders", "", "2017-11-12", "", "Added On"},
		{"WeekdayDateInASentenceIsNoStamp", "Talks resume\n\nThe talks resumed on Sunday, April 15, 2012.\n\nMore text.", "",
			"Talks resume", "", "", "", "The talks resumed"},
		{"AmbiguousNumericIsNoStamp", "Talks resume\n\nNew Delhi | 05-04-2021 22:26 IST\n\nIndia and Ethiopia signed an agreement on Friday.", "",
			"Talks resume", "", "", "", "New Delhi |"},
		{"TimeBeforeDate", "Talks resume\n\n(Xinhua) 09:49, June 21, 2025\n\nChina and New Zealand held talks on Friday.", "",
			"Talks resume", "", "2025-06-21", "", "(Xinhua) 09:49"},
		{"NoStampInASentence", "Talks resume\n\nOn March 3, 2016, at 10:30 the talks resumed.\n\nMore text.", "",
			"Talks resume", "", "", "", "On March 3, 2016"},
		{"WeekdayGluedToDate", "President Sisi received on Tuesday29/9/2020 a phone call from Boris Johnson.", "",
			"", "", "", "", "President Sisi received on Tuesday 29/9/2020 a phone"},
		{"DayFirstDateline", "Ottowa/Havana, 2 September 2022 (TDI): Canada's minister spoke with Cuba's.", "",
			"", "TDI", "2022-09-02", "Ottowa/Havana, 2 September 2022 (TDI)", "Ottowa/Havana"},
		{"CreditAndFullStop", "(MENAFN- Trend News Agency) BISHKEK, Kyrgyzstan, October 13. President of Kyrgyzstan Sadyr Japarov spoke.", "2023-10-13",
			"", "Trend News Agency", "2023-10-13", "BISHKEK, Kyrgyzstan, October 13", "BISHKEK, Kyrgyzstan, October 13 - President of Kyrgyzstan"},
		{"StandfirstAboveGluedDateline", "Venezuela and Belarus forge alliance\n\nChavez and Lukashenko signed agreements yesterday in Minsk.\n\nCaracas, Venezuela, July 25, 2006 —Chavez and Lukashenko signed agreements yesterday in Minsk.\n\nMore text.", "",
			"Venezuela and Belarus forge alliance", "", "2006-07-25", "Caracas, Venezuela, July 25, 2006", "Chavez and Lukashenko"},
		{"GluedDashNeedsADate", "Talks resume\n\nNATO—Russia talks resumed on Monday.\n\nMore text.", "",
			"Talks resume", "", "", "", "NATO—Russia talks"},
		{"NumericDateLine", "16/06/2008\n\nBush and Brown Hold Talks\n\nThe US President George Bush and Prime Minister Gordon Brown will meet today.", "",
			"Bush and Brown Hold Talks", "", "2008-06-16", "", "The US President"},
		{"AmbiguousNumericDateLineIsNone", "06/05/2008\n\nBush and Brown Hold Talks\n\nThe US President George Bush and Prime Minister Gordon Brown will meet today.", "",
			"Bush and Brown Hold Talks", "", "", "", "The US President"},
		{"TimedStampOverTodaysDate", "Projects\nGovernment Bodies\nFlag Thursday, 18 April 2024\nAll news\nPresident\n05 October 2017, 13:23\n\nLukashenko ready to visit Venezuela\n\nThe Belarusian head of state spoke on 5 October.", "",
			"Projects Government Bodies Flag Thursday, 18 April 2024 All news President 05 October 2017, 13:23", "", "2017-10-05", "", "Lukashenko ready"},
		{"SectionLabelAboveHeadline", "News\n\nKing holds talks with Kuwait emir\n\n13 June 2017\n\nHis Majesty King Abdullah held talks on Tuesday with the Emir of Kuwait.", "",
			"King holds talks with Kuwait emir", "", "2017-06-13", "", "His Majesty King Abdullah"},
		{"DateInTheCredit", "MOSCOW (UrduPoint News / Sputnik - 21st July, 2020) Iraqi Prime Minister Mustafa Al-Kadhimi has arrived in Tehran on Tuesday.", "",
			"", "UrduPoint News", "2020-07-21", "MOSCOW (UrduPoint News / Sputnik - 21st July, 2020)", "MOSCOW (UrduPoint News"},
		{"KnownPlaceAndFullStop", "Fernandez meets Martelly\n\nSANTO DOMINGO. President Leonel Fernandez met yesterday with Michel Martelly.", "",
			"Fernandez meets Martelly", "", "", "SANTO DOMINGO", "SANTO DOMINGO - President Leonel"},
		{"MonthDayYearWithoutComma", "Prime ministers report first day of talks\n\nKINGSTON, Jamaica, Jul 19 2016 – Jamaica's Prime Minister Andrew Holness Monday held talks.", "",
			"Prime ministers report first day of talks", "", "2016-07-19", "KINGSTON, Jamaica, Jul 19 2016", "KINGSTON, Jamaica, Jul 19 2016 – Jamaica's"},
		{"StopDatelineYearWithoutComma", "Talks held\n\nBISHKEK, Kyrgyzstan, October 13 2023. President of Kyrgyzstan Sadyr Japarov spoke.", "",
			"Talks held", "", "2023-10-13", "BISHKEK, Kyrgyzstan, October 13 2023", "BISHKEK, Kyrgyzstan, October 13 2023 - President"},
		{"DayFirstWithoutCommaAfterCapitals", "PH, Mexico conclude consultations\n\nMEXICO 10 May 2019 — The Philippines and Mexico held their meeting.", "",
			"PH, Mexico conclude consultations", "", "2019-05-10", "MEXICO 10 May 2019", "MEXICO 10 May 2019 — The Philippines"},
		{"DayFirstWithoutCommaNeedsCapitals", "Talks resume\n\nMexico 10 May 2019 — The Philippines and Mexico held their meeting.", "",
			"Talks resume", "", "", "", "Mexico 10 May 2019"},
		{"UnknownWordAndFullStop", "Notes\n\nNOTE. This is a note about Cuba.", "",
			"Notes", "", "", "", "NOTE. This is"},
		{"DatelineUnderFurniture", "Chinese premier holds talks\n\nXinhua) 09:49, June 21, 2025\n\nBEIJING, June 20 (Xinhua) -- Chinese Premier Li Qiang held talks.\n\nMore text.", "2025-06-21",
			"Chinese premier holds talks", "Xinhua", "2025-06-21", "BEIJING, June 20 (Xinhua)", "Xinhua) 09:49"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Reader
			in := tt.in
			name := "a.txt"
			if tt.published != "" {
				name = "a.jsonl"
				in = fmt.Sprintf(`{"text": %q, "published": %q}`, tt.in, tt.published)
			}
			docs, err := r.Parse(name, []byte(in))
			if err != nil || len(docs) != 1 {
				t.Fatalf("got %d documents and error %v, want 1", len(docs), err)
			}
			d := docs[0]
			if d.Title != tt.title || d.Source != tt.source || d.Published.String() != tt.pub || d.Dateline != tt.dateline || !strings.HasPrefix(d.Text, tt.start) {
				t.Errorf("got title %q source %q published %q dateline %q text %q, want %q %q %q %q %q",
					d.Title, d.Source, d.Published, d.Dateline, d.Text, tt.title, tt.source, tt.pub, tt.dateline, tt.start)
			}
		})
	}
}
