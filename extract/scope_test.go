package extract

import (
	"strings"
	"testing"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/normalize"
)

// TestReadDateline: the publication date comes from metadata, a date line
// in the head, or an ISO date opening the text; never from the body.
func TestReadDateline(t *testing.T) {
	cases := []struct {
		name, meta, text, want, from string
	}{
		{"metadata wins", "2022-05-01", "Tiêu đề\n12/3/2021\nNội dung.", "2022-05-01", "metadata"},
		{"date line with weekday and clock", "", "Tin tức\nTỉnh tổ chức hội nghị việc làm\nThứ Năm, 14/04/2022 08:30\nNgày 13/4, Sở cho biết.", "2022-04-14T08:30", "date line"},
		{"page furniture around it", "", "Trang chủ | Tin tức\nBáo cáo quý I\nNgày đăng: 05/04/2023 | Lượt xem: 212\nNội dung.", "2023-04-05", "date line"},
		{"ISO month at the start", "", "date 2021-06 Sở cho biết tỷ lệ thất nghiệp tháng 6/2021 là 1,2%.", "2021-06", "ISO date at the start"},
		{"ISO day at the start", "", "2020-11-03\nHội nghị tổng kết.", "2020-11-03", "ISO date at the start"},
		{"a body date is not the date", "", "Tỉnh giải quyết việc làm cho 1.200 người trong 6 tháng đầu năm, tăng so với thời điểm 31/12/2020 là 300 người, theo báo cáo mới nhất của Sở Lao động - Thương binh và Xã hội gửi các cơ quan liên quan và báo chí.", "", ""},
		{"a date in a sentence of the head", "", "Chiều 22/6/2017, tại trụ sở, lãnh đạo tỉnh tiếp đoàn đại biểu người có công.\nNội dung.", "", ""},
		{"no date", "", "Tiêu đề\nNội dung không có ngày.", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tk := normalize.Tokenize(c.text)
			defer tk.Release()
			got := readDateline(c.meta, nil, tk)
			if got.value != c.want || got.from != c.from {
				t.Errorf("got %q from %q, want %q from %q", got.value, got.from, c.want, c.from)
			}
			if got.start < got.end && c.text[got.start:got.end] == "" {
				t.Errorf("empty span")
			}
		})
	}
}

// TestParseRef: a month resolves to its last day.
func TestParseRef(t *testing.T) {
	for v, want := range map[string]string{"2021-06": "2021-06-30", "2020-02": "2020-02-29", "2023-10-31T01:10": "2023-10-31", "x": "0001-01-01"} {
		if got := parseRef(v).Format("2006-01-02"); got != want {
			t.Errorf("parseRef(%q) = %s, want %s", v, got, want)
		}
	}
}

// TestBlocksGiveStructure: a page's date element gives the date even when
// its line holds more words than a text date line may, and a heading
// element is a heading whatever its wording.
func TestBlocksGiveStructure(t *testing.T) {
	text := "Tin địa phương\nBài đăng lúc 9 giờ sáng thứ Bảy, ngày 12/3/2022 theo giờ Hà Nội\nNhững việc cần làm cho năm 2023 của ngành lao động tỉnh\nGiải quyết việc làm cho 1.500 lao động.\n"
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	ds, de := at("Bài đăng lúc 9 giờ sáng thứ Bảy, ngày 12/3/2022 theo giờ Hà Nội")
	hs, he := at("Những việc cần làm cho năm 2023 của ngành lao động tỉnh")
	doc := corpus.Document{ID: "p", Text: text, HTML: true, Blocks: []corpus.Block{
		{Kind: corpus.DateLine, Start: ds, End: de},
		{Kind: corpus.Heading, Level: 2, Start: hs, End: he},
	}}
	tk := normalize.Tokenize(text)
	defer tk.Release()
	if got := readDateline("", doc.Blocks, tk); got.value != "2022-03-12" {
		t.Errorf("dateline from the date element: got %q", got.value)
	}
	if got := readDateline("", nil, tk); got.value != "" {
		t.Errorf("without the element the line holds too many words to be a date line: got %q", got.value)
	}
	d := newDocument(doc)
	defer d.tk.Release()
	found := false
	for _, h := range d.heads {
		if d.text[d.toks[h.a].Start:d.toks[h.b-1].End] == text[hs:he] && h.level == 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("the heading element is not a heading of level 2: %+v", d.heads)
	}
}

