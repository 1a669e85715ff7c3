package check

import (
	"fmt"
	"math/big"
	"strings"
)

// parts checks totals against their parts in sentence sn:
//
//   - "X, trong đó A, B" (of which): no part, and not the parts together,
//     may exceed the total X (rule Breakdown; the parts need not be all);
//   - "X, gồm A và B" (consisting of): the parts must add up to X (rule Sum);
//   - "A, B, tổng cộng X" (in all): the same, with the total after.
//
// Parts are the figures of the total's unit at the marker's bracket depth,
// up to the next ";" (or the end of the sentence after "trong đó:"), a
// closing bracket or a nested "trong đó"; figures in nested brackets are
// sub-breakdowns and are skipped.
func (a *article) parts(sn *sent) {
	for k := sn.a; k < sn.b; k++ {
		switch {
		case a.phraseAt(k, "trong", "đó"):
			a.breakdown(sn, k, k+2)
		case a.phraseAt(k, "trong", "số", "đó"):
			a.breakdown(sn, k, k+3)
		case a.phraseAt(k, "bao", "gồm"):
			a.listSum(sn, k, k+2)
			k++
		case a.phraseAt(k, "gồm") && !a.phraseAt(k-2, "trong", "đó"):
			a.listSum(sn, k, k+1)
		case a.phraseAt(k, "tổng", "cộng"):
			a.sumAfter(sn, k, k+2)
		}
	}
}

// depthAt returns the bracket depth of token k of sn.
func (sn *sent) depthAt(k int) int {
	if k < sn.a || k >= sn.b {
		return 0
	}
	return sn.depth[k-sn.a]
}

// partsAfter lists the figures of sn after the marker ending at token from,
// at the depth of token k, with the unit of total.
func (a *article) partsAfter(sn *sent, k, from int, total fig) []fig {
	d := sn.depthAt(k)
	colon := a.norm(from) == ":"
	stop := sn.b
	for j := from; j < sn.b; j++ {
		t := a.toks[j]
		if sn.depthAt(j) < d || (t.Punct && t.Norm == ";" && !colon && sn.depthAt(j) == d) ||
			(j > from && a.phraseAt(j, "trong", "đó") && sn.depthAt(j) == d) {
			stop = j
			break
		}
	}
	var out []fig
	for _, f := range sn.figs {
		if f.tok >= from && f.tok < stop && f.depth == d && plain(f) && f.unit() == total.unit() {
			out = append(out, f)
		}
	}
	return out
}

// breakdown checks the "trong đó" at token k (marker ending at from).
func (a *article) breakdown(sn *sent, k, from int) {
	d := sn.depthAt(k)
	// the units of the parts decide the total: the last figure of that
	// unit before the marker, in its ";"-segment and not deeper than it
	var first *fig
	for i, f := range sn.figs {
		if f.tok >= from && f.depth == d && countable(f.unit()) && plain(f) {
			first = &sn.figs[i]
			break
		}
	}
	if first == nil {
		return
	}
	total, found := a.totalBefore(sn, k, d, *first)
	if !found {
		return
	}
	ps := a.partsAfter(sn, k, from, total)
	if len(ps) == 0 {
		return
	}
	it := total.interval()
	sum := ps[0].interval()
	exactSum := rat(ps[0].m.Value)
	for _, p := range ps {
		if exceeds(p.interval(), it) {
			expected, _ := roundTo(rat(p.m.Value), finest(p, total))
			a.report(false, Warning{Rule: Breakdown, Expected: expected,
				Message: fmt.Sprintf("the part %s is more than its total %s", p.m.Text, total.m.Text),
				Figures: []Figure{a.figure(total, "stated"), a.figure(p, "part")}})
			return
		}
	}
	for _, p := range ps[1:] {
		sum = plus(sum, p.interval())
		exactSum = new(big.Rat).Add(exactSum, rat(p.m.Value))
	}
	expected, fits := roundTo(exactSum, finest(append(ps, total)...))
	if !fits {
		return
	}
	ok := !exceeds(sum, it)
	msg := fmt.Sprintf("the parts after \"trong đó\" (%s) add up to %s, more than their total %s", texts(ps), viNumber(expected), total.m.Text)
	switch {
	case ok && len(ps) == 1:
		msg = fmt.Sprintf("the part after \"trong đó\" (%s) is within its total %s", ps[0].m.Text, total.m.Text)
	case ok:
		msg = fmt.Sprintf("the parts after \"trong đó\" (%s) add up to %s, within their total %s", texts(ps), viNumber(expected), total.m.Text)
	}
	a.report(ok, Warning{Rule: Breakdown, Message: msg, Expected: expected, Figures: withParts(a.figure(total, "stated"), a, ps)})
}

