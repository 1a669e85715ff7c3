package extract

import (
	"slices"
	"sort"
	"strconv"
	"sync"
	"unicode"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/normalize"
)

// Frame rules read report structure: what makes a stretch of a document
// targets, estimates or results. A plan section ("Phương hướng, nhiệm vụ
// năm 2024") makes its figures targets until the next heading; "Ước" opening
// a sentence makes the figures of the whole sentence estimates; a list
// introduced by "đề ra các chỉ tiêu sau:" makes its items targets. They are
// declared in framerules.go, each with examples that are also its tests
// (FrameSelfTest), and listed by `solieu indicators -rules`.

// A Place says where a frame rule's phrase must stand to open its frame.
type Place uint8

// The places of frame rules.
const (
	// AtHeading: among the first words of a heading line (a short line
	// with no sentence end, numbered or not).
	AtHeading Place = iota + 1
	// AtSentenceOpening: before the first figure of a sentence, at its
	// start or after a fronted clause ("Năm 2018, ước …").
	AtSentenceOpening
	// AtListOpener: in a clause that ends with a colon, with no figure
	// between the phrase and the colon ("đề ra các chỉ tiêu như sau: …").
	AtListOpener
	// AtSentenceHead: before the first figure of a sentence, among its
	// first words, after its subject too ("Năm 2016, cả nước phấn đấu …").
	AtSentenceHead
	// AtSegment: anywhere in a ";"-segment of a sentence, for the figures
	// after it in the segment ("…; tỷ lệ hộ nghèo ước còn 2,1%"). Its
	// Unless phrases are those that hold the phrase's words ("thỏa ước",
	// "ước mơ"). Of the phrases before a figure, the nearest whose rule
	// holds decides, before frames of wider reach.
	AtSegment
)

// A Reach says how far a frame rule's frame extends from its phrase.
type Reach uint8

// The reaches of frame rules.
const (
	// ToNextHeading: to the next heading line (or the end of the text).
	ToNextHeading Reach = iota + 1
	// ToSentenceEnd: to the end of the sentence, and over the list items
	// that follow it when it ends with a colon.
	ToSentenceEnd
	// ToListEnd: from the colon to the end of the sentence, and over the
	// list-item lines ("- …", "+ …", "a) …") that follow it.
	ToListEnd
	// ToParagraphEnd: to the end of the paragraph, or to the first later
	// sentence of it whose head holds one of the rule's Until phrases (the
	// text returns to results: "đã", "kết quả").
	ToParagraphEnd
	// ToSegmentEnd: to the next ";" of the sentence, or its end.
	ToSegmentEnd
	// ToClauseEnd: to the next "," or ";" of the sentence, or its end.
	ToClauseEnd
)

// String names a place as declarations write it.
func (p Place) String() string {
	switch p {
	case AtHeading:
		return "heading"
	case AtSentenceOpening:
		return "sentence opening"
	case AtListOpener:
		return "list opener"
	case AtSentenceHead:
		return "sentence head"
	case AtSegment:
		return "segment"
	}
	return "?"
}

// String names a reach as declarations write it.
func (r Reach) String() string {
	switch r {
	case ToNextHeading:
		return "to the next heading"
	case ToSentenceEnd:
		return "to the end of the sentence"
	case ToListEnd:
		return "to the end of the list"
	case ToParagraphEnd:
		return "to the end of the paragraph"
	case ToSegmentEnd:
		return "to the end of the segment"
	case ToClauseEnd:
		return "to the end of the clause"
	}
	return "?"
}

