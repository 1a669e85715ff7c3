package normalize

import (
	"strings"
)

// parseDigits reads a digit token such as "36.000", "120.938,5", "1,5" or
// "2.5". The rule for separators:
//
//   - a comma is the decimal mark ("1,5" is 1.5, "1,095" is 1.095), unless
//     there are several commas each followed by three digits ("385,016,221"),
//     which is English grouping;
//   - a dot followed by exactly three digits groups thousands ("1.500" is
//     1500, "1.204.332"); a single dot followed by one, two or four or more
//     digits is a decimal point ("2.5" is 2.5);
//   - with both, the last one is the decimal mark if the others group
//     correctly ("1.234,5" and "1,234.5" are both 1234.5).
//
// It reports false for digit strings that are not one number, such as the
// phone-like "02203.853.734".
func parseDigits(s string) (Decimal, bool) {
	dots, commas := 0, 0 // strings.Count(s, "."), strings.Count(s, ",")
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case '.':
			dots++
		case ',':
			commas++
		}
	}
	switch {
	case dots == 0 && commas == 0:
		return plain(s, "")
	case commas == 0:
		if dots == 1 {
			a, b, _ := strings.Cut(s, ".")
			if len(b) == 3 && len(a) <= 3 && !(len(a) > 1 && a[0] == '0') && a != "0" {
				return grouped(s, '.', "") // a+b, read in place
			}
			return plain(a, b)
		}
		return grouped(s, '.', "")
	case dots == 0:
		if commas == 1 {
			a, b, _ := strings.Cut(s, ",")
			return plain(a, b)
		}
		return grouped(s, ',', "")
	}
	last := strings.LastIndexAny(s, ".,")
	intPart, frac := s[:last], s[last+1:]
	group := byte('.')
	if s[last] == '.' {
		group = ','
	}
	if strings.IndexByte(intPart, s[last]) >= 0 {
		return Decimal{}, false
	}
	return grouped(intPart, group, frac)
}

// grouped reads "1.204.332"-style digits grouped by sep, then a fraction.
// It reads them in place, as plain would read them joined.
func grouped(s string, sep byte, frac string) (Decimal, bool) {
	first := strings.IndexByte(s, sep)
	if first < 0 {
		first = len(s)
	}
	if first == 0 || first > 3 || (first > 1 && s[0] == '0') {
		return Decimal{}, false
	}
	// every later group is exactly three bytes after a separator
	n := first
	for k := first; k < len(s); k += 4 {
		if s[k] != sep || len(s)-k < 4 || strings.IndexByte(s[k+1:k+4], sep) >= 0 {
			return Decimal{}, false
		}
		n += 3
	}
	if n+len(frac) > 18 {
		return Decimal{}, false
	}
	var c int64
	for k := 0; k < len(s); k++ {
		if s[k] == sep {
			continue
		}
		if s[k] < '0' || s[k] > '9' {
			return Decimal{}, false
		}
		c = c*10 + int64(s[k]-'0')
	}
	return fraction(c, frac)
}

// plain reads digits and a fraction, at most 18 digits in all, as
// ParseDecimal reads intPart + "." + frac, without building that string.
func plain(intPart, frac string) (Decimal, bool) {
	if len(intPart)+len(frac) > 18 || intPart == "" && frac == "" {
		return Decimal{}, false
	}
	var c int64
	for k := 0; k < len(intPart); k++ {
		if intPart[k] < '0' || intPart[k] > '9' {
			return Decimal{}, false
		}
		c = c*10 + int64(intPart[k]-'0')
	}
	return fraction(c, frac)
}

// fraction appends the digits of frac to the coefficient c.
func fraction(c int64, frac string) (Decimal, bool) {
	for k := 0; k < len(frac); k++ {
		if frac[k] < '0' || frac[k] > '9' {
			return Decimal{}, false
		}
		c = c*10 + int64(frac[k]-'0')
	}
	return Decimal{Coef: c, Exp: int8(-len(frac))}.reduced(), true
}

// digitCount counts the digits of a number token.
func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// pow10 returns 10^k as a Decimal.
func pow10(k int) Decimal { return Decimal{Coef: 1, Exp: int8(k)} }

// A numExpr is a number read at some token: its value, where its words
// end, and whether a scale word or spelled numerals gave it.
type numExpr struct {
	val    Decimal
	end    int  // token index after the expression
	scaled bool // a scale word was applied
	scale  int  // the total power of ten applied by scale words
	words  bool // written in words
}

// numberAt reads digits with scale words ("62 nghìn tỷ", "1 tỷ 200 triệu",
// "4,1 triệu", "một triệu rưỡi") or spelled numerals at token i.
func (s *scanner) numberAt(i int) (numExpr, bool) {
	if d, ok := s.num(i); ok {
		v, ok := parseDigits(d)
		if !ok {
			return numExpr{}, false
		}
		e := numExpr{val: v, end: i + 1}
		s.scales(&e)
		// "1 tỷ 200 triệu": a further figure with a smaller scale adds on
		if e.scaled {
			if d2, ok := s.num(e.end); ok && !s.toks[e.end].Newline {
				if v2, ok := parseDigits(d2); ok {
					e2 := numExpr{val: v2, end: e.end + 1}
					s.scales(&e2)
					if e2.scaled && e2.scale < e.scale {
						if sum, err := e.val.Add(e2.val); err == nil {
							e.val, e.end = sum, e2.end
						}
					}
				}
			}
		}
		return e, true
	}
	return s.spelled(i)
}

