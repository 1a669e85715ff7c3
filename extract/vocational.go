package extract

import (
	"slices"

	"github.com/solieu/solieu/normalize"
)

// schoolWords name general schooling, not vocational training: its
// enrolments and graduates are no vocational.* figures ("tuyển sinh
// 145.000 học sinh lớp 1", "82.934 học sinh xét tốt nghiệp THCS").
var schoolWords = []string{"thpt", "thcs", "trung học phổ thông", "trung học cơ sở", "tiểu học", "mầm non", "mẫu giáo",
	"lớp 1", "lớp 6", "lớp 10", "phổ thông", "vào lớp", "học sinh lớp",
	"đại học"} // universities train no vocational learners

// vocational holds the vocational.* declarations: enrolment, training,
// graduates and their jobs.
var vocational = []Indicator{{
	ID:   "vocational.enrollment",
	Unit: normalize.Person,
	Cues: []string{"tuyển mới", "tuyển sinh", "tuyển mới giáo dục nghề nghiệp", "tuyển sinh giáo dục nghề nghiệp",
		"tuyển sinh, đào tạo nghề", "tuyển sinh, đào tạo", "tuyển sinh đào tạo nghề",
		"tuyển mới dạy nghề", "tuyển sinh, đào tạo", "tuyển sinh và đào tạo", "đào tạo trình độ", "tuyển sinh mới", "tuyển sinh học nghề"},
	// schools' intakes are not vocational training
	Unless: schoolWords,
	Examples: []Example{
		// a part that is a span of its own is a fact of that span
		{"9 tháng đầu năm 2019, tuyển mới 11.240 người, riêng quý III/2019 tuyển mới 3.905 người.", "11240 2019-01/2019-09; 3905 2019-Q3"},
		{"Năm 2019, tuyển sinh, đào tạo nghề được 11.240/15.000 người, đạt 74,9% kế hoạch.", "11240 2019; 15000 target 2019; 74.9 percent_of_plan 2019"},
		{"Năm 2023, tuyển sinh giáo dục nghề nghiệp cho 32.450 người, đạt 101,4% kế hoạch.", "32450 2023; 101.4 percent_of_plan 2023"},
		{"Phấn đấu năm 2024 tuyển mới đào tạo nghề cho 35.000 người.", "35000 target 2024"},
		{"Ước 6 tháng đầu năm 2023, tuyển sinh được 14.800 học viên.", "14800 estimate 2023-H1"},
		{"6 tháng đầu năm 2023, tuyển sinh đào tạo nghề cho 3.140/6.500 người, đạt 48,3% kế hoạch.", "3140 2023-H1; 6500 target 2023; 48.3 percent_of_plan 2023-H1"},
	},
	Counter: []string{
		"Năm 2023, tỉnh tuyển dụng 45 viên chức cho các trường cao đẳng nghề.",
		"Năm học 2025-2026, thành phố tuyển sinh khoảng 61.000 học sinh vào lớp 10 công lập.",
		"Năm học tới, quận tuyển sinh 3.400 trẻ mầm non, 5.100 học sinh lớp 1.",
		"Năm học mới, huyện tuyển sinh vào lớp 1 được 2.150 học sinh.",
		"Kỳ thi vào lớp 10 năm 2023, các trường THPT công lập của tỉnh tuyển sinh 12.400 học sinh.",
	},
}, {
	ID:   "vocational.trained",
	Unit: normalize.Person,
	Cues: []string{"đào tạo nghề", "tổ chức đào tạo nghề", "dạy nghề", "đào tạo", "học nghề", "đào tạo nghề cho"},
	Unless: slices.Concat(schoolWords, []string{"nông thôn", // rural workers: vocational.rural_trainees
		"bồi dưỡng", "cán bộ", "công chức", // training of officials is not vocational
		"nghiệp vụ", "bác sĩ", "y bác sĩ", "thẩm phán", "giáo viên", "huấn luyện viên", "vận động viên", // nor of professionals
		"tuyển mới", "tuyển sinh", // "tuyển mới đào tạo nghề cho": vocational.enrollment
		// a level of training names a part of a breakdown ("trong đó trình độ
		// cao đẳng 3.120 người, sơ cấp và đào tạo dưới 3 tháng 18.730 người"),
		// whose head is another count
		"trình độ", "sơ cấp", "trung cấp", "cao đẳng", "dưới 3 tháng", "đào tạo thường xuyên"}),
	Examples: []Example{
		{"Năm 2022, toàn tỉnh đã tổ chức đào tạo nghề cho 28.600 người.", "28600 2022"},
		// a figure with a predicate of its own is no item of the list before it
		{"Năm 2022, toàn tỉnh đã đào tạo nghề cho 28.600 người, 21.300 người có việc làm ổn định.", "28600 2022"},
		{"Phấn đấu trong giai đoạn 2021-2025, đào tạo nghề cho 2.000 - 2.500 người khuyết tật.", "2000 target 2021/2025 at_least; 2500 target 2021/2025 at_most"},
	},
	Counter: []string{
		"Năm 2023, Sở tổ chức đào tạo, bồi dưỡng cho 1.200 cán bộ, công chức.",
		"Năm 2023, toàn tỉnh có 54 cơ sở giáo dục nghề nghiệp đang hoạt động.",
		"Năm 2023, đào tạo nghề cho 8.500 lao động nông thôn.",
		"Phấn đấu năm 2024 tuyển mới đào tạo nghề cho 35.000 người.",
		"Trong đó, trình độ cao đẳng 540 người, trung cấp 1.020 người, sơ cấp và đào tạo thường xuyên 9.410 người.",
		"Năm 2023, các cơ sở tuyển sinh được 21.400 người, trong đó trình độ trung cấp 2.900 người, sơ cấp và đào tạo dưới 3 tháng 16.100 người.",
	},
}, {
	ID:   "vocational.graduates",
	Unit: normalize.Person,
	Cues: []string{"tốt nghiệp", "công nhận tốt nghiệp", "hoàn thành khóa học", "hoàn thành khóa đào tạo"},
	// school leavers and school exams are not vocational graduates
	Unless:  append([]string{"tốt nghiệp thcs", "tốt nghiệp thpt", "tốt nghiệp trung học", "thi tốt nghiệp", "xét tốt nghiệp thcs"}, schoolWords...),
	Article: vocationalDomain,
	// graduates of vocational training: the paragraph or the title names
	// it (people who "tốt nghiệp các trường ở Đức" are not)
	Context: vocationalContext,
	Examples: []Example{
		{"Năm 2022, có 9.870 học viên hoàn thành khóa học nghề.", "9870 2022"},
		{"Trong năm 2023, các cơ sở giáo dục nghề nghiệp có 9.870 học viên tốt nghiệp.", "9870 2023"},
		{"Tại các cơ sở giáo dục nghề nghiệp, năm 2022 có 12.300 học sinh được công nhận tốt nghiệp.", "12300 2022"},
		{"Năm 2022, các trường cao đẳng có 12.300 học sinh, sinh viên được công nhận tốt nghiệp.", "12300 2022"},
	},
	Counter: []string{
		"Hiện có trên 50.000 người Việt Nam nói thạo tiếng Pháp và từng tốt nghiệp các trường đại học ở Pháp.",
		// a university's graduates are not vocational
		"Năm 2023, Trường Đại học Tây Bắc có 1.850 sinh viên tốt nghiệp.",
		"Năm 2023, các trường tổ chức lễ tốt nghiệp cho 14 lớp.",
		"Năm học này, huyện có 2.870 học sinh được xét tốt nghiệp THCS.",
		"Kỳ thi tốt nghiệp THPT năm nay có 21.300 thí sinh đăng ký dự thi.",
		"Năm học 2022-2023, có 16.200 học sinh lớp 9 được công nhận tốt nghiệp THCS.",
		"Năm 2023, tỷ lệ học sinh, sinh viên tốt nghiệp có việc làm đạt 92%.",
	},
}, {
	ID:    "vocational.rural_trainees",
	Unit:  normalize.Person,
	Cues:  []string{"đào tạo nghề", "dạy nghề", "đào tạo", "học nghề"},
	Needs: []string{"nông thôn"},
	Examples: []Example{
		{"Năm 2023, đào tạo nghề cho 8.500 lao động nông thôn.", "8500 2023"},
		{"Giai đoạn 2016-2020, toàn tỉnh đã đào tạo nghề cho hơn 42.000 lao động nông thôn.", "42000 2016/2020 over"},
		{"Năm 2023, đào tạo nghề cho lao động nông thôn 6.200 người.", "6200 2023"},
	},
	Counter: []string{
		"Năm 2023, có 1.200 lao động nông thôn được vay vốn.",
	},
}, {
	ID:    "vocational.graduate_employment_rate",
	Unit:  normalize.PercentUnit,
	Cues:  []string{"có việc làm", "có việc làm sau", "có việc làm ngay", "được tuyển dụng"},
	Needs: []string{"tốt nghiệp", "ra trường", "sau học nghề", "sau khi học nghề", "sau đào tạo", "sau khi học"},
	// a university's or a school's graduates are not vocational ones
	Context: vocationalContext,
	Examples: []Example{
		{"Năm 2023, tỷ lệ học sinh, sinh viên tốt nghiệp các trường nghề có việc làm đạt 92%.", "92 2023"},
		{"Năm 2022, có 85% học sinh học nghề sau khi tốt nghiệp có việc làm ngay.", "85 2022"},
	},
	Counter: []string{
		"Năm 2022, có 68,5% số học viên được đào tạo nghề có việc làm.",
		"Theo khảo sát của một trường đại học, 91% sinh viên tốt nghiệp năm 2023 đã có việc làm.",
	},
}}

