package check

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
)

// run checks one article with every relation reported and returns them as
// "rule stated=TEXT expected=VALUE" lines, consistent ones prefixed "ok ".
// TestArticleOutsideDomain: an article with no indicator figure gets no
// warning, however its figures relate; with one, its arithmetic is checked.
func TestArticleOutsideDomain(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Giá bán mẫu xe mới thấp hơn giá đề xuất 1 triệu đồng, trong đó bản cao cấp có giá 41 triệu đồng.", 0},
		{"Câu lạc bộ đề nghị tăng lương 9 lần cho cầu thủ, từ 20.000 bảng lên 100.000 bảng mỗi tuần.", 0},
		{"Năm 2023, số hộ nghèo giảm từ 4.250 hộ xuống còn 3.610 hộ, giảm 740 hộ.", 1},
	} {
		doc := corpus.Document{ID: "t", Text: c.text}
		if got := Article(doc, extract.Extract(doc, extract.Options{}), Options{}); len(got) != c.want {
			t.Errorf("%q: %d warnings, want %d", c.text, len(got), c.want)
		}
	}
}

func run(t *testing.T, text string) []string {
	t.Helper()
	doc := corpus.Document{ID: "t", Text: text}
	var out []string
	for _, w := range arithmetic(doc, extract.Extract(doc, extract.Options{}), Options{All: true}) {
		for _, f := range w.Figures {
			if text[f.Start:f.End] != f.Text {
				t.Errorf("figure %q: text[%d:%d] is %q", f.Text, f.Start, f.End, text[f.Start:f.End])
			}
		}
		s := fmt.Sprintf("%s stated=%s expected=%s", w.Rule, w.Figures[0].Text, w.Expected)
		if w.Consistent {
			s = "ok " + s
		}
		out = append(out, s)
	}
	return out
}

