package normalize

import (
	"iter"
	"sort"
	"sync"
)

// A Tokenized is a text split into tokens once, so that it can be scanned
// more than once (the whole text with Scan, its first lines with Mentions)
// and matched against (Tokens) without splitting it again. It is what a
// later stage that needs all three uses instead of Scan and Tokens.
type Tokenized struct {
	text string
	toks *[]token
	pub  []Token
}

// Tokenize splits text into tokens for Scan, Mentions and Tokens.
func Tokenize(text string) *Tokenized {
	buf := getTokens(len(text))
	*buf = tokenizeInto(*buf, text)
	return &Tokenized{text: text, toks: buf}
}

// Text returns the text given to Tokenize.
func (t *Tokenized) Text() string { return t.text }

// Tokens returns Tokens(t.Text()). The slice is shared: do not modify it.
func (t *Tokenized) Tokens() []Token {
	if t.pub == nil {
		var buf []Token
		if p, ok := pubPool.Get().(*[]Token); ok && cap(*p) >= len(*t.toks) {
			buf = *p
		} else {
			buf = make([]Token, 0, len(*t.toks))
		}
		t.pub = exportTokens(buf, *t.toks)
	}
	return t.pub
}

// Scan returns Scan(t.Text(), opt).
func (t *Tokenized) Scan(opt Options) []Mention {
	return scan(t.text, *t.toks, opt)
}

// Mentions yields, in text order, the mentions Scan(t.Text()[:end], opt)
// returns, reading the text only as far as the caller takes them: a caller
// that wants the first date of an article stops after it. end must be
// len(t.Text()) or the offset of a line break ('\n'): no token spans one,
// so the tokens of the head are the first tokens of the text.
func (t *Tokenized) Mentions(end int, opt Options) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		toks := *t.toks
		k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= end })
		s := &scanner{text: t.text[:end], toks: toks[:k], opt: opt}
		for i := 0; i < len(s.toks); {
			n := len(s.out)
			i = s.step(i)
			for _, m := range s.out[n:] {
				if !yield(m) {
					return
				}
			}
		}
	}
}

// Release hands the memory of t back for reuse by later calls. Neither t
// nor the slice returned by Tokens may be used after it; mentions may.
func (t *Tokenized) Release() {
	if t.toks != nil {
		putTokens(t.toks)
		t.toks = nil
	}
	if t.pub != nil && cap(t.pub) <= 1<<20 {
		pub := t.pub[:0]
		pubPool.Put(&pub)
	}
	t.pub = nil
}

// Token slices are reused across calls: at a few kilobytes of text per
// article, allocating and zeroing them afresh costs more than the scan.
var (
	tokPool sync.Pool // of *[]token
	pubPool sync.Pool // of *[]Token
)

// getTokens returns an empty token slice with room for a text of n bytes.
func getTokens(n int) *[]token {
	if p, ok := tokPool.Get().(*[]token); ok && cap(*p) >= n/4+1 {
		return p
	}
	p := make([]token, 0, n/4+1)
	return &p
}

// putTokens hands a token slice back for reuse, unless it is very large.
func putTokens(p *[]token) {
	if cap(*p) > 1<<20 {
		return
	}
	*p = (*p)[:0]
	tokPool.Put(p)
}
