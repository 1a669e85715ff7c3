package normalize

// figure reads a numeric mention at token i: an optional qualifier, a
// number, and what follows it: a fraction's denominator, a range's other
// end, a percent sign, a currency or a count noun.
func (s *scanner) figure(i int) (int, bool) {
	q, j := s.qualifier(i)
	from := false
	if s.word(j, "từ") {
		from = true
		j++
	}
	if j >= len(s.toks) {
		return i, false
	}
	if j > i && s.toks[j].Newline {
		return i, false
	}
	if s.toks[j].Number {
		if k, ok := s.skipCode(j); ok {
			return k, true
		}
		if k, ok := s.phoneBare(j); ok {
			return k, true
		}
	}
	a, ok := s.numberAt(j)
	if !ok {
		return i, false
	}
	m := Mention{Kind: Number, Value: a.val, Qualifier: q, NumStart: s.toks[j].Start, NumEnd: s.toks[a.end-1].End}
	k := a.end

	// a fraction: "2.970/6.000 người", "91/500"
	if !a.words && !a.scaled && s.punct(k, "/") && s.tight(k) && s.tight(k+1) {
		if d, ok := s.num(k + 1); ok {
			if den, ok := parseDigits(d); ok && !den.IsZero() {
				e := numExpr{val: den, end: k + 2}
				s.scales(&e)
				num := a.val
				if e.scaled {
					num, _ = num.Mul(pow10(e.scale))
				}
				m.Kind, m.Num, m.Den = Fraction, num, e.val
				m.NumEnd = s.toks[e.end-1].End
				k = e.end
				if u, k2, ok := s.unit(k); ok {
					m.Unit, k = u.unit, k2
				} else if k2, ok := s.otherNoun(k); ok {
					k = k2
				}
				return s.finish(i, k, m)
			}
		}
	}

	u, k2, hasUnit := s.unit(k)

	// a range: "1.500 - 1.700 lao động", "từ 2 đến 3 tỷ đồng", "1,5 – 2%"
	if r, ok := s.rangeEnd(k2, hasUnit); ok {
		{
			low := a.val
			if !a.scaled && r.num.scaled && !hasUnit {
				if v, err := low.Mul(pow10(r.num.scale)); err == nil {
					low = v
				}
			}
			if hasUnit && r.hasUnit && (r.u.kind != u.kind || r.u.unit != u.unit) {
				goto single
			}
			unit := r.u
			if !r.hasUnit {
				unit = u
			}
			lv, hv := low, r.num.val
			if unit.kind == Money && unit.mult != (Decimal{}) {
				lv, _ = lv.Mul(unit.mult)
				hv, _ = hv.Mul(unit.mult)
			}
			if lv.Cmp(hv) < 0 || (from && lv.Cmp(hv) <= 0) {
				m.Kind, m.Low, m.High, m.Unit = Range, lv, hv, unit.unit
				m.NumEnd = s.toks[r.num.end-1].End
				return s.finish(i, r.end, m)
			}
		}
	}
single:
	if from {
		// "từ 4,24%" is a figure; the "từ" stays outside it
		i = j
	}
	if hasUnit {
		m.Kind, m.Unit = u.kind, u.unit
		if u.kind == Money && u.mult != (Decimal{}) {
			if v, err := m.Value.Mul(u.mult); err == nil {
				m.Value = v
			}
		}
		k = k2
	} else if a.words && a.end-j == 1 && !a.scaled && s.toks[j].Norm != "mười" {
		// one spelled digit ("một", "ba") is a figure only when it counts something
		return i, false
	} else if k2, ok := s.otherNoun(k); ok {
		// "116 đầu việc", "45 xã": a count with no contract unit
		m.Kind, k = Quantity, k2
	} else if k < len(s.toks) && s.toks[k].Word && !s.toks[k].Space && !a.words {
		return k + 1, true // "1A", "5G", "20ha": a code or a measure, not one of our figures
	}
	return s.finish(i, k, m)
}

// finish adds a trailing qualifier ("trở lên") and emits tokens [i, k).
func (s *scanner) finish(i, k int, m Mention) (int, bool) {
	if q, k2, ok := longest(s, k, qualifierSuffixes); ok {
		if m.Qualifier == "" || m.Qualifier == Exact {
			m.Qualifier = q
		}
		k = k2
	}
	s.emit(i, k, m)
	return k, true
}