// A FrameRule declares one reading of report structure: where its phrases
// must stand (At), the kind it gives the figures it frames (Kind) and how
// far that reaches (Reach). A figure's own words decide before a frame
// does: "ước" or "phấn đấu" in its own clause, a plan in brackets.
type FrameRule struct {
	// Name identifies the rule in -explain output ("kind_from").
	Name string
	// Doc says what the rule reads, for people.
	Doc string
	// At is where a phrase must stand.
	At Place
	// Phrases open the frame.
	Phrases []string
	// Unless are phrases that, standing in the opener (the heading line,
	// the clause before the colon, the sentence before its first figure),
	// keep the rule from opening a frame: "kết quả thực hiện các chỉ tiêu:".
	Unless []string
	// Until are phrases that end a ToParagraphEnd frame at the sentence
	// whose head (before its first figure) holds one.
	Until []string
	// Then, when set, are words one of which must follow the phrase,
	// within thenTokens tokens and before any figure, for it to open a
	// frame: "dự kiến" plans work ("dự kiến tỉnh xây dựng …") only when
	// a verb of work follows it.
	Then []string
	// NotLate keeps the frame from governing a figure whose period the
	// publication date falls in the last quarter of, or after: then the
	// period's end is near and the same words estimate what it comes to.
	NotLate bool
	// NotOver keeps the frame from governing a figure whose period ended
	// before the year of the report ("năm 2020 sẽ còn …" in a 2023 text).
	NotOver bool
	// Term, when set, dates a framed count or change whose own clause
	// states no period by the five-year plan term (2016–2020, 2021–2025,
	// …) that holds the year it takes from its context: a goal a party
	// congress set is for the congress's term. A level (a rate, a stock)
	// keeps its year.
	Term bool
	// Kind is the kind of the figures framed.
	Kind Kind
	// LaterKind, when set, is the kind of a framed figure whose period
	// lies after the report's year: "dự kiến" for next year plans.
	LaterKind Kind
	// Reach is how far the frame extends.
	Reach Reach
	// Examples are short texts, with their context, and the records they
	// must yield exactly; Counter are texts where the rule must not fire,
	// with the records they yield instead.
	Examples, Counter []FrameExample
}

// A FrameExample is a text with the context a frame rule depends on (the
// publication date and the title, when it needs them) and the records it
// must yield, written as for an indicator's Example but with each record's
// indicator named ("id=employment.jobs_created 1200 target 2024").
type FrameExample struct {
	Published string
	Title     string
	Text      string
	Want      string
}

// A frameSpan is a stretch of tokens [a, b) whose figures a frame rule
// frames: the rule and the tokens of its phrase.
type frameSpan struct {
	a, b     int
	rule     int // index in FrameRules
	cueStart int // the phrase's first token
	cueEnd   int // the token after it
}

// A framePhrase is one folded phrase of a frame rule.
type framePhrase struct {
	words  []string
	rule   int
	unless bool
}

// frameIndex maps the first word of each phrase of FrameRules to its
// phrases.
type frameIndex struct {
	byFirst map[string][]framePhrase
	first   normalize.WordFilter
}

var compiledFrames = sync.OnceValue(func() *frameIndex {
	x := &frameIndex{byFirst: map[string][]framePhrase{}}
	for i, r := range FrameRules {
		for _, list := range []struct {
			p      []string
			unless bool
		}{{r.Phrases, false}, {r.Unless, true}} {
			for _, p := range list.p {
				w := normalize.Fold(p)
				if len(w) == 0 {
					continue
				}
				x.byFirst[w[0]] = append(x.byFirst[w[0]], framePhrase{words: w, rule: i, unless: list.unless})
				x.first.Add(w[0])
			}
		}
	}
	return x
})

// A hitAt is a phrase of a frame rule found at tokens [start, end).
type hitAt struct {
	start, end int
	rule       int  // index into FrameRules
	unless     bool // an Unless phrase of the rule
}