// TestRelativePeriods: "năm qua" (the year just ended) dates figures by
// the publication date, and without one leaves them undated; a Tết named
// by stem and branch is dated by the publication date, or with none by
// the years the text states, else as the namesake of 2000–2059, and dates
// its own sentence only.
func TestRelativePeriods(t *testing.T) {
	checkReadings(t, func(r Record) string { return r.Period }, []readingCase{
		{"2025-01-08", "Năm qua, toàn huyện giải quyết việc làm cho 2.340 lao động.\n", "2024"}, // an early-next-year review
		{"2024-12-26", "Năm qua, toàn huyện giải quyết việc làm cho 2.340 lao động.\n", "2024"}, // a year-end review
		{"", "Năm qua, toàn huyện giải quyết việc làm cho 2.340 lao động.\n", ""},
		{"", "Sau Tết Canh Tý, công tác năm 2020 được triển khai sớm.\nDịp Tết Canh Tý, huyện đã tặng 1.150 suất quà cho hộ nghèo với tổng kinh phí 575 triệu đồng.\n",
			"2020, 2020"},
		{"2020-02-03", "Dịp Tết Canh Tý, huyện đã tặng 1.150 suất quà cho hộ nghèo với tổng kinh phí 575 triệu đồng.\n", "2020, 2020"},
		// with no date and no year: the Canh Tý of 2000–2059, not 1960
		{"", "Dịp Tết Canh Tý, huyện đã tặng 1.150 suất quà cho hộ nghèo với tổng kinh phí 575 triệu đồng.\n", "2020, 2020"},
		{"", "Dịp Tết Ất Tỵ, huyện đã tặng 980 suất quà cho hộ nghèo.\n", "2025"},
		// said at Tết, "năm qua" is the year before the Tết's
		{"", "Công đoàn tỉnh triển khai sớm nhiệm vụ của năm 2020.\nDịp Tết Canh Tý, công đoàn tỉnh đã trao 3.200 suất quà cho công nhân. Năm qua, các cấp công đoàn đã hỗ trợ 1.150 công nhân mất việc.\n", "2020, 2019"},
		// a bare "Tết" before the Tết the article names with its year: that Tết
		{"", "Kinh phí chăm lo Tết của tỉnh là 6,4 tỷ đồng hỗ trợ người lao động.\nTết Giáp Thìn 2024, các huyện tổ chức thăm hỏi gia đình chính sách.\n", "2024"},
		// in an article with no period of its own, a Tết dates what follows
		{"2022-01-25", "Trao quà cho người nghèo\nTết Nhâm Dần 2022, tỉnh giao các sở thăm hỏi gia đình khó khăn.\nCác huyện đã tặng quà cho 640 người nghèo.\n", "2022"},
		// the occasion does not date the report's next sentence
		{"2020-04-05", "Kết quả quý I/2020\nDịp Tết Canh Tý, huyện đã tặng quà cho 1.150 người nghèo. Huyện đã giải quyết việc làm cho 640 lao động.\n", "2020, 2020-Q1"},
	})
}

// A readingCase is a text, its publication date ("" for none) and the
// readings of its records wanted, joined by ", ".
type readingCase struct{ published, text, want string }

// checkReadings extracts each case's text and compares show of each of its
// records, in order, with the case's want.
func checkReadings(t *testing.T, show func(Record) string, cases []readingCase) {
	t.Helper()
	for _, c := range cases {
		var got []string
		for _, r := range Extract(corpus.Document{ID: "c", Text: c.text, Published: c.published}, Options{}) {
			got = append(got, show(r))
		}
		if g := strings.Join(got, ", "); g != c.want {
			t.Errorf("published %q, %q:\ngot  %s\nwant %s", c.published, c.text, g, c.want)
		}
	}
}

// kindPeriod shows a record's kind and period.
func kindPeriod(r Record) string { return string(r.Kind) + " " + r.Period }

