package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/normalize"
)

// Options tune Extract.
type Options struct {
	// Explain fills each record's Cue and Rule, tracing it to the
	// declaration that produced it.
	Explain bool
	// All also emits, for each figure that fits no indicator, a statistic
	// record: Indicator "" with the Measure and Subject of the figure.
	All bool
	// Stop, when not nil, is asked once before each sentence; once it
	// returns true, Extract reads no more sentences and returns the
	// records of those read. The caller tells an abandoned document by
	// its own Stop having said so (solieu extract -doc-timeout).
	Stop func() bool
}

// role says what a phrase of a declaration is for.
type role uint8

const (
	roleCue role = iota
	roleNeed
	roleUnless
	roleNamed
	roleName // an agency's name: the phrases inside it are not read (agencyNames)
)

// A phrase is one folded phrase of the engine's index.
type phrase struct {
	words []string
	ind   int // index into All, or -1 for the engine's own word lists
	role  role
	text  string
	touch bool // a Touching cue: it governs only a figure it touches
	seq   int  // its index in engine.phrases: declaration order
	left  bool // its text says "left" (cueSaysLeft)
	poor  bool // its text names the poor ("nghèo": jointGroup)
}

// engine is the compiled form of All: a word trie of every phrase.
type engine struct {
	phrases []phrase // in declaration order, which orders hits of one start
	root    trieNode
	first   normalize.WordFilter // the first words, to skip most words without a lookup
	// nameFirst holds the first words of agencyNames
	nameFirst map[string]bool
}

// A trieNode is the state after some words of one or more phrases: the
// phrases that end here, by their index in engine.phrases, and the nodes
// of the words that may follow: in a map at the root, which most words
// start from, and while the trie is built; past the root, once built, in
// a list (kids), as most nodes have one or two.
type trieNode struct {
	ends []int
	next map[string]*trieNode
	kids []trieKid
}

// A trieKid is a word that may follow a trie node, and its node.
type trieKid struct {
	word string
	node *trieNode
}

// freeze moves the words that may follow the nodes below n from their
// maps to their lists.
func (n *trieNode) freeze() {
	for _, c := range n.next {
		c.freeze()
		c.kids = make([]trieKid, 0, len(c.next))
		for cw, cc := range c.next {
			c.kids = append(c.kids, trieKid{cw, cc})
		}
		c.next = nil
	}
}

// kid returns the node of word w after n, a node past the root, or nil.
func (n *trieNode) kid(w string) *trieNode {
	for i := range n.kids {
		if sameWord(n.kids[i].word, w) {
			return n.kids[i].node
		}
	}
	return nil
}

var compiled = sync.OnceValue(func() *engine {
	e := &engine{}
	for i, ind := range All {
		for r, list := range [][]string{ind.Cues, ind.Needs, ind.Unless, ind.Named} {
			for _, p := range list {
				e.add(phrase{words: normalize.Fold(p), ind: i, role: role(r), text: p})
			}
		}
		for _, p := range ind.Touching {
			e.add(phrase{words: normalize.Fold(p), ind: i, role: roleCue, text: p, touch: true})
		}
	}
	e.nameFirst = map[string]bool{}
	for _, p := range agencyNames {
		w := normalize.Fold(p)
		e.add(phrase{words: w, ind: -1, role: roleName, text: p})
		e.nameFirst[w[0]] = true
	}
	e.root.freeze()
	return e
})

// nameAt returns the end of the longest agency name at token i, or 0. A
// name is read whole, past the end of the range phrases are looked for in.
func (e *engine) nameAt(toks []normalize.Token, i int) int {
	end := 0
	if i >= len(toks) {
		return end
	}
	n := e.root.next[toks[i].Norm]
	for k := i; n != nil; {
		for _, p := range n.ends {
			if e.phrases[p].role == roleName {
				end = k + 1
			}
		}
		if k++; k >= len(toks) || len(n.kids) == 0 || toks[k].Newline {
			break
		}
		n = n.kid(toks[k].Norm)
	}
	return end
}

// maxNameWords bounds the words of an agency name (agencyNames).
const maxNameWords = 8

// agencyNames are names of agencies whose words would read as cues or
// needs of their own ("Sở Lao động - Thương binh và Xã hội" names no war
// invalid, "Sở Giáo dục và Đào tạo" trains no one): no phrase inside one
// is found.
var agencyNames = []string{
	"lao động - thương binh và xã hội", "lao động – thương binh và xã hội", "lao động, thương binh và xã hội",
	"lao động thương binh và xã hội", "lđ-tb&xh", "lđtb&xh", "lđ-tbxh", "lđtbxh",
	"giáo dục và đào tạo", "giáo dục - đào tạo",
}

