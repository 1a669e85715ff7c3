package check

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/solieu/solieu/normalize"
)

// fillers are words that may stand between the parts of a relation without
// breaking it: "(tức) giảm 0,96%", "tương ứng", "so với năm 2016".
var fillers = map[string]bool{
	"tức": true, "là": true, "tương": true, "ứng": true, "đương": true, "hay": true,
	"so": true, "với": true, "cùng": true, "kỳ": true, "năm": true, "mức": true, "đã": true,
}

// gap counts the words in tokens [from, to) of sentence sn that are neither
// fillers nor inside a date or period, and reports whether a ";" stands
// there (which always breaks a relation).
func (a *article) gap(sn *sent, from, to int) (words int, semicolon bool) {
	for k := max(from, sn.a); k < min(to, sn.b); k++ {
		t := a.toks[k]
		switch {
		case t.Punct && t.Norm == ";":
			semicolon = true
		case t.Punct || sn.inDate[k-sn.a] || fillers[t.Norm]:
		default:
			words++
		}
	}
	return words, semicolon
}

// changeWord returns "giảm" (fall) or "tăng" (rise) when one stands just
// before token i ("giảm 0,96%", "giảm được 1.032 hộ", "tăng thêm 2%"), and
// the token where it starts.
func (a *article) changeWord(i int) (string, int) {
	for k := i - 1; k >= i-2 && k >= 0; k-- {
		switch w := a.norm(k); w {
		case "giảm", "tăng":
			return w, k
		case "được", "thêm":
			continue
		}
		break
	}
	return "", i
}

// direction reads the words between two levels: "xuống (còn)" and "còn"
// go down, "lên" goes up, "đến" and "tới" say nothing; ok is false when
// no such word stands there.
func (a *article) direction(sn *sent, from, to int) (dir string, ok bool) {
	for k := from; k < to && k < sn.b; k++ {
		switch a.norm(k) {
		case "xuống", "còn":
			return "giảm", true
		case "lên":
			return "tăng", true
		case "đến", "tới":
			ok = true
		}
	}
	return "", ok
}

// changes checks "giảm C (từ A xuống còn B)" and "từ A xuống còn B, giảm C":
// the change C must be A − B (or B − A for a rise), in the levels' unit or
// as a percent of the first level.
func (a *article) changes(sn *sent) {
	used := map[int]bool{}
	for i := 0; i+1 < len(sn.figs); i++ {
		fa, fb := sn.figs[i], sn.figs[i+1]
		if !plain(fa) || !plain(fb) || a.norm(fa.tok-1) != "từ" {
			continue
		}
		if _, ok := a.direction(sn, fa.end, fb.tok); !ok {
			continue
		}
		if w, semi := a.gap(sn, fa.end, fb.tok); w > 3 || semi {
			continue
		}
		ua, ub := fa.unit(), fb.unit()
		if ua == "" {
			ua = ub
		}
		if ub == "" {
			ub = ua
		}
		if ua != ub {
			continue
		}
		// the change: just before "từ", or just after the second level
		var fc fig
		var cw string
		found := false
		if i > 0 && !used[i-1] {
			c := sn.figs[i-1]
			if w, at := a.changeWord(c.tok); w != "" && plain(c) && at >= sn.a {
				if n, semi := a.gap(sn, c.end, fa.tok-1); n <= 2 && !semi {
					fc, cw, found = c, w, true
					used[i-1] = true
				}
			}
		}
		if !found && i+2 < len(sn.figs) {
			c := sn.figs[i+2]
			if w, at := a.changeWord(c.tok); w != "" && plain(c) {
				if n, semi := a.gap(sn, fb.end, at); n <= 2 && !semi {
					fc, cw, found = c, w, true
					used[i+2] = true
				}
			}
		}
		if !found {
			continue
		}
		a.checkChange(fa, fb, fc, cw, ua)
	}
}

// plain reports whether f is a single value (not a range or fraction).
func plain(f fig) bool {
	return f.m.Kind != normalize.Range && f.m.Kind != normalize.Fraction
}

