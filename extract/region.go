package extract

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/solieu/solieu/normalize"
)

//go:embed regions.tsv
var regionsTSV string

// A place is one spelling of a province or city and its canonical name.
type place struct {
	words     []string
	canonical string
}

// places is the gazetteer, parsed once: every canonical name and alias,
// longest first, covering the 63 provinces before 2025 and the 34 after.
var places = sync.OnceValue(func() map[string][]place {
	ix := map[string][]place{}
	for _, line := range strings.Split(regionsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		names := []string{cols[0]}
		if len(cols) > 1 && cols[1] != "" {
			names = append(names, strings.Split(cols[1], ",")...)
		}
		for _, n := range names {
			w := normalize.Fold(n)
			ix[w[0]] = append(ix[w[0]], place{w, cols[0]})
		}
	}
	for _, l := range ix {
		for i := 1; i < len(l); i++ { // longest first
			for j := i; j > 0 && len(l[j].words) > len(l[j-1].words); j-- {
				l[j], l[j-1] = l[j-1], l[j]
			}
		}
	}
	return ix
})

// placeFirst holds the first words of places, to skip most capitalized
// words without a map lookup.
var placeFirst = sync.OnceValue(func() *normalize.WordFilter {
	f := new(normalize.WordFilter)
	for w := range places() {
		f.Add(w)
	}
	return f
})

// provinceAt returns the province named at token i, if any. Names must
// start with an upper-case letter: "hà nam" in running text is not evidence.
func provinceAt(toks []normalize.Token, i int) (string, int, bool) {
	if !toks[i].Upper || !placeFirst().MayHave(toks[i].Norm) {
		return "", i, false
	}
	for _, p := range places()[toks[i].Norm] {
		if end, ok := matchAt(toks, i, len(toks), p.words); ok {
			// "Huế" alone after "Thừa Thiên" was matched by the longer name
			return p.canonical, end, true
		}
	}
	return "", i, false
}

// adminWords before a name make it strong evidence: "tỉnh Hà Tĩnh", "Sở … Hà Nam".
var adminWords = map[string]bool{"tỉnh": true, "thành": true, "phố": true, "tp": true, "sở": true, "ubnd": true}

// findRegion picks the article's province: the name with the most weight,
// counting a name in the title three times and one after "tỉnh", "thành
// phố" or "TP." twice. It returns "" when no province is named. text is
// the document text's tokens.
func findRegion(title string, text []normalize.Token) string {
	score := map[string]int{}
	first := map[string]int{}
	add := func(toks []normalize.Token, w int) {
		for i := 0; i < len(toks); i++ {
			if !toks[i].Upper {
				continue // provinceAt's first test, without the call
			}
			name, end, ok := provinceAt(toks, i)
			if !ok {
				continue
			}
			weight := w
			if i > 0 && (adminWords[toks[i-1].Norm] || toks[i-1].Punct && i > 1 && adminWords[toks[i-2].Norm]) {
				weight *= 2
			}
			score[name] += weight
			if _, seen := first[name]; !seen {
				first[name] = len(first)
			}
			i = end - 1
		}
	}
	if title != "" {
		add(normalize.Tokens(title), 3)
	}
	add(text, 1)
	best := ""
	for name, sc := range score {
		if best == "" || sc > score[best] || sc == score[best] && first[name] < first[best] {
			best = name
		}
	}
	return best
}

// namesProvince reports whether sentence s names a province.
func (d *document) namesProvince(s sentence) bool { return d.provinceIn(s) != "" }

// provinceIn returns the first province named in sentence s, or "".
func (d *document) provinceIn(s sentence) string {
	for i := s.a; i < s.b; i++ {
		if !d.toks[i].Upper {
			continue // provinceAt's first test, without the call
		}
		if name, _, ok := provinceAt(d.toks, i); ok {
			return name
		}
	}
	return ""
}

// headingEnd returns the byte offset where an article's heading lines end:
// the lines before the first long paragraph, at most eight.
func headingEnd(text string) int { return min(headingSpan(text), len(text)) }

// headingSpan returns the bytes of the heading lines, each counted with
// its line break (one past the text when its last line has none).
func headingSpan(text string) int {
	end := 0
	for n, l := range strings.SplitN(text, "\n", 10) {
		if n >= 8 || len(l) > 200 {
			break
		}
		end += len(l) + 1
	}
	return end
}

// isNational reports whether an article reports the whole country: its
// title or heading speaks of "cả nước" or "toàn quốc" and names no
// province, or it names none and its body speaks of the whole country at
// least twice and of no "tỉnh X" ("các tỉnh Nghệ An, …" are others).
func isNational(title string, toks []normalize.Token, headEnd int) bool {
	var head []normalize.Token
	if title != "" {
		head = normalize.Tokens(title)
	} else {
		k := 0 // the tokens before headEnd, shared rather than copied
		for k < len(toks) && toks[k].Start < headEnd {
			k++
		}
		head = toks[:k:k]
	}
	national := false
	for i := range head {
		if _, _, ok := provinceAt(head, i); ok {
			return false
		}
		if endsWith(head, i+1, nationalWords) && !yardstick(head, i+1) {
			national = true
		}
	}
	if national {
		return true
	}
	// a heading that names no place: the body speaks of the whole country
	// more than once and never of "tỉnh X" as its own
	n := 0
	for i := range toks {
		if endsWith(toks, i+1, nationalWords) && !yardstick(toks, i+1) {
			n++
		}
		if _, _, ok := provinceAt(toks, i); ok && i > 0 && adminWords[toks[i-1].Norm] && !(i > 1 && toks[i-2].Norm == "các") {
			return false
		}
	}
	return n >= 2
}

// yardstick reports whether the national word ending at token end (two
// tokens long) is a rank or a yardstick: "thứ 5 toàn quốc", "bình quân
// cả nước".
func yardstick(toks []normalize.Token, end int) bool {
	i := end - 2
	return i >= 0 && (endsWith(toks, i, nationalYardsticks) || i >= 2 && toks[i-2].Norm == "thứ")
}