// TestEchoHeadline: a headline figure that reads as a result takes the
// reading of the same figure in the article when that one is a plan, and a
// headline that marks its own estimate keeps it.
func TestEchoHeadline(t *testing.T) {
	checkReadings(t, kindPeriod, []readingCase{
		{"2026-01-10", "Năm 2026 tạo việc làm cho 24.000 lao động\n\nNăm 2026, ngành lao động tỉnh phấn đấu tạo việc làm cho 24.000 lao động và tuyển sinh đào tạo nghề cho 15.000 người, bằng năm trước.\n",
			"target 2026, target 2026, target 2026"},
		{"2025-11-20", "Tỉnh dự kiến còn 2,9% hộ nghèo cuối năm 2025\n\nĐến hết năm 2025, tỷ lệ hộ nghèo toàn tỉnh còn khoảng 2,9%, thấp hơn năm trước nhiều.\n",
			"estimate 2025, actual 2025"},
		// a result the headline does not date is of the body's period, not
		// of the date line's year
		{"2025-01-12", "Quảng Trị giải quyết việc làm cho 15.600 lao động\n\nNăm 2024, toàn tỉnh giải quyết việc làm cho 15.600 lao động, vượt 4% kế hoạch.\n",
			"actual 2024, actual 2024, actual 2024"},
	})
}

// TestPlanPeriodDoesNotDateState: the year of a plan does not date a later
// figure that says what stands now; a result sentence after a report's
// own year keeps that year.
func TestPlanPeriodDoesNotDateState(t *testing.T) {
	checkReadings(t, func(r Record) string { return r.Indicator + " " + kindPeriod(r) }, []readingCase{
		{"", "Tỉnh ủy đặt ra mục tiêu đến năm 2030 có 60% lao động tham gia bảo hiểm xã hội. Tuy nhiên, tính đến nay, mới có khoảng 212.000 lao động tham gia bảo hiểm xã hội.\n",
			"social_insurance.coverage_rate target 2030, social_insurance.participants actual "},
		{"", "Năm 2024, toàn tỉnh có 212.000 lao động tham gia bảo hiểm xã hội. Hiện có 8.300 người hưởng trợ cấp thất nghiệp.\n",
			"social_insurance.participants actual 2024, employment.unemployment_benefit_recipients actual 2024"},
	})
}

// TestArticleEvidence: a declaration with common cue words takes a figure
// only in an article that speaks of its domain somewhere, in its title or
// in another sentence.
func TestArticleEvidence(t *testing.T) {
	for _, c := range []struct{ title, text string }{
		{"", "Công ty đã hỗ trợ 85 khách hàng với số tiền 1,2 tỷ đồng.\n"},
		{"", "Đội bóng được nhà tài trợ hỗ trợ 3 tỷ đồng trước mùa giải.\n"},
		{"", "Năm 2024, có 1.240 sinh viên tốt nghiệp loại giỏi.\n"},
	} {
		if recs := Extract(corpus.Document{ID: "a", Title: c.title, Text: c.text}, Options{}); len(recs) != 0 {
			t.Errorf("%q: got %+v, want no record", c.text, recs)
		}
	}
	for _, c := range []struct{ title, text, want string }{
		{"Chăm lo cho người lao động dịp cuối năm", "Công đoàn đã hỗ trợ với số tiền 1,2 tỷ đồng.\n", "support.funding"},
		{"", "Các trường cao đẳng nghề báo cáo kết quả năm học.\nNăm 2024, có 1.240 sinh viên tốt nghiệp loại giỏi.\n", "vocational.graduates"},
	} {
		recs := Extract(corpus.Document{ID: "a", Title: c.title, Text: c.text}, Options{})
		if len(recs) != 1 || recs[0].Indicator != c.want {
			t.Errorf("%q: got %+v, want one %s record", c.text, recs, c.want)
		}
	}
}

