package normalize

import (
	"strings"
	"testing"
)

// TestGluedNumbers checks that a number glued to the word before it is a
// figure when a space was lost after a lower-case Vietnamese word, and a
// code otherwise.
func TestGluedNumbers(t *testing.T) {
	cases := []struct {
		text string
		want int // numeric mentions
	}{
		{"trợ giúp14.860 hộ nghèo", 1},
		{"đưa vào cơ sở bắt buộc93 người.", 1},
		{"có 12 ca F0 mới", 1},      // "12 ca" only: F0 is a code
		{"virus H5N1 lây lan", 0},   // a code with letters after its digits
		{"dịch Covid19 kéo dài", 0}, // an upper-case word's code
		{"phòng A12, tầng 3", 0},
	}
	for _, c := range cases {
		n := 0
		for _, m := range Scan(c.text, Options{}) {
			if m.Kind.IsNumeric() {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d numeric mentions; want %d", c.text, n, c.want)
		}
	}
}

// TestDayWordDates checks that a day and month after a word of a day or a
// time of day is a date, and a bare one a fraction.
func TestDayWordDates(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"so với phiên 7/2", "date"},
		{"Chiều 25/3, hội nghị khai mạc", "date"},
		{"có 3/5 hộ được hỗ trợ", "fraction"},
		{"diễn ra từ ngày 1/2 đến 10/2", "date date"},
		{"đạt 91/300 xã", "fraction"},
	} {
		var kinds []string
		for _, m := range Scan(c.text, Options{}) {
			kinds = append(kinds, string(m.Kind))
		}
		if strings.Join(kinds, " ") != c.want {
			t.Errorf("%q: got %v, want %s", c.text, kinds, c.want)
		}
	}
}
