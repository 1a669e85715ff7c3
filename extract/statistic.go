package extract

import "strings"

// Every statistic of an article (Options.All). A figure that fits no
// indicator is still a statistic a reader may want: "Tổng doanh thu dịch
// vụ ước đạt 85 tỷ đồng" measures a revenue, "Tại Nhật Bản, tỷ lệ thất
// nghiệp ở mức 2,5%" is Japan's rate. Its statistic record has Indicator
// "", the words of what it measures (Measure), whose it is (Subject), and
// the value, unit, qualifier, kind, period and region read as for an
// indicator figure.

// statistic returns the statistic record of figure f of sentence s at pos.
func (d *document) statistic(f figure, s sentence, pos figurePos, opt Options) Record {
	r := &reading{f: f, s: s, pos: pos}
	r.win = d.window(s, pos)
	rec := d.figureRecord(r, f.unit, f.value, f.qualifier)
	rec.Measure = d.measure(r)
	period, _, pfrom := d.periodFor(s, pos.start, pos.end)
	rec.Period = period
	var kfrom, rfrom why
	rec.Kind, kfrom = d.kindFor(f, s, pos.start, pos.num, period)
	if name, ok := d.foreignOpener(r); ok || d.speaksOfCountries(r) {
		rec.Subject = name
		rfrom = why{rule: rForeign, a: -1}
	} else {
		rec.Region, rfrom = d.figureRegion(s, pos.start)
		rec.Subject = rec.Region
		if org := d.orgSubject(r); org != "" {
			rec.Subject = org
		}
	}
	rec.Per, rec.Form = d.perUnit(r), d.form(r)
	if opt.Explain {
		rec.Rule = "statistic: no indicator fits"
		rec.PeriodFrom, rec.KindFrom, rec.RegionFrom = d.whyText(pfrom), d.whyText(kfrom), d.whyText(rfrom)
	}
	return rec
}

// measure returns the words of what the figure measures: those of its
// clause before it, after any period that opens it and without the verbs
// and qualifiers that link them to the figure ("Tổng doanh thu dịch vụ ước
// đạt 85 tỷ đồng" → "tổng doanh thu dịch vụ"), then the words of its unit
// ("tỷ đồng"); at most measureWords words before the figure.
func (d *document) measure(r *reading) string {
	toks := d.toks
	a := r.win.ca
	for _, p := range d.pers {
		if p.tok >= a && p.tok < r.pos.start {
			// the words after a period opening the clause
			if e := d.tokAfter(p.tok, d.periodEnd(p.tok)); e > a && e <= r.pos.start {
				a = e
			}
		}
	}
	// not past another figure of the clause
	for _, m := range d.mentionsIn(toks[a].Start, toks[r.pos.start].Start) {
		if m.Kind.IsNumeric() {
			a = max(a, d.tokAt(m.End))
		}
	}
	b := r.pos.start
	for b > a && (toks[b-1].Punct || linkWords[toks[b-1].Norm]) {
		b--
	}
	a = max(a, b-measureWords)
	// not the words that open a part ("trong đó", "riêng") or link it
	if k := a; k < b {
		for _, p := range partWords.p {
			if e, ok := matchAt(toks, k, b, p); ok {
				a = e
				break
			}
		}
	}
	for a < b && (toks[a].Punct || linkWords[toks[a].Norm] || toks[a].Norm == apartWord) {
		a++
	}
	var words []string
	if a < b {
		words = append(words, d.text[toks[a].Start:toks[b-1].End])
	}
	// the unit as written ("lao động", "lượt khách"), not a currency, which
	// the record's unit says, nor a bare "người" or "hộ" after words that
	// say more
	if r.pos.numEnd < r.pos.end && !isMoney(r.f.unit) && !isRate(r.f.unit) && !d.isMultiple(r.f.m, r.pos) {
		unit := strings.TrimSpace(d.text[toks[r.pos.numEnd].Start:toks[r.pos.end-1].End])
		if len(words) == 0 || !bareUnits[strings.ToLower(unit)] {
			words = append(words, unit)
		}
	}
	// "100% xã, phường": a share of what follows it, when nothing before says
	if len(words) == 0 && isRate(r.f.unit) {
		if w := d.wordsAfter(r.pos.end, r.s.b, 4); w != "" {
			words = append(words, w)
		}
	}
	return strings.TrimSpace(strings.Join(words, " "))
}

// bareUnits say no more than the record's unit does.
var bareUnits = map[string]bool{"người": true, "hộ": true, "lượt": true, "lượt người": true, "đơn vị": true, "cá nhân": true}

// measureWords bounds the words a measure takes from before its figure.
const measureWords = 10

// linkWords link the words of a measure to its figure, or qualify the
// figure: they are no part of what it measures.
var linkWords = map[string]bool{"là": true, "đạt": true, "có": true, "còn": true, "ở": true, "mức": true, "khoảng": true,
	"ước": true, "với": true, "cho": true, "được": true, "tăng": true, "giảm": true, "lên": true, "xuống": true,
	"tới": true, "đến": true, "trên": true, "hơn": true, "gần": true, "từ": true, "chỉ": true, "gồm": true, "và": true,
	"tại": true, "thì": true, "bằng": true, "chiếm": true, "vào": true, "gấp": true}

// periodEnd returns the end byte of the period mention starting at token i.
func (d *document) periodEnd(i int) int {
	if ms := d.mentionsIn(d.toks[i].Start, len(d.text)); len(ms) > 0 && ms[0].Start == d.toks[i].Start {
		return ms[0].End
	}
	return d.toks[i].End
}
