package extract

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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

// sentence appends the records of sentence si to out and returns it. Around the records, it
// keeps the document's running state: the paragraph's periods are
// forgotten when a new paragraph starts (startParagraph), the sentence's
// own are read before its figures (startSentence), and what the sentences
// after it inherit is remembered once its figures are read (endSentence).
func (d *document) sentence(out []Record, si int, opt Options) []Record {
	s := d.sents[si]
	if s.line != d.paraLine {
		d.startParagraph(s.line)
	}
	d.si = si
	ms := d.mentionsIn(s.start, s.end)
	if len(ms) == 0 {
		return out // no figure and no period: nothing to read or to remember (fast path)
	}
	gov := d.startSentence(s, ms)
	out = d.records(out, s, ms, opt)
	d.endSentence(gov)
	return out
}

// startParagraph forgets the periods of the paragraph before the one on
// line.
func (d *document) startParagraph(line int) {
	d.paraLine, d.paraPer, d.paraGov, d.paraDated, d.paraCount, d.paraUndated = line, "", "", false, nil, false
	d.paraPerTok, d.paraGovTok = -1, -1
}

// startSentence sets the per-sentence state of s: its periods (d.pers),
// the one that governs it (d.gov), and no rate read yet (d.lastRate). A
// governing period, or a target cue opening the sentence, also sets the
// period and kind that later sentences with no period of their own follow
// (d.govPeriod, d.govKind). It returns the governing period that dates
// the rest of the paragraph too: "" when there is none, when it is a point
// in time, or when it lies inside the report's own period.
func (d *document) startSentence(s sentence, ms []normalize.Mention) string {
	d.targets = targetCache{a: s.a, b: s.b, ok: true, list: d.targetCues(d.targets.list[:0], s.a, s.b)}
	d.pers = d.periods(ms, s.a)
	d.lastRate = -1
	firstFig := d.firstFigure(s, ms)
	d.gov = d.governingPeriod(s, firstFig)
	gov := ""
	if d.gov.tok >= 0 && !d.gov.point && !d.gov.rel && !d.occasion(d.gov) {
		gov = d.gov.value
	}
	// a target cue frames the sentence only before its first figure ("…
	// GDP tăng 6,21%, thấp hơn mục tiêu đề ra" does not)
	hasTarget := d.targetBefore(s.a, firstFig)
	d.sentPlan = hasTarget
	// a period inside the report's own ("Quý II/2019, …" in a report on
	// the first half) dates its sentence only
	if gov != "" && d.title != "" && strictlyInside(gov, d.title) {
		gov = ""
	}
	switch {
	case gov != "":
		d.govPeriod, d.govKind, d.govTok = gov, Actual, d.gov.tok
		if hasTarget {
			d.govKind = Target
		}
	case hasTarget && len(d.pers) > 0 && d.targetBefore(s.a, min(s.a+8, s.b)):
		// a plan looks forward: of "từ 20% năm 2023 xuống 8% năm 2025"
		// its period is the latest
		p := d.pers[0]
		for _, q := range d.pers[1:] {
			if periodYear(q.value) > periodYear(p.value) {
				p = q
			}
		}
		d.govPeriod, d.govKind, d.govTok = p.value, Target, p.tok
	case firstFig == s.b && !hasTarget:
		// a sentence with no figure that names the year it speaks of
		// ("Nổi bật trong công tác … trong năm qua, là …") frames the
		// results after it, unless the report is on a part of that year
		if p, ok := d.onlyYear(); ok && !(d.title != "" && strictlyInside(d.title, p.value)) {
			d.govPeriod, d.govKind, d.govTok = p.value, Actual, p.tok
		}
	}
	return gov
}

// onlyYear returns the one period of the current sentence that is a
// whole year, neither a point nor in brackets, when it has no other
// single year.
func (d *document) onlyYear() (periodAt, bool) {
	var out periodAt
	n := 0
	for _, p := range d.pers {
		if len(p.value) == 4 && !p.point && !p.bracket {
			if n > 0 && p.value != out.value {
				return periodAt{}, false
			}
			out, n = p, n+1
		}
	}
	return out, n > 0
}

// firstFigure returns the token of the first figure among the mentions ms
// of sentence s, or s.b when it has none: what comes before it frames the
// sentence.
func (d *document) firstFigure(s sentence, ms []normalize.Mention) int {
	for _, m := range ms {
		if m.Kind.IsNumeric() && m.Unit != "" {
			return d.tokAt(m.Start)
		}
	}
	return s.b
}

// governingPeriod returns the period of d.pers that governs sentence s and
// what follows it, or a periodAt with tok -1. It is a period among the
// first tokens ("Năm 2021, …", "Trong 9 tháng, …"), or a fronted clause of
// its own before the first figure, at token firstFig ("Báo cáo cho biết, 6
// tháng đầu năm, …").
func (d *document) governingPeriod(s sentence, firstFig int) periodAt {
	// the sentence's first number, if it is among its first eight tokens
	lead := s.a
	for lead < s.b && lead < s.a+8 && !d.toks[lead].Number {
		lead++
	}
	for _, p := range d.pers {
		fronted := p.tok < firstFig && p.tok < s.a+12 && (p.tok == s.a || d.toks[p.tok-1].Norm == ",") &&
			d.clauseEndsAfterPeriod(p.tok, s.b)
		if p.tok <= lead+1 && p.tok < s.a+8 || fronted {
			return p
		}
	}
	return periodAt{tok: -1}
}

// records appends to out the figures of the mentions ms of sentence s, in
// order, and returns it.
// Within a ";"-segment it carries the last count record (prev), which a
// percent after it may be the attainment of ("…, đạt 118% kế hoạch") and
// a plan in brackets the target of; and it notes the indicator of the last
// rate (d.lastRate), which a rate of a part of the territory repeats.
func (d *document) records(out []Record, s sentence, ms []normalize.Mention, opt Options) []Record {
	var prev, sentRate *Record // sentRate: the sentence's last rate record, past ";" too
	d.prevRate, d.fromPeriod = nil, ""
	segStart := s.a
	for _, m := range ms {
		if !m.Kind.IsNumeric() || indefinite(m) {
			continue
		}
		ti := d.tokAfter(s.a, m.Start)
		// a new ";"-segment forgets the previous record
		if k := d.lastSemicolon(segStart, ti); k >= 0 {
			segStart, prev, d.prevRate = k+1, nil, nil
		}
		// "cứ 100 hộ thì có 15 hộ nghèo": a ratio, not two counts
		if d.perEvery(segStart, ti) {
			continue
		}
		pos := figurePos{
			start:  ti,
			num:    d.tokAfter(ti, m.NumStart),
			numEnd: d.tokAfter(ti, m.NumEnd),
			end:    d.tokAfter(ti, m.End),
		}
		// "a/b" as a date, a document number, a scale, a size or a score
		// is no figure; votes are a statistic no indicator counts
		if m.Kind == normalize.Fraction {
			if sm := d.slashMeaning(m); sm != SlashPlan {
				if sm == SlashVotes && opt.All {
					rec := d.statistic(figure{m: m, value: m.Num, unit: m.Unit, qualifier: m.Qualifier}, s, pos, opt)
					rec.Of = m.Den
					if rec.Measure == "" {
						rec.Measure = d.wordsAfter(pos.end, s.b, 3)
					}
					out = append(out, rec)
				}
				continue
			}
		}
		// "tăng 2 lần": a multiple, a statistic no indicator counts
		if opt.All && d.isMultiple(m, pos) {
			out = append(out, d.statistic(figure{m: m, value: m.Value, qualifier: m.Qualifier}, s, pos, opt))
			continue
		}
		var buf [2]figure
		// both ends of a range look back to the same record
		d.beforeMention = prev
		if d.prevRate != nil {
			d.beforeMention = d.prevRate
		}
		d.rateBeforeMention = sentRate
		for _, f := range d.figures(m, buf[:0]) {
			r, ok := d.classify(f, s, pos, prev, opt)
			if !ok {
				if opt.All {
					out = append(out, d.statistic(f, s, pos, opt))
				}
				continue
			}
			out = append(out, r)
			d.last = lastFigure{ind: indexOf(r.Indicator), unit: string(r.Unit), sent: d.si}
			if r.Unit == normalize.PercentUnit {
				d.lastRate = indexOf(r.Indicator)
			}
			// the record as kept in out, which no reading changes: what the
			// figures after it look back to (a copy of r would go to the heap)
			kept := &out[len(out)-1]
			if r.Unit != normalize.PercentOfPlan && !isRate(r.Unit) {
				prev = kept
				d.prevRate, d.paraCount = nil, kept
			}
			// (a fall in points too: "giảm 1,2%, đạt 120% kế hoạch" attains
			// the plan of the fall)
			if isRate(r.Unit) {
				d.prevRate, sentRate = kept, kept
			}
		}
	}
	return out
}

// endSentence remembers, for the sentences after it, the paragraph's
// governing period gov (when the sentence has one) and its last period
// that is neither unresolved ("tính đến nay" with no date line), nor read
// from its context, nor a Tết, nor in brackets, nor a span of years, nor
// inside the report's own period, nor the whole year around it ("Tháng
// hành động vì trẻ em năm 2023" in a report on its first half); a point
// date ("Tính đến ngày 7/9/2021, …") is that period only when no other
// came before it in the paragraph.
func (d *document) endSentence(gov string) {
	if gov != "" {
		d.paraGov, d.paraGovTok, d.paraGovPlan, d.paraUndated = gov, d.gov.tok, d.sentPlan, false
	} else if d.gov.tok >= 0 && d.gov.undated {
		d.paraGov, d.paraPer, d.paraUndated = "", "", true
	}
	for _, p := range d.pers {
		if !p.rel && p.value != "" {
			d.lastPer, d.lastPerAt, d.lastDate = p.value, d.si, p.date
		}
		if p.tet {
			d.lastTet = p.value
		}
		if p.point && p.date && !p.bracket && !d.paraDated {
			d.paraPer, d.paraPerTok, d.paraPerPlan, d.paraPerDate = p.value, p.tok, d.sentPlan, p.date
			continue
		}
		d.paraDated = true
		if (!p.point || p.value != "" && !p.date) && !p.bracket && !p.rel && !d.occasion(p) && !(p.apart && p.tok != d.gov.tok) && !yearSpan(p.value) && !(d.title != "" && (strictlyInside(p.value, d.title) || strictlyInside(d.title, p.value))) {
			d.paraPer, d.paraPerTok, d.paraPerPlan, d.paraPerDate = p.value, p.tok, d.sentPlan, p.date
		}
	}
}

// lastSemicolon returns the last ";" among tokens [a, b), or -1.
func (d *document) lastSemicolon(a, b int) int {
	visit(b - a)
	if k := d.sepBack(b, a, sepBit(";")); k > a {
		return k - 1
	}
	return -1
}

// yearSpan reports whether period p spans years ("2016/2020"), as
// opposed to one period or a span of months ("2022-01/2022-05").
func yearSpan(p string) bool {
	return strings.Contains(p, "/") && strings.Count(p, "-") != 2
}

// isRate reports whether u is a rate: a percent or percentage points.
func isRate(u normalize.Unit) bool {
	return u == normalize.PercentUnit || u == normalize.PercentagePoint
}

// figures splits a mention into the values it states: a range into its two
// ends, a fraction into numerator and denominator. It appends them to buf
// (a caller's array, so that no figure goes to the heap) and returns it.
func (d *document) figures(m normalize.Mention, buf []figure) []figure {
	switch m.Kind {
	case normalize.Quantity, normalize.Money, normalize.Percent:
		if m.Unit == "" {
			return nil
		}
		return append(buf, figure{m: m, value: m.Value, unit: m.Unit, qualifier: m.Qualifier})
	case normalize.Range:
		if m.Unit == "" {
			return nil
		}
		return append(buf,
			figure{m: m, value: m.Low, unit: m.Unit, qualifier: normalize.AtLeast},
			figure{m: m, value: m.High, unit: m.Unit, qualifier: normalize.AtMost})
	case normalize.Fraction:
		// "91/500" with no noun takes the unit of its indicator
		if m.Unit == normalize.PercentUnit || m.Unit == normalize.VND || m.Unit == normalize.USD {
			return nil
		}
		// "164/164 xã, phường": a fraction of things no indicator counts
		// (the mention holds their noun, with no unit)
		if m.Unit == "" && m.End > m.NumEnd {
			return nil
		}
		// a bare "27/7" is a day and month ("Ngày Thương binh - Liệt sĩ
		// 27/7"), not a count against a plan
		if m.Unit == "" && isDayMonth(m.Num, m.Den) {
			return nil
		}
		return append(buf,
			figure{m: m, value: m.Num, unit: m.Unit, qualifier: m.Qualifier, kind: Actual},
			figure{m: m, value: m.Den, unit: m.Unit, qualifier: normalize.Exact, kind: Target, yearOnly: true})
	}
	return nil
}

// targetBefore reports whether a target cue stands in tokens [a, b).
func (d *document) targetBefore(a, b int) bool { return d.targetEnd(a, b) >= 0 }

// targetEnd returns the token after the last target cue in tokens [a, b),
// or -1 when there is none. The cues of the current sentence, from its
// start, are found once (startSentence) for all its figures.
func (d *document) targetEnd(a, b int) int {
	cues := d.targets.list
	if !(d.targets.ok && d.targets.a == a && b <= d.targets.b) {
		cues = d.targetCues(nil, a, b)
	}
	last := -1
	visit(len(cues))
	for _, c := range cues {
		// a cue must end by b; a lead cue needs a number after it, before b
		if c.end > b || c.lead && !(c.end < b && d.toks[c.end].Number) {
			continue
		}
		last = c.end
	}
	return last
}

// A targetCue is a target cue found in a sentence: the token after it, and
// whether it is one of leadTargetCues (which needs a number after it).
type targetCue struct {
	end  int
	lead bool
}

// targetCache holds the target cues of the current sentence, tokens [a, b).
type targetCache struct {
	a, b int
	ok   bool
	list []targetCue
}

