package normalize

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

// A Decimal is an exact decimal number: Coef × 10^Exp. Scale words multiply
// it exactly, so "4,1 triệu" is 4100000 and never 4099999.9999999995 as it
// would be in float64. The zero value is 0.
type Decimal struct {
	Coef int64
	Exp  int8
}

// ErrOverflow is returned when a decimal does not fit in 18 significant digits.
var ErrOverflow = errors.New("normalize: number too large")

// NewDecimal returns coef × 10^exp.
func NewDecimal(coef int64, exp int) Decimal {
	return Decimal{Coef: coef, Exp: int8(exp)}.reduced()
}

// ParseDecimal parses a plain ASCII decimal such as "120938.5" or "-3".
// It returns an error if s is not of that form or does not fit.
func ParseDecimal(s string) (Decimal, error) {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	if intPart == "" && frac == "" {
		return Decimal{}, errors.New("normalize: empty decimal")
	}
	var d Decimal
	for _, part := range []string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			c := part[i]
			if c < '0' || c > '9' {
				return Decimal{}, errors.New("normalize: bad decimal " + strconv.Quote(s))
			}
			if d.Coef > (math.MaxInt64-9)/10 {
				return Decimal{}, ErrOverflow
			}
			d.Coef = d.Coef*10 + int64(c-'0')
		}
	}
	if len(frac) > 100 {
		return Decimal{}, ErrOverflow
	}
	d.Exp = int8(-len(frac))
	if neg {
		d.Coef = -d.Coef
	}
	return d.reduced(), nil
}

// reduced strips trailing zeros of the coefficient into the exponent, so
// equal values have equal representations.
func (d Decimal) reduced() Decimal {
	if d.Coef == 0 {
		return Decimal{}
	}
	for d.Coef%10 == 0 && d.Exp < 100 {
		d.Coef /= 10
		d.Exp++
	}
	return d
}

// IsZero reports whether d is 0.
func (d Decimal) IsZero() bool { return d.Coef == 0 }

// Mul returns d × e exactly. It returns ErrOverflow if the product does not fit.
func (d Decimal) Mul(e Decimal) (Decimal, error) {
	d, e = d.reduced(), e.reduced()
	if d.Coef == 0 || e.Coef == 0 {
		return Decimal{}, nil
	}
	p := d.Coef * e.Coef
	if p/e.Coef != d.Coef || abs64(d.Coef) > math.MaxInt64/abs64(e.Coef) {
		return Decimal{}, ErrOverflow
	}
	exp := int(d.Exp) + int(e.Exp)
	if exp > 100 || exp < -100 {
		return Decimal{}, ErrOverflow
	}
	return Decimal{Coef: p, Exp: int8(exp)}.reduced(), nil
}

// Add returns d + e exactly. It returns ErrOverflow if the sum does not fit.
func (d Decimal) Add(e Decimal) (Decimal, error) {
	d, e = d.reduced(), e.reduced()
	if d.Coef == 0 {
		return e, nil
	}
	if e.Coef == 0 {
		return d, nil
	}
	// align to the smaller exponent
	for d.Exp > e.Exp {
		if abs64(d.Coef) > math.MaxInt64/10 {
			return Decimal{}, ErrOverflow
		}
		d.Coef *= 10
		d.Exp--
	}
	for e.Exp > d.Exp {
		if abs64(e.Coef) > math.MaxInt64/10 {
			return Decimal{}, ErrOverflow
		}
		e.Coef *= 10
		e.Exp--
	}
	s := d.Coef + e.Coef
	if (d.Coef > 0 && e.Coef > 0 && s < 0) || (d.Coef < 0 && e.Coef < 0 && s > 0) {
		return Decimal{}, ErrOverflow
	}
	return Decimal{Coef: s, Exp: d.Exp}.reduced(), nil
}

// Sub returns d − e exactly.
func (d Decimal) Sub(e Decimal) (Decimal, error) {
	return d.Add(Decimal{Coef: -e.Coef, Exp: e.Exp})
}

// Cmp compares d and e and returns -1, 0 or +1.
func (d Decimal) Cmp(e Decimal) int {
	diff, err := d.Sub(e)
	if err != nil { // fall back to floats on overflow; only the sign matters
		a, b := d.Float64(), e.Float64()
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	}
	switch {
	case diff.Coef < 0:
		return -1
	case diff.Coef > 0:
		return 1
	}
	return 0
}

// Float64 returns the nearest float64 to d. Use it only where a user asks for floats.
func (d Decimal) Float64() float64 {
	f, _ := strconv.ParseFloat(d.String(), 64)
	return f
}

// Int reports d as an int64 and whether d is a whole number that fits.
func (d Decimal) Int() (int64, bool) {
	d = d.reduced()
	if d.Exp < 0 {
		return 0, false
	}
	v := d.Coef
	for i := int8(0); i < d.Exp; i++ {
		if abs64(v) > math.MaxInt64/10 {
			return 0, false
		}
		v *= 10
	}
	return v, true
}

// Places returns the number of digits after the decimal point in d's
// shortest exact form (0 for whole numbers).
func (d Decimal) Places() int {
	d = d.reduced()
	if d.Exp >= 0 {
		return 0
	}
	return int(-d.Exp)
}

// String returns the shortest exact plain form of d: "4100000", "0.36", "-2.5".
func (d Decimal) String() string {
	d = d.reduced()
	if d.Coef == 0 {
		return "0"
	}
	neg := d.Coef < 0
	digits := strconv.FormatInt(abs64(d.Coef), 10)
	var s string
	switch {
	case d.Exp >= 0:
		s = digits + strings.Repeat("0", int(d.Exp))
	case -int(d.Exp) < len(digits):
		k := len(digits) + int(d.Exp)
		s = digits[:k] + "." + digits[k:]
	default:
		s = "0." + strings.Repeat("0", -int(d.Exp)-len(digits)) + digits
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Append appends d.String() to b and returns the extended buffer.
func (d Decimal) Append(b []byte) []byte {
	d = d.reduced()
	if d.Coef == 0 {
		return append(b, '0')
	}
	var buf [24]byte
	digits := strconv.AppendInt(buf[:0], abs64(d.Coef), 10)
	if d.Coef < 0 {
		b = append(b, '-')
	}
	switch {
	case d.Exp >= 0:
		b = append(b, digits...)
		for range int(d.Exp) {
			b = append(b, '0')
		}
	case -int(d.Exp) < len(digits):
		k := len(digits) + int(d.Exp)
		b = append(b, digits[:k]...)
		b = append(b, '.')
		b = append(b, digits[k:]...)
	default:
		b = append(b, '0', '.')
		for range -int(d.Exp) - len(digits) {
			b = append(b, '0')
		}
		b = append(b, digits...)
	}
	return b
}

// MarshalJSON writes d as a JSON number in its shortest exact form.
func (d Decimal) MarshalJSON() ([]byte, error) { return d.Append(nil), nil }

// UnmarshalJSON reads a JSON number into d exactly.
func (d *Decimal) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		*d = Decimal{}
		return nil
	}
	// accept exponent notation such as 6.2e+13
	mant, expPart, hasExp := strings.Cut(strings.ToLower(s), "e")
	v, err := ParseDecimal(mant)
	if err != nil {
		return err
	}
	if hasExp {
		e, err := strconv.Atoi(expPart)
		if err != nil || e > 100 || e < -100 {
			return errors.New("normalize: bad exponent in " + strconv.Quote(s))
		}
		v.Exp += int8(e)
	}
	*d = v.reduced()
	return nil
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
