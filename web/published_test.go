package web

import (
	"strings"
	"testing"
)

// TestPublished: Options.Published dates a pasted text that states no
// date ("năm nay" is its year); a text with its own date line keeps it.
func TestPublished(t *testing.T) {
	h := Handler(Options{Published: "2024-06-01"})
	for _, c := range []struct{ text, want string }{
		{"Năm nay, tỉnh Lai Châu giải quyết việc làm cho 5.100 lao động.", `"period":"2024"`},
		{"Lai Châu tổng kết năm\n\nNgày 20/12/2023\n\nNăm nay, tỉnh Lai Châu giải quyết việc làm cho 5.100 lao động.", `"period":"2023"`},
	} {
		rec := post(t, h, "/records", map[string]string{"text": c.text}, "")
		if body := rec.Body.String(); rec.Code != 200 || !strings.Contains(body, c.want) {
			t.Errorf("%q: %d %s, want %s", c.text, rec.Code, body, c.want)
		}
	}
}