// frameSpans finds the frames of a document: one pass over its tokens for
// the phrases of FrameRules, then each phrase's place and reach checked on
// the lines and sentences around it.
func (d *document) frameSpans() []frameSpan {
	x := compiledFrames()
	hits := d.scratch.frameHits[:0]
	defer func() { d.scratch.frameHits = hits }()
	for i := range d.toks {
		if !x.first.MayHave(d.toks[i].Norm) {
			continue
		}
		for _, p := range x.byFirst[d.toks[i].Norm] {
			if end, ok := matchFrom(d.toks, i, len(d.toks), p.words, 1); ok {
				hits = append(hits, hitAt{start: i, end: end, rule: p.rule, unless: p.unless})
			}
		}
	}
	if len(hits) == 0 {
		return nil
	}
	var out []frameSpan
	si := 0 // the sentence of the current hit: hits come in token order
	for hi, h := range hits {
		if h.unless {
			continue
		}
		for si < len(d.sents) && d.sents[si].b <= h.start {
			si++
		}
		if si == len(d.sents) || d.sents[si].a > h.start {
			continue
		}
		rule := &FrameRules[h.rule]
		var opener [2]int // tokens of the opener, where Unless phrases are looked for
		var sp frameSpan
		ok := false
		switch rule.At {
		case AtHeading:
			k := d.headingOf(h.start)
			if k >= 0 && h.start <= d.afterNumbering(d.heads[k].a)+2 && !d.parentSays(k, h.rule, hits) {
				hd := d.heads[k]
				opener = [2]int{hd.a, hd.b}
				sp, ok = frameSpan{a: hd.b, b: d.sectionEnd(k)}, true
			}
		case AtSentenceOpening:
			s := d.sents[si]
			if h.start < d.firstFigureTok(s) && (h.start == s.a || h.start < s.a+12 && d.toks[h.start-1].Punct && (d.toks[h.start-1].Norm == "," || d.toks[h.start-1].Norm == ":")) {
				opener = [2]int{s.a, d.firstFigureTok(s)}
				sp, ok = frameSpan{a: h.start, b: d.listEnd(si)}, true
			}
		case AtSentenceHead:
			s := d.sents[si]
			if ff := d.firstFigureTok(s); h.start < ff && h.start < s.a+sentenceHeadTokens {
				opener = [2]int{s.a, ff}
				sp, ok = frameSpan{a: h.start, b: d.paragraphEnd(si, h.rule)}, true
			}
		case AtListOpener:
			s := d.sents[si]
			if c := d.colonAfter(h.end, s.b); c >= 0 {
				opener = [2]int{s.a, c}
				sp, ok = frameSpan{a: c + 1, b: d.listEnd(si)}, true
			}
		case AtSegment:
			s := d.sents[si]
			opener = [2]int{max(h.start-1, s.a), min(h.end+1, s.b)}
			seps := ";"
			if rule.Reach == ToClauseEnd {
				seps = ",;"
			}
			_, end := d.clauseBounds(h.start, s.a, s.b, seps)
			sp, ok = frameSpan{a: h.start, b: end}, true
		}
		if !ok || d.unlessIn(hits, hi, h.rule, opener) || !d.thenFollows(h.rule, h.end, d.firstFigureTok(d.sents[si])) {
			continue
		}
		if rule.Reach == ToParagraphEnd && rule.At != AtSentenceHead {
			sp.b = d.paragraphEnd(si, h.rule)
		}
		if rule.Reach == ToSentenceEnd && rule.At != AtHeading {
			sp.b = d.listEnd(si)
		}
		sp.rule, sp.cueStart, sp.cueEnd = h.rule, h.start, h.end
		if rule.At == AtSegment {
			d.segFrames = append(d.segFrames, sp)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// unlessIn reports whether an Unless phrase of rule stands in the tokens
// of opener, among hits (which are in token order, around hits[hi]).
func (d *document) unlessIn(hits []hitAt, hi, rule int, opener [2]int) bool {
	for k := hi; k >= 0 && hits[k].start >= opener[0]; k-- {
		visit(1)
		if hits[k].unless && hits[k].rule == rule && hits[k].end <= opener[1] {
			return true
		}
	}
	for k := hi + 1; k < len(hits) && hits[k].start < opener[1]; k++ {
		if hits[k].unless && hits[k].rule == rule && hits[k].end <= opener[1] {
			return true
		}
	}
	return false
}

// segmentFrame returns the frame of the nearest AtSegment phrase that
// starts in tokens [a, b), reaches b and whose rule holds for a figure of
// period.
func (d *document) segmentFrame(a, b int, period string) (frameSpan, bool) {
	return d.lastSegmentFrame(a, b, func(f frameSpan) bool { return f.b >= b && d.frameHolds(f, period) })
}

// segmentRuleIn reports whether a phrase of the AtSegment rule with index
// rule in FrameRules starts in tokens [a, b).
func (d *document) segmentRuleIn(rule, a, b int) bool {
	_, ok := d.lastSegmentFrame(a, b, func(f frameSpan) bool { return f.rule == rule })
	return ok
}

// lastSegmentFrame returns the frame of the last AtSegment phrase that
// starts in tokens [a, b) and that keep keeps.
func (d *document) lastSegmentFrame(a, b int, keep func(frameSpan) bool) (frameSpan, bool) {
	fs := d.segFrames
	k := sort.Search(len(fs), func(k int) bool { return fs[k].cueStart >= b })
	for k--; k >= 0 && fs[k].cueStart >= a; k-- {
		visit(1)
		if keep(fs[k]) {
			return fs[k], true
		}
	}
	return frameSpan{}, false
}

// frameAt returns the frame of the figure at token ti: of the frames that
// cover it, the one opened last; ok is false when none does.
func (d *document) frameAt(ti int) (frameSpan, bool) {
	if d.frameOf == nil {
		return frameSpan{}, false
	}
	k := d.frameOf[ti]
	if k < 0 {
		return frameSpan{}, false
	}
	return d.frames[k], true
}

// paintFrames fills d.frameOf, the frame of each token, from d.frames:
// each later frame overwrites the earlier ones on its tokens. The frames
// are painted from the last, each on the tokens no later one holds, which
// next skips over: each token is painted once however the frames overlap.
func (d *document) paintFrames() {
	if len(d.frames) == 0 {
		return
	}
	d.frameOf = make([]int32, len(d.toks))
	next := slices.Grow(d.scratch.next[:0], len(d.toks)+1)[:len(d.toks)+1] // next[i] != i: token i is painted, and so are those up to next[i]
	defer func() { d.scratch.next = next }()
	for i := range d.frameOf {
		d.frameOf[i] = -1
		next[i] = int32(i)
	}
	next[len(d.toks)] = int32(len(d.toks))
	// free returns the first unpainted token at or after i
	free := func(i int) int {
		r := i
		for int(next[r]) != r {
			r = int(next[r])
		}
		for int(next[i]) != r { // shorten the path
			i, next[i] = int(next[i]), int32(r)
		}
		return r
	}
	for k := len(d.frames) - 1; k >= 0; k-- {
		f := d.frames[k]
		for i := free(min(max(f.a, 0), len(d.toks))); i < f.b && i < len(d.frameOf); i = free(i + 1) {
			visit(1)
			d.frameOf[i] = int32(k)
			next[i] = int32(i + 1)
		}
	}
}

// lineOf returns the tokens [a, b) of the line of token i.
func (d *document) lineOf(i int) (int, int) {
	a := i
	for a > 0 && !d.toks[a].Newline {
		a--
	}
	b := i + 1
	for b < len(d.toks) && !d.toks[b].Newline {
		b++
	}
	visit(b - a)
	return a, b
}

// headingMaxBytes and headingMaxTokens bound a heading line.
const (
	headingMaxBytes  = 160
	headingMaxTokens = 30
)

// isHeadingLine reports whether the line on tokens [a, b) is a heading: a
// short line that does not end a sentence ("I. MỤC TIÊU", "2. Nhiệm vụ
// năm 2024", "Phương hướng năm tới:").
func (d *document) isHeadingLine(a, b int) bool {
	if a >= b || b-a > headingMaxTokens || d.toks[b-1].End-d.toks[a].Start > headingMaxBytes {
		return false
	}
	last := d.toks[b-1]
	return !(last.Punct && (last.Norm == "." || last.Norm == ";" || last.Norm == ","))
}

// afterNumbering returns the first token of the line at a past its
// numbering: "I.", "2.", "a)", "-", "+".
func (d *document) afterNumbering(a int) int {
	k := a
	for n := 0; n < 3 && k < len(d.toks); n++ {
		t := d.toks[k]
		if t.Punct || t.Number || isRoman(t.Norm) && k+1 < len(d.toks) && d.toks[k+1].Punct {
			k++
			continue
		}
		break
	}
	return k
}

// isRoman reports whether a folded word is a Roman numeral of a section
// (i to xii).
func isRoman(w string) bool {
	switch w {
	case "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii":
		return true
	}
	return false
}

// isAllUpper reports whether a word has no lower-case letter.
func isAllUpper(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' || r > 0x7f && unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// colonMaxTokens bounds the distance from a list opener's phrase to its
// colon: "đề ra một số chỉ tiêu chủ yếu như sau:".
const colonMaxTokens = 12

// colonAfter returns the first ":" in tokens [i, b), within colonMaxTokens
// and with no figure before it, or -1.
func (d *document) colonAfter(i, b int) int {
	for k := i; k < b; k++ {
		t := d.toks[k]
		if t.Number || k >= i+colonMaxTokens {
			return -1
		}
		if t.Punct && t.Norm == ":" {
			return k
		}
	}
	return -1
}

// sentenceHeadTokens bounds the head of a sentence (AtSentenceHead), and
// paragraphMaxSentences how many sentences a ToParagraphEnd frame reaches.
const (
	sentenceHeadTokens    = 12
	paragraphMaxSentences = 12
)

// paragraphEnd returns the end of the reach of a ToParagraphEnd frame of
// rule opened in sentence si: the end of its paragraph (its line), or the
// start of the first later sentence of it whose head holds an Until phrase
// of the rule, at most paragraphMaxSentences sentences on.
func (d *document) paragraphEnd(si, rule int) int {
	until := compiledUntil()[rule]
	end := d.sents[si].b
	for k := si + 1; k < len(d.sents) && k <= si+paragraphMaxSentences && d.sents[k].line == d.sents[si].line; k++ {
		s := d.sents[k]
		visit(1)
		if until != nil && has(d.toks, s.a, min(d.firstFigureTok(s), s.a+sentenceHeadTokens), until) {
			break
		}
		end = s.b
	}
	return end
}

// compiledThen holds the Then words of each frame rule, folded.
var compiledThen = ruleLists(func(r *FrameRule) []string { return r.Then })

// thenTokens is how far after its phrase a Then word may stand: a subject
// between them ("dự kiến thành phố giải quyết …").
const thenTokens = 4

// thenFollows reports whether a Then word of rule starts within
// thenTokens tokens after token i, before token limit (the first figure)
// and before any punctuation.
func (d *document) thenFollows(rule, i, limit int) bool {
	then := compiledThen()[rule]
	if then == nil {
		return true
	}
	for k := i; k < limit && k <= i+thenTokens; k++ {
		visit(1)
		if d.toks[k].Punct || d.toks[k].Number {
			return false
		}
		if then.first.has(d.toks[k].Norm) && then.at(d.toks, k, limit) {
			return true
		}
	}
	return false
}

// compiledUntil holds the Until phrases of each frame rule, folded.
var compiledUntil = ruleLists(func(r *FrameRule) []string { return r.Until })

// ruleLists returns a function that folds, on its first call, the phrases
// pick takes from each frame rule, by rule index (nil for a rule with none).
func ruleLists(pick func(r *FrameRule) []string) func() []*phraseList {
	return sync.OnceValue(func() []*phraseList {
		out := make([]*phraseList, len(FrameRules))
		for i := range FrameRules {
			if l := pick(&FrameRules[i]); len(l) > 0 {
				out[i] = folded(l...)
			}
		}
		return out
	})
}

// listEnd returns the token after sentence si and, when it ends with a
// colon or is followed by list-item lines ("- …", "+ …", "a) …"), after
// those lines too.
//
// The ends are found for all sentences at the first call, from the last
// sentence back, so that a list of items that each open a list is read
// once, not once per item.
func (d *document) listEnd(si int) int {
	if d.listEnds == nil {
		d.listEnds = make([]int, len(d.sents))
		for k := len(d.sents) - 1; k >= 0; k-- {
			visit(1)
			d.listEnds[k] = d.sents[k].b
			if k+1 < len(d.sents) {
				s := d.sents[k+1]
				if s.a < len(d.toks) && d.toks[s.a].Newline && d.isListItem(s.a) {
					d.listEnds[k] = d.listEnds[k+1]
				}
			}
		}
	}
	return d.listEnds[si]
}

// isListItem reports whether the line at token a opens as a list item.
func (d *document) isListItem(a int) bool {
	t := d.toks[a]
	if t.Punct && (t.Norm == "-" || t.Norm == "+" || t.Norm == "•" || t.Norm == "*" || t.Norm == "–") {
		return true
	}
	return a+1 < len(d.toks) && len(t.Norm) == 1 && t.Norm[0] >= 'a' && t.Norm[0] <= 'z' && d.toks[a+1].Norm == ")" ||
		d.labelEnd(a) > a
}

// labelEnd returns the token after the colon of a period label that opens
// a line at token a ("Năm 2021: 18.200 người", "Quý II: 15.353 người",
// "Năm 2025 (ước): 21.000 người"), or a when there is none: the line is an
// item of a list of periods.
func (d *document) labelEnd(a int) int {
	m := d.mentionAtTok(a)
	if m == nil || m.Kind != normalize.PeriodKind || m.Start != d.toks[a].Start {
		return a
	}
	for k := d.tokAt(m.End); k < len(d.toks) && k <= d.tokAt(m.End)+4; k++ {
		switch t := d.toks[k]; {
		case t.Norm == ":":
			return k + 1
		case t.Newline || t.Number || t.Punct && t.Norm != "(" && t.Norm != ")":
			return a
		}
	}
	return a
}

// firstFigureTok returns the token of the first figure of sentence s, or
// s.b.
func (d *document) firstFigureTok(s sentence) int {
	return d.firstFigure(s, d.mentionsIn(s.start, s.end))
}

// FrameSelfTest runs the examples and counters of a frame rule through
// Extract, with their context: each must yield exactly its want records
// (compared as sets of indicator, value, unit, kind, period, qualifier).
// Every record of a frame example names its indicator (id=…).
func FrameSelfTest(r FrameRule) []ExampleResult {
	var out []ExampleResult
	run := func(name string, ex FrameExample) {
		doc := corpus.Document{ID: "example", Title: ex.Title, Text: ex.Text, Published: ex.Published}
		res := runExample(name, ex.Text, ex.Want, Indicator{}, doc)
		if ws, err := ParseWant(ex.Want); err == nil {
			for _, w := range ws {
				if w.Indicator == "" {
					res.Failure = "want: a frame example names each record's indicator (id=…)"
				}
			}
		}
		out = append(out, res)
	}
	for i, ex := range r.Examples {
		run(r.Name+"/"+strconv.Itoa(i), ex)
	}
	for i, ex := range r.Counter {
		run(r.Name+"/counter"+strconv.Itoa(i), ex)
	}
	return out
}