// TestReviewCases: cases a review found (2026-12-03): a plan in brackets
// after "con số này" does not crash; "Tết Trung thu" is no Tết season;
// gifts given ("đã") for the coming Tết are no target.
func TestReviewCases(t *testing.T) {
	recs := Extract(corpus.Document{ID: "r", Text: "Năm 2023, tỉnh giải quyết việc làm cho 20.000 lao động. Con số này (kế hoạch 18.000 người) vượt xa năm trước.\n"}, Options{})
	if len(recs) == 0 {
		t.Errorf("con số này with a plan in brackets: no record")
	}
	// an attainment is a result even where a plan governs the text
	for _, r := range Extract(corpus.Document{ID: "r", Text: "Năm 2024, tỉnh phấn đấu đưa 300 người đi làm việc ở nước ngoài theo hợp đồng. Cả năm có 215 người xuất cảnh theo hợp đồng, đạt 71,7% kế hoạch.\n"}, Options{}) {
		if r.Unit == normalize.PercentOfPlan && r.Kind == Target {
			t.Errorf("attainment %s read as a target", r.Value)
		}
	}
	checkReadings(t, kindPeriod, []readingCase{
		{"2025-10-03", "Vui Tết Trung thu cùng trẻ em\nHuyện đã trao quà cho 640 trẻ em nghèo.\n", "actual 2025"},
		{"2024-12-20", "Trao quà Tết cho hộ nghèo\nTỉnh đã trao 3.000 suất quà cho hộ nghèo.\n", "actual 2025"},
		// N years in the context of a term of N years are that term, not
		// the N years before the publication date; "N năm qua" alone are
		{"2024-12-20", "Giai đoạn 2016 - 2020, huyện thực hiện chương trình giảm nghèo bền vững. Sau 5 năm thực hiện, toàn huyện giảm 5.000 hộ nghèo.\n", "actual 2016/2020"},
		{"2024-12-20", "Năm 2024, huyện có nhiều đổi mới. Trong 5 năm qua, toàn huyện giảm 5.000 hộ nghèo.\n", "actual 2020/2024"},
		// "cùng kỳ năm trước" opening a clause dates it: the period of the
		// text a year earlier (after "so với" it is only the comparison's base)
		{"2025-04-20", "Quý I/2025, toàn tỉnh có 18.240 người hưởng trợ cấp thất nghiệp. Cùng kỳ năm trước, con số này là 17.020 người.\n", "actual 2025-Q1, actual 2024-Q1"},
		{"2025-04-20", "Quý I/2025, toàn tỉnh giải quyết việc làm cho 8.200 lao động, tăng 5% so với cùng kỳ năm trước.\n", "actual 2025-Q1"},
	})
	// with no date line, "năm nay" is the year of writing, which the text
	// does not date, for its sentence and the rest of its paragraph; and
	// what stands now takes no year said of something before it
	checkReadings(t, kindPeriod, []readingCase{
		{"", "Năm 2023, huyện giải quyết việc làm cho 2.400 lao động.\nTrong 9 tháng đầu năm nay, huyện giải quyết việc làm cho 1.950 lao động. Huyện cũng đưa 120 người đi làm việc ở nước ngoài.\n",
			"actual 2023, actual , actual "},
		{"", "Năm 2023, huyện giải quyết việc làm cho 2.400 lao động.\nHiện tỷ lệ hộ nghèo của huyện là 4,2%.\n", "actual 2023, actual "},
		{"2024-05-02", "Năm 2023, huyện giải quyết việc làm cho 2.400 lao động.\nTrong 3 tháng đầu năm nay, huyện giải quyết việc làm cho 640 lao động.\n", "actual 2023, actual 2024-Q1"},
	})
	// in a review of a term, a change compared with a year inside it is
	// no change over the term; compared with the year before the term, it is
	for _, c := range []struct{ base, want string }{{"2024", "estimate 2025"}, {"2020", "estimate 2021/2025"}} {
		doc := corpus.Document{ID: "c", Title: "Huyện Mường Tè: 5 năm giảm nghèo 2021 - 2025", Published: "2025-09-20",
			Text: "Ước đến hết năm 2025, tỷ lệ hộ nghèo của huyện còn 8,2%, giảm 3,1% so với cuối năm " + c.base + ".\n"}
		recs := Extract(doc, Options{})
		if len(recs) != 2 || kindPeriod(recs[1]) != c.want {
			t.Errorf("compared with %s: got %v, want the fall's %s", c.base, recs, c.want)
		}
	}
}

