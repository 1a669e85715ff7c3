package normalize

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// A Grain is the shape of a period: a year, a part of one year, or a term
// of several years.
type Grain uint8

// The grains of a Period, with the words that give them.
const (
	NoGrain      Grain = iota // no shape of its own: "cùng kỳ" takes its context's
	GrainYear                 // "năm 2021", "năm nay", "cả năm", "Tết Quý Mão"
	GrainHalf                 // "6 tháng đầu năm" (H1), "6 tháng cuối năm" (H2)
	GrainQuarter              // "quý III", "quý đầu năm"
	GrainMonth                // "tháng 6"
	GrainMonths               // "9 tháng đầu năm", "9 tháng qua": months First..Last of a year
	GrainTerm                 // "giai đoạn 2016–2020", "trong 5 năm": Count years from Year
)

// A Relation says how the year of a period the text does not date follows
// from its context: an enclosing stated period (Unify) or the publication
// date (Resolve).
type Relation uint8

// The relations, with the words that give them.
const (
	// ThisYear is the context's year: "năm nay", "trong năm", "cả năm",
	// "6 tháng đầu năm", "quý II". A month alone ("tháng 6") resolved
	// against a date is the most recent such month on or before it.
	ThisYear Relation = iota
	// LastYear is the year before the context's: "năm ngoái", "năm trước",
	// and the base of "cùng kỳ" (the same period one year earlier).
	LastYear
	// PastYear is the year just ended: "năm qua", and the last year of
	// "5 năm qua", "trong 5 năm". Inside a stated year it is that year (a
	// review of 2023 calls 2023 "năm qua"); against a publication date it
	// is the date's year from October on (a year-end review) and the year
	// before until September (an early-next-year review).
	PastYear
	// ToDate runs from January to the month of the publication date:
	// "từ đầu năm đến nay", whose last month is unknown until resolved.
	ToDate
	// PastMonths is "9 tháng qua": January to September of the context's
	// year. A publication date resolves it only from September on: earlier,
	// nine months back run into the year before, which the period cannot
	// say.
	PastMonths
	// TermEnd is the last year of the context's term: "(đến) cuối nhiệm
	// kỳ", "cuối giai đoạn". Only an enclosing term resolves it.
	TermEnd
)

// A Period is a period as the text states it, possibly partial ("6 tháng
// đầu năm" has no year) or relative ("năm qua"). Fields the text does not
// state are zero. Unify fills them from an enclosing period, Resolve from
// the publication date, and String writes the spec's format.
//
// It is small (ten bytes), as every Mention holds one: years are int16.
type Period struct {
	Grain Grain
	Rel   Relation
	// Year is the year (a term's first year), 0 while unknown.
	Year int16
	// First and Last are the months (1–12) of a half, quarter, month or
	// span of months; 0 for a year or a term. Last is 0 while a ToDate
	// span is unresolved.
	First, Last int8
	// Count is the number of years of a term: 5 for "giai đoạn
	// 2016–2020" as for "trong 5 năm" (whose Year is unknown until
	// unified or resolved); 0 for other grains.
	Count int8
	// Cycle is one more than the year's place in the sexagenary cycle
	// (year mod 60) when the text names the year by stem and branch ("Tết
	// Quý Mão": 2023 mod 60 = 43, Cycle 44); 0 otherwise.
	Cycle int8
	// Point reports a point in time ("tính đến", "đến hết", "đến cuối"):
	// the figure is a level at the period's end, not a flow within it.
	Point bool
	// Comparison reports a base of comparison ("cùng kỳ", "cùng kỳ năm
	// 2022"): the same part of the year one year earlier.
	Comparison bool
}

// IsZero reports whether p says nothing.
func (p Period) IsZero() bool { return p == Period{} }

