package main

import (
	"bufio"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
	"github.com/solieu/solieu/report"
)

// duckDir holds the node script that reads our output with DuckDB and
// its npm lock file; .ci/run installs it with "npm ci".
var duckDir = filepath.Join("testdata", "duckdb")

// recordColumns are the columns of spec/records.md, in order.
var recordColumns = []string{"doc", "indicator", "value", "unit", "qualifier", "kind", "period", "period_start", "period_end", "region",
	"text", "start", "end", "sentence", "published", "source", "fact"}

// duckOutput is what read.mjs prints for one file.
type duckOutput struct {
	Rows  [][]*string `json:"rows"`
	Count int         `json:"count"`
	Sums  []struct {
		Indicator string `json:"indicator"`
		N         int    `json:"n"`
		Sum       string `json:"sum"`
	} `json:"sums"`
	Auto struct {
		Count   int      `json:"count"`
		Columns []string `json:"columns"`
	} `json:"auto"`
}

// TestDuckDB writes records as JSON lines and as CSV, reads both with
// DuckDB (the @duckdb/node-api npm package, which ships its engine), and
// requires DuckDB to see exactly our rows: the same count, every cell of
// every row (CSV values as exact decimal text, JSON values as the same
// number, empty strings kept empty), the
// same exact sum of value per indicator, and, with DuckDB's own type
// detection, the same count and the columns of spec/records.md.
func TestDuckDB(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("skipped: node is not on PATH (.ci/run installs nodejs and runs npm ci in cmd/solieu/testdata/duckdb)")
	}
	if _, err := os.Stat(filepath.Join(duckDir, "node_modules", "@duckdb", "node-api")); err != nil {
		t.Skip("skipped: @duckdb/node-api is not installed; run: (cd cmd/solieu/testdata/duckdb && npm ci)")
	}
	tmp := t.TempDir()

	t.Run("extract", func(t *testing.T) {
		inputs := []string{filepath.Join("..", "..", "testdata", "samples"), filepath.Join(duckDir, "tricky.txt")}
		jsonl, csv := filepath.Join(tmp, "records.jsonl"), filepath.Join(tmp, "records.csv")
		for _, out := range []struct{ format, path string }{{"jsonl", jsonl}, {"csv", csv}} {
			args := append([]string{"extract", "-format", out.format, "-o", out.path}, inputs...)
			if _, stderr, code := runCLI(t, args...); code != 0 {
				t.Fatalf("extract -format %s: exit %d: %s", out.format, code, stderr)
			}
		}
		recs := readRecords(t, jsonl)
		if len(recs) < 100 {
			t.Fatalf("only %d records from the samples", len(recs))
		}
		compareDuckDB(t, recs, jsonl, csv)
	})

	t.Run("synthetic", func(t *testing.T) {
		d := func(coef int64, exp int) normalize.Decimal { return normalize.NewDecimal(coef, exp) }
		recs := []extract.Record{
			{Doc: "a", Indicator: "x", Value: d(1209385, 5), Unit: normalize.VND, Qualifier: normalize.Exact, Kind: extract.Actual,
				Text: "120.938,5 triệu đồng", Start: 1, End: 26, Sentence: "line one\nline \"two\", with comma\r\nand CRLF\ttab"},
			{Doc: "a", Indicator: "x", Value: d(-36, -2), Unit: normalize.PercentagePoint, Qualifier: normalize.Approx, Kind: extract.Estimate,
				Period: "2016/2020", Region: "Thừa Thiên Huế", Text: "", Sentence: "", Published: "2024-01-12T08:15:32"},
			{Doc: "b,c", Indicator: "y", Value: d(1, -9), Unit: normalize.PercentUnit, Qualifier: normalize.Exact, Kind: extract.Target,
				Text: `"quoted"`, Sentence: `\N`},
			{Doc: "b,c", Indicator: "y", Value: d(62, 12), Unit: normalize.VND, Kind: extract.Actual, Text: "62 nghìn tỷ đồng", Sentence: "NULL"},
			// cells a spreadsheet would run: quoted in CSV, as they are in JSON
			{Doc: "=cmd", Indicator: "y", Value: d(-36, 2), Unit: normalize.PercentagePoint, Kind: extract.Actual, Text: "-0,36%", Sentence: "- Giảm 0,36%; @x +y"},
		}
		for i := range recs {
			recs[i].SetKeys()
		}
		jsonl, csv := filepath.Join(tmp, "synthetic.jsonl"), filepath.Join(tmp, "synthetic.csv")
		for _, out := range []struct {
			format report.Format
			path   string
		}{{report.JSONL, jsonl}, {report.CSV, csv}} {
			f, err := os.Create(out.path)
			if err != nil {
				t.Fatal(err)
			}
			enc, err := report.NewRecordEncoder(f, out.format, false)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range recs {
				if err := enc.Encode(r); err != nil {
					t.Fatal(err)
				}
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
		}
		compareDuckDB(t, recs, jsonl, csv)
	})
}