// targetCues appends to out the target cues that start in tokens [a, b)
// and end by b, in the order targetEnd weighs them: by start, then list
// order, targetCues before leadTargetCues. A cue undone by what precedes
// it is left out; a lead cue counts only at the opening of a clause.
func (d *document) targetCues(out []targetCue, a, b int) []targetCue {
	visit(b - a)
	for i := a; i < b; i++ {
		if !targetFirst.MayHave(d.toks[i].Norm) {
			continue // no phrase of targetCues or leadTargetCues begins here (fast path)
		}
		for _, p := range targetCues.p {
			if d.toks[i].Norm != p[0] {
				continue
			}
			if end, ok := matchAt(d.toks, i, b, p); ok && !d.undone(i, a) {
				out = append(out, targetCue{end: end})
			}
		}
		// "Kế hoạch năm 2024 … giao": only at the opening of a clause
		if i == a || d.toks[i-1].Punct && (d.toks[i-1].Norm == "," || d.toks[i-1].Norm == ";" || d.toks[i-1].Norm == "(" || d.toks[i-1].Norm == ":") {
			for _, p := range leadTargetCues.p {
				if d.toks[i].Norm != p[0] { // matchAt's first test, without the call
					continue
				}
				if end, ok := matchAt(d.toks, i, b, p); ok {
					// "chỉ tiêu đào tạo nghề năm 2024 là 18.000 người": the
					// target named, then its figure
					out = append(out, targetCue{end: end, lead: !d.namesFigure(end)})
				}
			}
		}
	}
	return out
}

// attainReach bounds how far after a figure attainsPlan looks.
const attainReach = 16

// estimateMark returns the token of the estimate word that a bracket
// right after figure f holds, or after the period that dates it: "64,5%
// năm 2025 (ước)", "21.000 người (ước tính)".
func (d *document) estimateMark(f figure) (int, bool) {
	k := d.tokAt(f.m.End)
	if k >= len(d.toks) || d.toks[k].Newline {
		return 0, false
	}
	if m := d.mentionAtTok(k); m != nil && m.Kind == normalize.PeriodKind {
		k = d.tokAt(m.End)
	}
	if k+2 >= len(d.toks) || d.toks[k].Norm != "(" || d.toks[k].Newline {
		return 0, false
	}
	for _, p := range estimateMarks.p {
		if end, ok := matchAt(d.toks, k+1, min(k+4, len(d.toks)), p); ok && end < len(d.toks) && d.toks[end].Norm == ")" {
			return k + 1, true
		}
	}
	return 0, false
}

// estimateMarks are the words of a bracket that marks the figure before
// it an estimate.
var estimateMarks = folded("ước", "ước tính", "ước đạt", "ước thực hiện", "dự ước", "sơ bộ")

// attainsPlan reports whether the ";"-segment of the figure at token ti
// says, after it, what share of the plan it attained ("…, đạt 85% kế
// hoạch"): it reports a result.
func (d *document) attainsPlan(ti int, s sentence) bool {
	_, se := d.clauseBounds(ti, s.a, s.b, ";")
	se = min(se, ti+attainReach) // the attainment follows its figure closely
	visit(se - ti)
	for _, m := range d.mentionsIn(d.toks[ti].Start, d.toks[se-1].End) {
		if m.Kind == normalize.Percent {
			k := d.tokAt(m.End)
			if _, ok := matchAnyAt(d.toks, k, min(k+4, se), planWords.p); ok {
				return true
			}
		}
	}
	return false
}

// stillToMeet reports whether a word of purpose or will stands just
// before the notTarget phrase that ends at token k: "để hoàn thành",
// "nhằm đạt", "quyết tâm hoàn thành".
func (d *document) stillToMeet(k, floor int) bool {
	for j := k - 1; j >= floor && j >= k-4; j-- {
		if endsWith(d.toks, j, willWords) {
			return true
		}
	}
	return false
}

// willWords say that what follows is still to be done.
var willWords = folded("để", "nhằm", "phấn đấu", "quyết tâm", "cố gắng", "sẽ", "nỗ lực")

// namesFigure reports whether the words from token i name what a figure
// after "là" is, in one clause (read the same whatever stretch the cues
// are looked for in): "… đào tạo nghề cho lao động nông thôn là
// 18.000 người".
func (d *document) namesFigure(i int) bool {
	b := len(d.toks)
	for k := i; k < b && k < i+copulaWords; k++ {
		t := d.toks[k]
		if t.Number && k > i && (d.toks[k-1].Norm == "năm" || d.toks[k-1].Norm == "quý") {
			continue // the target's period: "chỉ tiêu … năm 2025 … là"
		}
		if t.Punct || t.Number {
			return false
		}
		if t.Norm == "là" {
			return k+1 < b && d.toks[k+1].Number
		}
	}
	return false
}

// copulaWords bounds the words between a target word and the "là" that
// gives its figure.
const copulaWords = 14

// undone reports whether the target cue at token i follows "hoàn thành",
// "đạt", "vượt" or a percent ("đạt 83,7% kế hoạch năm"): then it names a
// goal met, not a target.
func (d *document) undone(i, floor int) bool {
	for k := i; k >= floor && k > i-3; k-- {
		if endsWith(d.toks, k, notTarget) {
			// "để hoàn thành chỉ tiêu …", "phấn đấu đạt mục tiêu …": the
			// goal still to be met is a target
			return !d.stillToMeet(k, floor)
		}
	}
	k := i - 1
	if k > floor && d.toks[k].Norm == "%" {
		k--
	}
	return k >= floor && d.toks[k].Number
}

// A figurePos locates a figure's mention in the tokens.
type figurePos struct {
	start  int // the mention's first token
	num    int // its number's first token
	numEnd int // the token after its number
	end    int // the token after the mention
}

// A window is the stretch of a sentence in which classify looks for the
// cues of a figure.
type window struct {
	lo  int // back from the figure to a ";" or a part opener ("trong đó"), at most 30 tokens
	seg int // the start of the figure's ";"-segment
	ca  int // the start of the figure's comma clause
	hi  int // forward to the next separator or number, at most 15 tokens past the number
}

// An attainment is what the words around a percent say about a plan.
type attainment struct {
	isPct bool // the figure is a percent or percentage points
	// afterPlan: a plan word follows the percent ("đạt 118% kế hoạch")
	afterPlan bool
	// attainVerb: a verb of attainment precedes it ("đạt", "vượt", …) and
	// it is not a rate's level, a comparison or a share
	attainVerb bool
}

// attained reports whether the percent may be plan attainment.
func (a attainment) attained() bool { return a.isPct && (a.afterPlan || a.attainVerb) }

// A reading is one figure in its sentence while classify picks its
// indicator.
type reading struct {
	f    figure
	s    sentence
	pos  figurePos
	prev *Record // the last count record of the segment, or nil
	// prevRate is the last rate record of the segment after its last
	// count, or nil
	prevRate *Record
	win      window
	// change: the words just before the figure make it a change, not a level
	change bool
	// fromLevel: the figure is the level a change starts from ("giảm từ
	// 5% xuống 3,4%"), never a change
	fromLevel bool
	// goalOf is the result before the figure whose goal it is (goalOfPrev),
	// or nil
	goalOf *Record
	// back: the figure's clause names the paragraph's count before it
	// ("Số liệu này …", refersBack), which prev holds
	back bool
	attainment
	// item: the figure is a later item of a list whose first figure
	// stands at first (list.go): the cues before the first govern it too
	item  bool
	first figurePos
}

// candidate is an indicator with the evidence found for a figure.
type candidate struct {
	ind   int // index in All, or -1
	score int
	cue   hit    // the cue; empty when the indicator is taken from elsewhere
	via   string // how the indicator was found when no cue of its own governs the figure
}

// noCandidate is the candidate of a figure with no indicator.
var noCandidate = candidate{ind: -1}

// classify picks the indicator of a figure and fills its record; ok is
// false when the figure is no indicator's. It first reads what the figure
// is: no total (notATotal), a part of a whole (a fraction with no plan), a
// difference (no record), a change or a level (changeBefore,
// restatesChange), a share of the poor (no record). Then it reads a cue
// of the figure's clause (bestCue); failing that, the indicator the
// figures before it give (borrowed); and a plan in brackets after a
// result is that result's.
func (d *document) classify(f figure, s sentence, pos figurePos, prev *Record, opt Options) (Record, bool) {
	r := &reading{f: f, s: s, pos: pos, prev: prev, prevRate: d.prevRate}
	r.win = d.window(s, pos)
	// "Con số này vượt 3,3% so với kế hoạch": the count before is the paragraph's
	if d.refersBack(r) {
		r.prev, r.back = d.paraCount, true
	}
	if d.notATotal(r) {
		return Record{}, false
	}
	// "3.980/4.150 người lao động mất việc đã được …": with no plan or
	// attainment in its sentence, a fraction is a part of a whole, and the
	// whole is no target
	if f.yearOnly && !d.planInSentence(r) {
		return Record{}, false
	}
	scope := d.changeBefore(r)
	// a difference between two figures is no level, and no indicator
	// counts differences
	if scope == difference {
		return Record{}, false
	}
	r.change = endsWith(d.toks, pos.start, changeWords) || f.unit == normalize.PercentagePoint ||
		scope == change || d.restatesChange(r)
	if isRate(f.unit) && (d.shareOfPoor(r) || pos.end < s.b && shareOfSums.first.has(d.toks[pos.end].Norm) && shareOfSums.at(d.toks, pos.end, s.b)) {
		return Record{}, false
	}
	r.attainment = d.readAttainment(r)
	if f.unit != "" {
		r.first, r.item = d.firstItem(s, pos, f.unit)
	}

	best := d.bestCue(r)
	part := d.opensPart(r.win, pos.start)
	if best.ind < 0 {
		best = d.borrowed(r, part)
	}
	if best.ind < 0 {
		// (a level's indicator takes no change, nor the reverse)
		if ind := d.referredIndicator(r); ind >= 0 && All[ind].Change == r.change {
			best = candidate{ind: ind, via: "the figure \"con số này\" refers to"}
		} else if ind := d.apartIndicator(r); ind >= 0 && All[ind].Change == r.change {
			best = candidate{ind: ind, via: "the total before, for a part of its period (\"Riêng tháng 9, …\")"}
		}
	}
	if best.ind < 0 {
		if ind := d.wholePeriodOf(r); ind >= 0 && All[ind].Change == r.change {
			best = candidate{ind: ind, via: "what the count before comes to over the whole period (\"…; ước cả năm đạt …\")"}
		}
	}
	if best.ind < 0 {
		if ind := d.periodListOf(r); ind >= 0 && All[ind].Change == r.change {
			best = candidate{ind: ind, via: "a list of periods under a head with no cue: the figure before, period by period"}
		}
	}
	if best.ind < 0 && d.rateForAnotherPeriod(r) && All[d.lastRate].Change == r.change {
		best = candidate{ind: d.lastRate, via: "the rate before, for another period"}
	}
	if best.ind < 0 && d.rateForAnotherPlace(r) && All[d.lastRate].Change == r.change {
		best = candidate{ind: d.lastRate, via: "the rate before, for another province"}
	}
	if best.ind < 0 && d.fallAfterLevel(r) {
		best = candidate{ind: fallOf(d.lastRate), via: "the fall of the rate just given"}
	}
	// the part of a rate reached by a sub-group is not the plan attained:
	// "…, trong đó qua đào tạo nghề đạt 40%"
	if part && r.isPct && r.attainVerb && !r.afterPlan {
		return Record{}, false
	}
	if d.isProposal(r) {
		return Record{}, false
	}
	planned := d.plannedResult(r)
	if r.goalOf != nil {
		return d.record(r, best, part, true, opt)
	}
	if planned {
		best = candidate{ind: indexOf(r.prev.Indicator), via: "the plan stated after the result before (in brackets or a clause of its own)"}
	}
	// "giảm 3,7% so với đầu năm, đạt 105,7% kế hoạch (kế hoạch giảm 3,5%)":
	// the planned change of the rate changed before it
	if !planned && best.ind < 0 && r.isPct && r.change && r.prevRate != nil && d.planInBrackets(pos.start, s.a) {
		if ind := indexOf(r.prevRate.Indicator); ind >= 0 && All[ind].Change {
			best, planned = candidate{ind: ind, via: "the plan in brackets of the change before"}, true
		}
	}
	rec, ok := d.record(r, best, part, planned, opt)
	if ok && !part && rec.Unit != normalize.PercentOfPlan {
		d.lastWhole = lastFigure{ind: indexOf(rec.Indicator), unit: string(rec.Unit), sent: d.si}
	}
	return rec, ok
}

// borrowed returns the indicator of a figure with no cue of its own that
// the figures before it give, or noCandidate: the rate before, for a part
// of the territory; the count "con số này" names, or its fall; the goal a
// result before met (setting r.goalOf); the change before, averaged per
// year.
func (d *document) borrowed(r *reading, part bool) candidate {
	if d.partOfTerritory(r, part) && !d.clauseRulesOut(r, d.lastRate) {
		return candidate{ind: d.lastRate, via: "the rate before, for a part of the territory"}
	}
	// "Con số này của cả năm 2022 là 4.870 người": the figure named before, or
	// its fall ("Con số này giảm 540 hộ so với năm trước")
	if r.back && !isRate(r.f.unit) && (r.f.unit == "" || r.f.unit == r.prev.Unit) {
		switch i := indexOf(r.prev.Indicator); {
		case !r.change:
			return candidate{ind: i, via: "the figure \"con số này\" names"}
		case !endsWith(d.toks, r.pos.start, riseWords) && fallOf(i) >= 0:
			return candidate{ind: fallOf(i), via: "the fall of the figure \"con số này\" names"}
		}
	}
	last := d.beforeMention
	switch {
	case d.goalOfPrev(r, last):
		r.goalOf = last
		return candidate{ind: indexOf(last.Indicator), via: "the goal the result before met"}
	case last != nil && d.averageOfPrev(r, last):
		return candidate{ind: indexOf(last.Indicator), via: "the change before, averaged per year"}
	// "…, so với đầu giai đoạn đã giảm 3,1%; bình quân mỗi năm giảm 1,03%"
	case last == nil && d.averageOfPrev(r, d.rateBeforeMention):
		return candidate{ind: indexOf(d.rateBeforeMention.Indicator), via: "the change before the \";\", averaged per year"}
	}
	return noCandidate
}

// A changeScope is what a word before a figure in its clause makes of it.
type changeScope int

const (
	noChange   changeScope = iota
	change                 // a change: "giảm so với năm 2022 là 0,5%"
	difference             // a difference: "cao hơn mức chung của vùng 3,5%"
)

