package normalize

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// weekdays are the day names that may stand before a date ("Thứ Hai,
// 06/11/2023", "CHỦ NHẬT, NGÀY 19 THÁNG 01 NĂM 2025").
var weekdays = wordIndex(lxWeekday, [][]string{
	{"chủ", "nhật"}, {"thứ", "hai"}, {"thứ", "ba"}, {"thứ", "tư"}, {"thứ", "năm"},
	{"thứ", "sáu"}, {"thứ", "bảy"}, {"thứ", "2"}, {"thứ", "3"}, {"thứ", "4"},
	{"thứ", "5"}, {"thứ", "6"}, {"thứ", "7"}, {"cn"},
})

// dateOrPeriod reads a date, datetime or period at token i.
func (s *scanner) dateOrPeriod(i int) (int, bool) {
	// a weekday before a date joins the date
	if _, j, ok := longest(s, i, weekdays); ok {
		if s.punct(j, ",") || s.isDash(j) {
			j++
		}
		if end, m, ok := s.dateTime(j); ok {
			s.emit(i, end, s.datePoint(i, m))
			return end, true
		}
	}
	if end, m, ok := s.dateTime(i); ok {
		s.emit(i, end, s.datePoint(i, m))
		return end, true
	}
	if end, ok := s.timeFirst(i); ok {
		return end, true
	}
	return s.period(i)
}

// datePoint gives the date m at token i the Per of its month with Point
// set when a point cue comes before it ("tính đến ngày 30/6/2023": as of
// June 2023).
func (s *scanner) datePoint(i int, m Mention) Mention {
	if m.Kind != Date || !s.pointBefore(i) {
		return m
	}
	iso := m.Str // "2023-06-30", or "--06-30" with no Ref
	y, mo := 0, 0
	if strings.HasPrefix(iso, "--") {
		mo, _ = strconv.Atoi(iso[2:4])
	} else {
		y, _ = strconv.Atoi(iso[:4])
		mo, _ = strconv.Atoi(iso[5:7])
	}
	m.Per = spanPeriod(y, mo, mo)
	m.Per.Point = true
	return m
}

// dateTime reads a date with an optional time after it.
func (s *scanner) dateTime(i int) (int, Mention, bool) {
	end, y, mo, d, ok := s.date(i)
	if !ok {
		return i, Mention{}, false
	}
	var iso string
	if y == 0 {
		iso = string(appendPad(appendPad(append(make([]byte, 0, 8), "--"...), mo, 2), d, 2, '-'))
	} else {
		iso = isoDate(y, mo, d)
	}
	k := end
	if s.punct(k, ",") || s.isDash(k) || s.punct(k, "|") {
		k++
	}
	if s.word(k, "lúc") {
		k++
	}
	if tEnd, clock, ok := s.clock(k); ok && y != 0 && !s.toks[k].Newline {
		return tEnd, Mention{Kind: DateTime, Str: iso + "T" + clock}, true
	}
	return end, Mention{Kind: Date, Str: iso}, true
}

// timeFirst reads "10:03 AM 28/02/2019" at token i.
func (s *scanner) timeFirst(i int) (int, bool) {
	tEnd, clock, ok := s.clock(i)
	if !ok {
		return i, false
	}
	k := tEnd
	if s.punct(k, ",") || s.isDash(k) {
		k++
	}
	if s.word(k, "ngày") {
		k++
	}
	end, y, mo, d, ok := s.date(k)
	if !ok || y == 0 || s.toks[k].Newline {
		return i, false
	}
	s.emit(i, end, Mention{Kind: DateTime, Str: isoDate(y, mo, d) + "T" + clock})
	return end, true
}

// clock reads "05:02:04", "12:00:00 SA", "5:04:54 CH", "10:03 AM", "19h30"
// at token i and returns it as "hh:mm" or "hh:mm:ss" on a 24-hour clock.
func (s *scanner) clock(i int) (int, string, bool) {
	h, ok := s.intTok(i, 1, 2)
	if !ok || h > 24 {
		return i, "", false
	}
	var mi, sec = -1, -1
	k := i + 1
	switch {
	case s.punct(k, ":") && s.tight(k) && s.tight(k+1):
		mi, ok = s.intTok(k+1, 2, 2)
		if !ok {
			return i, "", false
		}
		k += 2
		if s.punct(k, ":") && s.tight(k) && s.tight(k+1) {
			if v, ok := s.intTok(k+1, 2, 2); ok {
				sec = v
				k += 2
			}
		}
	case s.word(k, "h") && s.tight(k) && s.tight(k+1):
		mi, ok = s.intTok(k+1, 2, 2)
		if !ok {
			return i, "", false
		}
		k += 2
	default:
		return i, "", false
	}
	if mi > 59 || sec > 59 {
		return i, "", false
	}
	switch {
	case k < len(s.toks) && s.toks[k].Newline:
	case s.word(k, "sa") || s.word(k, "am"): // "sáng" (morning)
		if h == 12 {
			h = 0
		}
		k++
	case s.word(k, "ch") || s.word(k, "pm"): // "chiều" (afternoon)
		if h < 12 {
			h += 12
		}
		k++
	}
	if h > 23 {
		return i, "", false
	}
	b := appendPad(appendPad(make([]byte, 0, 8), h, 2), mi, 2, ':')
	if sec >= 0 {
		b = appendPad(b, sec, 2, ':')
	}
	return k, string(b), true
}

