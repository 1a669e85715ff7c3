package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/solieu/solieu/normalize"
)

// A Case is one row of a normalizer case table, in the columns of
// spec/normalize.md: input, ref, kind, value, unit, qualifier.
type Case struct {
	// Line is the row's 1-based line number in the table.
	Line int
	// Input is the text given to the normalizer; Ref an optional
	// reference date (YYYY-MM-DD) for partial dates.
	Input, Ref string
	// Kind is the expected kind ("number", "money", "date", …) or
	// "reject" for an input that must give no numeric mention.
	Kind string
	// Value is the expected value: a number, "low..high" for a range,
	// "num/den" for a fraction, or the ISO string of a date or period.
	Value string
	// Unit and Qualifier are the expected unit and qualifier of a
	// numeric mention; an empty Qualifier means "exact".
	Unit, Qualifier string
}

// caseColumns are the columns check_normalize.py reads by name.
var caseColumns = []string{"input", "ref", "kind", "value", "unit", "qualifier"}

// ReadCases reads a case table: a header row of tab-separated column
// names, which must include those of Case, then one tab-separated row per
// case. Lines are split as Python's str.splitlines splits them; blank
// lines are skipped, and so are lines starting with "#" (section
// comments, which check_normalize.py has no notion of: .ci/run strips
// them before calling it). Missing trailing cells are empty. name is used
// in errors. It returns an error if the header lacks a column.
func ReadCases(r io.Reader, name string) ([]Case, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	lines := splitLines(string(data))
	if len(lines) == 0 {
		return nil, fmt.Errorf("%s: empty case table", name)
	}
	header := strings.Split(lines[0], "\t")
	at := make([]int, len(caseColumns))
	for i, c := range caseColumns {
		at[i] = -1
		for j, h := range header {
			if h == c { // the last of equal names, as Python's dict(zip(...)) keeps
				at[i] = j
			}
		}
		if at[i] < 0 {
			return nil, fmt.Errorf("%s:1: no column %q in the header", name, c)
		}
	}
	var out []Case
	for n, line := range lines[1:] {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cells := strings.Split(line, "\t")
		get := func(i int) string {
			if at[i] < len(cells) {
				return cells[at[i]]
			}
			return ""
		}
		out = append(out, Case{Line: n + 2, Input: get(0), Ref: get(1), Kind: get(2), Value: get(3), Unit: get(4), Qualifier: get(5)})
	}
	return out, nil
}

// splitLines splits s at the line boundaries of Python's str.splitlines:
// \n, \r\n, \r, \v, \f, \x1c, \x1d, \x1e, \x85, U+2028 and U+2029.
func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			out = append(out, s[start:i])
			start = i + size
		case '\r':
			out = append(out, s[start:i])
			if i+1 < len(s) && s[i+1] == '\n' {
				size++
			}
			start = i + size
		}
		i += size
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// numericKinds are check_normalize.py's NUMERIC kinds.
var numericKinds = map[string]bool{"number": true, "percent": true, "money": true, "quantity": true, "range": true, "fraction": true}

// CheckCase runs normalize.Scan on the case's input and judges the result
// as check_normalize.py judges the output of "solieu normalize": on the
// JSON form of the mentions (spec/normalize.md). A "reject" case passes
// when no mention is numeric. Otherwise the longest mention (the first of
// equals) is judged: a numeric one must cover at least half the input
// (trimmed of ASCII spaces), its value must be within 1e-6 relative of the
// expected one (both ends of a range, both parts of a fraction), and its
// unit and qualifier must be the expected ones; an ordinal's value is
// compared the same way; any other kind must be the expected kind with
// exactly the expected value string. A ref that is not a date gives no
// mentions, as the command refuses to run. It returns whether the case
// passes and, when it does not, why.
func CheckCase(c Case) (ok bool, why string) {
	var opt normalize.Options
	var mentions []map[string]any
	t, err := time.Parse("2006-01-02", c.Ref)
	badRef := err != nil && c.Ref != ""
	if !badRef {
		opt.Ref = t
		for _, m := range normalize.Scan(c.Input, opt) {
			if m.Kind == normalize.PeriodKind && m.Str == "" {
				continue // as "solieu normalize" prints none
			}
			js, err := json.Marshal(m)
			if err != nil {
				return false, "error: " + err.Error()
			}
			dec := json.NewDecoder(bytes.NewReader(js))
			dec.UseNumber()
			var v map[string]any
			if err := dec.Decode(&v); err != nil {
				return false, "error: " + err.Error()
			}
			mentions = append(mentions, v)
		}
	}
	ok, why = judge(c, mentions)
	if !ok && badRef {
		why = fmt.Sprintf("ref %q is not a date of the form YYYY-MM-DD: %s", c.Ref, why)
	}
	return ok, why
}

