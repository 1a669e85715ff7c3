package extract

import (
	"strconv"
	"strings"

	"github.com/solieu/solieu/corpus"
)

// ContextRules are the steps that set a record's period, kind and region
// where the figure's own words and the frame rules (framerules.go) leave
// them open: the nearest period of its clause, the period governing its
// sentence or paragraph, the date line's year; a target cue before it; the
// article's province. Each is named, says in a few words what it read
// (what -explain writes in period_from, kind_from and region_from), and
// has examples that are also its tests: each must yield its records, and
// the rule must decide the field it sets in one of them
// (TestContextRules). ` + "`solieu indicators -rules`" + ` lists them.
//
// The order the engine tries them in is the engine's (figure.go,
// evidence.go): the declarations are in that order within each field.

// A ContextRule is one step of the reading of a record's period, kind or
// region.
type ContextRule struct {
	// Name identifies the rule in -explain output.
	Name string
	// Sets is the field it decides: "period", "kind" or "region".
	Sets string
	// Says is what it read, for people.
	Says string
	// Examples are texts, with their context, where the rule decides
	// the field it sets for at least one of the records they yield.
	Examples []FrameExample
}

// label is how -explain names the rule: its name and what it read.
func (r ContextRule) label() string { return r.Name + " (" + r.Says + ")" }

// A ctxRule is the index of a rule in ContextRules; 0 is none.
type ctxRule uint8

// The context rules, as the engine refers to them.
const (
	_ ctxRule = iota
	rBracketProvince
	rSeveralProvinces
	rCountryNamed
	rNationalSubject
	rNationalClause
	rNationalSentence
	rNational
	rNoProvince
	rArticleProvince
	rForeign
	rClauseProvince
	pLevelPoint
	pFrameTerm
	pHeadTermChange
	pHeadPlanTerm
	pAverageSpan
	pAverageLevels
	pGoalOfResult
	pCountNamed
	pStartLevel
	pClauseNearest
	pClauseBefore
	pClauseFirst
	pSentenceGoverning
	pSegmentLast
	pSentenceLast
	pParagraphUndated
	pParagraphGoverning
	pParagraphLast
	pNowUndated
	pTextGoverning
	pLeadPlan
	pDateLineYear
	pArticleTet
	pContinues
	pNone
	pHeadTitle
	pHeadLead
	pHeadline
	kPlanInBrackets
	kPlanAttainment
	kEstimateMark
	kStartLevel
	kFraction
	kPartOfEstimate
	kTargetCue
	kRangeGoal
	kEstimatePastSemicolon
	kAfterPublication
	kAfterTitle
	kTargetGoverns
	kDefault
)

