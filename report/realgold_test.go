package report

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
)

var updateReal = flag.Bool("update-real", false, "rewrite testdata/real/*.golden from the gold sets")

// realSets are the sets of articles with gold facts that extraction is held
// to, and the strict F1 each must keep (its floor, at the measured value):
// the real articles with audited gold outside the repository (../shared,
// present in CI; skipped when absent), our own samples and the sets
// written blind (holdout3 scored once before any tuning: 0.818, and never
// read since; holdout4 once on 2026-12-03: 0.875; holdout5 once on
// 2026-12-03: 0.902; holdout6 once on 2026-12-03: 0.763; negative2, general
// news whose 24 unrelated articles must give no record, once on 2026-12-03:
// 27 false records there, 6 of 6 facts found in the other 6; holdout7
// once on 2026-12-03: 0.842; negative3, ordinary general news, once on
// 2026-12-03: 6 false records from its 40 unrelated articles; holdout8
// once on 2026-12-03: 0.908).
var realSets = []struct {
	name, gold, glob string
	floor            float64
}{
	{"dev", filepath.Join("..", "..", "shared", "dev", "gold.jsonl"), filepath.Join("..", "..", "shared", "dev", "raw", "*.txt"), 0.97},
	{"samples", filepath.Join("..", "testdata", "gold.jsonl"), filepath.Join("..", "testdata", "samples", "*.txt"), 0.98},
	{"holdout", filepath.Join("..", "testdata", "holdout", "gold.jsonl"), filepath.Join("..", "testdata", "holdout", "*.txt"), 0.97},
	{"holdout2", filepath.Join("..", "testdata", "holdout2", "gold.jsonl"), filepath.Join("..", "testdata", "holdout2", "*.txt"), 0.87},
	{"holdout3", filepath.Join("..", "testdata", "holdout3", "gold.jsonl"), filepath.Join("..", "testdata", "holdout3", "*.txt"), 0.86},
	{"holdout4", filepath.Join("..", "testdata", "holdout4", "gold.jsonl"), filepath.Join("..", "testdata", "holdout4", "*.txt"), 0.94},
	{"holdout5", filepath.Join("..", "testdata", "holdout5", "gold.jsonl"), filepath.Join("..", "testdata", "holdout5", "*.txt"), 0.96},
	{"holdout6", filepath.Join("..", "testdata", "holdout6", "gold.jsonl"), filepath.Join("..", "testdata", "holdout6", "*.txt"), 0.93},
	{"negative2", filepath.Join("..", "testdata", "negative2", "gold.jsonl"), filepath.Join("..", "testdata", "negative2", "*.txt"), 0.92},
	{"holdout7", filepath.Join("..", "testdata", "holdout7", "gold.jsonl"), filepath.Join("..", "testdata", "holdout7", "*.txt"), 0.91},
	{"negative3", filepath.Join("..", "testdata", "negative3", "gold.jsonl"), filepath.Join("..", "testdata", "negative3", "*.txt"), 0.90},
	{"holdout8", filepath.Join("..", "testdata", "holdout8", "gold.jsonl"), filepath.Join("..", "testdata", "holdout8", "*.txt"), 0.90},
}

// TestRealGold scores extraction on each set of articles with gold facts,
// with the scoring code of `solieu eval` (which agrees with score.py), and
// holds it to a golden file that lists, per article, the gold facts found
// and the false facts: a fact found before and missed now, or a new false
// fact, fails the test; a fact found now that was missed before, or a false
// fact gone, is progress, logged and kept by -update-real. Strict F1 must
// stay at its floor.
func TestRealGold(t *testing.T) {
	for _, set := range realSets {
		t.Run(set.name, func(t *testing.T) {
			if _, err := os.Stat(set.gold); err != nil {
				t.Skipf("%s not present: %v", set.gold, err)
			}
			gf, err := os.Open(set.gold)
			if err != nil {
				t.Fatal(err)
			}
			defer gf.Close()
			gold, err := ReadGold(gf, "gold.jsonl")
			if err != nil {
				t.Fatal(err)
			}
			paths, _ := filepath.Glob(set.glob)
			if len(paths) == 0 {
				t.Fatalf("no articles match %s", set.glob)
			}
			var recs []extract.Record
			for _, p := range paths {
				f, err := os.Open(p)
				if err != nil {
					t.Fatal(err)
				}
				for item := range corpus.Open(p, f) {
					if item.Err != nil {
						t.Fatalf("%s: %v", p, item.Err)
					}
					recs = append(recs, extract.Extract(*item.Doc, extract.Options{})...)
				}
				f.Close()
			}
			e := Evaluate(gold, FromRecords(recs, set.name))
			got := realLines(e.Strict)
			path := filepath.Join("testdata", "real", set.name+".golden")
			if *updateReal {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := readLines(path)
			if err != nil {
				t.Fatalf("%v (run with -update-real)", err)
			}
			for _, l := range want {
				if !slices.Contains(got, l) {
					if strings.HasPrefix(l, "found ") {
						t.Errorf("regression: %s is missed now", l)
					} else {
						t.Logf("progress: %s is gone", l)
					}
				}
			}
			for _, l := range got {
				if !slices.Contains(want, l) {
					if strings.HasPrefix(l, "false ") {
						t.Errorf("regression: new %s", l)
					} else {
						t.Logf("progress: %s", l)
					}
				}
			}
			t.Logf("%s: strict F1 %.3f (P %.3f, R %.3f), loose %.3f", set.name, e.Strict.F1(), e.Strict.Precision(), e.Strict.Recall(), e.Loose.F1())
			if f1 := e.Strict.F1(); f1 < set.floor {
				t.Errorf("strict F1 %.3f under the floor %.2f", f1, set.floor)
			}
		})
	}
}

// realLines writes a strict score as sorted lines: "found DOC fact" for
// each required gold fact matched, "missed DOC fact" for each one not,
// "false DOC fact" for each false prediction.
func realLines(s Score) []string {
	var out []string
	key := func(f Fact) string {
		return fmt.Sprintf("%s %s %s %s %s %s", f.Doc, f.Indicator, f.Value.Exact(), f.Unit, f.Kind, or(f.Period, `""`))
	}
	for _, m := range s.Matched {
		if !m.Gold.Optional {
			out = append(out, "found "+key(m.Gold))
		}
	}
	for _, f := range s.Missed {
		out = append(out, "missed "+key(f))
	}
	for _, f := range s.False {
		out = append(out, "false "+key(f))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			out = append(out, l)
		}
	}
	return out, sc.Err()
}
