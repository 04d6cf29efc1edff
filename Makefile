# Entente. The two commands of the README:
#   make run    quick start: local Neo4j, sample articles loaded, GraphQL on http://127.0.0.1:8080
#   make test   the whole suite against a throwaway Neo4j (what CI runs: .ci/run)
# Needs Go, Java 17+ (with javac), Maven, Node.js/npm and make (and, unless
# root, Debian's chromium); everything else is fetched by the project's own
# files into .entente/ (Neo4j jars), resolvers/graphiql/dist/ (GraphiQL
# assets) and resolvers/e2e/node_modules/ (browser-test packages), never
# committed; as root, make test installs chromium with apt-get when missing.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

GO           ?= go
ENTENTE_HOME ?= $(CURDIR)/.entente
export ENTENTE_HOME
BIN          := bin/entente
ASSETS       := resolvers/graphiql/fetch-assets.sh
E2E          := resolvers/e2e
CHROMIUM     := /usr/bin/chromium
ARTICLES     ?= testdata/articles

.PHONY: help run test e2e-deps build install assets vet generate check-generate bench fmt neo4j-start neo4j-stop neo4j-status clean FORCE

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

run: assets build install ## quick start: start the local Neo4j, load $(ARTICLES), serve on http://127.0.0.1:8080
	$(BIN) serve --load $(ARTICLES)

# ENTENTE_TEST_BROWSER=1: a missing Chromium, e2e package or GraphiQL asset fails the
# browser, GraphiQL page and GraphQL-over-HTTP tests instead of skipping them.
test: assets check-generate vet build install e2e-deps ## install what the tests need, check generated code, vet and gofmt, run go test ./... against a throwaway Neo4j
	ENTENTE_TEST_BROWSER=1 ENTENTE_TEST_NEO4J_LAUNCHER=1 $(BIN) neo4j run -- $(GO) test -count=1 ./...

# Debian's Chromium only (never a browser download of Playwright's own), and
# the npm packages pinned in $(E2E)/package-lock.json, installed into
# $(E2E)/node_modules (git-ignored) once per lock file change. go test ./...
# walks node_modules like any folder, so it must hold no .go file.
e2e-deps: ## install what the browser and GraphQL-over-HTTP tests need: chromium (apt-get, as root, when missing) and resolvers/e2e's npm packages
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "e2e-deps: installing chromium with apt-get"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
		else \
			echo "e2e-deps: $(CHROMIUM) is missing and this is not root: run sudo apt-get update && sudo apt-get install -y chromium" >&2; \
		fi; \
	fi
	@if [ ! $(E2E)/node_modules/.stamp -nt $(E2E)/package-lock.json ] || [ ! $(E2E)/node_modules/.stamp -nt $(E2E)/package.json ]; then \
		command -v npm >/dev/null 2>&1 || { echo "e2e-deps: npm not found: install Node.js (with npm)" >&2; exit 1; }; \
		(cd $(E2E) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) && touch $(E2E)/node_modules/.stamp; \
	fi
	@if [ -n "$$(find $(E2E)/node_modules -name '*.go' -print -quit)" ]; then \
		echo "e2e-deps: $(E2E)/node_modules holds .go files that go test ./... would build: move the install out of the Go tree" >&2; exit 1; \
	fi

build: $(BIN) ## build bin/entente

# FORCE: go's build cache decides what is stale, not make.
$(BIN): FORCE
	@mkdir -p $(@D)
	$(GO) build -o $@ ./cmd/entente

install: $(BIN) ## fetch the Neo4j jars (Maven) and compile the launcher, once
	$(BIN) neo4j install

assets: ## fetch the GraphiQL assets (npm), once
	@if [ -f $(ASSETS) ]; then sh $(ASSETS); fi

# gofmt -l . rather than over git ls-files: make test (CI) runs this and
# needs no git checkout.
vet: assets ## go vet and gofmt
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "gofmt: run make fmt" >&2; exit 1; }

generate: ## regenerate the gqlgen code
	$(GO) tool gqlgen generate

# check-generate compares gqlgen's output with the files before it ran, so it
# needs no git history (it leaves the regenerated files in place to review).
check-generate: ## fail when the generated GraphQL code is not what gqlgen makes from schema/*.graphqls
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	for d in schema resolvers; do mkdir -p "$$tmp/old/$$d" "$$tmp/new/$$d"; cp $$d/*.go "$$tmp/old/$$d/"; done; \
	$(GO) tool gqlgen generate; \
	for d in schema resolvers; do cp $$d/*.go "$$tmp/new/$$d/"; done; \
	if ! diff -ru "$$tmp/old" "$$tmp/new"; then \
		echo "check-generate: the generated code was stale; gqlgen has regenerated it: review and commit" >&2; exit 1; \
	fi; \
	echo "check-generate: generated code is up to date"

bench: assets ## extraction benchmark table (go run ./bench) and the Go benchmarks
	$(GO) run ./bench
	$(GO) test -run '^$$' -bench . -benchmem ./loader/...

fmt: ## gofmt the tracked Go files
	gofmt -w $$(git ls-files '*.go')

neo4j-start: $(BIN) ## start the local Neo4j in the background
	$(BIN) neo4j start

neo4j-stop: $(BIN) ## stop the local Neo4j
	$(BIN) neo4j stop

neo4j-status: $(BIN) ## is the local Neo4j running?
	$(BIN) neo4j status

clean: ## remove bin/ (keeps .entente: jars and the local database)
	rm -rf bin