func TestArticle(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// changes against their two levels
		{"change in brackets", "Năm 2023, tỷ lệ hộ nghèo giảm 1,3% (từ 6,5% xuống còn 5,2%).",
			[]string{"ok change stated=1,3% expected=1.3"}},
		{"change in brackets, wrong", "Năm 2023, tỷ lệ hộ nghèo giảm 1,8% (từ 6,5% xuống còn 5,2%).",
			[]string{"change stated=1,8% expected=1.3"}},
		{"change after the levels", "Năm 2023, tỷ lệ lao động qua đào tạo tăng từ 62,5% lên 66,1%, tăng 3,6% so với năm 2022.",
			[]string{"ok change stated=3,6% expected=3.6"}},
		{"change the other way", "Năm 2023, tỷ lệ hộ nghèo giảm 0,4% (từ 2,1% lên 2,5%).",
			[]string{"change stated=0,4% expected=-0.4"}},
		{"change rounded to its own precision", "Năm 2017, tỷ lệ hộ nghèo giảm 1% (từ 4,24% xuống còn 3,28%).",
			[]string{"ok change stated=1% expected=0.96"}},
		{"levels rounded, change finer", "Năm 2017, tỷ lệ hộ nghèo giảm 0,96% (từ 4,2% xuống còn 3,3%).",
			[]string{"ok change stated=0,96% expected=0.9"}},
		{"relative change of money", "Năm 2023, thu nhập bình quân tăng 12% (từ 5 triệu đồng lên 5,6 triệu đồng).",
			[]string{"ok change stated=12% expected=12"}},
		{"a multiple", "Năm 2023, thu nhập bình quân tăng 2 lần, từ 3 triệu đồng lên 6 triệu đồng.",
			[]string{"ok change stated=2 lần expected=2"}},
		{"a multiple, wrong", "Năm 2023, thu nhập bình quân tăng 3 lần, từ 3 triệu đồng lên 6 triệu đồng.",
			[]string{"change stated=3 lần expected=2"}},
		{"count change", "Năm 2023, số hộ nghèo giảm từ 4.250 hộ xuống còn 3.610 hộ, giảm 640 hộ.",
			[]string{"ok change stated=640 hộ expected=640"}},
		{"count change, wrong", "Năm 2023, số hộ nghèo giảm từ 4.250 hộ xuống còn 3.610 hộ, giảm 740 hộ.",
			[]string{"change stated=740 hộ expected=640"}},
		{"another subject's change is not paired", "Năm 2023, tỷ lệ hộ nghèo giảm từ 4,5% xuống 3,2%, tỷ lệ hộ cận nghèo giảm 0,8%.", nil},
		{"a change on its own", "Năm 2021, tỷ lệ hộ nghèo giảm còn 1,5% (giảm 0,4% so với năm 2020).", nil},

		// fractions and their percents
		{"fraction", "Năm 2023, tuyển sinh đào tạo được 1.530/1.800 người, đạt 85% kế hoạch.",
			[]string{"ok fraction stated=85% expected=85"}},
		{"fraction, wrong", "Năm 2023, tuyển sinh đào tạo được 1.530/1.800 người, đạt 58% kế hoạch.",
			[]string{"fraction stated=58% expected=85"}},
		{"fraction after its percent", "Năm 2023, tuyển sinh đạt 85% (1.530/1.800 người).",
			[]string{"ok fraction stated=85% expected=85"}},
		{"fraction rounded", "Năm 2023, có 91/300 xã đạt chuẩn, đạt 30,3%.",
			[]string{"ok fraction stated=30,3% expected=30.3"}},
		{"fraction without percent", "Đến nay 2/3 xã đã đạt chuẩn nông thôn mới.", nil},
		{"a percent and then another item's fraction", "Năm 2023, tỷ lệ lao động qua đào tạo đạt 42%, 5/9 huyện có trung tâm giáo dục nghề nghiệp.", nil},
		{"a session's date is no fraction", "Năm 2023, tỷ lệ hộ nghèo giảm 1,2%, giảm 18% so với phiên 7/2.", nil},

		// attainment: actual and target of one indicator
		{"attainment, target in an earlier sentence", "Năm 2023, tỉnh Phú Thọ phấn đấu giải quyết việc làm cho 20.000 lao động.\n\nKết thúc năm 2023, toàn tỉnh đã giải quyết việc làm cho 23.600 lao động, đạt 128% kế hoạch.",
			[]string{"attainment stated=128% expected=118"}},
		{"attainment, target elsewhere for an unknown province", "Năm 2023, tỉnh phấn đấu giải quyết việc làm cho 20.000 lao động.\n\nKết thúc năm 2023, toàn tỉnh đã giải quyết việc làm cho 23.600 lao động, đạt 128% kế hoạch.", nil},
		{"attainment far from a target elsewhere", "Năm 2023, tỉnh Phú Thọ phấn đấu giải quyết việc làm cho 200.000 lao động.\n\nKết thúc năm 2023, toàn tỉnh đã giải quyết việc làm cho 23.600 lao động, đạt 118% kế hoạch.", nil},
		{"attainment of another year's target", "Năm 2024, tỉnh Phú Thọ phấn đấu giải quyết việc làm cho 20.000 lao động.\n\nKết thúc năm 2023, toàn tỉnh đã giải quyết việc làm cho 23.600 lao động, đạt 128% kế hoạch.", nil},

		// "trong đó" breakdowns
		{"breakdown", "Năm 2023, giải quyết việc làm cho 25.400 lao động, trong đó 3.100 lao động đi làm việc ở nước ngoài.",
			[]string{"ok breakdown stated=25.400 lao động expected=3100"}},
		{"part above its total", "Năm 2023, giải quyết việc làm cho 2.540 lao động, trong đó 3.100 lao động đi làm việc ở nước ngoài.",
			[]string{"breakdown stated=2.540 lao động expected=3100"}},
		{"parts above their total", "Năm 2023, đào tạo nghề cho 5.200 người, trong đó: trình độ trung cấp 2.100 người; trình độ sơ cấp 3.600 người.",
			[]string{"breakdown stated=5.200 người expected=5700"}},
		{"breakdown in brackets", "Năm 2017 giải quyết việc làm mới cho 18.500 lao động (trong đó 1.200 người đi xuất khẩu lao động).",
			[]string{"ok breakdown stated=18.500 lao động expected=1200"}},
		{"breakdown of another unit", "Năm 2023, giải quyết 13.000 thủ tục, trong đó tỷ lệ đúng hạn đạt 99,5%.", nil},
		{"a change is no total", "Năm 2023, giải quyết việc làm cho 25.000 lao động, tăng 1.200 lao động so với năm 2022, trong đó 3.000 lao động đi làm việc ở nước ngoài.",
			[]string{"ok breakdown stated=25.000 lao động expected=3000"}},
		{"breakdown ends at a semicolon", "Năm 2023, giải quyết việc làm cho 2.000 lao động, trong đó 300 lao động đi làm việc ở nước ngoài; tuyển sinh 4.100 người.",
			[]string{"ok breakdown stated=2.000 lao động expected=300"}},

		// totals with their parts
		{"sum with gồm", "Năm 2023, tỉnh hỗ trợ 1.250 người, gồm 700 lao động tự do và 550 người bán hàng rong.",
			[]string{"ok sum stated=1.250 người expected=1250"}},
		{"sum with gồm, wrong", "Năm 2023, tỉnh hỗ trợ 1.250 người, gồm 700 lao động tự do và 650 người bán hàng rong.",
			[]string{"sum stated=1.250 người expected=1350"}},
		{"sum with tổng cộng", "Quý I tuyển sinh 820 người, quý II tuyển sinh 1.140 người, tổng cộng 1.960 người.",
			[]string{"ok sum stated=1.960 người expected=1960"}},
		{"sum with tổng cộng, wrong", "Quý I tuyển sinh 820 người, quý II tuyển sinh 1.140 người, tổng cộng 2.060 người.",
			[]string{"sum stated=2.060 người expected=1960"}},
		{"sum over a qualified total", "Năm 2021, giải quyết việc làm cho hơn 36.000 lao động, gồm 20.100 lao động trong tỉnh và 16.020 lao động ngoài tỉnh.",
			[]string{"ok sum stated=hơn 36.000 lao động expected=36120"}},
		{"one part is no sum", "Năm 2023, hỗ trợ 1.250 người, gồm 700 lao động tự do.", nil},
		{"nested breakdown skipped", "Năm 2023, hỗ trợ 1.250 người, gồm 700 lao động tự do (trong đó 300 lao động nữ) và 550 người bán hàng rong.",
			[]string{"ok sum stated=1.250 người expected=1250", "ok breakdown stated=700 lao động expected=300"}},
		// a part's share of its total
		{"share", "Năm 2023, giải quyết việc làm cho 12.640 lao động, trong đó 5.210 lao động nữ, chiếm 41,2%.",
			[]string{"ok breakdown stated=12.640 lao động expected=5210", "ok share stated=41,2% expected=41.2"}},
		{"share, wrong", "Năm 2023, giải quyết việc làm cho 12.640 lao động, trong đó 5.210 lao động nữ, chiếm 46,2%.",
			[]string{"ok breakdown stated=12.640 lao động expected=5210", "share stated=46,2% expected=41.2"}},
		{"share with chiếm tỷ lệ, rounded", "Toàn tỉnh có 3.120 người khuyết tật, trong số đó 1.045 người được trợ cấp hằng tháng, chiếm tỷ lệ 33%.",
			[]string{"ok breakdown stated=3.120 người khuyết tật expected=1045", "ok share stated=33% expected=33"}},
		{"share of a total not stated", "Năm 2023, toàn tỉnh còn 6.874 hộ nghèo, chiếm 2,15%.", nil},
		{"share after a semicolon", "Năm 2023, tuyển sinh 4.200 người; trong đó 1.300 người học nghề dài hạn, chiếm 31%.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// rec makes a record of the figure written sub in text.
func rec(text, sub, indicator string, value int64, unit normalize.Unit, kind extract.Kind, period string) extract.Record {
	i := strings.Index(text, sub)
	s := normalize.Sentences(text)[0]
	for _, sp := range normalize.Sentences(text) {
		if sp.Start <= i && i < sp.End {
			s = sp
		}
	}
	return extract.Record{Doc: "t", Indicator: indicator, Value: normalize.NewDecimal(value, 0), Unit: unit, Qualifier: normalize.Exact,
		Kind: kind, Period: period, Region: "Phú Thọ", Text: sub, Start: i, End: i + len(sub), Sentence: text[s.Start:s.End]}
}

// TestAttainment gives Article its records by hand, so that it tests the
// check and not the extraction.
func TestAttainment(t *testing.T) {
	const jobs = "employment.jobs_created"
	t1 := "Năm 2023, toàn tỉnh đã đưa 2.450 lao động đi làm việc ở nước ngoài, đạt 122,5% kế hoạch (kế hoạch giao 2.000 lao động)."
	t2 := "Kế hoạch năm 2023 là 20.000 lao động. Sáu tháng đầu năm 2023 đã giải quyết việc làm cho 9.100 lao động, đạt 54% kế hoạch năm."
	t3 := "Năm 2023 đạt 118% kế hoạch với 23.600 lao động."
	t5 := "Sáu tháng đầu năm 2023, toàn tỉnh giải quyết việc làm cho 8.916 người, đạt 44,58% kế hoạch. Sáu tháng cuối năm, phấn đấu giải quyết việc làm cho trên 11.600 người."
	t4 := "Kế hoạch năm 2023 là 20.000 lao động. Kế hoạch điều chỉnh năm 2023 là 22.000 lao động. Năm 2023 đã giải quyết việc làm cho 23.600 lao động, đạt 118% kế hoạch."
	tests := []struct {
		name string
		text string
		recs []extract.Record
		want string
	}{
		{"target in the clause", t1, []extract.Record{
			rec(t1, "2.450 lao động", jobs, 2450, normalize.Person, extract.Actual, "2023"),
			rec(t1, "122,5%", jobs, 1225, normalize.PercentOfPlan, extract.Actual, "2023"),
			rec(t1, "2.000 lao động", jobs, 2000, normalize.Person, extract.Target, "2023"),
		}, "ok attainment stated=122,5% expected=122.5"},
		{"half year against the year's plan", t2, []extract.Record{
			rec(t2, "20.000 lao động", jobs, 20000, normalize.Person, extract.Target, "2023"),
			rec(t2, "9.100 lao động", jobs, 9100, normalize.Person, extract.Actual, "2023-H1"),
			rec(t2, "54%", jobs, 54, normalize.PercentOfPlan, extract.Actual, "2023-H1"),
		}, "attainment stated=54% expected=46"},
		{"a floor elsewhere is no plan", t5, func() []extract.Record {
			floor := rec(t5, "trên 11.600 người", jobs, 11600, normalize.Person, extract.Target, "2023")
			floor.Qualifier = normalize.Over
			pct := rec(t5, "44,58%", jobs, 0, normalize.PercentOfPlan, extract.Actual, "2023-H1")
			pct.Value = normalize.NewDecimal(4458, -2)
			return []extract.Record{
				rec(t5, "8.916 người", jobs, 8916, normalize.Person, extract.Actual, "2023-H1"),
				pct,
				floor,
			}
		}(), ""},
		{"no actual before the percent", t3, []extract.Record{
			rec(t3, "118%", jobs, 118, normalize.PercentOfPlan, extract.Actual, "2023"),
			rec(t3, "23.600 lao động", jobs, 23600, normalize.Person, extract.Actual, "2023"),
		}, ""},
	}
	ambiguous := []extract.Record{
		rec(t4, "20.000 lao động", jobs, 20000, normalize.Person, extract.Target, "2023"),
		rec(t4, "22.000 lao động", jobs, 22000, normalize.Person, extract.Target, "2023"),
		rec(t4, "23.600 lao động", jobs, 23600, normalize.Person, extract.Actual, "2023"),
		rec(t4, "118%", jobs, 118, normalize.PercentOfPlan, extract.Actual, "2023"),
	}
	tests = append(tests, struct {
		name string
		text string
		recs []extract.Record
		want string
	}{"two targets elsewhere are ambiguous", t4, ambiguous, ""})
	tests[0].recs[1].Value = normalize.NewDecimal(1225, -1)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, w := range Article(corpus.Document{ID: "t", Text: tt.text}, tt.recs, Options{All: true}) {
				s := fmt.Sprintf("%s stated=%s expected=%s", w.Rule, w.Figures[0].Text, w.Expected)
				if w.Consistent {
					s = "ok " + s
				}
				got = append(got, s)
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("got %q; want %q", got, tt.want)
			}
		})
	}
}