// TestLevelsInATermReview: in a review of a term, a level is of a point
// in time: a bracket that glosses the start of the term ("đầu giai đoạn
// (cuối năm 2020), …") dates what follows it, and a level after "đến cuối
// năm 2025" is that year's, not the term's.
func TestLevelsInATermReview(t *testing.T) {
	checkReadings(t, func(r Record) string { return r.Indicator + " " + r.Period }, []readingCase{
		{"", "Giảm nghèo bền vững giai đoạn 2021-2025\nTheo báo cáo, đầu giai đoạn (cuối năm 2020), theo chuẩn nghèo đa chiều, toàn tỉnh có 12.400 hộ nghèo, chiếm tỷ lệ 8,2%.\n",
			"poverty.poor_households 2020, poverty.rate 2020"},
		{"", "Kết quả giảm nghèo giai đoạn 2021-2025\nSau 5 năm thực hiện, đến cuối năm 2025, số hộ nghèo còn 4.100 hộ, tỷ lệ hộ nghèo còn 2,6%.\n",
			"poverty.poor_households 2025, poverty.rate 2025"},
	})
}

// TestListsOfPeriods: lines that open with a period label and a colon
// ("Năm 2021: 18.200 người", "- Năm 2023: giảm 3,86%") are the items of
// the list the line before them opens with a colon: each takes the head's
// cue, or, when the head names none ("Số liệu theo từng quý như sau:"),
// the indicator of the figure before the list; the label dates it.
func TestListsOfPeriods(t *testing.T) {
	checkReadings(t, func(r Record) string {
		return r.Indicator + " " + r.Value.String() + " " + string(r.Kind) + " " + r.Period
	}, []readingCase{
		{"2025-01-20", "Số lao động được giải quyết việc làm qua các năm:\nNăm 2022: 15.300 người\nNăm 2023: 16.120 người\nNăm 2024 (ước): 16.800 người\n",
			"employment.jobs_created 15300 actual 2022, employment.jobs_created 16120 actual 2023, employment.jobs_created 16800 estimate 2024"},
		{"2024-02-05", "Tỷ lệ hộ nghèo của huyện giảm đều qua từng năm:\n- Năm 2022: giảm 2,4%;\n- Năm 2023: giảm 2,15%.\n",
			"poverty.rate_reduction 2.4 actual 2022, poverty.rate_reduction 2.15 actual 2023"},
		{"", "Năm 2024, có 9.870 người được hưởng trợ cấp thất nghiệp.\nSố liệu theo từng quý như sau:\nQuý I: 2.310 người\nQuý II: 2.655 người\n",
			"employment.unemployment_benefit_recipients 9870 actual 2024, employment.unemployment_benefit_recipients 2310 actual 2024-Q1, employment.unemployment_benefit_recipients 2655 actual 2024-Q2"},
		// a line that opens with a date is no item of a list
		{"", "Năm 2023, huyện giải quyết việc làm cho 1.200 lao động.\nNgày 15/3: đoàn công tác làm việc với 12 doanh nghiệp.\n",
			"employment.jobs_created 1200 actual 2023"},
	})
}

