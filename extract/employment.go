package extract

import "github.com/solieu/solieu/normalize"

// nonJobLoans name the purposes and borrowers of the Ngân hàng Chính sách
// xã hội's programmes other than job creation: loans to poor and policy
// households, student loans, housing and clean-water loans. Their figures
// are no employment-fund loans.
// employmentFund name the employment fund's lending itself: with one in
// the sentence, its loans are the fund's whoever borrows (Named).
var employmentFund = []string{"quỹ quốc gia về việc làm", "quỹ quốc gia giải quyết việc làm", "quỹ giải quyết việc làm",
	"cho vay giải quyết việc làm", "vay vốn giải quyết việc làm", "vốn vay giải quyết việc làm"}

var nonJobLoans = []string{"hộ nghèo", "hộ cận nghèo", "hộ mới thoát nghèo", "hộ chính sách", "đối tượng chính sách",
	"học sinh", "sinh viên", "vay vốn học tập", "nhà ở", "nước sạch",
	"lượt hộ", "hộ vay"} // households borrow the poverty credit: "31.200 lượt hộ được … cho vay"

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
	Unless: []string{"vay vốn", "vốn vay", "cho vay", "tín dụng chính sách", "vốn tín dụng", // loans: employment.loan_jobs
		// "có thêm" counts deaths and cases too
		"tử vong", "nạn nhân", "bị thương", "thiệt mạng", "ca mắc", "ca nhiễm", "ca bệnh", "mắc bệnh"},
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
		// with no date line, "dự kiến" for a year after the one the text
		// reports on is the plan
		{"Đến cuối năm 2024, huyện đã tạo việc làm cho 3.450 lao động. Năm 2025, dự kiến huyện tạo việc làm cho 3.600 lao động.", "3450 2024; 3600 target 2025"},
		// a cue after "và" opens the next item: it does not take the figure
		{"Năm 2024, huyện tạo việc làm cho 3.450 lao động và tuyển sinh đào tạo nghề cho 2.100 người.", "3450 2024; 2100 2024 id=vocational.enrollment"},
		// a list of provinces with their figures in brackets: each takes the head cue
		{"Năm 2023, các tỉnh tạo việc làm nhiều nhất là Bắc Giang (21.300 người); Thái Nguyên (12.400 người); Phú Thọ (9.800 người).", "21300 2023; 12400 2023; 9800 2023"},
		// "Riêng" and a part of the period, with no cue: the same count as the total before
		{"Trong 9 tháng đầu năm 2023, toàn tỉnh giải quyết việc làm cho 18.200 lao động. Riêng tháng 9/2023 có khoảng 2.100 người.", "18200 2023-01/2023-09; 2100 2023-09 approx"},
		// the next province's figure after "là": the same count
		{"Năm 2023, Bắc Ninh giải quyết việc làm cho 32.100 người, Bắc Giang là 28.400 người.", "32100 2023; 28400 2023"},
		// a figure with a verb of its own after a ";" is no item of the list before it
		{"Năm 2023, tỉnh giải quyết việc làm cho 21.400 lao động; 3.150 người được tuyển vào làm việc tại các khu công nghiệp.", "21400 2023"},
		// "tăng thêm" names the workers, "được" opens the predicate
		{"Năm 2023, tổng số lao động tăng thêm được giải quyết việc làm là 25.000 người.", "25000 2023"},
		// a difference from last year is no count of jobs
		{"Năm 2023, toàn tỉnh giải quyết việc làm cho 21.300 lao động, nhiều hơn năm 2022 là 1.150 người.", "21300 2023"},
		{"Trong tháng 5/2023, khoảng 2.340 lao động của tỉnh đã có việc làm.", "2340 2023-05 approx"},
		{"Mục tiêu năm 2025 là tạo 21.000 việc làm tăng thêm.", "21000 target 2025"},
		{"Năm 2023, các dự án đầu tư đã tạo ra 3.600 việc làm mới.", "3600 2023"},
	},
	Counter: []string{
		// another country as the subject
		"Trung Quốc cho biết đã tạo việc làm cho 11 triệu lao động thành thị trong năm 2023.",
		"Năm 2023, lực lượng lao động của tỉnh là 680.000 người, trong đó 665.000 người có việc làm.",
		"Sở tổ chức 12 phiên giao dịch việc làm trong quý.",
		"Ngân hàng Chính sách xã hội cho vay vốn tạo việc làm cho 1.850 lao động.",
		"Đến chiều 14/8, có thêm 2 nạn nhân tử vong trong vụ sập giàn giáo.",
		"Trong ngày, tỉnh có thêm 35 ca mắc sốt xuất huyết.",
		"Đến tối cùng ngày, vụ tai nạn đã có thêm 2 người tử vong.",
	},
}, {
	ID:     "employment.overseas_workers",
	Unit:   normalize.Person,
	Abroad: true,
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
		// a clause of its own after the cue, with its own figure, is no group named
		{"Năm 2025, ngành đặt mục tiêu đưa 3.100 lao động đi làm việc ở nước ngoài, tạo việc làm cho 21.000 lao động.",
			"3100 target 2025; 21000 target 2025 id=employment.jobs_created"},
		// a cue after "và" that heads a figure of its own does not reach back
		{"Năm 2024, việc làm ở khu vực nông thôn khoảng 24.000 người và đưa lao động đi làm việc ở nước ngoài 1.150 người.", "1150 2024"},
		// a plan in brackets after the result is its target
		{"Năm 2019, số lao động đi làm việc ở nước ngoài theo hợp đồng đạt 2.310 người (kế hoạch 2.000 người).", "2310 2019; 2000 target 2019"},
		{"Năm 2022, tỉnh đưa 2.150 lao động đi làm việc ở nước ngoài theo hợp đồng, vượt 7,5% kế hoạch.", "2150 2022; 107.5 percent_of_plan 2022"},
		// a bare figure in brackets after a plan attained states that plan
		{"Quý I/2024, tỉnh có 2.150 người đi làm việc ở nước ngoài theo hợp đồng, bằng 35,8% kế hoạch năm (6.000 người).", "2150 2024-Q1; 35.8 percent_of_plan 2024-Q1; 6000 target 2024"},
		// a bracket that compares states no plan
		{"Năm 2022, tỉnh đưa 2.150 lao động đi làm việc ở nước ngoài theo hợp đồng, đạt 86% kế hoạch năm (tăng 310 người so với năm 2021).", "2150 2022; 86 percent_of_plan 2022"},
		// a list of provinces, each before a colon, under one head cue
		{"Năm 2023, các tỉnh đưa nhiều người đi xuất khẩu lao động nhất là Nghệ An: 7.400 người; Hà Tĩnh: 5.100 người.", "7400 2023; 5100 2023"},
		{"Mục tiêu năm 2024 đưa trên 3.000 lao động đi xuất khẩu lao động.", "3000 target 2024 over"},
		// a bare comparative is "more than", no difference
		{"Năm 2023, có nhiều hơn 2.000 lao động đi làm việc ở nước ngoài.", "2000 2023 over"},
		// "số liệu này" names the count before it: the plan it attained
		{"Năm 2023, tỉnh đưa 2.480 lao động đi làm việc ở nước ngoài theo hợp đồng. Con số này vượt 3,3% so với kế hoạch.", "2480 2023; 103.3 percent_of_plan 2023"},
		// "từ … trở lên" is a floor, not the level a change starts from
		{"Phấn đấu đến năm 2025 có từ 2.000 lao động đi làm việc ở nước ngoài trở lên.", "2000 target 2025"},
		{"9 tháng đầu năm 2023, có 1.240 người đi làm việc có thời hạn ở nước ngoài.", "1240 2023-01/2023-09"},
		// "dự kiến" and work to be done plans it (frame rule planned-work)
		{"Năm 2023, dự kiến đưa 2.500 lao động đi làm việc ở nước ngoài.", "2500 target 2023"},
		{"Năm 2023, giải quyết việc làm cho 27.300 lao động, trong đó đưa 2.150 lao động đi làm việc ở nước ngoài.", "2150 2023; 27300 2023 id=employment.jobs_created"},
		// the cue after "và" is the next figure's, not the one before it
		{"Năm 2023, số lao động có việc làm mới ở các khu công nghiệp là 21.000 người và đi xuất khẩu lao động là 4.400 người.", "4400 2023; 21000 2023 id=employment.jobs_created"},
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
	Unless: append([]string{"bảo hiểm thất nghiệp", "trợ cấp thất nghiệp", "bhtn", "tctn", // their shares are not the rate
		"gdp"}, // "thất nghiệp cao, nợ khoảng 130% GDP"
		foreignPlaces...), // another country's rate
	Examples: []Example{
		// the rate of a part of the territory is still the rate
		{"Năm 2020, tỷ lệ thất nghiệp khoảng 2,5%, trong đó khu vực thành thị là 3,9%.", "2.5 2020 approx; 3.9 2020"},
		{"Tỷ lệ thất nghiệp khu vực thành thị năm 2023 là 2,8%.", "2.8 2023"},
		// "riêng …": the rate of a part of the population, same indicator
		{"Năm 2022, tỷ lệ thất nghiệp chung là 2,1%; riêng khu vực thành thị là 3,05%.", "2.1 2022; 3.05 2022"},
		{"Phấn đấu đến năm 2025 tỷ lệ thất nghiệp khu vực thành thị dưới 3%.", "3 target 2025 under"},
		// the whole province after a part of it: the same rate
		{"Năm 2023, tỷ lệ thất nghiệp ở khu vực thành thị là 3,1%, toàn tỉnh là 2,4%.", "3.1 2023; 2.4 2023"},
		// the whole territory after a part of it
		{"Mục tiêu năm 2024: tỷ lệ thất nghiệp ở thành thị không quá 3,5%, chung toàn tỉnh không quá 2,5%.", "3.5 target 2024 at_most; 2.5 target 2024 at_most"},
		{"Năm 2022, tỷ lệ thất nghiệp chung của tỉnh giảm còn 1,95%.", "1.95 2022"},
		// "và" ends the reach of the change before it
		{"Tỷ lệ thất nghiệp khu vực thành thị giảm dần qua các năm và năm 2023 là 2,6%.", "2.6 2023"},
		// a change is no rate of a part of the territory
		{"Năm 2023, tỷ lệ thất nghiệp chung là 2,2%, riêng khu vực thành thị giảm 0,4% so với năm trước.", "2.2 2023"},
	},
	Counter: []string{
		// another country opening the sentence: its statistic
		"Tại Nhật Bản, tỷ lệ thất nghiệp tháng 8/2024 ở mức 2,5%.",
		"Tháng 5, tỷ lệ thất nghiệp của Mỹ giảm còn 7,4%, trong khi khu vực đồng euro là 12,1%.",
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
	// the poverty-credit, student and housing programmes lend from other funds
	Unless:  append([]string{"dư nợ", "học tập"}, nonJobLoans...),
	Named:   employmentFund,
	Context: loanContext,
	NotBy:   companyGivers,
	Examples: []Example{
		{"Năm 2023, Quỹ quốc gia về việc làm đã cho 1.520 đối tượng vay vốn.", "1520 2023"},
		// the fund named: its borrowers whoever they are
		{"Năm 2024, Quỹ quốc gia về việc làm đã cho 420 học sinh tốt nghiệp trung học vay vốn để học nghề và lập nghiệp.", "420 2024"},
		{"Năm 2022, có 2.310 lượt người được vay vốn từ Quỹ quốc gia về việc làm với tổng số vốn vay 98,5 tỷ đồng.", "2310 2022; 98500000000 2022 id=employment.loan_amount"},
		{"Năm 2023, có 1.200 lao động nông thôn được vay vốn.", "1200 2023"},
	},
	Counter: []string{
		"Năm 2023, Ngân hàng Chính sách xã hội cho 6.830 lượt hộ nghèo và hộ chính sách vay vốn.",
		// the borrowers named in the clause before the figure's
		"Năm 2022, đối tượng chính sách được vay vốn ưu đãi là 41.000 người, các huyện miền núi có 9.000 người.",
		"Năm 2023, ngân hàng giải ngân cho 4.300 sinh viên vay để trang trải học phí.",
		"Trong năm 2023, có 31.200 lượt hộ được Ngân hàng Chính sách xã hội huyện cho vay với tổng số tiền 1.120 tỷ đồng.",
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
	Unless: append([]string{"dư nợ", "học tập"}, nonJobLoans...),
	// "cho 830 người vay 38,5 tỷ đồng": the people who borrowed it, right before it
	Touching: []string{"người vay", "lượt người vay", "lao động vay", "đối tượng vay"},
	Needs:    []string{"vay", "quỹ quốc gia về việc làm", "quỹ giải quyết việc làm"},
	Named:    employmentFund,
	Context:  loanContext,
	NotBy:    companyGivers,
	Examples: []Example{
		// the fund named: households borrowing from it take its loans too
		{"Năm 2024, ngân hàng đã cho 640 lượt hộ vay vốn từ Quỹ quốc gia về việc làm với số tiền 31,5 tỷ đồng.", "31500000000 2024; 640 2024 id=employment.loan_borrowers"},
		{"Doanh số cho vay giải quyết việc làm năm 2023 đạt 118.642,5 triệu đồng.", "118642500000 2023"},
		{"Năm 2021, tổng số vốn vay giải quyết việc làm là 76 tỷ đồng, giúp tạo việc làm mới cho 2.400 lao động.", "76000000000 2021; 2400 2021 id=employment.loan_jobs"},
		{"Kế hoạch giao năm 2024 cho vay Quỹ quốc gia về việc làm 150 tỷ đồng.", "150000000000 target 2024"},
		{"Năm 2023, nguồn vốn từ Quỹ quốc gia về việc làm đã cho 830 người vay 38,5 tỷ đồng.", "38500000000 2023; 830 2023 id=employment.loan_borrowers"},
		{"Năm 2023, có 960 lượt người vay từ Quỹ quốc gia về việc làm với số tiền 47,5 tỷ đồng.", "47500000000 2023; 960 2023 id=employment.loan_borrowers"},
		// the fund named after the people who borrowed the money
		{"Năm 2022, ngân hàng giải ngân 36,4 tỷ đồng cho 1.120 lao động vay từ Quỹ quốc gia về việc làm.", "36400000000 2022; 1120 2022 id=employment.loan_borrowers"},
	},
	Counter: []string{
		// the price of each machine, not money lent
		"Năm 2023, hợp tác xã cho thành viên vay vốn mua máy cày, mỗi máy trị giá 900 triệu đồng.",
		"Năm 2023, nguồn vốn Quỹ quốc gia về việc làm của tỉnh được bổ sung 20 tỷ đồng.",
		"Năm 2024, dự án đã giải ngân 1,5 triệu USD hỗ trợ người lao động yếu thế.",
		"Năm 2023, ngân hàng giải ngân vốn vay mua nhà ở xã hội 86,4 tỷ đồng cho 215 người.",
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
	Needs: []string{"vay vốn", "vốn vay", "cho vay", "quỹ quốc gia về việc làm", "tín dụng chính sách", "vốn tín dụng"},
	// borrowers still owing are a balance, not jobs made
	Unless: []string{"dư nợ"},
	Examples: []Example{
		{"Thông qua vay vốn Quỹ quốc gia về việc làm, năm 2023 đã tạo việc làm cho 3.150 lao động.", "3150 2023"},
		{"Năm 2023, có 3.150 lao động được tạo việc làm mới thông qua vay vốn Quỹ quốc gia về việc làm.", "3150 2023"},
		{"Ngân hàng Chính sách xã hội cho vay vốn tạo việc làm cho 1.850 lao động.", "1850"},
		// the policy credit of the Ngân hàng Chính sách xã hội is its loans
		{"Năm 2022, nguồn tín dụng chính sách của huyện giúp tạo việc làm cho hơn 2.600 lao động.", "2600 2022 over"},
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
	// those who pay into the insurance, and recipients counted for the
	// training it pays for, are other populations
	Unless: []string{"tham gia", "học nghề"},
	Examples: []Example{
		// "A/B" with no plan word in its segment is a part of a whole: no target
		{"Năm 2024, có 4.210/4.380 lao động mất việc được hưởng trợ cấp thất nghiệp.", "4210 2024"},
		// (a rate elsewhere in the sentence attains no plan of it)
		{"Năm 2024, có 1.240/1.300 lao động mất việc được hưởng trợ cấp thất nghiệp; tỷ lệ thất nghiệp chung là 2,1%.", "1240 2024; 2.1 2024 id=employment.unemployment_rate"},
		{"Trong năm 2023, có 4.320 người được hưởng trợ cấp thất nghiệp.", "4320 2023"},
		// a part of a whole, with no plan: the whole is no target
		{"Trong năm 2023, 3.980/4.150 người lao động mất việc đã được giải quyết hưởng trợ cấp thất nghiệp.", "3980 2023"},
		{"Trong 6 tháng đầu năm 2023, đã ra quyết định hưởng trợ cấp thất nghiệp cho 2.845 người.", "2845 2023-H1"},
		{"Năm 2023, có 4.320 người lao động được hưởng trợ cấp thất nghiệp với tổng số tiền 112 tỷ đồng.", "4320 2023"},
		// "con số này" names the indicator of the figure just given
		{"Năm 2023, có 7.320 người được hưởng trợ cấp thất nghiệp. Năm 2022, con số này là 6.940 người.", "7320 2023; 6940 2022"},
		// "con số này" names the count before it: its level at another time
		{"Trong quý I/2023, có 1.250 người được hưởng trợ cấp thất nghiệp. Con số này của cả năm 2022 là 4.870 người.", "1250 2023-Q1; 4870 2022"},
		{"Quý I/2023, đã ra quyết định hưởng TCTN cho 1.870 người.", "1870 2023-Q1"},
		{"Năm 2023, về trợ cấp thất nghiệp, đã có quyết định hưởng cho 2.810 người.", "2810 2023"},
	},
	Counter: []string{
		// applications, not decisions
		"Trong tháng, có 3.105 người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp.",
		"Năm 2022, Trung tâm Dịch vụ việc làm tổ chức 18 hội nghị tư vấn về bảo hiểm thất nghiệp.",
		"Năm 2023, có 1.450 người có quyết định hưởng chế độ hưu trí.",
		"Tỷ lệ thất nghiệp khu vực thành thị năm 2023 là 2,8%.",
		"Đến tháng 6/2023, toàn tỉnh có 412.300 người tham gia bảo hiểm thất nghiệp.",
		"Năm 2023, có 420 người đang hưởng trợ cấp thất nghiệp được hỗ trợ học nghề.",
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

// loanContext is evidence that a loan is the employment fund's: the
// programme, the policy bank that lends it, or the work it makes.
var loanContext = []string{"việc làm", "quỹ quốc gia", "ngân hàng chính sách", "tín dụng chính sách", "xuất khẩu lao động",
	"đi làm việc ở nước ngoài", "người lao động", "lao động nông thôn", "nhcsxh", "ngân hàng csxh"}
