package extract

import "github.com/solieu/solieu/normalize"

// A Kind says whether a figure is a reported result, a target or an estimate.
type Kind string

// The kinds of spec/records.md.
const (
	Actual   Kind = "actual"   // a reported result
	Target   Kind = "target"   // "phấn đấu", "mục tiêu", "kế hoạch giao"
	Estimate Kind = "estimate" // "ước", "ước tính", "dự kiến đạt"
)

// A Record is one indicator figure. Fields and their order follow
// spec/records.md; Start and End are byte offsets into the document text,
// so text[Start:End] == Text.
type Record struct {
	Doc       string              `json:"doc"`
	Indicator string              `json:"indicator"`
	Value     normalize.Decimal   `json:"value"`
	Unit      normalize.Unit      `json:"unit"`
	Qualifier normalize.Qualifier `json:"qualifier"`
	Kind      Kind                `json:"kind"`
	Period    string              `json:"period"`
	Region    string              `json:"region"`
	Text      string              `json:"text"`
	Start     int                 `json:"start"`
	End       int                 `json:"end"`
	Sentence  string              `json:"sentence"`
	Published string              `json:"published"`
	// Source says where the document came from (corpus.Document.Source):
	// "a.txt", "a.jsonl:17", "b.zip!2021/x.html".
	Source string `json:"source"`
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
