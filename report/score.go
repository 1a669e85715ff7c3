package report

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Counts are the true positives, false positives and false negatives of
// one indicator or of a whole run.
type Counts struct {
	TP, FP, FN int
}

// Precision returns TP/(TP+FP), or 0 when there are no predictions.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall returns TP/(TP+FN), or 0 when there are no gold facts.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 returns the harmonic mean of precision and recall, or 0 when both
// are 0. It computes it as score.py does, 2·P·R/(P+R) in float64, so the
// two agree to the last bit.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// A Pair is a gold fact and the prediction matched to it.
type Pair struct {
	Gold, Pred Fact
}

// A Score is the outcome of matching predictions against gold facts under
// one rule, strict or loose.
type Score struct {
	Counts
	// PerIndicator holds the counts of each indicator: true positives and
	// misses under the gold fact's indicator, false positives under the
	// prediction's.
	PerIndicator map[string]Counts
	// Matched lists the matched pairs (optional gold facts included);
	// Missed the required gold facts no prediction matched; False the
	// distinct predicted facts that matched no gold fact. Each is in
	// document order, then in the order score.py finds them.
	Matched []Pair
	Missed  []Fact
	False   []Fact
}

// Indicators returns the keys of PerIndicator, sorted.
func (s Score) Indicators() []string {
	ids := make([]string, 0, len(s.PerIndicator))
	for id := range s.PerIndicator {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// Match scores predictions against gold facts exactly as score.py does.
//
// Only documents that have gold facts are scored. Per document, the
// predictions with an indicator field are reduced to distinct facts,
// keeping the first line of each: the key is (indicator, unit, value
// rounded to 6 decimals, kind, period), or (indicator, unit, value) when
// loose. Then each gold fact, required ones first and otherwise in file
// order, takes the first free prediction that matches it: same indicator
// (or one of its AltIndicators), same unit, value equal within 1e-6
// relative (to max(1, |gold|)), and, unless loose, same kind and a period
// equal to its own or one of its AltPeriods. Optional gold facts count
// neither as hits nor as misses; the predictions they take are not false.
func Match(gold, pred []Fact, loose bool) Score {
	s := Score{PerIndicator: map[string]Counts{}}
	bump := func(id string, f func(*Counts)) {
		c := s.PerIndicator[id]
		f(&c)
		s.PerIndicator[id] = c
	}
	byDoc := map[string][]Fact{}
	var docs []string
	for _, g := range gold {
		if _, ok := byDoc[g.Doc]; !ok {
			docs = append(docs, g.Doc)
		}
		byDoc[g.Doc] = append(byDoc[g.Doc], g)
	}
	slices.Sort(docs)
	predByDoc := map[string][]Fact{}
	for _, p := range pred {
		if p.HasIndicator {
			if _, ok := byDoc[p.Doc]; ok {
				predByDoc[p.Doc] = append(predByDoc[p.Doc], p)
			}
		}
	}
	for _, doc := range docs {
		seen := map[string]bool{}
		var ps []Fact
		var pv []float64 // the values of ps, parsed once; NaN when missing
		for _, p := range predByDoc[doc] {
			k := dedupKey(p, loose)
			if !seen[k] {
				seen[k] = true
				ps = append(ps, p)
				pv = append(pv, value(p.Value))
			}
		}
		gs := slices.Clone(byDoc[doc])
		// required facts first, so an optional fact never takes a
		// prediction a required one needs (a stable sort, as Python's)
		slices.SortStableFunc(gs, func(a, b Fact) int { return cmp.Compare(b2i(a.Optional), b2i(b.Optional)) })
		used := make([]bool, len(ps))
		for _, g := range gs {
			hit := -1
			gv := value(g.Value)
			for i, p := range ps {
				if !used[i] && matches(g, p, gv, pv[i], loose) {
					hit = i
					break
				}
			}
			if hit < 0 {
				if !g.Optional {
					bump(g.Indicator, func(c *Counts) { c.FN++ })
					s.Missed = append(s.Missed, g)
				}
				continue
			}
			used[hit] = true
			s.Matched = append(s.Matched, Pair{g, ps[hit]})
			if !g.Optional {
				bump(g.Indicator, func(c *Counts) { c.TP++ })
			}
		}
		for i, p := range ps {
			if !used[i] {
				bump(p.Indicator, func(c *Counts) { c.FP++ })
				s.False = append(s.False, p)
			}
		}
	}
	for _, c := range s.PerIndicator {
		s.TP += c.TP
		s.FP += c.FP
		s.FN += c.FN
	}
	return s
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// dedupKey is score.py's key of a predicted fact.
func dedupKey(p Fact, loose bool) string {
	v, _ := p.Value.Float64() // score.py: float(value or 0)
	r := strconv.FormatFloat(v, 'f', 6, 64)
	if strings.Trim(r, "-0.") == "" {
		r = "0" // Python's round gives -0.0 == 0.0
	}
	k := p.Indicator + "\x00" + p.Unit + "\x00" + r
	if !loose {
		k += "\x00" + p.Kind + "\x00" + p.Period
	}
	return k
}

// matches is score.py's matches(g, p, loose); gv and pv are the values
// of g and p.
func matches(g, p Fact, gv, pv float64, loose bool) bool {
	if p.Indicator != g.Indicator && !slices.Contains(g.AltIndicators, p.Indicator) {
		return false
	}
	if p.Unit != g.Unit || !closeTo(pv, gv) {
		return false
	}
	if loose {
		return true
	}
	return p.Kind == g.Kind && (p.Period == g.Period || slices.Contains(g.AltPeriods, p.Period))
}

// value returns n as a float64, or NaN when n is missing, so that it is
// close to nothing (score.py: float(None) fails).
func value(n Number) float64 {
	if f, ok := n.Float64(); ok {
		return f
	}
	return math.NaN()
}

// closeTo reports whether a is within 1e-6 of b relative to max(1, |b|).
// NaN is close to nothing.
func closeTo(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*max(1.0, math.Abs(b))
}

// An Evaluation is the strict and loose scores of a run and the accuracy
// of qualifier and region over the required gold facts matched strictly.
type Evaluation struct {
	Strict, Loose Score
	// Attributes is the number of required gold facts matched strictly;
	// QualifierOK and RegionOK how many of their predictions have the gold
	// qualifier (missing means "exact") and region.
	Attributes, QualifierOK, RegionOK int
}

// Evaluate scores predictions against gold facts as score.py does, with
// both rules.
func Evaluate(gold, pred []Fact) Evaluation {
	e := Evaluation{Strict: Match(gold, pred, false), Loose: Match(gold, pred, true)}
	for _, m := range e.Strict.Matched {
		if m.Gold.Optional {
			continue
		}
		e.Attributes++
		if m.Pred.Qualifier == m.Gold.Qualifier {
			e.QualifierOK++
		}
		if m.Pred.Region == m.Gold.Region {
			e.RegionOK++
		}
	}
	return e
}

// WriteText writes the evaluation in the words and layout of score.py: a
// table of per-indicator strict counts with P, R and F1, then (with
// showErrors) the MISSED and FALSE facts, the loose scores, the attribute
// accuracy, and last the overall strict scores.
func (e Evaluation) WriteText(w io.Writer, showErrors bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-40s %4s %4s %4s %6s %6s %6s\n", "indicator", "tp", "fp", "fn", "P", "R", "F1")
	for _, id := range e.Strict.Indicators() {
		c := e.Strict.PerIndicator[id]
		fmt.Fprintf(&b, "%-40s %4d %4d %4d %6.3f %6.3f %6.3f\n", id, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
	if showErrors {
		for _, g := range e.Strict.Missed {
			b.WriteString("MISSED " + pyDict(g, "doc", "indicator", "value", "unit", "kind", "period", "cue") + "\n")
		}
		for _, p := range e.Strict.False {
			b.WriteString("FALSE  " + pyDict(p, "doc", "indicator", "value", "unit", "kind", "period", "text") + "\n")
		}
	}
	l := e.Loose.Counts
	fmt.Fprintf(&b, "loose (ignoring kind and period): P=%.3f R=%.3f F1=%.3f\n", l.Precision(), l.Recall(), l.F1())
	if e.Attributes > 0 {
		n := float64(e.Attributes)
		fmt.Fprintf(&b, "attributes over %d matched facts: qualifier %.3f, region %.3f\n", e.Attributes, float64(e.QualifierOK)/n, float64(e.RegionOK)/n)
	}
	s := e.Strict.Counts
	fmt.Fprintf(&b, "strict: tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f\n", s.TP, s.FP, s.FN, s.Precision(), s.Recall(), s.F1())
	_, err := io.WriteString(w, b.String())
	return err
}

// pyDict renders the named fields of f as Python's json.dumps(...,
// ensure_ascii=False) renders the dict score.py builds: missing fields
// are null, numbers as Python prints an int or a float.
func pyDict(f Fact, keys ...string) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(pyString(k) + ": ")
		var s string
		var bit fieldSet
		switch k {
		case "doc":
			s, bit = f.Doc, hasDoc
		case "indicator":
			s, bit = f.Indicator, hasIndicator
		case "unit":
			s, bit = f.Unit, hasUnit
		case "kind":
			s, bit = f.Kind, hasKind
		case "period":
			s, bit = f.Period, hasPeriod
		case "text":
			s, bit = f.Text, hasText
		case "cue":
			s, bit = f.Cue, hasCue
		case "value":
			if f.Value == "" {
				b.WriteString("null")
			} else {
				b.WriteString(pyNumber(f.Value))
			}
			continue
		}
		if f.absent&bit != 0 {
			b.WriteString("null")
		} else {
			b.WriteString(pyString(s))
		}
	}
	b.WriteByte('}')
	return b.String()
}

// pyString renders s as Python's json.dumps(s, ensure_ascii=False).
func pyString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// pyNumber renders a JSON number as Python prints what json.loads made of
// it: an int's digits, or a float's repr (json.dumps's "Infinity" for an
// overflow).
func pyNumber(n Number) string {
	s := string(n)
	if !strings.ContainsAny(s, ".eE") {
		if strings.Trim(s, "-0") == "" {
			return "0"
		}
		return s
	}
	f, _ := n.Float64()
	switch {
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	_, exp, _ := strings.Cut(e, "e")
	x, _ := strconv.Atoi(exp)
	if decpt := x + 1; decpt <= -4 || decpt > 16 {
		return e // Go's shortest %e is Python's repr here: "1e+16", "1.5e-05"
	}
	s = strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}
