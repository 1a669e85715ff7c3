package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/solieu/solieu/corpus"
)

// TestNegativeCorpus: the articles of testdata/negative (our own writing:
// sport, business, world, health, crime, culture, farming, schools) and
// the 24 unrelated articles of testdata/negative2 (general news written
// blind by a helper, n2_01 to n2_24) and the 40 of testdata/negative3
// (ordinary general news, written blind too, n3_01 to n3_40) have figures, and our cue words in
// other senses ("hỗ trợ" tickets, "có thêm" deaths, a nurse, a
// university's graduates, another country's unemployment, a machine's
// price "mỗi máy", escapees from a rehab centre, dates and votes written
// "a/b", a bank's loans, a company's charity, land compensation), but no
// indicator figure: they must yield no record, but for the false records
// known and listed here (a fix shows as a known record gone, logged).
func TestNegativeCorpus(t *testing.T) {
	known := map[string]bool{
		// the Red Cross's storm relief: a support package or not? left
		"n2_10_bao_mientrung 1,5 tỷ đồng": true,
		// a plant's future jobs; a bank's delegation's gifts (the bank in
		// the sentence before)
		"n3_04_fdi khoảng 3.000 lao động":          true,
		"n3_14_tu_thien_doanh_nghiep 500 suất quà": true,
	}
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "negative", "*.txt"))
	more, err2 := filepath.Glob(filepath.Join("..", "testdata", "negative2", "n2_[01]*.txt"))
	twenties, err3 := filepath.Glob(filepath.Join("..", "testdata", "negative2", "n2_2[0-4]_*.txt"))
	ordinary, err4 := filepath.Glob(filepath.Join("..", "testdata", "negative3", "n3_[0-3]*.txt"))
	forty, err5 := filepath.Glob(filepath.Join("..", "testdata", "negative3", "n3_40_*.txt"))
	paths = append(append(append(append(paths, more...), twenties...), ordinary...), forty...)
	if err != nil || err2 != nil || err3 != nil || err4 != nil || err5 != nil || len(paths) < 8+24+40 {
		t.Fatalf("want at least 72 negative articles, got %d", len(paths))
	}
	seen := map[string]bool{}
	for _, p := range paths {
		for item := range corpus.Open(p, mustOpen(t, p)) {
			if item.Err != nil {
				t.Fatalf("%s: %v", p, item.Err)
			}
			for _, r := range Extract(*item.Doc, Options{Explain: true}) {
				key := strings.TrimSuffix(filepath.Base(p), ".txt") + " " + r.Text
				seen[key] = true
				if !known[key] {
					t.Errorf("%s: %s %s %s from %q (%s)", p, r.Indicator, r.Value, r.Unit, r.Text, r.Rule)
				}
			}
		}
	}
	for k := range known {
		if !seen[k] {
			t.Logf("progress: the known false record %q is gone; take it off the list", k)
		}
	}
}
