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

// leadWeight is the weight of a province named in an article's lead.
const leadWeight = 2

// adminWords before a name make it strong evidence: "tỉnh Hà Tĩnh", "Sở … Hà Nam".
var adminWords = map[string]bool{"tỉnh": true, "thành": true, "phố": true, "tp": true, "sở": true, "ubnd": true}

// findRegion picks the article's province: the name with the most weight,
// counting a name in the title three times and one after "tỉnh", "thành
// phố" or "TP." twice. It returns "" when no province is named. title and
// text are the title's and the document text's tokens, tp and ps the
// provinces named in them as evidence (placeMentions); the provinces of a
// list, with their figures or not, are not the article's. A name in the
// lead, the first sentence after the heading (tokens [lead[0], lead[1])),
// counts leadWeight times: it states what the article is about.
func findRegion(title []normalize.Token, tp []placeMention, text []normalize.Token, ps []placeMention, lead [2]int) string {
	score := map[string]int{}
	first := map[string]int{}
	add := func(toks []normalize.Token, ps []placeMention, w int) {
		for _, p := range ps {
			if p.item || p.listed {
				continue
			}
			i := p.at
			weight := w
			if w == 1 && i >= lead[0] && i < lead[1] {
				weight = leadWeight
			}
			if i > 0 && (adminWords[toks[i-1].Norm] || toks[i-1].Punct && i > 1 && adminWords[toks[i-2].Norm]) {
				weight *= 2
			}
			score[p.name] += weight
			if _, seen := first[p.name]; !seen {
				first[p.name] = len(first)
			}
		}
	}
	add(title, tp, 3)
	add(text, ps, 1)
	best := ""
	for name, sc := range score {
		if best == "" || sc > score[best] || sc == score[best] && first[name] < first[best] {
			best = name
		}
	}
	return best
}

// headingEnd returns the byte offset where an article's heading lines end:
// the lines before the first long paragraph, at most eight.
func headingEnd(text string) int { return min(headingSpan(text), len(text)) }

// isProse reports whether a line reads as a paragraph of the body, not a
// heading: it ends a sentence and holds more than a dozen words.
func isProse(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasSuffix(l, ".") && strings.Count(l, " ") >= 12
}

// headingSpan returns the bytes of the heading lines, each counted with
// its line break (one past the text when its last line has none).
func headingSpan(text string) int {
	end := 0
	for range 8 {
		l, rest, more := strings.Cut(text, "\n")
		if len(l) > 200 || isProse(l) {
			break
		}
		end += len(l) + 1
		if !more {
			break
		}
		text = rest
	}
	return end
}

// Words that tell a national release from a provincial one when an article
// names no province of its own.
var (
	// centralSources cite a national body as the source of the figures:
	// "Theo Bộ LĐ-TB&XH, …", "báo cáo của Bộ KH&ĐT".
	centralSources = folded("bộ lđ - tb & xh", "bộ lđtb & xh", "bộ lđtbxh", "bộ lao động", "bộ kh & đt",
		"bộ kế hoạch và đầu tư", "bộ tài chính", "tổng cục thống kê", "cục việc làm", "tổng cục giáo dục nghề nghiệp")
	// provincialWords speak of one province as the article's own
	// ("toàn tỉnh", "UBND tỉnh"): an article that says them is not
	// national, though it may not name its province.
	provincialWords = folded("toàn tỉnh", "của tỉnh", "tỉnh ta", "trong tỉnh", "địa bàn tỉnh", "ubnd tỉnh",
		"toàn thành phố", "toàn huyện", "ubnd huyện", "ubnd thành phố", "ủy ban nhân dân tỉnh")
)

// isNational reports whether an article reports the whole country: its
// title or heading speaks of "cả nước" or "toàn quốc" and names no
// province; or it names none and its body speaks of the whole country at
// least twice and of no "tỉnh X" ("các tỉnh Nghệ An, …" are others); or it
// names no province of its own (the provinces of lists aside), cites a
// national body or speaks of the whole country, and never of "toàn tỉnh"
// or the like. tp and ps are the provinces named as evidence in title and
// toks.
func isNational(title []normalize.Token, tp []placeMention, toks []normalize.Token, ps []placeMention, headEnd int) bool {
	head := title
	if len(title) == 0 {
		k := 0 // the tokens before headEnd, shared rather than copied
		for k < len(toks) && toks[k].Start < headEnd {
			k++
		}
		head = toks[:k:k]
		tp = ps
	}
	for _, p := range tp {
		if p.at < len(head) && !p.item {
			return false
		}
	}
	national := false
	for i := range head {
		if endsWith(head, i+1, nationalWords) && !yardstick(head, i+1) {
			national = true
		}
	}
	if national {
		return true
	}
	// a heading that names no place: the body speaks of the whole country
	// more than once and never of "tỉnh X" as its own
	own := false
	for _, p := range ps {
		i := p.at
		if !p.item && i > 0 && adminWords[toks[i-1].Norm] && !(i > 1 && toks[i-2].Norm == "các") {
			return false
		}
		own = own || !p.item && !p.listed
	}
	n := 0
	for i := range toks {
		if endsWith(toks, i+1, nationalWords) && !yardstick(toks, i+1) {
			n++
		}
	}
	if n >= 2 {
		return true
	}
	return !own && (n > 0 || has(toks, 0, len(toks), centralSources)) && !has(toks, 0, len(toks), provincialWords)
}

// yardstick reports whether the national word ending at token end (two
// tokens long) is a rank or a yardstick: "thứ 5 toàn quốc", "bình quân
// cả nước".
func yardstick(toks []normalize.Token, end int) bool {
	i := end - 2
	return i >= 0 && (endsWith(toks, i, nationalYardsticks) || i >= 2 && toks[i-2].Norm == "thứ")
}

// areaNames name a part of the country made of several provinces. They
// count only capitalized ("Tây Nam bộ", not "gió mùa đông bắc").
var areaNames = folded("tây nam bộ", "đồng bằng sông cửu long", "đbscl", "tây nguyên", "đông nam bộ", "tây bắc",
	"đông bắc", "bắc trung bộ", "nam trung bộ", "duyên hải miền trung", "đồng bằng sông hồng", "miền núi phía bắc",
	"trung du và miền núi phía bắc", "đồng bằng bắc bộ", "nam bộ", "bắc bộ", "trung bộ")

// aboutArea reports whether an article reports a part of the country made
// of several provinces (areaNames): it names one at least twice, more often
// than the whole country and than its province region (the title's names
// and the lead's counted once, the lists' not at all). Its figures are then
// neither one province's nor the country's.
func aboutArea(title []normalize.Token, tp []placeMention, toks []normalize.Token, ps []placeMention, region string) bool {
	areas := 0
	for _, t := range [][]normalize.Token{title, toks} {
		for i := range t {
			if t[i].Upper && areaNames.first.has(t[i].Norm) && areaNames.at(t, i, len(t)) {
				areas++
			}
		}
	}
	if areas < 2 {
		return false // the usual case: no need to count the rest
	}
	country, own := 0, 0
	for _, t := range [][]normalize.Token{title, toks} {
		for i := range t {
			if endsWith(t, i+1, nationalWords) && !yardstick(t, i+1) {
				country++
			}
		}
	}
	for _, l := range [][]placeMention{tp, ps} {
		for _, p := range l {
			if p.name == region && !p.item && !p.listed {
				own++
			}
		}
	}
	return areas > country && areas > own
}
