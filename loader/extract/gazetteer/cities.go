package gazetteer

import (
	"strings"
	"sync"
)

// genCity is one row of the generated city table (cities_gen.go).
type genCity struct {
	Name       string
	Country    string
	Population uint64
}

// venueCities host meetings of many states and talks between others, so
// being there says nothing about a host: "talks in Geneva", "a speech in
// New York" at the United Nations, a dateline "VIENNA" of INF talks.
var venueCities = map[string]bool{"new york": true, "new york city": true, "geneva": true, "davos": true,
	"strasbourg": true, "lausanne": true, "the hague": true, "vienna": true, "brussels": true, "luxembourg": true,
	"united nations": true}

// Venue reports whether a place name (any case) is one of the cities that
// host meetings of many states and talks between others ("Geneva", "New
// York", "Brussels", "the United Nations"): being there names no host.
func Venue(name string) bool {
	return venueCities[foldString(StripAccents(strings.TrimSpace(name)))]
}

// VenueIn reports whether text (a dateline such as "GENEVA/MUSCAT") names
// one of the venue cities.
func VenueIn(text string) bool {
	f := foldString(StripAccents(text))
	for v := range venueCities {
		if strings.Contains(f, v) {
			return true
		}
	}
	return false
}

// cityTable maps a city name, folded and without accents, to its country;
// names two large cities share are left out unless one is five times the
// other ("Valencia" is Spain's, "Hyderabad" is dropped).
var cityTable = sync.OnceValue(func() map[string]string {
	type best struct {
		code          string
		first, second uint64
	}
	m := map[string]*best{}
	for _, c := range genCities {
		k := foldString(StripAccents(c.Name))
		if venueCities[k] {
			continue
		}
		b, ok := m[k]
		switch {
		case !ok:
			m[k] = &best{code: c.Country, first: c.Population}
		case b.code == c.Country:
		case c.Population > b.first:
			b.code, b.second, b.first = c.Country, b.first, c.Population
		case c.Population > b.second:
			b.second = c.Population
		}
	}
	out := make(map[string]string, len(m))
	for k, b := range m {
		if b.second == 0 || b.first >= 5*b.second {
			out[k] = b.code
		}
	}
	return out
})

// CityCountry returns the country of a city of at least 300,000 people
// named name ("Istanbul", "Hiroshima", "Mumbai"), and whether one is known.
// Capitals are found by FindCountries; this table serves where a city is
// only a place: a visit's destination, a meeting's venue.
func CityCountry(name string) (string, bool) {
	c, ok := cityTable()[foldString(StripAccents(strings.TrimSpace(name)))]
	return c, ok
}
