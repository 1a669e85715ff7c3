package check

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
)

// fractions checks "2.970/6.000 người, đạt 49,5%" and "đạt 49,5%
// (2.970/6.000)": the percent must be 100 × numerator / denominator.
func (a *article) fractions(sn *sent) {
	for i, f := range sn.figs {
		if f.m.Kind != normalize.Fraction || f.m.Den.Coef <= 0 || f.m.Num.Coef < 0 {
			continue
		}
		var p fig
		found := false
		if i+1 < len(sn.figs) && sn.figs[i+1].m.Kind == normalize.Percent {
			c := sn.figs[i+1]
			if n, semi := a.gap(sn, f.end, c.tok); n <= 3 && !semi {
				p, found = c, true
			}
		}
		// before the fraction, the percent is its share only with the
		// fraction in brackets: "đạt 49,5% (2.970/6.000)", not "đạt 35%,
		// 7/8 huyện có …", another item
		if !found && i > 0 && sn.figs[i-1].m.Kind == normalize.Percent && f.depth > sn.figs[i-1].depth {
			c := sn.figs[i-1]
			if n, semi := a.gap(sn, c.end, f.tok); n <= 1 && !semi {
				p, found = c, true
			}
		}
		if !found {
			continue
		}
		num := around(f.m.Num, precision(f.m.Num, "", f.unit(), normalize.Exact), f.m.Qualifier)
		den := around(f.m.Den, precision(f.m.Den, "", f.unit(), normalize.Exact), normalize.Exact)
		expected, ok, msg, checked := statedPercent(p, num, den, f.m.Num, f.m.Den, f.m.Text)
		if !checked {
			continue
		}
		numFig, denFig := a.figure(f, "numerator"), a.figure(f, "denominator")
		numFig.Value, denFig.Value = f.m.Num, f.m.Den
		numFig.Indicator, denFig.Indicator = a.partIndicator(f, extract.Actual), a.partIndicator(f, extract.Target)
		a.report(ok, Warning{Rule: Fraction, Message: msg, Expected: expected,
			Figures: []Figure{a.figure(p, "stated"), numFig, denFig}})
	}
}

// statedPercent compares the percent p stated for num of den (intervals
// around the values numV and denV) with 100 × num / den. It returns the
// exact share at p's precision, whether p agrees with it, and the message
// for subject (what the share is of); checked is false when the share
// cannot be told (den may be zero) or not at p's precision.
func statedPercent(p fig, num, den interval, numV, denV normalize.Decimal, subject string) (expected normalize.Decimal, ok bool, msg string, checked bool) {
	got, fine := percentOf(num, den)
	if !fine {
		return normalize.Decimal{}, false, "", false
	}
	exact := new(big.Rat).Quo(new(big.Rat).Mul(rat(numV), big.NewRat(100, 1)), rat(denV))
	expected, fits := roundTo(exact, p.prec())
	if !fits {
		return normalize.Decimal{}, false, "", false
	}
	ok = overlaps(p.interval(), got)
	msg = fmt.Sprintf("%s is %s%%, not %s", subject, viNumber(expected), p.m.Text)
	if ok {
		msg = fmt.Sprintf("%s is %s%%, as stated", subject, viNumber(expected))
	}
	return expected, ok, msg, true
}

// partIndicator returns the indicator of the record of kind k made from a
// fraction (its numerator is the actual, its denominator the target).
func (a *article) partIndicator(f fig, k extract.Kind) string {
	for _, ix := range a.byStart[f.m.Start] {
		if a.recs[ix].Kind == k {
			return a.recs[ix].Indicator
		}
	}
	if f.rec != nil {
		return f.rec.Indicator
	}
	return ""
}

// attainment checks each percent-of-plan record against the actual figure
// it qualifies (the last figure of its indicator before it in the
// sentence) and a target of the same indicator and region: one in the same
// sentence, else one elsewhere in the document for a known province and
// the same period (or the year of the period: a half-year result is
// measured against the year's plan), when the document gives only one
// value for it. Fractions are left to fractions.
func (a *article) attainment() {
	for pi, p := range a.recs {
		if p.Unit != normalize.PercentOfPlan {
			continue
		}
		var act *extract.Record
		for j := pi - 1; j >= 0; j-- {
			r := &a.recs[j]
			if r.Sentence != p.Sentence || r.Start > p.Start || p.Start-r.End > len(p.Sentence) {
				break
			}
			if r.Indicator == p.Indicator && r.Kind != extract.Target && countable(r.Unit) {
				act = r
				break
			}
		}
		if act == nil || a.isFraction(act.Start) {
			continue
		}
		// targets in the sentence, else elsewhere in the document for the
		// same known province and period; several different ones elsewhere
		// are ambiguous and not checked
		var near, far []*extract.Record
		ambiguous := false
		for j := range a.recs {
			t := &a.recs[j]
			if t.Kind != extract.Target || t.Indicator != act.Indicator || t.Unit != act.Unit || t.Region != act.Region || a.isFraction(t.Start) {
				continue
			}
			switch {
			case t.Sentence == act.Sentence && abs(t.Start-act.Start) < len(act.Sentence):
				near = append(near, t)
			// a target elsewhere counts only when stated exactly: "phấn đấu
			// tuyển sinh trên 11.600 người" is a floor for what remains, not
			// the plan the percent was taken of
			case act.Region != "" && act.Period != "" && (t.Period == act.Period || yearHolds(t.Period, act.Period)) &&
				(t.Qualifier == normalize.Exact || t.Qualifier == ""):
				if len(far) > 0 && far[0].Value.Cmp(t.Value) != 0 {
					ambiguous = true
				}
				far = append(far, t)
			}
		}
		if len(near) > 0 {
			a.checkAttainment(&a.recs[pi], act, near, false)
		} else if len(far) > 0 && !ambiguous {
			a.checkAttainment(&a.recs[pi], act, far, true)
		}
	}
}