// labour holds the labour.* declarations: the shares of the workforce.
var labour = []Indicator{{
	ID:   "labour.trained_rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"tỷ lệ lao động qua đào tạo", "lao động qua đào tạo", "qua đào tạo", "tỉ lệ lao động qua đào tạo", "lao động đã qua đào tạo",
		"lao động được đào tạo", "lao động đã được đào tạo"}, // "tỷ lệ lao động được đào tạo trong lực lượng lao động"
	Examples: []Example{
		// a rate with no cue, for another period, repeats the rate before
		{"Năm 2022, tỷ lệ lao động qua đào tạo của toàn tỉnh đạt 66%; năm 2023 là 67,2%, năm 2024 đã đạt 68,5%.", "66 2022; 67.2 2023; 68.5 2024"},
		// a report's table line: done / planned
		{"Năm 2019, tỷ lệ lao động qua đào tạo: 66,2%/66%.", "66.2 2019; 66 target 2019"},
		// a sub-group reaching a share is not a plan attained
		{"Năm 2022, tỷ lệ lao động qua đào tạo đạt 68%, trong đó qua đào tạo nghề đạt 52%.", "68 2022"},
		{"Năm 2023, tỷ lệ lao động qua đào tạo đạt 68,5%.", "68.5 2023"},
		// a range states a goal, with no target word
		{"Năm 2027, tỷ lệ lao động qua đào tạo đạt từ 71 – 73%.", "71 target 2027 at_least; 73 target 2027 at_most"},
		// a rate's level, then the plan it attained
		{"Năm 2021, tỷ lệ lao động qua đào tạo là 66,4%, đạt 101% so với kế hoạch.", "66.4 2021; 101 percent_of_plan 2021"},
		{"Phấn đấu năm 2025 tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 30%.", "70 target 2025"},
		// a list of years under one head cue: each item is led by its year
		{"Phấn đấu tỷ lệ lao động qua đào tạo năm 2026 đạt 73%; năm 2027 đạt 75%; năm 2028 là 77%.", "73 target 2026; 75 target 2027; 77 target 2028"},
		// a difference from another population's rate is no level
		{"Năm 2023, tỷ lệ lao động qua đào tạo của tỉnh là 71,2%, cao hơn mức chung của vùng 3,5%.", "71.2 2023"},
		{"Kế hoạch đặt mục tiêu nâng tỷ lệ lao động được đào tạo trong lực lượng lao động lên 72% vào năm 2026.", "72 target 2026"},
	},
	Counter: []string{
		"Năm 2023, tỷ lệ lao động qua đào tạo tăng 1,5% so với năm 2022.",
		"Năm 2022, có 68,5% số học viên được đào tạo nghề có việc làm.",
		"Theo khảo sát của một trường đại học, 91% sinh viên tốt nghiệp năm 2023 đã có việc làm.",
	},
}, {
	ID:   "labour.agriculture_share",
	Unit: normalize.PercentUnit,
	Cues: []string{"lao động nông nghiệp", "lao động trong lĩnh vực nông nghiệp", "lao động làm nông nghiệp",
		"lao động nông, lâm nghiệp và thủy sản", "lao động nông, lâm, thủy sản", "lĩnh vực nông nghiệp", "nông nghiệp",
		"nông, lâm nghiệp và thủy sản", "nông, lâm, thủy sản", "nông, lâm nghiệp", "nông lâm nghiệp"},
	// a share of labour, not of output ("tỷ trọng nông nghiệp trong GRDP")
	Needs: []string{"lao động"},
	Examples: []Example{
		{"Năm 2023, tỷ lệ lao động trong lĩnh vực nông nghiệp chiếm 32,4% tổng số lao động.", "32.4 2023"},
		{"Mục tiêu đến năm 2025 giảm tỷ lệ lao động nông nghiệp trong tổng lao động xuống còn 25%.", "25 target 2025"},
	},
	Counter: []string{
		"Năm 2023, tỷ trọng nông, lâm nghiệp và thủy sản trong GRDP chiếm 25,3%.",
		"Năm 2023, giá trị sản xuất nông nghiệp tăng 3,2%.",
	},
}}

// vocationalDomain are the words of an article about vocational training:
// "tốt nghiệp" in one with none of them is of schools or universities.
var vocationalDomain = []string{"nghề", "giáo dục nghề nghiệp", "cao đẳng", "trung cấp", "sơ cấp", "học viên", "đào tạo"}

// vocationalContext is evidence in a paragraph or a title that its
// graduates are vocational ones.
var vocationalContext = []string{"nghề", "giáo dục nghề nghiệp", "cao đẳng", "trung cấp", "sơ cấp", "học viên"}