// qualifier reads a qualifier phrase at token i.
func (s *scanner) qualifier(i int) (Qualifier, int) {
	if q, j, ok := longest(s, i, qualifierWords); ok {
		return q, j
	}
	return "", i
}

// A unitRead is what follows a number.
type unitRead struct {
	kind Kind
	unit Unit
	mult Decimal // a scale inside the currency ("nghìn đồng" is read as scale + đồng)
}

// unit reads a percent sign, "phần trăm", "điểm phần trăm", a currency or a
// count noun at token k.
func (s *scanner) unit(k int) (unitRead, int, bool) {
	if k >= len(s.toks) || s.toks[k].Newline {
		return unitRead{}, k, false
	}
	// percentage points: "0,5 điểm phần trăm", "2 điểm %"
	if s.word(k, "điểm") {
		if k2, ok := s.phrase(k+1, []string{"phần", "trăm"}); ok {
			return unitRead{kind: Percent, unit: PercentagePoint}, k2, true
		}
		if s.punct(k+1, "%") {
			return unitRead{kind: Percent, unit: PercentagePoint}, k + 2, true
		}
	}
	if s.punct(k, "%") {
		return unitRead{kind: Percent, unit: PercentUnit}, s.perYear(k + 1), true
	}
	if k2, ok := s.phrase(k, []string{"phần", "trăm"}); ok {
		return unitRead{kind: Percent, unit: PercentUnit}, s.perYear(k2), true
	}
	// not "đ/c" (comrade)
	if u, k2, ok := longest(s, k, currencyWords); ok && !(s.toks[k].Norm == "đ" && s.punct(k2, "/") && s.tight(k2)) {
		return unitRead{kind: Money, unit: u}, s.perYear(k2), true
	}
	if s.toks[k].Word && !s.toks[k].Space && !isCurrencyStart(s.toks[k].Norm) {
		return unitRead{}, k, false // "5G", "3D": a code, not a count
	}
	best, bestEnd, ok := longest(s, k, countNouns)
	if !ok {
		return unitRead{}, k, false
	}
	// "8.104 đơn vị, doanh nghiệp": a second noun of the same unit joins in
	if s.punct(bestEnd, ",") {
		if u, k2, ok := longest(s, bestEnd+1, countNouns); ok && u == best {
			bestEnd = k2
		}
	}
	return unitRead{kind: Quantity, unit: best}, bestEnd, true
}

// otherNoun reads a count noun with no contract unit at token k ("xã",
// "chỉ tiêu", "đầu việc"), so the mention covers what the figure counts.
func (s *scanner) otherNoun(k int) (int, bool) {
	if k >= len(s.toks) || s.toks[k].Newline || !s.toks[k].Word || !s.toks[k].Space {
		return k, false
	}
	_, best, ok := longest(s, k, otherNouns)
	if !ok {
		return k, false
	}
	// "116/116 xã, phường, thị trấn": a list of such nouns
	for s.punct(best, ",") {
		_, ext, ok := longest(s, best+1, otherNouns)
		if !ok {
			break
		}
		best = ext
	}
	return best, true
}

func isCurrencyStart(w string) bool {
	switch w {
	case "đ", "đồng", "vnđ", "vnd", "usd":
		return true
	}
	return false
}

// perYear extends a unit over "/năm" or "/tháng" ("0,3%/năm").
func (s *scanner) perYear(k int) int {
	if s.punct(k, "/") && s.tight(k) && (s.word(k+1, "năm") || s.word(k+1, "tháng") || s.word(k+1, "người") || s.word(k+1, "hộ")) && s.tight(k+1) {
		return k + 2
	}
	return k
}

// A rangeRead is a range's upper end.
type rangeRead struct {
	num     numExpr
	u       unitRead
	hasUnit bool
	end     int
}

