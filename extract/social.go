package extract

import "github.com/solieu/solieu/normalize"

// social holds social protection declarations: social assistance, drug
// rehabilitation, children, social insurance.
var social = []Indicator{{
	ID:   "social_assistance.beneficiaries",
	Unit: normalize.Person,
	Cues: []string{"đối tượng bảo trợ xã hội", "bảo trợ xã hội", "trợ cấp xã hội", "trợ giúp xã hội", "đối tượng bảo trợ",
		"btxh", "đối tượng btxh"}, // the reports' abbreviation
	Unless: append([]string{"quà", // gifts are a support package
		"trung tâm bảo trợ xã hội", "trung tâm điều dưỡng"}, // people taken in by a centre named so
		pandemicSupport...),
	Examples: []Example{
		{"Năm 2023, chi trả trợ cấp xã hội hàng tháng cho 38.600 đối tượng bảo trợ xã hội.", "38600 2023"},
		{"Quý I/2024, có hơn 41.200 đối tượng bảo trợ xã hội được hưởng trợ cấp hằng tháng.", "41200 2024-Q1 over"},
		{"Năm 2023, chi trả trợ cấp hằng tháng cho 12.300 đối tượng BTXH.", "12300 2023"},
	},
	Counter: []string{
		"Năm 2023, toàn tỉnh có 12 cơ sở bảo trợ xã hội đang hoạt động.",
		"Năm 2021, hỗ trợ do ảnh hưởng đại dịch Covid-19 cho 5.400 đối tượng bảo trợ xã hội.",
		"Năm 2023, Trung tâm Bảo trợ xã hội tỉnh tiếp nhận 8 trẻ em bị bỏ rơi vào nuôi dưỡng.",
	},
}, {
	ID:   "drug_rehab.admissions",
	Unit: normalize.Person,
	Cues: []string{"cai nghiện", "đối tượng cai nghiện", "đi cai nghiện", "cai nghiện ma túy", "cai nghiện bắt buộc", "điều trị nghiện",
		"tiếp nhận điều trị mới", "tiếp nhận mới"}, // admitted in the period, beside those carried over
	// (the new ones need the sentence to speak of addiction: a hospital
	// admits patients too)
	Needs: []string{"cai nghiện", "nghiện", "ma túy", "ma tuý"},
	// people already in treatment, or done with it, or cared for after
	// it, are no admissions
	Unless: []string{"đang cai nghiện", "đang điều trị", "đang quản lý", "hiện quản lý", "hết thời hạn", "chấp hành xong", "hoàn thành cai nghiện", "trở về cộng đồng", "trở về địa phương",
		"tái nghiện", "tái hòa nhập cộng đồng", "sau cai nghiện",
		"tâm thần", "rối nhiễu tâm trí", // people with mental illness, often in the same centres
		"trốn", "bỏ trốn"}, // escapees are no admissions
	Examples: []Example{
		{"Năm 2023, tiếp nhận mới 215 đối tượng cai nghiện ma túy vào cơ sở cai nghiện.", "215 2023"},
		{"Năm 2022, đưa 148 người đi cai nghiện bắt buộc.", "148 2022"},
		// those who ran away, brought back, are no new admissions
		{"Trong quý II/2023, có 6 học viên bỏ trốn khỏi cơ sở cai nghiện; cơ sở tiếp nhận mới 95 người cai nghiện ma túy.", "95 2023-Q2"},
		// the cue qualifies the count before it, not the next item of the list
		{"Năm 2022, trung tâm tiếp nhận 140 đối tượng cai nghiện và 28 người rối nhiễu tâm trí.", "140 2022"},
		{"Phấn đấu năm 2024 tiếp nhận không quá 300 người vào cai nghiện tập trung.", "300 target 2024 at_most"},
		// the new admissions of a total in treatment, not those carried over
		{"Năm 2022, cơ sở cai nghiện ma túy tiếp nhận điều trị mới cho 315 người và số đang điều trị từ năm trước chuyển sang là 545 người.", "315 2022"},
	},
	Counter: []string{
		"Tại cơ sở cai nghiện ma túy của tỉnh, nơi đang quản lý 180 học viên, đã tổ chức đón Tết.",
		"Hiện có 450 học viên đang cai nghiện tại cơ sở.",
		"Năm 2023, có 126 học viên hết thời hạn cai nghiện, được đưa về địa phương.",
		"Trong năm 2022, 212 học viên đã hết thời hạn cai nghiện và trở về địa phương.",
		"Năm 2023, các huyện tổ chức quản lý sau cai nghiện đối với 245 người.",
		"Năm 2022, Bệnh viện tỉnh tiếp nhận điều trị mới 2.400 bệnh nhân.",
		"Năm 2023, toàn tỉnh có 3 cơ sở cai nghiện ma túy công lập.",
		"Trong năm 2022, 312 học viên đã hết thời hạn cai nghiện tại cơ sở.",
		"Năm 2023, các xã tổ chức quản lý sau cai nghiện đối với 208 người.",
	},
}, {
	ID:   "children.special_circumstances_rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"trẻ em có hoàn cảnh đặc biệt", "hoàn cảnh đặc biệt"},
	// the share of those children who were helped, not their share of all children
	Unless: []string{"được trợ giúp", "được chăm sóc", "được hỗ trợ", "được bảo vệ", "được quản lý"},
	Examples: []Example{
		{"Năm 2022, trẻ em có hoàn cảnh đặc biệt chiếm 1,8% tổng số trẻ em toàn tỉnh.", "1.8 2022"},
		{"Mục tiêu năm 2025, tỷ lệ trẻ em có hoàn cảnh đặc biệt dưới 1,5% tổng số trẻ em.", "1.5 target 2025 under"},
	},
	Counter: []string{
		"Năm 2023, tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc đạt 92%.",
		"Năm 2023, tặng 2.500 suất quà cho trẻ em có hoàn cảnh đặc biệt.",
		"Năm 2023, 100% trẻ em có hoàn cảnh đặc biệt được quản lý, theo dõi.",
	},
}, {
	ID:   "social_insurance.coverage_rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"tham gia bảo hiểm xã hội", "tham gia bhxh", "bao phủ bảo hiểm xã hội", "bao phủ bhxh", "lao động tham gia bảo hiểm xã hội"},
	// health insurance's coverage, in the same list of insurances, is another rate
	Unless: []string{"bảo hiểm y tế", "bhyt"},
	Examples: []Example{
		{"Năm 2023, tỷ lệ lao động trong độ tuổi tham gia bảo hiểm xã hội đạt 36,5%.", "36.5 2023"},
		{"Phấn đấu năm 2025 có 45% lực lượng lao động trong độ tuổi tham gia BHXH.", "45 target 2025"},
		{"Năm 2023, số người tham gia BHXH chiếm 38,2% lực lượng lao động trong độ tuổi.", "38.2 2023"},
	},
	Counter: []string{
		"Năm 2023, tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,5%.",
		"Đến tháng 9/2024, toàn tỉnh có 412.000 người tham gia BHXH; 1,21 triệu người tham gia BHYT, đạt tỷ lệ bao phủ BHYT 94,1% dân số.",
		"Năm 2023, toàn tỉnh có 52.000 người tham gia BHXH, độ bao phủ BHYT lên tới 94,1% dân số.",
		"Năm 2023, toàn tỉnh có 1,2 triệu người tham gia BHXH và BHYT, đạt tỷ lệ bao phủ BHYT 91,2%.",
	},
}, {
	ID:   "social_insurance.participants",
	Unit: normalize.Person,
	Cues: []string{"tham gia bảo hiểm xã hội", "tham gia bhxh", "người tham gia bảo hiểm xã hội", "người tham gia bhxh", "tham gia bảo hiểm xã hội tự nguyện",
		"đóng bảo hiểm xã hội", "đóng bhxh"},
	// one total of several schemes ("tham gia bảo hiểm xã hội, bảo hiểm y
	// tế, bảo hiểm thất nghiệp là 68 triệu người") is mostly health insurance
	Unless: []string{"bảo hiểm y tế", "bhyt"},
	Examples: []Example{
		{"Năm 2023, toàn tỉnh có 285.400 người tham gia bảo hiểm xã hội.", "285400 2023"},
		// a scheme named after the figure is another count
		{"Năm 2023, toàn tỉnh có 285.400 người tham gia bảo hiểm xã hội, 1,12 triệu người tham gia bảo hiểm y tế.", "285400 2023"},
		{"Đến hết quý III/2023, có khoảng 12.600 người tham gia bảo hiểm xã hội tự nguyện.", "12600 2023-Q3 approx"},
	},
	Counter: []string{
		"Năm 2023, Bảo hiểm xã hội tỉnh đã chi trả chế độ ốm đau cho 45.300 lượt người.",
		"Tính đến cuối năm 2023, số người tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp của tỉnh là 1,3 triệu người.",
	},
}}
