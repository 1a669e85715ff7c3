package normalize

import "testing"

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