// changeBefore reads whether a change word or a comparative before the
// figure, in its clause and with no other figure between, makes the
// figure a change or a difference: "tỷ lệ hộ nghèo giảm đạt 1,3%",
// "(giảm so với năm 2022 là 0,5%)", "ước giảm được tỷ lệ hộ nghèo
// là 0,62%". A level word between ends the change's reach ("giảm … xuống
// còn 2%"), and the figure after "từ" that a "xuống" follows is the level
// a change starts from ("giảm từ 5% xuống 3,4%").
func (d *document) changeBefore(r *reading) changeScope {
	toks, ti, ni := d.toks, r.pos.start, r.pos.num
	if ti > r.s.a && toks[ti-1].Norm == fromWord && d.levelTo(r) {
		r.fromLevel = true
		return noChange
	}
	ca, _ := d.clauseBounds(ti, r.s.a, r.s.b, ",;(")
	lo := max(ca, ni-14)
	// not past another figure; but a change shared by a pair ("giảm 450
	// hộ nghèo và 380 hộ cận nghèo") reaches its second figure
	for _, m := range d.mentionsIn(toks[lo].Start, toks[ti].Start) {
		if m.Kind.IsNumeric() && m.Unit != "" {
			lo = max(lo, d.tokAt(m.End))
			if lo == ti-1 && toks[lo].Norm == "và" && endsWith(toks, d.tokAt(m.Start), changeWords) {
				return change
			}
		}
	}
	visit(ni - lo)
	for k := ni - 1; k >= lo; k-- {
		w := toks[k].Norm
		if comparatives.first.has(w) && comparatives.at(toks, k, ni) {
			overTime := has(toks, r.pos.end, min(r.pos.end+5, r.s.b), timeBases)
			// "thấp hơn 0,42 điểm % so với cuối năm 2022": a fall over time,
			// by exactly that much (the "hơn" is the comparative's)
			if slices.Contains(fallComparatives, w) && overTime {
				if k+2 == ni && r.f.qualifier == normalize.Over {
					r.f.qualifier = normalize.Exact
				}
				return change
			}
			// a difference names what it is taken from, before the figure
			// ("cao hơn mức chung của vùng 3,5%") or after it ("so với …");
			// bare, "nhiều hơn 2.000 người" is only "more than"
			if k+2 < ni || overTime || has(toks, r.pos.end, min(r.pos.end+5, r.s.b), comparison) {
				return difference
			}
			return noChange
		}
		if changeWords.first.has(w) && changeWords.at(toks, k, ni) {
			next := toks[k+1].Norm
			// "việc làm tăng thêm" names new jobs, not a rise
			if slices.Contains(notChangeAfter, next) || w == "tăng" && k > 0 && toks[k-1].Norm == "làm" {
				continue
			}
			return change
		}
		if endsWith(toks, k+1, changeEnds) {
			switch {
			case w == "với" && k > 0 && toks[k-1].Norm == "so": // "so với": a comparison
			case (w == "đạt" || w == "được") && k+1 == ti && endsWith(toks, k, changeWords): // "giảm đạt 1,3%", "giảm được 1.200 hộ"
			default:
				return noChange
			}
		}
	}
	return noChange
}

// levelTo reports whether a "xuống", "lên" or "đến" follows the figure
// in its clause, past the period that dates it: "từ 20,77% cuối năm 2021
// xuống còn 3,9%" (not "trở lên": "từ 1.500 người trở lên").
func (d *document) levelTo(r *reading) bool {
	toks := d.toks
	for k := r.pos.end; k < r.s.b && k < r.pos.end+8; k++ {
		if toks[k].Punct && strings.Contains(",;()", toks[k].Norm) {
			return false
		}
		if endsWith(toks, k+1, fromToWords) {
			// "từ 1.500 người … trở lên" is a floor, not a level left
			return !(toks[k].Norm == "lên" && k > 0 && toks[k-1].Norm == "trở")
		}
	}
	return false
}

// fallOf returns the change indicator (a fall) of the same unit that
// shares a cue with the level indicator i ("hộ nghèo": poor households,
// households that left poverty), or -1.
func fallOf(i int) int {
	if i < 0 || All[i].Change {
		return -1
	}
	for j := range All {
		// a rate falls by percentage points
		unit := All[i].Unit
		if unit == normalize.PercentUnit {
			unit = normalize.PercentagePoint
		}
		if !All[j].Change || All[j].Unit != unit {
			continue
		}
		for _, c := range All[j].Cues {
			if slices.Contains(All[i].Cues, c) {
				return j
			}
		}
	}
	return -1
}

// planInSentence reports whether a plan or its attainment is named in the
// figure's sentence (planWords, attainVerbs, a percent): what makes a
// fraction "done/planned" ("21.350/21.000 người, đạt 101,7%").
func (d *document) planInSentence(r *reading) bool {
	s := r.s
	if has(d.toks, s.a, s.b, planWords) || has(d.toks, s.a, s.b, attainVerbs) {
		return true
	}
	// a percent right after it, the share attained ("3.140/6.500
	// người (48,3%)"); not any rate of the sentence
	for _, m := range d.mentionsIn(r.f.m.End, s.end) {
		if m.Kind.IsNumeric() && m.Unit != "" {
			return m.Unit == normalize.PercentUnit && d.tokAt(m.Start)-d.tokAt(r.f.m.End) <= 4
		}
	}
	return false
}

// refersBack reports whether the figure's clause opens with words that
// name the figure before it (thisFigure), a count of the paragraph, with
// no count of its own segment before it.
func (d *document) refersBack(r *reading) bool {
	if r.prev != nil || d.paraCount == nil || d.paraCount.End > r.f.m.Start {
		return false
	}
	ca, _ := d.clauseBounds(r.pos.start, r.s.a, r.s.b, ",;")
	return thisFigure.at(d.toks, ca, r.pos.start)
}

// shareOfPoor reports whether a percent is a share of the poor or
// near-poor households (poorGroups after it), not a rate of all
// households: no indicator counts it.
func (d *document) shareOfPoor(r *reading) bool {
	toks, k, end := d.toks, r.pos.end, r.s.b
	for _, p := range shareLinks.p {
		if e, ok := matchAt(toks, k, end, p); ok {
			k = e
			break
		}
	}
	if k >= end {
		return false
	}
	if poorGroups.at(toks, k, end) {
		return true
	}
	if k != r.pos.end || !poorAfterShare.at(toks, k, end) {
		return false
	}
	// "chiếm 80% hộ nghèo toàn huyện", "85% hộ nghèo có việc làm"
	g := k + 2
	if toks[k+1].Norm == "cận" {
		g++
	}
	return r.pos.start > r.s.a && toks[r.pos.start-1].Norm == "chiếm" || g < end && slices.Contains(sharePredicates, toks[g].Norm)
}

// shareOfSums right after a percent make it a share of a sum of money
// ("hỗ trợ 30% mức đóng", "miễn 70% học phí"): no rate of anything
// counted.
var shareOfSums = folded("mức đóng", "mức lương", "tiền lương", "học phí", "chi phí", "giá trị", "mức hưởng", "mức phí",
	"lãi suất", "tổng vốn", "vốn điều lệ", "mức chuẩn", "giá vé", "tiền điện", "tiền nước", "tiền thuê")

// averageOfPrev reports whether a change with no cue of its own, "bình
// quân" or "mỗi năm" before it, is the yearly average of the change
// before it in its segment (last): "giảm 10,5 điểm phần trăm, bình quân
// mỗi năm giảm 3,5%".
func (d *document) averageOfPrev(r *reading, last *Record) bool {
	if !r.change || last == nil || !isRate(r.f.unit) || !isRate(last.Unit) {
		return false
	}
	i := indexOf(last.Indicator)
	return i >= 0 && All[i].Change && has(d.toks, max(r.pos.start-4, r.s.a), r.pos.start, perYearWords)
}

// goalOfPrev reports whether a figure with no cue of its own is the goal
// that the result before it in its segment (last) met, named between them
// (goalWords): "giảm bình quân 1,2%/năm, vượt mục tiêu giảm 1%/năm", "…,
// vượt mục tiêu Nghị quyết đề ra (bình quân giảm 3%/năm)".
func (d *document) goalOfPrev(r *reading, last *Record) bool {
	if last == nil || last.Unit == normalize.PercentOfPlan || isRate(r.f.unit) != isRate(last.Unit) || r.attained() {
		return false
	}
	i := indexOf(last.Indicator)
	if i < 0 || All[i].Change != r.change {
		return false
	}
	after := d.tokAt(last.End)
	return after < r.pos.start && !d.figureBetween(after, r.pos.start) && has(d.toks, after, r.pos.start, goalWords)
}

// restatesChange reports whether the figure restates, in another unit,
// the change just before it in its segment: "giảm 1.250 hộ nghèo, tương
// đương 0,8%".
func (d *document) restatesChange(r *reading) bool {
	if !endsWith(d.toks, r.pos.start, restateWords) {
		return false
	}
	last := r.prev
	if r.prevRate != nil {
		last = r.prevRate
	}
	// "còn 1,42% (giảm 0,37% …), tương ứng 15.870 hộ": a change in
	// brackets is an aside, what follows restates the level before it
	if last == nil || d.inBrackets(d.tokAt(last.Start), r.s.a) && !d.inBrackets(r.pos.start, r.s.a) {
		return false
	}
	i := indexOf(last.Indicator)
	if i < 0 || !All[i].Change || last.Unit == normalize.PercentOfPlan {
		return false
	}
	// "còn 20,1%, giảm 4,8% so với năm trước, tương ứng 20.430 hộ": after a
	// level and its change, a bare count restates the level (a count of
	// the change says so: "tương ứng giảm 8.012 hộ")
	for _, m := range d.mentionsIn(d.toks[r.win.seg].Start, last.Start) {
		if m.Kind.IsNumeric() && m.Unit == normalize.PercentUnit && !isRate(r.f.unit) {
			return false
		}
	}
	return true
}

// window finds the stretch of sentence s in which the figure at pos looks
// for its cues.
func (d *document) window(s sentence, pos figurePos) window {
	toks := d.toks
	ti := pos.start
	var w window
	w.seg = d.sepBack(ti, s.a, sepBit(";"))
	// back to ";" or a "trong đó" opening a part, at most 30 tokens
	w.lo = max(w.seg, ti-30)
	for k := ti - 1; k > w.lo; k-- {
		if endsWith(toks, k, partWords) {
			w.lo = k
			break
		}
	}
	w.ca, _ = d.clauseBounds(ti, s.a, s.b, ",;")
	// forward to the next separator (not the comma of a joined pair) or number
	w.hi = pos.numEnd
	for w.hi < s.b && w.hi-pos.numEnd < 15 && !(toks[w.hi].Punct && strings.Contains(",;()", toks[w.hi].Norm) && !d.joined(w.hi)) {
		if w.hi > pos.numEnd && toks[w.hi].Number {
			break
		}
		w.hi++
	}
	visit(2*ti - w.lo - w.seg + w.hi - pos.numEnd)
	return w
}

// notATotal reports whether a sum of money is a rate ("mức chuẩn trợ cấp
// … 2.055.000 đồng"), names a package ("gói hỗ trợ 62 nghìn tỷ đồng") or
// is what is left ("còn dư 2,1 tỷ đồng"): not a total.
func (d *document) notATotal(r *reading) bool {
	if !isMoney(r.f.unit) {
		return false
	}
	ca, _ := d.clauseBounds(r.pos.start, r.s.a, r.s.b, ",;()") // the clause within brackets too
	// "gần 48 tỷ đồng/tháng", "3.000.000 đồng/hộ": money per something is a rate
	// ("1.240 USD/ounce": the "/" may follow the mention)
	// ("mỗi suất 500.000 đồng": money for each is a rate too)
	// ("mỗi máy trị giá 1,1 tỷ đồng", "Mỗi hộ được hỗ trợ 3 triệu đồng":
	// a clause of each thing, a few words before its sum)
	perUnit := strings.Contains(r.f.m.Text[r.f.m.NumEnd-r.f.m.Start:], "/") || d.slashAfter(r.f.m.End) ||
		has(d.toks, max(ca, r.pos.start-5), r.pos.start, eachWords) || has(d.toks, ca, min(ca+2, r.pos.start), eachWords)
	// "trị giá 500.000 đồng mỗi suất": the thing each sum is for after it;
	// "mỗi tháng gia đình phải hỗ trợ con 3 triệu đồng": a sum per month
	perUnit = perUnit || r.pos.end < len(d.toks) && d.toks[r.pos.end].Norm == "mỗi" || has(d.toks, ca, r.pos.num, perTimeWords)
	// "giá 6,99 triệu đồng": a price
	price := endsWith(d.toks, r.pos.start, priceWords) && !endsWith(d.toks, r.pos.start, worthWords)
	return perUnit || price || endsWith(d.toks, r.pos.num, packageWords) ||
		endsWith(d.toks, r.pos.num, leftoverWords) || has(d.toks, ca, r.pos.num, rateWords)
}

// priceWords right before a sum make it a price: no total of anything.
// perTimeWords before a sum in its clause make it a sum per time.
var perTimeWords = folded("mỗi tháng", "mỗi năm", "mỗi ngày", "mỗi tuần")

// (not "trị giá", "tổng giá trị": what gifts are worth, worthWords)
var (
	priceWords = folded("giá", "giá bán", "mức giá", "có giá", "giá niêm yết", "giá khởi điểm", "giá từ", "với giá", "giá chỉ")
	worthWords = folded("trị giá", "tổng giá")
)

// perEvery reports whether "cứ" and a number stand in tokens [a, i]: the
// figure at i is a ratio's term ("cứ 100 hộ gia đình thì có 15 hộ
// nghèo", "cứ 3 người thì 1 người"), not a count.
func (d *document) perEvery(a, i int) bool {
	visit(i - a)
	for k := a; k < i && k+1 < len(d.toks); k++ {
		if d.toks[k].Norm == "cứ" && d.toks[k+1].Number {
			return true
		}
	}
	return false
}

// indefinite reports whether m counts one thing with the word "một": the
// article "a" ("một công ty", "Một cán bộ cho biết"), not a statistic.
func indefinite(m normalize.Mention) bool {
	if m.Unit == "" || isMoney(m.Unit) || isRate(m.Unit) || m.NumEnd-m.NumStart != len("một") {
		return false
	}
	return strings.EqualFold(m.Text[m.NumStart-m.Start:m.NumEnd-m.Start], "một")
}

