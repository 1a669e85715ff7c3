package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	r := func(doc, extra string) string {
		return `{"doc":"` + doc + `","indicator":"x","value":100,"unit":"person","qualifier":"exact","kind":"actual","period":"2021","region":"Huế","text":"100 người","start":10,"end":19` + extra + `}`
	}
	for _, tc := range []struct {
		name     string
		old, new []string
		want     string // WriteDiff's output
	}{
		{"same", []string{r("a", "")}, []string{r("a", "")}, "no differences\n"},
		{"both empty", nil, nil, "no differences\n"},
		{"value written differently is the same", []string{r("a", "")}, []string{r("a", `,"value":1e2`)}, "no differences\n"},
		{"repeat added is the same fact", []string{r("a", "")}, []string{r("a", ""), r("a", `,"start":50,"end":59`)}, "no differences\n"},
		{"sentence and cue do not count", []string{r("a", `,"sentence":"s1"`)}, []string{r("a", `,"sentence":"s2","cue":"c"`)}, "no differences\n"},
		{"added", []string{r("a", "")}, []string{r("a", ""), r("a", `,"indicator":"y","start":30,"end":35,"text":"t"`)},
			"== a: 1 added, 0 removed, 0 changed\n+ y 100 person actual 2021 exact \"Huế\" at 30: \"t\"\n1 document differs: 1 added, 0 removed, 0 changed\n"},
		{"removed document", []string{r("a", ""), r("b", "")}, []string{r("a", "")},
			"== b: 0 added, 1 removed, 0 changed\n- x 100 person actual 2021 exact \"Huế\" at 10: \"100 người\"\n1 document differs: 0 added, 1 removed, 0 changed\n"},
		{"qualifier changed", []string{r("a", "")}, []string{r("a", `,"qualifier":"over"`)},
			"== a: 0 added, 0 removed, 1 changed\n~ x 100 person actual 2021 exact \"Huế\" at 10: \"100 người\"\n    qualifier exact → over\n1 document differs: 0 added, 0 removed, 1 changed\n"},
		{"same span read differently", []string{r("a", "")}, []string{r("a", `,"kind":"target","period":"","region":""`)},
			"== a: 0 added, 0 removed, 1 changed\n~ x 100 person actual 2021 exact \"Huế\" at 10: \"100 người\"\n    kind actual → target; period 2021 → \"\"; region Huế → \"\"\n1 document differs: 0 added, 0 removed, 1 changed\n"},
		{"different span is removed and added", []string{r("a", "")}, []string{r("a", `,"value":101,"start":11`)},
			"== a: 1 added, 1 removed, 0 changed\n- x 100 person actual 2021 exact \"Huế\" at 10: \"100 người\"\n+ x 101 person actual 2021 exact \"Huế\" at 11: \"100 người\"\n1 document differs: 1 added, 1 removed, 0 changed\n"},
		{"ordered by document then position", []string{r("b", `,"start":5,"end":9`), r("a", "")}, []string{r("a", `,"value":7,"start":1,"end":2`), r("a", "")},
			"== a: 1 added, 0 removed, 0 changed\n+ x 7 person actual 2021 exact \"Huế\" at 1: \"100 người\"\n== b: 0 added, 1 removed, 0 changed\n- x 100 person actual 2021 exact \"Huế\" at 5: \"100 người\"\n2 documents differ: 1 added, 1 removed, 0 changed\n"},
		{"lines without indicator are ignored", []string{r("a", ""), `{"source":"x.txt","error":"broken"}`}, []string{r("a", "")}, "no differences\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			changes := Diff(facts(t, tc.old...), facts(t, tc.new...))
			var b bytes.Buffer
			if err := WriteDiff(&b, changes); err != nil {
				t.Fatal(err)
			}
			if b.String() != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", b.String(), tc.want)
			}
			if (len(changes) == 0) != strings.HasPrefix(tc.want, "no differences") {
				t.Errorf("got %d changes for %q", len(changes), tc.want)
			}
		})
	}
}

// TestDiffSymmetric checks that swapping the files swaps added and removed.
func TestDiffSymmetric(t *testing.T) {
	a := facts(t, `{"doc":"a","indicator":"x","value":1,"start":0,"end":1}`, `{"doc":"a","indicator":"x","value":2,"start":5,"end":6}`)
	b := facts(t, `{"doc":"a","indicator":"x","value":1,"start":0,"end":1}`, `{"doc":"a","indicator":"x","value":3,"start":9,"end":10}`)
	ab, ba := Diff(a, b), Diff(b, a)
	if len(ab) != 2 || len(ba) != 2 {
		t.Fatalf("got %d and %d changes; want 2 and 2", len(ab), len(ba))
	}
	if ab[0].Op != Removed || ba[0].Op != Added || ab[0].Old.Value != ba[0].New.Value {
		t.Errorf("not symmetric: %+v vs %+v", ab, ba)
	}
}
