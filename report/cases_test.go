package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestReadCases(t *testing.T) {
	in := "input\tref\tkind\tvalue\tunit\tqualifier\n" +
		"# a section\n" +
		"36.000\t\tnumber\t36000\t\texact\n" +
		"\n" +
		"ngày 26-11\t2021-12-01\tdate\t2021-11-26\r\n" +
		"short\n" +
		"a\vb\tc\n"
	cases, err := ReadCases(strings.NewReader(in), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := []Case{
		{Line: 3, Input: "36.000", Kind: "number", Value: "36000", Qualifier: "exact"},
		{Line: 5, Input: "ngày 26-11", Ref: "2021-12-01", Kind: "date", Value: "2021-11-26"},
		{Line: 6, Input: "short"},
		{Line: 7, Input: "a"}, // \v ends a line for Python's splitlines
		{Line: 8, Input: "b", Ref: "c"},
	}
	if len(cases) != len(want) {
		t.Fatalf("got %d cases %+v; want %d", len(cases), cases, len(want))
	}
	for i := range want {
		if cases[i] != want[i] {
			t.Errorf("case %d: got %+v; want %+v", i, cases[i], want[i])
		}
	}
}

func TestReadCasesHeader(t *testing.T) {
	for _, tc := range []struct{ name, in, err string }{
		{"empty", "", "t.tsv: empty case table"},
		{"no qualifier", "input\tref\tkind\tvalue\tunit\n", `t.tsv:1: no column "qualifier" in the header`},
		{"reordered is fine", "qualifier\tunit\tvalue\tkind\tref\tinput\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadCases(strings.NewReader(tc.in), "t.tsv")
			if (err == nil && tc.err != "") || (err != nil && err.Error() != tc.err) {
				t.Errorf("got %v; want %q", err, tc.err)
			}
		})
	}
	cases, _ := ReadCases(strings.NewReader("qualifier\tunit\tvalue\tkind\tref\tinput\nover\tperson\t5\tquantity\t\thơn 5 người\n"), "t")
	if len(cases) != 1 || cases[0].Input != "hơn 5 người" || cases[0].Qualifier != "over" {
		t.Errorf("reordered columns: got %+v", cases)
	}
}

