package normalize

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// xfail lists case-table inputs that are known not to pass, with the
// reason. Each must still fail: when one starts passing, delete its entry.
var xfail = map[string]string{
	// Without "ngày" (day), "20/11" reads as a fraction; a date needs the word or a year.
	"20/11": "day/month without ngày is read as a fraction",
}

// A tableCase is one row of a case table in the spec's columns.
type tableCase struct {
	line                                int
	input, ref, kind, value, unit, qual string
}

func readCases(t *testing.T, path string) []tableCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	var out []tableCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if n == 1 || strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		c := append(strings.Split(line, "\t"), "", "", "", "", "", "")
		out = append(out, tableCase{n, c[0], c[1], c[2], c[3], c[4], c[5]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkCase judges a case as shared/eval/check_normalize.py does and
// returns "" when it passes, else why not.
func checkCase(c tableCase) string {
	var opt Options
	if c.ref != "" {
		ref, err := time.Parse("2006-01-02", c.ref)
		if err != nil {
			return "bad ref " + c.ref
		}
		opt.Ref = ref
	}
	ms := Scan(c.input, opt)
	if c.kind == "reject" {
		for _, m := range ms {
			if m.Kind.IsNumeric() {
				return fmt.Sprintf("numeric mention %q", m.Text)
			}
		}
		return ""
	}
	if len(ms) == 0 {
		return "no mention"
	}
	best := ms[0]
	for _, m := range ms[1:] {
		if m.End-m.Start > best.End-best.Start {
			best = m
		}
	}
	numeric := Kind(c.kind).IsNumeric()
	if numeric && float64(best.End-best.Start) < 0.5*float64(len(strings.TrimSpace(c.input))) {
		return fmt.Sprintf("mention %q covers too little", best.Text)
	}
	var got string
	switch {
	case c.kind == "range":
		got = best.Low.String() + ".." + best.High.String()
	case c.kind == "fraction":
		got = best.Num.String() + "/" + best.Den.String()
	case numeric || c.kind == "ordinal":
		got = best.Value.String()
	default:
		got = best.Str
	}
	want := c.value
	if numeric || c.kind == "ordinal" {
		want = canonNumbers(want)
	}
	if got != want {
		return fmt.Sprintf("got %s %q; want %q", best.Kind, got, want)
	}
	if !numeric && string(best.Kind) != c.kind {
		return fmt.Sprintf("got kind %s; want %s", best.Kind, c.kind)
	}
	if numeric {
		if string(best.Unit) != c.unit {
			return fmt.Sprintf("got unit %q; want %q", best.Unit, c.unit)
		}
		q := c.qual
		if q == "" {
			q = "exact"
		}
		if string(best.Qualifier) != q {
			return fmt.Sprintf("got qualifier %q; want %q", best.Qualifier, q)
		}
	}
	return ""
}

// canonNumbers rewrites each number in a want value ("1.0", "91/500",
// "1500..1700") in Decimal's shortest form.
func canonNumbers(v string) string {
	for _, sep := range []string{"..", "/"} {
		if a, b, ok := strings.Cut(v, sep); ok {
			return canonNumbers(a) + sep + canonNumbers(b)
		}
	}
	d, err := ParseDecimal(v)
	if err != nil {
		return v
	}
	return d.String()
}

func runTable(t *testing.T, path string) {
	for _, c := range readCases(t, path) {
		name := fmt.Sprintf("line%d/%s", c.line, strings.ReplaceAll(c.input, " ", "_"))
		t.Run(name, func(t *testing.T) {
			why := checkCase(c)
			reason, known := xfail[c.input]
			switch {
			case known && why == "":
				t.Errorf("%q passes now; delete its xfail entry (%s)", c.input, reason)
			case known:
				t.Skipf("xfail: %s (%s)", reason, why)
			case why != "":
				t.Errorf("%q: %s", c.input, why)
			}
		})
	}
}

// TestScanCases walks our own case table, testdata/cases.tsv.
func TestScanCases(t *testing.T) { runTable(t, filepath.Join("testdata", "cases.tsv")) }

// TestScanSharedCases walks the shared spec's table when ../shared is present.
func TestScanSharedCases(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "spec", "normalize-cases.tsv")
	if _, err := os.Stat(path); err != nil {
		t.Skip("shared spec not present")
	}
	runTable(t, path)
}
