package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/solieu/solieu/report"
)

// article is a short report whose records have commas and quotes in their
// sentences.
const article = `Sở Lao động - Thương binh và Xã hội tỉnh Bình Định

Năm 2023, toàn tỉnh "giải quyết việc làm" cho hơn 30.000 lao động, đạt 118% kế hoạch; kinh phí hỗ trợ 120.938,5 triệu đồng.
Phấn đấu năm 2024 đào tạo nghề cho 2.000 - 2.500 người.
`

// TestExtractFormat checks that extract -format csv and tsv hold the same
// records as the JSON lines, cell by cell, with the columns of
// spec/records.md (and cue and rule with -explain).
func TestExtractFormat(t *testing.T) {
	extractRun := func(args ...string) (string, int) {
		var stdout, stderr bytes.Buffer
		code := run(append(append([]string{"extract"}, args...), "-"), strings.NewReader(article), &stdout, &stderr)
		return stdout.String(), code
	}
	for _, explain := range []bool{false, true} {
		var flags []string
		if explain {
			flags = []string{"-explain"}
		}
		plain, code := extractRun(flags...)
		jsonl, code2 := extractRun(append(flags, "-format", "jsonl")...)
		if code != 0 || code2 != 0 || plain != jsonl {
			t.Fatalf("explain=%v: -format jsonl differs from the default (exit %d, %d)", explain, code, code2)
		}
		var want [][]string
		header := strings.Split("doc,indicator,value,unit,qualifier,kind,period,period_start,period_end,region,text,start,end,sentence,published,source,fact", ",")
		if explain {
			header = append(header, "cue", "rule", "period_from", "kind_from", "region_from")
		}
		for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
			dec := json.NewDecoder(strings.NewReader(line))
			dec.UseNumber()
			var m map[string]any
			if err := dec.Decode(&m); err != nil {
				t.Fatal(err)
			}
			var row []string
			for _, c := range header {
				switch v := m[c].(type) {
				case nil:
					row = append(row, "")
				case string:
					row = append(row, v)
				case json.Number:
					row = append(row, v.String())
				default:
					t.Fatalf("column %s: %T", c, v)
				}
			}
			want = append(want, row)
		}
		if len(want) < 5 {
			t.Fatalf("only %d records", len(want))
		}
		want = append([][]string{header}, want...)

		out, code := extractRun(append(flags, "-format", "csv")...)
		if code != 0 {
			t.Fatalf("-format csv: exit %d", code)
		}
		if strings.Count(out, "\r\n") < len(want) {
			t.Errorf("CSV rows do not end in CRLF: %q", out)
		}
		got, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		compareRows(t, "csv", got, want)

		out, code = extractRun(append(flags, "-format", "tsv")...)
		if code != 0 {
			t.Fatalf("-format tsv: exit %d", code)
		}
		got = nil
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			cells := strings.Split(line, "\t")
			for i := range cells {
				cells[i] = report.UnescapeTSV(cells[i])
			}
			got = append(got, cells)
		}
		compareRows(t, "tsv", got, want)
	}
	if _, code := extractRun("-format", "xml"); code != exitUsage {
		t.Errorf("-format xml: exit %d; want %d", code, exitUsage)
	}
}

func compareRows(t *testing.T, name string, got, want [][]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows; want %d", name, len(got), len(want))
	}
	for i := range want {
		if strings.Join(got[i], "\x00") != strings.Join(want[i], "\x00") {
			t.Errorf("%s row %d:\ngot  %q\nwant %q", name, i, got[i], want[i])
		}
	}
}
