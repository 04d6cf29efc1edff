// Package gazetteer recognises countries and government agencies in English
// news text: country names, official and short names, abbreviations, demonyms,
// capitals and seats of government used for governments, and agencies with
// the country they belong to.
//
// Its country data is generated from a maintained open dataset (see
// ATTRIBUTION.md in this folder) plus curated aliases. It is pure: no I/O at
// run time, no clock.
package gazetteer

import "github.com/entente-dev/entente/graph"

// How says how a country was named.
type How string

// Ways a country is named.
const (
	ByName    How = "name"    // "Cuba", "United States", "U.S.", "PRC"
	ByDemonym How = "demonym" // "Cuban", "American"
	ByCapital How = "capital" // "Havana", "Washington", "the Kremlin", "the White House"
)

// CountryMention is one mention of a country. Start and End are byte offsets.
type CountryMention struct {
	Code  string // ISO 3166-1 alpha-2 (or EU, SU, XK, PS)
	Text  string // as written
	Start int
	End   int
	How   How
}

// AgencyMention is one mention of a government agency. Start and End are byte
// offsets of the whole expression; a coordinated form ("the departments of
// Homeland Security, State and Justice") yields one mention per agency,
// sharing the span.
type AgencyMention struct {
	Name    string // canonical name, e.g. "Department of State"
	Country string // ISO code; "" when the country could not be determined
	Text    string
	Start   int
	End     int
}

// Country returns the gazetteer entry of an ISO code (or a reserved code such
// as EU or SU) and whether it exists.
func Country(code string) (graph.Country, bool) {
	return graph.Country{}, false // TODO(gazetteer)
}

// Countries returns every country of the gazetteer, sorted by code.
func Countries() []graph.Country { return nil } // TODO(gazetteer)

// Lookup resolves a user-supplied country name, alias or code ("CU", "cuba",
// "U.S.", "United States") to its entry. It is what API arguments use.
func Lookup(s string) (graph.Country, bool) {
	return graph.Country{}, false // TODO(gazetteer)
}

// FindCountries returns the country mentions in text, in order, without
// overlaps. Ambiguous names (Georgia, Jordan, Chad, Turkey, Guinea, Niger)
// are kept only when the context supports the country reading.
func FindCountries(text string) []CountryMention { return nil } // TODO(gazetteer)

// FindAgencies returns the agency mentions in text. countries are the
// country mentions of the same text (from FindCountries); they give agencies
// their country, with fallback to the article's main country when given.
func FindAgencies(text string, countries []CountryMention, fallback string) []AgencyMention {
	return nil // TODO(gazetteer)
}