func TestArticleOnlyWarnings(t *testing.T) {
	text := "Năm 2023, tỷ lệ hộ nghèo giảm 1,3% (từ 6,5% xuống còn 5,2%). Năm 2023, tỉnh hỗ trợ 1.250 người, gồm 700 lao động tự do và 650 người bán hàng rong."
	doc := corpus.Document{ID: "t", Text: text}
	ws := Article(doc, extract.Extract(doc, extract.Options{}), Options{})
	if len(ws) != 1 || ws[0].Rule != Sum || ws[0].Consistent {
		t.Fatalf("got %+v; want one sum warning", ws)
	}
	if got, want := ws[0].Docs, []string{"t"}; len(got) != 1 || got[0] != want[0] {
		t.Errorf("docs: got %v; want %v", got, want)
	}
}

func TestAcross(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string // "" for no conflict
	}{
		{"different values", "Năm 2024, tỉnh Nghệ An giải quyết việc làm cho 46.820 lao động.", "Năm 2024, tỉnh Nghệ An giải quyết việc làm cho 43.150 lao động.",
			"conflict stated=43.150 lao động other=46.820 lao động expected=46820 docs=[b a]"},
		{"over a rounded value", "Năm 2021, tỉnh Hải Dương giải quyết việc làm cho hơn 36.000 lao động.", "Năm 2021, tỉnh Hải Dương giải quyết việc làm cho 36.120 lao động.", ""},
		{"a rounded value", "Năm 2021, tỉnh Hải Dương giải quyết việc làm cho 36.000 lao động.", "Năm 2021, tỉnh Hải Dương giải quyết việc làm cho 36.120 lao động.", ""},
		{"over, but too far", "Năm 2021, tỉnh Hải Dương giải quyết việc làm cho hơn 36.000 lao động.", "Năm 2021, tỉnh Hải Dương giải quyết việc làm cho 38.500 lao động.",
			"conflict stated=38.500 lao động other=hơn 36.000 lao động expected=36000 docs=[b a]"},
		{"a rate rounded", "Năm 2024, tỷ lệ hộ nghèo của tỉnh Nghệ An còn 3,1%.", "Năm 2024, tỷ lệ hộ nghèo của tỉnh Nghệ An còn 3,12%.", ""},
		{"a rate off", "Năm 2024, tỷ lệ hộ nghèo của tỉnh Nghệ An còn 3,1%.", "Năm 2024, tỷ lệ hộ nghèo của tỉnh Nghệ An còn 3,4%.",
			"conflict stated=3,4% other=3,1% expected=3.1 docs=[b a]"},
		{"different years", "Năm 2023, tỉnh Nghệ An giải quyết việc làm cho 46.820 lao động.", "Năm 2024, tỉnh Nghệ An giải quyết việc làm cho 43.150 lao động.", ""},
		{"different provinces", "Năm 2024, tỉnh Nghệ An giải quyết việc làm cho 46.820 lao động.", "Năm 2024, tỉnh Hà Tĩnh giải quyết việc làm cho 43.150 lao động.", ""},
		{"no province", "Năm 2024, toàn tỉnh giải quyết việc làm cho 46.820 lao động.", "Năm 2024, toàn tỉnh giải quyết việc làm cho 43.150 lao động.", ""},
		{"target and actual", "Năm 2024, tỉnh Nghệ An phấn đấu giải quyết việc làm cho 46.000 lao động.", "Năm 2024, tỉnh Nghệ An giải quyết việc làm cho 43.150 lao động.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Checker
			for _, d := range []corpus.Document{{ID: "a", Source: "a.txt", Text: tt.a}, {ID: "b", Source: "b.txt", Text: tt.b}} {
				if _, ws := c.Add(d); len(ws) > 0 {
					t.Fatalf("article %s: unexpected warnings %+v", d.ID, ws)
				}
			}
			ws := c.Across()
			var got []string
			for _, w := range ws {
				got = append(got, fmt.Sprintf("%s stated=%s other=%s expected=%s docs=%v", w.Rule, w.Figures[0].Text, w.Figures[1].Text, w.Expected, w.Docs))
				if w.Figures[0].Source != "b.txt" || w.Figures[1].Source != "a.txt" {
					t.Errorf("sources: got %q and %q; want b.txt and a.txt", w.Figures[0].Source, w.Figures[1].Source)
				}
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

func TestAcrossSameDocument(t *testing.T) {
	recs := []extract.Record{
		{Doc: "a", Indicator: "employment.jobs_created", Value: normalize.NewDecimal(100, 0), Unit: normalize.Person, Qualifier: normalize.Exact, Kind: extract.Actual, Period: "2024", Region: "Nghệ An", Text: "100 người"},
		{Doc: "a", Indicator: "employment.jobs_created", Value: normalize.NewDecimal(200, 0), Unit: normalize.Person, Qualifier: normalize.Exact, Kind: extract.Actual, Period: "2024", Region: "Nghệ An", Text: "200 người"},
	}
	if ws := Across(recs, Options{}); len(ws) != 0 {
		t.Errorf("got %+v; want no warning within one document", ws)
	}
}

func TestPrecision(t *testing.T) {
	tests := []struct {
		value string
		text  string
		unit  normalize.Unit
		q     normalize.Qualifier
		want  int
	}{
		{"1", "1,00", normalize.PercentUnit, normalize.Exact, -2},
		{"1.5", "1,50", normalize.PercentUnit, normalize.Exact, -2},
		{"0.96", "0,96", normalize.PercentUnit, normalize.Exact, -2},
		{"100", "100", normalize.PercentUnit, normalize.Exact, 0},
		{"110", "10", normalize.PercentOfPlan, normalize.Exact, 0},
		{"36000", "36.000", normalize.Person, normalize.Exact, 3},
		{"1000", "1.000", normalize.Person, normalize.Exact, 2},
		{"1000", "1.000", normalize.Person, normalize.Over, 3},
		{"18923", "18.923", normalize.Person, normalize.Exact, 0},
		{"120938500000", "120.938,5", normalize.VND, normalize.Exact, 5},
		{"120938500000", "120.938,50", normalize.VND, normalize.Exact, 4},
		{"385016221", "385,016,221", normalize.NoUnit, normalize.Exact, 0},
		{"0", "0", normalize.Person, normalize.Exact, 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			v, err := normalize.ParseDecimal(tt.value)
			if err != nil {
				t.Fatal(err)
			}
			if got := precision(v, tt.text, tt.unit, tt.q); got != tt.want {
				t.Errorf("precision(%s, %q, %s, %s) = %d; want %d", tt.value, tt.text, tt.unit, tt.q, got, tt.want)
			}
		})
	}
}

func TestRoundTo(t *testing.T) {
	tests := []struct {
		num, den int64
		exp      int
		want     string
	}{
		{91, 3, -1, "30.3"},
		{-91, 3, -1, "-30.3"},
		{5, 2, 0, "3"},
		{-5, 2, 0, "-3"},
		{36120, 1, 3, "36000"},
		{1, 3, -4, "0.3333"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d/%d@%d", tt.num, tt.den, tt.exp), func(t *testing.T) {
			d, ok := roundTo(bigRat(tt.num, tt.den), tt.exp)
			if !ok || d.String() != tt.want {
				t.Errorf("got %s, %v; want %s", d, ok, tt.want)
			}
		})
	}
}

func TestVINumber(t *testing.T) {
	for in, want := range map[string]string{"36120": "36.120", "0.96": "0,96", "120938.5": "120.938,5", "-1234567": "-1.234.567", "100": "100"} {
		d, _ := normalize.ParseDecimal(in)
		if got := viNumber(d); got != want {
			t.Errorf("viNumber(%s) = %q; want %q", in, got, want)
		}
	}
}

func TestAnnotate(t *testing.T) {
	text := "Năm 2023, tỉnh hỗ trợ 1.250 người, gồm 700 lao động tự do và 650 người bán hàng rong. Hôm nay: 1,095."
	doc := corpus.Document{ID: "t", Text: text}
	recs := extract.Extract(doc, extract.Options{})
	ws := Article(doc, recs, Options{})
	anns := Annotate(doc, recs, ws)
	var got []string
	for _, a := range anns {
		got = append(got, fmt.Sprintf("%s records=%d warnings=%v", a.Mention.Text, len(a.Records), a.Warnings))
	}
	want := []string{"1.250 người records=1 warnings=[0]", "700 lao động records=0 warnings=[0]", "650 người records=0 warnings=[0]", "1,095 records=0 warnings=[]"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func bigRat(a, b int64) *big.Rat { return big.NewRat(a, b) }

// TestYearHolds: a year holds its halves, quarters, months and spans of
// months, not other years, terms or parts of other years.
func TestYearHolds(t *testing.T) {
	for _, c := range []struct {
		outer, p string
		want     bool
	}{
		{"2020", "2020-H1", true}, {"2020", "2020-01/2020-05", true}, {"2020", "2020-Q3", true}, {"2020", "2020-06", true},
		{"2020", "2020", true}, {"2020", "2021-H1", false}, {"2020", "2016/2020", false}, {"2016/2020", "2018", false},
		{"2020-H1", "2020-03", false}, {"", "2020", false}, {"2020", "x", false},
	} {
		if got := yearHolds(c.outer, c.p); got != c.want {
			t.Errorf("yearHolds(%q, %q) = %v, want %v", c.outer, c.p, got, c.want)
		}
	}
}
