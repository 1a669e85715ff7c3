package report

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// facts reads JSON lines given as Go strings.
func facts(t *testing.T, lines ...string) []Fact {
	t.Helper()
	fs, err := ReadFacts(strings.NewReader(strings.Join(lines, "\n")), "test")
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestMatch(t *testing.T) {
	g := func(extra string) string {
		return `{"doc":"a","indicator":"x","value":100,"unit":"person","kind":"actual","period":"2021"` + extra + `}`
	}
	p := g // a prediction line looks the same
	for _, tc := range []struct {
		name        string
		gold, pred  []string
		strict      Counts
		loose       Counts
		perStrict   string // "indicator:tp/fp/fn ..." of the strict score
		qual, regOK int
	}{
		{"exact hit", []string{g("")}, []string{p("")}, Counts{1, 0, 0}, Counts{1, 0, 0}, "x:1/0/0", 1, 1},
		{"repeat is one fact", []string{g("")}, []string{p(""), p(`,"start":9`), p(`,"value":100.0000001`)}, Counts{1, 0, 0}, Counts{1, 0, 0}, "x:1/0/0", 1, 1},
		{"within tolerance but distinct after rounding", []string{g("")}, []string{p(""), p(`,"value":100.00001`)}, Counts{1, 1, 0}, Counts{1, 1, 0}, "x:1/1/0", 1, 1},
		{"kind differs: loose only", []string{g("")}, []string{p(`,"kind":"target"`)}, Counts{0, 1, 1}, Counts{1, 0, 0}, "x:0/1/1", 0, 0},
		{"period differs: loose only", []string{g("")}, []string{p(`,"period":"2022"`)}, Counts{0, 1, 1}, Counts{1, 0, 0}, "x:0/1/1", 0, 0},
		{"missing period is empty", []string{g(`,"period":""`)}, []string{`{"doc":"a","indicator":"x","value":100,"unit":"person","kind":"actual"}`}, Counts{1, 0, 0}, Counts{1, 0, 0}, "x:1/0/0", 1, 1},
		{"alt period", []string{g(`,"alt_periods":["2021-H1"]`)}, []string{p(`,"period":"2021-H1"`)}, Counts{1, 0, 0}, Counts{1, 0, 0}, "x:1/0/0", 1, 1},
		{"alt indicator counts under gold's", []string{g(`,"alt_indicators":["y"]`)}, []string{p(`,"indicator":"y"`)}, Counts{1, 0, 0}, Counts{1, 0, 0}, "x:1/0/0", 1, 1},
		{"unit differs", []string{g("")}, []string{p(`,"unit":"household"`)}, Counts{0, 1, 1}, Counts{0, 1, 1}, "x:0/1/1", 0, 0},
		{"value off", []string{g("")}, []string{p(`,"value":101`)}, Counts{0, 1, 1}, Counts{0, 1, 1}, "x:0/1/1", 0, 0},
		{"null value never matches", []string{g("")}, []string{p(`,"value":null`)}, Counts{0, 1, 1}, Counts{0, 1, 1}, "x:0/1/1", 0, 0},
		{"no indicator field: not a prediction", []string{g("")}, []string{`{"doc":"a","value":100,"unit":"person","kind":"actual","period":"2021"}`}, Counts{0, 0, 1}, Counts{0, 0, 1}, "x:0/0/1", 0, 0},
		{"doc without gold is not scored", []string{g("")}, []string{p(""), p(`,"doc":"b"`)}, Counts{1, 0, 0}, Counts{1, 0, 0}, "x:1/0/0", 1, 1},
		{"optional found is neither", []string{g(`,"optional":true`)}, []string{p("")}, Counts{0, 0, 0}, Counts{0, 0, 0}, "", 0, 0},
		{"optional missing is neither", []string{g(`,"optional":true`)}, nil, Counts{0, 0, 0}, Counts{0, 0, 0}, "", 0, 0},
		{"required before optional", []string{g(`,"optional":true`), g(`,"kind":"target","alt_periods":["2021"]`), g(`,"indicator":"z","alt_indicators":["x"]`)},
			[]string{p("")}, Counts{1, 0, 1}, Counts{1, 0, 1}, "x:0/0/1 z:1/0/0", 1, 1},
		// score.py matches greedily, not optimally: the first gold fact
		// takes the 2022 prediction the second one needed.
		{"greedy in gold order", []string{g(`,"alt_periods":["2022"]`), g(`,"period":"2022"`)}, []string{p(`,"period":"2022"`), p("")},
			Counts{1, 1, 1}, Counts{1, 0, 1}, "x:1/1/1", 1, 1},
		{"qualifier and region accuracy", []string{g(`,"qualifier":"over","region":"Huế"`), g(`,"value":5`)},
			[]string{p(`,"region":"Huế"`), p(`,"value":5,"qualifier":"exact","region":"Huế"`)}, Counts{2, 0, 0}, Counts{2, 0, 0}, "x:2/0/0", 1, 1},
		{"false under prediction's indicator", []string{g("")}, []string{p(""), p(`,"indicator":"w"`)}, Counts{1, 1, 0}, Counts{1, 1, 0}, "w:0/1/0 x:1/0/0", 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := Evaluate(facts(t, tc.gold...), facts(t, tc.pred...))
			if e.Strict.Counts != tc.strict {
				t.Errorf("strict %+v; want %+v", e.Strict.Counts, tc.strict)
			}
			if e.Loose.Counts != tc.loose {
				t.Errorf("loose %+v; want %+v", e.Loose.Counts, tc.loose)
			}
			var per []string
			for _, id := range e.Strict.Indicators() {
				c := e.Strict.PerIndicator[id]
				per = append(per, fmt.Sprintf("%s:%d/%d/%d", id, c.TP, c.FP, c.FN))
			}
			if got := strings.Join(per, " "); got != tc.perStrict {
				t.Errorf("per indicator %q; want %q", got, tc.perStrict)
			}
			if e.QualifierOK != tc.qual || e.RegionOK != tc.regOK {
				t.Errorf("qualifier ok %d, region ok %d; want %d, %d", e.QualifierOK, e.RegionOK, tc.qual, tc.regOK)
			}
		})
	}
}

