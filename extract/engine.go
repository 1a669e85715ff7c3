package extract

import (
	"sync"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/normalize"
)

// Options tune Extract.
type Options struct {
	// Explain fills each record's Cue and Rule, tracing it to the
	// declaration that produced it.
	Explain bool
}

// role says what a phrase of a declaration is for.
type role uint8

const (
	roleCue role = iota
	roleNeed
	roleUnless
)

// A phrase is one folded phrase of the engine's index.
type phrase struct {
	words []string
	ind   int // index into All, or -1 for the engine's own word lists
	role  role
	text  string
}

// engine is the compiled form of All: one index from first word to phrases.
type engine struct {
	index map[string][]phrase
}

var compiled = sync.OnceValue(func() *engine {
	e := &engine{index: map[string][]phrase{}}
	for i, ind := range All {
		for r, list := range [][]string{ind.Cues, ind.Needs, ind.Unless} {
			for _, p := range list {
				e.add(phrase{words: normalize.Fold(p), ind: i, role: role(r), text: p})
			}
		}
	}
	return e
})

func (e *engine) add(p phrase) {
	if len(p.words) == 0 {
		return
	}
	e.index[p.words[0]] = append(e.index[p.words[0]], p)
}

// A hit is a phrase found in the text, on tokens [start, end).
type hit struct {
	phrase
	start, end int
}

// matches lists the phrases of the index found at each token of toks[a:b].
func (e *engine) matches(toks []normalize.Token, a, b int) []hit {
	var out []hit
	for i := a; i < b; i++ {
		for _, p := range e.index[toks[i].Norm] {
			if end, ok := matchAt(toks, i, b, p.words); ok {
				out = append(out, hit{p, i, end})
			}
		}
	}
	return out
}

// matchAt reports whether words stand at token i (before limit) and
// returns the index after them.
func matchAt(toks []normalize.Token, i, limit int, words []string) (int, bool) {
	if i+len(words) > limit {
		return i, false
	}
	for k, w := range words {
		t := toks[i+k]
		if t.Norm != w || (k > 0 && t.Newline) {
			return i, false
		}
	}
	return i + len(words), true
}

// has reports whether one of the folded phrases stands in toks[a:b].
func has(toks []normalize.Token, a, b int, phrases [][]string) bool {
	for i := max(a, 0); i < b && i < len(toks); i++ {
		for _, p := range phrases {
			if toks[i].Norm == p[0] {
				if _, ok := matchAt(toks, i, b, p); ok {
					return true
				}
			}
		}
	}
	return false
}

// hasAt reports whether one of the phrases ends exactly at token b
// (optionally skipping the given filler words).
func endsWith(toks []normalize.Token, b int, phrases [][]string) bool {
	for _, p := range phrases {
		a := b - len(p)
		if a < 0 {
			continue
		}
		if _, ok := matchAt(toks, a, b, p); ok {
			return true
		}
	}
	return false
}

func folded(list ...string) [][]string {
	out := make([][]string, len(list))
	for i, s := range list {
		out[i] = normalize.Fold(s)
	}
	return out
}

// Extract reads one document and returns its indicator records in text order.
func Extract(doc corpus.Document, opt Options) []Record {
	d := newDocument(doc)
	var out []Record
	for si := range d.sents {
		out = append(out, d.sentence(si, opt)...)
	}
	return out
}
