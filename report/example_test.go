package report_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
	"github.com/solieu/solieu/report"
)

func ExampleNewEncoder() {
	// A warning type of another package is written the same way as records.
	type warning struct {
		Rule     string            `json:"rule"`
		Expected normalize.Decimal `json:"expected"`
		Docs     []string          `json:"docs"`
		Note     string            `json:"note,omitempty"`
	}
	var b strings.Builder
	enc, err := report.NewEncoder[warning](&b, report.CSV)
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = enc.Encode(warning{Rule: "change", Expected: normalize.NewDecimal(96, -2), Docs: []string{"a", "b"}})
	_ = enc.Encode(warning{Rule: "sum, parts", Expected: normalize.NewDecimal(1209385, 5), Note: `"trong đó"`})
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n")) // rows end in CRLF; shown here with LF
	// Output:
	// rule,expected,docs,note
	// change,0.96,"[""a"",""b""]",""
	// "sum, parts",120938500000,"","""trong đó"""
}

func ExampleNewRecordEncoder() {
	enc, err := report.NewRecordEncoder(os.Stdout, report.TSV, false)
	if err != nil {
		fmt.Println(err)
		return
	}
	r := extract.Record{Doc: "a", Indicator: "poverty.rate", Value: normalize.NewDecimal(1, 0), Unit: normalize.PercentUnit,
		Qualifier: normalize.Exact, Kind: extract.Actual, Period: "2021", Region: "Hải Dương", Text: "1,00%", Start: 30, End: 35,
		Sentence: "Tỷ lệ hộ nghèo\tgiảm còn 1,00%.", Source: "a.txt"}
	r.SetKeys() // period_start, period_end and fact, as Extract fills them
	_ = enc.Encode(r)
	// Output:
	// doc	indicator	value	unit	qualifier	kind	period	period_start	period_end	region	text	start	end	sentence	published	source	fact
	// a	poverty.rate	1	percent	exact	actual	2021	2021-01-01	2021-12-31	Hải Dương	1,00%	30	35	Tỷ lệ hộ nghèo\tgiảm còn 1,00%.		a.txt	f6439ee13e8bb380
}

func ExampleEvaluate() {
	gold, _ := report.ReadGold(strings.NewReader(`
{"doc": "a", "indicator": "employment.jobs_created", "value": 36000, "unit": "person", "kind": "actual", "period": "2021"}
{"doc": "a", "indicator": "poverty.rate", "value": 1, "unit": "percent", "kind": "actual", "period": "2021"}`), "gold.jsonl")
	pred, _ := report.ReadFacts(strings.NewReader(`
{"doc":"a","indicator":"employment.jobs_created","value":36000,"unit":"person","kind":"actual","period":"2021"}
{"doc":"a","indicator":"employment.jobs_created","value":36000,"unit":"person","kind":"actual","period":"2021"}
{"doc":"a","indicator":"poverty.rate","value":1,"unit":"percent","kind":"target","period":"2021"}`), "pred.jsonl")
	e := report.Evaluate(gold, pred)
	fmt.Printf("strict F1 %.3f, loose F1 %.3f\n", e.Strict.F1(), e.Loose.F1())
	// Output:
	// strict F1 0.500, loose F1 1.000
}

func ExampleDiff() {
	old, _ := report.ReadFacts(strings.NewReader(`{"doc":"a","indicator":"poverty.rate","value":1.12,"unit":"percent","kind":"actual","period":"2023","start":5,"end":10}`), "old")
	cur, _ := report.ReadFacts(strings.NewReader(`{"doc":"a","indicator":"poverty.rate","value":1.12,"unit":"percent","kind":"target","period":"2023","start":5,"end":10}`), "new")
	_ = report.WriteDiff(os.Stdout, report.Diff(old, cur))
	// Output:
	// == a: 0 added, 0 removed, 1 changed
	// ~ poverty.rate 1.12 percent actual 2023 exact "" at 5
	//     kind actual → target
	// 1 document differs: 0 added, 0 removed, 1 changed
}
