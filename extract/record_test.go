package extract

import (
	"testing"

	"github.com/solieu/solieu/normalize"
)

// TestPeriodDates: every period format of spec/records.md gives its first
// and last day; "" and what normalize.ParsePeriod rejects give none.
func TestPeriodDates(t *testing.T) {
	for _, c := range []struct{ period, start, end string }{
		{"2023", "2023-01-01", "2023-12-31"},
		{"2023-H1", "2023-01-01", "2023-06-30"},
		{"2023-H2", "2023-07-01", "2023-12-31"},
		{"2023-Q3", "2023-07-01", "2023-09-30"},
		{"2024-02", "2024-02-01", "2024-02-29"}, // a leap year
		{"2023-02", "2023-02-01", "2023-02-28"},
		{"2023-12", "2023-12-01", "2023-12-31"},
		{"2019-01/2019-09", "2019-01-01", "2019-09-30"},
		{"2016/2020", "2016-01-01", "2020-12-31"},
		{"", "", ""},
		{"2023-13", "", ""},
		{"2023-01/2023-06", "", ""}, // a half is written 2023-H1
		{"năm 2023", "", ""},
	} {
		start, end := PeriodDates(c.period)
		if start != c.start || end != c.end {
			t.Errorf("PeriodDates(%q) = %q, %q; want %q, %q", c.period, start, end, c.start, c.end)
		}
	}
}

// TestFactOf: a figure written twice in a document (headline and body:
// other spans, sentences, qualifiers) is one fact; a change of any field
// of the scorer's key is another; a statistic record is told apart by
// what it measures.
func TestFactOf(t *testing.T) {
	base := Record{Doc: "d", Indicator: "employment.jobs_created", Value: normalize.NewDecimal(30, 3), Unit: normalize.Person,
		Qualifier: normalize.Exact, Kind: Actual, Period: "2023", Region: "Phú Yên", Text: "30.000 lao động", Start: 10, End: 30}
	id := FactOf(&base)
	if len(id) != 16 {
		t.Fatalf("FactOf = %q; want 16 hex digits", id)
	}
	same := base
	same.Text, same.Start, same.End, same.Sentence, same.Qualifier = "30 nghìn lao động", 200, 222, "Năm 2023 …", normalize.Over
	same.Value = normalize.Decimal{Coef: 30000} // not reduced: the same number
	if got := FactOf(&same); got != id {
		t.Errorf("the same figure again: fact %s; want %s", got, id)
	}
	for name, change := range map[string]func(*Record){
		"doc":       func(r *Record) { r.Doc = "e" },
		"indicator": func(r *Record) { r.Indicator = "employment.job_referrals" },
		"value":     func(r *Record) { r.Value = normalize.NewDecimal(30001, 0) },
		"unit":      func(r *Record) { r.Unit = normalize.Household },
		"kind":      func(r *Record) { r.Kind = Target },
		"period":    func(r *Record) { r.Period = "2023-H1" },
	} {
		r := base
		change(&r)
		if FactOf(&r) == id {
			t.Errorf("another %s, the same fact %s", name, id)
		}
	}
	a, b := base, base
	a.Indicator, b.Indicator = "", ""
	a.Measure, b.Measure = "Doanh thu du lịch", "Vốn đầu tư"
	if FactOf(&a) == FactOf(&b) {
		t.Error("two statistic records that measure different things are one fact")
	}
	base.SetKeys()
	if base.Fact != id || base.PeriodStart != "2023-01-01" || base.PeriodEnd != "2023-12-31" {
		t.Errorf("SetKeys: fact %q, period %q to %q", base.Fact, base.PeriodStart, base.PeriodEnd)
	}
}

// TestSetKeysCache: setKeys, which works out each period's dates once,
// fills what SetKeys fills, over more periods than it keeps.
func TestSetKeysCache(t *testing.T) {
	var recs []Record
	for i := range 40 {
		p := []string{"2020", "2021-H1", "", "2022-Q3", "2019-01/2019-09", "2016/2020", "2024-02", "2023", "2018", "2017-Q1", "2015"}[i*7%11]
		recs = append(recs, Record{Doc: "d", Indicator: "poverty.rate", Value: normalize.NewDecimal(int64(i%5), 0), Period: p})
	}
	setKeys(recs)
	for _, r := range recs {
		want := r
		want.SetKeys()
		if r != want {
			t.Errorf("period %q: setKeys gives %q %q %q; SetKeys %q %q %q", r.Period, r.PeriodStart, r.PeriodEnd, r.Fact, want.PeriodStart, want.PeriodEnd, want.Fact)
		}
	}
}