// sameClause reports whether tokens [a, b) hold no punctuation: what
// ends at a and what starts at b stand in one clause ("185 người có công
// với cách mạng đi điều dưỡng").
func (d *document) sameClause(a, b int) bool {
	if b-a > 8 {
		return false
	}
	for k := a; k < b; k++ {
		if d.toks[k].Punct {
			return false
		}
	}
	return true
}

// slashAfter reports whether the text at byte i reads "/" and a word: a
// per-unit rate ("USD/ounce", "đồng/ha"), not a fraction or a date.
func (d *document) slashAfter(i int) bool {
	if i >= len(d.text) || d.text[i] != '/' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.text[i+1:])
	return unicode.IsLetter(r)
}

// readAttainment reads whether a percent is plan attainment: "đạt 118% kế
// hoạch", "vượt 12,5% kế hoạch".
func (d *document) readAttainment(r *reading) attainment {
	toks, f, s, ti, me := d.toks, r.f, r.s, r.pos.start, r.pos.end
	a := attainment{isPct: isRate(f.unit)}
	if !a.isPct {
		return a
	}
	for k := me; k < me+3 && k < s.b; k++ {
		if _, ok := matchAnyAt(toks, k, s.b, planWords.p); ok {
			a.afterPlan = true
			break
		}
		if toks[k].Punct || toks[k].Number {
			break
		}
	}
	a.attainVerb = endsWith(toks, ti, attainVerbs) || exceeds(f)
	if !a.attainVerb || a.afterPlan {
		return a
	}
	switch {
	// "tỷ lệ hồ sơ trực tuyến đạt 65%": a rate reaches a level, it does not attain a plan
	case has(toks, r.win.lo, ti, rateCues):
		a.attainVerb = false
	// "vượt 5% so với cùng kỳ", "bằng 102,5% so với năm trước": a comparison
	case has(toks, me, min(me+4, s.b), sameTimeLast):
		a.attainVerb = false
	// "bằng 40,3% lực lượng lao động": a share of a population, not of a plan
	case me < s.b && !toks[me].Punct && !toks[me].Number && !slices.Contains(shareFollowers, toks[me].Norm):
		a.attainVerb = false
	}
	return a
}

// exceeds reports whether a figure reads "vượt X": over its plan by X.
func exceeds(f figure) bool {
	return f.qualifier == normalize.Over && strings.HasPrefix(strings.ToLower(f.m.Text), exceedPrefix)
}

// bestCue scores each cue of the figure's window (cueScore) and returns
// the best, the first of equals; noCandidate when none fits.
func (d *document) bestCue(r *reading) candidate {
	e := compiled()
	hits := e.hits(d, r.win.lo, r.win.hi)
	// Needs look at the whole sentence before and at the comma clause
	// after, past a figure ("giải ngân 41,2 tỷ đồng cho 1.390 đối tượng
	// vay vốn"); Unless stops at the window's end
	_, ce := d.clauseBounds(r.pos.end, r.s.a, r.s.b, ",;()")
	sentHits := e.hits(d, r.s.a, max(ce, r.win.hi))
	// figures between a cue and this one: a cue does not reach past a
	// figure of the same unit, and each figure crossed counts as distance
	others := d.mentionsIn(d.toks[r.win.lo].Start, r.f.m.Start)
	best := noCandidate
	visit(len(hits))
	for _, h := range hits {
		if h.role != roleCue {
			continue
		}
		score, ok := d.cueScore(r, h, others, sentHits, e)
		if ok && (score > best.score || best.ind < 0) {
			best = candidate{ind: h.ind, score: score, cue: h}
		}
	}
	if r.item {
		best = d.headCue(r, best, sentHits, e)
	} else if head, colon, ok := d.bulletHead(r.s, r.pos.start); ok {
		best = d.bulletCue(r, best, head, colon, sentHits, e)
	}
	return best
}

// headCue weighs, for a later item of a list, the cues before the list's
// first figure as if they stood before this one ("tặng quà cho 420 người
// có công, 380 thanh niên …"): the figures of the list between them do not
// block them. It returns the better of them and best.
func (d *document) headCue(r *reading, best candidate, sentHits []hit, e *engine) candidate {
	h := *r
	h.pos = r.first
	h.win = d.window(r.s, r.first)
	h.item = false
	hits := e.hits(d, h.win.lo, h.pos.start)
	others := d.mentionsIn(d.toks[h.win.lo].Start, d.toks[h.pos.start].Start)
	// the Needs and Unless of the head are read as for the first item;
	// those of this item's own clause too
	headHits := e.hits(d, r.s.a, h.win.hi)
	return d.headCandidates(&h, hits, others, headHits, sentHits, r.win.ca, best, e)
}

// ruledOut reports whether an Unless phrase of indicator ind stands among
// hits from token a on, and no Named phrase of it among hits.
func (d *document) ruledOut(ind int, hits []hit, a int) bool {
	unless := false
	for _, h := range hits {
		if h.ind != ind {
			continue
		}
		if h.role == roleNamed {
			return false
		}
		unless = unless || h.role == roleUnless && h.start >= a
	}
	return unless
}

// cueScore scores the cue h for the figure: the nearer the better, then
// the longer, with bonuses for a sum of money after people of the same
// domain and for a matched Needs phrase. ok is false when the cue cannot
// govern the figure. others are the mentions between the window's start
// and the figure; sentHits the phrases of the sentence up to the window's
// end.
func (d *document) cueScore(r *reading, h hit, others []normalize.Mention, sentHits []hit, e *engine) (score int, ok bool) {
	ind := &All[h.ind]
	if !d.unitFits(ind, r.f.unit, r.isPct, r.afterPlan || r.attainVerb) {
		return 0, false // cueFits's first test, before the costlier ones
	}
	if !d.articleSays(h.ind) || !d.contextSays(r, h.ind) || d.givenBy(r, h) {
		return 0, false
	}
	// "giảm tỷ lệ hộ nghèo từ 1,5% trở lên": a fall named before its cue
	change := r.change || !r.fromLevel && h.end <= r.pos.start && endsWith(d.toks, h.start, changeWords) && !has(d.toks, h.end, r.pos.start, levelWords)
	// a cue that holds the change word itself names what the figure is:
	// "số tiền được giảm 9,6 tỷ đồng" is money saved, not a fall
	if h.end == r.pos.start && !ind.Change && endsWith(d.toks, h.end, changeWords) {
		change = false
	}
	dist, ok := d.cueDistance(r, h, ind, change, others)
	if !ok || !d.cueFits(r, h, ind, change, e) {
		return 0, false
	}
	// a sum of money with a generic cue ("tổng kinh phí") goes with the
	// people counted before it in its segment: they stand for its Needs
	// ("đã chi cho 8.350 đối tượng với số tiền 12,4 tỷ đồng"), and it
	// outweighs the bonus of a matched Needs phrase
	paidTo := r.prev != nil && isMoney(r.f.unit) && samePrefix(ind.ID, r.prev.Indicator)
	// (only a package's people: in the other domains the count before may
	// be of another kind, "quyết định hưởng trợ cấp thất nghiệp cho 7.118
	// người với số tiền …" is no loan)
	needs, ok := d.needsMet(r, h, ind, sentHits, paidTo && strings.HasPrefix(ind.ID, "support."))
	if !ok {
		return 0, false
	}
	score = 1000 - 10*dist + len(h.words)
	if paidTo {
		score += 8
	}
	if needs {
		score += 5
	}
	return score, true
}

// cueDistance returns the distance in tokens from the cue h to the
// figure, five more for each figure between them; ok is false when the cue
// does not reach the figure. change says whether the figure reads as a
// change for this cue.
func (d *document) cueDistance(r *reading, h hit, ind *Indicator, change bool, others []normalize.Mention) (dist int, ok bool) {
	toks, ti := d.toks, r.pos.start
	switch {
	case h.end <= ti: // before the figure
		if h.touch && !d.touches(h.end, ti) {
			return 0, false
		}
		dist = ti - h.end
		blocked := false
		for _, o := range others {
			if o.Start >= toks[h.end-1].End && o.Kind.IsNumeric() {
				// a list of figures of one unit: each has its own cue, but
				// a change may follow its level ("còn 4,61%, giảm 0,74%")
				oChange := endsWith(toks, d.tokAt(o.Start), changeWords)
				if o.Unit == r.f.unit && o.Unit != "" && d.listBetween(d.tokAt(o.End), ti) && oChange == change {
					blocked = true
				}
				dist += 5
			}
			// a cue right after a count qualifies that count ("200 đối
			// tượng cai nghiện và 35 người tâm thần"): it does not reach
			// across the list to another count (a share, "còn 6.874 hộ
			// nghèo, chiếm 2,15%", is of the same cue)
			// (nor from further on in that count's clause, "185 người có
			// công với cách mạng đi điều dưỡng", unless the figure is a
			// part of that count: "…, trong đó 528 người …")
			oe := d.tokAt(o.End)
			if !r.isPct && o.Start < toks[h.start].Start && (oe >= h.start-1 || o.Unit == r.f.unit && d.sameClause(oe, h.start) && !d.opensPart(r.win, ti)) &&
				o.Kind.IsNumeric() && d.listBetween(h.end, ti) {
				blocked = true
			}
		}
		// a change may stand far from its rate's cue, after the levels:
		// "tỷ lệ hộ nghèo giảm từ A% … xuống còn B% …, bình quân mỗi năm giảm C%"
		if blocked || ti-h.end > 20 && !(change && ind.Change) || ti-h.end > 32 {
			return 0, false
		}
		return dist, true
	case h.start >= r.pos.end: // after the figure
		if r.isPct && r.afterPlan {
			return 0, false // "hoàn thành 100% kế hoạch chi trả": what follows names the plan
		}
		if h.touch && h.start != r.pos.end {
			return 0, false
		}
		// "21.000 người và đi xuất khẩu lao động là 4.400 người": a cue
		// after a list separator, with a figure of its own after it in
		// its clause, is that figure's
		if d.listBetween(r.pos.end, h.start) {
			if _, ce := d.clauseBounds(h.end, r.s.a, r.s.b, ",;()"); d.figureBetween(h.end, ce) {
				return 0, false
			}
		}
		// "1,5 triệu người và xuất khẩu lao động khoảng 106 ngàn người":
		// the cue after a "và" names the next count
		if d.nextItemSays(r, h.start) {
			return 0, false
		}
		// a cue after "và" opens the next item ("… cho 24.000 lao động và
		// tuyển sinh đào tạo nghề cho …"): a cue before the figure, if it
		// has one, is nearer in sense
		if has(d.toks, r.pos.end, h.start, joinWords) {
			return h.start - r.pos.end + 10, true
		}
		return h.start - r.pos.end, true
	}
	return 0, true // inside the mention ("người có công")
}

// nextItemSays reports whether the phrase at token at, after the figure
// past a "và", belongs to the next item of a list of counts: the next
// figure after it has the figure's unit ("459 người và số đang điều trị
// … là 690 người"). It does not when it closes the list ("98.500 lượt hộ
// nghèo, hộ cận nghèo và hộ mới thoát nghèo vay vốn với doanh số …").
func (d *document) nextItemSays(r *reading, at int) bool {
	and := false
	for k := r.pos.end; k < at; k++ {
		and = and || d.toks[k].Norm == "và"
	}
	if !and {
		return false
	}
	for _, m := range d.mentionsIn(d.toks[at].Start, d.toks[r.s.b-1].End) {
		if m.Kind.IsNumeric() {
			return m.Unit == r.f.unit
		}
	}
	return false
}

// touches reports whether a Touching cue ending at token a touches the
// figure at token ti: nothing stands between them but "được" or "cho"
// ("xuất khẩu được 1.350 lao động").
func (d *document) touches(a, ti int) bool {
	for k := a; k < ti; k++ {
		if n := d.toks[k].Norm; n != "được" && n != "cho" {
			return false
		}
	}
	return ti-a <= 1
}

// cueFits reports whether the indicator of cue h takes the figure: its
// unit, a change or a level (change), and no list of groups.
func (d *document) cueFits(r *reading, h hit, ind *Indicator, change bool, e *engine) bool {
	if !d.unitFits(ind, r.f.unit, r.isPct, r.afterPlan || r.attainVerb) {
		return false
	}
	if ind.Change && endsWith(d.toks, r.pos.start, riseWords) {
		return false // "số hộ nghèo tăng 120 hộ" is no fall
	}
	// a change indicator takes changes, a level indicator levels
	if ind.Unit != normalize.PercentUnit || !r.afterPlan {
		if ind.Change != change && !(ind.Change && cueSaysLeft(h)) && !(r.attained() && !isRate(ind.Unit)) {
			return false
		}
	}
	if d.jointGroup(r, h) {
		return false
	}
	// a group noun opening a list of groups ("215.430 đối tượng người có
	// công, hộ nghèo, …") names no one group's indicator (a cue that says
	// "left", "4.100 hộ nghèo vươn lên thoát nghèo, tạo việc làm …", is an
	// event, no group)
	if h.end > r.pos.end && !cueSaysLeft(h) && d.startsGroupList(h, r.s.b, e) {
		return false
	}
	return true
}

// jointGroup reports whether the cue h of the poor or near-poor names
// them together with the other group (jointGroups): the cue stands inside
// such a phrase, or one follows the figure in its window.
func (d *document) jointGroup(r *reading, h hit) bool {
	if !h.poor {
		return false
	}
	toks := d.toks
	visit(h.end - h.start + 4)
	for i := max(h.start-4, r.s.a); i < h.end; i++ {
		if !jointGroups.first.has(toks[i].Norm) {
			continue
		}
		for _, p := range jointGroups.p {
			if e, ok := matchAt(toks, i, r.s.b, p); ok && e > h.start {
				return true
			}
		}
	}
	return has(toks, r.pos.end, r.win.hi, jointGroups)
}

// cueSaysLeft reports whether a cue itself says "left" ("thoát nghèo",
// "ra khỏi danh sách hộ nghèo", "vượt chuẩn nghèo"): it makes the figure
// a change.
func cueSaysLeft(h hit) bool { return h.left }

