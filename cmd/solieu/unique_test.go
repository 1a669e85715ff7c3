package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractUnique: extract -unique writes, of the lines plain extract
// writes, the first of each fact and no other, the same bytes with any -j.
func TestExtractUnique(t *testing.T) {
	samples := filepath.Join("..", "..", "testdata", "samples")
	all, _, code := runCLI(t, "extract", samples)
	if code != 0 {
		t.Fatalf("extract: exit %d", code)
	}
	var want []string
	seen := map[string]bool{}
	dups := 0
	for _, line := range strings.SplitAfter(all, "\n") {
		if line == "" {
			continue
		}
		_, rest, ok := strings.Cut(line, `,"fact":"`)
		if !ok {
			t.Fatalf("no fact: %s", line)
		}
		fact := rest[:16]
		if seen[fact] {
			dups++
			continue
		}
		seen[fact] = true
		want = append(want, line)
	}
	if dups == 0 {
		t.Fatal("no fact written twice in the samples: nothing to test")
	}
	for _, j := range []string{"1", "3"} {
		got, _, code := runCLI(t, "extract", "-unique", "-j", j, samples)
		if code != 0 || got != strings.Join(want, "") {
			t.Errorf("extract -unique -j %s (exit %d): not the first line of each of the %d facts", j, code, len(want))
		}
	}
}