// rangeEnd reads "- 1.700 lao động", "– 2%" or "đến 3 tỷ đồng" at token k.
func (s *scanner) rangeEnd(k int, lowHasUnit bool) (rangeRead, bool) {
	if k >= len(s.toks) || s.toks[k].Newline {
		return rangeRead{}, false
	}
	j := k
	switch {
	case s.isDash(k):
		j = k + 1
	case s.word(k, "đến") || s.word(k, "tới"):
		j = k + 1
	default:
		return rangeRead{}, false
	}
	q, j2 := s.qualifier(j)
	if q != "" && q != Under {
		return rangeRead{}, false
	}
	j = j2
	if _, ok := s.num(j); !ok {
		return rangeRead{}, false
	}
	if s.toks[j].Newline {
		return rangeRead{}, false
	}
	if _, ok := s.legalCodeAt(j); ok {
		return rangeRead{}, false
	}
	n, ok := s.numberAt(j)
	if !ok {
		return rangeRead{}, false
	}
	// "26-11", "19/8-2021" and dates belong elsewhere; a range's ends are plain
	if s.punct(n.end, "/") || s.punct(n.end, ":") {
		return rangeRead{}, false
	}
	r := rangeRead{num: n, end: n.end}
	if u, e, ok := s.unit(n.end); ok {
		r.u, r.hasUnit, r.end = u, true, e
	}
	return r, true
}

// skipChain returns the index after a number and any tight "/n" or "-n" after it.
func (s *scanner) skipChain(j int) int {
	k := j + 1
	for (s.punct(k, "/") || s.isDash(k)) && s.tight(k) && s.tight(k+1) {
		if _, ok := s.num(k + 1); !ok {
			break
		}
		k += 2
	}
	return k
}

// skipCode swallows numbers that are parts of names and codes rather than
// figures: "Covid-19", "F0", "H5N1", house numbers after address words, and
// bare times ("08:30"). It reports whether it did.
func (s *scanner) skipCode(j int) (int, bool) {
	if j > 0 {
		p := &s.toks[j-1]
		if !s.toks[j].Space && p.Word && !lostSpace(p, s.toks[j+1:]) {
			return j + 1, true // "F0", "H5N1"
		}
		if !s.toks[j].Space && p.Punct && (p.Norm == "-" || p.Norm == "–") && j > 1 &&
			!p.Space && s.toks[j-2].Word {
			return j + 1, true // "Covid-19", "SARS-CoV-2"
		}
		if p.Punct && p.Norm == "+" && !s.toks[j].Space && j > 1 && s.toks[j-2].Number && !p.Space {
			return j + 1, true // "Km 12+500"
		}
		if p.Word && !s.toks[j].Newline && s.lex(j-1)&lxAddress != 0 &&
			!(p.Norm == "thôn" && j > 1 && s.toks[j-2].Norm == "nông") { // "lao động nông thôn 6.000 người"
			return s.skipChain(j), true // "Tầng 2", "Km 5", "phường 3", "đường 30/4"
		}
		// "Số 72 đường ...": a house number before a street word
		if p.Word && p.Norm == "số" && j+1 < len(s.toks) && s.toks[j+1].Word &&
			s.lex(j+1)&lxStreet != 0 {
			return j + 1, true
		}
		// "Số 8 Phạm Sư Mệnh": a house number before a street name
		if p.Word && p.Norm == "số" && j+1 < len(s.toks) && s.toks[j+1].Word &&
			s.toks[j+1].Upper && s.toks[j+1].Space && !s.toks[j+1].Newline {
			if _, _, ok := s.unit(j + 1); !ok {
				return j + 1, true
			}
		}
	}
	// a time of day: "08:30", "5:04:54"
	if s.punct(j+1, ":") && s.tight(j+1) && s.tight(j+2) {
		if _, ok := s.num(j + 2); ok {
			k := j + 3
			if s.punct(k, ":") && s.tight(k) {
				if _, ok := s.num(k + 1); ok {
					k += 2
				}
			}
			return k, true
		}
	}
	return j, false
}

// lostSpace reports whether a number glued to the word w before it is a
// figure whose space was lost in copying ("trợ giúp14.860 hộ", "bắt
// buộc93 người"), not a code ("F0", "H5N1", "Covid19"): the word is a
// lower-case Vietnamese word (it has a letter outside ASCII) and the
// number stands alone after it (rest, the tokens after the number, go on
// with a space or punctuation).
func lostSpace(w *Token, rest []Token) bool {
	if w.Upper || len(rest) > 0 && !rest[0].Space && !rest[0].Punct {
		return false
	}
	for k := range len(w.Norm) {
		if w.Norm[k] >= 0x80 {
			return true
		}
	}
	return false
}
