package check

import (
	"slices"
	"sort"
	"time"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
)

// An article is one document read for checking: its tokens, mentions,
// sentences and records.
type article struct {
	doc      corpus.Document
	text     string
	toks     []normalize.Token
	mentions []normalize.Mention
	sents    []normalize.Span
	recs     []extract.Record
	byStart  map[int][]int // record indexes by start offset
	opt      Options
	out      []Warning
}

func newArticle(doc corpus.Document, recs []extract.Record, opt Options) *article {
	a := &article{doc: doc, text: doc.Text, recs: recs, opt: opt, byStart: map[int][]int{}}
	var sopt normalize.Options
	if len(doc.Published) >= 10 {
		if t, err := time.Parse("2006-01-02", doc.Published[:10]); err == nil {
			sopt.Ref = t
		}
	}
	a.toks = normalize.Tokens(a.text)
	a.mentions = normalize.Scan(a.text, sopt)
	a.sents = normalize.Sentences(a.text)
	for i, r := range recs {
		a.byStart[r.Start] = append(a.byStart[r.Start], i)
	}
	return a
}

// Article checks the arithmetic inside one document: changes against their
// levels, fractions against their percents, plan attainment against actual
// and target, "trong đó" breakdowns against their totals, totals
// against their parts, and parts' shares against their totals. recs are the document's records from
// extract.Extract; the relations themselves are read from the text. The
// warnings come in text order of their stated figure.
//
// An article with no indicator record is not about the domain (a market
// report, a transfer rumour, a price list): Article checks nothing in it,
// as its prices, sessions and wages are read too loosely to warn about.
func Article(doc corpus.Document, recs []extract.Record, opt Options) []Warning {
	if len(recs) == 0 {
		return nil
	}
	return arithmetic(doc, recs, opt)
}

// arithmetic is Article for any document, about the domain or not.
func arithmetic(doc corpus.Document, recs []extract.Record, opt Options) []Warning {
	a := newArticle(doc, recs, opt)
	for _, s := range a.sents {
		sn := a.sentence(s)
		a.changes(sn)
		a.fractions(sn)
		a.parts(sn)
		a.shares(sn)
	}
	a.attainment()
	slices.SortStableFunc(a.out, func(x, y Warning) int { return x.Figures[0].Start - y.Figures[0].Start })
	return a.out
}

// A fig is one numeric mention of a sentence, with what checking needs.
type fig struct {
	m     normalize.Mention
	tok   int // the token where the mention starts
	end   int // the token after the mention
	depth int // the bracket depth at the mention
	rec   *extract.Record
	// valueOnly takes the precision from the value alone: the figure is
	// one end of a range or one part of a fraction.
	valueOnly bool
}

// unit returns the figure's unit, from its record when the mention has none.
func (f fig) unit() normalize.Unit {
	if f.m.Unit == "" && f.rec != nil {
		return f.rec.Unit
	}
	return f.m.Unit
}

// interval returns the values the figure allows.
func (f fig) interval() interval {
	return around(f.m.Value, f.prec(), f.m.Qualifier)
}

// prec returns the figure's precision exponent.
func (f fig) prec() int {
	return precision(f.m.Value, f.numText(), f.unit(), f.m.Qualifier)
}

// numText returns the digits of the mention, without qualifier and unit.
func (f fig) numText() string {
	if f.valueOnly {
		return ""
	}
	if f.m.NumEnd > f.m.NumStart && f.m.NumStart >= f.m.Start && f.m.NumEnd <= f.m.End {
		return f.m.Text[f.m.NumStart-f.m.Start : f.m.NumEnd-f.m.Start]
	}
	return f.m.Text
}

// A sent is one sentence: its token range, its figures, and the bracket
// depth of each token.
type sent struct {
	span   normalize.Span
	a, b   int
	figs   []fig
	depth  []int // depth[i-a] for token i
	inDate []bool
}

func (a *article) tokAt(off int) int {
	return sort.Search(len(a.toks), func(i int) bool { return a.toks[i].Start >= off })
}

// sentence gathers the figures of sentence span s.
func (a *article) sentence(s normalize.Span) *sent {
	sn := &sent{span: s, a: a.tokAt(s.Start), b: a.tokAt(s.End)}
	d := 0
	sn.depth = make([]int, sn.b-sn.a)
	sn.inDate = make([]bool, sn.b-sn.a)
	for i := sn.a; i < sn.b; i++ {
		t := a.toks[i]
		if t.Punct && (t.Norm == ")" || t.Norm == "]") && d > 0 {
			d--
		}
		sn.depth[i-sn.a] = d
		if t.Punct && (t.Norm == "(" || t.Norm == "[") {
			d++
		}
	}
	lo := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].Start >= s.Start })
	for _, m := range a.mentions[lo:] {
		if m.Start >= s.End {
			break
		}
		ti, te := a.tokAt(m.Start), a.tokAt(m.End)
		if !m.Kind.IsNumeric() {
			for k := max(ti, sn.a); k < min(te, sn.b); k++ {
				sn.inDate[k-sn.a] = true
			}
			continue
		}
		f := fig{m: m, tok: ti, end: te}
		if ti >= sn.a && ti < sn.b {
			f.depth = sn.depth[ti-sn.a]
		}
		if ix := a.byStart[m.Start]; len(ix) > 0 {
			f.rec = &a.recs[ix[0]]
		}
		sn.figs = append(sn.figs, f)
	}
	return sn
}

// norm returns the folded word of token i, or "" outside the text.
func (a *article) norm(i int) string {
	if i < 0 || i >= len(a.toks) {
		return ""
	}
	return a.toks[i].Norm
}

// phraseAt reports whether the folded words stand at token i.
func (a *article) phraseAt(i int, words ...string) bool {
	if i < 0 || i+len(words) > len(a.toks) {
		return false
	}
	for k, w := range words {
		if a.toks[i+k].Norm != w {
			return false
		}
	}
	return true
}

// figure returns the Figure of a warning for f in role.
func (a *article) figure(f fig, role string) Figure {
	out := Figure{Role: role, Doc: a.doc.ID, Source: a.doc.Source, Text: f.m.Text, Start: f.m.Start, End: f.m.End,
		Value: f.m.Value, Unit: f.unit(), Qualifier: f.m.Qualifier}
	if f.rec != nil {
		out.Indicator = f.rec.Indicator
	}
	return out
}

// report adds a warning when the relation does not hold, or when every
// relation is asked for.
func (a *article) report(ok bool, w Warning) {
	if ok && !a.opt.All {
		return
	}
	w.Consistent = ok
	w.Docs = []string{a.doc.ID}
	a.out = append(a.out, w)
}
