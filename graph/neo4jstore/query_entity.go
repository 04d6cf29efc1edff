package neo4jstore

import (
	"context"
	"strings"

	"github.com/entente-dev/entente/graph"
)

func countryOf(m map[string]any) graph.Country {
	return graph.Country{Code: mstr(m, "code"), Name: mstr(m, "name"), Aliases: mstrs(m, "aliases")}
}

func agencyOf(m map[string]any) graph.Agency {
	return graph.Agency{Key: mstr(m, "key"), Name: mstr(m, "name"), Country: mstr(m, "country"), Aliases: mstrs(m, "aliases")}
}

func articleOf(m map[string]any) graph.Article {
	return graph.Article{
		Key:         mstr(m, "key"),
		URL:         mstr(m, "url"),
		Title:       mstr(m, "title"),
		Source:      mstr(m, "source"),
		Published:   mdate(m, "published"),
		ContentHash: mstr(m, "contentHash"),
	}
}

const countriesByCodes = `
UNWIND $keys AS k
MATCH (c:Country {code: k})
RETURN c {.*} AS n`

// CountriesByCodes returns the stored countries with the given codes.
func (s *Store) CountriesByCodes(ctx context.Context, codes []string) (map[string]graph.Country, error) {
	return byKeys(ctx, s, "countries by code", countriesByCodes, codes, countryOf, func(c graph.Country) string { return c.Code })
}

const agenciesByKeys = `
UNWIND $keys AS k
MATCH (a:Agency {key: k})
RETURN a {.*} AS n`

// AgenciesByKeys returns the stored agencies with the given keys.
func (s *Store) AgenciesByKeys(ctx context.Context, keys []string) (map[string]graph.Agency, error) {
	return byKeys(ctx, s, "agencies by key", agenciesByKeys, keys, agencyOf, func(a graph.Agency) string { return a.Key })
}

const articlesByKeys = `
UNWIND $keys AS k
MATCH (a:Article {key: k})
RETURN a {.*} AS n`

// ArticlesByKeys returns the stored articles with the given keys.
func (s *Store) ArticlesByKeys(ctx context.Context, keys []string) (map[string]graph.Article, error) {
	return byKeys(ctx, s, "articles by key", articlesByKeys, keys, articleOf, func(a graph.Article) string { return a.Key })
}

func byKeys[T any](ctx context.Context, s *Store, what, cypher string, keys []string, conv func(map[string]any) T, key func(T) string) (map[string]T, error) {
	recs, err := s.read(ctx, what, cypher, map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	out := make(map[string]T, len(recs))
	for _, r := range recs {
		m, err := rowMap(r, "n")
		if err != nil {
			return nil, readError(what, err)
		}
		v := conv(m)
		out[key(v)] = v
	}
	return out, nil
}

// listsByKey runs a query that returns, per key, a list of maps in column,
// and converts each list in its order. Keys the query finds nothing for are
// absent from the map.
func listsByKey[T any](ctx context.Context, s *Store, what, cypher string, keys []string, column string, conv func(map[string]any) T) (map[string][]T, error) {
	recs, err := s.read(ctx, what, cypher, map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]T, len(recs))
	for _, r := range recs {
		key, _ := r.Get("key")
		xs, _ := r.Get(column)
		var list []T
		for _, m := range asMaps(xs) {
			list = append(list, conv(m))
		}
		k, _ := key.(string)
		out[k] = list
	}
	return out, nil
}

const findCountry = `
MATCH (c:Country)
WHERE c.code = toUpper($s) OR toLower(c.name) = toLower($s)
   OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = toLower($s))
RETURN c {.*} AS n
ORDER BY CASE WHEN c.code = toUpper($s) THEN 0 ELSE 1 END, c.code
LIMIT 1`

// FindCountry returns the stored country whose code, name or alias is s
// (case-insensitive). The API tries the gazetteer first; this finds the
// countries the gazetteer does not know. Errors: ENOTFOUND.
func (s *Store) FindCountry(ctx context.Context, name string) (graph.Country, error) {
	recs, err := s.read(ctx, "find country", findCountry, map[string]any{"s": name})
	if err != nil {
		return graph.Country{}, err
	}
	if len(recs) == 0 {
		return graph.Country{}, graph.Errorf(graph.ENOTFOUND, "no country named %q", name)
	}
	m, err := rowMap(recs[0], "n")
	if err != nil {
		return graph.Country{}, readError("find country", err)
	}
	return countryOf(m), nil
}