// Complete reports whether p is a whole period: its years and months are
// known.
func (p Period) Complete() bool {
	switch p.Grain {
	case GrainYear:
		return p.Year != 0
	case GrainTerm:
		return p.Year != 0 && p.Count >= 1
	case GrainHalf, GrainQuarter, GrainMonth, GrainMonths:
		return p.Year != 0 && p.First >= 1 && p.Last >= p.First && p.Last <= 12
	}
	return false
}

// String writes p in the format of spec/records.md: "2021", "2020-H1",
// "2023-Q1", "2020-06", "2020-01/2020-09", "2016/2020". It returns "" for
// a period that is not Complete.
func (p Period) String() string {
	if !p.Complete() {
		return ""
	}
	switch p.Grain {
	case GrainYear:
		return strconv.Itoa(int(p.Year))
	case GrainTerm:
		return yearSpanStr(int(p.Year), p.last())
	}
	return monthSpan(int(p.Year), int(p.First), int(p.Last))
}

// Years returns the first and last year of a complete p (the same year
// unless p is a term), and 0, 0 otherwise.
func (p Period) Years() (first, last int) {
	if !p.Complete() {
		return 0, 0
	}
	if p.Grain == GrainTerm {
		return int(p.Year), p.last()
	}
	return int(p.Year), int(p.Year)
}

// last returns the last year of a term.
func (p Period) last() int { return int(p.Year) + int(p.Count) - 1 }

// Months returns the first and last month of a complete p, each counted
// as year*12 + month - 1, and 0, 0 otherwise.
func (p Period) Months() (first, last int) {
	if !p.Complete() {
		return 0, 0
	}
	y := int(p.Year)
	switch p.Grain {
	case GrainYear:
		return y * 12, y*12 + 11
	case GrainTerm:
		return y * 12, p.last()*12 + 11
	}
	return y*12 + int(p.First) - 1, y*12 + int(p.Last) - 1
}

// Contains reports whether the months of q lie within those of p; both
// must be complete.
func (p Period) Contains(q Period) bool {
	if !p.Complete() || !q.Complete() {
		return false
	}
	a, b := p.Months()
	c, d := q.Months()
	return a <= c && d <= b
}

// single returns the year of a period of one known year, or 0.
func (p Period) single() int {
	if p.Grain == GrainTerm || p.Grain == NoGrain {
		return 0
	}
	return int(p.Year)
}

// lastYear returns the year that ends p when it is known, or 0.
func (p Period) lastYear() int {
	if p.Grain == GrainTerm {
		if p.Year == 0 {
			return 0
		}
		return p.last()
	}
	return p.single()
}

// Unify fills what p lacks from outer, a period that encloses it in the
// text (a heading, an earlier clause): a yearless half, quarter, month or
// "năm nay" takes outer's year; "năm ngoái" the year before it; "trong 5
// năm" the five years that end with outer's last year; "cùng kỳ" outer's
// shape one year earlier; a Tết named by stem and branch the year of that
// name nearest outer's. A stated year stays. A yearless part of a year
// inside a term of several years stays partial, as the text does not say
// which year it is. Point and Comparison stay p's.
func (p Period) Unify(outer Period) Period {
	if p.IsZero() {
		return outer
	}
	if p.Comparison && (p.Grain == NoGrain || p.Grain == GrainYear && outer.First != 0) {
		return p.compared(outer)
	}
	if p.Year != 0 {
		return p
	}
	if p.Rel == TermEnd {
		if outer.Grain == GrainTerm && outer.Complete() {
			p.Year = int16(outer.last())
		}
		return p
	}
	if p.Grain == GrainTerm {
		if end := outer.lastYear(); end != 0 && p.Count > 0 {
			p.Year = int16(end - int(p.Count) + 1)
		}
		return p
	}
	y := outer.single()
	if y == 0 {
		return p
	}
	switch {
	case p.Cycle != 0:
		y = nearestCycle(int(p.Cycle)-1, y)
	case p.Rel == LastYear:
		y--
	}
	p.Year = int16(y)
	if p.Rel == ToDate && p.Last == 0 && outer.First != 0 && int(outer.Year) == y {
		p.Last = outer.Last // "từ đầu năm đến nay" in a report of 9 months
	}
	return p
}