// intTok reads token i as a plain integer of minLen to maxLen digits.
func (s *scanner) intTok(i, minLen, maxLen int) (int, bool) {
	d, ok := s.num(i)
	if !ok || len(d) < minLen || len(d) > maxLen {
		return 0, false
	}
	// strconv.Atoi(d) of digits with no '.' or ',': maxLen is small
	v := 0
	for k := 0; k < len(d); k++ {
		if !isDigit(d[k]) {
			return 0, false
		}
		v = v*10 + int(d[k]-'0')
	}
	return v, true
}

// appendPad appends v as fmt.Sprintf("%0*d", width, v) does, after sep
// if any is given.
func appendPad(b []byte, v, width int, sep ...byte) []byte {
	b = append(b, sep...)
	if v < 0 {
		return fmt.Appendf(b, "%0*d", width, v)
	}
	n := 1 // digits
	for x := v; x >= 10; x /= 10 {
		n++
	}
	for ; n < width; n++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(v), 10)
}

// isoDate returns fmt.Sprintf("%04d-%02d-%02d", y, m, d).
func isoDate(y, m, d int) string {
	return string(appendPad(appendPad(appendPad(make([]byte, 0, 10), y, 4), m, 2, '-'), d, 2, '-'))
}

// yearPart returns fmt.Sprintf("%d-"+part+"%0*d", y, width, n): "2020-06",
// "2023-Q1".
func yearPart(y int, part string, n, width int) string {
	return string(appendPad(append(strconv.AppendInt(make([]byte, 0, 10), int64(y), 10), part...), n, width))
}

// yearSpanStr returns yearSpanStr(y, y2).
func yearSpanStr(y, y2 int) string {
	return string(strconv.AppendInt(append(strconv.AppendInt(make([]byte, 0, 9), int64(y), 10), '/'), int64(y2), 10))
}

// year reads token i as a year from 1900 to 2100.
func (s *scanner) year(i int) (int, bool) {
	y, ok := s.intTok(i, 4, 4)
	return y, ok && y >= 1900 && y <= 2100
}

// date reads "ngày 19/8/2021", "14/01/2022", "26-11-2022", "01.06.2022",
// "ngày 24 tháng 4 năm 2020" and partial dates after "ngày" ("ngày 26-11",
// "ngày 5/1"), which resolve against Options.Ref. y is 0 for a partial
// date with no Ref.
func (s *scanner) date(i int) (end, y, mo, d int, ok bool) {
	j := i
	withDay := s.word(j, "ngày")
	if withDay {
		j++
	}
	// "phiên 7/2", "sáng 25/3": a word of a day or a time of day before a
	// day and month makes them a date, as "ngày" does
	partial := withDay || i > 0 && dayWords[s.toks[i-1].Norm] && s.toks[i].Space && !s.toks[i].Newline ||
		s.afterDate(i)
	if j >= len(s.toks) || (j > i && s.toks[j].Newline) {
		return
	}
	// "01.06.2022": one token
	if t, isNum := s.num(j); isNum && strings.Count(t, ".") == 2 && !strings.Contains(t, ",") {
		p := strings.Split(t, ".")
		if len(p[0]) <= 2 && len(p[1]) <= 2 && len(p[2]) == 4 {
			d, _ = strconv.Atoi(p[0])
			mo, _ = strconv.Atoi(p[1])
			y, _ = strconv.Atoi(p[2])
			if validDate(y, mo, d) {
				return j + 1, y, mo, d, true
			}
		}
		return
	}
	// "2022-05-12": ISO order
	if yy, ok := s.year(j); ok && s.isDash(j+1) && s.tight(j+1) && s.tight(j+2) && s.isDash(j+3) && s.tight(j+3) && s.tight(j+4) {
		m, ok1 := s.intTok(j+2, 2, 2)
		dd, ok2 := s.intTok(j+4, 2, 2)
		if ok1 && ok2 && validDate(yy, m, dd) {
			return j + 5, yy, m, dd, true
		}
	}
	d, isDay := s.intTok(j, 1, 2)
	if !isDay {
		return
	}
	k := j + 1
	// "24 tháng 4 năm 2020"
	if s.word(k, "tháng") {
		m, ok2 := s.intTok(k+1, 1, 2)
		if !ok2 {
			return
		}
		k += 2
		if s.word(k, "năm") {
			if yy, ok3 := s.year(k + 1); ok3 && validDate(yy, m, d) {
				return k + 2, yy, m, d, true
			}
		}
		if (s.punct(k, "/") || s.isDash(k)) && s.tight(k) {
			if yy, ok3 := s.year(k + 1); ok3 && validDate(yy, m, d) {
				return k + 2, yy, m, d, true
			}
		}
		if partial {
			yy, ok3 := s.resolve(m, d)
			return k, yy, m, d, ok3
		}
		return
	}
	sep := ""
	switch {
	case s.punct(k, "/"):
		sep = "/"
	case s.isDash(k):
		sep = "-"
	case s.punct(k, "."):
		sep = "."
	default:
		return
	}
	if !s.tight(k) || !s.tight(k+1) {
		return
	}
	m, ok2 := s.intTok(k+1, 1, 2)
	if !ok2 {
		return
	}
	k += 2
	if s.toks[k-1].Norm != "" && k < len(s.toks) && s.toks[k].Norm == sep && s.tight(k) && s.tight(k+1) {
		if yy, ok3 := s.year(k + 1); ok3 && validDate(yy, m, d) {
			return k + 2, yy, m, d, true
		}
		return
	}
	if partial {
		yy, ok3 := s.resolve(m, d)
		return k, yy, m, d, ok3
	}
	return
}