// TestTargetNamedThenFigure: "chỉ tiêu …" or "kế hoạch …" opening a clause
// sets a target when a year follows it, or when it names what the figure
// after "là" is ("Riêng năm 2025, chỉ tiêu tuyển sinh là 9.500 người; …"),
// for the segments after it too; not when neither follows.
func TestTargetNamedThenFigure(t *testing.T) {
	checkReadings(t, func(r Record) string { return r.Indicator + " " + r.Value.String() + " " + string(r.Kind) }, []readingCase{
		{"2025-02-10", "Riêng năm 2025, chỉ tiêu tuyển sinh giáo dục nghề nghiệp là 9.500 người; nâng tỷ lệ lao động qua đào tạo lên 71%.\n",
			"vocational.enrollment 9500 target, labour.trained_rate 71 target"},
		{"2025-02-10", "Chỉ tiêu giải quyết việc làm năm 2025 của huyện là 2.600 lao động.\n",
			"employment.jobs_created 2600 target"},
		// the word alone names no figure: a result
		{"2025-12-20", "Chỉ tiêu về việc làm cơ bản hoàn thành, năm 2025 giải quyết việc làm cho 2.710 lao động.\n",
			"employment.jobs_created 2710 actual"},
		// an answer after a speaker's name and a colon opens a clause
		{"2025-01-20", "Bà Lê Thị Hạnh: Kế hoạch năm 2025 là tuyển sinh giáo dục nghề nghiệp 5.100 người.\n",
			"vocational.enrollment 5100 target"},
		// a goal still to be met ("để hoàn thành") is a target; one met is not
		{"2025-10-02", "Để hoàn thành chỉ tiêu năm 2025 giải quyết việc làm cho 18.000 lao động, ngành sẽ tổ chức thêm các phiên giao dịch việc làm.\n",
			"employment.jobs_created 18000 target"},
		{"2025-12-22", "Huyện đã hoàn thành chỉ tiêu giải quyết việc làm cho 1.800 lao động.\n",
			"employment.jobs_created 1800 actual"},
	})
}

// TestDoneAfterTheTitlesPeriod: in a review of a year, a figure dated
// after it is a plan, unless its sentence says it is done ("đã").
func TestDoneAfterTheTitlesPeriod(t *testing.T) {
	checkReadings(t, func(r Record) string { return r.Value.String() + " " + string(r.Kind) + " " + r.Period }, []readingCase{
		{"2013-01-07", "Hà Tĩnh: năm 2012 tạo việc làm cho 28.000 lao động\n\nĐón Tết Quý Tỵ, tỉnh đã dành 18 tỷ đồng tặng quà cho 64.000 đối tượng chính sách.\nNăm 2013, tỉnh phấn đấu tạo việc làm cho 29.000 lao động.\n",
			"28000 actual 2012, 18000000000 actual 2013, 64000 actual 2013, 29000 target 2013"},
	})
}

// TestPeriodOfAnotherFigure: a period that dates a figure right before it
// ("mức 2,24% của quý I/2025") dates that figure only, not the segments
// after it.
func TestPeriodOfAnotherFigure(t *testing.T) {
	checkReadings(t, func(r Record) string { return r.Value.String() + " " + r.Period }, []readingCase{
		{"2025-07-15", "Tỷ lệ thất nghiệp quý II/2025 là 2,18%, giảm so với mức 2,24% của quý I/2025; tỷ lệ thất nghiệp khu vực thành thị là 2,59%.\n",
			"2.18 2025-Q2, 2.59 2025-Q2"}, // (the base of comparison is no record)
	})
}

// TestPlanThenResult: a target cue does not reach past a ";" into a
// segment that says what share of the plan its figure attained.
func TestPlanThenResult(t *testing.T) {
	checkReadings(t, func(r Record) string { return r.Value.String() + " " + string(r.Kind) }, []readingCase{
		{"2024-11-05", "Năm 2024, huyện được giao chỉ tiêu tuyển sinh đào tạo nghề cho 3.200 người; đến hết tháng 10 đã tuyển sinh 2.880 người, đạt 90% kế hoạch.\n",
			"3200 target, 2880 actual, 90 actual"},
		{"2024-11-05", "Năm 2024, huyện được giao chỉ tiêu tuyển sinh đào tạo nghề cho 3.200 người; đến hết tháng 10 tuyển sinh 2.880 người, đạt 90% kế hoạch.\n",
			"3200 target, 2880 actual, 90 actual"},
		// a list of targets goes on past its ";"
		{"2024-01-05", "Năm 2024, huyện phấn đấu tuyển sinh đào tạo nghề cho 3.200 người; giải quyết việc làm cho 2.100 lao động.\n",
			"3200 target, 2100 target"},
	})
}

