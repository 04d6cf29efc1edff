package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/entente-dev/entente/graph"
	"github.com/entente-dev/entente/loader"
	"github.com/entente-dev/entente/resolvers"
)

// ServeCmd serves the GraphQL API and GraphiQL.
type ServeCmd struct {
	Addr     string   `name:"addr" default:"127.0.0.1:8080" help:"Address to listen on."`
	Load     []string `name:"load" placeholder:"PATH" help:"Articles to load before serving (files, directories, globs, URLs); repeatable."`
	APIToken string   `name:"api-token" env:"ENTENTE_API_TOKEN" help:"Token that enables the loadArticles mutation (clients send Authorization: Bearer <token>). Empty: the mutation is disabled."`

	stdout io.Writer
}

// Run opens the store, loads --load paths, and serves until ctx ends (SIGINT
// or SIGTERM), then shuts down gracefully.
func (c *ServeCmd) Run(ctx context.Context, g *Globals) error {
	_, out, _ := stdio(nil, c.stdout, nil)
	log := storeLogger(g.LogLevel)
	st, closeStore, err := g.openStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore()
	// One loader for the --load paths at start and for loadArticles.
	l := &loader.Loader{Reader: &loader.Reader{}, Writer: st, Log: log}
	if len(c.Load) > 0 {
		if err := runLoad(ctx, l, c.Load, out, out, false); err != nil {
			return err
		}
	}
	h := resolvers.NewHandler(resolvers.Config{Store: st, Load: submissionLoader(l), APIToken: c.APIToken, Logger: log})
	ln, err := net.Listen("tcp", c.Addr)
	if err != nil {
		return graph.Errorf(graph.EINVALID, "cannot listen on %s (%v): pick another address with --addr", c.Addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      120 * time.Second, // loadArticles extracts and writes up to 100 articles
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	url := "http://" + ln.Addr().String()
	fmt.Fprintf(out, "entente: GraphiQL on %s/ and GraphQL on %s/query\n", url, url)
	fmt.Fprintf(out, "Try the Cuba–U.S. accords since 2015:\n  curl -s %s/query -H 'Content-Type: application/json' -d %s\n",
		url, shellQuote(`{"query":"{ timeline(between: [\"Cuba\", \"U.S.\"], kinds: [ACCORD], since: \"2015-01-01\") { totalCount edges { node { title before dateKnown evidence { sentence article { title source published } } } } } }"}`))
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve on %s: %w", c.Addr, err)
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing requests in flight")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down the server: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// submissionLoader loads loadArticles submissions through the loader: each
// one is parsed like a file (text or HTML, cleaned), then its given
// metadata overrides what parsing found.
func submissionLoader(l *loader.Loader) resolvers.LoadFunc {
	return func(ctx context.Context, subs []resolvers.Submission) (resolvers.LoadReport, error) {
		var rep resolvers.LoadReport
		var docs []loader.Document
		for i, s := range subs {
			origin, data := "input["+strconv.Itoa(i)+"].txt", s.Text
			if s.HTML != "" {
				origin, data = "input["+strconv.Itoa(i)+"].html", s.HTML
			}
			parsed, err := l.Reader.Parse(origin, []byte(data))
			if err == nil && len(parsed) != 1 {
				err = graph.Errorf(graph.EINVALID, "holds %d articles: send one article per input", len(parsed))
			}
			if err != nil {
				rep.Failed++
				rep.ArticleKeys = append(rep.ArticleKeys, "")
				rep.Errors = append(rep.Errors, &graph.Error{Code: graph.ErrorCode(err), Field: origin, Message: graph.ErrorMessage(err), Err: err})
				continue
			}
			d := parsed[0]
			d.URL, d.Title, d.Source = cmp.Or(s.URL, d.URL), cmp.Or(s.Title, d.Title), cmp.Or(s.Source, d.Source)
			if !s.Published.IsZero() {
				d.Published = s.Published
			}
			rep.ArticleKeys = append(rep.ArticleKeys, loader.ArticleKey(d.Text))
			docs = append(docs, d)
		}
		if len(docs) == 0 {
			return rep, nil
		}
		r, err := l.LoadDocuments(ctx, docs)
		rep.Loaded, rep.Unchanged, rep.Failed = r.Loaded, r.Unchanged, rep.Failed+r.Failed
		rep.Events, rep.NewEvents, rep.MergedEvents = r.Events, r.NewEvents, r.MergedEvents
		for _, e := range r.Errors {
			var ae *loader.ArticleError
			if errors.As(e, &ae) {
				e = &graph.Error{Code: graph.ErrorCode(ae.Err), Field: ae.Origin, Message: graph.ErrorMessage(ae.Err), Err: ae.Err}
			}
			rep.Errors = append(rep.Errors, e)
		}
		return rep, err
	}
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
