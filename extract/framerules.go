package extract

// FrameRules are the frame rules, in no particular order: where frames
// overlap, the one opened last governs.
var FrameRules = []FrameRule{
	{
		Name: "plan-heading",
		Doc:  "A heading that names a plan, its targets or its tasks makes the figures under it targets, up to the next section heading.",
		At:   AtHeading,
		Phrases: []string{"phương hướng", "nhiệm vụ", "mục tiêu", "chỉ tiêu", "kế hoạch năm", "kế hoạch thực hiện",
			"định hướng", "chỉ tiêu chủ yếu", "mục tiêu cụ thể", "chỉ tiêu cụ thể"},
		Unless: []string{"kết quả", "đánh giá", "tình hình", "thực hiện được", "đạt được"},
		Kind:   Target,
		Reach:  ToNextHeading,
		Examples: []FrameExample{
			{Text: "I. KẾT QUẢ NĂM 2023\nToàn tỉnh giải quyết việc làm cho 21.400 lao động.\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\n1. Giải quyết việc làm cho 22.000 lao động.\n2. Tuyển sinh đào tạo nghề cho 18.500 người.",
				Want: "id=employment.jobs_created 21400 2023; id=employment.jobs_created 22000 target 2024; id=vocational.enrollment 18500 target 2024"},
			{Text: "Mục tiêu cụ thể đến năm 2025\n- Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.\n- Giải quyết việc làm cho 9.000 lao động mỗi năm.",
				Want: "id=poverty.rate_reduction 1.5 percentage_point target 2025; id=employment.jobs_created 9000 target 2025"},
		},
		Counter: []FrameExample{
			{Text: "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023\nGiải quyết việc làm cho 21.400 lao động.",
				Want: "id=employment.jobs_created 21400 2023"},
		},
	},
	{
		Name:    "plan-list",
		Doc:     "A clause that sets targets and ends with a colon (\"đề ra một số chỉ tiêu như sau:\") makes the figures after the colon, and the list items that follow, targets.",
		At:      AtListOpener,
		Phrases: []string{"chỉ tiêu", "mục tiêu", "phấn đấu", "kế hoạch năm", "đề ra", "đặt ra"},
		Unless:  []string{"kết quả", "thực hiện được", "đạt được", "đã đạt", "đã thực hiện", "đã hoàn thành", "hoàn thành", "vượt", "tiến độ"},
		Kind:    Target,
		Reach:   ToListEnd,
		Examples: []FrameExample{
			{Text: "Năm 2025, Sở đặt ra một số chỉ tiêu chính: tạo việc làm cho 15.000 lao động; tỷ lệ lao động qua đào tạo đạt 72%.",
				Want: "id=employment.jobs_created 15000 target 2025; id=labour.trained_rate 72 target 2025"},
			{Text: "Sở đã đề ra các chỉ tiêu cho năm 2026: tỷ lệ thất nghiệp ở thành thị dưới 2,8%; tạo việc làm cho 19.000 lao động.",
				Want: "id=employment.unemployment_rate 2.8 under target 2026; id=employment.jobs_created 19000 target 2026"},
			{Text: "Kế hoạch năm 2026 gồm các nhiệm vụ sau:\n- Giải quyết việc làm cho 30.500 lao động;\n- Đưa 2.000 người đi làm việc ở nước ngoài theo hợp đồng.",
				Want: "id=employment.jobs_created 30500 target 2026; id=employment.overseas_workers 2000 target 2026"},
		},
		Counter: []FrameExample{
			{Text: "Năm 2024, kết quả thực hiện các chỉ tiêu như sau: giải quyết việc làm cho 14.800 lao động.",
				Want: "id=employment.jobs_created 14800 2024"},
			{Text: "Năm 2024, huyện đã đạt các chỉ tiêu chủ yếu: giải quyết việc làm cho 2.150 lao động.",
				Want: "id=employment.jobs_created 2150 2024"},
			{Text: "Sau 9 tháng năm 2024, các nhiệm vụ đều bảo đảm tiến độ đề ra như: tuyển sinh đào tạo nghề cho 3.020 người, đạt 75,5% kế hoạch.",
				Want: "id=vocational.enrollment 3020 2024-01/2024-09; id=vocational.enrollment 75.5 percent_of_plan 2024-01/2024-09"},
		},
	},
	{
		Name:    "estimate-opening",
		Doc:     "\"Ước\" or \"dự kiến đạt\" opening a sentence makes every figure of the sentence an estimate, its \"trong đó\" parts and the items of a list it opens included.",
		At:      AtSentenceOpening,
		Phrases: []string{"ước", "ước tính", "ước đạt", "ước thực hiện", "ước cả năm", "dự ước", "dự kiến đạt", "dự kiến cả năm"},
		Unless:  []string{"ước vọng", "ước mơ", "ước muốn", "ước nguyện", "ước ao", "ước mong"},
		Kind:    Estimate,
		Reach:   ToSentenceEnd,
		Examples: []FrameExample{
			{Published: "2024-12-20", Text: "Ước cả năm 2024 giải quyết việc làm cho 41.000 lao động, đạt 102% kế hoạch; đưa 3.150 người đi làm việc ở nước ngoài theo hợp đồng.",
				Want: "id=employment.jobs_created 41000 estimate 2024; id=employment.jobs_created 102 percent_of_plan estimate 2024; id=employment.overseas_workers 3150 estimate 2024"},
		},
		Counter: []FrameExample{
			{Published: "2024-12-20", Text: "Ước vọng của người dân là có việc làm ổn định. Năm 2024, tỉnh giải quyết việc làm cho 41.000 lao động.",
				Want: "id=employment.jobs_created 41000 2024"},
		},
	},
	{
		Name: "plan-sentence",
		Doc:  "A sentence whose head sets a target (\"Năm 2026, tỉnh phấn đấu …\") makes the figures of the sentences after it in its paragraph targets too, until one reports results.",
		At:   AtSentenceHead,
		Phrases: []string{"phấn đấu", "đặt mục tiêu", "mục tiêu là", "mục tiêu đến năm", "chỉ tiêu đến năm", "đề ra mục tiêu",
			"đặt ra mục tiêu", "kế hoạch đề ra"},
		Unless: []string{"hoàn thành", "đạt được", "đã", "thực hiện được", "vượt"},
		Until:  []string{"đã", "kết quả", "thực hiện được", "đạt được", "năm qua", "vừa qua", "hiện nay", "hiện có", "hiện còn", "tính đến"},
		Kind:   Target,
		Reach:  ToParagraphEnd,
		Examples: []FrameExample{
			{Text: "Năm 2026, toàn tỉnh phấn đấu giải quyết việc làm cho 27.000 lao động. Tỷ lệ lao động qua đào tạo đạt 74% vào cuối năm 2026.",
				Want: "id=employment.jobs_created 27000 target 2026; id=labour.trained_rate 74 target 2026"},
		},
		Counter: []FrameExample{
			{Text: "Năm 2026, toàn tỉnh phấn đấu giải quyết việc làm cho 27.000 lao động. Năm 2025, tỉnh đã giải quyết việc làm cho 26.100 lao động.",
				Want: "id=employment.jobs_created 27000 target 2026; id=employment.jobs_created 26100 2025"},
			{Text: "Năm 2026, toàn tỉnh phấn đấu giải quyết việc làm cho 27.000 lao động.\nTỷ lệ lao động qua đào tạo năm 2025 là 72%.",
				Want: "id=employment.jobs_created 27000 target 2026; id=labour.trained_rate 72 2025"},
		},
	},
	{
		Name:    "planned-work",
		Doc:     "\"Dự kiến\" followed by work to be done (\"dự kiến đưa …\", \"tỉnh dự kiến xây dựng …\") plans that work: the figures of its sentence are targets. Written in the last quarter of their period or after it, the same words estimate what the period comes to, and \"dự kiến\" with an outcome (\"dự kiến có\", \"dự kiến giảm còn\") is an estimate.",
		At:      AtSentenceHead,
		Phrases: []string{"dự kiến", "dự kiến sẽ"},
		Then: []string{"đưa", "giải quyết", "tạo", "xây dựng", "xây mới", "tuyển", "tuyển sinh", "tuyển dụng", "đào tạo", "dạy nghề",
			"hỗ trợ", "tổ chức", "triển khai", "cho vay", "giải ngân", "trao", "tặng", "khởi công", "bàn giao", "sửa chữa",
			"phân bổ", "bố trí", "cấp", "huy động", "vận động", "mở"},
		Unless:  []string{"dự kiến đạt", "dự kiến cả năm", "ước"},
		NotLate: true,
		Kind:    Target,
		Reach:   ToSentenceEnd,
		Examples: []FrameExample{
			{Text: "Năm 2026, tỉnh dự kiến đưa 2.800 lao động đi làm việc ở nước ngoài theo hợp đồng.",
				Want: "id=employment.overseas_workers 2800 target 2026"},
			{Published: "2025-02-14", Text: "Năm nay, thành phố dự kiến sẽ giải quyết việc làm cho 52.000 lao động và tuyển sinh đào tạo nghề cho 30.000 người.",
				Want: "id=employment.jobs_created 52000 target 2025; id=vocational.enrollment 30000 target 2025"},
		},
		Counter: []FrameExample{
			// late in the year, the same words estimate the year's result
			{Published: "2025-12-18", Text: "Năm 2025, thành phố dự kiến giải quyết việc làm cho 52.000 lao động.",
				Want: "id=employment.jobs_created 52000 estimate 2025"},
			// an outcome, not work to be done
			{Text: "Dự kiến trong quý II/2025 có khoảng 6.000 lao động xuất cảnh đi làm việc ở nước ngoài.",
				Want: "id=employment.overseas_workers 6000 estimate 2025-Q2 approx"},
			{Text: "Năm 2025, tỷ lệ hộ nghèo của huyện dự kiến giảm còn 1,8%.",
				Want: "id=poverty.rate 1.8 estimate 2025"},
		},
	},
}
