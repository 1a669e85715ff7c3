package normalize

import (
	"encoding/json"
)

// A Kind says what a mention is.
type Kind string

// The kinds of spec/normalize.md.
const (
	Number   Kind = "number"   // a bare number: "36.000", "hai mươi lăm"
	Percent  Kind = "percent"  // "1,00%", "4,5 phần trăm", "0,3 điểm phần trăm"
	Money    Kind = "money"    // "120.938,5 triệu đồng", "500 USD"
	Quantity Kind = "quantity" // a number with what it counts: "36.000 lao động"
	Range    Kind = "range"    // "1.500 - 1.700 lao động", "từ 3 đến 5%"
	Fraction Kind = "fraction" // "2.970/6.000 người": never divided
	Date     Kind = "date"     // "ngày 19/8/2021"
	DateTime Kind = "datetime" // "14/01/2022 05:02:04"
	// PeriodKind is a period mention: "6 tháng đầu năm 2020", "quý I/2023",
	// "năm nay". (Period is the name of the period's value.)
	PeriodKind Kind = "period"
	Ordinal    Kind = "ordinal" // "lần thứ XVII", "thứ 3 cả nước"
	LegalRef   Kind = "legal_ref"
	Phone      Kind = "phone"
)

// IsNumeric reports whether mentions of kind k carry a numeric value
// (number, percent, money, quantity, range, fraction).
func (k Kind) IsNumeric() bool {
	switch k {
	case Number, Percent, Money, Quantity, Range, Fraction:
		return true
	}
	return false
}

// A Unit is what a figure counts or measures; the strings are those of spec/records.md.
type Unit string

// The units of spec/records.md. NoUnit is a bare number.
const (
	NoUnit          Unit = ""
	Person          Unit = "person"           // người, lao động, lượt người, đối tượng, học sinh
	Household       Unit = "household"        // hộ, hộ nghèo, hộ kinh doanh
	Organization    Unit = "organization"     // doanh nghiệp, đơn vị, cơ sở
	Procedure       Unit = "procedure"        // thủ tục, hồ sơ
	VND             Unit = "vnd"              // đồng, đ, VNĐ, VND
	USD             Unit = "usd"              // USD, đô la (Mỹ)
	PercentUnit     Unit = "percent"          // %, phần trăm
	PercentagePoint Unit = "percentage_point" // điểm phần trăm; also a fall in a rate, decided by extract
	PercentOfPlan   Unit = "percent_of_plan"  // "đạt 118% kế hoạch": set by extract, never by Scan
)

// Units lists every unit of the contract, for validation.
var Units = []Unit{Person, Household, Organization, Procedure, VND, USD, PercentUnit, PercentagePoint, PercentOfPlan}

// A Qualifier says how a figure relates to the true value.
type Qualifier string

// The qualifiers of spec/records.md, with the Vietnamese words that give them.
const (
	Exact   Qualifier = "exact"
	Over    Qualifier = "over"     // "hơn", "trên", "vượt" (more than)
	Under   Qualifier = "under"    // "dưới" (below)
	Nearly  Qualifier = "nearly"   // "gần" (nearly)
	Approx  Qualifier = "approx"   // "khoảng", "xấp xỉ", "chừng", "ước khoảng"
	AtLeast Qualifier = "at_least" // "ít nhất", "tối thiểu"
	AtMost  Qualifier = "at_most"  // "tối đa", "không quá"
)

// A Mention is one figure, date or reference found by Scan.
// Start and End are byte offsets into the text given to Scan, so
// text[Start:End] == Text always holds.
type Mention struct {
	Text  string
	Start int
	End   int
	Kind  Kind
	// Value is the figure in base units for number, percent, money and
	// quantity mentions, and the ordinal's number for ordinals.
	Value Decimal
	// Low and High are a range's ends; Num and Den a fraction's parts.
	Low, High Decimal
	Num, Den  Decimal
	// Str is the value of non-numeric kinds: an ISO date ("2022-01-14"),
	// datetime ("2020-06-28T00:00:00"), period ("2020-H1", "2016/2020"),
	// a legal document number ("03/2021/NQ-HĐND") or phone digits.
	Str string
	// Per is what a period mention says, as the text says it: partial and
	// relative forms stay so ("6 tháng đầu năm" has no year, "năm qua" is
	// relative), for the caller to Unify with an enclosing period and
	// Resolve against the publication date. Str is Per resolved against
	// Options.Ref, or "" when that leaves it incomplete and for forms that
	// only Per describes ("năm qua", "cùng kỳ", "Tết Quý Mão"). A date
	// after "tính đến" ("as of") also has Per: the month of its Str, with
	// Point set.
	Per       Period
	Unit      Unit
	Qualifier Qualifier
	// NumStart and NumEnd are the byte offsets of the digits or numeral
	// words alone, without qualifier or unit words ("hơn [604 nghìn] người").
	NumStart, NumEnd int
}

// MarshalJSON writes the mention as one object of spec/normalize.md.
func (m Mention) MarshalJSON() ([]byte, error) {
	type out struct {
		Text        string    `json:"text"`
		Start       int       `json:"start"`
		End         int       `json:"end"`
		Kind        Kind      `json:"kind"`
		Value       any       `json:"value,omitempty"`
		Low         *Decimal  `json:"low,omitempty"`
		High        *Decimal  `json:"high,omitempty"`
		Numerator   *Decimal  `json:"numerator,omitempty"`
		Denominator *Decimal  `json:"denominator,omitempty"`
		Unit        Unit      `json:"unit,omitempty"`
		Qualifier   Qualifier `json:"qualifier,omitempty"`
	}
	o := out{Text: m.Text, Start: m.Start, End: m.End, Kind: m.Kind, Unit: m.Unit}
	switch m.Kind {
	case Number, Percent, Money, Quantity, Ordinal:
		o.Value = m.Value
	case Range:
		o.Low, o.High = &m.Low, &m.High
	case Fraction:
		o.Numerator, o.Denominator = &m.Num, &m.Den
	default:
		o.Value = m.Str
	}
	if m.Kind.IsNumeric() {
		o.Qualifier = m.Qualifier
		if o.Qualifier == "" {
			o.Qualifier = Exact
		}
	}
	return json.Marshal(o)
}