// checkAttainment reports whether percent-of-plan p agrees with actual act
// and one of the targets; the nearest target is named. A target from
// elsewhere in the document (far) that gives less than half or more than
// twice the stated percent is taken for the target of something else, not
// for an error.
func (a *article) checkAttainment(p, act *extract.Record, targets []*extract.Record, far bool) {
	pf, af := a.recFig(p), a.recFig(act)
	best := targets[0]
	ok := false
	for _, t := range targets {
		if abs(t.Start-act.Start) < abs(best.Start-act.Start) {
			best = t
		}
		tf := a.recFig(t)
		if got, fine := percentOf(af.interval(), tf.interval()); fine && overlaps(pf.interval(), got) {
			ok = true
		}
	}
	if best.Value.Coef <= 0 {
		return
	}
	tf := a.recFig(best)
	exact := new(big.Rat).Quo(new(big.Rat).Mul(rat(act.Value), big.NewRat(100, 1)), rat(best.Value))
	expected, fits := roundTo(exact, pf.prec())
	if !fits {
		return
	}
	if stated := rat(p.Value); far && (exact.Cmp(new(big.Rat).Mul(stated, big.NewRat(2, 1))) > 0 || new(big.Rat).Mul(exact, big.NewRat(2, 1)).Cmp(stated) < 0) {
		return
	}
	msg := fmt.Sprintf("%s of a target of %s is %s%% of plan, not %s", act.Text, best.Text, viNumber(expected), p.Text)
	if ok {
		msg = fmt.Sprintf("%s of a target of %s is %s%% of plan, as stated", act.Text, best.Text, viNumber(expected))
	}
	a.report(ok, Warning{Rule: Attainment, Message: msg, Expected: expected,
		Figures: []Figure{a.figure(pf, "stated"), a.figure(af, "actual"), a.figure(tf, "target")}})
}

// recFig returns the figure of record r: its mention with the record's
// value (a percent of plan "vượt 12,5%" is 112,5).
func (a *article) recFig(r *extract.Record) fig {
	f := fig{rec: r, m: normalize.Mention{Text: r.Text, Start: r.Start, End: r.End, Kind: normalize.Quantity,
		Value: r.Value, Unit: r.Unit, Qualifier: r.Qualifier, NumStart: r.Start, NumEnd: r.End}}
	for _, m := range a.mentionsAt(r.Start) {
		f.m.NumStart, f.m.NumEnd = m.NumStart, m.NumEnd
		f.m.Kind = m.Kind
		f.valueOnly = m.Kind == normalize.Fraction || m.Kind == normalize.Range
	}
	return f
}

// mentionsAt returns the mentions that start at byte off.
func (a *article) mentionsAt(off int) []normalize.Mention {
	var out []normalize.Mention
	i := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].Start >= off })
	for _, m := range a.mentions[i:] {
		if m.Start == off {
			out = append(out, m)
		}
		if m.Start > off {
			break
		}
	}
	return out
}

// isFraction reports whether the mention at byte off is a fraction.
func (a *article) isFraction(off int) bool {
	for _, m := range a.mentionsAt(off) {
		if m.Kind == normalize.Fraction {
			return true
		}
	}
	return false
}

// countable reports whether u counts or sums: not a rate.
func countable(u normalize.Unit) bool {
	switch u {
	case normalize.PercentUnit, normalize.PercentagePoint, normalize.PercentOfPlan, normalize.NoUnit:
		return false
	}
	return true
}

// yearHolds reports whether period outer is the whole year that holds
// period p ("2020" holds "2020-H1" and "2020-01/2020-05"), read as
// normalize.Period values.
func yearHolds(outer, p string) bool {
	o, err1 := normalize.ParsePeriod(outer)
	q, err2 := normalize.ParsePeriod(p)
	return err1 == nil && err2 == nil && o.Grain == normalize.GrainYear && o.Contains(q)
}
