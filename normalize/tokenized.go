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
	buf  *tokBuf
}

// Tokenize splits text into tokens for Scan, Mentions and Tokens.
func Tokenize(text string) *Tokenized {
	return &Tokenized{text: text, buf: getTokens(text)}
}

// Text returns the text given to Tokenize.
func (t *Tokenized) Text() string { return t.text }

// Tokens returns Tokens(t.Text()). The slice is shared: do not modify it.
func (t *Tokenized) Tokens() []Token {
	return t.buf.toks
}

// Scan returns Scan(t.Text(), opt).
func (t *Tokenized) Scan(opt Options) []Mention {
	return scan(t.text, t.buf, opt)
}

// Mentions yields, in text order, the mentions Scan(t.Text()[:end], opt)
// returns, reading the text only as far as the caller takes them: a caller
// that wants the first date of an article stops after it. end must be
// len(t.Text()) or the offset of a line break ('\n'): no token spans one,
// so the tokens of the head are the first tokens of the text.
func (t *Tokenized) Mentions(end int, opt Options) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		toks := t.buf.toks
		k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end })
		s := newScanner(t.text[:end], toks[:k], opt)
		s.tries = t.buf.sc.tries
		for i := s.next(0); i < len(s.toks); {
			n := len(s.out)
			i = s.next(s.step(i))
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
	if t.buf != nil {
		putTokens(t.buf)
		t.buf = nil
	}
}

// A tokBuf is the tokens of a text with the working memory that made
// them. Token slices are reused across calls: at a few kilobytes of text
// per article, allocating and zeroing them afresh costs more than the
// scan.
type tokBuf struct {
	toks []Token
	nums int // the number of number tokens
	sc   tokScratch
}

var tokPool sync.Pool // of *tokBuf

// getTokens returns the tokens of text in a buffer from the pool.
func getTokens(text string) *tokBuf {
	b, _ := tokPool.Get().(*tokBuf)
	if b == nil {
		b = new(tokBuf)
	}
	if n := tokCap(len(text)); cap(b.toks) < n {
		b.toks = make([]Token, 0, n)
	}
	b.toks, b.nums = tokenizeInto(b.toks, text, &b.sc)
	return b
}

// putTokens hands a token buffer back for reuse, unless it is very large.
func putTokens(b *tokBuf) {
	if cap(b.toks) > 1<<20 || cap(b.sc.lower) > 1<<22 {
		return
	}
	b.toks = b.toks[:0]
	tokPool.Put(b)
}