// needsMet checks the Needs and Unless phrases of the indicator of cue h
// in the sentence's phrases sentHits: ok is false when an Unless phrase
// rules it out or none of its Needs stands; needs reports a matched Needs
// phrase. Unless reaches back to the start of the figure's comma clause,
// or to its cue's when the cue stands further back, never past its
// ";"-segment, and forward to the end of the figure's window, not into the
// next item of a list of counts (nextItemSays). paidTo says that the
// people counted before the figure stand for its Needs.
func (d *document) needsMet(r *reading, h hit, ind *Indicator, sentHits []hit, paidTo bool) (needs, ok bool) {
	if len(ind.Needs) == 0 && len(ind.Unless) == 0 {
		return false, true
	}
	cueClause, _ := d.clauseBounds(h.start, r.win.seg, h.end, ",;")
	unlessFrom := max(r.win.seg, min(r.win.ca, cueClause))
	// the head of a list rules out what it rules out for its first item
	// ("hỗ trợ cho 120 hộ nghèo, 45 hộ cận nghèo"); the words of the
	// items between do not
	headFrom, headTo := 0, -1
	if r.item {
		w := d.window(r.s, r.first)
		headFrom, headTo = max(w.seg, min(w.ca, h.start)), r.first.start
	}
	unless, named := false, false
	visit(len(sentHits))
	for _, sh := range sentHits {
		if sh.ind != h.ind {
			continue
		}
		switch {
		case sh.role == roleNeed:
			needs = true
		case sh.role == roleNamed:
			named = true
		case sh.role == roleUnless && (sh.start >= unlessFrom && sh.end <= r.win.hi && !d.nextItemSays(r, sh.start) || sh.start >= headFrom && sh.end <= headTo):
			unless = true
		}
	}
	if unless && !named || (len(ind.Needs) > 0 && !needs && !paidTo) {
		return false, false
	}
	return needs, true
}

// opensPart reports whether the figure's comma clause, in window w, is a
// part of what comes before: it opens with "trong đó", "riêng", … ("còn
// 9.874 hộ nghèo, trong đó có 3.912 hộ nghèo là …"), or a "riêng" opens a
// comma clause before it in its segment ("riêng nhóm nghề cơ khí, điện …
// đạt 95%").
func (d *document) opensPart(w window, ti int) bool {
	toks := d.toks
	if w.ca < ti && (endsWith(toks, w.ca+2, partWords) || endsWith(toks, w.ca+3, partWords) || toks[w.ca].Norm == apartWord) {
		return true
	}
	visit(w.ca - w.seg)
	for k := w.ca - 1; k > w.seg; k-- {
		if toks[k-1].Norm == "," && toks[k].Norm == apartWord {
			return true
		}
	}
	return false
}

// clauseRulesOut reports whether an Unless phrase of indicator ind stands
// in the figure's comma clause, up to the end of its window: the rate
// before does not carry to "chiếm 31,5% so với tổng số hộ nghèo".
func (d *document) clauseRulesOut(r *reading, ind int) bool {
	return d.ruledOut(ind, compiled().hits(d, r.win.ca, r.win.hi), r.win.ca)
}

// partOfTerritory reports whether a rate with no cue of its own is that of
// a part of the territory, after a rate of the sentence: "…; riêng khu vực
// thành thị là 2,73%" is still the rate of the clause before.
func (d *document) partOfTerritory(r *reading, part bool) bool {
	toks, ca := d.toks, r.win.ca
	return r.isPct && !r.afterPlan && !r.attainVerb && d.lastRate >= 0 && All[d.lastRate].Change == r.change &&
		(part && toks[ca].Norm == apartWord || has(toks, ca, r.pos.start, areaWords) ||
			has(toks, max(ca, r.pos.start-wholeReach), r.pos.start, wholeWords))
}

// rateForAnotherPeriod reports whether a rate with no cue of its own gives
// the rate of the sentence before it for another period: its clause or
// its ";"-segment opens with a period ("… đạt 50% vào năm 2030, năm 2026
// đạt 30 – 32%"; "Năm 2024, tỷ lệ là 61%; năm 2025 là 64%").
func (d *document) rateForAnotherPeriod(r *reading) bool {
	if !r.isPct || r.afterPlan || d.lastRate < 0 {
		return false
	}
	for _, p := range d.pers {
		if p.tok == r.win.ca || p.tok == r.win.seg || p.tok == r.win.seg+1 {
			return true
		}
	}
	return false
}

// rateForAnotherPlace reports whether a rate with no cue of its own
// gives the rate before for another province, which its short clause
// names: "…, của Bắc Giang đạt 70,2%", "trong khi Bắc Giang là 1,95%".
func (d *document) rateForAnotherPlace(r *reading) bool {
	if !r.isPct || r.afterPlan || d.lastRate < 0 || r.pos.start-r.win.ca > placeClauseWords {
		return false
	}
	n, _ := d.provincesIn(r.win.ca, r.pos.start, true)
	return n == 1
}

// placeClauseWords bounds the clause of a rate given for another
// province.
const placeClauseWords = 8

// foreignSubject reports whether the figure's sentence or ";"-segment
// opens with another country as its place or subject ("Tại Nhật Bản, tỷ
// lệ thất nghiệp …", "Trung Quốc cho biết đã giải quyết việc làm cho …")
// or speaks of countries ("ở một số quốc gia châu Phi"), before the figure.
func (d *document) foreignSubject(r *reading) bool {
	_, ok := d.foreignOpener(r)
	return ok || d.speaksOfCountries(r)
}

// speaksOfCountries reports whether the figure's segment speaks of other
// countries as a group before it (countriesWords).
func (d *document) speaksOfCountries(r *reading) bool {
	return has(d.toks, r.win.seg, r.pos.start, countriesWords) || d.countryOwns(r)
}

// countryOwns reports whether another country owns what the figure's
// segment speaks of before it: its economy, its ministry, its market or
// its people ("Kinh tế Mỹ có thêm 228.000 việc làm", "Bộ Lao động Mỹ cho
// biết …", "thị trường lao động Nhật Bản").
func (d *document) countryOwns(r *reading) bool {
	c := d.sentCountry(r.s)
	if c < 0 || c >= r.pos.start || r.pos.start-c > countryReach {
		return false
	}
	// "Tỷ lệ thất nghiệp của Mỹ là 4%, của Việt Nam là 2,2%": the country
	// or a province named after it, nearer the figure, owns the figure
	visit(r.pos.start - c)
	if d.nationalIn(c, r.pos.start) || has(d.toks, c, r.pos.start, vietnamWords) {
		return false
	}
	k := sort.Search(len(d.places), func(k int) bool { return d.places[k].at > c })
	return k == len(d.places) || d.places[k].at >= r.pos.start
}

// countryReach bounds how far after another country's name a figure of
// its sentence is still that country's.
const countryReach = 60

// vietnamWords name the country itself.
var vietnamWords = folded("việt nam", "nước ta", "trong nước")

// sentCountry returns the token of the first other country that owns
// what sentence s speaks of (an owner word before its name: "của Mỹ",
// "Kinh tế Mỹ", "tại Nhật Bản"), or -1; it reads each sentence once.
func (d *document) sentCountry(s sentence) int {
	if c := &d.sentOwner; c.ok && c.a == s.a {
		return c.tok
	}
	toks := d.toks
	tok := -1
	visit(s.b - s.a)
	for k := s.a; k < s.b; k++ {
		// a country's name is capitalized; then the word filter and the
		// phrases themselves
		if toks[k].Upper && ownedNames.first.has(toks[k].Norm) && ownedNames.at(toks, k, s.b) && endsWith(toks, k, countryOwners) {
			tok = k
			break
		}
	}
	d.sentOwner = ownerCache{a: s.a, tok: tok, ok: true}
	return tok
}

// An ownerCache holds the country that owns the sentence starting at
// token a (sentCountry).
type ownerCache struct {
	a, tok int
	ok     bool
}

// ownedNames are the countries countryOwns reads: foreignPlaces and the
// other countries by their Vietnamese names, among them names that are
// also syllables of common words ("Pháp", "Đức", "Anh"), which it takes
// only written with a capital after an owner word ("của Pháp").
var ownedNames = folded(append(slices.Clone(foreignPlaces), otherCountries...)...)

// otherCountries name the countries foreignPlaces leaves out.
var otherCountries = []string{"lào", "campuchia", "myanmar", "brunei", "đông timor", "triều tiên", "mông cổ", "nga", "liên bang nga",
	"ukraine", "belarus", "kazakhstan", "uzbekistan", "pakistan", "bangladesh", "sri lanka", "nepal", "bhutan", "afghanistan",
	"iran", "iraq", "syria", "thổ nhĩ kỳ", "israel", "ả rập xê út", "ả-rập xê-út", "saudi arabia", "uae", "qatar", "kuwait",
	"đức", "pháp", "anh", "vương quốc anh", "ý", "bồ đào nha", "hà lan", "bỉ", "thụy sĩ", "thụy điển", "na uy", "đan mạch",
	"phần lan", "ba lan", "séc", "cộng hòa séc", "hungary", "romania", "bulgaria", "áo", "ireland", "mexico", "argentina",
	"chile", "colombia", "peru", "venezuela", "cuba", "úc", "new zealand", "ai cập", "nam phi", "nigeria", "kenya", "ethiopia",
	"angola", "mozambique", "algeria", "ma-rốc", "morocco", "hồng kông", "hong kong", "châu phi", "châu mỹ", "mỹ latinh",
	"liên minh châu âu", "khu vực đồng tiền chung châu âu"}

// countryOwners before a country's name make the country the owner of
// what they name.
var countryOwners = folded("kinh tế", "nền kinh tế", "bộ lao động", "chính phủ", "thị trường lao động", "người dân", "lao động",
	"người lao động", "của", "nước", "tại", "ở")

// figureRecord returns the record of the figure r reads with unit, value
// and qualifier (exact when none is written), its span, sentence and
// publication date: what indicator and statistic records share.
func (d *document) figureRecord(r *reading, unit normalize.Unit, value normalize.Decimal, qualifier normalize.Qualifier) Record {
	if qualifier == "" {
		qualifier = normalize.Exact
	}
	f := r.f
	return Record{
		Doc:       d.doc.ID,
		Value:     value,
		Unit:      unit,
		Qualifier: qualifier,
		Text:      f.m.Text,
		Start:     f.m.Start,
		End:       f.m.End,
		Sentence:  d.text[r.s.start:r.s.end],
		Published: d.published,
		Source:    d.doc.Source,
	}
}

// foreignOpener returns the other country the figure's sentence or
// segment opens with, after "tại" or "ở", as written.
func (d *document) foreignOpener(r *reading) (string, bool) {
	toks := d.toks
	for _, a := range []int{r.s.a, r.win.seg} {
		k := a
		if k < r.pos.start && (toks[k].Norm == "tại" || toks[k].Norm == "ở") {
			k++
		}
		if k >= r.pos.start || !foreignNames.first.has(toks[k].Norm) {
			continue
		}
		for _, p := range foreignNames.p {
			if e, ok := matchAt(toks, k, r.pos.start, p); ok {
				return d.text[toks[k].Start:toks[e-1].End], true
			}
		}
	}
	return "", false
}

// foreignNames are other countries and groupings, folded (foreignPlaces).
var foreignNames = folded(foreignPlaces...)

// countriesWords speak of other countries as a group: "ở một số quốc gia",
// "các nước châu Phi".
var countriesWords = folded("ở một số quốc gia", "ở các quốc gia", "ở nhiều quốc gia", "tại một số quốc gia", "tại các quốc gia",
	"tại nhiều quốc gia", "ở một số nước", "ở nhiều nước", "châu phi", "mỹ latinh")

// comparedInTerm reports whether a change says what it is compared with
// after it, and that base lies inside the term: "giảm 4,25% so với cuối
// năm 2024" in a report on 2021/2025 is a change over 2025 (over the term
// the base would be the year before it: "so với cuối năm 2020"); "so với
// năm trước", "so với cùng kỳ" compare with one year before.
func (d *document) comparedInTerm(r *reading, term string) bool {
	end := min(r.pos.end+6, r.s.b)
	q, _ := normalize.ParsePeriod(term)
	first, _ := q.Years()
	for _, m := range d.mentionsIn(d.toks[r.pos.end].Start, d.toks[end-1].End) {
		if m.Kind == normalize.PeriodKind && m.Per.Year != 0 && m.Per.Grain != normalize.GrainTerm {
			return first > 0 && int(m.Per.Year) >= first
		}
	}
	return has(d.toks, r.pos.end, end, yearBefore)
}

// yearBefore name the year before as a change's base: "so với năm trước",
// "cùng kỳ năm ngoái".
var yearBefore = folded("năm trước", "năm ngoái", "cùng kỳ")

// fallAfterLevel reports whether a fall with no cue of its own follows
// the level of a rate in its ";"-segment, with no other figure between:
// "tỷ lệ này còn 29,8%, giảm 5,4%" gives the rate's fall (fallOf).
func (d *document) fallAfterLevel(r *reading) bool {
	if !r.isPct || !r.change || r.afterPlan || d.lastRate < 0 || All[d.lastRate].Change || fallOf(d.lastRate) < 0 ||
		endsWith(d.toks, r.pos.start, riseWords) {
		return false
	}
	before := d.mentionsIn(d.toks[r.win.seg].Start, r.f.m.Start)
	for k := len(before) - 1; k >= 0; k-- {
		if m := before[k]; m.Kind.IsNumeric() {
			return m.Unit == normalize.PercentUnit && d.tokAt(m.End) >= r.pos.start-3
		}
	}
	return false
}

// wholeReach is how many tokens before a rate a word of the whole
// province (wholeWords) may stand: "toàn tỉnh dưới 3%", "toàn tỉnh là
// 2,4%".
const wholeReach = 4

// isProposal reports whether the figure counts a request, not an
// outcome: "nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp".
func (d *document) isProposal(r *reading) bool {
	me := r.pos.end
	return has(d.toks, r.win.ca, r.pos.start, proposalWords) || has(d.toks, me, min(me+4, r.s.b), proposalWords)
}

// plannedResult reports whether the figure is a plan in brackets after a
// result, the target of that result: "126.289 người, vượt 40% kế hoạch
// năm (kế hoạch 90.000 người)".
func (d *document) plannedResult(r *reading) bool {
	return !r.isPct && r.prev != nil && (d.planInBrackets(r.pos.start, r.s.a) || d.planClause(r)) && (r.f.unit == "" || r.f.unit == r.prev.Unit)
}

