package extract

import (
	"strings"

	"github.com/solieu/solieu/normalize"
)

// A figure is one value read from a mention, before an indicator is chosen.
type figure struct {
	m         normalize.Mention
	value     normalize.Decimal
	unit      normalize.Unit
	qualifier normalize.Qualifier
	kind      Kind // set for the parts of fractions: numerator actual, denominator target
	yearOnly  bool // a fraction's denominator: the target of the whole year
}

// sentence extracts the records of sentence si.
func (d *document) sentence(si int, opt Options) []Record {
	s := d.sents[si]
	if s.line != d.paraLine {
		d.paraLine, d.paraPer, d.paraGov = s.line, "", ""
	}
	ms := d.mentionsIn(s.start, s.end)
	pers := d.periods(ms, s.a)
	// a period among the first tokens governs the sentence and what follows
	gov := ""
	d.pers, d.gov = pers, periodAt{tok: -1}
	lead := s.a
	for lead < s.b && lead < s.a+8 && !d.toks[lead].Number {
		lead++
	}
	for _, p := range pers {
		if p.tok <= lead+1 && p.tok < s.a+8 {
			gov, d.gov = p.value, p
			break
		}
	}
	hasTarget := d.targetBefore(s.a, s.b)
	if gov != "" {
		d.govPeriod = gov
		d.govKind = Actual
		if hasTarget {
			d.govKind = Target
		}
	} else if hasTarget && len(pers) > 0 && d.targetBefore(s.a, min(s.a+8, s.b)) {
		d.govPeriod, d.govKind = pers[0].value, Target
	}

	var out []Record
	var prev *Record // the last count record of the segment, for attainment
	segStart := s.a
	for _, m := range ms {
		if !m.Kind.IsNumeric() {
			continue
		}
		ti := d.tokAt(m.Start)
		ni := d.tokAt(m.NumStart)
		ne := d.tokAt(m.NumEnd)
		// a new ";"-segment forgets the previous record
		for k := segStart; k < ti; k++ {
			if d.toks[k].Punct && d.toks[k].Norm == ";" {
				segStart, prev = k+1, nil
			}
		}
		for _, f := range d.figures(m) {
			r, ok := d.classify(f, s, ti, ni, ne, prev, opt)
			if !ok {
				continue
			}
			out = append(out, r)
			if r.Unit != normalize.PercentOfPlan && r.Unit != normalize.PercentUnit && r.Unit != normalize.PercentagePoint {
				rr := r
				prev = &rr
			}
		}
	}
	// remember this paragraph's governing (else last) period for the sentences after it
	if gov != "" {
		d.paraGov = gov
	}
	for _, p := range pers {
		if !strings.Contains(p.value, "/") || strings.Count(p.value, "-") == 2 {
			d.paraPer = p.value
		}
	}
	return out
}

// figures splits a mention into the values it states: a range into its two
// ends, a fraction into numerator and denominator.
func (d *document) figures(m normalize.Mention) []figure {
	switch m.Kind {
	case normalize.Quantity, normalize.Money, normalize.Percent:
		if m.Unit == "" {
			return nil
		}
		return []figure{{m: m, value: m.Value, unit: m.Unit, qualifier: m.Qualifier}}
	case normalize.Range:
		if m.Unit == "" {
			return nil
		}
		return []figure{
			{m: m, value: m.Low, unit: m.Unit, qualifier: normalize.AtLeast},
			{m: m, value: m.High, unit: m.Unit, qualifier: normalize.AtMost},
		}
	case normalize.Fraction:
		// "91/500" with no noun takes the unit of its indicator
		if m.Unit == normalize.PercentUnit || m.Unit == normalize.VND || m.Unit == normalize.USD {
			return nil
		}
		return []figure{
			{m: m, value: m.Num, unit: m.Unit, qualifier: m.Qualifier, kind: Actual},
			{m: m, value: m.Den, unit: m.Unit, qualifier: normalize.Exact, kind: Target, yearOnly: true},
		}
	}
	return nil
}

// targetBefore reports whether a target cue stands in tokens [a, b).
func (d *document) targetBefore(a, b int) bool {
	for i := a; i < b; i++ {
		for _, p := range targetCues {
			if d.toks[i].Norm != p[0] {
				continue
			}
			if _, ok := matchAt(d.toks, i, b, p); ok && !d.undone(i, a) {
				return true
			}
		}
	}
	return false
}

// undone reports whether the target cue at token i follows "hoàn thành",
// "đạt", "vượt": then it names a goal met, not a target.
func (d *document) undone(i, floor int) bool {
	for k := i; k >= floor && k > i-3; k-- {
		if endsWith(d.toks, k, notTarget) {
			return true
		}
	}
	return false
}

// candidate is an indicator with the evidence found for a figure.
type candidate struct {
	ind   int
	score int
	cue   hit
}