func (e *engine) add(p phrase) {
	if len(p.words) == 0 {
		return
	}
	n := &e.root
	for _, w := range p.words {
		c := n.next[w]
		if c == nil {
			if n.next == nil {
				n.next = map[string]*trieNode{}
			}
			c = &trieNode{}
			n.next[w] = c
		}
		n = c
	}
	p.seq = len(e.phrases)
	p.left = containsAny(p.text, leavingCueParts)
	p.poor = strings.Contains(p.text, "nghèo")
	n.ends = append(n.ends, p.seq)
	e.phrases = append(e.phrases, p)
	e.first.Add(p.words[0])
}

// A hit is a phrase found in the text, on tokens [start, end). It points
// into the index, which never changes once built.
type hit struct {
	*phrase
	start, end int
}

// matches lists the phrases of the index found at each token of toks[a:b].
func (e *engine) matches(toks []normalize.Token, a, b int) []hit {
	return e.matchesTo(toks, a, b, b)
}

// matchesTo lists the phrases of the index that start at a token of
// toks[a:b] and end by limit.
func (e *engine) matchesTo(toks []normalize.Token, a, b, limit int) []hit {
	return e.appendMatches(nil, toks, a, b, limit)
}

// appendMatches appends what matchesTo returns to out. It walks the trie
// from each token, so a word costs one lookup per word of the phrases
// that begin there, not one comparison per phrase; the hits of one start
// token are put in declaration order, as a list of phrases would give them.
func (e *engine) appendMatches(out []hit, toks []normalize.Token, a, b, limit int) []hit {
	nameEnd := 0 // the end of the last agency name found: phrases inside it are dropped
	// a name that starts before a may cover tokens from a on: the tokens
	// before a are read for names only (none from limit on matters)
	for i := max(a-maxNameWords+1, 0); i < b && i < limit; i++ {
		if !e.first.MayHave(toks[i].Norm) {
			continue
		}
		if e.nameFirst[toks[i].Norm] {
			nameEnd = max(nameEnd, e.nameAt(toks, i))
		}
		if i < a {
			continue
		}
		from := len(out)
		n := e.root.next[toks[i].Norm]
		for k := i; n != nil; {
			for _, p := range n.ends {
				if e.phrases[p].role != roleName {
					out = append(out, hit{&e.phrases[p], i, k + 1})
				}
			}
			if k++; k >= limit || len(n.kids) == 0 || toks[k].Newline {
				break
			}
			n = n.kid(toks[k].Norm)
		}
		if nameEnd > i {
			kept := slices.DeleteFunc(out[from:], func(h hit) bool { return h.end <= nameEnd })
			out = out[:from+len(kept)]
		}
		// a longer phrase may have been declared before a shorter one
		for j := from + 1; j < len(out); j++ {
			for m := j; m > from && out[m].seq < out[m-1].seq; m-- {
				out[m], out[m-1] = out[m-1], out[m]
			}
		}
	}
	return out
}

// hits returns e.matches(d.toks, a, b) for a range within one sentence,
// from the list of the sentence's hits, found once: each figure of a
// sentence asks for the phrases of its clause and of the sentence before
// it. The slice may be shared: do not modify it.
func (e *engine) hits(d *document, a, b int) []hit {
	c := &d.hits
	if !(c.ok && c.a <= a && b <= c.b) {
		// the sentence of token a
		k := sort.Search(len(d.sents), func(k int) bool { return d.sents[k].b > a })
		if k == len(d.sents) || d.sents[k].a > a || b > d.sents[k].b {
			return e.matches(d.toks, a, b)
		}
		s := d.sents[k]
		// the list's memory is reused from sentence to sentence: what
		// hits returned for the last sentence is not used any more
		*c = hitCache{a: s.a, b: s.b, ok: true, list: e.appendMatches(c.list[:0], d.toks, s.a, s.b, s.b)}
		visit(s.b - s.a)
	}
	all := c.list
	i := sort.Search(len(all), func(k int) bool { return all[k].start >= a })
	j, within := i, true
	for j < len(all) && all[j].start < b {
		within = within && all[j].end <= b
		j++
	}
	visit(j - i)
	if within {
		return all[i:j:j]
	}
	out := make([]hit, 0, j-i)
	for _, h := range all[i:j] {
		if h.end <= b {
			out = append(out, h)
		}
	}
	return out
}