// TestWholePeriodEstimate: a later segment that says what a count comes
// to over the whole period ("…; ước cả năm đạt 1.950/1.900 lao động")
// takes the count's indicator, and "ước" makes what was achieved an
// estimate (the plan stays a target).
func TestWholePeriodEstimate(t *testing.T) {
	checkReadings(t, func(r Record) string { return r.Indicator + " " + r.Value.String() + " " + string(r.Kind) }, []readingCase{
		{"2023-12-08", "Đến ngày 30/11/2023, huyện đã tuyển sinh đào tạo nghề cho 1.720 người; ước cả năm đạt 1.950/1.900 người, đạt 102,6% kế hoạch.\n",
			"vocational.enrollment 1720 actual, vocational.enrollment 1950 estimate, vocational.enrollment 1900 target, vocational.enrollment 102.6 estimate"},
		// a count of something else after "cả năm" is no continuation
		{"2023-12-08", "Năm 2023, huyện tuyển sinh đào tạo nghề cho 1.720 người; cả năm có 45 doanh nghiệp tham gia.\n",
			"vocational.enrollment 1720 actual"},
	})
}

// TestShareOfASum: a percent of a sum of money ("30% mức đóng", "70% học
// phí") is no rate of the group named after it.
func TestShareOfASum(t *testing.T) {
	checkReadings(t, func(r Record) string { return r.Indicator + " " + r.Value.String() }, []readingCase{
		{"2024-07-10", "Năm 2024, Nhà nước hỗ trợ 30% mức đóng bảo hiểm xã hội tự nguyện cho người thuộc hộ nghèo; tỷ lệ hộ nghèo của tỉnh còn 3,2%.\n",
			"poverty.rate 3.2"},
	})
}

// TestWorkingNowIsNoTime: "đang" describing who is counted ("lao động
// đang làm việc") does not make a figure stand at the time of writing.
func TestWorkingNowIsNoTime(t *testing.T) {
	checkReadings(t, func(r Record) string { return r.Value.String() + " " + r.Period }, []readingCase{
		{"", "Tính đến ngày 20/9/2022, toàn tỉnh đã hỗ trợ tiền thuê nhà cho 52.000 lượt người lao động. Trong đó, 48.000 lượt lao động đang làm việc trong doanh nghiệp được hỗ trợ 51 tỷ đồng.\n",
			"52000 2022-01/2022-09, 48000 2022-01/2022-09, 51000000000 2022-01/2022-09"},
	})
}

// TestPlanYearOfItsOwnFigure: the year of a plan to complete is not the
// period of figures set to complete it, but it is the period of the
// plan's own figure in its clause.
func TestPlanYearOfItsOwnFigure(t *testing.T) {
	checkReadings(t, kindPeriod, []readingCase{
		{"2025-10-02", "Chín tháng năm 2025, tỉnh giải quyết việc làm cho 14.200 lao động. Để hoàn thành chỉ tiêu năm 2025 giải quyết việc làm cho 18.000 lao động, ngành sẽ tổ chức thêm các phiên giao dịch việc làm.\n",
			"actual 2025-01/2025-09, target 2025"},
	})
}

// TestTermInTheDocumentTitle: a plan's term in the title the input gives
// (a page's <title>, a JSON record's title) dates the counts it sets, as
// the same words at the head of the text do.
func TestTermInTheDocumentTitle(t *testing.T) {
	doc := corpus.Document{ID: "t", Title: "Kế hoạch giải quyết việc làm giai đoạn 2026 - 2030", Published: "2026-03-02",
		Text: "Tỉnh Ninh Bình đặt mục tiêu giải quyết việc làm cho 150.000 lao động.\n"}
	recs := Extract(doc, Options{})
	if len(recs) != 1 || recs[0].Period != "2026/2030" || recs[0].Kind != Target {
		t.Errorf("got %+v, want one target over 2026/2030", recs)
	}
}

// TestStockAtADate: a stock counted at a date is of the date's month; what
// was done by the date, of the months from January to it.
func TestStockAtADate(t *testing.T) {
	checkReadings(t, func(r Record) string { return r.Value.String() + " " + r.Period }, []readingCase{
		{"", "Tính đến ngày 30/6/2024, toàn tỉnh có 298.400 người tham gia bảo hiểm xã hội; đã giải quyết việc làm cho 9.870 lao động.\n",
			"298400 2024-06, 9870 2024-H1"},
	})
}
