package report

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadFacts feeds record and gold readers arbitrary bytes. Invariants:
// no panic; line numbers rise; a file has no differences with itself;
// scoring and printing never fail; Number.Exact is idempotent and keeps
// the value.
func FuzzReadFacts(f *testing.F) {
	for _, p := range fixtureFiles(f, "*.jsonl") {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"doc":"a","indicator":"x","value":1e400}`))
	f.Add([]byte(`{"doc":"a","indicator":"x","value":"-0.000e-5","optional":[0]}` + "\n\n" + `{"value":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		facts, err := ReadFacts(bytes.NewReader(data), "f")
		if err != nil {
			return
		}
		for i := 1; i < len(facts); i++ {
			if facts[i].Line <= facts[i-1].Line {
				t.Fatalf("line %d after %d", facts[i].Line, facts[i-1].Line)
			}
		}
		if len(facts) > 500 {
			facts = facts[:500] // scoring is quadratic per document, as score.py's
		}
		if ch := Diff(facts, facts); len(ch) != 0 {
			t.Fatalf("a file differs from itself: %+v", ch)
		}
		if err := Evaluate(facts, facts).WriteText(io.Discard, true); err != nil {
			t.Fatal(err)
		}
		for _, fc := range facts {
			e := Number(fc.Value).Exact()
			if Number(e).Exact() != e {
				t.Fatalf("Exact(%q) = %q is not idempotent", fc.Value, e)
			}
			x, ok1 := fc.Value.Float64()
			y, ok2 := Number(e).Float64()
			if ok1 != ok2 || (ok1 && x != y && !(x != x && y != y)) {
				t.Fatalf("Exact(%q) = %q changes the value: %v vs %v", fc.Value, e, x, y)
			}
		}
		_, _ = IsRecordFile(bytes.NewReader(data))
		_, _ = ReadGold(bytes.NewReader(data), "g")
	})
}

// FuzzReadCases feeds the case-table reader arbitrary text. Invariants: no
// panic, and line numbers rise; the first few cases are also judged.
func FuzzReadCases(f *testing.F) {
	for _, p := range []string{
		filepath.Join("..", "normalize", "testdata", "cases.tsv"),
		filepath.Join("..", "..", "shared", "spec", "normalize-cases.tsv"),
	} {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data[:min(len(data), 2000)]))
		}
	}
	f.Add("input\tref\tkind\tvalue\tunit\tqualifier\n1.500 - 1.700\t\trange\t1500..1700\t\t\n")
	f.Add("input\tref\tkind\tvalue\tunit\tqualifier\r\nngày 26-11\t2021-12-01\tdate\t2021-11-26\n#x\n\u2028\t")
	f.Fuzz(func(t *testing.T, table string) {
		cases, err := ReadCases(strings.NewReader(table), "f")
		if err != nil {
			return
		}
		for i := 1; i < len(cases); i++ {
			if cases[i].Line <= cases[i-1].Line {
				t.Fatalf("line %d after %d", cases[i].Line, cases[i-1].Line)
			}
		}
		s := RunCases(cases[:min(len(cases), 5)])
		if err := s.WriteText(io.Discard, "f"); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzEncode writes arbitrary strings as CSV and TSV and reads them back
// with encoding/csv and UnescapeTSV.
func FuzzEncode(f *testing.F) {
	f.Add("plain", `comma, "quote"`, "line\nbreak\ttab\\back\r\n")
	f.Add("", " ", "\\t")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		type row struct {
			A string `json:"a"`
			B string `json:"b"`
			C string `json:"c"`
		}
		in := []string{a, b, c}
		var buf bytes.Buffer
		enc, err := NewEncoder[row](&buf, TSV)
		if err != nil {
			t.Fatal(err)
		}
		if err := enc.Encode(row{a, b, c}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		if len(lines) != 2 {
			t.Fatalf("TSV has %d lines: %q", len(lines), buf.String())
		}
		cells := strings.Split(lines[1], "\t")
		for i := range cells {
			cells[i] = UnescapeTSV(cells[i])
		}
		if strings.Join(cells, "\x00") != strings.Join(in, "\x00") || len(cells) != 3 {
			t.Fatalf("TSV round trip: got %q; want %q", cells, in)
		}

		if !utf8.ValidString(a + b + c) {
			return // encoding/csv reads runes
		}
		buf.Reset()
		cenc, err := NewEncoder[row](&buf, CSV)
		if err != nil {
			t.Fatal(err)
		}
		if err := cenc.Encode(row{a, b, c}); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatalf("CSV %q: %v", buf.String(), err)
		}
		// encoding/csv turns CRLF inside a quoted field into LF; a cell
		// that could be a formula comes back after a single quote
		want := []string{crlf(guard(a)), crlf(guard(b)), crlf(guard(c))}
		if len(recs) != 2 || strings.Join(recs[1], "\x00") != strings.Join(want, "\x00") {
			t.Fatalf("CSV round trip: got %q; want %q", recs, want)
		}
	})
}

// guard is what a CSV cell of s holds: s after a single quote when it
// begins with =, +, -, @, tab or CR and does not parse as a number.
func guard(s string) string {
	if s == "" || !strings.ContainsAny(s[:1], "=+-@\t\r") {
		return s
	}
	if jsonNumber.MatchString(s) {
		return s
	}
	return "'" + s
}

var jsonNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

func crlf(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

func fixtureFiles(f *testing.F, pattern string) []string {
	paths, err := filepath.Glob(filepath.Join("testdata", "score", pattern))
	if err != nil || len(paths) == 0 {
		f.Fatalf("no fixtures: %v", err)
	}
	return paths
}