// afterDate reports whether token i follows "đến", "tới" or a dash right
// after a date: "từ ngày 1/2 đến 10/2" ends with a date too.
func (s *scanner) afterDate(i int) bool {
	if i < 2 || len(s.out) == 0 || !(s.word(i-1, "đến") || s.word(i-1, "tới") || s.isDash(i-1)) {
		return false
	}
	last := s.out[len(s.out)-1]
	return last.Kind == Date && last.End == s.toks[i-2].End
}

// dayWords name a day or a time of day: a day and month after one is a
// date ("phiên 7/2", "chiều 25/3"), not a fraction.
var dayWords = map[string]bool{"phiên": true, "hôm": true, "sáng": true, "trưa": true, "chiều": true, "tối": true, "đêm": true}

// resolve finds the year of a day and month without one: the most recent
// such day on or before Options.Ref. With no Ref the year is 0.
func (s *scanner) resolve(m, d int) (int, bool) {
	if !validDate(2000, m, d) { // 2000 is a leap year: 29 February passes
		return 0, false
	}
	if s.opt.Ref.IsZero() {
		return 0, true
	}
	y := s.opt.Ref.Year()
	for k := 0; k < 8; k++ {
		if validDate(y-k, m, d) {
			t := time.Date(y-k, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			ref := s.opt.Ref
			if !t.After(time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)) {
				return y - k, true
			}
		}
	}
	return 0, false
}

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// period reads "năm 2021", "tháng 6/2020", "6 tháng đầu năm 2020", "quý
// I/2023", "giai đoạn 2016-2020", "2021 – 2025", "từ đầu năm đến nay" and
// the relative forms ("năm nay", "trong năm", "cả năm", "năm qua", "cùng
// kỳ", "Tết Quý Mão", "5 năm qua", "đến cuối năm").
func (s *scanner) period(i int) (int, bool) {
	emit := func(end int, p Period) (int, bool) {
		return s.emitPeriod(i, end, p, true)
	}
	switch {
	case s.word(i, "năm"):
		if y, ok := s.year(i + 1); ok {
			if end, y2, ok := s.yearSpan(i+2, y); ok {
				return emit(end, termPeriod(y, y2))
			}
			return emit(i+2, yearPeriod(y))
		}
		if s.word(i+1, "nay") {
			return emit(i+2, yearPeriod(0))
		}
		if j, ok := s.relativeYear(i); ok {
			return j, true
		}
	case s.word(i, "tháng"):
		m, ok := s.intTok(i+1, 1, 2)
		if !ok || m < 1 || m > 12 {
			return i, false
		}
		k := i + 2
		if (s.punct(k, "/") || s.isDash(k)) && s.tight(k) && s.tight(k+1) {
			if y, ok := s.year(k + 1); ok {
				return emit(k+2, spanPeriod(y, m, m))
			}
		}
		if s.word(k, "năm") {
			if y, ok := s.year(k + 1); ok {
				return emit(k+2, spanPeriod(y, m, m))
			}
			return k, true // "tháng 6 năm nay": no mention, and "6" is no figure
		}
		return emit(k, spanPeriod(0, m, m))
	case s.word(i, "quý"):
		// "quý đầu năm 2016", "quý cuối năm": the first or last quarter
		if (s.word(i+1, "đầu") || s.word(i+1, "cuối")) && s.word(i+2, "năm") {
			q := 1
			if s.word(i+1, "cuối") {
				q = 4
			}
			if y, ok := s.year(i + 3); ok {
				return emit(i+4, spanPeriod(y, 3*q-2, 3*q))
			}
			return emit(i+3, spanPeriod(0, 3*q-2, 3*q))
		}
		q, k, ok := s.quarterNumber(i + 1)
		if !ok {
			return i, false
		}
		if (s.punct(k, "/") || s.isDash(k)) && s.tight(k+1) {
			if y, ok := s.year(k + 1); ok {
				return emit(k+2, spanPeriod(y, 3*q-2, 3*q))
			}
		}
		if s.word(k, "năm") {
			if y, ok := s.year(k + 1); ok {
				return emit(k+2, spanPeriod(y, 3*q-2, 3*q))
			}
		}
		return emit(k, spanPeriod(0, 3*q-2, 3*q))
	case s.word(i, "giai") || s.word(i, "nhiệm") || s.word(i, "thời"):
		k, ok := s.phrase(i, []string{"giai", "đoạn"})
		if !ok {
			if k, ok = s.phrase(i, []string{"nhiệm", "kỳ"}); !ok {
				if k, ok = s.phrase(i, []string{"thời", "kỳ"}); !ok {
					return i, false
				}
			}
		}
		paren := s.punct(k, "(")
		if paren {
			k++
		}
		if y, ok := s.year(k); ok {
			if end, y2, ok := s.yearSpan(k+1, y); ok {
				if paren && s.punct(end, ")") {
					end++
				}
				return emit(end, termPeriod(y, y2))
			}
		}
		// "đến cuối nhiệm kỳ", "cuối giai đoạn": the last year of the term
		// the context names
		if !paren && !s.isYear(k) && i > 0 && s.word(i-1, "cuối") && s.free(i-1, i) && !s.word(i, "thời") {
			return s.emitPeriod(i-1, k, Period{Grain: GrainYear, Rel: TermEnd, Point: true}, false)
		}
	case s.word(i, "từ"):
		// "từ năm 2021 đến năm 2025"
		if s.word(i+1, "năm") {
			if y, ok := s.year(i + 2); ok {
				if end, y2, ok := s.yearSpan(i+3, y); ok {
					return emit(end, termPeriod(y, y2))
				}
			}
		}
		k, ok := s.phrase(i, []string{"từ", "đầu", "năm"})
		if !ok {
			return i, false
		}
		y := 0
		if yy, ok := s.year(k); ok {
			y, k = yy, k+1
		}
		end, ok := s.phrase(k, []string{"đến", "nay"})
		if !ok {
			end, ok = s.phrase(k, []string{"tới", "nay"})
		}
		if ok {
			return emit(end, Period{Grain: GrainMonths, Rel: ToDate, Year: int16(y), First: 1})
		}
		// "từ đầu năm 2024 đến ngày 15/7", "từ đầu năm đến hết tháng 9":
		// January to that month
		if end, m, yy, ok := s.untilMonth(k); ok {
			if y == 0 {
				y = yy
			}
			return emit(end, spanPeriod(y, 1, m))
		}
	case s.word(i, "cùng") || s.word(i, "tết"):
		return s.relativeYear(i)
	case s.word(i, "nửa"):
		// "nửa đầu năm 2022", "nửa cuối năm": a half, as "6 tháng đầu năm"
		k, ok := s.phrase(i+1, []string{"đầu", "năm"})
		first := 1
		if !ok {
			if k, ok = s.phrase(i+1, []string{"cuối", "năm"}); !ok {
				return i, false
			}
			first = 7
		}
		if y, ok := s.year(k); ok {
			return emit(k+1, spanPeriod(y, first, first+5))
		}
		if s.word(k, "nay") {
			k++
		}
		return emit(k, spanPeriod(0, first, first+5))
	case s.word(i, "tính"):
		// "tính đến nay", "tính đến thời điểm này": as of the report's
		// date, what was done from January to its month
		for _, p := range untilNowPhrases {
			if end, ok := s.phrase(i, p); ok {
				return emit(end, Period{Grain: GrainMonths, Rel: ToDate, First: 1, Point: true})
			}
		}
		return i, false
	}
	// "6 tháng đầu năm 2020", "9 tháng năm 2022", "6 tháng cuối năm"
	n, k, ok := s.monthCount(i)
	if ok {
		spelled := !s.isInt(i)
		part := ""
		if s.word(k, "đầu") || s.word(k, "cuối") {
			part = s.toks[k].Norm
			k++
		}
		if spelled && part == "" && !(s.word(k, "năm") && s.isYear(k+1)) {
			return i, false // "Hai tháng" alone is a count, not a period
		}
		if !s.word(k, "năm") {
			// "9 tháng qua" in a report published in October: January to September
			if part == "" && s.word(k, "qua") {
				p := spanPeriod(0, 1, n)
				p.Rel = PastMonths
				return emit(k+1, p)
			}
			// "Trong 9 tháng,", "Lũy kế 6 tháng": the first months of the reference year
			if part == "" && i > 0 && (s.word(i-1, "trong") || s.word(i-1, "kế") || s.word(i-1, "sau")) &&
				!s.word(k, "tới") && !s.word(k, "qua") && !s.word(k, "gần") && !s.word(k, "nữa") && !s.word(k, "kể") {
				return emit(k, spanPeriod(0, 1, n))
			}
			return i, false
		}
		y, ok := s.year(k + 1)
		end := k + 2
		if !ok {
			if part == "" {
				return i, false
			}
			y, end = 0, k+1
			if s.word(k+1, "nay") {
				end = k + 2
			}
		}
		first, last := 1, n
		if part == "cuối" {
			first, last = 13-n, 12
		}
		return emit(end, spanPeriod(y, first, last))
	}
	// "2016-2020", "2021 – 2025": two years a short term apart
	if y, ok := s.year(i); ok {
		if end, y2, ok := s.yearSpan(i+1, y); ok {
			return emit(end, termPeriod(y, y2))
		}
	}
	// "5 năm qua", "trong 5 năm": the years up to the context's
	if j, ok := s.yearCount(i); ok {
		return j, true
	}
	return i, false
}