// scales applies the scale words after a number: consecutive ones multiply,
// and "rưỡi" (and a half) after one adds half of it.
func (s *scanner) scales(e *numExpr) {
	for e.end < len(s.toks) {
		t := &s.toks[e.end]
		if !t.Word || t.Newline {
			return
		}
		k, ok := 0, false
		if lx := s.lexAt(e.end); lx != nil && lx.bits&lxScale != 0 {
			k, ok = lx.scale, true // scaleWords[t.Norm]
		}
		if !ok {
			if t.Norm == "rưỡi" && e.scaled {
				half, err := NewDecimal(5, e.scale-1).Add(e.val)
				if err == nil {
					e.val = half
					e.end++
				}
			}
			return
		}
		if k == 2 && !e.words && e.val.Places() > 0 {
			return
		}
		v, err := e.val.Mul(pow10(k))
		if err != nil {
			return
		}
		e.val, e.scaled, e.scale = v, true, e.scale+k
		e.end++
	}
}

// spelled reads a spelled-out numeral such as "hai mươi lăm" (25), "một
// trăm linh năm" (105), "hai nghìn không trăm hai mươi hai" (2022) or "một
// triệu rưỡi" (1500000): the longest valid prefix at token i. A single
// digit word is read too; the caller decides whether it counts something.
func (s *scanner) spelled(i int) (numExpr, bool) {
	if i >= len(s.toks) || !s.toks[i].Word {
		return numExpr{}, false
	}
	switch s.toks[i].Norm {
	case "mốt", "tư", "lăm", "nhăm", "không", "linh", "lẻ", "mươi", "trăm", "rưỡi":
		return numExpr{}, false // never begin a numeral
	}
	const (
		start    = iota
		digit    // a digit waiting for "mươi", "trăm" or a scale
		tensWord // "mươi"
		tenWord  // "mười"
		hundred  // "trăm"
		linh     // "linh", "lẻ": a digit must follow
		scale    // "nghìn", "triệu", ...
		done     // the units digit is in: only a scale may follow
	)
	var (
		total, group int64
		pending      int64 = -1
		last               = start
		lastScale          = 0
		maxScale           = 0
		good               = i
		goodVal      int64
		goodScale    int
	)
	for j := i; j < len(s.toks); j++ {
		t := &s.toks[j]
		if !t.Word || (j > i && (t.Newline || !t.Space)) {
			break
		}
		w := t.Norm
		ok := true
		var d int64
		isDigitWord := false
		if lx := s.lexAt(j); lx != nil && lx.bits&lxDigit != 0 {
			d, isDigitWord = lx.digit, true // digitWords[w]
		}
		if isDigitWord {
			switch {
			case last == tensWord && d != 0:
				group += d
				last = done
			case last == tenWord && d != 0 && w != "mốt":
				group += d
				last = done
			case last == linh && d != 0 && w != "mốt" && w != "lăm" && w != "nhăm":
				group += d
				last = done
			case (last == start || last == hundred || last == scale) &&
				w != "mốt" && w != "lăm" && w != "nhăm" && (w != "tư" || last == hundred):
				if last == start && d == 0 {
					ok = false
					break
				}
				pending = d
				last = digit
			default:
				ok = false
			}
		} else {
			switch w {
			case "mươi":
				if last != digit || pending < 2 {
					ok = false
					break
				}
				group += pending * 10
				pending, last = -1, tensWord
			case "mười":
				if last != start && last != hundred && last != scale {
					ok = false
					break
				}
				group += 10
				last = tenWord
			case "trăm":
				if last != digit {
					ok = false
					break
				}
				group += pending * 100
				pending, last = -1, hundred
			case "linh", "lẻ":
				if last != hundred && last != scale {
					ok = false
					break
				}
				last = linh
			case "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn":
				k := scaleWords[w]
				cur := group
				if pending >= 0 {
					cur += pending
				}
				pending, group = -1, 0
				switch {
				case cur == 0 && last == scale && lastScale < k:
					total *= pow(k)
				case cur == 0:
					ok = false
				case k > maxScale:
					total = (total + cur) * pow(k)
				default:
					total += cur * pow(k)
				}
				if total > 1e17 {
					ok = false
				}
				maxScale = max(maxScale, k)
				lastScale, last = k, scale
			case "rưỡi":
				switch last {
				case scale:
					total += 5 * pow(lastScale-1)
				case hundred:
					group += 50
				default:
					ok = false
				}
				last = done
			default:
				ok = false
			}
		}
		if !ok {
			break
		}
		if last != linh {
			good = j + 1
			goodVal = total + group
			if pending >= 0 {
				goodVal += pending
			}
			goodScale = maxScale
		}
		if w == "rưỡi" {
			break
		}
	}
	if good == i {
		return numExpr{}, false
	}
	return numExpr{val: NewDecimal(goodVal, 0), end: good, words: true, scaled: goodScale > 0, scale: goodScale}, true
}

func pow(k int) int64 {
	v := int64(1)
	for ; k > 0; k-- {
		v *= 10
	}
	return v
}
