package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
)

// row is a test type with every kind of field the Encoder handles.
type row struct {
	Name   string            `json:"name"`
	Value  normalize.Decimal `json:"value"`
	Count  int               `json:"count"`
	OK     bool              `json:"ok"`
	Tags   []string          `json:"tags"`
	Note   string            `json:"note,omitempty"`
	Zero   int               `json:"zero,omitzero"`
	Skip   string            `json:"-"`
	Plain  string
	hidden string
	Inner
}

// Inner is embedded in row; its fields are row's columns.
type Inner struct {
	Deep string `json:"deep"`
}

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Format
		ok   bool
	}{
		{"jsonl", JSONL, true},
		{"csv", CSV, true},
		{"tsv", TSV, true},
		{"CSV", "", false},
		{"json", "", false},
		{"", "", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseFormat(tc.in)
			if got != tc.want || (err == nil) != tc.ok {
				t.Errorf("ParseFormat(%q) = %q, %v; want %q, ok %v", tc.in, got, err, tc.want, tc.ok)
			}
		})
	}
}

func TestColumns(t *testing.T) {
	got, err := Columns[row]()
	if err != nil {
		t.Fatal(err)
	}
	want := "name value count ok tags note zero Plain deep"
	if strings.Join(got, " ") != want {
		t.Errorf("Columns[row]() = %v; want %s", got, want)
	}
	if _, err := Columns[int](); err == nil {
		t.Error("Columns[int]() gave no error")
	}
}

// TestRecordColumns checks that the CSV header of a record follows the
// field order of spec/records.md.
func TestRecordColumns(t *testing.T) {
	spec := "doc,indicator,value,unit,qualifier,kind,period,period_start,period_end,region,text,start,end,sentence,published,source,fact"
	for _, tc := range []struct {
		explain bool
		want    string
	}{
		{false, spec},
		{true, spec + ",cue,rule,period_from,kind_from,region_from"},
	} {
		var b bytes.Buffer
		if _, err := NewRecordEncoder(&b, CSV, tc.explain); err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSuffix(b.String(), "\r\n"); got != tc.want {
			t.Errorf("explain=%v: header %q; want %q", tc.explain, got, tc.want)
		}
	}
}

func TestEncoder(t *testing.T) {
	rows := []row{
		{Name: "plain", Value: normalize.NewDecimal(1209385, 5), Count: 3, OK: true, Tags: []string{"a", "b"}, Plain: "p", hidden: "never written", Inner: Inner{"d"}},
		{Name: `comma, "quote"`, Value: normalize.NewDecimal(36, -2), Note: "line\nbreak\ttab\\back", Zero: 7, Skip: "never"},
		{Name: "", Value: normalize.NewDecimal(-41, 5), Count: -1, Note: "cr\r\n"},
	}
	for _, tc := range []struct {
		format Format
		cols   []string
		want   string
	}{
		{JSONL, nil, `{"name":"plain","value":120938500000,"count":3,"ok":true,"tags":["a","b"],"Plain":"p","deep":"d"}
{"name":"comma, \"quote\"","value":0.36,"count":0,"ok":false,"tags":null,"note":"line\nbreak\ttab\\back","zero":7,"Plain":"","deep":""}
{"name":"","value":-4100000,"count":-1,"ok":false,"tags":null,"note":"cr\r\n","Plain":"","deep":""}
`},
		{CSV, nil, "name,value,count,ok,tags,note,zero,Plain,deep\r\n" +
			`plain,120938500000,3,true,"[""a"",""b""]","","",p,d` + "\r\n" +
			`"comma, ""quote""",0.36,0,false,"","line` + "\nbreak\ttab\\back\",7,\"\",\"\"\r\n" +
			`"",-4100000,-1,false,"","cr` + "\r\n\",\"\",\"\",\"\"\r\n"},
		{TSV, nil, "name\tvalue\tcount\tok\ttags\tnote\tzero\tPlain\tdeep\n" +
			"plain\t120938500000\t3\ttrue\t[\"a\",\"b\"]\t\t\tp\td\n" +
			"comma, \"quote\"\t0.36\t0\tfalse\t\tline\\nbreak\\ttab\\\\back\t7\t\t\n" +
			"\t-4100000\t-1\tfalse\t\tcr\\r\\n\t\t\t\n"},
		{CSV, []string{"value", "name"}, "value,name\r\n120938500000,plain\r\n0.36,\"comma, \"\"quote\"\"\"\r\n-4100000,\"\"\r\n"},
		{JSONL, []string{"value"}, `{"name":"plain","value":120938500000,"count":3,"ok":true,"tags":["a","b"],"Plain":"p","deep":"d"}` + "\n"},
	} {
		t.Run(string(tc.format)+"/"+strings.Join(tc.cols, "+"), func(t *testing.T) {
			var b bytes.Buffer
			enc, err := NewEncoder[row](&b, tc.format, tc.cols...)
			if err != nil {
				t.Fatal(err)
			}
			n := len(rows)
			if tc.format == JSONL && tc.cols != nil {
				n = 1
			}
			for _, r := range rows[:n] {
				if err := enc.Encode(r); err != nil {
					t.Fatal(err)
				}
			}
			if got := b.String(); got != tc.want {
				t.Errorf("got:\n%q\nwant:\n%q", got, tc.want)
			}
		})
	}
}