// judge is check_normalize.py's check(case, mentions).
func judge(c Case, mentions []map[string]any) (bool, string) {
	kind := c.Kind
	if kind == "reject" {
		var bad []string
		for _, m := range mentions {
			if k, _ := m["kind"].(string); numericKinds[k] {
				t, _ := m["text"].(string)
				bad = append(bad, strconv.Quote(t))
			}
		}
		if len(bad) > 0 {
			return false, "numeric mention(s): " + strings.Join(bad, ", ")
		}
		return true, ""
	}
	var best map[string]any
	bestSpan := 0.0
	for _, m := range mentions {
		if span := pyNum(m, "end") - pyNum(m, "start"); best == nil || span > bestSpan {
			best, bestSpan = m, span
		}
	}
	if best == nil {
		return false, "no mention"
	}
	core := len(strings.Trim(c.Input, " \t\n\r\v\f"))
	text, _ := best["text"].(string)
	if numericKinds[kind] && bestSpan < float64(core)*0.5 {
		return false, fmt.Sprintf("mention %q covers too little", text)
	}
	var ok bool
	switch {
	case kind == "range":
		parts := strings.Split(c.Value, "..")
		if len(parts) != 2 {
			return false, fmt.Sprintf("error: range value %q is not low..high", c.Value)
		}
		ok = pyClose(best["low"], parts[0]) && pyClose(best["high"], parts[1])
	case kind == "fraction":
		parts := strings.Split(c.Value, "/")
		if len(parts) != 2 {
			return false, fmt.Sprintf("error: fraction value %q is not num/den", c.Value)
		}
		ok = pyClose(best["numerator"], parts[0]) && pyClose(best["denominator"], parts[1])
	case numericKinds[kind] || kind == "ordinal":
		ok = pyClose(best["value"], c.Value)
	default:
		s, isString := best["value"].(string)
		ok = isString && s == c.Value
	}
	if numericKinds[kind] {
		unit, _ := best["unit"].(string)
		ok = ok && unit == c.Unit
		q, _ := best["qualifier"].(string)
		ok = ok && or(q, "exact") == or(c.Qualifier, "exact")
	} else {
		k, _ := best["kind"].(string)
		ok = ok && k == kind
	}
	if ok {
		return true, ""
	}
	return false, "got " + gotSummary(best)
}

func or(s, dflt string) string {
	if s == "" {
		return dflt
	}
	return s
}

// gotSummary renders the judged fields of a mention, as the checker's
// failure lines show them.
func gotSummary(m map[string]any) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range []string{"kind", "value", "low", "high", "numerator", "denominator", "unit", "qualifier"} {
		if i > 0 {
			b.WriteString(", ")
		}
		js, _ := json.Marshal(m[k])
		fmt.Fprintf(&b, "%q: %s", k, js)
	}
	b.WriteByte('}')
	return b.String()
}

// pyNum returns a mention's integer field, 0 when missing.
func pyNum(m map[string]any, k string) float64 {
	n, ok := m[k].(json.Number)
	if !ok {
		return 0
	}
	f, _ := strconv.ParseFloat(string(n), 64)
	return f
}

// pyClose is check_normalize.py's close(a, b): float(a) and float(b)
// within 1e-6 relative to max(1, |b|), false when either is not a number.
func pyClose(a any, b string) bool {
	var x float64
	var ok bool
	switch a := a.(type) {
	case json.Number:
		x, ok = pyFloat(string(a))
	case string:
		x, ok = pyFloat(a)
	}
	y, ok2 := pyFloat(b)
	return ok && ok2 && math.Abs(x-y) <= 1e-6*max(1.0, math.Abs(y))
}

// pyFloat parses s as Python's float(str) does: surrounding whitespace
// allowed, underscores between digits allowed, no hexadecimal.
func pyFloat(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "xXpP") {
		return 0, false
	}
	if strings.Contains(s, "_") {
		for i := 0; i < len(s); i++ {
			if s[i] == '_' && (i == 0 || i == len(s)-1 || !isDigit(s[i-1]) || !isDigit(s[i+1])) {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, "_", "")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, false
	}
	return f, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// A CaseResult is the outcome of one case.
type CaseResult struct {
	Case
	// OK reports whether the case passed; Why says why not.
	OK  bool
	Why string
}

// CaseSummary is the outcome of a whole case table.
type CaseSummary struct {
	Passed, Failed int
	// Failures lists the failing cases in table order.
	Failures []CaseResult
}

// Accuracy returns Passed/(Passed+Failed), or 0 for an empty table, as
// check_normalize.py computes it.
func (s CaseSummary) Accuracy() float64 {
	return float64(s.Passed) / float64(max(1, s.Passed+s.Failed))
}

// RunCases checks every case with CheckCase.
func RunCases(cases []Case) CaseSummary {
	var s CaseSummary
	for _, c := range cases {
		if ok, why := CheckCase(c); ok {
			s.Passed++
		} else {
			s.Failed++
			s.Failures = append(s.Failures, CaseResult{Case: c, OK: false, Why: why})
		}
	}
	return s
}

// WriteText writes one FAIL line per failing case, then "N passed, M
// failed" and "accuracy X" as the last line, as check_normalize.py does.
// name is the table's file name, for the FAIL lines ("cases.tsv:12").
func (s CaseSummary) WriteText(w io.Writer, name string) error {
	var b strings.Builder
	for _, f := range s.Failures {
		fmt.Fprintf(&b, "FAIL %s:%d %q want %s %s %s %s: %s\n", name, f.Line, f.Input, f.Kind, f.Value, f.Unit, f.Qualifier, f.Why)
	}
	fmt.Fprintf(&b, "%d passed, %d failed\naccuracy %.3f\n", s.Passed, s.Failed, s.Accuracy())
	_, err := io.WriteString(w, b.String())
	return err
}