func TestCounts(t *testing.T) {
	for _, tc := range []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{0, 0, 0}, 0, 0, 0},
		{Counts{1, 0, 0}, 1, 1, 1},
		{Counts{0, 1, 1}, 0, 0, 0},
		{Counts{3, 1, 0}, 0.75, 1, 2 * 0.75 * 1 / 1.75},
		{Counts{71, 2, 0}, 71.0 / 73, 1, 2 * (71.0 / 73) / (71.0/73 + 1)},
	} {
		if p, r, f := tc.c.Precision(), tc.c.Recall(), tc.c.F1(); p != tc.p || r != tc.r || f != tc.f {
			t.Errorf("%+v: P %v R %v F1 %v; want %v %v %v", tc.c, p, r, f, tc.p, tc.r, tc.f)
		}
	}
}

func TestPyNumber(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"36000", "36000"}, {"-0", "0"}, {"-12", "-12"}, {"1.0", "1.0"}, {"1.00", "1.0"}, {"0.36", "0.36"},
		{"1e3", "1000.0"}, {"6.2e13", "62000000000000.0"}, {"1e16", "1e+16"}, {"1.5e16", "1.5e+16"},
		{"1e15", "1000000000000000.0"}, {"0.0001", "0.0001"}, {"0.00001", "1e-05"}, {"4e-7", "4e-07"},
		{"1e400", "Infinity"}, {"-1e400", "-Infinity"}, {"123456789012345678901234567890", "123456789012345678901234567890"},
	} {
		if got := pyNumber(Number(tc.in)); got != tc.want {
			t.Errorf("pyNumber(%s) = %s; want %s", tc.in, got, tc.want)
		}
	}
}

func TestPyString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain", `"plain"`}, {"Huế", `"Huế"`}, {`q"b\`, `"q\"b\\"`}, {"a\nb\rc\td\be\ff", `"a\nb\rc\td\be\ff"`},
		{"\x01\x1f\x7f", `"\u0001\u001f` + "\x7f\""}, {"\u2028", "\"\u2028\""},
	} {
		if got := pyString(tc.in); got != tc.want {
			t.Errorf("pyString(%q) = %s; want %s", tc.in, got, tc.want)
		}
	}
}

// TestWriteTextMatchesScorePy runs ../shared/eval/score.py on the
// fixtures in testdata/score and compares its output with WriteText's,
// with and without the error listing.
func TestWriteTextMatchesScorePy(t *testing.T) {
	script := scorePy(t)
	golds, _ := filepath.Glob(filepath.Join("testdata", "score", "*.gold.jsonl"))
	if len(golds) == 0 {
		t.Fatal("no fixtures in testdata/score")
	}
	for _, gold := range golds {
		pred := strings.TrimSuffix(gold, ".gold.jsonl") + ".pred.jsonl"
		for _, show := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/show-errors=%v", filepath.Base(pred), show), func(t *testing.T) {
				args := []string{script, "--gold", gold, "--pred", pred}
				if show {
					args = append(args, "--show-errors")
				}
				want, err := exec.Command("python3", args...).Output()
				if err != nil {
					t.Fatalf("score.py: %v", err)
				}
				g, p := readFile(t, gold, ReadGold), readFile(t, pred, ReadFacts)
				var got bytes.Buffer
				if err := Evaluate(g, p).WriteText(&got, show); err != nil {
					t.Fatal(err)
				}
				if got.String() != string(want) {
					t.Errorf("got:\n%s\nscore.py:\n%s", got.String(), want)
				}
			})
		}
	}
}

// scorePy returns the path of ../shared/eval/score.py, or skips the test
// when it or python3 is absent.
func scorePy(t *testing.T) string {
	t.Helper()
	script := filepath.Join("..", "..", "shared", "eval", "score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("skipped: %s not present (../shared is not checked out beside the repo)", script)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("skipped: python3 not on PATH")
	}
	return script
}

func readFile(t *testing.T, path string, read func(io.Reader, string) ([]Fact, error)) []Fact {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fs, err := read(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}