func TestEncoderPointer(t *testing.T) {
	var b bytes.Buffer
	enc, err := NewEncoder[*Inner](&b, TSV)
	if err != nil {
		t.Fatal(err)
	}
	if err := enc.Encode(&Inner{"x"}); err != nil {
		t.Fatal(err)
	}
	if err := enc.Encode(nil); err == nil {
		t.Error("Encode(nil) gave no error")
	}
	if got, want := b.String(), "deep\nx\n"; got != want {
		t.Errorf("got %q; want %q", got, want)
	}
}

func TestEncoderErrors(t *testing.T) {
	var b bytes.Buffer
	if _, err := NewEncoder[row](&b, "xml"); err == nil {
		t.Error("format xml: no error")
	}
	if _, err := NewEncoder[row](&b, CSV, "name", "nope"); err == nil {
		t.Error("column nope: no error")
	}
	if _, err := NewEncoder[string](&b, CSV); err == nil {
		t.Error("type string: no error")
	}
	if _, err := NewEncoder[struct{ x int }](&b, CSV); err == nil {
		t.Error("no exported fields: no error")
	}
}

// TestCSVRoundTrip reads the CSV of records back with encoding/csv and
// the TSV with UnescapeTSV.
func TestCSVRoundTrip(t *testing.T) {
	recs := []extract.Record{
		{Doc: "a", Indicator: "employment.jobs_created", Value: normalize.NewDecimal(30000, 0), Unit: normalize.Person,
			Qualifier: normalize.Over, Kind: extract.Actual, Period: "2023", Region: "Bình Định", Text: "hơn 30.000 lao động",
			Start: 124, End: 147, Sentence: "Năm 2023, toàn tỉnh \"giải quyết\" việc làm,\ntab\there", Published: "", Source: "x.zip!a.txt"},
	}
	recs[0].SetKeys()
	want := []string{"a", "employment.jobs_created", "30000", "person", "over", "actual", "2023", "2023-01-01", "2023-12-31", "Bình Định",
		"hơn 30.000 lao động", "124", "147", "Năm 2023, toàn tỉnh \"giải quyết\" việc làm,\ntab\there", "", "x.zip!a.txt", recs[0].Fact}
	for _, f := range []Format{CSV, TSV} {
		var b bytes.Buffer
		enc, err := NewRecordEncoder(&b, f, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			if err := enc.Encode(r); err != nil {
				t.Fatal(err)
			}
		}
		var rows [][]string
		if f == CSV {
			rows, err = csv.NewReader(&b).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
		} else {
			for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
				var cells []string
				for _, c := range strings.Split(line, "\t") {
					cells = append(cells, UnescapeTSV(c))
				}
				rows = append(rows, cells)
			}
		}
		if len(rows) != 2 || strings.Join(rows[1], "|") != strings.Join(want, "|") {
			t.Errorf("%s: got %q; want header and %q", f, rows, want)
		}
	}
}

func TestUnescapeTSV(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`plain`, "plain"},
		{`a\tb\nc\rd\\e`, "a\tb\nc\rd\\e"},
		{`\x`, `\x`},
		{`end\`, `end\`},
		{`\\n`, `\n`},
	} {
		if got := UnescapeTSV(tc.in); got != tc.want {
			t.Errorf("UnescapeTSV(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestCSVInjection checks OWASP's rule: a cell that a spreadsheet would
// run as a formula starts with a single quote; numbers are left alone.
func TestCSVInjection(t *testing.T) {
	type row struct {
		A string `json:"a"`
	}
	for _, tc := range []struct{ in, want string }{
		{"=SUM(A1:A9)", "'=SUM(A1:A9)"},
		{"+84 912", "'+84 912"},
		{"-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"},
		{"@SUM(1)", "'@SUM(1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "\"'\r=1\""},
		{"=1,2", "\"'=1,2\""},
		{"-", "'-"},
		{"-0.36", "-0.36"},
		{"-4100000", "-4100000"},
		{"-1.5e-7", "-1.5e-7"},
		{"-.5", "'-.5"},
		{"1-2", "1-2"},
		{"a=b", "a=b"},
	} {
		var b bytes.Buffer
		enc, err := NewEncoder[row](&b, CSV)
		if err != nil {
			t.Fatal(err)
		}
		if err := enc.Encode(row{tc.in}); err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimPrefix(strings.TrimSuffix(b.String(), "\r\n"), "a\r\n"); got != tc.want {
			t.Errorf("%q: cell %q, want %q", tc.in, got, tc.want)
		}
	}
}