// planClause reports whether the figure's comma clause opens with a plan
// word right before it, after the result before it in its sentence: "…
// cho 26.100 lao động, chỉ tiêu giao 25.000 lao động, đạt 104,4% kế
// hoạch" states the plan of that result.
func (d *document) planClause(r *reading) bool {
	ca := r.win.ca
	if ca <= r.s.a || r.pos.start-ca > planClauseWords || r.prev == nil || d.tokAt(r.prev.End) > ca {
		return false
	}
	end, ok := matchAnyAt(d.toks, ca, r.pos.start, planOpeners.p)
	if !ok {
		return false
	}
	// nothing but "giao", "năm", "đề ra" or "là" between the plan word and
	// the figure
	for k := end; k < r.pos.start; k++ {
		if !planLinks[d.toks[k].Norm] {
			return false
		}
	}
	return true
}

// planClauseWords bounds a plan clause's words before its figure, and
// planLinks are the words that may stand between its plan word and the
// figure.
const planClauseWords = 5

var planLinks = map[string]bool{"giao": true, "được": true, "đề": true, "ra": true, "là": true, "năm": true, "cả": true}

// indicatorOf returns the indicator of the figure given its best
// candidate, or -1, and whether the figure reads as the attainment of
// that indicator's plan: a percent after a plan word goes with the count
// before it ("2.970 người, đạt 49,5% kế hoạch"); a percent attained of a
// count indicator's cue is that indicator's.
func (r *reading) indicatorOf(best candidate) (ind int, attained bool) {
	if r.attained() {
		switch {
		case r.afterPlan && r.prev != nil:
			return indexOf(r.prev.Indicator), true
		// a rate's level, then its plan attained: "tỷ lệ lao động qua đào
		// tạo là 81%, đạt 100% so với kế hoạch" ("vượt 0,4%" after a rate
		// may be points: no reading)
		case r.afterPlan && r.prevRate != nil && !exceeds(r.f):
			return indexOf(r.prevRate.Indicator), true
		case best.ind >= 0 && !isRate(All[best.ind].Unit):
			return best.ind, true
		}
	}
	return best.ind, false
}

// record fills the record of the figure read as indicator best (see
// indicatorOf): its value and unit, period, kind and region. ok is false
// when the figure has no indicator or its reading does not fit it. part
// marks a figure in a part of what comes before; planned a plan in
// brackets after a result.
func (d *document) record(r *reading, best candidate, part, planned bool, opt Options) (Record, bool) {
	ind, attained := r.indicatorOf(best)
	if ind < 0 {
		return Record{}, false
	}
	decl := &All[ind]
	// another country's statistic is no Vietnamese indicator's (work
	// abroad names its destinations: those stay)
	if !decl.Abroad && d.foreignSubject(r) {
		return Record{}, false
	}
	// a part of the same indicator as the total before it is not a fact,
	// unless the part is a span of its own ("…, riêng quý III tuyển mới
	// 3.905 người")
	if part && !r.isPct && r.prev != nil && r.prev.Indicator == decl.ID && !d.clauseHasPeriod(r.s, r.pos.start) {
		return Record{}, false
	}
	f := r.f
	unit := f.unit
	if unit == "" && best.ind >= 0 {
		unit = All[best.ind].Unit
	}
	value, qualifier := f.value, f.qualifier
	if attained {
		unit = normalize.PercentOfPlan
		if exceeds(f) { // "vượt 12,5% kế hoạch": 112.5% of the plan
			value, _ = value.Add(normalize.NewDecimal(100, 0))
			qualifier = normalize.Exact
		}
	}
	switch {
	case unit == normalize.PercentUnit && decl.Unit == normalize.PercentagePoint:
		unit = normalize.PercentagePoint
	case unit == normalize.PercentagePoint && decl.Unit == normalize.PercentUnit:
		return Record{}, false
	}
	rec := d.figureRecord(r, unit, value, qualifier)
	rec.Indicator = decl.ID
	if !d.date(r, &rec, decl, planned) {
		return Record{}, false
	}
	var rfrom why
	rec.Region, rfrom = d.figureRegion(r.s, r.pos.start)
	if d.explainOn {
		rec.RegionFrom = d.whyText(rfrom)
	}
	if opt.Explain {
		d.explain(&rec, best)
	}
	return rec, true
}

// date sets the period and kind of rec, the record of the figure read as
// indicator decl. It returns false for the level before a change when the
// year before cannot be told.
func (d *document) date(r *reading, rec *Record, decl *Indicator, planned bool) bool {
	toks, s, ti, me := d.toks, r.s, r.pos.start, r.pos.end
	f := r.f
	// "71,5%/71%" in a report's table: done / planned
	if r.isPct && ti >= 2 && toks[ti-1].Norm == "/" && toks[ti-2].Norm == "%" && !toks[ti].Space {
		f.kind, f.yearOnly = Target, true
	}
	period, ownPeriod, pfrom := d.periodFor(s, ti, me)
	if !isLevel(decl) {
		period = d.flowAt(period)
	}
	// a level (a stock, a rate) is of a point in time, not of a span: in
	// "Sau 4 năm triển khai, đến cuối năm 2024, số hộ nghèo còn 31.020
	// hộ" it is the point's
	if isLevel(decl) && yearSpan(period) {
		for _, p := range d.pers {
			if p.point && p.tok < ti && !p.bracket && p.value != "" && !yearSpan(p.value) {
				period, pfrom = p.value, d.whyAt(pLevelPoint, p.tok)
			}
		}
	}
	// a stock counted at a date is of the date's month, not of the months
	// up to it: "tính đến ngày 30/6/2024, toàn tỉnh có 312.486 người tham
	// gia BHXH" is 2024-06
	if slices.Contains(stockIDs, decl.ID) && d.fromDate(pfrom) {
		if f, l, ok := monthRange(period); ok && f%12 == 0 && l > f {
			period = normalize.Period{Grain: normalize.GrainMonth, Year: int16(l / 12), First: int8(l%12 + 1), Last: int8(l%12 + 1)}.String()
		}
	}
	rec.Period = period
	var kfrom why
	rec.Kind, kfrom = d.kindFor(f, s, ti, r.pos.num, period)
	if planned || d.planInBrackets(ti, s.a) {
		rec.Kind, kfrom = Target, why{rule: kPlanInBrackets, a: ti, b: ti + 1}
	}
	// a goal set for a term ("mục tiêu Nghị quyết Đại hội …"): a count or
	// a change with no period in its clause is over the term
	if kfrom.term && !isLevel(decl) && !d.clauseHasPeriod(s, ti) {
		if t := planTerm(periodYear(period)); t != "" {
			rec.Period = t
			pfrom = why{rule: pFrameTerm, frame: kfrom.frame, note: ", the term around " + period, a: kfrom.a, b: kfrom.b}
		}
	}
	// a share of the plan attained is a result or an estimate, never a
	// plan (dev convention): "312/400 người, đạt 78% kế hoạch"
	if rec.Unit == normalize.PercentOfPlan && rec.Kind == Target {
		rec.Kind, kfrom = Actual, why{rule: kPlanAttainment, a: ti, b: ti + 1}
	}
	if d.explainOn {
		defer func() { rec.PeriodFrom, rec.KindFrom = d.whyText(pfrom), d.whyText(kfrom) }()
	}
	// a change in a report on a term ("Hà Giang: 5 năm giảm 37.150 hộ
	// nghèo"), dated only by the term's last year in its sentence, is the
	// change over the term; so is a count of what was done that takes that
	// year from beyond its paragraph ("Sơn La: 5 năm, …" … "tỉnh đã đào
	// tạo nghề cho 68.500 lao động nông thôn")
	flow := !isRate(decl.Unit) && !slices.Contains(stockIDs, decl.ID)
	if (decl.Change || flow && pfrom.far) && strings.Contains(d.title, "/") && strings.Count(d.title, "-") == 0 &&
		rec.Period == strconv.Itoa(lastYear(d.title)) && !d.clauseHasPeriod(s, ti) && !d.sentenceStates(rec.Period) &&
		!d.comparedInTerm(r, d.title) {
		rec.Period = d.title
		pfrom = why{rule: pHeadTermChange, a: -1}
	}
	// a count a plan for a term sets ("Kế hoạch … giai đoạn 2021 - 2025":
	// "giải quyết việc làm cho 170.000 lao động"), dated only by the term's
	// last year, the year its targets are due, is over the term; a rate or
	// a stock stays that year's level
	// (or dated only by the date line, which says when the plan was
	// written: "Kế hoạch … giai đoạn 2026 - 2030" published in 2026)
	if rec.Kind == Target && d.term != "" && !isRate(decl.Unit) && !slices.Contains(stockIDs, decl.ID) &&
		(rec.Period == strconv.Itoa(lastYear(d.term)) || pfrom.rule == pDateLineYear) && !d.clauseHasPeriod(s, ti) && !d.sentenceStates(rec.Period) {
		rec.Period = d.term
		pfrom = why{rule: pHeadPlanTerm, a: -1}
	}
	// an average per year ("giảm bình quân 1,2%/năm") is over a span of
	// years: the one governing its sentence, rather than a single year
	// read nearer the figure ("từ 4,58% cuối năm 2021 … giảm bình quân
	// 1,2%/năm" in "Sau 3 năm (2022 - 2024), …")
	if (strings.HasSuffix(f.m.Text, "/năm") || has(toks, max(ti-4, s.a), ti, perYearWords)) && !yearSpan(rec.Period) {
		found := ownPeriod // a year of its own after it ("… 1,2%/năm vào năm 2022"), but the end of the span
		for _, p := range d.pers {
			if p.tok < ti && yearSpan(p.value) && (!ownPeriod || lastYear(p.value) == periodYear(rec.Period)) {
				rec.Period = p.value
				pfrom = d.whyAt(pAverageSpan, p.tok)
				found = true
				break
			}
		}
		// "từ 7,19% năm 2015 … còn 1,36% vào cuối năm 2020, bình quân
		// mỗi năm giảm 1,17%": the years after the first level's, to the
		// last one's (2016/2020)
		if first, last := d.levelYears(ti); !found && first > 0 && last > first {
			rec.Period = strconv.Itoa(first+1) + "/" + strconv.Itoa(last)
			pfrom = why{rule: pAverageLevels, a: -1}
		}
	}
	// the goal a result met is over the result's period, unless its clause
	// names its own ("vượt mục tiêu giảm 1%/năm … cho giai đoạn 2021 - 2025")
	if r.goalOf != nil && !d.clauseHasPeriod(s, ti) {
		rec.Period = r.goalOf.Period
		pfrom = why{rule: pGoalOfResult, a: d.tokAt(r.goalOf.Start), b: d.tokAt(r.goalOf.End)}
	}
	// "Con số này vượt 3,3% so với kế hoạch năm": the plan attained by the
	// count named is over that count's period (the year is the plan's)
	if r.back && rec.Unit == normalize.PercentOfPlan {
		rec.Period, rec.Kind = r.prev.Period, r.prev.Kind
		pfrom = why{rule: pCountNamed, a: d.tokAt(r.prev.Start), b: d.tokAt(r.prev.End)}
	}
	if f.yearOnly || planned {
		rec.Period = yearOf(rec.Period)
	}
	// the level a change starts from is known, whatever the change is: "ước
	// giảm từ 20,77% cuối năm 2021 xuống còn 3,9%"
	if r.fromLevel && rec.Kind != Actual {
		rec.Kind, kfrom = Actual, why{rule: kStartLevel, a: ti - 1, b: ti}
	}
	// "từ 4,24% xuống còn 3,28%": the level before the change is last
	// year's, or in a report on a term ending that year ("2022/2024"), the
	// level before the term; in a clause dated by a term ("2016/2020"),
	// the year before it
	if r.fromLevel && ownPeriod {
		d.fromPeriod = rec.Period
	}
	if r.fromLevel && !ownPeriod {
		y := periodYear(rec.Period)
		switch {
		// "tỷ lệ hộ nghèo từ 6,8% năm 2015 …; tỷ lệ hộ cận nghèo giảm từ
		// 5,4% xuống …": a start with no date of its own is the same time
		// as the one before it in its sentence
		case d.fromPeriod != "":
			rec.Period = d.fromPeriod
			pfrom = why{rule: pStartLevel, a: ti, b: ti + 1}
		case yearSpan(rec.Period):
			if f, err := strconv.Atoi(rec.Period[:4]); err == nil {
				rec.Period = strconv.Itoa(f - 1)
			}
		case y == 0 || len(rec.Period) != 4:
			// a rate's level at an unknown time is no figure to report; a
			// count keeps the period read, as it did before "từ" was read
			if r.isPct {
				return false
			}
		default:
			rec.Period = strconv.Itoa(y - 1)
			if first, last, ok := strings.Cut(d.title, "/"); ok && len(first) == 4 && last == strconv.Itoa(y) {
				if f, err := strconv.Atoi(first); err == nil && f < y {
					rec.Period = strconv.Itoa(f - 1)
				}
			}
			// a change its sentence dated from year A to year y before
			// ("từ 7,19% năm 2015 … còn 1,36% năm 2020; tỷ lệ hộ cận
			// nghèo giảm từ 4,27% xuống còn 2,36%"): this one starts at A too
			if first, last := d.levelYears(ti); first > 0 && first < y && last == y {
				rec.Period = strconv.Itoa(first)
			}
		}
	}
	return true
}

// sentenceStates reports whether the current sentence opens with period
// as its own ("Năm 2025, UBND tỉnh giao chỉ tiêu …"), rather than taking
// it from its context or stating it as a point ("Đến cuối năm 2020, …").
func (d *document) sentenceStates(period string) bool {
	return d.gov.tok >= 0 && !d.gov.point && !d.gov.rel && d.gov.value == period
}

// flowAt returns the period of what was done by a point month of the
// sentence whose level period is period ("tính đến hết tháng 9/2022":
// "2022-01/2022-09" for "2022-09"), else period.
func (d *document) flowAt(period string) string {
	for _, p := range d.pers {
		if p.flow != "" && p.value == period {
			return p.flow
		}
	}
	return period
}

// planTerm returns the five-year plan term that holds year y
// ("2016/2020" for 2018: terms start in 2011, 2016, 2021, …), or "" for no
// year.
func planTerm(y int) string {
	if y <= 0 {
		return ""
	}
	first := y - (y-1)%5
	return strconv.Itoa(first) + "/" + strconv.Itoa(first+4)
}

