package report

import (
	"strings"
	"testing"

	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
)

func TestReadFacts(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string // Doc/Indicator/Value/Qualifier/Period@Line
		err      string
	}{
		{"empty", "", nil, ""},
		{"blank lines", "\n  \n\t\n", nil, ""},
		{"one record", `{"doc":"a","indicator":"x","value":36000,"unit":"person","kind":"actual","period":"2021"}`,
			[]string{"a/x/36000/exact/2021@1"}, ""},
		{"no trailing newline, CRLF, blank between", "{\"doc\":\"a\",\"indicator\":\"x\",\"value\":1.50,\"qualifier\":\"over\"}\r\n\r\n{\"doc\":\"b\",\"value\":\"2e3\"}",
			[]string{"a/x/1.50/over/@1", "b//2e3/exact/@3"}, ""},
		{"null value", `{"doc":"a","indicator":"x","value":null}`, []string{"a/x//exact/@1"}, ""},
		{"extra fields kept out", `{"doc":"a","indicator":"x","value":1,"sentence":"s","cue":"c","rule":"r","start":3,"end":5}`,
			[]string{"a/x/1/exact/@1"}, ""},
		{"not JSON", "{\"doc\":\"a\"}\nnot json\n", nil, "t.jsonl:2: not a JSON object"},
		{"broken JSON", `{"doc":"a"`, nil, "t.jsonl:1: not a record"},
		{"array", `[1,2]`, nil, "t.jsonl:1: not a JSON object"},
		{"string value not a number", `{"value":"abc"}`, nil, "t.jsonl:1: value \"abc\" is not a number"},
		{"bool value", `{"value":true}`, nil, "t.jsonl:1: value true is not a number"},
		{"wrong type", `{"doc":1}`, nil, "t.jsonl:1: not a record"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			facts, err := ReadFacts(strings.NewReader(tc.in), "t.jsonl")
			if tc.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
					t.Fatalf("got error %v; want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range facts {
				got = append(got, f.Doc+"/"+f.Indicator+"/"+string(f.Value)+"/"+f.Qualifier+"/"+f.Period+"@"+itoa(f.Line))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("got %v; want %v", got, tc.want)
			}
		})
	}
}

func itoa(n int) string { return normalize.NewDecimal(int64(n), 0).String() }

func TestReadFactsFields(t *testing.T) {
	in := `{"doc":"a","indicator":"x","value":0.5,"unit":"percent","qualifier":"nearly","kind":"target","period":"2021","region":"Huế","text":"gần 0,5%","start":7,"end":17,"alt_indicators":["y"],"alt_periods":["2021-H1"],"optional":"yes","cue":"c"}`
	facts, err := ReadFacts(strings.NewReader(in), "t")
	if err != nil || len(facts) != 1 {
		t.Fatalf("got %v, %v", facts, err)
	}
	f := facts[0]
	want := Fact{Doc: "a", Indicator: "x", HasIndicator: true, Value: "0.5", Unit: "percent", Qualifier: "nearly", Kind: "target",
		Period: "2021", Region: "Huế", Text: "gần 0,5%", Start: 7, End: 17, AltIndicators: []string{"y"}, AltPeriods: []string{"2021-H1"},
		Optional: true, Cue: "c", Source: "t", Line: 1}
	if f.String() != want.String() || !f.Optional || f.Cue != "c" || f.AltIndicators[0] != "y" || f.AltPeriods[0] != "2021-H1" || f.Source != "t" || f.absent != 0 {
		t.Errorf("got %+v; want %+v", f, want)
	}
}

func TestOptionalTruthy(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		want bool
	}{
		{`true`, true}, {`false`, false}, {`null`, false}, {`0`, false}, {`1`, true}, {`0.0`, false},
		{`""`, false}, {`"no"`, true}, {`[]`, false}, {`[0]`, true}, {`{}`, false}, {`{"a":1}`, true},
	} {
		facts, err := ReadFacts(strings.NewReader(`{"optional":`+tc.raw+`}`), "t")
		if err != nil {
			t.Fatal(err)
		}
		if facts[0].Optional != tc.want {
			t.Errorf("optional %s: got %v; want %v", tc.raw, facts[0].Optional, tc.want)
		}
	}
}

