package normalize

import (
	_ "embed"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runeBounds returns whether each offset of text, and its end, starts a
// rune as Go decodes it: an invalid byte, a stray continuation byte among
// them, is a rune of its own ("0\x80" is two runes), so a span may end
// before it without splitting anything.
func runeBounds(text string) []bool {
	at := make([]bool, len(text)+1)
	for i := range text {
		at[i] = true
	}
	at[len(text)] = true
	return at
}

// checkMentions asserts the scanner's invariants on any input: spans inside
// the text on rune boundaries, text[Start:End] == Text, sorted and
// non-overlapping mentions.
func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	bounds := runeBounds(text)
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, prev, text)
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("text[%d:%d] = %q; mention says %q", m.Start, m.End, text[m.Start:m.End], m.Text)
		}
		if !bounds[m.Start] || !bounds[m.End] {
			t.Fatalf("span [%d,%d) splits a rune in %q", m.Start, m.End, text)
		}
		prev = m.End
	}
}

// periodsTable is testdata/periods.tsv, whose phrases seed the fuzzers.
//
//go:embed testdata/periods.tsv
var periodsTable string

func seedFuzz(f *testing.F) {
	for _, path := range []string{filepath.Join("testdata", "cases.tsv")} {
		for _, c := range readCases(&testing.T{}, path) {
			f.Add(c.input)
		}
	}
	for _, line := range strings.Split(periodsTable, "\n") {
		if phrase, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			f.Add(phrase)
		}
	}
	f.Add("Tỷ lệ hộ nghèo giảm còn 1,00% (giảm 0,36% so với năm 2020), tổng số kinh phí 120.938,5 triệu đồng.")
	f.Add("\xff\x00 36.000\u00a0lao động \xc3")
	f.Add("0\x80") // stray continuation bytes after a number and a word
	f.Add("Năm 2020\xbd 36.000 người\x80.")
}

func FuzzScan(f *testing.F) {
	seedFuzz(f)
	ref := time.Date(2022, 11, 27, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		checkMentions(t, text, Scan(text, Options{}))
		ms := Scan(text, Options{Ref: ref})
		checkMentions(t, text, ms)
		for _, m := range ms {
			// a period's Str is its Per resolved, or "" for a form only Per describes
			if m.Kind == PeriodKind && (m.Per.IsZero() || m.Str != "" && m.Str != m.Per.Resolve(ref).String()) {
				t.Fatalf("%q: Str %q, Per %+v resolved %q", m.Text, m.Str, m.Per, m.Per.Resolve(ref))
			}
		}
	})
}

func FuzzSentences(f *testing.F) {
	seedFuzz(f)
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		bounds := runeBounds(text)
		for _, s := range Sentences(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad sentence span %v after %d", s, prev)
			}
			if !bounds[s.Start] || !bounds[s.End] {
				t.Fatalf("sentence %v splits a rune", s)
			}
			prev = s.End
		}
	})
}

// FuzzDecimalRoundTrip checks that grouped Vietnamese numbers read back to
// the digits they were made from.
func FuzzDecimalRoundTrip(f *testing.F) {
	f.Add(uint64(1234567), uint8(2))
	f.Add(uint64(0), uint8(0))
	f.Fuzz(func(t *testing.T, n uint64, places uint8) {
		n %= 1e15
		p := int(places % 4)
		digits := strings.Repeat("0", p+1) + itoa(n)
		intPart, frac := digits[:len(digits)-p], digits[len(digits)-p:]
		intPart = strings.TrimLeft(intPart, "0")
		if intPart == "" {
			intPart = "0"
		}
		// group the integer part with dots: 1.234.567
		var groups []string
		for len(intPart) > 3 {
			groups = append([]string{intPart[len(intPart)-3:]}, groups...)
			intPart = intPart[:len(intPart)-3]
		}
		groups = append([]string{intPart}, groups...)
		text := strings.Join(groups, ".")
		if p > 0 {
			text += "," + frac
		}
		if len(groups) == 1 && p == 0 {
			return
		}
		got, ok := parseDigits(text)
		if !ok {
			t.Fatalf("parseDigits(%q) failed", text)
		}
		want, err := ParseDecimal(strings.Join(groups, "") + map[bool]string{true: "." + frac, false: ""}[p > 0])
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("parseDigits(%q) = %v; want %v", text, got, want)
		}
	})
}

func itoa(n uint64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// TestScanBadInput feeds what must never take the scanner down.
func TestScanBadInput(t *testing.T) {
	big := strings.Repeat("Giải quyết việc làm cho 36.000 lao động, ", 1<<20/40)
	tests := map[string]string{
		"empty":        "",
		"invalid utf8": "\xff\xfe 1.500 người \xc3\x28 và 2,5%",
		"nul bytes":    "36.000\x00lao động\x00\x00 1,5%",
		"long line":    big,
		"only digits":  strings.Repeat("1.", 10000),
		"nested":       strings.Repeat("từ ", 5000) + "1 đến 2",
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			checkMentions(t, text, Scan(text, Options{}))
		})
	}
	if ms := Scan("\xff\xfe 1.500 người \xc3\x28", Options{}); len(ms) != 1 || ms[0].Value.String() != "1500" {
		t.Errorf("readable part of invalid UTF-8: got %v; want one mention 1500", ms)
	}
}
