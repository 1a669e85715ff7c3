package extract

import (
	"strconv"
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
	if len(ms) == 0 {
		return nil // no figure and no period: nothing to read or to remember (fast path)
	}
	pers := d.periods(ms, s.a)
	// a period among the first tokens governs the sentence and what follows
	gov := ""
	d.pers, d.gov = pers, periodAt{tok: -1}
	lead := s.a
	for lead < s.b && lead < s.a+8 && !d.toks[lead].Number {
		lead++
	}
	// the first figure: what comes before it frames the sentence
	firstFig := s.b
	for _, m := range ms {
		if m.Kind.IsNumeric() && m.Unit != "" {
			firstFig = d.tokAt(m.Start)
			break
		}
	}
	for _, p := range pers {
		// "Năm 2021, …", "Trong 9 tháng, …", and a fronted clause of its
		// own before any figure: "Báo cáo cho biết, 6 tháng đầu năm, …"
		fronted := p.tok < firstFig && p.tok < s.a+12 && (p.tok == s.a || d.toks[p.tok-1].Norm == ",") &&
			d.clauseEndsAfterPeriod(p.tok, s.b)
		if p.tok <= lead+1 && p.tok < s.a+8 || fronted {
			d.gov = p
			if !p.point {
				gov = p.value
			}
			break
		}
	}
	// a target cue frames the sentence only before its first figure ("…
	// GDP tăng 6,21%, thấp hơn mục tiêu đề ra" does not)
	hasTarget := d.targetBefore(s.a, firstFig)
	// a period inside the report's own ("Quý II/2019, …" in a report on
	// the first half) dates its sentence only
	narrow := gov != "" && d.title != "" && strictlyInside(gov, d.title)
	if narrow {
		gov = ""
	}
	if gov != "" {
		d.govPeriod = gov
		d.govKind = Actual
		if hasTarget {
			d.govKind = Target
		}
	} else if hasTarget && len(pers) > 0 && d.targetBefore(s.a, min(s.a+8, s.b)) {
		d.govPeriod, d.govKind = pers[0].value, Target
	}

	d.lastRate = -1
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
			if r.Unit == normalize.PercentUnit {
				d.lastRate = Lookup(r.Indicator).index()
			}
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
		if !p.point && !p.bracket && (!strings.Contains(p.value, "/") || strings.Count(p.value, "-") == 2) &&
			!(d.title != "" && strictlyInside(p.value, d.title)) {
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
func (d *document) targetBefore(a, b int) bool { return d.targetEnd(a, b) >= 0 }

// targetEnd returns the token after the last target cue in tokens [a, b),
// or -1 when there is none.
func (d *document) targetEnd(a, b int) int {
	last := -1
	for i := a; i < b; i++ {
		if !targetFirst().mayHave(d.toks[i].Norm) {
			continue // no phrase of targetCues or leadTargetCues begins here (fast path)
		}
		for _, p := range targetCues {
			if d.toks[i].Norm != p[0] {
				continue
			}
			if end, ok := matchAt(d.toks, i, b, p); ok && !d.undone(i, a) {
				last = end
			}
		}
		// "Kế hoạch năm 2024 … giao": only at the opening of a clause
		if i == a || d.toks[i-1].Punct && (d.toks[i-1].Norm == "," || d.toks[i-1].Norm == ";" || d.toks[i-1].Norm == "(") {
			for _, p := range leadTargetCues {
				if end, ok := matchAt(d.toks, i, b, p); ok && end < b && d.toks[end].Number {
					last = end
				}
			}
		}
	}
	return last
}

// undone reports whether the target cue at token i follows "hoàn thành",
// "đạt", "vượt" or a percent ("đạt 83,7% kế hoạch năm"): then it names a
// goal met, not a target.
func (d *document) undone(i, floor int) bool {
	for k := i; k >= floor && k > i-3; k-- {
		if endsWith(d.toks, k, notTarget) {
			return true
		}
	}
	k := i - 1
	if k > floor && d.toks[k].Norm == "%" {
		k--
	}
	return k >= floor && d.toks[k].Number
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
	ca, _ := d.clauseBounds(ti, s.a, s.b, ",;") // the figure's comma clause
	hi := ne
	for hi < s.b && hi-ne < 15 && !(toks[hi].Punct && strings.Contains(",;()", toks[hi].Norm) && !d.joined(hi)) {
		if hi > ne && toks[hi].Number {
			break
		}
		hi++
	}
	// sums of money that are rates or name a package are not totals
	if f.unit == normalize.VND || f.unit == normalize.USD {
		ca, _ := d.clauseBounds(ti, s.a, s.b, ",;()")
		if endsWith(toks, ni, packageWords) || has(toks, ca, ni, rateWords) {
			return Record{}, false
		}
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
	// "tỷ lệ hồ sơ trực tuyến đạt 65%": a rate reaches a level, it does not attain a plan
	if attainVerb && !afterPlan && has(toks, lo, ti, rateCues) {
		attainVerb = false
	}
	// "vượt 5% so với cùng kỳ", "bằng 102,5% so với năm trước": a comparison
	if attainVerb && !afterPlan && has(toks, me, min(me+4, s.b), sameTimeLast) {
		attainVerb = false
	}
	// "bằng 40,3% lực lượng lao động": a share of a population, not of a plan
	if attainVerb && !afterPlan && me < s.b && !toks[me].Punct && !toks[me].Number && !isAny(toks[me].Norm, shareFollowers) {
		attainVerb = false
	}

	hits := e.hits(d, lo, hi)
	sentHits := e.hits(d, s.a, hi) // Needs look at the whole sentence before
	// figures between a cue and this one: a cue does not reach past a
	// figure of the same unit, and each figure crossed counts as distance
	others := d.mentionsIn(d.toks[lo].Start, f.m.Start)
	best := candidate{ind: -1}
	for _, h := range hits {
		if h.role != roleCue {
			continue
		}
		ind := &All[h.ind]
		// "giảm tỷ lệ hộ nghèo từ 1,5% trở lên": a fall named before its cue
		change := change || h.end <= ti && endsWith(toks, h.start, changeWords) && !has(toks, h.end, ti, levelWords)
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
					// a list of figures of one unit: each has its own cue, but
					// a change may follow its level ("còn 4,61%, giảm 0,74%")
					oChange := endsWith(toks, d.tokAt(o.Start), changeWords)
					if o.Unit == f.unit && o.Unit != "" && d.listBetween(d.tokAt(o.End), ti) && oChange == change {
						blocked = true
					}
					dist += 5
				}
				// a cue right after a count qualifies that count ("200 đối
				// tượng cai nghiện và 35 người tâm thần"): it does not reach
				// across the list to another count (a share, "còn 6.874 hộ
				// nghèo, chiếm 2,15%", is of the same cue)
				if !isPct && o.Start < toks[h.start].Start && d.tokAt(o.End) >= h.start-1 && o.Kind.IsNumeric() && d.listBetween(h.end, ti) {
					blocked = true
				}
			}
			// a change may stand far from its rate's cue, after the levels:
			// "tỷ lệ hộ nghèo giảm từ A% … xuống còn B% …, bình quân mỗi năm giảm C%"
			if blocked || ti-h.end > 20 && !(change && ind.Change) || ti-h.end > 32 {
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
		if ind.Change && endsWith(toks, ti, riseWords) {
			continue // "số hộ nghèo tăng 120 hộ" is no fall
		}
		if isPct && !afterPlan && !attainVerb && !(ind.Unit == normalize.PercentUnit || ind.Unit == normalize.PercentagePoint) {
			continue
		}
		// a change indicator takes changes, a level indicator levels
		if ind.Unit != normalize.PercentUnit || !afterPlan {
			// a cue that itself says "left" ("thoát nghèo", "ra khỏi danh
			// sách hộ nghèo", "vượt chuẩn nghèo") makes the figure a change
			cueChange := strings.Contains(h.text, "giảm") || strings.Contains(h.text, "thoát") ||
				strings.Contains(h.text, "ra khỏi") || strings.Contains(h.text, "vượt chuẩn")
			if ind.Change != change && !(ind.Change && cueChange) && !(isPct && (afterPlan || attainVerb) && ind.Unit != normalize.PercentUnit && ind.Unit != normalize.PercentagePoint) {
				continue
			}
		}
		// a group noun opening a list of groups ("215.430 đối tượng người có
		// công, hộ nghèo, …") names no one group's indicator
		if h.end > me && d.startsGroupList(h, s.b, e) {
			continue
		}
		score := 1000 - 10*dist + len(h.words)
		// a sum of money with a generic cue ("tổng kinh phí") goes with the
		// people counted before it in its segment
		// (it outweighs the bonus of a matched Needs phrase)
		if prev != nil && (f.unit == normalize.VND || f.unit == normalize.USD) && samePrefix(ind.ID, prev.Indicator) {
			score += 8
		}
		needs, unless := false, false
		// Unless reaches back to the start of the figure's comma clause, or
		// to its cue's when the cue stands further back
		unlessFrom := max(seg, min(ca, h.start))
		for _, sh := range sentHits {
			if sh.ind != h.ind {
				continue
			}
			switch {
			case sh.role == roleNeed:
				needs = true
			case sh.role == roleUnless && sh.start >= unlessFrom:
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

	// "…; riêng khu vực thành thị là 2,73%": a rate of a part of the
	// population is still the rate of the clause before
	via := "" // how the indicator was found when no cue of its own governs the figure
	// a part: the clause opens with "trong đó", "riêng", … ("còn 9.874 hộ
	// nghèo, trong đó có 3.912 hộ nghèo là …")
	part := ca < ti && (endsWith(toks, ca+2, partWords) || endsWith(toks, ca+3, partWords) || toks[ca].Norm == "riêng")
	for k := ca - 1; k > seg && !part; k-- {
		part = toks[k-1].Norm == "," && toks[k].Norm == "riêng" // "riêng nhóm nghề cơ khí, điện … đạt 95%"
	}
	if best.ind < 0 && isPct && !afterPlan && !attainVerb && d.lastRate >= 0 &&
		(part && toks[ca].Norm == "riêng" || has(toks, ca, ti, areaWords)) {
		best.ind, best.cue = d.lastRate, hit{}
		via = "the rate before, for a part of the territory"
	}
	// the part of a rate reached by a sub-group is not the plan attained:
	// "…, trong đó qua đào tạo nghề đạt 40%"
	if part && isPct && attainVerb && !afterPlan {
		return Record{}, false
	}
	// a request is not an outcome: "nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp"
	if has(toks, ca, ti, proposalWords) || has(toks, me, min(me+4, s.b), proposalWords) {
		return Record{}, false
	}
	// "126.289 người, vượt 40% kế hoạch năm (kế hoạch 90.000 người)": a
	// plan in brackets after a result is that result's target
	planned := false
	if !isPct && prev != nil && d.planInBrackets(ti, s.a) && (f.unit == "" || f.unit == prev.Unit) {
		best.ind, best.cue, planned = Lookup(prev.Indicator).index(), hit{}, true
		via = "the plan in brackets of the result before"
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
	// a part of the same indicator as the total before it is not a fact
	if part && !isPct && prev != nil && prev.Indicator == All[ind].ID {
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
	// "71,5%/71%" in a report's table: done / planned
	if isPct && ti >= 2 && toks[ti-1].Norm == "/" && toks[ti-2].Norm == "%" && !toks[ti].Space {
		f.kind, f.yearOnly = Target, true
	}
	var ownPeriod bool
	r.Period, ownPeriod = d.periodFor(s, ti, me)
	r.Kind = d.kindFor(f, s, ti, ni, r.Period)
	if planned || d.planInBrackets(ti, s.a) {
		r.Kind = Target
	}
	// a change in a report on a term ("Hà Giang: 5 năm giảm 37.150 hộ
	// nghèo"), dated only by the term's last year in its sentence, is the
	// change over the term
	if All[ind].Change && strings.Contains(d.title, "/") && strings.Count(d.title, "-") == 0 &&
		r.Period == strconv.Itoa(lastYear(d.title)) && !d.clauseHasPeriod(s, ti) {
		r.Period = d.title
	}
	if f.yearOnly || planned {
		r.Period = yearOf(r.Period)
	}
	// "từ 4,24% xuống còn 3,28%": the level before the change is last year's
	if ti > s.a && toks[ti-1].Norm == "từ" && isPct && !ownPeriod && has(toks, me, min(me+3, s.b), folded("xuống", "lên", "đến")) {
		y := periodYear(r.Period)
		if y == 0 || len(r.Period) != 4 {
			return Record{}, false
		}
		r.Period = strconv.Itoa(y - 1)
	}
	r.Region = d.regionFor(s)
	if opt.Explain && best.ind >= 0 {
		if best.cue.end > best.cue.start {
			r.Cue = d.text[toks[best.cue.start].Start:toks[best.cue.end-1].End]
			r.Rule = All[best.ind].ID + ": " + best.cue.text
		} else {
			r.Rule = All[best.ind].ID + ": " + via // taken from the record before
		}
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

// periodFor finds the period of a figure on tokens [ti, me): in its
// clause, the sentence's governing period, earlier in its segment or
// paragraph, the governing period of the text so far, or the title's. own
// reports a period of the clause that stands right after the figure ("3,9%
// vào cuối năm 2025").
func (d *document) periodFor(s sentence, ti, me int) (period string, own bool) {
	pers := d.pers
	ca, cb := d.clauseBounds(ti, s.a, s.b, ",;()")
	// in the clause, the nearest period with no other figure between: in
	// "giảm từ 20,77% cuối năm 2021 xuống còn 3,9% vào cuối năm 2025" each
	// figure has its own
	best, bestDist, first := -1, 0, -1
	for k, p := range pers {
		if p.tok < ca || p.tok >= cb {
			continue
		}
		if first < 0 {
			first = k
		}
		a, b := p.tok, ti
		if p.tok >= me {
			a, b = me, p.tok
		}
		if d.figureBetween(a, b) || p.tok < ti && d.followsFigure(p.tok) {
			continue
		}
		if dist := b - a; best < 0 || dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 {
		return pers[best].value, pers[best].tok >= me
	}
	// every period of the clause has a figure between: the nearest before
	nearest := -1
	for k, p := range pers {
		if p.tok >= ca && p.tok < ti && !d.followsFigure(p.tok) {
			nearest = k
		}
	}
	if nearest >= 0 {
		return pers[nearest].value, false
	}
	if first >= 0 && !d.followsFigure(pers[first].tok) {
		return pers[first].value, false
	}
	p := d.contextPeriod(s, ti)
	// "ước cả năm …": the whole year of the context
	if d.wholeYearBefore(s.a, ti) && periodYear(p) > 0 && (!strings.Contains(p, "/") || strings.Count(p, "-") == 2) {
		p = p[:4]
	}
	return p, false
}

// clauseEndsAfterPeriod reports whether the period mention at token i is
// followed by a comma (or a colon) before limit, with no other word: it is
// a clause of its own.
func (d *document) clauseEndsAfterPeriod(i, limit int) bool {
	m := d.mentionAtTok(i)
	if m == nil {
		return false
	}
	k := d.tokAt(m.End)
	return k < limit && d.toks[k].Punct && (d.toks[k].Norm == "," || d.toks[k].Norm == ":")
}

// mentionAtTok returns the period mention starting at token i, or nil.
func (d *document) mentionAtTok(i int) *normalize.Mention {
	for _, m := range d.mentionsIn(d.toks[i].Start, d.toks[i].Start+256) {
		if m.Start == d.toks[i].Start && m.Kind == normalize.Period {
			return &m
		}
	}
	return nil
}

// figureBetween reports whether a numeric mention other than a period
// starts within tokens [a, b).
func (d *document) figureBetween(a, b int) bool {
	if a >= b {
		return false
	}
	for _, m := range d.mentionsIn(d.toks[a].Start, d.toks[b-1].End) {
		if m.Kind.IsNumeric() && m.Unit != "" {
			return true
		}
	}
	return false
}

// contextPeriod is the period of a figure at token ti whose clause names none.
func (d *document) contextPeriod(s sentence, ti int) string {
	pers := d.pers
	if d.gov.tok >= 0 && d.gov.tok < ti {
		return d.gov.value
	}
	sa, _ := d.clauseBounds(ti, s.a, s.b, ";")
	last := ""
	inside := d.inBrackets(ti, s.a)
	for _, p := range pers {
		if p.tok >= sa && p.tok < ti && (!p.bracket || inside) {
			last = p.value
		}
	}
	if last != "" {
		return last
	}
	for _, p := range pers {
		if p.tok < ti && (!p.bracket || inside) && (!strings.Contains(p.value, "/") || strings.Count(p.value, "-") == 2) {
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
// The figure's mention starts at token ti and its number at ni ("ước
// khoảng 2,9%": the estimate cue may lie inside the mention).
func (d *document) kindFor(f figure, s sentence, ti, ni int, period string) Kind {
	if f.kind != "" {
		return f.kind
	}
	sa, _ := d.clauseBounds(ti, s.a, s.b, ";")
	if has(d.toks, sa, max(ti, ni), estimateCues) {
		return Estimate
	}
	// "theo kế hoạch …: Đã giải quyết …": a result reported against a plan
	if te := d.targetEnd(s.a, ti); te >= 0 && !has(d.toks, te, ti, pastWords) && !(d.inBrackets(te-1, s.a) && has(d.toks, te, ti, closeBracket)) {
		return Target
	}
	if y := periodYear(period); y > 0 && len(d.published) >= 4 {
		if py := periodYear(d.published); py > 0 && y > py {
			return Target
		}
	}
	// a figure dated after the report's own period (from its heading) is
	// for the plan: "Năm 2026, …" in a report on 2025 published in 2026
	if y, ty := periodYear(period), lastYear(d.title); d.titleHead && y > 0 && ty > 0 && y > ty && !strings.Contains(period, "/") {
		return Target
	}
	// a sentence with no period of its own follows the governing context
	if d.govKind == Target && len(d.pers) == 0 && !has(d.toks, s.a, ti, pastWords) && d.toks[s.a].Norm != "hiện" {
		return Target
	}
	return Actual
}

// regionFor returns the region of figures in sentence s.
// A national article's figures are Việt Nam's unless their sentence
// names a province; a provincial article's are its province's unless their
// sentence speaks of the whole country and names no province.
func (d *document) regionFor(s sentence) string {
	if d.national {
		if p := d.provinceIn(s); p != "" {
			return p
		}
		return "Việt Nam"
	}
	if d.nationalSubject(s) && !d.namesProvince(s) {
		return "Việt Nam"
	}
	return d.region
}

// joined reports whether the comma at token i lies inside one of the
// joinedPairs ("học sinh, sinh viên").
func (d *document) joined(i int) bool {
	for _, p := range joinedPairs {
		for k := range p {
			if p[k] != "," {
				continue
			}
			if i-k < 0 {
				continue
			}
			if _, ok := matchAt(d.toks, i-k, len(d.toks), p); ok {
				return true
			}
		}
	}
	return false
}

// startsGroupList reports whether the cue h, after a figure, is followed by
// "," or "và" and a cue of another indicator that counts (people,
// households, …): a list of groups.
func (d *document) startsGroupList(h hit, limit int, e *engine) bool {
	k := h.end
	if k >= limit || !(d.toks[k].Norm == "," || d.toks[k].Norm == "và") {
		return false
	}
	for _, o := range e.matchesTo(d.toks, k+1, min(k+2, limit), limit) {
		if o.role == roleCue && o.ind != h.ind && isCount(All[o.ind].Unit) {
			return true
		}
	}
	return false
}

// samePrefix reports whether two indicator ids share their domain prefix
// ("support.funding", "support.beneficiaries").
func samePrefix(a, b string) bool {
	pa, _, _ := strings.Cut(a, ".")
	pb, _, _ := strings.Cut(b, ".")
	return pa == pb
}

// isAny reports whether w is one of the words.
func isAny(w string, words []string) bool {
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// planInBrackets reports whether the figure at token ti stands in brackets
// that open with "kế hoạch", "chỉ tiêu" or "mục tiêu".
func (d *document) planInBrackets(ti, floor int) bool {
	for k := ti - 1; k >= floor && k >= ti-6; k-- {
		if d.toks[k].Punct && d.toks[k].Norm == "(" {
			_, ok := matchAnyAt(d.toks, k+1, ti, planOpeners)
			return ok
		}
	}
	return false
}

// wholeYearBefore reports whether "cả năm", "cuối năm" … stands in tokens
// [a, b) outside a period mention ("6 tháng cuối năm" is a half).
func (d *document) wholeYearBefore(a, b int) bool {
	for i := a; i < b; i++ {
		for _, p := range wholeYear {
			if _, ok := matchAt(d.toks, i, b, p); !ok {
				continue
			}
			inPeriod := false
			for _, m := range d.mentionsIn(d.toks[a].Start, d.toks[b-1].End) {
				if m.Kind == normalize.Period && m.Start <= d.toks[i].Start && d.toks[i].Start < m.End {
					inPeriod = true
				}
			}
			if !inPeriod {
				return true
			}
		}
	}
	return false
}

// clauseHasPeriod reports whether the clause of the figure at token ti
// names a period of its own.
func (d *document) clauseHasPeriod(s sentence, ti int) bool {
	ca, cb := d.clauseBounds(ti, s.a, s.b, ",;()")
	for _, p := range d.pers {
		if p.tok >= ca && p.tok < cb {
			return true
		}
	}
	return false
}

// isCount reports whether u counts people, households, organizations or
// procedures.
func isCount(u normalize.Unit) bool {
	return u == normalize.Person || u == normalize.Household || u == normalize.Organization || u == normalize.Procedure
}

// followsFigure reports whether the period at token i stands right after a
// figure ("từ 38,2% cuối năm 2021"): it dates that figure only.
func (d *document) followsFigure(i int) bool {
	if i == 0 {
		return false
	}
	k := i
	if d.toks[k-1].Norm == "vào" || d.toks[k-1].Norm == "đến" {
		k--
	}
	for _, m := range d.mentionsIn(d.toks[max(k-8, 0)].Start, d.toks[k].Start) {
		if m.Kind.IsNumeric() && m.Unit != "" && d.tokAt(m.End) == k {
			return true
		}
	}
	return false
}

// nationalSubject reports whether sentence s speaks of the whole country
// as what its figures measure: "cả nước", "toàn quốc", but not as a rank
// or a yardstick ("xếp thứ 5 toàn quốc", "bình quân cả nước", "so với cả
// nước").
func (d *document) nationalSubject(s sentence) bool {
	for i := s.a; i < s.b; i++ {
		for _, p := range nationalWords {
			if _, ok := matchAt(d.toks, i, s.b, p); !ok {
				continue
			}
			if !yardstick(d.toks, i+len(p)) {
				return true
			}
		}
	}
	return false
}