// compared returns the comparison p ("cùng kỳ", "cùng kỳ năm 2022") in the
// shape of outer: outer's months one year earlier, or in p's stated year.
func (p Period) compared(outer Period) Period {
	if outer.Grain == NoGrain {
		return p
	}
	q := outer
	q.Point, q.Comparison = p.Point, true
	switch {
	case p.Year != 0:
		q.Year = p.Year
		if q.Grain == GrainTerm {
			q.Grain, q.Count = GrainYear, 0
		}
	case q.Year != 0:
		q.Year--
	default:
		q.Rel = LastYear // the year is still to come from the date
	}
	return q
}

// Resolve fills what p still lacks from ref, the publication date, as
// the Relation says; it returns p as it is when ref is zero. A comparison
// with no shape ("cùng kỳ" alone) stays partial, and so does "N tháng
// qua" when more than N months of ref's year have not yet passed.
func (p Period) Resolve(ref time.Time) Period {
	if ref.IsZero() || p.Complete() || p.Grain == NoGrain {
		return p
	}
	ry, rm := ref.Year(), int(ref.Month())
	if p.Year == 0 {
		switch {
		case p.Rel == TermEnd:
			return p // the date says nothing of a term
		case p.Grain == GrainTerm:
			if p.Count > 0 {
				p.Year = int16(pastYear(ry, rm) - int(p.Count) + 1)
			}
			return p
		case p.Cycle != 0:
			p.Year = int16(nearestCycle(int(p.Cycle)-1, ry))
		case p.Rel == LastYear:
			p.Year = int16(ry - 1)
		case p.Rel == PastYear:
			p.Year = int16(pastYear(ry, rm))
		case p.Rel == PastMonths:
			if int(p.Last) > rm {
				return p
			}
			p.Year = int16(ry)
		case p.Grain == GrainMonth && int(p.First) > rm:
			p.Year = int16(ry - 1) // the most recent such month
		default:
			p.Year = int16(ry)
		}
	}
	if p.Rel == ToDate && p.Last == 0 {
		p.Last = 12
		if int(p.Year) == ry {
			p.Last = int8(rm)
		}
	}
	return p
}

// pastYear is the year "năm qua" names in an article of month m of year y.
func pastYear(y, m int) int {
	if m >= 10 {
		return y
	}
	return y - 1
}

// nearestCycle returns the year of sexagenary place c (year mod 60)
// nearest y.
func nearestCycle(c, y int) int {
	d := ((c-y)%60 + 60) % 60 // y+d has place c, 0 <= d < 60
	if d > 30 {
		return y + d - 60
	}
	return y + d
}

// errPeriod is the error of ParsePeriod.
var errPeriod = errors.New("normalize: bad period")

