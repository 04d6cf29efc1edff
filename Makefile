# Entente. The two commands of the README:
#   make run    quick start: local Neo4j, sample articles loaded, GraphQL on http://127.0.0.1:8080
#   make test   the whole suite against a throwaway Neo4j (what CI runs: .ci/run)
# Needs Go, Java 17+ (with javac), Maven, Node.js/npm and make; everything else
# is fetched by the project's own files into .entente/ (Neo4j jars) and
# resolvers/graphiql/dist/ (GraphiQL assets), never committed.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

GO           ?= go
ENTENTE_HOME ?= $(CURDIR)/.entente
export ENTENTE_HOME
BIN          := bin/entente
ASSETS       := resolvers/graphiql/fetch-assets.sh
ARTICLES     ?= testdata/articles

.PHONY: help run test build install assets vet generate check-generate bench fmt neo4j-start neo4j-stop neo4j-status clean FORCE

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

run: assets build install ## quick start: start the local Neo4j, load $(ARTICLES), serve on http://127.0.0.1:8080
	$(BIN) serve --load $(ARTICLES)

test: assets check-generate build install ## install what the tests need, check generated code, vet, run go test ./... against a throwaway Neo4j
	$(GO) vet ./...
	ENTENTE_TEST_NEO4J_LAUNCHER=1 $(BIN) neo4j run -- $(GO) test -count=1 ./...

build: $(BIN) ## build bin/entente

# FORCE: go's build cache decides what is stale, not make.
$(BIN): FORCE
	@mkdir -p $(@D)
	$(GO) build -o $@ ./cmd/entente

install: $(BIN) ## fetch the Neo4j jars (Maven) and compile the launcher, once
	$(BIN) neo4j install

assets: ## fetch the GraphiQL assets (npm), once
	@if [ -f $(ASSETS) ]; then sh $(ASSETS); fi

vet: assets ## go vet and gofmt
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt: run make fmt" >&2; exit 1; }

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
