package extract

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/solieu/solieu/normalize"
)

// indicatorsTSV is the spec's list of indicator ids, when the shared tree
// is checked out next to the repository.
const indicatorsTSV = "../../shared/spec/indicators.tsv"

// knownGaps are examples (and counters, "id/counterN") that the engine
// still gets wrong, with the reason. They are skipped while they fail; one
// that passes fails the test, so that its entry is deleted (xfail).
var knownGaps = map[string]string{}

var idForm = regexp.MustCompile(`^[a-z][a-z_]*\.[a-z][a-z_]*$`)

// TestDeclarations lints All: ids, units, examples and counters, and the
// ids against spec/indicators.tsv.
func TestDeclarations(t *testing.T) {
	seen := map[string]bool{}
	for _, ind := range All {
		if !idForm.MatchString(ind.ID) {
			t.Errorf("%q: id is not of the form prefix.name", ind.ID)
		}
		if seen[ind.ID] {
			t.Errorf("%s: declared twice", ind.ID)
		}
		seen[ind.ID] = true
		if !slices.Contains(normalize.Units, ind.Unit) {
			t.Errorf("%s: unit %q is not one of normalize.Units", ind.ID, ind.Unit)
		}
		if len(ind.Cues) == 0 {
			t.Errorf("%s: no cues", ind.ID)
		}
		if len(ind.Examples) < 2 {
			t.Errorf("%s: %d examples, want at least 2", ind.ID, len(ind.Examples))
		}
		if len(ind.Counter) < 1 {
			t.Errorf("%s: no counter sentence", ind.ID)
		}
		for i, ex := range ind.Examples {
			ws, err := ParseWant(ex.Want)
			if err != nil {
				t.Errorf("%s/%d: %v", ind.ID, i, err)
				continue
			}
			for _, w := range ws {
				if w.Indicator != "" && Lookup(w.Indicator) == nil {
					t.Errorf("%s/%d: want names undeclared indicator %q", ind.ID, i, w.Indicator)
				}
			}
		}
	}
	lintSharedCues(t)
	for name := range knownGaps {
		id, sub, _ := strings.Cut(name, "/")
		ind := Lookup(id)
		n, err := strconv.Atoi(strings.TrimPrefix(sub, "counter"))
		switch {
		case ind == nil || err != nil:
			t.Errorf("knownGaps: %q names no example or counter", name)
		case strings.HasPrefix(sub, "counter") && n >= len(ind.Counter),
			!strings.HasPrefix(sub, "counter") && n >= len(ind.Examples):
			t.Errorf("knownGaps: %q is out of range", name)
		}
	}
	spec, err := specIDs(indicatorsTSV)
	if errors.Is(err, fs.ErrNotExist) {
		t.Logf("%s not found: ids not checked against the spec", indicatorsTSV)
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, ind := range All {
		if _, ok := spec[ind.ID]; !ok {
			t.Errorf("%s: not in %s", ind.ID, indicatorsTSV)
		}
	}
	for id, unit := range spec {
		ind := Lookup(id)
		switch {
		case ind == nil:
			t.Errorf("%s: in %s but not declared", id, indicatorsTSV)
		case string(ind.Unit) != unit:
			t.Errorf("%s: unit %q, the spec says %q", id, ind.Unit, unit)
		}
	}
}

// sharedCueAllowed are the pairs of indicators that share a cue although
// their Needs and Unless do not tell them apart (lintSharedCues), with what
// does: the engine keeps a figure from an indicator of another unit
// (unitFits) or of the other reading, change or level (Indicator.Change).
// The lint checks that each pair still differs in Unit or Change, and that
// each entry is still needed. Keys are ordered: the id first in All first.
var sharedCueAllowed = map[[2]string]string{
	{"social_insurance.coverage_rate", "social_insurance.participants"}: "a rate and a count of the same scheme, with the same Unless: unitFits keeps them apart",
}

// lintSharedCues checks the rule of design §2.3: a cue (compared folded, as
// the engine matches it) listed under two indicators is allowed only when
// their Needs or Unless tell them apart, that is when one of the two has a
// Needs or an Unless phrase the other lacks. Pairs that rely on something
// else are listed in sharedCueAllowed.
func lintSharedCues(t *testing.T) {
	key := func(p string) string { return strings.Join(normalize.Fold(p), " ") }
	set := func(list []string) string {
		ks := make([]string, 0, len(list))
		for _, p := range list {
			ks = append(ks, key(p))
		}
		slices.Sort(ks)
		return strings.Join(slices.Compact(ks), "|")
	}
	apart := func(a, b *Indicator) bool {
		return set(a.Needs) != set(b.Needs) || set(a.Unless) != set(b.Unless)
	}
	byCue := map[string][]int{} // folded cue → indexes in All, in order
	for i, ind := range All {
		for _, c := range slices.Concat(ind.Cues, ind.Touching) {
			k := key(c)
			if n := len(byCue[k]); n == 0 || byCue[k][n-1] != i {
				byCue[k] = append(byCue[k], i)
			}
		}
	}
	used := map[[2]string]bool{}
	cues := slices.Sorted(maps.Keys(byCue))
	for _, cue := range cues {
		inds := byCue[cue]
		for x, i := range inds {
			for _, j := range inds[x+1:] {
				a, b := &All[i], &All[j]
				if apart(a, b) {
					continue
				}
				pair := [2]string{a.ID, b.ID}
				if _, ok := sharedCueAllowed[pair]; ok {
					used[pair] = true
					continue
				}
				t.Errorf("cue %q is listed under %s and %s, whose Needs and Unless do not tell them apart", cue, a.ID, b.ID)
			}
		}
	}
	for pair, reason := range sharedCueAllowed {
		a, b := Lookup(pair[0]), Lookup(pair[1])
		switch {
		case a == nil || b == nil:
			t.Errorf("sharedCueAllowed: %v names an undeclared indicator", pair)
		case !used[pair]:
			t.Errorf("sharedCueAllowed: %v (%s) shares no cue they cannot tell apart any more: delete it", pair, reason)
		case a.Unit == b.Unit && a.Change == b.Change:
			t.Errorf("sharedCueAllowed: %v differ neither in Unit nor in Change: nothing tells them apart", pair)
		}
	}
}

// specIDs reads the id and unit columns of indicators.tsv.
func specIDs(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ids := map[string]string{}
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			first = false // the header
			continue
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		ids[cols[0]] = cols[1]
	}
	return ids, sc.Err()
}

