package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/solieu/solieu/extract"
)

// A Fact is one line of a record file (spec/records.md) or of a gold file
// (../shared/eval/gold/*.jsonl), with the fields scoring and diffing use.
// Missing string fields are empty, except Qualifier, which is "exact" when
// missing, as score.py reads it.
type Fact struct {
	Doc       string
	Indicator string
	// HasIndicator reports whether the line has an indicator field;
	// score.py counts only such lines as predictions.
	HasIndicator bool
	Value        Number
	Unit         string
	Qualifier    string
	Kind         string
	Period       string
	Region       string
	// Text, Start and End are the figure's surface text and byte span in
	// its document (record files only).
	Text       string
	Start, End int

	// AltIndicators and AltPeriods are the other indicators and periods a
	// gold fact accepts; Optional marks a gold fact that is neither missed
	// when absent nor false when found; Cue is the gold fact's phrase.
	AltIndicators []string
	AltPeriods    []string
	Optional      bool
	Cue           string

	// Source and Line say where the fact was read ("gold.jsonl", 12);
	// Line is 0 for facts made from records in memory.
	Source string
	Line   int

	absent fieldSet // the fields the line lacked, for printing as score.py does
}

// A fieldSet records which of the fields score.py prints a line lacked.
type fieldSet uint8

const (
	hasDoc fieldSet = 1 << iota
	hasIndicator
	hasValue
	hasUnit
	hasKind
	hasPeriod
	hasText
	hasCue
)

// A Number is a JSON number kept as it was written ("36000", "0.36",
// "6.2e13"), or "" when the value is missing or null.
type Number string

// Float64 returns n as the nearest float64 and reports whether n is a
// number (a missing value is not). Values beyond float64's range are ±Inf.
func (n Number) Float64() (float64, bool) {
	if n == "" {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, false
	}
	return f, true
}

// Exact returns n in a canonical exact form, so that equal numbers have
// equal forms whatever way they were written: "36000", "36000.0" and
// "3.6e4" all give "36000", and "0.360" gives "0.36". Numbers with a
// decimal exponent beyond ±40 keep an exponent ("1e+45"). A string that is
// not a JSON number is returned as it is.
func (n Number) Exact() string {
	s := string(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	mant, expPart, hasExp := strings.Cut(strings.ToLower(s), "e")
	intPart, frac, hasDot := strings.Cut(mant, ".")
	if !jsonDigits(intPart) || (hasDot && !allDigits(frac)) || (hasDot && frac == "") {
		return string(n)
	}
	exp := 0
	if hasExp {
		e, err := strconv.Atoi(strings.TrimPrefix(expPart, "+"))
		if err != nil || e > 1<<20 || e < -(1<<20) || expPart == "" || strings.HasPrefix(expPart, "+-") {
			return string(n)
		}
		exp = e
	}
	digits := strings.TrimLeft(intPart+frac, "0")
	exp -= len(frac)
	if digits == "" {
		return "0"
	}
	for strings.HasSuffix(digits, "0") {
		digits = digits[:len(digits)-1]
		exp++
	}
	var out string
	switch point := len(digits) + exp; {
	case exp > 40 || point < -40:
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		out += "e" + fmt.Sprintf("%+d", point-1)
	case exp >= 0:
		out = digits + strings.Repeat("0", exp)
	case point > 0:
		out = digits[:point] + "." + digits[point:]
	default:
		out = "0." + strings.Repeat("0", -point) + digits
	}
	if neg {
		out = "-" + out
	}
	return out
}

// jsonDigits reports whether s is a JSON integer part: "0" or digits
// without a leading zero.
func jsonDigits(s string) bool {
	return allDigits(s) && (s == "0" || s[0] != '0')
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// wireFact is a line as JSON holds it; pointers tell missing fields.
type wireFact struct {
	Doc           *string         `json:"doc"`
	Indicator     *string         `json:"indicator"`
	Value         json.RawMessage `json:"value"`
	Unit          *string         `json:"unit"`
	Qualifier     *string         `json:"qualifier"`
	Kind          *string         `json:"kind"`
	Period        *string         `json:"period"`
	Region        *string         `json:"region"`
	Text          *string         `json:"text"`
	Start         *int            `json:"start"`
	End           *int            `json:"end"`
	AltIndicators []string        `json:"alt_indicators"`
	AltPeriods    []string        `json:"alt_periods"`
	Optional      json.RawMessage `json:"optional"`
	Cue           *string         `json:"cue"`
}

// maxLine bounds one line of a record or gold file.
const maxLine = 64 << 20

// ReadFacts reads a record or gold file: one JSON object per line, blank
// lines skipped, fields beyond those of Fact ignored. name is used in
// errors and in each fact's Source. It returns an error naming the line
// ("name:3: ...") for a line that is not a JSON object or whose fields
// have the wrong type (value must be a number, a string holding one, or
// null).
func ReadFacts(r io.Reader, name string) ([]Fact, error) { return readFacts(r, name, false) }

func readFacts(r io.Reader, name string, gold bool) ([]Fact, error) {
	br := bufio.NewReader(r)
	var out []Fact
	for n := 1; ; n++ {
		line, err := readLine(br)
		if err != nil && !errors.Is(err, io.EOF) {
			return out, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			f, perr := parseFact(t, gold)
			if perr != nil {
				return out, fmt.Errorf("%s:%d: %w", name, n, perr)
			}
			f.Source, f.Line = name, n
			out = append(out, f)
		}
		if err != nil {
			return out, nil
		}
	}
}

// readLine returns the next line without its LF, or io.EOF with the last
// line when the input ends.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > maxLine {
			return nil, fmt.Errorf("line longer than %d bytes", maxLine)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimSuffix(line, []byte("\n")), err
	}
}