// A hitCache holds the hits of the sentence on tokens [a, b), ordered as
// matches orders them: by start token, then index order.
type hitCache struct {
	a, b int
	ok   bool
	list []hit
}

// matchAt reports whether words stand at token i (before limit) and
// returns the index after them.
func matchAt(toks []normalize.Token, i, limit int, words []string) (int, bool) {
	return matchFrom(toks, i, limit, words, 0)
}

// matchFrom is matchAt for a phrase whose first from words are known to
// stand at token i.
func matchFrom(toks []normalize.Token, i, limit int, words []string, from int) (int, bool) {
	if i+len(words) > limit {
		return i, false
	}
	for k := from; k < len(words); k++ {
		t := &toks[i+k]
		if !sameWord(t.Norm, words[k]) || (k > 0 && t.Newline) {
			return i, false
		}
	}
	return i + len(words), true
}

// sameWord reports whether a == b, ruling out most different words of the
// same length by their first byte before comparing them whole.
func sameWord(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || a[0] == b[0]) && a == b
}

// A phraseList is a list of folded phrases (normalize.Fold) with a filter
// of their first and last words, so that has and endsWith rule out most
// words without comparing them to each phrase.
type phraseList struct {
	p     [][]string
	first wordSet // the phrases' first words
	last  wordSet // the phrases' last words
	// byFirst and byLast index the phrases of a long list by their first
	// and last words, in list order; nil for a short list, which is
	// faster read through
	byFirst, byLast map[string][]int
}

// longList is the length from which a phraseList is indexed by word.
const longList = 12

// has reports whether one of the folded phrases stands in toks[a:b].
func has(toks []normalize.Token, a, b int, l *phraseList) bool {
	visit(b - a)
	for i := max(a, 0); i < b && i < len(toks); i++ {
		if l.first.has(toks[i].Norm) && l.at(toks, i, b) {
			return true
		}
	}
	return false
}

// at reports whether one of the phrases stands at token i, before limit.
func (l *phraseList) at(toks []normalize.Token, i, limit int) bool {
	if l.byFirst != nil {
		for _, k := range l.byFirst[toks[i].Norm] {
			if _, ok := matchFrom(toks, i, limit, l.p[k], 1); ok {
				return true
			}
		}
		return false
	}
	for _, p := range l.p {
		if toks[i].Norm == p[0] {
			if _, ok := matchAt(toks, i, limit, p); ok {
				return true
			}
		}
	}
	return false
}

// A wordSet is a filter of a set of words: one bit of 256 for each, a
// hash of its length and first and last bytes. has has false positives,
// never false negatives: it rules out most other words in a few
// instructions and one branch, before they are compared to each phrase.
type wordSet [4]uint64

// wordHash returns the bit of a non-empty word in a wordSet.
func wordHash(w string) uint {
	h := uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(len(w))<<16
	return uint(h*0x9e3779b1) >> 24
}

// add puts w, if not empty, in s.
func (s *wordSet) add(w string) {
	if w != "" {
		h := wordHash(w)
		s[h>>6] |= 1 << (h & 63)
	}
}

// has reports whether w may be in s; false means it is not.
func (s *wordSet) has(w string) bool {
	if w == "" {
		return false
	}
	h := wordHash(w)
	return s[h>>6]&(1<<(h&63)) != 0
}

// endsWith reports whether one of the phrases ends exactly at token b.
func endsWith(toks []normalize.Token, b int, l *phraseList) bool {
	// no phrase ends with this word: the usual case
	return uint(b-1) < uint(len(toks)) && l.last.has(toks[b-1].Norm) && l.endsAt(toks, b)
}

// endsAt is endsWith past its first test.
func (l *phraseList) endsAt(toks []normalize.Token, b int) bool {
	if l.byLast != nil {
		for _, k := range l.byLast[toks[b-1].Norm] {
			if p := l.p[k]; b >= len(p) {
				if _, ok := matchAt(toks, b-len(p), b, p); ok {
					return true
				}
			}
		}
		return false
	}
	for _, p := range l.p {
		a := b - len(p)
		if a < 0 || toks[b-1].Norm != p[len(p)-1] { // the last word rules out most
			continue
		}
		if _, ok := matchAt(toks, a, b, p); ok {
			return true
		}
	}
	return false
}

