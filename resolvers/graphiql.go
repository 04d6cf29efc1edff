package resolvers

import (
	"bytes"
	"html/template"
	"log/slog"
	"net/http"

	"github.com/99designs/gqlgen/graphql/playground"

	"github.com/entente-dev/entente/resolvers/graphiql"
)

// ExampleQuery is the query GraphiQL opens on: the Cuba–U.S. accords since
// 2015, with evidence and article.
const ExampleQuery = `# Cuba–U.S. accords since 2015, with the sentence and article behind each.
{
  timeline(between: ["Cuba", "U.S."], kinds: [ACCORD], since: "2015-01-01") {
    totalCount
    edges {
      node {
        title
        status
        start
        before
        dateKnown
        topics
        countries { code name }
        evidence {
          sentence
          article { title source published url }
        }
      }
    }
  }
}
`

// graphiqlAssets serves the embedded GraphiQL files.
func graphiqlAssets() http.Handler {
	files, _ := graphiql.Assets()
	if files == nil {
		return http.NotFoundHandler()
	}
	fs := http.FileServerFS(files)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		fs.ServeHTTP(w, r)
	})
}

var page = template.Must(template.New("graphiql").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Entente GraphiQL</title>
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
<link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
<script src="/graphiql/assets/react.production.min.js"></script>
<script src="/graphiql/assets/react-dom.production.min.js"></script>
<script src="/graphiql/assets/graphiql.min.js"></script>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script>
  const fetcher = GraphiQL.createFetcher({ url: new URL({{.Endpoint}}, location.href).toString() });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: {{.Query}}, defaultEditorToolsVisibility: true }));
</script>
</body>
</html>
`))

// graphiqlPage serves GraphiQL opening on ExampleQuery, with its assets
// served by this server. When the binary was built without the assets it
// falls back to gqlgen's page, which loads them from a public CDN.
func graphiqlPage(log *slog.Logger, endpoint string) http.Handler {
	if _, ok := graphiql.Assets(); !ok {
		log.Warn("GraphiQL assets were not embedded: the page will load them from a CDN; run resolvers/graphiql/fetch-assets.sh and rebuild to serve them offline")
		return playground.Handler("Entente GraphiQL", endpoint)
	}
	// The page depends only on the endpoint: render it once, not per request.
	var b bytes.Buffer
	if err := page.Execute(&b, map[string]string{"Endpoint": endpoint, "Query": ExampleQuery}); err != nil {
		log.Error("render GraphiQL page", "err", err)
		return playground.Handler("Entente GraphiQL", endpoint)
	}
	html := b.Bytes()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(html)
	})
}
