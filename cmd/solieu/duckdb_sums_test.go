package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/solieu/solieu/docs"
)

// sqlBlocks returns the ```sql blocks of a markdown text, in order.
func sqlBlocks(md string) []string {
	var out []string
	for _, m := range regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllStringSubmatch(md, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestDuckDBSums sums jobs created per province and year with the DuckDB
// statements of docs/records.md, as they are written there, over the
// records of the samples and of 0512.txt (our own article: its headline
// repeats the body's "21.000 lao động", as sample 01's does with Bình
// Định's 30.000, and its file name is a number): on records written
// without -unique and with it, the sums must be those of each fact once
// (by the scorer's key, computed here apart from the "fact" field), and
// the same query without DISTINCT ON must double a headline's figure on
// the first and not on the second. The view must give doc as text
// ("0512", not 512), value as a DECIMAL and the period's ends as dates.
func TestDuckDBSums(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("skipped: node is not on PATH (.ci/run installs nodejs and runs npm ci in cmd/solieu/testdata/duckdb)")
	}
	if _, err := os.Stat(filepath.Join(duckDir, "node_modules", "@duckdb", "node-api")); err != nil {
		t.Skip("skipped: @duckdb/node-api is not installed; run: (cd cmd/solieu/testdata/duckdb && npm ci)")
	}
	blocks := sqlBlocks(docs.Records)
	if len(blocks) != 2 || !strings.Contains(blocks[0], "'records.jsonl'") || !strings.Contains(blocks[1], "DISTINCT ON (fact)") {
		t.Fatalf("docs/records.md: want two sql blocks, the view of 'records.jsonl' and the sum with DISTINCT ON (fact); got %d", len(blocks))
	}
	view, query := blocks[0], blocks[1]
	naive := strings.Replace(query, "(SELECT DISTINCT ON (fact) * FROM records)", "records", 1)
	if naive == query {
		t.Fatal("the query of docs/records.md does not read FROM (SELECT DISTINCT ON (fact) * FROM records)")
	}

	tmp := t.TempDir()
	inputs := []string{filepath.Join("..", "..", "testdata", "samples"), filepath.Join(duckDir, "0512.txt")}
	all, unique := filepath.Join(tmp, "all.jsonl"), filepath.Join(tmp, "unique.jsonl")
	for _, c := range []struct {
		path  string
		flags []string
	}{{all, nil}, {unique, []string{"-unique", "-j", "1"}}, {unique + ".j3", []string{"-unique", "-j", "3"}}} {
		args := append(append([]string{"extract", "-o", c.path}, c.flags...), inputs...)
		if _, stderr, code := runCLI(t, args...); code != 0 {
			t.Fatalf("extract %v: exit %d: %s", c.flags, code, stderr)
		}
	}
	u1, _ := os.ReadFile(unique)
	u3, _ := os.ReadFile(unique + ".j3")
	if !bytes.Equal(u1, u3) {
		t.Error("extract -unique writes other bytes with -j 3 than with -j 1")
	}

	// The sums of each fact once, by the scorer's key.
	recs := readRecords(t, all)
	type key struct{ doc, indicator, unit, value, kind, period string }
	factOf := map[key]string{}
	keyOf := map[string]key{}
	want := map[string]*big.Rat{}
	wantN := map[string]int{}
	for _, r := range recs {
		k := key{r.Doc, r.Indicator, string(r.Unit), r.Value.String(), string(r.Kind), r.Period}
		if f, ok := factOf[k]; ok {
			if f != r.Fact {
				t.Errorf("%v: facts %s and %s", k, f, r.Fact)
			}
			continue
		}
		if k2, ok := keyOf[r.Fact]; ok {
			t.Errorf("fact %s is both %v and %v", r.Fact, k2, k)
		}
		factOf[k], keyOf[r.Fact] = r.Fact, k
		if r.Indicator != "employment.jobs_created" || r.Unit != "person" || r.Kind != "actual" || len(r.Period) != 4 {
			continue
		}
		g := r.Region + "|" + r.Period
		if want[g] == nil {
			want[g] = new(big.Rat)
		}
		v, _ := new(big.Rat).SetString(r.Value.String())
		want[g].Add(want[g], v)
		wantN[g]++
	}
	if n := len(readRecords(t, unique)); n != len(factOf) {
		t.Errorf("extract -unique wrote %d records; there are %d facts", n, len(factOf))
	}
	for g, v := range map[string]int64{"Bình Định|2023": 30000, "Phú Yên|2024": 21000, "Phú Yên|2023": 19400} {
		if want[g] == nil || want[g].Cmp(big.NewRat(v, 1)) != 0 {
			t.Fatalf("%s: jobs created %s; want %d (the samples or 0512.txt changed?)", g, ratString(want[g]), v)
		}
	}

	lit := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		return "'" + strings.ReplaceAll(a, "'", "''") + "'"
	}
	for _, file := range []string{all, unique} {
		out := duckQuery(t, []string{strings.Replace(view, "'records.jsonl'", lit(file), 1)}, map[string]string{
			"sums":     query,
			"naive":    naive,
			"describe": "DESCRIBE records",
			"doc":      "SELECT DISTINCT doc FROM records WHERE doc LIKE '%512'",
		})
		name := filepath.Base(file)
		got := map[string]string{}
		for _, row := range out["sums"] {
			g := fmt.Sprint(row["region"]) + "|" + fmt.Sprint(row["year"])
			got[g] = fmt.Sprint(row["jobs"])
			v, ok := new(big.Rat).SetString(got[g])
			if !ok || want[g] == nil || v.Cmp(want[g]) != 0 || fmt.Sprint(row["facts"]) != fmt.Sprint(wantN[g]) {
				t.Errorf("%s: %s: DuckDB sums %v over %v facts; want %s over %d", name, g, row["jobs"], row["facts"], ratString(want[g]), wantN[g])
			}
		}
		if len(out["sums"]) != len(want) {
			t.Errorf("%s: DuckDB gives %d province-years; want %d", name, len(out["sums"]), len(want))
		}
		naiveSum := map[string]string{}
		for _, row := range out["naive"] {
			naiveSum[fmt.Sprint(row["region"])+"|"+fmt.Sprint(row["year"])] = fmt.Sprint(row["jobs"])
		}
		for g, twice := range map[string]int64{"Bình Định|2023": 60000, "Phú Yên|2024": 42000} {
			v, _ := new(big.Rat).SetString(naiveSum[g])
			w := big.NewRat(twice, 1)
			if file == unique {
				w = want[g]
			}
			if v == nil || v.Cmp(w) != 0 {
				t.Errorf("%s: without DISTINCT ON, %s sums to %s; want %s", name, g, naiveSum[g], ratString(w))
			}
		}
		types := map[string]string{}
		for _, row := range out["describe"] {
			types[fmt.Sprint(row["column_name"])] = fmt.Sprint(row["column_type"])
		}
		for col, typ := range map[string]string{"doc": "VARCHAR", "value": "DECIMAL(38,10)", "period_start": "DATE", "period_end": "DATE",
			"published": "VARCHAR", "published_date": "DATE", "start": "INTEGER", "fact": "VARCHAR", "of": "DECIMAL(38,10)"} {
			if types[col] != typ {
				t.Errorf("%s: the view's %s is %q; want %s", name, col, types[col], typ)
			}
		}
		if len(out["doc"]) != 1 || fmt.Sprint(out["doc"][0]["doc"]) != "0512" {
			t.Errorf("%s: the doc of 0512.txt reads as %v; want \"0512\"", name, out["doc"])
		}
		t.Logf("%s: %d province-years; Bình Định 2023 %s, Phú Yên 2024 %s (%s and %s without DISTINCT ON)", name, len(got),
			got["Bình Định|2023"], got["Phú Yên|2024"], naiveSum["Bình Định|2023"], naiveSum["Phú Yên|2024"])
	}
}

// duckQuery runs the setup statements and then the queries with
// query.mjs, and returns the rows of each query.
func duckQuery(t *testing.T, setup []string, queries map[string]string) map[string][]map[string]any {
	t.Helper()
	req, err := json.Marshal(map[string]any{"setup": setup, "queries": queries})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", "query.mjs")
	cmd.Dir = duckDir
	cmd.Stdin = bytes.NewReader(req)
	cmd.Stderr = os.Stderr
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("node query.mjs: %v", err)
	}
	var out map[string][]map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("query.mjs output: %v\n%s", err, raw)
	}
	return out
}
