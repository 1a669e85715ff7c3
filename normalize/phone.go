package normalize

import "strings"

// label reads a phone label ("Điện thoại:", "ĐT:", "Fax:", "Hotline") and
// the number after it, emitted as a phone mention; or an address label
// ("Địa chỉ:"), after which nothing on the line is a figure.
func (s *scanner) label(i int) (int, bool) {
	if k, ok := s.phrase(i, []string{"địa", "chỉ"}); ok {
		for k < len(s.toks) && !s.toks[k].Newline {
			k++
		}
		return k, true
	}
	{
		if _, k, ok := longest(s, i, codeLabels); ok {
			for s.punct(k, ":") || s.punct(k, "-") {
				k++
			}
			for k < len(s.toks) && s.toks[k].Number && !s.toks[k].Newline {
				k++
			}
			return k, true
		}
	}
	if _, k, ok := longest(s, i, phoneLabels); ok {
		for s.punct(k, ":") || s.punct(k, "-") || s.punct(k, ".") {
			k++
		}
		if end, ok := s.phoneDigits(k); ok {
			s.emit(k, end, Mention{Kind: Phone, Str: s.digitsOf(k, end)})
			return end, true
		}
		return k, true
	}
	return i, false
}

// phoneDigits reads a run of number tokens and phone punctuation on one
// line holding at least 6 digits: "02203.853.734", "(0236) 3.822.547",
// "0987 654 321", "+84 24 3826 9541".
func (s *scanner) phoneDigits(k int) (int, bool) {
	start, end, digits := k, k, 0
	for j := k; j < len(s.toks); j++ {
		t := s.toks[j]
		if j > start && t.Newline {
			break
		}
		if t.Number {
			digits += digitCount(t.Norm)
			end = j + 1
			continue
		}
		if t.Punct && strings.Contains("().-+", t.Norm) {
			if t.Norm == ")" {
				end = j + 1
			}
			continue
		}
		break
	}
	if digits < 3 || digits > 15 {
		return k, false
	}
	if s.punct(start, "(") || s.punct(start, "+") {
		return end, true
	}
	return end, true
}

// digitsOf returns the digits of tokens [a, b).
func (s *scanner) digitsOf(a, b int) string {
	var sb strings.Builder
	for _, c := range []byte(s.text[s.toks[a].Start:s.toks[b-1].End]) {
		if isDigit(c) {
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// phoneBare reads an unlabelled phone number at token j: a leading zero
// and nine to eleven digits in groups ("0912.345.678", "0987 654 321").
func (s *scanner) phoneBare(j int) (int, bool) {
	t := s.toks[j]
	if t.Norm[0] != '0' || len(t.Norm) < 2 || t.Norm[1] == '.' || t.Norm[1] == ',' {
		return j, false
	}
	digits, end := digitCount(t.Norm), j+1
	for end < len(s.toks) && digits < 11 {
		n := s.toks[end]
		if !n.Number || n.Newline || digitCount(n.Norm) > 4 || !n.Space {
			break
		}
		digits += digitCount(n.Norm)
		end++
	}
	if digits < 9 || digits > 12 {
		if digitCount(t.Norm) >= 7 {
			return j + 1, true // a long zero-led digit string is a code, not a figure
		}
		return j, false
	}
	s.emit(j, end, Mention{Kind: Phone, Str: s.digitsOf(j, end)})
	return end, true
}

// phoneParen reads "(0236) 3.822.547" at the "(" token i.
func (s *scanner) phoneParen(i int) (int, bool) {
	if !s.punct(i, "(") {
		return i, false
	}
	a, ok := s.num(i + 1)
	if !ok || a[0] != '0' || len(a) < 2 || len(a) > 5 || !s.punct(i+2, ")") {
		return i, false
	}
	if _, ok := s.num(i + 3); !ok {
		return i, false
	}
	end, ok := s.phoneDigits(i)
	if !ok {
		return i, false
	}
	s.emit(i, end, Mention{Kind: Phone, Str: s.digitsOf(i, end)})
	return end, true
}