// untilNowPhrases say "as of now": the point of the report's date.
var untilNowPhrases = [][]string{
	{"tính", "đến", "nay"}, {"tính", "tới", "nay"},
	{"tính", "đến", "thời", "điểm", "này"}, {"tính", "tới", "thời", "điểm", "này"},
	{"tính", "đến", "thời", "điểm", "hiện", "nay"}, {"tính", "đến", "thời", "điểm", "hiện", "tại"},
}

// emitPeriod records the period mention of tokens [a, b) whose value as
// the text states it is p, and returns b. A point cue before it ("tính
// đến", "đến hết") sets p.Point and "cùng kỳ" before it p.Comparison. With
// stated, Str is p resolved against Options.Ref; without, "".
func (s *scanner) emitPeriod(a, b int, p Period, stated bool) (int, bool) {
	if s.pointBefore(a) {
		p.Point = true
	}
	if a >= 2 && s.word(a-2, "cùng") && (s.word(a-1, "kỳ") || s.word(a-1, "kì")) {
		p.Comparison = true
	}
	m := Mention{Kind: PeriodKind, Per: p}
	if stated {
		m.Str = p.Resolve(s.opt.Ref).String()
	}
	s.emit(a, b, m)
	return b, true
}

// pointBefore reports whether a point cue ends just before token a on its
// line: "tính đến", "tính tới", "đến hết", "tới hết" (as of, until the end
// of), "cuối" ("(đến) cuối năm 2022": at the end of), "(tính) đến thời
// điểm" (as of the moment).
func (s *scanner) pointBefore(a int) bool {
	if a < 2 || s.toks[a].Newline || s.toks[a-1].Newline {
		return false
	}
	w1, w2 := s.toks[a-1].Norm, s.toks[a-2].Norm
	switch {
	case w1 == "điểm" && w2 == "thời":
		return a >= 3 && !s.toks[a-2].Newline && (s.word(a-3, "đến") || s.word(a-3, "tới"))
	case w1 == "đến" || w1 == "tới":
		return w2 == "tính"
	case w1 == "hết":
		return w2 == "đến" || w2 == "tới"
	case w1 == "cuối":
		return true // "cuối năm 2022", "vào cuối năm 2025": the level at the end
	}
	return false
}

