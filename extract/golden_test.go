package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/solieu/solieu/corpus"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.jsonl from the samples")

func sampleDocs(t testing.TB) []corpus.Document {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "samples", "*.txt"))
	if err != nil || len(paths) < 8 {
		t.Fatalf("want at least 8 sample articles, got %d (%v)", len(paths), err)
	}
	var docs []corpus.Document
	for _, p := range paths {
		for item := range corpus.Open(p, mustOpen(t, p)) {
			if item.Err != nil {
				t.Fatalf("%s: %v", p, item.Err)
			}
			docs = append(docs, *item.Doc)
		}
	}
	return docs
}

func mustOpen(t testing.TB, p string) *os.File {
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestGolden compares the records of each sample article with its golden
// file; run with -update to rewrite them after a reviewed change.
func TestGolden(t *testing.T) {
	for _, doc := range sampleDocs(t) {
		t.Run(doc.ID, func(t *testing.T) {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			for _, r := range Extract(doc, Options{}) {
				if doc.Text[r.Start:r.End] != r.Text {
					t.Errorf("text[%d:%d] = %q; record says %q", r.Start, r.End, doc.Text[r.Start:r.End], r.Text)
				}
				if err := enc.Encode(r); err != nil {
					t.Fatal(err)
				}
			}
			path := filepath.Join("..", "testdata", "golden", doc.ID+".jsonl")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update)", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("records differ from %s (run with -update after checking):\n%s", path, lineDiff(string(want), got))
			}
		})
	}
}

func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	seen := map[string]bool{}
	for _, l := range w {
		seen[l] = true
	}
	for _, l := range g {
		if !seen[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	seen = map[string]bool{}
	for _, l := range g {
		seen[l] = true
	}
	for _, l := range w {
		if !seen[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	return b.String()
}