// TestIndicatorExamples runs every example and counter sentence of All
// through SelfTest, one subtest each ("employment.jobs_created/0",
// ".../counter1").
func TestIndicatorExamples(t *testing.T) {
	for _, ind := range All {
		t.Run(ind.ID, func(t *testing.T) {
			for _, res := range SelfTest(ind) {
				t.Run(strings.TrimPrefix(res.Name, ind.ID+"/"), func(t *testing.T) {
					msg := res.Failure
					if msg != "" {
						msg = res.Text + "\n" + msg
					}
					judge(t, res.Name, msg)
				})
			}
		})
	}
}

// judge fails the test with msg, unless the case is a known gap: then a
// failure skips it and a pass fails it.
func judge(t *testing.T, name, msg string) {
	t.Helper()
	reason, gap := knownGaps[name]
	switch {
	case gap && msg != "":
		t.Skipf("known gap (%s):\n%s", reason, msg)
	case gap:
		t.Errorf("known gap %q passes now: delete it from knownGaps", name)
	case msg != "":
		t.Error(msg)
	}
}

// TestSelfTestFails checks that SelfTest reports a wrong want and a
// counter that yields a record: the self-test can fail.
func TestSelfTestFails(t *testing.T) {
	ind := *Lookup("employment.jobs_created")
	ind.Examples = []Example{{Text: "Năm 2023, toàn tỉnh giải quyết việc làm cho 27.300 lao động.", Want: "27301 2023"}}
	ind.Counter = []string{"Năm 2023, toàn tỉnh giải quyết việc làm cho 27.300 lao động."}
	res := SelfTest(ind)
	if len(res) != 2 {
		t.Fatalf("got %d results, want 2", len(res))
	}
	for _, r := range res {
		if r.Failure == "" {
			t.Errorf("%s: passes, want a failure", r.Name)
		}
	}
	if res[1].Name != "employment.jobs_created/counter0" {
		t.Errorf("counter named %q", res[1].Name)
	}
}