// free reports whether the word at token a may begin a mention that the
// scan, at token i, finds: tokens a to i stand on one line and no mention
// emitted so far reaches token a.
func (s *scanner) free(a, i int) bool {
	if a < 0 || !s.toks[a].Word {
		return false
	}
	for k := a + 1; k <= i; k++ {
		if s.toks[k].Newline {
			return false
		}
	}
	return len(s.out) == 0 || s.out[len(s.out)-1].End <= s.toks[a].Start
}

// relativeYear reads the relative forms only Per describes, at token i:
// "năm qua", "năm ngoái", "năm trước", "trong năm", "cả năm", "đến cuối
// năm" (at "năm"), "cùng kỳ (năm trước)" and "Tết (Nguyên đán) Quý Mão
// (2023)". Their Str is "".
func (s *scanner) relativeYear(i int) (int, bool) {
	rel := func(a, b int, p Period) (int, bool) { return s.emitPeriod(a, b, p, false) }
	t := s.toks[i].Norm
	switch t {
	case "năm":
		if i > 0 && (s.toks[i-1].Number || s.lex(i-1)&lxDigit != 0 || manyWords[s.toks[i-1].Norm]) {
			return i, false // "5 năm qua", "năm năm trước", "nhiều năm qua": a count of years
		}
		if j, ok := s.phrase(i, []string{"năm", "qua"}); ok {
			return rel(i, j, Period{Grain: GrainYear, Rel: PastYear})
		}
		if j, ok := s.phrase(i, []string{"năm", "ngoái"}); ok {
			return rel(i, j, Period{Grain: GrainYear, Rel: LastYear})
		}
		if j, ok := s.phrase(i, []string{"năm", "trước"}); ok && !s.word(j, "đó") && !s.word(j, "khi") {
			return rel(i, j, Period{Grain: GrainYear, Rel: LastYear})
		}
		if i == 0 || !s.yearEnds(i+1) {
			return i, false
		}
		before := s.toks[i-1].Norm
		switch {
		case (before == "trong" || before == "cả") && s.free(i-1, i):
			return rel(i-1, i+1, yearPeriod(0))
		case (before == "cuối" || before == "hết") && i >= 2 && (s.word(i-2, "đến") || s.word(i-2, "tới")) && s.free(i-2, i):
			return rel(i-2, i+1, Period{Grain: GrainYear, Point: true})
		}
	case "cùng":
		k, ok := s.phrase(i, []string{"cùng", "kỳ"})
		if !ok {
			k, ok = s.phrase(i, []string{"cùng", "kì"})
		}
		if !ok || s.word(k, "năm") && s.isYear(k+1) {
			return i, false // "cùng kỳ năm 2022": the year's mention is the comparison
		}
		for _, w := range []string{"trước", "ngoái", "qua"} {
			if j, ok := s.phrase(k, []string{"năm", w}); ok {
				k = j
				break
			}
		}
		return rel(i, k, Period{Comparison: true})
	case "tết":
		k := i + 1
		if j, ok := s.phrase(k, []string{"nguyên", "đán"}); ok {
			k = j
		}
		if k+1 >= len(s.toks) || !s.toks[k].Upper || s.toks[k].Newline || s.toks[k+1].Newline {
			return i, false
		}
		stem, ok1 := yearStems[s.toks[k].Norm]
		branch, ok2 := yearBranches[s.toks[k+1].Norm]
		if !ok1 || !ok2 || stem%2 != branch%2 {
			return i, false
		}
		c := cycleOf(stem, branch)
		p := Period{Grain: GrainYear, Cycle: int8(c + 1)}
		k += 2
		if y, ok := s.year(k); ok && y%60 == c && !s.toks[k].Newline {
			return s.emitPeriod(i, k+1, yearPeriod(y), false) // the name and the year agree
		}
		return rel(i, k, p)
	}
	return i, false
}