// folded returns the phrases of list, folded (normalize.Fold). Word lists
// are folded once, at package level (context.go); the lists returned are
// shared: do not modify them.
func folded(list ...string) *phraseList {
	l := &phraseList{p: make([][]string, len(list))}
	for i, s := range list {
		w := normalize.Fold(s)
		l.p[i] = w
		if len(w) > 0 {
			l.first.add(w[0])
			l.last.add(w[len(w)-1])
		}
	}
	if len(l.p) >= longList {
		l.byFirst, l.byLast = map[string][]int{}, map[string][]int{}
		for k, w := range l.p {
			if len(w) > 0 {
				l.byFirst[w[0]] = append(l.byFirst[w[0]], k)
				l.byLast[w[len(w)-1]] = append(l.byLast[w[len(w)-1]], k)
			}
		}
	}
	return l
}

// Extract reads one document and returns its indicator records in text order.
func Extract(doc corpus.Document, opt Options) []Record {
	d := newDocument(doc)
	d.explainOn = opt.Explain
	defer d.tk.Release() // records hold strings of the text, never tokens
	// at most one record per figure: one per numeric mention, two for a
	// range or a fraction (figures)
	n := 0
	for _, m := range d.mentions {
		if m.Kind.IsNumeric() {
			n++
			if m.Kind == normalize.Range || m.Kind == normalize.Fraction {
				n++
			}
		}
	}
	out := make([]Record, 0, n)
	for si := range d.sents {
		if opt.Stop != nil && opt.Stop() {
			break
		}
		out = d.sentence(out, si, opt)
	}
	d.echoHeadline(out)
	setKeys(out)
	d.scratch.hits = d.hits.list
	scratchPool.Put(d.scratch)
	return out
}

// echoHeadline gives a figure of the headline lines that reads as a result
// the kind and period of the same figure (indicator, value and unit) later
// in the text when that one is a target or an estimate: a headline
// restates a figure of the article in a few words ("Năm 2026 giải quyết
// việc làm cho 24.000 lao động"), and the article's sentence, which says
// whether it is a plan or a result, is the better reading.
func (d *document) echoHeadline(out []Record) {
	end := headingEnd(d.text)
	visit(len(out))
	for i := range out {
		h := &out[i]
		if h.Start >= end {
			break
		}
		if !d.isHeadline(h.Start) {
			continue
		}
		for j := i + 1; j < len(out); j++ {
			b := &out[j]
			if b.Start < end && d.isHeadline(b.Start) || b.Indicator != h.Indicator || b.Unit != h.Unit || b.Value.Cmp(h.Value) != 0 {
				continue
			}
			// only a plan or an estimate the headline leaves unmarked: a
			// headline that marks its own ("dự kiến còn 2,7%") keeps it
			if h.Kind == Actual && b.Kind != Actual {
				h.Kind, h.Period = b.Kind, b.Period
				if d.explainOn {
					from := ContextRules[pHeadline].label() + fmt.Sprintf(": the figure at byte %d", b.Start)
					h.KindFrom, h.PeriodFrom = from, from
				}
			}
			// a result the headline dates by nothing of its own (the date
			// line's year) is of the body's period: "Bắc Ninh giải quyết
			// việc làm cho 28.500 lao động" over "Năm 2024, toàn tỉnh …"
			if h.Kind == Actual && b.Kind == Actual && h.Period != b.Period && b.Period != "" && !d.headlineDates(h.Start) {
				h.Period = b.Period
				if d.explainOn {
					h.PeriodFrom = ContextRules[pHeadline].label() + fmt.Sprintf(": the figure at byte %d", b.Start)
				}
			}
			break
		}
	}
}

// headlineDates reports whether the headline line around byte i states a
// period of its own.
func (d *document) headlineDates(i int) bool {
	a, b := d.lineAround(i)
	for _, m := range d.mentionsIn(a, b) {
		if m.Kind == normalize.PeriodKind || m.Kind == normalize.Date {
			return true
		}
	}
	return false
}

// isHeadline reports whether byte i lies on a short heading line (at most
// 160 bytes) with no sentence end inside: a headline, not a lead.
func (d *document) isHeadline(i int) bool {
	a, b := d.lineAround(i)
	line := strings.TrimSpace(d.text[a:b])
	return len(line) <= 160 && !strings.Contains(strings.TrimRight(line, ".!?…"), ". ")
}

// lineAround returns the bytes [a, b) of the line of the text around byte
// i, without its line break.
func (d *document) lineAround(i int) (int, int) {
	a := strings.LastIndexByte(d.text[:i], '\n') + 1
	b := strings.IndexByte(d.text[i:], '\n')
	if b < 0 {
		return a, len(d.text)
	}
	return a, b + i
}
