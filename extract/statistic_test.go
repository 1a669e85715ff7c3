package extract

import (
	"testing"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/normalize"
)

// TestStatistics: with Options.All, a figure that fits no indicator is a
// statistic record with what it measures and whose it is; without, it is
// no record, and the indicator records are the same either way.
func TestStatistics(t *testing.T) {
	doc := corpus.Document{ID: "s", Text: "Năm 2024, tỉnh giải quyết việc làm cho 21.400 lao động. Tổng doanh thu du lịch của tỉnh đạt 3.150 tỷ đồng. Tại Nhật Bản, tỷ lệ thất nghiệp ở mức 2,5%.\n"}
	plain := Extract(doc, Options{})
	if len(plain) != 1 || plain[0].Indicator != "employment.jobs_created" {
		t.Fatalf("plain: got %+v, want one jobs record", plain)
	}
	all := Extract(doc, Options{All: true})
	if len(all) != 3 {
		t.Fatalf("all: got %d records, want 3: %+v", len(all), all)
	}
	if all[0] != plain[0] {
		t.Errorf("all: the indicator record differs: %+v", all[0])
	}
	want := []struct{ measure, subject string }{
		{"Tổng doanh thu du lịch của tỉnh", ""},
		{"tỷ lệ thất nghiệp", "Nhật Bản"},
	}
	for i, w := range want {
		r := all[i+1]
		if r.Indicator != "" || r.Measure != w.measure || r.Subject != w.subject {
			t.Errorf("statistic %d: got indicator %q measure %q subject %q; want \"\" %q %q", i, r.Indicator, r.Measure, r.Subject, w.measure, w.subject)
		}
	}
}

// TestSlashRules: the first "a/b" of each example of a slash rule has the
// rule's meaning, and "a/b" that no rule reads is a result against its
// plan.
func TestSlashRules(t *testing.T) {
	check := func(text string, want SlashMeaning) {
		t.Helper()
		d := newDocument(corpus.Document{Text: text})
		for _, m := range d.mentionsIn(0, len(d.text)) {
			if m.Kind == normalize.Fraction {
				if got := d.slashMeaning(m); got != want {
					t.Errorf("%q: %q is %s, want %s", text, m.Text, got, want)
				}
				return
			}
		}
		t.Errorf("%q: no fraction read", text)
	}
	for _, r := range SlashRules {
		if len(r.Examples) == 0 {
			t.Errorf("%s: a slash rule needs examples", r.Meaning)
		}
		for _, ex := range r.Examples {
			check(ex, r.Meaning)
		}
	}
	check("Năm 2024 tuyển sinh đào tạo nghề 1.870/2.000 người.", SlashPlan)
	check("Hội nghị kéo dài đến 30/6 ở cả 12 huyện.", SlashDate) // a day held as 3 × 10¹
}

// TestStatisticFrame: a statistic record says what a figure is per, its
// form, the votes cast and a company's or a person's name as its subject;
// a date, a document number, a scale or a size written "a/b" is no
// statistic, and none of them gives an indicator record.
func TestStatisticFrame(t *testing.T) {
	type want struct {
		text, per, form, subject string
		of                       int64
	}
	cases := []struct {
		text string
		want []want
	}{
		{"Mỗi hộ trồng lúa được hỗ trợ 2 triệu đồng/ha.", []want{{"2 triệu đồng", "ha", "level", "", 0}}},
		{"Lương bình quân đạt 9,5 triệu đồng/người/tháng.", []want{{"9,5 triệu đồng/người", "người/tháng", "level", "", 0}}},
		{"Mỗi gia đình nhận 5 triệu đồng.", []want{{"5 triệu đồng", "gia đình", "level", "", 0}}},
		{"Giá cà phê tăng 2 lần so với đầu vụ.", []want{{"2 lần", "", "multiple", "", 0}}},
		{"Kim ngạch xuất khẩu giảm 120 triệu USD.", []want{{"120 triệu USD", "", "change", "", 0}}},
		{"Công ty Cổ phần Sông Lam báo lãi 340 tỷ đồng.", []want{{"340 tỷ đồng", "", "level", "Công ty Cổ phần Sông Lam", 0}}},
		{"Bà Lò Thị Mai được bồi thường 85 triệu đồng.", []want{{"85 triệu đồng", "", "level", "Bà Lò Thị Mai", 0}}},
		{"Nghị quyết được thông qua với 431/447 phiếu tán thành.", []want{{"431/447", "", "level", "", 447}}},
		{"Theo Nghị định 45/2019, bản đồ tỷ lệ 1/500 và lốp cỡ 215/60 được dùng từ 12/7.", nil},
	}
	for _, c := range cases {
		doc := corpus.Document{ID: "f", Text: c.text}
		if recs := Extract(doc, Options{}); len(recs) != 0 {
			t.Errorf("%q: indicator records %+v, want none", c.text, recs)
		}
		got := Extract(doc, Options{All: true})
		if len(got) != len(c.want) {
			t.Errorf("%q: %d statistic records, want %d: %+v", c.text, len(got), len(c.want), got)
			continue
		}
		for i, w := range c.want {
			r := got[i]
			of, _ := r.Of.Int()
			if r.Text != w.text || r.Per != w.per || r.Form != w.form || r.Subject != w.subject || of != w.of {
				t.Errorf("%q: got text %q per %q form %q subject %q of %s; want %q %q %q %q %d",
					c.text, r.Text, r.Per, r.Form, r.Subject, r.Of, w.text, w.per, w.form, w.subject, w.of)
			}
		}
	}
}