// manyWords count what follows them: "nhiều năm qua" is many years, not
// the year just ended.
var manyWords = map[string]bool{"nhiều": true, "những": true, "các": true, "mấy": true,
	"vài": true, "mỗi": true, "hàng": true, "bao": true, "mọi": true}

// yearEnds reports whether "năm" before token k ends the phrase ("trong
// năm,", "cả năm đạt"): k is punctuation, a new line or the text's end,
// or a verb that follows a period. Other words make "năm" a count ("cả
// năm người") or another year ("trong năm tới", "năm học").
func (s *scanner) yearEnds(k int) bool {
	if k >= len(s.toks) || s.toks[k].Newline {
		return true
	}
	t := &s.toks[k]
	if t.Punct {
		return t.Norm != "/" && t.Norm != "-" && !s.isDash(k)
	}
	switch t.Norm {
	case "đạt", "ước", "đã", "có", "dự", "sẽ":
		return true
	}
	return false
}

// yearCount reads "5 năm qua", "5 năm gần đây" and "trong 5 năm" at the
// number token i: a term of 2 to 30 years that ends at the context's year.
func (s *scanner) yearCount(i int) (int, bool) {
	n, ok := s.intTok(i, 1, 2)
	if !ok || n < 2 || n > 30 || !s.word(i+1, "năm") || s.toks[i+1].Newline {
		return i, false
	}
	p := Period{Grain: GrainTerm, Rel: PastYear, Count: int8(n)}
	a := i // where the mention starts: "trong" and "sau" join it
	if i > 0 && (s.word(i-1, "trong") || s.word(i-1, "sau")) && s.free(i-1, i) {
		a = i - 1
	}
	// "trong 5 năm (2011-2015)", "Sau 3 năm (2022 - 2024)": the years in
	// brackets gloss the count, the term is stated
	if end, y, ok := s.termGloss(i+2, n); ok {
		return s.emitPeriod(a, end, termPeriod(y, y+n-1), true)
	}
	if k, ok := s.phrase(i+1, []string{"năm", "qua"}); ok {
		if end, y, ok := s.termGloss(k, n); ok {
			return s.emitPeriod(i, end, termPeriod(y, y+n-1), true)
		}
		return s.emitPeriod(i, k, p, false)
	}
	if k, ok := s.phrase(i+2, []string{"gần", "đây"}); ok {
		return s.emitPeriod(i, k, p, false)
	}
	if i > 0 && s.word(i-1, "trong") && s.free(i-1, i) && s.yearEnds(i+2) {
		return s.emitPeriod(i-1, i+2, p, false)
	}
	// "Sau 5 năm thực hiện …", "sau 3 năm triển khai, …": the years of a
	// programme up to the context's
	if i > 0 && s.word(i-1, "sau") && s.free(i-1, i) && (s.punct(i+2, ",") || s.word(i+2, "thực") || s.word(i+2, "triển")) {
		return s.emitPeriod(i-1, i+2, p, false)
	}
	return i, false
}