// parseFact reads one JSON object; a gold fact must have the fields that
// score.py reads with g[...].
func parseFact(line []byte, gold bool) (Fact, error) {
	if line[0] != '{' {
		return Fact{}, errors.New("not a JSON object")
	}
	var w wireFact
	if err := json.Unmarshal(line, &w); err != nil {
		return Fact{}, fmt.Errorf("not a record: %w", err)
	}
	v, err := parseValue(w.Value)
	if err != nil {
		return Fact{}, err
	}
	if gold {
		for _, m := range []struct {
			name    string
			missing bool
		}{
			{"doc", w.Doc == nil},
			{"indicator", w.Indicator == nil},
			{"value", len(w.Value) == 0 || string(w.Value) == "null"},
			{"unit", w.Unit == nil},
			{"kind", w.Kind == nil},
			{"period", w.Period == nil},
		} {
			if m.missing {
				return Fact{}, fmt.Errorf("gold fact without %s", m.name)
			}
		}
	}
	f := Fact{
		Doc:           deref(w.Doc),
		Indicator:     deref(w.Indicator),
		HasIndicator:  w.Indicator != nil,
		Unit:          deref(w.Unit),
		Qualifier:     "exact",
		Kind:          deref(w.Kind),
		Period:        deref(w.Period),
		Region:        deref(w.Region),
		Text:          deref(w.Text),
		AltIndicators: w.AltIndicators,
		AltPeriods:    w.AltPeriods,
		Optional:      truthy(w.Optional),
		Cue:           deref(w.Cue),
		Value:         v,
	}
	for _, h := range []struct {
		bit     fieldSet
		present bool
	}{
		{hasDoc, w.Doc != nil}, {hasIndicator, w.Indicator != nil}, {hasValue, f.Value != ""},
		{hasUnit, w.Unit != nil}, {hasKind, w.Kind != nil}, {hasPeriod, w.Period != nil},
		{hasText, w.Text != nil}, {hasCue, w.Cue != nil},
	} {
		if !h.present {
			f.absent |= h.bit
		}
	}
	if w.Qualifier != nil {
		f.Qualifier = *w.Qualifier
	}
	if w.Start != nil {
		f.Start = *w.Start
	}
	if w.End != nil {
		f.End = *w.End
	}
	return f, nil
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// parseValue reads the value field: a JSON number, a string holding a
// JSON number, or null.
func parseValue(raw json.RawMessage) (Number, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var num json.Number
	if err := json.Unmarshal(raw, &num); err != nil {
		return "", fmt.Errorf("value %s is not a number", raw)
	}
	if num == "" {
		return "", nil
	}
	return Number(num), nil
}

// truthy reports whether a JSON value is true in Python's sense: not
// null, false, 0, "", [] or {}.
func truthy(raw json.RawMessage) bool {
	var v any
	if len(raw) == 0 || json.Unmarshal(raw, &v) != nil {
		return false
	}
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case float64:
		return v != 0
	case string:
		return v != ""
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

// ReadGold reads a gold file as ReadFacts does and also requires every
// line to have the fields score.py needs (doc, indicator, value, unit,
// kind, period). It returns an error naming the first line without one.
func ReadGold(r io.Reader, name string) ([]Fact, error) { return readFacts(r, name, true) }

// IsRecordFile reports whether r holds records: whether its first
// non-blank line is a JSON object with an indicator field. Articles (text,
// HTML, JSON lines with a text field, archives) are not record files. It
// reads at most up to the end of that line and returns an error only when
// reading fails.
func IsRecordFile(r io.Reader) (bool, error) {
	br := bufio.NewReader(r)
	for {
		line, err := readLine(br)
		if err != nil && !errors.Is(err, io.EOF) {
			return false, err
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			return isRecordLine(t), nil
		}
		if err != nil {
			return false, nil
		}
	}
}

func isRecordLine(line []byte) bool {
	if line[0] != '{' {
		return false
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(line, &m) != nil {
		return false
	}
	_, ok := m["indicator"]
	return ok
}

// FromRecords returns the facts of records extracted in memory, with
// source as their Source.
func FromRecords(records []extract.Record, source string) []Fact {
	out := make([]Fact, len(records))
	for i, r := range records {
		out[i] = Fact{
			Doc:          r.Doc,
			Indicator:    r.Indicator,
			HasIndicator: true,
			Value:        Number(r.Value.String()),
			Unit:         string(r.Unit),
			Qualifier:    string(r.Qualifier),
			Kind:         string(r.Kind),
			Period:       r.Period,
			Region:       r.Region,
			Text:         r.Text,
			Start:        r.Start,
			End:          r.End,
			Cue:          r.Cue,
			Source:       source,
		}
	}
	return out
}
