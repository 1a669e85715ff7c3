package extract

import (
	"encoding/binary"
	"encoding/hex"
	"time"

	"github.com/solieu/solieu/normalize"
)

// A Kind says whether a figure is a reported result, a target or an estimate.
type Kind string

// The kinds of spec/records.md.
const (
	Actual   Kind = "actual"   // a reported result
	Target   Kind = "target"   // "phấn đấu", "mục tiêu", "kế hoạch giao"
	Estimate Kind = "estimate" // "ước", "ước tính", "dự kiến đạt"
)

// A Record is one indicator figure. Fields and their order follow
// spec/records.md, with PeriodStart and PeriodEnd beside Period and Fact
// after Source (docs/records.md describes every field); Start and End are
// byte offsets into the document text, so text[Start:End] == Text.
type Record struct {
	Doc       string              `json:"doc"`
	Indicator string              `json:"indicator"`
	Value     normalize.Decimal   `json:"value"`
	Unit      normalize.Unit      `json:"unit"`
	Qualifier normalize.Qualifier `json:"qualifier"`
	Kind      Kind                `json:"kind"`
	Period    string              `json:"period"`
	// PeriodStart and PeriodEnd are the first and last day of Period, as
	// ISO dates ("2023-01-01", "2023-06-30"); "" when Period is "".
	// SetKeys fills them.
	PeriodStart string `json:"period_start"`
	PeriodEnd   string `json:"period_end"`
	Region      string `json:"region"`
	Text        string `json:"text"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Sentence    string `json:"sentence"`
	Published   string `json:"published"`
	// Source says where the document came from (corpus.Document.Source):
	// "a.txt", "a.jsonl:17", "b.zip!2021/x.html".
	Source string `json:"source"`
	// Fact names the fact the record gives (FactOf): records with the same
	// Fact are one figure written twice (a headline and its body), and
	// count once. SetKeys fills it.
	Fact string `json:"fact"`
	// Measure and Subject are given for a statistic record (Options.All:
	// Indicator ""): the words of what the figure measures ("doanh thu
	// dịch vụ … tỷ đồng") and whose it is (a province, "Việt Nam", another
	// country), "" when the text does not say.
	Measure string `json:"measure,omitempty"`
	Subject string `json:"subject,omitempty"`
	// Per, Form and Of complete a statistic record's frame: what the
	// figure is per ("ha", "người/tháng"; "" for a total), whether it is a
	// "level", a "change" or a "multiple" ("tăng 2 lần"), and for votes
	// written "410/442 phiếu", the votes cast (0 otherwise).
	Per  string            `json:"per,omitempty"`
	Form string            `json:"form,omitempty"`
	Of   normalize.Decimal `json:"of,omitzero"`
	// Cue and Rule trace the record to its declaration; they are filled
	// only on request (Options.Explain).
	Cue  string `json:"cue,omitempty"`
	Rule string `json:"rule,omitempty"`
	// PeriodFrom, KindFrom and RegionFrom name the rule, and quote the
	// span, that decided the record's period, kind and region
	// (Options.Explain).
	PeriodFrom string `json:"period_from,omitempty"`
	KindFrom   string `json:"kind_from,omitempty"`
	RegionFrom string `json:"region_from,omitempty"`
}

// SetKeys fills the fields that follow from the others: PeriodStart and
// PeriodEnd from Period (PeriodDates), and Fact (FactOf). Extract calls it
// on every record it returns; call it again after changing a record.
func (r *Record) SetKeys() {
	r.PeriodStart, r.PeriodEnd = PeriodDates(r.Period)
	r.Fact = FactOf(r)
}

// setKeys calls SetKeys on the records of one document, working out the
// dates of each of its periods (a handful) once.
func setKeys(recs []Record) {
	type dates struct{ period, start, end string }
	var seen [8]dates
	n := 0
	for i := range recs {
		r := &recs[i]
		k := 0
		for k < n && seen[k].period != r.Period {
			k++
		}
		if k == n {
			start, end := PeriodDates(r.Period)
			if n == len(seen) { // more periods than kept: forget the oldest
				copy(seen[:], seen[1:])
				n--
				k = n
			}
			seen[k] = dates{r.Period, start, end}
			n++
		}
		r.PeriodStart, r.PeriodEnd = seen[k].start, seen[k].end
		r.Fact = FactOf(r)
	}
}

// PeriodDates returns the first and last day of a period in the format of
// spec/records.md, as ISO dates: "2023" runs from "2023-01-01" to
// "2023-12-31", "2023-H1" to "2023-06-30", "2019-01/2019-09" to
// "2019-09-30", "2016/2020" from "2016-01-01" to "2020-12-31". It returns
// "", "" for "" and for any string normalize.ParsePeriod rejects.
func PeriodDates(period string) (start, end string) {
	if period == "" {
		return "", ""
	}
	p, err := normalize.ParsePeriod(period)
	if err != nil {
		return "", ""
	}
	first, last := p.Months() // year*12 + month - 1
	a := time.Date(first/12, time.Month(first%12+1), 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(last/12, time.Month(last%12+2), 0, 0, 0, 0, 0, time.UTC) // day 0: the last of the month before
	var buf [20]byte
	both := string(b.AppendFormat(a.AppendFormat(buf[:0], time.DateOnly), time.DateOnly)) // one string for the two
	return both[:10], both[10:]
}

// FactOf returns the id of the fact r gives: 16 lowercase hex digits, the
// 64-bit FNV-1a hash of doc, indicator, unit, value, kind and period, in
// that order, each followed by the byte 0x1f (value as the record writes
// it, reduced: one text per number). These are the fields by which the
// scorer (shared/eval/score.py) counts a fact: two records of one document
// that agree on them are one fact, whatever their spans, qualifiers or
// regions. A statistic record (Indicator "") adds measure, subject, per,
// form and of (0 when none), since its indicator does not say what it
// measures. The id depends on nothing else: the same record gives the
// same id in every run.
func FactOf(r *Record) string {
	h := uint64(fnvOffset)
	add := func(s string) {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * fnvPrime
		}
		h = (h ^ 0x1f) * fnvPrime // the unit separator ends each field
	}
	var num [40]byte
	add(r.Doc)
	add(r.Indicator)
	add(string(r.Unit))
	add(string(r.Value.Append(num[:0]))) // reduced: one text per number
	add(string(r.Kind))
	add(r.Period)
	if r.Indicator == "" {
		add(r.Measure)
		add(r.Subject)
		add(r.Per)
		add(r.Form)
		add(string(r.Of.Append(num[:0])))
	}
	var sum [8]byte
	binary.BigEndian.PutUint64(sum[:], h)
	var id [16]byte
	hex.Encode(id[:], sum[:])
	return string(id[:])
}

// The constants of 64-bit FNV-1a.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)