// checkChange reports whether change fc (a fall for cw "giảm", a rise for
// "tăng") agrees with levels fa → fb of unit u.
func (a *article) checkChange(fa, fb, fc fig, cw string, u normalize.Unit) {
	if multiple(fc) {
		a.checkMultiple(fa, fb, fc, cw)
		return
	}
	ia, ib, ic := fa.interval(), fb.interval(), fc.interval()
	va, vb := rat(fa.m.Value), rat(fb.m.Value)
	diff := minus(ia, ib)
	exact := new(big.Rat).Sub(va, vb)
	if cw == "tăng" {
		diff = minus(ib, ia)
		exact.Neg(exact)
	}
	uc := fc.unit()
	pct := func(x normalize.Unit) bool { return x == normalize.PercentUnit || x == normalize.PercentagePoint }
	absOK := uc == u || uc == "" || pct(uc) && pct(u)
	relOK := uc == normalize.PercentUnit && va.Sign() > 0
	if !absOK && !relOK {
		return
	}
	ok := false
	if absOK && overlaps(ic, diff) {
		ok = true
	}
	var rel interval
	relExact := new(big.Rat)
	if relOK {
		relExact.Quo(new(big.Rat).Mul(exact, big.NewRat(100, 1)), va)
		if r, fine := percentOf(diff, ia); fine {
			rel = r
			if overlaps(ic, rel) {
				ok = true
			}
		}
	}
	want := exact
	relative := !absOK || (relOK && !pct(u))
	exp := finest(fa, fb, fc)
	if relative {
		want, exp = relExact, fc.prec()
	}
	expected, fits := roundTo(want, exp)
	if !fits {
		return
	}
	word := map[string]string{"giảm": "fall", "tăng": "rise"}[cw]
	result := fmt.Sprintf("a %s of %s", word, viNumber(expected))
	if relative {
		result += "% of the first level"
	}
	msg := fmt.Sprintf("a %s of %s disagrees with its levels %s → %s, %s", word, fc.m.Text, fa.m.Text, fb.m.Text, result)
	if want.Sign() < 0 {
		msg = fmt.Sprintf("a %s of %s disagrees with its levels %s → %s, which go the other way", word, fc.m.Text, fa.m.Text, fb.m.Text)
	}
	if ok {
		msg = fmt.Sprintf("%s → %s is %s, as stated (%s)", fa.m.Text, fb.m.Text, result, fc.m.Text)
	}
	a.report(ok, Warning{Rule: Change, Message: msg, Expected: expected,
		Figures: []Figure{a.figure(fc, "stated"), a.figure(fa, "from"), a.figure(fb, "to")}})
}

// multiple reports whether a change is a multiple: "tăng 9 lần", "gấp 3
// lần".
func multiple(f fig) bool {
	return f.m.Unit == "" && strings.HasSuffix(strings.ToLower(f.m.Text), "lần")
}

// checkMultiple reports whether the multiple fc ("tăng 9 lần", "giảm 2
// lần") agrees with levels fa → fb: their ratio, to fc's precision. A rise
// of N times may mean N times the first level or N more times it ("tăng
// thêm"): both agree.
func (a *article) checkMultiple(fa, fb, fc fig, cw string) {
	va, vb := rat(fa.m.Value), rat(fb.m.Value)
	if va.Sign() <= 0 || vb.Sign() <= 0 {
		return
	}
	ratio := new(big.Rat).Quo(vb, va)
	if cw == "giảm" {
		ratio.Inv(ratio)
	}
	n := rat(fc.m.Value)
	half := new(big.Rat).Quo(pow10(fc.prec()), big.NewRat(2, 1))
	near := func(x *big.Rat) bool {
		d := new(big.Rat).Sub(ratio, x)
		return d.Abs(d).Cmp(half) <= 0
	}
	ok := near(n) || cw == "tăng" && near(new(big.Rat).Add(n, big.NewRat(1, 1)))
	expected, fits := roundTo(ratio, fc.prec())
	if !fits {
		return
	}
	msg := fmt.Sprintf("%s → %s is %s times the first level, not %s", fa.m.Text, fb.m.Text, viNumber(expected), fc.m.Text)
	if ok {
		msg = fmt.Sprintf("%s → %s is %s times the first level, as stated (%s)", fa.m.Text, fb.m.Text, viNumber(expected), fc.m.Text)
	}
	a.report(ok, Warning{Rule: Change, Message: msg, Expected: expected,
		Figures: []Figure{a.figure(fc, "stated"), a.figure(fa, "from"), a.figure(fb, "to")}})
}
