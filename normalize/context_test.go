package normalize

import (
	"testing"
	"time"
)

// TestScanInContext checks mentions whose reading depends on the words
// around them, which the case tables (one figure per row) cannot show.
func TestScanInContext(t *testing.T) {
	ref := time.Date(2024, 10, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		text string // the mention wanted, "" for none of kind
		kind Kind
		str  string // the value as the mention prints it (Str for periods); "-" for none
	}{
		// "nông thôn" is the countryside, not a hamlet ("thôn 6") before a house number
		{"đào tạo nghề cho lao động nông thôn 6.000 - 6.500 người", "6.000 - 6.500 người", Range, ""},
		{"Địa chỉ: thôn 6, xã Hòa Phú", "", Range, ""},
		// a spelled count of months opening a sentence
		{"Chín tháng đầu năm 2022, kinh tế tiếp tục tăng trưởng", "Chín tháng đầu năm 2022", PeriodKind, "2022-01/2022-09"},
		{"Sáu tháng đầu năm, toàn tỉnh", "Sáu tháng đầu năm", PeriodKind, "2024-H1"},
		// "N tháng qua" in a report of October: January to September
		{"9 tháng qua tỉnh đã hỗ trợ 312 người", "9 tháng qua", PeriodKind, "2024-01/2024-09"},
		// more months than have passed this year: a rolling window that Ref
		// does not resolve (Per holds what the text says)
		{"11 tháng qua, giá cả tăng", "11 tháng qua", PeriodKind, "-"},
		// a spelled count with no year is a duration, not a period
		{"Hai tháng qua, thời tiết thuận lợi", "", PeriodKind, ""},
	}
	for _, tt := range tests {
		var got *Mention
		for _, m := range Scan(tt.in, Options{Ref: ref}) {
			if m.Kind == tt.kind {
				got = &m
				break
			}
		}
		switch {
		case tt.text == "" && got != nil:
			t.Errorf("%q: unwanted %s %q", tt.in, got.Kind, got.Text)
		case tt.text != "" && got == nil:
			t.Errorf("%q: no %s, want %q", tt.in, tt.kind, tt.text)
		case tt.text != "" && (got.Text != tt.text || tt.str == "-" && got.Str != "" || tt.str != "" && tt.str != "-" && got.Str != tt.str):
			t.Errorf("%q: got %q (%s), want %q (%s)", tt.in, got.Text, got.Str, tt.text, tt.str)
		}
	}
}
