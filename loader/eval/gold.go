package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/entente-dev/entente/graph"
)

// Gold is the hand-made annotation of one article, in the shared corpus
// schema (fields the scorer does not use, such as notes, are skipped).
type Gold struct {
	ID                string       `json:"id"`
	Published         graph.Date   `json:"published"` // zero when the article has no date
	Countries         []string     `json:"countries"`
	CountriesOptional []string     `json:"countries_optional"`
	Agencies          []GoldAgency `json:"agencies"`
	AgenciesOptional  []GoldAgency `json:"agencies_optional"`
	Events            []GoldEvent  `json:"events"`
	EventsOptional    []GoldEvent  `json:"events_optional"`
	Source            struct {
		Cache string `json:"cache"` // article path relative to the corpus folder (or to the gold set's folder)
		NewID int    `json:"newid"` // Reuters-21578: the <REUTERS NEWID> of the article in a file of many
	} `json:"source"`

	// Path is the gold file; Article the article file it annotates. Both are
	// set by LoadGold.
	Path    string `json:"-"`
	Article string `json:"-"`
}

// GoldAgency is an agency of the gold annotation. Country is "" when the
// body belongs to no country (OPEC, the World Bank).
type GoldAgency struct {
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Aliases []string `json:"aliases"`
}

// GoldEvent is an event of the gold annotation. MEETING uses Participants,
// Start and End; ACCORD and RELATIONS use Parties and Date. Zero dates are
// null in the file: not given or not anchorable, so any prediction agrees.
type GoldEvent struct {
	Type         graph.Kind `json:"type"`
	Participants []string   `json:"participants"`
	Parties      []string   `json:"parties"`
	Start        graph.Date `json:"start"`
	End          graph.Date `json:"end"`
	Date         graph.Date `json:"date"`
	Status       string     `json:"status"`
	Action       string     `json:"action"`
	Place        *string    `json:"place"`
	Topic        string     `json:"topic"`
	WhenText     string     `json:"when_text"`
	Accept       Accept     `json:"accept"`
	Evidence     string     `json:"evidence"`
}

// Accept lists alternative values a scorer also accepts for a gold event.
type Accept struct {
	Start        []graph.Date `json:"start"`
	End          []graph.Date `json:"end"`
	Date         []graph.Date `json:"date"`
	Place        []string     `json:"place"`
	Status       []string     `json:"status"`
	Participants [][]string   `json:"participants"`
	Parties      [][]string   `json:"parties"`
}

// Actors returns the event's countries: Participants for meetings, Parties
// for the other kinds.
func (e *GoldEvent) Actors() []string {
	if len(e.Participants) > 0 {
		return e.Participants
	}
	return e.Parties
}

// When returns the event's gold start (or date) and end.
func (e *GoldEvent) When() (start, end graph.Date) {
	if e.Type == graph.KindMeeting || !e.Start.IsZero() {
		return e.Start, e.End
	}
	return e.Date, graph.Date{}
}

// String describes the event for listings: kind, countries and dates.
func (e *GoldEvent) String() string {
	s, en := e.When()
	d := graph.Span{Start: s, End: en}.String()
	if s.IsZero() && !en.IsZero() {
		d = "?/" + en.String()
	}
	if d == "" {
		d = "null"
	}
	extra := e.Status
	if e.Action != "" {
		extra = e.Action
	}
	return fmt.Sprintf("%s %s %s %s", e.Type, strings.Join(e.Actors(), ","), d, extra)
}