const countries = `
MATCH (c:Country)
WHERE $s IS NULL OR c.code = toUpper($s) OR toLower(c.name) CONTAINS toLower($s)
   OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) CONTAINS toLower($s))
RETURN c {.*} AS n
ORDER BY c.name, c.code
LIMIT $limit`

// Countries returns the stored countries, sorted by name; a non-empty
// search keeps those whose code is it or whose name or an alias contains it
// (case-insensitive).
func (s *Store) Countries(ctx context.Context, search string) ([]graph.Country, error) {
	recs, err := s.read(ctx, "countries", countries, map[string]any{"s": nilIfZero(strings.TrimSpace(search)), "limit": int64(1000)})
	if err != nil {
		return nil, err
	}
	out := make([]graph.Country, 0, len(recs))
	for _, r := range recs {
		m, err := rowMap(r, "n")
		if err != nil {
			return nil, readError("countries", err)
		}
		out = append(out, countryOf(m))
	}
	return out, nil
}

const agenciesOfCountries = `
UNWIND $keys AS k
MATCH (a:Agency)-[:OF]->(:Country {code: k})
RETURN k AS key, collect(a {.*}) AS agencies`

// AgenciesOfCountries returns the agencies of each country, sorted by name.
func (s *Store) AgenciesOfCountries(ctx context.Context, codes []string) (map[string][]graph.Agency, error) {
	return s.agencyLists(ctx, "agencies of countries", agenciesOfCountries, codes)
}

// Articles are listed newest first; unknown publication dates last.
const articlesPage = `
MATCH (a:Article)
WITH a, coalesce(CASE WHEN a.published IS :: DATE THEN a.published ELSE date(a.published) END, date('0001-01-01')) AS pd
WHERE ($since IS NULL OR pd >= $since) AND ($until IS NULL OR pd <= $until)
WITH a, pd ORDER BY pd DESC, a.key DESC
WITH collect({a: a, pd: pd}) AS rows
WITH size(rows) AS total,
     [r IN rows WHERE $afterKey IS NULL OR r.pd < $afterDate OR (r.pd = $afterDate AND r.a.key < $afterKey)] AS rest
RETURN total, size(rest) AS remaining, [r IN rest[0..$first] | {n: properties(r.a), sd: r.pd}] AS page`

// Articles returns one page of articles, newest first. Errors: EINVALID for
// a bad filter or cursor.
func (s *Store) Articles(ctx context.Context, f graph.ArticleFilter) (graph.ArticlePage, error) {
	if err := f.Validate(); err != nil {
		return graph.ArticlePage{}, err
	}
	afterDate, afterKey, err := decodeCursor(f.After)
	if err != nil {
		return graph.ArticlePage{}, err
	}
	recs, err := s.read(ctx, "articles", articlesPage, map[string]any{
		"since": dateParam(f.Since, false), "until": dateParam(f.Until, true),
		"afterDate": afterDate, "afterKey": afterKey, "first": int64(f.First),
	})
	if err != nil {
		return graph.ArticlePage{}, err
	}
	var p graph.ArticlePage
	if len(recs) != 1 {
		return p, nil
	}
	r := recs[0]
	total, err := rowInt(r, "total")
	if err != nil {
		return p, readError("articles", err)
	}
	remaining, err := rowInt(r, "remaining")
	if err != nil {
		return p, readError("articles", err)
	}
	page, _ := r.Get("page")
	for _, m := range asMaps(page) {
		a := articleOf(mmap(m, "n"))
		p.Articles = append(p.Articles, a)
		p.Cursors = append(p.Cursors, encodeCursor(isoDay(m, "sd"), a.Key))
	}
	p.Total, p.HasNext, p.HasPrevious = total, remaining > f.First, total > remaining
	return p, nil
}
