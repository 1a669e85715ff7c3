package check

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/solieu/solieu/corpus"
)

// checkAll runs a Checker over paths and returns every warning, article
// ones first.
func checkAll(t *testing.T, opt Options, paths ...string) []Warning {
	t.Helper()
	c := Checker{Options: opt}
	var out []Warning
	n := 0
	for it := range corpus.Walk(paths, nil) {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		n++
		_, ws := c.Add(*it.Doc)
		out = append(out, ws...)
	}
	if n == 0 {
		t.Fatalf("no documents in %v", paths)
	}
	return append(out, c.Across()...)
}

// planted are the errors written into the articles of ../testdata/check,
// which check must find, and nothing else: document, rule, stated figure.
var planted = []string{
	"sum-wrong\tsum\t12.640 lao động",       // 7.320 + 3.410 + 1.460 is 12.190
	"change-wrong\tchange\t2,45%",           // 27,36% → 25,21% is a fall of 2,15
	"conflict-b\tconflict\t43.150 lao động", // conflict-a has 46.820 for the same fact
}

// TestPlanted checks the articles of ../testdata/check: every error in
// planted is found, and no other warning is given.
func TestPlanted(t *testing.T) {
	dir := filepath.Join("..", "testdata", "check")
	found := map[string]bool{}
	for _, p := range planted {
		found[p] = false
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	ws := checkAll(t, Options{}, paths...)
	false_ := 0
	for _, w := range ws {
		key := w.Docs[0] + "\t" + string(w.Rule) + "\t" + w.Figures[0].Text
		if _, ok := found[key]; !ok {
			false_++
			t.Errorf("unplanted warning: %s: %s", key, w.Message)
			continue
		}
		found[key] = true
	}
	n := 0
	for _, key := range planted {
		if found[key] {
			n++
		} else {
			t.Errorf("planted error not found: %s", key)
		}
	}
	t.Logf("found %d of %d planted errors, %d other warnings", n, len(planted), false_)
}

// TestSeeds checks the five seed articles of ../shared: no warning, and the
// consistent poverty figures of 003 ("giảm 0,96% (từ 4,24% xuống còn
// 3,28%)") are recognised as such.
func TestSeeds(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	if len(paths) == 0 {
		t.Skip("../shared/seeds not present")
	}
	for _, w := range checkAll(t, Options{}, paths...) {
		t.Errorf("false warning on a seed: %s %v: %s", w.Rule, w.Docs, w.Message)
	}
	consistent := 0
	poverty := false
	for _, w := range checkAll(t, Options{All: true}, paths...) {
		consistent++
		if w.Rule == Change && strings.HasPrefix(w.Docs[0], "003") && w.Figures[0].Text == "0,96%" &&
			w.Figures[1].Text == "4,24%" && w.Figures[2].Text == "3,28%" && w.Figures[0].Indicator == "poverty.rate_reduction" {
			poverty = true
		}
	}
	if !poverty {
		t.Error("the change 0,96% between 4,24% and 3,28% in seed 003 was not checked")
	}
	t.Logf("%d relations checked on the seeds, all consistent", consistent)
}
