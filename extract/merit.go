package extract

import "github.com/solieu/solieu/normalize"

// pandemicSupport marks a one-off support package: its payments are
// support.*, even when people with meritorious service receive them.
var pandemicSupport = []string{"gói hỗ trợ", "covid", "đại dịch", "dịch bệnh"}

// merit holds the merit.* declarations: allowances, funds, housing and
// convalescence for people with meritorious service (người có công).
var merit = []Indicator{{
	ID:   "merit.beneficiaries",
	Unit: normalize.Person,
	Cues: []string{"người có công", "người có công với cách mạng", "đối tượng người có công",
		"thân nhân liệt sĩ", "thân nhân liệt sỹ"}, // paid as people with meritorious service
	Unless: append([]string{"nhà ở", "điều dưỡng", "thường xuyên", "hàng tháng", "hằng tháng",
		"quà", // gifts are a support package
		// those who take part in an event are no count of beneficiaries
		"tham quan", "gặp mặt", "dự lễ", "tham dự", "giao lưu", "du lịch"},
		pandemicSupport...),
	Examples: []Example{
		{"Năm 2023, tỉnh đã chi trả trợ cấp ưu đãi cho 18.540 người có công với cách mạng.", "18540 2023"},
		{"Trong 6 tháng đầu năm 2022, chi trả kịp thời chế độ cho hơn 12.000 người có công.", "12000 2022-H1 over"},
		{"Năm 2023, tỉnh chi trả trợ cấp một lần cho 640 thân nhân liệt sĩ.", "640 2023"},
	},
	Counter: []string{
		"Năm 2023, tổ chức điều dưỡng phục hồi sức khỏe cho 3.240 lượt người có công.",
		"Năm 2023, hỗ trợ nhà ở cho 420 người có công với cách mạng.",
		"Tháng 7, Sở tổ chức cho 85 người có công tham quan các di tích lịch sử ở miền Trung.",
	},
}, {
	ID:    "merit.monthly_recipients",
	Unit:  normalize.Person,
	Cues:  []string{"hưởng trợ cấp thường xuyên", "trợ cấp thường xuyên", "trợ cấp hàng tháng", "trợ cấp hằng tháng", "trợ cấp ưu đãi hàng tháng", "trợ cấp ưu đãi hằng tháng"},
	Needs: []string{"người có công", "thương binh", "liệt sĩ", "liệt sỹ"},
	Examples: []Example{
		{"Hiện nay, toàn tỉnh có 9.870 người có công đang hưởng trợ cấp ưu đãi hàng tháng.", "9870"},
		{"Năm 2022, có 7.420 người có công với cách mạng hưởng trợ cấp thường xuyên.", "7420 2022"},
	},
	Counter: []string{
		"Năm 2023, chi trả trợ cấp xã hội hàng tháng cho 38.600 đối tượng bảo trợ xã hội.",
	},
}, {
	ID:    "merit.funding",
	Unit:  normalize.VND,
	Cues:  []string{"kinh phí", "tổng kinh phí", "chi trả", "trợ cấp", "với số tiền", "tổng số tiền"},
	Needs: []string{"người có công", "thương binh", "liệt sĩ", "liệt sỹ"},
	Unless: append([]string{"đền ơn đáp nghĩa", "nhà ở", "xây dựng", "tu bổ", "nâng cấp", "nhà bia", "quà",
		"nghĩa trang"}, // building cemeteries is not money paid to people
		pandemicSupport...),
	Examples: []Example{
		{"Năm 2023, tổng kinh phí chi trả trợ cấp ưu đãi người có công là 356,8 tỷ đồng.", "356800000000 2023"},
		{"Năm 2022, đã chi trả trợ cấp cho người có công với số tiền khoảng 210 tỷ đồng.", "210000000000 2022 approx"},
		{"Ước năm 2023, tổng kinh phí chi trả trợ cấp người có công khoảng 340 tỷ đồng.", "340000000000 estimate 2023 approx"},
	},
	Counter: []string{
		"Năm 2022, kinh phí chi trả trợ cấp ưu đãi hằng tháng cho người có công gần 48 tỷ đồng/tháng.",
		"Năm 2023, kinh phí xây dựng nhà bia ghi tên liệt sĩ là 5 tỷ đồng.",
		// "Thương binh" in the department's name is no war invalid (agencyNames)
		"Theo Sở Lao động - Thương binh và Xã hội, năm 2023 tỉnh chi trả trợ cấp xã hội hằng tháng cho 21.300 đối tượng bảo trợ xã hội với tổng kinh phí 160 tỷ đồng.",
		"Năm 2023, kinh phí xây dựng nghĩa trang liệt sĩ huyện là 12 tỷ đồng.",
		"Năm 2023, Quỹ Đền ơn đáp nghĩa các cấp vận động được 15,6 tỷ đồng.",
		// a rate per person, not money paid
		"Từ tháng 7/2024, mức chuẩn trợ cấp ưu đãi người có công được nâng lên 2.789.000 đồng.",
	},
}, {
	ID:    "merit.housing_support",
	Unit:  normalize.Person,
	Cues:  []string{"nhà ở", "hỗ trợ nhà ở", "xây mới", "sửa chữa nhà"},
	Needs: []string{"người có công"},
	Examples: []Example{
		{"Năm 2023, hỗ trợ nhà ở cho 420 người có công với cách mạng.", "420 2023"},
		{"Giai đoạn 2021-2023, tỉnh đã hỗ trợ xây mới, sửa chữa nhà ở cho 1.350 người có công.", "1350 2021/2023"},
		{"Năm 2023, thành phố hỗ trợ 215 gia đình người có công cải thiện nhà ở.", "215 2023"},
		{"Năm 2023, hỗ trợ cải thiện nhà ở cho 85 hộ người có công.", "85 2023"},
	},
	Counter: []string{
		"Năm 2023, hỗ trợ xây mới 75 nhà Đại đoàn kết cho hộ nghèo.",
	},
}, {
	ID:   "merit.nursing",
	Unit: normalize.Person,
	Cues: []string{"điều dưỡng", "điều dưỡng phục hồi sức khỏe"},
	// "điều dưỡng" is also a nurse: the convalescence is of people with
	// meritorious service, whom the paragraph or the title names, or
	// their regime ("chế độ điều dưỡng tại gia đình")
	Context: []string{"người có công", "có công", "thương binh", "bệnh binh", "liệt sĩ", "thân nhân", "chất độc hóa học",
		"lão thành cách mạng", "chế độ điều dưỡng", "điều dưỡng tại gia đình", "điều dưỡng tập trung", "điều dưỡng phục hồi"},
	Examples: []Example{
		{"Năm 2023, tổ chức điều dưỡng phục hồi sức khỏe cho 3.240 lượt người có công.", "3240 2023"},
		{"Năm 2022, có 1.870 người có công được đưa đi điều dưỡng tập trung.", "1870 2022"},
	},
	Counter: []string{
		"Năm 2023, toàn tỉnh có 4 cơ sở điều dưỡng người có công.",
		"Bệnh viện đã huy động 32 bác sĩ, điều dưỡng trực xuyên đêm và chuyển 5 bệnh nhân lên tuyến trên.",
	},
}, {
	ID:   "merit.gratitude_fund",
	Unit: normalize.VND,
	Cues: []string{"quỹ đền ơn đáp nghĩa", "quỹ", "vận động", "đền ơn đáp nghĩa"},
	// the fund named in the paragraph: "Quỹ Đền ơn đáp nghĩa được … hưởng
	// ứng. Năm 2023, quỹ các cấp vận động được 21,4 tỷ đồng"
	Context: []string{"đền ơn đáp nghĩa"},
	Examples: []Example{
		{"Năm 2023, Quỹ Đền ơn đáp nghĩa các cấp vận động được 15,6 tỷ đồng.", "15600000000 2023"},
		{"Năm 2022, toàn tỉnh vận động xây dựng Quỹ Đền ơn đáp nghĩa đạt 8,2 tỷ đồng, vượt 9% kế hoạch.", "8200000000 2022; 109 percent_of_plan 2022"},
	},
	Counter: []string{
		"Năm 2023, tỉnh xây dựng 120 nhà tình nghĩa từ Quỹ Đền ơn đáp nghĩa.",
		"Năm 2023, quỹ khuyến học của huyện vận động được 1,2 tỷ đồng.",
	},
}}