// compareDuckDB reads jsonl and csv with read.mjs and compares what DuckDB
// sees with recs.
func compareDuckDB(t *testing.T, recs []extract.Record, jsonl, csv string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	cmd := exec.CommandContext(ctx, "node", "read.mjs", abs(jsonl), abs(csv))
	cmd.Dir = duckDir
	cmd.Stderr = os.Stderr
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("node read.mjs: %v", err)
	}
	var out map[string]duckOutput
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("read.mjs output: %v\n%s", err, raw)
	}

	want := make([][]string, len(recs))
	sums := map[string]*big.Rat{}
	counts := map[string]int{}
	for i, r := range recs {
		want[i] = []string{r.Doc, r.Indicator, r.Value.String(), string(r.Unit), string(r.Qualifier), string(r.Kind), r.Period,
			r.PeriodStart, r.PeriodEnd, r.Region, r.Text, strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Sentence, r.Published, r.Source, r.Fact}
		v, ok := new(big.Rat).SetString(r.Value.String())
		if !ok {
			t.Fatalf("value %s", r.Value)
		}
		if sums[r.Indicator] == nil {
			sums[r.Indicator] = new(big.Rat)
		}
		sums[r.Indicator].Add(sums[r.Indicator], v)
		counts[r.Indicator]++
	}
	for _, format := range []string{"jsonl", "csv"} {
		got, ok := out[format]
		if !ok {
			t.Fatalf("no %s in read.mjs output", format)
		}
		if got.Count != len(recs) || len(got.Rows) != len(recs) {
			t.Errorf("%s: DuckDB counts %d rows (%d read); we wrote %d", format, got.Count, len(got.Rows), len(recs))
		}
		if got.Auto.Count != len(recs) {
			t.Errorf("%s: DuckDB's own detection counts %d rows; we wrote %d", format, got.Auto.Count, len(recs))
		}
		if !slices.Equal(got.Auto.Columns, recordColumns) {
			t.Errorf("%s: DuckDB's own detection finds columns %v; want %v", format, got.Auto.Columns, recordColumns)
		}
		for i := range min(len(got.Rows), len(want)) {
			for j, w := range want[i] {
				g := got.Rows[i][j]
				if j == 2 && format == "jsonl" && g != nil && sameNumber(*g, w) {
					continue // DuckDB reads a JSON number as a double: 0.000000001 comes back as 1e-09
				}
				// a CSV cell a spreadsheet would run ("- Tuyển sinh …") is
				// written with a quote before it (CSV injection guard)
				if g != nil && format == "csv" && *g == "'"+w && strings.ContainsAny(w[:min(1, len(w))], "=+-@\t\r") {
					continue
				}
				if g == nil || *g != w {
					t.Errorf("%s: row %d, %s: DuckDB reads %s; we wrote %q", format, i+1, recordColumns[j], show(g), w)
				}
			}
		}
		if len(got.Sums) != len(sums) {
			t.Errorf("%s: DuckDB sums %d indicators; we have %d", format, len(got.Sums), len(sums))
		}
		for _, s := range got.Sums {
			v, ok := new(big.Rat).SetString(s.Sum)
			w := sums[s.Indicator]
			if !ok || w == nil || v.Cmp(w) != 0 || s.N != counts[s.Indicator] {
				t.Errorf("%s: %s: DuckDB sums %d values to %s; we have %d summing to %s", format, s.Indicator, s.N, s.Sum, counts[s.Indicator], ratString(w))
			}
		}
		t.Logf("%s: DuckDB reads the same %d rows and the same sums over %d indicators", format, got.Count, len(got.Sums))
	}
}

// sameNumber reports whether two decimal texts are the same number.
func sameNumber(a, b string) bool {
	x, ok1 := new(big.Rat).SetString(a)
	y, ok2 := new(big.Rat).SetString(b)
	return ok1 && ok2 && x.Cmp(y) == 0
}

func show(s *string) string {
	if s == nil {
		return "NULL"
	}
	return strconv.Quote(*s)
}

func ratString(r *big.Rat) string {
	if r == nil {
		return "nothing"
	}
	return r.FloatString(10)
}

// readRecords reads a JSONL record file as extract.Record values.
func readRecords(t *testing.T, path string) []extract.Record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []extract.Record
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var r extract.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