// termGloss reads, at token k, the years in brackets that gloss a count
// of n years: "(2011-2015)" after "trong 5 năm". It returns the token
// after ")" and the first year; the span must be n years.
func (s *scanner) termGloss(k, n int) (int, int, bool) {
	if !s.punct(k, "(") {
		return k, 0, false
	}
	y, ok := s.year(k + 1)
	if !ok {
		return k, 0, false
	}
	end, y2, ok := s.yearSpan(k+2, y)
	if !ok || y2-y+1 != n || !s.punct(end, ")") {
		return k, 0, false
	}
	return end + 1, y, true
}

// monthCount reads the "N tháng" of a span of months at token i: N in
// digits (1–12) or spelled ("Chín tháng", "Mười hai tháng"). It returns N
// and the token after "tháng".
func (s *scanner) monthCount(i int) (int, int, bool) {
	if n, ok := s.intTok(i, 1, 2); ok {
		if n >= 1 && n <= 12 && s.word(i+1, "tháng") {
			return n, i + 2, true
		}
		return 0, i, false
	}
	k := i
	n := 0
	if s.word(k, "mười") {
		n, k = 10, k+1
		switch {
		case s.word(k, "một"):
			n, k = 11, k+1
		case s.word(k, "hai"):
			n, k = 12, k+1
		}
	} else if i < len(s.toks) {
		var d int64
		ok := false
		if lx := s.lexAt(i); lx != nil && lx.bits&lxDigit != 0 {
			d, ok = lx.digit, true // digitWords[s.toks[i].Norm]
		}
		switch s.toks[i].Norm {
		case "mốt", "tư", "lăm", "nhăm", "không", "linh", "lẻ":
			ok = false
		}
		if !ok || d == 0 {
			return 0, i, false
		}
		n, k = int(d), k+1
	}
	if n == 0 || !s.word(k, "tháng") {
		return 0, i, false
	}
	return n, k + 1, true
}

// isInt reports whether token i is a run of digits.
func (s *scanner) isInt(i int) bool {
	_, ok := s.intTok(i, 1, 2)
	return ok
}

// isYear reports whether token i is a year.
func (s *scanner) isYear(i int) bool {
	_, ok := s.year(i)
	return ok
}

// yearSpan reads "-2020" or " – 2025" after the year y at token k.
func (s *scanner) yearSpan(k, y int) (int, int, bool) {
	if !(s.isDash(k) || s.word(k, "đến")) {
		return k, 0, false
	}
	j := k + 1
	if s.word(k, "đến") && s.word(j, "năm") {
		j++
	}
	y2, ok := s.year(j)
	if !ok || y2 <= y || y2-y > 30 || s.toks[j].Newline {
		return k, 0, false
	}
	return j + 1, y2, true
}

// monthSpan names the months first..last of year y: halves and quarters by
// their names ("2020-H1", "2023-Q1"), others as "2022-01/2022-09".
func monthSpan(y, first, last int) string {
	switch {
	case first == 1 && last == 12:
		return strconv.Itoa(y)
	case first == 1 && last == 6:
		return strconv.Itoa(y) + "-H1"
	case first == 7 && last == 12:
		return strconv.Itoa(y) + "-H2"
	case last-first == 2 && first%3 == 1:
		return yearPart(y, "-Q", (first+2)/3, 1)
	case first == last:
		return yearPart(y, "-", first, 2)
	}
	return fmt.Sprintf("%d-%02d/%d-%02d", y, first, y, last)
}

