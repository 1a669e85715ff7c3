package extract

import (
	"bufio"
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

// A goldFact is one hand-checked fact of testdata/gold.jsonl.
type goldFact struct {
	Doc           string   `json:"doc"`
	Indicator     string   `json:"indicator"`
	Value         float64  `json:"value"`
	Unit          string   `json:"unit"`
	Kind          string   `json:"kind"`
	Period        string   `json:"period"`
	Optional      bool     `json:"optional"`
	AltPeriods    []string `json:"alt_periods"`
	AltIndicators []string `json:"alt_indicators"`
}

// TestSamplesAgainstGold scores the samples on our hand-checked facts the
// way shared/eval/score.py does (strict key) and fails below a floor, so a
// rule change that loses facts is caught here and not only in the goldens.
func TestSamplesAgainstGold(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "testdata", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var gold []goldFact
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g goldFact
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		gold = append(gold, g)
	}
	var tp, fp, fn int
	for _, doc := range sampleDocs(t) {
		type key struct{ ind, unit, val, kind, period string }
		preds := map[key]bool{}
		for _, r := range Extract(doc, Options{}) {
			preds[key{r.Indicator, string(r.Unit), r.Value.String(), string(r.Kind), r.Period}] = true
		}
		used := map[key]bool{}
		for _, g := range gold {
			if g.Doc != doc.ID {
				continue
			}
			hit := false
			for p := range preds {
				if used[p] || p.unit != g.Unit || p.kind != g.Kind || !closeTo(p.val, g.Value) {
					continue
				}
				if !contains(append([]string{g.Indicator}, g.AltIndicators...), p.ind) || !contains(append([]string{g.Period}, g.AltPeriods...), p.period) {
					continue
				}
				used[p], hit = true, true
				break
			}
			switch {
			case hit && !g.Optional:
				tp++
			case !hit && !g.Optional:
				fn++
			}
		}
		fp += len(preds) - len(used)
	}
	p := float64(tp) / float64(max(1, tp+fp))
	r := float64(tp) / float64(max(1, tp+fn))
	f1 := 2 * p * r / max(1e-9, p+r)
	t.Logf("samples: tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f", tp, fp, fn, p, r, f1)
	if f1 < 0.80 {
		t.Errorf("strict F1 on our samples = %.3f; want ≥ 0.80", f1)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func closeTo(s string, v float64) bool {
	var f float64
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return false
	}
	d := f - v
	if d < 0 {
		d = -d
	}
	return d <= 1e-6*max(1, v)
}
