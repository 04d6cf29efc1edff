package gazetteer

// sovereigns maps dependent territories that news names as actors to the
// state that conducts their foreign relations. Curated: world-countries
// marks territories as not independent but does not say whose they are.
var sovereigns = map[string]string{
	"GI": "GB", "BM": "GB", "KY": "GB", "VG": "GB", "FK": "GB", "JE": "GB", "GG": "GB", "IM": "GB",
	"AI": "GB", "MS": "GB", "TC": "GB", "SH": "GB", "PN": "GB", "IO": "GB", "GS": "GB",
	"HK": "CN", "MO": "CN",
	"PR": "US", "GU": "US", "VI": "US", "AS": "US", "MP": "US", "UM": "US",
	"GL": "DK", "FO": "DK",
	"NC": "FR", "PF": "FR", "GP": "FR", "MQ": "FR", "RE": "FR", "GF": "FR", "YT": "FR", "PM": "FR",
	"WF": "FR", "BL": "FR", "MF": "FR",
	"AW": "NL", "CW": "NL", "SX": "NL", "BQ": "NL",
	"CK": "NZ", "NU": "NZ", "TK": "NZ",
	"CX": "AU", "CC": "AU", "NF": "AU",
	"AX": "FI", "SJ": "NO", "BV": "NO",
}

// Sovereign returns the state that conducts the foreign relations of a
// dependent territory (Gibraltar GB, Hong Kong CN, Puerto Rico US), or ""
// when code is not a dependent territory.
func Sovereign(code string) string { return sovereigns[code] }