// ParseGold decodes one gold file's content; path names it in errors.
// Errors are *graph.Error with code EINVALID naming the file, the line and
// the field at fault.
func ParseGold(path string, data []byte) (*Gold, error) {
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, &graph.Error{Code: graph.EINVALID, Field: path + jsonLine(data, err),
			Message: "not a gold file in the shared corpus schema: " + err.Error() + "; fix the JSON or remove the file from the gold folder", Err: err}
	}
	bad := func(field, msg string) error {
		return &graph.Error{Code: graph.EINVALID, Field: path, Message: field + ": " + msg}
	}
	if g.ID == "" {
		g.ID = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	for _, list := range []struct {
		name string
		evs  []GoldEvent
	}{{"events", g.Events}, {"events_optional", g.EventsOptional}} {
		for i, e := range list.evs {
			f := fmt.Sprintf("%s[%d]", list.name, i)
			if _, err := graph.ParseKind(string(e.Type)); err != nil {
				return nil, bad(f+".type", graph.ErrorMessage(err))
			}
			if len(e.Actors()) == 0 {
				return nil, bad(f, "no participants or parties: list the ISO codes of the countries taking part")
			}
		}
	}
	for i, a := range append(append([]GoldAgency(nil), g.Agencies...), g.AgenciesOptional...) {
		if strings.TrimSpace(a.Name) == "" {
			return nil, bad(fmt.Sprintf("agencies[%d].name", i), "empty agency name")
		}
	}
	return &g, nil
}

// jsonLine returns ":LINE" for JSON decoding errors that carry an offset.
func jsonLine(data []byte, err error) string {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 || off > int64(len(data)) {
		return ""
	}
	return fmt.Sprintf(":%d", 1+bytes.Count(data[:off], []byte("\n")))
}

// LoadGold reads every gold file of dir and finds its article. dir is
// either a folder holding gold/ and articles/ (the shared corpus's dev/, or
// a testdata/eval/ of our own) or the gold folder itself. An article is
// looked up as <dir>/<source.cache> (a set of our own pointing into the
// shared corpus), articles/<base of source.cache>, else articles/<id>.*.
// Files come back sorted by name.
func LoadGold(dir string) ([]*Gold, error) {
	goldDir := filepath.Join(dir, "gold")
	if st, err := os.Stat(goldDir); err != nil || !st.IsDir() {
		goldDir = dir
	}
	names, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "list gold files in %s: %v", goldDir, err)
	}
	if len(names) == 0 {
		return nil, &graph.Error{Code: graph.EINVALID, Field: dir,
			Message: "no gold files: want a folder with gold/*.json and articles/ (such as the shared corpus's dev/) or a folder of gold *.json files"}
	}
	sort.Strings(names)
	artDir := filepath.Join(goldDir, "..", "articles")
	var out []*Gold
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, &graph.Error{Code: graph.EINVALID, Field: name, Message: "cannot read gold file: " + err.Error(), Err: err}
		}
		g, err := ParseGold(name, data)
		if err != nil {
			return nil, err
		}
		g.Path = name
		g.Article, err = findArticle(artDir, g)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

func findArticle(artDir string, g *Gold) (string, error) {
	if g.Source.Cache != "" {
		// A set of our own may point into the shared corpus instead of
		// copying its articles: cache relative to the set's folder.
		p := filepath.Join(artDir, "..", g.Source.Cache)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
		p = filepath.Join(artDir, filepath.Base(g.Source.Cache))
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		// A set of our own that points into the shared corpus names the
		// article relative to the corpus folder (as the dev gold does):
		// look for shared/corpus beside the set or any folder above it.
		if p, ok := inSharedCorpus(artDir, g.Source.Cache); ok {
			return p, nil
		}
	}
	matches, _ := filepath.Glob(filepath.Join(artDir, g.ID+".*"))
	if len(matches) == 1 {
		return matches[0], nil
	}
	return "", &graph.Error{Code: graph.EINVALID, Field: g.Path,
		Message: fmt.Sprintf("article not found: want %s/%s or exactly one %s/%s.* (source.cache %q)",
			artDir, filepath.Base(g.Source.Cache), artDir, g.ID, g.Source.Cache)}
}

// inSharedCorpus looks for <ancestor>/shared/corpus/<cache> for every
// ancestor of dir, nearest first; this is where the corpus lies beside a
// checkout, on developer machines and in CI alike.
func inSharedCorpus(dir, cache string) (string, bool) {
	abs, err := filepath.Abs(dir)
	if err != nil || filepath.IsAbs(cache) {
		return "", false
	}
	for d := abs; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "shared", "corpus", cache)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, true
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}
