#!/bin/sh
# Fetch GraphiQL and React (pinned in package-lock.json) from the npm
# registry and copy the files entente serve needs into dist/, where
# resolvers/graphiql embeds them. Idempotent: a second run with the assets
# in place does nothing. Needs node and npm.
set -eu
cd "$(dirname "$0")"
files="graphiql/graphiql.min.js graphiql/graphiql.min.css react/umd/react.production.min.js react-dom/umd/react-dom.production.min.js"
have=1
for f in $files; do
	[ -s "dist/$(basename "$f")" ] || have=0
done
if [ "$have" = 1 ] && [ dist/.stamp -nt package-lock.json ]; then
	exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "fetch-assets.sh: npm not found: install Node.js (with npm) to serve GraphiQL offline" >&2; exit 1; }
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
mkdir -p dist
for f in $files; do
	cp "node_modules/$f" "dist/$(basename "$f")"
done
touch dist/.stamp
# node_modules is only a download area: remove it so the Go tree (go vet
# ./..., editors, file watchers) never walks thousands of npm files.
rm -rf node_modules
echo "fetch-assets.sh: GraphiQL assets in $(pwd)/dist"
