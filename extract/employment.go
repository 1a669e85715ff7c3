package extract

import "github.com/solieu/solieu/normalize"

// employment holds the employment.* declarations: jobs, work abroad,
// unemployment, the employment fund's loans, and job referrals.
var employment = []Indicator{{
	ID:   "employment.jobs_created",
	Unit: normalize.Person,
	Cues: []string{"giải quyết việc làm", "tạo việc làm", "có việc làm mới", "việc làm mới", "có thêm việc làm", "được tạo việc làm", "giải quyết việc làm mới",
		"có thêm",             // "có thêm 8.965 lượt lao động có việc làm"
		"đã có việc làm",      // "1.240 người đã có việc làm": found work in the period
		"việc làm tăng thêm"}, // "có 30.000 việc làm tăng thêm"
	// (bare "có việc làm" is no cue: "665.000 người có việc làm" is the
	// employed part of the labour force, not new jobs)
	Unless: []string{"vay vốn", "vốn vay", "cho vay", // loans: employment.loan_jobs
		"tử vong", "thiệt mạng", "nạn nhân", "bị thương"}, // "có thêm 1 nạn nhân tử vong"
	Examples: []Example{
		{"Phấn đấu năm 2024 thực hiện giải quyết việc làm cho 28.000 lao động.", "28000 target 2024"},
		// a rise on last year is no attainment of a plan
		{"Năm 2023, toàn tỉnh giải quyết việc làm cho 27.300 lao động, vượt 5% so với cùng kỳ.", "27300 2023"},
		// a plan opening the sentence sets a target
		{"Kế hoạch năm 2025 tỉnh giao cho ngành là giải quyết việc làm cho 31.000 lao động.", "31000 target 2025"},
		// a result reported against a plan stays a result
		{"Thực hiện theo kế hoạch năm 2023: đã giải quyết việc làm cho 24.600 lao động.", "24600 2023"},
		{"Năm 2023, toàn tỉnh giải quyết việc làm cho 27.300 lao động, đạt 105% kế hoạch.", "27300 2023; 105 percent_of_plan 2023"},
		{"Phấn đấu năm 2024 tạo việc làm mới cho hơn 28.000 người.", "28000 target 2024 over"},
		{"Trong 6 tháng đầu năm 2022, có gần 9.500 lao động có việc làm mới.", "9500 2022-H1 nearly"},
		{"Ước cả năm 2021 giải quyết việc làm cho khoảng 31.000 lao động.", "31000 estimate 2021 approx"},
		{"Quý I/2023, tạo việc làm cho 6.120/25.000 lao động, đạt 24,5% kế hoạch năm.", "6120 2023-Q1; 25000 target 2023; 24.5 percent_of_plan 2023-Q1"},
		{"Trong tháng 5/2023, khoảng 2.340 lao động của tỉnh đã có việc làm.", "2340 2023-05 approx"},
		{"Mục tiêu năm 2025 là tạo 21.000 việc làm tăng thêm.", "21000 target 2025"},
		{"Năm 2023, các dự án đầu tư đã tạo ra 3.600 việc làm mới.", "3600 2023"},
	},
	Counter: []string{
		"Năm 2023, lực lượng lao động của tỉnh là 680.000 người, trong đó 665.000 người có việc làm.",
		"Sở tổ chức 12 phiên giao dịch việc làm trong quý.",
		"Ngân hàng Chính sách xã hội cho vay vốn tạo việc làm cho 1.850 lao động.",
		"Đến tối cùng ngày, vụ tai nạn đã có thêm 2 người tử vong.",
	},
}, {
	ID:   "employment.overseas_workers",
	Unit: normalize.Person,
	Cues: []string{"đi làm việc ở nước ngoài", "làm việc ở nước ngoài", "xuất khẩu lao động", "xklđ",
		"đi làm việc có thời hạn ở nước ngoài", "làm việc tại nước ngoài", "đi làm việc ở nước ngoài theo hợp đồng",
		"lao động đi làm việc ở nước ngoài", "đi xuất khẩu lao động", "đưa lao động đi làm việc", "đi làm việc nước ngoài",
		"xuất cảnh đi làm việc", "đi làm việc theo hợp đồng",
		"xuất cảnh theo hợp đồng", "xuất cảnh làm việc", "lao động xuất cảnh", "xuất cảnh lao động",
		"ra nước ngoài làm việc", "xuất cảnh sang",
		"đi lao động ở nước ngoài", "đi lao động có thời hạn ở nước ngoài", "lao động có thời hạn ở nước ngoài", "đi lao động nước ngoài",
		// the main markets named for "abroad"
		"đi làm việc tại nhật bản", "đi làm việc tại hàn quốc", "đi làm việc tại đài loan",
		"làm việc tại nhật bản", "làm việc tại hàn quốc", "làm việc tại đài loan"},
	// people counselled about working abroad have not gone
	Unless: []string{"phiên tư vấn", "buổi tư vấn", "hội nghị tư vấn", "được tư vấn"},
	// "xuất khẩu 1.350 lao động": the figure stands inside "xuất khẩu lao
	// động"; "4.200 lao động ra nước ngoài"
	Touching: []string{"xuất khẩu", "ra nước ngoài"},
	Examples: []Example{
		// a plan in brackets after the result is its target
		{"Năm 2019, số lao động đi làm việc ở nước ngoài theo hợp đồng đạt 2.310 người (kế hoạch 2.000 người).", "2310 2019; 2000 target 2019"},
		{"Năm 2022, tỉnh đưa 2.150 lao động đi làm việc ở nước ngoài theo hợp đồng, vượt 7,5% kế hoạch.", "2150 2022; 107.5 percent_of_plan 2022"},
		{"Mục tiêu năm 2024 đưa trên 3.000 lao động đi xuất khẩu lao động.", "3000 target 2024 over"},
		{"9 tháng đầu năm 2023, có 1.240 người đi làm việc có thời hạn ở nước ngoài.", "1240 2023-01/2023-09"},
		{"Năm 2023, dự kiến đưa 2.500 lao động đi làm việc ở nước ngoài.", "2500 estimate 2023"},
		{"Năm 2023, giải quyết việc làm cho 27.300 lao động, trong đó đưa 2.150 lao động đi làm việc ở nước ngoài.", "2150 2023; 27300 2023 id=employment.jobs_created"},
		{"Năm 2025, huyện phấn đấu xuất khẩu 350 lao động.", "350 target 2025"},
		{"Quý II/2023, ước có 4.200 lao động của tỉnh ra nước ngoài làm việc.", "4200 estimate 2023-Q2"},
		{"Năm 2023, tỉnh đưa 1.760 lao động đi làm việc tại Nhật Bản, Hàn Quốc.", "1760 2023"},
		{"Năm 2023, có 940 thực tập sinh xuất cảnh sang Nhật Bản.", "940 2023"},
		// the cue after "và" names the next count, not the one before
		{"Năm 2023, tỉnh có việc làm tại chỗ cho khoảng 21.000 người và xuất khẩu lao động khoảng 1.400 người.", "1400 2023 approx"},
		{"Năm 2023, tỉnh đã đưa 1.180 người đi lao động có thời hạn ở nước ngoài.", "1180 2023"},
	},
	Counter: []string{
		"Năm 2023, tỉnh tiếp nhận 320 lao động nước ngoài đến làm việc.",
		"Các doanh nghiệp sản xuất hàng xuất khẩu trên địa bàn đang sử dụng 12.600 lao động.",
		"Năm 2023, ngành dệt may có kim ngạch xuất khẩu tăng mạnh, thu hút thêm 2.300 lao động.",
		"Năm 2023, có 15 đoàn cán bộ của tỉnh ra nước ngoài học tập kinh nghiệm với 120 người tham gia.",
		"Năm 2023, đoàn 25 cán bộ của tỉnh sang Hàn Quốc học tập kinh nghiệm.",
		"Ngày 12/5, Trung tâm tổ chức phiên tư vấn đi làm việc tại Nhật Bản cho 300 lao động.",
		"Năm 2023, có 1.450 lượt người được tư vấn về đi làm việc ở nước ngoài theo hợp đồng.",
	},
}, {
	ID:   "employment.unemployment_rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"tỷ lệ thất nghiệp", "thất nghiệp", "tỉ lệ thất nghiệp"},
	Unless: []string{"bảo hiểm thất nghiệp", "trợ cấp thất nghiệp", "bhtn", "tctn", // their shares are not the rate
		"gdp"}, // "thất nghiệp cao, nợ khoảng 130% GDP"
	Examples: []Example{
		// the rate of a part of the territory is still the rate
		{"Năm 2020, tỷ lệ thất nghiệp khoảng 2,5%, trong đó khu vực thành thị là 3,9%.", "2.5 2020 approx; 3.9 2020"},
		{"Tỷ lệ thất nghiệp khu vực thành thị năm 2023 là 2,8%.", "2.8 2023"},
		// "riêng …": the rate of a part of the population, same indicator
		{"Năm 2022, tỷ lệ thất nghiệp chung là 2,1%; riêng khu vực thành thị là 3,05%.", "2.1 2022; 3.05 2022"},
		{"Phấn đấu đến năm 2025 tỷ lệ thất nghiệp khu vực thành thị dưới 3%.", "3 target 2025 under"},
		{"Năm 2022, tỷ lệ thất nghiệp chung của tỉnh giảm còn 1,95%.", "1.95 2022"},
	},
	Counter: []string{
		"Năm 2023, tỷ lệ thất nghiệp khu vực thành thị giảm 0,3%.",
		"Trong năm 2023, có 4.320 người được hưởng trợ cấp thất nghiệp.",
		"Nợ công của nước này lên tới 120% GDP trong khi thất nghiệp vẫn ở mức cao.",
	},
}, {
	ID:   "employment.loan_borrowers",
	Unit: normalize.Person,
	Cues: []string{"được vay vốn", "vay vốn", "được vay", "cho vay", "lượt vay",
		"giải ngân cho", // "Ngân hàng Chính sách xã hội giải ngân cho 1.182 đối tượng"
		"vay"},          // "cho 2.346 đối tượng vay"
	// the poverty-credit programmes lend to households, not from the employment
	// fund; students borrow for their studies, buyers for social housing
	// the borrowers still owing ("còn dư nợ") are a balance, not lending
	Unless: []string{"hộ nghèo", "hộ cận nghèo", "hộ chính sách", "học tập", "nhà ở xã hội", "lượt hộ", "hộ vay", "dư nợ"},
	Examples: []Example{
		{"Năm 2023, Quỹ quốc gia về việc làm đã cho 1.520 đối tượng vay vốn.", "1520 2023"},
		{"Năm 2022, có 2.310 lượt người được vay vốn từ Quỹ quốc gia về việc làm với tổng số vốn vay 98,5 tỷ đồng.", "2310 2022; 98500000000 2022 id=employment.loan_amount"},
		{"Năm 2023, có 1.200 lao động nông thôn được vay vốn.", "1200 2023"},
	},
	Counter: []string{
		"Năm 2023, Ngân hàng Chính sách xã hội cho 6.830 lượt hộ nghèo và hộ chính sách vay vốn.",
		"Năm 2023, có 3.150 lao động được tạo việc làm mới thông qua vay vốn Quỹ quốc gia về việc làm.",
		"Giai đoạn 2018-2022, gần 9.600 sinh viên của tỉnh được vay vốn học tập.",
		"Năm 2023, chi nhánh ngân hàng cho 215 công nhân vay vốn nhà ở xã hội với số tiền 78 tỷ đồng.",
		"Năm 2023, có 24.600 lượt hộ được vay vốn ưu đãi với doanh số cho vay 980 tỷ đồng.",
	},
}, {
	ID:   "employment.loan_amount",
	Unit: normalize.VND,
	Cues: []string{"vốn vay", "số vốn vay", "tổng số vốn vay", "doanh số cho vay", "cho vay", "giải ngân", "vay vốn",
		"doanh số",     // "… cho 1.706 khách hàng vay với doanh số 41,2 tỷ đồng"
		"với số tiền"}, // "… cho 1.046 lượt đối tượng vay với số tiền 52,3 tỷ đồng"
	// "giải ngân 1,5 triệu USD hỗ trợ …" is a support package, not a loan;
	// "dư nợ" is the balance outstanding, not money lent in the period
	// (the poverty-credit programmes lend to households, as for the borrowers)
	Unless: []string{"dư nợ", "học tập", "nhà ở xã hội", "hộ nghèo", "hộ cận nghèo", "hộ chính sách", "lượt hộ", "hộ vay"},
	// "cho 830 người vay 38,5 tỷ đồng": the people who borrowed it, right before it
	Touching: []string{"người vay", "lượt người vay", "lao động vay", "đối tượng vay"},
	Needs:    []string{"vay", "quỹ quốc gia về việc làm", "quỹ giải quyết việc làm"},
	Examples: []Example{
		{"Doanh số cho vay giải quyết việc làm năm 2023 đạt 118.642,5 triệu đồng.", "118642500000 2023"},
		{"Năm 2021, tổng số vốn vay giải quyết việc làm là 76 tỷ đồng, giúp tạo việc làm mới cho 2.400 lao động.", "76000000000 2021; 2400 2021 id=employment.loan_jobs"},
		{"Kế hoạch giao năm 2024 cho vay Quỹ quốc gia về việc làm 150 tỷ đồng.", "150000000000 target 2024"},
		{"Năm 2023, nguồn vốn từ Quỹ quốc gia về việc làm đã cho 830 người vay 38,5 tỷ đồng.", "38500000000 2023; 830 2023 id=employment.loan_borrowers"},
		{"Năm 2023, có 960 lượt người vay từ Quỹ quốc gia về việc làm với số tiền 47,5 tỷ đồng.", "47500000000 2023; 960 2023 id=employment.loan_borrowers"},
		// the fund named after the people who borrowed the money
		{"Năm 2022, ngân hàng giải ngân 36,4 tỷ đồng cho 1.120 lao động vay từ Quỹ quốc gia về việc làm.", "36400000000 2022; 1120 2022 id=employment.loan_borrowers"},
	},
	Counter: []string{
		"Năm 2023, nguồn vốn Quỹ quốc gia về việc làm của tỉnh được bổ sung 20 tỷ đồng.",
		"Năm 2024, dự án đã giải ngân 1,5 triệu USD hỗ trợ người lao động yếu thế.",
		"Năm 2023, chi nhánh ngân hàng cho 215 công nhân vay vốn nhà ở xã hội với số tiền 78 tỷ đồng.",
		"Năm 2023, đã ban hành quyết định hưởng trợ cấp thất nghiệp cho 6.240 người với số tiền trên 84 tỷ đồng.",
		"Năm 2023, công ty vay 500 tỷ đồng từ ngân hàng thương mại để mở rộng sản xuất.",
		"Năm 2023, Ngân hàng Chính sách xã hội cho 9.300 lượt hộ nghèo, hộ cận nghèo vay vốn với doanh số 410 tỷ đồng.",
		"Năm 2023, có 24.600 lượt hộ được vay vốn ưu đãi với doanh số cho vay 980 tỷ đồng.",
	},
}, {
	ID:    "employment.loan_jobs",
	Unit:  normalize.Person,
	Cues:  []string{"tạo việc làm", "được tạo việc làm", "việc làm mới", "giải quyết việc làm", "tạo việc làm mới"},
	Needs: []string{"vay vốn", "vốn vay", "cho vay", "quỹ quốc gia về việc làm"},
	// borrowers still owing are a balance, not jobs made
	Unless: []string{"dư nợ"},
	Examples: []Example{
		{"Thông qua vay vốn Quỹ quốc gia về việc làm, năm 2023 đã tạo việc làm cho 3.150 lao động.", "3150 2023"},
		{"Năm 2023, có 3.150 lao động được tạo việc làm mới thông qua vay vốn Quỹ quốc gia về việc làm.", "3150 2023"},
		{"Ngân hàng Chính sách xã hội cho vay vốn tạo việc làm cho 1.850 lao động.", "1850"},
	},
	Counter: []string{
		"Năm 2023, toàn tỉnh giải quyết việc làm cho 27.300 lao động.",
		"Đến nay, dư nợ cho vay hỗ trợ tạo việc làm của huyện là 145 tỷ đồng với 4.870 khách hàng đang còn dư nợ.",
	},
}, {
	ID:   "employment.unemployment_benefit_recipients",
	Unit: normalize.Person,
	// (not "bảo hiểm thất nghiệp" alone: it names the insurance, whose
	// members are not those paid)
	Cues: []string{"trợ cấp thất nghiệp", "hưởng trợ cấp thất nghiệp", "hưởng bảo hiểm thất nghiệp",
		"giải quyết bảo hiểm thất nghiệp", "chế độ bảo hiểm thất nghiệp",
		"tctn", "hưởng tctn", // the reports' abbreviation
		"quyết định hưởng"}, // "3.288 người đã có quyết định hưởng", in a sentence on the benefit
	Needs: []string{"thất nghiệp", "tctn"},
	// those insured are not those paid
	Unless: []string{"tham gia"},
	Examples: []Example{
		{"Trong năm 2023, có 4.320 người được hưởng trợ cấp thất nghiệp.", "4320 2023"},
		{"Trong 6 tháng đầu năm 2023, đã ra quyết định hưởng trợ cấp thất nghiệp cho 2.845 người.", "2845 2023-H1"},
		{"Năm 2023, có 4.320 người lao động được hưởng trợ cấp thất nghiệp với tổng số tiền 112 tỷ đồng.", "4320 2023"},
		{"Quý I/2023, đã ra quyết định hưởng TCTN cho 1.870 người.", "1870 2023-Q1"},
		{"Năm 2023, về trợ cấp thất nghiệp, đã có quyết định hưởng cho 2.810 người.", "2810 2023"},
	},
	Counter: []string{
		// applications, not decisions
		"Trong tháng, có 3.105 người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp.",
		"Năm 2022, Trung tâm Dịch vụ việc làm tổ chức 18 hội nghị tư vấn về bảo hiểm thất nghiệp.",
		"Năm 2023, có 1.450 người có quyết định hưởng chế độ hưu trí.",
		"Tỷ lệ thất nghiệp khu vực thành thị năm 2023 là 2,8%.",
		"Năm 2023, toàn tỉnh có 1,2 triệu người tham gia bảo hiểm thất nghiệp.",
	},
}, {
	ID:   "employment.job_referrals",
	Unit: normalize.Person,
	Cues: []string{"giới thiệu việc làm", "tư vấn, giới thiệu việc làm", "tư vấn việc làm", "tư vấn, giới thiệu", "tư vấn giới thiệu việc làm",
		"được tư vấn",
		"giới thiệu việc làm, học nghề", "tư vấn, giới thiệu việc làm, học nghề", "tư vấn việc làm, học nghề"}, // "8.200 lượt lao động được tư vấn, giới thiệu việc làm": the clause ends at the comma
	Examples: []Example{
		{"Năm 2023, Trung tâm đã tư vấn, giới thiệu việc làm cho 35.600 lượt người.", "35600 2023"},
		{"Quý II/2023, có hơn 8.200 lượt lao động được tư vấn, giới thiệu việc làm.", "8200 2023-Q2 over"},
	},
	Counter: []string{
		"Trung tâm tổ chức 24 phiên giao dịch việc làm với 350 doanh nghiệp tham gia.",
	},
}}
