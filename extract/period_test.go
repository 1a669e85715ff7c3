package extract

import (
	"slices"
	"testing"

	"github.com/solieu/solieu/corpus"
)

// TestPeriodConventions runs invented articles through Extract and checks
// the periods the conventions of spec/records.md give their figures. Each
// want is written as in ParseWant, every record with its id.
func TestPeriodConventions(t *testing.T) {
	tests := []struct {
		name, published, text, want string
	}{
		{"a count of years glossed by its years dates the sentence", "",
			"Được biết, trong 4 năm (2017-2020), toàn tỉnh đã giải quyết việc làm cho 52.300 lao động; 41.200 người được đào tạo nghề.",
			"id=employment.jobs_created 52300 2017/2020; id=vocational.trained 41200 2017/2020"},
		{"a point date counts what was done from January", "2022-10-05",
			"Tính đến ngày 20/9/2022, toàn tỉnh đã hỗ trợ 12.450 người lao động với số tiền 18,6 tỷ đồng.",
			"id=support.beneficiaries 12450 2022-01/2022-09; id=support.funding 18600000000 2022-01/2022-09"},
		{"a point date dates the rest of its paragraph", "2022-10-05",
			"Tính đến ngày 20/9/2022, toàn tỉnh đã hỗ trợ 12.450 người lao động. Hiện đã chi trả cho 9.870 người lao động.",
			"id=support.beneficiaries 12450 2022-01/2022-09; id=support.beneficiaries 9870 2022-01/2022-09"},
		{"a point date at the end of December dates the year", "",
			"Đến thời điểm 31/12/2021, toàn tỉnh giảm được 1,25% hộ nghèo.",
			"id=poverty.rate_reduction 1.25 2021"},
		{"a period nearer the figure outranks a point date", "2024-02-06",
			"Tính đến ngày 4/2/2024, tỉnh đã trao quà Tết Nguyên đán Giáp Thìn 2024 cho 61.500 lượt đối tượng với tổng kinh phí 31 tỷ đồng.",
			"id=support.beneficiaries 61500 2024; id=support.funding 31000000000 2024"},
		{"a Tết named by stem and branch takes the year the text states", "",
			"Dịp Tết Mậu Tuất, công đoàn tỉnh hỗ trợ vé xe cho 3.200 công nhân. Năm 2018, tỉnh tiếp tục chăm lo.",
			"id=support.beneficiaries 3200 2018"},
		{"the plan a percent attains has the whole year, the figure the months done", "2021-07-10",
			"Trong 6 tháng đầu năm 2021, toàn tỉnh giải quyết việc làm cho 14.200 lao động, đạt 52% kế hoạch cả năm.",
			"id=employment.jobs_created 14200 2021-H1; id=employment.jobs_created 52 percent_of_plan 2021-H1"},
		{"from January to date in a report on a month", "2023-11-02",
			"Kết quả công tác tháng 10/2023\n\nTrong tháng 10, Quỹ Đền ơn đáp nghĩa vận động được 2,1 tỷ đồng. Tính từ đầu năm đến nay, Quỹ Đền ơn đáp nghĩa vận động được 9,4 tỷ đồng.",
			"id=merit.gratitude_fund 2100000000 2023-10; id=merit.gratitude_fund 9400000000 2023-01/2023-10"},
		{"as of now with no date line: a time the text does not tell", "",
			"Mục tiêu đến năm 2025 có 45% lực lượng lao động tham gia bảo hiểm xã hội. Tuy nhiên, tính đến nay, tỉnh mới có 212.000 người tham gia bảo hiểm xã hội.",
			"id=social_insurance.coverage_rate 45 target 2025; id=social_insurance.participants 212000"},
		{"as of now in a dated text: from January to its month", "2021-08-20",
			"Tính đến thời điểm này, toàn tỉnh đã giải quyết việc làm cho 8.640 lao động.",
			"id=employment.jobs_created 8640 2021-01/2021-08"},
		{"an average per year between two levels: the years after the first", "2022-03-01",
			"Công tác giảm nghèo của tỉnh đạt nhiều kết quả quan trọng nhờ sự vào cuộc của cả hệ thống chính trị và sự nỗ lực vươn lên của người dân. Tỷ lệ hộ nghèo của tỉnh từ 9,42% năm 2016 đã giảm xuống còn 3,1% năm 2021, bình quân mỗi năm giảm 1,26%.",
			"id=poverty.rate 9.42 2016; id=poverty.rate 3.1 2021; id=poverty.rate_reduction 1.26 2017/2021"},
		{"a plan for a term: its counts are over the term, its rates due at its end", "2021-06-14",
			"Bình Định phấn đấu đưa tỷ lệ thất nghiệp khu vực thành thị xuống dưới 3,5% vào cuối năm 2025\n\nUBND tỉnh vừa ban hành Kế hoạch giải quyết việc làm giai đoạn 2021 - 2025.\n\nTheo đó, tỉnh đặt mục tiêu giải quyết việc làm cho 95.000 lao động, bình quân mỗi năm giải quyết việc làm cho 19.000 lao động.",
			"id=employment.unemployment_rate 3.5 target under 2025; id=employment.jobs_created 95000 target 2021/2025; id=employment.jobs_created 19000 target 2021/2025"},
		{"the year just ended, in a text with no date line: the last year it stated", "",
			"Đến cuối năm 2019, tỷ lệ lao động qua đào tạo của thành phố là 58%.\n\nNăm qua, thành phố có 5.200 lao động được hưởng trợ cấp thất nghiệp.",
			"id=labour.trained_rate 58 2019; id=employment.unemployment_benefit_recipients 5200 2019"},
		{"dated by nothing but its date line: the year of the report", "2024-02-02",
			"Công đoàn tỉnh trao 1.850 suất quà cho đoàn viên có hoàn cảnh khó khăn.",
			"id=support.beneficiaries 1850 2024"},
		{"dated by nothing, with no date line: no period", "",
			"Công đoàn tỉnh trao 1.850 suất quà cho đoàn viên có hoàn cảnh khó khăn.",
			"id=support.beneficiaries 1850"},
		{"a parallel change starts where its sentence's first one did", "2022-03-01",
			"Công tác giảm nghèo của tỉnh đạt nhiều kết quả quan trọng nhờ sự vào cuộc của cả hệ thống chính trị và sự nỗ lực vươn lên của người dân. Tỷ lệ hộ nghèo của tỉnh từ 9,42% năm 2016 đã giảm xuống còn 3,1% năm 2021; tỷ lệ hộ cận nghèo giảm từ 6,8% xuống còn 4,2%.",
			"id=poverty.rate 9.42 2016; id=poverty.rate 3.1 2021; id=poverty.near_poor_rate 6.8 2016; id=poverty.near_poor_rate 4.2 2021"},
		{"to the end of a month: a count from January, a stock and a rate at the month", "2022-10-10",
			"Tính đến hết tháng 9/2022, toàn tỉnh có 182.300 người tham gia bảo hiểm xã hội, chiếm 33,5% lực lượng lao động. Đến cuối tháng 9/2022, các cơ sở đã đào tạo nghề cho 3.420 lao động nông thôn.",
			"id=social_insurance.participants 182300 2022-09; id=social_insurance.coverage_rate 33.5 2022-09; id=vocational.rural_trainees 3420 2022-01/2022-09"},
		{"an average per year over a term, with the term's last year after it", "2025-05-02",
			"Công tác giảm nghèo của tỉnh đạt nhiều kết quả quan trọng nhờ sự vào cuộc của cả hệ thống chính trị và sự nỗ lực vươn lên của người dân. Cho giai đoạn 2026 - 2030, tỉnh phấn đấu giảm tỷ lệ hộ nghèo bình quân 1,2%/năm và đến năm 2030 không còn xã đặc biệt khó khăn.",
			"id=poverty.rate_reduction 1.2 target 2026/2030"},
		{"a term report: a change over the term, but a year the sentence opens with is its own", "2021-01-20",
			"Lâm Đồng: 5 năm giảm 21.400 hộ nghèo\n\nCông tác giảm nghèo của tỉnh đạt nhiều kết quả quan trọng nhờ sự vào cuộc của cả hệ thống chính trị và sự nỗ lực vươn lên của người dân. Đến cuối năm 2020, tỷ lệ hộ cận nghèo là 3,9%, giảm 1,4% so với đầu kỳ. Năm 2020, tỷ lệ hộ nghèo của tỉnh giảm 0,8%.",
			"id=poverty.households_reduced 21400 2016/2020; id=poverty.near_poor_rate 3.9 2020; id=poverty.near_poor_rate_reduction 1.4 2016/2020; id=poverty.rate_reduction 0.8 2020"},
		{"the end of a year dates the levels of its paragraph, not the text after", "2023-07-14",
			"Sơ kết công tác 6 tháng đầu năm 2023\n\nTheo báo cáo, 6 tháng đầu năm 2023, toàn tỉnh giải quyết việc làm cho 9.120 lao động.\n\nTheo kết quả rà soát cuối năm 2022, toàn tỉnh còn 8.450 hộ nghèo. Tỷ lệ hộ nghèo là 2,9%.\n\nCơ sở cai nghiện tiếp nhận mới 96 học viên.",
			"id=employment.jobs_created 9120 2023-H1; id=poverty.poor_households 8450 2022; id=poverty.rate 2.9 2022; id=drug_rehab.admissions 96 2023-H1"},
		{"a sentence with no figure that names its year frames the results after it", "2022-07-15",
			"Năm 2022, ngành lao động tỉnh phấn đấu giải quyết việc làm cho 12.000 lao động.\n\nCông tác an sinh xã hội của tỉnh trong năm qua đạt nhiều kết quả nổi bật, được nhân dân đồng tình.\n\nToàn tỉnh còn 9.300 hộ nghèo, chiếm tỷ lệ 4,1%.",
			"id=employment.jobs_created 12000 target 2022; id=poverty.poor_households 9300 2021; id=poverty.rate 4.1 2021"},
		{"a ';'-segment with a period of its own leaves the sentence's governing one", "2024-07-10",
			"Năm 2023, trung tâm đã tiếp nhận 215 người vào cai nghiện; năm 2024, tỉnh đặt chỉ tiêu tiếp nhận 260 người vào cai nghiện tập trung.",
			"id=drug_rehab.admissions 215 2023; id=drug_rehab.admissions 260 target 2024"},
		{"a count of what was done, in a report on a term, dated from beyond its paragraph", "2021-01-20",
			"Điện Biên: 5 năm, hơn 21.000 hộ thoát nghèo\n\nCông tác giảm nghèo của tỉnh đạt nhiều kết quả quan trọng nhờ sự vào cuộc của cả hệ thống chính trị và sự nỗ lực vươn lên của người dân. Năm 2020, tỉnh đã giải quyết việc làm cho 9.200 lao động.\n\nCùng với đó, tỉnh đã đào tạo nghề cho 41.300 lao động nông thôn.",
			"id=poverty.households_reduced 21000 over 2016/2020; id=employment.jobs_created 9200 2020; id=vocational.rural_trainees 41300 2016/2020"},
		{"the year of a plan to complete is not the period of what is set to complete it", "2022-10-06",
			"Lãnh đạo Sở yêu cầu các phòng trong quý IV tập trung hoàn thành các chỉ tiêu kế hoạch năm 2022, trong đó phấn đấu giải quyết việc làm cho 3.600 lao động.",
			"id=employment.jobs_created 3600 target 2022-Q4"},
		{"a period set apart by riêng dates its own clause only", "2021-10-05",
			"Giáo dục nghề nghiệp: tuyển sinh 9 tháng đầu năm 2021 được 8.300 người, riêng quý III tuyển mới 2.450 người; đào tạo nghề cho lao động nông thôn được 3.120 người.",
			"id=vocational.enrollment 8300 2021-01/2021-09; id=vocational.enrollment 2450 2021-Q3; id=vocational.rural_trainees 3120 2021-01/2021-09"},
		{"after N years of a programme: the N years up to the report", "2021-01-14",
			"Công tác giảm nghèo của tỉnh đạt nhiều kết quả quan trọng nhờ sự vào cuộc của cả hệ thống chính trị và sự nỗ lực vươn lên của người dân. Sau 5 năm thực hiện chương trình, toàn tỉnh đã giải quyết việc làm cho 61.000 lao động.",
			"id=employment.jobs_created 61000 2016/2020"},
		{"the end of a term is the term's last year", "2021-03-10",
			"Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 đề ra nhiều mục tiêu về an sinh xã hội cho người dân trên địa bàn.\n\nNăm 2020, tỷ lệ lao động qua đào tạo của tỉnh đạt 61%. Tỉnh phấn đấu đến cuối nhiệm kỳ, tỷ lệ lao động qua đào tạo đạt 70%.",
			"id=labour.trained_rate 61 2020; id=labour.trained_rate 70 target 2025"},
		{"in a report on part of a year, that whole year named in passing does not date the sentences after", "2023-07-12",
			"Sơ kết công tác 6 tháng đầu năm 2023\n\nCông tác bảo vệ trẻ em được quan tâm, tỉnh tổ chức Tháng hành động vì trẻ em năm 2023 tại nhiều địa phương. Cơ sở cai nghiện tiếp nhận mới 96 học viên.",
			"id=drug_rehab.admissions 96 2023-H1"},
	}
	for _, tt := range tests {
		doc := corpus.Document{ID: "t", Text: tt.text, Published: tt.published}
		var got []string
		for _, r := range Extract(doc, Options{}) {
			got = append(got, recordKey(r))
		}
		ws, err := ParseWant(tt.want)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var want []string
		for _, w := range ws {
			want = append(want, wantKey(Indicator{}, w))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s:\n got: %s\nwant: %s", tt.name, orNone(got), orNone(want))
		}
	}
}