// isLevel reports whether the figures of decl are levels at a time (a
// rate, a stock) rather than counts of what was done over a period.
func isLevel(decl *Indicator) bool {
	return !decl.Change && (decl.Unit == normalize.PercentUnit || slices.Contains(stockIDs, decl.ID))
}

// levelYears returns the first and last of the years that date the
// sentence's periods before token ti, each a whole year, or 0, 0.
func (d *document) levelYears(ti int) (first, last int) {
	for _, p := range d.pers {
		if p.tok >= ti || len(p.value) != 4 {
			continue
		}
		y := periodYear(p.value)
		if first == 0 || y < first {
			first = y
		}
		last = max(last, y)
	}
	return first, last
}

// explain fills the Cue and Rule of rec from the candidate that chose its
// indicator.
func (d *document) explain(rec *Record, best candidate) {
	if best.ind < 0 {
		return
	}
	if best.cue.end > best.cue.start {
		rec.Cue = d.text[d.toks[best.cue.start].Start:d.toks[best.cue.end-1].End]
		rec.Rule = All[best.ind].ID + ": " + best.cue.text
	} else {
		rec.Rule = All[best.ind].ID + ": " + best.via // taken from the record before
	}
}

// isMoney reports whether u is a currency.
func isMoney(u normalize.Unit) bool { return u == normalize.VND || u == normalize.USD }

// listBetween reports whether tokens [a, b) hold a list separator ("," ";"
// "và"), which makes the figures on either side two items of a list.
func (d *document) listBetween(a, b int) bool {
	visit(b - a)
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.Punct && (t.Norm == "," || t.Norm == ";") || t.Norm == "và" {
			return true
		}
	}
	return false
}

// unitFits reports whether a figure of unit u can belong to ind.
func (d *document) unitFits(ind *Indicator, u normalize.Unit, isPct, attain bool) bool {
	switch {
	case isPct:
		return isRate(ind.Unit) || attain
	case u == normalize.USD:
		return ind.Unit == normalize.VND
	case u == "":
		return isCount(ind.Unit)
	}
	return ind.Unit == u
}

// matchAnyAt reports whether one of the phrases stands at token i (before
// limit) and returns the index after the first that does.
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
func (d *document) periodFor(s sentence, ti, me int) (period string, own bool, from why) {
	pers := d.pers
	ca, cb := d.clauseBounds(ti, s.a, s.b, ",;()")
	// in the clause, the nearest period with no other figure between: in
	// "giảm từ 20,77% cuối năm 2021 xuống còn 3,9% vào cuối năm 2025" each
	// figure has its own
	best, bestDist, first := -1, 0, -1
	visit(2 * len(pers))
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
		return pers[best].value, pers[best].tok >= me, d.whyAt(pClauseNearest, pers[best].tok)
	}
	// every period of the clause has a figure between: the nearest before
	nearest := -1
	for k, p := range pers {
		if p.tok >= ca && p.tok < ti && !d.followsFigure(p.tok) {
			nearest = k
		}
	}
	if nearest >= 0 {
		return pers[nearest].value, false, d.whyAt(pClauseBefore, pers[nearest].tok)
	}
	if first >= 0 && !d.followsFigure(pers[first].tok) {
		return pers[first].value, false, d.whyAt(pClauseFirst, pers[first].tok)
	}
	p, from := d.contextPeriod(s, ti)
	// "ước cả năm …": the whole year of the context
	if d.wholeYearBefore(s.a, ti) && periodYear(p) > 0 && !yearSpan(p) {
		p = p[:4]
		from.note += ", its whole year (\"cả năm\", \"năm nay\")"
	}
	return p, false, from
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

