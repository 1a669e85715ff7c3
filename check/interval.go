package check

import (
	"math/big"
	"strings"

	"github.com/solieu/solieu/normalize"
)

// An interval is the set of true values a written figure allows. A nil
// bound is unbounded.
type interval struct {
	lo, hi *big.Rat
}

// rat returns d as an exact rational.
func rat(d normalize.Decimal) *big.Rat {
	r := new(big.Rat).SetInt64(d.Coef)
	if d.Exp != 0 {
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(int(d.Exp)))), nil)
		if d.Exp > 0 {
			r.Mul(r, new(big.Rat).SetInt(p))
		} else {
			r.Quo(r, new(big.Rat).SetInt(p))
		}
	}
	return r
}

// pow10 returns 10^e as a rational.
func pow10(e int) *big.Rat { return rat(normalize.NewDecimal(1, e)) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// precision returns the exponent of the last written digit of a figure:
// value's exponent (normalize.Decimal keeps no trailing zeros), lowered by
// the zeros written after a decimal mark ("1,00%" is precise to 0,01), and
// for an exact figure capped so that a percent keeps its units ("100%" is
// not 100 ± 50) and a count at least two significant digits ("1.000" is
// 1000 ± 50, "36.000" is 36000 ± 500). numText is the number as written,
// without qualifier or unit words.
func precision(value normalize.Decimal, numText string, unit normalize.Unit, q normalize.Qualifier) int {
	exp := 0
	if value.Coef != 0 {
		exp = int(value.Exp)
		for c := value.Coef; c%10 == 0; c /= 10 {
			exp++
		}
	}
	exp -= trailingDecimalZeros(numText)
	if q != normalize.Exact && q != "" {
		return exp
	}
	switch unit {
	case normalize.PercentUnit, normalize.PercentagePoint, normalize.PercentOfPlan:
		return min(exp, 0)
	}
	if exp > 0 {
		digits := 0
		for c := value.Coef; c != 0; c /= 10 {
			digits++
		}
		// the integer digits are digits+exp; keep two of them
		exp = min(exp, max(digits+exp-2, 0))
	}
	return exp
}

// trailingDecimalZeros counts the zeros that end the decimals of a written
// number ("1,00" → 2, "120.938,50" → 1, "36.000" → 0: a dot before three
// digits groups thousands, see normalize).
func trailingDecimalZeros(s string) int {
	// keep the first run of digits and separators
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return 0
	}
	j := i
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' || s[j] == ',') {
		j++
	}
	num := strings.TrimRight(s[i:j], ".,")
	k := strings.LastIndexAny(num, ".,")
	if k < 0 {
		return 0
	}
	frac := num[k+1:]
	switch {
	case num[k] == ',' && strings.Count(num, ",") > 1 && len(frac) == 3:
		return 0 // English grouping: "385,016,221"
	case num[k] == '.' && len(frac) == 3 && !strings.Contains(num[:k], ","):
		return 0 // grouping: "36.000"
	case num[k] == '.' && strings.Count(num, ".") > 1:
		return 0 // "1.234.567"
	}
	n := 0
	for n < len(frac) && frac[len(frac)-1-n] == '0' {
		n++
	}
	return n
}

// around returns the interval a figure of value v, precision exp and
// qualifier q allows. An exact figure is v ± half a unit of its last
// digit; "hơn" (over) allows up to one unit more, "gần" (nearly) one unit
// less, "khoảng" (approx) one unit either way; "dưới", "không quá" and
// "ít nhất" are open on one side.
func around(v normalize.Decimal, exp int, q normalize.Qualifier) interval {
	x := rat(v)
	unit := pow10(exp)
	half := new(big.Rat).Quo(unit, big.NewRat(2, 1))
	add := func(a, b *big.Rat) *big.Rat { return new(big.Rat).Add(a, b) }
	sub := func(a, b *big.Rat) *big.Rat { return new(big.Rat).Sub(a, b) }
	switch q {
	case normalize.Over:
		return interval{x, add(x, unit)}
	case normalize.Nearly:
		return interval{sub(x, unit), x}
	case normalize.Approx:
		return interval{sub(x, unit), add(x, unit)}
	case normalize.Under, normalize.AtMost:
		return interval{nil, x}
	case normalize.AtLeast:
		return interval{x, nil}
	}
	return interval{sub(x, half), add(x, half)}
}

// plus returns a + b.
func plus(a, b interval) interval {
	var out interval
	if a.lo != nil && b.lo != nil {
		out.lo = new(big.Rat).Add(a.lo, b.lo)
	}
	if a.hi != nil && b.hi != nil {
		out.hi = new(big.Rat).Add(a.hi, b.hi)
	}
	return out
}

// minus returns a − b.
func minus(a, b interval) interval {
	var out interval
	if a.lo != nil && b.hi != nil {
		out.lo = new(big.Rat).Sub(a.lo, b.hi)
	}
	if a.hi != nil && b.lo != nil {
		out.hi = new(big.Rat).Sub(a.hi, b.lo)
	}
	return out
}

// percentOf returns 100·a/b for a ≥ 0 and b > 0, and false when b may be
// zero or negative or a may be negative.
func percentOf(a, b interval) (interval, bool) {
	if b.lo == nil || b.lo.Sign() <= 0 || a.lo == nil || a.lo.Sign() < 0 {
		return interval{}, false
	}
	hundred := big.NewRat(100, 1)
	out := interval{lo: new(big.Rat).Quo(new(big.Rat).Mul(a.lo, hundred), orMax(b.hi))}
	if b.hi == nil {
		out.lo = new(big.Rat)
	}
	if a.hi != nil {
		out.hi = new(big.Rat).Quo(new(big.Rat).Mul(a.hi, hundred), b.lo)
	}
	return out, true
}

// orMax returns r, or 1 when r is nil (the caller replaces the result).
func orMax(r *big.Rat) *big.Rat {
	if r == nil {
		return big.NewRat(1, 1)
	}
	return r
}

// overlaps reports whether a and b share a value.
func overlaps(a, b interval) bool {
	if a.lo != nil && b.hi != nil && a.lo.Cmp(b.hi) > 0 {
		return false
	}
	if b.lo != nil && a.hi != nil && b.lo.Cmp(a.hi) > 0 {
		return false
	}
	return true
}

// exceeds reports whether every value of a is above every value of b.
func exceeds(a, b interval) bool {
	return a.lo != nil && b.hi != nil && a.lo.Cmp(b.hi) > 0
}

// roundTo returns x rounded half away from zero to a multiple of 10^exp,
// as a Decimal, and false if it does not fit.
func roundTo(x *big.Rat, exp int) (normalize.Decimal, bool) {
	q := new(big.Rat).Quo(x, pow10(exp))
	num, den := q.Num(), q.Denom()
	n := new(big.Int).Mul(num, big.NewInt(2))
	n.Add(n, new(big.Int).Mul(den, big.NewInt(int64(q.Sign()))))
	d := new(big.Int).Mul(den, big.NewInt(2))
	n.Quo(n, d) // truncates toward zero: (2q ± 1)/2
	if !n.IsInt64() || exp > 100 || exp < -100 {
		return normalize.Decimal{}, false
	}
	return normalize.NewDecimal(n.Int64(), exp), true
}

// viNumber writes d the Vietnamese way: dots group thousands and a comma
// marks decimals ("36.120", "0,96", "120.938,5").
func viNumber(d normalize.Decimal) string {
	s := d.String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte(',')
		b.WriteString(frac)
	}
	return b.String()
}
