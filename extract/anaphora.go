package extract

// Figures that refer back. "…, trong quý I có 2.903 người được giải quyết
// hưởng trợ cấp thất nghiệp; cả năm, con số này là 10.486 người": "con số
// này" (this figure) names the indicator of the figure just given, for
// another period, place or group. It is the same indicator, not a new one
// and not a second reading of the first.

// anaphors name a figure just given: "con số này", "con số trên", and a
// rate just given: "tỷ lệ này" (the unit must agree: a rate for a rate).
var anaphors = folded("con số này", "con số đó", "con số trên", "số liệu này", "con số tương ứng",
	"tỷ lệ này", "tỷ lệ đó", "tỷ lệ trên", "tỉ lệ này")

// anaphorReach is how many tokens before a figure an anaphor may stand in
// its clause: "con số này là …", "con số này tăng lên …".
const anaphorReach = 6

// A lastFigure is the indicator (index in All) and unit of the last
// record read, and the index of its sentence.
type lastFigure struct {
	ind  int
	unit string
	sent int
}

// referredIndicator returns the indicator of the figure an anaphor before
// this one refers to ("con số này là 10.486 người"): the last record, of
// the same unit, in this sentence or the one before; -1 when there is
// none. A difference from it ("con số này cao hơn … khoảng 15 tỷ đồng")
// is no figure of the indicator.
func (d *document) referredIndicator(r *reading) int {
	l := d.last
	if l.ind < 0 || l.sent < d.si-1 || l.unit != string(r.f.unit) || r.change {
		return -1
	}
	a := max(r.win.ca, r.pos.start-anaphorReach)
	if !has(d.toks, a, r.pos.start, anaphors) || has(d.toks, a, r.pos.start, differenceWords) {
		return -1
	}
	return l.ind
}

// differenceWords between an anaphor and a figure make the figure a
// difference from the one referred to: "con số này cao hơn … 15 tỷ đồng".
var differenceWords = folded("hơn", "gấp", "chênh lệch")

// apartIndicator returns the indicator of the total of the sentence
// before for a figure with no cue of its own in a sentence that opens
// with "riêng" and a period ("…, giải quyết việc làm cho 1,1 triệu
// người. Riêng tháng 9 có khoảng 141.500 người …"): the same count, over
// a part of its period. It returns -1 otherwise.
func (d *document) apartIndicator(r *reading) int {
	l, s := d.lastWhole, r.s
	if l.ind < 0 || l.sent != d.si-1 || l.unit != string(r.f.unit) || r.change || isRate(r.f.unit) ||
		d.toks[s.a].Norm != apartWord || len(d.pers) == 0 || d.pers[0].tok != s.a+1 || r.win.seg != s.a {
		return -1
	}
	return l.ind
}

// wholePeriodOf returns, for a figure with no cue that opens a later
// ";"-segment of its sentence with the whole period it estimates ("…
// giải quyết việc làm mới cho 2.148 lao động; ước cả năm đạt 2.315 lao
// động"), the indicator of the count before it in the sentence, when
// the units agree; else -1. The segment says what the count comes to.
func (d *document) wholePeriodOf(r *reading) int {
	l := d.lastWhole
	if l.ind < 0 || l.sent != d.si || l.unit != string(r.f.unit) || r.win.seg <= r.s.a || r.pos.start-r.win.seg > wholePeriodWords {
		return -1
	}
	end, ok := matchAnyAt(d.toks, r.win.seg, r.pos.start, wholePeriodOpeners.p)
	if !ok {
		return -1
	}
	for k := end; k < r.pos.start; k++ {
		if !wholePeriodLinks[d.toks[k].Norm] {
			return -1
		}
	}
	return l.ind
}

// wholePeriodOpeners open a segment that says what a count of part of a
// period comes to over the whole of it; wholePeriodLinks may follow them
// before the figure; wholePeriodWords bounds the segment's words before it.
var (
	wholePeriodOpeners = folded("ước cả năm", "ước thực hiện cả năm", "dự kiến cả năm", "cả năm", "ước đến hết năm", "ước đến cuối năm",
		"ước tính cả năm", "dự ước cả năm")
	wholePeriodLinks = map[string]bool{"đạt": true, "là": true, "khoảng": true, "được": true, "sẽ": true, "thực": true, "hiện": true}
)

const wholePeriodWords = 8