// mentionAtTok returns the period mention starting at token i, or nil. It
// points into d.mentions: its callers only read it.
func (d *document) mentionAtTok(i int) *normalize.Mention {
	ms := d.mentionsIn(d.toks[i].Start, d.toks[i].Start+256)
	for k := range ms {
		if m := &ms[k]; m.Start == d.toks[i].Start && (m.Kind == normalize.PeriodKind || m.Kind == normalize.Date && m.Per.Point) {
			return m
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
func (d *document) contextPeriod(s sentence, ti int) (string, why) {
	pers := d.pers
	sa, _ := d.clauseBounds(ti, s.a, s.b, ";")
	last, lastTok := "", -1
	inside := d.inBrackets(ti, s.a)
	visit(2 * len(pers))
	for _, p := range pers {
		if p.tok >= sa && p.tok < ti && (!p.bracket || inside) {
			last, lastTok = p.value, p.tok
		}
	}
	// the sentence's governing period, unless the figure's ";"-segment
	// comes after it with a period of its own ("Năm 2023, … 372 người …;
	// năm 2024, tỉnh đặt chỉ tiêu tiếp nhận 400 người"); a point date
	// governs less than a period nearer the figure ("Tính đến ngày
	// 5/2/2024, … quà Tết Giáp Thìn 2024 cho 168.350 lượt …")
	if d.gov.tok >= 0 && d.gov.tok < ti && !d.gov.date && !(last != "" && sa > d.gov.tok) {
		return d.gov.value, d.whyAt(pSentenceGoverning, d.gov.tok)
	}
	if last != "" {
		return last, d.whyAt(pSegmentLast, lastTok)
	}
	// (not a period that dates a figure of another segment only: "…, giảm
	// so với mức 2,22% của quý IV/2024; tỷ lệ … là 2,61%")
	for _, p := range pers {
		if p.tok < ti && (!p.bracket || inside) && !yearSpan(p.value) && !p.apart && !d.ofFigure(p.tok) {
			last, lastTok = p.value, p.tok
		}
	}
	if last != "" {
		return last, d.whyAt(pSentenceLast, lastTok)
	}
	// a plan's period does not date a later sentence that reports what
	// is done or what stands now ("Mục tiêu đến năm 2020 … Tuy nhiên,
	// tính đến nay, mới có …")
	state := d.reportsState(s.a, ti)
	if d.paraUndated && d.paraGov == "" && d.paraPer == "" {
		return "", why{rule: pParagraphUndated, a: -1}
	}
	if d.paraGov != "" && !(d.paraGovPlan && state) {
		return d.paraGov, d.whyAt(pParagraphGoverning, d.paraGovTok)
	}
	// what stands now ("Hiện tỷ lệ … là 1,63%") in a text with no date
	// line is of the time of writing, which the text does not date: not of
	// a year said of something else before it
	now := d.ref.IsZero() && d.statesNow(s.a, ti)
	if d.paraPer != "" && !(d.paraPerPlan && state) && !now {
		return d.paraPer, d.whyAt(pParagraphLast, d.paraPerTok)
	}
	if now && (d.paraPer != "" || d.govPeriod != "") {
		return "", why{rule: pNowUndated, a: -1}
	}
	if d.govPeriod != "" && !(d.govKind == Target && state) {
		w := d.whyAt(pTextGoverning, d.govTok)
		w.far = true
		return d.govPeriod, w
	}
	if d.titlePlan && state {
		return "", why{rule: pLeadPlan, a: -1}
	}
	if d.title == "" && !d.ref.IsZero() {
		// the date line is the only evidence: the year of the report
		return strconv.Itoa(d.ref.Year()), why{rule: pDateLineYear, a: -1}
	}
	// "… chăm lo Tết cho …" in an article that names one Tết with its
	// year ("Tết Nhâm Dần 2022"): that Tết
	if y := d.namedTet(); y != "" && d.title == "" && has(d.toks, s.a, s.b, tetWord) {
		return y, why{rule: pArticleTet, a: -1}
	}
	// "Trong đó, …", "Cùng với đó, …" after a sentence that stated a
	// period: a part of it, or what went with it, at the same time
	if d.lastPerAt >= d.si-1 && d.lastPer != "" && d.si > 0 && endsWith(d.toks, d.afterOpening(s), continuationWords) {
		d.lastPerAt = d.si // the next sentence may go on with this one
		return d.lastPer, why{rule: pContinues, a: s.a, b: d.afterOpening(s)}
	}
	if d.title == "" {
		return "", why{rule: pNone, a: -1}
	}
	if d.titleHead {
		return d.title, why{rule: pHeadTitle, a: -1, far: true}
	}
	return d.title, why{rule: pHeadLead, a: -1, far: true}
}

// namedTet returns the year of the Tết the article names by its stem and
// branch or with its year, when all it names are one; "" otherwise. It
// reads the mentions once per document.
func (d *document) namedTet() string {
	if d.tetRead {
		return d.tetNamed
	}
	d.tetRead = true
	for _, m := range d.mentions {
		if m.Kind != normalize.PeriodKind || !isTet(m) || m.Str == "" {
			continue
		}
		if d.tetNamed != "" && d.tetNamed != m.Str {
			d.tetNamed = ""
			return ""
		}
		d.tetNamed = m.Str
	}
	return d.tetNamed
}

// statesNow reports whether tokens [a, b) say that what follows stands
// at the time of writing: "hiện nay", "đến nay", "vẫn còn", a sentence
// opening with "hiện".
func (d *document) statesNow(a, b int) bool {
	return has(d.toks, a, b, nowWords) || has(d.toks, a, b, presentWords) || d.toks[a].Norm == "hiện"
}

// presentWords say that what follows stands now: "hiện nay", "vẫn còn".
var presentWords = folded("hiện nay", "hiện có", "hiện còn", "hiện đang", "vẫn còn")

// reportsState reports whether tokens [a, b) say that what follows is
// done or stands now: "đã", "hiện nay", "hiện có", "tính đến nay", a
// sentence opening with "hiện".
func (d *document) reportsState(a, b int) bool {
	return has(d.toks, a, b, pastWords) || has(d.toks, a, b, nowWords) || d.toks[a].Norm == "hiện"
}

// kindFor decides whether a figure is a result, a target or an estimate.
// The figure's mention starts at token ti and its number at ni ("ước
// khoảng 2,9%": the estimate cue may lie inside the mention).
func (d *document) kindFor(f figure, s sentence, ti, ni int, period string) (Kind, why) {
	// the plan of "2.315/2.200" is a target; what was achieved is a result,
	// or an estimate where the words before it say so ("ước cả năm đạt
	// 2.315/2.200 lao động")
	if f.kind == Target {
		return f.kind, why{rule: kFraction, a: ti, b: ti + 1}
	}
	if f.kind == Actual {
		f.kind = ""
		if k, w := d.kindFor(f, s, ti, ni, period); k == Estimate {
			return k, w
		}
		return Actual, why{rule: kFraction, a: ti, b: ti + 1}
	}
	sa, _ := d.clauseBounds(ti, s.a, s.b, ";")
	// "64,5% năm 2025 (ước)": the figure marked an estimate after it
	if k, ok := d.estimateMark(f); ok {
		return Estimate, why{rule: kEstimateMark, a: k, b: k + 1}
	}
	// a frame rule that read the words of the figure's segment with what
	// follows them ("dự kiến" and a verb of work) decides over those words
	// read alone
	if f, ok := d.frameAt(ti); ok && f.cueStart >= sa && f.cueEnd <= max(ti, ni) && d.frameHolds(f, period) {
		return FrameRules[f.rule].Kind, why{frame: f.rule + 1, a: f.cueStart, b: f.cueEnd}
	}
	// the words of the figure's own segment: "ước", "sẽ còn" (AtSegment rules)
	if f, ok := d.segmentFrame(sa, max(ti, ni), period); ok {
		rule := &FrameRules[f.rule]
		if rule.LaterKind != "" && d.laterThanReport(period, d.toks[s.a].Start) {
			return rule.LaterKind, why{frame: f.rule + 1, note: ", for a period after the report's", a: f.cueStart, b: f.cueEnd}
		}
		return rule.Kind, why{frame: f.rule + 1, a: f.cueStart, b: f.cueEnd, term: rule.Term}
	}
	// a part takes the kind of its whole: "… ước đạt 1,1 triệu người; trong
	// đó xuất khẩu lao động 58.075 người"
	if sa > s.a && (endsWith(d.toks, sa+2, partWords) || endsWith(d.toks, sa+3, partWords)) {
		pa, _ := d.clauseBounds(sa-1, s.a, s.b, ";")
		if d.hasEstimate(pa, sa-1) {
			return Estimate, why{rule: kPartOfEstimate, a: pa, b: sa - 1}
		}
	}
	// "theo kế hoạch …: Đã giải quyết …": a result reported against a plan
	// (not past a ";" into a segment that reports the plan attained: "…
	// được giao chỉ tiêu … 24.000 lao động; đến hết tháng 10 giải quyết
	// việc làm cho 20.400 lao động, đạt 85% kế hoạch")
	if te := d.targetEnd(s.a, ti); te >= 0 && !has(d.toks, te, ti, pastWords) && !(d.inBrackets(te-1, s.a) && has(d.toks, te, ti, closeBracket)) &&
		!(te <= sa && sa > s.a && d.attainsPlan(ti, s)) {
		return Target, why{rule: kTargetCue, a: s.a, b: te}
	}
	// a range is a goal's ("đạt từ 59 – 62%", "170.000 - 175.000 lao
	// động"): results are reported as values, not as spans, unless the
	// sentence says they are done ("đã") or the period is over
	if f.m.Kind == normalize.Range && !has(d.toks, s.a, ti, pastWords) && !d.periodOver(period) {
		return Target, why{rule: kRangeGoal, a: ti, b: ti + 1}
	}
	// "… dự kiến giảm xuống còn 1,3%; tỷ lệ hộ cận nghèo giảm từ 4% xuống
	// còn 2,4%": a ";"-segment with no period and no word of results of its
	// own goes on with the estimate of its sentence
	if sa > s.a && d.hasEstimate(s.a, sa) && !d.periodIn(sa, ti) && !has(d.toks, sa, ti, pastWords) {
		return Estimate, why{rule: kEstimatePastSemicolon, a: s.a, b: sa}
	}
	// the frame of report structure around the figure (frame.go)
	if f, ok := d.frameAt(ti); ok && d.frameHolds(f, period) {
		return FrameRules[f.rule].Kind, why{frame: f.rule + 1, a: f.cueStart, b: f.cueEnd}
	}
	if y := periodYear(period); y > 0 && len(d.published) >= 4 {
		// ("đã trao 3.000 suất quà Tết" in December: the coming Tết's
		// gifts, given)
		if py := periodYear(d.published); py > 0 && y > py && !has(d.toks, s.a, ti, pastWords) {
			return Target, why{rule: kAfterPublication, a: -1}
		}
	}
	// a figure dated after the report's own period (from its heading) is
	// for the plan: "Năm 2026, …" in a report on 2025 published in 2026
	// (not one over before the text was published: "3 tháng đầu năm nay",
	// nor one the sentence says is done: "Để chuẩn bị Tết Nhâm Thìn, tỉnh
	// đã trích …" in a review of 2011)
	if y, ty := periodYear(period), lastYear(d.title); d.titleHead && y > 0 && ty > 0 && y > ty && !strings.Contains(period, "/") &&
		!d.endedBefore(period) && !has(d.toks, s.a, ti, pastWords) {
		return Target, why{rule: kAfterTitle, a: -1}
	}
	// a sentence with no period of its own follows the governing context
	if d.govKind == Target && len(d.pers) == 0 && !d.reportsState(s.a, ti) {
		return Target, d.whyAt(kTargetGoverns, d.govTok)
	}
	return Actual, why{rule: kDefault, a: -1}
}

// articleSays reports whether the article speaks of the domain of
// indicator ind: one of its Article phrases stands in its title or text
// (always, for a declaration with none). It reads the text once per
// document and domain (declarations share their Article lists).
func (d *document) articleSays(ind int) bool {
	k := articleDomain[ind]
	if k < 0 {
		return true
	}
	if d.article == nil {
		d.article = make([]int8, len(articleLists))
	}
	if d.article[k] == 0 {
		d.article[k] = -1
		l := articleLists[k]
		if has(d.toks, 0, len(d.toks), l) || has(d.titleToks, 0, len(d.titleToks), l) {
			d.article[k] = 1
		}
	}
	return d.article[k] > 0
}

// articleLists are the distinct Article lists of All, folded, and
// articleDomain the index of each declaration's list among them (-1 for
// a declaration with none).
var articleLists, articleDomain = distinctLists(func(ind *Indicator) []string { return ind.Article })

// periodIn reports whether a period of the sentence (d.pers) starts in
// tokens [a, b).
func (d *document) periodIn(a, b int) bool {
	for _, p := range d.pers {
		if p.tok >= a && p.tok < b {
			return true
		}
	}
	return false
}

// hasEstimate reports whether a phrase of the estimate rule (FrameRules)
// stands in tokens [a, b).
func (d *document) hasEstimate(a, b int) bool {
	return d.segmentRuleIn(estimateRule, a, b)
}

// estimateRule is the index in FrameRules of the AtSegment rule of
// estimates ("ước"), whose reach past its segment kindFor reads too.
var estimateRule = slices.IndexFunc(FrameRules, func(r FrameRule) bool { return r.Name == "estimate" })

// frameHolds reports whether frame f governs a figure of period: a
// NotLate rule does not when the publication date falls in the period's
// last quarter or after it (lateIn), a NotOver rule not when the period
// ended before the report's year (periodOver).
func (d *document) frameHolds(f frameSpan, period string) bool {
	r := &FrameRules[f.rule]
	return !(r.NotLate && d.lateIn(period)) && !(r.NotOver && d.periodOver(period))
}

// lateIn reports whether the publication date falls in the last three
// months of period or after it; false with no date or no period.
func (d *document) lateIn(period string) bool {
	at, last, ok := d.monthsTo(period)
	return ok && at >= last-2
}

// endedBefore reports whether period ended before the month of the
// publication date; false with no date or no period.
func (d *document) endedBefore(period string) bool {
	at, last, ok := d.monthsTo(period)
	return ok && at > last
}

// monthsTo returns the month of the publication date and the last month
// of period (each as year*12 + month - 1); ok is false when either is
// unknown.
func (d *document) monthsTo(period string) (at, last int, ok bool) {
	if len(d.published) < 7 {
		return 0, 0, false
	}
	pub, err := normalize.ParsePeriod(d.published[:7])
	p, err2 := normalize.ParsePeriod(period)
	if err != nil || err2 != nil {
		return 0, 0, false
	}
	_, last = p.Months()
	at, _ = pub.Months()
	return at, last, last > 0 && at > 0
}

// periodOver reports whether a period ended before the year of the
// report (its publication year, else its title's last year).
func (d *document) periodOver(period string) bool {
	y := lastYear(period)
	if y == 0 {
		return false
	}
	if py := periodYear(d.published); py > 0 {
		return y < py
	}
	return d.titleHead && lastYear(d.title) > 0 && y < lastYear(d.title)
}

// laterThanReport reports whether a period lies after the year of the
// report: its publication year, else the year of its title's period, else
// the latest year stated before byte at.
func (d *document) laterThanReport(period string, at int) bool {
	y := periodYear(period)
	if y == 0 || yearSpan(period) {
		return false
	}
	if py := periodYear(d.published); py > 0 {
		return y > py
	}
	if d.titleHead && lastYear(d.title) > 0 {
		return y > lastYear(d.title)
	}
	// no date and no year in the heading (an excerpt): the report is of
	// the latest year the text has spoken of before ("… đến cuối năm
	// 2011 … Năm 2012, dự kiến …")
	return y > d.latestYearBefore(at)
}

// latestYearBefore returns the latest single year of the period mentions
// that start before byte at, or a year past any when there is none.
func (d *document) latestYearBefore(at int) int {
	i := sort.Search(len(d.yearsSoFar), func(i int) bool { return d.yearsSoFar[i].start >= at })
	if i == 0 {
		return math.MaxInt
	}
	return d.yearsSoFar[i-1].latest
}

// A why is the evidence for a field of a record, for -explain: the rule
// that decided it and the tokens [a, b) it read; a is -1 when no span of
// the text decided (a default, a date from metadata).
type why struct {
	rule ctxRule // a context rule, or 0
	// frame is the index in FrameRules, plus one, of the frame rule that
	// decided, or 0
	frame int
	// note adds to the rule what it read: ", its whole year"
	note string
	a, b int
	// far marks a period that came from beyond the figure's paragraph:
	// the text so far or the heading
	far bool
	// term marks a kind decided by a frame rule that dates its figures by
	// their term (FrameRule.Term)
	term bool
}

// whyAt is a why whose span is the mention at token i (or the token alone).
func (d *document) whyAt(rule ctxRule, i int) why {
	if i < 0 || i >= len(d.toks) {
		return why{rule: rule, a: -1}
	}
	// the span is shown by -explain only: the mention's end is looked up
	// for it alone
	if d.explainOn {
		if m := d.mentionAtTok(i); m != nil {
			return why{rule: rule, a: i, b: d.tokAt(m.End)}
		}
	}
	return why{rule: rule, a: i, b: i + 1}
}

// text writes a why as -explain shows it: the rule, then the span it read.
func (d *document) whyText(w why) string {
	var label string
	switch {
	case w.rule != 0:
		label = ContextRules[w.rule].label()
		if w.frame > 0 {
			label += ", by frame rule " + FrameRules[w.frame-1].Name
		}
	case w.frame > 0:
		label = "frame rule " + FrameRules[w.frame-1].Name
	}
	label += w.note
	if w.a < 0 || w.b <= w.a || w.b > len(d.toks) {
		return label
	}
	return label + ": " + strconv.Quote(d.text[d.toks[w.a].Start:d.toks[w.b-1].End])
}

// speaksOfCountry reports whether sentence s speaks of the whole country
// (nationalSubject), remembered for the sentence's other figures.
func (d *document) speaksOfCountry(s sentence) bool {
	if c := &d.sentRegion; c.ok && c.a == s.a && c.b == s.b {
		return c.national
	}
	n := d.nationalSubject(s)
	d.sentRegion = regionCache{a: s.a, b: s.b, ok: true, national: n}
	return n
}

// A regionCache holds whether the sentence on tokens [a, b) speaks of the
// whole country: it depends on the sentence only, and each of its figures
// asks for it.
type regionCache struct {
	a, b     int
	ok       bool
	national bool
}

// joined reports whether the comma at token i lies inside one of the
// joinedPairs ("học sinh, sinh viên").
func (d *document) joined(i int) bool {
	if d.toks[i].Norm != "," {
		return false // no pair holds another separator (fast path)
	}
	for _, c := range joinedCommas {
		p, k := joinedPairs.p[c.pair], c.at
		if i-k < 0 || k > 0 && d.toks[i-1].Norm != p[k-1] { // the word before the comma rules out most
			continue
		}
		if _, ok := matchAt(d.toks, i-k, len(d.toks), p); ok {
			return true
		}
	}
	return false
}

// joinedCommas lists the commas of joinedPairs, in the order joined tries
// them: the pair (its index) and the comma's index in it.
var joinedCommas = func() []struct{ pair, at int } {
	var out []struct{ pair, at int }
	for n, p := range joinedPairs.p {
		for k := range p {
			if p[k] == "," {
				out = append(out, struct{ pair, at int }{n, k})
			}
		}
	}
	return out
}()

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
			// "…, tạo việc làm cho 1,6 triệu lao động": a clause with a
			// figure of its own, not a group named after this one
			_, ce := d.clauseBounds(o.end, k+1, limit, ",;")
			return !d.figureBetween(o.end, ce)
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

// planInBrackets reports whether the figure at token ti stands in brackets
// that open with "kế hoạch", "chỉ tiêu" or "mục tiêu".
func (d *document) planInBrackets(ti, floor int) bool {
	for k := ti - 1; k >= floor && k >= ti-6; k-- {
		if d.toks[k].Punct && d.toks[k].Norm == "(" {
			_, ok := matchAnyAt(d.toks, k+1, ti, planOpeners.p)
			// a bare figure in brackets after a plan attained states it
			return ok || k == ti-1 && d.namesPlanBefore(k, floor)
		}
	}
	return false
}

// namesPlanBefore reports whether the bracket opening at token k follows
// a plan attained by a percent: "bằng 38,2% kế hoạch năm (14.000
// người)", "vượt 6,5% kế hoạch UBND tỉnh giao (16.500 người)", "bằng
// 83,4% chỉ tiêu cả năm (22.000 người)". The bracket states the plan.
func (d *document) namesPlanBefore(k, floor int) bool {
	for j := k - 1; j > floor && j >= k-planReach; j-- {
		if d.toks[j-1].Norm != "%" {
			continue
		}
		if _, ok := matchAnyAt(d.toks, j, k, planOpeners.p); ok {
			return true
		}
	}
	return false
}

// planReach is how many tokens before a bracket the plan word it states
// may stand: "kế hoạch UBND tỉnh giao (".
const planReach = 6

// wholeYearBefore reports whether "cả năm", "cuối năm" … stands in tokens
// [a, b) outside a period mention ("6 tháng cuối năm" is a half).
func (d *document) wholeYearBefore(a, b int) bool {
	visit(b - a)
	for i := a; i < b; i++ {
		if !wholeYear.first.has(d.toks[i].Norm) {
			continue
		}
		for _, p := range wholeYear.p {
			if d.toks[i].Norm != p[0] { // matchAt's first test, without the call
				continue
			}
			if _, ok := matchAt(d.toks, i, b, p); !ok {
				continue
			}
			inPeriod := false
			for _, m := range d.mentionsIn(d.toks[a].Start, d.toks[b-1].End) {
				if m.Kind == normalize.PeriodKind && m.Start <= d.toks[i].Start && d.toks[i].Start < m.End {
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
	visit(len(d.pers))
	return d.periodIn(ca, cb)
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
	if slices.Contains(datingWords, d.toks[k-1].Norm) {
		k--
	}
	for _, m := range d.mentionsIn(d.toks[max(k-8, 0)].Start, d.toks[k].Start) {
		if m.Kind.IsNumeric() && m.Unit != "" && d.tokAt(m.End) == k {
			return true
		}
	}
	return false
}

// continuationWords open a sentence that goes on with the one before it.
var continuationWords = folded("trong đó", "cùng với đó", "bên cạnh đó", "ngoài ra", "trong số đó", "riêng")

// afterOpening returns the token after the opening phrase of sentence s
// up to its first comma, at most a few words: "Trong đó" of "Trong đó,
// số người …".
func (d *document) afterOpening(s sentence) int {
	for k := s.a; k < s.b && k < s.a+4; k++ {
		if d.toks[k].Punct && d.toks[k].Norm == "," {
			return k
		}
	}
	return s.a
}

// fromDate reports whether the period that w names came from a point
// date ("tính đến ngày 30/6/2024") of the sentence, or of the sentence or
// paragraph it was taken from.
func (d *document) fromDate(w why) bool {
	switch w.rule {
	case pContinues:
		return d.lastDate
	case pParagraphLast:
		return d.paraPerDate
	}
	for _, p := range d.pers {
		if p.date && p.tok == w.a {
			return true
		}
	}
	return false
}

// ofFigure reports whether the period at token i is the one "của" ties
// to the figure right before it ("mức 2,22% của quý IV/2024"): the time
// of that figure alone.
func (d *document) ofFigure(i int) bool {
	return i > 1 && d.toks[i-1].Norm == "của" && d.followsFigure(i-1)
}

// nationalSubject reports whether sentence s speaks of the whole country
// as what its figures measure: "cả nước", "toàn quốc", but not as a rank
// or a yardstick ("xếp thứ 5 toàn quốc", "bình quân cả nước", "so với cả
// nước").
func (d *document) nationalSubject(s sentence) bool { return d.nationalIn(s.a, s.b) }

// nationalIn is nationalSubject over the tokens [a, b).
func (d *document) nationalIn(a, b int) bool {
	visit(b - a)
	for i := a; i < b; i++ {
		if !nationalWords.first.has(d.toks[i].Norm) {
			continue
		}
		for _, p := range nationalWords.p {
			if d.toks[i].Norm != p[0] { // matchAt's first test, without the call
				continue
			}
			if _, ok := matchAt(d.toks, i, b, p); !ok {
				continue
			}
			if !yardstick(d.toks, i+len(p)) {
				return true
			}
		}
	}
	return false
}

// isDayMonth reports whether a fraction could be a day and a month: a
// whole numerator 1–31 over a whole denominator 1–12.
func isDayMonth(num, den normalize.Decimal) bool {
	small := func(d normalize.Decimal, hi int64) bool {
		v, ok := d.Int() // 30 may be held as 3 × 10¹
		return ok && v >= 1 && v <= hi
	}
	return small(num, 31) && small(den, 12)
}
