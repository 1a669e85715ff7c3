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

// TestTrieAsList checks that walking the phrase trie finds what trying
// every phrase in declaration order at every token finds, in that order,
// over the sample articles.
func TestTrieAsList(t *testing.T) {
	e := compiled()
	n := 0
	for _, doc := range sampleDocs(t) {
		d := newDocument(doc)
		for _, s := range d.sents {
			var want []hit
			nameEnd := 0
			for i := s.a; i < s.b; i++ {
				var at []hit
				for k := range e.phrases {
					if end, ok := matchAt(d.toks, i, s.b, e.phrases[k].words); ok {
						if e.phrases[k].role == roleName {
							nameEnd = max(nameEnd, end)
							continue
						}
						at = append(at, hit{&e.phrases[k], i, end})
					}
				}
				for _, h := range at {
					if h.end > nameEnd {
						want = append(want, h)
					}
				}
			}
			got := e.matches(d.toks, s.a, s.b)
			if len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: the trie finds %v; the list %v", doc.ID, got, want)
			}
			n += len(got)
		}
		d.tk.Release()
	}
	if n == 0 {
		t.Fatal("no phrase found in the samples")
	}
}

// TestIndexFilter checks that the filter before the index keeps every
// first word of a phrase.
func TestIndexFilter(t *testing.T) {
	e := compiled()
	for w := range e.root.next {
		if !e.first.MayHave(w) {
			t.Fatalf("the filter drops %q", w)
		}
	}
	for _, list := range []*phraseList{targetCues, leadTargetCues} {
		for _, p := range list.p {
			if !targetFirst.MayHave(p[0]) {
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
			got := folded(l...)
			if !reflect.DeepEqual(got.p, want) {
				t.Fatalf("folded(%q) = %q; want %q", l, got.p, want)
			}
			for _, p := range want {
				if len(p) > 0 && !(got.first.has(p[0]) && got.last.has(p[len(p)-1])) {
					t.Fatalf("folded(%q): the first-byte sets miss %q", l, p)
				}
			}
		}
	}
}

// TestPhraseListFastPaths holds has and endsWith, which rule words out by
// their first byte, to plain matching of every phrase, for every engine
// word list over every token range of some length in the sample articles.
func TestPhraseListFastPaths(t *testing.T) {
	lists := engineLists()
	if len(lists) < 20 {
		t.Fatalf("only %d engine word lists", len(lists))
	}
	plainHas := func(toks []normalize.Token, a, b int, l *phraseList) bool {
		for i := max(a, 0); i < b && i < len(toks); i++ {
			for _, p := range l.p {
				if _, ok := matchAt(toks, i, b, p); ok {
					return true
				}
			}
		}
		return false
	}
	plainEndsWith := func(toks []normalize.Token, b int, l *phraseList) bool {
		for _, p := range l.p {
			if a := b - len(p); a >= 0 && b <= len(toks) {
				if _, ok := matchAt(toks, a, b, p); ok {
					return true
				}
			}
		}
		return false
	}
	found := 0
	for _, doc := range sampleDocs(t)[:8] {
		toks := normalize.Tokens(doc.Text)
		for _, l := range lists {
			for b := 0; b <= len(toks)+1; b++ {
				got, want := endsWith(toks, b, l), plainEndsWith(toks, b, l)
				if got != want {
					t.Fatalf("endsWith(%d, %q) = %v; want %v", b, l.p, got, want)
				}
				a := max(b-12, 0)
				if got, want := has(toks, a, b, l), plainHas(toks, a, b, l); got != want {
					t.Fatalf("has(%d, %d, %q) = %v; want %v", a, b, l.p, got, want)
				}
				if want {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no phrase of any list ends in the samples: the test tests nothing")
	}
}

// engineLists returns the engine's word lists (context.go).
func engineLists() []*phraseList {
	return []*phraseList{targetCues, leadTargetCues, notTarget, riseWords, changeWords, planWords,
		attainVerbs, comparison, closeBracket, sameTimeLast, planOpeners, areaWords, wholeWords, proposalWords, rateCues,
		wholeYear, joinedPairs, levelWords, rateWords, packageWords, pastWords, nationalWords, nationalYardsticks,
		partWords, fromToWords, pointWords, strongComparison, perYearWords,
		predicateWords, anaphors, differenceWords,
		changeEnds, comparatives, restateWords,
		poorGroups, poorAfterShare, shareLinks, jointGroups, leftoverWords, goalWords, timeBases, thisFigure}
}

// TestTargetCache holds targetEnd, which reads the cues of the current
// sentence found once, to finding them afresh for each end, over every
// sentence of the sample articles.
func TestTargetCache(t *testing.T) {
	found := 0
	for _, doc := range sampleDocs(t) {
		d := newDocument(doc)
		for _, s := range d.sents {
			d.targets = targetCache{a: s.a, b: s.b, ok: true, list: d.targetCues(nil, s.a, s.b)}
			for b := s.a; b <= s.b; b++ {
				want := -1
				for _, c := range d.targetCues(nil, s.a, b) {
					if !c.lead || c.end < b && d.toks[c.end].Number {
						want = c.end
					}
				}
				if got := d.targetEnd(s.a, b); got != want {
					t.Fatalf("%s: targetEnd(%d, %d) = %d; want %d", doc.ID, s.a, b, got, want)
				}
				if want >= 0 {
					found++
				}
			}
		}
		d.tk.Release()
	}
	if found == 0 {
		t.Fatal("no target cue in the samples: the test tests nothing")
	}
}

// TestTokAfter holds tokAfter to tokAt for every start token and offset
// of a sample article, and past its ends.
func TestTokAfter(t *testing.T) {
	d := newDocument(sampleDocs(t)[0])
	defer d.tk.Release()
	for k := -1; k <= len(d.toks)+1; k++ {
		for off := -1; off <= len(d.text)+1; off += 1 + (off+1)%7 {
			if got, want := d.tokAfter(k, off), d.tokAt(off); got != want {
				t.Fatalf("tokAfter(%d, %d) = %d; tokAt = %d", k, off, got, want)
			}
		}
	}
}

// TestAgencyNamesFit: every agency name has at most maxNameWords words.
func TestAgencyNamesFit(t *testing.T) {
	for _, n := range agencyNames {
		if w := normalize.Fold(n); len(w) > maxNameWords || len(w) == 0 {
			t.Errorf("agency name %q has %d words (at most %d)", n, len(w), maxNameWords)
		}
	}
}
