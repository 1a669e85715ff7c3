package extract

import (
	"path/filepath"
	"testing"

	"github.com/solieu/solieu/corpus"
)

// TestNegativeCorpus: the articles of testdata/negative (our own writing:
// sport, business, world, health, crime, culture, farming, schools) have
// figures, and our cue words in other senses ("hỗ trợ" tickets, "có
// thêm" deaths, a nurse, a university's graduates, another country's
// unemployment, a machine's price "mỗi máy", escapees from a rehab
// centre, dates and votes written "a/b"), but no indicator figure: they
// must yield no record.
func TestNegativeCorpus(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "negative", "*.txt"))
	if err != nil || len(paths) < 8 {
		t.Fatalf("want at least 8 negative articles, got %d (%v)", len(paths), err)
	}
	for _, p := range paths {
		for item := range corpus.Open(p, mustOpen(t, p)) {
			if item.Err != nil {
				t.Fatalf("%s: %v", p, item.Err)
			}
			for _, r := range Extract(*item.Doc, Options{Explain: true}) {
				t.Errorf("%s: %s %s %s from %q (%s)", p, r.Indicator, r.Value, r.Unit, r.Text, r.Rule)
			}
		}
	}
}
