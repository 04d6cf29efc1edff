package graph

// Country is a state or state-like actor, keyed by its ISO 3166-1 alpha-2
// code. Actors outside the standard list use the reserved codes news data
// uses: EU (European Union), SU (USSR), XK (Kosovo), PS (Palestine).
// Historical names map to today's code where the state continues (West
// Germany DE, Burma MM, Zaire CD).
type Country struct {
	Code    string   `json:"code"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
}