// totalBefore returns the last figure with part's unit before token k, at
// depth d or shallower, with no ";" between it and k, that is not a change.
func (a *article) totalBefore(sn *sent, k, d int, part fig) (fig, bool) {
	for i := len(sn.figs) - 1; i >= 0; i-- {
		f := sn.figs[i]
		if f.tok >= k {
			continue
		}
		if _, semi := a.gap(sn, f.end, k); semi {
			return fig{}, false
		}
		if w, _ := a.changeWord(f.tok); w != "" {
			continue // "tăng 1.200 lao động": a change is no total
		}
		if f.depth <= d && plain(f) && f.unit() == part.unit() {
			return f, true
		}
	}
	return fig{}, false
}

// listSum checks "X, gồm A và B": X must stand just before the marker.
func (a *article) listSum(sn *sent, k, from int) {
	var total fig
	found := false
	for i := len(sn.figs) - 1; i >= 0; i-- {
		if f := sn.figs[i]; f.tok < k {
			if n, semi := a.gap(sn, f.end, k); n <= 6 && !semi && plain(f) && countable(f.unit()) && f.depth <= sn.depthAt(k) {
				total, found = f, true
			}
			break
		}
	}
	if !found {
		return
	}
	a.checkSum(total, a.partsAfter(sn, k, from, total), "gồm")
}

// sumAfter checks "A, B, tổng cộng X": X follows the marker.
func (a *article) sumAfter(sn *sent, k, from int) {
	var total fig
	found := false
	for _, f := range sn.figs {
		if f.tok >= from {
			if n, semi := a.gap(sn, from, f.tok); n <= 2 && !semi && plain(f) && countable(f.unit()) {
				total, found = f, true
			}
			break
		}
	}
	if !found {
		return
	}
	d := sn.depthAt(k)
	var ps []fig
	for i := len(sn.figs) - 1; i >= 0; i-- {
		f := sn.figs[i]
		if f.tok >= k {
			continue
		}
		if _, semi := a.gap(sn, f.end, k); semi || sn.depthAt(f.tok) < d {
			break
		}
		if f.depth == d && plain(f) && f.unit() == total.unit() {
			ps = append([]fig{f}, ps...)
		}
	}
	a.checkSum(total, ps, "tổng cộng")
}

// checkSum reports whether parts ps (at least two) add up to total.
func (a *article) checkSum(total fig, ps []fig, marker string) {
	if len(ps) < 2 {
		return
	}
	sum := ps[0].interval()
	exact := rat(ps[0].m.Value)
	for _, p := range ps[1:] {
		sum = plus(sum, p.interval())
		exact = new(big.Rat).Add(exact, rat(p.m.Value))
	}
	expected, fits := roundTo(exact, finest(append(ps, total)...))
	if !fits {
		return
	}
	ok := overlaps(sum, total.interval())
	msg := fmt.Sprintf("the parts with \"%s\" (%s) add up to %s, not %s", marker, texts(ps), viNumber(expected), total.m.Text)
	if ok {
		msg = fmt.Sprintf("the parts with \"%s\" (%s) add up to %s, as stated", marker, texts(ps), viNumber(expected))
	}
	a.report(ok, Warning{Rule: Sum, Message: msg, Expected: expected, Figures: withParts(a.figure(total, "stated"), a, ps)})
}

// texts joins the written forms of figures.
func texts(fs []fig) string {
	var b []string
	for _, f := range fs {
		b = append(b, f.m.Text)
	}
	return strings.Join(b, " + ")
}

// withParts returns first followed by the parts' figures.
func withParts(first Figure, a *article, ps []fig) []Figure {
	out := []Figure{first}
	for _, p := range ps {
		out = append(out, a.figure(p, "part"))
	}
	return out
}

// finest returns the finest precision exponent among figures: a sum or a
// difference is exact at the precision of its finest operand.
func finest(fs ...fig) int {
	exp := fs[0].prec()
	for _, f := range fs[1:] {
		exp = min(exp, f.prec())
	}
	return exp
}
