package extract

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/solieu/solieu/normalize"
)

// A WantRecord is one record an Example must yield, as read by ParseWant.
// An empty Indicator or Unit stands for the declaration's own.
type WantRecord struct {
	Indicator string // another indicator id ("id=…"), or "" for the declaration's
	Value     normalize.Decimal
	Unit      normalize.Unit // "" for the indicator's unit
	Kind      Kind
	Period    string
	Qualifier normalize.Qualifier
}

// wantPeriod matches the periods of spec/records.md: a year, a half, a
// quarter, a month, a span of months or a span of years.
var wantPeriod = regexp.MustCompile(`^\d{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$|^\d{4}-(0[1-9]|1[0-2])/\d{4}-(0[1-9]|1[0-2])$|^\d{4}/\d{4}$`)

// wantID matches an indicator id, "prefix.name".
var wantID = regexp.MustCompile(`^[a-z][a-z_]*\.[a-z][a-z_]*$`)

var wantKinds = []Kind{Actual, Target, Estimate}

var wantQualifiers = []normalize.Qualifier{normalize.Exact, normalize.Over, normalize.Under,
	normalize.Nearly, normalize.Approx, normalize.AtLeast, normalize.AtMost}

// ParseWant parses the compact want line of an Example (design 2.3).
// Records are separated by ";". Each record is a list of space-separated
// tokens in any order:
//
//   - a number, the value in base units: 27300, 0.36, 120938500000
//     (required; of two plain numbers, one a year, the other is the value,
//     and of two years the first);
//   - a unit of normalize.Units (default "": the indicator's unit);
//   - a kind: actual, target, estimate (default actual);
//   - a period: 2023, 2020-H1, 2023-Q1, 2020-06, 2022-01/2022-09,
//     2016/2020 (default "": no period);
//   - a qualifier: exact, over, under, nearly, approx, at_least, at_most
//     (default exact);
//   - id=prefix.name, a record of another indicator (default: the
//     declaration's).
//
// For example "2970; 6000 target; 49.5 percent_of_plan" is three records.
// A token given twice, an unknown token, or a record without a value is
// an error.
func ParseWant(s string) ([]WantRecord, error) {
	if strings.TrimSpace(s) == "" {
		return nil, fmt.Errorf("want: empty")
	}
	var out []WantRecord
	for n, part := range strings.Split(s, ";") {
		r, err := parseWantRecord(part)
		if err != nil {
			return nil, fmt.Errorf("want: record %d %q: %w", n+1, strings.TrimSpace(part), err)
		}
		out = append(out, r)
	}
	return out, nil
}

// parseWantRecord parses one ";"-separated record of a want line.
func parseWantRecord(part string) (WantRecord, error) {
	var r WantRecord
	var nums []string // plain numbers: the value, and perhaps a year
	set := func(what string, done bool) error {
		if done {
			return fmt.Errorf("%s given twice", what)
		}
		return nil
	}
	fields := strings.Fields(part)
	if len(fields) == 0 {
		return r, fmt.Errorf("empty record")
	}
	for _, tok := range fields {
		switch {
		case strings.HasPrefix(tok, "id="):
			if err := set("id", r.Indicator != ""); err != nil {
				return r, err
			}
			id := strings.TrimPrefix(tok, "id=")
			if !wantID.MatchString(id) {
				return r, fmt.Errorf("bad indicator id %q", id)
			}
			r.Indicator = id
		case isUnit(tok):
			if err := set("unit", r.Unit != ""); err != nil {
				return r, err
			}
			r.Unit = normalize.Unit(tok)
		case isKind(tok):
			if err := set("kind", r.Kind != ""); err != nil {
				return r, err
			}
			r.Kind = Kind(tok)
		case isQualifier(tok):
			if err := set("qualifier", r.Qualifier != ""); err != nil {
				return r, err
			}
			r.Qualifier = normalize.Qualifier(tok)
		case isDecimal(tok):
			nums = append(nums, tok)
		case wantPeriod.MatchString(tok):
			if err := set("period", r.Period != ""); err != nil {
				return r, err
			}
			r.Period = tok
		default:
			return r, fmt.Errorf("unknown token %q", tok)
		}
	}
	// the value is the number that is not a year, else the first one
	switch {
	case len(nums) == 0:
		return r, fmt.Errorf("no value")
	case len(nums) > 2:
		return r, fmt.Errorf("too many numbers %q", nums)
	case len(nums) == 2:
		if !wantPeriod.MatchString(nums[1]) {
			nums[0], nums[1] = nums[1], nums[0]
		}
		if !wantPeriod.MatchString(nums[1]) {
			return r, fmt.Errorf("two values %q", nums)
		}
		if err := set("period", r.Period != ""); err != nil {
			return r, err
		}
		r.Period = nums[1]
	}
	r.Value, _ = normalize.ParseDecimal(nums[0])
	if r.Kind == "" {
		r.Kind = Actual
	}
	if r.Qualifier == "" {
		r.Qualifier = normalize.Exact
	}
	return r, nil
}

// isDecimal reports whether tok is a plain decimal number.
func isDecimal(tok string) bool {
	_, err := normalize.ParseDecimal(tok)
	return err == nil
}

func isUnit(tok string) bool {
	for _, u := range normalize.Units {
		if string(u) == tok {
			return true
		}
	}
	return false
}

func isKind(tok string) bool {
	for _, k := range wantKinds {
		if string(k) == tok {
			return true
		}
	}
	return false
}

func isQualifier(tok string) bool {
	for _, q := range wantQualifiers {
		if string(q) == tok {
			return true
		}
	}
	return false
}
