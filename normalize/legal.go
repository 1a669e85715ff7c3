package normalize

import "strings"

// legal reads a legal document reference at token i: "Nghị quyết số
// 03/2021/NQ-HĐND", "14-CT/TW", "1269/UBND-VX", or a document type with a
// bare number ("Nghị quyết số 01"). The mention spans the number and code;
// its value is the code without spaces.
func (s *scanner) legal(i int) (int, bool) {
	j, typed := i, false
	if _, k, ok := longest(s, i, legalTypes); ok {
		j, typed = k, true
	}
	if typed {
		for s.word(j, "số") || s.punct(j, ":") {
			j++
		}
		if j >= len(s.toks) || !s.toks[j].Number || s.toks[j].Newline {
			return i, false
		}
	}
	if end, ok := s.legalCodeAt(j); ok {
		s.emit(j, end, Mention{Kind: LegalRef, Str: s.joined(j, end)})
		return end, true
	}
	if typed && !s.punct(j+1, "/") && !s.punct(j+1, "%") {
		if _, _, hasUnit := s.unit(j + 1); !hasUnit {
			s.emit(j, j+1, Mention{Kind: LegalRef, Str: s.toks[j].Norm})
			return j + 1, true
		}
	}
	return i, false
}

// legalCodeAt reads a document code at token j: a number, an optional
// "/year", then letter groups joined by "-" or "/" of which the first starts
// upper case ("03/2021/NQ-HĐND", "14-CT/TW", "26/KH- UBND").
func (s *scanner) legalCodeAt(j int) (int, bool) {
	if _, ok := s.num(j); !ok {
		return j, false
	}
	k := j + 1
	if s.punct(k, "/") && s.tight(k) && s.tight(k+1) {
		if y, ok := s.num(k + 1); ok && len(y) == 4 && (s.punct(k+2, "/") || s.isDash(k+2)) {
			k += 2
		}
	}
	// the separator before the letters
	if !(s.punct(k, "/") || s.isDash(k)) {
		return j, false
	}
	groups := 0
	for {
		sep := k
		if !(s.punct(sep, "/") || s.isDash(sep)) {
			break
		}
		w := sep + 1
		if w >= len(s.toks) || !s.toks[w].Word || s.toks[w].Newline {
			break
		}
		// spaces are tolerated around a dash only ("26/KH- UBND", "02 - NQ/TU")
		if (s.toks[sep].Space || s.toks[w].Space) && !s.isDash(sep) {
			break
		}
		if groups == 0 && !s.toks[w].Upper {
			return j, false
		}
		if !s.toks[w].Upper && !hasUpper(s.text[s.toks[w].Start:s.toks[w].End]) {
			break
		}
		k = w + 1
		// "TB&XH": letters joined by '&'; "QH14": letters and digits
		for {
			if s.punct(k, "&") && s.tight(k) && k+1 < len(s.toks) && s.toks[k+1].Word && s.tight(k+1) {
				k += 2
				continue
			}
			if _, ok := s.num(k); ok && s.tight(k) {
				k++
				continue
			}
			break
		}
		groups++
	}
	if groups == 0 {
		return j, false
	}
	return k, true
}

func hasUpper(w string) bool {
	return strings.ToLower(w) != w
}

// joined returns the text of tokens [a, b) with the spaces between them removed.
func (s *scanner) joined(a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		sb.WriteString(s.text[s.toks[k].Start:s.toks[k].End])
	}
	return sb.String()
}