// ParsePeriod reads a period in the format of spec/records.md, the one
// String writes: "2021", "2020-H1", "2023-Q1", "2020-06",
// "2020-01/2020-09" (a span of months of one year that is no half, quarter
// or whole year), "2016/2020" (a term of at most 100 years). It returns an error for any other string,
// so that String(ParsePeriod(s)) == s for every s it accepts.
func ParsePeriod(s string) (Period, error) {
	bad := func() (Period, error) { return Period{}, fmt.Errorf("%w %q", errPeriod, s) }
	y, ok := parseYear(s)
	if !ok {
		return bad()
	}
	rest := s[4:]
	var p Period
	switch {
	case rest == "":
		p = yearPeriod(y)
	case rest[0] == '/':
		y2, ok := parseYear(rest[1:])
		if !ok || len(rest) != 5 || y2 <= y || y2-y >= 100 {
			return bad()
		}
		p = termPeriod(y, y2)
	case len(rest) == 3 && rest[:2] == "-H" && (rest[2] == '1' || rest[2] == '2'):
		h := int8(rest[2] - '0')
		p = Period{Grain: GrainHalf, Year: int16(y), First: 6*h - 5, Last: 6 * h}
	case len(rest) == 3 && rest[:2] == "-Q" && rest[2] >= '1' && rest[2] <= '4':
		q := int8(rest[2] - '0')
		p = Period{Grain: GrainQuarter, Year: int16(y), First: 3*q - 2, Last: 3 * q}
	case len(rest) == 3 && rest[0] == '-':
		m, ok := parseMonth(rest[1:])
		if !ok {
			return bad()
		}
		p = Period{Grain: GrainMonth, Year: int16(y), First: m, Last: m}
	case len(rest) == 11 && rest[0] == '-' && rest[3] == '/' && rest[8] == '-' && rest[4:8] == s[:4]:
		m1, ok1 := parseMonth(rest[1:3])
		m2, ok2 := parseMonth(rest[9:])
		if !ok1 || !ok2 || m2 <= m1 {
			return bad()
		}
		p = Period{Grain: GrainMonths, Year: int16(y), First: m1, Last: m2}
	default:
		return bad()
	}
	if p.String() != s { // a span that is a half, a quarter or a year
		return bad()
	}
	return p, nil
}

// parseYear reads the four digits that begin s as a year from 1 to 9999.
func parseYear(s string) (int, bool) {
	if len(s) < 4 {
		return 0, false
	}
	y := 0
	for k := 0; k < 4; k++ {
		if !isDigit(s[k]) {
			return 0, false
		}
		y = y*10 + int(s[k]-'0')
	}
	return y, y > 0
}

// parseMonth reads two digits as a month from 1 to 12.
func parseMonth(s string) (int8, bool) {
	if len(s) != 2 || !isDigit(s[0]) || !isDigit(s[1]) {
		return 0, false
	}
	m := (s[0]-'0')*10 + s[1] - '0'
	return int8(m), m >= 1 && m <= 12
}

// spanPeriod is the period of months first..last of year y (0: unknown)
// with the grain its span has.
func spanPeriod(y, first, last int) Period {
	g := GrainMonths
	switch {
	case first == 1 && last == 12:
		g = GrainYear
		first, last = 0, 0
	case last-first == 5 && first%6 == 1:
		g = GrainHalf
	case last-first == 2 && first%3 == 1:
		g = GrainQuarter
	case first == last:
		g = GrainMonth
	}
	return Period{Grain: g, Year: int16(y), First: int8(first), Last: int8(last)}
}

// termPeriod is the term of years y..y2, at most 100 years.
func termPeriod(y, y2 int) Period {
	return Period{Grain: GrainTerm, Year: int16(y), Count: int8(y2 - y + 1)}
}

// yearPeriod is the year y (0: unknown).
func yearPeriod(y int) Period {
	return Period{Grain: GrainYear, Year: int16(y)}
}

// The sexagenary names of years: a heavenly stem (can) and an earthly
// branch (chi), by year mod 10 and year mod 12 ("Canh Tý" is 2020).
var (
	yearStems = map[string]int{"canh": 0, "tân": 1, "nhâm": 2, "quý": 3, "giáp": 4,
		"ất": 5, "bính": 6, "đinh": 7, "mậu": 8, "kỷ": 9, "kỉ": 9}
	yearBranches = map[string]int{"thân": 0, "dậu": 1, "tuất": 2, "hợi": 3, "tý": 4, "tí": 4,
		"sửu": 5, "dần": 6, "mão": 7, "mẹo": 7, "thìn": 8, "tỵ": 9, "tị": 9, "ngọ": 10, "mùi": 11}
)

// cycleOf returns the place in the sexagenary cycle (year mod 60) of the
// year of stem and branch, which must have the same parity.
func cycleOf(stem, branch int) int {
	for c := stem; c < 60; c += 10 {
		if c%12 == branch {
			return c
		}
	}
	return -1
}
