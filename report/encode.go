package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/solieu/solieu/extract"
)

// A Format is an output format for rows of records or warnings.
type Format string

// The formats of "-format". Every one writes UTF-8 text.
const (
	// JSONL is one JSON object per line, as encoding/json writes the value
	// (without HTML escaping), fields in struct order.
	JSONL Format = "jsonl"
	// CSV follows RFC 4180: a header row of column names, then one row per
	// value; records end in CRLF; a cell is enclosed in double quotes when
	// it holds a comma, a double quote, CR or LF, or is empty, and a double
	// quote inside it is doubled. Line breaks inside a cell are kept as
	// they are. Quoting empty cells lets readers such as DuckDB tell an
	// empty string ("") from a missing value. A cell that a spreadsheet
	// could take for a formula, one beginning with =, +, -, @, a tab or
	// CR, gets a single quote before it (OWASP's rule against CSV
	// injection), unless it is a number as JSON writes it ("-0.36"),
	// which no spreadsheet runs.
	CSV Format = "csv"
	// TSV is tab-separated values: a header row, then one row per value,
	// each line ending in LF. Since a cell cannot hold a tab or a line
	// break, a backslash in a cell is written as \\, a tab as \t, a line
	// feed as \n and a carriage return as \r (the escaping of PostgreSQL's
	// text COPY format and of "linear TSV"); nothing else is escaped and
	// nothing is quoted.
	TSV Format = "tsv"
)

// Formats lists every format, in the order help texts show them.
var Formats = []Format{JSONL, CSV, TSV}

// ParseFormat returns the format named s ("jsonl", "csv" or "tsv").
// It returns an error for any other name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("report: unknown format %q (want jsonl, csv or tsv)", s)
}

// A column is one CSV or TSV column: a JSON field name and where the
// field is in the struct.
type column struct {
	name      string
	index     []int
	omitEmpty bool // tagged omitempty: an empty value is an empty cell
	omitZero  bool // tagged omitzero: a zero value is an empty cell
}

// An Encoder writes values of type T, a struct type or a pointer to one,
// as rows of one Format. Create one with NewEncoder.
type Encoder[T any] struct {
	w      io.Writer
	format Format
	cols   []column
	js     *json.Encoder
	buf    bytes.Buffer // one row, written to w at once
	cell   bytes.Buffer // a scratch buffer for JSON cells
	cellJS *json.Encoder
	// appendJSON, when set, appends v as encoding/json writes it (a
	// JSONL line without its newline), without reflection: it is
	// extract.Record's AppendJSON when T is extract.Record.
	appendJSON func(b []byte, v T) []byte
	line       []byte // a scratch buffer for appendJSON
	err        error  // the first write error of appendJSON, kept as json.Encoder keeps it
}

// NewEncoder returns an Encoder that writes to w in format f. For CSV and
// TSV it writes the header row at once. columns picks and orders the CSV
// and TSV columns by their JSON names; with none, every JSON field of T is
// a column, in field order (see Columns). JSONL lines always hold the whole
// value. It returns an error if f is not a format, T is not a struct or a
// pointer to one, or a column name is not a JSON field of T.
func NewEncoder[T any](w io.Writer, f Format, columns ...string) (*Encoder[T], error) {
	if _, err := ParseFormat(string(f)); err != nil {
		return nil, err
	}
	all, err := structColumns(reflect.TypeFor[T]())
	if err != nil {
		return nil, err
	}
	cols := all
	if len(columns) > 0 {
		cols = nil
		for _, name := range columns {
			i := indexColumn(all, name)
			if i < 0 {
				return nil, fmt.Errorf("report: %s has no JSON field %q", reflect.TypeFor[T](), name)
			}
			cols = append(cols, all[i])
		}
	}
	e := &Encoder[T]{w: w, format: f, cols: cols}
	if f == JSONL {
		e.js = json.NewEncoder(w)
		e.js.SetEscapeHTML(false)
		e.appendJSON, _ = any(recordAppender()).(func([]byte, T) []byte)
		return e, nil
	}
	e.cellJS = json.NewEncoder(&e.cell)
	e.cellJS.SetEscapeHTML(false)
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.name
	}
	return e, e.writeRow(names)
}