func TestReadGold(t *testing.T) {
	full := `{"doc":"a","indicator":"x","value":1,"unit":"person","kind":"actual","period":""}`
	if _, err := ReadGold(strings.NewReader(full+"\n"+full), "g"); err != nil {
		t.Errorf("complete gold: %v", err)
	}
	for _, field := range goldFields {
		line := strings.Replace(full, `"`+field+`"`, `"x_`+field+`"`, 1)
		_, err := ReadGold(strings.NewReader(full+"\n"+line), "g")
		if want := "g:2: gold fact without " + field; err == nil || err.Error() != want {
			t.Errorf("without %s: got %v; want %s", field, err, want)
		}
	}
}

var goldFields = []string{"doc", "indicator", "value", "unit", "kind", "period"}

func TestNumberExact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"36000", "36000"},
		{"36000.0", "36000"},
		{"3.6e4", "36000"},
		{"3.6E+4", "36000"},
		{"0.360", "0.36"},
		{"0", "0"},
		{"-0", "0"},
		{"-0.0", "0"},
		{"0.0e5", "0"},
		{"-2.5", "-2.5"},
		{"120938500000", "120938500000"},
		{"6.2e13", "62000000000000"},
		{"1e-7", "0.0000001"},
		{"12345e-2", "123.45"},
		{"1e45", "1e+45"},
		{"1.5e-45", "1.5e-45"},
		{"", ""},
		{"abc", "abc"},
		{"01", "01"},
		{"1.", "1."},
		{".5", ".5"},
		{"1e", "1e"},
		{"1e+-3", "1e+-3"},
		{"1e99999999", "1e99999999"},
	} {
		if got := Number(tc.in).Exact(); got != tc.want {
			t.Errorf("Number(%q).Exact() = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestNumberFloat64(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"36000", 36000, true}, {"0.36", 0.36, true}, {"", 0, false}, {"x", 0, false}, {"6.2e13", 6.2e13, true},
	} {
		got, ok := Number(tc.in).Float64()
		if got != tc.want || ok != tc.ok {
			t.Errorf("Number(%q).Float64() = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestIsRecordFile(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     bool
	}{
		{"record", `{"doc":"a","indicator":"x","value":1}` + "\n", true},
		{"blank lines first", "\n\n  " + `{"indicator":null}`, true},
		{"article JSON line", `{"id":"a","text":"Năm 2023 ..."}`, false},
		{"text", "Sở Lao động - Thương binh và Xã hội\n", false},
		{"HTML", "<!doctype html><html>", false},
		{"empty", "", false},
		{"broken JSON with indicator", `{"indicator":`, false},
		{"indicator only on line 2", "{\"id\":1}\n{\"indicator\":\"x\"}", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := IsRecordFile(strings.NewReader(tc.in))
			if err != nil || got != tc.want {
				t.Errorf("got %v, %v; want %v", got, err, tc.want)
			}
		})
	}
}

func TestFromRecords(t *testing.T) {
	recs := []extract.Record{{Doc: "a", Indicator: "x", Value: normalize.NewDecimal(41, 5), Unit: normalize.VND, Qualifier: normalize.Exact,
		Kind: extract.Target, Period: "2024", Region: "Huế", Text: "4,1 triệu đồng", Start: 3, End: 20}}
	f := FromRecords(recs, "src")[0]
	if f.String() != `x 4100000 vnd target 2024 exact "Huế" at 3: "4,1 triệu đồng"` || !f.HasIndicator || f.Source != "src" {
		t.Errorf("got %+v", f)
	}
	if got := pyDict(f, "doc", "value", "text", "cue"); got != `{"doc": "a", "value": 4100000, "text": "4,1 triệu đồng", "cue": ""}` {
		t.Errorf("pyDict = %s", got)
	}
}
