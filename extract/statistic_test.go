package extract

import (
	"testing"

	"github.com/solieu/solieu/corpus"
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