// NewRecordEncoder returns an Encoder of extract.Record for w in format f.
// The CSV and TSV columns are the fields of spec/records.md, in its order,
// with period_start and period_end after period and fact after source
// (docs/records.md), followed by cue, rule, period_from, kind_from and region_from when explain is set
// (extract -explain fills them).
func NewRecordEncoder(w io.Writer, f Format, explain bool) (*Encoder[extract.Record], error) {
	return NewRecordEncoderAll(w, f, explain, false)
}

// NewRecordEncoderAll is NewRecordEncoder with, when all is set, the
// columns measure, subject, per, form and of of statistic records after published
// (extract -all fills them).
func NewRecordEncoderAll(w io.Writer, f Format, explain, all bool) (*Encoder[extract.Record], error) {
	cols, err := Columns[extract.Record]()
	if err != nil {
		return nil, err
	}
	cols = slices.DeleteFunc(cols, func(c string) bool {
		return !explain && (c == "cue" || c == "rule" || c == "period_from" || c == "kind_from" || c == "region_from") ||
			!all && (c == "measure" || c == "subject" || c == "per" || c == "form" || c == "of")
	})
	return NewEncoder[extract.Record](w, f, cols...)
}

func indexColumn(cols []column, name string) int {
	for i, c := range cols {
		if c.name == name {
			return i
		}
	}
	return -1
}

// Columns returns the JSON field names of T (a struct or a pointer to one)
// in field order: the default CSV and TSV columns of an Encoder. Fields
// without a JSON tag use their Go name, fields tagged "-" and unexported
// fields are left out, and the fields of an untagged embedded struct count
// as fields of T when the embedded type is exported. It returns an error if T is not a struct or a pointer to
// one.
func Columns[T any]() ([]string, error) {
	cols, err := structColumns(reflect.TypeFor[T]())
	if err != nil {
		return nil, err
	}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.name
	}
	return names, nil
}

func structColumns(t reflect.Type) ([]column, error) {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil, fmt.Errorf("report: %s is not a struct type", t)
	}
	var cols []column
	addFields(t, nil, &cols, 0)
	if len(cols) == 0 {
		return nil, fmt.Errorf("report: %s has no exported fields", t)
	}
	return cols, nil
}

// addFields appends the columns of struct type t, whose fields are at
// index prefix within the outer struct. Embedded structs are flattened
// up to a small depth; a name already taken by an outer field is skipped.
func addFields(t reflect.Type, prefix []int, cols *[]column, depth int) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		index := append(append([]int(nil), prefix...), i)
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if f.Anonymous && name == "" && ft.Kind() == reflect.Struct {
			// Only an exported struct embedded by value is flattened: a
			// nil embedded pointer has no fields to read, and the fields
			// of an unexported one cannot be read through reflect.
			if f.IsExported() && f.Type.Kind() == reflect.Struct && depth < 8 {
				addFields(ft, index, cols, depth+1)
			}
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if indexColumn(*cols, name) >= 0 {
			continue
		}
		*cols = append(*cols, column{
			name:      name,
			index:     index,
			omitEmpty: hasOption(opts, "omitempty"),
			omitZero:  hasOption(opts, "omitzero"),
		})
	}
}

func hasOption(opts, want string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == want {
			return true
		}
	}
	return false
}

// recordAppender returns a function that writes an extract.Record as
// JSON, byte for byte as encoding/json does (extract's TestAppendJSON
// holds it to that), escaping a sentence shared by consecutive records
// once.
func recordAppender() func(b []byte, r extract.Record) []byte {
	var w extract.JSONWriter
	return func(b []byte, r extract.Record) []byte { return w.Append(b, &r) }
}

// Encode writes v as one row (one line of JSONL).
func (e *Encoder[T]) Encode(v T) error {
	if e.appendJSON != nil {
		if e.err != nil {
			return e.err
		}
		e.line = append(e.appendJSON(e.line[:0], v), '\n')
		if _, err := e.w.Write(e.line); err != nil {
			e.err = err
			return err
		}
		return nil
	}
	if e.js != nil {
		return e.js.Encode(v)
	}
	return e.encodeCells(v)
}

