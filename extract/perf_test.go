package extract

import (
	"reflect"
	"testing"

	"github.com/solieu/solieu/normalize"
)

// TestHitsAsMatches checks that the per-sentence hit lists give exactly
// what finding the phrases afresh gives, for every range of every
// sentence of the sample articles.
func TestHitsAsMatches(t *testing.T) {
	e := compiled()
	for _, doc := range sampleDocs(t) {
		d := newDocument(doc)
		for _, s := range d.sents {
			for a := s.a; a < s.b; a += 3 {
				for b := a; b <= s.b; b++ {
					got, want := e.hits(d, a, b), e.matches(d.toks, a, b)
					if len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
						t.Fatalf("%s: hits(%d, %d) = %v; matches says %v", doc.ID, a, b, got, want)
					}
				}
			}
		}
		d.tk.Release()
	}
}

// TestIndexFilter checks that the filter before the index keeps every
// first word of a phrase.
func TestIndexFilter(t *testing.T) {
	e := compiled()
	for w := range e.index {
		if !e.first.MayHave(w) {
			t.Fatalf("the filter drops %q", w)
		}
	}
	for _, list := range [][][]string{targetCues, leadTargetCues} {
		for _, p := range list {
			if !targetFirst().MayHave(p[0]) {
				t.Fatalf("the target filter drops %q", p[0])
			}
		}
	}
}

// TestFolded checks that folded returns what folding each phrase returns,
// for lists that share a prefix or differ only in length.
func TestFolded(t *testing.T) {
	lists := [][]string{
		{"so với", "cùng kỳ"}, {"so với", "cùng kỳ", ""}, {"so với"}, {"Cả Nước", "toàn quốc"},
		{"a", "b", "c", "d", "e", "f", "g", "h", "i"}, {},
	}
	for range 2 {
		for _, l := range lists {
			want := make([][]string, len(l))
			for i, p := range l {
				want[i] = normalize.Fold(p)
			}
			if got := folded(l...); !reflect.DeepEqual(got, want) {
				t.Fatalf("folded(%q) = %q; want %q", l, got, want)
			}
		}
	}
}