// quarterNumber reads a quarter 1–4 in Roman numerals or digits at token i.
func (s *scanner) quarterNumber(i int) (int, int, bool) {
	if v, ok := s.intTok(i, 1, 1); ok && v >= 1 && v <= 4 {
		return v, i + 1, true
	}
	if i < len(s.toks) && s.toks[i].Word {
		if v, ok := roman(s.toks[i].Norm); ok && v >= 1 && v <= 4 {
			return v, i + 1, true
		}
	}
	return 0, i, false
}

// roman reads a lower-case Roman numeral up to 399.
func roman(w string) (int, bool) {
	if w == "" || len(w) > 12 {
		return 0, false
	}
	total, prev := 0, 0
	for k := len(w) - 1; k >= 0; k-- {
		v, ok := romanValues[w[k]]
		if !ok {
			return 0, false
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	return total, total > 0
}

// untilMonth reads, from token i, "đến" or "tới", then "hết" or "ngày"
// if written, then a day and month ("15/7", "15/7/2024") or "tháng" and a
// month ("tháng 9", "tháng 9/2024"): the end of a span from January. It
// returns the token after it, the month and the year written (or 0).
func (s *scanner) untilMonth(i int) (end, month, year int, ok bool) {
	if !s.word(i, "đến") && !s.word(i, "tới") {
		return i, 0, 0, false
	}
	k := i + 1
	if s.word(k, "hết") || s.word(k, "cuối") {
		k++
	}
	if s.word(k, "tháng") {
		m, ok := s.intTok(k+1, 1, 2)
		if !ok || m < 1 || m > 12 {
			return i, 0, 0, false
		}
		end := k + 2
		if s.punct(end, "/") && s.tight(end) && s.tight(end+1) {
			if y, ok := s.year(end + 1); ok {
				return end + 2, m, y, true
			}
		}
		return end, m, 0, true
	}
	if s.word(k, "ngày") {
		k++
	}
	d, ok := s.intTok(k, 1, 2)
	if !ok || d < 1 || d > 31 || !s.punct(k+1, "/") || !s.tight(k+1) || !s.tight(k+2) {
		return i, 0, 0, false
	}
	m, ok := s.intTok(k+2, 1, 2)
	if !ok || m < 1 || m > 12 {
		return i, 0, 0, false
	}
	end = k + 3
	if s.punct(end, "/") && s.tight(end) && s.tight(end+1) {
		if y, ok := s.year(end + 1); ok {
			return end + 2, m, y, true
		}
	}
	return end, m, 0, true
}

// ordinalWords are the spelled ordinals after "thứ".
var ordinalWords = map[string]int{
	"nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6,
	"bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}

// ordinal reads "lần thứ XVII", "thứ 3", "thứ nhất", "khóa XV", "Đại hội XIII".
func (s *scanner) ordinal(i int) (int, bool) {
	j := i
	if s.word(j, "lần") && s.word(j+1, "thứ") {
		j++
	}
	if s.word(j, "thứ") && j+1 < len(s.toks) && !s.toks[j+1].Newline {
		t := s.toks[j+1]
		if v, ok := s.intTok(j+1, 1, 3); ok {
			s.emit(i, j+2, Mention{Kind: Ordinal, Value: NewDecimal(int64(v), 0)})
			return j + 2, true
		}
		if t.Word {
			if v, ok := roman(t.Norm); ok && t.Upper {
				s.emit(i, j+2, Mention{Kind: Ordinal, Value: NewDecimal(int64(v), 0)})
				return j + 2, true
			}
			if v, ok := ordinalWords[t.Norm]; ok {
				s.emit(i, j+2, Mention{Kind: Ordinal, Value: NewDecimal(int64(v), 0)})
				return j + 2, true
			}
		}
		return i, false
	}
	// "khóa XV", "khóa 14", "Đại hội XIII"
	j, congress := i+1, false
	if k, ok := s.phrase(i, []string{"đại", "hội"}); ok {
		j, congress = k, true
	} else if !s.word(i, "khóa") && !s.word(i, "khoá") {
		return i, false
	}
	if j >= len(s.toks) || s.toks[j].Newline {
		return i, false
	}
	if v, ok := s.intTok(j, 1, 3); ok && !congress {
		s.emit(i, j+1, Mention{Kind: Ordinal, Value: NewDecimal(int64(v), 0)})
		return j + 1, true
	}
	if t := s.toks[j]; t.Word && t.Upper && t.Space {
		if v, ok := roman(t.Norm); ok {
			s.emit(i, j+1, Mention{Kind: Ordinal, Value: NewDecimal(int64(v), 0)})
			return j + 1, true
		}
	}
	return i, false
}