// encodeCells writes v as one CSV or TSV row. It is apart from Encode so
// that only this path moves v to the heap (reflect takes its address).
func (e *Encoder[T]) encodeCells(v T) error {
	rv := reflect.ValueOf(&v).Elem()
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return errors.New("report: cannot encode a nil pointer")
		}
		rv = rv.Elem()
	}
	cells := make([]string, len(e.cols))
	for i, c := range e.cols {
		s, err := e.cellOf(rv.FieldByIndex(c.index), c)
		if err != nil {
			return fmt.Errorf("report: field %s: %w", c.name, err)
		}
		cells[i] = s
	}
	return e.writeRow(cells)
}

var jsonMarshaler = reflect.TypeFor[json.Marshaler]()

// cellOf returns the text of one cell: the field's JSON value, with a
// string's quotes and escapes removed and null as "".
func (e *Encoder[T]) cellOf(v reflect.Value, c column) (string, error) {
	if (c.omitEmpty && isEmptyValue(v)) || (c.omitZero && v.IsZero()) {
		return "", nil
	}
	custom := v.Type().Implements(jsonMarshaler) || reflect.PointerTo(v.Type()).Implements(jsonMarshaler)
	if !custom {
		switch v.Kind() {
		case reflect.String:
			return v.String(), nil
		case reflect.Bool:
			return strconv.FormatBool(v.Bool()), nil
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return strconv.FormatInt(v.Int(), 10), nil
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			return strconv.FormatUint(v.Uint(), 10), nil
		}
	}
	e.cell.Reset()
	if err := e.cellJS.Encode(v.Interface()); err != nil {
		return "", err
	}
	b := bytes.TrimRight(e.cell.Bytes(), "\n")
	switch {
	case string(b) == "null":
		return "", nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return "", err
		}
		return s, nil
	}
	return string(b), nil
}

// isEmptyValue reports whether encoding/json's omitempty leaves v out.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// writeRow writes one CSV or TSV row.
func (e *Encoder[T]) writeRow(cells []string) error {
	e.buf.Reset()
	for i, c := range cells {
		if e.format == CSV {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			writeCSVCell(&e.buf, c)
		} else {
			if i > 0 {
				e.buf.WriteByte('\t')
			}
			writeTSVCell(&e.buf, c)
		}
	}
	if e.format == CSV {
		e.buf.WriteString("\r\n")
	} else {
		e.buf.WriteByte('\n')
	}
	_, err := e.w.Write(e.buf.Bytes())
	return err
}

// writeCSVCell writes s as an RFC 4180 field, neutralised (csvGuarded).
func writeCSVCell(b *bytes.Buffer, s string) {
	if csvGuarded(s) {
		s = "'" + s
	}
	if s != "" && !strings.ContainsAny(s, ",\"\r\n") {
		b.WriteString(s)
		return
	}
	b.WriteByte('"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		b.WriteString(s[:i+1])
		b.WriteByte('"')
		s = s[i+1:]
	}
	b.WriteString(s)
	b.WriteByte('"')
}

// csvGuarded reports whether s begins as a spreadsheet formula does (=,
// +, -, @, a tab or CR) and is not a JSON number.
func csvGuarded(s string) bool {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return false
	}
	return !isJSONNumber(s)
}

// isJSONNumber reports whether s is a number as JSON writes it: -?digits,
// an optional fraction and an optional exponent.
func isJSONNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := func() bool {
		j := i
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		return i > j
	}
	if !digits() {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if !digits() {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if !digits() {
			return false
		}
	}
	return i == len(s)
}

// tsvEscaper escapes the characters a TSV cell cannot hold.
var tsvEscaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

// writeTSVCell writes s as one TSV cell.
func writeTSVCell(b *bytes.Buffer, s string) {
	if !strings.ContainsAny(s, "\\\t\n\r") {
		b.WriteString(s)
		return
	}
	_, _ = tsvEscaper.WriteString(b, s) // a bytes.Buffer write never fails
}

// UnescapeTSV undoes the escaping of a TSV cell: \\, \t, \n and \r become
// a backslash, a tab, a line feed and a carriage return; any other
// backslash is kept as it is.
func UnescapeTSV(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		switch s[i+1] {
		case '\\':
			b.WriteByte('\\')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			b.WriteByte(c)
			continue
		}
		i++
	}
	return b.String()
}