// classify picks the indicator of a figure and fills its record.
func (d *document) classify(f figure, s sentence, ti, ni, ne int, prev *Record, opt Options) (Record, bool) {
	e := compiled()
	toks := d.toks
	// the clause: back to ";" or a "trong đó" opening a part, forward to the next separator
	lo := ti
	for lo > s.a && !(toks[lo-1].Punct && toks[lo-1].Norm == ";") && ti-lo < 30 {
		if endsWith(toks, lo, partWords) && lo < ti {
			break
		}
		lo--
	}
	seg := ti
	for seg > s.a && !(toks[seg-1].Punct && toks[seg-1].Norm == ";") {
		seg--
	}
	hi := ne
	for hi < s.b && hi-ne < 12 && !(toks[hi].Punct && strings.Contains(",;()", toks[hi].Norm)) {
		if hi > ne && toks[hi].Number {
			break
		}
		hi++
	}
	// level or change: the words just before the figure
	change := false
	if endsWith(toks, ti, changeWords) {
		change = true
	}
	if f.unit == normalize.PercentagePoint {
		change = true
	}
	// plan attainment: "đạt 118% kế hoạch", "vượt 12,5% kế hoạch"
	isPct := f.unit == normalize.PercentUnit || f.unit == normalize.PercentagePoint
	afterPlan := false
	me := d.tokAt(f.m.End)
	if isPct {
		for k := me; k < me+3 && k < s.b; k++ {
			if _, ok := matchAnyAt(toks, k, s.b, planWords); ok {
				afterPlan = true
				break
			}
			if toks[k].Punct || toks[k].Number {
				break
			}
		}
	}
	attainVerb := isPct && (endsWith(toks, ti, attainVerbs) || f.qualifier == normalize.Over && strings.HasPrefix(strings.ToLower(f.m.Text), "vượt"))

	hits := e.matches(toks, lo, hi)
	sentHits := e.matches(toks, s.a, hi) // Needs look at the whole sentence before
	// figures between a cue and this one: a cue does not reach past a
	// figure of the same unit, and each figure crossed counts as distance
	others := d.mentionsIn(d.toks[lo].Start, f.m.Start)
	best := candidate{ind: -1}
	for _, h := range hits {
		if h.role != roleCue {
			continue
		}
		ind := &All[h.ind]
		// distance from the cue to the figure, in tokens
		var dist int
		switch {
		case h.end <= ti:
			dist = ti - h.end
			if isPct && afterPlan && prev == nil && h.end > ti {
				continue
			}
			blocked := false
			for _, o := range others {
				if o.Start >= toks[h.end-1].End && o.Kind.IsNumeric() {
					if o.Unit == f.unit && o.Unit != "" && d.listBetween(d.tokAt(o.End), ti) {
						blocked = true
					}
					dist += 5
				}
			}
			if blocked || ti-h.end > 20 {
				continue
			}
		case h.start >= me:
			if isPct && afterPlan {
				continue // "hoàn thành 100% kế hoạch chi trả": what follows names the plan
			}
			dist = h.start - me
		default:
			dist = 0 // inside the mention ("người có công")
		}
		if !d.unitFits(ind, f.unit, isPct, afterPlan || attainVerb) {
			continue
		}
		if isPct && !afterPlan && !attainVerb && !(ind.Unit == normalize.PercentUnit || ind.Unit == normalize.PercentagePoint) {
			continue
		}
		// a change indicator takes changes, a level indicator levels
		if ind.Unit != normalize.PercentUnit || !afterPlan {
			cueChange := strings.Contains(h.text, "giảm") || strings.Contains(h.text, "thoát")
			if ind.Change != change && !(ind.Change && cueChange) && !(isPct && (afterPlan || attainVerb) && ind.Unit != normalize.PercentUnit && ind.Unit != normalize.PercentagePoint) {
				continue
			}
		}
		score := 1000 - 10*dist + len(h.words)
		needs, unless := false, false
		for _, sh := range sentHits {
			if sh.ind != h.ind {
				continue
			}
			switch {
			case sh.role == roleNeed:
				needs = true
			case sh.role == roleUnless && sh.start >= seg:
				unless = true
			}
		}
		if unless || (len(ind.Needs) > 0 && !needs) {
			continue
		}
		if needs {
			score += 5
		}
		if score > best.score || best.ind < 0 {
			best = candidate{h.ind, score, h}
		}
	}

	unit := f.unit
	if unit == "" && best.ind >= 0 {
		unit = All[best.ind].Unit
	}
	value := f.value
	ind := -1
	if best.ind >= 0 {
		ind = best.ind
	}
	if isPct && (afterPlan || attainVerb) {
		switch {
		case afterPlan && prev != nil:
			ind = Lookup(prev.Indicator).index()
		case best.ind >= 0 && All[best.ind].Unit != normalize.PercentUnit && All[best.ind].Unit != normalize.PercentagePoint:
		default:
			if afterPlan && best.ind < 0 {
				return Record{}, false
			}
			goto level
		}
		if ind < 0 {
			return Record{}, false
		}
		unit = normalize.PercentOfPlan
		if f.qualifier == normalize.Over && strings.HasPrefix(strings.ToLower(f.m.Text), "vượt") {
			value, _ = value.Add(normalize.NewDecimal(100, 0))
			f.qualifier = normalize.Exact
		}
	}
level:
	if ind < 0 {
		return Record{}, false
	}
	if unit == normalize.PercentUnit && All[ind].Unit == normalize.PercentagePoint {
		unit = normalize.PercentagePoint
	}
	if unit == normalize.PercentagePoint && All[ind].Unit == normalize.PercentUnit {
		return Record{}, false
	}
	r := Record{
		Doc:       d.doc.ID,
		Indicator: All[ind].ID,
		Value:     value,
		Unit:      unit,
		Qualifier: f.qualifier,
		Text:      f.m.Text,
		Start:     f.m.Start,
		End:       f.m.End,
		Sentence:  d.text[s.start:s.end],
		Published: d.published,
	}
	if r.Qualifier == "" {
		r.Qualifier = normalize.Exact
	}
	r.Period = d.periodFor(s, ti)
	r.Kind = d.kindFor(f, s, ti, r.Period)
	if f.yearOnly {
		r.Period = yearOf(r.Period)
	}
	// "từ 4,24% xuống còn 3,28%": the level before the change is last year's
	if ti > s.a && toks[ti-1].Norm == "từ" && isPct {
		y := periodYear(r.Period)
		if y == 0 || len(r.Period) != 4 {
			return Record{}, false
		}
		r.Period = itoa(y - 1)
	}
	r.Region = d.regionFor(s)
	if opt.Explain && best.ind >= 0 {
		r.Cue = d.text[toks[best.cue.start].Start:toks[best.cue.end-1].End]
		r.Rule = All[best.ind].ID + ": " + best.cue.text
	}
	return r, true
}

