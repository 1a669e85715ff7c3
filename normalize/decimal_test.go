package normalize

import (
	"encoding/json"
	"testing"
)

func TestDecimal(t *testing.T) {
	tests := []struct {
		in    string
		scale int
		want  string
	}{
		{"4.1", 6, "4100000"},
		{"120938.5", 6, "120938500000"},
		{"62", 12, "62000000000000"},
		{"0.36", 0, "0.36"},
		{"1.00", 0, "1"},
		{"2.957", 9, "2957000000"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, err := ParseDecimal(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := d.Mul(pow10(tc.scale))
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(got)
			if string(b) != tc.want {
				t.Errorf("%s × 10^%d = %s; want %s", tc.in, tc.scale, b, tc.want)
			}
			var back Decimal
			if err := json.Unmarshal(b, &back); err != nil || back != got {
				t.Errorf("round trip of %s: got %v, %v", b, back, err)
			}
		})
	}
	if _, err := NewDecimal(123456789012, 0).Mul(NewDecimal(987654321098, 0)); err != ErrOverflow {
		t.Errorf("overflow: got %v; want ErrOverflow", err)
	}
	a, _ := ParseDecimal("4.24")
	b, _ := ParseDecimal("3.28")
	if d, _ := a.Sub(b); d.String() != "0.96" {
		t.Errorf("4.24 − 3.28 = %v; want 0.96", d)
	}
}

func TestParseDigits(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"36.000", "36000", true},
		{"1,00", "1", true},
		{"120.938,5", "120938.5", true},
		{"1.204.332", "1204332", true},
		{"1.500", "1500", true}, // a dot then three digits groups
		{"1,5", "1.5", true},    // a comma is the decimal mark
		{"2.5", "2.5", true},    // a dot then one digit is a decimal point
		{"0.500", "0.5", true},  // "0." never groups
		{"385,016,221", "385016221", true},
		{"1,234.5", "1234.5", true},
		{"02203.853.734", "", false},
		{"1.2345.678", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := parseDigits(tc.in)
			if ok != tc.ok || (ok && got.String() != tc.want) {
				t.Errorf("parseDigits(%q) = %v, %v; want %s, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}
