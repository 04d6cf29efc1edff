package graph

import (
	"strings"
	"unicode"
)

// Agency is a government body of one country: a ministry, department,
// embassy, legislature, central bank, military, ...
type Agency struct {
	Key     string   `json:"key"`     // AgencyKey(Country, Name)
	Name    string   `json:"name"`    // canonical name, e.g. "Department of State"
	Country string   `json:"country"` // ISO code of the country it belongs to
	Aliases []string `json:"aliases,omitempty"`
}

// AgencyKey returns the natural key of an agency: the country code and the
// canonical name folded to lower-case words joined by '-'
// ("US", "Department of State" gives "us:department-of-state").
func AgencyKey(country, canonicalName string) string {
	return strings.ToLower(country) + ":" + Slug(canonicalName)
}

// Slug folds s to lower-case ASCII letters and digits joined by single '-'.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