// ContextRules, by their ctxRule (the first entry is none).
var ContextRules = [...]ContextRule{
	rBracketProvince: {Name: "bracket-province", Sets: "region", Says: "the province heading the figure's bracket",
		Examples: []FrameExample{
			{Published: "2025-01-10", Title: "Cả nước giải quyết việc làm cho 1,6 triệu lao động",
				Text: "Năm 2024, cả nước giải quyết việc làm cho 1,6 triệu lao động. Địa phương giải quyết việc làm nhiều nhất là Thanh Hóa (52.300 lao động).",
				Want: "id=employment.jobs_created 1600000 2024; id=employment.jobs_created 52300 2024"},
			{Published: "2025-01-15", Title: "Tỷ lệ hộ nghèo cả nước còn 1,93%",
				Text: "Năm 2024, tỷ lệ hộ nghèo cả nước còn 1,93%. Địa phương có tỷ lệ hộ nghèo cao nhất là Lai Châu (24,6%).",
				Want: "id=poverty.rate 1.93 2024; id=poverty.rate 24.6 2024"},
		}},
	rSeveralProvinces: {Name: "several-provinces", Sets: "region", Says: "the figure's subject is several provinces",
		Examples: []FrameExample{
			{Published: "2025-01-10", Title: "Cả nước giải quyết việc làm cho 1,6 triệu lao động",
				Text: "Năm 2024, cả nước giải quyết việc làm cho 1,6 triệu lao động. Riêng Nghệ An, Thanh Hóa và Hà Tĩnh giải quyết việc làm cho 140.000 lao động.",
				Want: "id=employment.jobs_created 1600000 2024; id=employment.jobs_created 140000 2024"},
			{Published: "2025-01-15", Title: "Tỷ lệ hộ nghèo cả nước còn 1,93%",
				Text: "Năm 2024, tỷ lệ hộ nghèo cả nước còn 1,93%. Ba tỉnh Lai Châu, Điện Biên và Hà Giang còn 96.000 hộ nghèo.",
				Want: "id=poverty.rate 1.93 2024; id=poverty.poor_households 96000 2024"},
		}},
	rCountryNamed: {Name: "country-named", Sets: "region", Says: "the whole country named before the figure or in its clause",
		Examples: []FrameExample{
			{Published: "2024-12-20", Title: "Quảng Trị: tỷ lệ hộ nghèo giảm còn 4,1%",
				Text: "Năm 2024, tỷ lệ hộ nghèo của tỉnh giảm còn 4,1%. Cũng trong năm, tỷ lệ hộ nghèo cả nước còn 1,93%.",
				Want: "id=poverty.rate 4.1 2024; id=poverty.rate 1.93 2024"},
			{Published: "2024-12-26", Title: "Phú Thọ: tuyển sinh đào tạo nghề vượt kế hoạch",
				Text: "Năm 2024, tỉnh tuyển sinh đào tạo nghề cho 38.500 người. Trong năm, cả nước tuyển sinh đào tạo nghề cho 2,4 triệu người.",
				Want: "id=vocational.enrollment 38500 2024; id=vocational.enrollment 2400000 2024"},
		}},
	rNationalSubject: {Name: "national-subject-province", Sets: "region", Says: "national article: the province its subject names",
		Examples: []FrameExample{
			{Published: "2025-01-10", Title: "Cả nước giải quyết việc làm cho 1,6 triệu lao động",
				Text: "Năm 2024, cả nước giải quyết việc làm cho 1,6 triệu lao động. Tỉnh Nghệ An giải quyết việc làm cho 45.200 lao động.",
				Want: "id=employment.jobs_created 1600000 2024; id=employment.jobs_created 45200 2024"},
			{Published: "2025-01-15", Title: "Cả nước giải quyết việc làm cho 1,6 triệu lao động",
				Text: "Năm 2024, cả nước giải quyết việc làm cho 1,6 triệu lao động. Hà Nội giải quyết việc làm cho 165.000 lao động.",
				Want: "id=employment.jobs_created 1600000 2024; id=employment.jobs_created 165000 2024"},
		}},
	rNationalClause: {Name: "national-clause-province", Sets: "region", Says: "national article: the province its clause names",
		Examples: []FrameExample{
			{Published: "2025-01-10", Title: "Cả nước giải quyết việc làm cho 1,6 triệu lao động",
				Text: "Năm 2024, cả nước giải quyết việc làm cho 1,6 triệu lao động. Vốn vay ưu đãi đã giúp tạo việc làm cho 4.100 lao động ở tỉnh Điện Biên.",
				Want: "id=employment.jobs_created 1600000 2024; id=employment.loan_jobs 4100 2024"},
			{Published: "2025-01-10", Title: "Cả nước giảm nghèo",
				Text: "Năm 2024, tỷ lệ hộ nghèo cả nước còn 1,93%. Tỷ lệ hộ nghèo cao nhất là 21,4% tại Điện Biên.",
				Want: "id=poverty.rate 1.93 2024; id=poverty.rate 21.4 2024"},
		}},
	rNationalSentence: {Name: "national-sentence-province", Sets: "region", Says: "national article: the province its sentence names",
		Examples: []FrameExample{
			{Published: "2025-01-10", Title: "Cả nước giải quyết việc làm cho 1,6 triệu lao động",
				Text: "Năm 2024, cả nước giải quyết việc làm cho 1,6 triệu lao động. Thanh Hóa dẫn đầu về xuất khẩu lao động; năm qua đã giải quyết việc làm cho 52.300 lao động.",
				Want: "id=employment.jobs_created 1600000 2024; id=employment.jobs_created 52300 2024"},
			{Published: "2025-01-15", Title: "Cả nước đưa 150.000 lao động đi làm việc ở nước ngoài",
				Text: "Năm 2024, cả nước đưa 150.000 lao động đi làm việc ở nước ngoài. Nghệ An là địa phương có nhiều lao động đi làm việc ở nước ngoài nhất; năm 2024 tỉnh đưa 16.800 lao động đi làm việc ở nước ngoài.",
				Want: "id=employment.overseas_workers 150000 2024; id=employment.overseas_workers 16800 2024"},
		}},
	rNational: {Name: "national", Sets: "region", Says: "national article",
		Examples: []FrameExample{
			{Published: "2025-01-10", Title: "Cả nước giải quyết việc làm cho 1,6 triệu lao động",
				Text: "Năm 2024, cả nước giải quyết việc làm cho 1,6 triệu lao động.",
				Want: "id=employment.jobs_created 1600000 2024"},
			{Published: "2025-01-15", Title: "Tỷ lệ hộ nghèo cả nước còn 1,93%",
				Text: "Theo Bộ Lao động - Thương binh và Xã hội, năm 2024 tỷ lệ hộ nghèo cả nước còn 1,93%, tỷ lệ hộ cận nghèo còn 2,6%.",
				Want: "id=poverty.rate 1.93 2024; id=poverty.near_poor_rate 2.6 2024"},
		}},
	rNoProvince: {Name: "no-province", Sets: "region", Says: "no province of the article's own",
		Examples: []FrameExample{
			{Published: "2024-12-20", Title: "Huyện giải quyết việc làm cho 2.300 lao động",
				Text: "Năm 2024, huyện giải quyết việc làm cho 2.300 lao động.",
				Want: "id=employment.jobs_created 2300 2024"},
			{
				Text: "Năm 2023, xã có 312 hộ nghèo.",
				Want: "id=poverty.poor_households 312 2023"},
		}},
	rArticleProvince: {Name: "article-province", Sets: "region", Says: "the article's province (its title, lead and body)",
		Examples: []FrameExample{
			{Published: "2024-12-20", Title: "Hà Tĩnh giải quyết việc làm cho 24.500 lao động",
				Text: "Năm 2024, toàn tỉnh giải quyết việc làm cho 24.500 lao động, đạt 108% kế hoạch.",
				Want: "id=employment.jobs_created 24500 2024; id=employment.jobs_created 108 percent_of_plan 2024"},
			{Published: "2024-11-20",
				Text: "Tỉnh Quảng Ngãi đẩy mạnh đào tạo nghề cho lao động nông thôn, gắn đào tạo với giải quyết việc làm tại các khu công nghiệp.\nNăm 2024, toàn tỉnh tuyển sinh đào tạo nghề cho 24.300 người.",
				Want: "id=vocational.enrollment 24300 2024"},
		}},
	rForeign: {Name: "foreign", Sets: "region", Says: "another country's statistic",
		Examples: []FrameExample{
			{Published: "2024-12-20", Title: "Thị trường lao động năm 2024",
				Text: "Năm 2024, tỉnh Bắc Giang giải quyết việc làm cho 31.200 lao động. Tại Hàn Quốc, tỷ lệ thất nghiệp ở mức 2,8%.",
				Want: "id=employment.jobs_created 31200 2024"},
			{Published: "2024-10-10", Title: "Xuất khẩu lao động sang Nhật Bản",
				Text: "Năm 2024, tỉnh Hải Dương đưa 2.400 lao động đi làm việc ở nước ngoài. Tại Nhật Bản, tỷ lệ thất nghiệp chỉ khoảng 2,5%.",
				Want: "id=employment.overseas_workers 2400 2024"},
		}},
	rClauseProvince: {Name: "clause-province", Sets: "region", Says: "another province that the figure's own short clause names before it",
		Examples: []FrameExample{
			{Published: "2024-01-20", Title: "Bắc Ninh và Bắc Giang: thị trường lao động năm 2023",
				Text: "Năm 2023, tỷ lệ lao động qua đào tạo của Bắc Ninh đạt 79,4%, của Bắc Giang đạt 71,3%.",
				Want: "id=labour.trained_rate 79.4 2023; id=labour.trained_rate 71.3 2023"},
		}},
	pLevelPoint: {Name: "level-point", Sets: "period", Says: "a level: the point in time before it in its sentence",
		Examples: []FrameExample{
			{Published: "2025-01-08", Title: "Tuyên Quang: kết quả giảm nghèo giai đoạn 2021 - 2024",
				Text: "Giai đoạn 2021 - 2024, đến cuối năm 2024, số hộ nghèo của tỉnh còn 8.450 hộ.",
				Want: "id=poverty.poor_households 8450 2024"},
			{Published: "2025-01-08",
				Text: "Sau 4 năm thực hiện chương trình, đến cuối năm 2024, tỷ lệ hộ nghèo của tỉnh còn 3,2%.",
				Want: "id=poverty.rate 3.2 2024"},
		}},
	pFrameTerm: {Name: "frame-term", Sets: "period", Says: "a goal of a frame rule that dates by term: the five-year term around it",
		Examples: []FrameExample{
			{Published: "2021-03-10", Title: "Yên Bái: phấn đấu giải quyết việc làm",
				Text: "Tỉnh phấn đấu hoàn thành mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX giải quyết việc làm cho 95.000 lao động.",
				Want: "id=employment.jobs_created 95000 target 2021/2025"},
			{Published: "2022-05-16", Title: "Lạng Sơn: giảm nghèo bền vững",
				Text: "Mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII là giảm 12.000 hộ nghèo.",
				Want: "id=poverty.households_reduced 12000 target 2021/2025"},
		}},
	pHeadTermChange: {Name: "head-term-change", Sets: "period", Says: "head: the report's term (a change over it)",
		Examples: []FrameExample{
			{Published: "2026-01-15", Title: "Gia Lai: 5 năm giảm 21.400 hộ nghèo",
				Text: "Đến cuối năm 2025, toàn tỉnh còn 12.300 hộ nghèo; tỷ lệ hộ nghèo là 3,1%, giảm 5,4% so với đầu kỳ.",
				Want: "id=poverty.poor_households 12300 2025; id=poverty.rate 3.1 2025; id=poverty.rate_reduction 5.4 2021/2025"},
			{Published: "2026-01-20", Title: "Kiên Giang: 5 năm giảm nghèo",
				Text: "Đến cuối năm 2025, tỷ lệ hộ nghèo của tỉnh còn 0,9%, giảm 2,7% so với đầu kỳ.",
				Want: "id=poverty.rate 0.9 2025; id=poverty.rate_reduction 2.7 2021/2025"},
		}},
	pHeadPlanTerm: {Name: "head-plan-term", Sets: "period", Says: "head: the term of the plan (a count it sets)",
		Examples: []FrameExample{
			{Published: "2026-02-20", Title: "Ninh Bình ban hành kế hoạch giải quyết việc làm",
				Text: "UBND tỉnh Ninh Bình vừa ban hành Kế hoạch giải quyết việc làm giai đoạn 2026 - 2030 nhằm nâng cao chất lượng nguồn nhân lực của tỉnh.\nMục tiêu đến năm 2030, tỷ lệ thất nghiệp khu vực thành thị dưới 3%. Tỉnh phấn đấu giải quyết việc làm cho 150.000 lao động.",
				Want: "id=employment.unemployment_rate 3 target 2030 under; id=employment.jobs_created 150000 target 2026/2030"},
			{Published: "2021-06-15", Title: "Đồng Nai triển khai chương trình việc làm",
				Text: "Tỉnh Đồng Nai vừa phê duyệt Chương trình giải quyết việc làm giai đoạn 2021 - 2025 với nhiều giải pháp hỗ trợ người lao động.\nMục tiêu đến năm 2025, tỷ lệ lao động qua đào tạo đạt 75%. Tỉnh phấn đấu tuyển sinh đào tạo nghề cho 320.000 người.",
				Want: "id=labour.trained_rate 75 target 2025; id=vocational.enrollment 320000 target 2021/2025"},
		}},
	pAverageSpan: {Name: "average-span", Sets: "period", Says: "an average per year: the span of years of its sentence",
		Examples: []FrameExample{
			{Published: "2026-02-10",
				Text: "Tỷ lệ hộ nghèo của tỉnh trong giai đoạn 2021 - 2025 giảm từ 6,2% cuối năm 2020 xuống còn 2,1% cuối năm 2025 và giảm bình quân 0,82%/năm.",
				Want: "id=poverty.rate 6.2 2020; id=poverty.rate 2.1 2025; id=poverty.rate_reduction 0.82 2021/2025"},
			{Published: "2025-02-14",
				Text: "Sau 3 năm (2022 - 2024) thực hiện chương trình giảm nghèo, tỷ lệ hộ nghèo của huyện giảm từ 9,6% cuối năm 2021 xuống còn 4,2% cuối năm 2024 và giảm bình quân 1,8%/năm.",
				Want: "id=poverty.rate 9.6 2021; id=poverty.rate 4.2 2024; id=poverty.rate_reduction 1.8 2022/2024"},
		}},
	pAverageLevels: {Name: "average-levels", Sets: "period", Says: "an average per year: the years from one level of its sentence to the next",
		Examples: []FrameExample{
			{Published: "2025-02-10",
				Text: "Tỷ lệ hộ nghèo của tỉnh từ 8,4% năm 2020 giảm còn 3,6% năm 2024, bình quân mỗi năm giảm 1,2%.",
				Want: "id=poverty.rate 8.4 2020; id=poverty.rate 3.6 2024; id=poverty.rate_reduction 1.2 2021/2024"},
			{Published: "2025-02-10",
				Text: "Tỷ lệ hộ cận nghèo từ 6,5% năm 2021 giảm còn 4,1% năm 2024, bình quân mỗi năm giảm 0,8%.",
				Want: "id=poverty.near_poor_rate 6.5 2021; id=poverty.near_poor_rate 4.1 2024; id=poverty.near_poor_rate_reduction 0.8 2022/2024"},
		}},
	pGoalOfResult: {Name: "goal-of-result", Sets: "period", Says: "the period of the result that met this goal",
		Examples: []FrameExample{
			{Published: "2025-01-05", Title: "Sóc Trăng: giảm nghèo vượt chỉ tiêu",
				Text: "Năm 2024, tỷ lệ hộ nghèo của tỉnh giảm 1,6%, vượt chỉ tiêu Hội đồng nhân dân tỉnh giao (giảm 1,2%).",
				Want: "id=poverty.rate_reduction 1.6 2024; id=poverty.rate_reduction 1.2 target 2024"},
			{Published: "2025-01-05", Title: "An Giang: giải quyết việc làm vượt chỉ tiêu",
				Text: "Năm 2024, toàn tỉnh giải quyết việc làm cho 26.300 lao động, vượt chỉ tiêu Hội đồng nhân dân tỉnh giao (25.000 lao động).",
				Want: "id=employment.jobs_created 26300 2024; id=employment.jobs_created 25000 target 2024"},
		}},
	pCountNamed: {Name: "count-named", Sets: "period", Says: "the period of the count \"số liệu này\" names",
		Examples: []FrameExample{
			{Published: "2024-10-15", Title: "Nghệ An: đưa lao động đi làm việc ở nước ngoài",
				Text: "Từ đầu năm đến nay, toàn tỉnh đã đưa 13.250 lao động đi làm việc ở nước ngoài. Số liệu này vượt 8,3% kế hoạch năm 2024.",
				Want: "id=employment.overseas_workers 13250 2024-01/2024-10; id=employment.overseas_workers 108.3 percent_of_plan 2024-01/2024-10"},
			{Published: "2024-10-08", Title: "Thanh Hóa: kết quả giải quyết việc làm 9 tháng",
				Text: "9 tháng đầu năm 2024, toàn tỉnh giải quyết việc làm cho 51.200 lao động. Con số này đạt 82,6% kế hoạch năm.",
				Want: "id=employment.jobs_created 51200 2024-01/2024-09; id=employment.jobs_created 82.6 percent_of_plan 2024-01/2024-09"},
		}},
	pStartLevel: {Name: "start-level-date", Sets: "period", Says: "the level a change starts from: the date of the start before it in its sentence",
		Examples: []FrameExample{
			{Published: "2025-08-12",
				Text: "Tỷ lệ hộ nghèo của tỉnh từ 6,8% năm 2020 dự kiến giảm xuống còn 2,4% vào cuối năm 2025; tỷ lệ hộ cận nghèo giảm từ 5,4% xuống còn 3,1%.",
				Want: "id=poverty.rate 6.8 2020; id=poverty.rate 2.4 estimate 2025; id=poverty.near_poor_rate 5.4 2020; id=poverty.near_poor_rate 3.1 estimate 2025"},
			{Published: "2025-09-20",
				Text: "Tỷ lệ hộ nghèo của huyện từ 12,4% năm 2021 ước giảm xuống còn 5,1% vào cuối năm 2025; tỷ lệ hộ cận nghèo giảm từ 8,2% xuống còn 6,3%.",
				Want: "id=poverty.rate 12.4 2021; id=poverty.rate 5.1 estimate 2025; id=poverty.near_poor_rate 8.2 2021; id=poverty.near_poor_rate 6.3 estimate 2025"},
		}},
	pClauseNearest: {Name: "clause-nearest", Sets: "period", Says: "clause: the period nearest the figure",
		Examples: []FrameExample{
			{Published: "2025-02-10", Title: "Long An: tỷ lệ hộ nghèo còn 0,8%",
				Text: "Tỷ lệ hộ nghèo của tỉnh cuối năm 2024 còn 0,8%, giảm 0,3% so với năm 2023.",
				Want: "id=poverty.rate 0.8 2024; id=poverty.rate_reduction 0.3 2024"},
			{Published: "2024-07-08", Title: "Quảng Ninh: kết quả 6 tháng đầu năm",
				Text: "Số người tham gia bảo hiểm xã hội tính đến hết tháng 6/2024 là 312.000 người.",
				Want: "id=social_insurance.participants 312000 2024-06"},
		}},
	pClauseBefore: {Name: "clause-before", Sets: "period", Says: "clause: the nearest period before the figure",
		Examples: []FrameExample{
			{Published: "2024-07-02", Title: "Quảng Bình: kết quả giải quyết việc làm 6 tháng",
				Text: "Tính đến ngày 25/6/2024 toàn tỉnh đã giải quyết việc làm cho 9.200 lao động đạt 51,1% kế hoạch năm.",
				Want: "id=employment.jobs_created 9200 2024-H1; id=employment.jobs_created 51.1 percent_of_plan 2024-H1"},
			{Published: "2024-07-05", Title: "Tây Ninh: kết quả đào tạo nghề 6 tháng",
				Text: "Trong 6 tháng đầu năm 2024 toàn tỉnh tuyển sinh đào tạo nghề cho 7.650 người đạt 46,5% kế hoạch.",
				Want: "id=vocational.enrollment 7650 2024-H1; id=vocational.enrollment 46.5 percent_of_plan 2024-H1"},
		}},
	pClauseFirst: {Name: "clause-first", Sets: "period", Says: "clause: its first period",
		Examples: []FrameExample{
			{Published: "2024-02-05", Title: "Thái Bình: chi trả trợ cấp trước Tết",
				Text: "Tỉnh đã chi trả kịp thời cho 15.320 người có công hưởng trợ cấp hằng tháng và 41.800 đối tượng bảo trợ xã hội nhận trợ cấp tháng 01/2024 trước Tết.",
				Want: "id=merit.monthly_recipients 15320 2024-01; id=social_assistance.beneficiaries 41800 2024-01"},
			{Published: "2024-09-05", Title: "Quảng Nam: chi trả trợ cấp",
				Text: "Huyện đã chi trả trợ cấp cho 2.310 người có công và 4.870 đối tượng bảo trợ xã hội trong tháng 8/2024.",
				Want: "id=merit.beneficiaries 2310 2024-08; id=social_assistance.beneficiaries 4870 2024-08"},
		}},
	pSentenceGoverning: {Name: "sentence-governing", Sets: "period", Says: "sentence: its governing period",
		Examples: []FrameExample{
			{Published: "2025-01-12", Title: "Bạc Liêu tổng kết công tác lao động",
				Text: "Năm 2024, tỉnh Bạc Liêu giải quyết việc làm cho 21.700 lao động, trong đó 820 người đi làm việc ở nước ngoài.",
				Want: "id=employment.jobs_created 21700 2024; id=employment.overseas_workers 820 2024"},
			{Published: "2024-07-05", Title: "Tây Ninh: kết quả 6 tháng",
				Text: "6 tháng đầu năm 2024, toàn tỉnh giải quyết việc làm cho 11.400 lao động, đạt 55% kế hoạch năm.",
				Want: "id=employment.jobs_created 11400 2024-H1; id=employment.jobs_created 55 percent_of_plan 2024-H1"},
		}},
	pSegmentLast: {Name: "segment-last", Sets: "period", Says: "segment: the last period before the figure",
		Examples: []FrameExample{
			{Published: "2024-12-28",
				Text: "Sở Lao động - Thương binh và Xã hội tỉnh Bình Định cho biết, năm 2024, tỉnh giải quyết việc làm cho 26.700 lao động, tăng 4,1% so với năm 2023.",
				Want: "id=employment.jobs_created 26700 2024"},
			{Published: "2024-12-30",
				Text: "Theo Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum, năm 2024, toàn tỉnh tuyển sinh đào tạo nghề cho 6.850 người.",
				Want: "id=vocational.enrollment 6850 2024"},
		}},
	pSentenceLast: {Name: "sentence-last", Sets: "period", Says: "sentence: the last period before the figure",
		Examples: []FrameExample{
			{Published: "2025-02-10",
				Text: "Tỷ lệ hộ nghèo của tỉnh giảm từ 4,1% năm 2023 xuống còn 2,9% năm 2024; tỷ lệ hộ cận nghèo còn 3,4%.",
				Want: "id=poverty.rate 4.1 2023; id=poverty.rate 2.9 2024; id=poverty.near_poor_rate 3.4 2024"},
			{Published: "2025-02-10",
				Text: "Tỷ lệ hộ nghèo của thành phố giảm từ 0,42% năm 2023 xuống còn 0,21% năm 2024; số hộ nghèo còn 1.350 hộ.",
				Want: "id=poverty.rate 0.42 2023; id=poverty.rate 0.21 2024; id=poverty.poor_households 1350 2024"},
		}},
	pParagraphUndated: {Name: "paragraph-undated", Sets: "period", Says: "paragraph: governed by the year of writing, which the text does not date",
		Examples: []FrameExample{
			{
				Text: "Năm nay, tỉnh tổ chức 12 phiên giao dịch việc làm. Toàn tỉnh đã giải quyết việc làm cho 8.300 lao động.",
				Want: "id=employment.jobs_created 8300"},
			{
				Text: "Trong năm nay, huyện đẩy mạnh cho vay vốn giải quyết việc làm. Ngân hàng Chính sách xã hội huyện đã cho 640 lao động vay vốn.",
				Want: "id=employment.loan_borrowers 640"},
		}},
	pParagraphGoverning: {Name: "paragraph-governing", Sets: "period", Says: "paragraph: the period governing it",
		Examples: []FrameExample{
			{Published: "2025-01-20", Title: "Cao Bằng: tổng kết công tác lao động",
				Text: "Năm 2024, ngành lao động của tỉnh hoàn thành các chỉ tiêu chủ yếu. Toàn tỉnh giải quyết việc làm cho 15.600 lao động. Tuyển sinh đào tạo nghề cho 11.200 người.",
				Want: "id=employment.jobs_created 15600 2024; id=vocational.enrollment 11200 2024"},
			{Published: "2024-10-08", Title: "Kết quả công tác lao động 9 tháng",
				Text: "9 tháng đầu năm 2024, tỉnh Thái Nguyên triển khai đồng bộ các chính sách lao động. Toàn tỉnh giải quyết việc làm cho 15.900 lao động. Tuyển sinh đào tạo nghề cho 14.300 người.",
				Want: "id=employment.jobs_created 15900 2024-01/2024-09; id=vocational.enrollment 14300 2024-01/2024-09"},
		}},
	pParagraphLast: {Name: "paragraph-last", Sets: "period", Says: "paragraph: its last period",
		Examples: []FrameExample{
			{Published: "2025-01-20", Title: "Lai Châu: tổng kết công tác lao động",
				Text: "Tỉnh Lai Châu đã giải quyết việc làm cho 7.600 lao động trong năm 2024. Tỷ lệ lao động qua đào tạo đạt 58,5%.",
				Want: "id=employment.jobs_created 7600 2024; id=labour.trained_rate 58.5 2024"},
			{Published: "2024-07-15", Title: "Hà Giang: kết quả 6 tháng",
				Text: "Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang đã tổ chức 8 phiên giao dịch việc làm trong 6 tháng đầu năm 2024. Toàn tỉnh giải quyết việc làm cho 7.100 lao động.",
				Want: "id=employment.jobs_created 7100 2024-H1"},
		}},
	pNowUndated: {Name: "now-undated", Sets: "period", Says: "none: the figure stands now, and the text has no date line",
		Examples: []FrameExample{
			{
				Text: "Năm 2022, tỉnh Phú Yên giải quyết việc làm cho 14.000 lao động.\nHiện nay, toàn tỉnh còn 2.950 hộ nghèo.",
				Want: "id=employment.jobs_created 14000 2022; id=poverty.poor_households 2950"},
			{
				Text: "Năm 2023, tỉnh Hậu Giang chi trả trợ cấp ưu đãi kịp thời cho người có công.\nHiện tỉnh có 4.200 người có công đang hưởng trợ cấp hằng tháng.",
				Want: "id=merit.monthly_recipients 4200"},
		}},
	pTextGoverning: {Name: "text-governing", Sets: "period", Says: "text so far: the last governing period",
		Examples: []FrameExample{
			{Published: "2025-01-15", Title: "Hậu Giang tổng kết công tác lao động",
				Text: "Năm 2024, ngành lao động tỉnh Hậu Giang hoàn thành các chỉ tiêu được giao.\nToàn tỉnh giải quyết việc làm cho 18.300 lao động.\nTuyển sinh đào tạo nghề cho 12.600 người.",
				Want: "id=employment.jobs_created 18300 2024; id=vocational.enrollment 12600 2024"},
			{Published: "2024-07-10", Title: "Kết quả công tác lao động 6 tháng của tỉnh Lạng Sơn",
				Text: "6 tháng đầu năm 2024, các chỉ tiêu về lao động, việc làm của tỉnh Lạng Sơn cơ bản đạt tiến độ.\nToàn tỉnh giải quyết việc làm cho 8.900 lao động.",
				Want: "id=employment.jobs_created 8900 2024-H1"},
		}},
	pLeadPlan: {Name: "lead-plan", Sets: "period", Says: "none: the lead's period is a plan's, and the figure stands now",
		Examples: []FrameExample{
			{
				Text: "Tỉnh Kon Tum đặt mục tiêu đến năm 2030 giảm tỷ lệ hộ nghèo xuống dưới 4%, tạo việc làm ổn định cho người dân vùng đồng bào dân tộc thiểu số.\nToàn tỉnh đã giải quyết việc làm cho 5.200 lao động.",
				Want: "id=poverty.rate 4 target 2030 under; id=employment.jobs_created 5200"},
			{
				Text: "Tỉnh Lai Châu đặt mục tiêu đến năm 2025 giảm tỷ lệ hộ nghèo xuống dưới 10%, nâng cao đời sống vật chất và tinh thần cho người dân vùng cao.\nToàn tỉnh đã đào tạo nghề cho 3.400 lao động nông thôn.",
				Want: "id=poverty.rate 10 target 2025 under; id=vocational.rural_trainees 3400"},
		}},
	pDateLineYear: {Name: "date-line-year", Sets: "period", Says: "date line: the year of the report",
		Examples: []FrameExample{
			{Published: "2025-04-08", Title: "Hà Nam hỗ trợ người lao động mất việc",
				Text: "Tỉnh Hà Nam dành hơn 12,5 tỷ đồng hỗ trợ người lao động mất việc làm.",
				Want: "id=support.funding 12500000000 2025 over"},
			{Published: "2024-07-22", Title: "Quảng Bình tặng quà người có công",
				Text: "Tỉnh Quảng Bình dành hơn 5,6 tỷ đồng tặng quà người có công với cách mạng nhân Ngày Thương binh - Liệt sĩ.",
				Want: "id=support.funding 5600000000 2024 over"},
		}},
	pArticleTet: {Name: "article-tet", Sets: "period", Says: "article: the one Tết it names",
		Examples: []FrameExample{
			{Title: "Hưng Yên chăm lo cho gia đình chính sách",
				Text: "Các cấp, các ngành trong tỉnh đã chủ động rà soát, lập danh sách các đối tượng được thăm hỏi, tặng quà.\nTỉnh tặng 45.600 suất quà cho người có công nhân dịp Tết Nguyên đán Giáp Thìn 2024.\nKinh phí chăm lo Tết cho các hộ nghèo là 9,2 tỷ đồng.",
				Want: "id=support.beneficiaries 45600 2024; id=support.funding 9200000000 2024"},
			{Title: "Nam Định chăm lo Tết cho người nghèo",
				Text: "Các cấp, các ngành trong tỉnh đã chuẩn bị chu đáo để mọi nhà, mọi người đều được đón Tết đầm ấm, vui tươi.\nTrước Tết Nguyên đán Quý Mão 2023, tỉnh đã tặng 38.200 suất quà cho hộ nghèo và gia đình chính sách.\nKinh phí chăm lo Tết của tỉnh là 21,4 tỷ đồng.",
				Want: "id=support.beneficiaries 38200 2023; id=support.funding 21400000000 2023"},
		}},
	pContinues: {Name: "continues", Sets: "period", Says: "a sentence that goes on with the one before (\"Trong đó, …\"): its period",
		Examples: []FrameExample{
			{Title: "Hưng Yên: hơn 21.000 lao động có việc làm mới",
				Text: "Tính đến ngày 30/9/2024, toàn tỉnh đã giải quyết việc làm cho 21.300 lao động.\n\nTrong đó, 1.240 người đi làm việc ở nước ngoài theo hợp đồng.",
				Want: "id=employment.jobs_created 21300 2024-01/2024-09; id=employment.overseas_workers 1240 2024-01/2024-09"},
		}},
	pNone: {Name: "none", Sets: "period", Says: "none: the text gives no period",
		Examples: []FrameExample{
			{
				Text: "Toàn tỉnh có 3.120 hộ nghèo, chiếm 1,9% tổng số hộ.",
				Want: "id=poverty.poor_households 3120; id=poverty.rate 1.9"},
			{
				Text: "Ngân hàng Chính sách xã hội tỉnh Hà Tĩnh đã cho 1.250 lao động vay vốn tạo việc làm.",
				Want: "id=employment.loan_borrowers 1250"},
		}},
	pHeadTitle: {Name: "head-title", Sets: "period", Says: "head: the title's period",
		Examples: []FrameExample{
			{Published: "2025-01-10", Title: "Kết quả công tác lao động năm 2024 của tỉnh Bến Tre",
				Text: "Toàn tỉnh giải quyết việc làm cho 25.300 lao động, tuyển sinh đào tạo nghề cho 19.800 người.",
				Want: "id=employment.jobs_created 25300 2024; id=vocational.enrollment 19800 2024"},
			{Published: "2024-07-10", Title: "Kết quả công tác lao động 6 tháng đầu năm 2024 của tỉnh Bình Thuận",
				Text: "Toàn tỉnh giải quyết việc làm cho 10.200 lao động, tuyển sinh đào tạo nghề cho 6.700 người.",
				Want: "id=employment.jobs_created 10200 2024-H1; id=vocational.enrollment 6700 2024-H1"},
		}},
	pHeadLead: {Name: "head-lead", Sets: "period", Says: "head: the lead's first period",
		Examples: []FrameExample{
			{Published: "2025-01-10",
				Text: "Hưng Yên: tỷ lệ lao động qua đào tạo đạt 70,5%\nHội nghị tổng kết công tác lao động, người có công và xã hội năm 2024 của tỉnh Hưng Yên diễn ra sáng 9/1/2025 tại thành phố Hưng Yên.\nTheo báo cáo, toàn tỉnh giải quyết việc làm cho 25.300 lao động.",
				Want: "id=labour.trained_rate 70.5 2024; id=employment.jobs_created 25300 2024"},
			{Published: "2024-07-10",
				Text: "Nghệ An: tuyển sinh đào tạo nghề cho 36.000 người\nHội nghị sơ kết công tác lao động, người có công và xã hội 6 tháng đầu năm 2024 của tỉnh Nghệ An được tổ chức sáng 9/7 tại thành phố Vinh.\nTheo báo cáo, toàn tỉnh đã đưa 9.800 lao động đi làm việc ở nước ngoài.",
				Want: "id=vocational.enrollment 36000 2024-H1; id=employment.overseas_workers 9800 2024-H1"},
		}},
	pHeadline: {Name: "headline", Sets: "period", Says: "head: the headline restates a figure of the body, with its period and kind",
		Examples: []FrameExample{
			{Published: "2026-01-12",
				Text: "Hòa Bình giải quyết việc làm cho 24.000 lao động\nNăm 2026, tỉnh phấn đấu giải quyết việc làm cho 24.000 lao động, trong đó đưa 1.500 lao động đi làm việc ở nước ngoài.",
				Want: "id=employment.jobs_created 24000 target 2026; id=employment.jobs_created 24000 target 2026; id=employment.overseas_workers 1500 target 2026"},
			{Published: "2025-10-05",
				Text: "Sơn La: tỷ lệ hộ nghèo còn 9,8%\nTheo báo cáo của Sở Lao động - Thương binh và Xã hội, ước đến hết năm 2025, tỷ lệ hộ nghèo của tỉnh còn 9,8%.",
				Want: "id=poverty.rate 9.8 estimate 2025; id=poverty.rate 9.8 estimate 2025"},
		}},
	kPlanInBrackets: {Name: "plan-in-brackets", Sets: "kind", Says: "a plan in brackets, or in a clause of its own, after the result",
		Examples: []FrameExample{
			{Published: "2025-01-10", Title: "Bắc Ninh tổng kết công tác lao động",
				Text: "Năm 2024, toàn tỉnh giải quyết việc làm cho 26.100 lao động (kế hoạch 25.000 lao động), đạt 104,4% kế hoạch.",
				Want: "id=employment.jobs_created 26100 2024; id=employment.jobs_created 25000 target 2024; id=employment.jobs_created 104.4 percent_of_plan 2024"},
			{Published: "2025-01-15", Title: "Hòa Bình tổng kết công tác giảm nghèo",
				Text: "Năm 2024, tỷ lệ hộ nghèo của tỉnh còn 6,8% (kế hoạch 7%).",
				Want: "id=poverty.rate 6.8 2024; id=poverty.rate 7 target 2024"},
			// the planned change of a rate, after the change
			{Published: "2025-01-09", Title: "Bình Phước tổng kết giảm nghèo",
				Text: "Năm 2024, tỷ lệ hộ nghèo giảm còn 6,1%, giảm 2,3% so với đầu năm, đạt 104,5% kế hoạch (kế hoạch giảm 2,2%).",
				Want: "id=poverty.rate 6.1 2024; id=poverty.rate_reduction 2.3 percentage_point 2024; id=poverty.rate_reduction 104.5 percent_of_plan 2024; id=poverty.rate_reduction 2.2 percentage_point target 2024"},
			// the plan in a clause of its own
			{Published: "2025-01-08", Title: "Phú Yên tổng kết năm 2024",
				Text: "Năm 2024, tỉnh tuyển sinh đào tạo nghề cho 14.350 người, chỉ tiêu giao 14.000 người, đạt 102,5% kế hoạch.",
				Want: "id=vocational.enrollment 14350 2024; id=vocational.enrollment 14000 target 2024; id=vocational.enrollment 102.5 percent_of_plan 2024"},
		}},
	kEstimateMark: {Name: "estimate-mark", Sets: "kind", Says: "a bracket after the figure, or after its period, marks it an estimate",
		Examples: []FrameExample{
			{Published: "2025-10-20", Title: "Lạng Sơn: 5 năm đào tạo nghề cho lao động",
				Text: "Tỷ lệ lao động qua đào tạo của tỉnh tăng từ 55% năm 2020 lên 67,2% năm 2025 (ước).",
				Want: "id=labour.trained_rate 55 2020; id=labour.trained_rate 67.2 estimate 2025"},
			{Published: "2024-12-02", Title: "Tuyên Quang tổng kết công tác lao động",
				Text: "Năm 2024, toàn tỉnh giải quyết việc làm cho 19.300 lao động (ước tính).",
				Want: "id=employment.jobs_created 19300 estimate 2024"},
		}},
	kPlanAttainment: {Name: "plan-attainment", Sets: "kind", Says: "plan attainment: a result, never a target",
		Examples: []FrameExample{
			{Published: "2025-01-10", Title: "Hải Dương tổng kết công tác lao động",
				Text: "Năm 2024, toàn tỉnh giải quyết việc làm cho 31.400 lao động, chỉ tiêu giao giải quyết việc làm cho 30.000 lao động, đạt 104,7% kế hoạch.",
				Want: "id=employment.jobs_created 31400 2024; id=employment.jobs_created 30000 target 2024; id=employment.jobs_created 104.7 percent_of_plan 2024"},
			{Published: "2025-01-12", Title: "Phú Thọ tổng kết công tác đào tạo nghề",
				Text: "Năm 2024, toàn tỉnh tuyển sinh đào tạo nghề cho 41.600 người, chỉ tiêu giao tuyển sinh đào tạo nghề cho 40.000 người, đạt 104% kế hoạch.",
				Want: "id=vocational.enrollment 41600 2024; id=vocational.enrollment 40000 target 2024; id=vocational.enrollment 104 percent_of_plan 2024"},
		}},
	kStartLevel: {Name: "start-level", Sets: "kind", Says: "the level a change starts from",
		Examples: []FrameExample{
			{Published: "2025-09-12", Title: "Trà Vinh: tỷ lệ hộ nghèo dự kiến còn 0,9%",
				Text: "Tỷ lệ hộ nghèo của tỉnh dự kiến giảm từ 1,6% xuống còn 0,9% vào cuối năm 2025.",
				Want: "id=poverty.rate 1.6 2024; id=poverty.rate 0.9 estimate 2025"},
			{Published: "2025-09-12", Title: "Đồng Tháp: tỷ lệ hộ cận nghèo giảm",
				Text: "Tỷ lệ hộ cận nghèo của tỉnh ước giảm từ 2,9% xuống còn 2,3% vào cuối năm 2025.",
				Want: "id=poverty.near_poor_rate 2.9 2024; id=poverty.near_poor_rate 2.3 estimate 2025"},
		}},
	kFraction: {Name: "fraction", Sets: "kind", Says: "fraction: achieved/planned",
		Examples: []FrameExample{
			{Published: "2024-12-18", Title: "Vĩnh Long: kết quả thực hiện chỉ tiêu năm 2024",
				Text: "Tuyển sinh đào tạo nghề: 8.450/9.000 người, đạt 93,9% kế hoạch.",
				Want: "id=vocational.enrollment 8450 2024; id=vocational.enrollment 9000 target 2024; id=vocational.enrollment 93.9 percent_of_plan 2024"},
			{Published: "2024-12-18", Title: "Vĩnh Long: kết quả thực hiện chỉ tiêu năm 2024",
				Text: "Tỷ lệ lao động qua đào tạo: 71,5%/71%.",
				Want: "id=labour.trained_rate 71.5 2024; id=labour.trained_rate 71 target 2024"},
		}},
	kPartOfEstimate: {Name: "part-of-estimate", Sets: "kind", Says: "a part of an estimate (\"trong đó\" after its \";\")",
		Examples: []FrameExample{
			{Published: "2024-12-10", Title: "Bình Phước: kết quả giải quyết việc làm năm 2024",
				Text: "Cả năm, số lao động được giải quyết việc làm ước đạt 17.600 người, bằng 102% kế hoạch; trong đó đưa đi làm việc ở nước ngoài 1.150 người.",
				Want: "id=employment.jobs_created 17600 estimate 2024; id=employment.jobs_created 102 percent_of_plan estimate 2024; id=employment.overseas_workers 1150 estimate 2024"},
			{Published: "2024-12-10", Title: "Yên Bái: kết quả giải quyết việc làm năm 2024",
				Text: "Năm 2024, ước giải quyết việc làm cho 20.100 lao động; trong đó xuất khẩu lao động 1.900 người.",
				Want: "id=employment.jobs_created 20100 estimate 2024; id=employment.overseas_workers 1900 estimate 2024"},
		}},
	kTargetCue: {Name: "target-cue", Sets: "kind", Says: "target cue before the figure in its sentence",
		Examples: []FrameExample{
			{Published: "2025-01-20", Title: "Thanh Hóa: nhiệm vụ năm 2025",
				Text: "Năm 2025, ngành lao động tỉnh đề ra các chỉ tiêu: Giải quyết việc làm cho 62.000 lao động; tuyển sinh đào tạo nghề cho 70.000 người.",
				Want: "id=employment.jobs_created 62000 target 2025; id=vocational.enrollment 70000 target 2025"},
			{Published: "2025-01-20", Title: "Tuyên Quang: nhiệm vụ năm 2025",
				Text: "Năm 2025, tỉnh giao chỉ tiêu giải quyết việc làm cho 20.500 lao động.",
				Want: "id=employment.jobs_created 20500 target 2025"},
		}},
	kRangeGoal: {Name: "range-goal", Sets: "kind", Says: "a range states a goal",
		Examples: []FrameExample{
			{Published: "2025-01-20", Title: "Thanh Hóa: nhiệm vụ năm 2025",
				Text: "Năm 2025, tỷ lệ lao động qua đào tạo của tỉnh đạt 72 - 73%.",
				Want: "id=labour.trained_rate 72 target 2025 at_least; id=labour.trained_rate 73 target 2025 at_most"},
			{Published: "2025-01-20", Title: "Tuyên Quang: nhiệm vụ năm 2025",
				Text: "Năm 2025, toàn tỉnh giải quyết việc làm cho 24.000 - 25.000 lao động.",
				Want: "id=employment.jobs_created 24000 target 2025 at_least; id=employment.jobs_created 25000 target 2025 at_most"},
		}},
	kEstimatePastSemicolon: {Name: "estimate-past-semicolon", Sets: "kind", Says: "the estimate of its sentence, past a \";\"",
		Examples: []FrameExample{
			{Published: "2025-08-12", Title: "Cà Mau: kết quả giảm nghèo",
				Text: "Năm 2025, tỷ lệ hộ nghèo của tỉnh dự kiến giảm xuống còn 0,9%; tỷ lệ hộ cận nghèo giảm xuống còn 1,8%.",
				Want: "id=poverty.rate 0.9 estimate 2025; id=poverty.near_poor_rate 1.8 estimate 2025"},
			{Published: "2024-12-12", Title: "Bình Phước: kết quả năm 2024",
				Text: "Năm 2024, ước tuyển sinh đào tạo nghề cho 13.800 người; đưa 1.260 lao động đi làm việc ở nước ngoài.",
				Want: "id=vocational.enrollment 13800 estimate 2024; id=employment.overseas_workers 1260 estimate 2024"},
		}},
	kAfterPublication: {Name: "after-publication-year", Sets: "kind", Says: "a period after the publication year",
		Examples: []FrameExample{
			{Published: "2024-12-15", Title: "Đắk Nông: kế hoạch giải quyết việc làm",
				Text: "Năm 2025, toàn tỉnh giải quyết việc làm cho 9.500 lao động.",
				Want: "id=employment.jobs_created 9500 target 2025"},
			{Published: "2024-11-28", Title: "Kế hoạch giảm nghèo của tỉnh Sơn La",
				Text: "Năm 2025, tỷ lệ hộ nghèo của tỉnh giảm còn 8,5%.",
				Want: "id=poverty.rate 8.5 target 2025"},
		}},
	kAfterTitle: {Name: "after-title-period", Sets: "kind", Says: "a period after the title's",
		Examples: []FrameExample{
			{Published: "2025-01-10", Title: "Tổng kết công tác lao động năm 2024 của tỉnh Đắk Nông",
				Text: "Năm 2024, toàn tỉnh giải quyết việc làm cho 9.320 lao động. Năm 2025, toàn tỉnh giải quyết việc làm cho 9.500 lao động.",
				Want: "id=employment.jobs_created 9320 2024; id=employment.jobs_created 9500 target 2025"},
			{Published: "2025-01-14", Title: "Báo cáo kết quả đào tạo nghề năm 2024 của tỉnh Bình Dương",
				Text: "Năm 2024, tỉnh tuyển sinh đào tạo nghề cho 52.100 người. Năm 2025, toàn tỉnh tuyển sinh đào tạo nghề cho 55.000 người.",
				Want: "id=vocational.enrollment 52100 2024; id=vocational.enrollment 55000 target 2025"},
		}},
	kTargetGoverns: {Name: "target-sentence-governs", Sets: "kind", Says: "text so far: a target sentence governs",
		Examples: []FrameExample{
			{Published: "2025-01-10", Title: "Đắk Nông: nhiệm vụ năm 2025",
				Text: "Năm 2025, tỉnh phấn đấu giải quyết việc làm cho 9.500 lao động.\nTuyển sinh đào tạo nghề cho 7.800 người.",
				Want: "id=employment.jobs_created 9500 target 2025; id=vocational.enrollment 7800 target 2025"},
			{Published: "2025-01-10", Title: "Quảng Nam: nhiệm vụ năm 2025",
				Text: "Năm 2025, tỉnh đặt mục tiêu giảm tỷ lệ hộ nghèo xuống còn 4,5%.\nGiải quyết việc làm cho 16.000 lao động.",
				Want: "id=poverty.rate 4.5 target 2025; id=employment.jobs_created 16000 target 2025"},
		}},
	kDefault: {Name: "default", Sets: "kind", Says: "default: a reported result",
		Examples: []FrameExample{
			{Published: "2025-01-10", Title: "Đắk Nông tổng kết năm 2024",
				Text: "Năm 2024, toàn tỉnh giải quyết việc làm cho 9.320 lao động.",
				Want: "id=employment.jobs_created 9320 2024"},
			{Published: "2025-01-10", Title: "Lâm Đồng tổng kết năm 2024",
				Text: "Toàn tỉnh có 7.300 người có công đang hưởng trợ cấp hằng tháng trong năm 2024.",
				Want: "id=merit.monthly_recipients 7300 2024"},
		}},
}

// ContextSelfTest runs the examples of a context rule through Extract,
// with their context: each must yield exactly its want records, as for a
// frame rule, and the rule must decide the field it sets (its name opens
// the record's period_from, kind_from or region_from) in one of them, or
// in one of the example's statistic records (Options.All): another
// country's figure is a statistic, never an indicator record.
func ContextSelfTest(r ContextRule) []ExampleResult {
	var out []ExampleResult
	for i, ex := range r.Examples {
		name := r.Name + "/" + strconv.Itoa(i)
		doc := corpus.Document{ID: "example", Title: ex.Title, Text: ex.Text, Published: ex.Published}
		res := runExample(name, ex.Text, ex.Want, Indicator{}, doc)
		if res.Failure == "" {
			decided := false
			for _, rec := range Extract(doc, Options{Explain: true, All: true}) {
				from := map[string]string{"period": rec.PeriodFrom, "kind": rec.KindFrom, "region": rec.RegionFrom}[r.Sets]
				decided = decided || strings.HasPrefix(from, r.Name+" (")
			}
			if !decided {
				res.Failure = "the rule decides the " + r.Sets + " of none of its records"
			}
		}
		out = append(out, res)
	}
	return out
}
