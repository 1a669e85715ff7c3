package extract

import (
	"reflect"
	"testing"

	"github.com/solieu/solieu/normalize"
)

func TestParseWant(t *testing.T) {
	dec := func(s string) normalize.Decimal {
		d, err := normalize.ParseDecimal(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	rec := func(v string, mod ...func(*WantRecord)) WantRecord {
		r := WantRecord{Value: dec(v), Kind: Actual, Qualifier: normalize.Exact}
		for _, m := range mod {
			m(&r)
		}
		return r
	}
	unit := func(u normalize.Unit) func(*WantRecord) { return func(r *WantRecord) { r.Unit = u } }
	kind := func(k Kind) func(*WantRecord) { return func(r *WantRecord) { r.Kind = k } }
	period := func(p string) func(*WantRecord) { return func(r *WantRecord) { r.Period = p } }
	qual := func(q normalize.Qualifier) func(*WantRecord) { return func(r *WantRecord) { r.Qualifier = q } }
	id := func(s string) func(*WantRecord) { return func(r *WantRecord) { r.Indicator = s } }

	tests := []struct {
		in   string
		want []WantRecord
		err  bool
	}{
		{in: "27300", want: []WantRecord{rec("27300")}},
		{in: "27300 actual 2023", want: []WantRecord{rec("27300", period("2023"))}},
		{in: "28000 target 2024 over", want: []WantRecord{rec("28000", kind(Target), period("2024"), qual(normalize.Over))}},
		{in: "over 2024 target 28000", want: []WantRecord{rec("28000", kind(Target), period("2024"), qual(normalize.Over))}},
		{in: "2970; 6000 target; 49.5 percent_of_plan", want: []WantRecord{
			rec("2970"), rec("6000", kind(Target)), rec("49.5", unit(normalize.PercentOfPlan))}},
		{in: "  0.36 percentage_point  ", want: []WantRecord{rec("0.36", unit(normalize.PercentagePoint))}},
		{in: "120938500000 vnd estimate 2022-01/2022-09", want: []WantRecord{
			rec("120938500000", unit(normalize.VND), kind(Estimate), period("2022-01/2022-09"))}},
		{in: "2023 27300", want: []WantRecord{rec("27300", period("2023"))}},
		{in: "2023 2022", want: []WantRecord{rec("2023", period("2022"))}},
		{in: "5 2020-H1", want: []WantRecord{rec("5", period("2020-H1"))}},
		{in: "5 2023-Q1 approx", want: []WantRecord{rec("5", period("2023-Q1"), qual(normalize.Approx))}},
		{in: "5 2020-06 nearly", want: []WantRecord{rec("5", period("2020-06"), qual(normalize.Nearly))}},
		{in: "2020-06 5", want: []WantRecord{rec("5", period("2020-06"))}},
		{in: "5 2016/2020 at_least; 7 at_most 2016/2020", want: []WantRecord{
			rec("5", period("2016/2020"), qual(normalize.AtLeast)), rec("7", period("2016/2020"), qual(normalize.AtMost))}},
		{in: "1.5 id=poverty.rate_reduction under", want: []WantRecord{
			rec("1.5", id("poverty.rate_reduction"), qual(normalize.Under))}},
		{in: "3 household usd organization procedure", err: true}, // unit twice
		{in: "", err: true},
		{in: "   ", err: true},
		{in: "5;", err: true},             // empty record
		{in: "5;;6", err: true},           // empty record
		{in: "actual 2023-Q1", err: true}, // no value
		{in: "5 6", err: true},            // second value
		{in: "5 people", err: true},       // unknown unit
		{in: "5 actual target", err: true},
		{in: "5 over under", err: true},
		{in: "5 2023 2024", err: true},
		{in: "5 2023-Q5", err: true},
		{in: "5 2020-13", err: true},
		{in: "5 id=jobs", err: true},
		{in: "5 id=a.b id=c.d", err: true},
		{in: "5,5", err: true}, // values are written with a dot
		{in: "27.300 person", want: []WantRecord{rec("27.3", unit(normalize.Person))}},
	}
	for _, tt := range tests {
		got, err := ParseWant(tt.in)
		if tt.err {
			if err == nil {
				t.Errorf("ParseWant(%q) = %+v, want an error", tt.in, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseWant(%q): %v", tt.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseWant(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
		}
	}
}