// listBetween reports whether tokens [a, b) hold a list separator ("," ";"
// "và"), which makes the figures on either side two items of a list.
func (d *document) listBetween(a, b int) bool {
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.Punct && (t.Norm == "," || t.Norm == ";") || t.Norm == "và" {
			return true
		}
	}
	return false
}

// index returns the position of a declaration in All, or -1.
func (ind *Indicator) index() int {
	if ind == nil {
		return -1
	}
	for i := range All {
		if &All[i] == ind {
			return i
		}
	}
	return -1
}

// unitFits reports whether a figure of unit u can belong to ind.
func (d *document) unitFits(ind *Indicator, u normalize.Unit, isPct, attain bool) bool {
	switch {
	case isPct:
		if ind.Unit == normalize.PercentUnit || ind.Unit == normalize.PercentagePoint {
			return true
		}
		return attain
	case u == normalize.USD:
		return ind.Unit == normalize.VND
	case u == "":
		return ind.Unit == normalize.Person || ind.Unit == normalize.Household || ind.Unit == normalize.Organization || ind.Unit == normalize.Procedure
	}
	return ind.Unit == u
}

func matchAnyAt(toks []normalize.Token, i, limit int, phrases [][]string) (int, bool) {
	for _, p := range phrases {
		if end, ok := matchAt(toks, i, limit, p); ok {
			return end, true
		}
	}
	return i, false
}

// periodFor finds the period of a figure at token ti: in its clause, the
// sentence's governing period, earlier in its segment or paragraph, the
// governing period of the text so far, or the title's.
func (d *document) periodFor(s sentence, ti int) string {
	pers := d.pers
	ca, cb := d.clauseBounds(ti, s.a, s.b, ",;()")
	for _, p := range pers {
		if p.tok >= ca && p.tok < cb {
			return p.value
		}
	}
	if d.gov.tok >= 0 && d.gov.tok < ti {
		return d.gov.value
	}
	sa, _ := d.clauseBounds(ti, s.a, s.b, ";")
	last := ""
	for _, p := range pers {
		if p.tok >= sa && p.tok < ti {
			last = p.value
		}
	}
	if last != "" {
		return last
	}
	for _, p := range pers {
		if p.tok < ti && (!strings.Contains(p.value, "/") || strings.Count(p.value, "-") == 2) {
			last = p.value
		}
	}
	if last != "" {
		return last
	}
	if d.paraGov != "" {
		return d.paraGov
	}
	if d.paraPer != "" {
		return d.paraPer
	}
	if d.govPeriod != "" {
		return d.govPeriod
	}
	return d.title
}

// kindFor decides whether a figure is a result, a target or an estimate.
func (d *document) kindFor(f figure, s sentence, ti int, period string) Kind {
	if f.kind != "" {
		return f.kind
	}
	sa, _ := d.clauseBounds(ti, s.a, s.b, ";")
	if has(d.toks, sa, ti, estimateCues) {
		return Estimate
	}
	if d.targetBefore(s.a, ti) {
		return Target
	}
	if y := periodYear(period); y > 0 && len(d.published) >= 4 {
		if py := periodYear(d.published); py > 0 && y > py {
			return Target
		}
	}
	// a sentence with no period of its own follows the governing context
	if d.govKind == Target && len(d.pers) == 0 && !has(d.toks, s.a, ti, pastWords) {
		return Target
	}
	return Actual
}

// regionFor returns the region of figures in sentence s.
func (d *document) regionFor(s sentence) string {
	if has(d.toks, s.a, s.b, nationalWords) && !d.namesProvince(s) {
		return "Việt Nam"
	}
	return d.region
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
