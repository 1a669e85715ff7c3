package check

import (
	"github.com/solieu/solieu/normalize"
)

// A Rule names the relation a warning is about.
type Rule string

// The rules of package check. The Vietnamese in the comments is what the
// text says for the relation to be checked.
const (
	// Change: a change between two levels that disagrees with them,
	// "giảm 1,2% (từ 4,24% xuống còn 3,28%)" (a fall of 0,96, not 1,2).
	Change Rule = "change"
	// Fraction: a fraction and the percent stated with it, "2.970/6.000
	// người, đạt 49,5%".
	Fraction Rule = "fraction"
	// Attainment: a percent of plan against the actual figure and the
	// target of the same indicator, "đạt 92,5% kế hoạch".
	Attainment Rule = "attainment"
	// Breakdown: parts of a "trong đó" (of which) breakdown that exceed the
	// total, alone or together.
	Breakdown Rule = "breakdown"
	// Sum: a total stated with its parts, "1.250 người, gồm 700 … và 550 …"
	// or "…, tổng cộng 1.250 người", that is not their sum.
	Sum Rule = "sum"
	// Share: a part's share of its total stated before it, "12.640 lao
	// động, trong đó 5.210 lao động nữ, chiếm 41,2%".
	Share Rule = "share"
	// Conflict: the same indicator, period, region and kind reported with
	// different values by two documents.
	Conflict Rule = "conflict"
)

// Rules lists every rule, in the order Article and Across apply them.
var Rules = []Rule{Change, Fraction, Attainment, Breakdown, Sum, Share, Conflict}

// A Warning is one relation between figures that does not hold: its rule,
// the documents and figures involved and the value the stated figure
// should have had. With Options.All, relations that hold are reported too,
// with Consistent set.
type Warning struct {
	// Rule names the relation.
	Rule Rule `json:"rule"`
	// Docs are the ids of the documents involved, the document of the
	// stated figure first; a warning inside one article names one.
	Docs []string `json:"docs"`
	// Message says in one line what is wrong, quoting the figures as they
	// are written.
	Message string `json:"message"`
	// Expected is the value the stated figure should have: the result of
	// the relation, or for a conflict the other document's value. A sum or
	// a difference is given at the finest precision of the figures
	// involved (it is exact there), a percent at the stated figure's own.
	Expected normalize.Decimal `json:"expected"`
	// Figures are the figures involved, the stated figure (role "stated")
	// first.
	Figures []Figure `json:"figures"`
	// Consistent reports that the relation holds; it is set only when
	// Options.All asks for every relation checked.
	Consistent bool `json:"consistent,omitempty"`
}

// A Figure is one figure involved in a warning. Start and End are byte
// offsets into the text of document Doc, so text[Start:End] == Text.
type Figure struct {
	// Role says what the figure is in the relation: "stated" (the figure
	// checked: a change, a percent, a total, or one document's figure in a
	// conflict), "from" and "to" (the levels of a change), "numerator",
	// "denominator", "actual", "target", "part", or "other" (the other
	// document's figure in a conflict).
	Role string `json:"role"`
	// Doc is the id of the figure's document (spec/records.md).
	Doc string `json:"doc"`
	// Source names where the document came from ("a.jsonl:17"), when known.
	Source string `json:"source,omitempty"`
	// Text is the figure as written.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Value is the figure in base units; for a fraction's part it is that
	// part ("2.970/6.000" gives 2970 and 6000).
	Value     normalize.Decimal   `json:"value"`
	Unit      normalize.Unit      `json:"unit,omitempty"`
	Qualifier normalize.Qualifier `json:"qualifier,omitempty"`
	// Indicator is the indicator of the record made from the figure, empty
	// when it has none.
	Indicator string `json:"indicator,omitempty"`
	// Period, Region and Kind are those of the record, for conflicts.
	Period string `json:"period,omitempty"`
	Region string `json:"region,omitempty"`
	Kind   string `json:"kind,omitempty"`
}

// Options tune Article and Across.
type Options struct {
	// All reports every relation checked, consistent or not; consistent
	// ones have Warning.Consistent set.
	All bool
}
