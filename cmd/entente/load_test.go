package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/entente-dev/entente/loader"
)

func TestProgressPrinter(t *testing.T) {
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var out bytes.Buffer
	p := progressPrinter(&out, 10*time.Second, func() time.Time { return clock })
	step := func(d time.Duration, articles int) {
		clock = clock.Add(d)
		p(loader.Report{Articles: articles, Loaded: articles})
	}
	step(4*time.Second, 100) // too soon: nothing
	step(7*time.Second, 300) // 11 s in: a line
	step(5*time.Second, 400) // 5 s after it: nothing
	step(5*time.Second, 500) // 10 s after it: a line
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "300 article(s) so far") || !strings.Contains(lines[1], "500 article(s)") {
		t.Fatalf("got %q, want two lines, at 300 and 500 articles", out.String())
	}
	if !strings.Contains(lines[1], "(24 articles/s)") {
		t.Errorf("got %q, want the rate since the start (500 in 21 s: 24/s)", lines[1])
	}
}
