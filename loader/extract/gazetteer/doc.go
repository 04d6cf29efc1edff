// Package gazetteer recognises countries and government agencies in English
// news text: country names, official and short names, abbreviations, demonyms,
// capitals and seats of government used for governments, and agencies with
// the country they belong to.
//
// Its country data is generated from a maintained open dataset, the npm
// package world-countries (ODbL-1.0; see ATTRIBUTION.md and internal/gen),
// plus curated aliases (aliases.go) and an agency lexicon (lexicon.go). It is
// pure: no I/O at run time, no clock, and its tables are built once at init
// and never changed.
//
// Country matching runs over tokens with a trie keyed by lower-cased tokens;
// each phrase then checks the case it was written in ("turkey" is a bird,
// "Turkey" a country), and context rules drop person names ("Michael
// Jordan"), US states ("Atlanta, Georgia"), companies and newspapers
// ("Air France", "Washington Post"), languages ("in Spanish") and the like.
// Companies named after a country are dropped on purpose: they are not the
// state acting. Capitals and seats of government are returned with How =
// ByCapital so callers can tell "in Havana" (a place) from "Havana said"
// (the government). "Korea" alone is read as South Korea (KR), "Congo" alone
// as the Democratic Republic of the Congo (CD), "Dominican" as the Dominican
// Republic (DO).
//
// Two small curated tables complete the dataset: Sovereign says which state
// conducts a dependent territory's foreign relations (Gibraltar GB, Hong
// Kong CN), and Leader knows the heads of state and government and foreign
// ministers news names without their country ("President Barack Obama",
// "Gorbachev"), by their years in office, so the same surname means nothing
// outside them.
//
// Agency names are canonical per country: "State Department" and
// "Department of State" are one agency; "Foreign Ministry", "Ministry of
// Foreign Affairs" and "foreign affairs ministry" are one; the spelling
// "Defense" is used for every country. See Canonical.
//
//go:generate go run ./internal/gen -out countries_gen.go
//go:generate go run ./internal/gencities -out cities_gen.go
package gazetteer
