// Package graphiql embeds the GraphiQL and React files that fetch-assets.sh
// copies from the npm registry into dist/, so the GraphiQL page works on a
// machine without internet. No third-party code is committed: dist/ holds
// only its README in the repository.
package graphiql

import (
	"embed"
	"io/fs"
)

//go:generate sh fetch-assets.sh

//go:embed all:dist
var dist embed.FS

// Files required for the offline page.
var required = []string{"graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js"}

// Assets returns the embedded asset files (rooted at dist/) and whether all
// of them were present at build time.
func Assets() (fs.FS, bool) {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		return nil, false
	}
	for _, f := range required {
		if st, err := fs.Stat(sub, f); err != nil || st.Size() == 0 {
			return sub, false
		}
	}
	return sub, true
}