func TestSplitLines(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a", []string{"a"}},
		{"a\n", []string{"a"}},
		{"a\r\nb\rc\n\nd", []string{"a", "b", "c", "", "d"}},
		{"a\u2028b\x1cc\u0085d", []string{"a", "b", "c", "d"}},
		{"x\xffy", []string{"x\xffy"}},
	} {
		got := splitLines(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
			t.Errorf("splitLines(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// mention is a mention as check_normalize.py sees it, from JSON.
func mention(t *testing.T, js string) map[string]any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(js))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestJudge(t *testing.T) {
	for _, tc := range []struct {
		name     string
		c        Case
		mentions []string
		ok       bool
		why      string // prefix of the reason, when not ok
	}{
		{"number", Case{Input: "36.000", Kind: "number", Value: "36000"},
			[]string{`{"text":"36.000","start":0,"end":6,"kind":"number","value":36000,"qualifier":"exact"}`}, true, ""},
		{"value within 1e-6", Case{Input: "0,3%", Kind: "percent", Value: "0.3000001", Unit: "percent"},
			[]string{`{"text":"0,3%","start":0,"end":4,"kind":"percent","value":0.3,"unit":"percent","qualifier":"exact"}`}, true, ""},
		{"python float syntax", Case{Input: "1.000", Kind: "number", Value: " 1_000 "},
			[]string{`{"text":"1.000","start":0,"end":5,"kind":"number","value":1000}`}, true, ""},
		{"wrong unit", Case{Input: "5 hộ", Kind: "quantity", Value: "5", Unit: "person"},
			[]string{`{"text":"5 hộ","start":0,"end":6,"kind":"quantity","value":5,"unit":"household","qualifier":"exact"}`}, false, "got {"},
		{"qualifier defaults to exact", Case{Input: "5", Kind: "number", Value: "5", Qualifier: ""},
			[]string{`{"text":"5","start":0,"end":1,"kind":"number","value":5}`}, true, ""},
		{"wrong qualifier", Case{Input: "hơn 5", Kind: "number", Value: "5", Qualifier: "exact"},
			[]string{`{"text":"hơn 5","start":0,"end":6,"kind":"number","value":5,"qualifier":"over"}`}, false, "got {"},
		{"numeric kind is not checked", Case{Input: "5%", Kind: "number", Value: "5", Unit: "percent"},
			[]string{`{"text":"5%","start":0,"end":2,"kind":"percent","value":5,"unit":"percent"}`}, true, ""},
		{"covers too little", Case{Input: "rất nhiều người tham gia 5", Kind: "number", Value: "5"},
			[]string{`{"text":"5","start":30,"end":31,"kind":"number","value":5}`}, false, `mention "5" covers too little`},
		{"longest wins, first of equals", Case{Input: "12 34", Kind: "ordinal", Value: "12"},
			[]string{`{"text":"1","start":0,"end":1,"kind":"ordinal","value":1}`, `{"text":"12","start":0,"end":2,"kind":"ordinal","value":12}`, `{"text":"34","start":3,"end":5,"kind":"ordinal","value":34}`}, true, ""},
		{"range", Case{Input: "1.500 - 1.700", Kind: "range", Value: "1500..1700"},
			[]string{`{"text":"1.500 - 1.700","start":0,"end":13,"kind":"range","low":1500,"high":1700,"qualifier":"exact"}`}, true, ""},
		{"range without ..", Case{Input: "1.500 - 1.700", Kind: "range", Value: "1500"},
			[]string{`{"text":"1.500 - 1.700","start":0,"end":13,"kind":"range","low":1500,"high":1700}`}, false, "error: range value"},
		{"range read as number", Case{Input: "1.500", Kind: "range", Value: "1500..1500"},
			[]string{`{"text":"1.500","start":0,"end":5,"kind":"number","value":1500}`}, false, "got {"},
		{"fraction", Case{Input: "2.970/6.000", Kind: "fraction", Value: "2970/6000"},
			[]string{`{"text":"2.970/6.000","start":0,"end":11,"kind":"fraction","numerator":2970,"denominator":6000}`}, true, ""},
		{"fraction with three parts", Case{Input: "1/2/3", Kind: "fraction", Value: "1/2/3"},
			[]string{`{"text":"1/2","start":0,"end":3,"kind":"fraction","numerator":1,"denominator":2}`}, false, "error: fraction value"},
		{"date", Case{Input: "ngày 19/8/2021", Kind: "date", Value: "2021-08-19"},
			[]string{`{"text":"19/8/2021","start":5,"end":14,"kind":"date","value":"2021-08-19"}`}, true, ""},
		{"date of another kind", Case{Input: "quý I/2023", Kind: "date", Value: "2023-Q1"},
			[]string{`{"text":"quý I/2023","start":0,"end":11,"kind":"period","value":"2023-Q1"}`}, false, "got {"},
		{"date needs no coverage", Case{Input: "Nghị quyết số 03/2021/NQ-HĐND ngày dài", Kind: "legal_ref", Value: "03/2021/NQ-HĐND"},
			[]string{`{"text":"03/2021/NQ-HĐND","start":20,"end":37,"kind":"legal_ref","value":"03/2021/NQ-HĐND"}`}, true, ""},
		{"ordinal", Case{Input: "lần thứ XVII", Kind: "ordinal", Value: "17"},
			[]string{`{"text":"lần thứ XVII","start":0,"end":13,"kind":"ordinal","value":17}`}, true, ""},
		{"no mention", Case{Input: "không có số", Kind: "number", Value: "1"}, nil, false, "no mention"},
		{"reject passes", Case{Input: "0220.3853.734", Kind: "reject"},
			[]string{`{"text":"0220.3853.734","start":0,"end":13,"kind":"phone","value":"02203853734"}`}, true, ""},
		{"reject fails", Case{Input: "12", Kind: "reject"},
			[]string{`{"text":"12","start":0,"end":2,"kind":"number","value":12}`}, false, `numeric mention(s): "12"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ms []map[string]any
			for _, js := range tc.mentions {
				ms = append(ms, mention(t, js))
			}
			ok, why := judge(tc.c, ms)
			if ok != tc.ok || (!ok && !strings.HasPrefix(why, tc.why)) || (ok && why != "") {
				t.Errorf("judge = %v, %q; want %v, %q", ok, why, tc.ok, tc.why)
			}
		})
	}
}

// TestCheckCase runs the real normalizer on a few cases whose reading is
// settled.
func TestCheckCase(t *testing.T) {
	for _, tc := range []struct {
		c  Case
		ok bool
	}{
		{Case{Input: "120.938,5 triệu đồng", Kind: "money", Value: "120938500000", Unit: "vnd"}, true},
		{Case{Input: "120.938,5 triệu đồng", Kind: "money", Value: "120938500000", Unit: "usd"}, false},
		{Case{Input: "1,00%", Kind: "percent", Value: "1", Unit: "percent"}, true},
		{Case{Input: "1,00%", Ref: "2021-02-30", Kind: "percent", Value: "1", Unit: "percent"}, false}, // the command refuses the ref
		{Case{Input: "abc", Ref: "not a date", Kind: "reject"}, true},
	} {
		t.Run(tc.c.Input, func(t *testing.T) {
			if ok, why := CheckCase(tc.c); ok != tc.ok {
				t.Errorf("CheckCase(%+v) = %v (%s); want %v", tc.c, ok, why, tc.ok)
			}
		})
	}
}

func TestCaseSummary(t *testing.T) {
	s := RunCases([]Case{
		{Line: 2, Input: "36.000", Kind: "number", Value: "36000"},
		{Line: 3, Input: "36.000", Kind: "number", Value: "36001"},
	})
	var b bytes.Buffer
	if err := s.WriteText(&b, "c.tsv"); err != nil {
		t.Fatal(err)
	}
	want := `FAIL c.tsv:3 "36.000" want number 36001  : got {"kind": "number", "value": 36000, "low": null, "high": null, "numerator": null, "denominator": null, "unit": null, "qualifier": "exact"}
1 passed, 1 failed
accuracy 0.500
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
	if got := (CaseSummary{}).Accuracy(); got != 0 {
		t.Errorf("empty accuracy %v; want 0", got)
	}
}
